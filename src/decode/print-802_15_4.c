// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.15.4 MAC frames (LINKTYPE_IEEE802_15_4_WITHFCS 195,
 * LINKTYPE_IEEE802_15_4_NOFCS 230, LINKTYPE_IEEE802_15_4_TAP 283). Text as
 * tcpdump 4.99.3 print-802_15_4.c.
 *
 * IEEE 802.15.4-2015 clause 7, all fields little-endian. Frame control (2):
 * type (bits 0-2), security enabled (3), frame pending (4), ack request
 * (5), PAN ID compression (6), sequence number suppression (8), IE present
 * (9), destination addressing mode (10-11), frame version (12-13), source
 * addressing mode (14-15); modes 0 none, 2 short (2 bytes), 3 extended (8).
 * Then the sequence number (1), destination PAN (2), destination address,
 * source PAN (2), source address (which PANs are there depends on the
 * version, the modes and the compression bit), the auxiliary security
 * header, header IEs (2-byte header: length 7 bits, element id 8, type 1),
 * payload IEs (length 11 bits, group id 4, type 1), the payload, a MIC of
 * 0/4/8/16 bytes by security level, and a 2- or 4-byte FCS (found by
 * trying both CRCs, as the PHY that tells is not known). Multipurpose
 * frames have their own, 1- or 2-byte, frame control (7.3.5).
 */
#include <inttypes.h>

#include "dx.h"
#include "print-ether.h"
#include "print.h"
#include "util.h"

#define FC_BIT(fc, n) (((fc) >> (n)) & 1u)

static const char *const wpan_ftypes[8] = {
	"Beacon", "Data", "ACK", "Command", "Reserved", "Multipurpose", "Fragment", "Extended",
};

/* Table 7-7; the rest print as "Reserved 0xNN" */
static const struct tok wpan_hie_names[] = {
	{ 0x00, "Vendor Specific Header IE" },
	{ 0x1a, "LE CSL IE" },
	{ 0x1b, "LE RIT IE" },
	{ 0x1c, "DSME PAN descriptor IE" },
	{ 0x1d, "Rendezvous Time IE" },
	{ 0x1e, "Time Correction IE" },
	{ 0x21, "Extended DSME PAN descriptor IE" },
	{ 0x22, "Fragment Sequence Context Description IE" },
	{ 0x23, "Simplified Superframe Specification IE" },
	{ 0x24, "Simplified GTS Specification IE" },
	{ 0x25, "LECIM Capabilities IE" },
	{ 0x26, "TRLE Descriptor IE" },
	{ 0x27, "RCC Capabilities IE" },
	{ 0x28, "RCCN Descriptor IE" },
	{ 0x29, "Global Time IE" },
	{ 0x2a, "Omnibus Header IE" },
	{ 0x2b, "DA IE" },
	{ 0x7e, "Header Termination 1 IE" },
	{ 0x7f, "Header Termination 2 IE" },
	{ 0, NULL }
};

/* Table 7-15 */
static const struct tok wpan_pie_names[] = {
	{ 0x0, "ESDU IE" },
	{ 0x1, "MLME IE" },
	{ 0x2, "Vendor Specific Nested IE" },
	{ 0x3, "Multiplexed IE (802.15.9)" },
	{ 0x4, "Omnibus Payload Group IE" },
	{ 0x5, "IETF IE" },
	{ 0xf, "List termination" },
	{ 0, NULL }
};

/* Table 7-16, short sub-IDs (0x00-0x0f belong to the long format) */
static const struct tok wpan_mlme_short_names[] = {
	{ 0x1a, "TSCH Synchronization IE" },
	{ 0x1b, "TSCH Slotframe and Link IE" },
	{ 0x1c, "TSCH Timeslot IE" },
	{ 0x1d, "Hopping timing IE" },
	{ 0x1e, "Enhanced Beacon Filter IE" },
	{ 0x1f, "MAC Metrics IE" },
	{ 0x20, "All MAC Metrics IE" },
	{ 0x21, "Coexistence Specification IE" },
	{ 0x22, "SUN Device Capabilities IE" },
	{ 0x23, "SUN FSK Generic PHY IE" },
	{ 0x24, "Mode Switch Parameter IE" },
	{ 0x25, "PHY Parameter Change IE" },
	{ 0x26, "O-QPSK PHY Mode IE" },
	{ 0x27, "PCA Allocation IE" },
	{ 0x28, "LECIM DSSS Operating Mode IE" },
	{ 0x29, "LECIM FSK Operating Mode IE" },
	{ 0x2b, "TVWS PHY Operating Mode Description IE" },
	{ 0x2c, "TVWS Device Capabilities IE" },
	{ 0x2d, "TVWS Device Category IE" },
	{ 0x2e, "TVWS Device Identiication IE" },
	{ 0x2f, "TVWS Device Location IE" },
	{ 0x30, "TVWS Channel Information Query IE" },
	{ 0x31, "TVWS Channel Information Source IE" },
	{ 0x32, "CTM IE" },
	{ 0x33, "Timestamp IE" },
	{ 0x34, "Timestamp Difference IE" },
	{ 0x35, "TMCTP Specification IE" },
	{ 0x36, "RCC PHY Operating Mode IE" },
	{ 0, NULL }
};

/* Table 7-17, long sub-IDs */
static const struct tok wpan_mlme_long_names[] = {
	{ 0x08, "Vendor Specific MLME Nested IE" },
	{ 0x09, "Channel Hopping IE" },
	{ 0, NULL }
};

/* Table 7-49; ids up to 0x2f name "Reserved 0xNN" */
static const struct tok wpan_cmd_names[] = {
	{ 0x01, "Association Request command" },
	{ 0x02, "Association Response command" },
	{ 0x03, "Disassociation Notification command" },
	{ 0x04, "Data Request command" },
	{ 0x05, "PAN ID Conflict Notification command" },
	{ 0x06, "Orphan Notification command" },
	{ 0x07, "Beacon Request command" },
	{ 0x08, "Coordinator realignment command" },
	{ 0x09, "GTS request command" },
	{ 0x0a, "TRLE Management Request command" },
	{ 0x0b, "TRLE Management Response command" },
	{ 0x13, "DSME Association Request command" },
	{ 0x14, "DSME Association Response command" },
	{ 0x15, "DSME GTS Request command" },
	{ 0x16, "DSME GTS Response command" },
	{ 0x17, "DSME GTS Notify command" },
	{ 0x18, "DSME Information Request command" },
	{ 0x19, "DSME Information Response command" },
	{ 0x1a, "DSME Beacon Allocation Notification command" },
	{ 0x1b, "DSME Beacon Collision Notification command" },
	{ 0x1c, "DSME Link Report command" },
	{ 0x20, "RIT Data Request command" },
	{ 0x21, "DBS Request command" },
	{ 0x22, "DBS Response command" },
	{ 0x23, "RIT Data Response command" },
	{ 0x24, "Vendor Specific command" },
	{ 0, NULL }
};

