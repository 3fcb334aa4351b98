/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: a one-line editor with readline's keys and a history (no curses)
 *
 * The text is UTF-8; the cursor moves by characters. Keys: left/right,
 * Home/End (C-a/C-e), Backspace, Delete (C-d), C-u (kill to start), C-w
 * (kill the word before), C-k (kill to end), up/down (history).
 */
#ifndef PTCPDUMP_TUI_LINEEDIT_H
#define PTCPDUMP_TUI_LINEEDIT_H

#include <stddef.h>

#define LINEEDIT_MAX 1024
#define LINEEDIT_HIST 64

enum le_op {
	LE_LEFT, LE_RIGHT, LE_HOME, LE_END, LE_BACKSPACE, LE_DELETE,
	LE_KILL_START, LE_KILL_WORD, LE_KILL_END, LE_HIST_PREV, LE_HIST_NEXT,
};

struct le_history {
	char *items[LINEEDIT_HIST];	/* oldest first; owned */
	size_t n;
};

struct lineedit {
	char buf[LINEEDIT_MAX];
	size_t len;
	size_t cur;			/* byte offset, on a character boundary */
	struct le_history *hist;	/* borrowed, may be NULL */
	size_t hist_pos;		/* == hist->n: the line being edited */
	char draft[LINEEDIT_MAX];	/* the edited line while browsing history */
};

void lineedit__init(struct lineedit *le, const char *text, struct le_history *hist);
/* insert bytes at the cursor (control bytes are ignored); 0 or -ENOSPC */
int lineedit__insert(struct lineedit *le, const char *s, size_t n);
void lineedit__op(struct lineedit *le, enum le_op op);
/* add a line to the history (empty lines and repeats of the last are skipped) */
void le_history__add(struct le_history *h, const char *line);
void le_history__free(struct le_history *h);

#endif
