// SPDX-License-Identifier: GPL-2.0
/* \summary: the capture thread: pt_run() from a file or live source -> decoded batches -> queue */
#include "capture_thread.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../capture/pipeline.h"
#include "../capture/source.h"
#include "../core/pkt.h"
#include "../core/queue.h"
#include "../core/strbuf.h"
#include "../decode/decode.h"
#include "batch.h"

#define BATCH_SIZE (256u * 1024)
#define FLUSH_NS 30000000ull		/* live: hand over at least every 30 ms */
#define STATS_NS 250000000ull		/* live: the kernel's counts this often */
#define IDLE_MS 20			/* live: look at the open batch after this long idle */
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
	struct source *src;
	uint32_t snaplen;	/* the file's, or -s */
	int stream;		/* a file read from a pipe (-r -) */
	uint64_t n;		/* packets handed to add_packet */
	uint64_t last_stats;	/* live: when the kernel's counts were last read */
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
	size_t keylog_sent;	/* bytes of the source's key log handed on */
	/* shared with the UI thread */
	pthread_mutex_t lock;
	struct capt_stats st;
};

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
		if (c->o.cap.read_file && !atomic_load(&c->stop)) {
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
	ifc = source__iface(c->src, p->if_id);
	name = p->ifname ? p->ifname : ifc && ifc->name ? ifc->name : "";
	n = strlen(name);
	if (n > 255)
		n = 255;
	r = room(c, TREC_IFACE, sizeof(*r) + n + 1);
	if (!r)
		return 0;
	r->id = (uint32_t)c->ifmap[k] - 1;
	r->linktype = p->linktype;
	r->snaplen = ifc && ifc->snaplen ? ifc->snaplen : c->snaplen;
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

/* key log lines that came since the last packet go before it */
static void add_keylog(struct capt *c)
{
	size_t len, n;
	const char *text = source__keylog(c->src, &len);
	struct trec_keylog *r;

	while (c->keylog_sent < len) {
		n = len - c->keylog_sent;
		if (n > TREC_KEYLOG_CHUNK)
			n = TREC_KEYLOG_CHUNK;
		r = room(c, TREC_KEYLOG, sizeof(*r) + n);
		if (!r)
			return;
		r->len = (uint32_t)n;
		r->pad = 0;
		memcpy(r + 1, text + c->keylog_sent, n);
		c->keylog_sent += n;
	}
}

static void add_packet(struct capt *c, const struct pkt *p)
{
	struct trec_pkt *r;
	int pid, ifx;
	size_t size;

	add_keylog(c);
	pid = proc_id(c, p->proc);
	ifx = iface_id(c, p);
	strbuf_reset(&c->text);
	dx__packet(c->dx, p, &c->text, NULL);
	if (c->text.oom)
		strbuf_reset(&c->text);
	/* the text is decoded again for the rows on screen: only the state it took is kept */
	size = sizeof(*r) + p->caplen;
	r = room(c, TREC_PKT, size);
	if (!r)
		return;
	r->ts_ns = p->ts_ns;
	r->num = p->num;
	r->file_off = p->file_off;
	r->caplen = p->caplen;
	r->len = p->len;
	r->proc_id = (uint32_t)pid;
	r->iface_id = (uint32_t)ifx;
	r->dir = (uint8_t)p->dir;
	r->proto = (uint8_t)tproto_classify(c->dx);
	if (!pid)
		r->why = (uint8_t)twhy_classify(c->dx, (enum tproto)r->proto, p->noproc);
	r->dstate = *dx__packet_state(c->dx);
	memcpy(r + 1, p->data, p->caplen);
	if (!c->b_pkts++)
		c->b_first_ns = mono_ns();
}

/* the sink of a file: nothing is dropped; the first screen comes quickly */
static int file_packet(void *arg, const struct pkt *p)
{
	struct capt *c = arg;

	add_packet(c, p);
	if ((++c->n & 1023) == 0) {
		pthread_mutex_lock(&c->lock);
		c->st.read = c->n;
		pthread_mutex_unlock(&c->lock);
	}
	/* small batches at first; a stream's packets as they come */
	if (c->n == 64 || c->n == 1024 ||
	    (c->stream && mono_ns() - c->b_first_ns >= FLUSH_NS))
		flush(c);
	return 0;
}

/* a stream (-r -) whose writer is quiet: show what came */
static int file_idle(void *arg)
{
	struct capt *c = arg;

	if (c->b_pkts)
		flush(c);
	pthread_mutex_lock(&c->lock);
	c->st.read = c->n;
	pthread_mutex_unlock(&c->lock);
	return 0;
}

/* live: hand the batch over when idle or 30 ms old; the kernel's counts */
static int live_tick(struct capt *c, int idle)
{
	struct source_stats ss;

	if (c->b_pkts && (idle || mono_ns() - c->b_first_ns >= FLUSH_NS))
		flush(c);
	if (mono_ns() - c->last_stats > STATS_NS) {
		c->last_stats = mono_ns();
		source__stats(c->src, &ss);
		pthread_mutex_lock(&c->lock);
		c->st.read = c->n;
		c->st.kernel_drops = ss.dropped;
		c->st.received = ss.received;
		pthread_mutex_unlock(&c->lock);
	}
	return 0;
}

static int live_packet(void *arg, const struct pkt *p)
{
	struct capt *c = arg;

	add_packet(c, p);
	c->n++;
	return live_tick(c, 0);
}

static int live_idle(void *arg)
{
	return live_tick(arg, 1);
}

static void *thread_main(void *arg)
{
	struct capt *c = arg;
	int live = source__is_live(c->src);
	struct pt_sink sink = { live ? live_packet : file_packet, live ? live_idle : file_idle, c };
	struct pt_run run;

	c->stream = source__is_stream(c->src);
	memset(&run, 0, sizeof(run));
	run.src = c->src;
	run.sinks = &sink;
	run.n_sinks = 1;
	run.stop = &c->stop;
	run.timeout_ms = IDLE_MS;
	if (pt_run(&run) < 0)
		set_error(c, run.err);
	flush(c);
	pthread_mutex_lock(&c->lock);
	c->st.read = c->n;
	c->st.done = 1;
	pthread_mutex_unlock(&c->lock);
	/* a file: wake the UI so it sees "done" */
	if (!live) {
		struct batch *b = batch__new(0);

		if (b && queue__push(c->q, b) < 0)
			batch__free(b);
	}
	return NULL;
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
	c->src = source__open(&o->cap, err, errlen);
	if (!c->src || source__compile(c->src, err, errlen) < 0)
		goto fail;
	c->snaplen = source__snaplen(c->src);
	c->st.snaplen = c->snaplen;
	if (source__is_live(c->src)) {
		c->st.live = 1;
		snprintf(c->st.warnings, sizeof(c->st.warnings), "%s", source__warnings(c->src));
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
	source__close(c->src);
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
