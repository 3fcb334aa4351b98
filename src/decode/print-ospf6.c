// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: OSPFv3 printer
 * RFC 5340 (OSPF for IPv6), RFC 5613 (LLS), RFC 7166 (authentication trailer)
 */
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define HDRLEN 16
#define LSAHDR 20
#define OPT_L 0x0200

static const struct tok ospf6_option_values[] = {
	{ 0x01, "V6" },
	{ 0x02, "External" },
	{ 0x04, "Deprecated" },
	{ 0x08, "NSSA" },
	{ 0x10, "Router" },
	{ 0x20, "Demand Circuit" },
	{ 0x0100, "AFs Support" },
	{ 0x0200, "LLS" },
	{ 0x0400, "Authentication Trailer" },
	{ 0, NULL }
};

static const struct tok ospf6_rla_flag_values[] = {
	{ 0x01, "ABR" },
	{ 0x02, "External" },
	{ 0x04, "Virtual-Link Endpoint" },
	{ 0x08, "Deprecated" },
	{ 0x10, "NSSA Translator" },
	{ 0, NULL }
};

static const struct tok ospf6_asla_flag_values[] = {
	{ 0x80000000, "External Type 2" },
	{ 0x02000000, "Forwarding" },
	{ 0x01000000, "Tag" },
	{ 0, NULL }
};

static const struct tok ospf6_type_values[] = {
	{ 1, "Hello" },
	{ 2, "Database Description" },
	{ 3, "LS-Request" },
	{ 4, "LS-Update" },
	{ 5, "LS-Ack" },
	{ 0, NULL }
};

static const struct tok ospf6_lsa_values[] = {
	{ 1, "Router" },
	{ 2, "Network" },
	{ 3, "Inter-Area Prefix" },
	{ 4, "Inter-Area Router" },
	{ 5, "External" },
	{ 6, "Deprecated" },
	{ 7, "NSSA" },
	{ 8, "Link" },
	{ 9, "Intra-Area Prefix" },
	{ 10, "Intra-Area TE" },
	{ 11, "Grace" },
	{ 12, "Router Information" },
	{ 13, "Inter-AS-TE" },
	{ 14, "Layer 1 VPN" },
	{ 0, NULL }
};

static const struct tok ospf6_ls_scope_values[] = {
	{ 0x0000, "Link Local" },
	{ 0x2000, "Area Local" },
	{ 0x4000, "Domain Wide" },
	{ 0, NULL }
};

static const struct tok ospf6_dd_flag_values[] = {
	{ 0x04, "Init" },
	{ 0x02, "More" },
	{ 0x01, "Master" },
	{ 0x10, "IPv6 MTU" },
	{ 0, NULL }
};

static const struct tok ospf6_lsa_prefix_option_values[] = {
	{ 0x01, "No Unicast" },
	{ 0x02, "Local address" },
	{ 0x04, "Deprecated" },
	{ 0x08, "Propagate" },
	{ 0x10, "Down" },
	{ 0x20, "N-bit" },
	{ 0, NULL }
};

static const struct tok ospf6_auth_type_str[] = {
	{ 1, "HMAC" },
	{ 0, NULL }
};

static void print_ls_type(struct dx *dx, unsigned ls_type, const uint8_t *stateid)
{
	dx_printf(dx, "\n\t    %s LSA (%u), %s Scope%s, LSA-ID %s",
		  tok2str(dx, ospf6_lsa_values, "Unknown", ls_type & 0x1fff), ls_type & 0x1fff,
		  tok2str(dx, ospf6_ls_scope_values, "Unknown", ls_type & 0x6000),
		  (ls_type & 0x8000) ? ", transitive" : "", GET_IPADDR_STRING(dx, stateid));
}

/* 1 when the header is not all before dataend */
static int print_lshdr(struct dx *dx, const uint8_t *h, const uint8_t *dataend)
{
	if (h + LSAHDR > dataend)
		return 1;
	{
		const char *rtr = GET_IPADDR_STRING(dx, h + 8);
		uint32_t seq = GET_BE32(dx, h + 12);
		unsigned age = GET_BE16(dx, h);

		dx_printf(dx, "\n\t  Advertising Router %s, seq 0x%08x, age %us, length %zu", rtr,
			  seq,
			  age, (size_t)GET_BE16(dx, h + 18) - LSAHDR);
	}
	print_ls_type(dx, GET_BE16(dx, h + 2), h + 4);
	return 0;
}

