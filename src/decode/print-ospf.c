// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: OSPFv2 printer (packets, LSAs, TE/grace/RI opaque LSAs, LLS)
 * RFC 2328 (OSPFv2), RFC 5250 (opaque LSAs), RFC 3630/4203/4124 (TE),
 * RFC 3623 (graceful restart), RFC 7770 (router information), RFC 5613 (LLS)
 *
 * OSPFv3 is in print-ospf6.c.
 */
#include <string.h>

#include "dx.h"
#include "gmpls.h"
#include "ipproto.h"
#include "print.h"

enum { OSPF_HELLO = 1, OSPF_DD, OSPF_LS_REQ, OSPF_LS_UPDATE, OSPF_LS_ACK };
enum { AUTH_NONE = 0, AUTH_SIMPLE = 1, AUTH_MD5 = 2 };
#define OSPF_OPTION_L 0x10
#define LSA_HDR 20

static const struct tok ospf_option_values[] = {
	{ 0x01, "MultiTopology" },
	{ 0x02, "External" },
	{ 0x04, "Multicast" },
	{ 0x08, "NSSA" },
	{ 0x10, "LLS" },
	{ 0x20, "Demand Circuit" },
	{ 0x40, "Opaque" },
	{ 0x80, "Up/Down" },
	{ 0, NULL }
};

static const struct tok ospf_authtype_values[] = {
	{ AUTH_NONE, "none" },
	{ AUTH_SIMPLE, "simple" },
	{ AUTH_MD5, "MD5" },
	{ 0, NULL }
};

static const struct tok ospf_rla_flag_values[] = {
	{ 0x01, "ABR" },
	{ 0x02, "ASBR" },
	{ 0x04, "Virtual" },
	{ 0x08, "Wildcard" },
	{ 0x10, "Nt" },
	{ 0x80, "Host" },
	{ 0, NULL }
};

static const struct tok type2str[] = {
	{ OSPF_HELLO, "Hello" },
	{ OSPF_DD, "Database Description" },
	{ OSPF_LS_REQ, "LS-Request" },
	{ OSPF_LS_UPDATE, "LS-Update" },
	{ OSPF_LS_ACK, "LS-Ack" },
	{ 0, NULL }
};

static const struct tok lsa_values[] = {
	{ 1, "Router" },
	{ 2, "Network" },
	{ 3, "Summary" },
	{ 4, "ASBR Summary" },
	{ 5, "External" },
	{ 6, "Multicast Group" },
	{ 7, "NSSA" },
	{ 9, "Link Local Opaque" },
	{ 10, "Area Local Opaque" },
	{ 11, "Domain Wide Opaque" },
	{ 0, NULL }
};

static const struct tok ospf_dd_flag_values[] = {
	{ 0x04, "Init" },
	{ 0x02, "More" },
	{ 0x01, "Master" },
	{ 0x08, "OOBResync" },
	{ 0, NULL }
};

static const struct tok lsa_opaque_values[] = {
	{ 1, "Traffic Engineering" },
	{ 3, "Graceful restart" },
	{ 4, "Router Information" },
	{ 0, NULL }
};

static const struct tok te_tlv_values[] = {
	{ 1, "Router Address" },
	{ 2, "Link" },
	{ 0, NULL }
};

static const struct tok te_link_subtlv_values[] = {
	{ 1, "Link Type" },
	{ 2, "Link ID" },
	{ 3, "Local Interface IP address" },
	{ 4, "Remote Interface IP address" },
	{ 5, "Traffic Engineering Metric" },
	{ 6, "Maximum Bandwidth" },
	{ 7, "Maximum Reservable Bandwidth" },
	{ 8, "Unreserved Bandwidth" },
	{ 9, "Administrative Group" },
	{ 11, "Link Local/Remote Identifier" },
	{ 14, "Link Protection Type" },
	{ 15, "Interface Switching Capability" },
	{ 16, "Shared Risk Link Group" },
	{ 17, "Bandwidth Constraints" },
	{ 0, NULL }
};

static const struct tok grace_tlv_values[] = {
	{ 1, "Grace Period" },
	{ 2, "Graceful restart Reason" },
	{ 3, "IPv4 interface address" },
	{ 0, NULL }
};

static const struct tok grace_reason_values[] = {
	{ 0, "Unknown" },
	{ 1, "Software Restart" },
	{ 2, "Software Reload/Upgrade" },
	{ 3, "Control Processor Switch" },
	{ 0, NULL }
};

