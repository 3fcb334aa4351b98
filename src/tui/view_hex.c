// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the hex/ASCII pane in tcpdump -X layout, highlighting the bytes of the
 * field selected in the decode pane
 */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"

static void hex_draw(struct app *a, struct pane *p)
{
	struct trec_pkt rec;
	const struct trec_pkt *r =
		a->tree_seq == UINT64_MAX ? NULL : model__pkt(a->m, a->tree_seq, &rec);
	int body = pane_body(p), k;
	size_t lines, line;
	const uint8_t *d;
	char title[64];

	snprintf(title, sizeof(title), "Hex");
	if (r && a->hl_len)
		snprintf(title, sizeof(title), "Hex  [bytes %u-%u]", a->hl_off,
			 a->hl_off + a->hl_len - 1);
	app__draw_title(a, p, title, NULL);
	if (!r)
		return;
	d = model__pkt_data(a->m, a->tree_seq);
	if (!d)
		return;
	lines = (r->caplen + 15) / 16;
	if (p->top >= lines)
		p->top = lines ? lines - 1 : 0;
	for (k = 0, line = p->top; k < body && line < lines; k++, line++) {
		int y = p->y + 1 + k, x = p->x + 1, i;
		char buf[16];

		snprintf(buf, sizeof(buf), "0x%04zx:", line * 16);
		draw__str(&a->d, y, x, p->w - 1, buf, R_GUIDE);
		for (i = 0; i < 16; i++) {
			size_t off = line * 16 + (size_t)i;
			int hx = x + 9 + i * 2 + i / 2, ax = x + 9 + 40 + 1 + i;
			int hl = off >= a->hl_off && off < (size_t)a->hl_off + a->hl_len;
			char c[3];

			if (off >= r->caplen)
				break;
			snprintf(buf, sizeof(buf), "%02x", d[off]);
			if (hx + 2 <= p->x + p->w)
				draw__str(&a->d, y, hx, 2, buf, hl ? R_HILITE : R_NORMAL);
			/* the space inside a highlighted pair of bytes stays highlighted */
			if (hl && (i & 1) && i < 15 && off + 1 < (size_t)a->hl_off + a->hl_len &&
			    off + 1 < r->caplen && hx + 3 <= p->x + p->w)
				draw__str(&a->d, y, hx + 2, 1, " ", R_HILITE);
			c[0] = d[off] >= 0x20 && d[off] < 0x7f ? (char)d[off] : '.';
			c[1] = '\0';
			if (ax < p->x + p->w)
				draw__str(&a->d, y, ax, 1, c, hl ? R_HILITE : R_NORMAL);
		}
	}
	app__draw_scrollbar(a, p, p->top, lines);
}

/* y: the selected field's bytes (no field: the whole packet) as hex digits */
static int hex_copy(struct app *a, const struct trec_pkt *r)
{
	const uint8_t *d = r ? model__pkt_data(a->m, a->tree_seq) : NULL;
	uint32_t off = a->hl_len ? a->hl_off : 0, len = a->hl_len ? a->hl_len : r ? r->caplen : 0;
	char *buf;
	uint32_t i;
	int re;

	if (!d || off >= r->caplen)
		return app__copy(a, "nothing", "", 0);
	if (len > r->caplen - off)
		len = r->caplen - off;
	buf = malloc(2 * (size_t)len + 1);
	if (!buf) {
		app__set_msg(a, 1, "copy: out of memory");
		return RE_REDRAW;
	}
	for (i = 0; i < len; i++)
		snprintf(buf + 2 * i, 3, "%02x", d[off + i]);
	re = app__copy(a, a->hl_len ? "the field's bytes" : "the packet's bytes", buf, 2 * (size_t)len);
	free(buf);
	return re;
}

static int hex_request(struct app *a, struct pane *p, enum request req)
{
	struct trec_pkt rec;
	const struct trec_pkt *r =
		a->tree_seq == UINT64_MAX ? NULL : model__pkt(a->m, a->tree_seq, &rec);
	size_t lines = r ? (r->caplen + 15) / 16 : 0;
	size_t body = pane_body(p) > 0 ? (size_t)pane_body(p) : 1;
	/* the first line shown moves: the last page starts at lines - body */
	long top = (long)p->top;

	if (req == REQ_COPY)
		return hex_copy(a, r);
	if (!view__move(req, &top, lines > body ? (long)(lines - body) + 1 : 1, (long)body))
		return RE_IGNORED;
	p->top = (size_t)top;
	return RE_REDRAW;
}

static int hex_click(struct app *a, struct pane *p, int row)
{
	(void)a;
	(void)p;
	(void)row;
	return RE_NONE;
}

static int hex_wheel(struct app *a, struct pane *p, int dy)
{
	return hex_request(a, p, dy < 0 ? REQ_MOVE_UP : REQ_MOVE_DOWN);
}

const struct view_ops view_hex_ops = {
	.name = "hex",
	.draw = hex_draw,
	.request = hex_request,
	.click = hex_click,
	.wheel = hex_wheel,
};
