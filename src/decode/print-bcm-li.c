// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Broadcom lawful-intercept shim (UDP source port 49152, the
 * SDK default). Text as tcpdump 4.99.3 print-bcm-li.c.
 *
 * Shim (4 bytes, big-endian): direction (3 bits), packet type (4 bits),
 * packet subtype (3 bits), LI ID (22 bits). The intercepted packet
 * follows; it is decoded only with -v: an Ethernet frame, an IPv4 or an
 * IPv6 datagram, or for "undecided" IP of the version its first nibble
 * gives.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define BCM_LI_SHIM_LEN 4u

#define BCM_LI_UNDECIDED 4
#define BCM_LI_IPV4 5
#define BCM_LI_IPV6 6
#define BCM_LI_ETHERNET 7

static const struct tok bcm_li_directions[] = {
	{ 1, "unused" },
	{ 2, "egress" },
	{ 3, "ingress" },
	{ 0, NULL }
};

static const struct tok bcm_li_pkt_types[] = {
	{ BCM_LI_UNDECIDED, "undecided" },
	{ BCM_LI_IPV4, "ipv4" },
	{ BCM_LI_IPV6, "ipv6" },
	{ BCM_LI_ETHERNET, "ethernet" },
	{ 0, NULL }
};

static const struct tok bcm_li_pkt_subtypes[] = {
	{ 1, "single VLAN tag" },
	{ 2, "double VLAN tag" },
	{ 3, "untagged" },
	{ 0, NULL }
};

void bcm_li_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned shim, dir, type, subtype, li_id, ipv;
	const char *dir_s, *type_s, *sub_s;
	const char *sep = dx->opts->verbose ? "\n    " : "";

	dx_proto(dx, "bcm_li");
	if (len < BCM_LI_SHIM_LEN) {
		dx_printf(dx, " (length %u < %u)", len, BCM_LI_SHIM_LEN);
		dx_print_invalid(dx);
		DX_FIELD(dx, bp, len, "Broadcom LI shim: %u bytes < %u", len, BCM_LI_SHIM_LEN);
		return;
	}
	shim = GET_BE32(dx, bp);
	dir = shim >> 29;
	type = (shim >> 25) & 0xf;
	subtype = (shim >> 22) & 0x7;
	li_id = shim & 0x3fffff;
	dir_s = tok2str(dx, bcm_li_directions, "unknown", dir);
	type_s = tok2str(dx, bcm_li_pkt_types, "unknown", type);
	sub_s = tok2str(dx, bcm_li_pkt_subtypes, "unknown", subtype);
	dx_printf(dx, "%sBCM-LI-SHIM: direction %s, pkt-type %s, pkt-subtype %s, li-id %u%s", sep,
		  dir_s, type_s, sub_s, li_id, sep);

	DX_LAYER(dx, bp, BCM_LI_SHIM_LEN, "Broadcom LI shim, %s, %s, LI ID %u", dir_s, type_s,
		 li_id);
	DX_FIELD(dx, bp, 1, "Direction: %s (%u)", dir_s, dir);
	DX_FIELD(dx, bp, 1, "Packet type: %s (%u)", type_s, type);
	DX_FIELD(dx, bp, 2, "Packet subtype: %s (%u)", sub_s, subtype);
	DX_FIELD(dx, bp + 1, 3, "LI ID: %u", li_id);
	DX_LAYER_END(dx);

	bp += BCM_LI_SHIM_LEN;
	len -= BCM_LI_SHIM_LEN;
	if (!dx->opts->verbose) {
		DX_FIELD(dx, bp, len, "Intercepted packet (%u bytes)", len);
		DX_TCHECK(dx, bp, len);
		return;
	}
	switch (type) {
	case BCM_LI_ETHERNET:
		ether_print(dx, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp));
		break;
	case BCM_LI_IPV4:
		ip_print(dx, bp, len);
		break;
	case BCM_LI_IPV6:
		ip6_print(dx, bp, len);
		break;
	case BCM_LI_UNDECIDED:
		ipv = GET_U8(dx, bp) >> 4;
		if (ipv == 4) {
			ip_print(dx, bp, len);
		} else if (ipv == 6) {
			ip6_print(dx, bp, len);
		} else {
			dx_puts(dx, "unknown payload");
			DX_FIELD(dx, bp, len, "Unknown payload (%u bytes)", len);
		}
		break;
	default:
		dx_print_invalid(dx);
		DX_FIELD(dx, bp, len, "Payload of an unknown type (%u bytes)", len);
		break;
	}
}
