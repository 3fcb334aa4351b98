// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RADIUS (UDP ports 1645, 1646, 1700, 1812, 1813, 3799). Text as
 * tcpdump 4.99.3 print-radius.c.
 *
 * RFC 2865 (access), RFC 2866 (accounting), RFC 2868 (tunnel attributes),
 * RFC 3162 (IPv6), RFC 4675 (VLANs), RFC 5176 (dynamic authorization),
 * RFC 5447 (MIPv6), RFC 5580 (location).
 *
 * Header (20 bytes): code (1), identifier (1), length (2, header
 * included), authenticator (16); then attributes: type (1), length (2 +
 * value length) (1), value. The first line only without -v; -vv adds a
 * hex dump of each attribute's value.
 */
#include <string.h>
#include <time.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define RADIUS_HDRLEN 20u

static const struct tok radius_codes[] = {
	{ 1, "Access-Request" },
	{ 2, "Access-Accept" },
	{ 3, "Access-Reject" },
	{ 4, "Accounting-Request" },
	{ 5, "Accounting-Response" },
	{ 11, "Access-Challenge" },
	{ 12, "Status-Server" },
	{ 13, "Status-Client" },
	{ 40, "Disconnect-Request" },
	{ 41, "Disconnect-ACK" },
	{ 42, "Disconnect-NAK" },
	{ 43, "CoA-Request" },
	{ 44, "CoA-ACK" },
	{ 45, "CoA-NAK" },
	{ 255, "Reserved" },
	{ 0, NULL }
};

/* attribute types with special handling */
enum {
	RA_FRAMED_IP = 8,
	RA_LOGIN_IP_HOST = 14,
	RA_FRAMED_IPX = 23,
	RA_SESSION_TIMEOUT = 27,
	RA_IDLE_TIMEOUT = 28,
	RA_ATALK_LINK = 37,
	RA_ATALK_NETWORK = 38,
	RA_ACCT_DELAY = 41,
	RA_ACCT_SESSION_TIME = 46,
	RA_EGRESS_VLANID = 56,
	RA_EGRESS_VLAN_NAME = 58,
	RA_TUNNEL_TYPE = 64,
	RA_TUNNEL_MEDIUM = 65,
	RA_TUNNEL_CLIENT_END = 66,
	RA_TUNNEL_SERVER_END = 67,
	RA_TUNNEL_PASSWORD = 69,
	RA_ARAP_PASSWORD = 70,
	RA_ARAP_FEATURES = 71,
	RA_EAP_MESSAGE = 79,
	RA_TUNNEL_PRIV_GROUP = 81,
	RA_TUNNEL_ASSIGN_ID = 82,
	RA_TUNNEL_PREFERENCE = 83,
	RA_ARAP_CHALLENGE = 84,
	RA_ACCT_INTERIM = 85,
	RA_TUNNEL_CLIENT_AUTH = 90,
	RA_TUNNEL_SERVER_AUTH = 91,
	RA_ERROR_CAUSE = 101,
};

