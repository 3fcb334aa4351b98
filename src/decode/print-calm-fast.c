// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ISO CALM FAST, CALM non-IP networking (EtherType 0x1111).
 * Text as tcpdump 4.99.3 print-calm-fast.c.
 *
 * ISO 29281. Header: source network reference (1), destination network
 * reference (1); the data follows.
 */
#include "dx.h"
#include "print.h"

void calm_fast_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *src)
{
	dx_proto(dx, "calm_fast");
	dx_puts(dx, "CALM FAST");
	if (src) {
		dx_puts(dx, " src:");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, src));
	}
	dx_puts(dx, "; ");
	if (length < 2) {
		dx_printf(dx, " (length %u < 2)", length);
		dx_print_invalid(dx);
		DX_TCHECK(dx, bp, length);
		return;
	}
	dx_printf(dx, "SrcNwref:%u; ", GET_U8(dx, bp));
	dx_printf(dx, "DstNwref:%u; ", GET_U8(dx, bp + 1));
	DX_LAYER(dx, bp, 2, "CALM FAST, SrcNwref %u, DstNwref %u", GET_U8(dx, bp), GET_U8(dx, bp + 1));
	DX_FIELD(dx, bp, 1, "Source network reference: %u", GET_U8(dx, bp));
	DX_FIELD(dx, bp + 1, 1, "Destination network reference: %u", GET_U8(dx, bp + 1));
	DX_LAYER_END(dx);
	/* tcpdump's ND_DEFAULTPRINT, whatever -x/-X/-q */
	if (dx->opts->verbose) {
		DX_FIELD_IN(dx, bp + 2, length - 2, dx->snapend, "Data (%u bytes)", length - 2);
		hex_and_ascii_print(dx, "\n\t", bp + 2, length - 2);
	}
}
