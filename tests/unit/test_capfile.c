// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit tests of src/capture/capfile (pcap/pcapng readers, writers, comments)
 *
 * Files are built in memory byte by byte, read with capfile_reader__fmemopen
 * and checked field by field; run under ASan/UBSan by tests/unit/run.sh.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "capture/capfile.h"

#define HARNESS_SUITE "capfile"
#include "harness.h"

/* ---- a byte buffer to build files ---- */

struct bb {
	uint8_t d[65536];
	size_t n;
	int big;
};

static void b_raw(struct bb *b, const void *p, size_t n)
{
	if (b->n + n > sizeof(b->d))
		abort();
	memcpy(b->d + b->n, p, n);
	b->n += n;
}

static void b16(struct bb *b, uint16_t v)
{
	uint8_t x[2];

	if (b->big) {
		x[0] = (uint8_t)(v >> 8);
		x[1] = (uint8_t)v;
	} else {
		x[0] = (uint8_t)v;
		x[1] = (uint8_t)(v >> 8);
	}
	b_raw(b, x, 2);
}

static void b32(struct bb *b, uint32_t v)
{
	if (b->big) {
		b16(b, (uint16_t)(v >> 16));
		b16(b, (uint16_t)v);
	} else {
		b16(b, (uint16_t)v);
		b16(b, (uint16_t)(v >> 16));
	}
}

static void b64(struct bb *b, uint64_t v)
{
	if (b->big) {
		b32(b, (uint32_t)(v >> 32));
		b32(b, (uint32_t)v);
	} else {
		b32(b, (uint32_t)v);
		b32(b, (uint32_t)(v >> 32));
	}
}

static void bpad(struct bb *b)
{
	while (b->n % 4)
		b->d[b->n++] = 0;
}

static const uint8_t PKT1[] = { 0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x06,
				1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 };	/* 27 bytes */
static const uint8_t PKT2[] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0, 0, 0, 0, 1,
				0x08, 0x00, 0x45, 0 };				/* 16 bytes */

static void pcap_hdr(struct bb *b, uint32_t magic, uint32_t snap, uint32_t lt)
{
	b32(b, magic);
	b16(b, 2);
	b16(b, 4);
	b32(b, 0);
	b32(b, 0);
	b32(b, snap);
	b32(b, lt);
}

static void pcap_rec(struct bb *b, uint32_t sec, uint32_t frac, const uint8_t *p, uint32_t n)
{
	b32(b, sec);
	b32(b, frac);
	b32(b, n);
	b32(b, n + 4);
	b_raw(b, p, n);
}

/* block helpers: begin returns the start, end patches the lengths */
static size_t blk_begin(struct bb *b, uint32_t type)
{
	size_t s = b->n;

	b32(b, type);
	b32(b, 0);
	return s;
}

static void blk_end(struct bb *b, size_t s)
{
	uint32_t total;
	size_t save;

	bpad(b);
	total = (uint32_t)(b->n - s + 4);
	b32(b, total);
	save = b->n;
	b->n = s + 4;
	b32(b, total);
	b->n = save;
}

static void opt(struct bb *b, uint16_t code, const void *v, size_t n)
{
	b16(b, code);
	b16(b, (uint16_t)n);
	b_raw(b, v, n);
	bpad(b);
}

static void opt_end(struct bb *b)
{
	b32(b, 0);
}

static void shb(struct bb *b)
{
	size_t s = blk_begin(b, 0x0A0D0D0A);

	b32(b, 0x1A2B3C4D);
	b16(b, 1);
	b16(b, 0);
	b64(b, (uint64_t)-1);
	blk_end(b, s);
}

static void idb(struct bb *b, uint16_t lt, uint32_t snap, const char *name, int tsresol,
		int64_t tsoff, int has_off)
{
	size_t s = blk_begin(b, 1);

	b16(b, lt);
	b16(b, 0);
	b32(b, snap);
	if (name)
		opt(b, 2, name, strlen(name));
	if (tsresol >= 0) {
		uint8_t r = (uint8_t)tsresol;

		opt(b, 9, &r, 1);
	}
	if (has_off) {
		b16(b, 14);
		b16(b, 8);
		b64(b, (uint64_t)tsoff);
	}
	opt_end(b);
	blk_end(b, s);
}

static void epb(struct bb *b, uint32_t ifid, uint64_t ticks, const uint8_t *p, uint32_t n,
		const char **comments, int flags)
{
	size_t s = blk_begin(b, 6);

	b32(b, ifid);
	b32(b, (uint32_t)(ticks >> 32));
	b32(b, (uint32_t)ticks);
	b32(b, n);
	b32(b, n);
	b_raw(b, p, n);
	bpad(b);
	for (; comments && *comments; comments++)
		opt(b, 1, *comments, strlen(*comments));
	if (flags >= 0) {
		b16(b, 2);
		b16(b, 4);
		b32(b, (uint32_t)flags);
	}
	opt_end(b);
	blk_end(b, s);
}

