// SPDX-License-Identifier: GPL-2.0
/* \summary: the capture thread: file or live source -> decoded compact batches -> queue */
#include "capture_thread.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../capture/capfile.h"
#include "../capture/pfilter.h"
#ifdef PTOP_HAVE_LIVE
#include "../capture/live.h"
#endif
#include "../core/pkt.h"
#include "../core/queue.h"
#include "../core/strbuf.h"
#include "../decode/decode.h"
#include "batch.h"

#define BATCH_SIZE (256u * 1024)
#define FLUSH_NS 30000000ull		/* live: hand over at least every 30 ms */
#define MAX_PROCS 65536u
#define MAX_IFACES 4096u

struct pentry {
	struct trec_proc *rec;	/* owned copy */
	int sent;		/* its record reached the UI (or is in the open batch) */
	int next;		/* hash chain */
};

struct capt {
	struct capt_opts o;
	struct queue *q;
	pthread_t th;
	int started;
	atomic_int stop;
	struct capfile_reader *rd;
	struct pfilter *pf;	/* -r with an expression: the capture filter */
#ifdef PTOP_HAVE_LIVE
	struct live *live;
#endif
	struct dx *dx;
	struct strbuf text;
	/* the open batch */
	struct batch *b;
	uint64_t b_first_ns;
	uint32_t b_pkts;
	int *b_defined;		/* proc ids defined in the open batch */
	size_t n_b_defined, cap_b_defined;
	/* process interning */
	struct pentry *procs;
	size_t n_procs;
	int phash[4096];	/* pid -> chain head + 1 */
	/* interfaces: source if_id -> our id + 1 */
	int ifmap[MAX_IFACES];
	int ifsent[MAX_IFACES];
	int n_if;
	/* shared with the UI thread */
	pthread_mutex_t lock;
	struct capt_stats st;
};

int capt__have_live(void)
{
#ifdef PTOP_HAVE_LIVE
	return 1;
#else
	return 0;
#endif
}

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void set_error(struct capt *c, const char *msg)
{
	pthread_mutex_lock(&c->lock);
	c->st.failed = 1;
	snprintf(c->st.error, sizeof(c->st.error), "%s", msg);
	pthread_mutex_unlock(&c->lock);
}

static int new_batch(struct capt *c, size_t need)
{
	c->b = batch__new(need > BATCH_SIZE ? need : BATCH_SIZE);
	c->b_pkts = 0;
	c->n_b_defined = 0;
	return c->b ? 0 : -ENOMEM;
}

/* hand the open batch over; in live mode drop it when the queue is full */
static void flush(struct capt *c)
{
	struct batch *b = c->b;
	size_t i;

	if (!b)
		return;
	c->b = NULL;
	if (!b->used) {
		batch__free(b);
		return;
	}
	if (b->used < b->cap / 2) {
		/* do not make the UI account for empty room */
		struct batch *nb = realloc(b, sizeof(*b) + b->used);

		if (nb) {
			b = nb;
			b->cap = b->used;
		}
	}
	for (;;) {
		if (queue__push(c->q, b) == 0)
			return;
		if (c->o.read_file && !atomic_load(&c->stop)) {
			struct timespec ts = { 0, 2000000 };

			nanosleep(&ts, NULL);
			continue;
		}
		break;
	}
	/* dropped: its process and interface records must be sent again */
	for (i = 0; i < c->n_b_defined; i++) {
		int id = c->b_defined[i];

		if (id > 0)
			c->procs[id - 1].sent = 0;
		else
			c->ifsent[-id - 1] = 0;
	}
	pthread_mutex_lock(&c->lock);
	c->st.queue_drops += b->n_pkts;
	pthread_mutex_unlock(&c->lock);
	batch__free(b);
}

