// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Frame Relay (DLT_FRELAY, link type 107) and the Q.922 address.
 * Text as tcpdump 4.99.3 print-fr.c.
 *
 * RFC 2427 (multiprotocol over Frame Relay), ITU-T Q.922. A frame starts
 * with a 2- to 4-byte Q.922 address: the DLCI in the high bits, the EA bit
 * (bit 0) set in the last byte; C/R in the first, FECN/BECN/DE in the
 * second. Then the UI control byte (0x03), a pad byte with 3-byte
 * addresses, and an NLPID (IPv4, IPv6, the OSI protocols, SNAP...). Cisco
 * encapsulation puts an EtherType right after the address instead.
 */
#include <string.h>

#include "../core/pkt.h"
#include "decode.h"
#include "dx.h"
#include "ipproto.h"
#include "print-ether.h"
#include "print-isoclns.h"
#include "print.h"
#include "util.h"

#define FR_EA_BIT 0x01
#define LLC_UI 0x03
#define NLPID_SNAP 0x80
#define NLPID_MFR 0xb1	/* FRF.15 */

/* FRF.15/FRF.16 fragment header: Begin, End and Control bits */
#define MFR_B_BIT 0x80
#define MFR_E_BIT 0x40
#define MFR_C_BIT 0x20
#define MFR_BEC_MASK (MFR_B_BIT | MFR_E_BIT | MFR_C_BIT)
#define FRF15_FRAGTYPE 0x01	/* interface (not end-to-end) fragmentation */

static const struct tok frf_flag_values[] = {
	{ MFR_B_BIT, "Begin" },
	{ MFR_E_BIT, "End" },
	{ MFR_C_BIT, "Control" },
	{ 0, NULL }
};

/* the flags as tcpdump keeps them: C/R from the first byte, FECN, BECN
 * and DE from the second, the SDLC bit of a 4-byte address */
static const struct tok fr_header_flag_values[] = {
	{ 0x02000000, "C!" },
	{ 0x00020000, "DE" },
	{ 0x00040000, "BECN" },
	{ 0x00080000, "FECN" },
	{ 0x00000002, "sdlcore" },
	{ 0, NULL }
};

int q922_parse(struct dx *dx, const uint8_t *p, unsigned length, unsigned *dlci,
	       unsigned *addr_len, uint32_t *flags)
{
	unsigned b;

	if (!DX_TTEST(dx, p, 1) || length < 1)
		return -1;
	b = GET_U8(dx, p);
	if (b & FR_EA_BIT)
		return 0;
	if (!DX_TTEST(dx, p + 1, 1) || length < 2)
		return -1;
	*addr_len = 2;
	*dlci = ((b & 0xfc) << 2) | ((GET_U8(dx, p + 1) & 0xf0) >> 4);
	*flags = ((uint32_t)(b & 0x02) << 24) | ((uint32_t)(GET_U8(dx, p + 1) & 0x0e) << 16);
	if (GET_U8(dx, p + 1) & FR_EA_BIT)
		return 1;
	p += 2;
	length -= 2;
	if (!DX_TTEST(dx, p, 1) || length < 1)
		return -1;
	(*addr_len)++;
	if ((GET_U8(dx, p) & FR_EA_BIT) == 0) {
		*dlci = (*dlci << 7) | (GET_U8(dx, p) >> 1);
		(*addr_len)++;
		p++;
		length--;
	}
	if (!DX_TTEST(dx, p, 1) || length < 1)
		return -1;
	if ((GET_U8(dx, p) & FR_EA_BIT) == 0)
		return 0;	/* more than 4 bytes */
	*flags |= GET_U8(dx, p) & 0x02;
	*dlci = (*dlci << 6) | (GET_U8(dx, p) >> 2);
	return 1;
}

void q922_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned dlci = 0, addr_len = 0;
	uint32_t flags = 0;

	switch (q922_parse(dx, p, length, &dlci, &addr_len, &flags)) {
	case 1:
		dx_printf(dx, "DLCI %u", dlci);
		break;
	case 0:
		dx_puts(dx, "<Invalid DLCI>");
		break;
	default:
		dx_puts(dx, "<Truncated>");
		break;
	}
}

