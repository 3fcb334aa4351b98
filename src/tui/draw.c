// SPDX-License-Identifier: GPL-2.0
/* \summary: the drawing layer: clipped, escaped, width-correct text on the curses screen */
#include "draw.h"

#include <curses.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "../core/esc.h"
#include "../core/strbuf.h"

static const char *const glyph_utf8[G_N] = { "├─", "└─", "│ ", "  ", "▸", "▾", " ", "●",
					       "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█", "│", "┃" };
static const char *const glyph_ascii[G_N] = { "|-", "`-", "| ", "  ", "+", "-", " ", "*",
					       "_", ".", ",", "-", "=", "+", "*", "#", "|", "#" };

void draw__init(struct draw *d, const struct theme *th, int utf8)
{
	d->th = th;
	d->utf8 = utf8;
}

const char *draw__glyph(const struct draw *d, enum glyph g)
{
	return d->utf8 ? glyph_utf8[g] : glyph_ascii[g];
}

/*
 * One display unit of s at i: either a printable character (its bytes and
 * width) or an escape sequence (written into esc). Returns the bytes consumed.
 */
struct unit {
	const char *p;		/* bytes to draw */
	size_t n;
	int w;
	int escaped;
	char esc[16];
};

static size_t next_unit(const struct draw *d, const char *s, size_t n, size_t i, struct unit *u)
{
	const uint8_t *b = (const uint8_t *)s + i;
	ucs4_t uc;
	int len, w;

	u->escaped = 0;
	if (b[0] >= 0x20 && b[0] < 0x7f) {
		u->p = (const char *)b;
		u->n = 1;
		u->w = 1;
		return 1;
	}
	if (b[0] < 0x20 || b[0] == 0x7f) {
		struct strbuf sb;

		/* core/esc's form: "^X" */
		strbuf_init(&sb);
		esc_append(&sb, (const char *)b, 1);
		snprintf(u->esc, sizeof(u->esc), "%s", sb.buf ? sb.buf : "?");
		strbuf_free(&sb);
		goto esc;
	}
	len = u8_mbtoucr(&uc, b, n - i);
	if (len < 0) {
		snprintf(u->esc, sizeof(u->esc), "\\x%02x", b[0]);
		len = 1;
		goto esc_len;
	}
	w = uc_width(uc, "UTF-8");
	if (uc < 0xa0 || w < 0 || !d->utf8) {
		snprintf(u->esc, sizeof(u->esc), uc > 0xffff ? "\\U%08x" : "\\u%04x", (unsigned)uc);
		goto esc_len;
	}
	u->p = (const char *)b;
	u->n = (size_t)len;
	u->w = w;
	return (size_t)len;
esc:
	len = 1;
esc_len:
	u->escaped = 1;
	u->p = u->esc;
	u->n = strlen(u->esc);
	u->w = (int)u->n;
	return (size_t)len;
}

/* keep [x, x + w) on row y inside the screen: curses would wrap it into the next row */
static int clip(int y, int x, int *w)
{
	int rows, cols;

	getmaxyx(stdscr, rows, cols);
	if (y < 0 || y >= rows || x < 0 || x >= cols)
		return 0;
	if (*w > cols - x)
		*w = cols - x;
	return *w > 0;
}

size_t draw__width(const struct draw *d, const char *s, size_t n)
{
	struct unit u;
	size_t i = 0, w = 0;

	while (i < n) {
		i += next_unit(d, s, n, i, &u);
		w += (size_t)u.w;
	}
	return w;
}

int draw__text(const struct draw *d, int y, int x, int w, const char *s, size_t n, size_t skip,
	       enum role r)
{
	attr_t a = (attr_t)theme__attr(d->th, r), ea = (attr_t)theme__attr(d->th, R_ESC);
	size_t i = 0, col = 0;
	int out = 0;
	struct unit u;

