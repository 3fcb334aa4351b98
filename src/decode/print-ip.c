// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPv4 printer, and the demultiplexer of IPv4/IPv6 payloads
 * RFC 791 (IP), RFC 2474/3168 (DS field, ECN), RFC 1108 (security),
 * RFC 2113 (router alert), RFC 781 (timestamp option)
 *
 * Output is tcpdump 4.99's print-ip.c / print-ip-demux.c, byte for byte.
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print-esp.h"
#include "print-ether.h"
#include "print.h"
#include "util.h"

#define IP_HDRLEN 20
#define IP_RES 0x8000
#define IP_DF 0x4000
#define IP_MF 0x2000
#define IP_OFFMASK 0x1fff

enum {
	IPOPT_EOL = 0,
	IPOPT_NOP = 1,
	IPOPT_RR = 7,
	IPOPT_TS = 68,
	IPOPT_RFC1393 = 82,
	IPOPT_SECURITY = 130,
	IPOPT_LSRR = 131,
	IPOPT_SSRR = 137,
	IPOPT_RA = 148,
};

enum { TS_TSONLY = 0, TS_TSANDADDR = 1, TS_PRESPEC = 3 };

static const struct tok ip_option_values[] = {
	{ IPOPT_EOL, "EOL" },
	{ IPOPT_NOP, "NOP" },
	{ IPOPT_TS, "timestamp" },
	{ IPOPT_SECURITY, "security" },
	{ IPOPT_RR, "RR" },
	{ IPOPT_SSRR, "SSRR" },
	{ IPOPT_LSRR, "LSRR" },
	{ IPOPT_RA, "RA" },
	{ IPOPT_RFC1393, "traceroute" },
	{ 0, NULL }
};

static const struct tok ip_frag_values[] = {
	{ IP_MF, "+" },
	{ IP_DF, "DF" },
	{ IP_RES, "rsvd" },
	{ 0, NULL }
};

static void put_bad_length(struct dx *dx, unsigned len)
{
	dx_puts(dx, " [bad length ");
	dx_putu(dx, len);
	dx_putc(dx, ']');
}

/* recorded route of an RR, LSRR or SSRR option; -1 when truncated */
static int ip_printroute(struct dx *dx, const uint8_t *cp, unsigned length)
{
	unsigned ptr, len;

	if (length < 3) {
		put_bad_length(dx, length);
		return 0;
	}
	if ((length + 1) & 3)
		put_bad_length(dx, length);
	ptr = GET_U8(dx, cp + 2) - 1u;
	if (ptr < 3 || ((ptr + 1) & 3) || ptr > length + 1)
		dx_printf(dx, " [bad ptr %u]", GET_U8(dx, cp + 2));
	for (len = 3; len < length; len += 4) {
		if (!DX_TTEST(dx, cp + len, 4))
			return -1;
		dx_putc(dx, ' ');
		dx_puts(dx, GET_IPADDR_STRING(dx, cp + len));
		if (ptr > len)
			dx_putc(dx, ',');
	}
	return 0;
}

/* timestamp option (RFC 781); -1 when truncated */
static int ip_printts(struct dx *dx, const uint8_t *cp, unsigned length)
{
	unsigned ptr, len = 0, hoplen, flg;
	const char *type;

	if (length < 4) {
		dx_printf(dx, "[bad length %u]", length);
		return 0;
	}
	dx_puts(dx, " TS{");
	flg = GET_U8(dx, cp + 3);
	hoplen = ((flg & 0xf) != TS_TSONLY) ? 8 : 4;
	if ((length - 4) & (hoplen - 1))
		dx_printf(dx, "[bad length %u]", length);
	ptr = GET_U8(dx, cp + 2) - 1u;
	if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) || ptr > length + 1)
		dx_printf(dx, "[bad ptr %u]", GET_U8(dx, cp + 2));
	switch (flg & 0xf) {
	case TS_TSONLY:
		dx_puts(dx, "TSONLY");
		break;
	case TS_TSANDADDR:
		dx_puts(dx, "TS+ADDR");
		break;
	case TS_PRESPEC:
		dx_puts(dx, "PRESPEC");
		break;
	default:
		dx_printf(dx, "[bad ts type %u]", flg & 0xf);
		goto done;
	}
	type = " ";
	for (len = 4; len < length; len += hoplen) {
		if (ptr == len)
			type = " ^ ";
		if (!DX_TTEST(dx, cp + len, hoplen))
			return -1;
		dx_puts(dx, type);
		dx_putu(dx, GET_BE32(dx, cp + len + hoplen - 4));
		dx_putc(dx, '@');
		if (hoplen == 8)
			dx_puts(dx, GET_IPADDR_STRING(dx, cp + len));
		type = " ";
	}
