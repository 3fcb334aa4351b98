// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: DHCPv6 (UDP ports 546/547). Text as tcpdump 4.99.3
 * print-dhcp6.c.
 *
 * RFC 8415 (DHCPv6), RFC 3633 (prefix delegation), RFC 5007 (leasequery),
 * RFC 5908 (NTP server), RFC 6334 (AFTR name), RFC 8520 (MUD URL).
 *
 * Client/server message: type (1), transaction id (3), options. Relay
 * message: type (1), hop count (1), link address (16), peer address
 * (16), options. Option: code (2), length (2), data. The message type
 * only without -v; from -v the options in parentheses, nested ones
 * (IA addresses, relayed messages) inside their option's parentheses.
 */
#include "dx.h"
#include "print.h"

#define DH6_RELAY_FORW 12
#define DH6_RELAY_REPLY 13
#define DH6_RELAY_HDRLEN 34u
#define DH6OPT_HDRLEN 4u

static const struct tok dh6_msgtypes[] = {
	{ 1, "solicit" },
	{ 2, "advertise" },
	{ 3, "request" },
	{ 4, "confirm" },
	{ 5, "renew" },
	{ 6, "rebind" },
	{ 7, "reply" },
	{ 8, "release" },
	{ 9, "decline" },
	{ 10, "reconfigure" },
	{ 11, "inf-req" },
	{ 12, "relay-fwd" },
	{ 13, "relay-reply" },
	{ 14, "leasequery" },
	{ 15, "leasequery-reply" },
	{ 0, NULL }
};

enum {
	O_CLIENTID = 1, O_SERVERID = 2, O_IA_NA = 3, O_IA_TA = 4, O_IA_ADDR = 5, O_ORO = 6,
	O_PREFERENCE = 7, O_ELAPSED_TIME = 8, O_RELAY_MSG = 9, O_AUTH = 11, O_UNICAST = 12,
	O_STATUS_CODE = 13, O_RAPID_COMMIT = 14, O_USER_CLASS = 15, O_VENDOR_CLASS = 16,
	O_VENDOR_OPTS = 17, O_INTERFACE_ID = 18, O_RECONF_MSG = 19, O_RECONF_ACCEPT = 20,
	O_SIP_SERVER_D = 21, O_SIP_SERVER_A = 22, O_DNS_SERVERS = 23, O_DOMAIN_LIST = 24,
	O_IA_PD = 25, O_IA_PD_PREFIX = 26, O_NIS_SERVERS = 27, O_NISP_SERVERS = 28,
	O_NIS_NAME = 29, O_NISP_NAME = 30, O_SNTP_SERVERS = 31, O_LIFETIME = 32,
	O_BCMCS_SERVER_D = 33, O_BCMCS_SERVER_A = 34, O_GEOCONF_CIVIC = 36, O_REMOTE_ID = 37,
	O_SUBSCRIBER_ID = 38, O_CLIENT_FQDN = 39, O_PANA_AGENT = 40, O_POSIX_TZ = 41,
	O_TZDB_TZ = 42, O_ERO = 43, O_LQ_QUERY = 44, O_CLIENT_DATA = 45, O_CLT_TIME = 46,
	O_LQ_RELAY_DATA = 47, O_LQ_CLIENT_LINK = 48, O_NTP_SERVER = 56, O_AFTR_NAME = 64,
	O_MUDURL = 112,
};

