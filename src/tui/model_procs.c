// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the model's process table and the process pane's groupings
 *
 * A node is a pid seen in a packet's context, or named as the parent
 * (ParentPID/ParentCmd) of one: so "bash -> curl" shows as a tree even
 * when bash itself sends nothing. Counts are over the packets in the view;
 * a node with no packets left and no active descendant leaves the pane.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

#define MAX_TREE_DEPTH 64

void model_nodes_free(struct model *m)
{
	free(m->nodes);
	free(m->pid_hash);
	m->nodes = NULL;
	m->pid_hash = NULL;
	m->n_nodes = 0;
	m->pid_hash_cap = 0;
}

static size_t pid_slot(size_t cap, int pid)
{
	return ((uint32_t)pid * 2654435761u) & (cap - 1);
}

int model__find_pid(const struct model *m, int pid)
{
	size_t i;

	if (!m->pid_hash_cap)
		return -1;
	for (i = pid_slot(m->pid_hash_cap, pid);; i = (i + 1) & (m->pid_hash_cap - 1)) {
		int v = m->pid_hash[i];

		if (!v)
			return -1;
		if (m->nodes[v - 1].pid == pid)
			return v - 1;
	}
}

static int hash_insert(struct model *m, int idx)
{
	size_t i;

	if ((m->n_nodes + 1) * 2 > m->pid_hash_cap) {
		size_t ncap = m->pid_hash_cap ? m->pid_hash_cap * 2 : 256, k;
		int *nh = calloc(ncap, sizeof(*nh));

		if (!nh)
			return -1;
		free(m->pid_hash);
		m->pid_hash = nh;
		m->pid_hash_cap = ncap;
		for (k = 0; k < m->n_nodes; k++) {
			if ((int)k == idx)
				continue;
			for (i = pid_slot(ncap, m->nodes[k].pid); nh[i]; i = (i + 1) & (ncap - 1))
				;
			nh[i] = (int)k + 1;
		}
	}
	for (i = pid_slot(m->pid_hash_cap, m->nodes[idx].pid); m->pid_hash[i];
	     i = (i + 1) & (m->pid_hash_cap - 1))
		;
	m->pid_hash[i] = idx + 1;
	return 0;
}

static int node_get(struct model *m, int pid)
{
	int i = model__find_pid(m, pid);
	struct mnode *nn;

	if (i >= 0)
		return i;
	if (m->n_nodes >= (1u << 22))
		return -1;
	nn = realloc(m->nodes, (m->n_nodes + 1) * sizeof(*nn));
	if (!nn)
		return -1;
	m->nodes = nn;
	i = (int)m->n_nodes;
	memset(&nn[i], 0, sizeof(nn[i]));
	nn[i].pid = pid;
	nn[i].parent = -1;
	nn[i].comm = "?";
	if (hash_insert(m, i) < 0)
		return -1;
	m->n_nodes++;
	return i;
}

int model_node_for_ctx(struct model *m, uint32_t id)
{
	const struct proc_ctx *c = model__proc(m, id);
	int n, p;

	if (!c || c->pid <= 0)
		return -1;
	if (c->ppid > 0 && c->ppid != c->pid) {
		p = node_get(m, c->ppid);
		if (p >= 0 && !m->nodes[p].ctx_id && c->pcmd) {
			m->nodes[p].comm = proc_basename(c->pcmd);
			m->nodes[p].args = c->pargs;
		}
	}
	n = node_get(m, c->pid);
	if (n < 0)
		return -1;
	m->nodes[n].ctx_id = id;
	m->nodes[n].comm = c->cmd ? proc_basename(c->cmd) : c->tname ? c->tname : "?";
	m->nodes[n].args = c->args;
	if (c->ppid > 0 && c->ppid != c->pid)
		m->nodes[n].ppid = c->ppid;
	return n;
}

size_t model__n_nodes(const struct model *m)
{
	return m->n_nodes;
}

const struct mnode *model__node(const struct model *m, int i)
{
	if (i < 0 || (size_t)i >= m->n_nodes)
		return NULL;
	return &m->nodes[i];
}

const struct proc_ctx *model__node_ctx(const struct model *m, const struct mnode *n)
{
	return n && n->ctx_id ? model__proc(m, n->ctx_id) : NULL;
}