/* IANA enumerations of the numeric attributes */
static const char *const v_service[] = {
	NULL, "Login", "Framed", "Callback Login", "Callback Framed", "Outbound",
	"Administrative", "NAS Prompt", "Authenticate Only", "Callback NAS Prompt",
	"Call Check", "Callback Administrative", "Voice", "Fax", "Modem Relay",
	"IAPP-Register", "IAPP-AP-Check", "Authorize Only", "Framed-Management",
	"Additional-Authorization",
};
static const char *const v_framed_proto[] = {
	NULL, "PPP", "SLIP", "ARAP", "Gandalf proprietary", "Xylogics IPX/SLIP",
	"X.75 Synchronous", "GPRS PDP Context",
};
static const char *const v_routing[] = { "None", "Send", "Listen", "Send&Listen" };
static const char *const v_compression[] = { "None", "VJ TCP/IP", "IPX", "Stac-LZS" };
static const char *const v_login_service[] = {
	"Telnet", "Rlogin", "TCP Clear", "PortMaster(proprietary)", "LAT", "X.25-PAD",
	"X.25-T3POS", "Unassigned", "TCP Clear Quiet",
};
static const char *const v_term_action[] = { "Default", "RADIUS-Request" };
static const char *const v_ingress[] = { NULL, "Enabled", "Disabled" };
static const char *const v_nas_port_type[] = {
	"Async", "Sync", "ISDN Sync", "ISDN Async V.120", "ISDN Async V.110", "Virtual",
	"PIAFS", "HDLC Clear Channel", "X.25", "X.75", "G.3 Fax", "SDSL", "ADSL-CAP",
	"ADSL-DMT", "ISDN-DSL", "Ethernet", "xDSL", "Cable", "Wireless - Other",
	"Wireless - IEEE 802.11", "Token-Ring", "FDDI", "Wireless - CDMA200",
	"Wireless - UMTS", "Wireless - 1X-EV", "IAPP", "FTTP", "Wireless - IEEE 802.16",
	"Wireless - IEEE 802.20", "Wireless - IEEE 802.22", "PPPoA", "PPPoEoA", "PPPoEoE",
	"PPPoEoVLAN", "PPPoEoQinQ", "xPON", "Wireless - XGP",
	"WiMAX Pre-Release 8 IWK Function", "WIMAX-WIFI-IWK", "WIMAX-SFF", "WIMAX-HA-LMA",
	"WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS",
};
static const char *const v_acct_status[] = {
	NULL, "Start", "Stop", "Interim-Update", "Unassigned", "Unassigned", "Unassigned",
	"Accounting-On", "Accounting-Off", "Tunnel-Start", "Tunnel-Stop", "Tunnel-Reject",
	"Tunnel-Link-Start", "Tunnel-Link-Stop", "Tunnel-Link-Reject", "Failed",
};
static const char *const v_acct_auth[] = { NULL, "RADIUS", "Local", "Remote", "Diameter" };
static const char *const v_acct_term[] = {
	NULL, "User Request", "Lost Carrier", "Lost Service", "Idle Timeout",
	"Session Timeout", "Admin Reset", "Admin Reboot", "Port Error", "NAS Error",
	"NAS Request", "NAS Reboot", "Port Unneeded", "Port Preempted", "Port Suspended",
	"Service Unavailable", "Callback", "User Error", "Host Request",
	"Supplicant Restart", "Reauthentication Failure", "Port Reinitialized",
	"Port Administratively Disabled", "Lost Power",
};
static const char *const v_tunnel_type[] = {
	NULL, "PPTP", "L2F", "L2TP", "ATMP", "VTP", "AH", "IP-IP", "MIN-IP-IP", "ESP", "GRE",
	"DVS", "IP-in-IP Tunneling", "VLAN",
};
static const char *const v_tunnel_medium[] = {
	NULL, "IPv4", "IPv6", "NSAP", "HDLC", "BBN 1822", "802", "E.163", "E.164", "F.69",
	"X.121", "IPX", "Appletalk", "Decnet IV", "Banyan Vines",
	"E.164 with NSAP subaddress",
};
static const char *const v_arap_zone[] = {
	NULL, "Only access to dfl zone", "Use zone filter inc.", "Not used",
	"Use zone filter exc.",
};
static const char *const v_prompt[] = { "No Echo", "Echo" };

static const struct tok error_causes[] = {
	{ 201, "Residual Session Context Removed" },
	{ 202, "Invalid EAP Packet (Ignored)" },
	{ 401, "Unsupported Attribute" },
	{ 402, "Missing Attribute" },
	{ 403, "NAS Identification Mismatch" },
	{ 404, "Invalid Request" },
	{ 405, "Unsupported Service" },
	{ 406, "Unsupported Extension" },
	{ 407, "Invalid Attribute Value" },
	{ 501, "Administratively Prohibited" },
	{ 502, "Request Not Routable (Proxy)" },
	{ 503, "Session Context Not Found" },
	{ 504, "Session Context Not Removable" },
	{ 505, "Other Proxy Processing Error" },
	{ 506, "Resources Unavailable" },
	{ 507, "Request Initiated" },
	{ 508, "Multiple Session Selection Unsupported" },
	{ 509, "Location Info Required" },
	{ 0, NULL }
};

static const struct tok vlan_tags[] = {
	{ 0x31, "Tagged" },
	{ 0x32, "Untagged" },
	{ 0, NULL }
};

static const struct tok operator_namespaces[] = {
	{ 0x30, "TADIG" },
	{ 0x31, "REALM" },
	{ 0x32, "E212" },
	{ 0x33, "ICC" },
	{ 0, NULL }
};

static const struct tok location_codes[] = {
	{ 0, "Civic" },
	{ 1, "Geospatial" },
	{ 0, NULL }
};

static const struct tok location_entities[] = {
	{ 0, "User" },
	{ 1, "RADIUS" },
	{ 0, NULL }
};

static const struct tok blpr_flags[] = {
	{ 0x0001, "MBZ-15" }, { 0x0002, "MBZ-14" }, { 0x0004, "MBZ-13" }, { 0x0008, "MBZ-12" },
	{ 0x0010, "MBZ-11" }, { 0x0020, "MBZ-10" }, { 0x0040, "MBZ-9" }, { 0x0080, "MBZ-8" },
	{ 0x0100, "MBZ-7" }, { 0x0200, "MBZ-6" }, { 0x0400, "MBZ-5" }, { 0x0800, "MBZ-4" },
	{ 0x1000, "MBZ-3" }, { 0x2000, "MBZ-2" }, { 0x4000, "MBZ-1" },
	{ 0x8000, "Retransmission Allowed" },
	{ 0, NULL }
};

