// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: PGM printer
 * RFC 3208 (Pragmatic General Multicast)
 *
 * tcpdump's quirks are kept: the NAK group address is read without its
 * address family field, and some options skip two bytes too many.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "print-zeromq.h"

enum {
	PGM_SPM = 0,
	PGM_POLL = 1,
	PGM_POLR = 2,
	PGM_ODATA = 4,
	PGM_RDATA = 5,
	PGM_NAK = 8,
	PGM_NULLNAK = 9,
	PGM_NCF = 10,
	PGM_ACK = 11,
	PGM_SPMR = 12,
};

/* an NLA by address family (1 IPv4, 2 IPv6) into buf; its length or -1 */
static int nla(struct dx *dx, const uint8_t *bp, unsigned afi, char *buf, size_t n)
{
	if (afi == 1) {
		if (!DX_TTEST(dx, bp, 4))
			return -1;
		dx_fmt_ip4(buf, n, bp);
		return 4;
	}
	if (afi == 2) {
		if (!DX_TTEST(dx, bp, 16))
			return -1;
		dx_fmt_ip6(buf, n, bp);
		return 16;
	}
	return -1;
}

/* "[Bad X option, length N != M]" */
static int bad_len(struct dx *dx, const char *name, unsigned len, unsigned want)
{
	dx_printf(dx, "[Bad %s option, length %u != %u]", name, len, want);
	return 1;
}

/* source and destination of the enclosing IPv4 or IPv6 header */
static void ends(struct dx *dx, const uint8_t *iph, int v6, const char **s, const char **d)
{
	*s = v6 ? GET_IP6ADDR_STRING(dx, iph + 8) : GET_IPADDR_STRING(dx, iph + 12);
	*d = v6 ? GET_IP6ADDR_STRING(dx, iph + 24) : GET_IPADDR_STRING(dx, iph + 16);
}

/* the options at *pp; 1 to stop printing, -1 when truncated; 0 with *pp
 * moved past what was read */