static void note_defined(struct capt *c, int id)
{
	if (c->n_b_defined == c->cap_b_defined) {
		size_t n = c->cap_b_defined ? c->cap_b_defined * 2 : 64;
		int *nd = realloc(c->b_defined, n * sizeof(*nd));

		if (!nd)
			return;
		c->b_defined = nd;
		c->cap_b_defined = n;
	}
	c->b_defined[c->n_b_defined++] = id;
}

/* room for size bytes in the open batch (flushing and starting a new one) */
static void *room(struct capt *c, uint32_t type, size_t size)
{
	void *r;

	if (!c->b && new_batch(c, size + 8) < 0)
		return NULL;
	r = batch__add(c->b, type, size);
	if (r)
		return r;
	flush(c);
	if (new_batch(c, size + 8) < 0)
		return NULL;
	return batch__add(c->b, type, size);
}

static int proc_id(struct capt *c, const struct proc_ctx *pc)
{
	unsigned h;
	int i;
	struct pentry *e;
	size_t sz;
	struct trec_proc *r;

	if (!pc || pc->pid <= 0)
		return 0;
	h = (unsigned)pc->pid % 4096;
	for (i = c->phash[h] - 1; i >= 0; i = c->procs[i].next)
		if (trec_proc_equal(c->procs[i].rec, pc))
			break;
	if (i < 0) {
		struct pentry *np;

		if (c->n_procs >= MAX_PROCS)
			return 0;
		np = realloc(c->procs, (c->n_procs + 1) * sizeof(*np));
		if (!np)
			return 0;
		c->procs = np;
		e = &np[c->n_procs];
		sz = trec_proc_size(pc);
		e->rec = malloc((sz + 7) & ~(size_t)7);
		if (!e->rec)
			return 0;
		memset(e->rec, 0, (sz + 7) & ~(size_t)7);
		e->rec->h.type = TREC_PROC;
		e->rec->h.size = (uint32_t)((sz + 7) & ~(size_t)7);
		trec_proc_fill(e->rec, (uint32_t)c->n_procs + 1, pc);
		e->sent = 0;
		e->next = c->phash[h] - 1;
		i = (int)c->n_procs++;
		c->phash[h] = i + 1;
	}
	e = &c->procs[i];
	if (!e->sent) {
		r = room(c, TREC_PROC, e->rec->h.size);
		if (!r)
			return 0;
		memcpy(r, e->rec, e->rec->h.size);
		e->sent = 1;
		note_defined(c, i + 1);
	}
	return i + 1;
}

static const struct capfile_iface *src_iface(struct capt *c, uint32_t if_id)
{
	if (c->rd)
		return if_id < capfile_reader__n_ifaces(c->rd) ? capfile_reader__iface(c->rd, if_id)
							       : NULL;
#ifdef PTOP_HAVE_LIVE
	if (c->live)
		return if_id < live__n_ifaces(c->live) ? live__iface(c->live, if_id) : NULL;
#endif
	return NULL;
}

static int iface_id(struct capt *c, const struct pkt *p)
{
	uint32_t k = p->if_id < MAX_IFACES ? p->if_id : MAX_IFACES - 1;
	const struct capfile_iface *ifc;
	struct trec_iface *r;
	const char *name;
	size_t n;

	if (!c->ifmap[k])
		c->ifmap[k] = ++c->n_if;
	if (c->ifsent[k])
		return c->ifmap[k] - 1;
	ifc = src_iface(c, p->if_id);
	name = p->ifname ? p->ifname : ifc && ifc->name ? ifc->name : "";
	n = strlen(name);
	if (n > 255)
		n = 255;
	r = room(c, TREC_IFACE, sizeof(*r) + n + 1);
	if (!r)
		return 0;
	r->id = (uint32_t)c->ifmap[k] - 1;
	r->linktype = p->linktype;
	r->snaplen = ifc && ifc->snaplen ? ifc->snaplen : c->o.snaplen;
	r->src_if_id = p->if_id;
	memcpy(r + 1, name, n);
	c->ifsent[k] = 1;
	note_defined(c, -(int)k - 1);
	if (c->st.ifaces[0] == '\0' || !strstr(c->st.ifaces, name)) {
		pthread_mutex_lock(&c->lock);
		if (strlen(c->st.ifaces) + n + 2 < sizeof(c->st.ifaces) && n) {
			if (c->st.ifaces[0])
				strcat(c->st.ifaces, ",");
			strncat(c->st.ifaces, name, n);
		}
		pthread_mutex_unlock(&c->lock);
	}
	return c->ifmap[k] - 1;
}

