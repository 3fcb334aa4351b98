// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the packet list's columns (cols.h) and the column chooser: a screen that
 * lists every column, Space shows or hides the one under the cursor, [ and ] move it
 * left or right (keys from the key map)
 */
#include "cols.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "keymap.h"

static const struct {
	const char *title, *name;
	unsigned seen;		/* MSEEN_* the column needs, 0: always there */
	int on;
} defs[LC_N] = {
	[LC_NO] = { "No.", "packet number", 0, 1 },
	[LC_TIME] = { "Time", "time of day (HH:MM:SS.microseconds)", 0, 1 },
	[LC_REL] = { "Rel", "seconds since the first packet", 0, 0 },
	[LC_DELTA] = { "Delta", "seconds since the packet before", 0, 0 },
	[LC_LEN] = { "Len", "length on the wire", 0, 0 },
	[LC_PROTO] = { "Proto", "protocol", 0, 0 },
	[LC_IFACE] = { "Iface", "interface", MSEEN_IFACE, 1 },
	[LC_DIR] = { "Dir", "direction (In/Out)", MSEEN_DIR, 1 },
	[LC_PROC] = { "Process", "process (name.pid)", MSEEN_PROC, 1 },
	[LC_CONTAINER] = { "Container", "container", MSEEN_CONTAINER, 0 },
	[LC_POD] = { "Pod", "Kubernetes pod", MSEEN_POD, 0 },
};

void lcols__init(struct lcols *c)
{
	int i;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < LC_N; i++) {
		c->order[i] = (unsigned char)i;
		c->on[i] = (unsigned char)defs[i].on;
	}
}

const char *lcols__path(char *buf, size_t len)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg && *xdg)
		snprintf(buf, len, "%s/ptcpdump-top/columns", xdg);
	else if (home && *home)
		snprintf(buf, len, "%s/.config/ptcpdump-top/columns", home);
	else
		return NULL;
	return buf;
}

int lcols__load(struct lcols *c, const char *path, char *err, size_t errlen)
{
	struct lcols n;
	char line[128], title[32], state[8], extra[4];
	FILE *f = fopen(path, "r");
	int lineno = 0, k = 0, i, got;
	unsigned char seen[LC_N] = { 0 };

	if (!f) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -EINVAL;
	}
	lcols__init(&n);
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		got = sscanf(line, "%31s %7s %3s", title, state, extra);
		for (i = 0; got == 2 && i < LC_N && strcmp(defs[i].title, title); i++)
			;
		if (got != 2 || i == LC_N || seen[i] || (strcmp(state, "on") && strcmp(state, "off"))) {
			snprintf(err, errlen, "%s:%d: expected a column (No. Time Rel ...) and on/off, "
				 "each column once; the default columns are used", path, lineno);
			fclose(f);
			return -EINVAL;
		}
		seen[i] = 1;
		n.order[k++] = (unsigned char)i;
		n.on[i] = !strcmp(state, "on");
	}
	fclose(f);
	if (k != LC_N) {
		snprintf(err, errlen, "%s: %d of the %d columns; the default columns are used", path,
			 k, LC_N);
		return -EINVAL;
	}
	n.sel = c->sel;
	*c = n;
	return 0;
}

int lcols__save(const struct lcols *c, const char *path)
{
	char tmp[4200], dir[4200], *s;
	FILE *f;
	int i, err = 0;

	/* the directory, and its parent (~/.config) when missing */
	snprintf(dir, sizeof(dir), "%s", path);
	s = strrchr(dir, '/');
	if (s) {
		*s = '\0';
		if (mkdir(dir, 0700) < 0 && errno == ENOENT) {
			char *up = strrchr(dir, '/');

			if (up) {
				*up = '\0';
				mkdir(dir, 0700);
				*up = '/';
			}
			mkdir(dir, 0700);
		}
	}
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, (int)getpid());
	f = fopen(tmp, "w");
	if (!f)
		return -errno;
	fprintf(f, "# ptcpdump-top: the packet list's columns, left to right (the chooser, c)\n");
	for (i = 0; i < LC_N; i++)
		fprintf(f, "%s %s\n", defs[c->order[i]].title, c->on[c->order[i]] ? "on" : "off");
	if (fflush(f) != 0 || fsync(fileno(f)) < 0)
		err = -errno;
	if (fclose(f) != 0 && !err)
		err = -errno;
	if (!err && rename(tmp, path) < 0)
		err = -errno;
	if (err)
		unlink(tmp);
	return err;
}

