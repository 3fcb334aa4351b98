// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco Auto-RP (UDP port 496): candidate RP announcements and
 * RP mappings. Text as tcpdump 4.99.3 (print-pim.c cisco_autorp_print).
 *
 * Header (8): version/type (1; 0x11 candidate-advert, 0x12 mapping), RP
 * count (1), hold time (2, 0 is forever), reserved (4). Each RP: address
 * (4), reserved and PIM versions (1; low 2 bits: v1, v2), group count
 * (1), groups of 6: reserved, bidir and negative bits (1), mask length
 * (1), group (4).
 */
#include "dx.h"
#include "print.h"
#include "util.h"

void cisco_autorp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	static const char *const pim_versions[] = { " PIMv?", " PIMv1", " PIMv2", " PIMv1+2" };
	unsigned type, numrps, hold;

	dx_proto(dx, "cisco_autorp");
	if (len < 8)
		goto trunc;
	dx_puts(dx, " auto-rp ");
	type = GET_U8(dx, bp);
	if (type == 0x11)
		dx_puts(dx, "candidate-advert");
	else if (type == 0x12)
		dx_puts(dx, "mapping");
	else
		dx_printf(dx, "type-0x%02x", type);
	numrps = GET_U8(dx, bp + 1);
	dx_puts(dx, " Hold ");
	hold = GET_BE16(dx, bp + 2);
	if (hold)
		dx_put_relts(dx, hold);
	else
		dx_puts(dx, "FOREVER");
	DX_LAYER(dx, bp, len, "Cisco Auto-RP, type 0x%02x, %u RP(s), hold %u", type, numrps, hold);
	bp += 8;
	len -= 8;

	for (; numrps; numrps--) {
		unsigned n, f;
		char sep = ' ';

		if (len < 4)
			goto trunc_layer;
		dx_printf(dx, " RP %s", GET_IPADDR_STRING(dx, bp));
		DX_FIELD(dx, bp, 4, "RP: %s", GET_IPADDR_STRING(dx, bp));
		bp += 4;
		len -= 4;
		if (len < 1)
			goto trunc_layer;
		f = GET_U8(dx, bp);
		dx_puts(dx, pim_versions[f & 3]);
		if (f & 0xfc)
			dx_printf(dx, " [rsvd=0x%02x]", f & 0xfc);
		bp++;
		len--;
		if (len < 1)
			goto trunc_layer;
		n = GET_U8(dx, bp);
		bp++;
		len--;
		for (; n; n--, bp += 6, len -= 6) {
			if (len < 6)
				goto trunc_layer;
			f = GET_U8(dx, bp);
			dx_printf(dx, "%c%s%s/%u", sep, f & 1 ? "!" : "", GET_IPADDR_STRING(dx, bp + 2),
				  GET_U8(dx, bp + 1));
			DX_FIELD(dx, bp, 6, "Group: %s%s/%u", f & 1 ? "!" : "",
				 GET_IPADDR_STRING(dx, bp + 2), GET_U8(dx, bp + 1));
			if (f & 0x02)
				dx_puts(dx, " bidir");
			if (f & 0xfc)
				dx_printf(dx, "[rsvd=0x%02x]", f & 0xfc);
			sep = ',';
		}
	}
	DX_LAYER_END(dx);
	return;
trunc_layer:
	DX_LAYER_END(dx);
trunc:
	dx_print_trunc(dx);
}
