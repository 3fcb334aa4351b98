// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: raw IP link types: DLT_RAW (IPv4 or IPv6 by the version
 * nibble), LINKTYPE_IPV4 and LINKTYPE_IPV6. There is no link header.
 * tcpdump 4.99 prints all three with raw_if_print (print-raw.c).
 */
#include "dx.h"
#include "print.h"

unsigned raw_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "raw");
	/* no bytes of its own: the link type says the packet starts with IP */
	DX_LAYER(dx, p, 0, "Raw IP");
	DX_FIELD(dx, p, 0, "Link-layer header: none (IPv%u follows)", caplen ? p[0] >> 4 : 0);
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		dx_puts(dx, "ip: ");
	ipN_print(dx, p, length);
	return 0;
}

unsigned ipv4_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	return raw_if_print(dx, p, caplen, length);
}

unsigned ipv6_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	return raw_if_print(dx, p, caplen, length);
}
