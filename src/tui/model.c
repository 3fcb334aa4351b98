// SPDX-License-Identifier: GPL-2.0
/* \summary: the TUI's packet store, view (drill-down + filter), list cursor, marks, save */
#include "model.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "../core/opts.h"
#include "../core/strbuf.h"
#include "../decode/decode.h"
#include "model_int.h"
#include "store.h"
#include "vfilter.h"


/* ---- ring64 ---------------------------------------------------------- */

int ring64_push(struct ring64 *r, uint64_t x)
{
	if (r->len == r->cap) {
		size_t ncap = r->cap ? r->cap * 2 : 1024, i;
		uint64_t *nv = malloc(ncap * sizeof(*nv));

		if (!nv)
			return -ENOMEM;
		for (i = 0; i < r->len; i++)
			nv[i] = ring64_at(r, i);
		free(r->v);
		r->v = nv;
		r->cap = ncap;
		r->head = 0;
	}
	r->v[(r->head + r->len) & (r->cap - 1)] = x;
	r->len++;
	return 0;
}

void ring64_pop_front(struct ring64 *r, size_t n)
{
	if (n > r->len)
		n = r->len;
	if (r->cap)
		r->head = (r->head + n) & (r->cap - 1);
	r->len -= n;
}

void ring64_clear(struct ring64 *r)
{
	r->head = 0;
	r->len = 0;
}

void ring64_free(struct ring64 *r)
{
	free(r->v);
	memset(r, 0, sizeof(*r));
}

