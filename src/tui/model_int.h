/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the model's internals, shared by model.c and model_procs.c only */
#ifndef PTCPDUMP_TUI_MODEL_INT_H
#define PTCPDUMP_TUI_MODEL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"

struct vfilter;
struct store;
struct dx;

/* growable circular array of u64 (capacity a power of two) */
struct ring64 {
	uint64_t *v;
	size_t head, len, cap;
};

static inline uint64_t ring64_at(const struct ring64 *r, size_t i)
{
	return r->v[(r->head + i) & (r->cap - 1)];
}
int ring64_push(struct ring64 *r, uint64_t x);
void ring64_pop_front(struct ring64 *r, size_t n);
void ring64_clear(struct ring64 *r);
void ring64_free(struct ring64 *r);
/* first index with v >= x (v sorted ascending) */
size_t ring64_lower(const struct ring64 *r, uint64_t x);

struct mctx {			/* a process context sent by the capture thread */
	struct trec_proc *rec;	/* owned copy */
	struct proc_ctx ctx;	/* strings point into rec */
	int node;
};

struct miface {
	char *name;
	int linktype;
	uint32_t snaplen;
};

struct drill {
	enum prow_kind kind;
	int pid;
	int why;		/* PROW_NOPROC: enum twhy, -1 for every reason */
	int with_desc;
	char *name, *ns;
	char label[160];
};

#define MODEL_MAX_DRILL 16

#define MODEL_KEYLOG_MAX (16u << 20)	/* key log bytes kept for saving */

/* a row's text, decoded when it was first shown */
struct mtext {
	uint64_t seq1;		/* seq + 1; 0: empty */
	char *s;
	size_t len;
};

#define MODEL_TEXT_CACHE 512	/* rows' texts kept (a power of two) */

/* where the source's numbers stop following seq (queue drops): num - seq from seq on */
struct mnumfix {
	uint64_t seq;
	uint64_t delta;
};

struct model {
	struct model_opts o;
	/* store: index + bytes in the file or spool (store.h) */
	struct store *st;
	uint64_t first_seq;	/* oldest seq kept (store__first) */
	struct mnumfix *numfix;
	size_t n_numfix, cap_numfix;
	/* the decoder states the capture thread's decode took, deduplicated (0: none) */
	struct dx_pkt_state *dstates;
	size_t n_dstates, cap_dstates;
	uint32_t *dstate_hash;	/* index + 1, open addressing */
	size_t dstate_hash_cap;
	/* on-demand decode of the rows' text */
	struct dx *dx;
	struct mtext text[MODEL_TEXT_CACHE];
	uint8_t *buf;		/* a packet's bytes read back */
	size_t buf_cap;
	/* the shown list being rebuilt in steps (model__work) */
	int rb_active;
	int rb_recount;		/* the rebuild also counts the process pane again */
	uint64_t rb_pos;
	/* a search going on in steps (model__work) */
	int srch_active;
	char *srch_needle;
	int srch_back;
	uint64_t srch_from;	/* seq of the row it started from */
	long srch_k;		/* rows looked at so far */
	int srch_done;		/* finished in a step: model__take_search tells it */
	uint64_t view_end;	/* seqs below are in the view (counts, shown) */
	uint64_t evicted;
	uint64_t unstored;	/* store__append failed */
	int paused;
	/* tables */
	struct mctx *ctxs;	/* by proc id (0 unused) */
	size_t n_ctxs;
	struct miface *ifaces;
	size_t n_ifaces;
	struct mnode *nodes;
	size_t n_nodes;
	int *pid_hash;		/* node index + 1, open addressing */
	size_t pid_hash_cap;
	/* packets with no process, in all and by reason (enum twhy) */
	uint64_t noproc_pkts, noproc_bytes;
	char noproc_name[48];	/* "(no process: kernel)": the row's name with one reason */
	struct mrate noproc_rate;
	uint64_t why_pkts[TWHY_N], why_bytes[TWHY_N];
	struct mrate why_rate[TWHY_N];
	/* process pane rows */
	struct prow *rows;
	size_t n_rows, cap_rows;
	enum proc_sort sort_key;
	int sort_desc, sort_set, hide_exited;
	/* view: with no drill-down and no filter every packet in the view is
	 * shown and the list is the range [first_seq, view_end), no array */
	int all_shown;
	struct ring64 shown;
	struct vfilter *vf;
	struct drill drill[MODEL_MAX_DRILL];
	size_t n_drill;
	/* list cursor */
	uint64_t sel_seq;
	uint64_t top_seq;
	int follow;
	uint64_t seen_seq;	/* newest shown seq the user saw before scrolling away */
	int sel_evicted;	/* the selected packet was evicted (model__take_sel_evicted) */
	uint64_t marked;
	/* rates */
	uint64_t now_ns;
	int have_now;
	uint64_t min_ts, max_ts;	/* oldest and newest packet time ingested */
	uint64_t start_ns;		/* start of the measurement (first packet or clock) */
	struct mrate rate;		/* every ingested packet */
	size_t extra_mem;
	unsigned seen;		/* MSEEN_* */
	char *keylog;		/* TLS key log lines seen (TREC_KEYLOG) */
	size_t keylog_len, keylog_cap;
};

static inline size_t shown_len(const struct model *m)
{
	return m->all_shown ? (size_t)(m->view_end - m->first_seq) : m->shown.len;
}
static inline uint64_t shown_at(const struct model *m, size_t i)
{
	return m->all_shown ? m->first_seq + i : ring64_at(&m->shown, i);
}
/* first index with a seq >= x */
static inline size_t shown_lower(const struct model *m, uint64_t x)
{
	if (!m->all_shown)
		return ring64_lower(&m->shown, x);
	if (x <= m->first_seq)
		return 0;
	return x - m->first_seq < shown_len(m) ? (size_t)(x - m->first_seq) : shown_len(m);
}

/* model.c: a stored packet's index entry, writable (marks); NULL when gone */
struct sidx *model_idx_rw(struct model *m, uint64_t seq);
uint64_t model_stored(const struct model *m);	/* packets in the store */

/* model_save.c: go on with a search for about budget_ns; 1 while there is more */
int model_search_step(struct model *m, uint64_t budget_ns);
uint64_t model_mono_ns(void);
#define MODEL_WORK_NS 20000000ull	/* a key's share of a long job (filter, search) */

/* model_procs.c */
/* the node of context id (already in m->ctxs), created with its parent */
int model_node_for_ctx(struct model *m, uint32_t id);
void model_node_account(struct model *m, int node, const struct trec_pkt *r, int add);
int model_node_in_subtree(const struct model *m, int node, int root_pid);
void model_nodes_free(struct model *m);
/* zero every count (before counting the view again) */
void model_nodes_reset_counts(struct model *m);
/* where the rate window ends (see struct mrate) */
uint64_t model_rate_end(const struct model *m);
/* does packet r belong to the process-pane row? */
int model_row_match(const struct model *m, const struct prow *row, int with_desc, int pid,
		    const char *name, const char *ns, const struct trec_pkt *r);

#endif