static const struct tok dh6_options[] = {
	{ O_CLIENTID, "client-ID" },
	{ O_SERVERID, "server-ID" },
	{ O_IA_NA, "IA_NA" },
	{ O_IA_TA, "IA_TA" },
	{ O_IA_ADDR, "IA_ADDR" },
	{ O_ORO, "option-request" },
	{ O_PREFERENCE, "preference" },
	{ O_ELAPSED_TIME, "elapsed-time" },
	{ O_RELAY_MSG, "relay-message" },
	{ O_AUTH, "authentication" },
	{ O_UNICAST, "server-unicast" },
	{ O_STATUS_CODE, "status-code" },
	{ O_RAPID_COMMIT, "rapid-commit" },
	{ O_USER_CLASS, "user-class" },
	{ O_VENDOR_CLASS, "vendor-class" },
	{ O_VENDOR_OPTS, "vendor-specific-info" },
	{ O_INTERFACE_ID, "interface-ID" },
	{ O_RECONF_MSG, "reconfigure-message" },
	{ O_RECONF_ACCEPT, "reconfigure-accept" },
	{ O_SIP_SERVER_D, "SIP-servers-domain" },
	{ O_SIP_SERVER_A, "SIP-servers-address" },
	{ O_DNS_SERVERS, "DNS-server" },
	{ O_DOMAIN_LIST, "DNS-search-list" },
	{ O_IA_PD, "IA_PD" },
	{ O_IA_PD_PREFIX, "IA_PD-prefix" },
	{ O_SNTP_SERVERS, "SNTP-servers" },
	{ O_LIFETIME, "lifetime" },
	{ O_NIS_SERVERS, "NIS-server" },
	{ O_NISP_SERVERS, "NIS+-server" },
	{ O_NIS_NAME, "NIS-domain-name" },
	{ O_NISP_NAME, "NIS+-domain-name" },
	{ O_BCMCS_SERVER_D, "BCMCS-domain-name" },
	{ O_BCMCS_SERVER_A, "BCMCS-server" },
	{ O_GEOCONF_CIVIC, "Geoconf-Civic" },
	{ O_REMOTE_ID, "Remote-ID" },
	{ O_SUBSCRIBER_ID, "Subscriber-ID" },
	{ O_CLIENT_FQDN, "Client-FQDN" },
	{ O_PANA_AGENT, "PANA-agent" },
	{ O_POSIX_TZ, "POSIX-timezone" },
	{ O_TZDB_TZ, "POSIX-tz-database" },
	{ O_ERO, "Echo-request-option" },
	{ O_LQ_QUERY, "Lease-query" },
	{ O_CLIENT_DATA, "LQ-client-data" },
	{ O_CLT_TIME, "Clt-time" },
	{ O_LQ_RELAY_DATA, "LQ-relay-data" },
	{ O_LQ_CLIENT_LINK, "LQ-client-link" },
	{ O_NTP_SERVER, "NTP-server" },
	{ O_AFTR_NAME, "AFTR-Name" },
	{ O_MUDURL, "MUD-URL" },
	{ 0, NULL }
};

static const struct tok dh6_status_codes[] = {
	{ 0, "Success" },
	{ 1, "UnspecFail" },
	{ 2, "NoAddrsAvail" },
	{ 3, "NoBinding" },
	{ 4, "NotOnLink" },
	{ 5, "UseMulticast" },
	{ 6, "NoPrefixAvail" },
	{ 7, "UnknownQueryType" },
	{ 8, "MalformedQuery" },
	{ 9, "NotConfigured" },
	{ 10, "NotAllowed" },
	{ 0, NULL }
};

/* 1: the options at this level end cut short (" [|dhcp6]" printed); a
 * nested list cut short ends only itself, its option goes on */
static int dhcp6opt_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep);

/* n checked bytes from p in hex, no separator */
static void put_hex(struct dx *dx, const uint8_t *p, unsigned from, unsigned to)
{
	unsigned i;

	for (i = from; i < to; i++)
		dx_printf(dx, "%02x", GET_U8(dx, p + i));
}

