// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the packet list pane: the chosen columns (cols.h), then the tcpdump text,
 * search matches highlighted
 *
 * Follows new packets while the cursor is on the last row; once the user
 * moves up, rows stay where they are and new packets only raise "+N new".
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "app.h"
#include "cols.h"

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

static int digits(uint64_t v)
{
	int n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static const char *const proto_names[TPROTO_N] = {
	[TPROTO_OTHER] = "-", [TPROTO_TCP] = "TCP", [TPROTO_UDP] = "UDP", [TPROTO_DNS] = "DNS",
	[TPROTO_ICMP] = "ICMP", [TPROTO_ARP] = "ARP", [TPROTO_HTTP] = "HTTP", [TPROTO_TLS] = "TLS",
};

/* seconds as "12.345678" */
static void fmt_secs(char *buf, size_t n, uint64_t ns)
{
	snprintf(buf, n, "%llu.%06llu", (unsigned long long)(ns / 1000000000ull),
		 (unsigned long long)(ns % 1000000000ull / 1000));
}

/* the width of every column for this pane (0: not drawn) */
static void layout(const struct app *a, const struct pane *p, int *w)
{
	struct trec_pkt rec, first;
	const struct trec_pkt *newest = model__pkt(a->m, model__end_seq(a->m) - 1, &rec);
	const struct trec_pkt *f = model__pkt(a->m, model__first_seq(a->m), &first);
	int nd = newest ? digits(newest->num) : 1, i;

	memset(w, 0, sizeof(int) * LC_N);
	/* the numbers only grow: as wide as the newest packet's */
	w[LC_NO] = nd > 3 ? nd : 3;
	w[LC_TIME] = 15;
	nd = newest && f && newest->ts_ns > f->ts_ns
		     ? digits((newest->ts_ns - f->ts_ns) / 1000000000ull) : 1;
	w[LC_REL] = nd + 7 > 8 ? nd + 7 : 8;
	w[LC_DELTA] = 9;
	w[LC_LEN] = 5;
	w[LC_PROTO] = 5;
	w[LC_IFACE] = p->w >= 110 ? 8 : 5;
	w[LC_DIR] = 3;
	w[LC_PROC] = p->w >= 110 ? 18 : 14;
	w[LC_CONTAINER] = 12;
	w[LC_POD] = 16;
	for (i = 0; i < LC_N; i++)
		if (!lcols__shown(a, (enum lcol)i))
			w[i] = 0;
}

/* "name.pid": a long name is cut, never the pid */
static void draw_proc(struct app *a, int y, int x, int cw, const struct proc_ctx *pc)
{
	const char *comm;
	char buf[32];
	int pw, nw, w;

	if (!pc || pc->pid <= 0) {
		draw__str(&a->d, y, x, cw, "-", R_DIM);
		return;
	}
	comm = pc->cmd ? proc_basename(pc->cmd) : "?";
	pw = snprintf(buf, sizeof(buf), ".%d", pc->pid);
	nw = (int)draw__width(&a->d, comm, strlen(comm));
	if (nw <= cw - pw) {
		w = draw__str(&a->d, y, x, nw, comm, R_NORMAL);
	} else if (cw - pw >= 2) {
		/* "python3~.27001" */
		w = draw__str(&a->d, y, x, cw - pw - 1, comm, R_NORMAL);
		w += draw__str(&a->d, y, x + w, 1, "~", R_DIM);
	} else {
		/* no room for a letter of the name: "~.27001", or "~" alone when
		 * even the pid does not fit (a cut pid would be another one) */
		w = draw__str(&a->d, y, x, cw > pw ? cw - pw : cw, "~", R_DIM);
		if (cw < pw)
			return;
	}
	draw__str(&a->d, y, x + w, cw - w, buf, R_NORMAL);
}

static void draw_cell(struct app *a, int y, int x, int cw, enum lcol c, uint64_t seq,
		      const struct trec_pkt *r)
{
	struct model *m = a->m;
	const struct proc_ctx *pc;
	struct trec_pkt prev, first;
	const struct trec_pkt *q;
	const char *ifn;
	char buf[64];

	switch (c) {
	case LC_NO:
		snprintf(buf, sizeof(buf), "%*llu", cw, (unsigned long long)r->num);
		draw__str(&a->d, y, x, cw, buf, r->flags & TPKT_MARKED ? R_MARK : R_NORMAL);
		break;
	case LC_TIME:
		fmt_time(buf, sizeof(buf), r->ts_ns);
		draw__str(&a->d, y, x, cw, buf, R_NORMAL);
		break;
	case LC_REL:
		q = model__pkt(m, model__first_seq(m), &first);
		fmt_secs(buf, sizeof(buf), q && r->ts_ns > q->ts_ns ? r->ts_ns - q->ts_ns : 0);
		draw__printf(&a->d, y, x, cw, R_NORMAL, "%*s", cw, buf);
		break;
	case LC_DELTA:
		q = seq > model__first_seq(m) ? model__pkt(m, seq - 1, &prev) : NULL;
		fmt_secs(buf, sizeof(buf), q && r->ts_ns > q->ts_ns ? r->ts_ns - q->ts_ns : 0);
		draw__printf(&a->d, y, x, cw, R_NORMAL, "%*s", cw, buf);
		break;
	case LC_LEN:
		draw__printf(&a->d, y, x, cw, R_NORMAL, "%*u", cw, r->len);
		break;
	case LC_PROTO:
		draw__str(&a->d, y, x, cw, proto_names[r->proto < TPROTO_N ? r->proto : 0],
			  (enum role)(R_PROTO + (r->proto < TPROTO_N ? r->proto : 0)));
		break;
	case LC_IFACE:
		ifn = model__ifname(m, r->iface_id);
		draw__str(&a->d, y, x, cw, ifn && *ifn ? ifn : "-", R_NORMAL);
		break;
	case LC_DIR:
		draw__str(&a->d, y, x, cw,
			  r->dir == PKT_DIR_IN ? "In" : r->dir == PKT_DIR_OUT ? "Out" : "-",
			  r->dir == PKT_DIR_IN ? R_DIR_IN : r->dir == PKT_DIR_OUT ? R_DIR_OUT
										: R_NORMAL);
		break;
	case LC_PROC:
		draw_proc(a, y, x, cw, model__proc(m, r->proc_id));
		break;
	case LC_CONTAINER:
	case LC_POD:
		pc = model__proc(m, r->proc_id);
		if (c == LC_CONTAINER)
			draw__str(&a->d, y, x, cw, pc && pc->cname ? pc->cname : "-",
				  pc && pc->cname ? R_NORMAL : R_DIM);
		else
			draw__str(&a->d, y, x, cw, pc && pc->pod ? pc->pod : "-",
				  pc && pc->pod ? R_NORMAL : R_DIM);
		break;
	default:
		break;
	}
}

/* the search matches in the Info text drawn at x (columns from skip on) */
static void hilite(struct app *a, int y, int x, int w, const char *text, size_t tlen,
		   size_t skip)
{
	size_t nl = strlen(a->search), i;

	if (!nl || nl > tlen)
		return;
	for (i = 0; i + nl <= tlen; i++) {
		size_t c0, c1;
		int cx, cw;

		if (strncasecmp(text + i, a->search, nl))
			continue;
		c0 = draw__width(&a->d, text, i);
		c1 = c0 + draw__width(&a->d, text + i, nl);
		i += nl - 1;
		if (c1 <= skip)
			continue;
		c0 = c0 > skip ? c0 - skip : 0;
		c1 -= skip;
		if ((int)c0 >= w)
			break;
		cx = x + (int)c0;
		cw = (int)(c1 > (size_t)w ? (size_t)w : c1) - (int)c0;
		draw__recolor(&a->d, y, cx, cw, R_HILITE);
	}
}

static void list_draw(struct app *a, struct pane *p)
{
	struct model *m = a->m;
	int body = pane_body(p), i, x, w[LC_N], k;
	size_t top, n = model__n_shown(m), hn;
	long sel = model__sel(m);
	char title[128], hdr[256];
	uint64_t nnew = model__new_count(m);
	/* the rows end before the scroll bar's column */
	int right = p->x + p->w - pane_scrolls(p, n);

	layout(a, p, w);
	snprintf(title, sizeof(title), "Packets");
	hn = (size_t)snprintf(hdr, sizeof(hdr), " ");
	for (k = 0; k < LC_N; k++) {
		enum lcol c = (enum lcol)a->lcols.order[k];

		if (w[c] && hn < sizeof(hdr))
			hn += (size_t)snprintf(hdr + hn, sizeof(hdr) - hn,
					       c == LC_NO || c == LC_LEN ? " %*s" : " %-*s", w[c],
					       lcols__title(c));
	}
	/* Info scrolled sideways: how far */
	if (hn < sizeof(hdr))
		snprintf(hdr + hn, sizeof(hdr) - hn, p->hscroll ? " Info [+%zu]" : " Info",
			 p->hscroll);
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
		const char *text = NULL;
		size_t tlen = 0;
		int y = p->y + 1 + i, is_sel = (long)(top + (size_t)i) == sel;

		if (!r)
			continue;
		x = p->x;
		if (r->flags & TPKT_MARKED)
			draw__str(&a->d, y, x, 1, draw__glyph(&a->d, G_MARK), R_MARK);
		x += 2;
		for (k = 0; k < LC_N; k++) {
			enum lcol c = (enum lcol)a->lcols.order[k];

			if (!w[c] || x >= right)
				continue;
			draw_cell(a, y, x, w[c] < right - x ? w[c] : right - x, c, seq, r);
			x += w[c] + 1;
		}
		if (x < right && (text = model__pkt_text(m, seq, &tlen)))
			draw__text(&a->d, y, x, right - x, text, tlen, p->hscroll,
				   (enum role)(R_PROTO + (r->proto < TPROTO_N ? r->proto : 0)));
		if (is_sel)
			draw__recolor(&a->d, y, p->x, p->w,
				      a->focus == PANE_LIST ? R_SEL : R_SEL_UNFOCUS);
		if (text && x < right)
			hilite(a, y, x, right - x, text, tlen, p->hscroll);
	}
	app__draw_scrollbar(a, p, top, n);
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
	case REQ_COPY: {
		uint64_t s = model__sel_seq(m);
		struct trec_pkt rec;
		const struct trec_pkt *r = s == UINT64_MAX ? NULL : model__pkt(m, s, &rec);
		char line[4096], t[32];
		const char *text;
		size_t len = 0;
		int n;

		if (!r)
			return app__copy(a, "nothing", "", 0);
		/* the packet's line as tcpdump prints it: time of day, then the text */
		fmt_time(t, sizeof(t), r->ts_ns);
		text = model__pkt_text(m, s, &len);
		n = snprintf(line, sizeof(line), "%s %.*s", t, (int)len, text);
		return app__copy(a, "the packet's line", line,
				 n < 0 ? 0 : (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
	}
	case REQ_ENTER:
		if (!a->graph)
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
