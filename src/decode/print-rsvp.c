// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RSVP printer (IP protocol 46)
 * RFC 2205, RFC 2961 (refresh reduction), RFC 3209 (RSVP-TE), RFC 3473
 * (GMPLS), RFC 4090 (fast reroute), RFC 5063, OIF UNI 1.0 (Generalized UNI)
 */
#include "dx.h"
#include "gmpls.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define RSVP_HDR_LEN 8
#define RSVP_OBJ_HDR_LEN 4

enum {
	MSG_PATH = 1, MSG_RESV = 2, MSG_PATHERR = 3, MSG_RESVERR = 4, MSG_PATHTEAR = 5,
	MSG_RESVTEAR = 6, MSG_RESVCONF = 7, MSG_BUNDLE = 12, MSG_ACK = 13,
	MSG_HELLO_OLD = 14, MSG_SREFRESH = 15, MSG_HELLO = 20,
};

static const struct tok msg_names[] = {
	{ MSG_PATH, "Path" },
	{ MSG_RESV, "Resv" },
	{ MSG_PATHERR, "PathErr" },
	{ MSG_RESVERR, "ResvErr" },
	{ MSG_PATHTEAR, "PathTear" },
	{ MSG_RESVTEAR, "ResvTear" },
	{ MSG_RESVCONF, "ResvConf" },
	{ MSG_BUNDLE, "Bundle" },
	{ MSG_ACK, "Acknowledgement" },
	{ MSG_HELLO_OLD, "Hello (Old)" },
	{ MSG_SREFRESH, "Refresh" },
	{ MSG_HELLO, "Hello" },
	{ 0, NULL }
};

static const struct tok hdr_flag_names[] = {
	{ 0x01, "Refresh reduction capable" },
	{ 0, NULL }
};

/* object class numbers */
enum {
	OBJ_SESSION = 1, OBJ_HOP = 3, OBJ_INTEGRITY = 4, OBJ_TIME_VALUES = 5,
	OBJ_ERROR_SPEC = 6, OBJ_SCOPE = 7, OBJ_STYLE = 8, OBJ_FLOWSPEC = 9,
	OBJ_FILTERSPEC = 10, OBJ_SENDER_TEMPLATE = 11, OBJ_SENDER_TSPEC = 12,
	OBJ_ADSPEC = 13, OBJ_POLICY_DATA = 14, OBJ_CONFIRM = 15, OBJ_LABEL = 16,
	OBJ_LABEL_REQ = 19, OBJ_ERO = 20, OBJ_RRO = 21, OBJ_HELLO = 22,
	OBJ_MESSAGE_ID = 23, OBJ_MESSAGE_ID_ACK = 24, OBJ_MESSAGE_ID_LIST = 25,
	OBJ_RECOVERY_LABEL = 34, OBJ_UPSTREAM_LABEL = 35, OBJ_LABEL_SET = 36,
	OBJ_PROTECTION = 37, OBJ_S2L = 50, OBJ_DETOUR = 63, OBJ_CLASSTYPE = 66,
	OBJ_CLASSTYPE_OLD = 125, OBJ_SUGGESTED_LABEL = 129, OBJ_ACCEPT_LABEL_SET = 130,
	OBJ_RESTART_CAP = 131, OBJ_CAPABILITY = 134, OBJ_NOTIFY_REQ = 195,
	OBJ_ADMIN_STATUS = 196, OBJ_PROPERTIES = 204, OBJ_FASTREROUTE = 205,
	OBJ_SESSION_ATTR = 207, OBJ_GEN_UNI = 229, OBJ_CALL_ID = 230, OBJ_CALL_OPS = 236,
};