/* FRF.15 fragmentation header (the fragment itself is not decoded) */
static void frf15_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned b0, seq;

	if (length < 2) {
		dx_print_trunc(dx);
		return;
	}
	b0 = GET_U8(dx, p);
	seq = (b0 & 0x1e) << 7 | GET_U8(dx, p + 1);
	dx_printf(dx, "FRF.15, seq 0x%03x, Flags [%s],%s Fragmentation, length %u", seq,
		  bittok2str(dx, frf_flag_values, "none", b0 & MFR_BEC_MASK),
		  b0 & FRF15_FRAGTYPE ? "Interface" : "End-to-End", length);
	DX_FIELD(dx, p, 2, "FRF.15 fragment: seq 0x%03x, Flags [%s]", seq,
		 bittok2str(dx, frf_flag_values, "none", b0 & MFR_BEC_MASK));
}

static unsigned fr_print(struct dx *dx, const uint8_t *p, unsigned length);

/* ---- FRF.16 multilink frame relay (LINKTYPE_MFR) ------------------------- */

static const struct tok mfr_ctrl_msgs[] = {
	{ 1, "Add Link" },
	{ 2, "Add Link ACK" },
	{ 3, "Add Link Reject" },
	{ 4, "Hello" },
	{ 5, "Hello ACK" },
	{ 6, "Remove Link" },
	{ 7, "Remove Link ACK" },
	{ 0, NULL }
};

#define MFR_IE_BUNDLE_ID 1
#define MFR_IE_LINK_ID 2
#define MFR_IE_MAGIC_NUM 3
#define MFR_IE_TIMESTAMP 5
#define MFR_ID_MAXLEN 50u

static const struct tok mfr_ctrl_ies[] = {
	{ MFR_IE_BUNDLE_ID, "Bundle ID" },
	{ MFR_IE_LINK_ID, "Link ID" },
	{ MFR_IE_MAGIC_NUM, "Magic Number" },
	{ MFR_IE_TIMESTAMP, "Timestamp" },
	{ 6, "Vendor Extension" },
	{ 7, "Cause" },
	{ 0, NULL }
};

/* the IEs of a link integrity control frame, after its 3-byte header; 0
 * when one is cut (tcpdump then takes the whole frame as link header) */
static int mfr_ctrl_ies_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	while (tlen > 2) {
		unsigned type, len, i;

		if (!DX_TTEST(dx, p, 2))
			return 0;
		type = GET_U8(dx, p);
		len = GET_U8(dx, p + 1);
		dx_printf(dx, "\n\tIE %s (%u), length %u: ", tok2str(dx, mfr_ctrl_ies, "Unknown", type),
			  type, len);
		/* the length counts the 2-byte header: one that does not ends the list */
		if (type == 0 || len <= 2)
			return 1;
		if (!DX_TTEST(dx, p, len))
			return 0;
		DX_FIELD(dx, p, len, "IE %s (%u), length %u", tok2str(dx, mfr_ctrl_ies, "Unknown", type),
			 type, len);
		p += 2;
		len -= 2;
		tlen -= 2;
		switch (type) {
		case MFR_IE_MAGIC_NUM:
			if (len != 4) {
				dx_printf(dx, "[IE data length %u != 4]", len);
				dx_print_invalid(dx);
				break;
			}
			dx_printf(dx, "0x%08x", GET_BE32(dx, p));
			break;
		case MFR_IE_BUNDLE_ID:
		case MFR_IE_LINK_ID:
			for (i = 0; i < len && i < MFR_ID_MAXLEN; i++) {
				uint8_t c = GET_U8(dx, p + i);

				if (c == 0)
					break;
				dx_print_char(dx, c);
			}
			break;
		case MFR_IE_TIMESTAMP:
			if (len == 16) {
				/*
				 * tcpdump takes the bytes as its own struct timeval
				 * (two 64-bit host-order fields here) and prints it
				 * as a packet time stamp
				 */
				struct pkt t;
				int64_t sec, usec;

				memset(&t, 0, sizeof(t));
				DX_TCHECK(dx, p, 16);
				memcpy(&sec, p, 8);
				memcpy(&usec, p + 8, 8);
				t.ts_carry = (uint32_t)((uint64_t)usec / 1000000u);
				t.ts_ns = ((uint64_t)sec + t.ts_carry) * 1000000000u +
					  (uint64_t)usec % 1000000u * 1000u;
				dx__timestamp(dx, &t, dx->out);
				break;
			}
			/* FALLTHROUGH */
		default:
			if (dx->opts->verbose <= 1)
				ip_print_unknown_data(dx, p, "\n\t  ", len);
			break;
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, p, "\n\t  ", len);
		/* tcpdump's count of what is left may wrap: so does this one */
		tlen -= len;
		p += len;
	}
	return 1;
}

