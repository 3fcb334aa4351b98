// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Home Networking Control Protocol (UDP port 8231). Text as
 * tcpdump 4.99.3 print-hncp.c.
 *
 * RFC 7787 (DNCP), RFC 7788 (HNCP). The payload is a list of TLVs: type
 * (2), length (2, the body's), body padded to 4 bytes; some bodies end
 * with nested TLVs. Below -vvv the deepest levels print in line (the
 * type names, repeats counted), one TLV a line above them.
 */
#include <string.h>

#include "dx.h"
#include "print.h"

enum {
	T_REQ_NETWORK_STATE = 1, T_REQ_NODE_STATE = 2, T_NODE_ENDPOINT = 3, T_NETWORK_STATE = 4,
	T_NODE_STATE = 5, T_PEER = 8, T_KEEP_ALIVE = 9, T_TRUST_VERDICT = 10,
	T_HNCP_VERSION = 32, T_EXTERNAL_CONNECTION = 33, T_DELEGATED_PREFIX = 34,
	T_ASSIGNED_PREFIX = 35, T_NODE_ADDRESS = 36, T_DHCPV4_DATA = 37, T_DHCPV6_DATA = 38,
	T_DNS_DELEGATED_ZONE = 39, T_DOMAIN_NAME = 40, T_NODE_NAME = 41, T_MANAGED_PSK = 42,
	T_PREFIX_POLICY = 43,
	/* the ranges of undefined types */
	R_RESERVED = 0x10000, R_UNASSIGNED = 0x10001, R_PRIVATE_USE = 0x10002,
	R_FUTURE_USE = 0x10003,
};

static const struct tok hncp_types[] = {
	{ T_REQ_NETWORK_STATE, "Request network state" },
	{ T_REQ_NODE_STATE, "Request node state" },
	{ T_NODE_ENDPOINT, "Node endpoint" },
	{ T_NETWORK_STATE, "Network state" },
	{ T_NODE_STATE, "Node state" },
	{ T_PEER, "Peer" },
	{ T_KEEP_ALIVE, "Keep-alive interval" },
	{ T_TRUST_VERDICT, "Trust-Verdict" },
	{ T_HNCP_VERSION, "HNCP-Version" },
	{ T_EXTERNAL_CONNECTION, "External-Connection" },
	{ T_DELEGATED_PREFIX, "Delegated-Prefix" },
	{ T_PREFIX_POLICY, "Prefix-Policy" },
	{ T_DHCPV4_DATA, "DHCPv4-Data" },
	{ T_DHCPV6_DATA, "DHCPv6-Data" },
	{ T_ASSIGNED_PREFIX, "Assigned-Prefix" },
	{ T_NODE_ADDRESS, "Node-Address" },
	{ T_DNS_DELEGATED_ZONE, "DNS-Delegated-Zone" },
	{ T_DOMAIN_NAME, "Domain-Name" },
	{ T_NODE_NAME, "Node-Name" },
	{ T_MANAGED_PSK, "Managed-PSK" },
	{ R_RESERVED, "Reserved" },
	{ R_UNASSIGNED, "Unassigned" },
	{ R_PRIVATE_USE, "Private use" },
	{ R_FUTURE_USE, "Future use" },
	{ 0, NULL }
};

static const struct tok dhcp4_options[] = {
	{ 6, "DNS-server" },
	{ 42, "NTP-server" },
	{ 119, "DNS-search" },
	{ 0, NULL }
};

static const struct tok dhcp6_options[] = {
	{ 23, "DNS-server" },
	{ 24, "DNS-search-list" },
	{ 31, "SNTP-servers" },
	{ 0, NULL }
};

static const uint8_t v4mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

static void hncp_rec(struct dx *dx, const uint8_t *cp, unsigned length, int indent);

static void newline(struct dx *dx, int indent)
{
	dx_putc(dx, '\n');
	for (; indent > 0; indent--)
		dx_putc(dx, '\t');
}

static void put_nid(struct dx *dx, const uint8_t *p)
{
	dx_printf(dx, "%02x:%02x:%02x:%02x", GET_U8(dx, p), GET_U8(dx, p + 1), GET_U8(dx, p + 2),
		  GET_U8(dx, p + 3));
}

static void put_256(struct dx *dx, const uint8_t *p)
{
	unsigned i;

	for (i = 0; i < 32; i += 8)
		dx_printf(dx, "%016llx", (unsigned long long)GET_BE64(dx, p + i));
}

/* milliseconds */
static void put_interval(struct dx *dx, uint32_t n)
{
	dx_printf(dx, "%u.%03us", n / 1000, n % 1000);
}

static void put_ip6addr(struct dx *dx, const uint8_t *p)
{
	DX_TCHECK(dx, p, 12);
	if (memcmp(p, v4mapped, 12) == 0)
		dx_puts(dx, GET_IPADDR_STRING(dx, p + 12));
	else
		dx_puts(dx, GET_IP6ADDR_STRING(dx, p));
}

/* prefix length (1) and the prefix bytes; the bytes taken, or -1 (bad
 * length), -2 or -3 (past max_length) */
static int print_prefix(struct dx *dx, const uint8_t *p, unsigned max_length)
{
	uint8_t a[16] = { 0 };
	char b[64];
	unsigned plen, nbytes;

	if (max_length < 1)
		return -2;
	plen = GET_U8(dx, p);
	if (plen >= 96 && max_length >= 13 && DX_TTEST(dx, p + 1, 12) &&
	    memcmp(p + 1, v4mapped, 12) == 0) {
		plen -= 96;
		if (plen > 32)
			return -1;
		nbytes = (plen + 7) / 8;
		if (max_length - 1 < nbytes + 12)
			return -3;
		GET_CPY_BYTES(dx, a, p + 13, nbytes);
		if (plen % 8)
			a[nbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
		dx_printf(dx, "%s/%u", dx_ip4_name(dx, a), plen);
		return (int)(nbytes + 13);
	}
	if (plen > 128)
		return -1;
	nbytes = (plen + 7) / 8;
	if (max_length - 1 < nbytes)
		return -2;
	GET_CPY_BYTES(dx, a, p + 1, nbytes);
	if (plen % 8)
		a[nbytes - 1] &= (uint8_t)(0xff00 >> (plen % 8));
	dx_fmt_ip6(b, sizeof(b), a);
	dx_printf(dx, "%s/%u", b, plen);
	return (int)(nbytes + 1);
}

/* DNS labels without compression; the bytes taken, or -1 ("[|DNS]" printed) */
static int print_dns_label(struct dx *dx, const uint8_t *cp, unsigned max_length)
{
	unsigned length = 0;

	while (length < max_length) {
		unsigned l = GET_U8(dx, cp + length);

		length++;
		if (l == 0)
			return (int)length;
		if (length > 1)
			dx_putc(dx, '.');
		if (length + l > max_length) {
			dx_printjnp(dx, cp + length, max_length - length);
			break;
		}
		dx_printjnp(dx, cp + length, l);
		length += l;
	}
	dx_puts(dx, "[|DNS]");
	return -1;
}

/* DHCPv4 options of a DHCPv4-Data TLV; -1 when bad */
static int dhcpv4_print(struct dx *dx, const uint8_t *cp, unsigned length, int indent)
{
	unsigned i = 0, t, type, optlen;

	while (i < length) {
		const uint8_t *v;

		if (i + 2 > length)
			return -1;
		type = GET_U8(dx, cp + i);
		optlen = GET_U8(dx, cp + i + 1);
		v = cp + i + 2;
		newline(dx, indent);
		dx_printf(dx, "%s (%u)", tok2str(dx, dhcp4_options, "Unknown", type), optlen + 2);
		if (i + 2 + optlen > length)
			return -1;
		switch (type) {
		case 6:
		case 42:
			if (optlen < 4 || optlen % 4)
				return -1;
			for (t = 0; t < optlen; t += 4)
				dx_printf(dx, " %s", GET_IPADDR_STRING(dx, v + t));
			break;
		case 119: {
			const uint8_t *tp = v;

			while (tp < v + optlen) {
				dx_putc(dx, ' ');
				if (!(tp = fqdn_print(dx, tp, v + optlen)))
					return -1;
			}
			break;
		}
		}
		i += 2 + optlen;
	}
	return 0;
}

/* DHCPv6 options of a DHCPv6-Data TLV; -1 when bad */
static int dhcpv6_print(struct dx *dx, const uint8_t *cp, unsigned length, int indent)
{
	unsigned i = 0, t, type, optlen;

	while (i < length) {
		const uint8_t *v;

		if (i + 4 > length)
			return -1;
		type = GET_BE16(dx, cp + i);
		optlen = GET_BE16(dx, cp + i + 2);
		v = cp + i + 4;
		newline(dx, indent);
		dx_printf(dx, "%s (%u)", tok2str(dx, dhcp6_options, "Unknown", type), optlen + 4);
		if (i + 4 + optlen > length)
			return -1;
		switch (type) {
		case 23:
		case 31:
			if (optlen % 16) {
				dx_print_invalid(dx);
				return -1;
			}
			for (t = 0; t < optlen; t += 16)
				dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, v + t));
			break;
		case 24: {
			const uint8_t *tp = v;

			while (tp < v + optlen) {
				dx_putc(dx, ' ');
				if (!(tp = fqdn_print(dx, tp, v + optlen)))
					return -1;
			}
			break;
		}
		}
		i += 4 + optlen;
	}
	return 0;
}

