// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ARCNET (LINKTYPE_ARCNET_BSD, 7) and Linux ARCNET
 * (LINKTYPE_ARCNET_LINUX, 129). Text as tcpdump 4.99.3 print-arcnet.c.
 *
 * RFC 1051 (old encapsulation: source, destination, type) and RFC 1201
 * (new encapsulation: a split flag and a sequence id follow the type, and
 * a flag of 0xff marks an exception packet carrying the real type, flag
 * and sequence id after 4 padding bytes). Linux puts a 2-byte offset
 * between the addresses and the type.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

/* tcpdump dumps an unknown ARCNET payload whatever -q, -x and -X say */
#define ARC_HDRLEN		3u
#define ARC_HDRNEWLEN		6u
#define ARC_HDRNEWLEN_EXC	10u
#define ARC_LINUX_HDRLEN	5u
#define ARC_LINUX_HDRNEWLEN	8u

#define ARCTYPE_IP_OLD		240
#define ARCTYPE_ARP_OLD		241
#define ARCTYPE_IP		212
#define ARCTYPE_ARP		213
#define ARCTYPE_REVARP		214
#define ARCTYPE_ATALK		221
#define ARCTYPE_BANIAN		247
#define ARCTYPE_IPX		250
#define ARCTYPE_INET6		0xc4
#define ARCTYPE_DIAGNOSE	0x80

static const struct tok arctype_values[] = {
	{ ARCTYPE_IP_OLD, "oldip" },
	{ ARCTYPE_ARP_OLD, "oldarp" },
	{ ARCTYPE_IP, "ip" },
	{ ARCTYPE_ARP, "arp" },
	{ ARCTYPE_REVARP, "rarp" },
	{ ARCTYPE_ATALK, "atalk" },
	{ ARCTYPE_BANIAN, "banyan" },
	{ ARCTYPE_IPX, "ipx" },
	{ ARCTYPE_INET6, "ipv6" },
	{ ARCTYPE_DIAGNOSE, "diag" },
	{ 0, NULL }
};

/* the types of RFC 1051, which have no split flag or sequence id */
static int arctype_old(unsigned type)
{
	return type == ARCTYPE_IP_OLD || type == ARCTYPE_ARP_OLD || type == ARCTYPE_DIAGNOSE;
}

/* the -e header; p is read as the BSD header (also for Linux's, as tcpdump) */
static void arcnet_hdr_print(struct dx *dx, const uint8_t *p, unsigned length, int phds,
			     unsigned flag, unsigned seqid)
{
	unsigned src = GET_U8(dx, p), dst = GET_U8(dx, p + 1);
	const char *tn;

	if (dx->opts->quiet) {
		dx_printf(dx, "%02x %02x %u: ", src, dst, length);
		return;
	}
	tn = tok2str(dx, arctype_values, "%02x", GET_U8(dx, p + 2));
	if (!phds)
		dx_printf(dx, "%02x %02x %s %u: ", src, dst, tn, length);
	else if (flag == 0)
		dx_printf(dx, "%02x %02x %s seqid %04x %u: ", src, dst, tn, seqid, length);
	else if (flag & 1)
		dx_printf(dx, "%02x %02x %s seqid %04x (first of %u fragments) %u: ", src, dst, tn, seqid,
			  (flag + 3) / 2, length);
	else
		dx_printf(dx, "%02x %02x %s seqid %04x (fragment %u) %u: ", src, dst, tn, seqid,
			  flag / 2 + 1, length);
}

/* the payload by ARCNET type; 0 when the type is not one tcpdump prints */
static int arcnet_encap_print(struct dx *dx, unsigned type, const uint8_t *p, unsigned length,
			      unsigned caplen)
{
	switch (type) {
	case ARCTYPE_IP_OLD:
	case ARCTYPE_IP:
		ip_print(dx, p, length);
		return 1;
	case ARCTYPE_INET6:
		ip6_print(dx, p, length);
		return 1;
	case ARCTYPE_ARP_OLD:
	case ARCTYPE_ARP:
	case ARCTYPE_REVARP:
		arp_print(dx, p, length, caplen);
		return 1;
	case ARCTYPE_ATALK:
		if (dx->opts->verbose)
			dx_puts(dx, "et1 ");
		atalk_print(dx, p, length);
		return 1;
	case ARCTYPE_IPX:
		ipx_print(dx, p, length);
		return 1;
	default:
		return 0;
	}
}