void model__set_exited(struct model *m, int pid, int exited)
{
	int i = model__find_pid(m, pid);

	if (i >= 0)
		m->nodes[i].exited = exited;
}

#define SEC_NS 1000000000ull

/*
 * A ring of n slots whose newest is *head - 1: make slot the newest, or tell
 * it is too old. -1: older than the ring; 0: in it, nothing to clear; 1: clear
 * every slot; 2: clear the slots *from..slot (they saw nothing).
 */
static int ring_roll(uint64_t *head, uint64_t slot, unsigned n, uint64_t *from)
{
	int ret = 0;

	if (*head && slot + n < *head)
		return -1;
	if (!*head || slot + 1 > *head) {
		if (!*head || slot + 1 - *head >= n) {
			ret = 1;
		} else {
			*from = *head;
			ret = 2;
		}
		*head = slot + 1;
	}
	return ret;
}

void mhist__add(struct mhist *h, uint64_t ts_ns, uint64_t bytes)
{
	uint64_t sec = ts_ns / SEC_NS, s = 0;

	switch (ring_roll(&h->head, sec, MHIST_SECS, &s)) {
	case -1:
		return;	/* older than the minute kept */
	case 1:
		memset(h->bytes, 0, sizeof(h->bytes));
		break;
	case 2:
		for (; s <= sec; s++)
			h->bytes[s % MHIST_SECS] = 0;
		break;
	}
	h->bytes[sec % MHIST_SECS] += bytes;
}

void mhist__get(const struct mhist *h, uint64_t end_ns, unsigned n, unsigned w, uint64_t *out)
{
	uint64_t end = end_ns / SEC_NS + 1, s;	/* one past the last second */
	unsigned i, k;

	for (i = 0; i < n; i++) {
		out[i] = 0;
		for (k = 0; k < w; k++) {
			uint64_t back = (uint64_t)(n - i) * w - k;

			if (back > end)
				continue;
			s = end - back;
			if (h->head && s < h->head && s + MHIST_SECS >= h->head)
				out[i] += h->bytes[s % MHIST_SECS];
		}
	}
}

#define MGRAPH_SLOT_NS ((uint64_t)MGRAPH_SLOT_SECS * SEC_NS)

void mgraph__add(struct mgraph *g, uint64_t ts_ns, int dir, uint64_t bytes)
{
	uint64_t slot = ts_ns / MGRAPH_SLOT_NS, s = 0;
	int d = dir == PKT_DIR_OUT ? MG_OUT : dir == PKT_DIR_IN ? MG_IN : MG_UNKNOWN, k;

	switch (ring_roll(&g->head, slot, MGRAPH_SLOTS, &s)) {
	case -1:
		return;
	case 1:
		memset(g->pkts, 0, sizeof(g->pkts));
		memset(g->bytes, 0, sizeof(g->bytes));
		break;
	case 2:
		for (; s <= slot; s++)
			for (k = 0; k < MG_NDIR; k++) {
				g->pkts[k][s % MGRAPH_SLOTS] = 0;
				g->bytes[k][s % MGRAPH_SLOTS] = 0;
			}
		break;
	}
	g->pkts[d][slot % MGRAPH_SLOTS]++;
	g->bytes[d][slot % MGRAPH_SLOTS] += bytes;
}

void mgraph__get(const struct mgraph *g, uint64_t end_ns, unsigned n, unsigned w,
		 struct mgraph_span *out)
{
	uint64_t end = end_ns / MGRAPH_SLOT_NS + 1, s;	/* one past the last slot */
	unsigned i, k;
	int d;

	memset(out, 0, n * sizeof(*out));
	for (i = 0; i < n; i++)
		for (k = 0; k < w; k++) {
			uint64_t back = (uint64_t)(n - i) * w - k;

			if (back > end)
				continue;
			s = end - back;
			if (!g->head || s >= g->head || s + MGRAPH_SLOTS < g->head)
				continue;
			for (d = 0; d < MG_NDIR; d++) {
				out[i].pkts[d] += g->pkts[d][s % MGRAPH_SLOTS];
				out[i].bytes[d] += g->bytes[d][s % MGRAPH_SLOTS];
			}
		}
}

