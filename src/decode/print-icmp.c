// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ICMP printer
 * RFC 792 (ICMP), RFC 950 (mask), RFC 1191 (PMTU), RFC 1256 (router
 * discovery), RFC 4884 (multi-part messages), RFC 4950 (MPLS extension)
 *
 * Output is tcpdump 4.99's print-icmp.c. The message text is built in a
 * local buffer first, as tcpdump does, so that a truncated packet prints
 * only " [|icmp]".
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

enum {
	ICMP_ECHOREPLY = 0,
	ICMP_UNREACH = 3,
	ICMP_SOURCEQUENCH = 4,
	ICMP_REDIRECT = 5,
	ICMP_ECHO = 8,
	ICMP_ROUTERADVERT = 9,
	ICMP_ROUTERSOLICIT = 10,
	ICMP_TIMXCEED = 11,
	ICMP_PARAMPROB = 12,
	ICMP_TSTAMP = 13,
	ICMP_TSTAMPREPLY = 14,
	ICMP_IREQ = 15,
	ICMP_IREQREPLY = 16,
	ICMP_MASKREQ = 17,
	ICMP_MASKREPLY = 18,
};

/* offsets in the message */
#define ICMP_QIP 8		/* quoted IP header of error messages */
#define ICMP_EXTD_MINLEN 136	/* 156 - 20: where RFC 4884 extensions start */
#define ICMP_EXT_HDR 136	/* version/reserved, checksum */

static const struct tok icmp2str[] = {
	{ ICMP_ECHOREPLY, "echo reply" },
	{ ICMP_SOURCEQUENCH, "source quench" },
	{ ICMP_ECHO, "echo request" },
	{ ICMP_ROUTERSOLICIT, "router solicitation" },
	{ ICMP_TSTAMP, "time stamp request" },
	{ ICMP_TSTAMPREPLY, "time stamp reply" },
	{ ICMP_IREQ, "information request" },
	{ ICMP_IREQREPLY, "information reply" },
	{ ICMP_MASKREQ, "address mask request" },
	{ 0, NULL }
};

/* unreachable codes whose text is "<prefix><dst><suffix>" */
static const struct {
	const char *pre, *post;
} unreach_text[16] = {
	[0] = { "net ", " unreachable" },
	[1] = { "host ", " unreachable" },
	[5] = { "", " unreachable - source route failed" },
	[6] = { "net ", " unreachable - unknown" },
	[7] = { "host ", " unreachable - unknown" },
	[8] = { "", " unreachable - source host isolated" },
	[9] = { "net ", " unreachable - admin prohibited" },
	[10] = { "host ", " unreachable - admin prohibited" },
	[11] = { "net ", " unreachable - tos prohibited" },
	[12] = { "host ", " unreachable - tos prohibited" },
	[13] = { "host ", " unreachable - admin prohibited filter" },
	[14] = { "host ", " unreachable - host precedence violation" },
	[15] = { "host ", " unreachable - precedence cutoff" },
};

static const struct tok icmp_redirect_text[] = {
	{ 0, "redirect %s to net %s" },
	{ 1, "redirect %s to host %s" },
	{ 2, "redirect-tos %s to net %s" },
	{ 3, "redirect-tos %s to host %s" },
	{ 0, NULL }
};

/* names for the field tree only */
static const struct tok icmp_type_names[] = {
	{ ICMP_ECHOREPLY, "Echo Reply" },
	{ ICMP_UNREACH, "Destination Unreachable" },
	{ ICMP_SOURCEQUENCH, "Source Quench" },
	{ ICMP_REDIRECT, "Redirect" },
	{ ICMP_ECHO, "Echo Request" },
	{ ICMP_ROUTERADVERT, "Router Advertisement" },
	{ ICMP_ROUTERSOLICIT, "Router Solicitation" },
	{ ICMP_TIMXCEED, "Time Exceeded" },
	{ ICMP_PARAMPROB, "Parameter Problem" },
	{ ICMP_TSTAMP, "Timestamp" },
	{ ICMP_TSTAMPREPLY, "Timestamp Reply" },
	{ ICMP_IREQ, "Information Request" },
	{ ICMP_IREQREPLY, "Information Reply" },
	{ ICMP_MASKREQ, "Address Mask Request" },
	{ ICMP_MASKREPLY, "Address Mask Reply" },
	{ 0, NULL }
};

static const struct tok icmp_multipart_ext_obj_values[] = {
	{ 1, "MPLS Stack Entry" },
	{ 2, "Interface Identification" },
	{ 0, NULL }
};

struct msgbuf {
	char b[512];
	size_t n;
};

