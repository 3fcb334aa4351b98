/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: colours and attributes by role; NO_COLOR and monochrome terminals get
 * attributes only (reverse, bold, underline), so every state stays visible.
 */
#ifndef PTCPDUMP_TUI_THEME_H
#define PTCPDUMP_TUI_THEME_H

#include "batch.h"

enum role {
	R_NORMAL = 0,
	R_STATUS,
	R_STATUS_WARN,
	R_HEADER,
	R_HEADER_FOCUS,
	R_KEY,
	R_KEYLABEL,
	R_SEL,
	R_SEL_UNFOCUS,
	R_MARK,
	R_DIR_IN,
	R_DIR_OUT,
	R_ERROR,
	R_HILITE,
	R_EXITED,
	R_GUIDE,
	R_BADGE,
	R_MSG,
	R_DIM,
	R_STREAM_CLIENT,	/* follow stream: client -> server */
	R_STREAM_SERVER,
	R_ESC,			/* escaped control bytes */
	R_PROTO,		/* + enum tproto */
	R_N = R_PROTO + TPROTO_N,
};

struct theme;

/* Call after initscr(). use_color: 0 forces monochrome. */
struct theme *theme__new(int use_color);
void theme__free(struct theme *t);
/* curses attr_t (as unsigned long) for a role */
unsigned long theme__attr(const struct theme *t, enum role r);
int theme__color(const struct theme *t);

#endif