static const struct tok obj_names[] = {
	{ OBJ_SESSION, "Session" },
	{ OBJ_HOP, "RSVP Hop" },
	{ OBJ_INTEGRITY, "Integrity" },
	{ OBJ_TIME_VALUES, "Time Values" },
	{ OBJ_ERROR_SPEC, "Error Spec" },
	{ OBJ_SCOPE, "Scope" },
	{ OBJ_STYLE, "Style" },
	{ OBJ_FLOWSPEC, "Flowspec" },
	{ OBJ_FILTERSPEC, "FilterSpec" },
	{ OBJ_SENDER_TEMPLATE, "Sender Template" },
	{ OBJ_SENDER_TSPEC, "Sender TSpec" },
	{ OBJ_ADSPEC, "Adspec" },
	{ OBJ_POLICY_DATA, "Policy Data" },
	{ OBJ_CONFIRM, "Confirm" },
	{ OBJ_LABEL, "Label" },
	{ OBJ_LABEL_REQ, "Label Request" },
	{ OBJ_ERO, "ERO" },
	{ OBJ_RRO, "RRO" },
	{ OBJ_HELLO, "Hello" },
	{ OBJ_MESSAGE_ID, "Message ID" },
	{ OBJ_MESSAGE_ID_ACK, "Message ID Ack" },
	{ OBJ_MESSAGE_ID_LIST, "Message ID List" },
	{ OBJ_RECOVERY_LABEL, "Recovery Label" },
	{ OBJ_UPSTREAM_LABEL, "Upstream Label" },
	{ OBJ_LABEL_SET, "Label Set" },
	{ OBJ_ACCEPT_LABEL_SET, "Acceptable Label Set" },
	{ OBJ_DETOUR, "Detour" },
	{ OBJ_CLASSTYPE, "Class Type" },
	{ OBJ_CLASSTYPE_OLD, "Class Type (old)" },
	{ OBJ_SUGGESTED_LABEL, "Suggested Label" },
	{ OBJ_PROPERTIES, "Properties" },
	{ OBJ_FASTREROUTE, "Fast Re-Route" },
	{ OBJ_SESSION_ATTR, "Session Attribute" },
	{ OBJ_GEN_UNI, "Generalized UNI" },
	{ OBJ_CALL_ID, "Call-ID" },
	{ OBJ_CALL_OPS, "Call Capability" },
	{ OBJ_RESTART_CAP, "Restart Capability" },
	{ OBJ_CAPABILITY, "Capability" },
	{ OBJ_NOTIFY_REQ, "Notify Request" },
	{ OBJ_PROTECTION, "Protection" },
	{ OBJ_ADMIN_STATUS, "Administrative Status" },
	{ OBJ_S2L, "Sub-LSP to LSP" },
	{ 0, NULL }
};

