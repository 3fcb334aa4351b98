// SPDX-License-Identifier: GPL-2.0
/* \summary: a one-line editor with readline's keys and a history (no curses) */
#include "lineedit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

static size_t prev_char(const struct lineedit *le, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && is_cont((unsigned char)le->buf[i]))
		i--;
	return i;
}

static size_t next_char(const struct lineedit *le, size_t i)
{
	if (i >= le->len)
		return le->len;
	i++;
	while (i < le->len && is_cont((unsigned char)le->buf[i]))
		i++;
	return i;
}

static void set_text(struct lineedit *le, const char *text)
{
	snprintf(le->buf, sizeof(le->buf), "%s", text ? text : "");
	le->len = strlen(le->buf);
	/* never leave half a character at the end */
	while (le->len && is_cont((unsigned char)le->buf[le->len - 1]) &&
	       le->len == sizeof(le->buf) - 1)
		le->buf[--le->len] = '\0';
	le->cur = le->len;
}

void lineedit__init(struct lineedit *le, const char *text, struct le_history *hist)
{
	memset(le, 0, sizeof(*le));
	set_text(le, text);
	le->hist = hist;
	le->hist_pos = hist ? hist->n : 0;
}

int lineedit__insert(struct lineedit *le, const char *s, size_t n)
{
	char tmp[LINEEDIT_MAX];
	size_t i, k = 0;

	for (i = 0; i < n && k < sizeof(tmp); i++)
		if ((unsigned char)s[i] >= 0x20 && s[i] != 0x7f)
			tmp[k++] = s[i];
	if (le->len + k >= sizeof(le->buf))
		return -ENOSPC;
	memmove(le->buf + le->cur + k, le->buf + le->cur, le->len - le->cur + 1);
	memcpy(le->buf + le->cur, tmp, k);
	le->len += k;
	le->cur += k;
	return 0;
}

static void cut(struct lineedit *le, size_t from, size_t to)
{
	memmove(le->buf + from, le->buf + to, le->len - to + 1);
	le->len -= to - from;
	le->cur = from;
}

static void hist_go(struct lineedit *le, int dir)
{
	struct le_history *h = le->hist;

	if (!h || !h->n)
		return;
	if (dir < 0 && le->hist_pos == 0)
		return;
	if (dir > 0 && le->hist_pos >= h->n)
		return;
	if (le->hist_pos == h->n)
		memcpy(le->draft, le->buf, sizeof(le->draft));
	/* an entry that reads like the line on screen (the filter the prompt opened
	 * with is usually the newest entry) would look like a key that did nothing */
	do
		le->hist_pos = dir < 0 ? le->hist_pos - 1 : le->hist_pos + 1;
	while (le->hist_pos > 0 && le->hist_pos < h->n && !strcmp(h->items[le->hist_pos], le->buf));
	if (le->hist_pos < h->n && !strcmp(h->items[le->hist_pos], le->buf) && dir < 0)
		return;
	set_text(le, le->hist_pos == h->n ? le->draft : h->items[le->hist_pos]);
}

void lineedit__op(struct lineedit *le, enum le_op op)
{
	size_t i;

	switch (op) {
	case LE_LEFT:
		le->cur = prev_char(le, le->cur);
		break;
	case LE_RIGHT:
		le->cur = next_char(le, le->cur);
		break;
	case LE_HOME:
		le->cur = 0;
		break;
	case LE_END:
		le->cur = le->len;
		break;
	case LE_BACKSPACE:
		if (le->cur)
			cut(le, prev_char(le, le->cur), le->cur);
		break;
	case LE_DELETE:
		if (le->cur < le->len)
			cut(le, le->cur, next_char(le, le->cur));
		break;
	case LE_KILL_START:
		cut(le, 0, le->cur);
		break;
	case LE_KILL_WORD:
		i = le->cur;
		while (i > 0 && le->buf[i - 1] == ' ')
			i--;
		while (i > 0 && le->buf[i - 1] != ' ')
			i--;
		cut(le, i, le->cur);
		break;
	case LE_KILL_END:
		le->buf[le->cur] = '\0';
		le->len = le->cur;
		break;
	case LE_HIST_PREV:
		hist_go(le, -1);
		break;
	case LE_HIST_NEXT:
		hist_go(le, 1);
		break;
	}
}

void le_history__add(struct le_history *h, const char *line)
{
	char *s;

	if (!line || !*line || (h->n && !strcmp(h->items[h->n - 1], line)))
		return;
	s = strdup(line);
	if (!s)
		return;
	if (h->n == LINEEDIT_HIST) {
		free(h->items[0]);
		memmove(h->items, h->items + 1, (LINEEDIT_HIST - 1) * sizeof(h->items[0]));
		h->n--;
	}
	h->items[h->n++] = s;
}

void le_history__free(struct le_history *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		free(h->items[i]);
	h->n = 0;
}