/* FRF.16: a control frame or a fragment; the header length */
static unsigned mfr_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned b0, bec, seq;

	dx_proto(dx, "mfr");
	if (length < 4) {
		dx_printf(dx, "[length %u < 4]", length);
		dx_print_invalid(dx);
		return length;
	}
	if (!DX_TTEST(dx, p, 4)) {
		dx_print_trunc(dx);
		return length;
	}
	b0 = GET_U8(dx, p);
	bec = b0 & MFR_BEC_MASK;
	if (bec == (MFR_B_BIT | MFR_E_BIT | MFR_C_BIT) && GET_U8(dx, p + 1) == 0) {
		unsigned msg = GET_U8(dx, p + 2);

		dx_printf(dx, "FRF.16 Control, Flags [%s], %s, length %u",
			  bittok2str(dx, frf_flag_values, "none", bec),
			  tok2str(dx, mfr_ctrl_msgs, "Unknown Message (0x%02x)", msg), length);
		DX_LAYER(dx, p, length, "FRF.16 link integrity control, %s",
			 tok2str(dx, mfr_ctrl_msgs, "Unknown Message", msg));
		DX_FIELD(dx, p, 1, "Flags: [%s]", bittok2str(dx, frf_flag_values, "none", bec));
		DX_FIELD(dx, p + 2, 1, "Message type: %s (%u)",
			 tok2str(dx, mfr_ctrl_msgs, "Unknown", msg), msg);
		if (dx->opts->verbose && !mfr_ctrl_ies_print(dx, p + 3, length - 3)) {
			DX_LAYER_END(dx);
			dx_print_trunc(dx);
			return length;
		}
		DX_LAYER_END(dx);
		return 3;
	}
	seq = (b0 & 0x1e) << 7 | GET_U8(dx, p + 1);
	DX_LAYER(dx, p, 2, "FRF.16 fragment, seq %u", seq);
	DX_FIELD(dx, p, 2, "Flags: [%s], sequence %u", bittok2str(dx, frf_flag_values, "none", bec),
		 seq);
	DX_LAYER_END(dx);
	if (bec == (MFR_B_BIT | MFR_E_BIT) || bec == MFR_B_BIT) {
		/* a whole frame or its first fragment: a Q.922 frame follows */
		dx_printf(dx, "FRF.16 Frag, seq %u, Flags [%s], ", seq,
			  bittok2str(dx, frf_flag_values, "none", bec));
		fr_print(dx, p + 2, length - 2);
		return 2;
	}
	dx_printf(dx, "FRF.16 Frag, seq %u, Flags [%s]", seq,
		  bittok2str(dx, frf_flag_values, "none", bec));
	ip_print_unknown_data(dx, p, "\n\t", length);
	return 0;
}

unsigned mfr_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "mfr");
	if (caplen < 2) {
		dx_print_trunc(dx);
		return caplen;
	}
	return mfr_print(dx, p, length);
}

/* ---- Q.933 (and Q.931) signalling: frame relay LMI ----------------------- */

static const struct tok q933_msgs[] = {
	{ 0x00, "ESC to National" },
	{ 0x01, "Alert" },
	{ 0x02, "Call proceeding" },
	{ 0x07, "Connect" },
	{ 0x0f, "Connect ACK" },
	{ 0x03, "Progress" },
	{ 0x05, "Setup" },
	{ 0x45, "Disconnect" },
	{ 0x4d, "Release" },
	{ 0x5a, "Release Complete" },
	{ 0x46, "Restart" },
	{ 0x4e, "Restart ACK" },
	{ 0x7d, "Status Reply" },
	{ 0x75, "Status Enquiry" },
	{ 0, NULL }
};

#define IE_SINGLE_OCTET(c) ((c) & 0x80)
#define IE_SHIFT(c) (((c) & 0xf0) == 0x90)
#define IE_SHIFT_LOCKING(c) (!((c) & 0x08))
#define IE_SHIFT_CODESET(c) ((c) & 0x07)

static const struct tok q933_ies_0_5[] = {
	{ 0x01, "ANSI Report Type" },
	{ 0x19, "ANSI Link Verify" },
	{ 0x03, "ANSI Link Verify" },
	{ 0x07, "ANSI PVC Status" },
	{ 0x51, "CCITT Report Type" },
	{ 0x53, "CCITT Link Verify" },
	{ 0x57, "CCITT PVC Status" },
	{ 0, NULL }
};