int model__row_graph(const struct model *m, const struct prow *r, unsigned n, unsigned w,
		     struct mgraph_span *out, uint64_t *end_ns)
{
	const struct mnode *nd = r && r->kind == PROW_PROC ? model__node(m, r->node) : NULL;
	struct mgraph_span part[MGRAPH_SLOTS];
	size_t i;
	unsigned k;
	int d;

	*end_ns = model_rate_end(m);
	if (!nd || !n || n * w > MGRAPH_SLOTS)
		return 0;
	mgraph__get(&nd->graph, *end_ns, n, w, out);
	if (!r->folded)
		return 1;
	for (i = 0; i < m->n_nodes; i++) {
		if ((int)i == r->node || !m->nodes[i].pkts || !model_node_in_subtree(m, (int)i, nd->pid))
			continue;
		mgraph__get(&m->nodes[i].graph, *end_ns, n, w, part);
		for (k = 0; k < n; k++)
			for (d = 0; d < MG_NDIR; d++) {
				out[k].pkts[d] += part[k].pkts[d];
				out[k].bytes[d] += part[k].bytes[d];
			}
	}
	return 1;
}

int model__row_hist(const struct model *m, const struct prow *r, unsigned n, unsigned w,
		    uint64_t *out)
{
	const struct mnode *nd = r && r->kind == PROW_PROC ? model__node(m, r->node) : NULL;
	uint64_t part[MHIST_SECS];
	size_t i;
	unsigned k;

	if (!nd || n > MHIST_SECS)
		return 0;
	mhist__get(&nd->hist, model_rate_end(m), n, w, out);
	if (!r->folded)
		return 1;
	/* a folded row stands for its subtree */
	for (i = 0; i < m->n_nodes; i++) {
		if ((int)i == r->node || !m->nodes[i].pkts || !model_node_in_subtree(m, (int)i, nd->pid))
			continue;
		mhist__get(&m->nodes[i].hist, model_rate_end(m), n, w, part);
		for (k = 0; k < n; k++)
			out[k] += part[k];
	}
	return 1;
}

void model_nodes_reset_counts(struct model *m)
{
	size_t i;

	for (i = 0; i < m->n_nodes; i++) {
		m->nodes[i].pkts = m->nodes[i].bytes = 0;
		m->nodes[i].last_ts = 0;
		memset(&m->nodes[i].rate, 0, sizeof(m->nodes[i].rate));
		memset(&m->nodes[i].hist, 0, sizeof(m->nodes[i].hist));
		memset(&m->nodes[i].graph, 0, sizeof(m->nodes[i].graph));
	}
	m->noproc_pkts = m->noproc_bytes = 0;
	memset(&m->noproc_rate, 0, sizeof(m->noproc_rate));
	memset(m->why_pkts, 0, sizeof(m->why_pkts));
	memset(m->why_bytes, 0, sizeof(m->why_bytes));
	memset(m->why_rate, 0, sizeof(m->why_rate));
}

void model_node_account(struct model *m, int node, const struct trec_pkt *r, int add)
{
	struct mnode *n;

	if (node < 0 || (size_t)node >= m->n_nodes) {
		unsigned w = r->why < TWHY_N ? r->why : TWHY_NONE;

		if (add) {
			m->noproc_pkts++;
			m->noproc_bytes += r->len;
			mrate__add(&m->noproc_rate, r->ts_ns, r->len);
			m->why_pkts[w]++;
			m->why_bytes[w] += r->len;
			mrate__add(&m->why_rate[w], r->ts_ns, r->len);
		} else if (m->noproc_pkts) {
			m->noproc_pkts--;
			m->noproc_bytes -= r->len;
			if (m->why_pkts[w]) {
				m->why_pkts[w]--;
				m->why_bytes[w] -= r->len;
			}
		}
		return;
	}
	n = &m->nodes[node];
	if (add) {
		n->pkts++;
		n->bytes += r->len;
		mrate__add(&n->rate, r->ts_ns, r->len);
		mhist__add(&n->hist, r->ts_ns, r->len);
		mgraph__add(&n->graph, r->ts_ns, r->dir, r->len);
		if (r->ts_ns > n->last_ts)
			n->last_ts = r->ts_ns;
	} else if (n->pkts) {
		n->pkts--;
		n->bytes -= r->len;
	}
}

