/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the TUI's model: packet store, process groupings, drill-down, view filter, marks,
 * list selection. No curses here: tests/unit/test_tui_model.c drives it directly.
 *
 * Packets are numbered by seq: 0 for the first packet ever ingested, +1 for
 * each next one; a seq never changes meaning. The store (store.h) keeps an
 * index entry per packet and reads the bytes back from the capture file or
 * the spool; a spool drops its oldest packets beyond its size (evicted).
 * The rows' text is decoded when shown, in the decoder state the capture
 * thread's decode of that packet took. The "shown" list is the seqs that
 * pass the drill-down and the view filter, in order; a new filter rebuilds
 * it in steps (model__work). The list selection is a seq, so new or
 * evicted packets never move the row under the cursor.
 */
#ifndef PTCPDUMP_TUI_MODEL_H
#define PTCPDUMP_TUI_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "../core/pkt.h"
#include "../core/proc.h"
#include "batch.h"

struct model;
struct pt_opts;

/*
 * Rates are counted in packet time: packets and bytes per 100 ms slot over
 * the last 2 s. A rate is what the slots of the window that ends at "end"
 * hold, divided by the time the window covers (from the start of the
 * measurement when that is shorter). Live: end is max(now, newest packet);
 * a file: the newest packet (wall-clock time plays no part).
 */
#define MRATE_SLOTS 20
#define MRATE_SLOT_NS 100000000ull
#define MRATE_WINDOW_NS (MRATE_SLOTS * MRATE_SLOT_NS)

struct mrate {
	uint64_t head;			/* newest slot number + 1 (ts / MRATE_SLOT_NS); 0: empty */
	uint32_t pkts[MRATE_SLOTS];	/* slot number % MRATE_SLOTS */
	uint64_t bytes[MRATE_SLOTS];
};

/* count a packet of packet time ts (older than the window: not counted) */
void mrate__add(struct mrate *r, uint64_t ts, uint64_t bytes);
/* per second over the window ending at end_ns, measured since start_ns;
 * 0 when less than a millisecond was measured */
void mrate__get(const struct mrate *r, uint64_t start_ns, uint64_t end_ns, double *pps,
		double *bps);

/*
 * Traffic history: bytes per second of packet time over the last minute
 * (the process pane's sparkline). Old seconds fall out as newer packets come.
 */
#define MHIST_SECS 60

struct mhist {
	uint64_t head;			/* newest second + 1; 0: empty */
	uint64_t bytes[MHIST_SECS];	/* second % MHIST_SECS */
};

void mhist__add(struct mhist *h, uint64_t ts_ns, uint64_t bytes);
/* out[0..n): bytes in n spans of w seconds each, oldest first, the last one
 * ending with the second of end_ns */
void mhist__get(const struct mhist *h, uint64_t end_ns, unsigned n, unsigned w, uint64_t *out);

/*
 * The traffic graph's history (the graph pane): packets and bytes of packet
 * time per MGRAPH_SLOT_SECS slot (slots start at multiples of it since the
 * epoch), by direction, over the last MGRAPH_SLOTS slots (5 minutes);
 * MGRAPH_BYTES bytes per process whatever the traffic.
 */
#define MGRAPH_SLOT_SECS 5
#define MGRAPH_SLOTS 60

enum mgraph_dir { MG_OUT = 0, MG_IN, MG_UNKNOWN, MG_NDIR };

struct mgraph {
	uint64_t head;				/* newest slot + 1; 0: empty */
	uint32_t pkts[MG_NDIR][MGRAPH_SLOTS];	/* slot % MGRAPH_SLOTS */
	uint64_t bytes[MG_NDIR][MGRAPH_SLOTS];
};

#define MGRAPH_BYTES sizeof(struct mgraph)

/* one column of the graph: what n slots held, by direction */
struct mgraph_span {
	uint64_t pkts[MG_NDIR];
	uint64_t bytes[MG_NDIR];
};

/* dir: enum pkt_dir */
void mgraph__add(struct mgraph *g, uint64_t ts_ns, int dir, uint64_t bytes);
/* out[0..n): n spans of w slots each, oldest first, the last one ending with
 * the slot of end_ns (partly elapsed) */
void mgraph__get(const struct mgraph *g, uint64_t end_ns, unsigned n, unsigned w,
		 struct mgraph_span *out);

struct model_opts {
	uint32_t snaplen;	/* for compiling filters */
	const char *path;	/* a capture file that can be read again: bytes come from it */
	const char *dir;	/* where the index and the spool go (NULL: $TMPDIR or /tmp) */
	uint64_t spool_size;	/* no path: the spool's bytes at most (0: the default) */
	const struct pt_opts *po;	/* how the rows' text is printed (NULL: the defaults) */
	char *err;		/* model__new's error, when not NULL */
	size_t errlen;
};

