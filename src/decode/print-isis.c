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
#include <string.h>

#include "dx.h"
#include "gmpls.h"
#include "ipproto.h"
#include "print-ether.h"
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

static const struct tok isis_mt_values[] = {
	{ 0, "IPv4 unicast" },
	{ 1, "In-Band Management" },
	{ 2, "IPv6 unicast" },
	{ 3, "Multicast" },
	{ 4095, "Development, Experimental or Proprietary" },
	{ 0, NULL }
};

static const struct tok isis_mt_flag_values[] = {
	{ 0x4000, "ATT bit set" },
	{ 0x8000, "Overload bit set" },
	{ 0, NULL }
};

static const struct tok isis_ext_is_reach_subtlv_values[] = {
	{ 3, "Administrative groups" },
	{ 4, "Link Local/Remote Identifier" },
	{ 5, "Link Remote Identifier" },
	{ 6, "IPv4 interface address" },
	{ 8, "IPv4 neighbor address" },
	{ 9, "Maximum link bandwidth" },
	{ 10, "Reservable link bandwidth" },
	{ 11, "Unreserved bandwidth" },
	{ 18, "Traffic Engineering Metric" },
	{ 19, "Link Attribute" },
	{ 20, "Link Protection Type" },
	{ 21, "Interface Switching Capability" },
	{ 12, "Bandwidth Constraints (old)" },
	{ 22, "Bandwidth Constraints" },
	{ 32, "LAN Adjacency Segment Identifier" },
	{ 29, "SPB Metric" },
	{ 250, "Reserved for cisco specific extensions" },
	{ 251, "Reserved for cisco specific extensions" },
	{ 252, "Reserved for cisco specific extensions" },
	{ 253, "Reserved for cisco specific extensions" },
	{ 254, "Reserved for cisco specific extensions" },
	{ 255, "Reserved for future expansion" },
	{ 0, NULL }
};

static const struct tok isis_ext_ip_reach_subtlv_values[] = {
	{ 1, "32-Bit Administrative tag" },
	{ 2, "64-Bit Administrative tag" },
	{ 3, "Prefix SID" },
	{ 117, "Management Prefix Color" },
	{ 0, NULL }
};

#define PREFIX_SID_FLAG_V 0x08
static const struct tok prefix_sid_flag_values[] = {
	{ 0x80, "Readvertisement" },
	{ 0x40, "Node" },
	{ 0x20, "No-PHP" },
	{ 0x10, "Explicit NULL" },
	{ PREFIX_SID_FLAG_V, "Value" },
	{ 0x04, "Local" },
	{ 0, NULL }
};

static const struct tok prefix_sid_algo_values[] = {
	{ 0, "SPF" },
	{ 1, "strict-SPF" },
	{ 0, NULL }
};

static const struct tok isis_subtlv_link_attribute_values[] = {
	{ 0x01, "Local Protection Available" },
	{ 0x02, "Link excluded from local protection path" },
	{ 0x04, "Local maintenance required" },
	{ 0, NULL }
};

static const struct tok isis_lan_adj_sid_flag_values[] = {
	{ 0x80, "Address family IPv6" },
	{ 0x40, "Backup" },
	{ 0x20, "Value" },
	{ 0x10, "Local significance" },
	{ 0x08, "Set of adjacencies" },
	{ 0x04, "Persistent" },
	{ 0, NULL }
};

static const struct tok isis_subtlv_auth_values[] = {
	{ 1, "simple text password" },
	{ 3, "Generic Crypto key-id" },
	{ 54, "HMAC-MD5 password" },
	{ 255, "Routing Domain private password" },
	{ 0, NULL }
};

static const struct tok isis_subtlv_idrp_values[] = {
	{ 0, "Reserved" },
	{ 1, "Routing-Domain Specific" },
	{ 2, "AS Number Tag" },
	{ 0, NULL }
};

static const struct tok isis_tlv_router_capability_flags[] = {
	{ 0x01, "S bit" },
	{ 0x02, "D bit" },
	{ 0, NULL }
};

static const struct tok isis_router_capability_subtlv_values[] = {
	{ 2, "SR-Capabilities" },
	{ 0, NULL }
};

static const struct tok isis_router_capability_sr_flags[] = {
	{ 0x80, "ipv4" },
	{ 0x40, "ipv6" },
	{ 0, NULL }
};

static const struct tok isis_mt_port_cap_subtlv_values[] = {
	{ 4, "SPB MCID" },
	{ 5, "SPB Digest" },
	{ 6, "SPB BVID" },
	{ 0, NULL }
};