static const struct tok wpan_assoc_status[] = {
	{ 0x00, ", Association successful" },
	{ 0x01, ", PAN at capacity" },
	{ 0x02, ", PAN access denied" },
	{ 0x03, ", Hooping sequence offset duplication" },
	{ 0x80, ", Fast association successful" },
	{ 0, NULL }
};

static unsigned verbose(const struct dx *dx)
{
	return (unsigned)dx->opts->verbose;
}

/* bytes [from, to) of p as "xx " each */
static void put_bytes(struct dx *dx, const uint8_t *p, unsigned from, unsigned to)
{
	unsigned i;

	for (i = from; i < to; i++) {
		dx_put_hex2(dx, GET_U8(dx, p + i));
		dx_putc(dx, ' ');
	}
}

/* an extended address: its 8 bytes last first, ':' between */
static const char *wpan_ext_addr(struct dx *dx, const uint8_t *p)
{
	char *b = dx_namebuf(dx), *q = b;
	int i;

	DX_TCHECK(dx, p, 8);
	for (i = 7; i >= 0; i--) {
		q = dx_w_hex2(q, p[i]);
		*q++ = i ? ':' : '\0';
	}
	return b;
}

/* an address of addressing mode length len (0, 2 or 8) */
static void wpan_addr_print(struct dx *dx, const uint8_t *p, int len)
{
	if (len == 0)
		dx_puts(dx, "none");
	else if (len == 2)
		dx_put_hex4(dx, GET_LE16(dx, p));
	else if (len == 8)
		dx_puts(dx, wpan_ext_addr(dx, p));
}

/* bytes of an addressing mode, -1 for the reserved one */
static int wpan_addr_len(unsigned mode)
{
	static const int lens[4] = { 0, -1, 2, 8 };

	return lens[mode & 3];
}

/* bit-reflected CRC-16 (polynomial 0x1021) and CRC-32 (0x04c11db7),
 * initial value 0 and no final xor, as 7.2.10 */
static uint32_t wpan_crc(struct dx *dx, const uint8_t *p, unsigned n, int wide)
{
	uint32_t crc = 0, poly = wide ? 0xedb88320u : 0x8408u;
	unsigned i, b;

	for (i = 0; i < n; i++) {
		crc ^= GET_U8(dx, p + i);
		for (b = 0; b < 8; b++)
			crc = (crc & 1) ? (crc >> 1) ^ poly : crc >> 1;
	}
	return crc;
}

struct wpan {
	const uint8_t *p;	/* cursor */
	unsigned caplen;	/* bytes left before the MIC and FCS */
	uint32_t fcs, crc;	/* the stored FCS and the computed one */
	unsigned fcs_len;	/* 0, 2 or 4 bytes taken off the end */
	const uint8_t *end;	/* one past the frame */
};

/*
 * Take a 4- or 2-byte FCS off the end when it matches. Frames of fewer
 * than lo bytes have none; from lo32 bytes on the 4-byte one is tried first.
 */
static void wpan_fcs(struct dx *dx, struct wpan *w, unsigned lo, unsigned lo32)
{
	const uint8_t *p = w->p;
	unsigned n = w->caplen;

	w->fcs = w->crc = 0;
	w->fcs_len = 0;
	if (n < lo)
		return;
	if (n >= lo32) {
		w->fcs = GET_LE32(dx, p + n - 4);
		w->crc = wpan_crc(dx, p, n - 4, 1);
		if (w->crc == w->fcs) {
			w->fcs_len = 4;
			w->caplen -= 4;
			return;
		}
	}
	w->fcs = GET_LE16(dx, p + n - 2);
	w->crc = wpan_crc(dx, p, n - 2, 0);
	if (w->crc == w->fcs) {
		w->fcs_len = 2;
		w->caplen -= 2;
	}
}

static void wpan_superframe_print(struct dx *dx, unsigned ss)
{
	if (verbose(dx) < 1)
		return;
	dx_printf(dx, "\n\tBeacon order = %u, Superframe order = %u, ", ss & 0xf, (ss >> 4) & 0xf);
	dx_printf(dx, "Final CAP Slot = %u", (ss >> 8) & 0xf);
	if (FC_BIT(ss, 12))
		dx_puts(dx, ", BLE enabled");
	if (FC_BIT(ss, 14))
		dx_puts(dx, ", PAN Coordinator");
	if (FC_BIT(ss, 15))
		dx_puts(dx, ", Association Permit");
}

/* GTS fields (7.3.1.4): the bytes they take, or -1 */
static int wpan_gts_print(struct dx *dx, const uint8_t *p, unsigned avail)
{
	unsigned cnt = GET_U8(dx, p) & 7, len, i;

	if (cnt == 0) {
		if (verbose(dx) > 0)
			dx_puts(dx, "\n\tGTS Descriptor Count = 0, ");
		return 1;
	}
	len = 2 + cnt * 3;
	if (avail < len) {
		dx_puts(dx, " [ERROR: Truncated GTS Info List]");
		return -1;
	}
	if (verbose(dx) < 2)
		return (int)len;
	dx_printf(dx, "GTS Descriptor Count = %u, ", cnt);
	dx_printf(dx, "GTS Directions Mask = %02x, [ ", GET_U8(dx, p + 1) & 0x7fu);
	for (i = 0; i < cnt; i++) {
		const uint8_t *d = p + 2 + i * 3;

		dx_puts(dx, "[ ");
		wpan_addr_print(dx, d, 2);
		/* tcpdump takes slot and length from the address's high byte */
		dx_printf(dx, ", Start slot = %u, Length = %u ] ", GET_U8(dx, d + 1) & 0xfu,
			  (GET_U8(dx, d + 1) >> 4) & 0xfu);
	}
	dx_putc(dx, ']');
	return (int)len;
}

/* pending address fields (7.3.1.5): the bytes they take, or -1 */
static int wpan_pending_print(struct dx *dx, const uint8_t *p, unsigned avail)
{
	unsigned spec = GET_U8(dx, p), ns = spec & 7, ne = (spec >> 4) & 7;
	unsigned len = 1 + ns * 2 + ne * 8, i;

	if (verbose(dx) > 0)
		dx_printf(dx, "\n\tPending address list, # short addresses = %u, # extended addresses = %u",
			  ns, ne);
	if (avail < len) {
		dx_puts(dx, " [ERROR: Pending address list truncated]");
		return -1;
	}
	if (verbose(dx) < 2)
		return (int)len;
	if (ns) {
		dx_puts(dx, ", Short address list = [ ");
		for (i = 0; i < ns; i++) {
			wpan_addr_print(dx, p + 1 + i * 2, 2);
			dx_putc(dx, ' ');
		}
		dx_putc(dx, ']');
	}
	if (ne) {
		dx_puts(dx, ", Extended address list = [ ");
		for (i = 0; i < ne; i++) {
			wpan_addr_print(dx, p + 1 + ns * 2 + i * 8, 8);
			dx_putc(dx, ' ');
		}
		dx_putc(dx, ']');
	}
	return (int)len;
}