/* a prefix; its length, or -1 */
static int print_lsaprefix(struct dx *dx, const uint8_t *p, unsigned lsa_length)
{
	unsigned wordlen, plen;
	uint8_t prefix[16];
	char a[64];

	if (lsa_length < 4)
		return -1;
	lsa_length -= 4;
	if (!DX_TTEST(dx, p, 4))
		return -1;
	plen = p[0];
	wordlen = (plen + 31) / 32;
	if (wordlen * 4 > 16) {
		dx_printf(dx, " bogus prefixlen /%u", plen);
		return -1;
	}
	if (lsa_length < wordlen * 4)
		return -1;
	memset(prefix, 0, sizeof(prefix));
	GET_CPY_BYTES(dx, prefix, p + 4, wordlen * 4);
	dx_fmt_ip6(a, sizeof(a), prefix);
	{
		const struct name_resolver *r = dx->opts->no_resolve ? NULL : dx->opts->resolver;
		const char *name = r && r->ip6 ? r->ip6(r->ctx, prefix) : NULL;

		dx_printf(dx, "\n\t\t%s/%u", name ? name : a, plen);
	}
	if (p[1])
		dx_printf(dx, ", Options [%s]",
			  bittok2str(dx, ospf6_lsa_prefix_option_values, "none", p[1]));
	dx_printf(dx, ", metric %u", GET_BE16(dx, p + 2));
	return (int)(4 + wordlen * 4);
}

/* prefixes until the count or the length runs out; -1 when bad */
static int prefixes(struct dx *dx, const uint8_t **tp, unsigned *len, unsigned n, int by_len)
{
	while (by_len ? *len != 0 : n > 0) {
		int b = print_lsaprefix(dx, *tp, *len);

		if (b < 0)
			return -1;
		n--;
		*len -= (unsigned)b;
		*tp += b;
	}
	return 0;
}

/* one LSA; 1 to stop */
static int print_lsa(struct dx *dx, const uint8_t *lsa, const uint8_t *dataend)
{
	unsigned length, lsa_length;
	const uint8_t *tptr, *b = lsa + LSAHDR;

	if (print_lshdr(dx, lsa, dataend))
		return 1;
	length = GET_BE16(dx, lsa + 18);
	if (length < LSAHDR || lsa + length > dataend)
		return 1;
	lsa_length = length - LSAHDR;
	tptr = b;
	switch (GET_BE16(dx, lsa + 2)) {
	case 0x2001: {
		const uint8_t *rl;

		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		dx_printf(dx, "\n\t      Options [%s]",
			  bittok2str(dx, ospf6_option_values, "none", GET_BE32(dx, b)));
		dx_printf(dx, ", RLA-Flags [%s]",
			  bittok2str(dx, ospf6_rla_flag_values, "none", b[0]));
		for (rl = b + 4; lsa_length != 0; rl += 16) {
			const char *nrt, *nif, *ifid;
			unsigned t;

			if (lsa_length < 16)
				return 1;
			lsa_length -= 16;
			if (!DX_TTEST(dx, rl, 16))
				return 1;
			t = rl[0];
			if (t != 1 && t != 2 && t != 4) {
				dx_printf(dx, "\n\t      Unknown Router Links Type 0x%02x", t);
				return 0;
			}
			nrt = GET_IPADDR_STRING(dx, rl + 12);
			nif = GET_IPADDR_STRING(dx, rl + 8);
			ifid = GET_IPADDR_STRING(dx, rl + 4);
			dx_printf(dx,
				  "\n\t      %s %s\n\t      Neighbor Interface-ID %s, Interface %s",
				  t == 4 ? "Virtual Link: Neighbor Router-ID" :
				  t == 1 ? "Neighbor Router-ID" : "Neighbor Network-ID",
				  nrt, nif, ifid);
			dx_printf(dx, ", metric %u", GET_BE16(dx, rl + 2));
		}
		break;
	}
	case 0x2002: {
		const uint8_t *ap;

		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		dx_printf(dx, "\n\t      Options [%s]",
			  bittok2str(dx, ospf6_option_values, "none", GET_BE32(dx, b)));
		dx_puts(dx, "\n\t      Connected Routers:");
		for (ap = b + 4; lsa_length != 0; ap += 4) {
			if (lsa_length < 4)
				return 1;
			lsa_length -= 4;
			dx_printf(dx, "\n\t\t%s", GET_IPADDR_STRING(dx, ap));
		}
		break;
	}
	case 0x2003:
		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		dx_printf(dx, ", metric %u", GET_BE32(dx, b) & 0x00ffffff);
		tptr = b + 4;
		if (prefixes(dx, &tptr, &lsa_length, 0, 1) < 0)
			return 1;
		break;
	case 0x4005: {
		uint32_t flags;
		const uint8_t *pfx;
		int bl;

		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		flags = GET_BE32(dx, b);
		dx_printf(dx, "\n\t     Flags [%s]",
			  bittok2str(dx, ospf6_asla_flag_values, "none", flags));
		dx_printf(dx, " metric %u", GET_BE32(dx, b) & 0x00ffffff);
		pfx = tptr = b + 4;
		bl = print_lsaprefix(dx, tptr, lsa_length);
		if (bl < 0)
			return 1;
		lsa_length -= (unsigned)bl;
		tptr += bl;
		if (flags & 0x02000000) {
			if (lsa_length < 16)
				return 1;
			lsa_length -= 16;
			dx_printf(dx, " forward %s", GET_IP6ADDR_STRING(dx, tptr));
			tptr += 16;
		}
		if (flags & 0x01000000) {
			if (lsa_length < 4)
				return 1;
			lsa_length -= 4;
			dx_printf(dx, " tag %s", GET_IPADDR_STRING(dx, tptr));
			tptr += 4;
		}
		if (GET_U8(dx, pfx + 2)) {
			if (lsa_length < 4)
				return 1;
			lsa_length -= 4;
			dx_printf(dx, " RefLSID: %s", GET_IPADDR_STRING(dx, tptr));
			tptr += 4;
		}
		break;
	}
	case 0x0008: {
		unsigned n;

		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		if (!DX_TTEST(dx, b, 4))
			return 1;
		dx_printf(dx, "\n\t      Options [%s]",
			  bittok2str(dx, ospf6_option_values, "none", GET_BE32(dx, b)));
		if (lsa_length < 20)
			return 1;
		lsa_length -= 20;
		n = GET_BE32(dx, b + 20);
		{
			const char *ll = GET_IP6ADDR_STRING(dx, b + 4);

			dx_printf(dx, "\n\t      Priority %u, Link-local address %s, Prefixes %u:",
				  b[0],
				  ll, n);
		}
		tptr = b + 24;
		if (prefixes(dx, &tptr, &lsa_length, n, 0) < 0)
			return 1;
		break;
	}
	case 0x2009: {
		unsigned n;

		if (lsa_length < 4)
			return 1;
		lsa_length -= 4;
		if (!DX_TTEST(dx, b + 8, 4))
			return 1;
		print_ls_type(dx, GET_BE16(dx, b + 2), b + 4);
		if (lsa_length < 2)
			return 1;
		lsa_length -= 2;
		n = GET_BE16(dx, b);
		dx_printf(dx, "\n\t      Prefixes %u:", n);
		tptr = b + 12;
		if (prefixes(dx, &tptr, &lsa_length, n, 0) < 0)
			return 1;
		break;
	}
	case 0x000b:
		if (ospf_grace_lsa_print(dx, tptr, lsa_length) == -1)
			return 1;
		break;
	case 0x000a:
		if (ospf_te_lsa_print(dx, tptr, lsa_length) == -1)
			return 1;
		break;
	default:
		if (!DX_TTEST(dx, tptr, 0)) {
			ip_print_unknown_data(dx, tptr, "\n\t      ", lsa_length);
			return 1;
		}
		ip_print_unknown_data(dx, tptr, "\n\t      ", lsa_length);
		break;
	}
	return 0;
}

