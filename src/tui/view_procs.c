// SPDX-License-Identifier: GPL-2.0
/* \summary: the process pane: processes with traffic as a tree, by container/pod, or flat */
#include <stdio.h>
#include <string.h>

#include "app.h"

static const char *const group_names[GROUP_N] = { "tree", "container/pod", "flat" };

/* the selected row, by what it shows: rows are rebuilt before every redraw */
struct procs_priv {
	int kind;		/* enum prow_kind, -1: none */
	int pid;
	char name[128];		/* pod/container: "name" or "name.ns" */
};

static void row_key(const struct prow *r, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s%s", r->name ? r->name : "", r->ns ? "." : "", r->ns ? r->ns : "");
}

/* rebuild the rows; the selected process (or group) stays selected */
static void procs_refresh(struct app *a, struct pane *p)
{
	struct procs_priv *pv = p->priv;
	const struct prow *r = app__selected_row(a);
	char name[128];
	size_t n, i;

	pv->kind = -1;
	if (r) {
		pv->kind = (int)r->kind;
		pv->pid = r->kind == PROW_PROC ? model__node(a->m, r->node)->pid : 0;
		row_key(r, pv->name, sizeof(pv->name));
	}
	n = model__rows(a->m, a->group);
	for (i = 0; pv->kind >= 0 && i < n; i++) {
		r = model__row(a->m, i);
		if ((int)r->kind != pv->kind)
			continue;
		if (r->kind == PROW_PROC) {
			if (model__node(a->m, r->node)->pid != pv->pid)
				continue;
		} else {
			row_key(r, name, sizeof(name));
			if (strcmp(name, pv->name))
				continue;
		}
		p->sel = (long)i;
		return;
	}
}

void app__format_bytes(char *buf, size_t n, double v)
{
	static const char units[] = "BKMGTP";
	int u = 0;

	while (v >= 1024 && u < 5) {
		v /= 1024;
		u++;
	}
	if (u == 0)
		snprintf(buf, n, "%.0f", v);
	else
		snprintf(buf, n, v < 10 ? "%.1f%c" : "%.0f%c", v, units[u]);
}

static void draw_name(struct app *a, const struct prow *r, int y, int x, int w)
{
	const struct mnode *n = model__node(a->m, r->node);
	const struct proc_ctx *ctx = model__node_ctx(a->m, n);
	int d, used = 0;

	if (a->group == GROUP_TREE && r->kind == PROW_PROC) {
		for (d = 1; d < r->depth && used + 2 <= w; d++) {
			used += draw__str(&a->d, y, x + used, 2,
					  draw__glyph(&a->d, (r->guide & (1u << d)) ? G_TREE_PIPE
										  : G_TREE_SPACE),
					  R_GUIDE);
		}
		if (r->depth > 0 && used + 2 <= w)
			used += draw__str(&a->d, y, x + used, 2,
					  draw__glyph(&a->d, r->last ? G_TREE_LAST : G_TREE_MID),
					  R_GUIDE);
	} else {
		used = r->depth * 2 < w ? r->depth * 2 : w;
	}
	switch (r->kind) {
	case PROW_PROC:
		if (r->folded && used + 2 <= w) {
			used += draw__str(&a->d, y, x + used, 1, draw__glyph(&a->d, G_FOLDED),
					  R_GUIDE);
			used += draw__str(&a->d, y, x + used, 1, " ", R_NORMAL);
		}
		used += draw__str(&a->d, y, x + used, w - used, n->comm, ctx ? R_NORMAL : R_DIM);
		if (n->exited)
			used += draw__str(&a->d, y, x + used, w - used, " (exited)", R_EXITED);
		if (n->args && used + 1 < w) {
			/* like htop: the command line, without argv[0] when it is the name */
			const char *args = n->args, *sp = strchr(args, ' ');
			size_t a0 = sp ? (size_t)(sp - args) : strlen(args);
			const char *slash = memrchr(args, '/', a0);
			const char *base = slash ? slash + 1 : args;

			if ((size_t)(args + a0 - base) == strlen(n->comm) &&
			    !strncmp(base, n->comm, strlen(n->comm)))
				args = sp ? sp + 1 : "";
			if (*args)
				used += 1 + draw__str(&a->d, y, x + used + 1, w - used - 1, args,
						      R_DIM);
		}
		if (ctx && ctx->cname && a->group != GROUP_CONTAINER && used + 1 < w) {
			char buf[160];

			snprintf(buf, sizeof(buf), " [%s]", ctx->cname);
			draw__str(&a->d, y, x + used, w - used, buf, R_GUIDE);
		}
		break;
	case PROW_POD: {
		char buf[300];

		snprintf(buf, sizeof(buf), "pod %s.%s", r->name ? r->name : "",
			 r->ns ? r->ns : "");
		draw__str(&a->d, y, x + used, w - used, buf, R_KEY);
		break;
	}
	case PROW_CONTAINER: {
		char buf[300];

		snprintf(buf, sizeof(buf), "container %s", r->name ? r->name : "");
		draw__str(&a->d, y, x + used, w - used, buf, R_KEY);
		break;
	}
	default:
		draw__str(&a->d, y, x + used, w - used, r->name, R_KEY);
		break;
	}
}

