// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the audio/video payloads tcpdump only decodes when told to
 * with -T: vat/vt (LBL audio and video), RTP (v1 draft and RFC 3550) and
 * RTCP (RFC 3550 sender/receiver reports, SDES, BYE). Text as tcpdump
 * 4.99.3 prints them from print-udp.c.
 */
#include "dx.h"
#include "print.h"
#include "util.h"

#define RTCP_HDRLEN 8u		/* flags (2), length in words - 1 (2), SSRC (4) */
#define RTCP_SR_LEN 20u		/* NTP time (8), RTP time, packets, octets */
#define RTCP_RR_LEN 24u		/* SSRC, lost, highest seq, jitter, LSR, DLSR */

void vat_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned ts;
	uint32_t w0, w1;

	dx_proto(dx, "vat");
	if (length < 2) {
		dx_printf(dx, "udp/va/vat, length %u < 2", length);
		return;
	}
	ts = GET_BE16(dx, p);
	DX_LAYER(dx, p, length, "LBL %s", (ts & 0xf060) ? "vt video" : "vat audio");
	if (ts & 0xf060) {
		DX_FIELD(dx, p, 2, "Header: 0x%04x", ts);
		dx_printf(dx, "udp/vt %u %u / %u", length, ts & 0x3ff, ts >> 10);
		DX_LAYER_END(dx);
		return;
	}
	if (length < 8) {
		DX_LAYER_END(dx);
		dx_printf(dx, "udp/vat, length %u < 8", length);
		return;
	}
	w0 = GET_BE32(dx, p);
	w1 = GET_BE32(dx, p + 4);
	DX_FIELD(dx, p, 4, "Conference id: %u, flags 0x%02x", w0 & 0xffff, w0 >> 16);
	DX_FIELD(dx, p + 4, 4, "Timestamp: %u", w1);
	dx_printf(dx, "udp/vat %u c%u %u%s", length - 8, w0 & 0xffff, w1,
		  (w0 & 0x800000) ? "*" : "");
	if (w0 & 0x1f0000)
		dx_printf(dx, " f%u", (w0 >> 16) & 0x1f);
	if (w0 & 0x3f000000)
		dx_printf(dx, " s%u", (w0 >> 24) & 0x3f);
	DX_LAYER_END(dx);
}

void rtp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *w;	/* the next 32-bit word after the fixed header */
	unsigned words, dlen, contype, hasopt = 0, hasext = 0, marker;
	uint32_t w0, w1;
	const char *name;

	dx_proto(dx, "rtp");
	if (length < 8) {
		dx_printf(dx, "udp/rtp, length %u < 8", length);
		return;
	}
	w0 = GET_BE32(dx, p);
	w1 = GET_BE32(dx, p + 4);
	dlen = length - 8;
	words = length / 4 - 2;
	w = p + 8;
	if ((w0 >> 30) == 1) {
		/* version 1, draft-ietf-avt-rtp-04 */
		hasopt = w0 & 0x800000;
		contype = (w0 >> 16) & 0x3f;
		marker = w0 & 0x400000;
		name = "rtpv1";
	} else {
		if (dlen < 4) {
			dx_printf(dx, "udp/rtp, length %u < 12", length);
			return;
		}
		hasext = w0 & 0x10000000;
		contype = (w0 >> 16) & 0x7f;
		marker = w0 & 0x800000;
		dlen -= 4;
		name = "rtp";
		w += 4;
		words--;
	}
	DX_LAYER(dx, p, length, "Real-Time Transport Protocol (%s)", name);
	DX_FIELD(dx, p, 4, "Version %u, payload type %u, marker %u, sequence %u", w0 >> 30,
		 contype, marker ? 1 : 0, w0 & 0xffff);
	DX_FIELD(dx, p + 4, 4, "Timestamp: %u", w1);
	dx_printf(dx, "udp/%s %u c%u %s%s %u %u", name, dlen, contype,
		  (hasopt || hasext) ? "+" : "", marker ? "*" : "", w0 & 0xffff, w1);
	if (dx->opts->verbose) {
		dx_printf(dx, " %u", GET_BE32(dx, p + 8));
		DX_FIELD(dx, p + 8, 4, "Synchronization source: %u", GET_BE32(dx, p + 8));
		if (hasopt) {
			uint32_t opt;
			unsigned optlen;

			do {
				opt = GET_BE32(dx, w);
				optlen = (opt >> 16) & 0xff;
				if (optlen == 0 || optlen > words) {
					dx_puts(dx, " !opt");
					DX_LAYER_END(dx);
					return;
				}
				DX_FIELD(dx, w, optlen * 4, "Option, %u words", optlen);
				w += optlen * 4;
				words -= optlen;
			} while (!(opt & 0x80000000));
		}
		if (hasext) {
			unsigned extlen = (GET_BE32(dx, w) & 0xffff) + 1;

			if (extlen > words) {
				dx_puts(dx, " !ext");
				DX_LAYER_END(dx);
				return;
			}
			DX_FIELD(dx, w, extlen * 4, "Header extension, %u words", extlen);
			w += extlen * 4;
		}
		if (contype == 0x1f)	/* H.261 */
			dx_printf(dx, " 0x%04x", GET_BE32(dx, w) >> 16);
	}
	DX_LAYER_END(dx);
}

