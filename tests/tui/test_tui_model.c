// SPDX-License-Identifier: GPL-2.0
/* \summary: unit tests of the TUI model (store, groupings, drill-down, filter, marks, cursor) */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <poll.h>
#include <pthread.h>
#include <unistd.h>

#include "capture/capfile.h"
#include "core/proc.h"
#include "core/queue.h"
#include "decode/decode.h"
#include "tui/batch.h"
#include "tui/copy.h"
#include "tui/lineedit.h"
#include "tui/model.h"
#include "tui/store.h"
#include "tui/vfilter.h"

#define HARNESS_SUITE ""
#include "../unit/harness.h"

/* ---- building batches like the capture thread does ---- */

static struct proc_ctx P_CURL = { .pid = 200, .cmd = "/usr/bin/curl", .args = "curl -sS x",
				  .ppid = 100, .pcmd = "/bin/bash", .pargs = "bash" };
static struct proc_ctx P_PY = { .pid = 300, .cmd = "/usr/bin/python3", .args = "python3 a.py",
				.ppid = 100, .pcmd = "/bin/bash", .pargs = "bash", .has_uid = 1,
				.uid = 1000 };
static struct proc_ctx P_WGET = { .pid = 400, .cmd = "/bin/busybox", .args = "wget x",
				  .ppid = 390, .pcmd = "/bin/busybox", .pargs = "sh",
				  .cname = "api", .cid = "3f5c0a9b", .pod = "cart",
				  .pod_ns = "staging" };
static struct proc_ctx P_CJK = { .pid = 500, .cmd = "/usr/bin/\xe4\xb8\xad\xe6\x96\x87",
				 .args = "\xe4\xb8\xad\xe6\x96\x87 \x1b[31m" };

/* Ethernet/IPv4/TCP (proto 6) or UDP (17) */
static size_t make_frame(uint8_t *f, int proto, unsigned sport, unsigned dport)
{
	memset(f, 0, 54);
	f[12] = 0x08;
	f[14] = 0x45;
	f[16] = 0;
	f[17] = 40;
	f[22] = 64;
	f[23] = (uint8_t)proto;
	f[26] = 10; f[27] = 0; f[28] = 0; f[29] = 1;
	f[30] = 10; f[31] = 0; f[32] = 0; f[33] = 2;
	f[34] = (uint8_t)(sport >> 8);
	f[35] = (uint8_t)sport;
	f[36] = (uint8_t)(dport >> 8);
	f[37] = (uint8_t)dport;
	f[46] = 0x50;
	return 54;
}

/* the class the capture thread gives: from a decode of the packet's bytes */
static enum tproto classify(int linktype, const uint8_t *f, size_t n)
{
	static struct pt_opts po = { .no_resolve = 1 };
	static struct dx *dx;
	struct strbuf sb;
	struct pkt p;
	enum tproto r;

	if (!dx && !(dx = dx__new(&po)))
		exit(2);
	memset(&p, 0, sizeof(p));
	p.data = f;
	p.caplen = p.len = (uint32_t)n;
	p.linktype = linktype;
	strbuf_init(&sb);
	dx__packet(dx, &p, &sb, NULL);
	strbuf_free(&sb);
	r = tproto_classify(dx);
	return r;
}

struct gen {
	uint32_t next_proc;
	const struct proc_ctx *sent[16];
	uint32_t ids[16];
	int n_sent;
	int iface_sent;
	uint64_t num;
	uint64_t ts;
};

static uint32_t gen_proc(struct gen *g, struct batch *b, const struct proc_ctx *c)
{
	struct trec_proc *r;
	int i;

	if (!c)
		return 0;
	for (i = 0; i < g->n_sent; i++)
		if (g->sent[i] == c)
			return g->ids[i];
	r = batch__add(b, TREC_PROC, trec_proc_size(c));
	if (!r)
		return 0;
	trec_proc_fill(r, ++g->next_proc, c);
	g->sent[g->n_sent] = c;
	g->ids[g->n_sent++] = g->next_proc;
	return g->next_proc;
}

static void gen_pkt(struct gen *g, struct batch *b, const struct proc_ctx *c, int proto,
		    unsigned dport, int dir)
{
	uint8_t f[64];
	size_t n = make_frame(f, proto, 40000, dport);
	struct trec_pkt *r;
	uint32_t pid = gen_proc(g, b, c);

	if (!g->iface_sent) {
		struct trec_iface *ifc = batch__add(b, TREC_IFACE, sizeof(*ifc) + 8);

		ifc->id = 0;
		ifc->linktype = 1;
		ifc->snaplen = 262144;
		memcpy(ifc + 1, "eth0", 5);
		g->iface_sent = 1;
	}
	r = batch__add(b, TREC_PKT, sizeof(*r) + n);
	if (!r)
		return;
	r->ts_ns = (g->ts += 1000000);
	r->num = ++g->num;
	r->caplen = (uint32_t)n;
	r->len = (uint32_t)n;
	r->proc_id = pid;
	r->dir = (uint8_t)dir;
	r->proto = (uint8_t)classify(1, f, n);
	memcpy(r + 1, f, n);
}

/* 10 packets: curl x4 (tcp 80), python x3 (udp 53), wget x2 (tcp 80), none x1 */
static struct model *sample(uint64_t spool_size, struct gen *g)
{
	struct model_opts mo = { .spool_size = spool_size };
	struct model *m = model__new(&mo);
	struct batch *b = batch__new(8192);
	int i;

	for (i = 0; i < 4; i++)
		gen_pkt(g, b, &P_CURL, 6, 80, i & 1 ? 1 : 2);
	for (i = 0; i < 3; i++)
		gen_pkt(g, b, &P_PY, 17, 53, 2);
	for (i = 0; i < 2; i++)
		gen_pkt(g, b, &P_WGET, 6, 80, 2);
	gen_pkt(g, b, NULL, 6, 22, 1);
	model__ingest(m, b);
	return m;
}

static void test_store_and_tree(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	struct model_stats st;
	const struct prow *r;
	size_t n;

	case_begin("model store + process tree");
	model__stats(m, &st);
	CHECK(st.stored == 10 && st.shown == 10 && st.evicted == 0);
	n = model__rows(m, GROUP_TREE);
	/* bash(100) -> curl(200), python3(300); busybox sh(390) -> wget(400); (no process) */
	CHECK(n == 6);
	r = model__row(m, 0);
	CHECK(r && r->kind == PROW_PROC && model__node(m, r->node)->pid == 100 && r->depth == 0);
	CHECK(r && r->pkts == 0);
	r = model__row(m, 1);
	CHECK(r && model__node(m, r->node)->pid == 200 && r->depth == 1 && !r->last && r->pkts == 4);
	r = model__row(m, 2);
	CHECK(r && model__node(m, r->node)->pid == 300 && r->depth == 1 && r->last);
	r = model__row(m, 3);
	CHECK(r && model__node(m, r->node)->pid == 390 && !strcmp(model__node(m, r->node)->comm,
								   "busybox"));
	r = model__row(m, 5);
	CHECK(r && r->kind == PROW_NOPROC && r->pkts == 1);
	model__free(m);
	case_end();
}