static struct capfile_reader *rd(const struct bb *b, char *err, size_t errlen)
{
	err[0] = 0;
	return capfile_reader__fmemopen(b->d, b->n, err, errlen);
}

/* ---- classic pcap ---- */

static void pcap_one(int big, uint32_t magic, uint64_t mul)
{
	struct bb b = { .big = big };
	struct capfile_reader *r;
	struct pkt p;
	char err[256];

	pcap_hdr(&b, magic, 65535, 1);
	pcap_rec(&b, 1700000000, 999999, PKT1, sizeof(PKT1));
	pcap_rec(&b, 1700000001, 5, PKT2, sizeof(PKT2));
	r = rd(&b, err, sizeof(err));
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK(!capfile_reader__is_pcapng(r));
	CHECK(capfile_reader__linktype(r) == 1);
	CHECK(capfile_reader__snaplen(r) == 65535);
	CHECK(capfile_reader__nano(r) == (mul == 1));
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.num == 1 && p.caplen == sizeof(PKT1) && p.len == sizeof(PKT1) + 4);
	CHECK(p.ts_ns == 1700000000ull * 1000000000u + 999999ull * mul);
	CHECK(memcmp(p.data, PKT1, sizeof(PKT1)) == 0);
	CHECK(p.proc == NULL && p.comment == NULL && p.ifname == NULL);
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.num == 2 && p.caplen == sizeof(PKT2));
	CHECK(p.ts_ns == 1700000001ull * 1000000000u + 5 * mul);
	CHECK(memcmp(p.data, PKT2, sizeof(PKT2)) == 0);
	CHECK(capfile_reader__next(r, &p) == 0);
	CHECK(capfile_reader__next(r, &p) == 0);
	capfile_reader__close(r);
}

static void t_pcap_orders(void)
{
	pcap_one(0, 0xA1B2C3D4, 1000);
	pcap_one(1, 0xA1B2C3D4, 1000);
	pcap_one(0, 0xA1B23C4D, 1);
	pcap_one(1, 0xA1B23C4D, 1);
}

static void t_pcap_snaplen(void)
{
	struct bb b = { 0 };
	struct capfile_reader *r;
	struct pkt p;
	char err[256];

	/* snaplen 0 means the maximum; LINKTYPE_RAW 101 becomes DLT_RAW */
	pcap_hdr(&b, 0xA1B2C3D4, 0, 101);
	r = rd(&b, err, sizeof(err));
	CHECK(r && capfile_reader__snaplen(r) == 262144 && capfile_reader__linktype(r) == 12);
	if (r) {
		CHECK(capfile_reader__next(r, &p) == 0);
		capfile_reader__close(r);
	}
	/* an absurd snaplen is the maximum too */
	b.n = 0;
	pcap_hdr(&b, 0xA1B2C3D4, 0xFFFFFFFF, 1);
	r = rd(&b, err, sizeof(err));
	CHECK(r && capfile_reader__snaplen(r) == 262144);
	capfile_reader__close(r);
	b.n = 0;
	shb(&b);
	idb(&b, 1, 0x80000000u, "x", 9, 0, 0);
	r = rd(&b, err, sizeof(err));
	CHECK(r && capfile_reader__snaplen(r) == 262144);
	capfile_reader__close(r);
	/* up to INT_MAX it stays, as in libpcap 1.10 (tcpdump prints it) */
	b.n = 0;
	shb(&b);
	idb(&b, 1, 0x7FFFFFFF, "x", 9, 0, 0);
	r = rd(&b, err, sizeof(err));
	CHECK(r && capfile_reader__snaplen(r) == 0x7FFFFFFF);
	capfile_reader__close(r);
	/* a caplen above the snaplen but sane is cut to the snaplen, like libpcap */
	b.n = 0;
	pcap_hdr(&b, 0xA1B2C3D4, 20, 1);
	pcap_rec(&b, 1, 0, PKT1, sizeof(PKT1));
	pcap_rec(&b, 2, 0, PKT2, sizeof(PKT2));
	r = rd(&b, err, sizeof(err));
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK(capfile_reader__next(r, &p) == 1 && p.caplen == 20 && p.len == sizeof(PKT1) + 4);
	CHECK(capfile_reader__next(r, &p) == 1 && p.caplen == sizeof(PKT2));
	CHECK(memcmp(p.data, PKT2, sizeof(PKT2)) == 0);
	capfile_reader__close(r);
}

/* ---- pcapng ---- */