static const struct tok lmi_report_types[] = {
	{ 0, "Full Status" },
	{ 1, "Link verify" },
	{ 2, "Async PVC Status" },
	{ 0, NULL }
};

/* an IE of codeset 0 or 5 (the LMI ones); 1 if it is one this knows */
static int q933_ie_0_5_print(struct dx *dx, unsigned code, unsigned len, const uint8_t *p)
{
	int v = dx->opts->verbose;
	unsigned dlci, last;

	switch (code) {
	case 0x01:
	case 0x51:
		if (v)
			dx_printf(dx, "%s (%u)", tok2str(dx, lmi_report_types, "unknown", GET_U8(dx, p)),
				  GET_U8(dx, p));
		return 1;
	case 0x03:
	case 0x53:
	case 0x19:
		if (!v)
			dx_puts(dx, ", ");
		if (len < 2) {
			dx_puts(dx, "Invalid LINK VERIFY IE");
			return 1;
		}
		dx_printf(dx, "TX Seq: %3d, RX Seq: %3d", GET_U8(dx, p), GET_U8(dx, p + 1));
		return 1;
	case 0x07:
	case 0x57:
		if (!v)
			dx_puts(dx, ", ");
		/* 3 to 5 bytes, the extension bit set on the last one only */
		if (len < 3 || len > 5 || (GET_U8(dx, p) & 0x80) ||
		    (len == 3 && !(GET_U8(dx, p + 1) & 0x80)) ||
		    (len == 4 && ((GET_U8(dx, p + 1) & 0x80) || !(GET_U8(dx, p + 2) & 0x80))) ||
		    (len == 5 && ((GET_U8(dx, p + 1) & 0x80) || (GET_U8(dx, p + 2) & 0x80) ||
				  !(GET_U8(dx, p + 3) & 0x80))) ||
		    !(GET_U8(dx, p + len - 1) & 0x80)) {
			dx_puts(dx, "Invalid DLCI in PVC STATUS IE");
			return 1;
		}
		dlci = ((GET_U8(dx, p) & 0x3f) << 4) | ((GET_U8(dx, p + 1) & 0x78) >> 3);
		if (len == 4)
			dlci = (dlci << 6) | ((GET_U8(dx, p + 2) & 0x7e) >> 1);
		else if (len == 5)
			dlci = (dlci << 13) | (GET_U8(dx, p + 2) & 0x7f) | ((GET_U8(dx, p + 3) & 0x7e) >> 1);
		last = GET_U8(dx, p + len - 1);
		dx_printf(dx, "DLCI %u: status %s%s", dlci, last & 0x8 ? "New, " : "",
			  last & 0x2 ? "Active" : "Inactive");
		return 1;
	}
	return 0;
}

/* a message cut in its header: the length, then the mark */
#define Q933_CUT_HDR() do { \
	dx_printf(dx, "%slength %u", dx->opts->link_header ? "" : ", ", olen); \
	goto trunc; } while (0)
/* cut in its IEs: the length (that -v printed already), then the mark */
#define Q933_CUT_IE() do { \
	if (!v) dx_printf(dx, ", length %u", olen); \
	goto trunc; } while (0)

