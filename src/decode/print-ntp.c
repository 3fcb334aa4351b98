// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Network Time Protocol (UDP port 123): time messages (modes
 * 0-5) and control messages (mode 6). Text as tcpdump 4.99.3 print-ntp.c.
 *
 * RFC 5905 (NTPv4), RFC 1305 (NTPv3); draft-ietf-ntp-mode-6-cmds-02
 * (control messages).
 *
 * Time message (48 bytes, then an optional key id and digest):
 * LI|VN|Mode (1), stratum (1), poll (1, signed log2 s), precision (1,
 * signed), root delay (4, 16.16), root dispersion (4, 16.16),
 * reference id (4), reference, originate, receive and transmit
 * timestamps (8 each, 32.32 seconds since 1900).
 *
 * Control message (12 bytes, then data): LI|VN|Mode (1),
 * R|E|M|opcode (1), sequence (2), status (2), association id (2),
 * offset (2), count (2).
 *
 * A header cut short prints " [|ntp]" and returns, as tcpdump's
 * ND_TCHECK does here (then -x dumps from the network header); a read
 * past the capture elsewhere ends the packet through the cursor.
 *
 * Without -v the text is the first line only; a tree then gets the rest
 * of the fields from the same walk through dx_tree_only.
 */
#include <time.h>

#include "dx.h"
#include "print.h"

#define NTP_TIMEMSG_MINLEN 48u
#define NTP_CTRLMSG_MINLEN 12u

#define NTP_MODE_CONTROL 6
#define NTP_STRATUM_UNSPEC 0
#define NTP_STRATUM_PRIMARY 1
#define NTP_STRATUM_INFO_QUERY 62
#define NTP_STRATUM_INFO_REPLY 63

/* seconds from 1900 (NTP's era 0) to 1970 */
#define NTP_JAN_1970 2208988800LL

static const struct tok ntp_mode_values[] = {
	{ 0, "unspecified" },
	{ 1, "symmetric active" },
	{ 2, "symmetric passive" },
	{ 3, "Client" },
	{ 4, "Server" },
	{ 5, "Broadcast" },
	{ 6, "Control Message" },
	{ 7, "Reserved" },
	{ 0, NULL }
};

static const struct tok ntp_leapind_values[] = {
	{ 0x00, "" },
	{ 0x40, "+1s" },
	{ 0x80, "-1s" },
	{ 0xc0, "clock unsynchronized" },
	{ 0, NULL }
};

static const struct tok ntp_stratum_values[] = {
	{ NTP_STRATUM_UNSPEC, "unspecified" },
	{ NTP_STRATUM_PRIMARY, "primary reference" },
	{ 0, NULL }
};

struct ntp_walk {
	const uint8_t *bp;
	unsigned length;
	unsigned mode;
};

/* a 32-bit binary fraction as parts per billion, as tcpdump computes it */
static uint32_t ntp_frac_ppb(uint32_t uf)
{
	double ff = (double)uf / 4294967296.0;

	return (uint32_t)(ff * 1000000000.0);
}

/* 16.16 fixed point: "int.micro" */
static void ntp_put_sfix(struct dx *dx, const uint8_t *p, const char *name)
{
	int i = GET_BE16(dx, p);
	int f = GET_BE16(dx, p + 2);
	size_t mark = dx->out->len;
	const char *t;
	int tl;

	f = (int)((double)f / 65536.0 * 1000000.0);
	dx_printf(dx, "%d.%06d", i, f);
	t = dx_text_since(dx, mark, &tl);
	DX_FIELD(dx, p, 4, "%s: %.*s", name, tl, t);
}

/* a 64-bit timestamp: "sec.nano" and the UTC time it stands for; a field
 * named name unless NULL */