static void duid_print(struct dx *dx, const uint8_t *tp, unsigned optlen)
{
	if (optlen < 2) {
		dx_puts(dx, " ?)");
		return;
	}
	switch (GET_BE16(dx, tp)) {
	case 1:		/* DUID-LLT */
		if (optlen < 8)
			break;
		dx_printf(dx, " hwaddr/time type %u time %u ", GET_BE16(dx, tp + 2),
			  GET_BE32(dx, tp + 4));
		put_hex(dx, tp, 8, optlen);
		dx_putc(dx, ')');
		return;
	case 2:		/* DUID-EN */
		if (optlen < 10)
			break;
		dx_puts(dx, " vid ");
		put_hex(dx, tp, 2, 10);
		dx_putc(dx, ')');
		return;
	case 3:		/* DUID-LL */
		if (optlen < 4)
			break;
		dx_printf(dx, " hwaddr type %u ", GET_BE16(dx, tp + 2));
		put_hex(dx, tp, 4, optlen);
		dx_putc(dx, ')');
		return;
	default:
		dx_printf(dx, " type %u)", GET_BE16(dx, tp));
		return;
	}
	dx_puts(dx, " ?)");
}

static void auth_print(struct dx *dx, const uint8_t *tp, unsigned optlen)
{
	unsigned proto, alg, rdm, info, realm, i;

	if (optlen < 11) {
		dx_puts(dx, " ?)");
		return;
	}
	proto = GET_U8(dx, tp);
	if (proto == 2)
		dx_puts(dx, " proto: delayed");
	else if (proto == 3)
		dx_puts(dx, " proto: reconfigure");
	else
		dx_printf(dx, " proto: %u", proto);
	alg = GET_U8(dx, tp + 1);
	if (alg == 1)
		dx_puts(dx, ", alg: HMAC-MD5");
	else
		dx_printf(dx, ", alg: %u", alg);
	rdm = GET_U8(dx, tp + 2);
	if (rdm == 0)
		dx_puts(dx, ", RDM: mono");
	else
		dx_printf(dx, ", RDM: %u", rdm);
	dx_puts(dx, ", RD:");
	for (i = 0; i < 4; i++)
		dx_printf(dx, " %04x", GET_BE16(dx, tp + 3 + 2 * i));
	tp += 11;
	info = optlen - 11;
	switch (proto) {
	case 2:
		if (info == 0)
			break;
		if (info < 20) {
			dx_puts(dx, " ??");
			break;
		}
		realm = info - 20;
		if (realm > 0)
			dx_puts(dx, ", realm: ");
		put_hex(dx, tp, 0, realm);
		tp += realm;
		dx_printf(dx, ", key ID: %08x", GET_BE32(dx, tp));
		dx_puts(dx, ", HMAC-MD5:");
		for (i = 0; i < 4; i++)
			dx_printf(dx, " %08x", GET_BE32(dx, tp + 4 + 4 * i));
		break;
	case 3:
		if (info != 17) {
			dx_puts(dx, " ??");
			break;
		}
		switch (GET_U8(dx, tp)) {
		case 1:
			dx_puts(dx, " reconfig-key");
			break;
		case 2:
			dx_puts(dx, " type: HMAC-MD5");
			break;
		default:
			dx_puts(dx, " type: ??");
			break;
		}
		dx_puts(dx, " value:");
		for (i = 0; i < 4; i++)
			dx_printf(dx, " %08x", GET_BE32(dx, tp + 1 + 4 * i));
		break;
	default:
		dx_puts(dx, " ??");
		break;
	}
	dx_putc(dx, ')');
}

/* RFC 5908 suboptions; 1 when one goes past the option */
static int ntp_server_print(struct dx *dx, const uint8_t *tp, const uint8_t *end)
{
	unsigned code, len;

	while (tp < end - 4) {
		code = GET_BE16(dx, tp);
		len = GET_BE16(dx, tp + 2);
		tp += 4;
		if (tp + len > end)
			return 1;
		dx_printf(dx, " subopt:%u", code);
		switch (code) {
		case 1:	/* server address */
		case 2:	/* multicast address */
			if (len != 16)
				dx_puts(dx, " ?");
			else
				dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, tp));
			break;
		case 3:	/* server FQDN */
			dx_putc(dx, ' ');
			if (!fqdn_print(dx, tp, tp + len))
				return 1;
			break;
		default:
			dx_puts(dx, " ?");
			break;
		}
		tp += len;
	}
	dx_putc(dx, ')');
	return 0;
}

