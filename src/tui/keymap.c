// SPDX-License-Identifier: GPL-2.0
/* \summary: the key map: defaults plus a user file; the help screen is generated from it */
#include "keymap.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"

#define KEYMAP_MAX 256

const struct req_info req_info[] = {
#define REQ_INFO_(name, cfg, help) { REQ_##name, cfg, help },
	REQ_LIST(REQ_INFO_)
#undef REQ_INFO_
	{ REQ_NONE, NULL, NULL },
};

struct keymap {
	struct keybinding b[KEYMAP_MAX];
	size_t n;
};

/* hidden: an alias the help does not list; bar: the key the key bar shows */
static const struct {
	const char *key;
	enum request req;
	int hidden, bar;
} defaults[] = {
	{ "Up", REQ_MOVE_UP, 0, 0 },		{ "k", REQ_MOVE_UP, 0, 0 },
	{ "Down", REQ_MOVE_DOWN, 0, 0 },	{ "j", REQ_MOVE_DOWN, 0, 0 },
	{ "PgUp", REQ_PAGE_UP, 0, 0 },		{ "C-b", REQ_PAGE_UP, 0, 0 },
	{ "PgDn", REQ_PAGE_DOWN, 0, 0 },	{ "C-f", REQ_PAGE_DOWN, 0, 0 },
	{ "Home", REQ_HOME, 0, 0 },		{ "g", REQ_HOME, 0, 0 },
	{ "End", REQ_END, 0, 0 },		{ "G", REQ_END, 0, 0 },
	{ "Left", REQ_LEFT, 0, 0 },		{ "h", REQ_LEFT, 0, 0 },
	{ "Right", REQ_RIGHT, 0, 0 },		{ "l", REQ_RIGHT, 0, 0 },
	{ "Tab", REQ_NEXT_PANE, 0, 1 },		{ "S-Tab", REQ_PREV_PANE, 0, 0 },
	{ "Enter", REQ_ENTER, 0, 0 },		{ "C-m", REQ_ENTER, 1, 0 },
	{ "KP-Enter", REQ_ENTER, 1, 0 },
	{ "Esc", REQ_BACK, 0, 0 },		{ "Backspace", REQ_BACK, 0, 0 },
	{ "DEL", REQ_BACK, 1, 0 },		{ "C-h", REQ_BACK, 1, 0 },
	{ "d", REQ_DESCENDANTS, 0, 0 },
	{ "/", REQ_FILTER, 0, 1 },		{ "F4", REQ_FILTER, 0, 0 },
	{ "s", REQ_SEARCH, 0, 1 },		{ "F3", REQ_SEARCH, 0, 0 },
	{ "n", REQ_SEARCH_NEXT, 0, 0 },		{ "N", REQ_SEARCH_PREV, 0, 0 },
	{ "Space", REQ_MARK, 0, 1 },		{ "M", REQ_MARK_ALL, 0, 0 },
	{ "U", REQ_UNMARK_ALL, 0, 0 },
	{ "f", REQ_FOLLOW, 0, 0 },		{ "H", REQ_STREAM_HEX, 0, 0 },
	{ "c", REQ_COLUMNS, 0, 0 },		{ "[", REQ_COL_LEFT, 0, 0 },
	{ "]", REQ_COL_RIGHT, 0, 0 },
	{ "y", REQ_COPY, 0, 0 },
	{ "w", REQ_WRITE, 0, 1 },		{ "F2", REQ_WRITE, 0, 0 },
	{ "p", REQ_PAUSE, 0, 1 },
	{ "t", REQ_GROUP, 0, 1 },		{ "F5", REQ_GROUP, 0, 0 },
	{ ">", REQ_SORT_NEXT, 0, 0 },		{ "F6", REQ_SORT_NEXT, 0, 0 },
	{ "<", REQ_SORT_PREV, 0, 0 },		{ "I", REQ_SORT_INVERT, 0, 0 },
	{ "+", REQ_UNFOLD, 0, 0 },		{ "-", REQ_FOLD, 0, 0 },
	{ "x", REQ_HIDE_EXITED, 0, 0 },
	{ "r", REQ_GRAPH, 0, 0 },
	{ "z", REQ_ZOOM, 0, 0 },
	{ "C-l", REQ_REDRAW, 0, 0 },
	{ "?", REQ_HELP, 0, 0 },		{ "F1", REQ_HELP, 0, 1 },
	{ "q", REQ_QUIT, 0, 1 },		{ "F10", REQ_QUIT, 0, 0 },
};