	if (!s || !clip(y, x, &w))
		return 0;
	move(y, x);
	while (i < n && out < w) {
		i += next_unit(d, s, n, i, &u);
		if (u.w == 0) {
			/* combining mark: attach to what is on screen */
			if (col > skip && out > 0)
				addnstr(u.p, (int)u.n);
			continue;
		}
		if (col + (size_t)u.w <= skip) {
			col += (size_t)u.w;
			continue;
		}
		if (col < skip || out + u.w > w) {
			/* cut by an edge: pad */
			int k, pad = col < skip ? (int)(col + (size_t)u.w - skip) : w - out;

			attrset(a);
			for (k = 0; k < pad && out < w; k++, out++)
				addch(' ');
			col += (size_t)u.w;
			continue;
		}
		attrset(u.escaped && !(a & A_REVERSE) ? ea : a);
		addnstr(u.p, (int)u.n);
		out += u.w;
		col += (size_t)u.w;
	}
	attrset(A_NORMAL);
	return out;
}

int draw__printf(const struct draw *d, int y, int x, int w, enum role r, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return 0;
	return draw__text(d, y, x, w, buf, strlen(buf), 0, r);
}

void draw__fill(const struct draw *d, int y, int x, int w, enum role r)
{
	attr_t a = (attr_t)theme__attr(d->th, r);

	if (!clip(y, x, &w))
		return;
	attrset(a);
	mvhline(y, x, ' ', w);
	attrset(A_NORMAL);
}

void draw__recolor(const struct draw *d, int y, int x, int w, enum role r)
{
	attr_t a = (attr_t)theme__attr(d->th, r);

	if (clip(y, x, &w))
		mvchgat(y, x, w, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
}

void draw__cursor(int y, int x, int visible)
{
	if (visible)
		move(y, x);
	curs_set(visible ? 1 : 0);
}

void draw__clear(void)
{
	erase();
}

void draw__flush(void)
{
	refresh();
}

void draw__size(int *rows, int *cols)
{
	getmaxyx(stdscr, *rows, *cols);
}

/* ---- the terminal ------------------------------------------------------ */

static volatile int started;

void draw__start(void)
{
	initscr();
	started = 1;
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
			  | BUTTON5_PRESSED
#endif
		  , NULL);
	mouseinterval(0);
}

void draw__stop(void)
{
	if (started) {
		started = 0;
		endwin();
	}
}

int draw__started(void)
{
	return started;
}

int draw__getkey(void)
{
	int ch = getch();

	return ch == ERR ? -1 : ch;
}

static const struct {
	const char *name;
	int code;
} key_names[] = {
	{ "Up", KEY_UP },	  { "Down", KEY_DOWN },	    { "Left", KEY_LEFT },
	{ "Right", KEY_RIGHT },	  { "PgUp", KEY_PPAGE },    { "PgDn", KEY_NPAGE },
	{ "Home", KEY_HOME },	  { "End", KEY_END },	    { "Enter", '\n' },
	{ "Esc", 27 },		  { "Backspace", KEY_BACKSPACE }, { "Tab", '\t' },
	{ "S-Tab", KEY_BTAB },	  { "Delete", KEY_DC },	    { "Space", ' ' },
	{ "DEL", 127 },		  { "KP-Enter", KEY_ENTER },
};

int draw__keycode(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (!strcmp(name, key_names[i].name))
			return key_names[i].code;
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		int n = atoi(name + 1);

		if (n >= 1 && n <= 12)
			return KEY_F(n);
	}
	if (name[0] == 'C' && name[1] == '-' && name[2] && !name[3])
		return name[2] & 0x1f;
	if (name[0] && !name[1])
		return (unsigned char)name[0];
	return -1;
}

int draw__key_is_enter(int key)
{
	return key == '\n' || key == '\r' || key == KEY_ENTER;
}

int draw__key_is_backspace(int key)
{
	return key == KEY_BACKSPACE || key == 127 || key == 8;
}

int draw__key_is_resize(int key)
{
	return key == KEY_RESIZE;
}

int draw__key_is_mouse(int key)
{
	return key == KEY_MOUSE;
}

enum draw_mouse_kind draw__mouse(int *y, int *x)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return DM_NONE;
	*y = ev.y;
	*x = ev.x;
	if (ev.bstate & BUTTON4_PRESSED)
		return DM_WHEEL_UP;
#ifdef BUTTON5_PRESSED
	if (ev.bstate & BUTTON5_PRESSED)
		return DM_WHEEL_DOWN;
#endif
	if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED))
		return DM_CLICK;
	return DM_NONE;
}

void draw__touch(void)
{
	clearok(stdscr, TRUE);
}