/* 1 when truncated */
static int decode_v3(struct dx *dx, const uint8_t *op, const uint8_t *dataend)
{
	const uint8_t *p = op + HDRLEN;
	int vv = dx->opts->verbose > 1;

	switch (GET_U8(dx, op + 1)) {
	case 1: {
		unsigned hi, di;
		const char *ifid;

		dx_printf(dx, "\n\tOptions [%s]",
			  bittok2str(dx, ospf6_option_values, "none", GET_BE32(dx, p + 4)));
		hi = GET_BE16(dx, p + 8);
		di = GET_BE16(dx, p + 10);
		ifid = GET_IPADDR_STRING(dx, p);
		dx_printf(dx, "\n\t  Hello Timer %us, Dead Timer %us, Interface-ID %s, Priority %u",
			  hi,
			  di, ifid, GET_U8(dx, p + 4));
		if (GET_BE32(dx, p + 12) != 0)
			dx_printf(dx, "\n\t  Designated Router %s", GET_IPADDR_STRING(dx, p + 12));
		if (GET_BE32(dx, p + 16) != 0)
			dx_printf(dx, ", Backup Designated Router %s",
				  GET_IPADDR_STRING(dx, p + 16));
		if (vv) {
			dx_puts(dx, "\n\t  Neighbor List:");
			for (p += 20; p < dataend; p += 4)
				dx_printf(dx, "\n\t    %s", GET_IPADDR_STRING(dx, p));
		}
		break;
	}
	case 2:
		dx_printf(dx, "\n\tOptions [%s]",
			  bittok2str(dx, ospf6_option_values, "none", GET_BE32(dx, p)));
		dx_printf(dx, ", DD Flags [%s]",
			  bittok2str(dx, ospf6_dd_flag_values, "none", GET_U8(dx, p + 7)));
		dx_printf(dx, ", MTU %u, DD-Sequence 0x%08x", GET_BE16(dx, p + 4),
			  GET_BE32(dx, p + 8));
		if (vv) {
			for (p += 12; p < dataend; p += LSAHDR)
				if (print_lshdr(dx, p, dataend))
					return 1;
		}
		break;
	case 3:
		if (vv) {
			for (; p < dataend; p += 12) {
				if (!DX_TTEST(dx, p, 12))
					return 1;
				dx_printf(dx, "\n\t  Advertising Router %s",
					  GET_IPADDR_STRING(dx, p + 8));
				print_ls_type(dx, GET_BE16(dx, p + 2), p + 4);
			}
		}
		break;
	case 4:
		if (vv) {
			uint32_t i = GET_BE32(dx, p);

			for (p += 4; p < dataend && i--;) {
				if (print_lsa(dx, p, dataend))
					return 1;
				p += GET_BE16(dx, p + 18);
			}
		}
		break;
	case 5:
		if (vv) {
			for (; p < dataend; p += LSAHDR)
				if (print_lshdr(dx, p, dataend))
					return 1;
		}
		break;
	default:
		break;
	}
	return 0;
}