/* A process seen in packets (or named as the parent of one). */
struct mnode {
	int pid;
	int ppid;
	const char *comm;	/* basename of cmd (owned by the model) */
	const char *args;	/* argv joined, or NULL */
	/* the latest context seen for this pid (model__node_ctx), 0 when the pid was
	 * only named as a parent. An id, not a pointer: the context table grows. */
	uint32_t ctx_id;
	uint64_t pkts, bytes;	/* packets of this process in the store */
	struct mrate rate;	/* its packets in the view, by packet time */
	struct mhist hist;	/* the same, per second over the last minute */
	struct mgraph graph;	/* the same, by direction, per 5 s over 5 minutes */
	int exited;
	int parent;		/* node index of ppid, -1 */
	uint64_t last_ts;	/* packet time of its newest packet in the view */
	int folded;		/* tree: its children are hidden under it */
};

enum group_mode {
	GROUP_TREE = 0,		/* parent -> children by pid/ppid */
	GROUP_CONTAINER,	/* pod -> container -> process */
	GROUP_FLAT,		/* processes by bytes */
	GROUP_N,
};

enum prow_kind {
	PROW_PROC = 0,
	PROW_POD,
	PROW_CONTAINER,
	PROW_HOST,		/* processes outside containers */
	PROW_NOPROC,		/* packets without a process */
};

/* One row of the process pane. Strings are borrowed until the next model__rows(). */
struct prow {
	enum prow_kind kind;
	int depth;
	uint32_t guide;		/* bit d set: the ancestor at depth d has a next sibling */
	int last;		/* last among its siblings */
	int node;		/* PROW_PROC: node index; else -1 */
	const char *name;	/* pod / container name */
	const char *ns;		/* pod namespace */
	uint64_t pkts, bytes;	/* own (process) or total (group; a folded process: its subtree) */
	double bps;
	int folded;		/* a folded process that has children */
	int has_children;	/* tree: children shown (or folded) under it */
	int why;		/* PROW_NOPROC: enum twhy of a reason's row, -1 for all */
};

/* the process pane's sort column */
enum proc_sort {
	PSORT_PID = 0,
	PSORT_NAME,
	PSORT_PKTS,
	PSORT_BYTES,
	PSORT_RATE,
	PSORT_N,
};

/* exited processes leave the pane when their newest packet in the view is
 * older than this (packet time), unless hidden at once (model__set_hide_exited) */
#define MODEL_EXITED_LINGER_NS (10ull * 1000000000ull)

struct model_stats {
	uint64_t ingested;	/* packets ever ingested */
	uint64_t evicted;	/* dropped from the spool to stay within its size */
	uint64_t unstored;	/* could not be stored (the spool could not be written) */
	uint64_t stored;
	uint64_t shown;
	uint64_t marked;
	uint64_t pending;	/* ingested while paused, not yet in the view */
	size_t mem;		/* bytes of memory held (tables, shown list) */
	uint64_t disk, disk_max;	/* spool bytes held, at most (0, 0: file mode) */
	int busy;		/* the shown list is being rebuilt: percent done, else -1 */
	double pps, bps;	/* overall rate */
};

/* NULL when the store cannot be made (a message in o->err) */
struct model *model__new(const struct model_opts *o);
void model__free(struct model *m);

/* Take a batch from the capture thread (the model owns it from now on). */
void model__ingest(struct model *m, struct batch *b);
/* Live mode: the clock that ends the rate window (without it, or when a
 * packet is newer, the newest packet's time). */
void model__set_now(struct model *m, uint64_t now_ns);
void model__stats(const struct model *m, struct model_stats *st);

/* ---- store ---- */
uint64_t model__first_seq(const struct model *m);
uint64_t model__end_seq(const struct model *m);	/* one past the newest */
/* fill out with the packet's record (no bytes follow it); NULL when gone */
const struct trec_pkt *model__pkt(const struct model *m, uint64_t seq, struct trec_pkt *out);
/* the packet's bytes (caplen of them), read back; borrowed until the next
 * model__pkt_data or model__pkt_text; NULL when gone or unreadable */
const uint8_t *model__pkt_data(struct model *m, uint64_t seq);
/* the row's text (tcpdump's line after the time), decoded when first asked;
 * borrowed until the next model__pkt_text; "" when unreadable */
const char *model__pkt_text(struct model *m, uint64_t seq, size_t *len);
/* Fill a struct pkt for the decoder / writer (borrows r, data and the model's tables). */
void model__to_pkt(const struct model *m, const struct trec_pkt *r, const uint8_t *data,
		   struct pkt *out);
const char *model__ifname(const struct model *m, uint32_t iface_id);
const struct proc_ctx *model__proc(const struct model *m, uint32_t proc_id);
/* the optional fields some ingested packet had (the list hides columns no packet has) */
#define MSEEN_IFACE 0x01	/* an interface name */
#define MSEEN_DIR 0x02
#define MSEEN_PROC 0x04
#define MSEEN_CONTAINER 0x08
#define MSEEN_POD 0x10
unsigned model__seen(const struct model *m);
/* node of a packet, or -1 */
int model__pkt_node(const struct model *m, const struct trec_pkt *r);