static void ng_basic(int big)
{
	const char *c1[] = { "PID: 31337\nCmd: /usr/bin/curl\nArgs: curl -sS http://x/",
			     "ThreadId: 31338\nThreadName: worker",
			     "UserId: 1000",
			     "ParentPID: 31300\nParentCmd: /usr/bin/bash\nParentArgs: bash",
			     NULL };
	struct bb b = { .big = big };
	struct capfile_reader *r;
	const struct capfile_iface *ifc;
	struct pkt p;
	char err[256];

	shb(&b);
	idb(&b, 1, 0, "eth0", 9, 0, 0);
	idb(&b, 113, 1500, "any", 9, 0, 0);
	epb(&b, 0, 1700000000123456789ull, PKT1, sizeof(PKT1), c1, 2);
	epb(&b, 1, 1700000001000000001ull, PKT2, sizeof(PKT2), NULL, 1);
	r = rd(&b, err, sizeof(err));
	CHECK(r != NULL);
	if (!r) {
		printf("    %s\n", err);
		return;
	}
	CHECK(capfile_reader__is_pcapng(r));
	CHECK(capfile_reader__linktype(r) == 1);
	CHECK(capfile_reader__snaplen(r) == 262144);
	CHECK(capfile_reader__nano(r) == 1);
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.ts_ns == 1700000000123456789ull);
	CHECK(p.caplen == sizeof(PKT1) && memcmp(p.data, PKT1, sizeof(PKT1)) == 0);
	CHECK_STR(p.ifname, "eth0");
	CHECK(p.dir == PKT_DIR_OUT && p.if_id == 0 && p.linktype == 1);
	CHECK(p.proc != NULL && p.comment == NULL);
	if (p.proc) {
		CHECK(p.proc->pid == 31337);
		CHECK_STR(p.proc->cmd, "/usr/bin/curl");
		CHECK_STR(p.proc->args, "curl -sS http://x/");
		CHECK(p.proc->tid == 31338);
		CHECK_STR(p.proc->tname, "worker");
		CHECK(p.proc->has_uid && p.proc->uid == 1000);
		CHECK(p.proc->ppid == 31300);
		CHECK_STR(p.proc->pcmd, "/usr/bin/bash");
		CHECK_STR(p.proc->pargs, "bash");
		CHECK(p.proc->cname == NULL && p.proc->pod == NULL);
	}
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.ts_ns == 1700000001000000001ull);
	CHECK_STR(p.ifname, "any");
	CHECK(p.dir == PKT_DIR_IN && p.if_id == 1 && p.linktype == 113);
	CHECK(p.proc == NULL && p.comment == NULL);
	CHECK(capfile_reader__next(r, &p) == 0);
	CHECK(capfile_reader__n_ifaces(r) == 2);
	ifc = capfile_reader__iface(r, 1);
	CHECK(ifc && ifc->linktype == 113 && ifc->snaplen == 1500);
	if (ifc)
		CHECK_STR(ifc->name, "any");
	capfile_reader__close(r);
}

static void t_ng_orders(void)
{
	ng_basic(0);
	ng_basic(1);
}

static uint64_t ts_of(int tsresol, uint64_t ticks, int64_t off, int has_off)
{
	struct bb b = { 0 };
	struct capfile_reader *r;
	struct pkt p;
	char err[256];
	uint64_t ts = 0;

	shb(&b);
	idb(&b, 1, 0, "x", tsresol, off, has_off);
	epb(&b, 0, ticks, PKT1, sizeof(PKT1), NULL, -1);
	r = rd(&b, err, sizeof(err));
	if (!r)
		return 1;
	if (capfile_reader__next(r, &p) == 1)
		ts = p.ts_ns;
	capfile_reader__close(r);
	return ts;
}

static void t_tsresol(void)
{
	/* default (no option): microseconds */
	CHECK(ts_of(-1, 1700000000123456ull, 0, 0) == 1700000000123456000ull);
	CHECK(ts_of(6, 1700000000123456ull, 0, 0) == 1700000000123456000ull);
	CHECK(ts_of(3, 1700000000123ull, 0, 0) == 1700000000123000000ull);
	CHECK(ts_of(0, 1700000000ull, 0, 0) == 1700000000000000000ull);
	CHECK(ts_of(9, 1700000000123456789ull, 0, 0) == 1700000000123456789ull);
	/* finer than ns: truncated to ns */
	CHECK(ts_of(12, 1700000000123456789ull, 0, 0) == 1700000ull * 1000000000u + 123456);
	/* power of two: 2^-20, half a second plus a bit */
	CHECK(ts_of(0x80 | 20, (1700000000ull << 20) + (1u << 19), 0, 0) ==
	      1700000000500000000ull);
	CHECK(ts_of(0x80 | 10, (5ull << 10) + 256, 0, 0) == 5250000000ull);
	CHECK(ts_of(0x80, 7, 0, 0) == 7000000000ull);
	/* if_tsoffset is in seconds */
	CHECK(ts_of(9, 5000000042ull, 1700000000, 1) == 1700000005000000042ull);
}