static void put_type_in_line(struct dx *dx, uint32_t mask, int count, int indent, int *first)
{
	if (count <= 0)
		return;
	if (*first) {
		*first = 0;
		if (indent > 1)
			newline(dx, indent);
		else
			dx_putc(dx, ' ');
	} else {
		dx_puts(dx, ", ");
	}
	dx_puts(dx, tok2str(dx, hncp_types, "Easter Egg", mask));
	if (count > 1)
		dx_printf(dx, " (x%d)", count);
}

static uint32_t type_mask_of(unsigned type)
{
	size_t i;

	for (i = 0; hncp_types[i].s && hncp_types[i].v <= 0xffff; i++)
		if (hncp_types[i].v == type)
			return type;
	if (type == 0)
		return R_RESERVED;
	if (type >= 44 && type <= 511)
		return R_UNASSIGNED;
	if (type >= 768 && type <= 1023)
		return R_PRIVATE_USE;
	return R_FUTURE_USE;
}

/* nested TLVs after off bytes of a body, off rounded up to 4 */
static void nested(struct dx *dx, const uint8_t *value, unsigned bodylen, unsigned off,
		   int indent)
{
	off = (off + 3) & ~3u;
	if (bodylen >= off)
		hncp_rec(dx, value + off, bodylen - off, indent + 1);
}