/* MIP6-Feature-Vector bits (RFC 5447 and later) */
static const struct {
	uint64_t bit;
	const char *name;
} mip6_features[] = {
	{ 0x0000000000000001ULL, "MIP6_INTEGRATED" },
	{ 0x0000000000000002ULL, "LOCAL_HOME_AGENT_ASSIGNMENT" },
	{ 0x0000010000000000ULL, "PMIP6_SUPPORTED" },
	{ 0x0000020000000000ULL, "IP4_HOA_SUPPORTED" },
	{ 0x0000040000000000ULL, "LOCAL_MAG_ROUTING_SUPPORTED" },
	{ 0x0000080000000000ULL, "ASSIGN_LOCAL_IP" },
	{ 0x0000100000000000ULL, "MIP4_SUPPORTED" },
	{ 0x0000200000000000ULL, "OPTIMIZED_IDLE_MODE_MOBILITY" },
	{ 0x0000400000000000ULL, "GTPv2_SUPPORTED" },
	{ 0x0000800000000000ULL, "IP4_TRANSPORT_SUPPORTED" },
	{ 0x0001000000000000ULL, "IP4_HOA_ONLY_SUPPORTED" },
	{ 0x0002000000000000ULL, "INTER_MAG_ROUTING_SUPPORTED" },
};

/* how an attribute's value prints */
enum rval {
	RV_NONE,	/* nothing (a hex dump at -vv) */
	RV_STRING,
	RV_NUM,
	RV_VENDOR,
	RV_ADDR,
	RV_ADDR6,
	RV_PREFIX6,
	RV_HOME_PREFIX,
	RV_OPERATOR,
	RV_LOCINFO,
	RV_LOCDATA,
	RV_BLPR,
	RV_TIME,
	RV_VECTOR64,
	RV_STRANGE,
};

struct rattr {
	const char *name;
	uint8_t how;
	uint8_t first;		/* first valid index of values */
	uint8_t nvalues;	/* entries of values */
	const char *const *values;
};

#define RV(n, h) { n, h, 0, 0, NULL }
#define RE(n, tab, f) { n, RV_NUM, f, sizeof(tab) / sizeof(tab[0]), tab }