static const struct tok te_link_type_values[] = {
	{ 1, "Point-to-point" },
	{ 2, "Multi-Access" },
	{ 0, NULL }
};

static const struct tok ri_tlv_values[] = {
	{ 1, "Router Capabilities" },
	{ 0, NULL }
};

static const struct tok ri_tlv_cap_values[] = {
	{ 1, "Reserved" },
	{ 2, "Reserved" },
	{ 4, "Reserved" },
	{ 8, "Reserved" },
	{ 16, "graceful restart capable" },
	{ 32, "graceful restart helper" },
	{ 64, "Stub router support" },
	{ 128, "Traffic engineering" },
	{ 256, "p2p over LAN" },
	{ 512, "path computation server" },
	{ 0, NULL }
};

static const struct tok lls_tlv_values[] = {
	{ 1, "Extended Options" },
	{ 2, "MD5 Authentication" },
	{ 0, NULL }
};

static const struct tok lls_eo_options[] = {
	{ 0x00000001, "LSDB resync" },
	{ 0x00000002, "Restart" },
	{ 0, NULL }
};

static const struct tok ospf_topology_values[] = {
	{ 0, "default" },
	{ 1, "multicast" },
	{ 2, "management" },
	{ 0, NULL }
};

/* print_unknown_data that reports whether it could */
static int unknown_data(struct dx *dx, const uint8_t *p, const char *ident, unsigned len)
{
	if (!DX_TTEST(dx, p, 0)) {
		ip_print_unknown_data(dx, p, ident, len);
		return 0;
	}
	ip_print_unknown_data(dx, p, ident, len);
	return 1;
}

/* IEEE 754 bytes per second, printed as Mbit/s the way tcpdump computes it */
static void put_mbps(struct dx *dx, const char *fmt_pre, unsigned idx, uint32_t bits, int with_idx)
{
	float f, v;

	memcpy(&f, &bits, sizeof(f));
	v = f * 8 / 1000000;
	if (with_idx)
		dx_printf(dx, "%s%u: %.3f Mbps", fmt_pre, idx, (double)v);
	else
		dx_printf(dx, "%s%.3f Mbps", fmt_pre, (double)v);
}

int ospf_grace_lsa_print(struct dx *dx, const uint8_t *tptr, unsigned ls_length)
{
	while (ls_length > 0) {
		unsigned type, len;

		if (!DX_TTEST(dx, tptr, 4))
			return -1;
		if (ls_length < 4) {
			dx_printf(dx, "\n\t    Remaining LS length %u < 4", ls_length);
			return -1;
		}
		type = GET_BE16(dx, tptr);
		len = GET_BE16(dx, tptr + 2);
		tptr += 4;
		ls_length -= 4;
		dx_printf(dx, "\n\t    %s TLV (%u), length %u, value: ",
			  tok2str(dx, grace_tlv_values, "unknown", type), type, len);
		if (len > ls_length) {
			dx_printf(dx, "\n\t    Bogus length %u > %u", len, ls_length);
			return -1;
		}
		if (type == 0 || len == 0)
			return -1;
		if (!DX_TTEST(dx, tptr, len))
			return -1;
		switch (type) {
		case 1:
			if (len != 4) {
				dx_printf(dx, "\n\t    Bogus length %u != 4", len);
				return -1;
			}
			dx_printf(dx, "%us", GET_BE32(dx, tptr));
			break;
		case 2:
			if (len != 1) {
				dx_printf(dx, "\n\t    Bogus length %u != 1", len);
				return -1;
			}
			dx_printf(dx, "%s (%u)",
				  tok2str(dx, grace_reason_values, "Unknown", tptr[0]),
				  tptr[0]);
			break;
		case 3:
			if (len != 4) {
				dx_printf(dx, "\n\t    Bogus length %u != 4", len);
				return -1;
			}
			dx_puts(dx, GET_IPADDR_STRING(dx, tptr));
			break;
		default:
			if (dx->opts->verbose <= 1 && !unknown_data(dx, tptr, "\n\t      ", len))
				return -1;
			break;
		}
		if (len % 4)
			len += 4 - len % 4;
		ls_length -= len;
		tptr += len;
	}
	return 0;
}

