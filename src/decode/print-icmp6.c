// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ICMPv6 printer: errors, echo, MLD/MLDv2, neighbor discovery
 * RFC 4443 (ICMPv6), RFC 4861 (ND), RFC 2710/3810 (MLD, MLDv2),
 * RFC 4191 (route info), RFC 8106 (RDNSS, DNSSL), RFC 6275 (mobile IPv6)
 *
 * Output is tcpdump 4.99's print-icmp6.c. Node information queries,
 * router renumbering and RPL are decoded as tcpdump does.
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "util.h"
#include "ipproto.h"
#include "print.h"

enum {
	ICMP6_DST_UNREACH = 1,
	ICMP6_PACKET_TOO_BIG = 2,
	ICMP6_TIME_EXCEEDED = 3,
	ICMP6_PARAM_PROB = 4,
	ICMP6_ECHO_REQUEST = 128,
	ICMP6_ECHO_REPLY = 129,
	MLD6_LISTENER_QUERY = 130,
	MLD6_LISTENER_REPORT = 131,
	MLD6_LISTENER_DONE = 132,
	ND_ROUTER_SOLICIT = 133,
	ND_ROUTER_ADVERT = 134,
	ND_NEIGHBOR_SOLICIT = 135,
	ND_NEIGHBOR_ADVERT = 136,
	ND_REDIRECT = 137,
	ICMP6_ROUTER_RENUMBERING = 138,
	ICMP6_NI_QUERY = 139,
	ICMP6_NI_REPLY = 140,
	IND_SOLICIT = 141,
	IND_ADVERT = 142,
	MLDV2_LISTENER_REPORT = 143,
	ICMP6_HADISCOV_REQUEST = 144,
	ICMP6_HADISCOV_REPLY = 145,
	ICMP6_MOBILEPREFIX_SOLICIT = 146,
	ICMP6_MOBILEPREFIX_ADVERT = 147,
	ND_RPL_MESSAGE = 155,
	MLD6_MTRACE_RESP = 200,
	MLD6_MTRACE = 201,
};

enum {
	ND_OPT_SOURCE_LINKADDR = 1,
	ND_OPT_TARGET_LINKADDR = 2,
	ND_OPT_PREFIX_INFORMATION = 3,
	ND_OPT_REDIRECTED_HEADER = 4,
	ND_OPT_MTU = 5,
	ND_OPT_ADVINTERVAL = 7,
	ND_OPT_HOMEAGENT_INFO = 8,
	ND_OPT_ROUTE_INFO = 24,
	ND_OPT_RDNSS = 25,
	ND_OPT_DNSSL = 31,
};

static const struct tok icmp6_type_values[] = {
	{ ICMP6_DST_UNREACH, "destination unreachable" },
	{ ICMP6_PACKET_TOO_BIG, "packet too big" },
	{ ICMP6_TIME_EXCEEDED, "time exceeded in-transit" },
	{ ICMP6_PARAM_PROB, "parameter problem" },
	{ ICMP6_ECHO_REQUEST, "echo request" },
	{ ICMP6_ECHO_REPLY, "echo reply" },
	{ MLD6_LISTENER_QUERY, "multicast listener query" },
	{ MLD6_LISTENER_REPORT, "multicast listener report" },
	{ MLD6_LISTENER_DONE, "multicast listener done" },
	{ ND_ROUTER_SOLICIT, "router solicitation" },
	{ ND_ROUTER_ADVERT, "router advertisement" },
	{ ND_NEIGHBOR_SOLICIT, "neighbor solicitation" },
	{ ND_NEIGHBOR_ADVERT, "neighbor advertisement" },
	{ ND_REDIRECT, "redirect" },
	{ ICMP6_ROUTER_RENUMBERING, "router renumbering" },
	{ IND_SOLICIT, "inverse neighbor solicitation" },
	{ IND_ADVERT, "inverse neighbor advertisement" },
	{ MLDV2_LISTENER_REPORT, "multicast listener report v2" },
	{ ICMP6_HADISCOV_REQUEST, "ha discovery request" },
	{ ICMP6_HADISCOV_REPLY, "ha discovery reply" },
	{ ICMP6_MOBILEPREFIX_SOLICIT, "mobile router solicitation" },
	{ ICMP6_MOBILEPREFIX_ADVERT, "mobile router advertisement" },
	{ ICMP6_NI_QUERY, "who-are-you request" },
	{ ICMP6_NI_REPLY, "who-are-you reply" },
	{ MLD6_MTRACE, "mtrace message" },
	{ MLD6_MTRACE_RESP, "mtrace response" },
	{ ND_RPL_MESSAGE, "RPL" },
	{ 0, NULL }
};

static const struct tok icmp6_dst_unreach_code_values[] = {
	{ 0, "unreachable route" },
	{ 1, " unreachable prohibited" },
	{ 2, "beyond scope" },
	{ 3, "unreachable address" },
	{ 4, "unreachable port" },
	{ 0, NULL }
};

static const struct tok icmp6_opt_pi_flag_values[] = {
	{ 0x80, "onlink" },
	{ 0x40, "auto" },
	{ 0x20, "router" },
	{ 0, NULL }
};

static const struct tok icmp6_opt_ra_flag_values[] = {
	{ 0x80, "managed" },
	{ 0x40, "other stateful" },
	{ 0x20, "home agent" },
	{ 0x02, "ipv6 only" },
	{ 0, NULL }
};