void q933_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned olen = length, ref_len, i, msg, code, ielen;
	unsigned codeset = 0, unshift = 0, nonlocking = 0;
	int ansi = 0, v = dx->opts->verbose;
	uint8_t ref[15];

	dx_proto(dx, "q.933");
	if (!dx->opts->link_header)
		dx_puts(dx, "Q.933");
	if (length == 0 || !DX_TTEST(dx, p, 1)) {
		dx_printf(dx, "%slength %u", dx->opts->link_header ? "" : ", ", length);
		dx_print_trunc(dx);
		return;
	}
	DX_LAYER(dx, p, length, "Q.933 signalling");
	ref_len = GET_U8(dx, p) & 0x0f;
	DX_FIELD(dx, p, 1, "Call reference length: %u", ref_len);
	p++;
	length--;
	for (i = 0; i < ref_len; i++) {
		if (length == 0 || !DX_TTEST(dx, p, 1))
			Q933_CUT_HDR();
		ref[i] = GET_U8(dx, p);
		p++;
		length--;
	}
	if (length == 0 || !DX_TTEST(dx, p, 1))
		Q933_CUT_HDR();
	msg = GET_U8(dx, p);
	DX_FIELD(dx, p, 1, "Message type: %s (0x%02x)", tok2str(dx, q933_msgs, "unknown", msg), msg);
	p++;
	length--;
	if (length != 0) {
		if (!DX_TTEST(dx, p, 1))
			Q933_CUT_HDR();
		code = GET_U8(dx, p);
		if (IE_SHIFT(code)) {
			p++;
			length--;
			codeset = IE_SHIFT_CODESET(code);
			if (IE_SHIFT_LOCKING(code)) {
				/* a locking shift to codeset 5: ANSI T1.617 Annex D */
				if (codeset == 5)
					ansi = 1;
			} else {
				nonlocking = 1;
				unshift = 0;
			}
		}
	}
	if (!dx->opts->link_header)
		dx_puts(dx, ", ");
	dx_printf(dx, "%s, codeset %u", ansi ? "ANSI" : "CCITT", codeset);
	/* tcpdump tests the byte after the call reference (it means its first) */
	if (ref_len != 0 && (ref_len > 1 || GET_U8(dx, p) != 0)) {
		dx_puts(dx, ", Call Ref: 0x");
		for (i = 0; i < ref_len; i++)
			dx_put_hex2(dx, ref[i]);
	}
	if (v)
		dx_printf(dx, ", %s (0x%02x), length %u", tok2str(dx, q933_msgs, "unknown message", msg),
			  msg, olen);
	else
		dx_printf(dx, ", %s", tok2str(dx, q933_msgs, "unknown message 0x%02x", msg));

	while (length != 0) {
		if (nonlocking == 1) {
			nonlocking = 2;
		} else if (nonlocking == 2) {
			codeset = unshift;
			nonlocking = 0;
		}
		if (!DX_TTEST(dx, p, 1))
			Q933_CUT_IE();
		code = GET_U8(dx, p);
		p++;
		length--;
		if (IE_SINGLE_OCTET(code)) {
			DX_FIELD(dx, p - 1, 1, "Single-octet IE 0x%02x", code);
			if (IE_SHIFT(code)) {
				if (IE_SHIFT_LOCKING(code)) {
					nonlocking = 0;
				} else {
					nonlocking = 1;
					unshift = codeset;
				}
				codeset = IE_SHIFT_CODESET(code);
			}
			continue;
		}
		if (length == 0 || !DX_TTEST(dx, p, 1))
			Q933_CUT_IE();
		ielen = GET_U8(dx, p);
		p++;
		length--;
		if (v)
			dx_printf(dx, "\n\t%s IE (0x%02x), length %u: ",
				  codeset == 0 || codeset == 5 ? tok2str(dx, q933_ies_0_5, "unknown", code)
							       : "unknown",
				  code, ielen);
		if (code == 0 || ielen == 0) {
			DX_LAYER_END(dx);
			return;
		}
		if (length < ielen || !DX_TTEST(dx, p, ielen))
			Q933_CUT_IE();
		DX_FIELD(dx, p - 2, ielen + 2, "%s IE (0x%02x), length %u",
			 codeset == 0 || codeset == 5 ? tok2str(dx, q933_ies_0_5, "unknown", code)
						      : "unknown", code, ielen);
		if ((codeset == 0 || codeset == 5) && q933_ie_0_5_print(dx, code, ielen, p)) {
			if (v > 1)
				ip_print_unknown_data(dx, p, "\n\t  ", ielen);
		} else if (v >= 1) {
			ip_print_unknown_data(dx, p, "\n\t", ielen);
		}
		length -= ielen;
		p += ielen;
	}
	if (!v)
		dx_printf(dx, ", length %u", olen);
	DX_LAYER_END(dx);
	return;
trunc:
	DX_LAYER_END(dx);
	dx_print_trunc(dx);
}

/* tcpdump's fr_hdr_print (-e, or where no printer follows): an NLPID
 * when below 256, an EtherType (Cisco encapsulation) otherwise */
static void fr_hdr_print(struct dx *dx, unsigned length, unsigned addr_len, unsigned dlci,
			 uint32_t flags, unsigned nlpid)
{
	if (dx->opts->quiet) {
		dx_printf(dx, "Q.922, DLCI %u, length %u: ", dlci, length);
		return;
	}
	dx_printf(dx, "Q.922, hdr-len %u, DLCI %u, Flags [%s], ", addr_len, dlci,
		  bittok2str(dx, fr_header_flag_values, "none", flags));
	if (nlpid <= 0xff)
		dx_printf(dx, "NLPID %s (0x%02x), length %u: ",
			  tok2str(dx, nlpid_values, "unknown", nlpid), nlpid, length);
	else
		dx_printf(dx, "cisco-ethertype %s (0x%04x), length %u: ",
			  tok2str(dx, ethertype_values, "unknown", nlpid), nlpid, length);
}