void ntp_put_time(struct dx *dx, const uint8_t *p, const char *name)
{
	uint32_t i = GET_BE32(dx, p);
	uint32_t uf = GET_BE32(dx, p + 4);
	size_t mark = dx->out->len;
	const char *t;
	int tl;

	dx_printf(dx, "%u.%09u", i, ntp_frac_ppb(uf));
	if (i) {
		time_t secs = (time_t)((int64_t)i - NTP_JAN_1970);
		struct tm tm;
		char buf[64];

		if (gmtime_r(&secs, &tm) && strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm))
			dx_printf(dx, " (%s)", buf);
		else
			dx_puts(dx, " (unrepresentable)");
	}
	t = dx_text_since(dx, mark, &tl);
	if (name)
		DX_FIELD(dx, p, 8, "%s: %.*s", name, tl, t);
}

/* the signed difference lfp - olfp, or lfp itself when olfp is zero */
static void ntp_put_delta(struct dx *dx, const uint8_t *olfp, const uint8_t *lfp)
{
	uint32_t u = GET_BE32(dx, lfp), uf = GET_BE32(dx, lfp + 4);
	uint32_t ou = GET_BE32(dx, olfp), ouf = GET_BE32(dx, olfp + 4);
	uint32_t i, f;
	int neg;

	if (ou == 0 && ouf == 0) {
		ntp_put_time(dx, lfp, NULL);
		return;
	}
	if (u > ou) {
		neg = 0;
		i = u - ou;
		f = uf - ouf;
		if (ouf > uf)
			i -= 1;
	} else if (u < ou) {
		neg = 1;
		i = ou - u;
		f = ouf - uf;
		if (uf > ouf)
			i -= 1;
	} else {
		i = 0;
		neg = !(uf > ouf);
		f = neg ? ouf - uf : uf - ouf;
	}
	dx_printf(dx, "%c%u.%09u", neg ? '-' : '+', i, ntp_frac_ppb(f));
}

/* log2 seconds as seconds or a fraction of one */
static void ntp_put_poll(struct dx *dx, int v)
{
	if (v <= -32 || v >= 32)
		return;
	if (v >= 0)
		dx_printf(dx, " (%us)", 1u << v);
	else
		dx_printf(dx, " (1/%us)", 1u << -v);
}

