/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the application state shared by app.c and the views (UI thread only) */
#ifndef PTCPDUMP_TUI_APP_H
#define PTCPDUMP_TUI_APP_H

#include <stddef.h>
#include <stdint.h>

#include "../core/opts.h"
#include "../core/strbuf.h"
#include "../decode/decode.h"
#include "capture_thread.h"
#include "draw.h"
#include "lineedit.h"
#include "cols.h"
#include "model.h"
#include "view.h"

/* PANE_GRAPH (r) takes the place of the decode and hex panes while it is on */
enum pane_id { PANE_PROCS = 0, PANE_LIST, PANE_TREE, PANE_HEX, PANE_GRAPH, PANE_N };

struct pane {
	const struct view_ops *ops;
	int y, x, h, w;		/* h includes the title row; 0 when hidden */
	size_t top;		/* first body line shown */
	long sel;		/* selected body line (views that keep one) */
	size_t hscroll;
	void *priv;		/* the view's own state (ops->priv_size bytes, zeroed) */
};

enum prompt_kind { PROMPT_NONE = 0, PROMPT_FILTER, PROMPT_SEARCH, PROMPT_WRITE };

/* one visible line of the decode pane */
struct dline {
	int node;		/* index in tree.nodes, or -1 for a frame/process line */
	int depth;
	int has_kids;
	uint32_t off, len;	/* bytes to highlight (len 0: none) */
	char text[256];		/* frame/process lines */
};

struct keymap;
struct sview;

#define APP_WARNINGS 16

struct app {
	struct model *m;
	struct keymap *km;
	struct capt *capt;
	struct capt_stats cst;
	struct pt_opts po;
	struct draw d;
	struct theme *th;
	int rows, cols;
	struct pane pane[PANE_N];
	int focus;
	int zoom;
	int graph;		/* the traffic graph pane is on */
	int help;
	struct lcols lcols;	/* the packet list's columns */
	int choosing;		/* the column chooser is open (view_cols.c) */
	struct sview *stream;	/* the follow-stream screen when open (view_stream.c) */
	size_t help_top;
	enum group_mode group;
	int with_desc;
	/* decode pane */
	struct dx *dx;
	struct dx_tree tree;
	uint64_t tree_seq;	/* packet decoded into tree (UINT64_MAX: none) */
	char *folded;		/* per tree node */
	size_t folded_cap;
	struct dline *dl;	/* visible lines */
	size_t n_dl, cap_dl;
	struct dline extra[8];	/* frame/process lines of the packet */
	size_t n_extra;
	uint32_t hl_off, hl_len;	/* bytes highlighted in the hex pane */
	/* input line */
	enum prompt_kind prompt;
	struct lineedit le;
	struct le_history hist_filter, hist_search, hist_write;
	char search[LINEEDIT_MAX];
	char confirm[LINEEDIT_MAX];	/* write: the existing file the user was warned about */
	char msg[512];
	int msg_err;
	size_t err_off, err_len;	/* filter prompt: the bytes an error points at (len 0: none) */
	/* warnings (the capture's, and whatever was written to stderr while the
	 * screen was on): the newest APP_WARNINGS, and how many there were */
	char warn[APP_WARNINGS][256];
	size_t n_warn;
	uint64_t total_warn;
	char copy_path[4096];	/* --copy-file, or copy__default_path */
	const char *read_file;
	const char *cap_filter;
	uint64_t spool_size;
	int live;
	int opened;		/* -r: the first packet was selected */
	int cursor_y, cursor_x;
};

/* app.c helpers used by views */
void app__set_msg(struct app *a, int err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* keep a warning (shown in the status line, the help screen and on stderr at exit) */
void app__warn(struct app *a, const char *line);
const struct prow *app__selected_row(const struct app *a);
void app__draw_title(struct app *a, struct pane *p, const char *title, const char *cols);
/* a scroll bar in the pane's last column when its n lines do not fit (top: first shown) */
void app__draw_scrollbar(struct app *a, struct pane *p, size_t top, size_t n);
/* y: s[0..n) to the clipboard (OSC 52) and the copy file; what names it in the message */
int app__copy(struct app *a, const char *what, const char *s, size_t n);
/* body rows of a pane (h minus the title) */
static inline int pane_body(const struct pane *p)
{
	return p->h > 1 ? p->h - 1 : 0;
}
/* 1 when n lines do not fit the pane's body: it shows a scroll bar in its last column */
static inline int pane_scrolls(const struct pane *p, size_t n)
{
	return pane_body(p) >= 2 && n > (size_t)pane_body(p) && p->w >= 8;
}
/* decode pane: (re)decode the selected packet and rebuild the visible lines */
void app__decode(struct app *a);
void app__tree_lines(struct app *a);
void app__format_bytes(char *buf, size_t n, double v);

#endif
