// SPDX-License-Identifier: GPL-2.0
/* \summary: colours and attributes by role (curses) */
#include "theme.h"

#include <curses.h>
#include <stdlib.h>

struct theme {
	int color;
	attr_t attr[R_N];
};

struct role_def {
	enum role r;
	short fg, bg;
	attr_t extra;		/* added in colour */
	attr_t mono;		/* used without colour */
};

static const struct role_def defs[] = {
	{ R_NORMAL, -1, -1, 0, A_NORMAL },
	{ R_STATUS, COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	{ R_STATUS_WARN, COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	{ R_HEADER, COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE },
	{ R_HEADER_FOCUS, COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD },
	{ R_KEY, -1, -1, A_BOLD, A_BOLD },
	{ R_KEYLABEL, COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	{ R_SEL, COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	{ R_SEL_UNFOCUS, COLOR_BLACK, COLOR_WHITE, 0, A_UNDERLINE },
	{ R_MARK, COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	{ R_DIR_IN, COLOR_GREEN, -1, 0, A_NORMAL },
	{ R_DIR_OUT, COLOR_MAGENTA, -1, 0, A_BOLD },
	{ R_ERROR, COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	{ R_HILITE, COLOR_BLACK, COLOR_YELLOW, 0, A_REVERSE | A_UNDERLINE },
	{ R_EXITED, COLOR_RED, -1, A_DIM, A_DIM },
	{ R_GUIDE, COLOR_BLUE, -1, 0, A_NORMAL },
	{ R_BADGE, COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_REVERSE | A_BOLD },
	{ R_MSG, COLOR_GREEN, -1, A_BOLD, A_BOLD },
	{ R_DIM, -1, -1, A_DIM, A_DIM },
	{ R_STREAM_CLIENT, COLOR_RED, -1, 0, A_NORMAL },
	{ R_STREAM_SERVER, COLOR_BLUE, -1, A_BOLD, A_BOLD },
	{ R_ESC, COLOR_RED, -1, 0, A_UNDERLINE },
	{ R_PROTO + TPROTO_OTHER, -1, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_TCP, -1, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_UDP, COLOR_CYAN, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_DNS, COLOR_BLUE, -1, A_BOLD, A_NORMAL },
	{ R_PROTO + TPROTO_ICMP, COLOR_YELLOW, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_ARP, COLOR_MAGENTA, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_HTTP, COLOR_GREEN, -1, 0, A_NORMAL },
	{ R_PROTO + TPROTO_TLS, COLOR_GREEN, -1, A_BOLD, A_NORMAL },
};

struct theme *theme__new(int use_color)
{
	struct theme *t = calloc(1, sizeof(*t));
	size_t i;

	if (!t)
		return NULL;
	t->color = use_color && has_colors();
	if (t->color) {
		start_color();
		if (use_default_colors() == ERR) {
			/* no -1: fall back to white on black */
			assume_default_colors(COLOR_WHITE, COLOR_BLACK);
		}
	}
	for (i = 0; i < sizeof(defs) / sizeof(defs[0]); i++) {
		const struct role_def *d = &defs[i];

		if (!t->color) {
			t->attr[d->r] = d->mono;
			continue;
		}
		if (d->fg == -1 && d->bg == -1) {
			t->attr[d->r] = d->extra;
			continue;
		}
		init_pair((short)(i + 1), d->fg, d->bg);
		t->attr[d->r] = COLOR_PAIR((int)i + 1) | d->extra;
	}
	return t;
}

void theme__free(struct theme *t)
{
	free(t);
}

unsigned long theme__attr(const struct theme *t, enum role r)
{
	return r < R_N ? t->attr[r] : A_NORMAL;
}

int theme__color(const struct theme *t)
{
	return t->color;
}