/* the sub-TLVs of a TE link TLV; -1 to stop the LSA */
static int te_link_print(struct dx *dx, const uint8_t **tp, unsigned tlv_length)
{
	const uint8_t *tptr = *tp;
	unsigned i;

	while (tlv_length != 0) {
		unsigned st, sl;

		if (tlv_length < 4) {
			dx_printf(dx, "\n\t    Remaining TLV length %u < 4", tlv_length);
			return -1;
		}
		st = GET_BE16(dx, tptr);
		sl = GET_BE16(dx, tptr + 2);
		tptr += 4;
		tlv_length -= 4;
		if (st == 0 || sl == 0)
			goto invalid;
		dx_printf(dx, "\n\t      %s subTLV (%u), length: %u",
			  tok2str(dx, te_link_subtlv_values, "unknown", st), st, sl);
		if (tlv_length < sl) {
			dx_printf(dx, "\n\t    Remaining TLV length %u < %u", tlv_length + 4,
				  sl + 4);
			return -1;
		}
		if (!DX_TTEST(dx, tptr, sl))
			return -1;
		switch (st) {
		case 9:
			if (sl != 4) {
				dx_puts(dx, " != 4");
				goto invalid;
			}
			dx_printf(dx, ", 0x%08x", GET_BE32(dx, tptr));
			break;
		case 2:
		case 11:
			if (sl != 4 && sl != 8) {
				dx_puts(dx, " != 4 && != 8");
				goto invalid;
			}
			dx_printf(dx, ", %s (0x%08x)", GET_IPADDR_STRING(dx, tptr),
				  GET_BE32(dx, tptr));
			if (sl == 8)
				dx_printf(dx, ", %s (0x%08x)", GET_IPADDR_STRING(dx, tptr + 4),
					  GET_BE32(dx, tptr + 4));
			break;
		case 3:
		case 4:
			if (sl != 4) {
				dx_puts(dx, " != 4");
				goto invalid;
			}
			dx_printf(dx, ", %s", GET_IPADDR_STRING(dx, tptr));
			break;
		case 6:
		case 7:
			if (sl != 4) {
				dx_puts(dx, " != 4");
				goto invalid;
			}
			put_mbps(dx, ", ", 0, GET_BE32(dx, tptr), 0);
			break;
		case 8:
			if (sl != 32) {
				dx_puts(dx, " != 32");
				goto invalid;
			}
			for (i = 0; i < 8; i++)
				put_mbps(dx, "\n\t\tTE-Class ", i, GET_BE32(dx, tptr + i * 4), 1);
			break;
		case 17:
			if (sl < 4) {
				dx_puts(dx, " < 4");
				goto invalid;
			}
			dx_printf(dx, "\n\t\tBandwidth Constraints Model ID: %s (%u)",
				  tok2str(dx, diffserv_te_bc_values, "unknown", tptr[0]), tptr[0]);
			if (sl % 4 != 0) {
				dx_printf(dx, "\n\t\tlength %u != N x 4", sl);
				goto invalid;
			}
			if (sl > 36) {
				dx_printf(dx, "\n\t\tlength %u > 36", sl);
				goto invalid;
			}
			for (i = 0; i < (sl - 4) / 4; i++)
				put_mbps(dx, "\n\t\t  Bandwidth constraint CT", i,
					 GET_BE32(dx, tptr + 4 + i * 4), 1);
			break;
		case 5:
			if (sl != 4) {
				dx_puts(dx, " != 4");
				goto invalid;
			}
			dx_printf(dx, ", Metric %u", GET_BE32(dx, tptr));
			break;
		case 14:
			if (sl != 4) {
				dx_puts(dx, " != 4");
				goto invalid;
			}
			dx_printf(dx, ", %s",
				  bittok2str(dx, gmpls_link_prot_values, "none", tptr[0]));
			break;
		case 15:
			if (sl < 36) {
				dx_puts(dx, " < 36");
				goto invalid;
			}
			dx_printf(dx, "\n\t\tInterface Switching Capability: %s",
				  tok2str(dx, gmpls_switch_cap_values, "Unknown", tptr[0]));
			dx_printf(dx, "\n\t\tLSP Encoding: %s\n\t\tMax LSP Bandwidth:",
				  tok2str(dx, gmpls_encoding_values, "Unknown", tptr[1]));
			for (i = 0; i < 8; i++)
				put_mbps(dx, "\n\t\t  priority level ", i,
					 GET_BE32(dx, tptr + 4 + i * 4), 1);
			break;
		case 1:
			if (sl != 1) {
				dx_puts(dx, " != 1");
				goto invalid;
			}
			dx_printf(dx, ", %s (%u)",
				  tok2str(dx, te_link_type_values, "unknown", tptr[0]),
				  tptr[0]);
			break;
		case 16: {
			unsigned n;

			if (sl % 4 != 0) {
				dx_puts(dx, " != N x 4");
				goto invalid;
			}
			n = sl / 4;
			if (n != 0)
				dx_puts(dx, "\n\t\t  Shared risk group: ");
			while (n > 0) {
				dx_printf(dx, "%u", GET_BE32(dx, tptr));
				tptr += 4;
				n--;
				if (n > 0)
					dx_puts(dx, ", ");
			}
			break;
		}
		default:
			if (dx->opts->verbose <= 1 && !unknown_data(dx, tptr, "\n\t\t", sl))
				return -1;
			break;
		}
		if (sl % 4)
			sl += 4 - sl % 4;
		if (tlv_length < sl) {
			dx_printf(dx, "\n\t    Remaining TLV length %u < %u", tlv_length + 4,
				  sl + 4);
			return -1;
		}
		tlv_length -= sl;
		tptr += sl;
	}
	*tp = tptr;
	return 0;
invalid:
	dx_print_invalid(dx);
	return -1;
}

