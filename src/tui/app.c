// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ptcpdump-top: options, the main loop (poll stdin + queue eventfd + timer),
 * requests -> reaction flags -> redraw, and terminal restore on every exit path
 */
#include "app.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/queue.h"
#include "app_int.h"
#include "batch.h"
#include "copy.h"
#include "keymap.h"
#include "view_stream.h"

#define QUEUE_BATCHES 512
#define DRAW_INTERVAL_NS 50000000ull
#define WORK_NS 4000000ull		/* a step of a filter run between keys */
#define DRAIN_NS 3000000ull		/* a step of ingesting the capture's batches */

static volatile sig_atomic_t got_signal;

/*
 * While the screen is on, stderr is a pipe: what the capture layer (or a
 * library) writes there would scribble over the screen and be hidden by the
 * alternate screen. Its lines become warnings on the screen, and are written
 * to the real stderr when the program ends.
 */
static int err_pipe = -1, err_saved = -1;

static void catch_stderr(void)
{
	int p[2];

	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0)
		return;
	err_saved = fcntl(2, F_DUPFD_CLOEXEC, 3);
	if (err_saved < 0 || dup2(p[1], 2) < 0) {
		if (err_saved >= 0)
			close(err_saved);
		err_saved = -1;
		close(p[0]);
		close(p[1]);
		return;
	}
	close(p[1]);
	err_pipe = p[0];
}

/* the real stderr back, with what is left in the pipe (async-signal-safe) */
static void release_stderr(void)
{
	char buf[4096];
	ssize_t n;

	if (err_saved < 0)
		return;
	dup2(err_saved, 2);
	close(err_saved);
	err_saved = -1;
	while ((n = read(err_pipe, buf, sizeof(buf))) > 0)
		if (write(2, buf, (size_t)n) < 0)
			break;
}

/* ---- terminal restore -------------------------------------------------- */

static void restore_terminal(void)
{
	draw__stop();
	release_stderr();
}

static void on_term(int sig)
{
	got_signal = sig;
}