static void test_groupings(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	const struct prow *r;
	size_t n;

	case_begin("model container/pod and flat groupings");
	n = model__rows(m, GROUP_CONTAINER);
	r = model__row(m, 0);
	CHECK(r && r->kind == PROW_POD && !strcmp(r->name, "cart") && !strcmp(r->ns, "staging"));
	CHECK(r && r->pkts == 2);
	r = model__row(m, 1);
	CHECK(r && r->kind == PROW_CONTAINER && !strcmp(r->name, "api") && r->depth == 1);
	r = model__row(m, 2);
	CHECK(r && r->kind == PROW_PROC && model__node(m, r->node)->pid == 400 && r->depth == 2);
	r = model__row(m, 3);
	CHECK(r && r->kind == PROW_HOST && r->pkts == 7);
	CHECK(n == 7);
	n = model__rows(m, GROUP_FLAT);
	r = model__row(m, 0);
	CHECK(r && model__node(m, r->node)->pid == 200);	/* most bytes */
	CHECK(n == 4);
	model__free(m);
	case_end();
}

static void test_drill(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	const struct prow *r;

	case_begin("model drill-down with and without descendants");
	model__rows(m, GROUP_TREE);
	r = model__row(m, 0);	/* bash */
	CHECK(model__drill_push(m, r, 1) == 0);
	CHECK(model__n_shown(m) == 7);
	CHECK(!strcmp(model__drill_label(m), "pid 100+"));
	/* d: the open drill-down follows the toggle */
	model__drill_set_desc(m, 0);
	CHECK(model__n_shown(m) == 0 && !strcmp(model__drill_label(m), "pid 100"));
	model__drill_set_desc(m, 1);
	CHECK(model__n_shown(m) == 7 && !strcmp(model__drill_label(m), "pid 100+"));
	CHECK(model__drill_pop(m) == 0);
	CHECK(model__n_shown(m) == 10);
	CHECK(model__drill_push(m, r, 0) == 0);
	CHECK(model__n_shown(m) == 0);
	model__drill_pop(m);
	CHECK(model__drill_pop(m) == -ENOENT);
	model__rows(m, GROUP_CONTAINER);
	CHECK(model__drill_push(m, model__row(m, 0), 1) == 0);	/* pod */
	CHECK(model__n_shown(m) == 2);
	model__drill_pop(m);
	model__free(m);
	case_end();
}

/* a packet with no process, for the reason why */
static void gen_noproc(struct gen *g, struct batch *b, enum twhy why)
{
	struct trec_pkt *last = NULL;
	const struct trec_hdr *h;
	size_t off = 0;

	gen_pkt(g, b, NULL, 17, 9, 1);
	while ((h = batch__next(b, &off)))
		if (h->type == TREC_PKT)
			last = (struct trec_pkt *)h;
	if (last)
		last->why = (uint8_t)why;
}

static void test_noproc_why(void)
{
	struct model_opts mo = { 0 };
	struct model *m = model__new(&mo);
	struct batch *b = batch__new(8192);
	struct gen g = { 0 };
	struct trec_pkt rec;
	const struct prow *r;
	size_t n;

	case_begin("no process: one row per reason, drill-down by reason, kept in the index");
	gen_pkt(&g, b, &P_CURL, 6, 80, 2);
	gen_noproc(&g, b, TWHY_KERNEL);
	gen_noproc(&g, b, TWHY_OLD_SOCKET);
	gen_noproc(&g, b, TWHY_KERNEL);
	gen_noproc(&g, b, TWHY_NO_SOCKET);
	gen_noproc(&g, b, TWHY_OLD_SOCKET);
	model__ingest(m, b);
	n = model__rows(m, GROUP_TREE);
	/* bash -> curl; (no process) with kernel, no socket, older socket */
	CHECK(n == 6);
	r = model__row(m, 2);
	CHECK(r && r->kind == PROW_NOPROC && r->why == -1 && r->pkts == 5 && r->has_children &&
	      !strcmp(r->name, "(no process)"));
	r = model__row(m, 3);
	CHECK(r && r->kind == PROW_NOPROC && r->why == TWHY_KERNEL && r->pkts == 2 &&
	      r->depth == 1 && !strcmp(r->name, "kernel") && !r->last);
	r = model__row(m, 4);
	CHECK(r && r->why == TWHY_NO_SOCKET && r->pkts == 1 && !strcmp(r->name, "no socket"));
	r = model__row(m, 5);
	CHECK(r && r->why == TWHY_OLD_SOCKET && r->pkts == 2 && r->last);
	CHECK(model__pkt(m, 4, &rec) && rec.proc_id == 0 && rec.why == TWHY_NO_SOCKET);
	CHECK(model__pkt(m, 0, &rec) && rec.proc_id != 0 && rec.why == TWHY_NONE);
	CHECK(model__drill_push(m, model__row(m, 5), 1) == 0);
	CHECK(model__n_shown(m) == 2 && !strcmp(model__drill_label(m), "no process: older socket"));
	model__drill_pop(m);
	model__rows(m, GROUP_TREE);
	CHECK(model__drill_push(m, model__row(m, 2), 1) == 0);
	CHECK(model__n_shown(m) == 5 && !strcmp(model__drill_label(m), "no process"));
	model__free(m);

	/* one reason: it is in the row's name, no rows below */
	m = model__new(&mo);
	b = batch__new(8192);
	memset(&g, 0, sizeof(g));
	gen_noproc(&g, b, TWHY_KERNEL);
	gen_noproc(&g, b, TWHY_KERNEL);
	model__ingest(m, b);
	n = model__rows(m, GROUP_TREE);
	r = model__row(m, 0);
	CHECK(n == 1 && r && r->why == TWHY_KERNEL && !strcmp(r->name, "(no process: kernel)") &&
	      !r->has_children);
	model__free(m);
	case_end();
}