static const struct rattr rattrs[] = {
	RV(NULL, RV_NONE),
	RV("User-Name", RV_STRING),
	RV("User-Password", RV_NONE),
	RV("CHAP-Password", RV_NONE),
	RV("NAS-IP-Address", RV_ADDR),
	RV("NAS-Port", RV_NUM),
	RE("Service-Type", v_service, 1),
	RE("Framed-Protocol", v_framed_proto, 1),
	RV("Framed-IP-Address", RV_ADDR),
	RV("Framed-IP-Netmask", RV_ADDR),
	RE("Framed-Routing", v_routing, 0),		/* 10 */
	RV("Filter-Id", RV_STRING),
	RV("Framed-MTU", RV_NUM),
	RE("Framed-Compression", v_compression, 0),
	RV("Login-IP-Host", RV_ADDR),
	RE("Login-Service", v_login_service, 0),
	RV("Login-TCP-Port", RV_NUM),
	RV("Unassigned", RV_NONE),
	RV("Reply-Message", RV_STRING),
	RV("Callback-Number", RV_STRING),
	RV("Callback-Id", RV_STRING),			/* 20 */
	RV("Unassigned", RV_NONE),
	RV("Framed-Route", RV_STRING),
	RV("Framed-IPX-Network", RV_NUM),
	RV("State", RV_STRING),
	RV("Class", RV_STRING),
	RV("Vendor-Specific", RV_VENDOR),
	RV("Session-Timeout", RV_NUM),
	RV("Idle-Timeout", RV_NUM),
	RE("Termination-Action", v_term_action, 0),
	RV("Called-Station-Id", RV_STRING),		/* 30 */
	RV("Calling-Station-Id", RV_STRING),
	RV("NAS-Identifier", RV_STRING),
	RV("Proxy-State", RV_STRING),
	RV("Login-LAT-Service", RV_STRING),
	RV("Login-LAT-Node", RV_STRING),
	RV("Login-LAT-Group", RV_STRING),
	RV("Framed-AppleTalk-Link", RV_NUM),
	RV("Framed-AppleTalk-Network", RV_NUM),
	RV("Framed-AppleTalk-Zone", RV_STRING),
	RE("Acct-Status-Type", v_acct_status, 1),	/* 40 */
	RV("Acct-Delay-Time", RV_NUM),
	RV("Acct-Input-Octets", RV_NUM),
	RV("Acct-Output-Octets", RV_NUM),
	RV("Acct-Session-Id", RV_STRING),
	RE("Acct-Authentic", v_acct_auth, 1),
	RV("Acct-Session-Time", RV_NUM),
	RV("Acct-Input-Packets", RV_NUM),
	RV("Acct-Output-Packets", RV_NUM),
	RE("Acct-Terminate-Cause", v_acct_term, 1),
	RV("Acct-Multi-Session-Id", RV_STRING),	/* 50 */
	RV("Acct-Link-Count", RV_NUM),
	RV("Acct-Input-Gigawords", RV_NUM),
	RV("Acct-Output-Gigawords", RV_NUM),
	RV("Unassigned", RV_NONE),
	RV("Event-Timestamp", RV_TIME),
	RV("Egress-VLANID", RV_NUM),
	RE("Ingress-Filters", v_ingress, 1),
	RV("Egress-VLAN-Name", RV_STRING),
	RV("User-Priority-Table", RV_NONE),
	RV("CHAP-Challenge", RV_STRING),		/* 60 */
	RE("NAS-Port-Type", v_nas_port_type, 0),
	RV("Port-Limit", RV_NUM),
	RV("Login-LAT-Port", RV_STRING),
	RE("Tunnel-Type", v_tunnel_type, 1),
	RE("Tunnel-Medium-Type", v_tunnel_medium, 1),
	RV("Tunnel-Client-Endpoint", RV_STRING),
	RV("Tunnel-Server-Endpoint", RV_STRING),
	RV("Acct-Tunnel-Connection", RV_STRING),
	RV("Tunnel-Password", RV_STRING),
	RV("ARAP-Password", RV_STRANGE),		/* 70 */
	RV("ARAP-Features", RV_STRANGE),
	RE("ARAP-Zone-Access", v_arap_zone, 1),
	RV("ARAP-Security", RV_STRING),
	RV("ARAP-Security-Data", RV_STRING),
	RV("Password-Retry", RV_NUM),
	RE("Prompt", v_prompt, 0),
	RV("Connect-Info", RV_STRING),
	RV("Configuration-Token", RV_STRING),
	RV("EAP-Message", RV_STRING),
	RV("Message-Authenticator", RV_STRING),	/* 80 */
	RV("Tunnel-Private-Group-ID", RV_STRING),
	RV("Tunnel-Assignment-ID", RV_STRING),
	RV("Tunnel-Preference", RV_NUM),
	RV("ARAP-Challenge-Response", RV_STRANGE),
	RV("Acct-Interim-Interval", RV_NUM),
	RV("Acct-Tunnel-Packets-Lost", RV_NUM),
	RV("NAS-Port-Id", RV_STRING),
	RV("Framed-Pool", RV_STRING),
	RV("CUI", RV_STRING),
	RV("Tunnel-Client-Auth-ID", RV_STRING),	/* 90 */
	RV("Tunnel-Server-Auth-ID", RV_STRING),
	RV("NAS-Filter-Rule", RV_STRING),
	RV("Unassigned", RV_NONE),
	RV("Originating-Line-Info", RV_NONE),
	RV("NAS-IPv6-Address", RV_ADDR6),
	RV("Framed-Interface-ID", RV_NONE),
	RV("Framed-IPv6-Prefix", RV_PREFIX6),
	RV("Login-IPv6-Host", RV_ADDR6),
	RV("Framed-IPv6-Route", RV_STRING),
	RV("Framed-IPv6-Pool", RV_STRING),		/* 100 */
	RV("Error-Cause", RV_STRANGE),
	RV("EAP-Key-Name", RV_NONE),
	RV("Digest-Response", RV_STRING),
	RV("Digest-Realm", RV_STRING),
	RV("Digest-Nonce", RV_STRING),
	RV("Digest-Response-Auth", RV_STRING),
	RV("Digest-Nextnonce", RV_STRING),
	RV("Digest-Method", RV_STRING),
	RV("Digest-URI", RV_STRING),
	RV("Digest-Qop", RV_STRING),			/* 110 */
	RV("Digest-Algorithm", RV_STRING),
	RV("Digest-Entity-Body-Hash", RV_STRING),
	RV("Digest-CNonce", RV_STRING),
	RV("Digest-Nonce-Count", RV_STRING),
	RV("Digest-Username", RV_STRING),
	RV("Digest-Opaque", RV_STRING),
	RV("Digest-Auth-Param", RV_STRING),
	RV("Digest-AKA-Auts", RV_STRING),
	RV("Digest-Domain", RV_STRING),
	RV("Digest-Stale", RV_STRING),			/* 120 */
	RV("Digest-HA1", RV_STRING),
	RV("SIP-AOR", RV_STRING),
	RV("Delegated-IPv6-Prefix", RV_PREFIX6),
	RV("MIP6-Feature-Vector", RV_VECTOR64),
	RV("MIP6-Home-Link-Prefix", RV_HOME_PREFIX),
	RV("Operator-Name", RV_OPERATOR),
	RV("Location-Information", RV_LOCINFO),
	RV("Location-Data", RV_LOCDATA),
	RV("Basic-Location-Policy-Rules", RV_BLPR),
};