static const struct tok icmp6_nd_na_flag_values[] = {
	{ 0x80000000, "router" },
	{ 0x40000000, "solicited" },
	{ 0x20000000, "override" },
	{ 0, NULL }
};

static const struct tok icmp6_opt_values[] = {
	{ ND_OPT_SOURCE_LINKADDR, "source link-address" },
	{ ND_OPT_TARGET_LINKADDR, "destination link-address" },
	{ ND_OPT_PREFIX_INFORMATION, "prefix info" },
	{ ND_OPT_REDIRECTED_HEADER, "redirected header" },
	{ ND_OPT_MTU, "mtu" },
	{ ND_OPT_RDNSS, "rdnss" },
	{ ND_OPT_DNSSL, "dnssl" },
	{ ND_OPT_ADVINTERVAL, "advertisement interval" },
	{ ND_OPT_HOMEAGENT_INFO, "homeagent information" },
	{ ND_OPT_ROUTE_INFO, "route info" },
	{ 0, NULL }
};

static const struct tok mldv2report2str[] = {
	{ 1, "is_in" },
	{ 2, "is_ex" },
	{ 3, "to_in" },
	{ 4, "to_ex" },
	{ 5, "allow" },
	{ 6, "block" },
	{ 0, NULL }
};

static const char *get_rtpref(unsigned v)
{
	static const char *const rtpref_str[] = { "medium", "high", "rsv", "low" };

	return rtpref_str[(v & 0x18) >> 3];
}

static const char *get_lifetime(struct dx *dx, uint32_t v)
{
	char *b;

	if (v == 0xffffffffu)
		return "infinity";
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "%us", v);
	return b;
}

static void print_lladdr(struct dx *dx, const uint8_t *p, size_t l)
{
	dx_put_hexbytes(dx, p, (unsigned)l, ':');
}

/* neighbor discovery options; -1 when truncated */
static int icmp6_opt_print(struct dx *dx, const uint8_t *bp, int resid)
{
	const uint8_t *cp = bp, *ep = dx->snapend;

	while (cp < ep) {
		unsigned type, olen, i, l;

		if (!DX_TTEST(dx, cp + 1, 1))
			return -1;
		if (resid <= 0)
			return 0;
		type = cp[0];
		olen = cp[1];
		if (olen == 0)
			return -1;
		if ((size_t)(ep - cp) < (size_t)olen << 3)
			return -1;
		DX_FIELD(dx, cp, (size_t)olen << 3, "Option: %s (%u), length %u",
			 tok2str(dx, icmp6_opt_values, "unknown", type), type, olen << 3);
		dx_printf(dx, "\n\t  %s option (%u), length %u (%u): ",
			  tok2str(dx, icmp6_opt_values, "unknown", type), type, olen << 3, olen);
		switch (type) {
		case ND_OPT_SOURCE_LINKADDR:
		case ND_OPT_TARGET_LINKADDR:
			print_lladdr(dx, cp + 2, (olen << 3) - 2);
			break;
		case ND_OPT_PREFIX_INFORMATION: {
			const char *pfx = GET_IP6ADDR_STRING(dx, cp + 16);
			unsigned plen = GET_U8(dx, cp + 2), fl = GET_U8(dx, cp + 3);
			const char *valid = get_lifetime(dx, GET_BE32(dx, cp + 4));

			dx_printf(dx, "%s/%u%s, Flags [%s], valid time %s", pfx, plen,
				  olen != 4 ? "badlen" : "",
				  bittok2str(dx, icmp6_opt_pi_flag_values, "none", fl), valid);
			dx_printf(dx, ", pref. time %s", get_lifetime(dx, GET_BE32(dx, cp + 8)));
			break;
		}
		case ND_OPT_REDIRECTED_HEADER:
			ip_print_unknown_data(dx, bp, "\n\t    ", olen << 3);
			break;
		case ND_OPT_MTU:
			dx_printf(dx, " %u%s", GET_BE32(dx, cp + 4),
				  olen != 1 ? "bad option length" : "");
			break;
		case ND_OPT_RDNSS:
			l = (olen - 1) / 2;
			dx_printf(dx, " lifetime %us,", GET_BE32(dx, cp + 4));
			for (i = 0; i < l; i++)
				dx_printf(dx, " addr: %s", GET_IP6ADDR_STRING(dx, cp + 8 + 16 * i));
			break;
		case ND_OPT_DNSSL: {
			const uint8_t *domp = cp + 8;

			dx_printf(dx, " lifetime %us, domain(s):", GET_BE32(dx, cp + 4));
			while (domp < cp + (olen << 3) && GET_U8(dx, domp) != '\0') {
				dx_putc(dx, ' ');
				if ((domp = fqdn_print(dx, domp, bp)) == NULL)
					return -1;
			}
			break;
		}
		case ND_OPT_ADVINTERVAL:
			dx_printf(dx, " %ums", GET_BE32(dx, cp + 4));
			break;
		case ND_OPT_HOMEAGENT_INFO:
			dx_printf(dx, " preference %u, lifetime %u", GET_BE16(dx, cp + 4),
				  GET_BE16(dx, cp + 6));
			break;
		case ND_OPT_ROUTE_INFO: {
			uint8_t in6[16];
			char a[64];

			if (!DX_TTEST(dx, cp + 4, 4))
				return -1;
			memset(in6, 0, sizeof(in6));
			if (olen == 2)
				GET_CPY_BYTES(dx, in6, cp + 8, 8);
			else if (olen == 3)
				GET_CPY_BYTES(dx, in6, cp + 8, 16);
			else if (olen != 1)
				return -1;
			dx_fmt_ip6(a, sizeof(a), in6);
			dx_printf(dx, " %s/%u", a, GET_U8(dx, cp + 2));
			dx_printf(dx, ", pref=%s", get_rtpref(GET_U8(dx, cp + 3)));
			dx_printf(dx, ", lifetime=%s", get_lifetime(dx, GET_BE32(dx, cp + 4)));
			break;
		}
		default:
			if (dx->opts->verbose <= 1) {
				ip_print_unknown_data(dx, cp + 2, "\n\t  ", (olen << 3) - 2);
				return 0;
			}
			break;
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, cp + 2, "\n\t    ", (olen << 3) - 2);
		cp += olen << 3;
		resid -= (int)(olen << 3);
	}
	return 0;
}

