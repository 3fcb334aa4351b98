// SPDX-License-Identifier: GPL-2.0
/* \summary: screen layout and the bars: status line, filter/prompt line, key bar, help screen */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "app_int.h"
#include "keymap.h"
#include "view_stream.h"

static int clampi(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void layout_panes(struct app *a);

/* the graph pane (r) takes the decode and hex panes' rows (in a tiny layout,
 * half of the list's) */
void app_layout(struct app *a)
{
	struct pane *t = &a->pane[PANE_TREE], *h = &a->pane[PANE_HEX], *g = &a->pane[PANE_GRAPH],
		    *l = &a->pane[PANE_LIST];

	layout_panes(a);
	if (!a->graph || a->zoom)
		return;
	g->x = l->x;
	g->w = l->w;
	if (t->h + h->h > 0) {
		g->y = t->h ? t->y : h->y;
		g->h = t->h + h->h;
	} else if (l->h >= 4) {
		g->h = l->h / 2;
		l->h -= g->h;
		g->y = l->y + l->h;
	}
	t->h = h->h = 0;
}

static void layout_panes(struct app *a)
{
	int H, y0 = 2, i;

	draw__size(&a->rows, &a->cols);
	H = a->rows - 3;
	for (i = 0; i < PANE_N; i++) {
		a->pane[i].h = 0;
		a->pane[i].w = a->cols;
		a->pane[i].x = 0;
	}
	if (H < 2)
		return;
	if (a->zoom) {
		a->pane[a->focus].y = y0;
		a->pane[a->focus].h = H;
		return;
	}
	if (a->cols >= 140 && H >= 12) {
		int pw = clampi(a->cols * 35 / 100, 40, 64), rw = a->cols - pw - 1;
		int lh = H * 45 / 100, th = (H - lh) / 2;

		a->pane[PANE_PROCS].y = y0;
		a->pane[PANE_PROCS].x = 0;
		a->pane[PANE_PROCS].h = H;
		a->pane[PANE_PROCS].w = pw;
		a->pane[PANE_PROCS].hscroll = 0;
		a->pane[PANE_LIST].y = y0;
		a->pane[PANE_LIST].h = lh;
		a->pane[PANE_TREE].y = y0 + lh;
		a->pane[PANE_TREE].h = th;
		a->pane[PANE_HEX].y = y0 + lh + th;
		a->pane[PANE_HEX].h = H - lh - th;
		for (i = PANE_LIST; i < PANE_N; i++) {
			a->pane[i].x = pw + 1;
			a->pane[i].w = rw;
		}
		return;
	}
	{
		int ph = clampi(H * 30 / 100, 3, 14), hh = clampi(H * 20 / 100, 3, 10);
		int th = clampi(H * 20 / 100, 3, 14), lh = H - ph - hh - th;

		if (lh < 3) {
			/* tiny screens: list and processes only */
			ph = H / 2;
			lh = H - ph;
			th = hh = 0;
		}
		a->pane[PANE_PROCS].y = y0;
		a->pane[PANE_PROCS].h = ph;
		a->pane[PANE_LIST].y = y0 + ph;
		a->pane[PANE_LIST].h = lh;
		a->pane[PANE_TREE].y = y0 + ph + lh;
		a->pane[PANE_TREE].h = th;
		a->pane[PANE_HEX].y = y0 + ph + lh + th;
		a->pane[PANE_HEX].h = hh;
	}
}

void app__draw_title(struct app *a, struct pane *p, const char *title, const char *cols)
{
	enum role r = a->focus == (int)(p - a->pane) ? R_HEADER_FOCUS : R_HEADER;
	int tw, cw;

	draw__fill(&a->d, p->y, p->x, p->w, r);
	if (!cols) {
		draw__printf(&a->d, p->y, p->x, p->w, r, " %s ", title);
		return;
	}
	/* column names line up with the rows; the pane's name goes to the right */
	tw = (int)draw__width(&a->d, title, strlen(title)) + 2;
	cw = (int)strlen(cols);
	while (cw > 0 && cols[cw - 1] == ' ')
		cw--;
	draw__str(&a->d, p->y, p->x, p->w, cols, r);
	if (p->w >= cw + tw + 1)
		draw__printf(&a->d, p->y, p->x + p->w - tw, tw, r, " %s ", title);
}

void app__draw_scrollbar(struct app *a, struct pane *p, size_t top, size_t n)
{
	size_t body = (size_t)pane_body(p), len, room, start, last, k;
	int x = p->x + p->w - 1;

	if (!pane_scrolls(p, n))
		return;
	if (top > n - body)
		top = n - body;
	len = (body * body + n / 2) / n;
	if (len < 1)
		len = 1;
	room = body - len;
	last = n - body;
	start = (top * room + last / 2) / last;
	/* the thumb touches an end only when the view does */
	if (top > 0 && start == 0 && room > 1)
		start = 1;
	if (top < last && start == room && room > 1)
		start = room - 1;
	for (k = 0; k < body; k++) {
		int thumb = k >= start && k < start + len;

		draw__str(&a->d, p->y + 1 + (int)k, x, 1, draw__glyph(&a->d, thumb ? G_SB_THUMB : G_SB_TRACK),
			  thumb ? R_HEADER_FOCUS : R_DIM);
	}
}

/*
 * The status line is " a | b | c": when it is wider than the screen, the
 * least needed parts go first (the program's name, the capture filter,
 * memory, then the interfaces), so the state and the counts stay.
 * prio 0 stays always; higher goes earlier.
 */
struct sfield {
	char s[192];
	int prio;
};

enum { SF_MAX = 16 };

static void sf_add(struct sfield *f, int *n, int prio, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void sf_add(struct sfield *f, int *n, int prio, const char *fmt, ...)
{
	va_list ap;

	if (*n >= SF_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(f[*n].s, sizeof(f[*n].s), fmt, ap);
	va_end(ap);
	f[(*n)++].prio = prio;
}

static size_t sf_width(struct app *a, const struct sfield *f, int n)
{
	size_t w = 0;
	int i;

	for (i = 0; i < n; i++)
		if (f[i].prio >= 0)
			w += (w ? 3 : 1) + draw__width(&a->d, f[i].s, strlen(f[i].s));
	return w;
}

static void sf_fit(struct app *a, struct sfield *f, int n, size_t cols)
{
	for (;;) {
		int i, drop = -1;

		if (sf_width(a, f, n) <= cols)
			return;
		for (i = 0; i < n; i++)
			if (f[i].prio > 0 && (drop < 0 || f[i].prio >= f[drop].prio))
				drop = i;
		if (drop < 0)
			return;
		f[drop].prio = -1;
	}
}

static void draw_status(struct app *a)
{
	struct model_stats st;
	struct sfield f[SF_MAX];
	char buf[1024], pps[24], bps[24], mem[24], maxm[24];
	size_t len = 0;
	int n = 0, i;

	model__stats(a->m, &st);
	app__format_bytes(bps, sizeof(bps), st.bps);
	snprintf(pps, sizeof(pps), "%.0f", st.pps);
	app__format_bytes(mem, sizeof(mem), (double)st.mem);
	app__format_bytes(maxm, sizeof(maxm), (double)st.disk_max);
	sf_add(f, &n, 3, "%s", a->cst.ifaces[0] ? a->cst.ifaces : a->live ? "any" : "-");
	sf_add(f, &n, 1, "%llu/%llu pkts", (unsigned long long)st.shown,
	       (unsigned long long)st.stored);
	sf_add(f, &n, 2, "%s p/s %s/s", pps, bps);
	if (a->live || a->cst.queue_drops)
		sf_add(f, &n, 1, "drops %llu",
		       (unsigned long long)(a->cst.queue_drops + (a->live ? a->cst.kernel_drops : 0)));
	sf_add(f, &n, 0, "%s",
	       model__paused(a->m) ? "PAUSED"
	       : a->cst.failed     ? "ERROR"
	       : a->live	   ? (a->cst.done ? "ENDED" : "LIVE")
	       : a->cst.done	   ? "FILE"
				   : "LOADING");
	/* right after the state: the reason rows may lack a process */
	if (a->total_warn)
		sf_add(f, &n, 1, "%llu warning%s (?)", (unsigned long long)a->total_warn,
		       a->total_warn > 1 ? "s" : "");
	if (st.marked)
		sf_add(f, &n, 2, "marked %llu", (unsigned long long)st.marked);
	if (st.busy >= 0)
		sf_add(f, &n, 1, "filtering %d%%", st.busy);
	sf_add(f, &n, 4, "mem %s", mem);
	if (st.disk_max) {
		char disk[24];

		app__format_bytes(disk, sizeof(disk), (double)st.disk);
		sf_add(f, &n, 4, "spool %s/%s", disk, maxm);
	}
	if (st.unstored)
		sf_add(f, &n, 2, "not stored %llu", (unsigned long long)st.unstored);
	if (st.evicted)
		sf_add(f, &n, 2, "evicted %llu", (unsigned long long)st.evicted);
	if (a->cap_filter && *a->cap_filter)
		sf_add(f, &n, 5, "capture: %s", a->cap_filter);
	sf_add(f, &n, 6, "ptcpdump-top");
	sf_fit(a, f, n, a->cols > 0 ? (size_t)a->cols : 0);
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if (f[i].prio < 0 || len >= sizeof(buf))
			continue;
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s", len ? " | " : " ", f[i].s);
	}
	draw__fill(&a->d, 0, 0, a->cols, R_STATUS);
	draw__str(&a->d, 0, 0, a->cols, buf,
		  a->cst.failed || model__paused(a->m) ? R_STATUS_WARN : R_STATUS);
}

static const char *prompt_label(enum prompt_kind k)
{
	switch (k) {
	case PROMPT_FILTER: return "Filter: ";
	case PROMPT_SEARCH: return "Search: ";
	case PROMPT_WRITE: return "Write to: ";
	default: return "";
	}
}

static void draw_line1(struct app *a)
{
	int w, x;

	draw__fill(&a->d, 1, 0, a->cols, R_NORMAL);
	if (a->prompt) {
		const char *label = prompt_label(a->prompt);
		size_t before, avail, skip = 0;

		w = draw__str(&a->d, 1, 0, a->cols, label, R_KEY);
		avail = a->cols > w + 1 ? (size_t)(a->cols - w - 1) : 1;
		before = draw__width(&a->d, a->le.buf, a->le.cur);
		if (before > avail)
			skip = before - avail;
		draw__text(&a->d, 1, w, a->cols - w, a->le.buf, a->le.len, skip, R_NORMAL);
		if (a->err_len && a->err_off + a->err_len <= a->le.len) {
			/* the word a filter error points at */
			size_t ex = draw__width(&a->d, a->le.buf, a->err_off);
			size_t ew = draw__width(&a->d, a->le.buf + a->err_off, a->err_len);

			if (ex + ew > skip) {
				if (ex < skip) {
					ew -= skip - ex;
					ex = skip;
				}
				draw__recolor(&a->d, 1, w + (int)(ex - skip), (int)ew, R_ERROR);
			}
		}
		a->cursor_y = 1;
		a->cursor_x = w + (int)(before - skip);
		return;
	}
	w = draw__str(&a->d, 1, 0, a->cols, "Filter: ", R_KEY);
	x = w;
	if (*model__filter(a->m))
		x += draw__str(&a->d, 1, x, a->cols - x, model__filter(a->m), R_NORMAL);
	else
		x += draw__str(&a->d, 1, x, a->cols - x, "(none, / to edit)", R_DIM);
	if (model__drill_depth(a->m) && x + 4 < a->cols) {
		char buf[256];

		snprintf(buf, sizeof(buf), "   Showing: %s  (Esc: back)", model__drill_label(a->m));
		draw__str(&a->d, 1, x, a->cols - x, buf, R_MSG);
	}
}

/* the requests on the key bar; their keys come from the key map */
static const struct {
	enum request req;
	const char *label;
} keybar[] = {
	{ REQ_HELP, "Help" }, { REQ_FILTER, "Filter" }, { REQ_SEARCH, "Search" },
	{ REQ_GROUP, "Group" }, { REQ_MARK, "Mark" }, { REQ_WRITE, "Write" },
	{ REQ_PAUSE, "Pause" }, { REQ_NEXT_PANE, "Pane" }, { REQ_QUIT, "Quit" },
};

static void draw_keybar(struct app *a)
{
	int y = a->rows - 1, x = 0;
	size_t i;

	draw__fill(&a->d, y, 0, a->cols, R_NORMAL);
	if (a->msg[0]) {
		draw__str(&a->d, y, 0, a->cols, a->msg, a->msg_err ? R_ERROR : R_MSG);
		return;
	}
	for (i = 0; i < sizeof(keybar) / sizeof(keybar[0]) && x < a->cols; i++) {
		char key[16];

		/* a request no key reaches is left out */
		if (!*keymap__bar_key(a->km, keybar[i].req, key, sizeof(key)))
			continue;
		x += draw__str(&a->d, y, x, a->cols - x, key, R_KEY);
		x += draw__printf(&a->d, y, x, a->cols - x, R_KEYLABEL, "%-7s", keybar[i].label);
	}
	if (x < a->cols)
		draw__fill(&a->d, y, x, a->cols - x, R_KEYLABEL);
}

static const char *const filter_help[] = {
	"",
	"View filter (/): pcap-filter(7) expressions plus process primitives, combined "
	"with and/or/not (&&, ||, !) and parentheses:",
	"  pid N   ppid N   pname NAME   container NAME   pod NAME[.NAMESPACE]",
	"  e.g.  pname curl and tcp port 443",
	"        (container api or pid 31337) and not arp",
	"NAME may use * and ? wildcards. An invalid filter is not applied: the error "
	"is shown, the word it points at is highlighted and the previous filter stays.",
	"",
	"Input lines: Left/Right (C-b/C-f), Home/End (C-a/C-e), Backspace, Delete (C-d), "
	"C-u (delete to the start), C-w (the word before), C-k (to the end), "
	"Up/Down (C-p/C-n: history); Enter accepts, Esc cancels.",
	"Rates: packets and bytes per second over the last 2 s of packet time.",
	"Mouse: click selects and focuses a pane, the wheel scrolls.",
};

/* the next piece of text that fits in w columns, cut at a space when it can be */
static size_t wrap_piece(const struct draw *d, const char *s, int w)
{
	size_t n = strlen(s), cut = 0, i;

	if (w < 1 || draw__width(d, s, n) <= (size_t)w)
		return n;
	for (i = 1; i <= n; i++) {
		if (draw__width(d, s, i) > (size_t)w)
			break;
		if (s[i] == ' ')
			cut = i;
	}
	if (!cut)
		cut = i > 1 ? i - 1 : 1;
	return cut;
}

/*
 * The help screen's lines: warnings, one entry per request (keys, then the
 * text wrapped beside them), the view filter notes. Lines from top are drawn
 * on rows y0..y1 when draw is set. Returns the number of lines.
 */
static size_t help_lines(struct app *a, int draw, size_t top, int y0, int y1)
{
	int kw = 24, tx = 26, tw = a->cols - tx - 1, fw = a->cols - 2;
	size_t line = 0, i, k;
	char keys[128];
	int y = y0;

#define HELP_LINE(x, w, role, text, len)                                                   \
	do {                                                                                 \
		if (draw && line >= top && y <= y1) {                                        \
			draw__text(&a->d, y, (x), (w), (text), (len), 0, (role));             \
			y++;                                                                 \
		}                                                                            \
		line++;                                                                      \
	} while (0)

	if (tw < 10) {
		tx = 1;
		tw = fw;
	}
	if (a->n_warn) {
		char head[64];

		snprintf(head, sizeof(head), "Warnings (%llu):", (unsigned long long)a->total_warn);
		HELP_LINE(1, fw, R_ERROR, head, strlen(head));
		for (i = 0; i < a->n_warn; i++) {
			const char *s = a->warn[i];

			while (*s) {
				size_t n = wrap_piece(&a->d, s, fw - 2);

				HELP_LINE(3, fw - 2, R_NORMAL, s, n);
				s += n;
				while (*s == ' ')
					s++;
			}
		}
		HELP_LINE(1, fw, R_NORMAL, "", 0);
	}
	for (i = 0; i < REQ_N - 1; i++) {
		const char *s = req_info[i].help;
		int first = 1;

		keymap__keys(a->km, req_info[i].req, keys, sizeof(keys));
		if (tx == 1)
			HELP_LINE(1, fw, R_KEY, keys, strlen(keys));
		while (*s) {
			size_t n = wrap_piece(&a->d, s, tw);

			if (draw && line >= top && y <= y1 && first && tx > 1)
				draw__text(&a->d, y, 1, kw, keys, strlen(keys), 0, R_KEY);
			HELP_LINE(tx, tw, R_NORMAL, s, n);
			s += n;
			while (*s == ' ')
				s++;
			first = 0;
		}
	}
	for (i = 0; i < sizeof(filter_help) / sizeof(filter_help[0]); i++) {
		const char *s = filter_help[i];

		if (!*s)
			HELP_LINE(1, fw, R_NORMAL, "", 0);
		for (k = 0; *s; k++) {
			/* continuation lines keep the indent of the first */
			size_t ind = k ? 2 : 0, n = wrap_piece(&a->d, s, fw - (int)ind);

			HELP_LINE(1 + (int)ind, fw - (int)ind, R_NORMAL, s, n);
			s += n;
			while (*s == ' ')
				s++;
		}
	}
#undef HELP_LINE
	return line;
}

size_t app_help_lines(struct app *a)
{
	return help_lines(a, 0, 0, 0, 0);
}

void app_draw_help(struct app *a)
{
	draw__fill(&a->d, 0, 0, a->cols, R_STATUS);
	draw__str(&a->d, 0, 0, a->cols,
		  " ptcpdump-top help: every key (Up/Down/PgUp/PgDn scroll, any other key closes)",
		  R_STATUS);
	help_lines(a, 1, a->help_top, 1, a->rows - 2);
	draw_keybar(a);
}

void app_draw(struct app *a)
{
	int i;

	draw__clear();
	a->cursor_y = -1;
	if (a->choosing && !a->help) {
		view_cols__draw(a);
		draw__cursor(0, 0, 0);
		draw__flush();
		return;
	}
	if (a->stream && !a->help) {
		view_stream__draw(a);
		draw__cursor(0, 0, 0);
		draw__flush();
		return;
	}
	if (a->help) {
		app_draw_help(a);
		draw__cursor(0, 0, 0);
		draw__flush();
		return;
	}
	draw_status(a);
	draw_line1(a);
	for (i = 0; i < PANE_N; i++) {
		struct pane *p = &a->pane[i];

		if (p->h > 0 && p->w > 0)
			p->ops->draw(a, p);
	}
	/* side-by-side layout: a vertical rule */
	if (!a->zoom && a->pane[PANE_PROCS].h && a->pane[PANE_LIST].x > 0) {
		int y;

		for (y = a->pane[PANE_PROCS].y; y < a->pane[PANE_PROCS].y + a->pane[PANE_PROCS].h;
		     y++)
			draw__str(&a->d, y, a->pane[PANE_LIST].x - 1, 1,
				  draw__glyph(&a->d, G_TREE_PIPE), R_GUIDE);
	}
	draw_keybar(a);
	if (a->cursor_y >= 0)
		draw__cursor(a->cursor_y, a->cursor_x, 1);
	else
		draw__cursor(0, 0, 0);
	draw__flush();
}

void app__set_msg(struct app *a, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->msg, sizeof(a->msg), fmt, ap);
	va_end(ap);
	a->msg_err = err;
}
