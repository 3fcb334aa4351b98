/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: terminal-safe escaping of bytes that come from outside */
#ifndef PTCPDUMP_CORE_ESC_H
#define PTCPDUMP_CORE_ESC_H

#include <stddef.h>

struct strbuf;

/* Append s[0..n) with control bytes and bytes >= 0x7f written as tcpdump's
 * fn_print_char does: "M-" for the high bit, "^X" for controls ("^?" for DEL). */
void esc_append(struct strbuf *sb, const char *s, size_t n);
/* one byte so */
void esc_putc(struct strbuf *sb, unsigned char c);
void esc_append_str(struct strbuf *sb, const char *s);

#endif
