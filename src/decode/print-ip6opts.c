// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPv6 extension headers: Hop-by-Hop and Destination options,
 * Fragment, Routing (types 0, 2 and 4/SRH)
 * RFC 8200 (IPv6), RFC 2675 (jumbograms), RFC 2711 (router alert),
 * RFC 6275 (home address, type 2 routing), RFC 8754 (SRH)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

enum {
	IP6OPT_PAD1 = 0x00,
	IP6OPT_PADN = 0x01,
	IP6OPT_ROUTER_ALERT = 0x05,
	IP6OPT_JUMBO = 0xc2,
	IP6OPT_HOME_ADDRESS = 0xc9,
};
#define IP6OPT_MINLEN 2
#define IP6OPT_RTALERT_LEN 4
#define IP6OPT_JUMBO_LEN 6
#define IP6OPT_HOMEADDR_MINLEN 18
#define IP6F_OFF_MASK 0xfff8

static const struct tok ip6opt_names[] = {
	{ IP6OPT_PAD1, "Pad1" },
	{ IP6OPT_PADN, "PadN" },
	{ IP6OPT_ROUTER_ALERT, "Router Alert" },
	{ IP6OPT_JUMBO, "Jumbo Payload" },
	{ IP6OPT_HOME_ADDRESS, "Home Address" },
	{ 0x04, "Tunnel Encapsulation Limit" },
	{ 0x63, "RPL" },
	{ 0, NULL }
};

/* sub-options of the home address option; -1 when invalid */
static int ip6_sopt_print(struct dx *dx, const uint8_t *bp, int len)
{
	int i, optlen;

	for (i = 0; i < len; i += optlen) {
		unsigned t = GET_U8(dx, bp + i);

		if (t == IP6OPT_PAD1) {
			optlen = 1;
		} else {
			if (i + 1 < len)
				optlen = GET_U8(dx, bp + i + 1) + 2;
			else
				return -1;
		}
		if (i + optlen > len)
			return -1;
		switch (t) {
		case IP6OPT_PAD1:
			dx_puts(dx, ", pad1");
			break;
		case IP6OPT_PADN:
			if (len - i < IP6OPT_MINLEN) {
				dx_puts(dx, ", padn: trunc");
				return -1;
			}
			dx_puts(dx, ", padn");
			break;
		default:
			if (len - i < IP6OPT_MINLEN) {
				dx_printf(dx, ", sopt_type %u: trunc)", t);
				return -1;
			}
			dx_printf(dx, ", sopt_type 0x%02x: len=%u", t, GET_U8(dx, bp + i + 1));
			break;
		}
	}
	return 0;
}