done:
	if (ptr == len)
		dx_puts(dx, " ^ ");
	if (flg >> 4)
		dx_printf(dx, " [%u hops not recorded]} ", flg >> 4);
	else
		dx_putc(dx, '}');
	return 0;
}

/* IP options as tcpdump -v prints them; -1 when truncated */
static int ip_optprint(struct dx *dx, const uint8_t *cp, unsigned length)
{
	unsigned option_len;
	const char *sep = "";

	for (; length > 0; cp += option_len, length -= option_len) {
		unsigned code;

		dx_puts(dx, sep);
		sep = ",";
		code = GET_U8(dx, cp);
		dx_puts(dx, tok2str(dx, ip_option_values, "unknown %u", code));
		if (code == IPOPT_NOP || code == IPOPT_EOL) {
			option_len = 1;
		} else {
			option_len = GET_U8(dx, cp + 1);
			if (option_len < 2) {
				put_bad_length(dx, option_len);
				return 0;
			}
		}
		if (option_len > length) {
			put_bad_length(dx, option_len);
			return 0;
		}
		if (!DX_TTEST(dx, cp, option_len))
			return -1;
		switch (code) {
		case IPOPT_EOL:
			return 0;
		case IPOPT_TS:
			if (ip_printts(dx, cp, option_len) < 0)
				return -1;
			break;
		case IPOPT_RR:
		case IPOPT_SSRR:
		case IPOPT_LSRR:
			if (ip_printroute(dx, cp, option_len) < 0)
				return -1;
			break;
		case IPOPT_RA:
			if (option_len < 4) {
				put_bad_length(dx, option_len);
				break;
			}
			if (GET_BE16(dx, cp + 2) != 0)
				dx_printf(dx, " value %u", GET_BE16(dx, cp + 2));
			break;
		default:
			break;
		}
	}
	return 0;
}

/* field tree of the options: one node per option (no text output) */
static void ip_opt_tree(struct dx *dx, const uint8_t *cp, unsigned length)
{
	DX_SUBTREE(dx, cp, length, "Options: (%u bytes)", length);
	while (length > 0 && DX_TTEST(dx, cp, 1)) {
		unsigned code = cp[0], olen = 1;

		if (code != IPOPT_NOP && code != IPOPT_EOL) {
			if (length < 2 || !DX_TTEST(dx, cp, 2) || cp[1] < 2 || cp[1] > length)
				olen = length;
			else
				olen = cp[1];
		}
		DX_FIELD(dx, cp, olen, "%s (%u), length %u",
			 tok2str(dx, ip_option_values, "unknown %u", code), code, olen);
		if (code == IPOPT_EOL)
			break;
		cp += olen;
		length -= olen;
	}
	DX_LAYER_END(dx);
}

static void ip_tree(struct dx *dx, const uint8_t *bp, unsigned hlen)
{
	unsigned tos = bp[1], off = (unsigned)(bp[6] << 8 | bp[7]);
	char src[16], dst[16];

	dx_fmt_ip4(src, sizeof(src), bp + 12);
	dx_fmt_ip4(dst, sizeof(dst), bp + 16);
	DX_LAYER(dx, bp, hlen, "Internet Protocol Version 4, Src: %s, Dst: %s", src, dst);
	DX_FIELD(dx, bp, 1, "Version: %u", bp[0] >> 4);
	DX_FIELD(dx, bp, 1, "Header Length: %u bytes (%u)", (bp[0] & 0xf) * 4, bp[0] & 0xf);
	DX_FIELD(dx, bp + 1, 1, "Differentiated Services: 0x%02x (DSCP %u, ECN %u)", tos, tos >> 2,
		 tos & 3);
	DX_FIELD(dx, bp + 2, 2, "Total Length: %u", bp[2] << 8 | bp[3]);
	DX_FIELD(dx, bp + 4, 2, "Identification: 0x%04x (%u)", bp[4] << 8 | bp[5],
		 bp[4] << 8 | bp[5]);
	DX_FIELD(dx, bp + 6, 1, "Flags: 0x%x%s%s%s", off >> 13, (off & IP_RES) ? " (reserved)" : "",
		 (off & IP_DF) ? " (Don't Fragment)" : "",
		 (off & IP_MF) ? " (More Fragments)" : "");
	DX_FIELD(dx, bp + 6, 2, "Fragment Offset: %u", (off & IP_OFFMASK) * 8);
	DX_FIELD(dx, bp + 8, 1, "Time to Live: %u", bp[8]);
	DX_FIELD(dx, bp + 9, 1, "Protocol: %s (%u)", tok2str(dx, ipproto_values, "unknown", bp[9]),
		 bp[9]);
	DX_FIELD(dx, bp + 10, 2, "Header Checksum: 0x%04x", bp[10] << 8 | bp[11]);
	DX_FIELD(dx, bp + 12, 4, "Source Address: %s", src);
	DX_FIELD(dx, bp + 16, 4, "Destination Address: %s", dst);
	if (hlen > IP_HDRLEN)
		ip_opt_tree(dx, bp + IP_HDRLEN, hlen - IP_HDRLEN);
	DX_LAYER_END(dx);
}