static void mld6_print(struct dx *dx, const uint8_t *bp)
{
	if (!DX_TTEST(dx, bp, 24))
		return;
	dx_printf(dx, "max resp delay: %u ", GET_BE16(dx, bp + 4));
	dx_printf(dx, "addr: %s", GET_IP6ADDR_STRING(dx, bp + 8));
}

static void mldv2_report_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned group, nsrcs, ngroups, i, j;

	if (len < 8) {
		dx_printf(dx, " [invalid len %u]", len);
		return;
	}
	ngroups = GET_BE16(dx, bp + 6);
	dx_printf(dx, ", %u group record(s)", ngroups);
	if (!dx->opts->verbose)
		return;
	group = 8;
	for (i = 0; i < ngroups; i++) {
		if (len < group + 20) {
			dx_puts(dx, " [invalid number of groups]");
			return;
		}
		dx_printf(dx, " [gaddr %s", GET_IP6ADDR_STRING(dx, bp + group + 4));
		dx_printf(dx, " %s",
			  tok2str(dx, mldv2report2str, " [v2-report-#%u]", GET_U8(dx, bp + group)));
		nsrcs = GET_BE16(dx, bp + group + 2);
		if ((size_t)len < group + 20 + (size_t)nsrcs * 16) {
			dx_printf(dx, " [invalid number of sources %u]", nsrcs);
			return;
		}
		if (dx->opts->verbose == 1) {
			dx_printf(dx, ", %u source(s)", nsrcs);
		} else {
			dx_puts(dx, " {");
			for (j = 0; j < nsrcs; j++)
				dx_printf(dx, " %s",
					  GET_IP6ADDR_STRING(dx, bp + group + 20 + j * 16));
			dx_puts(dx, " }");
		}
		group += 20 + nsrcs * 16;
		dx_putc(dx, ']');
	}
}

static void mldv2_query_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned mrc, mrt, qqi, nsrcs, i;

	if (len < 28) {
		dx_printf(dx, " [invalid len %u]", len);
		return;
	}
	mrc = GET_BE16(dx, bp + 4);
	if (mrc < 32768)
		mrt = mrc;
	else
		mrt = ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
	if (dx->opts->verbose)
		dx_printf(dx, " [max resp delay=%u]", mrt);
	dx_printf(dx, " [gaddr %s", GET_IP6ADDR_STRING(dx, bp + 8));
	if (dx->opts->verbose) {
		unsigned f = GET_U8(dx, bp + 24), q;

		if (f & 0x08)
			dx_puts(dx, " sflag");
		if (f & 0x07)
			dx_printf(dx, " robustness=%u", f & 0x07);
		q = GET_U8(dx, bp + 25);
		if (q < 128)
			qqi = q;
		else
			qqi = ((q & 0x0f) | 0x10) << (((q & 0x70) >> 4) + 3);
		dx_printf(dx, " qqi=%u", qqi);
	}
	nsrcs = GET_BE16(dx, bp + 26);
	if (nsrcs > 0) {
		if ((size_t)len < 28 + (size_t)nsrcs * 16) {
			dx_puts(dx, " [invalid number of sources]");
		} else if (dx->opts->verbose > 1) {
			dx_puts(dx, " {");
			for (i = 0; i < nsrcs; i++)
				dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, bp + 28 + i * 16));
			dx_puts(dx, " }");
		} else {
			dx_printf(dx, ", %u source(s)", nsrcs);
		}
	}
	dx_putc(dx, ']');
}

/* the transport header of the quoted datagram (for "port unreachable") */
static const uint8_t *get_upperlayer(struct dx *dx, const uint8_t *bp, unsigned *prot)
{
	const uint8_t *ep = dx->snapend;
	unsigned nh, hlen = 40;

	if (!DX_TTEST(dx, bp + 6, 1))
		return NULL;
	nh = bp[6];
	while (bp < ep) {
		bp += hlen;
		switch (nh) {
		case IPP_UDP:
		case IPP_TCP:
			if (DX_TTEST(dx, bp + 2, 2)) {
				*prot = nh;
				return bp;
			}
			return NULL;
		case IPP_HOPOPTS:
		case IPP_DSTOPTS:
		case IPP_ROUTING:
			if (!DX_TTEST(dx, bp + 1, 1))
				return NULL;
			nh = bp[0];
			hlen = (bp[1] + 1u) << 3;
			break;
		case IPP_FRAGMENT:
			if (!DX_TTEST(dx, bp + 2, 2))
				return NULL;
			if ((bp[2] << 8 | bp[3]) & 0xfff8)
				return NULL;
			nh = bp[0];
			hlen = 8;
			break;
		case IPP_AH:
			if (!DX_TTEST(dx, bp + 1, 1))
				return NULL;
			nh = bp[0];
			hlen = (bp[1] + 2u) << 2;
			break;
		default:
			*prot = nh;
			return NULL;
		}
	}
	return NULL;
}

