// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: follow stream: the conversation of the selected packet on the whole screen,
 * as text (non-printable bytes as dots) or as a hex dump, client and server each in
 * their colour and with a marker of their own (">" client to server, "<" back)
 *
 * Text lines end at a newline (a CR before it is dropped) or at the width;
 * hex lines hold 16 bytes, numbered from the start of their direction (as
 * Wireshark's hex dump does). Lines are indexes into the stream's bytes,
 * rebuilt when the width or the mode changes.
 */
#include "view_stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "keymap.h"
#include "model_stream.h"

struct sline {
	size_t chunk;
	size_t off, len;	/* bytes of the stream's buf; len 0 + gap: the gap line */
	uint64_t doff;		/* offset in its direction (hex) */
	int gap;
};

struct sview {
	struct mstream_job *job;	/* reads the store in steps; live, goes on */
	const struct mstream *s;	/* NULL until the first read reached the end */
	unsigned gen;			/* of s: the lines are made again when it changes */
	uint64_t seq;
	int hex;
	int width;		/* the lines were made for */
	struct sline *lines;
	size_t n, cap;
	size_t top;
};

static int add_line(struct sview *v, size_t chunk, size_t off, size_t len, uint64_t doff, int gap)
{
	if (v->n == v->cap) {
		size_t nc = v->cap ? v->cap * 2 : 256;
		struct sline *l = realloc(v->lines, nc * sizeof(*l));

		if (!l)
			return -1;
		v->lines = l;
		v->cap = nc;
	}
	v->lines[v->n++] = (struct sline){ chunk, off, len, doff, gap };
	return 0;
}

static void make_lines(struct sview *v, int width)
{
	const struct mstream *s = v->s;
	uint64_t doff[2] = { 0, 0 };
	size_t i, w = width > 3 ? (size_t)width - 2 : 1;

	v->n = 0;
	v->width = width;
	for (i = 0; i < s->n_chunks; i++) {
		const struct mstream_chunk *c = &s->chunks[i];
		size_t p = c->off, end = c->off + c->len;

		if (c->missing && add_line(v, i, p, 0, doff[c->dir], 1) < 0)
			return;
		while (p < end) {
			size_t n;

			if (v->hex) {
				n = end - p < 16 ? end - p : 16;
				if (add_line(v, i, p, n, doff[c->dir], 0) < 0)
					return;
				doff[c->dir] += n;
				p += n;
				continue;
			}
			for (n = 0; p + n < end && n < w && s->buf[p + n] != '\n'; n++)
				;
			if (p + n < end && s->buf[p + n] == '\n') {
				size_t shown = n && s->buf[p + n - 1] == '\r' ? n - 1 : n;

				if (add_line(v, i, p, shown, doff[c->dir], 0) < 0)
					return;
				n++;
			} else if (add_line(v, i, p, n, doff[c->dir], 0) < 0) {
				return;
			}
			doff[c->dir] += n;
			p += n;
		}
	}
}

/* the job's newest stream: the lines are made again for it */
static void sync(struct sview *v)
{
	unsigned gen;
	const struct mstream *s = mstream__result(v->job, &gen);

	if (s != v->s || gen != v->gen) {
		v->s = s;
		v->gen = gen;
		v->width = 0;
	}
}

int view_stream__open(struct app *a)
{
	uint64_t seq = model__sel_seq(a->m);
	struct sview *v;
	char err[256];

	if (seq == UINT64_MAX) {
		app__set_msg(a, 1, "no packet selected: nothing to follow");
		return RE_REDRAW;
	}
	v = calloc(1, sizeof(*v));
	if (!v) {
		app__set_msg(a, 1, "out of memory");
		return RE_REDRAW;
	}
	v->job = mstream__start(a->m, seq, err, sizeof(err));
	if (!v->job) {
		free(v);
		app__set_msg(a, 1, "%s", err);
		return RE_REDRAW;
	}
	v->seq = seq;
	view_stream__close(a);
	a->stream = v;
	view_stream__work(a, VIEW_STREAM_STEP_NS);
	return RE_REDRAW;
}

int view_stream__work(struct app *a, uint64_t budget_ns)
{
	struct sview *v = a->stream;
	char err[256];
	unsigned gen;
	int rc;

	if (!v)
		return 0;
	rc = mstream__step(v->job, budget_ns, err, sizeof(err));
	if (rc < 0) {
		view_stream__close(a);
		app__set_msg(a, 1, "follow stream: %s", err);
		return 1;
	}
	gen = v->gen;
	sync(v);
	return (rc == 0 ? 1 : 0) | (v->gen != gen ? 2 : 0);
}

void view_stream__close(struct app *a)
{
	struct sview *v = a->stream;

	if (!v)
		return;
	mstream__job_free(v->job);
	free(v->lines);
	free(v);
	a->stream = NULL;
}

static int body_rows(const struct app *a)
{
	return a->rows > 5 ? a->rows - 4 : 1;
}

int view_stream__request(struct app *a, enum request req)
{
	struct sview *v = a->stream;
	long top = (long)v->top, body = body_rows(a);
	long n = (long)v->n;

	switch (req) {
	case REQ_BACK:
	case REQ_QUIT:
	case REQ_FOLLOW:
		view_stream__close(a);
		return RE_REDRAW;
	case REQ_STREAM_HEX:
		v->hex = !v->hex;
		v->width = 0;
		v->top = 0;
		return RE_REDRAW;
	case REQ_REDRAW:
		draw__touch();
		return RE_REDRAW;
	default:
		break;
	}
	/* the first line shown moves; the last page is as far as it goes */
	if (view__move(req, &top, n > body ? n - body + 1 : 1, body))
		v->top = (size_t)top;
	return RE_REDRAW;
}

static void draw_side(struct app *a, int y, int dir)
{
	const struct mstream_side *sd = &a->stream->s->side[dir];
	char buf[256];
	int n;

	n = snprintf(buf, sizeof(buf), "%s %s %s:%u  %llu pkts  %llu bytes", dir ? "<" : ">",
		     dir ? "server" : "client", sd->addr, sd->port, (unsigned long long)sd->pkts,
		     (unsigned long long)sd->bytes);
	if (sd->retrans && n > 0 && (size_t)n < sizeof(buf))
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, "  %llu retransmitted",
			      (unsigned long long)sd->retrans);
	if (sd->missing && n > 0 && (size_t)n < sizeof(buf))
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, "  %llu missing",
			      (unsigned long long)sd->missing);
	if (sd->copies && n > 0 && (size_t)n < sizeof(buf))
		snprintf(buf + n, sizeof(buf) - (size_t)n, "  (%llu copies elsewhere left out)",
			 (unsigned long long)sd->copies);
	draw__str(&a->d, y, 0, a->cols, buf, dir ? R_STREAM_SERVER : R_STREAM_CLIENT);
}