static void add_packet(struct capt *c, const struct pkt *p)
{
	struct trec_pkt *r;
	int pid, ifx;
	size_t size;

	pid = proc_id(c, p->proc);
	ifx = iface_id(c, p);
	strbuf_reset(&c->text);
	dx__packet(c->dx, p, &c->text, NULL);
	if (c->text.oom)
		strbuf_reset(&c->text);
	size = sizeof(*r) + p->caplen + c->text.len + 1;
	r = room(c, TREC_PKT, size);
	if (!r)
		return;
	r->ts_ns = p->ts_ns;
	r->num = p->num;
	r->caplen = p->caplen;
	r->len = p->len;
	r->proc_id = (uint32_t)pid;
	r->iface_id = (uint32_t)ifx;
	r->text_len = (uint32_t)c->text.len;
	r->dir = (uint8_t)p->dir;
	r->proto = (uint8_t)tproto_classify(p->linktype, p->data, p->caplen);
	memcpy(r + 1, p->data, p->caplen);
	memcpy((uint8_t *)(r + 1) + p->caplen, c->text.buf ? c->text.buf : "", c->text.len);
	((char *)(r + 1))[p->caplen + c->text.len] = '\0';
	if (!c->b_pkts++)
		c->b_first_ns = mono_ns();
}

static void *run_file(struct capt *c)
{
	struct pkt p;
	uint64_t n = 0;
	int rc;

	while (!atomic_load(&c->stop)) {
		rc = capfile_reader__next(c->rd, &p);
		if (rc <= 0) {
			if (rc < 0)
				set_error(c, capfile_reader__error(c->rd));
			break;
		}
		if (c->pf && pfilter__match(c->pf, p.linktype, p.data, p.caplen, p.len) != 1)
			continue;
		add_packet(c, &p);
		if ((++n & 1023) == 0) {
			pthread_mutex_lock(&c->lock);
			c->st.read = n;
			pthread_mutex_unlock(&c->lock);
		}
		/* the first screen comes quickly: hand over small batches at first */
		if (n == 64 || n == 1024)
			flush(c);
	}
	flush(c);
	pthread_mutex_lock(&c->lock);
	c->st.read = n;
	c->st.done = 1;
	pthread_mutex_unlock(&c->lock);
	/* wake the UI so it sees "done" */
	{
		struct batch *b = batch__new(0);

		if (b && queue__push(c->q, b) < 0)
			batch__free(b);
	}
	return NULL;
}

#ifdef PTOP_HAVE_LIVE
static void *run_live(struct capt *c)
{
	struct live_stats ls;
	struct pkt p;
	uint64_t n = 0, last_stats = 0;
	int rc;

	while (!atomic_load(&c->stop)) {
		rc = live__next(c->live, &p, 20);
		if (rc == 1) {
			add_packet(c, &p);
			n++;
		} else if (rc < 0) {
			if (rc != -1) {
				char msg[128];

				snprintf(msg, sizeof(msg), "capture: %s", strerror(-rc));
				set_error(c, msg);
			}
			break;
		}
		if (c->b_pkts && (rc == 0 || mono_ns() - c->b_first_ns >= FLUSH_NS))
			flush(c);
		if (mono_ns() - last_stats > 250000000ull) {
			last_stats = mono_ns();
			live__stats(c->live, &ls);
			pthread_mutex_lock(&c->lock);
			c->st.read = n;
			c->st.kernel_drops = ls.dropped;
			c->st.received = ls.received;
			pthread_mutex_unlock(&c->lock);
		}
	}
	flush(c);
	pthread_mutex_lock(&c->lock);
	c->st.read = n;
	c->st.done = 1;
	pthread_mutex_unlock(&c->lock);
	return NULL;
}
#endif