/* the class types, keyed class * 256 + c-type */
#define CT(c, t) ((c) * 256 + (t))
static const struct tok ctype_names[] = {
	{ CT(OBJ_HOP, 1), "IPv4" },
	{ CT(OBJ_HOP, 2), "IPv6" },
	{ CT(OBJ_HOP, 3), "IPv4 plus opt. TLVs" },
	{ CT(OBJ_HOP, 4), "IPv6 plus opt. TLVs" },
	{ CT(OBJ_NOTIFY_REQ, 1), "IPv4" },
	{ CT(OBJ_NOTIFY_REQ, 2), "IPv6" },
	{ CT(OBJ_CONFIRM, 1), "IPv4" },
	{ CT(OBJ_CONFIRM, 2), "IPv6" },
	{ CT(OBJ_TIME_VALUES, 1), "1" },
	{ CT(OBJ_FLOWSPEC, 1), "obsolete" },
	{ CT(OBJ_FLOWSPEC, 2), "IntServ" },
	{ CT(OBJ_SENDER_TSPEC, 2), "IntServ" },
	{ CT(OBJ_ADSPEC, 2), "IntServ" },
	{ CT(OBJ_FILTERSPEC, 1), "IPv4" },
	{ CT(OBJ_FILTERSPEC, 2), "IPv6" },
	{ CT(OBJ_FILTERSPEC, 3), "IPv6 Flow-label" },
	{ CT(OBJ_FILTERSPEC, 7), "Tunnel IPv4" },
	{ CT(OBJ_FILTERSPEC, 12), "IPv4 P2MP LSP Tunnel" },
	{ CT(OBJ_FILTERSPEC, 13), "IPv6 P2MP LSP Tunnel" },
	{ CT(OBJ_SESSION, 1), "IPv4" },
	{ CT(OBJ_SESSION, 2), "IPv6" },
	{ CT(OBJ_SESSION, 7), "Tunnel IPv4" },
	{ CT(OBJ_SESSION, 11), "UNI IPv4" },
	{ CT(OBJ_SESSION, 13), "IPv4 P2MP LSP Tunnel" },
	{ CT(OBJ_SESSION, 14), "IPv6 P2MP LSP Tunnel" },
	{ CT(OBJ_SENDER_TEMPLATE, 1), "IPv4" },
	{ CT(OBJ_SENDER_TEMPLATE, 2), "IPv6" },
	{ CT(OBJ_SENDER_TEMPLATE, 7), "Tunnel IPv4" },
	{ CT(OBJ_SENDER_TEMPLATE, 12), "IPv4 P2MP LSP Tunnel" },
	{ CT(OBJ_SENDER_TEMPLATE, 13), "IPv6 P2MP LSP Tunnel" },
	{ CT(OBJ_MESSAGE_ID, 1), "1" },
	{ CT(OBJ_MESSAGE_ID_ACK, 1), "Message id ack" },
	{ CT(OBJ_MESSAGE_ID_ACK, 2), "Message id nack" },
	{ CT(OBJ_MESSAGE_ID_LIST, 1), "1" },
	{ CT(OBJ_STYLE, 1), "1" },
	{ CT(OBJ_HELLO, 1), "Hello Request" },
	{ CT(OBJ_HELLO, 2), "Hello Ack" },
	{ CT(OBJ_LABEL_REQ, 1), "without label range" },
	{ CT(OBJ_LABEL_REQ, 2), "with ATM label range" },
	{ CT(OBJ_LABEL_REQ, 3), "with FR label range" },
	{ CT(OBJ_LABEL_REQ, 4), "Generalized Label" },
	{ CT(OBJ_LABEL, 1), "Label" },
	{ CT(OBJ_LABEL, 2), "Generalized Label" },
	{ CT(OBJ_LABEL, 3), "Waveband Switching" },
	{ CT(OBJ_SUGGESTED_LABEL, 1), "Label" },
	{ CT(OBJ_SUGGESTED_LABEL, 2), "Generalized Label" },
	{ CT(OBJ_SUGGESTED_LABEL, 3), "Waveband Switching" },
	{ CT(OBJ_UPSTREAM_LABEL, 1), "Label" },
	{ CT(OBJ_UPSTREAM_LABEL, 2), "Generalized Label" },
	{ CT(OBJ_UPSTREAM_LABEL, 3), "Waveband Switching" },
	{ CT(OBJ_RECOVERY_LABEL, 1), "Label" },
	{ CT(OBJ_RECOVERY_LABEL, 2), "Generalized Label" },
	{ CT(OBJ_RECOVERY_LABEL, 3), "Waveband Switching" },
	{ CT(OBJ_ERO, 1), "IPv4" },
	{ CT(OBJ_RRO, 1), "IPv4" },
	{ CT(OBJ_ERROR_SPEC, 1), "IPv4" },
	{ CT(OBJ_ERROR_SPEC, 2), "IPv6" },
	{ CT(OBJ_ERROR_SPEC, 3), "IPv4 plus opt. TLVs" },
	{ CT(OBJ_ERROR_SPEC, 4), "IPv6 plus opt. TLVs" },
	{ CT(OBJ_RESTART_CAP, 1), "IPv4" },
	{ CT(OBJ_CAPABILITY, 1), "1" },
	{ CT(OBJ_SESSION_ATTR, 7), "Tunnel IPv4" },
	{ CT(OBJ_FASTREROUTE, 7), "Tunnel IPv4" },
	{ CT(OBJ_FASTREROUTE, 1), "1" },
	{ CT(OBJ_DETOUR, 7), "Tunnel IPv4" },
	{ CT(OBJ_PROPERTIES, 1), "1" },
	{ CT(OBJ_ADMIN_STATUS, 1), "1" },
	{ CT(OBJ_CLASSTYPE, 1), "1" },
	{ CT(OBJ_CLASSTYPE_OLD, 1), "1" },
	{ CT(OBJ_LABEL_SET, 1), "1" },
	{ CT(OBJ_GEN_UNI, 1), "1" },
	{ CT(OBJ_S2L, 1), "IPv4 sub-LSP" },
	{ CT(OBJ_S2L, 2), "IPv6 sub-LSP" },
	{ 0, NULL }
};

static const struct tok capability_flag_names[] = {
	{ 0x0004, "RecoveryPath Transmit Enabled" },
	{ 0x0002, "RecoveryPath Desired" },
	{ 0x0001, "RecoveryPath Srefresh Capable" },
	{ 0, NULL }
};

/* ERO/RRO subobjects */
enum { XRO_IPV4 = 1, XRO_LABEL = 3 };
static const struct tok xro_names[] = {
	{ 0, "Reserved" },
	{ XRO_IPV4, "IPv4 prefix" },
	{ 2, "IPv6 prefix" },
	{ XRO_LABEL, "Label" },
	{ 32, "Autonomous system number" },
	{ 64, "MPLS label switched path termination" },
	{ 0, NULL }
};