/* ---- node information (RFC 4620) ---------------------------------------- */

/* a DNS name without compression in a node information message */
static void ni_dnsname_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	dx_puts(dx, ", \"");
	while (cp < ep) {
		unsigned i = GET_U8(dx, cp);

		cp++;
		if (i) {
			if (i > (size_t)(ep - cp)) {
				dx_puts(dx, "???");
				break;
			}
			while (i-- && cp < ep) {
				dx_print_char(dx, GET_U8(dx, cp));
				cp++;
			}
			if (cp + 1 < ep && GET_U8(dx, cp))
				dx_putc(dx, '.');
		} else {
			if (cp == ep)
				dx_putc(dx, '.');
			else if (!(cp + 1 == ep && GET_U8(dx, cp) == '\0'))
				dx_puts(dx, "???");
			break;
		}
	}
	dx_putc(dx, '"');
}

static void ni_name_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	if (GET_U8(dx, cp) == (size_t)(ep - cp) - 1) {
		/* icmp-name-lookup-03: a Pascal string */
		if (dx->opts->verbose)
			dx_puts(dx, ", 03 draft");
		cp++;
		dx_puts(dx, ", \"");
		while (cp < ep) {
			dx_print_char(dx, GET_U8(dx, cp));
			cp++;
		}
		dx_putc(dx, '"');
	} else {
		ni_dnsname_print(dx, cp, ep);
	}
}

static void ni_addr_flags(struct dx *dx, unsigned i, int with_t)
{
	dx_printf(dx, " [%s%s%s%s%s%s%s]", (i & 0x40) ? "a" : "", (i & 0x20) ? "G" : "",
		  (i & 0x10) ? "S" : "", (i & 0x08) ? "L" : "", (i & 0x04) ? "C" : "",
		  (i & 0x02) ? "A" : "", with_t && (i & 0x01) ? "T" : "");
}

#define NI_HDR 16	/* icmp6 header + nonce */

/* -1 when truncated */
static int icmp6_nodeinfo_print(struct dx *dx, unsigned icmp6len, const uint8_t *bp,
				const uint8_t *ep)
{
	const uint8_t *cp;
	size_t siz;
	unsigned qtype, i;
	int needcomma = 0;

	if (ep < bp)
		return 0;
	siz = (size_t)(ep - bp);
	if (GET_U8(dx, bp) == ICMP6_NI_QUERY) {
		if (siz == 8 + 4) {
			dx_puts(dx, " who-are-you request");
			return 0;
		}
		dx_puts(dx, " node information query");
		if (!DX_TTEST(dx, bp, NI_HDR))
			return -1;
		dx_puts(dx, " (");
		qtype = GET_BE16(dx, bp + 4);
		switch (qtype) {
		case 0:
			dx_puts(dx, "noop");
			break;
		case 1:
			dx_puts(dx, "supported qtypes");
			i = GET_BE16(dx, bp + 6);
			if (i)
				dx_printf(dx, " [%s]", (i & 0x01) ? "C" : "");
			break;
		case 2:
			dx_puts(dx, "DNS name");
			break;
		case 3:
			dx_puts(dx, "node addresses");
			i = GET_BE16(dx, bp + 6);
			if (i)
				ni_addr_flags(dx, i, 0);
			break;
		default:
			dx_puts(dx, "unknown");
			break;
		}
		if (qtype == 0 || qtype == 1) {
			if (siz != NI_HDR && dx->opts->verbose)
				dx_puts(dx, ", invalid len");
			dx_putc(dx, ')');
			return 0;
		}
		if (siz == NI_HDR) {
			dx_puts(dx, ", 03 draft)");
			return 0;
		}
		cp = bp + NI_HDR;
		switch (GET_U8(dx, bp + 1)) {
		case 0:
			if (!DX_TTEST(dx, bp, NI_HDR + 16))
				break;
			if (siz != NI_HDR + 16) {
				if (dx->opts->verbose)
					dx_puts(dx, ", invalid subject len");
				break;
			}
			dx_printf(dx, ", subject=%s", GET_IP6ADDR_STRING(dx, cp));
			break;
		case 1:
			dx_puts(dx, ", subject=DNS name");
			ni_name_print(dx, cp, ep);
			break;
		case 2:
			if (!DX_TTEST(dx, bp, NI_HDR + 4))
				break;
			if (siz != NI_HDR + 4) {
				if (dx->opts->verbose)
					dx_puts(dx, ", invalid subject len");
				break;
			}
			dx_printf(dx, ", subject=%s", GET_IPADDR_STRING(dx, cp));
			break;
		default:
			dx_puts(dx, ", unknown subject");
			break;
		}
		dx_putc(dx, ')');
		return 0;
	}
	/* reply */
	if (icmp6len > siz)
		return -1;
	if (!DX_TTEST(dx, bp, NI_HDR))
		return -1;
	dx_puts(dx, " node information reply (");
	switch (GET_U8(dx, bp + 1)) {
	case 0:
		if (dx->opts->verbose) {
			dx_puts(dx, "success");
			needcomma++;
		}
		break;
	case 1:
	case 2:
		dx_puts(dx, bp[1] == 1 ? "refused" : "unknown");
		needcomma++;
		if (siz != NI_HDR && dx->opts->verbose)
			dx_puts(dx, ", invalid length");
		break;
	}
	if (GET_U8(dx, bp + 1) != 0) {
		dx_putc(dx, ')');
		return 0;
	}
	if (needcomma)
		dx_puts(dx, ", ");
	switch (GET_BE16(dx, bp + 4)) {
	case 0:
		dx_puts(dx, "noop");
		if (siz != NI_HDR && dx->opts->verbose)
			dx_puts(dx, ", invalid length");
		break;
	case 1:
		dx_puts(dx, "supported qtypes");
		i = GET_BE16(dx, bp + 6);
		if (i)
			dx_printf(dx, " [%s]", (i & 0x01) ? "C" : "");
		break;
	case 2:
		dx_puts(dx, "DNS name");
		cp = bp + NI_HDR + 4;
		ni_name_print(dx, cp, ep);
		if (GET_BE16(dx, bp + 6) & 0x01)
			dx_printf(dx, " [TTL=%u]", GET_BE32(dx, bp + NI_HDR));
		break;
	case 3:
		dx_puts(dx, "node addresses");
		for (i = NI_HDR; i < siz && i + 4 + 16 <= siz; i += 20)
			dx_printf(dx, " %s(%u)", GET_IP6ADDR_STRING(dx, bp + i + 4),
				  GET_BE32(dx, bp + i));
		i = GET_BE16(dx, bp + 6);
		if (i)
			ni_addr_flags(dx, i, 1);
		break;
	default:
		dx_puts(dx, "unknown");
		break;
	}
	dx_putc(dx, ')');
	return 0;
}