/* the frame at p: the header length */
static unsigned fr_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned dlci = 0, addr_len = 0, hdr_len, nlpid, et;
	uint32_t flags = 0;
	int r;

	dx_proto(dx, "fr");
	r = q922_parse(dx, p, length, &dlci, &addr_len, &flags);
	if (r == -1)
		goto trunc;
	if (r == 0) {
		dx_puts(dx, "Q.922, invalid address");
		return 0;
	}
	if (!DX_TTEST(dx, p + addr_len, 1) || length < addr_len + 1)
		goto trunc;
	DX_LAYER(dx, p, addr_len, "Frame Relay, DLCI %u", dlci);
	DX_FIELD(dx, p, addr_len, "Q.922 address: DLCI %u, Flags [%s]", dlci,
		 bittok2str(dx, fr_header_flag_values, "none", flags));
	DX_LAYER_END(dx);

	if (GET_U8(dx, p + addr_len) != LLC_UI && dlci != 0) {
		/* Cisco encapsulation: an EtherType after the address */
		if (!DX_TTEST(dx, p + addr_len, 2) || length < addr_len + 2) {
			dx_printf(dx, "UI %02x! ", GET_U8(dx, p + addr_len));
		} else {
			et = GET_BE16(dx, p + addr_len);
			if (dx->opts->link_header)
				fr_hdr_print(dx, length, addr_len, dlci, flags, et);
			if (ethertype_print(dx, et, p + addr_len + 2, length - addr_len - 2,
					    (unsigned)DX_BYTES_AVAIL(dx, p + addr_len + 2), NULL, NULL))
				return addr_len + 2;
			dx_printf(dx, "UI %02x! ", GET_U8(dx, p + addr_len));
		}
	}

	if (!DX_TTEST(dx, p + addr_len + 1, 1) || length < addr_len + 2)
		goto trunc;
	if (GET_U8(dx, p + addr_len + 1) == 0) {
		/* a pad byte after UI, which only 3-byte addresses should have */
		if (addr_len != 3)
			dx_puts(dx, "Pad! ");
		hdr_len = addr_len + 3;
	} else {
		if (addr_len == 3)
			dx_puts(dx, "No pad! ");
		hdr_len = addr_len + 2;
	}
	if (!DX_TTEST(dx, p + hdr_len - 1, 1) || length < hdr_len)
		goto trunc;
	nlpid = GET_U8(dx, p + hdr_len - 1);
	if (dx->opts->link_header)
		fr_hdr_print(dx, length, addr_len, dlci, flags, nlpid);
	p += hdr_len;
	length -= hdr_len;

	switch (nlpid) {
	case NLPID_IP:
		ip_print(dx, p, length);
		break;
	case NLPID_IP6:
		ip6_print(dx, p, length);
		break;
	case NLPID_CLNP:
	case NLPID_ESIS:
	case NLPID_ISIS:
		isoclns_print(dx, p - 1, length + 1);	/* the OSI printers start at the NLPID */
		break;
	case NLPID_SNAP:
		if (snap_print(dx, p, length, (unsigned)DX_BYTES_AVAIL(dx, p), NULL, NULL, 0))
			break;
		/* tcpdump passes the header length as the address length here */
		if (!dx->opts->link_header)
			fr_hdr_print(dx, length + hdr_len, hdr_len, dlci, flags, nlpid);
		if (!dx->opts->quiet && !dx->opts->hex && !dx->opts->hex_ascii)
			hex_and_ascii_print(dx, "\n\t", p - hdr_len, length + hdr_len);
		break;
	case NLPID_PPP:
		ppp_print(dx, p, length);
		break;
	case NLPID_MFR:
		frf15_print(dx, p, length);
		break;
	case NLPID_Q933:
		q933_print(dx, p, length);
		break;
	default:
		if (!dx->opts->link_header)
			fr_hdr_print(dx, length + hdr_len, addr_len, dlci, flags, nlpid);
		/* ND_DEFAULTPRINT unless -x, of the whole length: a cut one ends with the mark */
		if (!dx->opts->hex)
			hex_and_ascii_print(dx, "\n\t", p, length);
		break;
	}
	return hdr_len;
trunc:
	dx_print_trunc(dx);
	return 0;
}

unsigned fr_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "fr");
	if (caplen < 4) {
		dx_print_trunc(dx);
		return caplen;
	}
	return fr_print(dx, p, length);
}
