// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RIPng (UDP port 521). Text as tcpdump 4.99.3 print-ripng.c.
 *
 * RFC 2080. Header (4 bytes): command (1), version 1 (1), zero (2); then
 * 20-byte route entries: prefix (16), route tag (2), prefix length (1),
 * metric (1). A request for one entry, ::/0 with metric 16, asks for the
 * whole table.
 */
#include "dx.h"
#include "print.h"

#define RIPNG_HDRLEN 4u
#define RIPNG_ENTRYLEN 20u
#define RIPNG_INFINITY 16

static void entry_print(struct dx *dx, const uint8_t *ni, int print_metric)
{
	unsigned tag, metric;

	dx_printf(dx, "%s/%u", GET_IP6ADDR_STRING(dx, ni), GET_U8(dx, ni + 18));
	tag = GET_BE16(dx, ni + 16);
	if (tag)
		dx_printf(dx, " [%u]", tag);
	metric = GET_U8(dx, ni + 19);
	if (metric && print_metric)
		dx_printf(dx, " (%u)", metric);
	DX_FIELD(dx, ni, RIPNG_ENTRYLEN, "Route: %s/%u, metric %u", GET_IP6ADDR_STRING(dx, ni),
		 GET_U8(dx, ni + 18), metric);
}

static int all_zero(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		if (GET_U8(dx, p + i))
			return 0;
	return 1;
}

void ripng_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	unsigned vers, cmd, left, j;
	const uint8_t *ni;

	dx_proto(dx, "ripng");
	vers = GET_U8(dx, dat + 1);
	if (vers != 1) {
		dx_printf(dx, " [vers %u]", vers);
		goto invalid;
	}
	cmd = GET_U8(dx, dat);
	DX_LAYER(dx, dat, length, "RIPng, %s", cmd == 1 ? "request" : cmd == 2 ? "response" : "?");
	DX_FIELD(dx, dat, 1, "Command: %u", cmd);
	DX_FIELD(dx, dat + 1, 1, "Version: %u", vers);
	if ((cmd != 1 && cmd != 2) || length < RIPNG_HDRLEN) {
		if (cmd == 1 || cmd == 2)
			goto invalid_layer;
		dx_printf(dx, " ripng-%u ?? %u", cmd, length);
		goto invalid_layer;
	}
	left = length - RIPNG_HDRLEN;
	j = left / RIPNG_ENTRYLEN;
	if (cmd == 1 && j == 1 && GET_U8(dx, dat + RIPNG_HDRLEN + 19) == RIPNG_INFINITY &&
	    all_zero(dx, dat + RIPNG_HDRLEN, 16)) {
		dx_puts(dx, " ripng-req dump");
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, " ripng-%s %u", cmd == 1 ? "req" : "resp", j);
	if (j * RIPNG_ENTRYLEN != left)
		dx_printf(dx, "[%u]", length);
	dx_putc(dx, ':');
	for (ni = dat + RIPNG_HDRLEN; left >= RIPNG_ENTRYLEN; left -= RIPNG_ENTRYLEN, ni += RIPNG_ENTRYLEN) {
		dx_puts(dx, dx->opts->verbose > 1 ? "\n\t" : " ");
		entry_print(dx, ni, cmd == 2);
	}
	if (left != 0)
		goto invalid_layer;
	DX_LAYER_END(dx);
	return;
invalid_layer:
	DX_LAYER_END(dx);
invalid:
	dx_print_invalid(dx);
}