/* final destination of a valid source route, else the IP destination */
static const uint8_t *ip_finddst(struct dx *dx, const uint8_t *ip)
{
	unsigned length = (GET_U8(dx, ip) & 0xf) * 4u, len;
	const uint8_t *cp = ip + IP_HDRLEN;

	if (length < IP_HDRLEN)
		goto out;
	length -= IP_HDRLEN;
	for (; length != 0; cp += len, length -= len) {
		unsigned tt = GET_U8(dx, cp);

		if (tt == IPOPT_EOL)
			break;
		if (tt == IPOPT_NOP) {
			len = 1;
		} else {
			len = GET_U8(dx, cp + 1);
			if (len < 2)
				break;
		}
		if (length < len)
			goto out;
		if (!DX_TTEST(dx, cp, len))
			goto out;
		if ((tt == IPOPT_SSRR || tt == IPOPT_LSRR) && len >= 7)
			return cp + len - 4;
	}
out:
	DX_TCHECK(dx, ip + 16, 4);
	return ip + 16;
}

uint16_t nextproto4_cksum(struct dx *dx, const uint8_t *iph, const uint8_t *data, unsigned len,
			  unsigned covlen, uint8_t next_proto)
{
	uint8_t ph[12];
	const uint8_t *dst;
	uint32_t sum;

	DX_TCHECK(dx, iph, IP_HDRLEN);
	memcpy(ph, iph + 12, 4);
	dst = (iph[0] & 0xf) == 5 ? iph + 16 : ip_finddst(dx, iph);
	memcpy(ph + 4, dst, 4);
	ph[8] = 0;
	ph[9] = next_proto;
	ph[10] = (uint8_t)(len >> 8);
	ph[11] = (uint8_t)len;
	sum = dx_in_cksum_add(0, ph, sizeof(ph));
	sum = dx_in_cksum_add(sum, data, covlen);
	return dx_in_cksum_fold(sum);
}

static void put_src_dst(struct dx *dx, const uint8_t *ip, const char *tail)
{
	const char *s = GET_IPADDR_STRING(dx, ip + 12);
	const char *d = GET_IPADDR_STRING(dx, ip + 16);

	dx_puts(dx, s);
	dx_puts(dx, " > ");
	dx_puts(dx, d);
	dx_puts(dx, tail);
}

