// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Overlay Transport Virtualization (UDP port 8472). Text as
 * tcpdump 4.99.3 print-otv.c.
 *
 * draft-hasmit-otv-04. Header (8 bytes): flags (1; 0x08 is I, the
 * instance is valid), overlay ID (3), instance ID (3), reserved (1);
 * an Ethernet frame follows.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define OTV_HDRLEN 8u

void otv_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned flags, overlay, instance;

	dx_proto(dx, "otv");
	dx_puts(dx, "OTV, ");
	if (len < OTV_HDRLEN) {
		dx_printf(dx, "[length %u < %u]", len, OTV_HDRLEN);
		dx_print_invalid(dx);
		DX_TCHECK(dx, bp, len);
		return;
	}
	flags = GET_U8(dx, bp);
	dx_printf(dx, "flags [%s] (0x%02x), ", flags & 0x08 ? "I" : ".", flags);
	overlay = GET_BE24(dx, bp + 1);
	dx_printf(dx, "overlay %u, ", overlay);
	instance = GET_BE24(dx, bp + 4);
	dx_printf(dx, "instance %u\n", instance);
	DX_TCHECK(dx, bp + 7, 1);
	DX_LAYER(dx, bp, OTV_HDRLEN, "Overlay Transport Virtualization, overlay %u, instance %u",
		 overlay, instance);
	DX_FIELD(dx, bp, 1, "Flags: 0x%02x [%s]", flags, flags & 0x08 ? "I" : ".");
	DX_FIELD(dx, bp + 1, 3, "Overlay ID: %u", overlay);
	DX_FIELD(dx, bp + 4, 3, "Instance ID: %u", instance);
	DX_FIELD(dx, bp + 7, 1, "Reserved: 0x%02x", GET_U8(dx, bp + 7));
	DX_LAYER_END(dx);
	bp += OTV_HDRLEN;
	ether_print(dx, bp, len - OTV_HDRLEN, (unsigned)DX_BYTES_AVAIL(dx, bp));
}