/* RFC 1035 labels without compression, as tcpdump reads them */
static void aftr_name_print(struct dx *dx, const uint8_t *tp, unsigned optlen)
{
	unsigned remain = optlen, l;

	if (optlen < 3) {
		dx_puts(dx, " ?)");
		return;
	}
	dx_putc(dx, ' ');
	while (remain && (l = GET_U8(dx, tp)) != 0) {
		tp++;
		if (l >= remain - 1) {
			dx_puts(dx, " ?");
			break;
		}
		dx_printjnp(dx, tp, l);
		tp += l;
		remain -= l + 1;
		if (GET_U8(dx, tp))
			dx_putc(dx, '.');
	}
	dx_putc(dx, ')');
}

/* the text of one option after its name; 1 when the options end cut short */
static int option_body(struct dx *dx, unsigned type, const uint8_t *tp, unsigned optlen)
{
	const uint8_t *end = tp + optlen;
	unsigned i;

	switch (type) {
	case O_CLIENTID:
	case O_SERVERID:
		duid_print(dx, tp, optlen);
		break;
	case O_IA_ADDR:
		if (optlen < 24) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, tp));
		dx_printf(dx, " pltime:%u vltime:%u", GET_BE32(dx, tp + 16), GET_BE32(dx, tp + 20));
		if (optlen > 24)
			dhcp6opt_print(dx, tp + 24, end);
		dx_putc(dx, ')');
		break;
	case O_ORO:
	case O_ERO:
		if (optlen % 2) {
			dx_puts(dx, " ?)");
			break;
		}
		for (i = 0; i < optlen; i += 2)
			dx_printf(dx, " %s", tok2str(dx, dh6_options, "opt_%u", GET_BE16(dx, tp + i)));
		dx_putc(dx, ')');
		break;
	case O_PREFERENCE:
		if (optlen != 1)
			dx_puts(dx, " ?)");
		else
			dx_printf(dx, " %u)", GET_U8(dx, tp));
		break;
	case O_ELAPSED_TIME:
		if (optlen != 2)
			dx_puts(dx, " ?)");
		else
			dx_printf(dx, " %u)", GET_BE16(dx, tp));
		break;
	case O_RELAY_MSG:
		dx_puts(dx, " (");
		if (dx_push_snaplen(dx, tp, optlen) == 0) {
			dhcp6_print(dx, tp, optlen);
			dx_pop_snaplen(dx);
		} else {
			dhcp6_print(dx, tp, optlen);
		}
		dx_putc(dx, ')');
		break;
	case O_AUTH:
		auth_print(dx, tp, optlen);
		break;
	case O_INTERFACE_ID:
	case O_SUBSCRIBER_ID:
		dx_putc(dx, ' ');
		put_hex(dx, tp, 0, optlen < 10 ? optlen : 10);
		dx_puts(dx, "...)");
		break;
	case O_RECONF_MSG:
		if (optlen != 1) {
			dx_puts(dx, " ?)");
			break;
		}
		i = GET_U8(dx, tp);
		if (i == 5)
			dx_puts(dx, " for renew)");
		else if (i == 11)
			dx_puts(dx, " for inf-req)");
		else
			dx_printf(dx, " for ?\?\?(%02x))", i);
		break;
	case O_SIP_SERVER_A:
	case O_DNS_SERVERS:
	case O_SNTP_SERVERS:
	case O_NIS_SERVERS:
	case O_NISP_SERVERS:
	case O_BCMCS_SERVER_A:
	case O_PANA_AGENT:
	case O_LQ_CLIENT_LINK:
		if (optlen % 16) {
			dx_puts(dx, " ?)");
			break;
		}
		for (i = 0; i < optlen; i += 16)
			dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, tp + i));
		dx_putc(dx, ')');
		break;
	case O_SIP_SERVER_D:
	case O_DOMAIN_LIST:
		while (tp < end) {
			dx_putc(dx, ' ');
			if (!(tp = fqdn_print(dx, tp, end)))
				return 1;
		}
		dx_putc(dx, ')');
		break;
	case O_STATUS_CODE:
		if (optlen < 2) {
			dx_puts(dx, " ?)");
			break;
		}
		i = GET_BE16(dx, tp);
		dx_printf(dx, " %s)", i > 255 ? "INVALID code" : tok2str(dx, dh6_status_codes, "code%u", i));
		break;
	case O_IA_NA:
	case O_IA_PD:
		if (optlen < 12) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " IAID:%u T1:%u T2:%u", GET_BE32(dx, tp), GET_BE32(dx, tp + 4),
			  GET_BE32(dx, tp + 8));
		if (optlen > 12)
			dhcp6opt_print(dx, tp + 12, end);
		dx_putc(dx, ')');
		break;
	case O_IA_TA:
		if (optlen < 4) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " IAID:%u", GET_BE32(dx, tp));
		if (optlen > 4)
			dhcp6opt_print(dx, tp + 4, end);
		dx_putc(dx, ')');
		break;
	case O_IA_PD_PREFIX:
		if (optlen < 25) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " %s/%u", GET_IP6ADDR_STRING(dx, tp + 9), GET_U8(dx, tp + 8));
		dx_printf(dx, " pltime:%u vltime:%u", GET_BE32(dx, tp), GET_BE32(dx, tp + 4));
		if (optlen > 25)
			dhcp6opt_print(dx, tp + 25, end);
		dx_putc(dx, ')');
		break;
	case O_LIFETIME:
	case O_CLT_TIME:
		if (optlen != 4)
			dx_puts(dx, " ?)");
		else
			dx_printf(dx, " %u)", GET_BE32(dx, tp));
		break;
	case O_REMOTE_ID:
		if (optlen < 4) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " %u ", GET_BE32(dx, tp));
		put_hex(dx, tp, 4, optlen < 14 ? optlen : 14);
		dx_puts(dx, "...)");
		break;
	case O_LQ_QUERY:
		if (optlen < 17) {
			dx_puts(dx, " ?)");
			break;
		}
		i = GET_U8(dx, tp);
		if (i == 1)
			dx_puts(dx, " by-address");
		else if (i == 2)
			dx_puts(dx, " by-clientID");
		else
			dx_printf(dx, " type_%u", i);
		dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, tp + 1));
		if (optlen > 17)
			dhcp6opt_print(dx, tp + 17, end);
		dx_putc(dx, ')');
		break;
	case O_CLIENT_DATA:
		if (optlen > 0)
			dhcp6opt_print(dx, tp, end);
		dx_putc(dx, ')');
		break;
	case O_LQ_RELAY_DATA:
		if (optlen < 16) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_printf(dx, " %s ", GET_IP6ADDR_STRING(dx, tp));
		put_hex(dx, tp, 16, optlen < 26 ? optlen : 26);
		dx_puts(dx, "...)");
		break;
	case O_NTP_SERVER:
		if (optlen < 4) {
			dx_puts(dx, " ?)");
			break;
		}
		return ntp_server_print(dx, tp, end);
	case O_AFTR_NAME:
		aftr_name_print(dx, tp, optlen);
		break;
	case O_POSIX_TZ:
	case O_TZDB_TZ:
	case O_MUDURL:
		if (optlen < 5) {
			dx_puts(dx, " ?)");
			break;
		}
		dx_putc(dx, ' ');
		dx_printjnp(dx, tp, optlen);
		dx_putc(dx, ')');
		break;
	default:
		dx_putc(dx, ')');
		break;
	}
	return 0;
}