/* ---- processes ---- */
size_t model__n_nodes(const struct model *m);
const struct mnode *model__node(const struct model *m, int i);
/* the node's latest context, or NULL (borrowed until the next model__ingest) */
const struct proc_ctx *model__node_ctx(const struct model *m, const struct mnode *n);
int model__find_pid(const struct model *m, int pid);
void model__set_exited(struct model *m, int pid, int exited);
/* Sort the process pane by key (siblings in the tree, processes within their
 * group); descending or not. Until set: PID ascending, flat grouping by BYTES
 * descending. */
void model__set_sort(struct model *m, enum proc_sort key, int descending);
/* the sort in effect for mode */
enum proc_sort model__sort(const struct model *m, enum group_mode mode, int *descending);
const char *model__sort_name(enum proc_sort key);
/* tree: fold (hide the children of) a node or unfold it */
void model__set_folded(struct model *m, int node, int folded);
/* exited processes: hidden at once (1) or after MODEL_EXITED_LINGER_NS (0) */
void model__set_hide_exited(struct model *m, int hide);
int model__hide_exited(const struct model *m);
/* the history of a process-pane row (a process; a folded one: its subtree)
 * in n <= MHIST_SECS spans of w seconds (mhist__get); 0 when the row has none */
int model__row_hist(const struct model *m, const struct prow *r, unsigned n, unsigned w,
		    uint64_t *out);
/* the graph history of a process-pane row, like model__row_hist (n * w <= MGRAPH_SLOTS);
 * *end_ns: the packet time the last span ends at */
int model__row_graph(const struct model *m, const struct prow *r, unsigned n, unsigned w,
		     struct mgraph_span *out, uint64_t *end_ns);
/* Rebuild the rows of the process pane; returns how many. Counts are over the
 * packets in the view that pass the view filter (not the drill-down). */
size_t model__rows(struct model *m, enum group_mode mode);
const struct prow *model__row(const struct model *m, size_t i);
size_t model__n_rows(const struct model *m);

/* ---- drill-down (a stack) and view filter ---- */
int model__drill_push(struct model *m, const struct prow *r, int with_desc);
int model__drill_pop(struct model *m);		/* 0, or -ENOENT at the top */
/* the open drill-down of a process includes its descendants or not (d) */
void model__drill_set_desc(struct model *m, int with_desc);
size_t model__drill_depth(const struct model *m);
/* "pid 31337+" / "container api" / "pod cart.staging"; "" at the top. Borrowed. */
const char *model__drill_label(const struct model *m);
/* 0, or -EINVAL with a message and the offending byte offset (the old filter stays). */
int model__set_filter(struct model *m, const char *expr, char *err, size_t errlen, int *errpos);
const char *model__filter(const struct model *m);

/* Rebuild the shown list for about budget_ns (0: to the end); 1 while there is more. */
int model__work(struct model *m, uint64_t budget_ns);

/* ---- pause: packets are stored but the view (list, counts) stands still ---- */
void model__set_paused(struct model *m, int paused);
int model__paused(const struct model *m);

/* ---- shown list and its cursor ---- */
size_t model__n_shown(const struct model *m);
uint64_t model__shown_seq(const struct model *m, size_t i);
/* index of the first shown seq >= seq (n_shown when none) */
size_t model__shown_lower(const struct model *m, uint64_t seq);
/* selection: index in the shown list (-1 when empty) */
long model__sel(const struct model *m);
uint64_t model__sel_seq(const struct model *m);
int model__following(const struct model *m);
void model__sel_move(struct model *m, long delta);	/* clamps; at the end: follow */
void model__sel_set(struct model *m, long index);
void model__sel_home(struct model *m);
void model__sel_end(struct model *m);			/* and follow new packets */
/* first visible index for a list of height rows (keeps the selection visible,
 * the top row fixed while not following) */
size_t model__list_top(struct model *m, size_t height);
void model__list_scroll(struct model *m, long delta, size_t height);	/* wheel: keep top moving */
/* shown packets newer than what was on screen when the user scrolled away */
uint64_t model__new_count(const struct model *m);
/* 1 once after the selected packet was evicted (the list then follows again) */
int model__take_sel_evicted(struct model *m);

/* ---- marks ---- */
void model__mark_toggle(struct model *m, uint64_t seq);
void model__mark_shown(struct model *m, int on);
/* mark every stored packet of a process-pane row (a process, with its descendants
 * when with_desc; a container, a pod) */
void model__mark_row(struct model *m, const struct prow *r, int with_desc, int on);
void model__clear_marks(struct model *m);

/* ---- search: select the next/previous shown packet whose row text contains needle
 * (case-insensitive). 0, or -ENOENT (selection unchanged), or -EINPROGRESS:
 * it goes on in model__work, and model__take_search tells how it ended. ---- */
int model__search(struct model *m, const char *needle, int backward);
/* a search that went on in model__work ended: 1 found (selected), -ENOENT; 0: nothing new */
int model__take_search(struct model *m);

/* ---- saving: marked packets (or every shown packet when none is marked) to path,
 * pcapng unless path ends in ".pcap". Returns the count, or -errno with a message. */
long model__save(struct model *m, const char *path, char *err, size_t errlen);

#endif
