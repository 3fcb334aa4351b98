// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the packet list pane: number, time, interface, direction, process, tcpdump text
 *
 * Follows new packets while the cursor is on the last row; once the user
 * moves up, rows stay where they are and new packets only raise "+N new".
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"

static void fmt_time(char *buf, size_t n, uint64_t ts_ns)
{
	time_t t = (time_t)(ts_ns / 1000000000ull);
	struct tm tm;

	if (!localtime_r(&t, &tm)) {
		snprintf(buf, n, "?");
		return;
	}
	snprintf(buf, n, "%02d:%02d:%02d.%06u", tm.tm_hour, tm.tm_min, tm.tm_sec,
		 (unsigned)(ts_ns % 1000000000ull / 1000));
}

struct cols {
	int num, time, ifc, dir, proc;
};

static int digits(uint64_t v)
{
	int n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static void layout(const struct app *a, const struct pane *p, struct cols *c)
{
	struct trec_pkt rec;
	const struct trec_pkt *newest = model__pkt(a->m, model__end_seq(a->m) - 1, &rec);
	int nd = newest ? digits(newest->num) : 1;

	/* the numbers only grow: as wide as the newest packet's */
	c->num = nd > 3 ? nd : 3;
	c->time = 15;
	c->ifc = p->w >= 110 ? 8 : 5;
	c->dir = 3;
	c->proc = p->w >= 110 ? 18 : 14;
}

static void list_draw(struct app *a, struct pane *p)
{
	struct model *m = a->m;
	int body = pane_body(p), i, x;
	size_t top, n = model__n_shown(m);
	long sel = model__sel(m);
	struct cols c;
	char title[128], hdr[256];
	uint64_t nnew = model__new_count(m);

	layout(a, p, &c);
	snprintf(title, sizeof(title), "Packets");
	snprintf(hdr, sizeof(hdr), "  %*s %-*s %-*s %-*s %-*s %s", c.num, "No.", c.time, "Time",
		 c.ifc, "Iface", c.dir, "Dir", c.proc, "Process", "Info");
	app__draw_title(a, p, title, hdr);
	if (nnew && !model__following(m) && a->live) {
		char badge[48];
		int bw = snprintf(badge, sizeof(badge), " +%llu new ", (unsigned long long)nnew);

		if (bw < p->w)
			draw__str(&a->d, p->y, p->x + p->w - bw, bw, badge, R_BADGE);
	}
	top = model__list_top(m, (size_t)body);
	for (i = 0; i < body && top + (size_t)i < n; i++) {
		uint64_t seq = model__shown_seq(m, top + (size_t)i);
		struct trec_pkt rec;
		const struct trec_pkt *r = model__pkt(m, seq, &rec);
		const struct proc_ctx *pc;
		const char *ifn, *text;
		size_t tlen;
		char buf[64];
		int y = p->y + 1 + i, is_sel = (long)(top + (size_t)i) == sel;
		enum role base = R_NORMAL;

		if (!r)
			continue;
		x = p->x;
		if (r->flags & TPKT_MARKED)
			draw__str(&a->d, y, x, 1, draw__glyph(&a->d, G_MARK), R_MARK);
		x += 2;
		snprintf(buf, sizeof(buf), "%*llu", c.num, (unsigned long long)r->num);
		draw__str(&a->d, y, x, c.num, buf, r->flags & TPKT_MARKED ? R_MARK : base);
		x += c.num + 1;
		fmt_time(buf, sizeof(buf), r->ts_ns);
		draw__str(&a->d, y, x, c.time, buf, base);
		x += c.time + 1;
		ifn = model__ifname(m, r->iface_id);
		draw__str(&a->d, y, x, c.ifc, ifn && *ifn ? ifn : "-", base);
		x += c.ifc + 1;
		draw__str(&a->d, y, x, c.dir,
			  r->dir == PKT_DIR_IN ? "In" : r->dir == PKT_DIR_OUT ? "Out" : "-",
			  r->dir == PKT_DIR_IN ? R_DIR_IN : r->dir == PKT_DIR_OUT ? R_DIR_OUT : base);
		x += c.dir + 1;
		pc = model__proc(m, r->proc_id);
		if (pc && pc->pid > 0) {
			/* "name.pid": a long name is cut, never the pid */
			const char *comm = pc->cmd ? proc_basename(pc->cmd) : "?";
			int pw = snprintf(buf, sizeof(buf), ".%d", pc->pid), nw, w;

			nw = (int)draw__width(&a->d, comm, strlen(comm));
			if (nw > c.proc - pw && c.proc - pw >= 2) {
				/* "python3~.27001" */
				w = draw__str(&a->d, y, x, c.proc - pw - 1, comm, base);
				w += draw__str(&a->d, y, x + w, 1, "~", R_DIM);
			} else {
				w = draw__str(&a->d, y, x, nw, comm, base);
			}
			draw__str(&a->d, y, x + w, c.proc - w, buf, base);
		} else {
			draw__str(&a->d, y, x, c.proc, "-", R_DIM);
		}
		x += c.proc + 1;
		if (x < p->x + p->w && (text = model__pkt_text(m, seq, &tlen)))
			draw__text(&a->d, y, x, p->x + p->w - x, text, tlen, p->hscroll, (enum role)(R_PROTO + (r->proto < TPROTO_N ? r->proto : 0)));
		if (is_sel)
			draw__recolor(&a->d, y, p->x, p->w,
				      a->focus == PANE_LIST ? R_SEL : R_SEL_UNFOCUS);
	}
	if (!n) {
		const char *why = model__n_shown(m) == 0 && model__end_seq(m) > 0
					  ? "no packet matches the filter"
					  : a->cst.done ? "no packets" : "waiting for packets...";

		draw__str(&a->d, p->y + 1 + (body > 1), p->x + 2, p->w - 2, why, R_DIM);
	}
}

static int list_request(struct app *a, struct pane *p, enum request req)
{
	struct model *m = a->m;
	long body = pane_body(p) > 1 ? pane_body(p) - 1 : 1;

	switch (req) {
	case REQ_MOVE_UP:
		model__sel_move(m, -1);
		break;
	case REQ_MOVE_DOWN:
		model__sel_move(m, 1);
		break;
	case REQ_PAGE_UP:
		model__sel_move(m, -body);
		break;
	case REQ_PAGE_DOWN:
		model__sel_move(m, body);
		break;
	case REQ_HOME:
		model__sel_home(m);
		break;
	case REQ_END:
		model__sel_end(m);
		break;
	case REQ_LEFT:
		p->hscroll = p->hscroll > 8 ? p->hscroll - 8 : 0;
		return RE_REDRAW;
	case REQ_RIGHT:
		if (p->hscroll < 4096)
			p->hscroll += 8;
		return RE_REDRAW;
	case REQ_MARK: {
		uint64_t s = model__sel_seq(m);

		if (s == UINT64_MAX)
			return RE_NONE;
		model__mark_toggle(m, s);
		model__sel_move(m, 1);
		break;
	}
	case REQ_ENTER:
		a->focus = PANE_TREE;
		return RE_REDRAW;
	default:
		return RE_IGNORED;
	}
	return RE_REDRAW | RE_DECODE;
}

static int list_click(struct app *a, struct pane *p, int row)
{
	size_t top = model__list_top(a->m, (size_t)pane_body(p));

	if (top + (size_t)row >= model__n_shown(a->m))
		return RE_NONE;
	model__sel_set(a->m, (long)(top + (size_t)row));
	return RE_REDRAW | RE_DECODE;
}

static int list_wheel(struct app *a, struct pane *p, int dy)
{
	model__list_scroll(a->m, dy, (size_t)pane_body(p));
	return RE_REDRAW | RE_DECODE;
}

const struct view_ops view_list_ops = {
	.name = "list",
	.draw = list_draw,
	.request = list_request,
	.click = list_click,
	.wheel = list_wheel,
};