static void ip_verbose_header(struct dx *dx, const uint8_t *ip, unsigned hlen, unsigned off,
			      unsigned proto, int *truncated)
{
	unsigned tos = GET_U8(dx, ip + 1), ttl;
	static const char *const ecn[4] = { "", ",ECT(1)", ",ECT(0)", ",CE" };

	dx_puts(dx, "(tos 0x");
	dx_put_hex(dx, tos);
	dx_puts(dx, ecn[tos & 3]);
	ttl = GET_U8(dx, ip + 8);
	if (ttl >= 1) {
		dx_puts(dx, ", ttl ");
		dx_putu(dx, ttl);
	}
	dx_puts(dx, ", id ");
	dx_putu(dx, GET_BE16(dx, ip + 4));
	dx_puts(dx, ", offset ");
	dx_putu(dx, (off & IP_OFFMASK) * 8u);
	dx_puts(dx, ", flags [");
	dx_puts(dx, bittok2str(dx, ip_frag_values, "none", off & (IP_RES | IP_DF | IP_MF)));
	dx_puts(dx, "], proto ");
	dx_puts(dx, tok2str(dx, ipproto_values, "unknown", proto));
	dx_puts(dx, " (");
	dx_putu(dx, proto);
	dx_puts(dx, "), length ");
	dx_putu(dx, GET_BE16(dx, ip + 2));
	if (hlen > IP_HDRLEN) {
		dx_puts(dx, ", options (");
		if (ip_optprint(dx, ip + IP_HDRLEN, hlen - IP_HDRLEN) < 0) {
			dx_puts(dx, " [truncated-option]");
			*truncated = 1;
		}
		dx_putc(dx, ')');
	}
	if (!dx->opts->no_verify_cksum && DX_TTEST(dx, ip, hlen)) {
		uint16_t sum = dx_in_cksum_fold(dx_in_cksum_add(0, ip, hlen));

		if (sum != 0) {
			uint16_t ip_sum = GET_BE16(dx, ip + 10);

			dx_printf(dx, ", bad cksum %x (->%x)!", ip_sum,
				  in_cksum_shouldbe(ip_sum, sum));
		}
	}
	dx_puts(dx, ")\n    ");
}

void ip_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned ver, hlen, len, off, proto;
	int truncated = 0, pushed;

	dx_proto(dx, "ip");
	ver = GET_U8(dx, bp) >> 4;
	if (ver != 4) {
		if (ver == 6) {
			dx_puts(dx, "IP6, wrong link-layer encapsulation");
		} else {
			dx_puts(dx, "IP");
			dx_putu(dx, ver);
		}
		dx_print_invalid(dx);
		return;
	}
	if (!dx->opts->link_header)
		dx_puts(dx, "IP ");
	if (!DX_TTEST(dx, bp, IP_HDRLEN)) {
		dx_print_trunc(dx);
		return;
	}
	if (length < IP_HDRLEN) {
		dx_puts(dx, "truncated-ip ");
		dx_putu(dx, length);
		return;
	}
	hlen = (bp[0] & 0xf) * 4u;
	if (hlen < IP_HDRLEN) {
		dx_puts(dx, "bad-hlen ");
		dx_putu(dx, hlen);
		return;
	}
	len = (unsigned)(bp[2] << 8 | bp[3]);
	if (length < len) {
		dx_puts(dx, "truncated-ip - ");
		dx_putu(dx, len - length);
		dx_puts(dx, " bytes missing! ");
	}
	if (len < hlen) {
		dx_puts(dx, "bad-len ");
		dx_putu(dx, len);
		return;
	}
	if (dx->tree)
		ip_tree(dx, bp, hlen);

	/* the payload ends where the IP datagram ends (Ethernet padding) */
	pushed = dx_push_snaplen(dx, bp, len) == 0;
	len -= hlen;
	off = (unsigned)(bp[6] << 8 | bp[7]);
	proto = bp[9];

	if (dx->opts->verbose) {
		ip_verbose_header(dx, bp, hlen, off, proto, &truncated);
		if (truncated) {
			put_src_dst(dx, bp, ": ");
			dx_print_trunc(dx);
			goto out;
		}
	}

	if ((off & IP_OFFMASK) == 0) {
		/* the first fragment: hand it to the next protocol */
		if (proto != IPP_TCP && proto != IPP_UDP && proto != IPP_SCTP && proto != IPP_DCCP)
			put_src_dst(dx, bp, ": ");
		if (!DX_TTEST(dx, bp, hlen)) {
			dx_printf(dx, " [remaining caplen(%zu) < header length(%u)]",
				  DX_BYTES_AVAIL(dx, bp), hlen);
			dx_trunc(dx);
		}
		ip_demux_print(dx, bp + hlen, len, 4, (off & IP_MF) != 0, bp[8], (uint8_t)proto,
			       bp);
	} else {
		/* later fragments lack the next header: name the protocol only */
		const char *name;

		if (dx->opts->quiet > 1)
			goto out;
		put_src_dst(dx, bp, ":");
		if (!dx->opts->no_resolve && (name = netdb_protoname(proto)) != NULL) {
			dx_putc(dx, ' ');
			dx_puts(dx, name);
		} else {
			dx_puts(dx, " ip-proto-");
			dx_putu(dx, proto);
		}
	}