/* ---- router renumbering (RFC 2894) --------------------------------------- */

/* -1 when truncated */
static int icmp6_rrenum_print(struct dx *dx, const uint8_t *bp, const uint8_t *ep)
{
	const uint8_t *cp = bp + 16;
	unsigned code;
	int n;
	char a[64];

	if (ep < bp)
		return 0;
	if (!DX_TTEST(dx, bp + 12, 4))
		return -1;
	code = bp[1];
	switch (code) {
	case 0:
		dx_puts(dx, ", command");
		break;
	case 1:
		dx_puts(dx, ", result");
		break;
	case 255:
		dx_puts(dx, ", sequence number reset");
		break;
	default:
		dx_printf(dx, ", code-#%u", code);
		break;
	}
	dx_printf(dx, ", seq=%u", GET_BE32(dx, bp + 4));
	if (dx->opts->verbose) {
		unsigned f = bp[9];

		dx_putc(dx, '[');
		if (f)
			dx_printf(dx, "%s%s%s%s%s,", (f & 0x80) ? "T" : "", (f & 0x40) ? "R" : "",
				  (f & 0x20) ? "A" : "", (f & 0x10) ? "S" : "",
				  (f & 0x08) ? "P" : "");
		dx_printf(dx, "seg=%u,", bp[8]);
		dx_printf(dx, "maxdelay=%u", GET_BE16(dx, bp + 10));
		if (GET_BE32(dx, bp + 12))
			dx_printf(dx, "rsvd=0x%x", GET_BE32(dx, bp + 12));
		dx_putc(dx, ']');
	}
	if (code != 0)
		return 0;
	/* match-prefix part (24 bytes), then use-prefix parts (32 bytes each) */
	if (!DX_TTEST(dx, cp + 8, 16))
		return -1;
	dx_puts(dx, dx->opts->verbose > 1 ? "\n\t" : " ");
	dx_puts(dx, "match(");
	switch (cp[0]) {
	case 1:
		dx_puts(dx, "add");
		break;
	case 2:
		dx_puts(dx, "change");
		break;
	case 3:
		dx_puts(dx, "setglobal");
		break;
	default:
		dx_printf(dx, "#%u", cp[0]);
		break;
	}
	if (dx->opts->verbose)
		dx_printf(dx, ",ord=%u,min=%u,max=%u", cp[2], cp[4], cp[5]);
	dx_fmt_ip6(a, sizeof(a), cp + 8);
	dx_printf(dx, ",%s/%u)", a, cp[3]);
	n = (int)cp[1] - 3;
	if (n % 4)
		return -1;
	n /= 4;
	cp += 24;
	while (n-- > 0) {
		if (!DX_TTEST(dx, cp + 16, 16))
			return -1;
		dx_puts(dx, dx->opts->verbose > 1 ? "\n\t" : " ");
		dx_puts(dx, "use(");
		/* the first byte of the flags word holds V and P */
		if (cp[12])
			dx_printf(dx, "%s%s,", (cp[12] & 0x80) ? "V" : "",
				  (cp[12] & 0x40) ? "P" : "");
		if (dx->opts->verbose) {
			dx_printf(dx, "mask=0x%x,", cp[2]);
			dx_printf(dx, "raflags=0x%x,", cp[3]);
			if (GET_BE32(dx, cp + 4) == 0xffffffff)
				dx_puts(dx, "vltime=infty,");
			else
				dx_printf(dx, "vltime=%u,", GET_BE32(dx, cp + 4));
			if (GET_BE32(dx, cp + 8) == 0xffffffff)
				dx_puts(dx, "pltime=infty,");
			else
				dx_printf(dx, "pltime=%u,", GET_BE32(dx, cp + 8));
		}
		dx_fmt_ip6(a, sizeof(a), cp + 16);
		dx_printf(dx, "%s/%u/%u)", a, cp[0], cp[1]);
		cp += 32;
	}
	return 0;
}