static void __attribute__((format(printf, 2, 3))) mb_printf(struct msgbuf *m, const char *fmt, ...)
{
	va_list ap;
	int r;

	if (m->n >= sizeof(m->b) - 1)
		return;
	va_start(ap, fmt);
	r = vsnprintf(m->b + m->n, sizeof(m->b) - m->n, fmt, ap);
	va_end(ap);
	if (r > 0)
		m->n += (size_t)r;
	if (m->n >= sizeof(m->b))
		m->n = sizeof(m->b) - 1;
}

/* milliseconds since midnight UT as hh:mm:ss.mmm */
static void tstamp(struct msgbuf *m, const char *label, uint32_t t)
{
	unsigned msec = t % 1000, sec = t / 1000, min, hrs;

	min = sec / 60;
	sec -= min * 60;
	hrs = min / 60;
	min -= hrs * 60;
	mb_printf(m, "%s%02u:%02u:%02u.%03u", label, hrs, min, sec, msec);
}

/* ND_TCHECK with tcpdump's local "trunc:" label: the caller prints " [|icmp]"
 * and returns normally (unlike a GET_* failure, which longjmps) */
#define LOCAL_TCHECK(dx, p, n) do { if (!DX_TTEST((dx), (p), (n))) return -1; } while (0)

/* -1 when truncated (see LOCAL_TCHECK) */
static int icmp_unreach(struct dx *dx, struct msgbuf *m, const uint8_t *bp, unsigned code)
{
	const uint8_t *oip = bp + ICMP_QIP;

	switch (code) {
	case 2:
		mb_printf(m, "%s protocol %u unreachable", GET_IPADDR_STRING(dx, oip + 16),
			  GET_U8(dx, oip + 9));
		break;
	case 3: {
		unsigned hlen, dport, proto;
		const char *dst;

		LOCAL_TCHECK(dx, oip + 9, 1);
		hlen = (GET_U8(dx, oip) & 0xf) * 4u;
		dport = GET_BE16(dx, oip + hlen + 2);
		proto = GET_U8(dx, oip + 9);
		dst = GET_IPADDR_STRING(dx, oip + 16);
		if (proto == IPP_TCP)
			mb_printf(m, "%s tcp port %s unreachable", dst,
				  dx_tcpport_string(dx, dport));
		else if (proto == IPP_UDP)
			mb_printf(m, "%s udp port %s unreachable", dst,
				  dx_udpport_string(dx, dport));
		else
			mb_printf(m, "%s protocol %u port %u unreachable", dst, proto, dport);
		break;
	}
	case 4: {
		unsigned mtu = GET_BE16(dx, bp + 6);
		const char *dst = GET_IPADDR_STRING(dx, oip + 16);

		if (mtu)
			mb_printf(m, "%s unreachable - need to frag (mtu %u)", dst, mtu);
		else
			mb_printf(m, "%s unreachable - need to frag", dst);
		break;
	}
	default:
		if (code < 16 && unreach_text[code].pre)
			mb_printf(m, "%s%s%s", unreach_text[code].pre,
				  GET_IPADDR_STRING(dx, oip + 16), unreach_text[code].post);
		else
			mb_printf(m, "%s unreachable - #%u", GET_IPADDR_STRING(dx, oip + 16), code);
		break;
	}
	return 0;
}

static int icmp_routeradvert(struct dx *dx, struct msgbuf *m, const uint8_t *bp)
{
	unsigned lifetime, num, size;
	const uint8_t *idp;

	mb_printf(m, "router advertisement");
	LOCAL_TCHECK(dx, bp + 4, 4);
	mb_printf(m, " lifetime ");
	lifetime = GET_BE16(dx, bp + 6);
	if (lifetime < 60)
		mb_printf(m, "%u", lifetime);
	else if (lifetime < 60 * 60)
		mb_printf(m, "%u:%02u", lifetime / 60, lifetime % 60);
	else
		mb_printf(m, "%u:%02u:%02u", lifetime / 3600, lifetime % 3600 / 60, lifetime % 60);
	num = GET_U8(dx, bp + 4);
	mb_printf(m, " %u:", num);
	size = GET_U8(dx, bp + 5);
	if (size != 2) {
		mb_printf(m, " [size %u]", size);
		return 0;
	}
	for (idp = bp + 8; num > 0; num--, idp += 8) {
		LOCAL_TCHECK(dx, idp, 8);
		mb_printf(m, " {%s %u}", GET_IPADDR_STRING(dx, idp), GET_BE32(dx, idp + 4));
	}
	return 0;
}