out:
	if (pushed)
		dx_pop_snaplen(dx);
}

void ipN_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned v;

	dx_proto(dx, "ipn");
	if (length < 1) {
		dx_puts(dx, "truncated-ip ");
		dx_putu(dx, length);
		return;
	}
	v = GET_U8(dx, bp) & 0xf0;
	if (v == 0x40) {
		ip_print(dx, bp, length);
	} else if (v == 0x60) {
		ip6_print(dx, bp, length);
	} else {
		dx_puts(dx, "unknown ip ");
		dx_putu(dx, v >> 4);
	}
}

static void requires(struct dx *dx, unsigned nh, const char *what)
{
	dx_putc(dx, '[');
	dx_puts(dx, tok2str(dx, ipproto_values, "unknown", nh));
	dx_puts(dx, what);
	dx_print_invalid(dx);
}

void ip_demux_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned ver,
		    int fragmented, unsigned ttl_hl, uint8_t nh, const uint8_t *iph)
{
	const char *name;
	int advance;

again:
	switch (nh) {
	case IPP_AH:
		if (!DX_TTEST(dx, bp, 1)) {
			dx_proto(dx, "ah");
			dx_print_trunc(dx);
			break;
		}
		nh = bp[0];
		advance = ah_print(dx, bp);
		if (advance <= 0)
			break;
		bp += advance;
		length -= (unsigned)advance;
		goto again;
	case IPP_ESP:
		esp_print(dx, bp, length, iph, ver, fragmented, ttl_hl);
		break;
	case IPP_IPCOMP:
		ipcomp_print(dx, bp);
		break;
	case IPP_SCTP:
		sctp_print(dx, bp, iph, length);
		break;
	case IPP_DCCP:
		dccp_print(dx, bp, iph, length);
		break;
	case IPP_TCP:
		tcp_print(dx, bp, length, iph, fragmented);
		break;
	case IPP_UDP:
		udp_print(dx, bp, length, iph, fragmented, ttl_hl);
		break;
	case IPP_ICMP:
		if (ver == 4)
			icmp_print(dx, bp, length, iph, fragmented);
		else
			requires(dx, nh, " requires IPv4]");
		break;
	case IPP_ICMPV6:
		if (ver == 6)
			icmp6_print(dx, bp, length, iph, fragmented);
		else
			requires(dx, nh, " requires IPv6]");
		break;
	case IPP_ND:
		dx_puts(dx, " nd ");
		dx_putu(dx, length);
		break;
	case IPP_IGMP:
		if (ver == 4)
			igmp_print(dx, bp, length);
		else
			requires(dx, nh, " requires IPv4]");
		break;
	case IPP_IPV4:
		ip_print(dx, bp, length);
		break;
	case IPP_IPV6:
		ip6_print(dx, bp, length);
		break;
	case IPP_ETHERNET:
		if (ver == 6)
			ether_print(dx, bp, length, (unsigned)DX_BYTES_AVAIL(dx, bp));
		else
			requires(dx, nh, " requires IPv6]");
		break;
	case IPP_GRE:
		gre_print(dx, bp, length);
		break;
	case IPP_OSPF:
		if (ver == 6)
			ospf6_print(dx, bp, length);
		else
			ospf_print(dx, bp, length);
		break;
	case IPP_EGP:
		egp_print(dx, bp, length);
		break;
	case IPP_EIGRP:
		eigrp_print(dx, bp, length);
		break;
	case IPP_PIM:
		pim_print(dx, bp, length, iph);
		break;
	case IPP_PGM:
		pgm_print(dx, bp, length, iph);
		break;
	case IPP_MOBILE:
		mobile_print(dx, bp, length);
		break;
	case IPP_PIGP:
		igrp_print(dx, bp, length);
		break;
	case IPP_VRRP:
		vrrp_print(dx, bp, length, iph, ttl_hl, ver);
		break;
	case IPP_RSVP:
		rsvp_print(dx, bp, length);
		break;
	case IPP_NONE:
		dx_puts(dx, "no next header");
		break;
	default:
		if (!dx->opts->no_resolve && (name = netdb_protoname(nh)) != NULL) {
			dx_putc(dx, ' ');
			dx_puts(dx, name);
		} else {
			dx_puts(dx, " ip-proto-");
			dx_putu(dx, nh);
		}
		dx_putc(dx, ' ');
		dx_putu(dx, length);
		break;
	}
}