/* one TLV's body from the line form; 1 when this level ends invalid */
static int tlv_body(struct dx *dx, uint32_t mask, const uint8_t *value, unsigned bodylen,
		    int indent)
{
	unsigned c, l;
	int r;

	switch (mask) {
	case T_REQ_NETWORK_STATE:
		if (bodylen != 0)
			dx_print_invalid(dx);
		break;
	case T_REQ_NODE_STATE:
		if (bodylen != 4) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " NID: ");
		put_nid(dx, value);
		break;
	case T_NODE_ENDPOINT:
		if (bodylen != 8) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " NID: ");
		put_nid(dx, value);
		dx_printf(dx, " EPID: %08x", GET_BE32(dx, value + 4));
		break;
	case T_NETWORK_STATE:
		if (bodylen != 8) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, " hash: %016llx", (unsigned long long)GET_BE64(dx, value));
		break;
	case T_NODE_STATE:
		if (bodylen < 20) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " NID: ");
		put_nid(dx, value);
		dx_printf(dx, " seqno: %u ", GET_BE32(dx, value + 4));
		put_interval(dx, GET_BE32(dx, value + 8));
		dx_printf(dx, " hash: %016llx", (unsigned long long)GET_BE64(dx, value + 12));
		hncp_rec(dx, value + 20, bodylen - 20, indent + 1);
		break;
	case T_PEER:
		if (bodylen != 12) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " Peer-NID: ");
		put_nid(dx, value);
		dx_printf(dx, " Peer-EPID: %08x Local-EPID: %08x", GET_BE32(dx, value + 4),
			  GET_BE32(dx, value + 8));
		break;
	case T_KEEP_ALIVE:
		if (bodylen < 8) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, " EPID: %08x Interval: ", GET_BE32(dx, value));
		put_interval(dx, GET_BE32(dx, value + 4));
		break;
	case T_TRUST_VERDICT:
		if (bodylen <= 36) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, " Verdict: %u Fingerprint: ", GET_U8(dx, value));
		put_256(dx, value + 4);
		dx_puts(dx, " Common Name: ");
		dx_printjnp(dx, value + 36, bodylen - 36);
		break;
	case T_HNCP_VERSION:
		if (bodylen < 5) {
			dx_print_invalid(dx);
			break;
		}
		c = GET_BE16(dx, value + 2);
		dx_printf(dx, " M: %u P: %u H: %u L: %u User-agent: ", c >> 12 & 0xf, c >> 8 & 0xf,
			  c >> 4 & 0xf, c & 0xf);
		dx_printjnp(dx, value + 4, bodylen - 4);
		break;
	case T_EXTERNAL_CONNECTION:
		hncp_rec(dx, value, bodylen, indent + 1);
		break;
	case T_DELEGATED_PREFIX:
		if (bodylen < 9 || bodylen < 9 + (GET_U8(dx, value + 8) + 7u) / 8) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " VLSO: ");
		put_interval(dx, GET_BE32(dx, value));
		dx_puts(dx, " PLSO: ");
		put_interval(dx, GET_BE32(dx, value + 4));
		dx_puts(dx, " Prefix: ");
		r = print_prefix(dx, value + 8, bodylen - 8);
		if (r == -1) {
			dx_puts(dx, "(length is invalid)");
			break;
		}
		if (r < 0) {
			dx_print_invalid(dx);
			break;
		}
		nested(dx, value, bodylen, 8 + (unsigned)r, indent);
		break;
	case T_PREFIX_POLICY:
		if (bodylen < 1) {
			dx_print_invalid(dx);
			break;
		}
		c = GET_U8(dx, value);
		dx_puts(dx, " type: ");
		if (c == 0) {
			if (bodylen != 1)
				dx_print_invalid(dx);
			else
				dx_puts(dx, "Internet connectivity");
		} else if (c <= 128) {
			dx_puts(dx, "Dest-Prefix: ");
			r = print_prefix(dx, value, bodylen);
			if (r == -1)
				dx_puts(dx, "(length is invalid)");
			else if (r < 0)
				dx_print_invalid(dx);
		} else if (c == 129) {
			dx_puts(dx, "DNS domain: ");
			print_dns_label(dx, value + 1, bodylen - 1);
		} else if (c == 130) {
			dx_puts(dx, "Opaque UTF-8: ");
			dx_printjnp(dx, value + 1, bodylen - 1);
		} else if (c == 131) {
			if (bodylen != 1)
				dx_print_invalid(dx);
			else
				dx_puts(dx, "Restrictive assignment");
		} else {
			dx_printf(dx, "Unknown (%u)", c);
		}
		break;
	case T_DHCPV4_DATA:
		if (bodylen == 0) {
			dx_print_invalid(dx);
			break;
		}
		if (dhcpv4_print(dx, value, bodylen, indent + 1) != 0)
			return 1;
		break;
	case T_DHCPV6_DATA:
		if (bodylen == 0) {
			dx_print_invalid(dx);
			break;
		}
		if (dhcpv6_print(dx, value, bodylen, indent + 1) != 0)
			dx_print_invalid(dx);
		break;
	case T_ASSIGNED_PREFIX:
		if (bodylen < 6 || bodylen < 6 + (GET_U8(dx, value + 5) + 7u) / 8) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, " EPID: %08x Prty: %u", GET_BE32(dx, value), GET_U8(dx, value + 4) & 0xf);
		dx_puts(dx, " Prefix: ");
		r = print_prefix(dx, value + 5, bodylen - 5);
		if (r < 0) {
			dx_print_invalid(dx);
			break;
		}
		nested(dx, value, bodylen, 5 + (unsigned)r, indent);
		break;
	case T_NODE_ADDRESS:
		if (bodylen < 20) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, " EPID: %08x IP Address: ", GET_BE32(dx, value));
		put_ip6addr(dx, value + 4);
		hncp_rec(dx, value + 20, bodylen - 20, indent + 1);
		break;
	case T_DNS_DELEGATED_ZONE:
		if (bodylen < 17) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " IP-Address: ");
		put_ip6addr(dx, value);
		c = GET_U8(dx, value + 16);
		dx_printf(dx, " %c%c%c ", c & 4 ? 'l' : '-', c & 2 ? 'b' : '-', c & 1 ? 's' : '-');
		r = print_dns_label(dx, value + 17, bodylen - 17);
		if (r < 0) {
			dx_print_invalid(dx);
			break;
		}
		nested(dx, value, bodylen, 17 + (unsigned)r, indent);
		break;
	case T_DOMAIN_NAME:
		if (bodylen == 0) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " Domain: ");
		print_dns_label(dx, value, bodylen);
		break;
	case T_NODE_NAME:
		if (bodylen < 17) {
			dx_print_invalid(dx);
			break;
		}
		l = GET_U8(dx, value + 16);
		if (bodylen < 17 + l) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " IP-Address: ");
		put_ip6addr(dx, value);
		dx_puts(dx, " Name: ");
		if (l < 64) {
			dx_putc(dx, '"');
			dx_printjnp(dx, value + 17, l);
			dx_putc(dx, '"');
		} else {
			dx_print_invalid(dx);
		}
		nested(dx, value, bodylen, 17 + l, indent);
		break;
	case T_MANAGED_PSK:
		if (bodylen < 32) {
			dx_print_invalid(dx);
			break;
		}
		dx_puts(dx, " PSK: ");
		put_256(dx, value);
		hncp_rec(dx, value + 32, bodylen - 32, indent + 1);
		break;
	}
	return 0;
}