static void on_fatal(int sig)
{
	/* not async-signal-safe, but the process is going down anyway (htop does
	 * the same): a usable terminal matters more */
	restore_terminal();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_signals(void)
{
	struct sigaction sa;
	static const int term[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(term) / sizeof(term[0]); i++)
		sigaction(term[i], &sa, NULL);
	sa.sa_handler = on_fatal;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		sigaction(fatal[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* ---- helpers for the views -------------------------------------------- */

const struct prow *app__selected_row(const struct app *a)
{
	long s = a->pane[PANE_PROCS].sel;

	return s >= 0 ? model__row(a->m, (size_t)s) : NULL;
}

int app__copy(struct app *a, const char *what, const char *s, size_t n)
{
	int e1, e2;

	if (!n) {
		app__set_msg(a, 1, "nothing to copy here");
		return RE_REDRAW;
	}
	/* the screen is flushed: the sequence goes between two updates */
	e1 = copy__osc52(1, s, n);
	e2 = copy__append(a->copy_path, s, n);
	if (e2 < 0)
		app__set_msg(a, 1, "copied %s (%zu bytes) to the clipboard; %s: %s", what, n,
			     a->copy_path, strerror(-e2));
	else if (e1 < 0)
		app__set_msg(a, 1, "copied %s (%zu bytes) to %s; the terminal: %s", what, n,
			     a->copy_path, strerror(-e1));
	else
		app__set_msg(a, 0, "copied %s (%zu bytes) to the clipboard and %s", what, n,
			     a->copy_path);
	return RE_REDRAW;
}

/* before a redraw: the views that keep derived state bring it up to date */
static void refresh_views(struct app *a)
{
	int i;

	for (i = 0; i < PANE_N; i++)
		if (a->pane[i].ops->refresh)
			a->pane[i].ops->refresh(a, &a->pane[i]);
}

/* ---- prompt ------------------------------------------------------------ */

static void open_prompt(struct app *a, enum prompt_kind k)
{
	struct le_history *h = k == PROMPT_FILTER ? &a->hist_filter
			       : k == PROMPT_SEARCH ? &a->hist_search
						    : &a->hist_write;
	char def[128];

	a->prompt = k;
	if (k == PROMPT_FILTER) {
		lineedit__init(&a->le, model__filter(a->m), h);
	} else if (k == PROMPT_SEARCH) {
		lineedit__init(&a->le, a->search, h);
	} else {
		time_t t = time(NULL);
		struct tm tm;
		struct model_stats st;

		localtime_r(&t, &tm);
		strftime(def, sizeof(def), "ptcpdump-top-%Y%m%d-%H%M%S.pcapng", &tm);
		lineedit__init(&a->le, def, h);
		model__stats(a->m, &st);
		app__set_msg(a, 0, "Writing %s (Enter: write, Esc: cancel)",
			     st.marked ? "the marked packets" : "every shown packet");
	}
}

/* what a search said: found (nothing to say), not found, still looking */
static void search_msg(struct app *a, int r)
{
	if (r == -EINPROGRESS)
		app__set_msg(a, 0, "searching: %s", a->search);
	else if (r < 0)
		app__set_msg(a, 1, "not found: %s", a->search);
	else if (!strncmp(a->msg, "searching: ", 11))
		a->msg[0] = '\0';
}

static int prompt_accept(struct app *a)
{
	char err[512];
	int errpos;
	long n;

	switch (a->prompt) {
	case PROMPT_FILTER:
		if (model__set_filter(a->m, a->le.buf, err, sizeof(err), &errpos) < 0) {
			if (errpos >= 0 && (size_t)errpos <= a->le.len) {
				/* the word is highlighted; the cursor stays at the end, so
				 * C-u still clears the whole line */
				a->err_off = (size_t)errpos;
				a->err_len = strcspn(a->le.buf + errpos, " \t()");
				if (!a->err_len)
					a->err_len = errpos < (int)a->le.len ? 1 : 0;
				app__set_msg(a, 1, "filter error at column %d: %s (filter unchanged)",
					     errpos + 1, err);
			} else {
				app__set_msg(a, 1, "filter error: %s (filter unchanged)", err);
			}
			return RE_REDRAW;
		}
		le_history__add(&a->hist_filter, a->le.buf);
		app__set_msg(a, 0, "%zu of %llu packets match", model__n_shown(a->m),
			     (unsigned long long)(model__end_seq(a->m) - model__first_seq(a->m)));
		break;
	case PROMPT_SEARCH:
		snprintf(a->search, sizeof(a->search), "%s", a->le.buf);
		le_history__add(&a->hist_search, a->le.buf);
		search_msg(a, model__search(a->m, a->search, 0));
		break;
	case PROMPT_WRITE:
		if (!a->le.len)
			return RE_REDRAW;
		/* an existing file: a second Enter on the same name overwrites it */
		if (access(a->le.buf, F_OK) == 0 && strcmp(a->confirm, a->le.buf)) {
			snprintf(a->confirm, sizeof(a->confirm), "%s", a->le.buf);
			app__set_msg(a, 1, "%s exists: Enter again to overwrite, Esc to cancel",
				     a->le.buf);
			return RE_REDRAW;
		}
		a->confirm[0] = '\0';
		le_history__add(&a->hist_write, a->le.buf);
		n = model__save(a->m, a->le.buf, err, sizeof(err));
		if (n < 0)
			app__set_msg(a, 1, "write failed: %s", err);
		else
			app__set_msg(a, 0, "wrote %ld packets to %s", n, a->le.buf);
		break;
	default:
		break;
	}
	a->prompt = PROMPT_NONE;
	return RE_REDRAW | RE_DECODE;
}

static const struct {
	const char *name;
	enum le_op op;
} prompt_keys[] = {
	{ "Left", LE_LEFT }, { "Right", LE_RIGHT }, { "Home", LE_HOME }, { "End", LE_END },
	{ "Delete", LE_DELETE }, { "Up", LE_HIST_PREV }, { "Down", LE_HIST_NEXT },
};

static int prompt_key(struct app *a, int ch)
{
	size_t i;

	if (a->prompt != PROMPT_WRITE)
		a->msg[0] = '\0';
	a->err_len = 0;
	switch (ch) {
	case 27:
		a->prompt = PROMPT_NONE;
		a->msg[0] = '\0';
		a->confirm[0] = '\0';
		return RE_REDRAW;
	case 2: lineedit__op(&a->le, LE_LEFT); return RE_REDRAW;		/* C-b */
	case 6: lineedit__op(&a->le, LE_RIGHT); return RE_REDRAW;		/* C-f */
	case 1: lineedit__op(&a->le, LE_HOME); return RE_REDRAW;		/* C-a */
	case 5: lineedit__op(&a->le, LE_END); return RE_REDRAW;		/* C-e */
	case 4: lineedit__op(&a->le, LE_DELETE); return RE_REDRAW;		/* C-d */
	case 21: lineedit__op(&a->le, LE_KILL_START); return RE_REDRAW;	/* C-u */
	case 23: lineedit__op(&a->le, LE_KILL_WORD); return RE_REDRAW;	/* C-w */
	case 11: lineedit__op(&a->le, LE_KILL_END); return RE_REDRAW;	/* C-k */
	case 16: lineedit__op(&a->le, LE_HIST_PREV); return RE_REDRAW;	/* C-p */
	case 14: lineedit__op(&a->le, LE_HIST_NEXT); return RE_REDRAW;	/* C-n */
	default:
		if (draw__key_is_enter(ch))
			return prompt_accept(a);
		if (draw__key_is_backspace(ch)) {
			lineedit__op(&a->le, LE_BACKSPACE);
			return RE_REDRAW;
		}
		for (i = 0; i < sizeof(prompt_keys) / sizeof(prompt_keys[0]); i++)
			if (ch == draw__keycode(prompt_keys[i].name)) {
				lineedit__op(&a->le, prompt_keys[i].op);
				return RE_REDRAW;
			}
		if (ch >= 0x20 && ch <= 0xff && ch != 0x7f) {
			char c = (char)ch;

			lineedit__insert(&a->le, &c, 1);
		}
		break;
	}
	return RE_REDRAW;
}

/* ---- keys and mouse ---------------------------------------------------- */

static int pane_at(const struct app *a, int y, int x)
{
	int i;

	for (i = 0; i < PANE_N; i++) {
		const struct pane *p = &a->pane[i];

		if (p->h > 0 && y >= p->y && y < p->y + p->h && x >= p->x && x < p->x + p->w)
			return i;
	}
	return -1;
}

static int handle_mouse(struct app *a)
{
	int y, x, i;
	enum draw_mouse_kind k = draw__mouse(&y, &x);
	struct pane *p;

	if (k == DM_NONE)
		return RE_NONE;
	i = pane_at(a, y, x);
	if (i < 0)
		return RE_NONE;
	p = &a->pane[i];
	if (k == DM_WHEEL_UP)
		return p->ops->wheel(a, p, -3);
	if (k == DM_WHEEL_DOWN)
		return p->ops->wheel(a, p, 3);
	a->focus = i;
	if (y > p->y)
		return p->ops->click(a, p, y - p->y - 1) | RE_REDRAW;
	return RE_REDRAW;
}

static int next_visible_pane(const struct app *a, int from, int dir)
{
	int i, k = from;

	for (i = 0; i < PANE_N; i++) {
		k = (k + dir + PANE_N) % PANE_N;
		if (k == PANE_GRAPH ? a->graph : a->graph && (k == PANE_TREE || k == PANE_HEX) ? 0
		    : a->pane[k].h > 0 || a->zoom)
			return k;
	}
	return from;
}

static int handle_request(struct app *a, enum request req)
{
	struct pane *p = &a->pane[a->focus];
	int re;

	switch (req) {
	case REQ_QUIT:
		return RE_QUIT;
	case REQ_HELP:
		a->help = 1;
		a->help_top = 0;
		return RE_REDRAW;
	case REQ_NEXT_PANE:
	case REQ_PREV_PANE:
		a->focus = next_visible_pane(a, a->focus, req == REQ_NEXT_PANE ? 1 : -1);
		if (a->zoom)
			app_layout(a);
		return RE_REDRAW;
	case REQ_FILTER:
		open_prompt(a, PROMPT_FILTER);
		return RE_REDRAW;
	case REQ_SEARCH:
		open_prompt(a, PROMPT_SEARCH);
		return RE_REDRAW;
	case REQ_SEARCH_NEXT:
	case REQ_SEARCH_PREV:
		if (!a->search[0]) {
			open_prompt(a, PROMPT_SEARCH);
			return RE_REDRAW;
		}
		search_msg(a, model__search(a->m, a->search, req == REQ_SEARCH_PREV));
		return RE_REDRAW | RE_DECODE;
	case REQ_COLUMNS:
		return view_cols__open(a);
	case REQ_FOLLOW:
		return view_stream__open(a);
	case REQ_WRITE:
		open_prompt(a, PROMPT_WRITE);
		return RE_REDRAW;
	case REQ_PAUSE:
		model__set_paused(a->m, !model__paused(a->m));
		app__set_msg(a, 0, model__paused(a->m) ? "paused: packets are kept, the view stands still"
						       : "resumed");
		return RE_REDRAW | RE_ROWS | RE_DECODE;
	case REQ_GROUP:
		/* the selected process stays selected in the new grouping */
		a->group = (enum group_mode)((a->group + 1) % GROUP_N);
		return RE_REDRAW | RE_ROWS;
	case REQ_SORT_NEXT:
	case REQ_SORT_PREV:
	case REQ_SORT_INVERT: {
		int desc;
		enum proc_sort k = model__sort(a->m, a->group, &desc);

		if (req == REQ_SORT_INVERT) {
			desc = !desc;
		} else {
			k = (enum proc_sort)((k + (req == REQ_SORT_NEXT ? 1 : PSORT_N - 1)) % PSORT_N);
			/* like htop: numbers largest first, PID and NAME in order */
			desc = k >= PSORT_PKTS;
		}
		model__set_sort(a->m, k, desc);
		app__set_msg(a, 0, "processes sorted by %s, %s", model__sort_name(k),
			     desc ? "descending" : "ascending");
		return RE_REDRAW | RE_ROWS;
	}
	case REQ_FOLD:
	case REQ_UNFOLD: {
		const struct prow *r = app__selected_row(a);

		if (a->group != GROUP_TREE) {
			app__set_msg(a, 1, "folding is for the process tree (t)");
			return RE_REDRAW;
		}
		if (!r || r->kind != PROW_PROC || !r->has_children)
			return RE_NONE;
		model__set_folded(a->m, r->node, req == REQ_FOLD);
		return RE_REDRAW | RE_ROWS;
	}
	case REQ_HIDE_EXITED:
		model__set_hide_exited(a->m, !model__hide_exited(a->m));
		if (model__hide_exited(a->m))
			app__set_msg(a, 0, "exited processes hidden");
		else
			app__set_msg(a, 0, "exited processes shown until %llu s after their last packet",
				     (unsigned long long)(MODEL_EXITED_LINGER_NS / 1000000000ull));
		return RE_REDRAW | RE_ROWS;
	case REQ_DESCENDANTS:
		a->with_desc = !a->with_desc;
		/* an open drill-down of a process changes with it */
		model__drill_set_desc(a->m, a->with_desc);
		app__set_msg(a, 0, "drill-down and marking %s child processes",
			     a->with_desc ? "include" : "exclude");
		return RE_REDRAW | RE_DECODE;
	case REQ_MARK_ALL:
		model__mark_shown(a->m, 1);
		return RE_REDRAW;
	case REQ_UNMARK_ALL:
		model__clear_marks(a->m);
		return RE_REDRAW;
	case REQ_GRAPH:
		a->graph = !a->graph;
		if (a->graph && (a->focus == PANE_TREE || a->focus == PANE_HEX))
			a->focus = PANE_GRAPH;
		else if (!a->graph && a->focus == PANE_GRAPH)
			a->focus = PANE_LIST;
		app_layout(a);
		return RE_REDRAW;
	case REQ_ZOOM:
		a->zoom = !a->zoom;
		app_layout(a);
		return RE_REDRAW;
	case REQ_REDRAW:
		draw__touch();
		return RE_REDRAW;
	case REQ_BACK:
		if (model__drill_pop(a->m) == 0) {
			app__set_msg(a, 0, "%s", model__drill_depth(a->m) ? model__drill_label(a->m)
									  : "showing all packets");
			return RE_REDRAW | RE_DECODE;
		}
		if (a->zoom) {
			a->zoom = 0;
			app_layout(a);
		}
		return RE_REDRAW;
	default:
		break;
	}
	re = p->ops->request(a, p, req);
	return re & RE_IGNORED ? RE_NONE : re;
}

static int handle_key(struct app *a, int ch)
{
	enum request req;

	if (draw__key_is_resize(ch)) {
		app_layout(a);
		return RE_REDRAW;
	}
	if (a->prompt)
		return prompt_key(a, ch);
	if (a->help) {
		long max = (long)app_help_lines(a), page = a->rows > 3 ? a->rows - 2 : 1;
		long top = (long)a->help_top;

		/* the first line shown moves; the last page is as far as it goes */
		if (view__move(keymap__lookup(a->km, ch), &top, max > page ? max - page + 1 : 1, page))
			a->help_top = (size_t)top;
		else
			a->help = 0;
		return RE_REDRAW;
	}
	a->msg[0] = '\0';
	if (a->choosing)
		return draw__key_is_mouse(ch) ? RE_NONE
					      : view_cols__request(a, keymap__lookup(a->km, ch));
	if (a->stream)
		return draw__key_is_mouse(ch) ? RE_NONE
					      : view_stream__request(a, keymap__lookup(a->km, ch));
	if (draw__key_is_mouse(ch))
		return handle_mouse(a);
	req = keymap__lookup(a->km, ch);
	if (req == REQ_NONE)
		return RE_NONE;
	return handle_request(a, req);
}

/* ---- main loop --------------------------------------------------------- */

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t wall_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void check_exited(struct app *a)
{
	size_t i, n = model__n_nodes(a->m);

	for (i = 0; i < n; i++) {
		const struct mnode *nd = model__node(a->m, (int)i);

		if (!nd->exited && nd->pkts && kill(nd->pid, 0) < 0 && errno == ESRCH)
			model__set_exited(a->m, nd->pid, 1);
	}
}

void app__warn(struct app *a, const char *line)
{
	size_t n = strcspn(line, "\n");

	if (!n)
		return;
	if (a->n_warn == APP_WARNINGS) {
		memmove(a->warn[0], a->warn[1], sizeof(a->warn[0]) * (APP_WARNINGS - 1));
		a->n_warn--;
	}
	snprintf(a->warn[a->n_warn++], sizeof(a->warn[0]), "%.*s", (int)n, line);
	a->total_warn++;
	app__set_msg(a, 1, "%.*s", (int)n, line);
}

/* lines written to stderr while the screen is on */
static void read_stderr(struct app *a)
{
	static char line[1024];
	static size_t len;
	char buf[4096];
	ssize_t n;

	while ((n = read(err_pipe, buf, sizeof(buf))) > 0) {
		ssize_t i;

		for (i = 0; i < n; i++) {
			if (buf[i] == '\n' || len == sizeof(line) - 1) {
				line[len] = '\0';
				app__warn(a, line);
				len = 0;
				if (buf[i] == '\n')
					continue;
			}
			line[len++] = buf[i];
		}
	}
}

/*
 * Ingest the capture's batches for at most DRAIN_NS, so that a key pressed
 * during a burst waits for one step, not for the whole backlog.
 * Bit 1: something was ingested; bit 2: batches are left for the next step.
 */
static int drain_queue(struct app *a, struct queue *q)
{
	uint64_t end = mono_ns() + DRAIN_NS;
	struct batch *b;
	int r = 0;

	queue__ack(q);
	while ((b = queue__pop(q))) {
		model__ingest(a->m, b);
		r = 1;
		if (mono_ns() >= end)
			return queue__len(q) ? 3 : 1;
	}
	return r;
}

/* $PTOP_KEYS, else $XDG_CONFIG_HOME or ~/.config + /ptcpdump-top/keys */
static void load_keys(struct app *a)
{
	const char *env = getenv("PTOP_KEYS"), *xdg = getenv("XDG_CONFIG_HOME"),
		   *home = getenv("HOME");
	char path[4096], err[512];
	int n;

	if (env && *env)
		snprintf(path, sizeof(path), "%s", env);
	else if (xdg && *xdg)
		snprintf(path, sizeof(path), "%s/ptcpdump-top/keys", xdg);
	else if (home && *home)
		snprintf(path, sizeof(path), "%s/.config/ptcpdump-top/keys", home);
	else
		return;
	n = keymap__load(a->km, path, err, sizeof(err));
	if (n < 0)
		app__set_msg(a, 1, "%s", err);
}

static void start_curses(struct app *a)
{
	const char *nc = getenv("NO_COLOR");

	draw__start();
	a->km = keymap__new();
	if (!a->km) {
		restore_terminal();
		app_die("out of memory");
	}
	load_keys(a);
	a->th = theme__new(!(nc && *nc));
	if (!a->th) {
		restore_terminal();
		app_die("out of memory");
	}
	draw__init(&a->d, a->th, !strcmp(nl_langinfo(CODESET), "UTF-8"));
}

static int run(struct app *a, struct queue *q)
{
	uint64_t last_draw = 0, last_tick = 0;
	int dirty = RE_REDRAW | RE_ROWS | RE_DECODE, quit = 0, backlog = 0;

	while (!quit && !got_signal) {
		struct pollfd pfd[3] = { { .fd = 0, .events = POLLIN },
					 { .fd = queue__fd(q), .events = POLLIN },
					 { .fd = err_pipe, .events = POLLIN } };
		uint64_t now = mono_ns();
		int timeout = backlog ? 0 : 250, ch, key = 0;

		if (dirty) {
			uint64_t since = now - last_draw;

			if (since >= DRAW_INTERVAL_NS || (dirty & ~RE_ROWS & ~RE_DECODE & ~RE_REDRAW)) {
				capt__stats(a->capt, &a->cst);
				if (dirty & RE_DECODE || model__sel_seq(a->m) != a->tree_seq)
					app__decode(a);
				if (a->live)
					model__set_now(a->m, wall_ns());
				refresh_views(a);
				app_draw(a);
				last_draw = mono_ns();
				dirty = 0;
			} else {
				timeout = (int)((DRAW_INTERVAL_NS - since) / 1000000) + 1;
			}
		}
		/* a filter or a search over the whole store runs in steps between keys */
		if (model__work(a->m, WORK_NS)) {
			timeout = 0;
			dirty |= RE_REDRAW | RE_DECODE;
		}
		/* follow stream: the store read in steps, then the new packets */
		ch = view_stream__work(a, WORK_NS);
		if (ch & 1)
			timeout = 0;
		if (ch)
			dirty |= RE_REDRAW;
		ch = model__take_search(a->m);
		if (ch) {
			search_msg(a, ch > 0 ? 0 : ch);
			dirty |= RE_REDRAW | RE_DECODE;
			last_draw = 0;
		}
		if (poll(pfd, err_pipe >= 0 ? 3 : 2, timeout) < 0 && errno != EINTR)
			break;
		if (pfd[2].revents & POLLIN)
			read_stderr(a);
		/* keys (and KEY_RESIZE after SIGWINCH, which also interrupts poll) */
		while ((ch = draw__getkey()) != -1) {
			int re = handle_key(a, ch);

			if (re & RE_QUIT) {
				quit = 1;
				break;
			}
			/* a key wants an immediate answer */
			if (re)
				dirty |= re | RE_ROWS;
			if (re & RE_REDRAW)
				last_draw = 0;
			key |= re != 0;
		}
		/* a key's answer is drawn before more packets are taken in */
		if (!key && (backlog || (pfd[1].revents & POLLIN))) {
			int r = drain_queue(a, q);

			backlog = r & 2;
			if (r & 1)
				dirty |= RE_REDRAW;
			if (model__take_sel_evicted(a->m))
				app__set_msg(a, 0, "the selected packet was dropped from the spool "
						   "(--spool-size): following new packets");
			/* a file opens at its first packet, like less and Wireshark */
			if (!a->live && !a->opened && model__n_shown(a->m)) {
				a->opened = 1;
				model__sel_home(a->m);
				dirty |= RE_DECODE;
				last_draw = 0;	/* the first rows now, not a frame later */
			}
		}
		now = mono_ns();
		if (now - last_tick >= 1000000000ull) {
			last_tick = now;
			if (a->live) {
				model__set_now(a->m, wall_ns());
				check_exited(a);
			}
			dirty |= RE_REDRAW;
		}
	}
	return got_signal;
}

/*
 * -- command: the command is forked while the capture starts and would
 * write over the screen; it gets /dev/null as stdin, stdout and stderr.
 */
static struct capt *start_capture(const struct capt_opts *co, struct queue *q, char *err,
				  size_t errlen)
{
	int saved[3] = { -1, -1, -1 }, nul = -1, i;
	struct capt *c;

	if (co->cap.command) {
		nul = open("/dev/null", O_RDWR | O_CLOEXEC);
		for (i = 0; i < 3 && nul >= 0; i++) {
			saved[i] = fcntl(i, F_DUPFD_CLOEXEC, 3);
			if (saved[i] < 0 || dup2(nul, i) < 0)
				break;
		}
	}
	c = capt__start(co, q, err, errlen);
	for (i = 0; i < 3; i++) {
		if (saved[i] >= 0) {
			dup2(saved[i], i);
			close(saved[i]);
		}
	}
	if (nul >= 0)
		close(nul);
	return c;
}

/*
 * -r -: the packets come on standard input, the keys from the terminal.
 * The capture reads the pipe through /dev/fd/N (a copy of fd 0) and fd 0
 * becomes /dev/tty, where curses reads the keys.
 */
static const char *stdin_to_tty(char *path, size_t len)
{
	int in = fcntl(0, F_DUPFD_CLOEXEC, 3), tty = open("/dev/tty", O_RDWR | O_CLOEXEC);

	if (in < 0 || tty < 0 || dup2(tty, 0) < 0)
		app_die("-r -: the keys need a terminal (/dev/tty): %s", strerror(errno));
	close(tty);
	snprintf(path, len, "/dev/fd/%d", in);
	return path;
}

/* a file that can be read again at the offsets of its packets: a regular file */
static int rereadable(const char *path)
{
	struct stat sb;

	return path && stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

int main(int argc, char **argv)
{
	struct cmdline o;
	char stdin_path[32];
	struct capt_opts co = { 0 };
	struct model_opts mo = { 0 };
	struct app a;
	struct queue *q;
	char err[512];
	int sig, i;

	setlocale(LC_ALL, "");
	app_parse_opts(&o, argc, argv);
	/* from here on stderr is collected (errors before the screen still reach it: at exit) */
	catch_stderr();
	atexit(release_stderr);
	memset(&a, 0, sizeof(a));
	a.po.no_resolve = 1;
	a.po.snaplen = o.cap.snaplen;
	a.read_file = o.cap.read_file;
	if (o.cap.read_file && !strcmp(o.cap.read_file, "-"))
		o.cap.read_file = stdin_to_tty(stdin_path, sizeof(stdin_path));
	a.cap_filter = o.cap.filter;
	a.spool_size = o.spool_size;
	if (o.copy_file)
		snprintf(a.copy_path, sizeof(a.copy_path), "%s", o.copy_file);
	else
		copy__default_path(a.copy_path, sizeof(a.copy_path));
	a.live = !o.cap.read_file;
	a.with_desc = 1;
	a.focus = PANE_LIST;
	a.tree_seq = UINT64_MAX;
	lcols__init(&a.lcols);
	a.pane[PANE_PROCS].ops = &view_procs_ops;
	a.pane[PANE_LIST].ops = &view_list_ops;
	a.pane[PANE_TREE].ops = &view_tree_ops;
	a.pane[PANE_HEX].ops = &view_hex_ops;
	a.pane[PANE_GRAPH].ops = &view_graph_ops;
	/* each view's own state (tig's view->private, sized by its ops) */
	for (i = 0; i < PANE_N; i++) {
		size_t sz = a.pane[i].ops->priv_size;

		if (sz && !(a.pane[i].priv = calloc(1, sz)))
			app_die("out of memory");
	}
	dx_tree_init(&a.tree);

	q = queue__new(QUEUE_BATCHES);
	if (!q)
		app_die("out of memory");
	co.cap = o.cap;
	co.po = &a.po;
	a.capt = start_capture(&co, q, err, sizeof(err));
	if (!a.capt)
		app_die("%s", err);
	if (!isatty(0) || !isatty(1)) {
		capt__stop(a.capt);
		app_die("needs a terminal (stdin and stdout)");
	}
	mo.snaplen = o.cap.snaplen;
	mo.spool_size = o.spool_size;
	mo.po = &a.po;
	mo.err = err;
	mo.errlen = sizeof(err);
	/* a file is read again for the bytes; a live capture, a pipe (-r -)
	 * or anything else that cannot be read twice goes to a spool */
	mo.path = rereadable(o.cap.read_file) ? o.cap.read_file : NULL;
	a.m = model__new(&mo);
	if (!a.m) {
		capt__stop(a.capt);
		app_die("%s", err);
	}
	a.dx = dx__new(&a.po);
	if (!a.dx) {
		capt__stop(a.capt);
		app_die("out of memory");
	}

	capt__stats(a.capt, &a.cst);
	if (o.log_level <= LOG_WARN) {
		const char *w = a.cst.warnings;

		for (; *w; w += strcspn(w, "\n"), w += *w == '\n')
			app__warn(&a, w);
	}
	/* what the capture layer wrote to stderr while opening */
	if (err_pipe >= 0)
		read_stderr(&a);
	install_signals();
	atexit(restore_terminal);
	start_curses(&a);
	{
		char path[4096];

		if (lcols__path(path, sizeof(path)) &&
		    lcols__load(&a.lcols, path, err, sizeof(err)) < 0)
			app__warn(&a, err);
	}
	app_layout(&a);
	sig = run(&a, q);
	restore_terminal();
	/* the warnings shown on the screen, for the terminal's scrollback */
	if (a.total_warn > a.n_warn)
		fprintf(stderr, "ptcpdump-top: %llu warnings, the last %zu:\n",
			(unsigned long long)a.total_warn, a.n_warn);
	for (i = 0; i < (int)a.n_warn; i++)
		fprintf(stderr, "%s\n", a.warn[i]);

	capt__stop(a.capt);
	if (a.cst.failed)
		fprintf(stderr, "ptcpdump-top: %s\n", a.cst.error);
	view_stream__close(&a);
	queue__free(q);
	model__free(a.m);
	dx__free(a.dx);
	dx_tree_free(&a.tree);
	free(a.folded);
	free(a.dl);
	theme__free(a.th);
	keymap__free(a.km);
	le_history__free(&a.hist_filter);
	le_history__free(&a.hist_search);
	le_history__free(&a.hist_write);
	for (i = 0; i < PANE_N; i++)
		free(a.pane[i].priv);
	cmdline_free(&o);
	if (sig) {
		signal(sig, SIG_DFL);
		raise(sig);
	}
	return 0;
}