/* first index with v >= x (v sorted ascending) */
size_t ring64_lower(const struct ring64 *r, uint64_t x)
{
	size_t lo = 0, hi = r->len;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ring64_at(r, mid) < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- life ------------------------------------------------------------ */

static void on_drop(void *arg, uint64_t seq, const struct sidx *e);

struct model *model__new(const struct model_opts *o)
{
	static const struct pt_opts po0;
	struct model *m = calloc(1, sizeof(*m));
	struct store_opts so = { 0 };
	char err[256];

	if (!m)
		return NULL;
	if (o)
		m->o = *o;
	if (!m->o.snaplen)
		m->o.snaplen = 262144;
	m->follow = 1;
	m->all_shown = 1;
	so.path = m->o.path;
	so.dir = m->o.dir;
	so.spool_size = m->o.spool_size;
	so.on_drop = on_drop;
	so.arg = m;
	m->st = store__open(&so, err, sizeof(err));
	m->dx = dx__new(m->o.po ? m->o.po : &po0);
	if (!m->st || !m->dx) {
		if (m->o.err)
			snprintf(m->o.err, m->o.errlen, "%s", m->st ? "out of memory" : err);
		model__free(m);
		return NULL;
	}
	return m;
}

static void drill_free(struct drill *d)
{
	free(d->name);
	free(d->ns);
	memset(d, 0, sizeof(*d));
}

void model__free(struct model *m)
{
	size_t i;

	if (!m)
		return;
	store__close(m->st);
	dx__free(m->dx);
	for (i = 0; i < MODEL_TEXT_CACHE; i++)
		free(m->text[i].s);
	free(m->buf);
	free(m->numfix);
	free(m->dstates);
	free(m->dstate_hash);
	for (i = 0; i < m->n_ctxs; i++)
		free(m->ctxs[i].rec);
	free(m->ctxs);
	for (i = 0; i < m->n_ifaces; i++)
		free(m->ifaces[i].name);
	free(m->ifaces);
	model_nodes_free(m);
	free(m->rows);
	ring64_free(&m->shown);
	free(m->keylog);
	free(m->srch_needle);
	vfilter__free(m->vf);
	for (i = 0; i < m->n_drill; i++)
		drill_free(&m->drill[i]);
	free(m);
}

/* ---- tables ---------------------------------------------------------- */

static void add_proc(struct model *m, const struct trec_proc *r)
{
	struct mctx *c;

	if (r->id == 0 || r->id > 1u << 24)
		return;
	if (r->id >= m->n_ctxs) {
		size_t n = (size_t)r->id + 64;
		struct mctx *nc = realloc(m->ctxs, n * sizeof(*nc));

		if (!nc)
			return;
		memset(nc + m->n_ctxs, 0, (n - m->n_ctxs) * sizeof(*nc));
		m->ctxs = nc;
		m->extra_mem += (n - m->n_ctxs) * sizeof(*nc);
		m->n_ctxs = n;
	}
	c = &m->ctxs[r->id];
	if (c->rec) {
		/* the same id again (re-sent after a dropped batch): keep the first copy */
		return;
	}
	c->rec = malloc(r->h.size);
	if (!c->rec)
		return;
	memcpy(c->rec, r, r->h.size);
	m->extra_mem += r->h.size;
	trec_proc_ctx(c->rec, &c->ctx);
	c->node = model_node_for_ctx(m, r->id);
}

static void add_iface(struct model *m, const struct trec_iface *r)
{
	const char *name = (const char *)(r + 1);
	size_t maxlen = r->h.size - sizeof(*r);

	if (r->id > 65535)
		return;
	if (r->id >= m->n_ifaces) {
		size_t n = (size_t)r->id + 8;
		struct miface *ni = realloc(m->ifaces, n * sizeof(*ni));

		if (!ni)
			return;
		memset(ni + m->n_ifaces, 0, (n - m->n_ifaces) * sizeof(*ni));
		m->ifaces = ni;
		m->n_ifaces = n;
	}
	/* the same id again (re-sent after a dropped batch): the name handed out stays */
	if (!m->ifaces[r->id].name)
		m->ifaces[r->id].name = strndup(name, maxlen);
	m->ifaces[r->id].linktype = r->linktype;
	m->ifaces[r->id].snaplen = r->snaplen;
}

const struct proc_ctx *model__proc(const struct model *m, uint32_t id)
{
	if (id == 0 || id >= m->n_ctxs || !m->ctxs[id].rec)
		return NULL;
	return &m->ctxs[id].ctx;
}

int model__pkt_node(const struct model *m, const struct trec_pkt *r)
{
	if (r->proc_id == 0 || r->proc_id >= m->n_ctxs || !m->ctxs[r->proc_id].rec)
		return -1;
	return m->ctxs[r->proc_id].node;
}

const char *model__ifname(const struct model *m, uint32_t id)
{
	if (id >= m->n_ifaces || !m->ifaces[id].name)
		return NULL;
	return m->ifaces[id].name;
}

static int pkt_linktype(const struct model *m, const struct trec_pkt *r)
{
	return r->iface_id < m->n_ifaces ? m->ifaces[r->iface_id].linktype : 1;
}

void model__to_pkt(const struct model *m, const struct trec_pkt *r, const uint8_t *data,
		   struct pkt *out)
{
	memset(out, 0, sizeof(*out));
	out->ts_ns = r->ts_ns;
	out->caplen = r->caplen;
	out->len = r->len;
	out->linktype = pkt_linktype(m, r);
	out->dir = r->dir;
	out->if_id = r->iface_id;
	out->ifname = model__ifname(m, r->iface_id);
	out->data = data;
	out->proc = model__proc(m, r->proc_id);
	out->num = r->num;
}

/* ---- store ----------------------------------------------------------- */

uint64_t model_stored(const struct model *m)
{
	return store__end(m->st) - m->first_seq;
}

struct sidx *model_idx_rw(struct model *m, uint64_t seq)
{
	return store__idx(m->st, seq);
}

static uint64_t seq_num(const struct model *m, uint64_t seq)
{
	size_t lo = 0, hi = m->n_numfix;

	/* the last fix at or before seq */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->numfix[mid].seq <= seq)
			lo = mid + 1;
		else
			hi = mid;
	}
	return seq + 1 + (lo ? m->numfix[lo - 1].delta : 0);
}

static void note_num(struct model *m, uint64_t seq, uint64_t num)
{
	uint64_t delta = num > seq + 1 ? num - seq - 1 : 0;

	if (seq_num(m, seq) == seq + 1 + delta)
		return;
	if (m->n_numfix == m->cap_numfix) {
		size_t n = m->cap_numfix ? m->cap_numfix * 2 : 16;
		struct mnumfix *nf = realloc(m->numfix, n * sizeof(*nf));

		if (!nf)
			return;
		m->extra_mem += (n - m->cap_numfix) * sizeof(*nf);
		m->numfix = nf;
		m->cap_numfix = n;
	}
	m->numfix[m->n_numfix].seq = seq;
	m->numfix[m->n_numfix++].delta = delta;
}

