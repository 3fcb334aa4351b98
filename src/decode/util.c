// SPDX-License-Identifier: GPL-2.0
/* \summary: output helpers shared by the printers */
#include "util.h"

#include "../core/strbuf.h"

const char dx_hexdig[17] = "0123456789abcdef";

const struct tok dx_af_values[] = {
	{ 0, "Reserved" },
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "NSAP" },
	{ 4, "HDLC" },
	{ 5, "BBN 1822" },
	{ 6, "802" },
	{ 7, "E.163" },
	{ 8, "E.164" },
	{ 9, "F.69" },
	{ 10, "X.121" },
	{ 11, "Novell IPX" },
	{ 12, "Appletalk" },
	{ 13, "Decnet IV" },
	{ 14, "Banyan Vines" },
	{ 15, "E.164 with NSAP subaddress" },
	{ 25, "VPLS" },
	{ 196, "Layer-2 VPN" },
	{ 0, NULL },
};

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

const char *dx_isonsap_fmt(struct dx *dx, const uint8_t *a, unsigned len)
{
	char *b, *w;
	unsigned i;

	if (len < 1 || len > 20)
		return "isonsap_string: illegal length";
	b = w = dx_namebuf(dx);
	for (i = 0; i < len; i++) {
		w = dx_w_hex2(w, a[i]);
		if ((i & 1) == 0 && i + 1 < len)
			*w++ = '.';
	}
	*w = '\0';
	return b;
}

const char *dx_isonsap_string(struct dx *dx, const uint8_t *p, unsigned len)
{
	DX_TCHECK(dx, p, len);
	return dx_isonsap_fmt(dx, p, len);
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