static int print_lls(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned dl;

	if (len == 0)
		return 0;
	if (len < 4)
		return -1;
	dx_printf(dx, "\n\tLLS Checksum 0x%04x", GET_BE16(dx, cp));
	dl = GET_BE16(dx, cp + 2);
	dx_printf(dx, ", Data Length %u", dl);
	if (dl < 4 || dl > len)
		return -1;
	if (!DX_TTEST(dx, cp + 4, dl - 4))
		return -1;
	return (int)dl;
}

static int decode_at(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned dl;

	if (len == 0)
		return 0;
	if (len < 16)
		return 1;
	dx_printf(dx, "\n\tAuthentication Type %s",
		  tok2str(dx, ospf6_auth_type_str, "unknown (0x%04x)", GET_BE16(dx, cp)));
	dl = GET_BE16(dx, cp + 2);
	dx_printf(dx, ", Length %u", dl);
	if (dl < 16 || dl > len)
		return 1;
	dx_printf(dx, ", SAID %u", GET_BE16(dx, cp + 6));
	dx_printf(dx, ", CSN 0x%08x", GET_BE32(dx, cp + 8));
	dx_printf(dx, ":%08x", GET_BE32(dx, cp + 12));
	if (!DX_TTEST(dx, cp + 16, dl - 16))
		return 1;
	if (dx->opts->verbose > 1)
		ip_print_unknown_data(dx, cp + 16, "\n\tAuthentication Data ", dl - 16);
	return 0;
}

static int decode_trailer(struct dx *dx, const uint8_t *op, const uint8_t *cp, unsigned len)
{
	unsigned type = GET_U8(dx, op + 1);
	int lls = 0, llslen = 0;

	if (type == 1)
		lls = (GET_BE32(dx, op + HDRLEN + 4) & OPT_L) != 0;
	else if (type == 2)
		lls = (GET_BE32(dx, op + HDRLEN) & OPT_L) != 0;
	if (lls && (llslen = print_lls(dx, cp, len)) < 0)
		return 1;
	return decode_at(dx, cp + llslen, len - (unsigned)llslen);
}

void ospf6_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const char *cp;
	unsigned datalen;

	dx_proto(dx, "ospf3");
	cp = tok2str(dx, ospf6_type_values, "unknown packet type (%u)", GET_U8(dx, bp + 1));
	dx_printf(dx, "OSPFv%u, %s, length %u", GET_U8(dx, bp), cp, length);
	DX_LAYER(dx, bp, length, "Open Shortest Path First v%u, %s", bp[0], cp);
	if (ospf_hdr_fields(dx, bp, cp, 16))
		DX_FIELD(dx, bp + 14, 1, "Instance ID: %u", bp[14]);
	DX_LAYER_END(dx);
	if (*cp == 'u' || !dx->opts->verbose)
		return;
	datalen = GET_BE16(dx, bp + 2);
	if (datalen > length) {
		dx_printf(dx, " [len %u]", datalen);
		return;
	}
	dx_printf(dx, "\n\tRouter-ID %s", GET_IPADDR_STRING(dx, bp + 4));
	if (GET_BE32(dx, bp + 8) != 0)
		dx_printf(dx, ", Area %s", GET_IPADDR_STRING(dx, bp + 8));
	else
		dx_puts(dx, ", Backbone Area");
	if (GET_U8(dx, bp + 14))
		dx_printf(dx, ", Instance %u", bp[14]);
	if (bp[0] == 3 && (decode_v3(dx, bp, bp + datalen) ||
			   decode_trailer(dx, bp, bp + datalen, length - datalen)))
		dx_print_trunc(dx);
}