/* the id of a decoder state (0: nothing kept), added when new */
static uint32_t dstate_id(struct model *m, const struct dx_pkt_state *in)
{
	struct dx_pkt_state st;
	uint32_t h = 2166136261u;
	size_t i, k;
	const uint8_t *p = (const uint8_t *)&st;

	if (!in->n_tcp)
		return 0;
	memset(&st, 0, sizeof(st));
	st.n_tcp = in->n_tcp > DX_STATE_TCP ? DX_STATE_TCP : in->n_tcp;
	for (k = 0; k < st.n_tcp; k++) {
		st.tcp_flags[k] = in->tcp_flags[k];
		st.tcp_seq[k] = in->tcp_seq[k];
		st.tcp_ack[k] = in->tcp_ack[k];
	}
	for (i = 0; i < sizeof(st); i++)
		h = (h ^ p[i]) * 16777619u;
	if (m->n_dstates * 2 + 2 >= m->dstate_hash_cap) {
		size_t nc = m->dstate_hash_cap ? m->dstate_hash_cap * 2 : 1024;
		uint32_t *nh = calloc(nc, sizeof(*nh));

		if (!nh || m->n_dstates >= SIDX_MAX_STATE) {
			free(nh);
			return 0;
		}
		for (i = 0; i < m->n_dstates; i++) {
			uint32_t hh = 2166136261u;
			const uint8_t *q = (const uint8_t *)&m->dstates[i];
			size_t j;

			for (j = 0; j < sizeof(st); j++)
				hh = (hh ^ q[j]) * 16777619u;
			for (j = hh & (nc - 1); nh[j]; j = (j + 1) & (nc - 1))
				;
			nh[j] = (uint32_t)i + 1;
		}
		m->extra_mem += (nc - m->dstate_hash_cap) * sizeof(*nh);
		free(m->dstate_hash);
		m->dstate_hash = nh;
		m->dstate_hash_cap = nc;
	}
	for (i = h & (m->dstate_hash_cap - 1); m->dstate_hash[i];
	     i = (i + 1) & (m->dstate_hash_cap - 1))
		if (!memcmp(&m->dstates[m->dstate_hash[i] - 1], &st, sizeof(st)))
			return m->dstate_hash[i];
	if (m->n_dstates == m->cap_dstates) {
		size_t n = m->cap_dstates ? m->cap_dstates * 2 : 256;
		struct dx_pkt_state *nd = realloc(m->dstates, n * sizeof(*nd));

		if (!nd)
			return 0;
		m->extra_mem += (n - m->cap_dstates) * sizeof(*nd);
		m->dstates = nd;
		m->cap_dstates = n;
	}
	m->dstates[m->n_dstates++] = st;
	m->dstate_hash[i] = (uint32_t)m->n_dstates;
	return (uint32_t)m->n_dstates;
}

static void fill_rec(const struct model *m, uint64_t seq, const struct sidx *e,
		     struct trec_pkt *out)
{
	uint32_t sid = sidx_state(e);

	memset(out, 0, sizeof(*out));
	out->h.type = TREC_PKT;
	out->h.size = sizeof(*out);
	out->ts_ns = e->ts_ns;
	out->num = seq_num(m, seq);
	out->file_off = sidx_off(e);
	out->caplen = e->caplen;
	out->len = e->len;
	if ((e->proc_id & SIDX_NOPROC) == SIDX_NOPROC)
		out->why = (uint8_t)(e->proc_id & 0xff);
	else
		out->proc_id = e->proc_id;
	out->iface_id = sidx_iface(e);
	out->dir = (uint8_t)sidx_dir(e);
	out->proto = (uint8_t)sidx_proto(e);
	out->flags = (uint8_t)sidx_flags(e);
	if (sid && sid <= m->n_dstates)
		out->dstate = m->dstates[sid - 1];
}

const struct trec_pkt *model__pkt(const struct model *m, uint64_t seq, struct trec_pkt *out)
{
	const struct sidx *e = store__idx(m->st, seq);

	if (!e)
		return NULL;
	fill_rec(m, seq, e, out);
	return out;
}

const uint8_t *model__pkt_data(struct model *m, uint64_t seq)
{
	const struct sidx *e = store__idx(m->st, seq);
	size_t need;

	if (!e)
		return NULL;
	need = e->caplen ? e->caplen : 1;
	if (need > m->buf_cap) {
		size_t cap = m->buf_cap ? m->buf_cap : 2048;
		uint8_t *nb;

		while (cap < need)
			cap *= 2;
		nb = realloc(m->buf, cap);
		if (!nb)
			return NULL;
		m->extra_mem += cap - m->buf_cap;
		m->buf = nb;
		m->buf_cap = cap;
	}
	if (store__read(m->st, seq, m->buf, m->buf_cap) != (long)e->caplen)
		return NULL;
	return m->buf;
}