/* the options of a HBH or DSTOPT header; -1 when invalid */
static int ip6_opt_process(struct dx *dx, const uint8_t *bp, int len, int *found_jumbop,
			   uint32_t *payload_len)
{
	int i, optlen = 0, found_jumbo = 0, v = dx->opts->verbose;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i += optlen) {
		unsigned t = GET_U8(dx, bp + i);

		if (t == IP6OPT_PAD1) {
			optlen = 1;
		} else {
			if (i + 1 < len)
				optlen = GET_U8(dx, bp + i + 1) + 2;
			else
				return -1;
		}
		if (i + optlen > len)
			return -1;
		DX_FIELD(dx, bp + i, (size_t)optlen, "Option: %s (0x%02x), length %d",
			 tok2str(dx, ip6opt_names, "unknown", t), t, optlen);
		switch (t) {
		case IP6OPT_PAD1:
			if (v)
				dx_puts(dx, "(pad1)");
			break;
		case IP6OPT_PADN:
			if (len - i < IP6OPT_MINLEN) {
				dx_puts(dx, "(padn: trunc)");
				return -1;
			}
			if (v)
				dx_puts(dx, "(padn)");
			break;
		case IP6OPT_ROUTER_ALERT:
			if (len - i < IP6OPT_RTALERT_LEN) {
				dx_puts(dx, "(rtalert: trunc)");
				return -1;
			}
			if (GET_U8(dx, bp + i + 1) != IP6OPT_RTALERT_LEN - 2) {
				dx_printf(dx, "(rtalert: invalid len %u)", GET_U8(dx, bp + i + 1));
				return -1;
			}
			if (v)
				dx_printf(dx, "(rtalert: 0x%04x) ", GET_BE16(dx, bp + i + 2));
			break;
		case IP6OPT_JUMBO: {
			uint32_t jumbolen;

			if (len - i < IP6OPT_JUMBO_LEN) {
				dx_puts(dx, "(jumbo: trunc)");
				return -1;
			}
			if (GET_U8(dx, bp + i + 1) != IP6OPT_JUMBO_LEN - 2) {
				dx_printf(dx, "(jumbo: invalid len %u)", GET_U8(dx, bp + i + 1));
				return -1;
			}
			jumbolen = GET_BE32(dx, bp + i + 2);
			if (found_jumbo) {
				if (v)
					dx_printf(dx, "(jumbo: %u - already seen) ", jumbolen);
			} else {
				found_jumbo = 1;
				if (!payload_len) {
					if (v)
						dx_printf(dx,
							  "(jumbo: %u - not a hop-by-hop option) ",
							  jumbolen);
				} else if (*payload_len != 0) {
					if (v)
						dx_printf(dx, "(jumbo: %u - payload len != 0) ",
							  jumbolen);
				} else if (jumbolen < 65536) {
					if (v)
						dx_printf(dx, "(jumbo: %u - < 65536) ", jumbolen);
				} else {
					*found_jumbop = 1;
					*payload_len = jumbolen;
					if (v)
						dx_printf(dx, "(jumbo: %u) ", jumbolen);
				}
			}
			break;
		}
		case IP6OPT_HOME_ADDRESS:
			if (len - i < IP6OPT_HOMEADDR_MINLEN) {
				dx_puts(dx, "(homeaddr: trunc)");
				return -1;
			}
			if (GET_U8(dx, bp + i + 1) < IP6OPT_HOMEADDR_MINLEN - 2) {
				dx_printf(dx, "(homeaddr: invalid len %u)", GET_U8(dx, bp + i + 1));
				return -1;
			}
			if (v) {
				dx_printf(dx, "(homeaddr: %s", GET_IP6ADDR_STRING(dx, bp + i + 2));
				if (GET_U8(dx, bp + i + 1) > IP6OPT_HOMEADDR_MINLEN - 2) {
					if (ip6_sopt_print(dx, bp + i + IP6OPT_HOMEADDR_MINLEN,
							   optlen - IP6OPT_HOMEADDR_MINLEN) < 0)
						return -1;
				}
				dx_putc(dx, ')');
			}
			break;
		default:
			if (len - i < IP6OPT_MINLEN) {
				dx_printf(dx, "(type %u: trunc)", t);
				return -1;
			}
			if (v)
				dx_printf(dx, "(opt_type 0x%02x: len=%u)", t,
					  GET_U8(dx, bp + i + 1));
			break;
		}
	}
	if (v)
		dx_putc(dx, ' ');
	return 0;
}

static void opthdr_tree(struct dx *dx, const uint8_t *bp, unsigned len, const char *name)
{
	DX_LAYER(dx, bp, len, "%s", name);
	DX_FIELD(dx, bp, 1, "Next Header: %s (%u)", tok2str(dx, ipproto_values, "unknown", bp[0]),
		 bp[0]);
	DX_FIELD(dx, bp + 1, 1, "Length: %u (%u bytes)", bp[1], len);
}

int hbhopt_process(struct dx *dx, const uint8_t *bp, int *found_jumbo, uint32_t *payload_len)
{
	unsigned len;
	int r;

	dx_proto(dx, "hbhopt");
	len = (GET_U8(dx, bp + 1) + 1u) << 3;
	if (!DX_TTEST(dx, bp, len))
		goto trunc;
	dx_puts(dx, "HBH ");
	opthdr_tree(dx, bp, len, "IPv6 Hop-by-Hop Option");
	r = ip6_opt_process(dx, bp + 2, (int)len - 2, found_jumbo, payload_len);
	DX_LAYER_END(dx);
	if (r < 0)
		goto trunc;
	return (int)len;
trunc:
	dx_print_trunc(dx);
	return -1;
}

int dstopt_process(struct dx *dx, const uint8_t *bp)
{
	unsigned len;
	int r = 0;

	dx_proto(dx, "dstopt");
	len = (GET_U8(dx, bp + 1) + 1u) << 3;
	if (!DX_TTEST(dx, bp, len))
		goto trunc;
	dx_puts(dx, "DSTOPT ");
	opthdr_tree(dx, bp, len, "IPv6 Destination Option");
	/* options are read only with -v; Jumbo is not valid here */
	if (dx->opts->verbose)
		r = ip6_opt_process(dx, bp + 2, (int)len - 2, NULL, NULL);
	DX_LAYER_END(dx);
	if (r < 0)
		goto trunc;
	return (int)len;
trunc:
	dx_print_trunc(dx);
	return -1;
}