/* one RTCP packet of a compound packet; the start of the next */
static const uint8_t *rtcp_one(struct dx *dx, const uint8_t *p, const uint8_t *end)
{
	const uint8_t *rr = NULL;
	unsigned len, flags, cnt, type;
	int verbose = dx->opts->verbose;

	if (end - p < (long)RTCP_HDRLEN) {
		dx_print_trunc(dx);
		return end;
	}
	len = (GET_BE16(dx, p + 2) + 1) * 4;
	flags = GET_BE16(dx, p);
	cnt = (flags >> 8) & 0x1f;
	type = flags & 0xff;
	DX_LAYER(dx, p, len, "Real-time Transport Control Protocol, type %u", type);
	DX_FIELD(dx, p, 2, "Flags: 0x%04x (count %u, type %u)", flags, cnt, type);
	DX_FIELD(dx, p + 2, 2, "Length: %u bytes", len);
	DX_FIELD(dx, p + 4, 4, "SSRC: %u", GET_BE32(dx, p + 4));
	switch (type) {
	case 200: {
		const uint8_t *sr = p + RTCP_HDRLEN;
		double ts;

		dx_puts(dx, " sr");
		if (len != cnt * RTCP_RR_LEN + RTCP_SR_LEN + RTCP_HDRLEN)
			dx_printf(dx, " [%u]", len);
		if (verbose)
			dx_printf(dx, " %u", GET_BE32(dx, p + 4));
		if (end - sr < (long)RTCP_SR_LEN)
			goto trunc;
		ts = (double)GET_BE32(dx, sr) + (double)GET_BE32(dx, sr + 4) / 4294967296.0;
		DX_FIELD(dx, sr, RTCP_SR_LEN, "Sender info: NTP %.2f, RTP time %u, %u packets, %u octets",
			 ts, GET_BE32(dx, sr + 8), GET_BE32(dx, sr + 12), GET_BE32(dx, sr + 16));
		dx_printf(dx, " @%.2f %u %up %ub", ts, GET_BE32(dx, sr + 8), GET_BE32(dx, sr + 12),
			  GET_BE32(dx, sr + 16));
		rr = sr + RTCP_SR_LEN;
		break;
	}
	case 201:
		dx_puts(dx, " rr");
		if (len != cnt * RTCP_RR_LEN + RTCP_HDRLEN)
			dx_printf(dx, " [%u]", len);
		rr = p + RTCP_HDRLEN;
		if (verbose)
			dx_printf(dx, " %u", GET_BE32(dx, p + 4));
		break;
	case 202:
	case 203:
		dx_printf(dx, " %s %u", type == 202 ? "sdes" : "bye", len);
		if (verbose)
			dx_printf(dx, " %u", GET_BE32(dx, p + 4));
		cnt = 0;
		break;
	default:
		dx_printf(dx, " type-0x%x %u", type, len);
		cnt = 0;
		break;
	}
	if (cnt > 1)
		dx_printf(dx, " c%u", cnt);
	/*
	 * tcpdump 4.99.3 prints the first report block `count` times (it never
	 * steps to the next one); the text follows it, the tree has each block
	 */
	for (const uint8_t *blk = rr; cnt != 0; cnt--, blk += RTCP_RR_LEN) {
		double lsr, dlsr;

		if (end - rr < (long)RTCP_RR_LEN)
			goto trunc;
		if (verbose)
			dx_printf(dx, " %u", GET_BE32(dx, rr));
		lsr = (double)GET_BE32(dx, rr + 16) / 65536.;
		dlsr = (double)GET_BE32(dx, rr + 20) / 65536.;
		if (dx->tree && blk + RTCP_RR_LEN <= end)
			DX_FIELD(dx, blk, RTCP_RR_LEN, "Report block: SSRC %u, lost %u, highest seq %u, jitter %u",
				 GET_BE32(dx, blk), GET_BE32(dx, blk + 4) & 0x00ffffff,
				 GET_BE32(dx, blk + 8), GET_BE32(dx, blk + 12));
		dx_printf(dx, " %ul %us %uj @%.2f+%.2f", GET_BE32(dx, rr + 4) & 0x00ffffff,
			  GET_BE32(dx, rr + 8), GET_BE32(dx, rr + 12), lsr, dlsr);
	}
	DX_LAYER_END(dx);
	return p + len;
trunc:
	DX_LAYER_END(dx);
	dx_print_trunc(dx);
	return end;
}

void rtcp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *end = p + length;

	dx_proto(dx, "rtcp");
	if (end > dx->snapend)
		end = dx->snapend;
	while (p < end)
		p = rtcp_one(dx, p, end);
}
