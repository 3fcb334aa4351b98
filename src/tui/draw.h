/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the drawing layer: clipped, escaped, width-correct text on the curses screen
 *
 * Text from outside (process names and args, comments, interface names) can
 * hold any bytes: control bytes are shown as core/esc.h writes them ("^[");
 * invalid UTF-8 as "\xHH"; characters the terminal cannot print as "\uXXXX".
 * Widths come from libunistring (uc_width), so CJK and emoji take two
 * columns and a line never spills into the next pane. Without a UTF-8
 * locale, non-ASCII characters are escaped and tree glyphs are ASCII.
 */
#ifndef PTCPDUMP_TUI_DRAW_H
#define PTCPDUMP_TUI_DRAW_H

#include <stddef.h>

#include "theme.h"

struct draw {
	const struct theme *th;
	int utf8;
};

enum glyph {
	G_TREE_MID,	/* "├─" */
	G_TREE_LAST,	/* "└─" */
	G_TREE_PIPE,	/* "│ " */
	G_TREE_SPACE,	/* "  " */
	G_FOLDED,	/* "▸" */
	G_UNFOLDED,	/* "▾" */
	G_LEAF,		/* " " */
	G_MARK,		/* "●" */
	G_SPARK1,	/* "▁" .. G_SPARK8 "█": a sparkline's eight heights */
	G_SPARK2,
	G_SPARK3,
	G_SPARK4,
	G_SPARK5,
	G_SPARK6,
	G_SPARK7,
	G_SPARK8,
	G_SB_TRACK,	/* "│": a scroll bar's track */
	G_SB_THUMB,	/* "┃": its thumb */
	G_N,
};

void draw__init(struct draw *d, const struct theme *th, int utf8);
const char *draw__glyph(const struct draw *d, enum glyph g);
/*
 * Draw columns [skip, skip + w) of s[0..n) at (y, x) with role r. Returns
 * the columns drawn. A wide character cut by either edge becomes spaces.
 */
int draw__text(const struct draw *d, int y, int x, int w, const char *s, size_t n, size_t skip,
	       enum role r);
static inline int draw__str(const struct draw *d, int y, int x, int w, const char *s, enum role r);
int draw__printf(const struct draw *d, int y, int x, int w, enum role r, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/* columns s[0..n) takes once escaped */
size_t draw__width(const struct draw *d, const char *s, size_t n);
/* blank w cells */
void draw__fill(const struct draw *d, int y, int x, int w, enum role r);
/* change the role of cells already drawn (selection bars) */
void draw__recolor(const struct draw *d, int y, int x, int w, enum role r);
void draw__cursor(int y, int x, int visible);

/* ---- the terminal: start/stop, keys and mouse (curses stays in this file) ---- */

/* Enter curses mode (alternate screen, raw keys, mouse). */
void draw__start(void);
/* Leave it and restore the terminal; safe to call twice. */
void draw__stop(void);
int draw__started(void);
/* A key code, or -1 when none is waiting (never blocks). */
int draw__getkey(void);
/* The code of a key name: "Up", "PgDn", "F1", "Esc", "Enter", "Backspace",
 * "Tab", "S-Tab", "Delete", "Space", "C-x" or one character; -1 if unknown.
 * The same code can have several names ("Enter" and "C-m"). */
int draw__keycode(const char *name);
int draw__key_is_enter(int key);
int draw__key_is_backspace(int key);
int draw__key_is_resize(int key);
int draw__key_is_mouse(int key);

enum draw_mouse_kind { DM_NONE = 0, DM_CLICK, DM_WHEEL_UP, DM_WHEEL_DOWN };
/* after a mouse key: what happened where */
enum draw_mouse_kind draw__mouse(int *y, int *x);
/* next flush repaints everything (C-l) */
void draw__touch(void);
void draw__clear(void);
void draw__flush(void);
void draw__size(int *rows, int *cols);

#include <string.h>
static inline int draw__str(const struct draw *d, int y, int x, int w, const char *s, enum role r)
{
	return draw__text(d, y, x, w, s, s ? strlen(s) : 0, 0, r);
}

#endif
