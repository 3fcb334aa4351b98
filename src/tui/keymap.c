// SPDX-License-Identifier: GPL-2.0
/* \summary: the default key bindings; the help screen is generated from this table */
#include "keymap.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#define CTRL_(c) ((c) & 0x1f)

const struct req_info req_info[] = {
#define REQ_INFO_(name, cfg, help) { REQ_##name, cfg, help },
	REQ_LIST(REQ_INFO_)
#undef REQ_INFO_
	{ REQ_NONE, NULL, NULL },
};

static const struct keybinding bindings[] = {
	{ KEY_UP, REQ_MOVE_UP, "Up" },
	{ 'k', REQ_MOVE_UP, "k" },
	{ KEY_DOWN, REQ_MOVE_DOWN, "Down" },
	{ 'j', REQ_MOVE_DOWN, "j" },
	{ KEY_PPAGE, REQ_PAGE_UP, "PgUp" },
	{ CTRL_('b'), REQ_PAGE_UP, "C-b" },
	{ KEY_NPAGE, REQ_PAGE_DOWN, "PgDn" },
	{ CTRL_('f'), REQ_PAGE_DOWN, "C-f" },
	{ KEY_HOME, REQ_HOME, "Home" },
	{ 'g', REQ_HOME, "g" },
	{ KEY_END, REQ_END, "End" },
	{ 'G', REQ_END, "G" },
	{ KEY_LEFT, REQ_LEFT, "Left" },
	{ 'h', REQ_LEFT, "h" },
	{ KEY_RIGHT, REQ_RIGHT, "Right" },
	{ 'l', REQ_RIGHT, "l" },
	{ '\t', REQ_NEXT_PANE, "Tab" },
	{ KEY_BTAB, REQ_PREV_PANE, "S-Tab" },
	{ '\n', REQ_ENTER, "Enter" },
	{ '\r', REQ_ENTER, NULL },
	{ KEY_ENTER, REQ_ENTER, NULL },
	{ 27, REQ_BACK, "Esc" },
	{ KEY_BACKSPACE, REQ_BACK, "Backspace" },
	{ 127, REQ_BACK, NULL },
	{ CTRL_('h'), REQ_BACK, NULL },
	{ 'd', REQ_DESCENDANTS, "d" },
	{ '/', REQ_FILTER, "/" },
	{ KEY_F(4), REQ_FILTER, "F4" },
	{ 's', REQ_SEARCH, "s" },
	{ KEY_F(3), REQ_SEARCH, "F3" },
	{ 'n', REQ_SEARCH_NEXT, "n" },
	{ 'N', REQ_SEARCH_PREV, "N" },
	{ ' ', REQ_MARK, "Space" },
	{ 'M', REQ_MARK_ALL, "M" },
	{ 'U', REQ_UNMARK_ALL, "U" },
	{ 'w', REQ_WRITE, "w" },
	{ KEY_F(2), REQ_WRITE, "F2" },
	{ 'p', REQ_PAUSE, "p" },
	{ 't', REQ_GROUP, "t" },
	{ KEY_F(5), REQ_GROUP, "F5" },
	{ 'z', REQ_ZOOM, "z" },
	{ CTRL_('l'), REQ_REDRAW, "C-l" },
	{ '?', REQ_HELP, "?" },
	{ KEY_F(1), REQ_HELP, "F1" },
	{ 'q', REQ_QUIT, "q" },
	{ KEY_F(10), REQ_QUIT, "F10" },
	{ 0, REQ_NONE, NULL },
};

enum request keymap__lookup(int key)
{
	const struct keybinding *b;

	for (b = bindings; b->req != REQ_NONE; b++)
		if (b->key == key)
			return b->req;
	return REQ_NONE;
}

const struct keybinding *keymap__table(void)
{
	return bindings;
}

const char *keymap__keys(enum request req, char *buf, unsigned len)
{
	const struct keybinding *b;
	size_t n = 0;

	if (len)
		buf[0] = '\0';
	for (b = bindings; b->req != REQ_NONE; b++) {
		if (b->req != req || !b->label)
			continue;
		n += (size_t)snprintf(buf + (n < len ? n : len), n < len ? len - n : 0, "%s%s",
				      n ? ", " : "", b->label);
	}
	return buf;
}
