// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: VXLAN (UDP port 4789). Text as tcpdump 4.99.3 print-vxlan.c.
 *
 * RFC 7348. Header (8 bytes): flags (1; 0x08 is I, the VNI is valid),
 * reserved (3), VNI (3), reserved (1); an Ethernet frame follows.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define VXLAN_HDRLEN 8u

static const struct tok vxlan_flags[] = {
	{ 0x08, "I" },
	{ 0, NULL }
};

void vxlan_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned flags, vni;

	dx_proto(dx, "vxlan");
	dx_puts(dx, "VXLAN");
	if (len < VXLAN_HDRLEN) {
		dx_print_invalid(dx);
		return;
	}
	flags = GET_U8(dx, bp);
	dx_printf(dx, ", flags [%s] (0x%02x), ", bittok2str_nosep(dx, vxlan_flags, "invalid", flags),
		  flags);
	vni = GET_BE24(dx, bp + 4);
	dx_printf(dx, "vni %u\n", vni);
	DX_TCHECK(dx, bp + 7, 1);
	DX_LAYER(dx, bp, VXLAN_HDRLEN, "Virtual eXtensible Local Area Network, VNI: %u", vni);
	DX_FIELD(dx, bp, 1, "Flags: 0x%02x [%s]", flags,
		 bittok2str_nosep(dx, vxlan_flags, "invalid", flags));
	DX_FIELD(dx, bp + 1, 3, "Reserved: 0x%06x", GET_BE24(dx, bp + 1));
	DX_FIELD(dx, bp + 4, 3, "VXLAN Network Identifier (VNI): %u", vni);
	DX_FIELD(dx, bp + 7, 1, "Reserved: 0x%02x", GET_U8(dx, bp + 7));
	DX_LAYER_END(dx);
	bp += VXLAN_HDRLEN;
	ether_print(dx, bp, len - VXLAN_HDRLEN, (unsigned)DX_BYTES_AVAIL(dx, bp));
}