static int dhcp6opt_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	while (cp < ep) {
		unsigned type, optlen;
		const char *name;
		size_t node = 0, mark;
		int r;

		if ((size_t)(ep - cp) < DH6OPT_HDRLEN)
			goto trunc;
		optlen = GET_BE16(dx, cp + 2);
		if ((size_t)(ep - cp) < DH6OPT_HDRLEN + optlen)
			goto trunc;
		type = GET_BE16(dx, cp);
		name = tok2str(dx, dh6_options, "opt_%u", type);
		dx_printf(dx, " (%s", name);
		DX_TCHECK(dx, cp + DH6OPT_HDRLEN, optlen);
		if (dx->tree) {
			node = dx_tree_next(dx);
			DX_SUBTREE(dx, cp, DH6OPT_HDRLEN + optlen, "Option: %s (%u), length %u", name,
				   type, optlen);
			DX_FIELD(dx, cp, 2, "Option code: %s (%u)", name, type);
			DX_FIELD(dx, cp + 2, 2, "Option length: %u", optlen);
		}
		mark = dx->out->len;
		r = option_body(dx, type, cp + DH6OPT_HDRLEN, optlen);
		if (dx->tree) {
			const char *t;
			int tl;

			t = dx_text_since(dx, mark, &tl);
			dx_tree_relabel(dx, node, "Option: %s (%u), length %u:%.*s", name, type, optlen,
					tl, t);
			DX_LAYER_END(dx);
		}
		if (r)
			return 1;
		cp += DH6OPT_HDRLEN + optlen;
	}
	return 0;