const char *model__pkt_text(struct model *m, uint64_t seq, size_t *len)
{
	struct mtext *t = &m->text[seq & (MODEL_TEXT_CACHE - 1)];
	struct trec_pkt r;
	const uint8_t *data;
	struct strbuf sb;
	struct pkt p;

	if (t->seq1 == seq + 1) {
		*len = t->len;
		return t->s;
	}
	*len = 0;
	if (!model__pkt(m, seq, &r) || !(data = model__pkt_data(m, seq)))
		return "";
	model__to_pkt(m, &r, data, &p);
	strbuf_init(&sb);
	dx__packet_as(m->dx, &p, &r.dstate, &sb, NULL);
	if (sb.oom || !sb.buf) {
		strbuf_free(&sb);
		return "";
	}
	free(t->s);
	t->s = sb.buf;	/* NUL-terminated, ours now */
	t->len = sb.len;
	t->seq1 = seq + 1;
	*len = t->len;
	return t->s;
}

/* ---- view ------------------------------------------------------------ */

static int drill_match(const struct model *m, const struct drill *d, const struct trec_pkt *r)
{
	struct prow row = { .kind = d->kind, .node = -1, .why = d->why };

	return model_row_match(m, &row, d->with_desc, d->pid, d->name, d->ns, r);
}

static int drills_match(const struct model *m, const struct trec_pkt *r)
{
	size_t i;

	for (i = 0; i < m->n_drill; i++)
		if (!drill_match(m, &m->drill[i], r))
			return 0;
	return 1;
}

/* the view filter alone. data: the packet's bytes when at hand, else read
 * back when the filter needs them */
static int vf_match(struct model *m, uint64_t seq, const struct trec_pkt *r,
		    const uint8_t *data)
{
	struct vfilter_pkt vp;

	if (!m->vf)
		return 1;
	if (!data && !(data = model__pkt_data(m, seq)))
		return 0;
	vp.linktype = pkt_linktype(m, r);
	vp.data = data;
	vp.caplen = r->caplen;
	vp.len = r->len;
	vp.proc = model__proc(m, r->proc_id);
	return vfilter__match(m->vf, &vp);
}

/* The process pane counts the packets that pass the view filter (the
 * drill-down narrows only the list): count seq when it does, and remember
 * it in its flags for when it leaves the store. Returns whether it passed. */
static int count_pkt(struct model *m, uint64_t seq, const struct trec_pkt *r)
{
	struct sidx *e = model_idx_rw(m, seq);
	int in = vf_match(m, seq, r, NULL);

	if (e) {
		unsigned f = sidx_flags(e);

		sidx_set_flags(e, in ? f | TPKT_COUNTED : f & ~(unsigned)TPKT_COUNTED);
	}
	if (in)
		model_node_account(m, model__pkt_node(m, r), r, 1);
	return in;
}

uint64_t model_mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void keep_selection(struct model *m);

int model__work(struct model *m, uint64_t budget_ns)
{
	uint64_t t0 = budget_ns ? model_mono_ns() : 0, k = 0;
	struct trec_pkt r;

	if (!m->rb_active)
		return m->srch_active ? model_search_step(m, budget_ns) : 0;
	if (m->rb_pos < m->first_seq)
		m->rb_pos = m->first_seq;
	for (; m->rb_pos < m->view_end; m->rb_pos++) {
		if ((++k & 1023) == 0 && budget_ns && model_mono_ns() - t0 > budget_ns)
			return 1;
		if (!model__pkt(m, m->rb_pos, &r))
			continue;
		/* after a new filter the counts are made again; else the flag says */
		if (!(m->rb_recount ? count_pkt(m, m->rb_pos, &r) : r.flags & TPKT_COUNTED))
			continue;
		if (!m->all_shown && drills_match(m, &r))
			ring64_push(&m->shown, m->rb_pos);
	}
	m->rb_active = 0;
	m->rb_recount = 0;
	keep_selection(m);
	return m->srch_active;
}

/* bring packets [view_end, end) into the view (the shown list too, unless
 * a rebuild is under way: it reaches them) */
static void advance_view(struct model *m)
{
	uint64_t end = store__end(m->st);
	struct trec_pkt r;

	if (m->view_end < m->first_seq)
		m->view_end = m->first_seq;
	for (; m->view_end < end; m->view_end++) {
		if (!model__pkt(m, m->view_end, &r))
			continue;
		if (count_pkt(m, m->view_end, &r) && !m->all_shown && !m->rb_active &&
		    drills_match(m, &r))
			ring64_push(&m->shown, m->view_end);
	}
}

