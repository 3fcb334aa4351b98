// SPDX-License-Identifier: GPL-2.0
/* \summary: growable byte buffer with printf-style append */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init(struct strbuf *sb)
{
	memset(sb, 0, sizeof(*sb));
}

void strbuf_free(struct strbuf *sb)
{
	free(sb->buf);
	memset(sb, 0, sizeof(*sb));
}

int strbuf_reserve(struct strbuf *sb, size_t more)
{
	size_t need, ncap;
	char *nb;

	if (more > ((size_t)-1) / 2 - sb->len - 1) {
		sb->oom = 1;
		return -1;
	}
	need = sb->len + more + 1;
	if (need <= sb->cap)
		return 0;
	ncap = sb->cap ? sb->cap : 256;
	while (ncap < need)
		ncap *= 2;
	nb = realloc(sb->buf, ncap);
	if (!nb) {
		sb->oom = 1;
		return -1;
	}
	sb->buf = nb;
	sb->cap = ncap;
	return 0;
}


void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	if (strbuf_reserve(sb, 64) < 0)
		return;
	va_copy(ap2, ap);
	n = vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	if ((size_t)n >= sb->cap - sb->len) {
		if (strbuf_reserve(sb, (size_t)n) < 0) {
			sb->buf[sb->len] = '\0';
			return;
		}
		vsnprintf(sb->buf + sb->len, sb->cap - sb->len, fmt, ap);
	}
	sb->len += (size_t)n;
}

void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vprintf(sb, fmt, ap);
	va_end(ap);
}

const char strbuf_dec2[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

void strbuf_putu(struct strbuf *sb, unsigned long long v)
{
	char tmp[24];
	int i = sizeof(tmp);

	if (v < 10) {
		strbuf_putc(sb, (char)('0' + v));
		return;
	}
	/* two digits a step */
	while (v >= 100) {
		unsigned d = (unsigned)(v % 100) * 2;

		v /= 100;
		tmp[--i] = strbuf_dec2[d + 1];
		tmp[--i] = strbuf_dec2[d];
	}
	if (v >= 10) {
		tmp[--i] = strbuf_dec2[v * 2 + 1];
		tmp[--i] = strbuf_dec2[v * 2];
	} else {
		tmp[--i] = (char)('0' + v);
	}
	strbuf_add(sb, tmp + i, sizeof(tmp) - (size_t)i);
}