static const struct tok rro_flag_names[] = {
	{ 0x01, "Local protection available" },
	{ 0x02, "Local protection in use" },
	{ 0x04, "Bandwidth protection" },
	{ 0x08, "Node protection" },
	{ 0, NULL }
};

static const struct tok rro_label_flag_names[] = {
	{ 0x01, "Global" },
	{ 0, NULL }
};

static const struct tok session_attr_flag_names[] = {
	{ 0x01, "Local Protection" },
	{ 0x02, "Label Recording" },
	{ 0x04, "SE Style" },
	{ 0x08, "Bandwidth protection" },
	{ 0x10, "Node protection" },
	{ 0, NULL }
};

static const struct tok resv_style_names[] = {
	{ 17, "Wildcard Filter" },
	{ 10, "Fixed Filter" },
	{ 18, "Shared Explicit" },
	{ 0, NULL }
};

/* Generalized UNI subobjects */
enum { UNI_SRC_TNA = 1, UNI_DST_TNA = 2, UNI_DIVERSITY = 3, UNI_EGRESS_LABEL = 4,
       UNI_SERVICE_LEVEL = 5 };
static const struct tok uni_subobj_names[] = {
	{ UNI_SRC_TNA, "Source TNA address" },
	{ UNI_DST_TNA, "Destination TNA address" },
	{ UNI_DIVERSITY, "Diversity" },
	{ UNI_EGRESS_LABEL, "Egress label" },
	{ UNI_SERVICE_LEVEL, "Service level" },
	{ 0, NULL }
};

/* how an object body ends: fine, or the message stops with one of these */
enum obj_res { OBJ_OK, OBJ_HEXDUMP, OBJ_TOOSHORT, OBJ_SUB_TOOSHORT, OBJ_INVALID };

static const char *addr_string(struct dx *dx, const uint8_t *p, unsigned alen)
{
	return alen == 4 ? GET_IPADDR_STRING(dx, p) : GET_IP6ADDR_STRING(dx, p);
}

static enum obj_res session_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned ct,
				  const char *ind)
{
	/* IPv6 c-types carry 16-byte addresses where IPv4 ones have 4 */
	unsigned alen = (ct == 2 || ct == 8) ? 16 : 4;

	switch (ct) {
	case 1:
	case 2:
		if (len < alen + 4)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  IPv%u DestAddress: %s, Protocol ID: 0x%02x", ind,
			  alen == 4 ? 4 : 6, addr_string(dx, p, alen), GET_U8(dx, p + alen));
		dx_printf(dx, "%s  Flags: [0x%02x], DestPort %u", ind, GET_U8(dx, p + alen + 1),
			  GET_BE16(dx, p + alen + 2));
		return OBJ_OK;
	case 7:
	case 8:
	case 11:
		if (len < 2 * alen + 4)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  IPv%u Tunnel EndPoint: %s, Tunnel ID: 0x%04x, Extended Tunnel ID: %s",
			  ind, alen == 4 ? 4 : 6, addr_string(dx, p, alen),
			  GET_BE16(dx, p + alen + 2), addr_string(dx, p + alen + 4, alen));
		return OBJ_OK;
	case 13:
	case 14:
		if (len < (ct == 13 ? 12u : 26u))
			return OBJ_TOOSHORT;
		if (ct == 13)
			dx_printf(dx, "%s  IPv4 P2MP LSP ID: %s", ind, GET_IPADDR_STRING(dx, p));
		else
			dx_printf(dx, "%s  IPv6 P2MP LSP ID: 0x%08x", ind, GET_BE32(dx, p));
		dx_printf(dx, ", Tunnel ID: 0x%04x, Extended Tunnel ID: %s", GET_BE16(dx, p + 6),
			  addr_string(dx, p + 8, ct == 13 ? 4 : 16));
		return OBJ_OK;
	}
	return OBJ_HEXDUMP;
}