/* an OUI and the bytes after it */
static void wpan_vendor_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (len < 3) {
		dx_puts(dx, "[ERROR: Vendor OUI missing]");
		return;
	}
	dx_puts(dx, "OUI = 0x");
	dx_put_hexbytes(dx, p, 3, 0);
	dx_puts(dx, ", Data = ");
	put_bytes(dx, p, 3, len);
}

static uint64_t wpan_le48(struct dx *dx, const uint8_t *p)
{
	uint32_t lo = GET_LE32(dx, p);

	return (uint64_t)GET_LE16(dx, p + 4) << 32 | lo;
}

/* DSME PAN descriptor IE (0x1c) and its extended form (0x21), 7.4.2.11 */
static void wpan_dsme_print(struct dx *dx, const uint8_t *p, unsigned len, int ext)
{
	unsigned ptr, ulen, ss, i;
	int n, hopping = 0;

	if (len < 2) {
		dx_puts(dx, "[ERROR: Truncated DSME PAN IE]");
		return;
	}
	wpan_superframe_print(dx, GET_LE16(dx, p));
	if (len < 3) {
		dx_puts(dx, "[ERROR: Truncated before pending addresses field]");
		return;
	}
	ptr = 2;
	n = wpan_pending_print(dx, p + ptr, len - ptr);
	if (n < 0)
		return;
	ptr += (unsigned)n;
	if (len < ptr + (ext ? 2 : 1)) {
		dx_puts(dx, "[ERROR: Truncated before DSME Superframe Specification]");
		return;
	}
	if (ext) {
		ss = GET_LE16(dx, p + ptr);
		ptr += 2;
		dx_printf(dx, "Multi-superframe Order = %u", ss & 0xff);
		dx_printf(dx, ", %s", (ss & 0x100) ? "Channel hopping mode" : "Channel adaptation mode");
		if (ss & 0x400)
			dx_puts(dx, ", CAP reduction enabled");
		if (ss & 0x800)
			dx_puts(dx, ", Deferred beacon enabled");
		if (ss & 0x1000) {
			dx_puts(dx, ", Hopping Sequence Present");
			hopping = 1;
		}
	} else {
		ss = GET_U8(dx, p + ptr);
		ptr++;
		dx_printf(dx, "Multi-superframe Order = %u", ss & 0x0f);
		dx_printf(dx, ", %s", (ss & 0x10) ? "Channel hopping mode" : "Channel adaptation mode");
		if (ss & 0x40)
			dx_puts(dx, ", CAP reduction enabled");
		if (ss & 0x80)
			dx_puts(dx, ", Deferred beacon enabled");
	}
	if (len < ptr + 8) {
		dx_puts(dx, " [ERROR: Truncated before Time synchronization specification]");
		return;
	}
	{
		uint64_t ts = wpan_le48(dx, p + ptr);

		dx_printf(dx, "Beacon timestamp = %" PRIu64 ", offset = %u", ts,
			  GET_LE16(dx, p + ptr + 6));
	}
	ptr += 8;
	if (len < ptr + 4) {
		dx_puts(dx, " [ERROR: Truncated before Beacon Bitmap]");
		return;
	}
	ulen = GET_LE16(dx, p + ptr + 2);
	dx_printf(dx, "SD Index = %u, Bitmap len = %u, ", GET_LE16(dx, p + ptr), ulen);
	ptr += 4;
	if (len < ptr + ulen) {
		dx_puts(dx, " [ERROR: Truncated in SD bitmap]");
		return;
	}
	dx_puts(dx, " SD Bitmap = ");
	put_bytes(dx, p + ptr, 0, ulen);
	ptr += ulen;
	if (len < ptr + 5) {
		dx_puts(dx, " [ERROR: Truncated before Channel hopping specification]");
		return;
	}
	ulen = GET_LE16(dx, p + ptr + 4);
	{
		unsigned id = GET_U8(dx, p + ptr), bsn = GET_U8(dx, p + ptr + 1);

		dx_printf(dx, "Hopping Seq ID = %u, PAN Coordinator BSN = %u, "
			  "Channel offset = %u, Bitmap length = %u, ",
			  id, bsn, GET_LE16(dx, p + ptr + 2), ulen);
	}
	ptr += 5;
	if (len < ptr + ulen) {
		dx_puts(dx, " [ERROR: Truncated in Channel offset bitmap]");
		return;
	}
	dx_puts(dx, " Channel offset bitmap = ");
	put_bytes(dx, p + ptr, 0, ulen);
	ptr += ulen;
	if (!hopping)
		return;
	if (len < ptr + 1) {
		dx_puts(dx, " [ERROR: Truncated in Hopping Sequence length]");
		return;
	}
	ulen = GET_U8(dx, p + ptr);
	ptr++;
	dx_printf(dx, "Hopping Seq length = %u [ ", ulen);
	if (len < ptr + ulen * 2) {
		dx_puts(dx, " [ERROR: Truncated in Channel offset bitmap]");
		return;
	}
	for (i = 0; i < ulen; i++)
		dx_printf(dx, "%02x ", GET_LE16(dx, p + ptr + i * 2));
	dx_putc(dx, ']');
}

/* the content of a header IE, -vvvv */
static void wpan_hie_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned id)
{
	unsigned v;
	int tc;

	switch (id) {
	case 0x00:
		wpan_vendor_print(dx, p, len);
		return;
	case 0x1a:
		if (len < 4) {
			dx_puts(dx, "[ERROR: Truncated CSL IE]");
			return;
		}
		v = GET_LE16(dx, p);
		dx_printf(dx, "CSL Phase = %u, CSL Period = %u", v, GET_LE16(dx, p + 2));
		if (len >= 6)
			dx_printf(dx, ", Rendezvous time = %u", GET_LE16(dx, p + 4));
		if (len != 4 && len != 6)
			dx_puts(dx, " [ERROR: CSL IE length wrong]");
		return;
	case 0x1b:
		if (len < 4) {
			dx_puts(dx, "[ERROR: Truncated RIT IE]");
			return;
		}
		v = GET_U8(dx, p);
		dx_printf(dx, "Time to First Listen = %u, # of Repeat Listen = %u, Repeat Listen Interval = %u",
			  v, GET_U8(dx, p + 1), GET_LE16(dx, p + 2));
		return;
	case 0x1c:
	case 0x21:
		wpan_dsme_print(dx, p, len, id == 0x21);
		return;
	case 0x1d:
		if (len != 4) {
			dx_puts(dx, "[ERROR: Length != 2]");
			return;
		}
		v = GET_LE16(dx, p);
		dx_printf(dx, "Rendezvous time = %u, Wake-up Interval = %u", v, GET_LE16(dx, p + 2));
		return;
	case 0x1e:
		if (len != 2) {
			dx_puts(dx, "[ERROR: Length != 2]");
			return;
		}
		v = GET_LE16(dx, p);
		if (v & 0x8000)
			dx_puts(dx, "Negative ");
		tc = (int)(v & 0xfff);
		if (tc & 0x800)
			tc -= 0x1000;
		dx_printf(dx, "Ack time correction = %d, ", tc);
		return;
	default:
		dx_puts(dx, "IE Data = ");
		put_bytes(dx, p, 0, len);
		return;
	}
}