#define N_RATTRS (sizeof(rattrs) / sizeof(rattrs[0]))

/* printable ASCII as itself, the rest as '.' */
static void put_ascii(struct dx *dx, uint8_t c)
{
	dx_putc(dx, c >= 0x20 && c < 0x7f ? (char)c : '.');
}

/* an optional RFC 2868 tag octet: "Tag[n] " or "Tag[Unused] " */
static void put_tag(struct dx *dx, unsigned tag)
{
	if (tag)
		dx_printf(dx, "Tag[%u] ", tag);
	else
		dx_puts(dx, "Tag[Unused] ");
}

static void attr_string(struct dx *dx, const uint8_t *p, unsigned len, unsigned type)
{
	unsigned i, c;

	if (!DX_TTEST(dx, p, len)) {
		dx_print_trunc(dx);
		return;
	}
	switch (type) {
	case RA_TUNNEL_PASSWORD:
		if (len < 3) {
			dx_print_trunc(dx);
			return;
		}
		c = GET_U8(dx, p);
		if (c && c <= 0x1f)
			dx_printf(dx, "Tag[%u] ", c);
		else
			dx_puts(dx, "Tag[Unused] ");
		dx_printf(dx, "Salt %u ", GET_BE16(dx, p + 1));
		p += 3;
		len -= 3;
		break;
	case RA_TUNNEL_CLIENT_END:
	case RA_TUNNEL_SERVER_END:
	case RA_TUNNEL_PRIV_GROUP:
	case RA_TUNNEL_ASSIGN_ID:
	case RA_TUNNEL_CLIENT_AUTH:
	case RA_TUNNEL_SERVER_AUTH:
		c = GET_U8(dx, p);
		if (c <= 0x1f) {
			put_tag(dx, c);
			p++;
			len--;
		}
		break;
	case RA_EGRESS_VLAN_NAME:
		c = GET_U8(dx, p);
		dx_printf(dx, "%s (0x%02x) ", tok2str(dx, vlan_tags, "Unknown tag", c), c);
		p++;
		len--;
		break;
	case RA_EAP_MESSAGE:
		eap_print(dx, p, len);
		return;
	}
	for (i = 0; i < len && (c = GET_U8(dx, p + i)) != 0; i++)
		put_ascii(dx, (uint8_t)c);
}

/* seconds as "NN secs", "MM:SS min" or "HH:MM:SS hours" */
static void put_duration(struct dx *dx, uint32_t t)
{
	if (t < 60)
		dx_printf(dx, "%02u secs", t);
	else if (t < 3600)
		dx_printf(dx, "%02u:%02u min", t / 60, t % 60);
	else
		dx_printf(dx, "%02u:%02u:%02u hours", t / 3600, t % 3600 / 60, t % 60);
}

static void attr_num(struct dx *dx, const uint8_t *p, unsigned len, unsigned type)
{
	const struct rattr *a = &rattrs[type];
	uint32_t v;

	if (len != 4) {
		dx_printf(dx, "ERROR: length %u != 4", len);
		return;
	}
	if (a->nvalues) {
		if (type == RA_TUNNEL_TYPE || type == RA_TUNNEL_MEDIUM) {
			put_tag(dx, GET_U8(dx, p));
			v = GET_BE24(dx, p + 1);
		} else {
			v = GET_BE32(dx, p);
		}
		if (v >= a->first && v < a->nvalues)
			dx_puts(dx, a->values[v]);
		else
			dx_printf(dx, "#%u", v);
		return;
	}
	switch (type) {
	case RA_FRAMED_IPX:
		v = GET_BE32(dx, p);
		if (v == 0xfffffffe)
			dx_puts(dx, "NAS Select");
		else
			dx_printf(dx, "%u", v);
		break;
	case RA_SESSION_TIMEOUT:
	case RA_IDLE_TIMEOUT:
	case RA_ACCT_DELAY:
	case RA_ACCT_SESSION_TIME:
	case RA_ACCT_INTERIM:
		put_duration(dx, GET_BE32(dx, p));
		break;
	case RA_ATALK_LINK:
	case RA_ATALK_NETWORK:
		v = GET_BE32(dx, p);
		if (v)
			dx_printf(dx, "%u", v);
		else
			dx_puts(dx, type == RA_ATALK_LINK ? "Unnumbered" : "NAS assigned");
		break;
	case RA_TUNNEL_PREFERENCE:
		put_tag(dx, GET_U8(dx, p));
		dx_printf(dx, "%u", GET_BE24(dx, p + 1));
		break;
	case RA_EGRESS_VLANID:
		v = GET_U8(dx, p);
		dx_printf(dx, "%s (0x%02x) ", tok2str(dx, vlan_tags, "Unknown tag", v), v);
		dx_printf(dx, "%u", GET_BE24(dx, p + 1));
		break;
	default:
		dx_printf(dx, "%u", GET_BE32(dx, p));
		break;
	}
}

