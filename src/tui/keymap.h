/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: keys -> requests (one table drives the keymap, the help screen and the key bar) */
#ifndef PTCPDUMP_TUI_KEYMAP_H
#define PTCPDUMP_TUI_KEYMAP_H

#include "request.h"

struct keybinding {
	int key;		/* curses key code or character */
	enum request req;
	const char *label;	/* how the help screen writes the key */
};

enum request keymap__lookup(int key);
/* all bindings, ends with { 0, REQ_NONE, NULL } */
const struct keybinding *keymap__table(void);
/* "j, Down" for a request, into buf */
const char *keymap__keys(enum request req, char *buf, unsigned len);

#endif
