/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: a pane is a view: a table of functions (tig's view_ops), one file per view
 *
 * Views draw through draw.h only and return htop-style reaction flags
 * instead of redrawing themselves; app.c decides what to redraw.
 */
#ifndef PTCPDUMP_TUI_VIEW_H
#define PTCPDUMP_TUI_VIEW_H

#include <stddef.h>

#include "request.h"

struct app;
struct pane;

enum reaction {
	RE_NONE = 0,
	RE_REDRAW = 1 << 0,	/* repaint the screen */
	RE_DECODE = 1 << 1,	/* the selected packet changed: decode it again */
	RE_ROWS = 1 << 2,	/* the process rows must be rebuilt */
	RE_QUIT = 1 << 3,
	RE_IGNORED = 1 << 4,	/* the view did not handle the request */
};

struct view_ops {
	const char *name;
	size_t priv_size;	/* bytes of the view's own state (pane->priv), 0: none */
	void (*draw)(struct app *a, struct pane *p);
	int (*request)(struct app *a, struct pane *p, enum request req);
	/* mouse: a click (button 1) or wheel (dy) at row y inside the pane's body */
	int (*click)(struct app *a, struct pane *p, int row);
	int (*wheel)(struct app *a, struct pane *p, int dy);
	/* before each redraw (NULL: nothing to do) */
	void (*refresh)(struct app *a, struct pane *p);
};

/*
 * Movement shared by the views: up/down/page/home/end applied to *pos over n
 * lines (page lines a page), clamped to [0, n). 1 when req was a movement.
 */
int view__move(enum request req, long *pos, long n, long page);
/* clamp the pane's selection to n lines and scroll so that it is on screen */
void view__keep_visible(struct pane *p, size_t n);

extern const struct view_ops view_procs_ops;
extern const struct view_ops view_list_ops;
extern const struct view_ops view_tree_ops;
extern const struct view_ops view_hex_ops;
extern const struct view_ops view_graph_ops;

#endif