static void attr_vendor(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned vendor, vtype, vlen, i;

	if (len < 4) {
		dx_print_trunc(dx);
		return;
	}
	vendor = GET_BE32(dx, p);
	p += 4;
	len -= 4;
	dx_printf(dx, "Vendor: %s (%u)", tok2str(dx, dx_smi_values, "Unknown", vendor), vendor);
	while (len >= 2) {
		vtype = GET_U8(dx, p);
		vlen = GET_U8(dx, p + 1);
		if (vlen < 2) {
			dx_printf(dx, "\n\t    Vendor Attribute: %u, Length: %u (bogus, must be >= 2)",
				  vtype, vlen);
			return;
		}
		if (vlen > len) {
			dx_printf(dx, "\n\t    Vendor Attribute: %u, Length: %u (bogus, goes past end of vendor-specific attribute)",
				  vtype, vlen);
			return;
		}
		p += 2;
		vlen -= 2;
		len -= 2;
		if (!DX_TTEST(dx, p, vlen)) {
			dx_print_trunc(dx);
			return;
		}
		dx_printf(dx, "\n\t    Vendor Attribute: %u, Length: %u, Value: ", vtype, vlen);
		for (i = 0; i < vlen; i++)
			put_ascii(dx, GET_U8(dx, p + i));
		p += vlen;
		len -= vlen;
	}
}

static void attr_addr(struct dx *dx, const uint8_t *p, unsigned len, unsigned type)
{
	uint32_t v;

	if (len != 4) {
		dx_printf(dx, "ERROR: length %u != 4", len);
		return;
	}
	v = GET_BE32(dx, p);
	if ((type == RA_FRAMED_IP || type == RA_LOGIN_IP_HOST) && v == 0xffffffff)
		dx_puts(dx, "User Selected");
	else if ((type == RA_FRAMED_IP || type == RA_LOGIN_IP_HOST) && v == 0xfffffffe)
		dx_puts(dx, "NAS Select");
	else
		dx_puts(dx, GET_IPADDR_STRING(dx, p));
}

/* prefix length (1) and the leading bytes of an IPv6 prefix (0..16) */
static void attr_prefix6(struct dx *dx, const uint8_t *p, unsigned len)
{
	uint8_t a[16] = { 0 };
	char s[64];
	unsigned plen;

	if (len < 2 || len > 18) {
		dx_printf(dx, "ERROR: length %u not in range (2..18)", len);
		return;
	}
	if (!DX_TTEST(dx, p, len)) {
		dx_print_trunc(dx);
		return;
	}
	plen = p[1];
	if (plen > 128) {
		dx_printf(dx, "ERROR: netmask %u not in range (0..128)", plen);
		return;
	}
	memcpy(a, p + 2, len - 2);
	dx_fmt_ip6(s, sizeof(s), a);
	dx_printf(dx, "%s/%u", s, plen);
	if (plen > 8 * (len - 2))
		dx_puts(dx, " (inconsistent prefix length)");
}

static void attr_home_prefix(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned plen;

	if (len != 17) {
		dx_printf(dx, "ERROR: length %u != 17", len);
		return;
	}
	if (!DX_TTEST(dx, p, len)) {
		dx_print_trunc(dx);
		return;
	}
	plen = p[0];
	if (plen > 128) {
		dx_printf(dx, "ERROR: netmask %u not in range (0..128)", plen);
		return;
	}
	dx_printf(dx, "%s/%u", GET_IP6ADDR_STRING(dx, p + 1), plen);
}

/* the RFC 5580 attributes check their whole value first; 0 when cut short */
static int whole_value(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (DX_TTEST(dx, p, len))
		return 1;
	dx_print_trunc(dx);
	return 0;
}

static void attr_operator(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (!whole_value(dx, p, len))
		return;
	if (len < 2) {
		dx_printf(dx, "ERROR: length %u < 2", len);
		return;
	}
	dx_printf(dx, "[%s] ", tok2str(dx, operator_namespaces, "unknown namespace %u", p[0]));
	dx_printn(dx, p + 1, len - 1);
}

static void attr_locinfo(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (!whole_value(dx, p, len))
		return;
	if (len < 21) {
		dx_printf(dx, "ERROR: length %u < 21", len);
		return;
	}
	dx_printf(dx, "index %u, code %s, entity %s, ", GET_BE16(dx, p),
		  tok2str(dx, location_codes, "Unknown (%u)", p[2]),
		  tok2str(dx, location_entities, "Unknown (%u)", p[3]));
	dx_puts(dx, "sighting time ");
	ntp_put_time(dx, p + 4, NULL);
	dx_puts(dx, ", time to live ");
	ntp_put_time(dx, p + 12, NULL);
	dx_puts(dx, ", method \"");
	dx_printn(dx, p + 20, len - 20);
	dx_putc(dx, '"');
}