/* header IEs up to a termination IE or the end (7.4.2): the bytes they
 * take, or -1; *payload_ies when Header Termination 1 says payload IEs follow */
static int wpan_hie_list(struct dx *dx, const uint8_t *p, unsigned avail, int *payload_ies)
{
	unsigned len = 0;

	*payload_ies = 0;
	do {
		unsigned ie, ie_len, id;

		if (avail < 2) {
			dx_puts(dx, "[ERROR: Truncated header IE]");
			return -1;
		}
		ie = GET_LE16(dx, p);
		if (FC_BIT(ie, 15))
			dx_puts(dx, "[ERROR: Header IE with type 1] ");
		ie_len = ie & 0x7f;
		id = (ie >> 7) & 0xff;
		if (id > 127)
			dx_printf(dx, "Reserved Element ID %02x, length = %u ", id, ie_len);
		else if (ie_len == 0)
			dx_printf(dx, "\n\t%s [", tok2str(dx, wpan_hie_names, "Reserved 0x%02x", id));
		else
			dx_printf(dx, "\n\t%s [ length = %u, ",
				  tok2str(dx, wpan_hie_names, "Reserved 0x%02x", id), ie_len);
		if (avail < 2 + ie_len) {
			dx_puts(dx, "[ERROR: Truncated IE data]");
			return -1;
		}
		DX_FIELD(dx, p, 2 + ie_len, "Header IE: %s, length %u",
			 tok2str(dx, wpan_hie_names, "Reserved 0x%02x", id), ie_len);
		p += 2;
		if (ie_len) {
			if (verbose(dx) > 3) {
				wpan_hie_print(dx, p, ie_len, id);
			} else {
				dx_puts(dx, "IE Data = ");
				put_bytes(dx, p, 0, ie_len);
			}
		}
		dx_puts(dx, "] ");
		len += 2 + ie_len;
		p += ie_len;
		avail -= 2 + ie_len;
		if (id == 0x7e) {
			*payload_ies = 1;
			break;
		}
		if (id == 0x7f)
			break;
	} while (avail != 0);
	return (int)len;
}

/* TSCH Slotframe and Link IE (7.4.4.3) */
static void wpan_slotframes_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned nsf, off, i, j, links, opts;

	if (len < 1) {
		dx_puts(dx, "[ERROR: Truncated IE]");
		return;
	}
	nsf = GET_U8(dx, p);
	dx_printf(dx, "Slotframes = %u ", nsf);
	off = 1;
	for (i = 0; i < nsf; i++) {
		if (len < off + 4) {
			dx_puts(dx, "[ERROR: Truncated IE before slotframes]");
			break;
		}
		links = GET_U8(dx, p + off + 3);
		{
			unsigned handle = GET_U8(dx, p + off);

			dx_printf(dx, "\n\t\t\t[ Handle %u, size = %u, links = %u ", handle,
				  GET_LE16(dx, p + off + 1), links);
		}
		off += 4;
		for (j = 0; j < links; j++) {
			unsigned slot;

			if (len < off + 5) {
				dx_puts(dx, "[ERROR: Truncated IE links]");
				break;
			}
			opts = GET_U8(dx, p + off + 4);
			slot = GET_LE16(dx, p + off);
			dx_printf(dx, "\n\t\t\t\t[ Timeslot =  %u, Offset = %u, Options = ", slot,
				  GET_LE16(dx, p + off + 2));
			if (opts & 0x1)
				dx_puts(dx, "TX ");
			if (opts & 0x2)
				dx_puts(dx, "RX ");
			if (opts & 0x4)
				dx_puts(dx, "Shared ");
			if (opts & 0x8)
				dx_puts(dx, "Timekeeping ");
			if (opts & 0x10)
				dx_puts(dx, "Priority ");
			off += 5;
			dx_puts(dx, "] ");
		}
		dx_puts(dx, "] ");
	}
}

/* TSCH Timeslot IE (7.4.4.4): id, then twelve timings (the last two 3
 * bytes long in the 27-byte form) */
static void wpan_timeslot_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	static const char *const names[12] = {
		"CCA Offset", "CCA", "TX Offset", "RX Offset", "RX Ack Delay", "TX Ack Delay",
		"RX Wait", "Ack Wait", "RX TX", "Max Ack", "Max TX", "Time slot Length",
	};
	unsigned v[12], i;

	if (len == 1) {
		dx_printf(dx, "Time slot ID = %u ", GET_U8(dx, p));
		return;
	}
	if (len != 25 && len != 27) {
		dx_puts(dx, "[ERROR: Length not 1, 25, or 27]");
		dx_puts(dx, "\n\t\t\tIE Data = ");
		put_bytes(dx, p, 0, len);
		return;
	}
	for (i = 0; i < 12; i++) {
		if (len == 27 && i >= 10)
			v[i] = GET_U8(dx, p + 21 + (i - 10) * 3) |
			       (unsigned)GET_LE16(dx, p + 22 + (i - 10) * 3) << 8;
		else
			v[i] = GET_LE16(dx, p + 1 + i * 2);
	}
	dx_printf(dx, "Time slot ID = %u", GET_U8(dx, p));
	for (i = 0; i < 12; i++)
		dx_printf(dx, ", %s = %u", names[i], v[i]);
	dx_putc(dx, ' ');
}

/* Channel Hopping IE (7.4.4.31) */
static void wpan_hopping_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned page, nch, n, i;

	if (len < 1) {
		dx_puts(dx, "[ERROR: Hopping sequence ID missing]");
		return;
	}
	dx_printf(dx, "Hopping Sequence ID = %u", GET_U8(dx, p));
	if (len == 1)
		return;
	p++;
	len--;
	if (len < 7) {
		dx_puts(dx, "[ERROR: IE truncated]");
		return;
	}
	page = GET_U8(dx, p);
	nch = GET_LE16(dx, p + 1);
	dx_printf(dx, "Channel Page = %u, Number of Channels = %u, ", page, nch);
	dx_printf(dx, "Phy Configuration = 0x%08x, ", GET_LE32(dx, p + 3));
	p += 7;
	len -= 7;
	if (page == 9 || page == 10) {
		n = (nch + 7) / 8;
		if (len < n) {
			dx_puts(dx, "[ERROR: IE truncated]");
			return;
		}
		dx_puts(dx, "Extended bitmap = 0x");
		dx_put_hexbytes(dx, p, n, 0);
		dx_puts(dx, ", ");
		p += n;
		len -= n;
	}
	if (len < 2) {
		dx_puts(dx, "[ERROR: IE truncated]");
		return;
	}
	n = GET_LE16(dx, p);
	p += 2;
	len -= 2;
	dx_printf(dx, "Hopping Seq length = %u [ ", n);
	if (len < n * 2) {
		dx_puts(dx, " [ERROR: IE truncated]");
		return;
	}
	for (i = 0; i < n; i++)
		dx_printf(dx, "%02x ", GET_LE16(dx, p + i * 2));
	dx_putc(dx, ']');
	p += n * 2;
	len -= n * 2;
	if (len < 2) {
		dx_puts(dx, "[ERROR: IE truncated]");
		return;
	}
	dx_printf(dx, "Current hop = %u", GET_LE16(dx, p));
}