trunc:
	dx_print_trunc(dx);
	return 1;
}

/* the options alone, for a tree without -v */
struct dhcp6_opts {
	const uint8_t *cp, *ep;
};

static void dhcp6_opts_tree(struct dx *dx, void *arg)
{
	const struct dhcp6_opts *o = arg;

	dhcp6opt_print(dx, o->cp, o->ep);
}

void dhcp6_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	const uint8_t *ep, *opts;
	unsigned msgtype;
	const char *name;

	dx_proto(dx, "dhcp6");
	dx_puts(dx, "dhcp6");
	ep = dx->snapend;
	if (length < (size_t)(ep - cp))
		ep = cp + length;
	if (!DX_TTEST(dx, cp, 4)) {
		dx_print_trunc(dx);
		return;
	}
	msgtype = GET_U8(dx, cp);
	name = tok2str(dx, dh6_msgtypes, "msgtype-%u", msgtype);
	DX_LAYER(dx, cp, length, "DHCPv6, %s", name);
	DX_FIELD(dx, cp, 1, "Message type: %s (%u)", name, msgtype);
	if (msgtype != DH6_RELAY_FORW && msgtype != DH6_RELAY_REPLY) {
		DX_FIELD(dx, cp + 1, 3, "Transaction ID: 0x%06x", GET_BE24(dx, cp + 1));
		opts = cp + 4;
	} else {
		if (dx->tree && DX_TTEST(dx, cp, DH6_RELAY_HDRLEN)) {
			DX_FIELD(dx, cp + 1, 1, "Hop count: %u", cp[1]);
			DX_FIELD(dx, cp + 2, 16, "Link address: %s", GET_IP6ADDR_STRING(dx, cp + 2));
			DX_FIELD(dx, cp + 18, 16, "Peer address: %s", GET_IP6ADDR_STRING(dx, cp + 18));
		}
		opts = cp + DH6_RELAY_HDRLEN;
	}
	if (!dx->opts->verbose) {
		dx_printf(dx, " %s", name);
		if (dx->tree && opts <= ep) {
			struct dhcp6_opts o = { opts, ep };

			dx_tree_only(dx, dhcp6_opts_tree, &o);
		}
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, " %s (", name);
	if (msgtype != DH6_RELAY_FORW && msgtype != DH6_RELAY_REPLY) {
		dx_printf(dx, "xid=%x", GET_BE32(dx, cp) & 0xffffff);
	} else {
		dx_printf(dx, "linkaddr=%s", GET_IP6ADDR_STRING(dx, cp + 2));
		dx_printf(dx, " peeraddr=%s", GET_IP6ADDR_STRING(dx, cp + 18));
	}
	if (opts < ep)
		dhcp6opt_print(dx, opts, ep);
	dx_putc(dx, ')');
	DX_LAYER_END(dx);
}