/* ---- RPL (RFC 6550) ------------------------------------------------------ */

static const struct tok rpl_mop_values[] = {
	{ 0, "nonstoring" },
	{ 1, "storing" },
	{ 2, "nonstoring-multicast" },
	{ 3, "storing-multicast" },
	{ 0, NULL }
};

static const struct tok rpl_subopt_values[] = {
	{ 0, "pad1" },
	{ 1, "padN" },
	{ 2, "metrics" },
	{ 3, "routinginfo" },
	{ 4, "config" },
	{ 5, "rpltarget" },
	{ 6, "transitinfo" },
	{ 8, "destprefix" },
	{ 9, "rpltargetdesc" },
	{ 0, NULL }
};

static void rpl_printopts(struct dx *dx, const uint8_t *opts, unsigned length)
{
	while (length != 0) {
		unsigned type = GET_U8(dx, opts), optlen;

		if (type == 0) {
			optlen = 1;
			dx_puts(dx, " opt:pad1");
		} else {
			if (length < 2)
				goto trunc;
			optlen = GET_U8(dx, opts + 1) + 2u;
			dx_printf(dx, " opt:%s len:%u ",
				  tok2str(dx, rpl_subopt_values, "subopt:%u", type),
				  optlen);
			if (!DX_TTEST(dx, opts, optlen) || length < optlen)
				goto trunc;
			if (dx->opts->verbose > 2)
				hex_print(dx, " ", opts + 2, optlen - 2);
		}
		opts += optlen;
		length -= optlen;
	}
	return;
trunc:
	dx_print_trunc(dx);
}

static void rpl_print(struct dx *dx, unsigned code, const uint8_t *bp, unsigned length)
{
	const char *dagid = "<elided>";

	if (code & 0x80) {
		dx_puts(dx, ", (SEC) [worktodo]");
		return;
	}
	dx_puts(dx, ", (CLR)");
	switch (code & 0x7f) {
	case 0:
		dx_puts(dx, "DODAG Information Solicitation");
		break;
	case 1:
		dx_puts(dx, "DODAG Information Object");
		if (!dx->opts->verbose)
			break;
		if (length < 24) {
			dx_printf(dx, " [length %u < 24]", length);
			dx_print_invalid(dx);
			break;
		}
		{
			const char *id = GET_IP6ADDR_STRING(dx, bp + 8);
			unsigned mopprf = GET_U8(dx, bp + 4);

			dx_printf(dx, " [dagid:%s,seq:%u,instance:%u,rank:%u,%smop:%s,prf:%u]", id,
				  GET_U8(dx, bp + 5), GET_U8(dx, bp), GET_BE16(dx, bp + 2),
				  (mopprf & 0x80) ? "grounded," : "",
				  tok2str(dx, rpl_mop_values, "mop%u", (mopprf >> 3) & 7),
				  mopprf & 7);
		}
		if (dx->opts->verbose > 1)
			rpl_printopts(dx, bp + 24, length - 24);
		break;
	case 2:
		dx_puts(dx, "Destination Advertisement Object");
		if (!dx->opts->verbose)
			break;
		{
			unsigned flags;

			if (!DX_TTEST(dx, bp, 20)) {
				dx_print_trunc(dx);
				break;
			}
			if (length < 4)
				goto tooshort;
			flags = bp[1];
			bp += 4;
			length -= 4;
			if (flags & 0x40) {
				if (length < 16)
					goto tooshort;
				dagid = GET_IP6ADDR_STRING(dx, bp);
				bp += 16;
				length -= 16;
			}
			dx_printf(dx, " [dagid:%s,seq:%u,instance:%u%s%s,%02x]", dagid,
				  GET_U8(dx, bp - ((flags & 0x40) ? 17 : 1)),
				  GET_U8(dx, bp - ((flags & 0x40) ? 20 : 4)),
				  (flags & 0x80) ? ",acK" : "", (flags & 0x40) ? ",Dagid" : "",
				  flags);
			if (dx->opts->verbose > 1)
				rpl_printopts(dx, bp, length);
		}
		break;
	case 3:
		dx_puts(dx, "Destination Advertisement Object Ack");
		if (!dx->opts->verbose)
			break;
		{
			const uint8_t *base = bp;

			if (!DX_TTEST(dx, bp, 4)) {
				dx_print_trunc(dx);
				break;
			}
			if (length < 4) {
				dx_puts(dx, " [|dao-length too short]");
				break;
			}
			bp += 4;
			length -= 4;
			if (base[1] & 0x80) {
				if (!DX_TTEST(dx, bp, 16)) {
					dx_print_trunc(dx);
					break;
				}
				if (length < 16) {
					dx_puts(dx, " [|dao-length too short]");
					break;
				}
				dagid = GET_IP6ADDR_STRING(dx, bp);
				bp += 16;
				length -= 16;
			}
			dx_printf(dx, " [dagid:%s,seq:%u,instance:%u,status:%u]", dagid, base[2],
				  base[0],
				  base[3]);
			if (dx->opts->verbose > 1)
				rpl_printopts(dx, bp, length);
		}
		break;
	default:
		dx_printf(dx, "RPL message, unknown code %u", code);
		break;
	}
	return;
tooshort:
	dx_puts(dx, " [|length too short]");
}