/* is node (or, with descendants, an ancestor of it) root_pid? */
int model_node_in_subtree(const struct model *m, int node, int root_pid)
{
	int depth;

	for (depth = 0; node >= 0 && depth < MAX_TREE_DEPTH; depth++) {
		const struct mnode *n = &m->nodes[node];

		if (n->pid == root_pid)
			return 1;
		if (n->ppid <= 0 || n->ppid == n->pid)
			return 0;
		node = model__find_pid(m, n->ppid);
	}
	return 0;
}

int model_row_match(const struct model *m, const struct prow *row, int with_desc, int pid,
		    const char *name, const char *ns, const struct trec_pkt *r)
{
	const struct proc_ctx *c = model__proc(m, r->proc_id);
	int node;

	switch (row->kind) {
	case PROW_PROC:
		if (!c || c->pid <= 0)
			return 0;
		if (c->pid == pid)
			return 1;
		if (!with_desc)
			return 0;
		node = model__pkt_node(m, r);
		return node >= 0 && model_node_in_subtree(m, node, pid);
	case PROW_POD:
		return c && c->pod && name && !strcmp(c->pod, name) &&
		       !strcmp(c->pod_ns ? c->pod_ns : "", ns ? ns : "");
	case PROW_CONTAINER:
		return c && c->cname && name && !strcmp(c->cname, name);
	case PROW_HOST:
		return c && c->pid > 0 && !c->cname;
	case PROW_NOPROC:
		return (!c || c->pid <= 0) && (row->why < 0 || row->why == r->why);
	}
	return 0;
}

/* ---- rows ------------------------------------------------------------ */

static struct prow *row_add(struct model *m)
{
	struct prow *r;

	if (m->n_rows == m->cap_rows) {
		size_t nc = m->cap_rows ? m->cap_rows * 2 : 64;
		struct prow *nr = realloc(m->rows, nc * sizeof(*nr));

		if (!nr)
			return NULL;
		m->rows = nr;
		m->cap_rows = nc;
	}
	r = &m->rows[m->n_rows++];
	memset(r, 0, sizeof(*r));
	r->node = -1;
	return r;
}

static double rate_bps(const struct model *m, const struct mrate *r)
{
	double pps, bps;

	mrate__get(r, m->start_ns, model_rate_end(m), &pps, &bps);
	return bps;
}

static void add_proc_row(struct model *m, int node, int depth, uint32_t guide, int last)
{
	struct prow *r = row_add(m);
	const struct mnode *n = &m->nodes[node];

	if (!r)
		return;
	r->kind = PROW_PROC;
	r->node = node;
	r->depth = depth;
	r->guide = guide;
	r->last = last;
	r->pkts = n->pkts;
	r->bytes = n->bytes;
	r->bps = rate_bps(m, &n->rate);
}

/* ---- sort, fold, exited ----------------------------------------------- */

static const char *const sort_names[PSORT_N] = { "PID", "NAME", "PKTS", "BYTES", "RATE" };

const char *model__sort_name(enum proc_sort key)
{
	return (unsigned)key < PSORT_N ? sort_names[key] : "?";
}

void model__set_sort(struct model *m, enum proc_sort key, int descending)
{
	if ((unsigned)key >= PSORT_N)
		return;
	m->sort_key = key;
	m->sort_desc = !!descending;
	m->sort_set = 1;
}

enum proc_sort model__sort(const struct model *m, enum group_mode mode, int *descending)
{
	if (!m->sort_set) {
		*descending = mode == GROUP_FLAT;
		return mode == GROUP_FLAT ? PSORT_BYTES : PSORT_PID;
	}
	*descending = m->sort_desc;
	return m->sort_key;
}

void model__set_folded(struct model *m, int node, int folded)
{
	if (node >= 0 && (size_t)node < m->n_nodes)
		m->nodes[node].folded = !!folded;
}

void model__set_hide_exited(struct model *m, int hide)
{
	m->hide_exited = !!hide;
}