static void t_comments_parse(void)
{
	const char *c1[] = { "PID: 19090\nCommand: /bin/busybox\nArgs: wget -q -O - http://x/",
			     "TID: 19091\nThreadName: wget",
			     "UserId: 0\nGroupId: 0",
			     "ParentPID: 19000\nParentCommand: /bin/busybox\nParentArgs: sh",
			     "ContainerName: api\nContainerId: 3f5c\nContainerImage: busybox:latest\n"
			     "ContainerLabels: {}",
			     "PodName: cart\nPodNamespace: staging\nPodUID: 0b6f\nPodLabels: "
			     "{\"app\":\"cart\"}\nPodAnnotations: {}",
			     "hello from a human",
			     "  \nsecond: note",
			     NULL };
	const char *c2[] = { "just text", NULL };
	struct bb b = { 0 };
	struct capfile_reader *r;
	struct pkt p;
	char err[256];

	shb(&b);
	idb(&b, 1, 0, NULL, 9, 0, 0);
	epb(&b, 0, 1, PKT1, sizeof(PKT1), c1, -1);
	epb(&b, 0, 2, PKT1, sizeof(PKT1), c2, 3);
	r = rd(&b, err, sizeof(err));
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.ifname == NULL && p.dir == PKT_DIR_UNKNOWN);
	CHECK(p.proc != NULL);
	if (p.proc) {
		const struct proc_ctx *c = p.proc;

		CHECK(c->pid == 19090 && c->tid == 19091 && c->has_uid && c->uid == 0);
		CHECK_STR(c->cmd, "/bin/busybox");
		CHECK_STR(c->args, "wget -q -O - http://x/");
		CHECK_STR(c->tname, "wget");
		CHECK(c->ppid == 19000);
		CHECK_STR(c->pcmd, "/bin/busybox");
		CHECK_STR(c->pargs, "sh");
		CHECK_STR(c->cname, "api");
		CHECK_STR(c->cid, "3f5c");
		CHECK_STR(c->cimage, "busybox:latest");
		CHECK_STR(c->clabels, "{}");
		CHECK_STR(c->pod, "cart");
		CHECK_STR(c->pod_ns, "staging");
		CHECK_STR(c->pod_uid, "0b6f");
		CHECK_STR(c->pod_labels, "{\"app\":\"cart\"}");
		CHECK_STR(c->pod_annotations, "{}");
	}
	CHECK_STR(p.comment, "hello from a human\n  \nsecond: note");
	CHECK(capfile_reader__next(r, &p) == 1);
	CHECK(p.proc == NULL);
	CHECK_STR(p.comment, "just text");
	CHECK(p.dir == PKT_DIR_UNKNOWN);
	capfile_reader__close(r);
}

struct texts {
	char t[8][512];
	int n;
};

static void collect(void *arg, const char *text, size_t len)
{
	struct texts *t = arg;

	if (t->n < 8 && len < sizeof(t->t[0])) {
		memcpy(t->t[t->n], text, len);
		t->t[t->n][len] = 0;
	}
	t->n++;
}

static const struct proc_ctx full_ctx = {
	.pid = 4242, .cmd = "/usr/bin/python3.11", .args = "python3 fetch.py --once",
	.tid = 4243, .tname = "fetcher", .has_uid = 1, .uid = 1000,
	.ppid = 4000, .pcmd = "/usr/bin/bash", .pargs = "bash -l",
	.cname = "/api", .cid = "abc123", .cimage = "img:1", .clabels = NULL,
	.pod = "cart", .pod_ns = "staging", .pod_uid = "u-1", .pod_labels = "{\"a\":\"b\"}",
	.pod_annotations = "",
};

static void t_comments_format(void)
{
	struct texts t = { .n = 0 };
	struct proc_ctx c = { .pid = 0, .cname = "x", .cid = "y" };

	capfile_proc_comments(&full_ctx, collect, &t);
	CHECK(t.n == 6);
	CHECK_STR(t.t[0], "PID: 4242\nCmd: /usr/bin/python3.11\nArgs: python3 fetch.py --once");
	CHECK_STR(t.t[1], "ThreadId: 4243\nThreadName: fetcher");
	CHECK_STR(t.t[2], "UserId: 1000");
	CHECK_STR(t.t[3], "ParentPID: 4000\nParentCmd: /usr/bin/bash\nParentArgs: bash -l");
	CHECK_STR(t.t[4], "ContainerName: api\nContainerId: abc123\nContainerImage: img:1\n"
			  "ContainerLabels: {}");
	CHECK_STR(t.t[5], "PodName: cart\nPodNamespace: staging\nPodUID: u-1\nPodLabels: "
			  "{\"a\":\"b\"}\nPodAnnotations: {}");
	/* no PID: no thread/user/parent blocks; the container still goes out */
	t.n = 0;
	c.tid = 5;
	c.ppid = 6;
	c.has_uid = 1;
	capfile_proc_comments(&c, collect, &t);
	CHECK(t.n == 1);
	CHECK_STR(t.t[0], "ContainerName: x\nContainerId: y\nContainerImage: \nContainerLabels: {}");
	/* line breaks inside values never split a block */
	t.n = 0;
	c = (struct proc_ctx){ .pid = 1, .cmd = "/bin/sh", .args = "sh -c 'a\nb'" };
	capfile_proc_comments(&c, collect, &t);
	CHECK(t.n == 1);
	CHECK_STR(t.t[0], "PID: 1\nCmd: /bin/sh\nArgs: sh -c 'a b'");
}