#define SPARK_W 12	/* cells */
#define SPARK_SECS 5	/* seconds a cell covers: SPARK_W * SPARK_SECS = MHIST_SECS */

/* a row's last minute, scaled to the largest cell of the rows on screen */
static void draw_spark(struct app *a, const struct prow *r, int y, int x, uint64_t hmax)
{
	uint64_t h[SPARK_W];
	int c;

	if (!model__row_hist(a->m, r, SPARK_W, SPARK_SECS, h))
		return;
	for (c = 0; c < SPARK_W; c++) {
		int lv;

		if (!h[c])
			continue;
		lv = (int)((h[c] * 8 + hmax - 1) / hmax);	/* 1..8: any traffic shows */
		if (lv > 8)
			lv = 8;
		draw__str(&a->d, y, x + c, 1, draw__glyph(&a->d, (enum glyph)(G_SPARK1 + lv - 1)),
			  R_GUIDE);
	}
}

static int digits(uint64_t v)
{
	int n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static void procs_draw(struct app *a, struct pane *p)
{
	size_t n = model__n_rows(a->m), i;
	int body = pane_body(p), k;
	char title[96];
	uint64_t maxp = 0, hmax = 0;
	int spark = 0;
	/* PKTS as wide as its largest number; BYTES and RATE are short forms (1023K, 1023K/s) */
	int wnum = p->w >= 60 ? 7 : 6, wpk = wnum, wrt = 7, namew;

	for (i = 0; i < n; i++)
		if (model__row(a->m, i)->pkts > maxp)
			maxp = model__row(a->m, i)->pkts;
	if (digits(maxp) > wpk)
		wpk = digits(maxp);
	namew = p->w - 8 - (wpk + 1) - (wnum + 1) - (wrt + 1) - pane_scrolls(p, n);
	/* the sparkline: bytes per SPARK_SECS over the last minute, when the
	 * name keeps room */
	if (namew - (SPARK_W + 1) >= 40) {
		spark = 1;
		namew -= SPARK_W + 1;
		for (k = 0, i = p->top; k < body && i < n; k++, i++) {
			uint64_t h[SPARK_W];
			int c;

			if (!model__row_hist(a->m, model__row(a->m, i), SPARK_W, SPARK_SECS, h))
				continue;
			for (c = 0; c < SPARK_W; c++)
				if (h[c] > hmax)
					hmax = h[c];
		}
	}
	snprintf(title, sizeof(title), "Processes: %s%s", group_names[a->group],
		 a->with_desc ? "" : ", no children");
	{
		char hdr[1024], name[64];

		/* the sort column: its name marked v (descending) or ^ (ascending) */
		int desc, nw = namew > 4 ? (namew < 900 ? namew : 900) : 4;
		enum proc_sort sk = model__sort(a->m, a->group, &desc);
		char col[PSORT_N][16];

		for (k = 0; k < PSORT_N; k++)
			snprintf(col[k], sizeof(col[k]), "%s%s", model__sort_name((enum proc_sort)k),
				 k == (int)sk ? (desc ? "v" : "^") : "");
		snprintf(name, sizeof(name), "%s [%s]", col[PSORT_NAME], group_names[a->group]);
		snprintf(hdr, sizeof(hdr), "%7s %-*.*s %*s %*s %*s%s%-*s", col[PSORT_PID], nw, nw,
			 name, wpk, col[PSORT_PKTS], wnum, col[PSORT_BYTES], wrt, col[PSORT_RATE],
			 spark ? " " : "", spark ? SPARK_W : 0, spark ? "LAST 60s" : "");
		app__draw_title(a, p, title, hdr);
	}
	view__keep_visible(p, n);
	for (k = 0, i = p->top; k < body && i < n; k++, i++) {
		const struct prow *r = model__row(a->m, i);
		int y = p->y + 1 + k, x = p->x;
		char buf[32];

		if (r->kind == PROW_PROC) {
			snprintf(buf, sizeof(buf), "%7d", model__node(a->m, r->node)->pid);
			draw__str(&a->d, y, x, 7, buf, R_NORMAL);
		}
		x += 8;
		if (namew > 0)
			draw_name(a, r, y, x, namew);
		x += namew + 1;
		snprintf(buf, sizeof(buf), "%*llu", wpk, (unsigned long long)r->pkts);
		draw__str(&a->d, y, x, wpk, buf, R_NORMAL);
		x += wpk + 1;
		app__format_bytes(buf, sizeof(buf), (double)r->bytes);
		draw__printf(&a->d, y, x, wnum, R_NORMAL, "%*s", wnum, buf);
		x += wnum + 1;
		if (r->bps > 0) {
			char rb[24];

			app__format_bytes(rb, sizeof(rb), r->bps);
			snprintf(buf, sizeof(buf), "%s/s", rb);
			draw__printf(&a->d, y, x, wrt, R_NORMAL, "%*s", wrt, buf);
		}
		x += wrt + 1;
		if (spark && hmax)
			draw_spark(a, r, y, x, hmax);
		if ((long)i == p->sel)
			draw__recolor(&a->d, y, p->x, p->w,
				      a->focus == PANE_PROCS ? R_SEL : R_SEL_UNFOCUS);
	}
	app__draw_scrollbar(a, p, p->top, n);
	if (!n)
		draw__str(&a->d, p->y + 1, p->x + 2, p->w - 2, "no process traffic yet", R_DIM);
}

static int procs_request(struct app *a, struct pane *p, enum request req)
{
	long n = (long)model__n_rows(a->m), body = pane_body(p) > 1 ? pane_body(p) - 1 : 1;
	const struct prow *r = app__selected_row(a);

	if (view__move(req, &p->sel, n, body))
		return RE_REDRAW;
	switch (req) {
	case REQ_COPY: {
		const struct mnode *nd = r && r->kind == PROW_PROC ? model__node(a->m, r->node) : NULL;
		char line[4096];
		int k;

		if (!nd)
			return app__copy(a, "nothing", "", 0);
		k = snprintf(line, sizeof(line), "%d %s", nd->pid,
			     nd->args ? nd->args : nd->comm ? nd->comm : "?");
		return app__copy(a, "the process", line,
				 k < 0 ? 0 : (size_t)k < sizeof(line) ? (size_t)k : sizeof(line) - 1);
	}
	case REQ_ENTER:
		if (!r)
			return RE_NONE;
		if (model__drill_push(a->m, r, a->with_desc) < 0) {
			app__set_msg(a, 1, "drill-down too deep");
			return RE_REDRAW;
		}
		app__set_msg(a, 0, "showing %s (Esc: back)", model__drill_label(a->m));
		a->focus = PANE_LIST;
		return RE_REDRAW | RE_DECODE;
	case REQ_MARK: {
		struct model_stats before, after;

		if (!r)
			return RE_NONE;
		model__stats(a->m, &before);
		model__mark_row(a->m, r, a->with_desc, 1);
		model__stats(a->m, &after);
		if (after.marked == before.marked) {
			model__mark_row(a->m, r, a->with_desc, 0);
			model__stats(a->m, &after);
			app__set_msg(a, 0, "unmarked %llu packets",
				     (unsigned long long)(before.marked - after.marked));
		} else {
			app__set_msg(a, 0, "marked %llu packets",
				     (unsigned long long)(after.marked - before.marked));
		}
		return RE_REDRAW;
	}
	default:
		return RE_IGNORED;
	}
}

static int procs_click(struct app *a, struct pane *p, int row)
{
	(void)a;
	p->sel = (long)p->top + row;
	return RE_REDRAW;
}

static int procs_wheel(struct app *a, struct pane *p, int dy)
{
	view__move(dy < 0 ? REQ_PAGE_UP : REQ_PAGE_DOWN, &p->sel, (long)model__n_rows(a->m),
		   dy < 0 ? -dy : dy);
	return RE_REDRAW;
}

const struct view_ops view_procs_ops = {
	.name = "processes",
	.priv_size = sizeof(struct procs_priv),
	.refresh = procs_refresh,
	.draw = procs_draw,
	.request = procs_request,
	.click = procs_click,
	.wheel = procs_wheel,
};