static void icmp6_tree(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned type = bp[0];

	DX_LAYER(dx, bp, length, "Internet Control Message Protocol v6, Type: %s (%u)",
		 tok2str(dx, icmp6_type_values, "unknown", type), type);
	DX_FIELD(dx, bp, 1, "Type: %s (%u)", tok2str(dx, icmp6_type_values, "unknown", type), type);
	if (DX_TTEST(dx, bp + 1, 1))
		DX_FIELD(dx, bp + 1, 1, "Code: %u", bp[1]);
	if (DX_TTEST(dx, bp + 2, 2))
		DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", bp[2] << 8 | bp[3]);
	if (DX_TTEST(dx, bp + 4, 4) && (type == ICMP6_ECHO_REQUEST || type == ICMP6_ECHO_REPLY)) {
		DX_FIELD(dx, bp + 4, 2, "Identifier: %u", bp[4] << 8 | bp[5]);
		DX_FIELD(dx, bp + 6, 2, "Sequence: %u", bp[6] << 8 | bp[7]);
	}
	if (DX_TTEST(dx, bp + 8,
	    16) && (type == ND_NEIGHBOR_SOLICIT || type == ND_NEIGHBOR_ADVERT ||
					 type == ND_REDIRECT)) {
		char a[64];

		dx_fmt_ip6(a, sizeof(a), bp + 8);
		DX_FIELD(dx, bp + 8, 16, "Target Address: %s", a);
	}
}

static int icmp6_body(struct dx *dx, const uint8_t *bp, unsigned length, unsigned type,
		      unsigned code)
{
	const uint8_t *oip = bp + 8;

	switch (type) {
	case ICMP6_DST_UNREACH:
		dx_printf(dx, ", %s",
			  tok2str(dx, icmp6_dst_unreach_code_values, "unknown unreach code (%u)",
				  code));
		switch (code) {
		case 0:
		case 1:
		case 3:
			dx_printf(dx, " %s", GET_IP6ADDR_STRING(dx, oip + 24));
			break;
		case 2: {
			const char *d = GET_IP6ADDR_STRING(dx, oip + 24);
			const char *s = GET_IP6ADDR_STRING(dx, oip + 8);

			dx_printf(dx, " %s, source address %s", d, s);
			break;
		}
		case 4: {
			const uint8_t *ouh;
			unsigned prot = 0, dport;
			const char *d;

			if ((ouh = get_upperlayer(dx, oip, &prot)) == NULL)
				return -1;
			dport = GET_BE16(dx, ouh + 2);
			d = GET_IP6ADDR_STRING(dx, oip + 24);
			if (prot == IPP_TCP)
				dx_printf(dx, ", %s tcp port %s", d, dx_tcpport_string(dx, dport));
			else if (prot == IPP_UDP)
				dx_printf(dx, ", %s udp port %s", d, dx_udpport_string(dx, dport));
			else
				dx_printf(dx, ", %s protocol %u port %u unreachable", d, prot,
					  dport);
			break;
		}
		default:
			if (dx->opts->verbose <= 1) {
				ip_print_unknown_data(dx, bp, "\n\t", length);
				return 1;
			}
			break;
		}
		break;
	case ICMP6_PACKET_TOO_BIG:
		dx_printf(dx, ", mtu %u", GET_BE32(dx, bp + 4));
		break;
	case ICMP6_TIME_EXCEEDED:
		if (code == 0)
			dx_printf(dx, " for %s", GET_IP6ADDR_STRING(dx, oip + 24));
		else if (code == 1)
			dx_puts(dx, " (reassembly)");
		else
			dx_printf(dx, ", unknown code (%u)", code);
		break;
	case ICMP6_PARAM_PROB: {
		static const char *const what[] = { ", erroneous - octet %u",
						    ", next header - octet %u",
						    ", option - octet %u",
						    ", incomplete header chain - octet %u" };

		if (!DX_TTEST(dx, oip + 24, 16))
			return -1;	/* tcpdump's local trunc, not a longjmp */
		if (code < 4)
			dx_printf(dx, what[code], GET_BE32(dx, bp + 4));
		else
			dx_printf(dx, ", code-#%u", code);
		break;
	}
	case ICMP6_ECHO_REQUEST:
	case ICMP6_ECHO_REPLY: {
		unsigned id = GET_BE16(dx, bp + 4), seq = GET_BE16(dx, bp + 6);

		dx_puts(dx, ", id ");
		dx_putu(dx, id);
		dx_puts(dx, ", seq ");
		dx_putu(dx, seq);
		break;
	}
	case MLD6_LISTENER_QUERY:
		if (length == 24) {
			mld6_print(dx, bp);
		} else if (length >= 28) {
			dx_puts(dx, " v2");
			mldv2_query_print(dx, bp, length);
		} else {
			dx_printf(dx, " unknown-version (len %u) ", length);
		}
		break;
	case MLD6_LISTENER_REPORT:
	case MLD6_LISTENER_DONE:
		mld6_print(dx, bp);
		break;
	case ND_ROUTER_SOLICIT:
		if (dx->opts->verbose && icmp6_opt_print(dx, bp + 8, (int)length - 8) < 0)
			return -1;
		break;
	case ND_ROUTER_ADVERT:
		if (dx->opts->verbose) {
			unsigned hl = GET_U8(dx, bp + 4), fl = GET_U8(dx, bp + 5);
			unsigned lt = GET_BE16(dx, bp + 6);
			uint32_t reach = GET_BE32(dx, bp + 8), retrans = GET_BE32(dx, bp + 12);

			dx_printf(dx, "\n\thop limit %u, Flags [%s], pref %s, router lifetime %us, "
				  "reachable time %ums, retrans timer %ums",
				  hl, bittok2str(dx, icmp6_opt_ra_flag_values, "none", fl),
				  get_rtpref(fl), lt, reach, retrans);
			if (icmp6_opt_print(dx, bp + 16, (int)length - 16) < 0)
				return -1;
		}
		break;
	case ND_NEIGHBOR_SOLICIT:
		dx_printf(dx, ", who has %s", GET_IP6ADDR_STRING(dx, bp + 8));
		if (dx->opts->verbose && icmp6_opt_print(dx, bp + 24, (int)length - 24) < 0)
			return -1;
		break;
	case ND_NEIGHBOR_ADVERT:
		dx_printf(dx, ", tgt is %s", GET_IP6ADDR_STRING(dx, bp + 8));
		if (dx->opts->verbose) {
			dx_printf(dx, ", Flags [%s]",
				  bittok2str(dx, icmp6_nd_na_flag_values, "none",
					     GET_BE32(dx, bp + 4)));
			if (icmp6_opt_print(dx, bp + 24, (int)length - 24) < 0)
				return -1;
		}
		break;
	case ND_REDIRECT:
		dx_printf(dx, ", %s", GET_IP6ADDR_STRING(dx, bp + 24));
		dx_printf(dx, " to %s", GET_IP6ADDR_STRING(dx, bp + 8));
		if (dx->opts->verbose && icmp6_opt_print(dx, bp + 40, (int)length - 40) < 0)
			return -1;
		break;
	case ICMP6_ROUTER_RENUMBERING:
		/* these print their own truncation mark and go on */
		if (icmp6_rrenum_print(dx, bp, dx->snapend) < 0)
			dx_print_trunc(dx);
		break;
	case ICMP6_NI_QUERY:
	case ICMP6_NI_REPLY:
		if (icmp6_nodeinfo_print(dx, length, bp, dx->snapend) < 0)
			dx_print_trunc(dx);
		break;
	case IND_SOLICIT:
	case IND_ADVERT:
		break;
	case MLDV2_LISTENER_REPORT:
		mldv2_report_print(dx, bp, length);
		break;
	case ICMP6_MOBILEPREFIX_SOLICIT:
	case ICMP6_HADISCOV_REQUEST:
		dx_printf(dx, ", id 0x%04x", GET_BE16(dx, bp + 4));
		break;
	case ICMP6_HADISCOV_REPLY:
		if (dx->opts->verbose) {
			const uint8_t *p, *end = bp + length;

			dx_printf(dx, ", id 0x%04x", GET_BE16(dx, bp + 4));
			for (p = bp + 8; p < end; p += 16)
				dx_printf(dx, ", %s", GET_IP6ADDR_STRING(dx, p));
		}
		break;
	case ICMP6_MOBILEPREFIX_ADVERT:
		if (dx->opts->verbose) {
			unsigned flags;

			dx_printf(dx, ", id 0x%04x", GET_BE16(dx, bp + 4));
			flags = GET_BE16(dx, bp + 6);
			if (flags & 0xc000)
				dx_putc(dx, ' ');
			if (flags & 0x8000)
				dx_putc(dx, 'M');
			if (flags & 0x4000)
				dx_putc(dx, 'O');
			if (icmp6_opt_print(dx, bp + 8, (int)length - 8) < 0)
				return -1;
		}
		break;
	case ND_RPL_MESSAGE:
		rpl_print(dx, code, bp + 4, length - 8 + 4);
		break;
	default:
		dx_puts(dx, ", length ");
		dx_putu(dx, length);
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, bp, "\n\t", length);
		return 1;
	}
	return 0;
}