/* write with our writer into a temporary file and return its bytes */
static size_t slurp(FILE *f, uint8_t *buf, size_t cap)
{
	size_t n;

	fflush(f);
	rewind(f);
	n = fread(buf, 1, cap, f);
	return n;
}

static void t_roundtrip_pcapng(void)
{
	static uint8_t buf[65536];
	struct capfile_iface ifc = { .name = "eth0", .linktype = 1, .snaplen = 1500,
				     .filter = "tcp port 80",
				     .comment = "ifIndex: 2, netNsInode: 4026531840, netNsPath: /x" };
	struct capfile_reader *r;
	struct capfile_writer *w;
	struct pkt p = { 0 }, q;
	char err[256];
	FILE *f = tmpfile();
	size_t n;
	int id;

	CHECK(f != NULL);
	if (!f)
		return;
	w = capfile_writer__fopen(f, CAPFILE_PCAPNG, 1, err, sizeof(err));
	CHECK(w != NULL);
	if (!w) {
		fclose(f);
		return;
	}
	id = capfile_writer__add_iface(w, &ifc);
	CHECK(id == 0);
	CHECK(capfile_writer__add_keylog(w, "CLIENT_RANDOM aa bb\n", 20) == 0);
	p.ts_ns = 1700000000123456789ull;
	p.caplen = sizeof(PKT1);
	p.len = 1400;
	p.linktype = 1;
	p.dir = PKT_DIR_OUT;
	p.data = PKT1;
	p.proc = &full_ctx;
	p.comment = "a note";
	CHECK(capfile_writer__write(w, id, &p) == 0);
	p.proc = NULL;
	p.comment = NULL;
	p.dir = PKT_DIR_IN;
	p.caplen = sizeof(PKT2);
	p.data = PKT2;
	p.ts_ns = 1;
	CHECK(capfile_writer__write(w, id, &p) == 0);
	CHECK(capfile_writer__write(w, 7, &p) == -EINVAL);
	CHECK(capfile_writer__bytes(w) > 100);
	CHECK(capfile_writer__close(w) == 0);
	n = slurp(f, buf, sizeof(buf));
	fclose(f);
	CHECK(n % 4 == 0);
	r = capfile_reader__fmemopen(buf, n, err, sizeof(err));
	CHECK(r != NULL);
	if (!r)
		return;
	CHECK(capfile_reader__snaplen(r) == 1500);
	CHECK_STR(capfile_reader__iface(r, 0)->name, "eth0");
	CHECK_STR(capfile_reader__iface(r, 0)->filter, "tcp port 80");
	CHECK_STR(capfile_reader__iface(r, 0)->comment, ifc.comment);
	CHECK(capfile_reader__next(r, &q) == 1);
	{ size_t kl; CHECK_STR(capfile_reader__keylog(r, &kl), "CLIENT_RANDOM aa bb\n"); CHECK(kl == 20); }
	CHECK(q.ts_ns == 1700000000123456789ull && q.len == 1400 && q.dir == PKT_DIR_OUT);
	CHECK(q.caplen == sizeof(PKT1) && memcmp(q.data, PKT1, sizeof(PKT1)) == 0);
	CHECK_STR(q.comment, "a note");
	CHECK(q.proc != NULL);
	if (q.proc) {
		CHECK(q.proc->pid == 4242 && q.proc->tid == 4243 && q.proc->uid == 1000);
		CHECK_STR(q.proc->cmd, full_ctx.cmd);
		CHECK_STR(q.proc->args, full_ctx.args);
		CHECK_STR(q.proc->tname, full_ctx.tname);
		CHECK(q.proc->ppid == 4000);
		CHECK_STR(q.proc->pcmd, full_ctx.pcmd);
		CHECK_STR(q.proc->pargs, full_ctx.pargs);
		CHECK_STR(q.proc->cname, "api");
		CHECK_STR(q.proc->cid, "abc123");
		CHECK_STR(q.proc->cimage, "img:1");
		CHECK_STR(q.proc->clabels, "{}");
		CHECK_STR(q.proc->pod, "cart");
		CHECK_STR(q.proc->pod_ns, "staging");
		CHECK_STR(q.proc->pod_uid, "u-1");
		CHECK_STR(q.proc->pod_labels, "{\"a\":\"b\"}");
		CHECK_STR(q.proc->pod_annotations, "{}");
	}
	CHECK(capfile_reader__next(r, &q) == 1);
	CHECK(q.ts_ns == 1 && q.dir == PKT_DIR_IN && q.proc == NULL && q.comment == NULL);
	CHECK(capfile_reader__next(r, &q) == 0);
	capfile_reader__close(r);
}