static void test_filter(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	char err[256];
	int pos;

	case_begin("model view filter (pcap + process primitives, errors keep the old filter)");
	CHECK(model__set_filter(m, "udp", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 3);
	CHECK(model__set_filter(m, "pname curl and tcp port 80", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 4);
	CHECK(model__set_filter(m, "(pid 300 or container api) and not tcp port 22", err,
				sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 5);
	CHECK(model__set_filter(m, "pod cart.staging", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 2);
	CHECK(model__set_filter(m, "uid 1000", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 3);
	CHECK(model__set_filter(m, "uid 0 or uid 4", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 0);
	CHECK(model__set_filter(m, "uid x", err, sizeof(err), &pos) == -EINVAL);
	CHECK(pos == 4 && strstr(err, "not a user id"));
	CHECK(model__set_filter(m, "ppid 100 && !udp", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 4);
	CHECK(model__set_filter(m, "pname py* or port 22", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 4);
	/* errors: the previous filter stays */
	CHECK(model__set_filter(m, "pid abc", err, sizeof(err), &pos) == -EINVAL);
	CHECK(pos == 4 && strstr(err, "not a process id"));
	CHECK(!strcmp(model__filter(m), "pname py* or port 22") && model__n_shown(m) == 4);
	CHECK(model__set_filter(m, "pname curl and tcp port 99999", err, sizeof(err), &pos) ==
	      -EINVAL);
	/* libpcap names the word it chokes on: the position is that word's */
	CHECK(pos == 24 && strstr(err, "port"));
	CHECK(model__set_filter(m, "tcp port 80 and hots 1.2.3.4", err, sizeof(err), &pos) ==
	      -EINVAL);
	CHECK(pos == 16 && strstr(err, "'hots'"));
	CHECK(model__set_filter(m, "pid 3 or ether host 1:2:3", err, sizeof(err), &pos) == -EINVAL);
	CHECK(pos == 20);
	CHECK(model__set_filter(m, "(pid 1 or tcp", err, sizeof(err), &pos) == -EINVAL);
	CHECK(pos == 0 && strstr(err, "')'"));
	CHECK(model__set_filter(m, "pname", err, sizeof(err), &pos) == -EINVAL);
	CHECK(model__set_filter(m, "tcp port 80 or 53", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 6);	/* libpcap: "tcp port 80 or tcp port 53" */
	CHECK(model__set_filter(m, "", err, sizeof(err), &pos) == 0);
	CHECK(model__n_shown(m) == 10 && !*model__filter(m));
	model__free(m);
	case_end();
}

static void test_cursor(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	struct batch *b;
	int i;

	case_begin("model list cursor: follows at the bottom, stays put when scrolled");
	CHECK(model__following(m) && model__sel(m) == 9);
	CHECK(model__list_top(m, 4) == 6);
	model__sel_move(m, -3);
	CHECK(!model__following(m) && model__sel(m) == 6);
	CHECK(model__sel_seq(m) == 6);
	b = batch__new(4096);
	for (i = 0; i < 5; i++)
		gen_pkt(&g, b, &P_CURL, 6, 80, 2);
	model__ingest(m, b);
	CHECK(model__sel(m) == 6 && model__sel_seq(m) == 6);
	CHECK(model__new_count(m) == 5);
	CHECK(model__list_top(m, 4) <= 6);
	model__sel_end(m);
	CHECK(model__following(m) && model__sel(m) == 14 && model__new_count(m) == 0);
	/* search */
	/* the rows' text is decoded from the bytes read back */
	{
		size_t len;
		const char *t = model__pkt_text(m, 4, &len);

		CHECK(strstr(t, "10.0.0.1.40000 > 10.0.0.2.53:") != NULL && len == strlen(t));
		t = model__pkt_text(m, 0, &len);
		CHECK(strstr(t, "10.0.0.1.40000 > 10.0.0.2.80: Flags") != NULL);
	}
	CHECK(model__search(m, "10.0.0.2.53:", 0) == 0 && model__sel(m) == 4);
	CHECK(model__search(m, "CURL", 0) == 0 && model__sel(m) == 10);
	CHECK(model__search(m, "nothing-like-this", 0) == -ENOENT && model__sel(m) == 10);
	/* pause: stored, not shown */
	model__set_paused(m, 1);
	b = batch__new(4096);
	gen_pkt(&g, b, &P_CURL, 6, 80, 2);
	model__ingest(m, b);
	CHECK(model__n_shown(m) == 15 && model__new_count(m) >= 1);
	model__set_paused(m, 0);
	CHECK(model__n_shown(m) == 16);
	model__free(m);
	case_end();
}

static void test_marks_and_evict(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	struct model_stats st;
	int i;

	case_begin("model marks and bounded memory");
	model__mark_toggle(m, 0);
	model__mark_toggle(m, 1);
	model__mark_toggle(m, 1);
	model__stats(m, &st);
	CHECK(st.marked == 1);
	model__rows(m, GROUP_TREE);
	model__mark_row(m, model__row(m, 0), 1, 1);	/* bash subtree: 7 */
	model__stats(m, &st);
	CHECK(st.marked == 7);
	model__clear_marks(m);
	model__mark_shown(m, 1);
	model__stats(m, &st);
	CHECK(st.marked == 10);
	model__free(m);

	/* a 256 KiB spool: the oldest packets go, counts follow */
	{
		struct model_opts mo = { .spool_size = 256 * 1024 };
		struct gen g2 = { 0 };

		m = model__new(&mo);
		for (i = 0; i < 4000; i++) {
			struct batch *b = batch__new(1024);

			gen_pkt(&g2, b, &P_CJK, 6, 443, 2);
			gen_pkt(&g2, b, &P_CJK, 6, 443, 1);
			model__ingest(m, b);
			/* scrolled away early: the selected packet is evicted later */
			if (i == 10)
				model__sel_move(m, -5);
			if (i == 10)
				CHECK(!model__following(m) && !model__take_sel_evicted(m));
		}
		CHECK(model__take_sel_evicted(m) && !model__take_sel_evicted(m));
		CHECK(model__following(m) && model__new_count(m) == 0);
		model__stats(m, &st);
		CHECK(st.disk <= 256 * 1024 && st.disk_max == 256 * 1024);
		CHECK(st.evicted > 0 && st.stored + st.evicted == 8000);
		CHECK(model__first_seq(m) == st.evicted);
		model__rows(m, GROUP_FLAT);
		CHECK(model__n_rows(m) == 1 && model__row(m, 0)->pkts == st.stored);
		{
			struct trec_pkt rec;

			CHECK(model__pkt(m, 0, &rec) == NULL && model__pkt_data(m, 0) == NULL);
			CHECK(model__pkt(m, 7999, &rec) && rec.num == 8000 &&
			      model__pkt_data(m, 7999) != NULL);
		}
		CHECK(model__sel(m) == (long)st.shown - 1);
		model__free(m);
	}
	case_end();
}

/* process contexts arrive one batch at a time, far past the table's growth steps:
 * every node still reaches its own context (ASan checks the memory) */
static void test_many_procs(void)
{
	struct model *m = model__new(NULL);
	char cmd[32], args[32];
	int i, bad = 0;
	size_t n, k;

	case_begin("model: 300 process contexts, rows keep their context");
	for (i = 0; i < 300; i++) {
		struct proc_ctx c = { .pid = 1000 + i, .cmd = cmd, .args = args, .ppid = 999,
				      .pcmd = "/bin/bash", .pargs = "bash" };
		struct batch *b = batch__new(4096);
		struct gen g = { .next_proc = (uint32_t)i, .num = (uint64_t)i,
				 .ts = (uint64_t)i * 1000000000ull, .iface_sent = i > 0 };

		snprintf(cmd, sizeof(cmd), "/usr/bin/curl%d", i);
		snprintf(args, sizeof(args), "curl%d -s", i);
		gen_pkt(&g, b, &c, 6, 80, 2);
		model__ingest(m, b);
		/* the process pane is rebuilt and read between batches, as the UI does */
		n = model__rows(m, i % 3 == 0 ? GROUP_CONTAINER : GROUP_TREE);
		for (k = 0; k < n; k++) {
			const struct prow *r = model__row(m, k);
			const struct mnode *nd = r->kind == PROW_PROC ? model__node(m, r->node) : NULL;
			const struct proc_ctx *pc = nd ? model__node_ctx(m, nd) : NULL;

			if (nd && nd->pid != 999 && (!pc || pc->pid != nd->pid ||
						    strncmp(pc->args, nd->comm, strlen(nd->comm))))
				bad++;
		}
	}
	CHECK(bad == 0);
	CHECK(model__n_nodes(m) == 301);
	{
		const struct mnode *nd = model__node(m, model__find_pid(m, 1000));

		CHECK(nd && model__node_ctx(m, nd) && !strcmp(model__node_ctx(m, nd)->cmd,
							       "/usr/bin/curl0"));
		CHECK(nd && !strcmp(nd->comm, "curl0"));
		nd = model__node(m, model__find_pid(m, 999));
		CHECK(nd && !model__node_ctx(m, nd) && !strcmp(nd->comm, "bash"));
	}
	model__free(m);
	case_end();
}

static void test_lineedit(void)
{
	struct le_history h = { 0 };
	struct lineedit le;

	case_begin("line editor keys and history");
	lineedit__init(&le, "tcp port 80", &h);
	lineedit__op(&le, LE_KILL_WORD);
	CHECK(!strcmp(le.buf, "tcp port "));
	lineedit__insert(&le, "443", 3);
	lineedit__op(&le, LE_HOME);
	lineedit__insert(&le, "\xe4\xb8\xad", 3);
	lineedit__op(&le, LE_LEFT);
	CHECK(le.cur == 0);
	lineedit__op(&le, LE_RIGHT);
	CHECK(le.cur == 3);
	lineedit__op(&le, LE_BACKSPACE);
	CHECK(!strcmp(le.buf, "tcp port 443") && le.cur == 0);
	lineedit__op(&le, LE_END);
	lineedit__op(&le, LE_LEFT);
	lineedit__op(&le, LE_KILL_END);
	CHECK(!strcmp(le.buf, "tcp port 44"));
	lineedit__op(&le, LE_KILL_START);
	CHECK(!strcmp(le.buf, "") && le.cur == 0);
	le_history__add(&h, "udp");
	le_history__add(&h, "arp");
	lineedit__init(&le, "dr", &h);
	lineedit__op(&le, LE_HIST_PREV);
	CHECK(!strcmp(le.buf, "arp"));
	lineedit__op(&le, LE_HIST_PREV);
	CHECK(!strcmp(le.buf, "udp"));
	lineedit__op(&le, LE_HIST_NEXT);
	lineedit__op(&le, LE_HIST_NEXT);
	CHECK(!strcmp(le.buf, "dr"));
	/* opened on the newest entry (the filter in use): the first Up goes further back */
	lineedit__init(&le, "arp", &h);
	lineedit__op(&le, LE_HIST_PREV);
	CHECK(!strcmp(le.buf, "udp"));
	lineedit__op(&le, LE_HIST_NEXT);
	CHECK(!strcmp(le.buf, "arp"));
	le_history__free(&h);
	case_end();
}

#define SEC 1000000000ull
#define NEAR(v, want, pct) ((v) >= (want) * (1 - (pct) / 100.0) && (v) <= (want) * (1 + (pct) / 100.0))

static void test_rate_window(void)
{
	struct mrate r = { 0 };
	double pps, bps, lo = 1e18, hi = 0;
	uint64_t t0 = 1700000000 * SEC, t;
	int i;

	case_begin("rates: a sliding 2 s window of packet time");
	/* nothing measured yet */
	mrate__get(&r, t0, t0 + SEC, &pps, &bps);
	CHECK(pps == 0 && bps == 0);
	/* steady 100 packets/s of 100 bytes for 10 s: every sample after the first
	 * window says 100/s (never 0, as a window that restarts each second did) */
	for (i = 0; i < 1000; i++) {
		t = t0 + (uint64_t)i * 10000000ull;
		mrate__add(&r, t, 100);
		if (t - t0 >= 2 * SEC) {
			mrate__get(&r, t0, t, &pps, &bps);
			lo = pps < lo ? pps : lo;
			hi = pps > hi ? pps : hi;
		}
	}
	CHECK(lo > 97 && hi < 103);
	mrate__get(&r, t0, t0 + 10 * SEC, &pps, &bps);
	CHECK(NEAR(pps, 100, 3) && NEAR(bps, 10000, 3));
	/* the clock ends the window: 1 s after the last packet half of it is empty,
	 * 2 s after it nothing is left */
	mrate__get(&r, t0, t0 + 11 * SEC, &pps, &bps);
	CHECK(NEAR(pps, 50, 6));
	mrate__get(&r, t0, t0 + 12 * SEC + MRATE_SLOT_NS, &pps, &bps);
	CHECK(pps == 0 && bps == 0);
	/* a packet older than the window is not counted */
	mrate__add(&r, t0, 100);
	mrate__get(&r, t0, t0 + 12 * SEC + MRATE_SLOT_NS, &pps, &bps);
	CHECK(pps == 0);
	case_end();
}

static void test_rate_burst(void)
{
	struct mrate r = { 0 }, flood = { 0 };
	double pps, bps;
	uint64_t t0 = 1700000000 * SEC, t;
	int i;

	case_begin("rates: a burst is not projected onto a second; floods; short files");
	/* a curl moving 1.1 KB within 1 ms, 10 s into the capture: 1100 B over the
	 * 2 s window, not 1.1 MB/s */
	for (i = 0; i < 11; i++)
		mrate__add(&r, t0 + 10 * SEC + (uint64_t)i * 100000ull, 100);
	mrate__get(&r, t0, t0 + 10 * SEC + 1000000ull, &pps, &bps);
	CHECK(NEAR(bps, 550, 6) && NEAR(pps, 5.5, 6));
	/* live: the clock a little behind the packet time still shows the rate */
	mrate__get(&r, t0, t0 + 10 * SEC - 5 * MRATE_SLOT_NS, &pps, &bps);
	CHECK(bps > 0);
	/* 150k packets/s for 3 s */
	for (i = 0; i < 450000; i++)
		mrate__add(&flood, t0 + (uint64_t)i * 1000000000ull / 150000, 60);
	t = t0 + 3 * SEC;
	mrate__get(&flood, t0, t, &pps, &bps);
	CHECK(NEAR(pps, 150000, 2) && NEAR(bps, 9000000, 2));
	/* a file of 23 packets of 62 bytes over 19.7 ms: measured since its first packet */
	memset(&r, 0, sizeof(r));
	for (i = 0; i < 23; i++)
		mrate__add(&r, t0 + (uint64_t)i * 19700000ull / 22, 62);
	mrate__get(&r, t0, t0 + 19700000ull, &pps, &bps);
	CHECK(NEAR(pps, 23 / 0.0197, 1) && NEAR(bps, 23 * 62 / 0.0197, 1));
	/* one packet: nothing measured */
	memset(&r, 0, sizeof(r));
	mrate__add(&r, t0, 62);
	mrate__get(&r, t0, t0, &pps, &bps);
	CHECK(pps == 0 && bps == 0);
	case_end();
}

/* the model's own rates: file mode from packet time; live with a clock behind the packets */
static void test_rate_model(void)
{
	struct gen g = { .ts = 1700000000 * SEC };
	struct model *m = model__new(NULL);
	struct model_stats st;
	struct batch *b = batch__new(65536);
	size_t i, n;
	int k, found = 0;

	case_begin("rates: the model's status and RATE column");
	/* 200 packets, 1 ms apart (gen_pkt), 54 bytes: 1000 p/s over 0.2 s */
	for (k = 0; k < 200; k++)
		gen_pkt(&g, b, k & 1 ? &P_CURL : &P_PY, 6, 80, 2);
	model__ingest(m, b);
	model__stats(m, &st);
	CHECK(NEAR(st.pps, 200 / 0.199, 1) && NEAR(st.bps, 200 * 54 / 0.199, 1));
	n = model__rows(m, GROUP_FLAT);
	for (i = 0; i < n; i++)
		if (model__row(m, i)->kind == PROW_PROC)
			found += NEAR(model__row(m, i)->bps, 100 * 54 / 0.199, 1);
	CHECK(found == 2);
	/* live: a clock a moment before the newest packet still gives the rate */
	model__set_now(m, g.ts - 50000000ull);
	model__stats(m, &st);
	CHECK(st.pps > 0 && st.bps > 0);
	n = model__rows(m, GROUP_FLAT);
	CHECK(n >= 2 && model__row(m, 0)->bps > 0);
	/* 3 s later nothing is moving */
	model__set_now(m, g.ts + 3 * SEC);
	model__stats(m, &st);
	CHECK(st.pps == 0 && st.bps == 0);
	n = model__rows(m, GROUP_FLAT);
	CHECK(n >= 2 && model__row(m, 0)->bps == 0);
	model__free(m);
	case_end();
}

static void test_classify(void)
{
	static const uint8_t hello[6] = { 22, 3, 1, 0, 1, 1 };	/* a TLS handshake record */
	uint8_t f[80];

	case_begin("protocol classes from the decoder's layers");
	make_frame(f, 6, 40000, 443);
	CHECK(classify(1, f, 54) == TPROTO_TCP);	/* no payload: not TLS yet */
	memcpy(f + 54, hello, sizeof(hello));
	f[17] = 46;
	CHECK(classify(1, f, 60) == TPROTO_TLS);
	make_frame(f, 6, 40000, 80);
	memcpy(f + 54, "GET / HTTP/1.1\r\n", 16);
	f[17] = 56;
	CHECK(classify(1, f, 70) == TPROTO_HTTP);
	make_frame(f, 17, 40000, 53);
	f[39] = 20;	/* UDP length: a 12-byte DNS header follows */
	CHECK(classify(1, f, 54) == TPROTO_DNS);
	make_frame(f, 17, 40000, 9999);
	f[39] = 20;
	CHECK(classify(1, f, 54) == TPROTO_UDP);
	make_frame(f, 1, 0, 0);
	f[34] = 8;	/* echo request */
	CHECK(classify(1, f, 54) == TPROTO_ICMP);
	CHECK(classify(12, f + 14, 40) == TPROTO_ICMP);
	CHECK(classify(1, f, 10) == TPROTO_OTHER);
	case_end();
}

#define QN 200000

static void *producer(void *arg)
{
	struct queue *q = arg;
	uintptr_t i;

	for (i = 1; i <= QN; i++)
		while (queue__push(q, (void *)i) < 0)
			;	/* the test's producer retries; capture drops instead */
	return NULL;
}

static void test_queue(void)
{
	struct queue *q = queue__new(5);
	struct pollfd pfd;
	pthread_t th;
	uintptr_t want = 1;
	int i, full = 0;

	case_begin("queue: bounded, FIFO, eventfd wake-up, SPSC across threads");
	CHECK(q && queue__capacity(q) == 8);
	pfd.fd = queue__fd(q);
	pfd.events = POLLIN;
	CHECK(poll(&pfd, 1, 0) == 0);
	for (i = 1; i <= 9; i++)
		if (queue__push(q, (void *)(uintptr_t)i) == -EAGAIN)
			full++;
	CHECK(full == 1 && queue__len(q) == 8);
	CHECK(poll(&pfd, 1, 0) == 1);
	queue__ack(q);
	CHECK(poll(&pfd, 1, 0) == 0);
	for (i = 1; i <= 8; i++)
		CHECK(queue__pop(q) == (void *)(uintptr_t)i);
	CHECK(queue__pop(q) == NULL);
	CHECK(pthread_create(&th, NULL, producer, q) == 0);
	while (want <= QN) {
		void *v = queue__pop(q);

		if (!v)
			continue;
		if ((uintptr_t)v != want) {
			CHECK((uintptr_t)v == want);
			break;
		}
		want++;
	}
	pthread_join(th, NULL);
	CHECK(want == QN + 1);
	queue__free(q);
	case_end();
}


/* ---- the packet store (no model) ---- */

static void fill_pkt(uint8_t *f, size_t n, uint64_t seq)
{
	size_t i;

	for (i = 0; i < n; i++)
		f[i] = (uint8_t)(seq * 7 + i);
}

static uint64_t drops_seen;
static void count_drop(void *arg, uint64_t seq, const struct sidx *e)
{
	(void)arg;
	if (e->ts_ns == seq * 1000 + 1)
		drops_seen++;
}

static void test_store_spool(void)
{
	char err[256], dir[] = "/tmp/ptop-store.XXXXXX";
	struct store_opts so = { .spool_size = 1u << 20, .on_drop = count_drop };
	struct store *s;
	uint8_t f[600], r[600];
	uint64_t i, bad = 0, n = 20000;
	int64_t seq;
	struct sidx e;

	case_begin("store: spool index, wrap at --spool-size, bytes read back");
	CHECK(mkdtemp(dir) != NULL);
	so.dir = dir;
	s = store__open(&so, err, sizeof(err));
	CHECK(s != NULL && store__is_spool(s));
	if (!s)
		goto out;
	CHECK(store__add_iface(s, 0, 1, 262144, "lo") == 0);
	for (i = 0; i < n; i++) {
		memset(&e, 0, sizeof(e));
		e.ts_ns = i * 1000 + 1;
		e.caplen = e.len = (uint32_t)(60 + i % 500);
		e.proc_id = (uint32_t)i;
		sidx_pack(&e, 0, 0, 2, 3, i & 1, (uint32_t)i);
		fill_pkt(f, e.caplen, i);
		seq = store__append(s, &e, f);
		if (seq != (int64_t)i)
			bad++;
		/* read right after the write (the buffer is flushed first) */
		if (i % 997 == 0 && store__read(s, i, r, sizeof(r)) != (long)e.caplen)
			bad++;
	}
	CHECK(bad == 0);
	/* ~6.5 MB written into 1 MiB: the oldest were dropped, told and counted */
	CHECK(store__dropped(s) > 0 && store__first(s) == store__dropped(s));
	CHECK(drops_seen == store__dropped(s));
	CHECK(store__end(s) == n && store__disk(s) <= so.spool_size);
	CHECK(store__idx(s, 0) == NULL && store__read(s, 0, r, sizeof(r)) == -ENOENT);
	for (i = store__first(s); i < n; i++) {
		const struct sidx *x = store__idx(s, i);
		long got = store__read(s, i, r, sizeof(r));

		fill_pkt(f, 60 + i % 500, i);
		if (!x || x->proc_id != i || sidx_dir(x) != 2 || sidx_proto(x) != 3 ||
		    sidx_flags(x) != (i & 1) || sidx_state(x) != i || sidx_iface(x) != 0 ||
		    got != (long)(60 + i % 500) || memcmp(r, f, (size_t)got))
			bad++;
	}
	CHECK(bad == 0);
	/* nothing is left in the directory: every file was unlinked once open */
	{
		char cmd[128];

		snprintf(cmd, sizeof(cmd), "[ -z \"$(ls -A %s)\" ]", dir);
		CHECK(system(cmd) == 0);
	}
	store__close(s);
out:
	rmdir(dir);
	case_end();
}

static void test_store_file(void)
{
	char err[256], path[] = "/tmp/ptop-store-file.XXXXXX";
	struct store_opts so = { 0 };
	struct store *s;
	uint8_t f[256], r[256];
	uint64_t i, bad = 0, n = 200000, off = 24;
	struct sidx e;
	int fd = mkstemp(path);
	FILE *out = fd >= 0 ? fdopen(fd, "w") : NULL;

	case_begin("store: file mode index grows, reads the file's bytes at their offsets");
	CHECK(out != NULL);
	if (!out)
		return;
	/* a file of records of 16 header bytes + data, as a reader would find them */
	for (i = 0; i < 2000; i++) {
		memset(f, 0, 16);
		fwrite(f, 1, 16, out);
		fill_pkt(f, 40 + i % 200, i);
		fwrite(f, 1, 40 + i % 200, out);
	}
	fclose(out);
	so.path = path;
	s = store__open(&so, err, sizeof(err));
	CHECK(s != NULL && !store__is_spool(s));
	if (!s)
		goto out;
	off = 0;
	for (i = 0; i < n; i++) {
		uint64_t k = i % 2000;

		if (k == 0)
			off = 0;
		memset(&e, 0, sizeof(e));
		e.ts_ns = i;
		e.caplen = e.len = (uint32_t)(40 + k % 200);
		sidx_pack(&e, off + 16, (uint32_t)(k % 3), 1, 1, 0, 0);
		off += 16 + e.caplen;
		if (store__append(s, &e, NULL) != (int64_t)i)
			bad++;
	}
	CHECK(bad == 0 && store__end(s) == n && store__dropped(s) == 0 && store__first(s) == 0);
	for (i = 0; i < n; i += 13) {
		uint64_t k = i % 2000;
		long got = store__read(s, i, r, sizeof(r));

		fill_pkt(f, 40 + k % 200, k);
		if (got != (long)(40 + k % 200) || memcmp(r, f, (size_t)got) ||
		    sidx_iface(store__idx(s, i)) != k % 3)
			bad++;
	}
	CHECK(bad == 0);
	store__close(s);
out:
	unlink(path);
	case_end();
}

/* a real file written by our writer, read by our reader: the model (file
 * mode) reads each packet back from the file at the offset the reader gave */
static void file_roundtrip(enum capfile_format fmt, const char *what)
{
	char path[] = "/tmp/ptop-model-file.XXXXXX", err[256];
	struct capfile_iface ifc = { .name = "eth0", .linktype = 1, .snaplen = 262144 };
	struct capfile_writer *w;
	struct capfile_reader *rd;
	struct model_opts mo = { 0 };
	struct model *m;
	struct batch *b;
	struct pkt p;
	uint8_t f[1600];
	int fd = mkstemp(path), i, n = 3000, bad = 0, got = 0;

	case_begin(what);
	CHECK(fd >= 0);
	close(fd);
	w = capfile_writer__open(path, fmt, 1, err, sizeof(err));
	CHECK(w != NULL && capfile_writer__add_iface(w, &ifc) == 0);
	if (!w)
		goto out;
	for (i = 0; i < n; i++) {
		memset(&p, 0, sizeof(p));
		make_frame(f, i & 1 ? 6 : 17, 1000 + (unsigned)i, 80);
		fill_pkt(f + 54, 1500 - 54, (uint64_t)i);
		p.caplen = p.len = 54 + (uint32_t)(i * 37 % 1400);
		p.ts_ns = 1000000000ull * 1700000000 + (uint64_t)i * 1000;
		p.data = f;
		p.linktype = 1;
		capfile_writer__write(w, 0, &p);
	}
	CHECK(capfile_writer__close(w) == 0);
	mo.path = path;
	m = model__new(&mo);
	rd = capfile_reader__open(path, err, sizeof(err));
	CHECK(m != NULL && rd != NULL);
	if (!m || !rd)
		goto out;
	b = batch__new(1 << 20);
	{
		struct trec_iface *ri = batch__add(b, TREC_IFACE, sizeof(*ri) + 8);

		ri->linktype = 1;
		memcpy(ri + 1, "eth0", 5);
	}
	while (capfile_reader__next(rd, &p) > 0) {
		struct trec_pkt *r = batch__add(b, TREC_PKT, sizeof(*r) + p.caplen);

		if (!r) {
			model__ingest(m, b);
			b = batch__new(1 << 20);
			r = batch__add(b, TREC_PKT, sizeof(*r) + p.caplen);
		}
		r->ts_ns = p.ts_ns;
		r->num = p.num;
		r->caplen = p.caplen;
		r->len = p.len;
		r->file_off = p.file_off;
		memcpy(r + 1, p.data, p.caplen);
		got++;
	}
	model__ingest(m, b);
	capfile_reader__close(rd);
	CHECK(got == n && model__end_seq(m) == (uint64_t)n && model__n_shown(m) == (size_t)n);
	for (i = 0; i < n; i++) {
		const uint8_t *d = model__pkt_data(m, (uint64_t)i);
		uint32_t len = 54 + (uint32_t)(i * 37 % 1400);

		make_frame(f, i & 1 ? 6 : 17, 1000 + (unsigned)i, 80);
		fill_pkt(f + 54, 1500 - 54, (uint64_t)i);
		if (!d || memcmp(d, f, len))
			bad++;
	}
	CHECK(bad == 0);
	/* a filter over the store in steps: the same answer as at once */
	{
		char e[128];
		int pos, steps = 0, busy_seen = 0;
		struct model_stats st;

		CHECK(model__set_filter(m, "udp", e, sizeof(e), &pos) == 0);
		while (model__work(m, 1)) {
			model__stats(m, &st);
			busy_seen |= st.busy >= 0 && st.busy <= 100;
			steps++;
		}
		model__stats(m, &st);
		CHECK(st.busy == -1 && (steps == 0 || busy_seen));
		CHECK(model__n_shown(m) == (size_t)n / 2 && model__shown_seq(m, 1) == 2);
	}
	/* a search, finished at once or in steps, the same way */
	{
		int r = model__search(m, "10.0.0.1.1010 >", 0);

		if (r == -EINPROGRESS) {
			while (model__work(m, 1))
				;
			r = model__take_search(m) > 0 ? 0 : -1;
		}
		CHECK(r == 0 && model__sel_seq(m) == 10);
		r = model__search(m, "nothing-like-this", 1);
		if (r == -EINPROGRESS) {
			while (model__work(m, 1))
				;
			r = model__take_search(m);
		}
		CHECK(r == -ENOENT && model__sel_seq(m) == 10 && model__take_search(m) == 0);
	}
	model__free(m);
out:
	unlink(path);
	case_end();
}

static void test_model_file(void)
{
	file_roundtrip(CAPFILE_PCAPNG, "model file mode: pcapng bytes read back at the reader's offsets");
	file_roundtrip(CAPFILE_PCAP, "model file mode: pcap bytes read back at the reader's offsets");
}

static int row_pid(const struct model *m, size_t i)
{
	const struct prow *r = model__row(m, i);

	return r && r->kind == PROW_PROC ? model__node(m, r->node)->pid : -1;
}

static void test_proc_pane(void)
{
	struct gen g = { 0 };
	struct model *m = sample(0, &g);
	struct batch *b;
	char err[256];
	int pos, desc, i;
	size_t n;

	case_begin("process pane: sort by any column, fold, exited processes, view filter");
	/* defaults: the tree by PID ascending, flat by BYTES descending */
	CHECK(model__sort(m, GROUP_TREE, &desc) == PSORT_PID && !desc);
	CHECK(model__sort(m, GROUP_FLAT, &desc) == PSORT_BYTES && desc);
	model__set_sort(m, PSORT_PKTS, 0);
	model__rows(m, GROUP_TREE);
	/* ascending: bash(0) first root; its children python3 (3) then curl (4) */
	CHECK(row_pid(m, 0) == 100 && row_pid(m, 1) == 300 && row_pid(m, 2) == 200);
	CHECK(model__row(m, 1)->depth == 1 && !model__row(m, 1)->last && model__row(m, 2)->last);
	model__set_sort(m, PSORT_PKTS, 1);
	model__rows(m, GROUP_TREE);
	/* descending: ties (both roots have 0) by pid, inverted too: sh(390) first */
	CHECK(row_pid(m, 0) == 390 && row_pid(m, 1) == 400 && row_pid(m, 2) == 100);
	CHECK(row_pid(m, 3) == 200 && row_pid(m, 4) == 300);
	model__set_sort(m, PSORT_NAME, 0);
	n = model__rows(m, GROUP_FLAT);
	/* busybox, curl, python3 (bash has no packets of its own: not in flat) */
	CHECK(n == 4 && row_pid(m, 0) == 400 && row_pid(m, 1) == 200 && row_pid(m, 2) == 300);
	model__set_sort(m, PSORT_NAME, 1);
	model__rows(m, GROUP_CONTAINER);
	/* groups keep their order (pod first); within (host): python3 before curl */
	CHECK(model__row(m, 0)->kind == PROW_POD && row_pid(m, 2) == 400);
	CHECK(model__row(m, 3)->kind == PROW_HOST && row_pid(m, 4) == 300 && row_pid(m, 5) == 200);
	model__set_sort(m, PSORT_RATE, 1);
	model__rows(m, GROUP_FLAT);
	CHECK(row_pid(m, 0) == 200 && row_pid(m, 1) == 300 && row_pid(m, 2) == 400);
	model__set_sort(m, PSORT_PID, 0);

	/* fold bash: one row for its subtree (curl 4 + python 3 packets) */
	n = model__rows(m, GROUP_TREE);
	CHECK(n == 6 && model__row(m, 0)->has_children && !model__row(m, 0)->folded);
	model__set_folded(m, model__row(m, 0)->node, 1);
	n = model__rows(m, GROUP_TREE);
	CHECK(n == 4 && row_pid(m, 0) == 100 && model__row(m, 0)->folded);
	CHECK(model__row(m, 0)->pkts == 7 && row_pid(m, 1) == 390);
	{
		uint64_t h[12];

		/* its sparkline is its subtree's too */
		CHECK(model__row_hist(m, model__row(m, 0), 12, 5, h) && h[11] == 7 * 54 &&
		      h[10] == 0);
	}
	model__set_folded(m, model__row(m, 0)->node, 0);
	CHECK(model__rows(m, GROUP_TREE) == 6 && model__row(m, 0)->pkts == 0);

	/* exited: stays while its last packet is recent, leaves 10 s after it */
	model__set_exited(m, 200, 1);
	CHECK(model__rows(m, GROUP_TREE) == 6 && row_pid(m, 1) == 200);
	model__set_hide_exited(m, 1);
	CHECK(model__rows(m, GROUP_TREE) == 5 && row_pid(m, 1) == 300);
	model__set_hide_exited(m, 0);
	b = batch__new(4096);
	g.ts += 9000000000ull;
	gen_pkt(&g, b, &P_PY, 17, 53, 2);
	model__ingest(m, b);
	CHECK(model__rows(m, GROUP_TREE) == 6 && row_pid(m, 1) == 200);
	b = batch__new(4096);
	g.ts += 2000000000ull;
	gen_pkt(&g, b, &P_PY, 17, 53, 2);
	model__ingest(m, b);
	CHECK(model__rows(m, GROUP_TREE) == 5 && row_pid(m, 1) == 300);

	/* the view filter: only matching processes, with their matching counts */
	model__set_exited(m, 200, 0);
	CHECK(model__set_filter(m, "pname curl", err, sizeof(err), &pos) == 0);
	n = model__rows(m, GROUP_TREE);
	CHECK(n == 2 && row_pid(m, 0) == 100 && row_pid(m, 1) == 200 && model__row(m, 1)->pkts == 4);
	CHECK(model__rows(m, GROUP_FLAT) == 1 && model__row(m, 0)->bytes == 4 * 54);
	CHECK(model__set_filter(m, "udp", err, sizeof(err), &pos) == 0);
	CHECK(model__rows(m, GROUP_FLAT) == 1 && row_pid(m, 0) == 300 &&
	      model__row(m, 0)->pkts == 5);
	/* new packets are counted by the filter too */
	b = batch__new(8192);
	for (i = 0; i < 3; i++)
		gen_pkt(&g, b, &P_CURL, 6, 80, 2);
	gen_pkt(&g, b, &P_PY, 17, 53, 2);
	model__ingest(m, b);
	CHECK(model__rows(m, GROUP_FLAT) == 1 && model__row(m, 0)->pkts == 6);
	CHECK(model__set_filter(m, "", err, sizeof(err), &pos) == 0);
	n = model__rows(m, GROUP_FLAT);
	/* sorted by PID since set so */
	CHECK(n == 4 && row_pid(m, 0) == 200 && model__row(m, 0)->pkts == 7);
	CHECK(row_pid(m, 1) == 300 && model__row(m, 1)->pkts == 6);
	model__free(m);
	case_end();
}

static void test_hist(void)
{
	struct mhist h;
	uint64_t out[12];

	case_begin("traffic history: bytes per second of packet time over the last minute");
	memset(&h, 0, sizeof(h));
	mhist__add(&h, 500000000ull, 100);
	mhist__add(&h, 1200000000ull, 50);
	mhist__get(&h, 1200000000ull, 12, 5, out);
	CHECK(out[11] == 150 && out[10] == 0 && out[0] == 0);
	mhist__get(&h, 1200000000ull, 2, 1, out);
	CHECK(out[0] == 100 && out[1] == 50);
	/* 60 s later the first two seconds have left the minute */
	mhist__add(&h, 61300000000ull, 10);
	mhist__get(&h, 61300000000ull, 2, 30, out);
	CHECK(out[0] == 0 && out[1] == 10);
	/* a late packet inside the minute still counts; one older than it does not */
	mhist__add(&h, 5000000000ull, 7);
	mhist__add(&h, 1000000000ull, 1000);
	mhist__get(&h, 61300000000ull, 2, 30, out);
	CHECK(out[0] == 7 && out[1] == 10);
	/* the window ends at end_ns: later seconds are not in it */
	mhist__get(&h, 31000000000ull, 1, 30, out);
	CHECK(out[0] == 7);
	/* a jump of more than a minute starts over */
	mhist__add(&h, 500000000000ull, 3);
	mhist__get(&h, 500000000000ull, 1, 60, out);
	CHECK(out[0] == 3);
	case_end();
}

static void test_graph(void)
{
	struct mgraph h;
	struct mgraph_span out[MGRAPH_SLOTS];
	const uint64_t S = 1000000000ull;
	struct gen g = { 0 };
	struct model *m;
	uint64_t end;
	size_t i, n;

	case_begin("graph history: packets and bytes by direction per 5 s over 5 minutes");
	CHECK(sizeof(h) == MGRAPH_BYTES && MGRAPH_SLOTS * MGRAPH_SLOT_SECS == 300);
	memset(&h, 0, sizeof(h));
	/* slot 0 (0-5 s): 3 out of 100; slot 1: 2 in of 400; one of no direction */
	for (i = 0; i < 3; i++)
		mgraph__add(&h, i * S, PKT_DIR_OUT, 100);
	mgraph__add(&h, 5 * S, PKT_DIR_IN, 400);
	mgraph__add(&h, 9 * S + 999, PKT_DIR_IN, 400);
	mgraph__add(&h, 9 * S, PKT_DIR_UNKNOWN, 1);
	mgraph__get(&h, 9 * S, MGRAPH_SLOTS, 1, out);
	CHECK(out[58].pkts[MG_OUT] == 3 && out[58].bytes[MG_OUT] == 300 && !out[58].pkts[MG_IN]);
	CHECK(out[59].pkts[MG_IN] == 2 && out[59].bytes[MG_IN] == 800 && !out[59].pkts[MG_OUT]);
	CHECK(out[59].pkts[MG_UNKNOWN] == 1 && !out[57].pkts[MG_OUT]);
	/* two slots a column: both slots in the last one */
	mgraph__get(&h, 9 * S, 30, 2, out);
	CHECK(out[29].pkts[MG_OUT] == 3 && out[29].pkts[MG_IN] == 2 && !out[28].pkts[MG_OUT]);
	/* the window ends at end_ns: a later end moves the slots left */
	mgraph__get(&h, 15 * S, MGRAPH_SLOTS, 1, out);
	CHECK(out[56].pkts[MG_OUT] == 3 && out[57].pkts[MG_IN] == 2 && !out[59].pkts[MG_IN]);
	/* 5 minutes after slot 0 it has left; slot 1 is the oldest kept */
	mgraph__add(&h, 300 * S, PKT_DIR_OUT, 7);
	mgraph__get(&h, 300 * S, MGRAPH_SLOTS, 1, out);
	CHECK(out[0].pkts[MG_IN] == 2 && out[59].bytes[MG_OUT] == 7);
	for (i = 1, n = 0; i < 59; i++)
		n += out[i].pkts[MG_OUT] + out[i].pkts[MG_IN];
	CHECK(n == 0);
	/* a late packet inside the span counts, one older than it does not */
	mgraph__add(&h, 100 * S, PKT_DIR_OUT, 5);
	mgraph__add(&h, 2 * S, PKT_DIR_OUT, 5);
	mgraph__get(&h, 300 * S, 1, MGRAPH_SLOTS, out);
	CHECK(out[0].pkts[MG_OUT] == 2 && out[0].bytes[MG_OUT] == 12 && out[0].pkts[MG_IN] == 2);
	/* a jump past the span starts over */
	mgraph__add(&h, 10000 * S, PKT_DIR_IN, 1);
	mgraph__get(&h, 10000 * S, 1, MGRAPH_SLOTS, out);
	CHECK(out[0].pkts[MG_IN] == 1 && !out[0].pkts[MG_OUT]);

	/* the model: curl's 4 packets (2 in, 2 out), per row; not a process: none */
	m = sample(0, &g);
	n = model__rows(m, GROUP_FLAT);
	for (i = 0; i < n && !(model__row(m, i)->kind == PROW_PROC &&
			       model__node(m, model__row(m, i)->node)->pid == 200); i++)
		;
	CHECK(i < n && model__row_graph(m, model__row(m, i), 12, 5, out, &end));
	CHECK(out[11].pkts[MG_OUT] == 2 && out[11].pkts[MG_IN] == 2 && !out[10].pkts[MG_OUT]);
	CHECK(!model__row_graph(m, model__row(m, i), 61, 1, out, &end));
	for (i = 0; i < n && model__row(m, i)->kind == PROW_PROC; i++)
		;
	CHECK(i < n && !model__row_graph(m, model__row(m, i), 12, 5, out, &end));
	model__free(m);
	case_end();
}

static void test_copy(void)
{
	static const char *const vec[][2] = {	/* RFC 4648 section 10 */
		{ "", "" }, { "f", "Zg==" }, { "fo", "Zm8=" }, { "foo", "Zm9v" },
		{ "foob", "Zm9vYg==" }, { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" },
	};
	char out[64], path[] = "/tmp/ptop-copy-unit.XXXXXX", file[64];
	int fds[2], fd;
	size_t i;
	ssize_t n;

	case_begin("copy: base64, the OSC 52 sequence, the copy file");
	for (i = 0; i < sizeof(vec) / sizeof(vec[0]); i++)
		CHECK(copy__base64(vec[i][0], strlen(vec[i][0]), out) == strlen(vec[i][1]) &&
		      !strcmp(out, vec[i][1]));
	CHECK(copy__base64("\xff\x00\xfe", 3, out) == 4 && !strcmp(out, "/wD+"));
	CHECK(pipe(fds) == 0);
	CHECK(copy__osc52(fds[1], "foob", 4) == 0);
	n = read(fds[0], out, sizeof(out) - 1);
	CHECK(n == 16 && !memcmp(out, "\033]52;c;Zm9vYg==\a", 16));
	close(fds[0]);
	close(fds[1]);
	CHECK(copy__osc52(-1, "x", 1) == -EBADF);
	CHECK(mkdtemp(path) != NULL);
	snprintf(file, sizeof(file), "%s/c", path);
	CHECK(copy__append(file, "one", 3) == 0 && copy__append(file, "two", 3) == 0);
	fd = open(file, O_RDONLY);
	n = fd >= 0 ? read(fd, out, sizeof(out)) : -1;
	CHECK(n == 8 && !memcmp(out, "one\ntwo\n", 8));
	if (fd >= 0)
		close(fd);
	/* a symlink is not followed; a directory is an error */
	snprintf(out, sizeof(out), "%s/l", path);
	CHECK(symlink(file, out) == 0 && copy__append(out, "x", 1) == -ELOOP);
	CHECK(copy__append(path, "x", 1) == -EISDIR);
	unlink(out);
	unlink(file);
	rmdir(path);
	setenv("XDG_RUNTIME_DIR", "/run/user/7", 1);
	CHECK(!strcmp(copy__default_path(out, sizeof(out)), "/run/user/7/ptcpdump-top.copy"));
	unsetenv("XDG_RUNTIME_DIR");
	setenv("TMPDIR", "/var/tmp", 1);
	snprintf(file, sizeof(file), "/var/tmp/ptcpdump-top-%u.copy", (unsigned)getuid());
	CHECK(!strcmp(copy__default_path(out, sizeof(out)), file));
	unsetenv("TMPDIR");
	case_end();
}

int main(void)
{
	test_model_file();
	test_store_spool();
	test_store_file();
	test_queue();
	test_store_and_tree();
	test_groupings();
	test_drill();
	test_noproc_why();
	test_filter();
	test_proc_pane();
	test_hist();
	test_graph();
	test_copy();
	test_cursor();
	test_marks_and_evict();
	test_many_procs();
	test_lineedit();
	test_rate_window();
	test_rate_burst();
	test_rate_model();
	test_classify();
	return harness_end(NULL);
}