int model__hide_exited(const struct model *m)
{
	return m->hide_exited;
}

/* does the node have packets of its own the pane shows? An exited process
 * leaves when hidden, or once its newest packet is MODEL_EXITED_LINGER_NS old */
static int node_shown(const struct model *m, const struct mnode *n)
{
	if (!n->pkts)
		return 0;
	if (!n->exited)
		return 1;
	if (m->hide_exited)
		return 0;
	return model_rate_end(m) < n->last_ts + MODEL_EXITED_LINGER_NS;
}

static double rate_bps(const struct model *m, const struct mrate *r);

struct sorter {
	const struct model *m;
	enum proc_sort key;
	int desc;
	int grouped;		/* pod, container first */
	double *bps;		/* by node */
};

static int cmp_num(double x, double y)
{
	return (x > y) - (x < y);
}

static int strcmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return !a - !b;	/* NULL last */
	return strcmp(a, b);
}

static int cmp_group(const struct model *m, const struct mnode *x, const struct mnode *y)
{
	const struct proc_ctx *cx = model__node_ctx(m, x), *cy = model__node_ctx(m, y);
	int r;

	if ((r = strcmp_null(cx ? cx->pod_ns : NULL, cy ? cy->pod_ns : NULL)))
		return r;
	if ((r = strcmp_null(cx ? cx->pod : NULL, cy ? cy->pod : NULL)))
		return r;
	return strcmp_null(cx ? cx->cname : NULL, cy ? cy->cname : NULL);
}

static int cmp_nodes(const void *a, const void *b, void *arg)
{
	const struct sorter *so = arg;
	int ix = *(const int *)a, iy = *(const int *)b;
	const struct mnode *x = &so->m->nodes[ix], *y = &so->m->nodes[iy];
	int r = 0;

	if (so->grouped && (r = cmp_group(so->m, x, y)))
		return r;
	switch (so->key) {
	case PSORT_NAME:
		r = strcmp(x->comm, y->comm);
		break;
	case PSORT_PKTS:
		r = cmp_num((double)x->pkts, (double)y->pkts);
		break;
	case PSORT_BYTES:
		r = cmp_num((double)x->bytes, (double)y->bytes);
		break;
	case PSORT_RATE:
		r = cmp_num(so->bps[ix], so->bps[iy]);
		break;
	default:
		break;
	}
	if (!r)
		r = cmp_num(x->pid, y->pid);
	return so->desc ? -r : r;
}

/* order[0..n) sorted by the pane's sort; 0, or -1 without memory */
static int sort_nodes(struct model *m, enum group_mode mode, int *order, size_t n)
{
	struct sorter so = { .m = m, .grouped = mode == GROUP_CONTAINER };
	size_t i;

	so.key = model__sort(m, mode, &so.desc);
	if (so.key == PSORT_RATE) {
		so.bps = calloc(m->n_nodes ? m->n_nodes : 1, sizeof(double));
		if (!so.bps)
			return -1;
		for (i = 0; i < n; i++)
			so.bps[order[i]] = rate_bps(m, &m->nodes[order[i]].rate);
	}
	qsort_r(order, n, sizeof(int), cmp_nodes, &so);
	free(so.bps);
	return 0;
}

struct tree {
	int *first_child, *next_sib;
	char *active, *done;
};

/* a folded subtree: its counts go to the folded row r */
static void tree_fold(struct model *m, struct tree *t, int node, struct prow *r, int depth)
{
	int c;

	if (t->done[node] || depth >= MAX_TREE_DEPTH)
		return;
	t->done[node] = 1;
	if (node_shown(m, &m->nodes[node])) {
		r->pkts += m->nodes[node].pkts;
		r->bytes += m->nodes[node].bytes;
		r->bps += rate_bps(m, &m->nodes[node].rate);
	}
	for (c = t->first_child[node]; c >= 0; c = t->next_sib[c])
		tree_fold(m, t, c, r, depth + 1);
}

