// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IS-IS (NLPID 0x83), reached from print-isoclns.c. Text as
 * tcpdump 4.99.3 print-isoclns.c.
 *
 * ISO/IEC 10589 (IS-IS), RFC 1195. An IS-IS PDU starts with an 8-byte
 * common header: NLPID 0x83, header length, version, system-ID length,
 * PDU type (low 5 bits), PDU version, reserved, maximum area addresses.
 * The PDU-specific fixed header follows; this printer shows the brief
 * form of each PDU (source, LAN or LSP ID, sequence, lifetime) and, with
 * -v, the fixed header fields and the TLVs.
 */
#include <stdio.h>

#include "dx.h"
#include "ipproto.h"
#include "print-isoclns.h"
#include "util.h"

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

static const struct tok isis_tlv_values[] = {
	{ 1, "Area address(es)" },
	{ 2, "IS Reachability" },
	{ 3, "ES Neighbor(s)" },
	{ 4, "Partition DIS" },
	{ 5, "Prefix Neighbors" },
	{ 6, "IS Neighbor(s)" },
	{ 7, "Instance Identifier" },
	{ 8, "Padding" },
	{ 9, "LSP entries" },
	{ 10, "Authentication" },
	{ 12, "Checksum" },
	{ 13, "Purge Originator Identifier" },
	{ 14, "LSP Buffersize" },
	{ 22, "Extended IS Reachability" },
	{ 24, "IS Alias ID" },
	{ 42, "DECnet Phase IV" },
	{ 66, "Lucent Proprietary" },
	{ 128, "IPv4 Internal Reachability" },
	{ 129, "Protocols supported" },
	{ 130, "IPv4 External Reachability" },
	{ 131, "Inter-Domain Information Type" },
	{ 132, "IPv4 Interface address(es)" },
	{ 133, "IPv4 authentication (deprecated)" },
	{ 134, "Traffic Engineering Router ID" },
	{ 135, "Extended IPv4 Reachability" },
	{ 137, "Hostname" },
	{ 138, "Shared Risk Link Group" },
	{ 143, "Multi-Topology-Aware Port Capability" },
	{ 144, "Multi-Topology Capability" },
	{ 176, "Nortel Proprietary" },
	{ 177, "Nortel Proprietary" },
	{ 211, "Restart Signaling" },
	{ 222, "Multi Topology IS Reachability" },
	{ 229, "Multi Topology" },
	{ 232, "IPv6 Interface address(es)" },
	{ 235, "Multi-Topology IPv4 Reachability" },
	{ 236, "IPv6 reachability" },
	{ 237, "Multi-Topology IP6 Reachability" },
	{ 240, "Point-to-point Adjacency State" },
	{ 241, "Hello PDU Sequence Number" },
	{ 242, "IS-IS Router Capability" },
	{ 250, "Vendor Private" },
	{ 0, NULL }
};

static const struct tok isis_is_reach_virtual_values[] = {
	{ 0, "IsNotVirtual" },
	{ 1, "IsVirtual" },
	{ 0, NULL }
};

static const struct tok isis_ptp_adjacency_values[] = {
	{ 0, "Up" },
	{ 1, "Initializing" },
	{ 2, "Down" },
	{ 0, NULL }
};

static const struct tok isis_restart_flag_values[] = {
	{ 0x1, "Restart Request" },
	{ 0x2, "Restart Acknowledgement" },
	{ 0x4, "Suppress adjacency advertisement" },
	{ 0, NULL }
};

static const char *metric_ie(unsigned m)
{
	return (m & 0x40) ? "External" : "Internal";
}

/* the delay, expense and error metrics of a 4-byte metric block, when supported */
static void isis_other_metrics(struct dx *dx, const uint8_t *mb, const char *ident)
{
	static const char *const names[] = { "Delay", "Expense", "Error" };
	unsigned i, m;

	for (i = 0; i < 3; i++) {
		m = GET_U8(dx, mb + 1 + i);
		if (!(m & 0x80))
			dx_printf(dx, "%s  %s Metric: %u, %s", ident, names[i], m & 0x3f, metric_ie(m));
	}
}

/* the prefix length of a contiguous mask, -1 otherwise */
static int mask_plen(uint32_t mask)
{
	int bits = 0;

	while (bits < 32 && (mask & (0x80000000u >> bits)))
		bits++;
	if (bits < 32 && (mask << bits) != 0)
		return -1;
	return bits;
}