static int options(struct dx *dx, const uint8_t **pp)
{
	const uint8_t *bp = *pp;
	unsigned opt_type, opt_len, opts_len;
	char buf[64];
	int r;

	if (!DX_TTEST(dx, bp, 4))
		return -1;
	opt_type = GET_U8(dx, bp++);
	if ((opt_type & 0x7f) != 0) {
		dx_printf(dx, "[First option bad, should be PGM_OPT_LENGTH, is %u]",
			  opt_type & 0x7f);
		return 1;
	}
	opt_len = GET_U8(dx, bp++);
	if (opt_len != 4) {
		dx_printf(dx, "[Bad OPT_LENGTH option, length %u != 4]", opt_len);
		return 1;
	}
	opts_len = GET_BE16(dx, bp);
	bp += 2;
	if (opts_len < 4) {
		dx_printf(dx, "[Bad total option length %u < 4]", opts_len);
		return 1;
	}
	dx_printf(dx, " OPTS LEN %u", opts_len);
	opts_len -= 4;
	while (opts_len) {
		if (opts_len < 4) {
			dx_puts(dx, "[Total option length leaves no room for final option]");
			return 1;
		}
		opt_type = GET_U8(dx, bp++);
		opt_len = GET_U8(dx, bp++);
		if (opt_len < 4) {
			dx_printf(dx, "[Bad option, length %u < %u]", opt_len, 4);
			break;
		}
		if (opts_len < opt_len) {
			dx_puts(dx, "[Total option length leaves no room for final option]");
			return 1;
		}
		if (!DX_TTEST(dx, bp, opt_len - 2))
			return -1;
		switch (opt_type & 0x7f) {
		case 0x00:
			if (opt_len != 4)
				return bad_len(dx, "OPT_LENGTH", opt_len, 4);
			dx_printf(dx, " OPTS LEN (extra?) %u", GET_BE16(dx, bp));
			bp += 2;
			opts_len -= 4;
			break;
		case 0x01: {
			uint32_t seq, off, len;

			if (opt_len != 16)
				return bad_len(dx, "OPT_FRAGMENT", opt_len, 16);
			bp += 2;
			seq = GET_BE32(dx, bp);
			off = GET_BE32(dx, bp + 4);
			len = GET_BE32(dx, bp + 8);
			bp += 12;
			dx_printf(dx, " FRAG seq %u off %u len %u", seq, off, len);
			opts_len -= 16;
			break;
		}
		case 0x02:
			bp += 2;
			opt_len = (opt_len - 4) & 0xff;
			dx_puts(dx, " NAK LIST");
			while (opt_len) {
				if (opt_len < 4) {
					dx_puts(dx, "[Option length not a multiple of 4]");
					return 1;
				}
				dx_printf(dx, " %u", GET_BE32(dx, bp));
				bp += 4;
				opt_len -= 4;
				opts_len -= 4;
			}
			break;
		case 0x03:
			if (opt_len != 8)
				return bad_len(dx, "OPT_JOIN", opt_len, 8);
			dx_printf(dx, " JOIN %u", GET_BE32(dx, bp + 2));
			bp += 6;
			opts_len -= 8;
			break;
		case 0x04:
		case 0x05: {
			uint32_t a, b;

			if (opt_len != 12)
				return bad_len(dx, (opt_type & 0x7f) == 4 ? "OPT_NAK_BO_IVL" :
						   "OPT_NAK_BO_RNG", opt_len, 12);
			a = GET_BE32(dx, bp + 2);
			b = GET_BE32(dx, bp + 6);
			bp += 10;
			dx_printf(dx, (opt_type & 0x7f) == 4 ? " BACKOFF ivl %u ivlseq %u" :
				  " BACKOFF max %u min %u", a, b);
			opts_len -= 12;
			break;
		}
		case 0x07: {
			unsigned afi;

			if (opt_len < 8) {
				dx_printf(dx, "[Bad OPT_REDIRECT option, length %u < 8]", opt_len);
				return 1;
			}
			bp += 2;
			afi = GET_BE16(dx, bp);
			bp += 4;
			if ((afi == 1 || afi == 2) && opt_len != 8u + (afi == 1 ? 4 : 16)) {
				dx_printf(dx,
					  "[Bad OPT_REDIRECT option, length %u != 8 + address size]",
					  opt_len);
				return 1;
			}
			if ((r = nla(dx, bp, afi, buf, sizeof(buf))) < 0)
				return -1;
			bp += r;
			opts_len -= 8u + (unsigned)r;
			dx_printf(dx, " REDIRECT %s", buf);
			break;
		}
		case 0x08:
		case 0x09:
		case 0x0a: {
			static const char *const name[] = { "OPT_PARITY_PRM", "OPT_PARITY_GRP",
							    "OPT_CURR_TGSIZE" };
			static const char *const fmt[] = { " PARITY MAXTGS %u", " PARITY GROUP %u",
							   " PARITY ATGS %u" };
			unsigned k = (opt_type & 0x7f) - 8;

			if (opt_len != 8)
				return bad_len(dx, name[k], opt_len, 8);
			dx_printf(dx, fmt[k], GET_BE32(dx, bp + 2));
			bp += 6;
			opts_len -= 8;
			break;
		}
		case 0x0b:
		case 0x0d:
		case 0x0e:
		case 0x0f:
		case 0x11: {
			unsigned k = opt_type & 0x7f;
			const char *name = k == 0x0b ? "OPT_NBR_UNREACH" :
					   k == 0x0d ? "OPT_SYN" :
					   k == 0x0e ? "OPT_FIN" :
					   k == 0x0f ? "OPT_RST" : "OPT_CRQST";

			if (opt_len != 4)
				return bad_len(dx, name, opt_len, 4);
			bp += 2;
			dx_puts(dx, k == 0x0b ? " NBR_UNREACH" : k == 0x0d ? " SYN" :
				k == 0x0e ? " FIN" : k == 0x0f ? " RST" : " CRQST");
			opts_len -= 4;
			break;
		}
		case 0x0c:
			dx_printf(dx, " PATH_NLA [%u]", opt_len);
			bp += opt_len;
			opts_len -= opt_len;
			break;
		case 0x10:
			dx_puts(dx, " CR");
			bp += opt_len;
			opts_len -= opt_len;
			break;
		case 0x12:
		case 0x13: {
			const char *nm = (opt_type & 0x7f) == 0x12 ? "OPT_PGMCC_DATA" :
								     "PGM_OPT_PGMCC_FEEDBACK";
			const char *nm2 = (opt_type & 0x7f) == 0x12 ? "OPT_PGMCC_DATA" :
								      "OPT_PGMCC_FEEDBACK";
			uint32_t off;
			unsigned afi;

			if (opt_len < 12) {
				dx_printf(dx, "[Bad %s option, length %u < %u]", nm, opt_len, 12);
				return 1;
			}
			bp += 2;
			off = GET_BE32(dx, bp);
			bp += 4;
			afi = GET_BE16(dx, bp);
			bp += 4;
			if ((afi == 1 || afi == 2) && opt_len != 12u + (afi == 1 ? 4 : 16)) {
				dx_printf(dx, "[Bad %s option, length %u != 12 + address size]",
					  nm2, opt_len);
				return 1;
			}
			if ((r = nla(dx, bp, afi, buf, sizeof(buf))) < 0)
				return -1;
			bp += r;
			opts_len -= 12u + (unsigned)r;
			dx_printf(dx, (opt_type & 0x7f) == 0x12 ? " PGMCC DATA %u %s" :
				  " PGMCC FEEDBACK %u %s", off, buf);
			break;
		}
		default:
			dx_printf(dx, " OPT_%02X [%u] ", opt_type, opt_len);
			bp += opt_len;
			opts_len -= opt_len;
			break;
		}
		if (opt_type & 0x80)
			break;
	}
	*pp = bp;
	return 0;
}