const char *lcols__title(enum lcol c)
{
	return c < LC_N ? defs[c].title : "";
}

const char *lcols__name(enum lcol c)
{
	return c < LC_N ? defs[c].name : "";
}

int lcols__shown(const struct app *a, enum lcol c)
{
	return c < LC_N && a->lcols.on[c] && (!defs[c].seen || (model__seen(a->m) & defs[c].seen));
}

int view_cols__open(struct app *a)
{
	a->choosing = 1;
	return RE_REDRAW;
}

int view_cols__request(struct app *a, enum request req)
{
	struct lcols *c = &a->lcols;
	long sel = c->sel;
	unsigned char t;

	switch (req) {
	case REQ_BACK:
	case REQ_QUIT:
	case REQ_COLUMNS: {
		char path[4096];
		int e;

		a->choosing = 0;
		/* the choice is kept for the next runs */
		if (lcols__path(path, sizeof(path)) && (e = lcols__save(c, path)) < 0)
			app__set_msg(a, 1, "columns not kept: %s: %s", path, strerror(-e));
		return RE_REDRAW;
	}
	case REQ_MARK:
		c->on[c->order[sel]] = !c->on[c->order[sel]];
		return RE_REDRAW;
	case REQ_COL_LEFT:
	case REQ_COL_RIGHT: {
		long to = sel + (req == REQ_COL_LEFT ? -1 : 1);

		if (to < 0 || to >= LC_N)
			return RE_REDRAW;
		t = c->order[to];
		c->order[to] = c->order[sel];
		c->order[sel] = t;
		c->sel = (int)to;
		return RE_REDRAW;
	}
	case REQ_REDRAW:
		draw__touch();
		return RE_REDRAW;
	default:
		break;
	}
	if (view__move(req, &sel, LC_N, LC_N))
		c->sel = (int)sel;
	return RE_REDRAW;
}

void view_cols__draw(struct app *a)
{
	const struct lcols *c = &a->lcols;
	char k1[16], k2[16], k3[16], k4[16], buf[256];
	int i, y;

	snprintf(buf, sizeof(buf), " Columns of the packet list (%s: show/hide, %s %s: move, %s: back)",
		 keymap__bar_key(a->km, REQ_MARK, k1, sizeof(k1)),
		 keymap__bar_key(a->km, REQ_COL_LEFT, k2, sizeof(k2)),
		 keymap__bar_key(a->km, REQ_COL_RIGHT, k3, sizeof(k3)),
		 keymap__bar_key(a->km, REQ_BACK, k4, sizeof(k4)));
	draw__fill(&a->d, 0, 0, a->cols, R_HEADER_FOCUS);
	draw__str(&a->d, 0, 0, a->cols, buf, R_HEADER_FOCUS);
	for (i = 0, y = 2; i < LC_N && y < a->rows - 1; i++, y++) {
		enum lcol col = (enum lcol)c->order[i];
		int empty = c->on[col] && !lcols__shown(a, col);

		snprintf(buf, sizeof(buf), "  [%c] %-10s %s%s", c->on[col] ? 'x' : ' ',
			 lcols__title(col), lcols__name(col),
			 empty ? "  (empty in every packet so far: not shown)" : "");
		draw__str(&a->d, y, 0, a->cols, buf, empty ? R_DIM : R_NORMAL);
		if (i == c->sel)
			draw__recolor(&a->d, y, 0, a->cols, R_SEL);
	}
	if (y < a->rows - 1)
		draw__str(&a->d, y, 0, a->cols, "  [x] Info       the rest of the width, always last",
			  R_DIM);
}