/* the content of an MLME sub-IE; short and long sub-IDs do not overlap
 * where they have decoders, so one switch serves both */
static void wpan_mlme_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned id)
{
	uint64_t asn;

	switch (id) {
	case 0x08:
		wpan_vendor_print(dx, p, len);
		return;
	case 0x09:
		wpan_hopping_print(dx, p, len);
		return;
	case 0x1a:
		if (len < 6)
			dx_puts(dx, "[ERROR: Length != 6]");
		asn = (uint64_t)GET_U8(dx, p + 4) << 32 | GET_LE32(dx, p);
		dx_printf(dx, "ASN = %010" PRIx64 ", Join Metric = %u ", asn, GET_U8(dx, p + 5));
		return;
	case 0x1b:
		wpan_slotframes_print(dx, p, len);
		return;
	case 0x1c:
		wpan_timeslot_print(dx, p, len);
		return;
	default:
		dx_puts(dx, "IE Data = ");
		put_bytes(dx, p, 0, len);
		return;
	}
}

/* the sub-IEs of an MLME payload IE (7.4.3.2), -vvvv */
static void wpan_mlme_list(struct dx *dx, const uint8_t *p, unsigned len)
{
	do {
		unsigned ie, sub_len, id;

		if (len < 2) {
			dx_puts(dx, "[ERROR: Truncated MLME IE]");
			return;
		}
		ie = GET_LE16(dx, p);
		p += 2;
		if (FC_BIT(ie, 15)) {
			sub_len = ie & 0x3ff;
			id = (ie >> 11) & 0x0f;
			dx_printf(dx, "\n\t\t%s [ length = %u, ",
				  tok2str(dx, wpan_mlme_long_names, "Reserved 0x%02x", id), sub_len);
		} else {
			sub_len = ie & 0xff;
			id = (ie >> 8) & 0x7f;
			dx_printf(dx, "\n\t\t%s [ length = %u, ",
				  tok2str(dx, wpan_mlme_short_names,
					  id < 0x10 ? "Reserved for long format 0x%x" : "Reserved 0x%02x",
					  id), sub_len);
		}
		if (len < 2 + sub_len) {
			dx_puts(dx, "[ERROR: Truncated IE data]");
			return;
		}
		if (sub_len)
			wpan_mlme_print(dx, p, sub_len, id);
		dx_puts(dx, "] ");
		p += sub_len;
		len -= 2 + sub_len;
	} while (len > 0);
}

/* Multiplexed IE (IEEE 802.15.9) */
static void wpan_mpx_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned tt, tid, frag, start = 0;

	if (len < 1) {
		dx_puts(dx, "[ERROR: Transaction control byte missing]");
		return;
	}
	tt = GET_U8(dx, p) & 7;
	tid = GET_U8(dx, p) >> 3;
	switch (tt) {
	case 0:
	case 1:
		dx_printf(dx, "Type = Full upper layer fragment%s, ",
			  tt == 1 ? " with small Multiplex ID" : "");
		if (tt == 0) {
			if (len < 3) {
				dx_puts(dx, "[ERROR: Multiplex ID missing]");
				return;
			}
			start = 3;
			dx_printf(dx, "tid = 0x%02x, Multiplex ID = 0x%04x, ", tid, GET_LE16(dx, p + 1));
		} else {
			start = 1;
			dx_printf(dx, "Multiplex ID = 0x%04x, ", tid);
		}
		break;
	case 2:
	case 4:
		if (len < 2) {
			dx_puts(dx, "[ERROR: fragment number missing]");
			return;
		}
		frag = GET_U8(dx, p + 1);
		dx_printf(dx, "Type = %s, tid = 0x%02x, fragment = 0x%02x, ",
			  tt == 2 ? (frag == 0 ? "First fragment" : "Middle fragment") : "Last fragment",
			  tid, frag);
		start = 2;
		if (frag == 0) {
			unsigned total;

			if (len < 6) {
				dx_puts(dx, "[ERROR: Total upper layer size or multiplex ID missing]");
				return;
			}
			total = GET_LE16(dx, p + 2);
			dx_printf(dx, "Total upper layer size = 0x%04x, Multiplex ID = 0x%04x, ", total,
				  GET_LE16(dx, p + 4));
			start = 6;
		}
		break;
	case 6:
		if (len == 1) {
			dx_printf(dx, "Type = Abort, tid = 0x%02x, no max size given", tid);
		} else if (len == 3) {
			dx_printf(dx, "Type = Abort, tid = 0x%02x, max size = 0x%04x", tid,
				  GET_LE16(dx, p + 1));
		} else {
			dx_printf(dx, "Type = Abort, tid = 0x%02x, invalid length = %u (not 1 or 3)", tid,
				  len);
			dx_puts(dx, "Abort data = ");
			put_bytes(dx, p, 1, len);
		}
		return;
	default:
		dx_printf(dx, "Type = %u (Reserved), tid = 0x%02x, ", tt, tid);
		start = 1;
		break;
	}
	dx_puts(dx, "Upper layer data = ");
	put_bytes(dx, p, start, len);
}

/* payload IEs up to a list termination IE or the end (7.4.3): the bytes
 * they take, or -1 */
static int wpan_pie_list(struct dx *dx, const uint8_t *p, unsigned avail)
{
	unsigned len = 0;

	do {
		unsigned ie, ie_len, gid;
		const char *name;

		if (avail < 2) {
			dx_puts(dx, "[ERROR: Truncated header IE]");
			return -1;
		}
		ie = GET_LE16(dx, p);
		if (!FC_BIT(ie, 15))
			dx_puts(dx, "[ERROR: Payload IE with type 0] ");
		ie_len = ie & 0x3ff;
		gid = (ie >> 11) & 0x0f;
		name = tok2str(dx, wpan_pie_names, "Reserved 0x%02x", gid);
		if (ie_len == 0)
			dx_printf(dx, "\n\t%s [", name);
		else
			dx_printf(dx, "\n\t%s [ length = %u, ", name, ie_len);
		if (avail < 2 + ie_len) {
			dx_puts(dx, "[ERROR: Truncated IE data]");
			return -1;
		}
		DX_FIELD(dx, p, 2 + ie_len, "Payload IE: %s, length %u", name, ie_len);
		p += 2;
		if (verbose(dx) > 3 && ie_len) {
			switch (gid) {
			case 0x1:
				wpan_mlme_list(dx, p, ie_len);
				break;
			case 0x2:
				wpan_vendor_print(dx, p, ie_len);
				break;
			case 0x3:
				wpan_mpx_print(dx, p, ie_len);
				break;
			case 0x5:
				dx_printf(dx, "Subtype ID = 0x%02x, Subtype content = ", GET_U8(dx, p));
				put_bytes(dx, p, 1, ie_len);
				break;
			default:
				dx_puts(dx, "IE Data = ");
				put_bytes(dx, p, 0, ie_len);
				break;
			}
		} else if (ie_len) {
			dx_puts(dx, "IE Data = ");
			put_bytes(dx, p, 0, ie_len);
		}
		dx_puts(dx, "]\n\t");
		len += 2 + ie_len;
		p += ie_len;
		avail -= 2 + ie_len;
		if (gid == 0xf)
			break;
	} while (avail > 0);
	return (int)len;
}