/* ERO / RRO, IPv4 c-type: a run of subobjects */
static enum obj_res xro_print(struct dx *dx, const uint8_t *p, unsigned len, const char *ind)
{
	while (len >= 4) {
		unsigned type, sublen;

		DX_TCHECK(dx, p, 4);
		type = GET_U8(dx, p) & 0x7f;
		sublen = GET_U8(dx, p + 1);
		dx_printf(dx, "%s  Subobject Type: %s, length %u", ind,
			  tok2str(dx, xro_names, "Unknown %u", type), sublen);
		if (len < sublen) {
			dx_printf(dx, "%s  ERROR: ERO subobject length > object length", ind);
			break;
		}
		if (sublen == 0) {
			dx_printf(dx, "%s  ERROR: zero length ERO subtype", ind);
			break;
		}
		if (type == XRO_IPV4 || type == XRO_LABEL) {
			if (sublen != 8) {
				dx_puts(dx, " ERROR: length != 8");
				return OBJ_INVALID;
			}
			DX_TCHECK(dx, p, 8);
		}
		if (type == XRO_IPV4) {
			unsigned plen = p[6];

			if (plen != 32) {
				dx_printf(dx, " ERROR: Prefix length %u != 32", plen);
				return OBJ_INVALID;
			}
			dx_printf(dx, ", %s, %s/%u, Flags: [%s]", (p[0] & 0x80) ? "Loose" : "Strict",
				  GET_IPADDR_STRING(dx, p + 2), plen,
				  bittok2str(dx, rro_flag_names, "none", p[7]));
			DX_FIELD(dx, p, 8, "Subobject: IPv4 prefix %s/%u",
				 GET_IPADDR_STRING(dx, p + 2), plen);
		} else if (type == XRO_LABEL) {
			dx_printf(dx, ", Flags: [%s] (%#x), Class-Type: %s (%u), %u",
				  bittok2str(dx, rro_label_flag_names, "none", p[2]), p[2],
				  tok2str(dx, ctype_names, "Unknown", CT(OBJ_RRO, p[3])), p[3],
				  GET_BE32(dx, p + 4));
			DX_FIELD(dx, p, 8, "Subobject: Label %u", GET_BE32(dx, p + 4));
		}
		len -= sublen;
		p += sublen;
	}
	return OBJ_OK;
}

/*
 * Generalized UNI: a run of subobjects. As tcpdump 4.99.3 does, the
 * remaining length grows by each subobject instead of shrinking; only the
 * running total bounds the walk.
 */
static enum obj_res gen_uni_print(struct dx *dx, const uint8_t *p, unsigned len, const char *ind,
				  int *hexdump)
{
	unsigned total = len;

	if (len < 4)
		return OBJ_TOOSHORT;
	while (total > 0) {
		unsigned sublen, type, af;

		if (total < 4)
			return OBJ_INVALID;
		sublen = GET_BE16(dx, p);
		type = GET_U8(dx, p + 2);
		af = GET_U8(dx, p + 3);
		dx_printf(dx, "%s  Subobject Type: %s (%u), AF: %s (%u), length: %u", ind,
			  tok2str(dx, uni_subobj_names, "Unknown", type), type,
			  tok2str(dx, dx_af_values, "Unknown", af), af, sublen);
		if (sublen < 4 || sublen > total || len < sublen)
			return OBJ_INVALID;
		DX_FIELD(dx, p, sublen, "Subobject: %s (%u), length %u",
			 tok2str(dx, uni_subobj_names, "Unknown", type), type, sublen);
		switch (type) {
		case UNI_SRC_TNA:
		case UNI_DST_TNA:
			if (af == 1) {
				if (sublen < 8)
					return OBJ_SUB_TOOSHORT;
				dx_printf(dx, "%s    UNI IPv4 TNA address: %s", ind,
					  GET_IPADDR_STRING(dx, p + 4));
			} else if (af == 2) {
				if (sublen < 20)
					return OBJ_SUB_TOOSHORT;
				dx_printf(dx, "%s    UNI IPv6 TNA address: %s", ind,
					  GET_IP6ADDR_STRING(dx, p + 4));
			} else if (af == 3) {
				*hexdump = 1;
			}
			break;
		case UNI_DIVERSITY:
			if (sublen > 4)
				*hexdump = 1;
			break;
		case UNI_EGRESS_LABEL:
			if (sublen < 16)
				return OBJ_SUB_TOOSHORT;
			dx_printf(dx, "%s    U-bit: %x, Label type: %u, Logical port id: %u, Label: %u",
				  ind, GET_BE32(dx, p + 4) >> 31, GET_BE32(dx, p + 4) & 0xff,
				  GET_BE32(dx, p + 8), GET_BE32(dx, p + 12));
			break;
		case UNI_SERVICE_LEVEL:
			if (sublen < 8)
				return OBJ_SUB_TOOSHORT;
			dx_printf(dx, "%s    Service level: %u", ind, GET_BE32(dx, p + 4) >> 24);
			break;
		default:
			*hexdump = 1;
			break;
		}
		total -= sublen;
		p += sublen;
		len += sublen;
	}
	return OBJ_OK;
}

