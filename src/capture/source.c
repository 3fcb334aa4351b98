// SPDX-License-Identifier: GPL-2.0
/* \summary: the one source of packets: a capfile reader or a live capture behind one interface */
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live.h"
#include "pfilter.h"

struct source {
	struct capture_opts o;
	struct capfile_reader *rd;	/* -r */
	struct pfilter *pf;		/* -r with an expression */
	struct live *live;
	uint64_t n_read;
	char err[512];
};

void capture_opts__init(struct capture_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->snaplen = CAPTURE_SNAPLEN;
}

const char *capture_opts__netns(const struct capture_opts *o)
{
	int i;

	for (i = 0; i < o->n_netns; i++)
		if (strcmp(o->netns[i], "any") && strcmp(o->netns[i], "newly"))
			return o->netns[i];
	return NULL;
}

struct source *source__open(const struct capture_opts *o, char *err, size_t errlen)
{
	struct source *s = calloc(1, sizeof(*s));

	if (!s) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	s->o = *o;
	if (o->read_file)
		s->rd = capfile_reader__open(o->read_file, err, errlen);
	else
		s->live = live__open(o, err, errlen);
	if (!s->rd && !s->live) {
		free(s);
		return NULL;
	}
	return s;
}

int source__compile(struct source *s, char *err, size_t errlen)
{
	if (!s->rd || !s->o.filter || !*s->o.filter)
		return 0;
	s->pf = pfilter__new(s->o.filter, capfile_reader__snaplen(s->rd));
	if (!s->pf) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	pfilter__set_savefile(s->pf, capfile_reader__big_endian(s->rd));
	pfilter__set_optimize(s->pf, !s->o.no_optimize);
	if (pfilter__compile(s->pf, capfile_reader__linktype(s->rd), err, errlen) < 0)
		return -1;
	return 0;
}

int source__next(struct source *s, struct pkt *pkt, int timeout_ms)
{
	int n;

	if (s->rd) {
		if (timeout_ms >= 0 && !capfile_reader__wait(s->rd, timeout_ms))
			return SOURCE_IDLE;
		n = capfile_reader__next(s->rd, pkt);
		if (n > 0) {
			s->n_read++;
			return SOURCE_PKT;
		}
		if (n == 0)
			return SOURCE_END;
		snprintf(s->err, sizeof(s->err), "%s", capfile_reader__error(s->rd));
		return SOURCE_ERR;
	}
	n = live__next(s->live, pkt, timeout_ms);
	if (n >= 0)
		return n ? SOURCE_PKT : SOURCE_IDLE;
	if (n == -1)
		return SOURCE_END;
	snprintf(s->err, sizeof(s->err), "capture failed: %s", strerror(-n));
	return SOURCE_ERR;
}

int source__match(struct source *s, const struct pkt *pkt)
{
	int n;

	if (!s->pf)
		return 1;
	n = pfilter__match(s->pf, pkt->linktype, pkt->data, pkt->caplen, pkt->len);
	if (n >= 0)
		return n;
	/* a link type the expression does not compile for: libpcap's message */
	pfilter__compile(s->pf, pkt->linktype, s->err, sizeof(s->err));
	return -1;
}

int source__filtered(const struct source *s)
{
	return s->pf != NULL;
}

const char *source__error(const struct source *s)
{
	return s->err;
}

void source__stats(const struct source *s, struct source_stats *st)
{
	struct live_stats ls;

	memset(st, 0, sizeof(*st));
	if (!s->live) {
		st->captured = st->received = s->n_read;
		return;
	}
	live__stats(s->live, &ls);
	st->captured = ls.captured;
	st->received = ls.received;
	st->dropped = ls.dropped;
	st->matched = ls.matched;
}

int source__is_live(const struct source *s)
{
	return s->live != NULL;
}

int source__is_stream(const struct source *s)
{
	return s->rd && capfile_reader__is_stream(s->rd);
}

int source__linktype(const struct source *s)
{
	const struct capfile_iface *ifc;

	if (s->rd)
		return capfile_reader__linktype(s->rd);
	ifc = live__n_ifaces(s->live) ? live__iface(s->live, 0) : NULL;
	return ifc ? ifc->linktype : 1;
}

uint32_t source__snaplen(const struct source *s)
{
	if (s->rd)
		return capfile_reader__snaplen(s->rd);
	return s->o.snaplen;
}

int source__nano(const struct source *s)
{
	return s->rd ? capfile_reader__nano(s->rd) : 1;
}

size_t source__n_ifaces(const struct source *s)
{
	return s->rd ? capfile_reader__n_ifaces(s->rd) : live__n_ifaces(s->live);
}

const struct capfile_iface *source__iface(const struct source *s, size_t i)
{
	if (i >= source__n_ifaces(s))
		return NULL;
	return s->rd ? capfile_reader__iface(s->rd, i) : live__iface(s->live, i);
}

const char *source__keylog(const struct source *s, size_t *len)
{
	if (s->rd)
		return capfile_reader__keylog(s->rd, len);
	if (s->live)
		return live__keylog(s->live, len);
	*len = 0;
	return "";
}

const char *source__warnings(const struct source *s)
{
	return s->live ? live__warnings(s->live) : "";
}

void source__close(struct source *s)
{
	if (!s)
		return;
	pfilter__free(s->pf);
	capfile_reader__close(s->rd);
	live__close(s->live);
	free(s);
}
