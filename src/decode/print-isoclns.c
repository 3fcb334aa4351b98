// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ISO CLNS protocols by NLPID: IS-IS, with the IP, IPv6 and null
 * network layers it carries. Text as tcpdump 4.99.3 print-isoclns.c.
 *
 * ISO/IEC 10589 (IS-IS), RFC 1195. An IS-IS PDU starts with an 8-byte
 * common header: NLPID 0x83, header length, version, system-ID length,
 * PDU type (low 5 bits), PDU version, reserved, maximum area addresses.
 * The PDU-specific fixed header follows; this printer shows the brief
 * form of each PDU (source, LAN or LSP ID, sequence, lifetime) and, with
 * -v, the fixed header fields and the list of TLVs, each as hex.
 */
#include <stdio.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define NLPID_NULLNS 0x00
#define NLPID_CLNP 0x81
#define NLPID_ESIS 0x82
#define NLPID_ISIS 0x83
#define NLPID_IP6 0x8e
#define NLPID_IP 0xcc

#define ISIS_VERSION 1
#define SYSTEM_ID_LEN 6u
#define NODE_ID_LEN (SYSTEM_ID_LEN + 1)
#define LSP_ID_LEN (SYSTEM_ID_LEN + 2)

#define ISIS_COMMON_LEN 8u
#define ISIS_IIH_LAN_LEN 19u
#define ISIS_IIH_PTP_LEN 12u
#define ISIS_LSP_LEN 19u
#define ISIS_CSNP_LEN 25u
#define ISIS_PSNP_LEN 9u

#define ISIS_PDU_L1_LAN_IIH 15
#define ISIS_PDU_L2_LAN_IIH 16
#define ISIS_PDU_PTP_IIH 17
#define ISIS_PDU_L1_LSP 18
#define ISIS_PDU_L2_LSP 20
#define ISIS_PDU_L1_CSNP 24
#define ISIS_PDU_L2_CSNP 25
#define ISIS_PDU_L1_PSNP 26
#define ISIS_PDU_L2_PSNP 27

static const struct tok nlpid_values[] = {
	{ NLPID_NULLNS, "NULL" },
	{ 0x08, "Q.933" },
	{ 0x80, "SNAP" },
	{ NLPID_CLNP, "CLNP" },
	{ NLPID_ESIS, "ES-IS" },
	{ NLPID_ISIS, "IS-IS" },
	{ 0x8c, "CONS" },
	{ 0x8d, "IDRP" },
	{ 0x8e, "IPv6" },
	{ 0xb0, "MFR" },
	{ 0xcc, "IPv4" },
	{ 0xcf, "PPP" },
	{ 0, NULL }
};

static const struct tok isis_pdu_values[] = {
	{ ISIS_PDU_L1_LAN_IIH, "L1 Lan IIH" },
	{ ISIS_PDU_L2_LAN_IIH, "L2 Lan IIH" },
	{ ISIS_PDU_PTP_IIH, "p2p IIH" },
	{ ISIS_PDU_L1_LSP, "L1 LSP" },
	{ ISIS_PDU_L2_LSP, "L2 LSP" },
	{ ISIS_PDU_L1_CSNP, "L1 CSNP" },
	{ ISIS_PDU_L2_CSNP, "L2 CSNP" },
	{ ISIS_PDU_L1_PSNP, "L1 PSNP" },
	{ ISIS_PDU_L2_PSNP, "L2 PSNP" },
	{ 0, NULL }
};

static const struct tok isis_circuit_type_values[] = {
	{ 1, "Level 1 only" },
	{ 2, "Level 2 only" },
	{ 3, "Level 1, Level 2" },
	{ 0, NULL }
};

static const struct tok isis_lsp_istype_values[] = {
	{ 0, "Unused 0x0 (invalid)" },
	{ 1, "L1 IS" },
	{ 2, "Unused 0x2 (invalid)" },
	{ 3, "L2 IS" },
	{ 0, NULL }
};

/* ISO 8473 Annex C (Fletcher) checksum of len bytes with the two bytes at
 * off taken as zero: the value the field should hold */
