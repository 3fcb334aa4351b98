// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the traffic graph pane (r): the selected process's bytes (or packets,
 * Enter) per second over the last 5 minutes of packet time, out and in apart
 *
 * A column is one or more of the model's 5 s slots (model.h, struct mgraph);
 * its height is what those slots held divided by the seconds they cover, so
 * the newest column, whose slot is still filling, reads low until it is
 * complete. Each direction with traffic in the span gets a chart: a line with
 * its totals and its largest column, then the bars under a y label (the
 * largest value at the top, 0 at the bottom); the last row is the time axis.
 */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define LABEL_W 8	/* the y labels, right-aligned, and a space */

struct graph_priv {
	int packets;	/* bars are packets per second (else bytes) */
};

static const char *const dir_names[MG_NDIR] = { "out", "in", "no direction" };

static void fmt_rate(char *buf, size_t n, double v, int packets)
{
	char b[24];

	if (packets) {
		snprintf(buf, n, v < 10 ? "%.1f p/s" : "%.0f p/s", v);
		return;
	}
	app__format_bytes(b, sizeof(b), v);
	snprintf(buf, n, "%s/s", b);
}

/* "-5m", "-2m30s", "-45s" */
static void fmt_ago(char *buf, size_t n, unsigned secs)
{
	if (secs >= 60 && secs % 60)
		snprintf(buf, n, "-%um%us", secs / 60, secs % 60);
	else if (secs >= 60)
		snprintf(buf, n, "-%um", secs / 60);
	else
		snprintf(buf, n, "-%us", secs);
}

static void draw_bars(struct app *a, const struct pane *p, int y, int bh, int x0,
		      const double *v, unsigned n, double max, enum role role)
{
	unsigned c;
	int row;

	for (c = 0; c < n; c++) {
		/* eighths of a cell, at least one for any traffic */
		long e = v[c] > 0 ? (long)(v[c] / max * bh * 8 + 0.5) : 0;

		if (v[c] > 0 && e < 1)
			e = 1;
		for (row = 0; row < bh && e > 0; row++, e -= 8) {
			int lv = e >= 8 ? 8 : (int)e;

			if (x0 + (int)c >= p->x + p->w)
				break;
			draw__str(&a->d, y + bh - 1 - row, x0 + (int)c, 1,
				  draw__glyph(&a->d, (enum glyph)(G_SPARK1 + lv - 1)), role);
		}
	}
}