/* auxiliary security header (9.4): the bytes it takes, or -1 */
static int wpan_aux_sec_print(struct dx *dx, const uint8_t *p, unsigned avail, unsigned *level)
{
	unsigned sc, kim, len = 1;

	if (avail < 1) {
		dx_puts(dx, "[ERROR: Truncated before Aux Security Header]");
		return -1;
	}
	sc = GET_U8(dx, p);
	*level = sc & 7;
	kim = (sc >> 3) & 3;
	p++;
	avail--;
	if (verbose(dx) > 0)
		dx_printf(dx, "\n\tSecurity Level %u, Key Id Mode %u, ", *level, kim);
	if (!FC_BIT(sc, 5)) {
		if (avail < 4) {
			dx_puts(dx, "[ERROR: Truncated before Frame Counter]");
			return -1;
		}
		if (verbose(dx) > 1)
			dx_printf(dx, "Frame Counter 0x%08x ", GET_LE32(dx, p));
		p += 4;
		avail -= 4;
		len += 4;
	}
	switch (kim) {
	case 0:
		if (verbose(dx) > 1)
			dx_puts(dx, "Implicit");
		return (int)len;
	case 2:
		if (avail < 4) {
			dx_puts(dx, "[ERROR: Truncated before Key Source]");
			return -1;
		}
		if (verbose(dx) > 1) {
			unsigned pan = GET_LE16(dx, p);

			/* tcpdump's format has "%0x4x" for the address */
			dx_printf(dx, "KeySource 0x%04x:%x4x, ", pan, GET_LE16(dx, p + 2));
		}
		p += 4;
		avail -= 4;
		len += 4;
		break;
	case 3:
		if (avail < 8) {
			dx_puts(dx, "[ERROR: Truncated before Key Source]");
			return -1;
		}
		if (verbose(dx) > 1)
			dx_printf(dx, "KeySource %s, ", wpan_ext_addr(dx, p));
		/* as tcpdump, only 4 of the 8 bytes are taken */
		p += 4;
		avail -= 4;
		len += 4;
		break;
	default:
		break;
	}
	if (avail < 1) {
		dx_puts(dx, "[ERROR: Truncated before Key Index]");
		return -1;
	}
	if (verbose(dx) > 1)
		dx_printf(dx, "KeyIndex 0x%02x, ", GET_U8(dx, p));
	return (int)len + 1;
}

/* the data of a MAC command (7.5): the bytes it takes, or -1 */
static int wpan_cmd_data_print(struct dx *dx, unsigned id, const uint8_t *p, unsigned avail)
{
	unsigned v, ch, page;

	switch (id) {
	case 0x01:
		if (avail != 1) {
			dx_puts(dx, "Invalid Association request command length");
			return -1;
		}
		v = GET_U8(dx, p);
		dx_printf(dx, "%s%s%s%s%s%s", (v & 0x02) ? "FFD, " : "RFD, ",
			  (v & 0x04) ? "AC powered, " : "", (v & 0x08) ? "Receiver on when idle, " : "",
			  (v & 0x10) ? "Fast association, " : "",
			  (v & 0x40) ? "Security supported, " : "",
			  (v & 0x80) ? "Allocate address, " : "");
		return (int)avail;
	case 0x02:
		if (avail != 3) {
			dx_puts(dx, "Invalid Association response command length");
			return -1;
		}
		dx_puts(dx, "Short address = ");
		wpan_addr_print(dx, p, 2);
		v = GET_U8(dx, p + 2);
		if (tok2str_or_null(wpan_assoc_status, v))
			dx_puts(dx, tok2str_or_null(wpan_assoc_status, v));
		else
			dx_printf(dx, ", Status = 0x%02x", v);
		return (int)avail;
	case 0x03:
		if (avail != 1) {
			dx_puts(dx, "Invalid Disassociation Notification command length");
			return -1;
		}
		v = GET_U8(dx, p);
		if (v == 0)
			dx_puts(dx, "Reserved");
		else if (v == 1)
			dx_puts(dx, "Reason = The coordinator wishes the device to leave PAN");
		else if (v == 2)
			dx_puts(dx, "Reason = The device wishes to leave the PAN");
		else	/* tcpdump reads the reason 2 bytes on */
			dx_printf(dx, "Reason = 0x%02x", GET_U8(dx, p + 2));
		return (int)avail;
	case 0x04:
	case 0x05:
	case 0x06:
	case 0x07:
		return 0;
	case 0x08:
		if (avail < 7 || avail > 8) {
			dx_puts(dx, "Invalid Coordinator Realignment command length");
			return -1;
		}
		dx_printf(dx, "Pan ID = 0x%04x, Coordinator short address = ", GET_LE16(dx, p));
		wpan_addr_print(dx, p + 2, 2);
		ch = GET_U8(dx, p + 4);
		page = avail == 8 ? GET_U8(dx, p + 7) : 0x80;
		if (FC_BIT(page, 7))
			dx_printf(dx, ", Channel Number = %u", ch | (page & 0x7f) << 8);
		else
			dx_printf(dx, ", Channel Number = %u, page = %u", ch, page);
		dx_puts(dx, ", Short address = ");
		wpan_addr_print(dx, p + 5, 2);
		return (int)avail;
	case 0x09:
		if (avail != 1) {
			dx_puts(dx, "Invalid GTS Request command length");
			return -1;
		}
		v = GET_U8(dx, p);
		dx_printf(dx, "GTS Length = %u, %s, %s", v & 0xf,
			  FC_BIT(v, 4) ? "Receive-only GTS" : "Transmit-only GTS",
			  FC_BIT(v, 5) ? "GTS allocation" : "GTS deallocations");
		return (int)avail;
	default:
		dx_puts(dx, "Command Data = ");
		put_bytes(dx, p, 0, avail);
		return 0;
	}
}

/* the security level's MIC length */
static unsigned wpan_mic_len(unsigned level)
{
	static const unsigned lens[4] = { 0, 4, 8, 16 };

	return lens[level & 3];
}

/*
 * What standard and multipurpose frames share after the addresses: the
 * security header, the MIC taken off the end, the IEs, and at -vvv the MIC
 * and the FCS. 0 when the frame ends in an error.
 */
