/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: growable byte buffer with printf-style append */
#ifndef PTCPDUMP_CORE_STRBUF_H
#define PTCPDUMP_CORE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/* Always NUL-terminated when cap > 0. Allocation failure aborts the append
 * and sets oom; the buffer stays valid. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
	int oom;
};

void strbuf_init(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);
static inline void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf)
		sb->buf[0] = '\0';
}
int strbuf_reserve(struct strbuf *sb, size_t more);
static inline void strbuf_add(struct strbuf *sb, const void *p, size_t n)
{
	if (sb->len + n + 1 > sb->cap && strbuf_reserve(sb, n) < 0)
		return;
	memcpy(sb->buf + sb->len, p, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}
static inline void strbuf_puts(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}
static inline void strbuf_putc(struct strbuf *sb, char c)
{
	if (sb->len + 2 > sb->cap && strbuf_reserve(sb, 1) < 0)
		return;
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}
void strbuf_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* "00" to "99", two characters each */
extern const char strbuf_dec2[201];
/* append an unsigned decimal number (fast path for hot printers) */
void strbuf_putu(struct strbuf *sb, unsigned long long v);

#endif