/* TLVs 128 and 130: 12-byte entries (metrics, prefix, mask); 0 when short */
static int isis_ip_reach_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len > 0) {
		unsigned m;
		int plen;

		if (len < 12) {
			dx_printf(dx, "short IPv4 Reachability (%u vs %u)", len, 12u);
			return 0;
		}
		if (!DX_TTEST(dx, cp, 12))
			return 0;
		plen = mask_plen(GET_BE32(dx, cp + 8));
		if (plen == -1) {
			dx_printf(dx, "\n\t      IPv4 prefix: %s", GET_IPADDR_STRING(dx, cp + 4));
			dx_printf(dx, " mask %s", GET_IPADDR_STRING(dx, cp + 8));
		} else {
			dx_printf(dx, "\n\t      IPv4 prefix: %15s/%d", GET_IPADDR_STRING(dx, cp + 4), plen);
		}
		m = GET_U8(dx, cp);
		dx_printf(dx, ", Distribution: %s, Metric: %u, %s", (m & 0x80) ? "down" : "up", m & 0x3f,
			  metric_ie(m));
		isis_other_metrics(dx, cp, "\n\t      ");
		cp += 12;
		len -= 12;
	}
	return 1;
}

/* TLVs 2 (after the virtual flag) and 3: a metric block, then an ID */
static void isis_neighbors_print(struct dx *dx, const uint8_t *tp, unsigned tlen, const char *kind,
				 unsigned id_len)
{
	unsigned m;

	while (tlen >= 4 + id_len) {
		DX_TCHECK(dx, tp, 4 + id_len);
		dx_printf(dx, "\n\t      %s Neighbor: %s", kind, isis_id(dx, tp + 4, id_len));
		m = GET_U8(dx, tp);
		dx_printf(dx, ", Default Metric: %u, %s", m & 0x3f, metric_ie(m));
		isis_other_metrics(dx, tp, "\n\t\t");
		tp += 4 + id_len;
		tlen -= 4 + id_len;
	}
}