static void tree_emit(struct model *m, struct tree *t, int node, int depth, uint32_t guide,
		      int last)
{
	int c;

	struct prow *r;

	if (t->done[node])
		return;
	t->done[node] = 1;
	add_proc_row(m, node, depth, guide, last);
	if (!m->n_rows || m->rows[m->n_rows - 1].node != node)
		return;
	r = &m->rows[m->n_rows - 1];
	r->has_children = t->first_child[node] >= 0;
	if (r->has_children && m->nodes[node].folded) {
		/* folded: the row stands for its whole subtree */
		r->folded = 1;
		for (c = t->first_child[node]; c >= 0; c = t->next_sib[c])
			tree_fold(m, t, c, r, 0);
		return;
	}
	if (depth >= MAX_TREE_DEPTH)
		return;
	/* a child at depth d+1 draws, for each level l in 1..d, a guide when the
	 * ancestor at level l has a next sibling */
	if (depth >= 1 && depth < 32 && !last)
		guide |= 1u << depth;
	for (c = t->first_child[node]; c >= 0; c = t->next_sib[c])
		tree_emit(m, t, c, depth + 1, guide, t->next_sib[c] < 0);
}

static void rows_tree(struct model *m)
{
	size_t n = m->n_nodes, i, k, na = 0;
	struct tree t;
	int *order;

	t.first_child = malloc(n * sizeof(int));
	t.next_sib = malloc(n * sizeof(int));
	t.active = calloc(n, 1);
	t.done = calloc(n, 1);
	order = malloc(n * sizeof(int));
	if (!t.first_child || !t.next_sib || !t.active || !t.done || !order)
		goto out;
	for (i = 0; i < n; i++) {
		struct mnode *nd = &m->nodes[i];

		t.first_child[i] = t.next_sib[i] = -1;
		nd->parent = nd->ppid > 0 && nd->ppid != nd->pid ? model__find_pid(m, nd->ppid) : -1;
	}
	for (i = 0; i < n; i++) {
		int x = (int)i;

		if (!node_shown(m, &m->nodes[i]))
			continue;
		for (k = 0; x >= 0 && !t.active[x] && k < MAX_TREE_DEPTH; k++) {
			t.active[x] = 1;
			x = m->nodes[x].parent;
		}
	}
	for (i = 0; i < n; i++)
		if (t.active[i])
			order[na++] = (int)i;
	if (sort_nodes(m, GROUP_TREE, order, na) < 0)
		goto out;
	for (k = na; k-- > 0;) {
		int x = order[k], p = m->nodes[x].parent;

		if (p >= 0 && t.active[p]) {
			t.next_sib[x] = t.first_child[p];
			t.first_child[p] = x;
		}
	}
	{
		int last_root = -1;

		for (k = 0; k < na; k++) {
			int p = m->nodes[order[k]].parent;

			if (p < 0 || !t.active[p])
				last_root = order[k];
		}
		for (k = 0; k < na; k++) {
			int x = order[k], p = m->nodes[x].parent;

			if (p < 0 || !t.active[p])
				tree_emit(m, &t, x, 0, 0, x == last_root);
		}
		/* cycles in ppid: show what was left out as roots */
		for (k = 0; k < na; k++)
			if (!t.done[order[k]])
				tree_emit(m, &t, order[k], 0, 0, 1);
	}
out:
	free(t.first_child);
	free(t.next_sib);
	free(t.active);
	free(t.done);
	free(order);
}

static int same(const char *a, const char *b)
{
	return strcmp_null(a, b) == 0;
}