/* RFC 4884 / RFC 4950 extension objects after the quoted datagram */
static int icmp_multipart(struct dx *dx, const uint8_t *bp, unsigned plen)
{
	const uint8_t *ext = bp + ICMP_EXT_HDR, *obj;
	unsigned hlen, ver;

	LOCAL_TCHECK(dx, bp, 141);
	if (bp[5] == 0 && DX_TTEST(dx, ext, plen - ICMP_EXTD_MINLEN)) {
		if (dx_in_cksum_fold(dx_in_cksum_add(0, ext, plen - ICMP_EXTD_MINLEN)))
			return 0;
	}
	ver = ext[0] >> 4;
	dx_printf(dx, "\n\tICMP Multi-Part extension v%u", ver);
	if (ver != 2) {
		dx_puts(dx, " packet not supported");
		return 0;
	}
	hlen = plen - ICMP_EXTD_MINLEN;
	if (DX_TTEST(dx, ext, hlen))
		dx_printf(dx, ", checksum 0x%04x (%scorrect), length %u", GET_BE16(dx, ext + 2),
			  dx_in_cksum_fold(dx_in_cksum_add(0, ext, hlen)) ? "in" : "", hlen);
	hlen -= 4;
	obj = ext + 4;
	while (hlen > 4) {
		unsigned obj_len, cls, ctype;

		LOCAL_TCHECK(dx, obj, 4);
		obj_len = GET_BE16(dx, obj);
		cls = GET_U8(dx, obj + 2);
		ctype = GET_U8(dx, obj + 3);
		obj += 4;
		dx_printf(dx, "\n\t  %s Object (%u), Class-Type: %u, length %u",
			  tok2str(dx, icmp_multipart_ext_obj_values, "unknown", cls), cls, ctype,
			  obj_len);
		hlen -= 4;
		if (cls == 0 || obj_len < 4)
			return 0;
		obj_len -= 4;
		if (cls == 1 && ctype == 1) {
			uint32_t raw = GET_BE32(dx, obj);

			dx_printf(dx, "\n\t    label %u, tc %u", raw >> 12, (raw >> 9) & 7);
			if ((raw >> 8) & 1)
				dx_puts(dx, ", [S]");
			dx_printf(dx, ", ttl %u", raw & 0xff);
		} else {
			ip_print_unknown_data(dx, obj, "\n\t    ", obj_len);
		}
		if (hlen < obj_len)
			break;
		hlen -= obj_len;
		obj += obj_len;
	}
	return 0;
}

static void icmp_tree(struct dx *dx, const uint8_t *bp, unsigned plen, unsigned type,
		      unsigned code)
{
	DX_LAYER(dx, bp, plen, "Internet Control Message Protocol, Type: %s (%u), Code: %u",
		 tok2str(dx, icmp_type_names, "Unknown", type), type, code);
	DX_FIELD(dx, bp, 1, "Type: %u (%s)", type, tok2str(dx, icmp_type_names, "Unknown", type));
	DX_FIELD(dx, bp + 1, 1, "Code: %u", code);
	if (DX_TTEST(dx, bp + 2, 2))
		DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", bp[2] << 8 | bp[3]);
	if (DX_TTEST(dx, bp + 4, 4)) {
		switch (type) {
		case ICMP_ECHO:
		case ICMP_ECHOREPLY:
		case ICMP_TSTAMP:
		case ICMP_TSTAMPREPLY:
		case ICMP_IREQ:
		case ICMP_IREQREPLY:
		case ICMP_MASKREQ:
		case ICMP_MASKREPLY:
			DX_FIELD(dx, bp + 4, 2, "Identifier: %u", bp[4] << 8 | bp[5]);
			DX_FIELD(dx, bp + 6, 2, "Sequence Number: %u", bp[6] << 8 | bp[7]);
			break;
		case ICMP_REDIRECT:
			DX_FIELD(dx, bp + 4, 4, "Gateway Address: %u.%u.%u.%u", bp[4], bp[5], bp[6],
				 bp[7]);
			break;
		case ICMP_UNREACH:
			if (code == 4)
				DX_FIELD(dx, bp + 6, 2, "Next-Hop MTU: %u", bp[6] << 8 | bp[7]);
			break;
		case ICMP_PARAMPROB:
			DX_FIELD(dx, bp + 4, 1, "Pointer: %u", bp[4]);
			break;
		default:
			break;
		}
	}
	if (plen > 8)
		DX_FIELD(dx, bp + 8, plen - 8, "Data (%u bytes)", plen - 8);
}