int frag6_print(struct dx *dx, const uint8_t *bp, const uint8_t *ip6)
{
	unsigned offlg, plen;
	size_t rest;

	dx_proto(dx, "frag6");
	offlg = GET_BE16(dx, bp + 2);
	plen = GET_BE16(dx, ip6 + 4);
	/* bytes after this header, by the IPv6 payload length (may wrap as in tcpdump) */
	rest = 40 + (size_t)plen - (size_t)(bp - ip6) - 8;
	if (dx->opts->verbose)
		dx_printf(dx, "frag (0x%08x:%u|%zu)", GET_BE32(dx, bp + 4), offlg & IP6F_OFF_MASK,
			  rest);
	else
		dx_printf(dx, "frag (%u|%zu)", offlg & IP6F_OFF_MASK, rest);
	DX_LAYER(dx, bp, 8, "IPv6 Fragment Header");
	DX_FIELD(dx, bp, 1, "Next Header: %s (%u)", tok2str(dx, ipproto_values, "unknown", bp[0]),
		 bp[0]);
	DX_FIELD(dx, bp + 2, 2, "Offset: %u, More Fragments: %s", offlg & IP6F_OFF_MASK,
		 (offlg & 1) ? "Yes" : "No");
	if (DX_TTEST(dx, bp + 4, 4))
		DX_FIELD(dx, bp + 4, 4, "Identification: 0x%08x", GET_BE32(dx, bp + 4));
	DX_LAYER_END(dx);
	/* later fragments lack the next header */
	if (offlg & IP6F_OFF_MASK)
		return -1;
	dx_putc(dx, ' ');
	return 8;
}

int rt6_print(struct dx *dx, const uint8_t *bp, const uint8_t *ip6)
{
	unsigned i, len, type;
	const uint8_t *p;

	(void)ip6;
	dx_proto(dx, "rt6");
	ip_print_protocol_caps(dx);
	len = GET_U8(dx, bp + 1);
	dx_printf(dx, " (len=%u", len);
	type = GET_U8(dx, bp + 2);
	dx_printf(dx, ", type=%u", type);
	if (type == 0)
		dx_puts(dx, " [Deprecated]");
	dx_printf(dx, ", segleft=%u", GET_U8(dx, bp + 3));
	DX_LAYER(dx, bp, (len + 1u) << 3, "IPv6 Routing Header, Type: %u", type);
	DX_FIELD(dx, bp, 1, "Next Header: %s (%u)", tok2str(dx, ipproto_values, "unknown", bp[0]),
		 bp[0]);
	DX_FIELD(dx, bp + 1, 1, "Length: %u (%u bytes)", len, (len + 1) << 3);
	DX_FIELD(dx, bp + 2, 1, "Type: %u", type);
	DX_FIELD(dx, bp + 3, 1, "Segments Left: %u", bp[3]);
	switch (type) {
	case 0:
	case 2:
		if (GET_BE32(dx, bp + 4) || dx->opts->verbose)
			dx_printf(dx, ", rsv=0x%0x", GET_BE32(dx, bp + 4));
		if (len % 2 == 1) {
			dx_printf(dx, " (invalid length %u)", len);
			break;
		}
		len >>= 1;
		p = bp + 8;
		for (i = 0; i < len; i++, p += 16) {
			dx_printf(dx, ", [%u]%s", i, GET_IP6ADDR_STRING(dx, p));
			DX_FIELD(dx, p, 16, "Address[%u]: %s", i, GET_IP6ADDR_STRING(dx, p));
		}
		dx_puts(dx, ") ");
		DX_LAYER_END(dx);
		return (int)((GET_U8(dx, bp + 1) + 1u) << 3);
	case 4:
		dx_printf(dx, ", last-entry=%u", GET_U8(dx, bp + 4));
		if (GET_U8(dx, bp + 5) || dx->opts->verbose)
			dx_printf(dx, ", flags=0x%0x", GET_U8(dx, bp + 5));
		dx_printf(dx, ", tag=%x", GET_BE16(dx, bp + 6));
		if (len % 2 == 1) {
			dx_printf(dx, " (invalid length %u)", len);
			break;
		}
		len >>= 1;
		p = bp + 8;
		for (i = 0; i < len; i++, p += 16) {
			dx_printf(dx, ", [%u]%s", i, GET_IP6ADDR_STRING(dx, p));
			DX_FIELD(dx, p, 16, "Segment[%u]: %s", i, GET_IP6ADDR_STRING(dx, p));
		}
		dx_puts(dx, ") ");
		DX_LAYER_END(dx);
		return (int)((GET_U8(dx, bp + 1) + 1u) << 3);
	default:
		dx_puts(dx, " (unknown type)");
		break;
	}
	DX_LAYER_END(dx);
	dx_print_invalid(dx);
	return -1;
}
