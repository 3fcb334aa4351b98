// SPDX-License-Identifier: GPL-2.0
/* \summary: unit tests of follow stream (model_stream.c) on a model fed like the capture thread does */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/batch.h"
#include "tui/model.h"
#include "tui/model_stream.h"
#include "core/pkt.h"

#define HARNESS_SUITE ""
#include "../unit/harness.h"

#define F_FIN 0x01
#define F_SYN 0x02
#define F_PSH 0x08
#define F_ACK 0x10

struct gen {
	struct batch *b;
	uint64_t num, ts;
	int iface_sent;
	uint32_t iface;		/* of the packets added next: 0 eth0, 1 lo */
	int dir;		/* enum pkt_dir */
};

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, v >> 16);
	put16(p + 2, v & 0xffff);
}

static void add(struct gen *g, const uint8_t *f, size_t n, int proto)
{
	static const char lo[] = "lo";
	struct trec_pkt *r;

	if (!g->iface_sent) {
		struct trec_iface *ifc = batch__add(g->b, TREC_IFACE, sizeof(*ifc) + 8);

		ifc->id = 0;
		ifc->linktype = 1;
		ifc->snaplen = 262144;
		memcpy(ifc + 1, "eth0", 5);
		ifc = batch__add(g->b, TREC_IFACE, sizeof(*ifc) + 8);
		ifc->id = 1;
		ifc->linktype = 1;
		ifc->snaplen = 262144;
		memcpy(ifc + 1, lo, sizeof(lo));
		g->iface_sent = 1;
	}
	r = batch__add(g->b, TREC_PKT, sizeof(*r) + n);
	if (!r)
		exit(2);
	r->ts_ns = (g->ts += 1000000);
	r->num = ++g->num;
	r->caplen = r->len = (uint32_t)n;
	r->proto = (uint8_t)proto;
	r->iface_id = g->iface;
	r->dir = (uint8_t)g->dir;
	memcpy(r + 1, f, n);
}

/* Ethernet/IPv4 10.0.0.a -> 10.0.0.b, TCP (or UDP when udp) with payload */
static void ip4(struct gen *g, int a, int b, unsigned sp, unsigned dp, int udp, uint32_t seq,
		uint8_t flags, const char *pay)
{
	uint8_t f[256];
	size_t plen = strlen(pay), l4 = udp ? 8 : 20, n = 14 + 20 + l4 + plen;

	memset(f, 0, sizeof(f));
	f[12] = 0x08;
	f[14] = 0x45;
	put16(f + 16, (unsigned)(20 + l4 + plen));
	f[22] = 64;
	f[23] = udp ? 17 : 6;
	f[26] = 10; f[29] = (uint8_t)a;
	f[30] = 10; f[33] = (uint8_t)b;
	put16(f + 34, sp);
	put16(f + 36, dp);
	if (udp) {
		put16(f + 38, (unsigned)(8 + plen));
	} else {
		put32(f + 38, seq);
		f[46] = 0x50;
		f[47] = flags;
		put16(f + 48, 65535);
	}
	memcpy(f + 14 + 20 + l4, pay, plen);
	add(g, f, n, udp ? TPROTO_UDP : TPROTO_TCP);
}

static struct model *feed(struct gen *g)
{
	struct model_opts mo = { 0 };
	struct model *m = model__new(&mo);

	if (!m)
		exit(2);
	model__ingest(m, g->b);
	return m;
}

static int chunk_is(const struct mstream *s, size_t i, int dir, uint64_t missing, const char *text)
{
	const struct mstream_chunk *c;

	if (i >= s->n_chunks)
		return 0;
	c = &s->chunks[i];
	return c->dir == dir && c->missing == missing && c->len == strlen(text) &&
	       !memcmp(s->buf + c->off, text, c->len);
}

/* the seq of a packet by its number (1-based, no drops: seq = num - 1) */
#define SEQ(num) ((uint64_t)(num) - 1)