static void rebuild_shown(struct model *m)
{
	ring64_clear(&m->shown);
	/* a recount under way starts again from the oldest packet */
	if (m->rb_recount)
		model_nodes_reset_counts(m);
	m->all_shown = !m->n_drill && !m->vf;
	if (m->all_shown && !m->rb_recount) {
		m->rb_active = 0;
		keep_selection(m);
		return;
	}
	m->rb_active = 1;
	m->rb_pos = m->first_seq;
	model__work(m, MODEL_WORK_NS);
}

/* the spool drops seq (the oldest): its counts go */
static void on_drop(void *arg, uint64_t seq, const struct sidx *e)
{
	struct model *m = arg;
	struct trec_pkt r;

	fill_rec(m, seq, e, &r);
	/* counted, and not waiting for a recount to reach it */
	if (seq < m->view_end && (r.flags & TPKT_COUNTED) &&
	    !(m->rb_active && m->rb_recount && seq >= m->rb_pos))
		model_node_account(m, model__pkt_node(m, &r), &r, 0);
	if (r.flags & TPKT_MARKED)
		m->marked--;
	m->evicted++;
}

static void after_drops(struct model *m)
{
	m->first_seq = store__first(m->st);
	while (m->shown.len && ring64_at(&m->shown, 0) < m->first_seq)
		ring64_pop_front(&m->shown, 1);
	if (m->view_end < m->first_seq)
		m->view_end = m->first_seq;
	if (m->rb_active && m->rb_pos < m->first_seq)
		m->rb_pos = m->first_seq;
	/* the packet under the cursor is gone: staying on whatever is oldest now
	 * would move the row under the cursor with every batch; follow again */
	if (!m->follow && m->sel_seq < m->first_seq) {
		m->follow = 1;
		m->seen_seq = 0;
		m->sel_evicted = 1;
	}
}

int model__take_sel_evicted(struct model *m)
{
	int e = m->sel_evicted;

	m->sel_evicted = 0;
	return e;
}

static size_t mem_used(const struct model *m)
{
	return m->shown.cap * sizeof(uint64_t) + m->extra_mem + m->n_nodes * sizeof(struct mnode);
}

/* the key log is kept whole (it is small next to the packets, and
 * bounded) for the saved selections */
static void add_keylog(struct model *m, const struct trec_keylog *r)
{
	size_t need = m->keylog_len + r->len + 1;
	char *p;

	if (need > MODEL_KEYLOG_MAX)
		return;
	if (need > m->keylog_cap) {
		size_t cap = m->keylog_cap ? m->keylog_cap * 2 : 4096;

		while (cap < need)
			cap *= 2;
		p = realloc(m->keylog, cap);
		if (!p)
			return;
		m->extra_mem += cap - m->keylog_cap;
		m->keylog = p;
		m->keylog_cap = cap;
	}
	memcpy(m->keylog + m->keylog_len, r + 1, r->len);
	m->keylog_len += r->len;
	m->keylog[m->keylog_len] = '\0';
}

static void add_pkt(struct model *m, const struct trec_pkt *r)
{
	struct sidx e;
	int64_t seq;

	memset(&e, 0, sizeof(e));
	e.ts_ns = r->ts_ns;
	e.len = r->len;
	e.caplen = r->caplen;
	e.proc_id = r->proc_id ? r->proc_id : SIDX_NOPROC | r->why;
	sidx_pack(&e, r->file_off, r->iface_id, r->dir, r->proto, 0, dstate_id(m, &r->dstate));
	if (!store__is_spool(m->st) && !r->file_off) {
		m->unstored++;	/* not where the file can be read again */
		return;
	}
	seq = store__append(m->st, &e, trec_pkt_data(r));
	if (seq < 0) {
		m->unstored++;
		return;
	}
	note_num(m, (uint64_t)seq, r->num);
	if (r->ts_ns > m->max_ts)
		m->max_ts = r->ts_ns;
	if (!m->min_ts || r->ts_ns < m->min_ts)
		m->min_ts = r->ts_ns;
	if (!m->start_ns || r->ts_ns < m->start_ns)
		m->start_ns = r->ts_ns;
	mrate__add(&m->rate, r->ts_ns, r->len);
}