int ospf_te_lsa_print(struct dx *dx, const uint8_t *tptr, unsigned ls_length)
{
	while (ls_length != 0) {
		unsigned type, len;

		if (!DX_TTEST(dx, tptr, 4))
			return -1;
		if (ls_length < 4) {
			dx_printf(dx, "\n\t    Remaining LS length %u < 4", ls_length);
			return -1;
		}
		type = GET_BE16(dx, tptr);
		len = GET_BE16(dx, tptr + 2);
		tptr += 4;
		ls_length -= 4;
		dx_printf(dx, "\n\t    %s TLV (%u), length: %u",
			  tok2str(dx, te_tlv_values, "unknown", type),
			  type, len);
		if (len > ls_length) {
			dx_printf(dx, "\n\t    Bogus length %u > %u", len, ls_length);
			return -1;
		}
		if (type == 0 || len == 0)
			return -1;
		switch (type) {
		case 2: {
			/* the sub-TLV walk moves the cursor; what is left is then skipped */
			const uint8_t *start = tptr;

			if (te_link_print(dx, &tptr, len) < 0)
				return -1;
			len -= (unsigned)(tptr - start);
			break;
		}
		case 1:
			if (len < 4) {
				dx_printf(dx, "\n\t    TLV length %u < 4", len);
				return -1;
			}
			dx_printf(dx, ", %s", GET_IPADDR_STRING(dx, tptr));
			break;
		default:
			if (dx->opts->verbose <= 1 && !unknown_data(dx, tptr, "\n\t      ", len))
				return -1;
			break;
		}
		if (len % 4)
			len += 4 - len % 4;
		if (len > ls_length) {
			dx_printf(dx, "\n\t    Bogus padded length %u > %u", len, ls_length);
			return -1;
		}
		ls_length -= len;
		tptr += len;
	}
	return 0;
}

/* an LSA header; its length, or -1 when bogus */
static int print_lshdr(struct dx *dx, const uint8_t *h)
{
	unsigned len = GET_BE16(dx, h + 18), type;

	if (len < LSA_HDR) {
		dx_printf(dx, "\n\t    Bogus length %u < header (%u)", len, LSA_HDR);
		return -1;
	}
	{
		const char *rtr = GET_IPADDR_STRING(dx, h + 8);

		dx_printf(dx, "\n\t  Advertising Router %s, seq 0x%08x, age %us, length %u", rtr,
			  GET_BE32(dx, h + 12), GET_BE16(dx, h + 0), len - LSA_HDR);
	}
	type = GET_U8(dx, h + 3);
	if (type == 9 || type == 10 || type == 11)
		dx_printf(dx, "\n\t    %s LSA (%u), Opaque-Type %s LSA (%u), Opaque-ID %u",
			  tok2str(dx, lsa_values, "unknown", type), type,
			  tok2str(dx, lsa_opaque_values, "unknown", GET_U8(dx, h + 4)),
			  GET_U8(dx, h + 4), GET_BE24(dx, h + 5));
	else
		dx_printf(dx, "\n\t    %s LSA (%u), LSA-ID: %s",
			  tok2str(dx, lsa_values, "unknown", type),
			  type, GET_IPADDR_STRING(dx, h + 4));
	dx_printf(dx, "\n\t    Options: [%s]",
		  bittok2str(dx, ospf_option_values, "none", GET_U8(dx, h + 2)));
	return (int)len;
}

