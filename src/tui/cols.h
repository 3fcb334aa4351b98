/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the packet list's columns: which are on, in what order (the column
 * chooser, view_cols.c, changes them; view_list.c draws them). Info is always
 * last and takes the width that is left. A column whose field no packet had
 * (model__seen: a plain pcap has no interface names, directions or
 * processes) is not drawn even when on.
 */
#ifndef PTCPDUMP_TUI_COLS_H
#define PTCPDUMP_TUI_COLS_H

#include <stddef.h>

#include "request.h"

enum lcol {
	LC_NO = 0,
	LC_TIME,	/* absolute, HH:MM:SS.uuuuuu */
	LC_REL,		/* seconds since the first packet */
	LC_DELTA,	/* seconds since the packet before */
	LC_LEN,		/* length on the wire */
	LC_PROTO,	/* protocol class */
	LC_IFACE,
	LC_DIR,
	LC_PROC,
	LC_CONTAINER,
	LC_POD,
	LC_N,
};

struct lcols {
	unsigned char order[LC_N];	/* enum lcol, left to right */
	unsigned char on[LC_N];		/* by enum lcol */
	int sel;			/* the chooser's cursor (index in order) */
};

struct app;

/* the default columns: No., Time, Iface, Dir, Process */
void lcols__init(struct lcols *c);
/*
 * The choice kept across runs: "$XDG_CONFIG_HOME/ptcpdump-top/columns" (or
 * ~/.config/...), a line per column left to right, "TITLE on|off". Load:
 * 0 (also when there is no file), or -EINVAL with a one-line message in err
 * and c unchanged. Save: written to a temporary file and renamed over (the
 * directory made when missing); 0 or -errno.
 */
const char *lcols__path(char *buf, size_t len);
int lcols__load(struct lcols *c, const char *path, char *err, size_t errlen);
int lcols__save(const struct lcols *c, const char *path);
/* the column's title, and its name in the chooser */
const char *lcols__title(enum lcol c);
const char *lcols__name(enum lcol c);
/* on, and not empty for every packet so far */
int lcols__shown(const struct app *a, enum lcol c);

/* the column chooser on the whole screen (app.c routes keys to it while open) */
int view_cols__open(struct app *a);
int view_cols__request(struct app *a, enum request req);
void view_cols__draw(struct app *a);

#endif
