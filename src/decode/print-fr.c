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
#include "dx.h"
#include "print-ether.h"
#include "print-isoclns.h"
#include "print.h"

#define FR_EA_BIT 0x01
#define LLC_UI 0x03
#define NLPID_SNAP 0x80
#define NLPID_PPP 0xcf
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
		if (snap_print(dx, p, length, (unsigned)DX_BYTES_AVAIL(dx, p), NULL, NULL))
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
	default:
		/* Q.933 has no printer here yet: as an unknown NLPID */
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