static void ntp_time_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *end = bp + length;
	unsigned stratum;
	int poll, prec;

	if (length < NTP_TIMEMSG_MINLEN) {
		dx_print_invalid(dx);
		if (!DX_TTEST(dx, bp, length))
			goto trunc;
		return;
	}
	stratum = GET_U8(dx, bp + 1);
	dx_printf(dx, ", Stratum %u (%s)", stratum,
		  tok2str(dx, ntp_stratum_values,
			  stratum >= 2 && stratum <= 15 ? "secondary reference" : "reserved",
			  stratum));
	DX_FIELD(dx, bp + 1, 1, "Stratum: %u", stratum);
	poll = (int8_t)GET_U8(dx, bp + 2);
	dx_printf(dx, ", poll %d", poll);
	ntp_put_poll(dx, poll);
	DX_FIELD(dx, bp + 2, 1, "Poll: %d", poll);
	prec = (int8_t)GET_U8(dx, bp + 3);
	dx_printf(dx, ", precision %d", prec);
	DX_FIELD(dx, bp + 3, 1, "Precision: %d", prec);

	if (!DX_TTEST(dx, bp + 4, 4))
		goto trunc;
	dx_puts(dx, "\n\tRoot Delay: ");
	ntp_put_sfix(dx, bp + 4, "Root Delay");
	if (!DX_TTEST(dx, bp + 8, 4))
		goto trunc;
	dx_puts(dx, ", Root dispersion: ");
	ntp_put_sfix(dx, bp + 8, "Root Dispersion");

	if (!DX_TTEST(dx, bp + 12, 4))
		goto trunc;
	dx_puts(dx, ", Reference-ID: ");
	switch (stratum) {
	case NTP_STRATUM_UNSPEC:
		dx_puts(dx, "(unspec)");
		DX_FIELD(dx, bp + 12, 4, "Reference ID: (unspec)");
		break;
	case NTP_STRATUM_PRIMARY: {
		size_t mark = dx->out->len;
		const char *t;
		int tl;

		if (dx_printn(dx, bp + 12, 4))
			goto trunc;
		t = dx_text_since(dx, mark, &tl);
		DX_FIELD(dx, bp + 12, 4, "Reference ID: %.*s", tl, t);
		break;
	}
	case NTP_STRATUM_INFO_QUERY:
	case NTP_STRATUM_INFO_REPLY: {
		const char *a = GET_IPADDR_STRING(dx, bp + 12);

		dx_printf(dx, "%s %s", a,
			  stratum == NTP_STRATUM_INFO_QUERY ? "INFO_QUERY" : "INFO_REPLY");
		DX_FIELD(dx, bp + 12, 4, "Reference ID: %s", a);
		return;
	}
	default:
		dx_printf(dx, "0x%08x", GET_BE32(dx, bp + 12));
		DX_FIELD(dx, bp + 12, 4, "Reference ID: 0x%08x", GET_BE32(dx, bp + 12));
		break;
	}

	if (!DX_TTEST(dx, bp + 16, 8))
		goto trunc;
	dx_puts(dx, "\n\t  Reference Timestamp:  ");
	ntp_put_time(dx, bp + 16, "Reference Timestamp");
	if (!DX_TTEST(dx, bp + 24, 8))
		goto trunc;
	dx_puts(dx, "\n\t  Originator Timestamp: ");
	ntp_put_time(dx, bp + 24, "Originate Timestamp");
	if (!DX_TTEST(dx, bp + 32, 8))
		goto trunc;
	dx_puts(dx, "\n\t  Receive Timestamp:    ");
	ntp_put_time(dx, bp + 32, "Receive Timestamp");
	if (!DX_TTEST(dx, bp + 40, 8))
		goto trunc;
	dx_puts(dx, "\n\t  Transmit Timestamp:   ");
	ntp_put_time(dx, bp + 40, "Transmit Timestamp");

	dx_puts(dx, "\n\t    Originator - Receive Timestamp:  ");
	ntp_put_delta(dx, bp + 24, bp + 32);
	dx_puts(dx, "\n\t    Originator - Transmit Timestamp: ");
	ntp_put_delta(dx, bp + 24, bp + 40);

	/* a key id alone (crypto-NAK), or with a 128- or 160-bit digest */
	if (length == NTP_TIMEMSG_MINLEN + 4 || length == NTP_TIMEMSG_MINLEN + 4 + 16 ||
	    length == NTP_TIMEMSG_MINLEN + 4 + 20) {
		unsigned dlen = length - NTP_TIMEMSG_MINLEN - 4, k;
		uint32_t key = GET_BE32(dx, bp + 48);

		dx_printf(dx, "\n\tKey id: %u", key);
		DX_FIELD(dx, bp + 48, 4, "Key ID: %u", key);
		if (dlen) {
			if (!DX_TTEST(dx, bp + 52, dlen))
				goto trunc;
			dx_puts(dx, "\n\tAuthentication: ");
			for (k = 0; k < dlen; k += 4)
				dx_printf(dx, "%08x", GET_BE32(dx, bp + 52 + k));
			DX_FIELD_IN(dx, bp + 52, dlen, end, "Message Digest (%u bytes)", dlen);
		}
	} else if (length > NTP_TIMEMSG_MINLEN) {
		dx_printf(dx, "\n\t(%u more bytes after the header)", length - NTP_TIMEMSG_MINLEN);
		DX_FIELD_IN(dx, bp + 48, length - NTP_TIMEMSG_MINLEN, end, "Extra data (%u bytes)",
			    length - NTP_TIMEMSG_MINLEN);
	}
	return;
trunc:
	dx_print_trunc(dx);
}

