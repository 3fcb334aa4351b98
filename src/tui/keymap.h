/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: keys -> requests; one table drives the key map, the help screen and the key bar
 *
 * Defaults, then an optional user file (tig's "bind" lines):
 *   # comment
 *   bind KEY REQUEST      e.g.  bind x quit   bind C-s search   bind F9 write
 * KEY is a name draw__keycode() knows; REQUEST is a name from request.h.
 * A later binding of the same key wins.
 */
#ifndef PTCPDUMP_TUI_KEYMAP_H
#define PTCPDUMP_TUI_KEYMAP_H

#include <stddef.h>

#include "request.h"

struct keymap;

struct keybinding {
	int key;		/* key code (draw__keycode) */
	enum request req;
	char label[16];		/* how the help screen writes the key; "" hides it */
	unsigned char bar;	/* the default key the key bar shows for req */
	unsigned char user;	/* bound by the user's file */
};

/* The default bindings. Caller owns; NULL on ENOMEM. Call after draw__start(). */
struct keymap *keymap__new(void);
void keymap__free(struct keymap *km);
/* Read bind lines from path. Returns the bindings added, 0 when the file does
 * not exist, or -EINVAL with "path:line: message" in err. */
int keymap__load(struct keymap *km, const char *path, char *err, size_t errlen);
enum request keymap__lookup(const struct keymap *km, int key);
/* "j, Down" for a request, into buf */
const char *keymap__keys(const struct keymap *km, enum request req, char *buf, size_t len);
/* The one key the key bar shows for a request: the user's latest binding, else
 * the default marked for the bar, else any shown binding ("Space" as "Spc").
 * "" when no key reaches the request. */
const char *keymap__bar_key(const struct keymap *km, enum request req, char *buf, size_t len);
/* request by its config name, REQ_NONE if unknown */
enum request request__by_name(const char *name);

#endif