static void hncp_rec(struct dx *dx, const uint8_t *cp, unsigned length, int indent)
{
	int verbose = dx->opts->verbose;
	const int in_line = indent - 1 >= verbose && verbose < 3;
	uint32_t last_mask = 0xffffffffu;
	int last_count = -1, first = 1;
	unsigned i = 0;

	while (i < length) {
		const uint8_t *tlv = cp + i, *value = tlv + 4;
		unsigned type, bodylen;
		uint32_t mask;
		int bad;

		if (!in_line)
			newline(dx, indent);
		if (!DX_TTEST(dx, tlv, 4)) {
			dx_print_trunc(dx);
			return;
		}
		if (i + 4 > length)
			goto invalid;
		type = GET_BE16(dx, tlv);
		bodylen = GET_BE16(dx, tlv + 2);
		if (!DX_TTEST(dx, value, bodylen)) {
			dx_print_trunc(dx);
			return;
		}
		if (i + bodylen + 4 > length)
			goto invalid;
		mask = type_mask_of(type);
		DX_SUBTREE(dx, tlv, 4 + bodylen, "%s (type %u), length %u",
			   tok2str(dx, hncp_types, "Easter Egg", mask), type, bodylen);
		DX_FIELD(dx, tlv, 2, "Type: %u", type);
		DX_FIELD(dx, tlv + 2, 2, "Length: %u", bodylen);
		if (in_line) {
			if (last_mask == mask) {
				last_count++;
			} else {
				put_type_in_line(dx, last_mask, last_count, indent, &first);
				last_mask = mask;
				last_count = 1;
			}
			bad = 0;
		} else {
			dx_puts(dx, tok2str(dx, hncp_types, "Easter Egg (42)", mask));
			if (mask > 0xffff)
				dx_printf(dx, ": type=%u", type);
			dx_printf(dx, " (%u)", bodylen + 4);
			bad = tlv_body(dx, mask, value, bodylen, indent);
		}
		DX_LAYER_END(dx);
		if (bad)
			goto invalid;
		i += 4 + ((bodylen + 3) & ~3u);
	}
	put_type_in_line(dx, last_mask, last_count, indent, &first);
	return;
invalid:
	dx_print_invalid(dx);
}

void hncp_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	dx_proto(dx, "hncp");
	dx_printf(dx, "hncp (%u)", length);
	DX_LAYER(dx, cp, length, "Home Networking Control Protocol");
	hncp_rec(dx, cp, length, 1);
	DX_LAYER_END(dx);
}