static void t_roundtrip_pcap_bytes(void)
{
	static uint8_t out[65536];
	struct bb b = { 0 };
	struct capfile_reader *r;
	struct capfile_writer *w;
	struct pkt p;
	char err[256];
	FILE *f;
	size_t n;
	int id = -1, k;

	for (k = 0; k < 2; k++) {
		uint32_t magic = k ? 0xA1B23C4D : 0xA1B2C3D4;

		b.n = 0;
		pcap_hdr(&b, magic, 65535, 1);
		pcap_rec(&b, 1700000000, 999999, PKT1, sizeof(PKT1));
		pcap_rec(&b, 1700000001, 5, PKT2, sizeof(PKT2));
		r = rd(&b, err, sizeof(err));
		f = tmpfile();
		CHECK(r && f);
		if (!r || !f)
			return;
		w = capfile_writer__fopen(f, CAPFILE_PCAP, capfile_reader__nano(r), err,
					  sizeof(err));
		CHECK(w != NULL);
		while (w && capfile_reader__next(r, &p) == 1) {
			if (id < 0) {
				struct capfile_iface ifc = *capfile_reader__iface(r, 0);

				id = capfile_writer__add_iface(w, &ifc);
			}
			CHECK(capfile_writer__write(w, id, &p) == 0);
		}
		id = -1;
		CHECK(capfile_writer__close(w) == 0);
		n = slurp(f, out, sizeof(out));
		fclose(f);
		capfile_reader__close(r);
		CHECK(n == b.n && memcmp(out, b.d, n) == 0);
	}
}

/* ---- damaged input ---- */

/*
 * The file in b fails with msg: at open when at_open, else after good
 * packets (and stays failed); name says which case in a failure.
 */
static void expect_bad(const struct bb *b, const char *name, int at_open, int good,
		       const char *msg)
{
	struct capfile_reader *r;
	struct pkt p;
	char err[256];
	int n = 0, rc;

	r = rd(b, err, sizeof(err));
	if (at_open) {
		if (r) {
			fail("%s: opened", name);
			capfile_reader__close(r);
			return;
		}
		if (strcmp(err, msg) != 0) {
			fail("%s: \"%s\" != \"%s\"", name, err, msg);
		}
		return;
	}
	if (!r) {
		fail("%s: open failed: %s", name, err);
		return;
	}
	while ((rc = capfile_reader__next(r, &p)) == 1)
		n++;
	if (rc != -1 || n != good || strcmp(capfile_reader__error(r), msg) != 0) {
		fail("%s: rc %d after %d packets: \"%s\" (want %d, \"%s\")", name, rc, n,
		     capfile_reader__error(r), good, msg);
	}
	/* stays failed */
	CHECK(capfile_reader__next(r, &p) == -1);
	capfile_reader__close(r);
}

static void good_pcap(struct bb *b)
{
	b->n = 0;
	pcap_hdr(b, 0xA1B2C3D4, 262144, 1);
	pcap_rec(b, 1, 0, PKT1, sizeof(PKT1));
	pcap_rec(b, 2, 0, PKT2, sizeof(PKT2));
}

static void good_ng(struct bb *b)
{
	b->n = 0;
	shb(b);
	idb(b, 1, 1000, "eth0", 9, 0, 0);
	epb(b, 0, 1, PKT1, sizeof(PKT1), NULL, -1);
	epb(b, 0, 2, PKT2, sizeof(PKT2), NULL, -1);
}

static void t_bad_pcap(void)
{
	struct bb b = { 0 };

	expect_bad(&b, "empty", 1, 0,
		   "truncated dump file; tried to read 4 file header bytes, only got 0");
	b_raw(&b, "\xd4\xc3", 2);
	expect_bad(&b, "empty", 1, 0,
		   "truncated dump file; tried to read 4 file header bytes, only got 2");
	b.n = 0;
	b_raw(&b, "GET / HTTP/1.1\r\n\r\n", 18);
	expect_bad(&b, "magic", 1, 0, "unknown file format");
	good_pcap(&b);
	b.n = 10;
	expect_bad(&b, "short header", 1, 0,
		   "truncated dump file; tried to read 24 file header bytes, only got 6");
	b.n = 0;
	pcap_hdr(&b, 0xA1B2C3D4, 0, 1);
	b.d[4] = 1;
	expect_bad(&b, "archaic", 1, 0, "archaic pcap savefile format");
	b.d[4] = 2;
	b.d[6] = 9;
	expect_bad(&b, "version", 1, 0, "unsupported pcap savefile version 2.9");

	good_pcap(&b);
	b32(&b, 3);
	b32(&b, 0);
	expect_bad(&b, "record header", 0, 2,
		   "truncated dump file; tried to read 16 header bytes, only got 8");
	good_pcap(&b);
	pcap_rec(&b, 3, 0, PKT1, sizeof(PKT1));
	b.n -= 7;
	expect_bad(&b, "record data", 0, 2,
		   "truncated dump file; tried to read 27 captured bytes, only got 20");
	good_pcap(&b);
	b32(&b, 3);
	b32(&b, 0);
	b32(&b, 0xFFFFFFF0);
	b32(&b, 0xFFFFFFF0);
	expect_bad(&b, "caplen", 0, 2,
		   "invalid packet capture length 4294967280, bigger than snaplen of 262144");
}

