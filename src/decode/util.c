// SPDX-License-Identifier: GPL-2.0
/* \summary: output helpers shared by the printers */
#include "util.h"

#include "../core/strbuf.h"

const char dx_hexdig[17] = "0123456789abcdef";

void dx_put_hex(struct dx *dx, uint64_t v)
{
	char b[16];
	int i = 16;

	do {
		b[--i] = dx_hexdig[v & 0xf];
		v >>= 4;
	} while (v);
	strbuf_add(dx->out, b + i, (size_t)(16 - i));
}

void dx_put_hexbytes(struct dx *dx, const uint8_t *p, unsigned n, char sep)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		uint8_t c = GET_U8(dx, p + i);

		if (i && sep)
			dx_putc(dx, sep);
		dx_put_hex2(dx, c);
	}
}

void dx_put_relts(struct dx *dx, uint32_t secs)
{
	static const char unit[] = "ywdhms";
	static const uint32_t size[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	unsigned i;

	if (secs == 0) {
		dx_puts(dx, "0s");
		return;
	}
	for (i = 0; secs > 0 && i < 6; i++) {
		if (secs >= size[i]) {
			dx_putu(dx, secs / size[i]);
			dx_putc(dx, unit[i]);
			secs %= size[i];
		}
	}
}