static void arcnet_layer(struct dx *dx, const uint8_t *p, unsigned hl, unsigned type_off,
			 unsigned type, int phds, unsigned flag, unsigned seqid)
{
	if (!dx->tree)
		return;
	DX_LAYER(dx, p, hl, "ARCNET, %02x > %02x, type %s", p[0], p[1],
		 tok2str(dx, arctype_values, "0x%02x", type));
	DX_FIELD(dx, p, 1, "Source: %02x", p[0]);
	DX_FIELD(dx, p + 1, 1, "Destination: %02x", p[1]);
	if (type_off == 4)
		DX_FIELD(dx, p + 2, 2, "Offset: %u", (unsigned)(p[2] << 8 | p[3]));
	DX_FIELD(dx, p + type_off, 1, "Type: %s (0x%02x)", tok2str(dx, arctype_values, "unknown", type), type);
	if (phds) {
		DX_FIELD(dx, p + hl - 3, 1, "Split flag: 0x%02x", flag);
		DX_FIELD(dx, p + hl - 2, 2, "Sequence id: 0x%04x", seqid);
	}
	DX_LAYER_END(dx);
}

unsigned arcnet_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned type, flag = 0, seqid = 0, hl = ARC_HDRLEN;
	int phds;

	dx_proto(dx, "arcnet");
	if (caplen < ARC_HDRLEN)
		dx_trunc(dx);
	type = GET_U8(dx, p + 2);
	phds = !arctype_old(type);
	if (phds) {
		if (caplen < ARC_HDRNEWLEN) {
			arcnet_hdr_print(dx, p, length, 0, 0, 0);
			dx_puts(dx, " phds");
			dx_trunc(dx);
		}
		flag = GET_U8(dx, p + 3);
		if (flag == 0xff) {
			if (caplen < ARC_HDRNEWLEN_EXC) {
				arcnet_hdr_print(dx, p, length, 0, 0, 0);
				dx_puts(dx, " phds extended");
				dx_trunc(dx);
			}
			flag = GET_U8(dx, p + 7);
			seqid = GET_BE16(dx, p + 8);
			hl = ARC_HDRNEWLEN_EXC;
		} else {
			seqid = GET_BE16(dx, p + 4);
			hl = ARC_HDRNEWLEN;
		}
	}
	arcnet_layer(dx, p, hl, 2, type, phds, flag, seqid);
	if (dx->opts->link_header)
		arcnet_hdr_print(dx, p, length, phds, flag, seqid);
	/* a middle fragment: nothing to decode */
	if (phds && flag && (flag & 1) == 0)
		return hl;
	if (!arcnet_encap_print(dx, type, p + hl, length - hl, caplen - hl))
		default_dump(dx, p + hl, caplen - hl, 1);
	return hl;
}

unsigned arcnet_linux_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned type, hl;

	dx_proto(dx, "arcnet_linux");
	if (caplen < ARC_LINUX_HDRLEN)
		dx_trunc(dx);
	type = GET_U8(dx, p + 4);
	if (arctype_old(type)) {
		hl = ARC_LINUX_HDRLEN;
	} else {
		hl = ARC_LINUX_HDRNEWLEN;
		if (caplen < ARC_LINUX_HDRNEWLEN)
			dx_trunc(dx);
	}
	arcnet_layer(dx, p, hl, 4, type, 0, 0, 0);
	if (dx->opts->link_header)
		arcnet_hdr_print(dx, p, length, 0, 0, 0);
	if (!arcnet_encap_print(dx, type, p + hl, length - hl, caplen - hl))
		default_dump(dx, p + hl, caplen - hl, 1);
	return hl;
}
