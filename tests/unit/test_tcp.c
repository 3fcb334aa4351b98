// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of the transport printers (print-tcp.c, print-udp.c,
 * print-mptcp.c, print-http.c) beyond what golden files show: field-tree
 * byte ranges, text identical with and without a tree, every cut of a
 * segment decoded inside the capture (copies of exactly caplen bytes, for
 * ASan), relative sequence state per decoder, dx__reset, and the bounded
 * state table (a hot connection keeps its numbers while many more
 * connections than the table holds pass by). Prints PASS/FAIL lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/dx.h"

#define HARNESS_SUITE "tcp"
#include "harness.h"

static uint16_t csum(const uint8_t *p, size_t n, uint32_t s)
{
	while (n > 1) {
		s += (uint32_t)(p[0] << 8 | p[1]);
		p += 2;
		n -= 2;
	}
	if (n)
		s += (uint32_t)(p[0] << 8);
	while (s >> 16)
		s = (s & 0xffff) + (s >> 16);
	return (uint16_t)~s;
}

/*
 * Ethernet + IPv4 (10.0.0.<a> -> 10.0.0.<b>) + TCP with the given options
 * and payload; returns the frame length.
 */
static size_t mk_tcp(uint8_t *f, unsigned a, unsigned b, unsigned sport, unsigned dport,
		     uint32_t seq, uint32_t ack, unsigned flags, const uint8_t *opt, size_t optlen,
		     const char *data)
{
	size_t dlen = data ? strlen(data) : 0, thl = 20 + optlen, tot = 20 + thl + dlen;
	uint8_t *ip = f + 14, *t = ip + 20, ph[12];
	uint32_t s;

	memset(f, 0, 14 + tot);
	f[12] = 0x08;
	ip[0] = 0x45;
	ip[2] = (uint8_t)(tot >> 8);
	ip[3] = (uint8_t)tot;
	ip[8] = 64;
	ip[9] = 6;
	ip[12] = 10, ip[15] = (uint8_t)a;
	ip[16] = 10, ip[19] = (uint8_t)b;
	ip[14] = (uint8_t)(a >> 8);
	ip[18] = (uint8_t)(b >> 8);
	s = csum(ip, 20, 0);
	ip[10] = (uint8_t)(s >> 8);
	ip[11] = (uint8_t)s;
	t[0] = (uint8_t)(sport >> 8), t[1] = (uint8_t)sport;
	t[2] = (uint8_t)(dport >> 8), t[3] = (uint8_t)dport;
	t[4] = (uint8_t)(seq >> 24), t[5] = (uint8_t)(seq >> 16), t[6] = (uint8_t)(seq >> 8), t[7] = (uint8_t)seq;
	t[8] = (uint8_t)(ack >> 24), t[9] = (uint8_t)(ack >> 16), t[10] = (uint8_t)(ack >> 8), t[11] = (uint8_t)ack;
	t[12] = (uint8_t)(thl / 4 << 4);
	t[13] = (uint8_t)flags;
	t[14] = 0x20;
	if (optlen)
		memcpy(t + 20, opt, optlen);
	if (dlen)
		memcpy(t + thl, data, dlen);
	memcpy(ph, ip + 12, 8);
	ph[8] = 0;
	ph[9] = 6;
	ph[10] = (uint8_t)((thl + dlen) >> 8);
	ph[11] = (uint8_t)(thl + dlen);
	s = csum(t, thl + dlen, (uint32_t)(~csum(ph, 12, 0) & 0xffff));
	t[16] = (uint8_t)(s >> 8);
	t[17] = (uint8_t)s;
	return 14 + tot;
}

/* decode a copy of exactly caplen bytes (so ASan sees any over-read) */
static void decode(struct dx *dx, const uint8_t *f, size_t len, size_t caplen, struct strbuf *out,
		   struct dx_tree *tree)
{
	uint8_t *copy = malloc(caplen ? caplen : 1);
	struct pkt k;

	memcpy(copy, f, caplen);
	memset(&k, 0, sizeof(k));
	k.caplen = (uint32_t)caplen;
	k.len = (uint32_t)len;
	k.linktype = 1;
	k.data = copy;
	strbuf_reset(out);
	dx__packet(dx, &k, out, tree);
	free(copy);
}

static const struct dx_node *find(const struct dx_tree *t, const char *prefix)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strncmp(dx_tree_label(t, &t->nodes[i]), prefix, strlen(prefix)) == 0)
			return &t->nodes[i];
	return NULL;
}