static unsigned osi_cksum(const uint8_t *p, unsigned off, unsigned len)
{
	uint32_t c0 = 0, c1 = 0;
	unsigned i;
	uint32_t mul;
	int32_t x, y;

	for (i = 0; i < len; i++) {
		if (i != off && i != off + 1)
			c0 += p[i];
		c1 += c0;
	}
	c0 %= 255;
	c1 %= 255;
	mul = (len - off) * c0;
	x = (int32_t)(mul - c0 - c1);
	y = (int32_t)(c1 - mul - 1);
	if (y >= 0)
		y++;
	if (x < 0)
		x--;
	x %= 255;
	y %= 255;
	if (x == 0)
		x = 255;
	if (y == 0)
		y = 255;
	return (unsigned)(((x & 0xff) << 8) | (y & 0xff));
}

/* tcpdump's osi_print_cksum: verify the checksum field at p + off */
static void osi_print_cksum(struct dx *dx, const uint8_t *p, unsigned cksum, unsigned off, unsigned len)
{
	unsigned calc;

	if (!cksum || !DX_TTEST(dx, p + off, 2) || off > len || !DX_TTEST(dx, p, len)) {
		dx_puts(dx, " (unverified)");
		return;
	}
	calc = osi_cksum(p, off, len);
	if (calc == cksum)
		dx_puts(dx, " (correct)");
	else
		dx_printf(dx, " (incorrect should be 0x%04x)", calc);
}

/* tcpdump's isis_print_id: xxxx.xxxx.xxxx, then .nn for a node ID and -nn for an LSP ID */
static const char *isis_id(struct dx *dx, const uint8_t *cp, unsigned id_len)
{
	char *buf = dx_namebuf(dx);
	size_t n = 0;
	unsigned i, sys = id_len < SYSTEM_ID_LEN ? id_len : SYSTEM_ID_LEN;

	DX_TCHECK(dx, cp, id_len);
	for (i = 0; i < sys; i++) {
		n += (size_t)snprintf(buf + n, DX_NAMEBUF_LEN - n, "%02x", cp[i]);
		if (i == 1 || i == 3)
			buf[n++] = '.';
	}
	buf[n] = '\0';
	if (id_len >= NODE_ID_LEN)
		n += (size_t)snprintf(buf + n, DX_NAMEBUF_LEN - n, ".%02x", cp[SYSTEM_ID_LEN]);
	if (id_len == LSP_ID_LEN)
		snprintf(buf + n, DX_NAMEBUF_LEN - n, "-%02x", cp[NODE_ID_LEN]);
	return buf;
}

/* the TLV list after the fixed header, each TLV as its type, length and hex */
static void isis_tlvs_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	while (len > 0) {
		unsigned type, tlen;

		if (len < 2) {
			dx_print_trunc(dx);
			return;
		}
		type = GET_U8(dx, p);
		tlen = GET_U8(dx, p + 1);
		p += 2;
		len -= 2;
		dx_printf(dx, "\n\t    TLV #%u, length: %u", type, tlen);
		DX_FIELD_IN(dx, p - 2, tlen + 2u, p + len, "TLV #%u, length: %u", type, tlen);
		if (tlen > len) {
			dx_print_trunc(dx);
			return;
		}
		DX_TCHECK(dx, p, tlen);
		if (tlen)
			ip_print_unknown_data(dx, p, "\n\t\t", tlen);
		p += tlen;
		len -= tlen;
	}
}