static void graph_draw(struct app *a, struct pane *p)
{
	const struct graph_priv *g = p->priv;
	const struct prow *r = app__selected_row(a);
	const struct mnode *nd = r && r->kind == PROW_PROC ? model__node(a->m, r->node) : NULL;
	struct mgraph_span sp[MGRAPH_SLOTS];
	int body = pane_body(p), avail = p->w - LABEL_W - 1, y, d, nd_shown = 0, charts = 0;
	unsigned w, n, c, secs;
	uint64_t end;
	char title[160], buf[256], ago[24];

	if (avail < 1)
		avail = 1;
	w = ((unsigned)MGRAPH_SLOTS + (unsigned)avail - 1) / (unsigned)avail;
	n = MGRAPH_SLOTS / w;
	secs = n * w * MGRAPH_SLOT_SECS;
	fmt_ago(ago, sizeof(ago), secs);
	if (nd)
		snprintf(title, sizeof(title), "Traffic: %d %s%s, %s per second, %u s a column (Enter: %s)",
			 nd->pid, nd->comm ? nd->comm : "?", r->folded ? " and children" : "",
			 g->packets ? "packets" : "bytes", w * MGRAPH_SLOT_SECS,
			 g->packets ? "bytes" : "packets");
	else
		snprintf(title, sizeof(title), "Traffic");
	app__draw_title(a, p, title, NULL);
	if (!nd || !model__row_graph(a->m, r, n, w, sp, &end)) {
		draw__str(&a->d, p->y + 1, p->x + 1, p->w - 1,
			  "select a process in the process pane to see its traffic", R_DIM);
		return;
	}
	for (d = 0; d < MG_NDIR; d++)
		for (c = 0; c < n; c++)
			if (sp[c].pkts[d]) {
				charts++;
				break;
			}
	if (!charts) {
		snprintf(buf, sizeof(buf), "no packets in the last %s", ago + 1);
		draw__str(&a->d, p->y + 1, p->x + 1, p->w - 1, buf, R_DIM);
		return;
	}
	y = p->y + 1;
	for (d = 0; d < MG_NDIR; d++) {
		double v[MGRAPH_SLOTS], max = 0, maxp = 0, maxb = 0;
		uint64_t tp = 0, tb = 0;
		char tbs[24], mp[32], mb[32], top[32];
		/* the rows left, shared by the charts still to draw; the axis keeps one */
		int left = body - (y - p->y - 1) - 1, bh;

		for (c = 0; c < n; c++) {
			double pp = (double)sp[c].pkts[d] / (w * MGRAPH_SLOT_SECS);
			double bb = (double)sp[c].bytes[d] / (w * MGRAPH_SLOT_SECS);

			tp += sp[c].pkts[d];
			tb += sp[c].bytes[d];
			v[c] = g->packets ? pp : bb;
			if (v[c] > max)
				max = v[c];
			if (pp > maxp)
				maxp = pp;
			if (bb > maxb)
				maxb = bb;
		}
		if (!tp)
			continue;
		bh = left / (charts - nd_shown) - 1;
		nd_shown++;
		if (left < 1)
			break;
		app__format_bytes(tbs, sizeof(tbs), (double)tb);
		fmt_rate(mp, sizeof(mp), maxp, 1);
		fmt_rate(mb, sizeof(mb), maxb, 0);
		snprintf(buf, sizeof(buf), "%s: %llu packet%s, %s in the last %s; largest %s, %s",
			 dir_names[d], (unsigned long long)tp, tp == 1 ? "" : "s", tbs, ago + 1, mp, mb);
		draw__str(&a->d, y, p->x + 1, p->w - 1, buf,
			  d == MG_OUT ? R_DIR_OUT : d == MG_IN ? R_DIR_IN : R_NORMAL);
		y++;
		if (bh < 1)
			continue;
		fmt_rate(top, sizeof(top), max, g->packets);
		/* "1000/s" over the bars' top row, "0" at their bottom row */
		draw__printf(&a->d, y, p->x, LABEL_W - 1, R_GUIDE, "%*.*s", LABEL_W - 1,
			     LABEL_W - 1, top);
		if (bh > 1)
			draw__printf(&a->d, y + bh - 1, p->x, LABEL_W - 1, R_GUIDE, "%*s",
				     LABEL_W - 1, "0");
		draw_bars(a, p, y, bh, p->x + LABEL_W, v, n, max,
			  d == MG_OUT ? R_DIR_OUT : d == MG_IN ? R_DIR_IN : R_NORMAL);
		y += bh;
	}
	/* the time axis: the span's start under the first column, "now" under the last */
	if (y < p->y + p->h) {
		int x0 = p->x + LABEL_W, xe = x0 + (int)n;

		draw__str(&a->d, y, x0, p->w - LABEL_W, ago, R_GUIDE);
		if (xe - 3 > x0 + (int)strlen(ago))
			draw__str(&a->d, y, xe - 3, 3, "now", R_GUIDE);
	}
}

static int graph_request(struct app *a, struct pane *p, enum request req)
{
	struct graph_priv *g = p->priv;

	(void)a;
	if (req != REQ_ENTER)
		return RE_IGNORED;
	g->packets = !g->packets;
	return RE_REDRAW;
}

static int graph_click(struct app *a, struct pane *p, int row)
{
	(void)a;
	(void)p;
	(void)row;
	return RE_NONE;
}

static int graph_wheel(struct app *a, struct pane *p, int dy)
{
	(void)a;
	(void)p;
	(void)dy;
	return RE_NONE;
}

const struct view_ops view_graph_ops = {
	.name = "graph",
	.priv_size = sizeof(struct graph_priv),
	.draw = graph_draw,
	.request = graph_request,
	.click = graph_click,
	.wheel = graph_wheel,
};
