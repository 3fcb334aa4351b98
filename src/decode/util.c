// SPDX-License-Identifier: GPL-2.0
/* \summary: output helpers shared by the printers */
#include "util.h"

#include "../core/strbuf.h"

const char dx_hexdig[17] = "0123456789abcdef";

void dx_put_hex2(struct dx *dx, unsigned v)
{
	char b[2];

	dx_w_hex2(b, v);
	strbuf_add(dx->out, b, 2);
}

void dx_put_hex4(struct dx *dx, unsigned v)
{
	char b[4];

	dx_w_hex2(dx_w_hex2(b, v >> 8), v);
	strbuf_add(dx->out, b, 4);
}

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

static inline int no_names(const struct dx *dx)
{
	return dx->opts->no_resolve || !dx->opts->resolver;
}

void dx_put_ip4(struct dx *dx, const uint8_t *a)
{
	char b[16], *q = b;
	int i;

	if (!no_names(dx)) {
		dx_puts(dx, GET_IPADDR_STRING(dx, a));
		return;
	}
	/* -n: the common case of every packet line, without printf */
	DX_TCHECK(dx, a, 4);
	for (i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*q++ = (char)('0' + v / 100);
		if (v >= 10)
			*q++ = (char)('0' + v / 10 % 10);
		*q++ = (char)('0' + v % 10);
		*q++ = '.';
	}
	strbuf_add(dx->out, b, (size_t)(q - 1 - b));
}

void dx_put_tcpport(struct dx *dx, unsigned port)
{
	if (no_names(dx))
		dx_putu(dx, port);
	else
		dx_puts(dx, dx_tcpport_string(dx, port));
}

void dx_put_udpport(struct dx *dx, unsigned port)
{
	if (no_names(dx))
		dx_putu(dx, port);
	else
		dx_puts(dx, dx_udpport_string(dx, port));
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