void icmp_print(struct dx *dx, const uint8_t *bp, unsigned plen, const uint8_t *iph, int fragmented)
{
	struct msgbuf m;
	const char *str = NULL;
	unsigned type, code;
	int errtype;

	(void)iph;
	dx_proto(dx, "icmp");
	m.n = 0;
	m.b[0] = '\0';
	type = GET_U8(dx, bp);
	code = GET_U8(dx, bp + 1);
	switch (type) {
	case ICMP_ECHO:
	case ICMP_ECHOREPLY: {
		unsigned id = GET_BE16(dx, bp + 4), seq = GET_BE16(dx, bp + 6);

		/* the common case: no formatting through printf */
		icmp_tree(dx, bp, plen, type, code);
		dx_puts(dx, type == ICMP_ECHO ? "ICMP echo request, id " : "ICMP echo reply, id ");
		dx_putu(dx, id);
		dx_puts(dx, ", seq ");
		dx_putu(dx, seq);
		dx_puts(dx, ", length ");
		dx_putu(dx, plen);
		goto checksum;
	}
	case ICMP_UNREACH:
		if (icmp_unreach(dx, &m, bp, code) < 0)
			goto trunc;
		break;
	case ICMP_REDIRECT: {
		const char *d = GET_IPADDR_STRING(dx, bp + ICMP_QIP + 16);
		const char *gw = GET_IPADDR_STRING(dx, bp + 4);
		const char *fmt = tok2str_or_null(icmp_redirect_text, code);

		if (fmt)
			mb_printf(&m, fmt, d, gw);
		else
			mb_printf(&m, "redirect-#%u %s to %s", code, d, gw);
		break;
	}
	case ICMP_ROUTERADVERT:
		if (icmp_routeradvert(dx, &m, bp) < 0)
			goto trunc;
		break;
	case ICMP_TIMXCEED:
		if (!DX_TTEST(dx, bp + ICMP_QIP + 16, 4))
			goto trunc;
		if (code == 0)
			str = "time exceeded in-transit";
		else if (code == 1)
			str = "ip reassembly time exceeded";
		else
			mb_printf(&m, "time exceeded-#%u", code);
		break;
	case ICMP_PARAMPROB:
		if (code)
			mb_printf(&m, "parameter problem - code %u", code);
		else
			mb_printf(&m, "parameter problem - octet %u", GET_U8(dx, bp + 4));
		break;
	case ICMP_MASKREPLY:
		mb_printf(&m, "address mask is 0x%08x", GET_BE32(dx, bp + 8));
		break;
	case ICMP_TSTAMP:
		mb_printf(&m, "time stamp query id %u seq %u", GET_BE16(dx, bp + 4),
			  GET_BE16(dx, bp + 6));
		break;
	case ICMP_TSTAMPREPLY:
		if (!DX_TTEST(dx, bp + 16, 4))
			goto trunc;
		mb_printf(&m, "time stamp reply id %u seq %u: ", GET_BE16(dx, bp + 4),
			  GET_BE16(dx, bp + 6));
		tstamp(&m, "org ", GET_BE32(dx, bp + 8));
		tstamp(&m, ", recv ", GET_BE32(dx, bp + 12));
		tstamp(&m, ", xmit ", GET_BE32(dx, bp + 16));
		break;
	default:
		str = tok2str(dx, icmp2str, "type-#%u", type);
		break;
	}
	icmp_tree(dx, bp, plen, type, code);
	dx_puts(dx, "ICMP ");
	dx_puts(dx, str ? str : m.b);
	dx_puts(dx, ", length ");
	dx_putu(dx, plen);

checksum:
	if (dx->opts->verbose && !fragmented && DX_TTEST(dx, bp, plen)) {
		/* no check for fragments: the rest of the message is elsewhere */
		uint16_t sum = dx_in_cksum_fold(dx_in_cksum_add(0, bp, plen));

		if (sum != 0) {
			uint16_t icmp_sum = GET_BE16(dx, bp + 2);

			dx_printf(dx, " (wrong icmp cksum %x (->%x)!)", icmp_sum,
				  in_cksum_shouldbe(icmp_sum, sum));
		}
	}
	errtype = type == ICMP_UNREACH || type == ICMP_SOURCEQUENCH || type == ICMP_REDIRECT ||
		  type == ICMP_TIMXCEED || type == ICMP_PARAMPROB;
	if (dx->opts->verbose && errtype) {
		/* the quoted datagram: its own length bounds it, extensions may follow */
		const uint8_t *oip = bp + ICMP_QIP;
		const uint8_t *save = dx->snapend;
		unsigned olen;

		dx_puts(dx, "\n\t");
		olen = GET_BE16(dx, oip + 2);
		if ((size_t)(dx->snapend - oip) > olen)
			dx->snapend = oip + olen;
		/* tcpdump reads the length again after narrowing: with a total
		 * length below 4 that read is the truncation, as " [|icmp]" */
		olen = GET_BE16(dx, oip + 2);
		ip_print(dx, oip, olen);
		dx->snapend = save;
	}
	dx_proto(dx, "icmp");
	if (dx->opts->verbose && plen > ICMP_EXTD_MINLEN &&
	    (type == ICMP_UNREACH || type == ICMP_TIMXCEED || type == ICMP_PARAMPROB) &&
	    icmp_multipart(dx, bp, plen) < 0)
		dx_print_trunc(dx);
	DX_LAYER_END(dx);
	return;
trunc:
	/* nothing of the message is printed then, as in tcpdump */
	dx_print_trunc(dx);
}