static const struct tok isis_mt_capability_subtlv_values[] = {
	{ 1, "SPB Instance" },
	{ 3, "SPBM Service Identifier and Unicast Address" },
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

/* tcpdump's isis_print_metric_block: the default metric, then the others when supported */
static void isis_metric_block(struct dx *dx, const uint8_t *mb)
{
	unsigned m = GET_U8(dx, mb);

	dx_printf(dx, ", Default Metric: %u, %s", m & 0x3f, metric_ie(m));
	isis_other_metrics(dx, mb, "\n\t\t");
}

/* how a TLV's value ended: go on with the next TLV, end the PDU quietly,
 * or end it with tcpdump's truncation mark */
enum { TLV_NEXT, TLV_STOP, TLV_TRUNC };

/* TLVs 2 (after the virtual flag) and 3: a metric block, then an ID */
static int isis_neighbors_print(struct dx *dx, const uint8_t *tp, unsigned tlen, const char *kind,
				unsigned id_len)
{
	while (tlen >= 4 + id_len) {
		if (!DX_TTEST(dx, tp, 4 + id_len))
			return TLV_TRUNC;
		dx_printf(dx, "\n\t      %s Neighbor: %s", kind, isis_id(dx, tp + 4, id_len));
		isis_metric_block(dx, tp);
		tp += 4 + id_len;
		tlen -= 4 + id_len;
	}
	return TLV_NEXT;
}

/* one sub-TLV of an extended IS reachability entry (RFC 5305, 4124, 4205,
 * 6329, 8667); *tp, *len and *sum move past what the value printer takes
 * itself (the bandwidth tables), as tcpdump's pointers do */
static void ext_is_subtlv(struct dx *dx, unsigned st, const uint8_t **tpp, unsigned *slp,
			  unsigned *sump, unsigned *procp, const char *ident)
{
	const uint8_t *tp = *tpp;
	unsigned sl = *slp, i, sw, v;

#define EXT_IS_TAKE(n) do { tp += (n); sl -= (n); *sump -= (n); *procp += (n); } while (0)
	switch (st) {
	case 3:
	case 4:
	case 5:
		if (sl >= 4) {
			dx_printf(dx, ", 0x%08x", GET_BE32(dx, tp));
			if (sl == 8)
				dx_printf(dx, ", 0x%08x", GET_BE32(dx, tp + 4));
		}
		break;
	case 6:
	case 8:
		if (sl >= 4)
			dx_printf(dx, ", %s", GET_IPADDR_STRING(dx, tp));
		break;
	case 9:
	case 10:
		if (sl >= 4)
			dx_printf(dx, ", %.3f Mbps", dx_bw_mbps(GET_BE32(dx, tp)));
		break;
	case 11:
		if (sl >= 32) {
			for (i = 0; i < 8; i++) {
				dx_printf(dx, "%s  TE-Class %u: %.3f Mbps", ident, i,
					  dx_bw_mbps(GET_BE32(dx, tp)));
				EXT_IS_TAKE(4);
			}
		}
		break;
	case 12:
	case 22:
		if (sl == 0)
			break;
		v = GET_U8(dx, tp);
		dx_printf(dx, "%sBandwidth Constraints Model ID: %s (%u)", ident,
			  tok2str(dx, diffserv_te_bc_values, "unknown", v), v);
		EXT_IS_TAKE(1);
		for (i = 0; sl >= 4; i++) {
			dx_printf(dx, "%s  Bandwidth constraint CT%u: %.3f Mbps", ident, i,
				  dx_bw_mbps(GET_BE32(dx, tp)));
			EXT_IS_TAKE(4);
		}
		break;
	case 18:
		if (sl >= 3)
			dx_printf(dx, ", %u", GET_BE24(dx, tp));
		break;
	case 19:
		if (sl == 2) {
			v = GET_BE16(dx, tp);
			dx_printf(dx, ", [ %s ] (0x%04x)",
				  bittok2str(dx, isis_subtlv_link_attribute_values, "Unknown", v), v);
		}
		break;
	case 20:
		if (sl >= 2)
			dx_printf(dx, ", %s, Priority %u",
				  bittok2str(dx, gmpls_link_prot_values, "none", GET_U8(dx, tp)),
				  GET_U8(dx, tp + 1));
		break;
	case 29:
		if (sl >= 6) {
			dx_printf(dx, ", LM: %u", GET_BE24(dx, tp));
			EXT_IS_TAKE(3);
			dx_printf(dx, ", P: %u", GET_U8(dx, tp));
			EXT_IS_TAKE(1);
			dx_printf(dx, ", P-ID: %u", GET_BE16(dx, tp));
		}
		break;
	case 21:
		if (sl < 36)
			break;
		sw = GET_U8(dx, tp);
		dx_printf(dx, "%s  Interface Switching Capability:%s", ident,
			  tok2str(dx, gmpls_switch_cap_values, "Unknown", sw));
		dx_printf(dx, ", LSP Encoding: %s",
			  tok2str(dx, gmpls_encoding_values, "Unknown", GET_U8(dx, tp + 1)));
		EXT_IS_TAKE(4);
		dx_printf(dx, "%s  Max LSP Bandwidth:", ident);
		for (i = 0; i < 8; i++) {
			dx_printf(dx, "%s    priority level %u: %.3f Mbps", ident, i,
				  dx_bw_mbps(GET_BE32(dx, tp)));
			EXT_IS_TAKE(4);
		}
		switch (sw) {
		case GMPLS_PSC1:
		case GMPLS_PSC2:
		case GMPLS_PSC3:
		case GMPLS_PSC4:
			if (sl < 6)
				break;
			dx_printf(dx, "%s  Min LSP Bandwidth: %.3f Mbps", ident, dx_bw_mbps(GET_BE32(dx, tp)));
			dx_printf(dx, "%s  Interface MTU: %u", ident, GET_BE16(dx, tp + 4));
			break;
		case GMPLS_TSC:
			if (sl < 8)
				break;
			dx_printf(dx, "%s  Min LSP Bandwidth: %.3f Mbps", ident, dx_bw_mbps(GET_BE32(dx, tp)));
			dx_printf(dx, "%s  Indication %s", ident,
				  tok2str(dx, gmpls_switch_cap_tsc_indication_values, "Unknown (%u)",
					  GET_U8(dx, tp + 4)));
			break;
		default:
			if (sl != 0)
				ip_print_unknown_data(dx, tp, "\n\t\t    ", sl);
			break;
		}
		break;
	case 32:
		if (sl >= 8) {
			unsigned fl = GET_U8(dx, tp);

			dx_printf(dx, "%s  Flags: [%s]", ident,
				  bittok2str(dx, isis_lan_adj_sid_flag_values, "none", fl));
			EXT_IS_TAKE(1);
			dx_printf(dx, "%s  Weight: %u", ident, GET_U8(dx, tp));
			EXT_IS_TAKE(1);
			if (sl >= SYSTEM_ID_LEN)
				dx_printf(dx, "%s  Neighbor System-ID: %s", ident,
					  isis_id(dx, tp, SYSTEM_ID_LEN));
			/* RFC 8667 2.2.2: V and L set, a 3-byte label; neither, a 4-byte index */
			if ((fl & 0x20) && (fl & 0x10))
				dx_printf(dx, "%s  Label: %u", ident, GET_BE24(dx, tp + SYSTEM_ID_LEN));
			else if (!(fl & 0x20) && !(fl & 0x10))
				dx_printf(dx, "%s  Index: %u", ident, GET_BE32(dx, tp + SYSTEM_ID_LEN));
			else
				dx_print_invalid(dx);
		}
		break;
	default:
		ip_print_unknown_data(dx, tp, "\n\t\t    ", sl);
		break;
	}
#undef EXT_IS_TAKE
	*tpp = tp;
	*slp = sl;
}

/* tcpdump's isis_print_ext_is_reach, for TLVs 22, 24 and 222: a neighbor,
 * a 3-byte metric (none in 24), the sub-TLVs; the bytes taken, 0 when cut */
static unsigned ext_is_reach(struct dx *dx, const uint8_t *tp, const char *ident, unsigned type,
			     unsigned rem)
{
	char sub_ident[20];
	unsigned sum, st, sl, proc = 0;

	if (!DX_TTEST(dx, tp, NODE_ID_LEN) || rem < NODE_ID_LEN)
		return 0;
	dx_printf(dx, "%sIS Neighbor: %s", ident, isis_id(dx, tp, NODE_ID_LEN));
	tp += NODE_ID_LEN;
	rem -= NODE_ID_LEN;
	proc += NODE_ID_LEN;
	if (type != 24) {
		if (!DX_TTEST(dx, tp, 3) || rem < 3)
			return 0;
		dx_printf(dx, ", Metric: %u", GET_BE24(dx, tp));
		tp += 3;
		rem -= 3;
		proc += 3;
	}
	if (!DX_TTEST(dx, tp, 1) || rem < 1)
		return 0;
	sum = GET_U8(dx, tp);
	tp++;
	rem--;
	proc++;
	dx_printf(dx, ", %ssub-TLVs present", sum ? "" : "no ");
	if (!sum)
		return proc;
	dx_printf(dx, " (%u)", sum);
	snprintf(sub_ident, sizeof(sub_ident), "%s  ", ident);
	while (sum != 0) {
		if (!DX_TTEST(dx, tp, 2))
			return 0;
		if (rem < 2) {
			dx_printf(dx, "%sRemaining data in TLV shorter than a subTLV header", sub_ident);
			proc += rem;
			break;
		}
		if (sum < 2) {
			dx_printf(dx, "%sRemaining data in subTLVs shorter than a subTLV header",
				  sub_ident);
			proc += sum;
			break;
		}
		st = GET_U8(dx, tp);
		sl = GET_U8(dx, tp + 1);
		DX_FIELD_IN(dx, tp, sl + 2u, tp + rem, "%s subTLV #%u, length: %u",
			    tok2str(dx, isis_ext_is_reach_subtlv_values, "unknown", st), st, sl);
		tp += 2;
		rem -= 2;
		sum -= 2;
		proc += 2;
		dx_printf(dx, "%s%s subTLV #%u, length: %u", sub_ident,
			  tok2str(dx, isis_ext_is_reach_subtlv_values, "unknown", st), st, sl);
		if (sum < sl) {
			dx_puts(dx, " (remaining data in subTLVs shorter than the current subTLV)");
			proc += sum;
			break;
		}
		if (rem < sl) {
			dx_puts(dx, " (> remaining tlv length)");
			proc += rem;
			break;
		}
		if (!DX_TTEST(dx, tp, sl))
			return 0;
		{
			const uint8_t *before = tp;

			ext_is_subtlv(dx, st, &tp, &sl, &sum, &proc, sub_ident);
			rem -= (unsigned)(tp - before);
		}
		tp += sl;
		rem -= sl;
		sum -= sl;
		proc += sl;
	}
	return proc;
}

/* tcpdump's isis_print_mtid (TLVs 222, 229, 235, 237): 2 bytes, 0 when short */
static unsigned isis_mtid(struct dx *dx, const uint8_t *tp, const char *ident, unsigned rem)
{
	unsigned v;

	if (rem < 2)
		return 0;
	v = GET_BE16(dx, tp);
	dx_printf(dx, "%s%s", ident, tok2str(dx, isis_mt_values, "Reserved for IETF Consensus", v & 0x0fff));
	dx_printf(dx, " Topology (0x%03x), Flags: [%s]", v & 0x0fff,
		  bittok2str(dx, isis_mt_flag_values, "none", v & 0xf000));
	return 2;
}

/* tcpdump's isis_print_ip_reach_subtlv; 0 when cut (the mark printed) */
static int ip_reach_subtlv(struct dx *dx, const uint8_t *tp, unsigned st, unsigned sl,
			   const char *ident)
{
	unsigned fl, algo, sid;

	dx_printf(dx, "%s%s subTLV #%u, length: %u", ident,
		  tok2str(dx, isis_ext_ip_reach_subtlv_values, "unknown", st), st, sl);
	if (!DX_TTEST(dx, tp, sl))
		goto trunc;
	switch (st) {
	case 1:
	case 117:
		for (; sl >= 4; tp += 4, sl -= 4)
			dx_printf(dx, ", 0x%08x (=%u)", GET_BE32(dx, tp), GET_BE32(dx, tp));
		break;
	case 2:
		for (; sl >= 8; tp += 8, sl -= 8)
			dx_printf(dx, ", 0x%08x%08x", GET_BE32(dx, tp), GET_BE32(dx, tp + 4));
		break;
	case 3:
		fl = GET_U8(dx, tp);
		algo = GET_U8(dx, tp + 1);
		if (fl & PREFIX_SID_FLAG_V) {
			if (sl < 5)
				goto trunc;
			sid = GET_BE24(dx, tp + 2);
		} else {
			if (sl < 6)
				goto trunc;
			sid = GET_BE32(dx, tp + 2);
		}
		dx_printf(dx, ", Flags [%s], Algo %s (%u), %s %u",
			  bittok2str(dx, prefix_sid_flag_values, "None", fl),
			  tok2str(dx, prefix_sid_algo_values, "Unknown", algo), algo,
			  (fl & PREFIX_SID_FLAG_V) ? "label" : "index", sid);
		break;
	default:
		ip_print_unknown_data(dx, tp, "\n\t\t    ", sl);
		break;
	}
	return 1;
trunc:
	dx_print_trunc(dx);
	return 0;
}

/* tcpdump's isis_print_extd_ip_reach (TLVs 135, 235, 236, 237): metric,
 * control byte(s), a prefix of its bit length, sub-TLVs; the bytes taken,
 * 0 when bad or cut */
static unsigned extd_ip_reach(struct dx *dx, const uint8_t *tp, const char *ident, int ip6)
{
	char sub_ident[20];
	uint8_t prefix[16];
	const uint8_t *start = tp;
	unsigned metric, status, bits, bytes, sum, st, sl, done;

	metric = GET_BE32(dx, tp);
	done = 4;
	tp += 4;
	status = GET_U8(dx, tp);
	if (!ip6) {
		tp++;
		bits = status & 0x3f;
		if (bits > 32) {
			dx_printf(dx, "%sIPv4 prefix: bad bit length %u", ident, bits);
			return 0;
		}
		done++;
	} else {
		bits = GET_U8(dx, tp + 1);
		if (bits > 128) {
			dx_printf(dx, "%sIPv6 prefix: bad bit length %u", ident, bits);
			return 0;
		}
		tp += 2;
		done += 2;
	}
	bytes = (bits + 7) / 8;
	memset(prefix, 0, sizeof(prefix));
	GET_CPY_BYTES(dx, prefix, tp, bytes);
	tp += bytes;
	done += bytes;
	DX_FIELD(dx, start, done, "%s prefix: %s/%u", ip6 ? "IPv6" : "IPv4",
		 ip6 ? dx_ip6_name(dx, prefix) : dx_ip4_name(dx, prefix), bits);
	if (!ip6)
		dx_printf(dx, "%sIPv4 prefix: %15s/%u", ident, dx_ip4_name(dx, prefix), bits);
	else
		dx_printf(dx, "%sIPv6 prefix: %s/%u", ident, dx_ip6_name(dx, prefix), bits);
	dx_printf(dx, ", Distribution: %s, Metric: %u", (status & 0x80) ? "down" : "up", metric);
	if (!ip6 && (status & 0x40))
		dx_puts(dx, ", sub-TLVs present");
	else if (ip6)
		dx_printf(dx, ", %s%s", (status & 0x40) ? "External" : "Internal",
			  (status & 0x20) ? ", sub-TLVs present" : "");
	if ((!ip6 && (status & 0x40)) || (ip6 && (status & 0x20))) {
		/* one length for all the sub-TLVs of the prefix; a sub-TLV
		 * longer than what is left wraps it, and the walk goes on
		 * until the capture ends, as tcpdump's */
		sum = GET_U8(dx, tp);
		tp++;
		done += sum + 1;
		dx_printf(dx, " (%u)", sum);
		snprintf(sub_ident, sizeof(sub_ident), "%s  ", ident);
		while (sum > 0) {
			st = GET_U8(dx, tp);
			sl = GET_U8(dx, tp + 1);
			tp += 2;
			if (!ip_reach_subtlv(dx, tp, st, sl, sub_ident))
				return 0;
			tp += sl;
			sum -= sl + 2;
		}
	}
	return done;
}

/* tcpdump's isis_print_router_cap_subtlv (TLV 242); lengths are bytes and
 * wrap as tcpdump's uint8_t ones do */
static void router_cap_subtlv(struct dx *dx, const uint8_t *tp, unsigned tlen)
{
	unsigned st, sl;

	while (tlen >= 2) {
		st = GET_U8(dx, tp);
		sl = GET_U8(dx, tp + 1);
		tlen -= 2;
		tp += 2;
		dx_printf(dx, "\n\t\t%s subTLV #%u, length: %u",
			  tok2str(dx, isis_router_capability_subtlv_values, "unknown", st), st, sl);
		if (sl > tlen)
			break;
		if (!DX_TTEST(dx, tp, sl))
			return;
		if (st == 2) {
			const uint8_t *sp = tp + 4;
			unsigned fl = GET_U8(dx, tp), stl = (sl - 4) & 0xff, stype, slen;

			dx_printf(dx, ", Flags [%s], Range %u",
				  bittok2str(dx, isis_router_capability_sr_flags, "None", fl),
				  GET_BE24(dx, tp + 1));
			while (stl >= 5) {
				stype = GET_U8(dx, sp);
				slen = GET_U8(dx, sp + 1);
				stl -= 2;
				sp += 2;
				if (slen > stl)
					break;
				if (stype == 1) {
					if (slen == 3)
						dx_printf(dx, ", SID value %u", GET_BE24(dx, sp));
					else if (slen == 4)
						dx_printf(dx, ", SID value %u", GET_BE32(dx, sp));
					else
						dx_printf(dx, ", Unknown SID length%u", slen);
				} else {
					ip_print_unknown_data(dx, sp, "\n\t\t  ", slen);
				}
				sp += slen;
				stl -= slen;
			}
		} else {
			ip_print_unknown_data(dx, tp, "\n\t\t", sl);
		}
		tlen = (tlen - sl) & 0xff;
		tp += sl;
	}
}

/* tcpdump's isis_print_mcid: an SPB MST configuration identifier (51 bytes) */
static void spb_mcid(struct dx *dx, const uint8_t *m)
{
	unsigned i;

	DX_TCHECK(dx, m, 51);
	dx_printf(dx, "ID: %u, Name: ", GET_U8(dx, m));
	dx_printjnp(dx, m + 1, 32);
	dx_printf(dx, "\n\t              Lvl: %u", GET_BE16(dx, m + 33));
	dx_puts(dx, ", Digest: ");
	for (i = 0; i < 16; i++)
		dx_printf(dx, "%.2x ", m[35 + i]);
}

/* the three ways tcpdump's SPB sub-TLV walks end early */
static void spb_end(struct dx *dx, int why)
{
	if (why == 1)
		dx_print_trunc(dx);
	else if (why == 2)
		dx_puts(dx, " (> containing TLV length)");
	else
		dx_puts(dx, " (too short)");
}

/* tcpdump's isis_print_mt_port_cap_subtlv (TLV 143, RFC 6165) */
static void mt_port_cap_subtlv(struct dx *dx, const uint8_t *tp, unsigned len)
{
	unsigned st, sl, i, v;

	while (len > 2) {
		st = GET_U8(dx, tp);
		sl = GET_U8(dx, tp + 1);
		dx_printf(dx, "\n\t       %s subTLV #%u, length: %u",
			  tok2str(dx, isis_mt_port_cap_subtlv_values, "unknown", st), st, sl);
		tp += 2;
		len -= 2;
		if (len < sl)
			return spb_end(dx, 2);
		if (!DX_TTEST(dx, tp, sl))
			return spb_end(dx, 1);
		switch (st) {
		case 4:
			if (sl < 102)
				return spb_end(dx, 3);
			dx_puts(dx, "\n\t         MCID: ");
			spb_mcid(dx, tp);
			dx_puts(dx, "\n\t         AUX-MCID: ");
			spb_mcid(dx, tp + 51);
			tp += 102;
			len -= 102;
			sl -= 102;
			break;
		case 5:
			if (sl < 33)
				return spb_end(dx, 3);
			v = GET_U8(dx, tp);
			dx_printf(dx, "\n\t        RES: %u V: %u A: %u D: %u", v >> 5, (v >> 4) & 1,
				  (v >> 2) & 3, v & 3);
			tp++;
			dx_puts(dx, "\n\t         Digest: ");
			for (i = 1; i <= 8; i++) {
				dx_printf(dx, "%08x ", GET_BE32(dx, tp));
				if (i % 4 == 0 && i != 8)
					dx_puts(dx, "\n\t                 ");
				tp += 4;
			}
			len -= 33;
			sl -= 33;
			break;
		case 6:
			while (sl != 0) {
				if (sl < 4)
					return spb_end(dx, 3);
				dx_printf(dx, "\n\t           ECT: %08x", GET_BE32(dx, tp));
				tp += 4;
				len -= 4;
				sl -= 4;
				if (sl < 2)
					return spb_end(dx, 3);
				v = GET_BE16(dx, tp);
				dx_printf(dx, " BVID: %u, U:%01x M:%01x ", v >> 4, (v >> 3) & 1, (v >> 2) & 1);
				tp += 2;
				len -= 2;
				sl -= 2;
			}
			break;
		default:
			break;
		}
		tp += sl;
		len -= sl;
	}
}

/* tcpdump's isis_print_mt_capability_subtlv (TLV 144, RFC 6329) */
static void mt_capability_subtlv(struct dx *dx, const uint8_t *tp, unsigned len)
{
	unsigned st, sl, trees, v;

	while (len > 2) {
		st = GET_U8(dx, tp);
		sl = GET_U8(dx, tp + 1);
		tp += 2;
		len -= 2;
		dx_printf(dx, "\n\t      %s subTLV #%u, length: %u",
			  tok2str(dx, isis_mt_capability_subtlv_values, "unknown", st), st, sl);
		if (len < sl)
			return spb_end(dx, 2);
		if (!DX_TTEST(dx, tp, sl))
			return spb_end(dx, 1);
		switch (st) {
		case 1:
			if (sl < 19)
				return spb_end(dx, 3);
			dx_printf(dx, "\n\t        CIST Root-ID: %08x", GET_BE32(dx, tp));
			dx_printf(dx, " %08x", GET_BE32(dx, tp + 4));
			dx_printf(dx, ", Path Cost: %08x", GET_BE32(dx, tp + 8));
			dx_printf(dx, ", Prio: %u", GET_BE16(dx, tp + 12));
			tp += 14;
			dx_printf(dx, "\n\t        RES: %u", GET_BE16(dx, tp) >> 5);
			dx_printf(dx, ", V: %u", (GET_BE16(dx, tp) >> 4) & 1);
			dx_printf(dx, ", SPSource-ID: %u", GET_BE32(dx, tp) & 0x000fffff);
			tp += 4;
			trees = GET_U8(dx, tp);
			dx_printf(dx, ", No of Trees: %x", trees);
			tp++;
			len -= 19;
			sl -= 19;
			for (; trees; trees--) {
				if (sl < 8)
					return spb_end(dx, 1);
				v = GET_U8(dx, tp);
				dx_printf(dx, "\n\t         U:%u, M:%u, A:%u, RES:%u", v >> 7, (v >> 6) & 1,
					  (v >> 5) & 1, v & 0x1f);
				tp++;
				dx_printf(dx, ", ECT: %08x", GET_BE32(dx, tp));
				tp += 4;
				v = GET_BE24(dx, tp);
				dx_printf(dx, ", BVID: %u, SPVID: %u", (v >> 12) & 0xfff, v & 0xfff);
				tp += 3;
				len -= 8;
				sl -= 8;
			}
			break;
		case 3:
			if (sl < 8)
				return spb_end(dx, 1);
			dx_printf(dx, "\n\t        BMAC: %08x", GET_BE32(dx, tp));
			dx_printf(dx, "%04x", GET_BE16(dx, tp + 4));
			tp += 6;
			v = GET_BE16(dx, tp);
			dx_printf(dx, ", RES: %u, VID: %u", v >> 12, v & 0x0fff);
			tp += 2;
			len -= 8;
			sl -= 8;
			for (; sl >= 4; tp += 4, len -= 4, sl -= 4) {
				v = GET_BE32(dx, tp);
				dx_printf(dx, "\n\t        T: %u, R: %u, RES: %u, ISID: %u", v >> 31,
					  (v >> 30) & 1, (v >> 24) & 0x3f, v & 0xffffff);
			}
			break;
		default:
			break;
		}
		tp += sl;
		len -= sl;
	}
}

/* the entries of TLVs 22, 24 and 222 (after the MT ID), or 135, 235, 236
 * and 237 (ip: 4 or 6): tcpdump's loop over them */
static int reach_entries(struct dx *dx, unsigned type, const uint8_t *tp, unsigned tlen, int ip)
{
	unsigned n;

	while (tlen != 0) {
		if (ip)
			n = extd_ip_reach(dx, tp, "\n\t      ", ip == 6);
		else
			n = ext_is_reach(dx, tp, "\n\t      ", type, tlen);
		if (n == 0)
			return TLV_TRUNC;
		if (tlen < n) {
			dx_printf(dx, " [remaining tlv length %u < %u]", tlen, n);
			dx_print_invalid(dx);
			break;
		}
		tlen = (tlen - n) & 0xff;
		tp += n & 0xff;
	}
	return TLV_NEXT;
}

/* what a TLV's value needs besides itself: the PDU (for the checksum TLV) */
struct isis_pdu {
	const uint8_t *p;
	unsigned length;
	const uint8_t *tlv;	/* the TLV's value and its length */
	unsigned tlv_len;
};

/* one TLV's value (tcpdump's switch in isis_print) */
static int isis_tlv_value(struct dx *dx, const struct isis_pdu *pdu, unsigned type,
			  const uint8_t *tp, unsigned tlen)
{
	unsigned n, i, v;

	switch (type) {
	case 1:
		while (tlen != 0) {
			n = GET_U8(dx, tp);
			tp++;
			tlen--;
			if (tlen < n)
				return TLV_NEXT;
			dx_printf(dx, "\n\t      Area address (length: %u): %s", n,
				  dx_isonsap_string(dx, tp, n));
			tp += n;
			tlen -= n;
		}
		break;
	case 2:
		if (tlen < 1)
			return TLV_NEXT;
		dx_printf(dx, "\n\t      %s",
			  tok2str(dx, isis_is_reach_virtual_values, "bogus virtual flag 0x%02x", GET_U8(dx, tp)));
		tp++;
		tlen--;
		return isis_neighbors_print(dx, tp, tlen, "IS", NODE_ID_LEN);
	case 3:
		return isis_neighbors_print(dx, tp, tlen, "ES", SYSTEM_ID_LEN);
	case 4:
		for (; tlen >= SYSTEM_ID_LEN; tp += SYSTEM_ID_LEN, tlen -= SYSTEM_ID_LEN) {
			if (!DX_TTEST(dx, tp, SYSTEM_ID_LEN))
				return TLV_TRUNC;
			dx_printf(dx, "\n\t      %s", isis_id(dx, tp, SYSTEM_ID_LEN));
		}
		break;
	case 5:
		if (tlen < 4)
			break;
		if (!DX_TTEST(dx, tp, 4))
			return TLV_TRUNC;
		dx_puts(dx, "\n\t      Metric Block");
		isis_metric_block(dx, tp);
		tp += 4;
		tlen -= 4;
		while (tlen != 0) {
			n = GET_U8(dx, tp);	/* in semi-octets */
			tp++;
			tlen--;
			if (n < 2) {
				dx_printf(dx, "\n\t\tAddress: prefix length %u < 2", n);
				break;
			}
			if (tlen < n / 2)
				break;
			dx_printf(dx, "\n\t\tAddress: %s/%u", dx_isonsap_string(dx, tp, n / 2), n * 4);
			tp += n / 2;
			tlen -= n / 2;
		}
		break;
	case 6:
		for (; tlen >= 6; tp += 6, tlen -= 6) {
			if (!DX_TTEST(dx, tp, 6))
				return TLV_TRUNC;
			dx_printf(dx, "\n\t      SNPA: %s", isis_id(dx, tp, 6));
		}
		break;
	case 7:
		if (tlen < 4)
			return TLV_NEXT;
		n = (tlen - 2) / 2;
		dx_printf(dx, "\n\t      Instance ID: %u, ITIDs(%u)%s ", GET_BE16(dx, tp), n, n ? ":" : "");
		tp += 2;
		for (i = 0; i < n; i++, tp += 2) {
			dx_printf(dx, "%u", GET_BE16(dx, tp));
			if (i + 1 < n)
				dx_puts(dx, ", ");
		}
		break;
	case 8:
		break;
	case 9:
		for (; tlen >= 16; tp += 16, tlen -= 16) {
			if (!DX_TTEST(dx, tp + 2, LSP_ID_LEN))
				return TLV_TRUNC;
			dx_printf(dx, "\n\t      lsp-id: %s", isis_id(dx, tp + 2, LSP_ID_LEN));
			dx_printf(dx, ", seq: 0x%08x", GET_BE32(dx, tp + 10));
			dx_printf(dx, ", lifetime: %5ds", (int)GET_BE16(dx, tp));
			dx_printf(dx, ", chksum: 0x%04x", GET_BE16(dx, tp + 14));
		}
		break;
	case 10:
		if (tlen < 1)
			return TLV_NEXT;
		v = GET_U8(dx, tp);
		tp++;
		tlen--;
		dx_printf(dx, "\n\t      %s: ",
			  tok2str(dx, isis_subtlv_auth_values, "unknown Authentication type 0x%02x", v));
		switch (v) {
		case 1:
			dx_printjnp(dx, tp, tlen);
			break;
		case 54:
			for (i = 0; i < tlen; i++)
				dx_put_hex2(dx, GET_U8(dx, tp + i));
			if (tlen != 16)
				dx_puts(dx, ", (invalid subTLV) ");
			/* no -M secret to check the HMAC with */
			dx_puts(dx, " (unchecked)");
			break;
		case 3:
			if (tlen < 2)
				return TLV_NEXT;
			dx_printf(dx, "%u, password: ", GET_BE16(dx, tp));
			for (i = 2; i < tlen; i++)
				dx_put_hex2(dx, GET_U8(dx, tp + i));
			break;
		default:
			ip_print_unknown_data(dx, tp, "\n\t\t  ", tlen);
			break;
		}
		break;
	case 12:
		if (tlen < 2)
			break;
		if (!DX_TTEST(dx, tp, 2))
			return TLV_TRUNC;
		v = GET_BE16(dx, tp);
		dx_printf(dx, "\n\t      checksum: 0x%04x ", v);
		/* a zero checksum is not checked: RFC 3358, an HMAC-MD5 TLV zeroes it */
		osi_print_cksum(dx, pdu->p, v, (unsigned)(tp - pdu->p), pdu->length);
		break;
	case 13:
		if (tlen < 1)
			return TLV_NEXT;
		n = GET_U8(dx, tp);
		tp++;
		tlen--;
		if (n == 0) {
			dx_puts(dx, " No system IDs supplied");
			break;
		}
		if (tlen < SYSTEM_ID_LEN)
			return TLV_NEXT;
		if (!DX_TTEST(dx, tp, SYSTEM_ID_LEN))
			return TLV_TRUNC;
		dx_printf(dx, "\n\t      Purge Originator System-ID: %s", isis_id(dx, tp, SYSTEM_ID_LEN));
		tp += SYSTEM_ID_LEN;
		tlen -= SYSTEM_ID_LEN;
		if (n > 1) {
			if (tlen < SYSTEM_ID_LEN)
				return TLV_NEXT;
			if (!DX_TTEST(dx, tp, 2 * SYSTEM_ID_LEN + 1))
				return TLV_TRUNC;
			dx_printf(dx, "\n\t      Received from System-ID: %s", isis_id(dx, tp, SYSTEM_ID_LEN));
		}
		break;
	case 14:
		if (tlen >= 2)
			dx_printf(dx, "\n\t      LSP Buffersize: %u", GET_BE16(dx, tp));
		break;
	case 22:
	case 24:
		return reach_entries(dx, type, tp, tlen, 0);
	case 128:
	case 130:
		if (!isis_ip_reach_print(dx, pdu->tlv, pdu->tlv_len))
			return TLV_STOP;
		break;
	case 222:
	case 235:
	case 237:
		n = isis_mtid(dx, tp, "\n\t      ", tlen);
		if (n == 0)
			return TLV_TRUNC;
		return reach_entries(dx, type, tp + n, tlen - n, type == 222 ? 0 : type == 235 ? 4 : 6);
	case 135:
		return reach_entries(dx, type, tp, tlen, 4);
	case 236:
		return reach_entries(dx, type, tp, tlen, 6);
	case 129:
		dx_puts(dx, "\n\t      NLPID(s): ");
		for (; tlen != 0; tp++, tlen--) {
			n = GET_U8(dx, tp);
			dx_printf(dx, "%s (0x%02x)", tok2str(dx, nlpid_values, "unknown", n), n);
			if (tlen > 1)
				dx_puts(dx, ", ");
		}
		break;
	case 131:
		if (tlen < 1)
			break;
		v = GET_U8(dx, tp);
		dx_printf(dx, "\n\t      Inter-Domain Information Type: %s",
			  tok2str(dx, isis_subtlv_idrp_values, "Unknown (0x%02x)", v));
		tp++;
		tlen--;
		if (v == 2) {
			if (tlen < 2)
				return TLV_NEXT;
			dx_printf(dx, "AS Number: %u", GET_BE16(dx, tp));
		} else {
			ip_print_unknown_data(dx, tp, "\n\t      ", tlen);
		}
		break;
	case 132:
		for (; tlen >= 4; tp += 4, tlen -= 4)
			dx_printf(dx, "\n\t      IPv4 interface address: %s", GET_IPADDR_STRING(dx, tp));
		break;
	case 134:
		if (tlen < 4)
			return TLV_NEXT;
		dx_printf(dx, "\n\t      Traffic Engineering Router ID: %s", GET_IPADDR_STRING(dx, tp));
		break;
	case 137:
		dx_puts(dx, "\n\t      Hostname: ");
		dx_printjnp(dx, tp, tlen);
		break;
	case 138:
		if (tlen < NODE_ID_LEN)
			break;
		if (!DX_TTEST(dx, tp, NODE_ID_LEN))
			return TLV_TRUNC;
		dx_printf(dx, "\n\t      IS Neighbor: %s", isis_id(dx, tp, NODE_ID_LEN));
		tp += NODE_ID_LEN;
		tlen -= NODE_ID_LEN;
		if (tlen < 1)
			break;
		dx_printf(dx, ", Flags: [%s]", (GET_U8(dx, tp) & 1) ? "numbered" : "unnumbered");
		tp++;
		tlen--;
		if (tlen < 4)
			break;
		dx_printf(dx, "\n\t      IPv4 interface address: %s", GET_IPADDR_STRING(dx, tp));
		tp += 4;
		tlen -= 4;
		if (tlen < 4)
			break;
		dx_printf(dx, "\n\t      IPv4 neighbor address: %s", GET_IPADDR_STRING(dx, tp));
		tp += 4;
		tlen -= 4;
		for (; tlen >= 4; tp += 4, tlen -= 4)
			dx_printf(dx, "\n\t      Link-ID: 0x%08x", GET_BE32(dx, tp));
		break;
	case 143:
		if (tlen < 2)
			return TLV_NEXT;
		v = GET_BE16(dx, tp);
		dx_printf(dx, "\n\t       RES: %u, MTID(s): %u", v >> 12, v & 0x0fff);
		if (tlen > 2)
			mt_port_cap_subtlv(dx, tp + 2, tlen - 2);
		break;
	case 144:
		if (tlen < 2)
			return TLV_NEXT;
		v = GET_BE16(dx, tp);
		dx_printf(dx, "\n\t      O: %u, RES: %u, MTID(s): %u", (v >> 15) & 1, (v >> 12) & 7,
			  v & 0x0fff);
		if (tlen > 2)
			mt_capability_subtlv(dx, tp + 2, tlen - 2);
		break;
	case 211:
		if (tlen < 1)
			break;
		if (!DX_TTEST(dx, tp, 1))
			return TLV_TRUNC;
		dx_printf(dx, "\n\t      Flags [%s]", bittok2str(dx, isis_restart_flag_values, "none", GET_U8(dx, tp)));
		tp++;
		tlen--;
		if (tlen < 2)
			break;
		if (!DX_TTEST(dx, tp, 2))
			return TLV_TRUNC;
		dx_printf(dx, ", Remaining holding time %us", GET_BE16(dx, tp));
		tp += 2;
		tlen -= 2;
		if (tlen == SYSTEM_ID_LEN) {
			if (!DX_TTEST(dx, tp, SYSTEM_ID_LEN))
				return TLV_TRUNC;
			dx_printf(dx, ", for %s", isis_id(dx, tp, SYSTEM_ID_LEN));
		}
		break;
	case 229:
		while (tlen != 0) {
			if (tlen == 1) {
				dx_puts(dx, "\n\t      invalid MT-ID");
				break;
			}
			n = isis_mtid(dx, tp, "\n\t      ", tlen);
			tp += n;
			tlen -= n;
		}
		break;
	case 232:
		for (; tlen >= 16; tp += 16, tlen -= 16)
			dx_printf(dx, "\n\t      IPv6 interface address: %s", GET_IP6ADDR_STRING(dx, tp));
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
			if (!DX_TTEST(dx, tp + 5, SYSTEM_ID_LEN))
				return TLV_TRUNC;
			dx_printf(dx, "\n\t      Neighbor System-ID: %s", isis_id(dx, tp + 5, SYSTEM_ID_LEN));
			tlen -= SYSTEM_ID_LEN;
		}
		if (tlen >= 4)
			dx_printf(dx, "\n\t      Neighbor Extended Local circuit-ID: 0x%08x",
				  GET_BE32(dx, tp + 11));
		break;
	case 241:
		if (tlen >= 4)
			dx_printf(dx, "\n\t      Sequence number: %u", GET_BE32(dx, tp));
		break;
	case 242:
		if (tlen < 5) {
			dx_printf(dx, " [object length %u < 5]", tlen);
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, "\n\t      Router-ID %s", GET_IPADDR_STRING(dx, tp));
		dx_printf(dx, ", Flags [%s]",
			  bittok2str(dx, isis_tlv_router_capability_flags, "none", GET_U8(dx, tp + 4)));
		if (tlen > 5)
			router_cap_subtlv(dx, tp + 5, tlen - 5);
		break;
	case 250:
		if (tlen < 3)
			break;
		v = GET_BE24(dx, tp);
		dx_printf(dx, "\n\t      Vendor: %s (%u)", ether_oui_name(v), v);
		if (tlen > 3)
			ip_print_unknown_data(dx, tp + 3, "\n\t\t", tlen - 3);
		break;
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, tp, "\n\t\t", tlen);
		break;
	}
	return TLV_NEXT;
}