void pgm_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph)
{
	const uint8_t *pgm = bp, *p;
	unsigned sport, dport, type, afi;
	int v6, r;
	char nla_buf[64], grp_buf[64];

	dx_proto(dx, "pgm");
	v6 = (GET_U8(dx, iph) >> 4) == 6;
	if (!DX_TTEST(dx, bp + 2, 2)) {
		const char *s, *d;

		ends(dx, iph, v6, &s, &d);
		dx_printf(dx, "%s > %s:", s, d);
		dx_print_trunc(dx);
		return;
	}
	sport = GET_BE16(dx, bp);
	dport = GET_BE16(dx, bp + 2);
	if (GET_U8(dx, iph + (v6 ? 6 : 9)) == IPP_PGM) {
		const char *s, *d;

		ends(dx, iph, v6, &s, &d);
		dx_printf(dx, "%s.%s > ", s, dx_tcpport_string(dx, sport));
		dx_printf(dx, "%s.%s: ", d, dx_tcpport_string(dx, dport));
	} else {
		dx_printf(dx, "%s > ", dx_tcpport_string(dx, sport));
		dx_printf(dx, "%s: ", dx_tcpport_string(dx, dport));
	}
	if (!DX_TTEST(dx, bp, 16))
		goto trunc;
	DX_LAYER(dx, bp, 16, "Pragmatic General Multicast, Src Port: %u, Dst Port: %u", sport,
		 dport);
	DX_FIELD(dx, bp, 2, "Source Port: %u", sport);
	DX_FIELD(dx, bp + 2, 2, "Destination Port: %u", dport);
	DX_FIELD(dx, bp + 4, 1, "Type: %u", bp[4]);
	DX_FIELD(dx, bp + 5, 1, "Options: 0x%02x", bp[5]);
	DX_FIELD(dx, bp + 6, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 6));
	DX_FIELD(dx, bp + 8, 6, "Global Source ID: %02x%02x%02x%02x%02x%02x", bp[8], bp[9], bp[10],
		 bp[11], bp[12], bp[13]);
	DX_FIELD(dx, bp + 14, 2, "TSDU length: %u", GET_BE16(dx, bp + 14));
	DX_LAYER_END(dx);
	dx_printf(dx, "PGM, length %u", GET_BE16(dx, bp + 14));
	if (!dx->opts->verbose)
		return;
	type = bp[4];
	dx_printf(dx, " 0x%02x%02x%02x%02x%02x%02x ", bp[8], bp[9], bp[10], bp[11], bp[12], bp[13]);
	p = bp + 16;
	switch (type) {
	case PGM_SPM:
		if (!DX_TTEST(dx, p, 16))
			goto trunc;
		if ((r = nla(dx, p + 16, GET_BE16(dx, p + 12), nla_buf, sizeof(nla_buf))) < 0)
			goto trunc;
		dx_printf(dx, "SPM seq %u trail %u lead %u nla %s", GET_BE32(dx, p),
			  GET_BE32(dx, p + 4), GET_BE32(dx, p + 8), nla_buf);
		p += 16 + r;
		break;
	case PGM_POLL: {
		uint32_t ivl, rnd, mask;
		const uint8_t *q;

		if (!DX_TTEST(dx, p, 12))
			goto trunc;
		if ((r = nla(dx, p + 12, GET_BE16(dx, p + 8), nla_buf, sizeof(nla_buf))) < 0)
			goto trunc;
		q = p + 12 + r;
		ivl = GET_BE32(dx, q);
		rnd = GET_BE32(dx, q + 4);
		mask = GET_BE32(dx, q + 8);
		dx_printf(dx, "POLL seq %u round %u nla %s ivl %u rnd 0x%08x mask 0x%08x",
			  GET_BE32(dx, p), GET_BE16(dx, p + 4), nla_buf, ivl, rnd, mask);
		p = q + 12;
		break;
	}
	case PGM_POLR:
		if (!DX_TTEST(dx, p, 8))
			goto trunc;
		dx_printf(dx, "POLR seq %u round %u", GET_BE32(dx, p), GET_BE16(dx, p + 4));
		p += 8;
		break;
	case PGM_ODATA:
	case PGM_RDATA:
		if (!DX_TTEST(dx, p, 8))
			goto trunc;
		dx_printf(dx, "%s trail %u seq %u", type == PGM_ODATA ? "ODATA" : "RDATA",
			  GET_BE32(dx, p + 4), GET_BE32(dx, p));
		p += 8;
		break;
	case PGM_NAK:
	case PGM_NULLNAK:
	case PGM_NCF:
		if (!DX_TTEST(dx, p, 8))
			goto trunc;
		if ((r = nla(dx, p + 8, GET_BE16(dx, p + 4), nla_buf, sizeof(nla_buf))) < 0)
			goto trunc;
		/* tcpdump skips the group AFI and reads the family from the address */
		{
			const uint8_t *g = p + 8 + r + 4;

			afi = GET_BE16(dx, g);
			if (nla(dx, g, afi, grp_buf, sizeof(grp_buf)) < 0)
				goto trunc;
		}
		dx_puts(dx, type == PGM_NAK ? "NAK " : type == PGM_NULLNAK ? "NNAK " : "NCF ");
		dx_printf(dx, "(%s -> %s), seq %u", nla_buf, grp_buf, GET_BE32(dx, p));
		/* options (if any) follow what tcpdump took for the group */
		p = p + 8 + r + 4 + (afi == 1 ? 4 : 16);
		break;
	case PGM_ACK:
		if (!DX_TTEST(dx, p, 8))
			goto trunc;
		dx_printf(dx, "ACK seq %u", GET_BE32(dx, p));
		p += 8;
		break;
	case PGM_SPMR:
		dx_puts(dx, "SPMR");
		p = pgm;	/* tcpdump looks for options from the header on */
		break;
	default:
		dx_printf(dx, "UNKNOWN type 0x%02x", type);
		p = pgm;
		break;
	}
	if (GET_U8(dx, pgm + 5) & 0x01) {
		r = options(dx, &p);
		if (r < 0)
			goto trunc;
		if (r > 0)
			return;
	}
	dx_printf(dx, " [%u]", length);
	if (dx->opts->packet_type == PT_TYPE_PGM_ZMTP1 && (type == PGM_ODATA || type == PGM_RDATA))
		zmtp1_datagram_print(dx, p, GET_BE16(dx, pgm + 14));
	return;
trunc:
	dx_print_trunc(dx);
}
