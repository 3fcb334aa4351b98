// SPDX-License-Identifier: GPL-2.0
/* \summary: unit test of the one run loop (pt_run) on a file source */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HARNESS_SUITE "pipeline"
#include "harness.h"

#include "capture/capfile.h"
#include "capture/pipeline.h"
#include "capture/source.h"

#define NPKT 10

static char path[64];

/* Ethernet + IPv4 + UDP from 10.0.0.1 to 10.0.0.2, destination port i + 1 */
static void frame(uint8_t *f, int i)
{
	static const uint8_t hdr[] = {
		0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6, 0x08, 0x00,
		0x45, 0, 0, 28, 0, 0, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
		0x30, 0x39, 0, 0, 0, 8, 0, 0,
	};

	memcpy(f, hdr, sizeof(hdr));
	f[14 + 20 + 3] = (uint8_t)(i + 1);
}

static int make_file(size_t cut)
{
	struct capfile_iface ifc = { .linktype = 1, .snaplen = 65535 };
	struct capfile_writer *w;
	uint8_t f[42];
	struct pkt p;
	char err[256];
	int i, id;

	w = capfile_writer__open(path, CAPFILE_PCAP, 0, err, sizeof(err));
	if (!w)
		return -1;
	id = capfile_writer__add_iface(w, &ifc);
	for (i = 0; i < NPKT; i++) {
		frame(f, i);
		memset(&p, 0, sizeof(p));
		p.ts_ns = (uint64_t)(1000 + i) * 1000000000ull;
		p.caplen = p.len = sizeof(f);
		p.linktype = 1;
		p.data = f;
		capfile_writer__write(w, id, &p);
	}
	if (capfile_writer__close(w) < 0)
		return -1;
	return cut ? truncate(path, (off_t)cut) : 0;
}

struct seen {
	int n;
	int ports[NPKT];
	int stop_at;		/* return 1 on this packet (1-based), 0 = never */
};

static int seen_packet(void *arg, const struct pkt *p)
{
	struct seen *s = arg;

	if (s->n < NPKT)
		s->ports[s->n] = p->caplen >= 38 ? p->data[37] : -1;
	s->n++;
	return s->stop_at && s->n == s->stop_at ? 1 : 0;
}

static struct source *open_file(const char *filter)
{
	struct capture_opts o;
	struct source *src;
	char err[256];

	capture_opts__init(&o);
	o.read_file = path;
	o.filter = (char *)filter;
	src = source__open(&o, err, sizeof(err));
	if (src && source__compile(src, err, sizeof(err)) < 0) {
		source__close(src);
		return NULL;
	}
	return src;
}

static int run_file(const char *filter, long long count, int stop_at, int stopped,
		    struct seen *s, struct pt_run *r)
{
	struct pt_sink sink = { seen_packet, NULL, s };
	atomic_int stop = stopped;
	int rc;

	memset(s, 0, sizeof(*s));
	s->stop_at = stop_at;
	memset(r, 0, sizeof(*r));
	r->src = open_file(filter);
	if (!r->src)
		return -2;
	r->sinks = &sink;
	r->n_sinks = 1;
	r->count = count;
	r->stop = &stop;
	r->drain = 1;	/* a file is not drained: a stop stops at once */
	rc = pt_run(r);
	source__close(r->src);
	r->src = NULL;
	return rc;
}

static void t_all(void)
{
	struct pt_run r;
	struct seen s;
	int i, ok = 1;

	CHECK(run_file(NULL, 0, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == NPKT && s.n == NPKT);
	for (i = 0; i < NPKT; i++)
		ok &= s.ports[i] == i + 1;
	check(ok, "packets in file order");
}

static void t_count(void)
{
	struct pt_run r;
	struct seen s;

	CHECK(run_file(NULL, 3, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == 3 && s.n == 3);
	CHECK(run_file(NULL, -1, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == NPKT);
}

static void t_filter(void)
{
	struct pt_run r;
	struct seen s;

	CHECK(run_file("udp dst port 4 or udp dst port 7", 0, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == 2 && s.n == 2 && s.ports[0] == 4 && s.ports[1] == 7);
	/* -c counts the packets that passed the filter */
	CHECK(run_file("udp[2:2] > 5", 2, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == 2 && s.ports[0] == 6 && s.ports[1] == 7);
	CHECK(run_file("tcp", 0, 0, 0, &s, &r) == 0);
	CHECK(r.n_pkts == 0 && s.n == 0);
	CHECK(open_file("nosuchprimitive 1") == NULL);
}

static void t_stop(void)
{
	struct pt_run r;
	struct seen s;

	/* a sink that is done stops the loop; a set stop flag stops it at once */
	CHECK(run_file(NULL, 0, 4, 0, &s, &r) == 0);
	CHECK(r.n_pkts == 4 && s.n == 4);
	CHECK(run_file(NULL, 0, 0, 1, &s, &r) == 0);
	CHECK(r.n_pkts == 0 && s.n == 0);
}

static void t_error(void)
{
	struct pt_run r;
	struct seen s;

	/* pcap header 24, each record 16 + 42: cut into the fourth record */
	CHECK(make_file(24 + 3 * 58 + 20) == 0);
	CHECK(run_file(NULL, 0, 0, 0, &s, &r) == -1);
	CHECK(r.n_pkts == 3 && s.n == 3);
	check(r.err[0] != '\0', "the reader's message");
	CHECK(make_file(0) == 0);
}

static void t_stats(void)
{
	struct source_stats st;
	struct source *src = open_file(NULL);
	struct pkt p;
	int n = 0;

	CHECK(src != NULL);
	if (!src)
		return;
	CHECK(!source__is_live(src));
	CHECK(source__linktype(src) == 1);
	CHECK(source__n_ifaces(src) == 1);
	while (source__next(src, &p, -1) == SOURCE_PKT)
		n++;
	CHECK(n == NPKT);
	CHECK(source__next(src, &p, -1) == SOURCE_END);
	source__stats(src, &st);
	CHECK(st.captured == NPKT && st.received == NPKT && st.dropped == 0);
	source__close(src);
}

int main(void)
{
	snprintf(path, sizeof(path), "/tmp/test_pipeline.%d.pcap", (int)getpid());
	if (make_file(0) < 0) {
		printf("FAIL pipeline: cannot write %s\n", path);
		return 1;
	}
	run("a file: every packet, in order", t_all);
	run("-c stops after that many packets", t_count);
	run("the expression filters before the sinks and -c", t_filter);
	run("a sink or the stop flag ends the run", t_stop);
	run("a damaged file: the packets before it, then the error", t_error);
	run("file source: link type, interfaces, counts", t_stats);
	unlink(path);
	return harness_end(NULL);
}