static void note_seen(struct model *m, const struct trec_pkt *r)
{
	const struct proc_ctx *c = r->proc_id ? model__proc(m, r->proc_id) : NULL;
	const char *ifn = model__ifname(m, r->iface_id);

	if (ifn && *ifn)
		m->seen |= MSEEN_IFACE;
	if (r->dir != PKT_DIR_UNKNOWN)
		m->seen |= MSEEN_DIR;
	if (c && c->pid > 0)
		m->seen |= MSEEN_PROC;
	if (c && c->cname)
		m->seen |= MSEEN_CONTAINER;
	if (c && c->pod)
		m->seen |= MSEEN_POD;
}

unsigned model__seen(const struct model *m)
{
	return m->seen;
}

void model__ingest(struct model *m, struct batch *b)
{
	const struct trec_hdr *h;
	size_t off = 0;

	while ((h = batch__next(b, &off))) {
		switch (h->type) {
		case TREC_PROC:
			if (h->size >= sizeof(struct trec_proc))
				add_proc(m, (const struct trec_proc *)h);
			break;
		case TREC_IFACE:
			if (h->size >= sizeof(struct trec_iface)) {
				const struct trec_iface *ri = (const struct trec_iface *)h;

				add_iface(m, ri);
				if (ri->id < m->n_ifaces)
					store__add_iface(m->st, ri->id, ri->linktype, ri->snaplen,
							 m->ifaces[ri->id].name);
			}
			break;
		case TREC_KEYLOG:
			if (h->size >= sizeof(struct trec_keylog) &&
			    h->size - sizeof(struct trec_keylog) >=
				    ((const struct trec_keylog *)h)->len)
				add_keylog(m, (const struct trec_keylog *)h);
			break;
		case TREC_PKT: {
			const struct trec_pkt *r = (const struct trec_pkt *)h;

			if (h->size >= sizeof(*r) + r->caplen) {
				add_pkt(m, r);
				note_seen(m, r);
			}
			break;
		}
		default:
			break;
		}
	}
	batch__free(b);
	store__flush(m->st);
	after_drops(m);
	if (!m->paused)
		advance_view(m);
}

void model__set_now(struct model *m, uint64_t now_ns)
{
	/* live: the measurement starts when the clock does, not at the first packet */
	if (!m->have_now && (!m->start_ns || now_ns < m->start_ns))
		m->start_ns = now_ns;
	m->now_ns = now_ns;
	m->have_now = 1;
}

uint64_t model_rate_end(const struct model *m)
{
	return m->have_now && m->now_ns > m->max_ts ? m->now_ns : m->max_ts;
}

/* ---- rates ----------------------------------------------------------- */

void mrate__add(struct mrate *r, uint64_t ts, uint64_t bytes)
{
	uint64_t slot = ts / MRATE_SLOT_NS + 1;
	size_t k;

	if (slot > r->head) {
		/* the slots between the newest and this one saw nothing */
		uint64_t gap = slot - r->head;

		for (k = 0; k < MRATE_SLOTS && k < gap; k++) {
			size_t i = (size_t)((slot - k) % MRATE_SLOTS);

			r->pkts[i] = 0;
			r->bytes[i] = 0;
		}
		r->head = slot;
	} else if (r->head - slot >= MRATE_SLOTS) {
		return;
	}
	r->pkts[slot % MRATE_SLOTS]++;
	r->bytes[slot % MRATE_SLOTS] += bytes;
}

void mrate__get(const struct mrate *r, uint64_t start_ns, uint64_t end_ns, double *pps,
		double *bps)
{
	uint64_t end_slot = end_ns / MRATE_SLOT_NS + 1, from, span, pk = 0, by = 0, s;

	*pps = 0;
	*bps = 0;
	if (end_slot < r->head)
		end_slot = r->head;	/* a packet newer than end: it still counts */
	/* the window: the slots (end_slot - MRATE_SLOTS, end_slot], the last one up to end_ns */
	from = end_slot > MRATE_SLOTS ? (end_slot - MRATE_SLOTS) * MRATE_SLOT_NS : 0;
	if (start_ns > from)
		from = start_ns;
	span = end_ns > from ? end_ns - from : 0;
	if (!r->head || span < 1000000ull)
		return;
	for (s = r->head; s > 0 && r->head - s < MRATE_SLOTS; s--) {
		if (s > end_slot || s + MRATE_SLOTS <= end_slot)
			continue;
		pk += r->pkts[s % MRATE_SLOTS];
		by += r->bytes[s % MRATE_SLOTS];
	}
	*pps = (double)pk * 1e9 / (double)span;
	*bps = (double)by * 1e9 / (double)span;
}