static void attr_locdata(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (!whole_value(dx, p, len))
		return;
	if (len < 3) {
		dx_printf(dx, "ERROR: length %u < 3", len);
		return;
	}
	dx_printf(dx, "index %u, location", GET_BE16(dx, p));
	hex_and_ascii_print(dx, "\n\t    ", p + 2, len - 2);
}

static void attr_blpr(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (!whole_value(dx, p, len))
		return;
	if (len < 10) {
		dx_printf(dx, "ERROR: length %u < 10", len);
		return;
	}
	dx_printf(dx, "flags [%s], ", bittok2str(dx, blpr_flags, "none", GET_BE16(dx, p)));
	dx_puts(dx, "retention expires ");
	ntp_put_time(dx, p + 2, NULL);
	if (len > 10) {
		dx_puts(dx, ", note well \"");
		dx_printn(dx, p + 10, len - 10);
		dx_putc(dx, '"');
	}
}

/* seconds since 1970 the way ctime(3) shows them, without the newline */
static void attr_time(struct dx *dx, const uint8_t *p, unsigned len)
{
	static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
					    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	time_t t;
	struct tm tm;

	if (len != 4) {
		dx_printf(dx, "ERROR: length %u != 4", len);
		return;
	}
	t = (time_t)GET_BE32(dx, p);
	if (!localtime_r(&t, &tm))
		return;
	dx_printf(dx, "%s %s%3d %02d:%02d:%02d %d", days[tm.tm_wday % 7], months[tm.tm_mon % 12],
		  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900);
}

static void attr_vector64(struct dx *dx, const uint8_t *p, unsigned len)
{
	const char *sep = "";
	uint64_t v;
	size_t i;

	if (len != 8) {
		dx_printf(dx, "ERROR: length %u != 8", len);
		return;
	}
	dx_putc(dx, '[');
	v = GET_BE64(dx, p);
	for (i = 0; i < sizeof(mip6_features) / sizeof(mip6_features[0]); i++) {
		if (v & mip6_features[i].bit) {
			dx_printf(dx, "%s%s", sep, mip6_features[i].name);
			sep = ", ";
		}
	}
	dx_putc(dx, ']');
}

/* n bytes as upper-case hex digits */
static void put_hex_upper(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		dx_printf(dx, "%02X", GET_U8(dx, p + i));
}

static void attr_strange(struct dx *dx, const uint8_t *p, unsigned len, unsigned type)
{
	unsigned v;

	switch (type) {
	case RA_ARAP_PASSWORD:
		if (len != 16) {
			dx_printf(dx, "ERROR: length %u != 16", len);
			return;
		}
		dx_puts(dx, "User_challenge (");
		put_hex_upper(dx, p, 8);
		dx_puts(dx, ") User_resp(");
		put_hex_upper(dx, p + 8, 8);
		dx_putc(dx, ')');
		break;
	case RA_ARAP_FEATURES:
		if (len != 14) {
			dx_printf(dx, "ERROR: length %u != 14", len);
			return;
		}
		dx_puts(dx, GET_U8(dx, p) ? "User can change password" : "User cannot change password");
		dx_printf(dx, ", Min password length: %u", GET_U8(dx, p + 1));
		dx_puts(dx, ", created at: ");
		put_hex_upper(dx, p + 2, 4);
		dx_puts(dx, ", expires in: ");
		put_hex_upper(dx, p + 6, 4);
		dx_puts(dx, ", Current Time: ");
		put_hex_upper(dx, p + 10, 4);
		break;
	case RA_ARAP_CHALLENGE:
		if (len < 8) {
			dx_printf(dx, "ERROR: length %u != 8", len);
			return;
		}
		put_hex_upper(dx, p, 8);
		break;
	case RA_ERROR_CAUSE:
		if (len != 4) {
			dx_printf(dx, "Error: length %u != 4", len);
			return;
		}
		v = GET_BE32(dx, p);
		dx_printf(dx, "Error cause %u: %s", v,
			  tok2str(dx, error_causes, "Error-Cause %u not known", v));
		break;
	}
}