static int node_is(const struct dx_tree *t, const char *prefix, unsigned off, unsigned len)
{
	const struct dx_node *n = find(t, prefix);

	if (!n)
		printf("    no node \"%s\"\n", prefix);
	else if (n->off != off || n->len != len)
		printf("    node \"%s\" at %u+%u, want %u+%u\n", prefix, n->off, n->len, off, len);
	return n && n->off == off && n->len == len;
}

static const uint8_t opts[] = {
	0x02, 0x04, 0x05, 0xb4,					/* mss 1460 */
	0x01,							/* nop */
	0x03, 0x03, 0x07,					/* wscale 7 */
	0x01, 0x01, 0x08, 0x0a, 0, 0, 0, 1, 0, 0, 0, 2,		/* nop nop TS */
	0x1e, 0x04, 0x51, 0x02,					/* mptcp prio */
};

static void test_tree(void)
{
	struct pt_opts o = { .no_resolve = 1 };
	struct dx *dx = dx__new(&o), *dx2 = dx__new(&o);
	struct strbuf a, b;
	struct dx_tree t;
	uint8_t f[512];
	size_t n;

	strbuf_init(&a);
	strbuf_init(&b);
	dx_tree_init(&t);
	n = mk_tcp(f, 1, 2, 41000, 80, 1000, 2000, 0x18, opts, sizeof(opts),
		   "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
	decode(dx, f, n, n, &a, &t);
	decode(dx2, f, n, n, &b, NULL);
	check(strcmp(a.buf, b.buf) == 0, "text with tree == text without");
	check(strstr(a.buf, "options [mss 1460,nop,wscale 7,nop,nop,TS val 1 ecr 2,mptcp 4 prio backup id 2]") != NULL,
	      "option text");
	check(strstr(a.buf, "length 27: HTTP: GET / HTTP/1.1") != NULL, "http text");
	check(node_is(&t, "Transmission Control Protocol", 34, 44), "tcp layer");
	check(find(&t, "Transmission Control Protocol")->is_layer, "tcp layer is a layer");
	check(node_is(&t, "Source Port: 41000", 34, 2), "sport");
	check(node_is(&t, "Destination Port: 80", 36, 2), "dport");
	check(node_is(&t, "Sequence Number: 1000", 38, 4), "seq");
	check(node_is(&t, "Acknowledgment Number: 2000", 42, 4), "ack");
	check(node_is(&t, "Header Length: 44 bytes (11)", 46, 1), "doff");
	check(node_is(&t, "Flags: 0x18 (PSH, ACK)", 47, 1), "flags");
	check(node_is(&t, "Window: 8192", 48, 2), "win");
	check(node_is(&t, "Checksum: 0x", 50, 2), "cksum");
	check(node_is(&t, "Urgent Pointer: 0", 52, 2), "urp");
	check(node_is(&t, "Options: (24 bytes)", 54, 24), "options");
	check(node_is(&t, "TCP Option - mss 1460", 54, 4), "opt mss");
	check(node_is(&t, "TCP Option - nop", 58, 1), "opt nop");
	check(node_is(&t, "TCP Option - wscale 7", 59, 3), "opt wscale");
	check(node_is(&t, "TCP Option - TS val 1 ecr 2", 64, 10), "opt TS");
	check(node_is(&t, "TCP Option - mptcp 4 prio backup id 2", 74, 4), "opt mptcp");
	check(node_is(&t, "TCP payload (27 bytes)", 78, 27), "payload");
	check(node_is(&t, "HTTP", 78, 27), "http layer");
	check(find(&t, "HTTP")->is_layer, "http layer is a layer");
	check(node_is(&t, "GET / HTTP/1.1", 78, 16), "request line");
	check(node_is(&t, "Host: x", 94, 9), "header line");
	check(node_is(&t, "(empty line)", 103, 2), "empty line");

	/* every cut, with and without the tree: same text, no over-read */
	for (size_t cut = 0; cut <= n; cut++) {
		decode(dx, f, n, cut, &a, &t);
		decode(dx2, f, n, cut, &b, NULL);
		if (strcmp(a.buf, b.buf) != 0) {
			printf("    cut %zu: \"%s\" vs \"%s\"\n", cut, a.buf, b.buf);
			check(0, "cut text with tree == without");
			break;
		}
		for (size_t i = 0; i < t.n; i++)
			if (t.nodes[i].off + t.nodes[i].len > cut) {
				printf("    cut %zu: node \"%s\" %u+%u\n", cut,
				       dx_tree_label(&t, &t.nodes[i]), t.nodes[i].off, t.nodes[i].len);
				check(0, "cut nodes inside the capture");
				cut = n;
				break;
			}
	}
	check(1, "cuts");

	dx_tree_free(&t);
	strbuf_free(&a);
	strbuf_free(&b);
	dx__free(dx);
	dx__free(dx2);
}

static void test_udp_tree(void)
{
	static const uint8_t frame[] = {
		0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00,
		0x45, 0, 0, 33, 0, 1, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
		0x13, 0x88, 0x17, 0x70, 0, 13, 0, 0, 'h', 'e', 'l', 'l', 'o',
	};
	struct pt_opts o = { .no_resolve = 1 };
	struct dx *dx = dx__new(&o);
	struct strbuf a;
	struct dx_tree t;

	strbuf_init(&a);
	dx_tree_init(&t);
	decode(dx, frame, sizeof(frame), sizeof(frame), &a, &t);
	check(strcmp(a.buf, "IP 10.0.0.1.5000 > 10.0.0.2.6000: UDP, length 5") == 0, "udp text");
	check(node_is(&t, "User Datagram Protocol, Src Port: 5000, Dst Port: 6000", 34, 8), "udp layer");
	check(node_is(&t, "Source Port: 5000", 34, 2), "udp sport");
	check(node_is(&t, "Destination Port: 6000", 36, 2), "udp dport");
	check(node_is(&t, "Length: 13", 38, 2), "udp len");
	check(node_is(&t, "Checksum: 0x0000", 40, 2), "udp cksum");
	check(node_is(&t, "UDP payload (5 bytes)", 42, 5), "udp payload");
	for (size_t cut = 0; cut <= sizeof(frame); cut++)
		decode(dx, frame, sizeof(frame), cut, &a, &t);
	check(1, "udp cuts");
	dx_tree_free(&t);
	strbuf_free(&a);
	dx__free(dx);
}

static void test_state(void)
{
	struct pt_opts o = { .no_resolve = 1 };
	struct pt_opts oS = { .no_resolve = 1, .absolute_seq = 1 };
	struct dx *dx = dx__new(&o), *other = dx__new(&o), *abs = dx__new(&oS);
	struct strbuf s;
	uint8_t f[256];
	size_t n;
	unsigned i, bad = 0;

	strbuf_init(&s);
	/* SYN-ACK records the base; the next ACK is relative */
	n = mk_tcp(f, 2, 1, 80, 41000, 5000, 1001, 0x12, NULL, 0, NULL);
	decode(dx, f, n, n, &s, NULL);
	check(strstr(s.buf, "seq 5000, ack 1001") != NULL, "syn-ack absolute");
	n = mk_tcp(f, 1, 2, 41000, 80, 1001, 5001, 0x10, NULL, 0, NULL);
	decode(dx, f, n, n, &s, NULL);
	check(strstr(s.buf, ", ack 1,") != NULL, "ack relative");
	/* another decoder has its own table */
	decode(other, f, n, n, &s, NULL);
	check(strstr(s.buf, ", ack 5001,") != NULL, "second decoder: own state");
	decode(abs, f, n, n, &s, NULL);
	check(strstr(s.buf, ", ack 5001,") != NULL, "-S absolute");
	/* dx__reset forgets */
	dx__reset(dx);
	decode(dx, f, n, n, &s, NULL);
	check(strstr(s.buf, ", ack 5001,") != NULL, "reset forgets");

	/*
	 * Bounded table: 300000 other connections (more than the table holds)
	 * interleaved with a hot one, which must stay relative throughout.
	 */
	n = mk_tcp(f, 1, 2, 41000, 80, 1001, 5001, 0x10, NULL, 0, NULL);
	decode(dx, f, n, n, &s, NULL);
	for (i = 0; i < 300000; i++) {
		uint8_t g[128];
		size_t m = mk_tcp(g, 3 + i % 60000, 2, 1024 + i / 60000, 9, i * 7u, i * 13u, 0x10,
				  NULL, 0, NULL);

		decode(dx, g, m, m, &s, NULL);
		if (i % 1000 == 0) {
			decode(dx, f, n, n, &s, NULL);
			if (!strstr(s.buf, ", ack 1,"))
				bad++;
		}
	}
	check(bad == 0, "hot connection stays relative under eviction");
	strbuf_free(&s);
	dx__free(dx);
	dx__free(other);
	dx__free(abs);
}

int main(void)
{
	test_tree();
	test_udp_tree();
	test_state();
	return harness_end("transport printers");
}
