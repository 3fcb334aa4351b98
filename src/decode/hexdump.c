// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: -x/-xx/-X/-XX/-A/-AA packet dumps, byte for byte like tcpdump
 * 4.99 (print-ascii.c, and pretty_print_packet() in print.c for which bytes).
 *
 * Formats ("ident" is "\n\t" for packet dumps):
 *   hex:        ident "0x%04x: " then " %02x%02x" per 16-bit word, 8 words a line
 *   hex+ascii:  ident "0x%04x: " hex words left-aligned in 40 columns, two
 *               spaces, then the 16 bytes as ASCII ('.' for non-graphic)
 *   ascii (-A): "\n", then graphic bytes, tab, space and newline as they are,
 *               other bytes as '.', CR dropped before LF and near the end.
 * Lines are written straight into the reserved text buffer (no printf).
 */
#include <string.h>

#include "dx.h"
#include "util.h"
#include "print.h"

#define BYTES_PER_LINE 16

static int is_graph(uint8_t c)
{
	return c > 0x20 && c <= 0x7e;
}

/* how many of length bytes at cp are captured; *truncated when fewer */
static unsigned clip(const struct dx *dx, const uint8_t *cp, unsigned length, int *truncated)
{
	size_t avail = DX_BYTES_AVAIL(dx, cp);

	*truncated = 0;
	if (length > avail) {
		*truncated = 1;
		return (unsigned)avail;
	}
	return length;
}

/* ident + "0x%04x: " into b; returns the new end */
static char *line_head(char *b, const char *ident, size_t ilen, unsigned oset)
{
	int digits = 4, i;

	memcpy(b, ident, ilen);
	b += ilen;
	while (digits < 8 && (oset >> (4 * digits)) != 0)
		digits++;
	*b++ = '0';
	*b++ = 'x';
	for (i = digits - 1; i >= 0; i--)
		*b++ = dx_hexdig[(oset >> (4 * i)) & 0xf];
	*b++ = ':';
	*b++ = ' ';
	return b;
}

static inline char *put_byte(char *b, uint8_t c)
{
	b = dx_w_hex2(b, c);
	return b;
}

/* worst case for one line: ident + "0x" + 8 digits + ": " + 40 + 2 + 16 */
#define LINE_MAX_EXTRA 70

/*
 * Both hex dumps write straight into the text buffer: room for every line
 * is reserved once. Returns 1 if the bytes were cut short by the capture.
 */
static int dump_lines(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length,
		      unsigned oset, int with_ascii)
{
	struct strbuf *sb = dx->out;
	size_t ilen = strlen(ident);
	int truncated;
	char *b;

	length = clip(dx, cp, length, &truncated);
	if (ilen > 32)
		ilen = 32;
	if (length == 0)
		return truncated;
	if (strbuf_reserve(sb, ((size_t)length / BYTES_PER_LINE + 1) * (ilen + LINE_MAX_EXTRA)) < 0)
		return truncated;
	b = sb->buf + sb->len;
	while (length > 0) {
		unsigned n = length < BYTES_PER_LINE ? length : BYTES_PER_LINE;
		char *hex;
		unsigned i;

		b = line_head(b, ident, ilen, oset);
		hex = b;
		/* hex words: " xxxx" each, an odd last byte " xx" */
		for (i = 0; i < n; i++) {
			if ((i & 1) == 0)
				*b++ = ' ';
			b = put_byte(b, cp[i]);
		}
		if (with_ascii) {
			while (b < hex + 40)
				*b++ = ' ';
			*b++ = ' ';
			*b++ = ' ';
			for (i = 0; i < n; i++)
				*b++ = is_graph(cp[i]) ? (char)cp[i] : '.';
		}
		cp += n;
		length -= n;
		oset += BYTES_PER_LINE;
	}
	*b = '\0';
	sb->len = (size_t)(b - sb->buf);
	return truncated;
}

static int hex_ascii_dump(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length,
			  unsigned oset)
{
	return dump_lines(dx, ident, cp, length, oset, 1);
}

static int hex_dump(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length,
		    unsigned oset)
{
	return dump_lines(dx, ident, cp, length, oset, 0);
}

static int ascii_dump(struct dx *dx, const uint8_t *cp, unsigned length)
{
	int truncated;
	char buf[256];
	size_t k = 0;

	length = clip(dx, cp, length, &truncated);
	strbuf_putc(dx->out, '\n');
	while (length > 0) {
		uint8_t s = *cp++;

		length--;
		if (s == '\r') {
			/* CR: dropped at a line end and just before the end; '.' elsewhere */
			if (length > 1 && *cp != '\n')
				buf[k++] = '.';
		} else if (!is_graph(s) && s != '\t' && s != ' ' && s != '\n') {
			buf[k++] = '.';
		} else {
			buf[k++] = (char)s;
		}
		if (k == sizeof(buf)) {
			strbuf_add(dx->out, buf, k);
			k = 0;
		}
	}
	strbuf_add(dx->out, buf, k);
	return truncated;
}

void hex_and_ascii_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length)
{
	if (hex_ascii_dump(dx, ident, cp, length, 0))
		dx_trunc(dx);
}

void hex_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length)
{
	if (hex_dump(dx, ident, cp, length, 0))
		dx_trunc(dx);
}

void ascii_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	dx->proto = "ascii";
	if (ascii_dump(dx, cp, length))
		dx_trunc(dx);
}

void dx__dump(struct dx *dx, const struct pkt *pkt, unsigned hdrlen, struct strbuf *out)
{
	const struct pt_opts *o = dx->opts;
	const uint8_t *p = pkt->data;
	unsigned len = pkt->caplen;
	int with_link;

	if (!o->hex_ascii && !o->hex && !o->ascii)
		return;
	dx->out = out;
	dx->pkt = pkt;
	dx->pkt_start = pkt->data;
	dx->snapend = pkt->data + pkt->caplen;
	dx->snap_depth = 0;
	/* -X beats -x beats -A; doubled (-XX...) includes the link header */
	with_link = o->hex_ascii ? o->hex_ascii > 1 : o->hex ? o->hex > 1 : o->ascii > 1;
	if (!with_link) {
		/* nothing past the link header: print nothing */
		if (len <= hdrlen)
			return;
		p += hdrlen;
		len -= hdrlen;
	}
	if (o->hex_ascii)
		(void)hex_ascii_dump(dx, "\n\t", p, len, 0);
	else if (o->hex)
		(void)hex_dump(dx, "\n\t", p, len, 0);
	else
		(void)ascii_dump(dx, p, len);
}