static void t_bad_pcapng(void)
{
	struct bb b = { 0 };
	size_t s;

	b_raw(&b, "\x0a\x0d\x0d\x0a\x1c\x00\x00", 7);
	expect_bad(&b, "short shb", 1, 0, "unknown file format");
	b.n = 0;
	shb(&b);
	expect_bad(&b, "no idb", 1, 0, "the capture file has no Interface Description Blocks");
	b.n = 20;
	expect_bad(&b, "cut shb", 1, 0,
		   "truncated pcapng dump file; tried to read 16 bytes, only got 8");
	b.n = 0;
	shb(&b);
	b.d[4] = 0xF0;
	b.d[7] = 0x7F;
	expect_bad(&b, "insane shb", 1, 0,
		   "Section Header Block in pcapng dump file has invalid length 28 < "
		   "_2130706672_ < 1048576 (BT_SHB_INSANE_MAX)");
	b.n = 0;
	shb(&b);
	epb(&b, 0, 1, PKT1, sizeof(PKT1), NULL, -1);
	expect_bad(&b, "epb first", 1, 0,
		   "the capture file has a packet block before any Interface Description "
		   "Blocks");
	b.n = 0;
	shb(&b);
	s = blk_begin(&b, 1);
	b16(&b, 1);
	b16(&b, 0);
	b32(&b, 0);
	opt(&b, 9, "\x20", 1);
	blk_end(&b, s);
	expect_bad(&b, "tsresol", 1, 0,
		   "Interface Description Block if_tsresol option resolution 10^-32 is too "
		   "high");

	good_ng(&b);
	b32(&b, 6);
	b32(&b, 8);
	expect_bad(&b, "len < 12", 0, 2, "block in pcapng dump file has a length of 8 < 12");
	good_ng(&b);
	b32(&b, 6);
	b32(&b, 30);
	expect_bad(&b, "len % 4", 0, 2,
		   "block in pcapng dump file has a length of 30 that is not a multiple "
		   "of 4");
	good_ng(&b);
	epb(&b, 0, 3, PKT1, sizeof(PKT1), NULL, -1);
	b.d[b.n - 4] ^= 1;
	expect_bad(&b, "trailer", 0, 2,
		   "block total length in header and trailer don't match");
	good_ng(&b);
	epb(&b, 0, 3, PKT1, sizeof(PKT1), NULL, -1);
	b.n -= 10;
	expect_bad(&b, "past eof", 0, 2,
		   "truncated pcapng dump file; tried to read 56 bytes, only got 46");
	good_ng(&b);
	b32(&b, 6);
	b32(&b, 0x7FFFFFF0);
	expect_bad(&b, "huge", 0, 2, "pcapng block size 2147483632 > maximum 16777216");
	good_ng(&b);
	b_raw(&b, "\x06\0\0", 3);
	expect_bad(&b, "cut header", 0, 2,
		   "truncated pcapng dump file; tried to read 8 bytes, only got 3");
	good_ng(&b);
	epb(&b, 3, 3, PKT1, sizeof(PKT1), NULL, -1);
	expect_bad(&b, "ifid", 0, 2,
		   "a packet arrived on interface 3, but there's no Interface Description "
		   "Block for that interface");
	good_ng(&b);
	s = blk_begin(&b, 6);
	b32(&b, 0);
	b32(&b, 0);
	b32(&b, 0);
	b32(&b, 999);
	b32(&b, 999);
	blk_end(&b, s);
	expect_bad(&b, "caplen > block", 0, 2,
		   "block of type 6 in pcapng dump file is too short");
	good_ng(&b);
	s = blk_begin(&b, 6);
	b32(&b, 0);
	b32(&b, 0);
	b32(&b, 0);
	b32(&b, 1001);
	b32(&b, 1001);
	blk_end(&b, s);
	expect_bad(&b, "caplen > snaplen", 0, 2,
		   "invalid packet capture length 1001, bigger than snaplen of 1000");
}

/* every prefix and many byte flips of a valid file: no crash, no hang, no leak */
static void t_robust(void)
{
	const char *c1[] = { "PID: 1\nCmd: /a\nArgs: a", "hello", NULL };
	static struct bb b;
	static uint8_t copy[sizeof(b.d)];
	struct capfile_reader *r;
	struct pkt p;
	char err[256];
	uint32_t seed = 12345;
	size_t n, i;
	int k, rc, guard;

	b.n = 0;
	shb(&b);
	idb(&b, 1, 0, "eth0", 0x80 | 30, 5, 1);
	b.big = 1;
	shb(&b);
	idb(&b, 1, 0, "be0", 6, 0, 0);
	epb(&b, 0, 3, PKT1, sizeof(PKT1), c1, 1);
	b.big = 0;
	shb(&b);
	idb(&b, 1, 0, "le0", 9, 0, 0);
	epb(&b, 0, 3, PKT2, sizeof(PKT2), c1, 2);
	for (n = 0; n <= b.n; n++) {
		r = capfile_reader__fmemopen(b.d, n, err, sizeof(err));
		guard = 0;
		while (r && (rc = capfile_reader__next(r, &p)) == 1 && guard++ < 100)
			;
		capfile_reader__close(r);
	}
	for (k = 0; k < 3000; k++) {
		memcpy(copy, b.d, b.n);
		for (i = 0; i < 4; i++) {
			seed = seed * 1103515245u + 12345u;
			copy[(seed >> 8) % b.n] ^= (uint8_t)(1u << ((seed >> 4) & 7));
		}
		r = capfile_reader__fmemopen(copy, b.n, err, sizeof(err));
		guard = 0;
		while (r && capfile_reader__next(r, &p) == 1 && guard++ < 100) {
			if (p.proc && p.proc->cmd)
				(void)strlen(p.proc->cmd);
			if (p.comment)
				(void)strlen(p.comment);
		}
		capfile_reader__close(r);
	}
	CHECK(1);
}