static void print_tos_metrics(struct dx *dx, const uint8_t *tos)
{
	unsigned count = GET_U8(dx, tos + 1) + 1u, n = 0;

	while (count != 0) {
		unsigned t = n ? GET_U8(dx, tos) : 0;

		dx_printf(dx, "\n\t\ttopology %s (%u), metric %u",
			  tok2str(dx, ospf_topology_values, "Unknown", t), t, GET_BE16(dx,
										       tos + 2));
		n++;
		tos += 4;
		count--;
	}
}

static void print_metric_list(struct dx *dx, const uint8_t *lp, const uint8_t *end)
{
	while (lp < end) {
		uint32_t ul = GET_BE32(dx, lp);
		unsigned topo = (ul & 0x7f000000) >> 24;

		dx_printf(dx, "\n\t\ttopology %s (%u) metric %u",
			  tok2str(dx, ospf_topology_values, "Unknown",
				  topo), topo, ul & 0x00ffffff);
		lp += 4;
	}
}

/* one LSA; the byte after it, or NULL when truncated */
static const uint8_t *print_lsa(struct dx *dx, const uint8_t *lsa)
{
	const uint8_t *end, *body = lsa + LSA_HDR;
	unsigned ls_length, type;
	int r = print_lshdr(dx, lsa);

	if (r < 0)
		return NULL;
	ls_length = (unsigned)r;
	end = lsa + ls_length;
	ls_length -= LSA_HDR;
	type = GET_U8(dx, lsa + 3);
	switch (type) {
	case 1: {
		const uint8_t *rl;
		unsigned n;

		dx_printf(dx, "\n\t    Router LSA Options: [%s]",
			  bittok2str(dx, ospf_rla_flag_values, "none", GET_U8(dx, body)));
		n = GET_BE16(dx, body + 2);
		if (!DX_TTEST(dx, body + 4, 12))
			return NULL;
		for (rl = body + 4; n != 0; n--) {
			const char *a, *b;

			if (!DX_TTEST(dx, rl, 12))
				return NULL;
			switch (rl[8]) {
			case 4:
			case 1:
			case 2:
				a = GET_IPADDR_STRING(dx, rl);
				b = GET_IPADDR_STRING(dx, rl + 4);
				dx_printf(dx, "\n\t      %s: %s, Interface Address: %s",
					  rl[8] == 4 ? "Virtual Link: Neighbor Router-ID" :
					  rl[8] == 1 ? "Neighbor Router-ID" : "Neighbor Network-ID",
					  a, b);
				break;
			case 3:
				a = GET_IPADDR_STRING(dx, rl);
				b = GET_IPADDR_STRING(dx, rl + 4);
				dx_printf(dx, "\n\t      Stub Network: %s, Mask: %s", a, b);
				break;
			default:
				dx_printf(dx, "\n\t      Unknown Router Link Type (%u)", rl[8]);
				return end;
			}
			print_tos_metrics(dx, rl + 8);
			rl += 12 + GET_U8(dx, rl + 9) * 4u;
		}
		break;
	}
	case 2: {
		const uint8_t *ap;

		dx_printf(dx, "\n\t    Mask %s\n\t    Connected Routers:",
			  GET_IPADDR_STRING(dx, body));
		for (ap = body + 4; ap < end; ap += 4)
			dx_printf(dx, "\n\t      %s", GET_IPADDR_STRING(dx, ap));
		break;
	}
	case 3:
		if (!DX_TTEST(dx, body, 4))
			return NULL;
		dx_printf(dx, "\n\t    Mask %s", GET_IPADDR_STRING(dx, body));
		if (!DX_TTEST(dx, body + 4, 4))
			return NULL;
		print_metric_list(dx, body + 4, end);
		break;
	case 4:
		if (!DX_TTEST(dx, body + 4, 4))
			return NULL;
		print_metric_list(dx, body + 4, end);
		break;
	case 5:
	case 7: {
		const uint8_t *m;

		if (!DX_TTEST(dx, body, 4))
			return NULL;
		dx_printf(dx, "\n\t    Mask %s", GET_IPADDR_STRING(dx, body));
		if (!DX_TTEST(dx, body + 4, 4))
			return NULL;
		for (m = body + 4; m < end; m += 12) {
			uint32_t ul = GET_BE32(dx, m);
			unsigned topo = (ul & 0x7f000000) >> 24;

			dx_printf(dx, "\n\t\ttopology %s (%u), type %u, metric",
				  tok2str(dx, ospf_topology_values, "Unknown", topo), topo,
				  (ul & 0x80000000) ? 2 : 1);
			if ((ul & 0x00ffffff) == 0xffffff)
				dx_puts(dx, " infinite");
			else
				dx_printf(dx, " %u", ul & 0x00ffffff);
			if (GET_BE32(dx, m + 4) != 0)
				dx_printf(dx, ", forward %s", GET_IPADDR_STRING(dx, m + 4));
			if (GET_BE32(dx, m + 8) != 0)
				dx_printf(dx, ", tag %s", GET_IPADDR_STRING(dx, m + 8));
		}
		break;
	}
	case 6: {
		const uint8_t *mc;

		for (mc = body; mc < end; mc += 8) {
			uint32_t vt = GET_BE32(dx, mc);

			if (vt == 1)
				dx_printf(dx, "\n\t    Router Router-ID %s",
					  GET_IPADDR_STRING(dx, mc + 4));
			else if (vt == 2)
				dx_printf(dx, "\n\t    Network Designated Router %s",
					  GET_IPADDR_STRING(dx, mc + 4));
			else
				dx_printf(dx, "\n\t    unknown VertexType (%u)", vt);
		}
		break;
	}
	case 9:
	case 10:
	case 11:
		switch (GET_U8(dx, lsa + 4)) {
		case 4: {
			const uint8_t *tp = body;
			unsigned rem = ls_length;

			while (rem != 0) {
				unsigned tt, tl;

				if (!DX_TTEST(dx, tp, 4))
					return NULL;
				if (rem < 4) {
					dx_printf(dx, "\n\t    Remaining LS length %u < 4", rem);
					return end;
				}
				tt = GET_BE16(dx, tp);
				tl = GET_BE16(dx, tp + 2);
				tp += 4;
				rem -= 4;
				dx_printf(dx, "\n\t    %s TLV (%u), length: %u, value: ",
					  tok2str(dx, ri_tlv_values, "unknown", tt), tt, tl);
				if (tl > rem) {
					dx_printf(dx, "\n\t    Bogus length %u > remaining LS length %u",
						  tl, rem);
					return end;
				}
				if (!DX_TTEST(dx, tp, tl))
					return NULL;
				if (tt == 1) {
					if (tl != 4) {
						dx_printf(dx, "\n\t    Bogus length %u != 4", tl);
						return end;
					}
					dx_printf(dx, "Capabilities: %s",
						  bittok2str(dx, ri_tlv_cap_values, "Unknown",
							     GET_BE32(dx, tp)));
				} else if (dx->opts->verbose <= 1 &&
					   !unknown_data(dx, tp, "\n\t      ", tl)) {
					return end;
				}
				tp += tl;
				rem -= tl;
			}
			break;
		}
		case 3:
			if (ospf_grace_lsa_print(dx, body, ls_length) < 0)
				return end;
			break;
		case 1:
			if (ospf_te_lsa_print(dx, body, ls_length) < 0)
				return end;
			break;
		default:
			if (dx->opts->verbose <= 1 && !unknown_data(dx, body, "\n\t    ",
			    ls_length))
				return end;
			break;
		}
		break;
	default:
		break;
	}
	if (dx->opts->verbose > 1 && !unknown_data(dx, body, "\n\t    ", ls_length))
		return end;
	return end;
}

