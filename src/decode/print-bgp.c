// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: BGP (TCP port 179). Text as tcpdump 4.99.3 print-bgp.c.
 *
 * RFC 4271. A TCP segment holds any number of messages; each starts with
 * a 16-byte marker of all ones, a length (2, the whole message) and a type
 * (1): OPEN, UPDATE, NOTIFICATION, KEEPALIVE, ROUTE-REFRESH (RFC 2918).
 * OPEN: version, my AS, hold time, BGP identifier, optional parameters
 * (capabilities, RFC 5492). UPDATE: withdrawn IPv4 routes, path attributes
 * (flags, type, length of 1 or 2 bytes), IPv4 NLRI; MP_REACH/MP_UNREACH
 * (RFC 4760) carry the other address families: labeled (RFC 8277), VPN
 * (RFC 4364), RT constraint (RFC 4684), multicast VPN (RFC 6514), MDT
 * (RFC 6037), L2VPN/VPLS (RFC 4761), CLNP; ADD-PATH (RFC 7911) is guessed
 * from the NLRI as tcpdump does. Only -v prints the messages.
 *
 * tcpdump formats most NLRI into a buffer of MAXHOSTNAMELEN + 100 bytes
 * before printing it: longer text is cut there, and so it is here.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define BGP_SIZE 19
#define BGP_OPEN_SIZE 29
#define BGP_NOTIFICATION_SIZE 21
#define BGP_ROUTE_REFRESH_SIZE 23
#define BGP_MP_NLRI_MINSIZE 3
#define BGP_VPN_RD_LEN 8
#define MDT_VPN_NLRI_LEN 16
#define BGP_BUFLEN 164		/* Linux MAXHOSTNAMELEN (64) + 100 */
#define BGP_ATTR_SET_DEPTH 10

enum { BGP_OPEN = 1, BGP_UPDATE, BGP_NOTIFICATION, BGP_KEEPALIVE, BGP_ROUTE_REFRESH };

enum {
	AT_ORIGIN = 1, AT_AS_PATH = 2, AT_NEXT_HOP = 3, AT_MED = 4, AT_LOCAL_PREF = 5,
	AT_ATOMIC_AGGREGATE = 6, AT_AGGREGATOR = 7, AT_COMMUNITIES = 8, AT_ORIGINATOR_ID = 9,
	AT_CLUSTER_LIST = 10, AT_MP_REACH = 14, AT_MP_UNREACH = 15, AT_EXTD_COMMUNITIES = 16,
	AT_AS4_PATH = 17, AT_AGGREGATOR4 = 18, AT_PMSI_TUNNEL = 22, AT_AIGP = 26,
	AT_LARGE_COMMUNITY = 32, AT_ATTR_SET = 128,
};

enum { AFI_INET = 1, AFI_INET6 = 2, AFI_NSAP = 3, AFI_VPLS = 25, AFI_L2VPN = 196 };

enum {
	SAFI_UNICAST = 1, SAFI_MULTICAST = 2, SAFI_UNIMULTICAST = 3, SAFI_LABUNICAST = 4,
	SAFI_MULTICAST_VPN = 5, SAFI_VPLS = 65, SAFI_MDT = 66, SAFI_VPNUNICAST = 128,
	SAFI_VPNMULTICAST = 129, SAFI_VPNUNIMULTICAST = 130, SAFI_RT_ROUTING_INFO = 132,
};

static const struct tok bgp_msg_values[] = {
	{ BGP_OPEN, "Open" },
	{ BGP_UPDATE, "Update" },
	{ BGP_NOTIFICATION, "Notification" },
	{ BGP_KEEPALIVE, "Keepalive" },
	{ BGP_ROUTE_REFRESH, "Route Refresh" },
	{ 0, NULL }
};

static const struct tok bgp_attr_values[] = {
	{ 1, "Origin" },
	{ 2, "AS Path" },
	{ 17, "AS4 Path" },
	{ 3, "Next Hop" },
	{ 4, "Multi Exit Discriminator" },
	{ 5, "Local Preference" },
	{ 6, "Atomic Aggregate" },
	{ 7, "Aggregator" },
	{ 18, "Aggregator4" },
	{ 8, "Community" },
	{ 9, "Originator ID" },
	{ 10, "Cluster List" },
	{ 11, "DPA" },
	{ 12, "Advertisers" },
	{ 13, "RCID Path / Cluster ID" },
	{ 14, "Multi-Protocol Reach NLRI" },
	{ 15, "Multi-Protocol Unreach NLRI" },
	{ 16, "Extended Community" },
	{ 22, "PMSI Tunnel" },
	{ 23, "Tunnel Encapsulation" },
	{ 24, "Traffic Engineering" },
	{ 25, "IPv6 Extended Community" },
	{ 26, "Accumulated IGP Metric" },
	{ 27, "PE Distinguisher Label" },
	{ 28, "Entropy Label" },
	{ 32, "Large Community" },
	{ 128, "Attribute Set" },
	{ 255, "Reserved for development" },
	{ 0, NULL }
};

/* AS_PATH segment types 1..4: AS_SET, AS_SEQUENCE, confederation sequence and set */
static const char *const as_seg_open[] = { "?", "{ ", "", "( ", "({ " };
static const char *const as_seg_close[] = { "?", "}", "", ")", "})" };

static const struct tok bgp_opt_values[] = {
	{ 1, "Authentication Information" },
	{ 2, "Capabilities Advertisement" },
	{ 0, NULL }
};

enum {
	CAP_MP = 1, CAP_RR = 2, CAP_ML = 8, CAP_RESTART = 64, CAP_AS_NEW = 65, CAP_ADD_PATH = 69,
	CAP_LLGR = 71, CAP_RR_CISCO = 128,
};

static const struct tok bgp_capcode_values[] = {
	{ 1, "Multiprotocol Extensions" },
	{ 2, "Route Refresh" },
	{ 3, "Cooperative Route Filtering" },
	{ 4, "Multiple Routes to a Destination" },
	{ 5, "Extended Next Hop Encoding" },
	{ 8, "Multiple Labels" },
	{ 64, "Graceful Restart" },
	{ 65, "32-Bit AS Number" },
	{ 67, "Dynamic Capability" },
	{ 68, "Multisession BGP" },
	{ 69, "Multiple Paths" },
	{ 70, "Enhanced Route Refresh" },
	{ 71, "Long-lived Graceful Restart" },
	{ 128, "Route Refresh (Cisco)" },
	{ 0, NULL }
};