/* ---- writer errors and pipes ---- */

static void t_write_errors(void)
{
	struct capfile_iface ifc = { .linktype = 1, .snaplen = 65535 };
	struct capfile_writer *w;
	struct pkt p = { .caplen = sizeof(PKT1), .len = sizeof(PKT1), .data = PKT1 };
	char err[256];
	int fds[2], rc = 0, i, id;
	FILE *f;

	/* full disk */
	w = capfile_writer__open("/dev/full", CAPFILE_PCAPNG, 0, err, sizeof(err));
	CHECK(w != NULL);
	if (w) {
		id = capfile_writer__add_iface(w, &ifc);
		for (i = 0; i < 20000 && rc == 0; i++)
			rc = capfile_writer__write(w, id < 0 ? 0 : id, &p);
		rc = capfile_writer__close(w);
		CHECK(rc == -ENOSPC);
	}
	/* a directory that does not exist */
	w = capfile_writer__open("/nonexistent/dir/x.pcap", CAPFILE_PCAP, 0, err, sizeof(err));
	CHECK(w == NULL);
	CHECK_STR(err, "/nonexistent/dir/x.pcap: No such file or directory");
	/* closed pipe: EPIPE, every packet flushed */
	signal(SIGPIPE, SIG_IGN);
	CHECK(pipe(fds) == 0);
	close(fds[0]);
	f = fdopen(fds[1], "wb");
	CHECK(f != NULL);
	if (!f)
		return;
	w = capfile_writer__fopen(f, CAPFILE_PCAP, 0, err, sizeof(err));
	CHECK(w != NULL);
	if (w) {
		id = capfile_writer__add_iface(w, &ifc);
		rc = capfile_writer__write(w, id, &p);
		CHECK(rc == -EPIPE && errno == EPIPE);
		CHECK(capfile_writer__write(w, id, &p) == -EPIPE);
		CHECK(capfile_writer__close(w) == -EPIPE);
	}
	fclose(f);
}

static void t_pipe_read(void)
{
	struct bb b = { 0 };
	struct capfile_reader *r;
	struct pkt p;
	char err[256];
	int fds[2], n = 0;
	pid_t pid;
	FILE *f;

	good_ng(&b);
	CHECK(pipe(fds) == 0);
	pid = fork();
	if (pid == 0) {
		/* dribble the file in small pieces */
		size_t off;

		close(fds[0]);
		for (off = 0; off < b.n; off += 7) {
			size_t k = b.n - off < 7 ? b.n - off : 7;

			if (write(fds[1], b.d + off, k) != (ssize_t)k)
				_exit(1);
			usleep(100);
		}
		_exit(0);
	}
	close(fds[1]);
	f = fdopen(fds[0], "rb");
	r = f ? capfile_reader__fopen(f, err, sizeof(err)) : NULL;
	CHECK(r != NULL);
	while (r && capfile_reader__next(r, &p) == 1)
		n++;
	CHECK(n == 2);
	capfile_reader__close(r);
	if (f)
		fclose(f);
	waitpid(pid, NULL, 0);
}

int main(void)
{
	run("pcap both byte orders, usec and nsec", t_pcap_orders);
	run("pcap snaplen rules", t_pcap_snaplen);
	run("pcapng both byte orders, IDB/EPB/flags/comments", t_ng_orders);
	run("pcapng if_tsresol (10^-n, 2^-n) and if_tsoffset", t_tsresol);
	run("process comments parse (all keys, aliases, plain notes)", t_comments_parse);
	run("process comments format", t_comments_format);
	run("pcapng write/read round trip (comments, DSB, IDB options)", t_roundtrip_pcapng);
	run("pcap read/write byte-exact round trip", t_roundtrip_pcap_bytes);
	run("damaged pcap files: one-line errors", t_bad_pcap);
	run("damaged pcapng files: one-line errors", t_bad_pcapng);
	run("truncations and bit flips do not crash", t_robust);
	run("writer errors: full disk, bad path, closed pipe", t_write_errors);
	run("reading from a pipe", t_pipe_read);
	return harness_end(NULL);
}