static void decode_lls(struct dx *dx, const uint8_t *op, unsigned length)
{
	const uint8_t *dptr, *dataend;
	unsigned length2, type = GET_U8(dx, op + 1);

	if (type == OSPF_HELLO) {
		if (!(GET_U8(dx, op + 30) & OSPF_OPTION_L))
			return;
	} else if (type == OSPF_DD) {
		if (!(GET_U8(dx, op + 26) & OSPF_OPTION_L))
			return;
	} else {
		return;
	}
	length2 = GET_BE16(dx, op + 2);
	dptr = op + length2;
	dataend = op + length;
	if (GET_BE16(dx, op + 14) == AUTH_MD5) {
		dptr += GET_U8(dx, op + 16 + 3);
		length2 += GET_U8(dx, op + 16 + 3);
	}
	if (length2 >= length) {
		dx_puts(dx, "\n\t[LLS truncated]");
		return;
	}
	dx_printf(dx, "\n\t  LLS: checksum: 0x%04x", GET_BE16(dx, dptr));
	dptr += 2;
	dx_printf(dx, ", length: %u", GET_BE16(dx, dptr));
	dptr += 2;
	while (dptr < dataend) {
		unsigned lt = GET_BE16(dx, dptr), ll;

		dx_printf(dx, "\n\t    %s (%u)", tok2str(dx, lls_tlv_values, "Unknown TLV", lt),
			  lt);
		dptr += 2;
		ll = GET_BE16(dx, dptr);
		dx_printf(dx, ", length: %u", ll);
		dptr += 2;
		if (lt == 1) {
			uint32_t fl;

			if (ll != 4) {
				dx_puts(dx, " [should be 4]");
				ll = 4;
			}
			fl = GET_BE32(dx, dptr);
			dx_printf(dx, "\n\t      Options: 0x%08x [%s]", fl,
				  bittok2str(dx, lls_eo_options, "?", fl));
		} else if (lt == 2) {
			if (ll != 20) {
				dx_puts(dx, " [should be 20]");
				ll = 20;
			}
			dx_printf(dx, "\n\t      Sequence number: 0x%08x", GET_BE32(dx, dptr));
		}
		dptr += ll;
	}
}