/* 1 when printed, 0 when the caller dumps the PDU as hex */
static int isis_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned fixed_len, version, id_len, pdu_version, max_area, pdu_area, type, hdr, pdu_len;
	const uint8_t *h = p + ISIS_COMMON_LEN;
	const char *sep = dx->opts->link_header ? "" : ", ";
	int v = dx->opts->verbose;

	dx_proto(dx, "isis");
	DX_TCHECK(dx, p, ISIS_COMMON_LEN);
	if (length < ISIS_COMMON_LEN) {
		dx_print_trunc(dx);
		return 1;
	}
	if (!dx->opts->link_header)
		dx_puts(dx, "IS-IS");
	version = GET_U8(dx, p + 2);
	if (version != ISIS_VERSION) {
		dx_printf(dx, "version %u packet not supported", version);
		return 0;
	}
	id_len = GET_U8(dx, p + 3);
	if (id_len != SYSTEM_ID_LEN && id_len != 0) {
		dx_printf(dx, "system ID length of %u is not supported", id_len);
		return 0;
	}
	pdu_version = GET_U8(dx, p + 5);
	if (pdu_version != ISIS_VERSION) {
		dx_printf(dx, "version %u packet not supported", pdu_version);
		return 0;
	}
	fixed_len = GET_U8(dx, p + 1);
	if (length < fixed_len) {
		dx_printf(dx, "fixed header length %u > packet length %u", fixed_len, length);
		return 0;
	}
	if (fixed_len < ISIS_COMMON_LEN) {
		dx_printf(dx, "fixed header length %u < minimum header size %u", fixed_len,
			  ISIS_COMMON_LEN);
		return 0;
	}
	pdu_area = GET_U8(dx, p + 7);
	if (pdu_area == 255) {
		dx_puts(dx, "bad packet -- 255 areas");
		return 0;
	}
	max_area = pdu_area ? pdu_area : 3;
	type = GET_U8(dx, p + 4);

	DX_LAYER(dx, p, length, "IS-IS, %s", tok2str(dx, isis_pdu_values, "unknown PDU-Type %u", type));
	DX_FIELD(dx, p, 1, "NLPID: 0x%02x", NLPID_ISIS);
	DX_FIELD(dx, p + 1, 1, "Header length: %u", fixed_len);
	DX_FIELD(dx, p + 2, 1, "Version: %u", version);
	DX_FIELD(dx, p + 3, 1, "System ID length: %u", id_len);
	DX_FIELD(dx, p + 4, 1, "PDU type: %s (%u)", tok2str(dx, isis_pdu_values, "unknown", type), type);
	DX_FIELD(dx, p + 5, 1, "PDU version: %u", pdu_version);
	DX_FIELD(dx, p + 7, 1, "Maximum area addresses: %u", pdu_area);

	if (v == 0) {
		dx_puts(dx, sep);
		dx_puts(dx, tok2str(dx, isis_pdu_values, "unknown PDU-Type %u", type));
	} else {
		dx_printf(dx, "%slength %u", sep, length);
		dx_printf(dx, "\n\t%s, hlen: %u, v: %u, pdu-v: %u, sys-id-len: %u (%u), max-area: %u (%u)",
			  tok2str(dx, isis_pdu_values, "unknown, type %u", type), fixed_len, version,
			  pdu_version, SYSTEM_ID_LEN, id_len, max_area, pdu_area);
		if (v > 1)
			ip_print_unknown_data(dx, p, "\n\t", ISIS_COMMON_LEN);
	}

	switch (type) {
	case ISIS_PDU_L1_LAN_IIH:
	case ISIS_PDU_L2_LAN_IIH:
		hdr = ISIS_IIH_LAN_LEN;
		break;
	case ISIS_PDU_PTP_IIH:
		hdr = ISIS_IIH_PTP_LEN;
		break;
	case ISIS_PDU_L1_LSP:
	case ISIS_PDU_L2_LSP:
		hdr = ISIS_LSP_LEN;
		break;
	case ISIS_PDU_L1_CSNP:
	case ISIS_PDU_L2_CSNP:
		hdr = ISIS_CSNP_LEN;
		break;
	case ISIS_PDU_L1_PSNP:
	case ISIS_PDU_L2_PSNP:
		hdr = ISIS_PSNP_LEN;
		break;
	default:
		DX_LAYER_END(dx);
		if (v == 0) {
			dx_printf(dx, ", length %u", length);
			return 1;
		}
		ip_print_unknown_data(dx, h, "\n\t  ", length);
		return 0;
	}
	if (fixed_len != ISIS_COMMON_LEN + hdr) {
		DX_LAYER_END(dx);
		dx_printf(dx, "%s bogus fixed header length %u should be %u",
			  (type == ISIS_PDU_L1_PSNP || type == ISIS_PDU_L2_PSNP) ? "-" : ",", fixed_len,
			  (type == ISIS_PDU_L1_LSP || type == ISIS_PDU_L2_LSP) ? hdr : ISIS_COMMON_LEN + hdr);
		return 0;
	}
	DX_TCHECK(dx, h, hdr);
	if (length < ISIS_COMMON_LEN + hdr) {
		DX_LAYER_END(dx);
		dx_print_trunc(dx);
		return 1;
	}

	switch (type) {
	case ISIS_PDU_L1_LAN_IIH:
	case ISIS_PDU_L2_LAN_IIH:
		pdu_len = GET_BE16(dx, h + 9);
		DX_FIELD(dx, h, 1, "Circuit type: %s",
			 tok2str(dx, isis_circuit_type_values, "unknown circuit type 0x%02x", GET_U8(dx, h)));
		DX_FIELD(dx, h + 1, SYSTEM_ID_LEN, "Source ID: %s", isis_id(dx, h + 1, SYSTEM_ID_LEN));
		DX_FIELD(dx, h + 7, 2, "Holding time: %us", GET_BE16(dx, h + 7));
		DX_FIELD(dx, h + 9, 2, "PDU length: %u", pdu_len);
		DX_FIELD(dx, h + 11, 1, "Priority: %u", GET_U8(dx, h + 11) & 0x7f);
		DX_FIELD(dx, h + 12, NODE_ID_LEN, "LAN ID: %s", isis_id(dx, h + 12, NODE_ID_LEN));
		if (v == 0) {
			dx_printf(dx, ", src-id %s", isis_id(dx, h + 1, SYSTEM_ID_LEN));
			dx_printf(dx, ", lan-id %s, prio %u", isis_id(dx, h + 12, NODE_ID_LEN),
				  GET_U8(dx, h + 11));
			break;
		}
		dx_printf(dx, "\n\t  source-id: %s,  holding time: %us, Flags: [%s]",
			  isis_id(dx, h + 1, SYSTEM_ID_LEN), GET_BE16(dx, h + 7),
			  tok2str(dx, isis_circuit_type_values, "unknown circuit type 0x%02x",
				  GET_U8(dx, h)));
		dx_printf(dx, "\n\t  lan-id:    %s, Priority: %u, PDU length: %u",
			  isis_id(dx, h + 12, NODE_ID_LEN), GET_U8(dx, h + 11) & 0x7f, pdu_len);
		break;
	case ISIS_PDU_PTP_IIH:
		pdu_len = GET_BE16(dx, h + 9);
		DX_FIELD(dx, h, 1, "Circuit type: %s",
			 tok2str(dx, isis_circuit_type_values, "unknown circuit type 0x%02x", GET_U8(dx, h)));
		DX_FIELD(dx, h + 1, SYSTEM_ID_LEN, "Source ID: %s", isis_id(dx, h + 1, SYSTEM_ID_LEN));
		DX_FIELD(dx, h + 7, 2, "Holding time: %us", GET_BE16(dx, h + 7));
		DX_FIELD(dx, h + 9, 2, "PDU length: %u", pdu_len);
		DX_FIELD(dx, h + 11, 1, "Circuit ID: 0x%02x", GET_U8(dx, h + 11));
		if (v == 0) {
			dx_printf(dx, ", src-id %s", isis_id(dx, h + 1, SYSTEM_ID_LEN));
			break;
		}
		dx_printf(dx, "\n\t  source-id: %s, holding time: %us, Flags: [%s]",
			  isis_id(dx, h + 1, SYSTEM_ID_LEN), GET_BE16(dx, h + 7),
			  tok2str(dx, isis_circuit_type_values, "unknown circuit type 0x%02x",
				  GET_U8(dx, h)));
		dx_printf(dx, "\n\t  circuit-id: 0x%02x, PDU length: %u", GET_U8(dx, h + 11), pdu_len);
		break;
	case ISIS_PDU_L1_LSP:
	case ISIS_PDU_L2_LSP:
		pdu_len = GET_BE16(dx, h);
		DX_FIELD(dx, h, 2, "PDU length: %u", pdu_len);
		DX_FIELD(dx, h + 2, 2, "Remaining lifetime: %us", GET_BE16(dx, h + 2));
		DX_FIELD(dx, h + 4, LSP_ID_LEN, "LSP ID: %s", isis_id(dx, h + 4, LSP_ID_LEN));
		DX_FIELD(dx, h + 12, 4, "Sequence number: 0x%08x", GET_BE32(dx, h + 12));
		DX_FIELD(dx, h + 16, 2, "Checksum: 0x%04x", GET_BE16(dx, h + 16));
		DX_FIELD(dx, h + 18, 1, "Type block: 0x%02x", GET_U8(dx, h + 18));
		if (v == 0) {
			dx_printf(dx, ", lsp-id %s, seq 0x%08x, lifetime %5us",
				  isis_id(dx, h + 4, LSP_ID_LEN), GET_BE32(dx, h + 12),
				  GET_BE16(dx, h + 2));
			break;
		}
		dx_printf(dx, "\n\t  lsp-id: %s, seq: 0x%08x, lifetime: %5us\n\t  chksum: 0x%04x",
			  isis_id(dx, h + 4, LSP_ID_LEN), GET_BE32(dx, h + 12), GET_BE16(dx, h + 2),
			  GET_BE16(dx, h + 16));
		{
			unsigned tb = GET_U8(dx, h + 18), cl = length > pdu_len ? pdu_len : length;

			osi_print_cksum(dx, h + 4, GET_BE16(dx, h + 16), 12, cl - 12);
			dx_printf(dx, ", PDU length: %u, Flags: [ %s", pdu_len,
				  (tb & 0x04) ? "Overload bit set, " : "");
			if (tb & 0x78) {
				dx_puts(dx, (tb & 0x08) ? "default " : "");
				dx_puts(dx, (tb & 0x10) ? "delay " : "");
				dx_puts(dx, (tb & 0x20) ? "expense " : "");
				dx_puts(dx, (tb & 0x40) ? "error " : "");
				dx_puts(dx, "ATT bit set, ");
			}
			dx_puts(dx, (tb & 0x80) ? "P bit set, " : "");
			dx_printf(dx, "%s ]", tok2str(dx, isis_lsp_istype_values, "Unknown(0x%x)", tb & 3));
		}
		break;
	case ISIS_PDU_L1_CSNP:
	case ISIS_PDU_L2_CSNP:
		pdu_len = GET_BE16(dx, h);
		DX_FIELD(dx, h, 2, "PDU length: %u", pdu_len);
		DX_FIELD(dx, h + 2, NODE_ID_LEN, "Source ID: %s", isis_id(dx, h + 2, NODE_ID_LEN));
		DX_FIELD(dx, h + 9, LSP_ID_LEN, "Start LSP ID: %s", isis_id(dx, h + 9, LSP_ID_LEN));
		DX_FIELD(dx, h + 17, LSP_ID_LEN, "End LSP ID: %s", isis_id(dx, h + 17, LSP_ID_LEN));
		if (v == 0) {
			dx_printf(dx, ", src-id %s", isis_id(dx, h + 2, NODE_ID_LEN));
			break;
		}
		dx_printf(dx, "\n\t  source-id:    %s, PDU length: %u", isis_id(dx, h + 2, NODE_ID_LEN),
			  pdu_len);
		dx_printf(dx, "\n\t  start lsp-id: %s", isis_id(dx, h + 9, LSP_ID_LEN));
		dx_printf(dx, "\n\t  end lsp-id:   %s", isis_id(dx, h + 17, LSP_ID_LEN));
		break;
	default: /* PSNP */
		pdu_len = GET_BE16(dx, h);
		DX_FIELD(dx, h, 2, "PDU length: %u", pdu_len);
		DX_FIELD(dx, h + 2, NODE_ID_LEN, "Source ID: %s", isis_id(dx, h + 2, NODE_ID_LEN));
		if (v == 0) {
			dx_printf(dx, ", src-id %s", isis_id(dx, h + 2, NODE_ID_LEN));
			break;
		}
		dx_printf(dx, "\n\t  source-id:    %s, PDU length: %u", isis_id(dx, h + 2, NODE_ID_LEN),
			  pdu_len);
		break;
	}
	if (v == 0) {
		DX_LAYER_END(dx);
		dx_printf(dx, ", length %u", length);
		return 1;
	}
	if (v > 1)
		ip_print_unknown_data(dx, h, "\n\t  ", hdr);
	/* the TLVs run to the PDU length when it is shorter than the packet */
	if (length > pdu_len)
		length = pdu_len;
	if (length < ISIS_COMMON_LEN + hdr) {
		DX_LAYER_END(dx);
		dx_print_invalid(dx);
		return 1;
	}
	isis_tlvs_print(dx, p + ISIS_COMMON_LEN + hdr, length - ISIS_COMMON_LEN - hdr);
	DX_LAYER_END(dx);
	return 1;
}

void isoclns_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned nlpid;

	dx_proto(dx, "isoclns");
	nlpid = GET_U8(dx, p);
	if (dx->opts->link_header)
		dx_printf(dx, "OSI NLPID %s (0x%02x): ", tok2str(dx, nlpid_values, "Unknown", nlpid), nlpid);
	switch (nlpid) {
	case NLPID_ISIS:
		if (!isis_print(dx, p, length))
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	case NLPID_NULLNS:
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		break;
	case NLPID_IP:
		ip_print(dx, p + 1, length - 1);
		break;
	case NLPID_IP6:
		ip6_print(dx, p + 1, length - 1);
		break;
	default:
		if (!dx->opts->link_header)
			dx_printf(dx, "OSI NLPID 0x%02x unknown", nlpid);
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		if (length > 1)
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	}
}