enum request request__by_name(const char *name)
{
	size_t i;

	for (i = 0; req_info[i].name; i++)
		if (!strcmp(req_info[i].name, name))
			return req_info[i].req;
	return REQ_NONE;
}

static int bind(struct keymap *km, const char *keyname, enum request req, int hidden, int bar,
		int user)
{
	int code = draw__keycode(keyname);
	size_t i;

	if (code < 0)
		return -EINVAL;
	for (i = 0; i < km->n; i++)
		if (km->b[i].key == code)
			break;
	if (i == km->n) {
		if (km->n == KEYMAP_MAX)
			return -ENOSPC;
		km->n++;
	}
	km->b[i].key = code;
	km->b[i].req = req;
	km->b[i].bar = (unsigned char)bar;
	km->b[i].user = (unsigned char)user;
	snprintf(km->b[i].label, sizeof(km->b[i].label), "%s", hidden ? "" : keyname);
	return 0;
}

struct keymap *keymap__new(void)
{
	struct keymap *km = calloc(1, sizeof(*km));
	size_t i;

	if (!km)
		return NULL;
	for (i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++)
		if (bind(km, defaults[i].key, defaults[i].req, defaults[i].hidden, defaults[i].bar,
			 0) < 0)
			continue;
	return km;
}

void keymap__free(struct keymap *km)
{
	free(km);
}

int keymap__load(struct keymap *km, const char *path, char *err, size_t errlen)
{
	char line[256], key[64], req[64], extra[8];
	FILE *f = fopen(path, "r");
	int lineno = 0, added = 0, n;
	enum request r;

	if (!f)
		return errno == ENOENT ? 0 : (snprintf(err, errlen, "%s: %s", path, strerror(errno)),
					      -EINVAL);
	while (fgets(line, sizeof(line), f)) {
		char *p = line;

		lineno++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#' || *p == '\n' || !*p)
			continue;
		n = sscanf(p, "bind %63s %63s %7s", key, req, extra);
		if (n != 2) {
			snprintf(err, errlen, "%s:%d: expected 'bind KEY REQUEST'", path, lineno);
			fclose(f);
			return -EINVAL;
		}
		r = request__by_name(req);
		if (r == REQ_NONE) {
			snprintf(err, errlen, "%s:%d: unknown request '%s'", path, lineno, req);
			fclose(f);
			return -EINVAL;
		}
		if (bind(km, key, r, 0, 0, 1) < 0) {
			snprintf(err, errlen, "%s:%d: unknown key '%s'", path, lineno, key);
			fclose(f);
			return -EINVAL;
		}
		added++;
	}
	fclose(f);
	return added;
}

enum request keymap__lookup(const struct keymap *km, int key)
{
	size_t i;

	for (i = 0; i < km->n; i++)
		if (km->b[i].key == key)
			return km->b[i].req;
	return REQ_NONE;
}

const char *keymap__keys(const struct keymap *km, enum request req, char *buf, size_t len)
{
	size_t i, n = 0;

	if (len)
		buf[0] = '\0';
	for (i = 0; i < km->n; i++) {
		int w;

		if (km->b[i].req != req || !km->b[i].label[0] || n >= len)
			continue;
		w = snprintf(buf + n, len - n, "%s%s", n ? ", " : "", km->b[i].label);
		if (w > 0)
			n += (size_t)w;
	}
	return buf;
}

const char *keymap__bar_key(const struct keymap *km, enum request req, char *buf, size_t len)
{
	const struct keybinding *pick = NULL, *user = NULL, *bar = NULL;
	size_t i;

	for (i = 0; i < km->n; i++) {
		const struct keybinding *b = &km->b[i];

		if (b->req != req || !b->label[0])
			continue;
		if (b->user)
			user = b;	/* the latest line of the file */
		else if (b->bar && !bar)
			bar = b;
		else if (!pick)
			pick = b;
	}
	pick = user ? user : bar ? bar : pick;
	snprintf(buf, len, "%s", !pick ? "" : strcmp(pick->label, "Space") ? pick->label : "Spc");
	return buf;
}