/* Fast Re-Route: c-type 1 (RFC 4090, 20 bytes) or the older 7 (16 bytes) */
static enum obj_res frr_print(struct dx *dx, const uint8_t *p, unsigned len, unsigned ct,
			      const char *ind)
{
	union {
		uint32_t u;
		float f;
	} bw;
	float mbps;

	if (ct != 1 && ct != 7)
		return OBJ_HEXDUMP;
	if (len < (ct == 1 ? 20u : 16u))
		return OBJ_TOOSHORT;
	bw.u = GET_BE32(dx, p + 4);
	mbps = bw.f * 8 / 1000000;
	dx_printf(dx, "%s  Setup Priority: %u, Holding Priority: %u, Hop-limit: %u, Bandwidth: %.10g Mbps",
		  ind, p[0], p[1], p[2], (double)mbps);
	if (ct == 1)
		dx_printf(dx, "%s  Include-any: 0x%08x, Exclude-any: 0x%08x, Include-all: 0x%08x",
			  ind, GET_BE32(dx, p + 8), GET_BE32(dx, p + 12), GET_BE32(dx, p + 16));
	else
		dx_printf(dx, "%s  Include Colors: 0x%08x, Exclude Colors: 0x%08x", ind,
			  GET_BE32(dx, p + 8), GET_BE32(dx, p + 12));
	return OBJ_OK;
}

static enum obj_res obj_body_print(struct dx *dx, unsigned cls, unsigned ct, const uint8_t *p,
				   unsigned len, const char *ind, int *hexdump)
{
	unsigned v, i, namelen;

	switch (cls) {
	case OBJ_SESSION:
		return session_print(dx, p, len, ct, ind);
	case OBJ_HOP:
		if (ct == 1 || ct == 3) {
			if (len < 8)
				return OBJ_TOOSHORT;
			dx_printf(dx, "%s  Previous/Next Interface: %s, Logical Interface Handle: 0x%08x",
				  ind, GET_IPADDR_STRING(dx, p), GET_BE32(dx, p + 4));
			return len > 8 ? OBJ_HEXDUMP : OBJ_OK;
		}
		if (ct == 2 || ct == 4) {
			if (len < 20)
				return OBJ_TOOSHORT;
			dx_printf(dx, "%s  Previous/Next Interface: %s, Logical Interface Handle: 0x%08x",
				  ind, GET_IP6ADDR_STRING(dx, p), GET_BE32(dx, p + 16));
		}
		return OBJ_HEXDUMP;
	case OBJ_TIME_VALUES:
		if (ct != 1)
			return OBJ_HEXDUMP;
		if (len < 4)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  Refresh Period: %ums", ind, GET_BE32(dx, p));
		return OBJ_OK;
	case OBJ_ERO:
	case OBJ_RRO:
		if (ct != 1)
			return OBJ_HEXDUMP;
		return xro_print(dx, p, len, ind);
	case OBJ_HELLO:
		if (ct != 1 && ct != 2)
			return OBJ_HEXDUMP;
		if (len < 8)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  Source Instance: 0x%08x, Destination Instance: 0x%08x", ind,
			  GET_BE32(dx, p), GET_BE32(dx, p + 4));
		return OBJ_OK;
	case OBJ_RESTART_CAP:
		if (ct != 1)
			return OBJ_HEXDUMP;
		if (len < 8)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  Restart  Time: %ums, Recovery Time: %ums", ind,
			  GET_BE32(dx, p), GET_BE32(dx, p + 4));
		return OBJ_OK;
	case OBJ_CAPABILITY:
		if (ct != 1)
			return OBJ_HEXDUMP;
		if (len < 4)
			return OBJ_TOOSHORT;
		v = GET_BE32(dx, p);
		if (v & ~7u)
			dx_printf(dx, "%s  [reserved=0x%08x must be zero]", ind, v & ~7u);
		dx_printf(dx, "%s  Flags: [%s]", ind,
			  bittok2str(dx, capability_flag_names, "none", v & 7u));
		return OBJ_OK;
	case OBJ_SESSION_ATTR:
		if (ct != 7)
			return OBJ_HEXDUMP;
		if (len < 4)
			return OBJ_TOOSHORT;
		namelen = GET_U8(dx, p + 3);
		if (len < 4 + namelen)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  Session Name: ", ind);
		for (i = 0; i < namelen; i++)
			dx_print_char(dx, GET_U8(dx, p + 4 + i));
		dx_printf(dx, "%s  Setup Priority: %u, Holding Priority: %u, Flags: [%s] (%#x)", ind,
			  p[0], p[1], bittok2str(dx, session_attr_flag_names, "none", p[2]), p[2]);
		return OBJ_OK;
	case OBJ_GEN_UNI:
		if (ct != 1)
			return OBJ_HEXDUMP;
		return gen_uni_print(dx, p, len, ind, hexdump);
	case OBJ_FASTREROUTE:
		return frr_print(dx, p, len, ct, ind);
	case OBJ_STYLE:
		if (ct != 1)
			return OBJ_HEXDUMP;
		if (len < 4)
			return OBJ_TOOSHORT;
		v = GET_BE32(dx, p);
		dx_printf(dx, "%s  Reservation Style: %s, Flags: [0x%02x]", ind,
			  tok2str(dx, resv_style_names, "Unknown", v & 0xffffffu), v >> 24);
		return OBJ_OK;
	case OBJ_CLASSTYPE:
	case OBJ_CLASSTYPE_OLD:
		if (ct != 1)
			return OBJ_HEXDUMP;
		if (len < 4)
			return OBJ_TOOSHORT;
		dx_printf(dx, "%s  CT: %u", ind, GET_BE32(dx, p) & 7u);
		return OBJ_OK;
	}
	/* not decoded: tcpdump dumps the body at -v */
	if (dx->opts->verbose <= 1)
		ip_print_unknown_data(dx, p, "\n\t    ", len);
	return OBJ_OK;
}