static void decode_v2(struct dx *dx, const uint8_t *op, const uint8_t *dataend)
{
	const uint8_t *p;

	switch (GET_U8(dx, op + 1)) {
	case OSPF_HELLO:
		dx_printf(dx, "\n\tOptions [%s]",
			  bittok2str(dx, ospf_option_values, "none", GET_U8(dx, op + 30)));
		{
			unsigned hi = GET_BE16(dx, op + 28);
			uint32_t di = GET_BE32(dx, op + 32);
			const char *mask = GET_IPADDR_STRING(dx, op + 24);

			dx_printf(dx, "\n\t  Hello Timer %us, Dead Timer %us, Mask %s, Priority %u",
				  hi, di,
				  mask, GET_U8(dx, op + 31));
		}
		if (GET_BE32(dx, op + 36) != 0)
			dx_printf(dx, "\n\t  Designated Router %s", GET_IPADDR_STRING(dx, op + 36));
		if (GET_BE32(dx, op + 40) != 0)
			dx_printf(dx, ", Backup Designated Router %s",
				  GET_IPADDR_STRING(dx, op + 40));
		p = op + 44;
		if (p < dataend)
			dx_puts(dx, "\n\t  Neighbor List:");
		for (; p < dataend; p += 4)
			dx_printf(dx, "\n\t    %s", GET_IPADDR_STRING(dx, p));
		break;
	case OSPF_DD:
		dx_printf(dx, "\n\tOptions [%s]",
			  bittok2str(dx, ospf_option_values, "none", GET_U8(dx, op + 26)));
		dx_printf(dx, ", DD Flags [%s]",
			  bittok2str(dx, ospf_dd_flag_values, "none", GET_U8(dx, op + 27)));
		if (GET_BE16(dx, op + 24))
			dx_printf(dx, ", MTU: %u", GET_BE16(dx, op + 24));
		dx_printf(dx, ", Sequence: 0x%08x", GET_BE32(dx, op + 28));
		for (p = op + 32; p < dataend && print_lshdr(dx, p) != -1; p += LSA_HDR)
			;
		break;
	case OSPF_LS_REQ:
		for (p = op + 24; p < dataend; p += 12) {
			uint32_t t;

			if (!DX_TTEST(dx, p, 12))
				dx_trunc(dx);
			t = GET_BE32(dx, p);
			dx_printf(dx, "\n\t  Advertising Router: %s, %s LSA (%u)",
				  GET_IPADDR_STRING(dx, p + 8), tok2str(dx, lsa_values, "unknown",
									t), t);
			if (t == 9 || t == 10 || t == 11)
				dx_printf(dx, ", Opaque-Type: %s LSA (%u), Opaque-ID: %u",
					  tok2str(dx, lsa_opaque_values, "unknown", p[4]), p[4],
					  GET_BE24(dx, p + 5));
			else
				dx_printf(dx, ", LSA-ID: %s", GET_IPADDR_STRING(dx, p + 4));
		}
		break;
	case OSPF_LS_UPDATE: {
		uint32_t n = GET_BE32(dx, op + 24), i;

		dx_printf(dx, ", %u LSA%s", n, n != 1 ? "s" : "");
		p = op + 28;
		for (i = 1; i <= n && i != 0; i++) {
			dx_printf(dx, "\n\t  LSA #%u", i);
			p = print_lsa(dx, p);
			if (!p)
				dx_trunc(dx);	/* tcpdump longjmps here */
		}
		break;
	}
	case OSPF_LS_ACK:
		for (p = op + 24; print_lshdr(dx, p) != -1; p += LSA_HDR)
			;
		break;
	default:
		break;
	}
}

