// SPDX-License-Identifier: GPL-2.0
/* \summary: terminal-safe escaping of bytes that come from outside */
#include "esc.h"

#include <string.h>

#include "strbuf.h"

void esc_putc(struct strbuf *sb, unsigned char c)
{
	if (c & 0x80) {
		strbuf_add(sb, "M-", 2);
		c &= 0x7f;
	}
	if (c < 0x20 || c == 0x7f) {
		strbuf_putc(sb, '^');
		strbuf_putc(sb, (char)(c ^ 0x40));
	} else {
		strbuf_putc(sb, (char)c);
	}
}

void esc_append(struct strbuf *sb, const char *s, size_t n)
{
	size_t i, start = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f)
			continue;
		if (i > start)
			strbuf_add(sb, s + start, i - start);
		esc_putc(sb, c);
		start = i + 1;
	}
	if (n > start)
		strbuf_add(sb, s + start, n - start);
}

void esc_append_str(struct strbuf *sb, const char *s)
{
	esc_append(sb, s, strlen(s));
}