/* the TLV list after the fixed header, to the end of the PDU at p + length */
static void isis_tlvs_print(struct dx *dx, const uint8_t *p, unsigned length, const uint8_t *cp,
			    unsigned len)
{
	struct isis_pdu pdu = { p, length, NULL, 0 };

	while (len > 0) {
		unsigned type, tlen;
		int r;

		if (!DX_TTEST(dx, cp, 2) || len < 2) {
			dx_print_trunc(dx);
			return;
		}
		type = GET_U8(dx, cp);
		tlen = GET_U8(dx, cp + 1);
		cp += 2;
		len -= 2;
		dx_printf(dx, "\n\t    %s TLV #%u, length: %u", tok2str(dx, isis_tlv_values, "unknown", type),
			  type, tlen);
		DX_FIELD_IN(dx, cp - 2, tlen + 2u, cp + len, "%s TLV #%u, length: %u",
			    tok2str(dx, isis_tlv_values, "unknown", type), type, tlen);
		if (len < tlen) {
			dx_print_trunc(dx);
			return;
		}
		pdu.tlv = cp;
		pdu.tlv_len = tlen;
		r = isis_tlv_value(dx, &pdu, type, cp, tlen);
		if (r == TLV_TRUNC)
			dx_print_trunc(dx);
		if (r != TLV_NEXT)
			return;
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, cp, "\n\t      ", tlen);
		cp += tlen;
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
	/* tcpdump's checks in isis_print end at its trunc label, not by longjmp */
	if (!DX_TTEST(dx, p, ISIS_COMMON_LEN) || length < ISIS_COMMON_LEN) {
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
	if (!DX_TTEST(dx, h, hdr) || length < ISIS_COMMON_LEN + hdr) {
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
		dx_printf(dx, " [packet length %u < %u]", length, ISIS_COMMON_LEN + hdr);
		dx_print_invalid(dx);
		return 1;
	}
	isis_tlvs_print(dx, p, length, p + ISIS_COMMON_LEN + hdr, length - ISIS_COMMON_LEN - hdr);
	DX_LAYER_END(dx);
	return 1;
}