static void ntp_control_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned control, opcode, seq, status, assoc, offset, count;

	if (length < NTP_CTRLMSG_MINLEN) {
		dx_print_invalid(dx);
		if (!DX_TTEST(dx, bp, length))
			goto trunc;
		return;
	}
	control = GET_U8(dx, bp + 1);
	opcode = control & 0x1f;
	dx_printf(dx, ", %s, %s, %s, OpCode=%u\n", control & 0x80 ? "Response" : "Request",
		  control & 0x40 ? "Error" : "OK", control & 0x20 ? "More" : "Last", opcode);
	DX_FIELD(dx, bp + 1, 1, "Flags: %s, %s, %s, OpCode: %u",
		 control & 0x80 ? "Response" : "Request", control & 0x40 ? "Error" : "OK",
		 control & 0x20 ? "More" : "Last", opcode);
	seq = GET_BE16(dx, bp + 2);
	dx_printf(dx, "\tSequence=%u", seq);
	DX_FIELD(dx, bp + 2, 2, "Sequence: %u", seq);
	status = GET_BE16(dx, bp + 4);
	dx_printf(dx, ", Status=%#x", status);
	DX_FIELD(dx, bp + 4, 2, "Status: %#x", status);
	assoc = GET_BE16(dx, bp + 6);
	dx_printf(dx, ", Assoc.=%u", assoc);
	DX_FIELD(dx, bp + 6, 2, "Association ID: %u", assoc);
	offset = GET_BE16(dx, bp + 8);
	dx_printf(dx, ", Offset=%u", offset);
	DX_FIELD(dx, bp + 8, 2, "Offset: %u", offset);
	count = GET_BE16(dx, bp + 10);
	dx_printf(dx, ", Count=%u", count);
	DX_FIELD(dx, bp + 10, 2, "Count: %u", count);

	if (NTP_CTRLMSG_MINLEN + count > length) {
		dx_print_invalid(dx);
		if (!DX_TTEST(dx, bp, length))
			goto trunc;
		return;
	}
	if (count) {
		if (!DX_TTEST(dx, bp + NTP_CTRLMSG_MINLEN, count))
			goto trunc;
		dx_puts(dx, "\n\tTO-BE-DONE: data not interpreted");
		DX_FIELD(dx, bp + NTP_CTRLMSG_MINLEN, count, "Data (%u bytes)", count);
	}
	return;
trunc:
	dx_print_trunc(dx);
}

/* what -v adds after the first line */
static void ntp_body(struct dx *dx, void *arg)
{
	const struct ntp_walk *w = arg;
	unsigned leap = GET_U8(dx, w->bp) & 0xc0;

	dx_printf(dx, "\tLeap indicator: %s (%u)", tok2str(dx, ntp_leapind_values, "Unknown", leap),
		  leap);
	DX_FIELD(dx, w->bp, 1, "Leap Indicator: %u", leap >> 6);
	switch (w->mode) {
	case 0: case 1: case 2: case 3: case 4: case 5:
		ntp_time_print(dx, w->bp, w->length);
		break;
	case NTP_MODE_CONTROL:
		ntp_control_print(dx, w->bp, w->length);
		break;
	default:
		break;
	}
}

void ntp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	struct ntp_walk w;
	unsigned status, version;
	const char *mode;

	dx_proto(dx, "ntp");
	status = GET_U8(dx, bp);
	version = (status & 0x38) >> 3;
	w.bp = bp;
	w.length = length;
	w.mode = status & 0x07;
	mode = tok2str(dx, ntp_mode_values, "Unknown mode", w.mode);
	dx_printf(dx, "NTPv%u, %s, length %u", version, mode, length);
	DX_LAYER(dx, bp, length, "Network Time Protocol (NTP Version %u, %s)", version, mode);
	DX_FIELD(dx, bp, 1, "Flags: 0x%02x, Version: %u, Mode: %s", status, version, mode);
	if (!dx->opts->verbose) {
		dx_tree_only(dx, ntp_body, &w);
	} else {
		dx_putc(dx, '\n');
		ntp_body(dx, &w);
	}
	DX_LAYER_END(dx);
}