static void rows_container(struct model *m)
{
	size_t n = m->n_nodes, i, na = 0, k;
	int *order = malloc((n ? n : 1) * sizeof(int));
	int in_pod = 0, in_cnt = 0, have_host = 0;
	struct prow *r;
	const struct proc_ctx *prev = NULL;

	if (!order)
		return;
	for (i = 0; i < n; i++)
		if (node_shown(m, &m->nodes[i]))
			order[na++] = (int)i;
	if (sort_nodes(m, GROUP_CONTAINER, order, na) < 0)
		na = 0;
	for (k = 0; k < na; k++) {
		const struct mnode *nd = &m->nodes[order[k]];
		const struct proc_ctx *c = model__node_ctx(m, nd);
		int depth;

		if (c && c->pod && (!prev || !prev->pod || !same(prev->pod, c->pod) ||
				    !same(prev->pod_ns, c->pod_ns))) {
			r = row_add(m);
			if (!r)
				break;
			r->kind = PROW_POD;
			r->name = c->pod;
			r->ns = c->pod_ns;
			in_pod = 1;
			in_cnt = 0;
		}
		if (c && !c->pod)
			in_pod = 0;
		if (c && c->cname && (!in_cnt || !prev || !same(prev->cname, c->cname) ||
				      !same(prev->pod, c->pod))) {
			r = row_add(m);
			if (!r)
				break;
			r->kind = PROW_CONTAINER;
			r->name = c->cname;
			r->depth = in_pod ? 1 : 0;
			in_cnt = 1;
		}
		if (!c || !c->cname) {
			in_cnt = 0;
			if (!have_host) {
				r = row_add(m);
				if (!r)
					break;
				r->kind = PROW_HOST;
				r->name = "(host)";
				have_host = 1;
			}
		}
		depth = c && c->cname ? (c->pod ? 2 : 1) : 1;
		add_proc_row(m, order[k], depth, 0, 0);
		prev = c;
	}
	free(order);
	/* totals of the group rows: sum of the process rows below them */
	for (i = 0; i < m->n_rows; i++) {
		struct prow *g = &m->rows[i];

		if (g->kind == PROW_PROC)
			continue;
		for (k = i + 1; k < m->n_rows && m->rows[k].depth > g->depth; k++) {
			if (m->rows[k].kind != PROW_PROC)
				continue;
			g->pkts += m->rows[k].pkts;
			g->bytes += m->rows[k].bytes;
			g->bps += m->rows[k].bps;
		}
	}
}

static void rows_flat(struct model *m)
{
	size_t n = m->n_nodes, i, na = 0;
	int *order = malloc((n ? n : 1) * sizeof(int));

	if (!order)
		return;
	for (i = 0; i < n; i++)
		if (node_shown(m, &m->nodes[i]))
			order[na++] = (int)i;
	if (sort_nodes(m, GROUP_FLAT, order, na) < 0)
		na = 0;
	for (i = 0; i < na; i++)
		add_proc_row(m, order[i], 0, 0, i + 1 == na);
	free(order);
}

size_t model__rows(struct model *m, enum group_mode mode)
{
	m->n_rows = 0;
	switch (mode) {
	case GROUP_CONTAINER:
		rows_container(m);
		break;
	case GROUP_FLAT:
		rows_flat(m);
		break;
	default:
		rows_tree(m);
		break;
	}
	if (m->noproc_pkts) {
		struct prow *r = row_add(m);
		int w, last = -1, n_why = 0;

		for (w = 0; w < TWHY_N; w++)
			if (m->why_pkts[w]) {
				last = w;
				n_why++;
			}
		if (r) {
			r->kind = PROW_NOPROC;
			/* one reason: in the row's name; more: one row each below it */
			if (n_why == 1 && last > 0)
				snprintf(m->noproc_name, sizeof(m->noproc_name), "(no process: %s)",
					 twhy_name((enum twhy)last));
			else
				snprintf(m->noproc_name, sizeof(m->noproc_name), "(no process)");
			r->name = m->noproc_name;
			r->why = n_why == 1 && last > 0 ? last : -1;
			r->pkts = m->noproc_pkts;
			r->bytes = m->noproc_bytes;
			r->bps = rate_bps(m, &m->noproc_rate);
			r->last = 1;
			r->has_children = n_why > 1;
		}
		for (w = 0; r && n_why > 1 && w < TWHY_N; w++) {
			if (!m->why_pkts[w])
				continue;
			r = row_add(m);
			if (!r)
				break;
			r->kind = PROW_NOPROC;
			r->name = twhy_name((enum twhy)w);
			r->why = w;
			r->depth = 1;
			r->pkts = m->why_pkts[w];
			r->bytes = m->why_bytes[w];
			r->bps = rate_bps(m, &m->why_rate[w]);
			r->last = w == last;
		}
	}
	return m->n_rows;
}

const struct prow *model__row(const struct model *m, size_t i)
{
	return i < m->n_rows ? &m->rows[i] : NULL;
}

size_t model__n_rows(const struct model *m)
{
	return m->n_rows;
}