void model__stats(const struct model *m, struct model_stats *st)
{
	memset(st, 0, sizeof(*st));
	st->ingested = store__end(m->st);
	st->evicted = m->evicted;
	st->unstored = m->unstored;
	st->stored = model_stored(m);
	st->shown = shown_len(m);
	st->marked = m->marked;
	st->pending = store__end(m->st) - m->view_end;
	st->mem = mem_used(m);
	st->disk = store__disk(m->st);
	st->disk_max = store__spool_size(m->st);
	st->busy = -1;
	if (m->rb_active) {
		uint64_t all = m->view_end - m->first_seq, done = m->rb_pos - m->first_seq;

		st->busy = all ? (int)(done * 100 / all) : 0;
	}
	mrate__get(&m->rate, m->start_ns, model_rate_end(m), &st->pps, &st->bps);
}

uint64_t model__first_seq(const struct model *m)
{
	return m->first_seq;
}

uint64_t model__end_seq(const struct model *m)
{
	return store__end(m->st);
}

/* ---- drill-down and filter ------------------------------------------- */

static void keep_selection(struct model *m)
{
	if (m->follow || !shown_len(m) || m->rb_active)
		return;
	/* the selected packet may be filtered out: take the next one shown */
	{
		size_t i = shown_lower(m, m->sel_seq);

		if (i >= shown_len(m))
			i = shown_len(m) - 1;
		m->sel_seq = shown_at(m, i);
		m->top_seq = m->sel_seq;
	}
}

int model__drill_push(struct model *m, const struct prow *r, int with_desc)
{
	struct drill *d;

	if (m->n_drill >= MODEL_MAX_DRILL)
		return -ENOSPC;
	d = &m->drill[m->n_drill];
	memset(d, 0, sizeof(*d));
	d->kind = r->kind;
	d->with_desc = with_desc;
	d->pid = -1;
	switch (r->kind) {
	case PROW_PROC: {
		const struct mnode *n = model__node(m, r->node);

		if (!n)
			return -EINVAL;
		d->pid = n->pid;
		snprintf(d->label, sizeof(d->label), "pid %d%s", n->pid, with_desc ? "+" : "");
		break;
	}
	case PROW_POD:
		d->name = strdup(r->name ? r->name : "");
		d->ns = strdup(r->ns ? r->ns : "");
		if (!d->name || !d->ns) {
			drill_free(d);
			return -ENOMEM;
		}
		snprintf(d->label, sizeof(d->label), "pod %s.%s", d->name, d->ns);
		break;
	case PROW_CONTAINER:
		d->name = strdup(r->name ? r->name : "");
		if (!d->name)
			return -ENOMEM;
		snprintf(d->label, sizeof(d->label), "container %s", d->name);
		break;
	case PROW_HOST:
		snprintf(d->label, sizeof(d->label), "host processes");
		break;
	case PROW_NOPROC:
		d->why = r->why;
		if (r->why < 0)
			snprintf(d->label, sizeof(d->label), "no process");
		else
			snprintf(d->label, sizeof(d->label), "no process: %s",
				 twhy_name((enum twhy)r->why));
		break;
	}
	m->n_drill++;
	rebuild_shown(m);
	m->follow = 1;
	m->seen_seq = 0;
	return 0;
}

int model__drill_pop(struct model *m)
{
	if (!m->n_drill)
		return -ENOENT;
	drill_free(&m->drill[--m->n_drill]);
	rebuild_shown(m);
	keep_selection(m);
	return 0;
}

void model__drill_set_desc(struct model *m, int with_desc)
{
	struct drill *d = m->n_drill ? &m->drill[m->n_drill - 1] : NULL;

	if (!d || d->kind != PROW_PROC || d->with_desc == !!with_desc)
		return;
	d->with_desc = !!with_desc;
	snprintf(d->label, sizeof(d->label), "pid %d%s", d->pid, with_desc ? "+" : "");
	rebuild_shown(m);
	keep_selection(m);
}

size_t model__drill_depth(const struct model *m)
{
	return m->n_drill;
}

const char *model__drill_label(const struct model *m)
{
	return m->n_drill ? m->drill[m->n_drill - 1].label : "";
}