static int wpan_tail(struct dx *dx, struct wpan *w, int secured, int ies)
{
	const uint8_t *mic = NULL;
	unsigned level = 0, miclen, i;
	int len, payload_ies = 0;

	if (secured) {
		len = wpan_aux_sec_print(dx, w->p, w->caplen, &level);
		if (len < 0)
			return 0;
		DX_TCHECK(dx, w->p, (unsigned)len);
		DX_FIELD(dx, w->p, (unsigned)len, "Auxiliary security header: level %u", level);
		w->p += len;
		w->caplen -= (unsigned)len;
	}
	miclen = wpan_mic_len(level);
	if (miclen) {
		if (w->caplen < miclen) {
			dx_puts(dx, "[ERROR: Truncated before MIC]");
			return 0;
		}
		w->caplen -= miclen;
		mic = w->p + w->caplen;
		DX_FIELD(dx, mic, miclen, "MIC (%u bytes)", miclen);
	}
	if (ies) {
		len = wpan_hie_list(dx, w->p, w->caplen, &payload_ies);
		if (len < 0)
			return 0;
		w->p += len;
		w->caplen -= (unsigned)len;
	}
	if (payload_ies) {
		if (level >= 4) {
			dx_puts(dx, "Payload IEs present, but encrypted, cannot print ");
		} else {
			len = wpan_pie_list(dx, w->p, w->caplen);
			if (len < 0)
				return 0;
			w->p += len;
			w->caplen -= (unsigned)len;
		}
	}
	if (verbose(dx) > 2 && miclen) {
		dx_puts(dx, "\n\tMIC ");
		for (i = 0; i < miclen; i++)
			dx_put_hex2(dx, GET_U8(dx, mic + i));
		dx_putc(dx, ' ');
	}
	if (verbose(dx) > 2) {
		if (w->crc == w->fcs)
			dx_printf(dx, "FCS %x ", w->fcs);
		else
			dx_printf(dx, "wrong FCS %x vs %x (assume no FCS stored) ", w->fcs, w->crc);
	}
	return 1;
}

static void wpan_fcs_field(struct dx *dx, const struct wpan *w)
{
	if (w->fcs_len)
		DX_FIELD(dx, w->end - w->fcs_len, w->fcs_len, "FCS: 0x%x (correct)", w->fcs);
}

/* the fields after the header of a 2006 (or older) beacon: 0 when cut */
static int wpan_beacon_print(struct dx *dx, struct wpan *w)
{
	unsigned ss;
	int len;

	if (w->caplen < 2) {
		dx_puts(dx, "[ERROR: Truncated before beacon information]");
		return 0;
	}
	ss = GET_LE16(dx, w->p);
	DX_FIELD(dx, w->p, 2, "Superframe specification: 0x%04x", ss);
	wpan_superframe_print(dx, ss);
	w->p += 2;
	w->caplen -= 2;
	if (w->caplen < 1) {
		dx_puts(dx, "[ERROR: Truncated before GTS info]");
		return 0;
	}
	len = wpan_gts_print(dx, w->p, w->caplen);
	if (len < 0)
		return 0;
	DX_FIELD(dx, w->p, (unsigned)len, "GTS fields (%d bytes)", len);
	w->p += len;
	w->caplen -= (unsigned)len;
	if (w->caplen < 1) {
		dx_puts(dx, "[ERROR: Truncated before pending addresses]");
		return 0;
	}
	len = wpan_pending_print(dx, w->p, w->caplen);
	if (len < 0)
		return 0;
	DX_TCHECK(dx, w->p, (unsigned)len);
	DX_FIELD(dx, w->p, (unsigned)len, "Pending address fields (%d bytes)", len);
	w->p += len;
	w->caplen -= (unsigned)len;
	return 1;
}

/* "PAN:" (or "-:") and an address; 0 when cut */
static int wpan_pan_addr(struct dx *dx, struct wpan *w, int pan, int alen, const char *side)
{
	if (pan) {
		if (w->caplen < 2) {
			dx_puts(dx, "[ERROR: Truncated before dst_pan]");
			return 0;
		}
		DX_FIELD(dx, w->p, 2, "%s PAN: 0x%04x", side, GET_LE16(dx, w->p));
		dx_put_hex4(dx, GET_LE16(dx, w->p));
		dx_putc(dx, ':');
		w->p += 2;
		w->caplen -= 2;
	} else {
		dx_puts(dx, "-:");
	}
	if (w->caplen < (unsigned)alen) {
		dx_puts(dx, "[ERROR: Truncated before dst_addr]");
		return 0;
	}
	if (alen)
		DX_FIELD(dx, w->p, (unsigned)alen, "%s address", side);
	wpan_addr_print(dx, w->p, alen);
	w->p += alen;
	w->caplen -= (unsigned)alen;
	return 1;
}

/* which PAN IDs a frame has (7.2.2.6; for version 2, Table 7-2) */
static void wpan_pans(unsigned version, int comp, int dlen, int slen, int *dpan, int *span)
{
	*dpan = dlen > 0;
	*span = slen > 0 && !comp;
	if (version < 2)
		return;
	if (comp) {
		if (slen == 0 && dlen == 0)
			*dpan = 1;
		else if ((slen == 0) != (dlen == 0) || (slen == 8 && dlen == 8))
			*dpan = *span = 0;
	} else if (slen == 8 && dlen == 8) {
		*dpan = 1;
		*span = 0;
	} else if (slen == 8 && dlen == 2) {
		/* no source PAN either, as the 6TiSCH stacks send it and
		 * tcpdump reads it */
		*span = 0;
	}
}