static void draw_line(struct app *a, int y, const struct sline *l)
{
	const struct mstream *s = a->stream->s;
	const struct mstream_chunk *c = &s->chunks[l->chunk];
	enum role r = c->dir ? R_STREAM_SERVER : R_STREAM_CLIENT;
	char buf[512];
	size_t i, n = 0;

	draw__str(&a->d, y, 0, 2, c->dir ? "<" : ">", r);
	if (l->gap) {
		snprintf(buf, sizeof(buf), "[%llu bytes missing]", (unsigned long long)c->missing);
		draw__str(&a->d, y, 2, a->cols - 2, buf, R_ERROR);
		return;
	}
	if (a->stream->hex) {
		n = (size_t)snprintf(buf, sizeof(buf), "%08llx  ", (unsigned long long)l->doff);
		for (i = 0; i < 16; i++)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, i < l->len ? "%02x " : "   ",
					      i < l->len ? s->buf[l->off + i] : 0);
		buf[n++] = ' ';
	}
	for (i = 0; i < l->len && n < sizeof(buf) - 1; i++) {
		uint8_t b = s->buf[l->off + i];

		buf[n++] = b >= 0x20 && b < 0x7f ? (char)b : '.';
	}
	buf[n] = '\0';
	draw__str(&a->d, y, 2, a->cols - 2, buf, r);
}

void view_stream__draw(struct app *a)
{
	struct sview *v = a->stream;
	const struct mstream *s = v->s;
	int body = body_rows(a), i;
	char buf[512], key[16];
	int x;

	if (!s) {
		snprintf(buf, sizeof(buf), " Follow stream: reading the stored packets, %d%%",
			 mstream__percent(v->job));
		draw__fill(&a->d, 0, 0, a->cols, R_HEADER_FOCUS);
		draw__str(&a->d, 0, 0, a->cols, buf, R_HEADER_FOCUS);
		return;
	}
	if (v->width != a->cols)
		make_lines(v, a->cols);
	if (v->top >= v->n)
		v->top = v->n ? v->n - 1 : 0;
	snprintf(buf, sizeof(buf), " Follow %s stream (%s)  %s:%u <-> %s:%u%s",
		 s->tcp ? "TCP" : "UDP", v->hex ? "hex" : "text", s->side[0].addr,
		 s->side[0].port, s->side[1].addr, s->side[1].port,
		 s->truncated ? "  (cut at 16 MiB)" : "");
	draw__fill(&a->d, 0, 0, a->cols, R_HEADER_FOCUS);
	draw__str(&a->d, 0, 0, a->cols, buf, R_HEADER_FOCUS);
	draw_side(a, 1, 0);
	draw_side(a, 2, 1);
	for (i = 0; i < body && v->top + (size_t)i < v->n; i++)
		draw_line(a, 3 + i, &v->lines[v->top + (size_t)i]);
	if (!v->n)
		draw__str(&a->d, 3, 2, a->cols - 2, "(no payload in either direction)", R_DIM);
	/* the keys of this screen, from the key map */
	draw__fill(&a->d, a->rows - 1, 0, a->cols, R_KEYLABEL);
	x = 0;
	x += draw__str(&a->d, a->rows - 1, x, a->cols - x,
		       keymap__bar_key(a->km, REQ_BACK, key, sizeof(key)), R_KEY);
	x += draw__str(&a->d, a->rows - 1, x, a->cols - x, "Back   ", R_KEYLABEL);
	x += draw__str(&a->d, a->rows - 1, x, a->cols - x,
		       keymap__bar_key(a->km, REQ_STREAM_HEX, key, sizeof(key)), R_KEY);
	x += draw__str(&a->d, a->rows - 1, x, a->cols - x, v->hex ? "Text   " : "Hex    ",
		       R_KEYLABEL);
	snprintf(buf, sizeof(buf), "lines %zu-%zu of %zu", v->n ? v->top + 1 : 0,
		 v->top + (size_t)body < v->n ? v->top + (size_t)body : v->n, v->n);
	draw__str(&a->d, a->rows - 1, x, a->cols - x, buf, R_KEYLABEL);
}