static void test_tcp_order(void)
{
	struct gen g = { .b = batch__new(16384) };
	const uint32_t ic = 0xfffffffa, is = 7000;	/* the client's bytes wrap past 2^32 */
	struct mstream *s;
	struct model *m;
	char err[256];

	case_begin("stream: TCP in sequence order (reordered, retransmitted, overlap, gap, wrap)");
	ip4(&g, 1, 2, 40000, 80, 0, ic, F_SYN, "");				/* 1 */
	ip4(&g, 2, 1, 80, 40000, 0, is, F_SYN | F_ACK, "");			/* 2 */
	ip4(&g, 1, 2, 40001, 80, 0, 1, F_PSH | F_ACK, "other flow");		/* 3 */
	ip4(&g, 1, 2, 40000, 80, 0, ic + 11, F_PSH | F_ACK, "klmno");		/* 4: early */
	ip4(&g, 1, 2, 40000, 80, 0, ic + 1, F_PSH | F_ACK, "abcdefghij");	/* 5 */
	ip4(&g, 1, 2, 40000, 80, 0, ic + 1, F_PSH | F_ACK, "abcdefghij");	/* 6: again */
	ip4(&g, 1, 2, 40000, 80, 0, ic + 9, F_PSH | F_ACK, "ijklmnopq");	/* 7: overlap */
	ip4(&g, 1, 2, 40000, 81, 1, 0, 0, "udp, same ports");			/* 8 */
	ip4(&g, 2, 1, 80, 40000, 0, is + 1, F_PSH | F_ACK, "XYZ");		/* 9 */
	ip4(&g, 2, 1, 80, 40000, 0, is + 9, F_PSH | F_ACK, "tail");		/* 10: 5 lost */
	ip4(&g, 1, 2, 40000, 80, 0, ic + 18, F_FIN | F_ACK, "");		/* 11 */
	m = feed(&g);
	/* any packet of the conversation gives it, from either side */
	s = mstream__build(m, SEQ(9), err, sizeof(err));
	CHECK(s != NULL);
	if (s) {
		CHECK(s->tcp);
		CHECK_STR(s->side[0].addr, "10.0.0.1");
		CHECK(s->side[0].port == 40000 && s->side[1].port == 80);
		CHECK(s->side[0].pkts == 6 && s->side[1].pkts == 3);
		CHECK(s->side[0].bytes == 17 && s->side[0].retrans == 17 && !s->side[0].missing);
		CHECK(s->side[1].bytes == 7 && s->side[1].missing == 5);
		CHECK(s->n_chunks == 3);
		CHECK(chunk_is(s, 0, 0, 0, "abcdefghijklmnopq"));
		CHECK(chunk_is(s, 1, 1, 0, "XYZ"));
		CHECK(chunk_is(s, 2, 1, 5, "tail"));
		CHECK(s->n_chunks == 3 && s->chunks[0].num == 5 && s->chunks[2].num == 10);
		mstream__free(s);
	}
	s = mstream__build(m, SEQ(1), err, sizeof(err));
	CHECK(s && s->n_chunks == 3 && chunk_is(s, 0, 0, 0, "abcdefghijklmnopq"));
	mstream__free(s);
	model__free(m);
	case_end();
}

static void test_tcp_midstream(void)
{
	struct gen g = { .b = batch__new(8192) };
	struct mstream *s;
	struct model *m;
	char err[256];

	case_begin("stream: TCP without its SYN: the first packet's sender is the client");
	ip4(&g, 2, 1, 443, 50000, 0, 100, F_PSH | F_ACK, "from the server\n");
	ip4(&g, 1, 2, 50000, 443, 0, 900, F_PSH | F_ACK, "answer\n");
	ip4(&g, 2, 1, 443, 50000, 0, 116, F_PSH | F_ACK, "more\n");
	m = feed(&g);
	s = mstream__build(m, SEQ(2), err, sizeof(err));
	CHECK(s && s->side[0].port == 443 && !strcmp(s->side[0].addr, "10.0.0.2"));
	CHECK(s && s->n_chunks == 3 && chunk_is(s, 0, 0, 0, "from the server\n") &&
	      chunk_is(s, 1, 1, 0, "answer\n") && chunk_is(s, 2, 0, 0, "more\n"));
	mstream__free(s);
	model__free(m);
	case_end();
}