/* beacon, data, ack and command frames (7.3.1 - 7.3.4) */
static unsigned wpan_std_frame(struct dx *dx, struct wpan *w, unsigned fc)
{
	unsigned version = (fc >> 12) & 3, type = fc & 7;
	int dlen, slen, dpan, span;

	wpan_fcs(dx, w, 4, 4);
	wpan_fcs_field(dx, w);
	dx_printf(dx, "v%u ", version);
	if (verbose(dx) > 2) {
		if (FC_BIT(fc, 3))
			dx_puts(dx, "Security Enabled, ");
		if (FC_BIT(fc, 4))
			dx_puts(dx, "Frame Pending, ");
		if (FC_BIT(fc, 5))
			dx_puts(dx, "AR, ");
		if (FC_BIT(fc, 6))
			dx_puts(dx, "PAN ID Compression, ");
		if (FC_BIT(fc, 8))
			dx_puts(dx, "Sequence Number Suppression, ");
		if (FC_BIT(fc, 9))
			dx_puts(dx, "IE present, ");
	}
	if (FC_BIT(fc, 8)) {
		if (version < 2)
			dx_puts(dx, "[ERROR: Sequence number suppressed on frames where version < 2]");
		if (verbose(dx))
			dx_puts(dx, "seq suppressed ");
		if (w->caplen < 2) {
			dx_print_trunc(dx);
			return 0;
		}
		w->p += 2;
		w->caplen -= 2;
	} else {
		unsigned seq = GET_U8(dx, w->p + 2);

		if (verbose(dx))
			dx_printf(dx, "seq %02x ", seq);
		if (w->caplen < 3) {
			dx_print_trunc(dx);
			return 0;
		}
		DX_FIELD(dx, w->p + 2, 1, "Sequence number: %u", seq);
		w->p += 3;
		w->caplen -= 3;
	}
	dlen = wpan_addr_len(fc >> 10);
	slen = wpan_addr_len(fc >> 14);
	if (slen < 0) {
		dx_puts(dx, "[ERROR: Invalid src address mode]");
		return 0;
	}
	if (dlen < 0) {
		dx_puts(dx, "[ERROR: Invalid dst address mode]");
		return 0;
	}
	if (version < 2 && FC_BIT(fc, 6) && (dlen <= 0 || slen <= 0))
		dx_puts(dx, "[ERROR: PAN ID Compression != 0, and only one address with frame version < 2]");
	wpan_pans(version, (int)FC_BIT(fc, 6), dlen, slen, &dpan, &span);
	if (!wpan_pan_addr(dx, w, dpan, dlen, "Destination"))
		return 0;
	dx_puts(dx, " < ");
	if (!wpan_pan_addr(dx, w, span, slen, "Source"))
		return 0;
	dx_putc(dx, ' ');
	if (!wpan_tail(dx, w, (int)FC_BIT(fc, 3), (int)FC_BIT(fc, 9)))
		return 0;
	switch (type) {
	case 0:
		if (version < 2 && !wpan_beacon_print(dx, w))
			break;
		ether_default_print(dx, w->p, w->caplen);
		break;
	case 3:
		if (w->caplen < 1) {
			dx_puts(dx, "[ERROR: Truncated before Command ID]");
		} else {
			unsigned id = GET_U8(dx, w->p);
			int len;

			DX_FIELD(dx, w->p, 1, "Command: %s",
				 tok2str(dx, wpan_cmd_names, "Reserved 0x%02x", id));
			if (id >= 0x30)
				dx_printf(dx, "Command ID = Reserved 0x%02x ", id);
			else
				dx_printf(dx, "Command ID = %s ",
					  tok2str(dx, wpan_cmd_names, "Reserved 0x%02x", id));
			w->p++;
			w->caplen--;
			if (w->caplen) {
				len = wpan_cmd_data_print(dx, id, w->p, w->caplen);
				if (len > 0) {
					DX_FIELD(dx, w->p, (unsigned)len, "Command data (%d bytes)", len);
					w->p += len;
					w->caplen -= (unsigned)len;
				}
			}
		}
		ether_default_print(dx, w->p, w->caplen);
		break;
	default:
		ether_default_print(dx, w->p, w->caplen);
		break;
	}
	return 1;
}

/* multipurpose frames (7.3.5): a short (1-byte) or long frame control */
static unsigned wpan_mp_frame(struct dx *dx, struct wpan *w, unsigned fc)
{
	int dlen, slen, pan = 0, ies = 0, secured = 0;

	wpan_fcs(dx, w, 3, 5);
	wpan_fcs_field(dx, w);
	if (FC_BIT(fc, 3)) {
		dx_printf(dx, "v%u ", (fc >> 12) & 3);
		pan = (int)FC_BIT(fc, 8);
		ies = (int)FC_BIT(fc, 15);
		secured = (int)FC_BIT(fc, 9);
		if (verbose(dx) > 2) {
			if (secured)
				dx_puts(dx, "Security Enabled, ");
			if (FC_BIT(fc, 11))
				dx_puts(dx, "Frame Pending, ");
			if (FC_BIT(fc, 14))
				dx_puts(dx, "AR, ");
			if (pan)
				dx_puts(dx, "PAN ID Present, ");
			if (FC_BIT(fc, 10))
				dx_puts(dx, "Sequence Number Suppression, ");
			if (ies)
				dx_puts(dx, "IE present, ");
		}
		if (FC_BIT(fc, 10)) {
			if (w->caplen < 2) {
				dx_print_trunc(dx);
				return 0;
			}
			w->p += 2;
			w->caplen -= 2;
		} else {
			unsigned seq = GET_U8(dx, w->p + 2);

			if (verbose(dx))
				dx_printf(dx, "seq %02x ", seq);
			if (w->caplen < 3) {
				dx_print_trunc(dx);
				return 0;
			}
			DX_FIELD(dx, w->p + 2, 1, "Sequence number: %u", seq);
			w->p += 3;
			w->caplen -= 3;
		}
	} else {
		unsigned seq = GET_U8(dx, w->p + 1);

		DX_FIELD(dx, w->p + 1, 1, "Sequence number: %u", seq);
		w->p += 2;
		w->caplen -= 2;
		if (verbose(dx))
			dx_printf(dx, "seq %02x ", seq);
	}
	dlen = wpan_addr_len(fc >> 4);
	slen = wpan_addr_len(fc >> 6);
	if (slen < 0) {
		dx_puts(dx, "[ERROR: Invalid src address mode]");
		return 0;
	}
	if (dlen < 0) {
		dx_puts(dx, "[ERROR: Invalid dst address mode]");
		return 0;
	}
	if (!wpan_pan_addr(dx, w, pan, dlen, "Destination"))
		return 0;
	dx_puts(dx, " <  ");
	if (!wpan_pan_addr(dx, w, 0, slen, "Source"))
		return 0;
	dx_putc(dx, ' ');
	if (!wpan_tail(dx, w, secured, ies))
		return 0;
	ether_default_print(dx, w->p, w->caplen);
	return 1;
}

/* a frame from its frame control on; what tcpdump adds to the link
 * header length (1 for a frame printed, 0 for an error) */
static unsigned wpan_print(struct dx *dx, const uint8_t *p, unsigned caplen)
{
	struct wpan w;
	unsigned fc, type, ret = 0;

	dx_proto(dx, "802.15.4");
	if (caplen < 2) {
		dx_print_trunc(dx);
		return caplen;
	}
	fc = GET_LE16(dx, p);
	type = fc & 7;
	DX_LAYER(dx, p, caplen, "IEEE 802.15.4 %s frame", wpan_ftypes[type]);
	DX_FIELD(dx, p, type == 5 && !FC_BIT(fc, 3) ? 1 : 2, "Frame control: 0x%04x", fc);
	dx_printf(dx, "IEEE 802.15.4 %s packet ", wpan_ftypes[type]);
	w.p = p;
	w.caplen = caplen;
	w.end = p + caplen;
	if (type <= 3)
		ret = wpan_std_frame(dx, &w, fc);
	else if (type == 5)
		ret = wpan_mp_frame(dx, &w, fc);
	DX_LAYER_END(dx);
	return ret;
}

unsigned ieee802_15_4_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)length;
	return wpan_print(dx, p, caplen);
}