/* one TLV's value (tcpdump's switch in isis_print); 0 to stop the PDU */
static int isis_tlv_value(struct dx *dx, unsigned type, const uint8_t *tp, unsigned tlen)
{
	unsigned n;

	switch (type) {
	case 1:
		while (tlen != 0) {
			n = GET_U8(dx, tp);
			tp++;
			tlen--;
			if (tlen < n)
				return 1;
			dx_printf(dx, "\n\t      Area address (length: %u): %s", n, dx_isonsap_string(dx, tp, n));
			tp += n;
			tlen -= n;
		}
		break;
	case 2:
		if (tlen < 1)
			return 1;
		dx_printf(dx, "\n\t      %s",
			  tok2str(dx, isis_is_reach_virtual_values, "bogus virtual flag 0x%02x", GET_U8(dx, tp)));
		tp++;
		tlen--;
		isis_neighbors_print(dx, tp, tlen, "IS", NODE_ID_LEN);
		break;
	case 3:
		isis_neighbors_print(dx, tp, tlen, "ES", SYSTEM_ID_LEN);
		break;
	case 6:
		while (tlen != 0) {
			if (tlen < 6)
				return 1;
			dx_printf(dx, "\n\t      SNPA: %s", isis_id(dx, tp, 6));
			tp += 6;
			tlen -= 6;
		}
		break;
	case 8:
		break;
	case 9:
		while (tlen != 0) {
			if (tlen < 16)
				return 1;
			DX_TCHECK(dx, tp + 2, LSP_ID_LEN);
			dx_printf(dx, "\n\t      lsp-id: %s", isis_id(dx, tp + 2, LSP_ID_LEN));
			dx_printf(dx, ", seq: 0x%08x", GET_BE32(dx, tp + 10));
			dx_printf(dx, ", lifetime: %5ds", (int)GET_BE16(dx, tp));
			dx_printf(dx, ", chksum: 0x%04x", GET_BE16(dx, tp + 14));
			tp += 16;
			tlen -= 16;
		}
		break;
	case 128:
	case 130:
		if (!isis_ip_reach_print(dx, tp, tlen))
			return 0;
		break;
	case 129:
		dx_puts(dx, "\n\t      NLPID(s): ");
		while (tlen != 0) {
			n = GET_U8(dx, tp);
			dx_printf(dx, "%s (0x%02x)", tok2str(dx, nlpid_values, "unknown", n), n);
			if (tlen > 1)
				dx_puts(dx, ", ");
			tp++;
			tlen--;
		}
		break;
	case 132:
		while (tlen != 0) {
			if (tlen < 4)
				return 1;
			dx_printf(dx, "\n\t      IPv4 interface address: %s", GET_IPADDR_STRING(dx, tp));
			tp += 4;
			tlen -= 4;
		}
		break;
	case 134:
		if (tlen < 4)
			return 1;
		dx_printf(dx, "\n\t      Traffic Engineering Router ID: %s", GET_IPADDR_STRING(dx, tp));
		break;
	case 137:
		dx_puts(dx, "\n\t      Hostname: ");
		dx_printjnp(dx, tp, tlen);
		break;
	case 211:
		if (tlen < 1)
			break;
		dx_printf(dx, "\n\t      Flags [%s]", bittok2str(dx, isis_restart_flag_values, "none", GET_U8(dx, tp)));
		tp++;
		tlen--;
		if (tlen < 2)
			break;
		dx_printf(dx, ", Remaining holding time %us", GET_BE16(dx, tp));
		tp += 2;
		tlen -= 2;
		if (tlen == SYSTEM_ID_LEN)
			dx_printf(dx, ", for %s", isis_id(dx, tp, SYSTEM_ID_LEN));
		break;
	case 240:
		if (tlen >= 1) {
			n = GET_U8(dx, tp);
			dx_printf(dx, "\n\t      Adjacency State: %s (%u)",
				  tok2str(dx, isis_ptp_adjacency_values, "unknown", n), n);
			tlen--;
		}
		if (tlen > 4) {
			dx_printf(dx, "\n\t      Extended Local circuit-ID: 0x%08x", GET_BE32(dx, tp + 1));
			tlen -= 4;
		}
		if (tlen >= SYSTEM_ID_LEN) {
			dx_printf(dx, "\n\t      Neighbor System-ID: %s", isis_id(dx, tp + 5, SYSTEM_ID_LEN));
			tlen -= SYSTEM_ID_LEN;
		}
		if (tlen >= 4)
			dx_printf(dx, "\n\t      Neighbor Extended Local circuit-ID: 0x%08x",
				  GET_BE32(dx, tp + 11));
		break;
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, tp, "\n\t\t", tlen);
		break;
	}
	return 1;
}

/* the TLV list after the fixed header */
static void isis_tlvs_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	while (len > 0) {
		unsigned type, tlen;

		DX_TCHECK(dx, p, 2);
		if (len < 2) {
			dx_print_trunc(dx);
			return;
		}
		type = GET_U8(dx, p);
		tlen = GET_U8(dx, p + 1);
		p += 2;
		len -= 2;
		dx_printf(dx, "\n\t    %s TLV #%u, length: %u", tok2str(dx, isis_tlv_values, "unknown", type),
			  type, tlen);
		DX_FIELD_IN(dx, p - 2, tlen + 2u, p + len, "%s TLV #%u, length: %u",
			    tok2str(dx, isis_tlv_values, "unknown", type), type, tlen);
		if (len < tlen) {
			dx_print_trunc(dx);
			return;
		}
		if (!isis_tlv_value(dx, type, p, tlen))
			return;
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, p, "\n\t      ", tlen);
		p += tlen;
		len -= tlen;
	}
}

/* 1 when printed, 0 when the caller dumps the PDU as hex */
/* the fields both hello headers (LAN and point-to-point) start with */
static void iih_fields(struct dx *dx, const uint8_t *h, unsigned pdu_len)
{
	DX_FIELD(dx, h, 1, "Circuit type: %s",
		 tok2str(dx, isis_circuit_type_values, "unknown circuit type 0x%02x", GET_U8(dx, h)));
	DX_FIELD(dx, h + 1, SYSTEM_ID_LEN, "Source ID: %s", isis_id(dx, h + 1, SYSTEM_ID_LEN));
	DX_FIELD(dx, h + 7, 2, "Holding time: %us", GET_BE16(dx, h + 7));
	DX_FIELD(dx, h + 9, 2, "PDU length: %u", pdu_len);
}

int isis_print(struct dx *dx, const uint8_t *p, unsigned length)
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
		iih_fields(dx, h, pdu_len);
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
		iih_fields(dx, h, pdu_len);
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