static void test_udp_and_not(void)
{
	struct gen g = { .b = batch__new(8192) };
	struct mstream *s;
	struct model *m;
	uint8_t arp[42] = { [12] = 0x08, [13] = 0x06 };
	char err[256] = "";

	case_begin("stream: UDP datagrams in order; ARP has no stream");
	ip4(&g, 1, 3, 5000, 53, 1, 0, 0, "q1");
	ip4(&g, 1, 3, 5000, 53, 1, 0, 0, "q2");
	ip4(&g, 3, 1, 53, 5000, 1, 0, 0, "r1");
	ip4(&g, 1, 3, 5001, 53, 1, 0, 0, "not this");
	add(&g, arp, sizeof(arp), TPROTO_ARP);
	m = feed(&g);
	s = mstream__build(m, SEQ(3), err, sizeof(err));
	CHECK(s && !s->tcp && s->side[0].port == 5000 && s->side[0].pkts == 2 &&
	      s->side[1].pkts == 1);
	CHECK(s && s->n_chunks == 2 && chunk_is(s, 0, 0, 0, "q1q2") && chunk_is(s, 1, 1, 0, "r1"));
	mstream__free(s);
	s = mstream__build(m, SEQ(5), err, sizeof(err));
	CHECK(!s && strstr(err, "not a TCP or UDP packet"));
	mstream__free(s);
	model__free(m);
	case_end();
}

static void test_loopback_twins(void)
{
	struct gen g = { .b = batch__new(16384) };
	struct mstream *s;
	struct model *m;
	char err[256];

	case_begin("stream: on lo each packet is taken going out and coming in: once in the stream");
	g.iface = 1;
	/* each segment twice: sent (out) then received (in) on lo */
	for (int k = 0; k < 2; k++) {
		g.dir = k ? PKT_DIR_IN : PKT_DIR_OUT;
		ip4(&g, 1, 2, 41000, 8080, 0, 1000, F_SYN, "");
	}
	for (int k = 0; k < 2; k++) {
		g.dir = k ? PKT_DIR_IN : PKT_DIR_OUT;
		ip4(&g, 2, 1, 8080, 41000, 0, 5000, F_SYN | F_ACK, "");
	}
	for (int k = 0; k < 2; k++) {
		g.dir = k ? PKT_DIR_IN : PKT_DIR_OUT;
		ip4(&g, 1, 2, 41000, 8080, 0, 1001, F_PSH | F_ACK, "GET /");
	}
	for (int k = 0; k < 2; k++) {
		g.dir = k ? PKT_DIR_IN : PKT_DIR_OUT;
		ip4(&g, 2, 1, 8080, 41000, 0, 5001, F_PSH | F_ACK, "200 OK");
	}
	/* a real retransmission: the same segment sent out again */
	g.dir = PKT_DIR_OUT;
	ip4(&g, 2, 1, 8080, 41000, 0, 5001, F_PSH | F_ACK, "200 OK");
	m = feed(&g);
	s = mstream__build(m, SEQ(1), err, sizeof(err));
	CHECK(s != NULL);
	if (s) {
		CHECK(s->side[0].pkts == 2 && s->side[0].copies == 2);
		CHECK(s->side[1].pkts == 3 && s->side[1].copies == 2);
		CHECK(s->side[0].bytes == 5 && !s->side[0].retrans);
		CHECK(s->side[1].bytes == 6 && s->side[1].retrans == 6);
		CHECK(s->n_chunks == 2 && chunk_is(s, 0, 0, 0, "GET /") &&
		      chunk_is(s, 1, 1, 0, "200 OK"));
		mstream__free(s);
	}
	model__free(m);
	case_end();
}

int main(void)
{
	test_loopback_twins();
	test_tcp_order();
	test_tcp_midstream();
	test_udp_and_not();
	return harness_end(NULL);
}