/* the objects of one message; 0 when the message stops early */
static int rsvp_objs_print(struct dx *dx, const uint8_t *p, unsigned len, const char *ind)
{
	while (len >= RSVP_OBJ_HDR_LEN) {
		unsigned olen, cls, ct;
		int hexdump = 0;
		enum obj_res res;

		DX_TCHECK(dx, p, RSVP_OBJ_HDR_LEN);
		olen = GET_BE16(dx, p);
		ct = p[3];
		if (olen % 4) {
			dx_printf(dx, "%sERROR: object header size %u not a multiple of 4", ind, olen);
			return 0;
		}
		if (olen < RSVP_OBJ_HDR_LEN) {
			dx_printf(dx, "%sERROR: object header too short %u < %u", ind, olen,
				  RSVP_OBJ_HDR_LEN);
			return 0;
		}
		cls = p[2];
		dx_printf(dx, "%s%s Object (%u) Flags: [%s if unknown], Class-Type: %s (%u), length: %u",
			  ind, tok2str(dx, obj_names, "Unknown", cls), cls,
			  (cls & 0x80) ? ((cls & 0x40) ? "ignore and forward" : "ignore silently")
				       : "reject",
			  tok2str(dx, ctype_names, "Unknown", CT(cls, ct)), ct, olen);
		if (len < olen) {
			dx_printf(dx, "%sERROR: object goes past end of objects TLV", ind);
			return 0;
		}
		DX_TCHECK(dx, p, olen);
		DX_SUBTREE(dx, p, olen, "%s Object (%u), Class-Type %u, length %u",
			   tok2str(dx, obj_names, "Unknown", cls), cls, ct, olen);
		DX_FIELD(dx, p, 2, "Length: %u", olen);
		DX_FIELD(dx, p + 2, 1, "Class: %u", cls);
		DX_FIELD(dx, p + 3, 1, "C-Type: %u", ct);
		res = obj_body_print(dx, cls, ct, p + RSVP_OBJ_HDR_LEN, olen - RSVP_OBJ_HDR_LEN, ind,
				     &hexdump);
		DX_LAYER_END(dx);
		switch (res) {
		case OBJ_TOOSHORT:
			dx_printf(dx, "%sERROR: object is too short", ind);
			return 0;
		case OBJ_SUB_TOOSHORT:
			dx_printf(dx, "%sERROR: sub-object is too short", ind);
			return 0;
		case OBJ_INVALID:
			dx_print_invalid(dx);
			return 0;
		case OBJ_HEXDUMP:
			hexdump = 1;
			break;
		case OBJ_OK:
			break;
		}
		if (dx->opts->verbose > 1 || hexdump)
			ip_print_unknown_data(dx, p + RSVP_OBJ_HDR_LEN, "\n\t    ",
					      olen - RSVP_OBJ_HDR_LEN);
		p += olen;
		len -= olen;
	}
	return 1;
}