static void *thread_main(void *arg)
{
	struct capt *c = arg;

#ifdef PTOP_HAVE_LIVE
	if (c->live)
		return run_live(c);
#endif
	return run_file(c);
}

struct capt *capt__start(const struct capt_opts *o, struct queue *q, char *err, size_t errlen)
{
	struct capt *c = calloc(1, sizeof(*c));
	sigset_t all, old;

	if (!c) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	c->o = *o;
	c->q = q;
	pthread_mutex_init(&c->lock, NULL);
	strbuf_init(&c->text);
	c->dx = dx__new(o->po);
	if (!c->dx) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	if (o->read_file) {
		c->rd = capfile_reader__open(o->read_file, err, errlen);
		if (!c->rd)
			goto fail;
		c->st.snaplen = capfile_reader__snaplen(c->rd);
		c->o.snaplen = c->st.snaplen;
		if (o->filter && *o->filter) {
			c->pf = pfilter__new(o->filter, c->st.snaplen);
			if (!c->pf) {
				snprintf(err, errlen, "out of memory");
				goto fail;
			}
			pfilter__set_savefile(c->pf, capfile_reader__big_endian(c->rd));
			if (pfilter__compile(c->pf, capfile_reader__linktype(c->rd), err, errlen) < 0)
				goto fail;
		}
	} else {
#ifdef PTOP_HAVE_LIVE
		struct live_opts lo = { 0 };

		lo.ifaces = o->ifaces;
		lo.n_ifaces = o->n_ifaces;
		lo.netns = o->netns;
		lo.filter = o->filter;
		lo.snaplen = o->snaplen;
		lo.direction = o->direction;
		lo.buffer_kib = o->buffer_kib;
		lo.pids = o->pids;
		lo.n_pids = o->n_pids;
		lo.pname = o->pname;
		lo.follow_forks = o->follow_forks;
		lo.command = o->command;
		c->live = live__open(&lo, err, errlen);
		if (!c->live)
			goto fail;
		c->st.live = 1;
		c->st.snaplen = o->snaplen;
		snprintf(c->st.warnings, sizeof(c->st.warnings), "%s", live__warnings(c->live));
#else
		snprintf(err, errlen,
			 "live capture is not available in this build yet (use -r FILE)");
		goto fail;
#endif
	}
	/* signals go to the UI thread */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	if (pthread_create(&c->th, NULL, thread_main, c) != 0) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		snprintf(err, errlen, "cannot start the capture thread");
		goto fail;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	c->started = 1;
	return c;
fail:
	capt__stop(c);
	return NULL;
}

void capt__stop(struct capt *c)
{
	struct batch *b;
	size_t i;

	if (!c)
		return;
	atomic_store(&c->stop, 1);
	if (c->started)
		pthread_join(c->th, NULL);
	while ((b = queue__pop(c->q)))
		batch__free(b);
	batch__free(c->b);
	capfile_reader__close(c->rd);
	pfilter__free(c->pf);
#ifdef PTOP_HAVE_LIVE
	live__close(c->live);
#endif
	dx__free(c->dx);
	strbuf_free(&c->text);
	for (i = 0; i < c->n_procs; i++)
		free(c->procs[i].rec);
	free(c->procs);
	free(c->b_defined);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

void capt__stats(struct capt *c, struct capt_stats *st)
{
	pthread_mutex_lock(&c->lock);
	*st = c->st;
	pthread_mutex_unlock(&c->lock);
}