int ospf_hdr_fields(struct dx *dx, const uint8_t *bp, const char *type, unsigned hdrlen)
{
	DX_FIELD(dx, bp, 1, "Version: %u", bp[0]);
	DX_FIELD(dx, bp + 1, 1, "Message type: %s (%u)", type, bp[1]);
	if (!dx->tree || !DX_TTEST(dx, bp, hdrlen))
		return 0;
	DX_FIELD(dx, bp + 2, 2, "Packet length: %u", GET_BE16(dx, bp + 2));
	DX_FIELD(dx, bp + 4, 4, "Source router: %s", GET_IPADDR_STRING(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "Area ID: %s", GET_IPADDR_STRING(dx, bp + 8));
	DX_FIELD(dx, bp + 12, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 12));
	return 1;
}

void ospf_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *dataend;
	const char *cp;
	unsigned olen, auth;

	dx_proto(dx, "ospf2");
	/* the MD5 digest at the end is not part of the packet proper */
	if (GET_BE16(dx, bp + 14) == AUTH_MD5) {
		length -= 16;
		if (dx->snapend - dx->pkt_start >= 16)
			dx->snapend -= 16;
		else
			dx->snapend = dx->pkt_start;
	}
	cp = tok2str(dx, type2str, "unknown LS-type %u", GET_U8(dx, bp + 1));
	dx_printf(dx, "OSPFv%u, %s, length %u", GET_U8(dx, bp), cp, length);
	DX_LAYER(dx, bp, length, "Open Shortest Path First v%u, %s", bp[0], cp);
	if (ospf_hdr_fields(dx, bp, cp, 24)) {
		DX_FIELD(dx, bp + 14, 2, "Auth type: %u", GET_BE16(dx, bp + 14));
		DX_FIELD(dx, bp + 16, 8, "Auth data");
	}
	DX_LAYER_END(dx);
	if (*cp == 'u' || !dx->opts->verbose)
		return;
	olen = GET_BE16(dx, bp + 2);
	if (length != olen)
		dx_printf(dx, " [len %u]", olen);
	dataend = length > olen ? bp + olen : bp + length;
	dx_printf(dx, "\n\tRouter-ID %s", GET_IPADDR_STRING(dx, bp + 4));
	if (GET_BE32(dx, bp + 8) != 0)
		dx_printf(dx, ", Area %s", GET_IPADDR_STRING(dx, bp + 8));
	else
		dx_puts(dx, ", Backbone Area");
	if (!DX_TTEST(dx, bp + 16, 8))
		dx_trunc(dx);
	auth = GET_BE16(dx, bp + 14);
	dx_printf(dx, ", Authentication Type: %s (%u)",
		  tok2str(dx, ospf_authtype_values, "unknown", auth), auth);
	switch (auth) {
	case AUTH_NONE:
		break;
	case AUTH_SIMPLE:
		dx_puts(dx, "\n\tSimple text password: ");
		dx_printjnp(dx, bp + 16, 8);
		break;
	case AUTH_MD5:
		dx_printf(dx, "\n\tKey-ID: %u, Auth-Length: %u, Crypto Sequence Number: 0x%08x",
			  GET_U8(dx, bp + 18), GET_U8(dx, bp + 19), GET_BE32(dx, bp + 20));
		break;
	default:
		return;
	}
	if (GET_U8(dx, bp) == 2) {
		decode_v2(dx, bp, dataend);
		if (length > GET_BE16(dx, bp + 2))
			decode_lls(dx, bp, length);
	} else {
		dx_printf(dx, " ospf [version %u]", GET_U8(dx, bp));
	}
}