static const struct tok bgp_notify_major_values[] = {
	{ 1, "Message Header Error" },
	{ 2, "OPEN Message Error" },
	{ 3, "UPDATE Message Error" },
	{ 4, "Hold Timer Expired" },
	{ 5, "Finite State Machine Error" },
	{ 6, "Cease" },
	{ 7, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_cease_values[] = {	/* RFC 4486 */
	{ 1, "Maximum Number of Prefixes Reached" },
	{ 2, "Administrative Shutdown" },
	{ 3, "Peer Unconfigured" },
	{ 4, "Administrative Reset" },
	{ 5, "Connection Rejected" },
	{ 6, "Other Configuration Change" },
	{ 7, "Connection Collision Resolution" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_msg_values[] = {
	{ 1, "Connection Not Synchronized" },
	{ 2, "Bad Message Length" },
	{ 3, "Bad Message Type" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_open_values[] = {
	{ 1, "Unsupported Version Number" },
	{ 2, "Bad Peer AS" },
	{ 3, "Bad BGP Identifier" },
	{ 4, "Unsupported Optional Parameter" },
	{ 5, "Authentication Failure" },
	{ 6, "Unacceptable Hold Time" },
	{ 7, "Capability Message Error" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_update_values[] = {
	{ 1, "Malformed Attribute List" },
	{ 2, "Unrecognized Well-known Attribute" },
	{ 3, "Missing Well-known Attribute" },
	{ 4, "Attribute Flags Error" },
	{ 5, "Attribute Length Error" },
	{ 6, "Invalid ORIGIN Attribute" },
	{ 7, "AS Routing Loop" },
	{ 8, "Invalid NEXT_HOP Attribute" },
	{ 9, "Optional Attribute Error" },
	{ 10, "Invalid Network Field" },
	{ 11, "Malformed AS_PATH" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_fsm_values[] = {
	{ 0, "Unspecified Error" },
	{ 1, "In OpenSent State" },
	{ 2, "In OpenConfirm State" },
	{ 3, "In Established State" },
	{ 0, NULL }
};

static const struct tok bgp_notify_minor_cap_values[] = {
	{ 1, "Invalid Action Value" },
	{ 2, "Invalid Capability Length" },
	{ 3, "Malformed Capability Value" },
	{ 4, "Unsupported Capability Code" },
	{ 0, NULL }
};

static const struct tok bgp_origin_values[] = {
	{ 0, "IGP" },
	{ 1, "EGP" },
	{ 2, "Incomplete" },
	{ 0, NULL }
};

enum {
	PMSI_RSVP_P2MP = 1, PMSI_LDP_P2MP, PMSI_PIM_SSM, PMSI_PIM_SM, PMSI_PIM_BIDIR, PMSI_INGRESS,
	PMSI_LDP_MP2MP,
};

static const struct tok bgp_pmsi_tunnel_values[] = {
	{ PMSI_RSVP_P2MP, "RSVP-TE P2MP LSP" },
	{ PMSI_LDP_P2MP, "LDP P2MP LSP" },
	{ PMSI_PIM_SSM, "PIM-SSM Tree" },
	{ PMSI_PIM_SM, "PIM-SM Tree" },
	{ PMSI_PIM_BIDIR, "PIM-Bidir Tree" },
	{ PMSI_INGRESS, "Ingress Replication" },
	{ PMSI_LDP_MP2MP, "LDP MP2MP LSP" },
	{ 0, NULL }
};

static const struct tok bgp_pmsi_flag_values[] = {
	{ 0x01, "Leaf Information required" },
	{ 0, NULL }
};

static const struct tok bgp_aigp_values[] = {
	{ 1, "AIGP" },
	{ 0, NULL }
};

static const struct tok bgp_safi_values[] = {
	{ 0, "Reserved" },
	{ 1, "Unicast" },
	{ 2, "Multicast" },
	{ 3, "Unicast+Multicast" },
	{ 4, "labeled Unicast" },
	{ 64, "Tunnel" },
	{ 65, "VPLS" },
	{ 66, "MDT" },
	{ 70, "EVPN" },
	{ 128, "labeled VPN Unicast" },
	{ 129, "labeled VPN Multicast" },
	{ 130, "labeled VPN Unicast+Multicast" },
	{ 132, "Route Target Routing Information" },
	{ 5, "Multicast VPN" },
	{ 0, NULL }
};

/* extended community types (RFC 4360 and others), type and sub-type together */
enum {
	EC_RT_0 = 0x0002, EC_RT_1 = 0x0102, EC_RT_2 = 0x0202,
	EC_RO_0 = 0x0003, EC_RO_1 = 0x0103, EC_RO_2 = 0x0203,
	EC_LINKBAND = 0x4004,
	EC_VPN_ORIGIN = 0x0005, EC_VPN_ORIGIN2 = 0x0105, EC_VPN_ORIGIN3 = 0x0205,
	EC_VPN_ORIGIN4 = 0x8005,
	EC_OSPF_RTYPE = 0x0306, EC_OSPF_RTYPE2 = 0x8000, EC_ENCAP = 0x030c,
	EC_OSPF_RID = 0x0107, EC_OSPF_RID2 = 0x8001,
	EC_L2INFO = 0x800a, EC_SOURCE_AS = 0x0009, EC_VRF_RT_IMP = 0x010b,
	EC_L2VPN_RT_0 = 0x000a, EC_L2VPN_RT_1 = 0xf10a,
};

static const struct tok bgp_extd_comm_flag_values[] = {
	{ 0x8000, "vendor-specific" },
	{ 0x4000, "non-transitive" },
	{ 0, NULL },
};

static const struct tok bgp_extd_comm_subtype_values[] = {
	{ EC_RT_0, "target" },
	{ EC_RT_1, "target" },
	{ EC_RT_2, "target" },
	{ EC_RO_0, "origin" },
	{ EC_RO_1, "origin" },
	{ EC_RO_2, "origin" },
	{ EC_LINKBAND, "link-BW" },
	{ EC_VPN_ORIGIN, "ospf-domain" },
	{ EC_VPN_ORIGIN2, "ospf-domain" },
	{ EC_VPN_ORIGIN3, "ospf-domain" },
	{ EC_VPN_ORIGIN4, "ospf-domain" },
	{ EC_OSPF_RTYPE, "ospf-route-type" },
	{ EC_OSPF_RTYPE2, "ospf-route-type" },
	{ EC_ENCAP, "encapsulation" },
	{ EC_OSPF_RID, "ospf-router-id" },
	{ EC_OSPF_RID2, "ospf-router-id" },
	{ EC_L2INFO, "layer2-info" },
	{ 0x8800, "eigrp-general-route (flag, tag)" },
	{ 0x8801, "eigrp-route-metric (AS, delay)" },
	{ 0x8802, "eigrp-route-metric (reliability, nexthop, bandwidth)" },
	{ 0x8803, "eigrp-route-metric (load, MTU)" },
	{ 0x8804, "eigrp-external-route (remote-AS, remote-ID)" },
	{ 0x8805, "eigrp-external-route (remote-proto, remote-metric)" },
	{ EC_SOURCE_AS, "source-AS" },
	{ EC_VRF_RT_IMP, "vrf-route-import" },
	{ EC_L2VPN_RT_0, "l2vpn-id" },
	{ EC_L2VPN_RT_1, "l2vpn-id" },
	{ 0, NULL },
};

static const struct tok bgp_extd_comm_encap_tunnel_values[] = {	/* RFC 5512 */
	{ 1, "L2TPv3 over IP" },
	{ 2, "GRE" },
	{ 3, "Transmit Tunnel" },
	{ 4, "IPsec" },
	{ 5, "IP in IP with IPsec" },
	{ 6, "MPLS in IP with IPsec" },
	{ 7, "IP in IP" },
	{ 8, "VXLAN" },
	{ 9, "NVGRE" },
	{ 10, "MPLS" },
	{ 11, "MPLS in GRE" },
	{ 12, "VXLAN GPE" },
	{ 13, "MPLS in UDP" },
	{ 14, "IPv6" },
	{ 15, "SR TE" },
	{ 16, "Bare" },
	{ 17, "SR" },
	{ 0, NULL },
};

static const struct tok bgp_extd_comm_ospf_rtype_values[] = {
	{ 1, "Router" },
	{ 2, "Network" },
	{ 3, "Summary" },
	{ 5, "External" },
	{ 7, "NSSA External" },
	{ 129, "MPLS-VPN Sham" },
	{ 0, NULL },
};

static const struct tok bgp_add_path_recvsend[] = {
	{ 1, "Receive" },
	{ 2, "Send" },
	{ 3, "Both" },
	{ 0, NULL },
};

static const struct tok bgp_multicast_vpn_route_type_values[] = {
	{ 1, "Intra-AS I-PMSI" },
	{ 2, "Inter-AS I-PMSI" },
	{ 3, "S-PMSI" },
	{ 4, "Intra-AS Segment-Leaf" },
	{ 5, "Source-Active" },
	{ 6, "Shared Tree Join" },
	{ 7, "Source Tree Join" },
	{ 0, NULL }
};

/* ---- text into a bounded buffer, as tcpdump's snprintf chains ---------- */

struct bgp_buf {
	char s[BGP_BUFLEN];
	size_t n;
	int full;	/* a piece did not fit: tcpdump's buflen is 0 */
};

static void bb_reset(struct bgp_buf *b)
{
	b->s[0] = '\0';
	b->n = 0;
	b->full = 0;
}

static void bb_printf(struct bgp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bb_printf(struct bgp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int r;

	if (b->full)
		return;
	va_start(ap, fmt);
	r = vsnprintf(b->s + b->n, sizeof(b->s) - b->n, fmt, ap);
	va_end(ap);
	if (r < 0 || (size_t)r >= sizeof(b->s) - b->n) {
		b->n = strlen(b->s);
		b->full = 1;
	} else {
		b->n += (size_t)r;
	}
}

/* ---- small formatters ------------------------------------------------- */

/* an AS number, "x.y" with -b when above 65535 (RFC 5396) */
static const char *as_str(struct dx *dx, uint32_t as)
{
	char *b = dx_namebuf(dx);

	if (!dx->opts->asdot || as <= 0xffff)
		snprintf(b, DX_NAMEBUF_LEN, "%u", as);
	else
		snprintf(b, DX_NAMEBUF_LEN, "%u.%u", as >> 16, as & 0xffff);
	return b;
}

/* an RFC 4364 Route Distinguisher */
const char *bgp_vpn_rd_print(struct dx *dx, const uint8_t *p)
{
	char *b = dx_namebuf(dx);

	switch (GET_BE16(dx, p)) {
	case 0:
		snprintf(b, DX_NAMEBUF_LEN, "%u:%u (= %u.%u.%u.%u)", GET_BE16(dx, p + 2),
			 GET_BE32(dx, p + 4), p[4], p[5], p[6], p[7]);
		break;
	case 1:
		snprintf(b, DX_NAMEBUF_LEN, "%u.%u.%u.%u:%u", GET_U8(dx, p + 2), p[3], p[4], p[5],
			 GET_BE16(dx, p + 6));
		break;
	case 2:
		snprintf(b, DX_NAMEBUF_LEN, "%s:%u (%u.%u.%u.%u:%u)", as_str(dx, GET_BE32(dx, p + 2)),
			 GET_BE16(dx, p + 6), p[2], p[3], p[4], p[5], GET_BE16(dx, p + 6));
		break;
	default:
		return "unknown RD format";
	}
	return b;
}

/* an IPv4 or IPv6 address by its length in bits */
static const char *vpn_ip_str(struct dx *dx, const uint8_t *p, unsigned bits)
{
	char *b;

	switch (bits) {
	case 32:
		return GET_IPADDR_STRING(dx, p);
	case 128:
		return GET_IP6ADDR_STRING(dx, p);
	default:
		b = dx_namebuf(dx);
		snprintf(b, DX_NAMEBUF_LEN, "bogus address length %u", bits);
		return b;
	}
}

/* the prefix bytes of a plen-bit prefix at p into a zeroed dst, the last byte masked */
static void prefix_copy(struct dx *dx, uint8_t *dst, size_t dlen, const uint8_t *p, unsigned plen)
{
	unsigned nb = (plen + 7) / 8;

	memset(dst, 0, dlen);
	GET_CPY_BYTES(dx, dst, p, nb);
	if (plen % 8)
		dst[nb - 1] &= (uint8_t)(0xff00 >> (plen % 8));
}

static const char *bos_str(struct dx *dx, const uint8_t *label)
{
	return (GET_U8(dx, label + 2) & 1) ? "(bottom)" : "(BOGUS: Bottom of Stack NOT set!)";
}

/* print_unknown_data */
static void unknown_data(struct dx *dx, const uint8_t *p, const char *ident, unsigned len)
{
	ip_print_unknown_data(dx, p, ident, len);
}

/*
 * A field labelled with the text printed since mark, its tabs and line
 * breaks folded into single spaces (only with a tree).
 */
static void text_field(struct dx *dx, const uint8_t *p, size_t len, const uint8_t *end,
		       const char *name, size_t mark)
{
	char *b;
	const char *t;
	int tl, i, o = 0, sp = 1;

	if (!dx->tree)
		return;
	t = dx_text_since(dx, mark, &tl);
	b = dx_namebuf(dx);
	for (i = 0; i < tl && o < DX_NAMEBUF_LEN - 1; i++) {
		char c = t[i];

		if (c == '\n' || c == '\t' || c == ' ') {
			if (!sp)
				b[o++] = ' ';
			sp = 1;
			continue;
		}
		b[o++] = c;
		sp = 0;
	}
	while (o > 0 && b[o - 1] == ' ')
		o--;
	b[o] = '\0';
	DX_FIELD_IN(dx, p, len, end, "%s: %s", name, b);
}

/* the end of [p, p+len) cut at the captured bytes, for tree nodes */
static const uint8_t *cap_end(const struct dx *dx, const uint8_t *p, size_t len)
{
	size_t a = DX_BYTES_AVAIL(dx, p);

	return p + (len < a ? len : a);
}

/* ---- NLRI decoders: 1+ bytes used, -1 illegal length, -2/-3 short ------ */

static int decode_prefix(struct dx *dx, const uint8_t *p, unsigned itemlen, char *buf,
			 size_t buflen, int v6)
{
	uint8_t a[16];
	unsigned plen;

	if (itemlen < 1)
		return -2;
	plen = GET_U8(dx, p);
	if (plen > (v6 ? 128u : 32u))
		return -1;
	itemlen -= 1;
	if (itemlen < (plen + 7) / 8)
		return -2;
	prefix_copy(dx, a, sizeof(a), p + 1, plen);
	snprintf(buf, buflen, "%s/%u", v6 ? dx_ip6_name(dx, a) : dx_ip4_name(dx, a), plen);
	return 1 + (int)((plen + 7) / 8);
}

int decode_prefix4(struct dx *dx, const uint8_t *p, unsigned itemlen, char *buf, size_t buflen)
{
	return decode_prefix(dx, p, itemlen, buf, buflen, 0);
}

int decode_prefix6(struct dx *dx, const uint8_t *p, unsigned itemlen, char *buf, size_t buflen)
{
	return decode_prefix(dx, p, itemlen, buf, buflen, 1);
}

/* RFC 8277: the prefix length counts the 3-byte label; -2 not captured, -3 short item */
static int decode_labeled_prefix(struct dx *dx, const uint8_t *p, unsigned itemlen,
				 struct bgp_buf *b, int v6)
{
	uint8_t a[16];
	unsigned plen, max = v6 ? 128 : 32;

	if (!DX_TTEST(dx, p, 4))
		return -2;
	if (itemlen < 4)
		return -3;
	plen = GET_U8(dx, p);
	if (plen < 24)
		return -1;
	plen -= 24;
	if (plen > max)
		return -1;
	itemlen -= 4;
	if (!v6 && itemlen < (plen + 7) / 8)
		return -3;
	prefix_copy(dx, a, sizeof(a), p + 4, plen);
	bb_reset(b);
	bb_printf(b, "%s/%u, label:%u %s", v6 ? dx_ip6_name(dx, a) : dx_ip4_name(dx, a), plen,
		  GET_BE24(dx, p + 1) >> 4, bos_str(dx, p + 1));
	return 4 + (int)((plen + 7) / 8);
}

/* RFC 4364: label (3), RD (8), prefix */
static int decode_labeled_vpn_prefix(struct dx *dx, const uint8_t *p, struct bgp_buf *b, int v6)
{
	uint8_t a[16];
	unsigned plen, max = v6 ? 128 : 32;

	plen = GET_U8(dx, p);
	if (plen < 24 + 64)
		return -1;
	plen -= 24 + 64;
	if (plen > max)
		return -1;
	prefix_copy(dx, a, sizeof(a), p + 12, plen);
	bb_reset(b);
	bb_printf(b, "RD: %s, %s/%u, label:%u %s", bgp_vpn_rd_print(dx, p + 4),
		  v6 ? dx_ip6_name(dx, a) : dx_ip4_name(dx, a), plen, GET_BE24(dx, p + 1) >> 4,
		  bos_str(dx, p + 1));
	return 12 + (int)((plen + 7) / 8);
}

static int decode_clnp_prefix(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	uint8_t a[19];
	unsigned plen;

	plen = GET_U8(dx, p);
	if (plen > 152)
		return -1;
	/* tcpdump takes the address 4 bytes on, not 1 */
	prefix_copy(dx, a, sizeof(a), p + 4, plen);
	bb_reset(b);
	bb_printf(b, "%s/%u", dx_isonsap_fmt(dx, a, (plen + 7) / 8), plen);
	return 1 + (int)((plen + 7) / 8);
}

static int decode_labeled_vpn_clnp_prefix(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	uint8_t a[19];
	unsigned plen;

	plen = GET_U8(dx, p);
	if (plen < 24 + 64)
		return -1;
	plen -= 24 + 64;
	if (plen > 152)
		return -1;
	prefix_copy(dx, a, sizeof(a), p + 12, plen);
	bb_reset(b);
	bb_printf(b, "RD: %s, %s/%u, label:%u %s", bgp_vpn_rd_print(dx, p + 4),
		  dx_isonsap_fmt(dx, a, (plen + 7) / 8), plen, GET_BE24(dx, p + 1) >> 4,
		  bos_str(dx, p + 1));
	return 12 + (int)((plen + 7) / 8);
}

/* RFC 6037: RD, IPv4 address, group address */
static int decode_mdt_vpn_nlri(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	if (GET_U8(dx, p) != MDT_VPN_NLRI_LEN * 8)
		return -1;
	p++;
	if (!DX_TTEST(dx, p, 8))
		return -2;
	bb_reset(b);
	bb_printf(b, "RD: %s, VPN IP Address: %s, MC Group Address: %s", bgp_vpn_rd_print(dx, p),
		  GET_IPADDR_STRING(dx, p + 8), GET_IPADDR_STRING(dx, p + 12));
	return MDT_VPN_NLRI_LEN + 1;
}

/*
 * A multicast source and group, each a length in bits and an address,
 * appended to b; the bytes it covers (a length that is not captured
 * ends it, as tcpdump's ND_TCHECK to its own trunc label does).
 */
static unsigned vpn_sg_print(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	unsigned alen, total = 0;

	alen = GET_U8(dx, p);
	p++;
	if (!DX_TTEST(dx, p, alen >> 3))
		return total;
	total += (alen >> 3) + 1;
	if (alen) {
		bb_printf(b, ", Source %s", vpn_ip_str(dx, p, alen));
		p += alen >> 3;
	}
	alen = GET_U8(dx, p);
	p++;
	if (!DX_TTEST(dx, p, alen >> 3))
		return total;
	total += (alen >> 3) + 1;
	if (alen)
		bb_printf(b, ", Group %s", vpn_ip_str(dx, p, alen));
	return total;
}

/* RFC 6514 multicast VPN routes */
static int decode_multicast_vpn(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	unsigned type, rlen, sg, alen;

	type = GET_U8(dx, p);
	rlen = GET_U8(dx, p + 1);
	p += 2;
	bb_reset(b);
	bb_printf(b, "Route-Type: %s (%u), length: %u",
		  tok2str(dx, bgp_multicast_vpn_route_type_values, "Unknown", type), type, rlen);
	switch (type) {
	case 1:		/* Intra-AS I-PMSI */
		if (!DX_TTEST(dx, p, BGP_VPN_RD_LEN))
			return -2;
		bb_printf(b, ", RD: %s, Originator %s", bgp_vpn_rd_print(dx, p),
			  vpn_ip_str(dx, p + BGP_VPN_RD_LEN, (rlen - BGP_VPN_RD_LEN) << 3));
		break;
	case 2:		/* Inter-AS I-PMSI */
		if (!DX_TTEST(dx, p, BGP_VPN_RD_LEN + 4))
			return -2;
		bb_printf(b, ", RD: %s, Source-AS %s", bgp_vpn_rd_print(dx, p),
			  as_str(dx, GET_BE32(dx, p + BGP_VPN_RD_LEN)));
		break;
	case 3:		/* S-PMSI */
		if (!DX_TTEST(dx, p, BGP_VPN_RD_LEN))
			return -2;
		bb_printf(b, ", RD: %s", bgp_vpn_rd_print(dx, p));
		p += BGP_VPN_RD_LEN;
		sg = vpn_sg_print(dx, p, b);
		alen = rlen - sg;
		if (!DX_TTEST(dx, p, alen))
			return -2;
		bb_printf(b, ", Originator %s", vpn_ip_str(dx, p, alen << 3));
		break;
	case 5:		/* Source-Active */
		if (!DX_TTEST(dx, p, BGP_VPN_RD_LEN))
			return -2;
		bb_printf(b, ", RD: %s", bgp_vpn_rd_print(dx, p));
		p += BGP_VPN_RD_LEN;
		vpn_sg_print(dx, p, b);
		break;
	case 6:		/* Shared Tree Join */
	case 7:		/* Source Tree Join */
		if (!DX_TTEST(dx, p, BGP_VPN_RD_LEN + 4))
			return -2;
		bb_printf(b, ", RD: %s, Source-AS %s", bgp_vpn_rd_print(dx, p),
			  as_str(dx, GET_BE32(dx, p + BGP_VPN_RD_LEN)));
		p += BGP_VPN_RD_LEN + 4;
		vpn_sg_print(dx, p, b);
		break;
	default:	/* Intra-AS Segment-Leaf and unknown: no details */
		break;
	}
	return (int)rlen + 2;
}

/*
 * RFC 4761 VPLS and the older L2VPN NLRI: 12 bytes are auto-discovery
 * (RD, PE address), more than 17 the old format with TLVs. tcpdump's walk
 * of the TLVs keeps its quirks: the 3 bytes of a TLV header do not count
 * against the length, an unknown TLV's value is not stepped over, and the
 * status vector stops moving once the text buffer is full.
 */
static int decode_labeled_vpn_l2(struct dx *dx, const uint8_t *p, struct bgp_buf *b)
{
	unsigned plen, tlen, type, tl, tbytes;

	plen = GET_BE16(dx, p);
	tlen = plen;
	p += 2;
	bb_reset(b);
	if (plen == 12) {
		if (!DX_TTEST(dx, p, 12))
			return -2;
		bb_printf(b, "RD: %s, BGPNH: %s", bgp_vpn_rd_print(dx, p), GET_IPADDR_STRING(dx, p + 8));
		return (int)plen + 2;
	}
	if (plen <= 17)
		return -2;
	if (!DX_TTEST(dx, p, 15))
		return -2;
	bb_printf(b, "RD: %s, CE-ID: %u, Label-Block Offset: %u, Label Base %u", bgp_vpn_rd_print(dx, p),
		  GET_BE16(dx, p + 8), GET_BE16(dx, p + 10), GET_BE24(dx, p + 12) >> 4);
	p += 15;
	tlen -= 15;
	while (tlen != 0) {
		if (tlen < 3) {
			bb_printf(b, "\n\t\tran past the end");
			return (int)plen + 2;
		}
		type = GET_U8(dx, p);
		tl = GET_BE16(dx, p + 1);	/* in bits */
		tbytes = (tl + 7) / 8;
		p += 3;
		if (type == 1) {
			bb_printf(b, "\n\t\tcircuit status vector (%u) length: %u: 0x", type, tl);
			while (tbytes != 0) {
				if (tlen < 1) {
					bb_printf(b, " (ran past the end)");
					return (int)plen + 2;
				}
				if (!DX_TTEST(dx, p, 1))
					return -2;
				if (!b->full) {
					bb_printf(b, "%02x", GET_U8(dx, p));
					p++;
				}
				tbytes--;
				tlen--;
			}
		} else {
			bb_printf(b, "\n\t\tunknown TLV #%u, length: %u", type, tl);
			if (tlen < tbytes) {
				bb_printf(b, " (ran past the end)");
				return (int)plen + 2;
			}
			tlen -= tbytes;
		}
	}
	return (int)plen + 2;
}

/* RFC 4684 route target membership: origin AS and a route target prefix */
static void rt_prefix_str(struct dx *dx, struct bgp_buf *b, const uint8_t *rt, unsigned plen)
{
	char hex[sizeof("0000 0000 0000 0000")];
	unsigned i, n = (plen + 7) / 8, o = 0;
	unsigned type;

	if (plen == 0) {
		bb_printf(b, "route-target: 0:0/0");
		return;
	}
	for (i = 0; i < n; i++) {
		char *w = dx_w_hex2(hex + o, rt[i]);

		if (i % 2 == 1 && i < n - 1)
			*w++ = ' ';
		o = (unsigned)(w - hex);
	}
	hex[o] = '\0';
	if (plen < 16) {
		bb_printf(b, "route-target: partial-type: (%s/%u)", hex, plen);
		return;
	}
	type = (unsigned)rt[0] << 8 | rt[1];
	switch (type) {
	case EC_RT_0:
		bb_printf(b, "route-target: %u:%u/%u (%s)", (unsigned)rt[2] << 8 | rt[3],
			  (unsigned)rt[4] << 24 | (unsigned)rt[5] << 16 | (unsigned)rt[6] << 8 | rt[7],
			  plen, hex);
		break;
	case EC_RT_1:
		bb_printf(b, "route-target: %u.%u.%u.%u:%u/%u (%s)", rt[2], rt[3], rt[4], rt[5],
			  (unsigned)rt[6] << 8 | rt[7], plen, hex);
		break;
	case EC_RT_2:
		bb_printf(b, "route-target: %s:%u/%u (%s)",
			  as_str(dx, (uint32_t)rt[2] << 24 | (uint32_t)rt[3] << 16 |
					     (uint32_t)rt[4] << 8 | rt[5]),
			  (unsigned)rt[6] << 8 | rt[7], plen, hex);
		break;
	default:
		bb_printf(b, "route target: unknown-type(%04x) (%s/%u)", type, hex, plen);
		break;
	}
}

static int decode_rt_routing_info(struct dx *dx, const uint8_t *p)
{
	uint8_t rt[8];
	struct bgp_buf b;
	unsigned plen;
	const char *origin;

	plen = GET_U8(dx, p);
	if (plen == 0) {
		dx_puts(dx, "\n\t      default route target");
		return 1;
	}
	if (plen < 32) {
		dx_puts(dx, "\n\t      (illegal prefix length)");
		return -1;
	}
	origin = as_str(dx, GET_BE32(dx, p + 1));
	plen -= 32;
	if (plen > 64) {
		dx_puts(dx, "\n\t      (illegal prefix length)");
		return -1;
	}
	prefix_copy(dx, rt, sizeof(rt), p + 5, plen);
	bb_reset(&b);
	rt_prefix_str(dx, &b, rt, plen);
	dx_printf(dx, "\n\t      origin AS: %s, %s", origin, b.s);
	return 5 + (int)((plen + 7) / 8);
}

/* ---- path attributes -------------------------------------------------- */

/* 2 when the AS_PATH parses with 2-byte AS numbers, else 4 */
static unsigned as_path_as_size(struct dx *dx, unsigned type, const uint8_t *p, unsigned len)
{
	const uint8_t *t = p;

	if (type == AT_AS4_PATH)
		return 4;
	while (t < p + len) {
		unsigned st = GET_U8(dx, t);

		if (st < 1 || st > 4)
			return 4;
		t += 2 + GET_U8(dx, t + 1) * 2;
	}
	return t == p + len ? 2 : 4;
}

/*
 * No state says whether a peer sends ADD-PATH path identifiers: guess
 * from the NLRI, as tcpdump does (it parses with identifiers and does
 * not parse without).
 */
static int check_add_path(struct dx *dx, const uint8_t *p, unsigned length, unsigned maxplen)
{
	unsigned off, plen;

	if (length < 5)
		return 0;
	for (off = 0; off < length;) {
		off += 4;
		if (!DX_TTEST(dx, p + off, 1))
			break;
		plen = p[off];
		if (plen > maxplen)
			return 0;
		off += 1 + (plen + 7) / 8;
	}
	if (off > length)
		return 0;
	for (off = 0; off < length;) {
		if (!DX_TTEST(dx, p + off, 1))
			break;
		plen = p[off];
		if (plen < 1 || plen > maxplen)
			return 1;
		off += 1 + (plen + 7) / 8;
	}
	return off > length;
}

/* the NLRI forms tcpdump decodes */
enum nlri_kind {
	NK_PREFIX, NK_LABELED, NK_VPN, NK_RT, NK_MVPN, NK_MDT, NK_L2, NK_CLNP, NK_VPN_CLNP,
};

/* the AFI/SAFI pairs tcpdump decodes: the NLRI form and the next hop's
 * (address bytes, 0 for an NSAP of any length; after an RD or not) */
static const struct bgp_af {
	uint16_t afi;
	uint8_t safi;
	uint8_t kind;
	uint8_t nh_alen;
	uint8_t nh_rd;
} bgp_afs[] = {
	{ AFI_INET, SAFI_UNICAST, NK_PREFIX, 4, 0 },
	{ AFI_INET, SAFI_MULTICAST, NK_PREFIX, 4, 0 },
	{ AFI_INET, SAFI_UNIMULTICAST, NK_PREFIX, 4, 0 },
	{ AFI_INET, SAFI_LABUNICAST, NK_LABELED, 4, 0 },
	{ AFI_INET, SAFI_RT_ROUTING_INFO, NK_RT, 4, 0 },
	{ AFI_INET, SAFI_VPNUNICAST, NK_VPN, 4, 1 },
	{ AFI_INET, SAFI_VPNMULTICAST, NK_VPN, 4, 1 },
	{ AFI_INET, SAFI_VPNUNIMULTICAST, NK_VPN, 4, 1 },
	{ AFI_INET, SAFI_MULTICAST_VPN, NK_MVPN, 4, 0 },
	{ AFI_INET, SAFI_MDT, NK_MDT, 4, 0 },
	{ AFI_INET6, SAFI_UNICAST, NK_PREFIX, 16, 0 },
	{ AFI_INET6, SAFI_MULTICAST, NK_PREFIX, 16, 0 },
	{ AFI_INET6, SAFI_UNIMULTICAST, NK_PREFIX, 16, 0 },
	{ AFI_INET6, SAFI_LABUNICAST, NK_LABELED, 16, 0 },
	{ AFI_INET6, SAFI_VPNUNICAST, NK_VPN, 16, 1 },
	{ AFI_INET6, SAFI_VPNMULTICAST, NK_VPN, 16, 1 },
	{ AFI_INET6, SAFI_VPNUNIMULTICAST, NK_VPN, 16, 1 },
	{ AFI_NSAP, SAFI_UNICAST, NK_CLNP, 0, 0 },
	{ AFI_NSAP, SAFI_MULTICAST, NK_CLNP, 0, 0 },
	{ AFI_NSAP, SAFI_UNIMULTICAST, NK_CLNP, 0, 0 },
	{ AFI_NSAP, SAFI_VPNUNICAST, NK_VPN_CLNP, 0, 1 },
	{ AFI_NSAP, SAFI_VPNMULTICAST, NK_VPN_CLNP, 0, 1 },
	{ AFI_NSAP, SAFI_VPNUNIMULTICAST, NK_VPN_CLNP, 0, 1 },
	{ AFI_L2VPN, SAFI_VPNUNICAST, NK_L2, 4, 0 },
	{ AFI_L2VPN, SAFI_VPNMULTICAST, NK_L2, 4, 0 },
	{ AFI_L2VPN, SAFI_VPNUNIMULTICAST, NK_L2, 4, 0 },
	{ AFI_VPLS, SAFI_VPLS, NK_L2, 4, 0 },
};

static const struct bgp_af *bgp_af_find(unsigned afi, unsigned safi)
{
	size_t i;

	for (i = 0; i < sizeof(bgp_afs) / sizeof(bgp_afs[0]); i++)
		if (bgp_afs[i].afi == afi && bgp_afs[i].safi == safi)
			return &bgp_afs[i];
	return NULL;
}

/* AFI and SAFI of MP_REACH/MP_UNREACH: 0 known, -1 no decoder (dumped), -2 truncated */
static int mp_af_print(struct dx *dx, const uint8_t *p, unsigned tlen, const uint8_t *end,
		       const struct bgp_af **afp)
{
	unsigned af = GET_BE16(dx, p), safi = GET_U8(dx, p + 2);

	dx_printf(dx, "\n\t    AFI: %s (%u), %sSAFI: %s (%u)",
		  tok2str(dx, dx_af_values, "Unknown AFI", af), af,
		  safi > 128 ? "vendor specific " : "",
		  tok2str(dx, bgp_safi_values, "Unknown SAFI", safi), safi);
	DX_FIELD_IN(dx, p, 3, end, "AFI: %s (%u), SAFI: %s (%u)",
		 tok2str(dx, dx_af_values, "Unknown AFI", af), af,
		 tok2str(dx, bgp_safi_values, "Unknown SAFI", safi), safi);
	*afp = bgp_af_find(af, safi);
	if (*afp)
		return 0;
	if (!DX_TTEST(dx, p, tlen))
		return -2;
	dx_printf(dx, "\n\t    no AFI %u / SAFI %u decoder", af, safi);
	if (dx->opts->verbose <= 1)
		unknown_data(dx, p, "\n\t    ", tlen);
	return -1;
}


/* the text of a decoded NLRI, or tcpdump's complaint for -1 */
static void nlri_out(struct dx *dx, int adv, const struct bgp_buf *b, const char *illegal)
{
	if (adv == -1)
		dx_puts(dx, illegal);
	else
		dx_printf(dx, "\n\t      %s", b->s);
}

/* one NLRI: the bytes it took, or < 0 (-2: truncated) */
static int nlri_print(struct dx *dx, const struct bgp_af *af, const uint8_t *p, unsigned len,
		      const uint8_t *end, int add_path4, int add_path6)
{
	static const char illegal[] = "\n\t    (illegal prefix length)";
	struct bgp_buf b;
	uint32_t path_id = 0;
	int v6 = af->afi == AFI_INET6, adv, ap;

	bb_reset(&b);
	switch (af->kind) {
	case NK_PREFIX:
		ap = v6 ? add_path6 : add_path4;
		if (ap)
			path_id = GET_BE32(dx, p);
		adv = decode_prefix(dx, p + (ap ? 4 : 0), len, b.s, sizeof(b.s), v6);
		if (adv != -2)	/* -2: bytes left, but not enough */
			nlri_out(dx, adv, &b, illegal);
		if (adv > 0)
			DX_FIELD_IN(dx, p, (unsigned)adv + (ap ? 4 : 0), end, "NLRI: %s", b.s);
		if (ap) {
			/* tcpdump counts the path id even after a bad prefix */
			dx_printf(dx, "   Path Id: %u", path_id);
			adv += 4;
		}
		return adv;
	case NK_LABELED:
		adv = decode_labeled_prefix(dx, p, len, &b, v6);
		if (adv == -2)
			return -2;
		if (adv != -3)
			nlri_out(dx, adv, &b, illegal);
		break;
	case NK_VPN:
		adv = decode_labeled_vpn_prefix(dx, p, &b, v6);
		nlri_out(dx, adv, &b, illegal);
		break;
	case NK_RT:
		adv = decode_rt_routing_info(dx, p);
		if (adv > 0)
			DX_FIELD_IN(dx, p, (unsigned)adv, end, "Route target membership (%d bytes)",
				    adv);
		return adv;
	case NK_MVPN:
	case NK_MDT:
		adv = af->kind == NK_MDT ? decode_mdt_vpn_nlri(dx, p, &b)
					 : decode_multicast_vpn(dx, p, &b);
		if (adv == -2)
			return -2;
		nlri_out(dx, adv, &b, illegal);
		break;
	case NK_L2:
		adv = decode_labeled_vpn_l2(dx, p, &b);
		if (adv == -2)
			return -2;
		nlri_out(dx, adv, &b, "\n\t    (illegal length)");
		break;
	case NK_CLNP:
		adv = decode_clnp_prefix(dx, p, &b);
		nlri_out(dx, adv, &b, illegal);
		break;
	default:
		adv = decode_labeled_vpn_clnp_prefix(dx, p, &b);
		nlri_out(dx, adv, &b, illegal);
		break;
	}
	if (adv > 0)
		DX_FIELD_IN(dx, p, (unsigned)adv, end, "NLRI: %s", b.s);
	return adv;
}

/*
 * The NLRI of MP_REACH/MP_UNREACH from tptr to the end of the attribute
 * at pptr; 0 when truncated. Each NLRI is given the whole attribute
 * length as the room it has, as tcpdump does.
 */
static int nlri_list(struct dx *dx, const struct bgp_af *af, const uint8_t *pptr,
		     const uint8_t *tptr, unsigned len, const uint8_t *end)
{
	unsigned left = len - (unsigned)(tptr - pptr);
	int add_path4 = check_add_path(dx, tptr, left, 32);
	int add_path6 = check_add_path(dx, tptr, left, 128);

	while (tptr < pptr + len) {
		int adv = nlri_print(dx, af, tptr, len, end, add_path4, add_path6);

		if (adv == -2)
			return 0;
		if (adv < 0)
			break;
		tptr += adv;
	}
	return 1;
}

static int mp_reach_print(struct dx *dx, const uint8_t *pptr, unsigned len, const uint8_t *end)
{
	const uint8_t *tptr = pptr;
	const struct bgp_af *af;
	unsigned tlen = len, nhlen, snpa;
	int ret;

	if (!DX_TTEST(dx, tptr, 3) || tlen < 3)
		return 0;
	ret = mp_af_print(dx, tptr, tlen, end, &af);
	if (ret == -2)
		return 0;
	if (ret < 0)
		return 1;
	tptr += 3;
	tlen -= 3;
	if (!DX_TTEST(dx, tptr, 1) || tlen < 1)
		return 0;
	nhlen = GET_U8(dx, tptr);
	tptr++;
	tlen--;
	if (nhlen) {
		unsigned nnh = 0, tnh = nhlen, step, alen = af->nh_alen;
		int rd = af->nh_rd;
		size_t mark;

		if (tlen < tnh)
			return 0;
		dx_puts(dx, "\n\t    nexthop: ");
		mark = dx->out->len;
		while (tnh != 0) {
			const uint8_t *a = tptr + (rd ? BGP_VPN_RD_LEN : 0);

			if (nnh++ > 0)
				dx_puts(dx, ", ");
			step = tnh;
			if (alen == 0 && !rd) {
				dx_puts(dx, dx_isonsap_string(dx, tptr, tnh));
			} else if (alen == 0 && tnh >= BGP_VPN_RD_LEN + 1) {
				DX_TCHECK(dx, tptr, tnh);
				dx_printf(dx, "RD: %s, %s", bgp_vpn_rd_print(dx, tptr),
					  dx_isonsap_string(dx, a, tnh - BGP_VPN_RD_LEN));
				if (GET_BE32(dx, a) == 0x47000601)	/* RFC 986 IPv4 */
					dx_printf(dx, " = %s", GET_IPADDR_STRING(dx, a + 4));
				else if (GET_BE24(dx, a) == 0x350000)	/* RFC 1888 IPv6 */
					dx_printf(dx, " = %s", GET_IP6ADDR_STRING(dx, a + 3));
			} else if (alen && tnh >= alen + (rd ? BGP_VPN_RD_LEN : 0)) {
				if (rd)
					dx_printf(dx, "RD: %s, ", bgp_vpn_rd_print(dx, tptr));
				dx_puts(dx, alen == 4 ? GET_IPADDR_STRING(dx, a)
						      : GET_IP6ADDR_STRING(dx, a));
				step = alen + (rd ? BGP_VPN_RD_LEN : 0);
			} else {
				dx_puts(dx, "invalid len");
			}
			tptr += step;
			tlen -= step;
			tnh -= step;
		}
		text_field(dx, tptr - nhlen - 1, nhlen + 1, end, "Next hop", mark);
	}
	dx_printf(dx, ", nh-length: %u", nhlen);
	if (tlen < 1)
		return 0;
	snpa = GET_U8(dx, tptr);
	tptr++;
	tlen--;
	if (snpa) {
		dx_printf(dx, "\n\t    %u SNPA", snpa);
		for (; snpa != 0; snpa--) {
			unsigned sl;

			if (tlen < 1)
				return 0;
			sl = GET_U8(dx, tptr);
			dx_printf(dx, "\n\t      %u bytes", sl);
			tptr++;
			tlen--;
			if (tlen < sl || !DX_TTEST(dx, tptr, sl))
				return 0;
			tptr += sl;
			tlen -= sl;
		}
	} else {
		dx_puts(dx, ", no SNPA");
	}
	return nlri_list(dx, af, pptr, tptr, len, end);
}

static int mp_unreach_print(struct dx *dx, const uint8_t *pptr, unsigned len, const uint8_t *end)
{
	const uint8_t *tptr = pptr;
	const struct bgp_af *af;
	int ret;

	if (!DX_TTEST(dx, tptr, BGP_MP_NLRI_MINSIZE))
		return 0;
	ret = mp_af_print(dx, tptr, len, end, &af);
	if (ret == -2)
		return 0;
	if (ret < 0)
		return 1;
	if (len == BGP_MP_NLRI_MINSIZE)
		dx_puts(dx, "\n\t      End-of-Rib Marker (empty NLRI)");
	tptr += 3;
	return nlri_list(dx, af, pptr, tptr, len, end);
}

static void extd_community_print(struct dx *dx, const uint8_t *p)
{
	unsigned type = GET_BE16(dx, p);

	switch (type) {
	case EC_RT_0:
	case EC_RO_0:
	case EC_L2VPN_RT_0:
		dx_printf(dx, "%u:%u (= %s)", GET_BE16(dx, p + 2), GET_BE32(dx, p + 4),
			  GET_IPADDR_STRING(dx, p + 4));
		break;
	case EC_RT_1:
	case EC_RO_1:
	case EC_L2VPN_RT_1:
	case EC_VRF_RT_IMP:
		dx_printf(dx, "%s:%u", GET_IPADDR_STRING(dx, p + 2), GET_BE16(dx, p + 6));
		break;
	case EC_RT_2:
	case EC_RO_2:
		dx_printf(dx, "%s:%u", as_str(dx, GET_BE32(dx, p + 2)), GET_BE16(dx, p + 6));
		break;
	case EC_LINKBAND: {
		uint32_t bits = GET_BE32(dx, p + 4);
		float f;

		memcpy(&f, &bits, sizeof(f));
		dx_printf(dx, "bandwidth: %.3f Mbps", (double)(f * 8 / 1000000));
		break;
	}
	case EC_VPN_ORIGIN:
	case EC_VPN_ORIGIN2:
	case EC_VPN_ORIGIN3:
	case EC_VPN_ORIGIN4:
	case EC_OSPF_RID:
	case EC_OSPF_RID2:
		dx_puts(dx, GET_IPADDR_STRING(dx, p + 2));
		break;
	case EC_OSPF_RTYPE:
	case EC_OSPF_RTYPE2: {
		unsigned rt = GET_U8(dx, p + 6);

		dx_printf(dx, "area:%s, router-type:%s, metric-type:%s%s",
			  GET_IPADDR_STRING(dx, p + 2),
			  tok2str(dx, bgp_extd_comm_ospf_rtype_values, "unknown (0x%02x)", rt),
			  (GET_U8(dx, p + 7) & 1) ? "E2" : "", rt == 5 || rt == 7 ? "E1" : "");
		break;
	}
	case EC_L2INFO:
		dx_printf(dx, "%s Control Flags [0x%02x]:MTU %u",
			  tok2str(dx, dx_l2vpn_encaps_values, "unknown encaps", GET_U8(dx, p + 2)),
			  GET_U8(dx, p + 3), GET_BE16(dx, p + 4));
		break;
	case EC_SOURCE_AS:
		dx_printf(dx, "AS %u", GET_BE16(dx, p + 2));
		break;
	case EC_ENCAP:
		dx_printf(dx, "Tunnel type: %s",
			  tok2str(dx, bgp_extd_comm_encap_tunnel_values, "unknown encaps",
				  GET_BE16(dx, p + 6)));
		break;
	default:
		dx_put_hexbytes(dx, p + 2, 6, 0);
		break;
	}
}

static int pmsi_tunnel_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	unsigned flags, type;

	if (!DX_TTEST(dx, p, 5) || tlen < 5)
		return 0;
	flags = GET_U8(dx, p);
	type = GET_U8(dx, p + 1);
	dx_printf(dx, "\n\t    Tunnel-type %s (%u), Flags [%s], MPLS Label %u",
		  tok2str(dx, bgp_pmsi_tunnel_values, "Unknown", type), type,
		  bittok2str(dx, bgp_pmsi_flag_values, "none", flags), GET_BE24(dx, p + 2) >> 4);
	p += 5;
	tlen -= 5;
	switch (type) {
	case PMSI_PIM_SM:
	case PMSI_PIM_BIDIR:
		dx_printf(dx, "\n\t      Sender %s, P-Group %s", GET_IPADDR_STRING(dx, p),
			  GET_IPADDR_STRING(dx, p + 4));
		break;
	case PMSI_PIM_SSM:
		dx_printf(dx, "\n\t      Root-Node %s, P-Group %s", GET_IPADDR_STRING(dx, p),
			  GET_IPADDR_STRING(dx, p + 4));
		break;
	case PMSI_INGRESS:
		dx_printf(dx, "\n\t      Tunnel-Endpoint %s", GET_IPADDR_STRING(dx, p));
		break;
	case PMSI_LDP_P2MP:
	case PMSI_LDP_MP2MP:
		dx_printf(dx, "\n\t      Root-Node %s, LSP-ID 0x%08x", GET_IPADDR_STRING(dx, p),
			  GET_BE32(dx, p + 4));
		break;
	case PMSI_RSVP_P2MP:
		dx_printf(dx, "\n\t      Extended-Tunnel-ID %s, P2MP-ID 0x%08x",
			  GET_IPADDR_STRING(dx, p), GET_BE32(dx, p + 4));
		break;
	default:
		if (dx->opts->verbose <= 1)
			unknown_data(dx, p, "\n\t      ", tlen);
	}
	return 1;
}

static int aigp_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	while (tlen >= 3) {
		unsigned type = GET_U8(dx, p), length = GET_BE16(dx, p + 1);

		p += 3;
		tlen -= 3;
		dx_printf(dx, "\n\t    %s TLV (%u), length %u",
			  tok2str(dx, bgp_aigp_values, "Unknown", type), type, length);
		if (length < 3)
			return 0;
		length -= 3;
		if (tlen < length)
			return 0;
		if (type == 1) {
			if (length < 8)
				return 0;
			dx_printf(dx, ", metric %llu", (unsigned long long)GET_BE64(dx, p));
		} else if (dx->opts->verbose <= 1) {
			unknown_data(dx, p, "\n\t      ", length);
		}
		p += length;
		tlen -= length;
	}
	return 1;
}

/* ", Flags [OTPE+x]" of an attribute's flags byte */
static void attr_flags_print(struct dx *dx, unsigned f)
{
	dx_printf(dx, ", Flags [%s%s%s%s", f & 0x80 ? "O" : "", f & 0x40 ? "T" : "",
		  f & 0x20 ? "P" : "", f & 0x10 ? "E" : "");
	if (f & 0xf)
		dx_printf(dx, "+%x", f & 0xf);
	dx_putc(dx, ']');
}

/* the attribute header's fields (flags, type and length are captured) */
static void attr_hdr_fields(struct dx *dx, const uint8_t *h, unsigned lenlen, unsigned alen)
{
	unsigned f = h[0];

	DX_FIELD(dx, h, 1, "Flags: 0x%02x (%s%s%s%s)", f, f & 0x80 ? "Optional" : "Well-known",
		 f & 0x40 ? ", Transitive" : "", f & 0x20 ? ", Partial" : "",
		 f & 0x10 ? ", Extended length" : "");
	DX_FIELD(dx, h + 1, 1, "Type: %s (%u)", tok2str(dx, bgp_attr_values, "Unknown", h[1]),
		 h[1]);
	DX_FIELD(dx, h + 2, lenlen, "Length: %u", alen);
}

static int attr_print(struct dx *dx, unsigned atype, const uint8_t *pptr, unsigned len,
		      unsigned level);

/* the ATTR_SET attribute (RFC 6368): an origin AS and nested attributes */
static int attr_set_print(struct dx *dx, const uint8_t *tptr, unsigned *lenp, unsigned level)
{
	unsigned len = *lenp;
	int ret = 1;

	if (!DX_TTEST(dx, tptr, 4) || len < 4)
		return 0;
	dx_printf(dx, "\n\t    Origin AS: %s", as_str(dx, GET_BE32(dx, tptr)));
	DX_FIELD(dx, tptr, 4, "Origin AS: %s", as_str(dx, GET_BE32(dx, tptr)));
	tptr += 4;
	len -= 4;
	while (len) {
		const uint8_t *h = tptr;
		unsigned aflags, atype, alenlen, alen;

		if (!DX_TTEST(dx, tptr, 2))
			return 0;
		if (len < 2) {
			dx_puts(dx, " [path attr too short]");
			goto out;
		}
		aflags = GET_U8(dx, tptr);
		atype = GET_U8(dx, tptr + 1);
		tptr += 2;
		len -= 2;
		alenlen = aflags & 0x10 ? 2 : 1;
		if (!DX_TTEST(dx, tptr, alenlen))
			return 0;
		if (len < alenlen) {
			dx_puts(dx, " [path attr too short]");
			goto out;
		}
		alen = alenlen == 2 ? GET_BE16(dx, tptr) : GET_U8(dx, tptr);
		tptr += alenlen;
		len -= alenlen;
		dx_printf(dx, "\n\t      %s (%u), length: %u",
			  tok2str(dx, bgp_attr_values, "Unknown Attribute", atype), atype, alen);
		if (aflags)
			attr_flags_print(dx, aflags);
		dx_puts(dx, ": ");
		if (len < alen) {
			dx_puts(dx, " [path attr too short]");
			goto out;
		}
		DX_SUBTREE(dx, h, (size_t)(cap_end(dx, h, 2 + alenlen + alen) - h),
			   "Path attribute: %s (%u)",
			   tok2str(dx, bgp_attr_values, "Unknown Attribute", atype), atype);
		attr_hdr_fields(dx, h, alenlen, alen);
		if (level == BGP_ATTR_SET_DEPTH)
			dx_puts(dx, "(too many nested levels, not recursing)");
		else if (!attr_print(dx, atype, tptr, alen, level + 1))
			return 0;
		DX_LAYER_END(dx);
		tptr += alen;
		len -= alen;
	}
out:
	/* what is left of the length: -vv dumps that many bytes of the attribute */
	*lenp = len;
	return ret;
}

/*
 * One path attribute's value: 1 done, 0 truncated (the caller prints
 * " [|bgp]"). With -vv the value is dumped in hex after it, except where
 * tcpdump's own length counter was used up by the walk (ATTR_SET, large
 * communities).
 */
static int attr_print(struct dx *dx, unsigned atype, const uint8_t *pptr, unsigned len,
		      unsigned level)
{
	const uint8_t *tptr = pptr, *end = cap_end(dx, pptr, len);
	unsigned tlen = len, i, as_size, n;
	size_t mark = dx->out->len;
	int vfield = 1;

	switch (atype) {
	case AT_ORIGIN:
		if (len != 1)
			dx_puts(dx, "invalid len");
		else
			dx_puts(dx, tok2str(dx, bgp_origin_values, "Unknown Origin Typecode",
					    GET_U8(dx, tptr)));
		break;
	case AT_AS4_PATH:
	case AT_AS_PATH:
		if (len % 2) {
			dx_puts(dx, "invalid len");
			break;
		}
		if (!len) {
			dx_puts(dx, "empty");
			break;
		}
		as_size = as_path_as_size(dx, atype, pptr, len);
		while (tptr < pptr + len) {
			unsigned st = GET_U8(dx, tptr);

			n = GET_U8(dx, tptr + 1);
			dx_puts(dx, st >= 1 && st <= 4 ? as_seg_open[st] : "?");
			for (i = 0; i < n * as_size; i += as_size) {
				if (!DX_TTEST(dx, tptr + 2 + i, as_size))
					return 0;
				dx_printf(dx, "%s ",
					  as_str(dx, as_size == 2 ? GET_BE16(dx, tptr + i + 2)
								  : GET_BE32(dx, tptr + i + 2)));
			}
			dx_puts(dx, st >= 1 && st <= 4 ? as_seg_close[st] : "?");
			DX_FIELD_IN(dx, tptr, 2 + n * as_size, end, "AS path segment: type %u, %u AS%s",
				    st, n, n == 1 ? "" : "es");
			tptr += 2 + n * as_size;
		}
		break;
	case AT_NEXT_HOP:
	case AT_ORIGINATOR_ID:
		if (len != 4)
			dx_puts(dx, "invalid len");
		else
			dx_puts(dx, GET_IPADDR_STRING(dx, tptr));
		break;
	case AT_MED:
	case AT_LOCAL_PREF:
		if (len != 4)
			dx_puts(dx, "invalid len");
		else
			dx_putu(dx, GET_BE32(dx, tptr));
		break;
	case AT_ATOMIC_AGGREGATE:
		if (len != 0)
			dx_puts(dx, "invalid len");
		break;
	case AT_AGGREGATOR:
		if (len != 6 && len != 8) {
			dx_puts(dx, "invalid len");
			break;
		}
		if (!DX_TTEST(dx, tptr, len))
			return 0;
		if (len == 6)
			dx_printf(dx, " AS #%s, origin %s", as_str(dx, GET_BE16(dx, tptr)),
				  GET_IPADDR_STRING(dx, tptr + 2));
		else
			dx_printf(dx, " AS #%s, origin %s", as_str(dx, GET_BE32(dx, tptr)),
				  GET_IPADDR_STRING(dx, tptr + 4));
		break;
	case AT_AGGREGATOR4:
		if (len != 8) {
			dx_puts(dx, "invalid len");
			break;
		}
		dx_printf(dx, " AS #%s, origin %s", as_str(dx, GET_BE32(dx, tptr)),
			  GET_IPADDR_STRING(dx, tptr + 4));
		break;
	case AT_COMMUNITIES:
		if (len % 4) {
			dx_puts(dx, "invalid len");
			break;
		}
		while (tlen != 0) {
			uint32_t c;

			if (!DX_TTEST(dx, tptr, 4))
				return 0;
			c = GET_BE32(dx, tptr);
			if (c == 0xffffff01)
				dx_puts(dx, " NO_EXPORT");
			else if (c == 0xffffff02)
				dx_puts(dx, " NO_ADVERTISE");
			else if (c == 0xffffff03)
				dx_puts(dx, " NO_EXPORT_SUBCONFED");
			else
				dx_printf(dx, "%u:%u%s", c >> 16, c & 0xffff, tlen > 4 ? ", " : "");
			DX_FIELD_IN(dx, tptr, 4, end, "Community: %u:%u", c >> 16, c & 0xffff);
			tlen -= 4;
			tptr += 4;
		}
		vfield = 0;
		break;
	case AT_CLUSTER_LIST:
		if (len % 4) {
			dx_puts(dx, "invalid len");
			break;
		}
		while (tlen != 0) {
			dx_printf(dx, "%s%s", GET_IPADDR_STRING(dx, tptr), tlen > 4 ? ", " : "");
			DX_FIELD_IN(dx, tptr, 4, end, "Cluster ID: %s", GET_IPADDR_STRING(dx, tptr));
			tlen -= 4;
			tptr += 4;
		}
		vfield = 0;
		break;
	case AT_MP_REACH:
		if (!mp_reach_print(dx, pptr, len, end))
			return 0;
		vfield = 0;
		break;
	case AT_MP_UNREACH:
		if (!mp_unreach_print(dx, pptr, len, end))
			return 0;
		vfield = 0;
		break;
	case AT_EXTD_COMMUNITIES:
		if (len % 8) {
			dx_puts(dx, "invalid len");
			break;
		}
		while (tlen != 0) {
			unsigned ec;
			size_t m;

			if (!DX_TTEST(dx, tptr, 2))
				return 0;
			ec = GET_BE16(dx, tptr);
			dx_printf(dx, "\n\t    %s (0x%04x), Flags [%s]",
				  tok2str(dx, bgp_extd_comm_subtype_values,
					  "unknown extd community typecode", ec),
				  ec, bittok2str(dx, bgp_extd_comm_flag_values, "none", ec));
			if (!DX_TTEST(dx, tptr, 8))
				return 0;
			dx_puts(dx, ": ");
			m = dx->out->len;
			extd_community_print(dx, tptr);
			if (dx->tree) {
				int tl;
				const char *t = dx_text_since(dx, m, &tl);

				DX_FIELD_IN(dx, tptr, 8, end, "Extended community: %s (0x%04x): %.*s",
					    tok2str(dx, bgp_extd_comm_subtype_values, "unknown", ec),
					    ec, tl, t);
			}
			tlen -= 8;
			tptr += 8;
		}
		vfield = 0;
		break;
	case AT_PMSI_TUNNEL:
		if (!pmsi_tunnel_print(dx, tptr, tlen))
			return 0;
		break;
	case AT_AIGP:
		if (!aigp_print(dx, tptr, tlen))
			return 0;
		break;
	case AT_ATTR_SET:
		if (!attr_set_print(dx, tptr, &len, level))
			return 0;
		vfield = 0;
		break;
	case AT_LARGE_COMMUNITY:
		if (len == 0 || len % 12) {
			dx_puts(dx, "invalid len");
			break;
		}
		dx_puts(dx, "\n\t    ");
		for (; len != 0; len -= 12, tptr += 12) {
			uint32_t g = GET_BE32(dx, tptr), l1 = GET_BE32(dx, tptr + 4),
				 l2 = GET_BE32(dx, tptr + 8);

			dx_printf(dx, "%u:%u:%u%s", g, l1, l2, len > 12 ? ", " : "");
			DX_FIELD_IN(dx, tptr, 12, end, "Large community: %u:%u:%u", g, l1, l2);
		}
		vfield = 0;
		break;
	default:
		if (!DX_TTEST(dx, pptr, len))
			return 0;
		dx_printf(dx, "\n\t    no Attribute %u decoder", atype);
		if (dx->opts->verbose <= 1)
			unknown_data(dx, pptr, "\n\t    ", len);
		vfield = 0;
		DX_FIELD_IN(dx, pptr, len, end, "Value (%u bytes)", len);
		break;
	}
	if (vfield && len)
		text_field(dx, pptr, len, end, "Value", mark);
	if (dx->opts->verbose > 1 && len) {
		if (!DX_TTEST(dx, pptr, len))
			return 0;
		unknown_data(dx, pptr, "\n\t    ", len);
	}
	return 1;
}

/* ---- messages --------------------------------------------------------- */

static void capabilities_print(struct dx *dx, const uint8_t *opt, unsigned caps_len)
{
	unsigned i = 0;

	while (i < caps_len) {
		const uint8_t *c = opt + i;
		unsigned type, clen, off, tl;

		if (!DX_TTEST(dx, c, 2))
			goto trunc;
		type = GET_U8(dx, c);
		clen = GET_U8(dx, c + 1);
		dx_printf(dx, "\n\t      %s (%u), length: %u",
			  tok2str(dx, bgp_capcode_values, "Unknown", type), type, clen);
		if (!DX_TTEST(dx, c + 2, clen))
			goto trunc;
		DX_FIELD(dx, c, 2 + clen, "Capability: %s (%u), length: %u",
			 tok2str(dx, bgp_capcode_values, "Unknown", type), type, clen);
		switch (type) {
		case CAP_MP:
			if (clen < 4) {
				dx_puts(dx, " (too short, < 4)");
				return;
			}
			dx_printf(dx, "\n\t\tAFI %s (%u), SAFI %s (%u)",
				  tok2str(dx, dx_af_values, "Unknown", GET_BE16(dx, c + 2)),
				  GET_BE16(dx, c + 2),
				  tok2str(dx, bgp_safi_values, "Unknown", GET_U8(dx, c + 5)),
				  GET_U8(dx, c + 5));
			break;
		case CAP_ML:
			for (off = 2, tl = clen; tl >= 4; tl -= 4, off += 4)
				dx_printf(dx, "\n\t\tAFI %s (%u), SAFI %s (%u), Count: %u",
					  tok2str(dx, dx_af_values, "Unknown", GET_BE16(dx, c + off)),
					  GET_BE16(dx, c + off),
					  tok2str(dx, bgp_safi_values, "Unknown",
						  GET_U8(dx, c + off + 2)),
					  GET_U8(dx, c + off + 2), GET_U8(dx, c + off + 3));
			break;
		case CAP_RESTART:
			if (clen < 2) {
				dx_puts(dx, " (too short, < 2)");
				return;
			}
			dx_printf(dx, "\n\t\tRestart Flags: [%s], Restart Time %us",
				  (GET_U8(dx, c + 2) & 0x80) ? "R" : "none",
				  GET_BE16(dx, c + 2) & 0xfff);
			for (off = 4, tl = clen - 2; tl >= 4; tl -= 4, off += 4)
				dx_printf(dx, "\n\t\t  AFI %s (%u), SAFI %s (%u), Forwarding state preserved: %s",
					  tok2str(dx, dx_af_values, "Unknown", GET_BE16(dx, c + off)),
					  GET_BE16(dx, c + off),
					  tok2str(dx, bgp_safi_values, "Unknown",
						  GET_U8(dx, c + off + 2)),
					  GET_U8(dx, c + off + 2),
					  (GET_U8(dx, c + off + 3) & 0x80) ? "yes" : "no");
			break;
		case CAP_RR:
		case CAP_LLGR:
		case CAP_RR_CISCO:
			break;
		case CAP_AS_NEW:
			if (clen < 4) {
				dx_puts(dx, " (too short, < 4)");
				return;
			}
			dx_printf(dx, "\n\t\t 4 Byte AS %s", as_str(dx, GET_BE32(dx, c + 2)));
			break;
		case CAP_ADD_PATH:
			if (clen == 0) {
				dx_puts(dx, " (bogus)");
				break;
			}
			for (off = 2, tl = clen; tl != 0; tl -= 4, off += 4) {
				if (tl < 4) {
					dx_print_invalid(dx);
					break;
				}
				dx_printf(dx, "\n\t\tAFI %s (%u), SAFI %s (%u), Send/Receive: %s",
					  tok2str(dx, dx_af_values, "Unknown", GET_BE16(dx, c + off)),
					  GET_BE16(dx, c + off),
					  tok2str(dx, bgp_safi_values, "Unknown",
						  GET_U8(dx, c + off + 2)),
					  GET_U8(dx, c + off + 2),
					  tok2str(dx, bgp_add_path_recvsend, "Bogus (0x%02x)",
						  GET_U8(dx, c + off + 3)));
			}
			break;
		default:
			dx_printf(dx, "\n\t\tno decoder for Capability %u", type);
			if (dx->opts->verbose <= 1)
				unknown_data(dx, c + 2, "\n\t\t", clen);
			break;
		}
		if (dx->opts->verbose > 1 && clen != 0)
			unknown_data(dx, c + 2, "\n\t\t", clen);
		i += 2 + clen;
	}
	return;
trunc:
	dx_print_trunc(dx);
}

static void open_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	unsigned optslen, i;
	const uint8_t *opt;

	if (!DX_TTEST(dx, dat, BGP_OPEN_SIZE) || length < BGP_OPEN_SIZE)
		goto trunc;
	dx_printf(dx, "\n\t  Version %u, ", GET_U8(dx, dat + 19));
	dx_printf(dx, "my AS %s, ", as_str(dx, GET_BE16(dx, dat + 20)));
	dx_printf(dx, "Holdtime %us, ", GET_BE16(dx, dat + 22));
	dx_printf(dx, "ID %s", GET_IPADDR_STRING(dx, dat + 24));
	optslen = GET_U8(dx, dat + 28);
	dx_printf(dx, "\n\t  Optional parameters, length: %u", optslen);
	DX_FIELD(dx, dat + 19, 1, "Version: %u", dat[19]);
	DX_FIELD(dx, dat + 20, 2, "My AS: %s", as_str(dx, GET_BE16(dx, dat + 20)));
	DX_FIELD(dx, dat + 22, 2, "Hold time: %u", GET_BE16(dx, dat + 22));
	DX_FIELD(dx, dat + 24, 4, "BGP identifier: %s", GET_IPADDR_STRING(dx, dat + 24));
	DX_FIELD(dx, dat + 28, 1, "Optional parameters length: %u", optslen);
	opt = dat + BGP_OPEN_SIZE;
	length -= BGP_OPEN_SIZE;
	for (i = 0; i < optslen;) {
		unsigned type, olen;

		if (!DX_TTEST(dx, opt + i, 2) || length < 2 + i)
			goto trunc;
		type = GET_U8(dx, opt + i);
		olen = GET_U8(dx, opt + i + 1);
		if (2 + i + olen > optslen) {
			dx_printf(dx, "\n\t     Option %u, length: %u, goes past the end of the options",
				  type, olen);
			break;
		}
		dx_printf(dx, "\n\t    Option %s (%u), length: %u",
			  tok2str(dx, bgp_opt_values, "Unknown", type), type, olen);
		DX_SUBTREE(dx, opt + i, (size_t)(cap_end(dx, opt + i, 2 + olen) - (opt + i)),
			   "Optional parameter: %s (%u), length: %u",
			   tok2str(dx, bgp_opt_values, "Unknown", type), type, olen);
		if (type == 2)
			capabilities_print(dx, opt + i + 2, olen);
		else
			dx_printf(dx, "\n\t      no decoder for option %u", type);
		DX_LAYER_END(dx);
		i += 2 + olen;
	}
	return;
trunc:
	dx_print_trunc(dx);
}

/* withdrawn routes or NLRI of an UPDATE: IPv4 prefixes, ADD-PATH guessed */
static int update_prefix(struct dx *dx, const uint8_t *p, unsigned len, int add_path,
			 uint32_t path_id, const uint8_t *end)
{
	char buf[BGP_BUFLEN];
	int n = decode_prefix4(dx, p, len, buf, sizeof(buf));

	if (n == -1) {
		dx_puts(dx, "\n\t    (illegal prefix length)");
		return -1;
	}
	if (n == -2)
		return -2;
	dx_printf(dx, "\n\t    %s", buf);
	if (add_path) {
		dx_printf(dx, "   Path Id: %u", path_id);
		DX_FIELD_IN(dx, p - 4, 4 + (unsigned)n, end, "Prefix: %s, Path Id: %u", buf,
			    path_id);
	} else {
		DX_FIELD_IN(dx, p, (unsigned)n, end, "Prefix: %s", buf);
	}
	return n;
}

static void update_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	const uint8_t *p, *end = cap_end(dx, dat, length);
	unsigned wlen, len;
	uint32_t path_id = 0;
	int add_path, n;

	if (!DX_TTEST(dx, dat, BGP_SIZE) || length < BGP_SIZE)
		goto trunc;
	p = dat + BGP_SIZE;
	length -= BGP_SIZE;
	if (!DX_TTEST(dx, p, 2) || length < 2)
		goto trunc;
	wlen = GET_BE16(dx, p);
	DX_FIELD(dx, p, 2, "Withdrawn routes length: %u", wlen);
	p += 2;
	length -= 2;
	if (wlen > 1) {
		if (!DX_TTEST(dx, p, wlen) || length < wlen)
			goto trunc;
		dx_puts(dx, "\n\t  Withdrawn routes:");
		add_path = check_add_path(dx, p, wlen, 32);
		while (wlen != 0) {
			if (add_path) {
				if (wlen < 4) {
					p += wlen;
					length -= wlen;
					break;
				}
				path_id = GET_BE32(dx, p);
				p += 4;
				length -= 4;
				wlen -= 4;
			}
			n = update_prefix(dx, p, wlen, add_path, path_id, end);
			if (n == -1)
				break;
			if (n == -2)
				goto trunc;
			p += n;
			length -= (unsigned)n;
			wlen -= (unsigned)n;
		}
	} else {
		if (!DX_TTEST(dx, p, wlen) || length < wlen)
			goto trunc;
		p += wlen;
		length -= wlen;
	}
	if (!DX_TTEST(dx, p, 2) || length < 2)
		goto trunc;
	len = GET_BE16(dx, p);
	DX_FIELD(dx, p, 2, "Total path attribute length: %u", len);
	p += 2;
	length -= 2;
	if (wlen == 0 && len == 0 && length == 0) {
		dx_puts(dx, "\n\t  End-of-Rib Marker (empty NLRI)");
		return;
	}
	if (len) {
		if (length < len)
			goto trunc;
		while (len) {
			const uint8_t *h = p;
			unsigned aflags, atype, alenlen, alen;

			if (!DX_TTEST(dx, p, 2) || length < 2)
				goto trunc;
			if (len < 2) {
				dx_puts(dx, "\n\t  [path attrs too short]");
				p += len;
				length -= len;
				break;
			}
			aflags = GET_U8(dx, p);
			atype = GET_U8(dx, p + 1);
			p += 2;
			len -= 2;
			length -= 2;
			alenlen = aflags & 0x10 ? 2 : 1;
			if (!DX_TTEST(dx, p, alenlen) || length < alenlen)
				goto trunc;
			if (len < alenlen) {
				dx_puts(dx, "\n\t  [path attrs too short]");
				p += len;
				length -= len;
				break;
			}
			alen = alenlen == 2 ? GET_BE16(dx, p) : GET_U8(dx, p);
			p += alenlen;
			len -= alenlen;
			length -= alenlen;
			dx_printf(dx, "\n\t  %s (%u), length: %u",
				  tok2str(dx, bgp_attr_values, "Unknown Attribute", atype), atype,
				  alen);
			if (aflags) {
				attr_flags_print(dx, aflags);
				dx_puts(dx, ": ");
			}
			if (len < alen) {
				dx_puts(dx, " [path attrs too short]");
				p += len;
				length -= len;
				break;
			}
			if (length < alen)
				goto trunc;
			DX_SUBTREE(dx, h, (size_t)(cap_end(dx, h, 2 + alenlen + alen) - h),
				   "Path attribute: %s (%u), length: %u",
				   tok2str(dx, bgp_attr_values, "Unknown Attribute", atype), atype,
				   alen);
			attr_hdr_fields(dx, h, alenlen, alen);
			if (!attr_print(dx, atype, p, alen, 0))
				goto trunc;
			DX_LAYER_END(dx);
			p += alen;
			len -= alen;
			length -= alen;
		}
	}
	if (length) {
		add_path = check_add_path(dx, p, length, 32);
		dx_puts(dx, "\n\t  Updated routes:");
		while (length != 0) {
			if (add_path) {
				if (!DX_TTEST(dx, p, 4) || length < 4)
					goto trunc;
				path_id = GET_BE32(dx, p);
				p += 4;
				length -= 4;
			}
			n = update_prefix(dx, p, length, add_path, path_id, end);
			if (n == -1)
				break;
			if (n == -2)
				goto trunc;
			p += n;
			length -= (unsigned)n;
		}
	}
	return;
trunc:
	dx_print_trunc(dx);
}

static const struct tok *notify_minor_table(unsigned major)
{
	switch (major) {
	case 1:
		return bgp_notify_minor_msg_values;
	case 2:
		return bgp_notify_minor_open_values;
	case 3:
		return bgp_notify_minor_update_values;
	case 5:
		return bgp_notify_minor_fsm_values;
	case 6:
		return bgp_notify_minor_cease_values;
	case 7:
		return bgp_notify_minor_cap_values;
	default:
		return NULL;
	}
}

static void notification_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	const struct tok *minors;
	const uint8_t *tptr = dat + BGP_NOTIFICATION_SIZE;
	unsigned major, minor;

	if (!DX_TTEST(dx, dat, BGP_NOTIFICATION_SIZE)) {
		dx_print_trunc(dx);
		return;
	}
	if (length < BGP_NOTIFICATION_SIZE)
		return;
	major = GET_U8(dx, dat + 19);
	minor = GET_U8(dx, dat + 20);
	dx_printf(dx, ", %s (%u)", tok2str(dx, bgp_notify_major_values, "Unknown Error", major),
		  major);
	DX_FIELD(dx, dat + 19, 1, "Error code: %s (%u)",
		 tok2str(dx, bgp_notify_major_values, "Unknown Error", major), major);
	minors = notify_minor_table(major);
	if (!minors)
		return;
	/* the FSM and capability errors lack the comma */
	dx_printf(dx, "%s subcode %s (%u)", major == 5 || major == 7 ? "" : ",",
		  tok2str(dx, minors, "Unknown", minor), minor);
	DX_FIELD(dx, dat + 20, 1, "Error subcode: %s (%u)", tok2str(dx, minors, "Unknown", minor),
		 minor);
	if (major != 6)
		return;
	/* RFC 4486: AFI, SAFI and the prefix limit */
	if (minor == 1 && length >= BGP_NOTIFICATION_SIZE + 7)
		dx_printf(dx, ", AFI %s (%u), SAFI %s (%u), Max Prefixes: %u",
			  tok2str(dx, dx_af_values, "Unknown", GET_BE16(dx, tptr)),
			  GET_BE16(dx, tptr),
			  tok2str(dx, bgp_safi_values, "Unknown", GET_U8(dx, tptr + 2)),
			  GET_U8(dx, tptr + 2), GET_BE32(dx, tptr + 3));
	/* RFC 9003: the shutdown communication */
	if ((minor == 2 || minor == 4) && length >= BGP_NOTIFICATION_SIZE + 1) {
		unsigned clen = GET_U8(dx, tptr);
		uint8_t rest = 0;	/* tcpdump's is a byte too: 255 + 1 wraps */

		if (clen > length - (BGP_NOTIFICATION_SIZE + 1)) {
			dx_puts(dx, ", invalid Shutdown Communication length");
		} else if (clen == 0) {
			dx_puts(dx, ", empty Shutdown Communication");
			rest += 1;
		} else {
			dx_printf(dx, ", Shutdown Communication (length: %u): \"", clen);
			if (dx_printn(dx, tptr + 1, clen))
				dx_trunc(dx);
			dx_putc(dx, '"');
			DX_FIELD(dx, tptr, 1 + clen, "Shutdown communication (%u bytes)", clen);
			rest = (uint8_t)(rest + clen + 1);
		}
		if (length - (rest + BGP_NOTIFICATION_SIZE) != 0) {
			unsigned dl = length - (rest + BGP_NOTIFICATION_SIZE);

			dx_printf(dx, ", Data: (length: %u)", dl);
			hex_print(dx, "\n\t\t", tptr + rest, dl);
		}
	}
}

static void route_refresh_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned afi, safi;

	if (!DX_TTEST(dx, p, BGP_ROUTE_REFRESH_SIZE)) {
		dx_print_trunc(dx);
		return;
	}
	if (len < BGP_ROUTE_REFRESH_SIZE)
		return;
	afi = GET_BE16(dx, p + 19);
	safi = GET_U8(dx, p + 22);
	dx_printf(dx, "\n\t  AFI %s (%u), SAFI %s (%u)", tok2str(dx, dx_af_values, "Unknown", afi),
		  afi, tok2str(dx, bgp_safi_values, "Unknown", safi), safi);
	DX_FIELD(dx, p + 19, 2, "AFI: %s (%u)", tok2str(dx, dx_af_values, "Unknown", afi), afi);
	DX_FIELD(dx, p + 22, 1, "SAFI: %s (%u)", tok2str(dx, bgp_safi_values, "Unknown", safi),
		 safi);
	if (dx->opts->verbose > 1) {
		if (!DX_TTEST(dx, p, len)) {
			dx_print_trunc(dx);
			return;
		}
		unknown_data(dx, p, "\n\t  ", len);
	}
}

/* one whole (captured) message; 0 when the segment's walk must stop */
static int pdu_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	unsigned type = GET_U8(dx, dat + 18);
	const char *name = tok2str(dx, bgp_msg_values, "Unknown", type);

	dx_printf(dx, "\n\t%s Message (%u), length: %u", name, type, length);
	DX_SUBTREE(dx, dat, length, "%s Message (%u), length: %u", name, type, length);
	DX_FIELD(dx, dat, 16, "Marker");
	DX_FIELD(dx, dat + 16, 2, "Length: %u", length);
	DX_FIELD(dx, dat + 18, 1, "Type: %s (%u)", name, type);
	switch (type) {
	case BGP_OPEN:
		open_print(dx, dat, length);
		break;
	case BGP_UPDATE:
		update_print(dx, dat, length);
		break;
	case BGP_NOTIFICATION:
		notification_print(dx, dat, length);
		break;
	case BGP_KEEPALIVE:
		break;
	case BGP_ROUTE_REFRESH:
		route_refresh_print(dx, dat, length);
		break;
	default:
		dx_printf(dx, "\n\t  no Message %u decoder", type);
		unknown_data(dx, dat, "\n\t  ", length);
		break;
	}
	DX_LAYER_END(dx);
	return 1;
}

static const uint8_t bgp_marker[16] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

/* the messages of a segment: to the end of the capture, wherever a marker is */
static void bgp_messages(struct dx *dx, void *arg)
{
	const uint8_t *p = arg, *start = p;

	while (p < dx->snapend) {
		unsigned hlen;

		if (GET_U8(dx, p) != 0xff) {
			p++;
			continue;
		}
		if (!DX_TTEST(dx, p, sizeof(bgp_marker)))
			break;
		if (memcmp(p, bgp_marker, sizeof(bgp_marker)) != 0) {
			p++;
			continue;
		}
		if (!DX_TTEST(dx, p, BGP_SIZE)) {
			dx_print_trunc(dx);
			return;
		}
		if (start != p)
			dx_print_trunc(dx);
		hlen = GET_BE16(dx, p + 16);
		if (hlen < BGP_SIZE) {
			dx_printf(dx, "\nmessage length %u < %u", hlen, BGP_SIZE);
			dx_print_invalid(dx);
			break;
		}
		if (!DX_TTEST(dx, p, hlen)) {
			dx_printf(dx, "\n[|BGP %s]",
				  tok2str(dx, bgp_msg_values, "Unknown Message Type", p[18]));
			DX_FIELD(dx, p, DX_BYTES_AVAIL(dx, p), "%s Message, truncated",
				 tok2str(dx, bgp_msg_values, "Unknown", p[18]));
			break;
		}
		if (!pdu_print(dx, p, hlen))
			return;
		p += hlen;
		start = p;
	}
}

void bgp_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	dx_proto(dx, "bgp");
	dx_puts(dx, ": BGP");
	DX_LAYER(dx, dat, DX_BYTES_AVAIL(dx, dat), "Border Gateway Protocol");
	(void)length;
	if (dx->opts->verbose < 1)
		dx_tree_only(dx, bgp_messages, (void *)(uintptr_t)dat);
	else
		bgp_messages(dx, (void *)(uintptr_t)dat);
	DX_LAYER_END(dx);
}
