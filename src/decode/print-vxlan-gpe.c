// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: VXLAN Generic Protocol Extension (UDP port 4790). Text as
 * tcpdump 4.99.3 print-vxlan-gpe.c.
 *
 * draft-ietf-nvo3-vxlan-gpe. Header (8 bytes): flags (1: I 0x08, P 0x04,
 * B 0x02, O 0x01), reserved (2), next protocol (1: 1 IPv4, 2 IPv6,
 * 3 Ethernet, 4 NSH), VNI (3), reserved (1).
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define VXLAN_GPE_HDRLEN 8u

static const struct tok vxlan_gpe_flags[] = {
	{ 0x08, "I" },
	{ 0x04, "P" },
	{ 0x02, "B" },
	{ 0x01, "O" },
	{ 0, NULL }
};

static const struct tok vxlan_gpe_next[] = {
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "Ethernet" },
	{ 4, "NSH" },
	{ 0, NULL }
};

void vxlan_gpe_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned flags, next, vni;

	dx_proto(dx, "vxlan_gpe");
	dx_puts(dx, "VXLAN-GPE, ");
	if (len < VXLAN_GPE_HDRLEN) {
		dx_printf(dx, " (len %u < %u)", len, VXLAN_GPE_HDRLEN);
		dx_print_invalid(dx);
		return;
	}
	flags = GET_U8(dx, bp);
	dx_printf(dx, "flags [%s], ", bittok2str_nosep(dx, vxlan_gpe_flags, "none", flags));
	next = GET_U8(dx, bp + 3);
	vni = GET_BE24(dx, bp + 4);
	DX_TCHECK(dx, bp + 7, 1);
	dx_printf(dx, "vni %u", vni);
	dx_puts(dx, dx->opts->verbose ? "\n    " : ": ");
	DX_LAYER(dx, bp, VXLAN_GPE_HDRLEN, "VXLAN Generic Protocol Extension, VNI: %u", vni);
	DX_FIELD(dx, bp, 1, "Flags: 0x%02x [%s]", flags,
		 bittok2str_nosep(dx, vxlan_gpe_flags, "none", flags));
	DX_FIELD(dx, bp + 1, 2, "Reserved: 0x%04x", GET_BE16(dx, bp + 1));
	DX_FIELD(dx, bp + 3, 1, "Next Protocol: %s (%u)",
		 tok2str(dx, vxlan_gpe_next, "Unknown", next), next);
	DX_FIELD(dx, bp + 4, 3, "VXLAN Network Identifier (VNI): %u", vni);
	DX_FIELD(dx, bp + 7, 1, "Reserved: 0x%02x", GET_U8(dx, bp + 7));
	DX_LAYER_END(dx);
	bp += VXLAN_GPE_HDRLEN;
	len -= VXLAN_GPE_HDRLEN;
	switch (next) {
	case 1:
		ip_print(dx, bp, len);
		break;
	case 2:
		ip6_print(dx, bp, len);
		break;
	case 3:
		ether_print(dx, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp));
		break;
	case 4:
		nsh_print(dx, bp, len);
		break;
	default:
		dx_puts(dx, "ERROR: unknown-next-protocol");
		dx_print_invalid(dx);
		break;
	}
}