int model__set_filter(struct model *m, const char *expr, char *err, size_t errlen, int *errpos)
{
	int lts[64];
	size_t n = 0, i, j;
	struct vfilter *vf;

	for (i = 0; i < m->n_ifaces && n < 64; i++) {
		if (!m->ifaces[i].name)
			continue;
		for (j = 0; j < n && lts[j] != m->ifaces[i].linktype; j++)
			;
		if (j == n)
			lts[n++] = m->ifaces[i].linktype;
	}
	vf = vfilter__new(expr, lts, n, m->o.snaplen, err, errlen, errpos);
	if (!vf)
		return -EINVAL;
	vfilter__free(m->vf);
	m->vf = *vfilter__expr(vf) ? vf : NULL;
	if (!m->vf)
		vfilter__free(vf);
	/* the process pane counts what the filter passes: count the view again */
	m->rb_recount = 1;
	rebuild_shown(m);
	keep_selection(m);
	return 0;
}

const char *model__filter(const struct model *m)
{
	return m->vf ? vfilter__expr(m->vf) : "";
}

void model__set_paused(struct model *m, int paused)
{
	m->paused = paused;
	if (!paused)
		advance_view(m);
}

int model__paused(const struct model *m)
{
	return m->paused;
}

/* ---- shown list and cursor ------------------------------------------- */

size_t model__n_shown(const struct model *m)
{
	return shown_len(m);
}

uint64_t model__shown_seq(const struct model *m, size_t i)
{
	return shown_at(m, i);
}

size_t model__shown_lower(const struct model *m, uint64_t seq)
{
	return shown_lower(m, seq);
}

long model__sel(const struct model *m)
{
	size_t i;

	if (!shown_len(m))
		return -1;
	if (m->follow)
		return (long)shown_len(m) - 1;
	i = shown_lower(m, m->sel_seq);
	return i < shown_len(m) ? (long)i : (long)shown_len(m) - 1;
}

uint64_t model__sel_seq(const struct model *m)
{
	long i = model__sel(m);

	return i < 0 ? UINT64_MAX : shown_at(m, (size_t)i);
}

int model__following(const struct model *m)
{
	return m->follow;
}

void model__sel_set(struct model *m, long i)
{
	long n = (long)shown_len(m);
	int was_follow = m->follow;

	if (!n)
		return;
	if (i < 0)
		i = 0;
	if (i >= n - 1) {
		i = n - 1;
		if (!m->paused) {
			m->follow = 1;
			m->seen_seq = 0;
			return;
		}
	}
	if (was_follow) {
		m->seen_seq = shown_at(m, (size_t)n - 1);
		m->top_seq = UINT64_MAX;	/* recomputed by model__list_top */
	}
	m->follow = 0;
	m->sel_seq = shown_at(m, (size_t)i);
}

void model__sel_move(struct model *m, long delta)
{
	long cur = model__sel(m);

	if (cur < 0)
		return;
	model__sel_set(m, cur + delta);
}

void model__sel_home(struct model *m)
{
	model__sel_set(m, 0);
	if (shown_len(m))
		m->top_seq = shown_at(m, 0);
}

void model__sel_end(struct model *m)
{
	m->follow = 1;
	m->seen_seq = 0;
}

size_t model__list_top(struct model *m, size_t height)
{
	size_t n = shown_len(m), top;
	long sel = model__sel(m);

	if (!n || !height)
		return 0;
	if (m->follow) {
		top = n > height ? n - height : 0;
		m->top_seq = shown_at(m, top);
		return top;
	}
	top = m->top_seq == UINT64_MAX ? (n > height ? n - height : 0)
				       : shown_lower(m, m->top_seq);
	if (top >= n)
		top = n - 1;
	if ((long)top > sel)
		top = (size_t)sel;
	if ((size_t)sel >= top + height)
		top = (size_t)sel - height + 1;
	m->top_seq = shown_at(m, top);
	return top;
}

void model__list_scroll(struct model *m, long delta, size_t height)
{
	size_t n = shown_len(m), top = model__list_top(m, height);
	long nt = (long)top + delta, sel = model__sel(m);

	if (!n)
		return;
	if (nt > (long)n - (long)height)
		nt = (long)n - (long)height;
	if (nt < 0)
		nt = 0;
	/* keep the selection on screen, move it with the page */
	if (sel < nt)
		sel = nt;
	if (sel >= nt + (long)height)
		sel = nt + (long)height - 1;
	if (m->follow && delta >= 0)
		return;
	model__sel_set(m, sel);
	if (!m->follow)
		m->top_seq = shown_at(m, (size_t)nt);
}

uint64_t model__new_count(const struct model *m)
{
	uint64_t pend = store__end(m->st) - m->view_end;

	if (m->follow)
		return pend;
	return shown_len(m) - shown_lower(m, m->seen_seq + 1) + pend;
}