/* a common header at -v; returns its length field, or 0 when it is bad */
static unsigned rsvp_hdr_print(struct dx *dx, const uint8_t *p, const char *ind)
{
	unsigned vf, type, mlen;

	DX_TCHECK(dx, p, RSVP_HDR_LEN);
	vf = p[0];
	if (vf >> 4 != 1) {
		dx_printf(dx, "ERROR: RSVP version %u packet not supported", vf >> 4);
		return 0;
	}
	type = p[1];
	mlen = GET_BE16(dx, p + 6);
	dx_printf(dx, "%sRSVPv%u %s Message (%u), Flags: [%s], length: %u, ttl: %u, checksum: 0x%04x",
		  ind, vf >> 4, tok2str(dx, msg_names, "unknown, type: %u", type), type,
		  bittok2str(dx, hdr_flag_names, "none", vf & 0x0f), mlen, p[4],
		  GET_BE16(dx, p + 2));
	DX_FIELD(dx, p, 1, "Version: %u, Flags: 0x%x", vf >> 4, vf & 0x0f);
	DX_FIELD(dx, p + 1, 1, "Message type: %s (%u)", tok2str(dx, msg_names, "Unknown", type),
		 type);
	DX_FIELD(dx, p + 2, 2, "Checksum: 0x%04x", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 1, "Send TTL: %u", p[4]);
	DX_FIELD(dx, p + 6, 2, "Length: %u", mlen);
	if (mlen < RSVP_HDR_LEN) {
		dx_printf(dx, "ERROR: common header too short %u < %u", mlen, RSVP_HDR_LEN);
		return 0;
	}
	return mlen;
}

static void rsvp_bundle_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	while (len > 0) {
		unsigned sublen = rsvp_hdr_print(dx, p, "\n\t  ");

		if (!sublen)
			return;
		if (len < sublen) {
			dx_printf(dx, "ERROR: common header too large %u > %u", sublen, len);
			return;
		}
		if (!rsvp_objs_print(dx, p + RSVP_HDR_LEN, sublen - RSVP_HDR_LEN, "\n\t    "))
			return;
		p += sublen;
		len -= sublen;
	}
}

void rsvp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned vf, type, mlen;

	dx_proto(dx, "rsvp");
	DX_TCHECK(dx, bp, RSVP_HDR_LEN);
	vf = bp[0];
	type = bp[1];
	DX_LAYER(dx, bp, len, "Resource ReSerVation Protocol (RSVP), %s Message",
		 tok2str(dx, msg_names, "Unknown", type));
	if (vf >> 4 == 1 && !dx->opts->verbose) {
		dx_printf(dx, "RSVPv%u %s Message, length: %u", vf >> 4,
			  tok2str(dx, msg_names, "unknown (%u)", type), len);
		DX_LAYER_END(dx);
		return;
	}
	mlen = rsvp_hdr_print(dx, bp, "\n\t");
	if (mlen) {
		/* tcpdump keeps the walk length in 16 bits */
		mlen = (mlen - RSVP_HDR_LEN) & 0xffff;
		switch (type) {
		case MSG_BUNDLE:
			rsvp_bundle_print(dx, bp + RSVP_HDR_LEN, mlen);
			break;
		case MSG_PATH: case MSG_RESV: case MSG_PATHERR: case MSG_RESVERR:
		case MSG_PATHTEAR: case MSG_RESVTEAR: case MSG_RESVCONF: case MSG_HELLO_OLD:
		case MSG_HELLO: case MSG_ACK: case MSG_SREFRESH:
			rsvp_objs_print(dx, bp + RSVP_HDR_LEN, mlen, "\n\t  ");
			break;
		default:
			ip_print_unknown_data(dx, bp + RSVP_HDR_LEN, "\n\t    ", mlen);
			break;
		}
	}
	DX_LAYER_END(dx);
}
