// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPsec headers without decryption: AH, IPComp (ESP: print-esp.c)
 * RFC 4302 (AH), RFC 3173 (IPComp)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

/* AH: next(1) len(1) reserved(2) spi(4) seq(4) icv(...) */
int ah_print(struct dx *dx, const uint8_t *bp)
{
	unsigned ah_len, hdr_len, reserved;
	const uint8_t *p;

	dx_proto(dx, "ah");
	ip_print_protocol_caps(dx);
	ah_len = GET_U8(dx, bp + 1);
	hdr_len = (ah_len + 2) * 4;
	dx_putc(dx, '(');
	if (dx->opts->verbose)
		dx_printf(dx, "length=%u(%u-bytes),", ah_len, hdr_len);
	reserved = GET_BE16(dx, bp + 2);
	if (reserved)
		dx_printf(dx, "reserved=0x%x[MustBeZero],", reserved);
	dx_printf(dx, "spi=0x%08x,", GET_BE32(dx, bp + 4));
	dx_printf(dx, "seq=0x%x,", GET_BE32(dx, bp + 8));
	dx_puts(dx, "icv=0x");
	for (p = bp + 12; p < bp + hdr_len; p++)
		dx_printf(dx, "%02x", GET_U8(dx, p));
	dx_puts(dx, "): ");
	DX_LAYER(dx, bp, hdr_len, "Authentication Header, SPI: 0x%08x", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp, 1, "Next Header: %u", bp[0]);
	DX_FIELD(dx, bp + 1, 1, "Length: %u (%u bytes)", ah_len, hdr_len);
	DX_FIELD(dx, bp + 4, 4, "SPI: 0x%08x", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "Sequence: %u", GET_BE32(dx, bp + 8));
	DX_FIELD(dx, bp + 12, hdr_len > 12 ? hdr_len - 12 : 0, "ICV");
	DX_LAYER_END(dx);
	return (int)hdr_len;
}

void ipcomp_print(struct dx *dx, const uint8_t *bp)
{
	unsigned cpi;

	dx_proto(dx, "ipcomp");
	cpi = GET_BE16(dx, bp + 2);
	dx_printf(dx, "IPComp(cpi=0x%04x)", cpi);
	DX_LAYER(dx, bp, 4, "IP Payload Compression, CPI: 0x%04x", cpi);
	DX_LAYER_END(dx);
}