static void attr_value(struct dx *dx, const uint8_t *p, unsigned len, unsigned type)
{
	switch (rattrs[type].how) {
	case RV_STRING:
		attr_string(dx, p, len, type);
		break;
	case RV_NUM:
		attr_num(dx, p, len, type);
		break;
	case RV_VENDOR:
		attr_vendor(dx, p, len);
		break;
	case RV_ADDR:
		attr_addr(dx, p, len, type);
		break;
	case RV_ADDR6:
		if (len != 16)
			dx_printf(dx, "ERROR: length %u != 16", len);
		else
			dx_puts(dx, GET_IP6ADDR_STRING(dx, p));
		break;
	case RV_PREFIX6:
		attr_prefix6(dx, p, len);
		break;
	case RV_HOME_PREFIX:
		attr_home_prefix(dx, p, len);
		break;
	case RV_OPERATOR:
		attr_operator(dx, p, len);
		break;
	case RV_LOCINFO:
		attr_locinfo(dx, p, len);
		break;
	case RV_LOCDATA:
		attr_locdata(dx, p, len);
		break;
	case RV_BLPR:
		attr_blpr(dx, p, len);
		break;
	case RV_TIME:
		attr_time(dx, p, len);
		break;
	case RV_VECTOR64:
		attr_vector64(dx, p, len);
		break;
	case RV_STRANGE:
		attr_strange(dx, p, len, type);
		break;
	}
}

static void radius_attrs_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	while (length > 0) {
		unsigned type, len;
		const char *name;
		size_t node, mark;
		const char *t;
		int tl;

		if (length < 2 || !DX_TTEST(dx, p, 2)) {
			dx_print_trunc(dx);
			return;
		}
		type = p[0];
		len = p[1];
		name = type != 0 && type < N_RATTRS ? rattrs[type].name : "Unknown";
		dx_printf(dx, "\n\t  %s Attribute (%u), length: %u", name, type, len);
		node = dx->tree ? dx_tree_next(dx) : 0;
		DX_FIELD_IN(dx, p, len, p + length, "%s (%u), length %u", name, type, len);
		if (len < 2) {
			dx_puts(dx, " (bogus, must be >= 2)");
			return;
		}
		if (len > length) {
			dx_puts(dx, " (bogus, goes past end of packet)");
			return;
		}
		dx_puts(dx, ", Value: ");
		mark = dx->out->len;
		if (type < N_RATTRS && len > 2)
			attr_value(dx, p + 2, len - 2, type);
		if (dx->tree) {
			t = dx_text_since(dx, mark, &tl);
			dx_tree_relabel(dx, node, "%s (%u), length %u: %.*s", name, type, len, tl, t);
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, p + 2, "\n\t    ", len - 2);
		length -= len;
		p += len;
	}
}

/* the attributes for the tree alone (no -v) */
struct radius_attrs {
	const uint8_t *p;
	unsigned len;
};

static void radius_attrs_tree(struct dx *dx, void *arg)
{
	const struct radius_attrs *a = arg;

	DX_SUBTREE(dx, a->p, a->len, "Attribute Value Pairs");
	radius_attrs_print(dx, a->p, a->len);
	DX_LAYER_END(dx);
}

void radius_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned len, code, id;

	dx_proto(dx, "radius");
	if (!DX_TTEST(dx, bp, RADIUS_HDRLEN)) {
		dx_print_trunc(dx);
		return;
	}
	len = GET_BE16(dx, bp + 2);
	if (len < RADIUS_HDRLEN) {
		dx_print_trunc(dx);
		return;
	}
	if (len > length)
		len = length;
	code = bp[0];
	id = bp[1];
	DX_LAYER(dx, bp, len, "RADIUS Protocol, %s (%u), id 0x%02x",
		 tok2str(dx, radius_codes, "Unknown Command", code), code, id);
	DX_FIELD(dx, bp, 1, "Code: %s (%u)", tok2str(dx, radius_codes, "Unknown Command", code),
		 code);
	DX_FIELD(dx, bp + 1, 1, "Packet identifier: 0x%02x", id);
	DX_FIELD(dx, bp + 2, 2, "Length: %u", GET_BE16(dx, bp + 2));
	DX_FIELD(dx, bp + 4, 16, "Authenticator");
	if (dx->opts->verbose < 1) {
		dx_printf(dx, "RADIUS, %s (%u), id: 0x%02x length: %u",
			  tok2str(dx, radius_codes, "Unknown Command", code), code, id, len);
		if (dx->tree && len > RADIUS_HDRLEN) {
			struct radius_attrs a = { bp + RADIUS_HDRLEN, len - RADIUS_HDRLEN };

			dx_tree_only(dx, radius_attrs_tree, &a);
		}
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, "RADIUS, length: %u\n\t%s (%u), id: 0x%02x, Authenticator: ", len,
		  tok2str(dx, radius_codes, "Unknown Command", code), code, id);
	dx_put_hexbytes(dx, bp + 4, 16, 0);
	if (len > RADIUS_HDRLEN) {
		DX_SUBTREE(dx, bp + RADIUS_HDRLEN, len - RADIUS_HDRLEN, "Attribute Value Pairs");
		radius_attrs_print(dx, bp + RADIUS_HDRLEN, len - RADIUS_HDRLEN);
		DX_LAYER_END(dx);
	}
	DX_LAYER_END(dx);
}