void icmp6_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *ip6h,
		 int fragmented)
{
	unsigned type, code;
	int r;

	dx_proto(dx, "icmp6");
	if (length == 0) {
		dx_puts(dx, "ICMP6, length 0");
		dx_print_invalid(dx);
		return;
	}
	if (dx->opts->verbose && !fragmented && DX_TTEST(dx, bp, length)) {
		uint16_t field = GET_BE16(dx, bp + 2);
		uint16_t sum = nextproto6_cksum(dx, ip6h, bp, length, length, IPP_ICMPV6);

		if (sum != 0)
			dx_printf(dx, "[bad icmp6 cksum 0x%04x -> 0x%04x!] ", field,
				  in_cksum_shouldbe(field, sum));
		else
			dx_puts(dx, "[icmp6 sum ok] ");
	}
	type = GET_U8(dx, bp);
	icmp6_tree(dx, bp, length);
	dx_puts(dx, "ICMP6, ");
	dx_puts(dx, tok2str(dx, icmp6_type_values, "unknown icmp6 type (%u)", type));
	if (dx->opts->verbose &&
	    (type == ND_ROUTER_SOLICIT || type == ND_ROUTER_ADVERT || type == ND_NEIGHBOR_ADVERT ||
	     type == ND_NEIGHBOR_SOLICIT || type == ND_REDIRECT || type == ICMP6_HADISCOV_REPLY ||
	     type == ICMP6_MOBILEPREFIX_ADVERT)) {
		dx_puts(dx, ", length ");
		dx_putu(dx, length);
	}
	code = GET_U8(dx, bp + 1);
	r = icmp6_body(dx, bp, length, type, code);
	if (r < 0) {
		dx_print_trunc(dx);
	} else if (r == 0 && !dx->opts->verbose) {
		dx_puts(dx, ", length ");
		dx_putu(dx, length);
	}
	DX_LAYER_END(dx);
}
