// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Solaris ipnet (DLT_IPNET 226). Text as tcpdump 4.99.3
 * print-ipnet.c.
 *
 * https://www.tcpdump.org/linktypes/LINKTYPE_IPNET.html: version (1),
 * family (1: 2 IPv4, 26 IPv6), hook type (2), packet length (4), ifindex
 * (4), group ifindex (4), source zone (4), destination zone (4).
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define IPNET_HDRLEN 24u
#define IPH_AF_INET 2
#define IPH_AF_INET6 26

static const struct tok ipnet_values[] = {
	{ IPH_AF_INET, "IPv4" },
	{ IPH_AF_INET6, "IPv6" },
	{ 0, NULL }
};

static void ipnet_hdr_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned fam = GET_U8(dx, bp + 1);

	dx_printf(dx, "%u > %u", GET_BE32(dx, bp + 16), GET_BE32(dx, bp + 20));
	if (!dx->opts->quiet)
		dx_printf(dx, ", family %s (%u)", tok2str(dx, ipnet_values, "Unknown", fam), fam);
	else
		dx_printf(dx, ", %s", tok2str(dx, ipnet_values, "Unknown Ethertype (0x%04x)", fam));
	dx_printf(dx, ", length %u: ", length);
}

unsigned ipnet_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned fam;

	dx_proto(dx, "ipnet");
	DX_TCHECK(dx, p, IPNET_HDRLEN);
	fam = p[1];
	DX_LAYER(dx, p, IPNET_HDRLEN, "Solaris ipnet, family %s", tok2str(dx, ipnet_values, "Unknown", fam));
	DX_FIELD(dx, p, 1, "Version: %u", p[0]);
	DX_FIELD(dx, p + 1, 1, "Family: %u", fam);
	DX_FIELD(dx, p + 2, 2, "Hook type: %u", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 4, "Packet length: %u", GET_BE32(dx, p + 4));
	DX_FIELD(dx, p + 8, 4, "Interface index: %u", GET_BE32(dx, p + 8));
	DX_FIELD(dx, p + 12, 4, "Group interface index: %u", GET_BE32(dx, p + 12));
	DX_FIELD(dx, p + 16, 4, "Source zone: %u", GET_BE32(dx, p + 16));
	DX_FIELD(dx, p + 20, 4, "Destination zone: %u", GET_BE32(dx, p + 20));
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		ipnet_hdr_print(dx, p, length);
	switch (fam) {
	case IPH_AF_INET:
		ip_print(dx, p + IPNET_HDRLEN, length - IPNET_HDRLEN);
		break;
	case IPH_AF_INET6:
		ip6_print(dx, p + IPNET_HDRLEN, length - IPNET_HDRLEN);
		break;
	default:
		if (!dx->opts->link_header)
			ipnet_hdr_print(dx, p, length);
		ether_default_print(dx, p + IPNET_HDRLEN, caplen - IPNET_HDRLEN);
		break;
	}
	return IPNET_HDRLEN;
}
