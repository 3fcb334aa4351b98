// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of print-domain.c, called directly through a struct dx
 *
 * dns_vectors.h holds DNS messages (UDP payloads, TCP segments with their
 * length prefix, mDNS) from tests/golden/gen/dns.py, some cut short by the
 * capture, each with the text tcpdump 4.99.3 printed for it at one -v
 * level. Each message is copied into a buffer of exactly its captured size,
 * so ASan sees any read past the capture. The field tree is checked on a
 * few messages, and building it must not change the text.
 * Prints PASS/FAIL lines.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/dx.h"
#include "decode/print.h"

struct dns_vec {
	const char *name;
	unsigned caplen;	/* bytes captured */
	unsigned length;	/* on-the-wire length given to domain_print */
	int over_tcp;
	int is_mdns;
	int verbose;
	const char *bytes;
	const char *expect;
};

#include "dns_vectors.h"

#define HARNESS_SUITE "dns"
#include "harness.h"

static void result(int ok, const char *name, const char *exp, const char *got)
{
	if (!ok)
		fail("%s\n    tcpdump : %s\n    ptcpdump: %s", name, exp, got);
	else
		check(1, name);
}

/* Run domain_print on bytes as dx__packet would; text into out. */
static void dns_decode(struct dx *dx, const uint8_t *buf, unsigned caplen, unsigned length,
		       int over_tcp, int is_mdns, struct strbuf *out, struct dx_tree *tree)
{
	static struct pkt pk;

	memset(&pk, 0, sizeof(pk));
	pk.data = buf;
	pk.caplen = caplen;
	pk.len = length;
	strbuf_reset(out);
	if (tree) {
		tree->n = 0;
		tree->depth = 0;
		strbuf_reset(&tree->labels);
	}
	dx->pkt = &pk;
	dx->out = out;
	dx->tree = tree;
	dx->pkt_start = buf;
	dx->snapend = buf + caplen;
	dx->snap_depth = 0;
	dx->proto = NULL;
	if (setjmp(dx->early_end) == 0) {
		domain_print(dx, buf, length, over_tcp, is_mdns);
	} else {
		/* as dx__packet: the text again, the tree closed */
		dx->out = out;
		dx_print_trunc(dx);
		if (tree)
			tree->depth = 0;
	}
}

static uint8_t *copy_exact(const char *bytes, unsigned n)
{
	uint8_t *b = malloc(n ? n : 1);

	if (!b) {
		perror("malloc");
		exit(2);
	}
	memcpy(b, bytes, n);
	return b;
}

static void test_vectors(int with_tree)
{
	struct pt_opts opts;
	struct strbuf out;
	struct dx_tree tree;
	struct dx *dx;
	char name[80];
	size_t i;

	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	dx = dx__new(&opts);
	if (!dx)
		exit(2);
	strbuf_init(&out);
	dx_tree_init(&tree);
	snprintf(name, sizeof(name), "%zu messages like tcpdump%s",
		 sizeof(dns_vecs) / sizeof(dns_vecs[0]), with_tree ? " (with field tree)" : "");
	case_begin(name);
	for (i = 0; i < sizeof(dns_vecs) / sizeof(dns_vecs[0]); i++) {
		const struct dns_vec *v = &dns_vecs[i];
		uint8_t *buf = copy_exact(v->bytes, v->caplen);
		const char *got;

		opts.verbose = v->verbose;
		dns_decode(dx, buf, v->caplen, v->length, v->over_tcp, v->is_mdns, &out,
		    with_tree ? &tree : NULL);
		got = out.buf ? out.buf : "";
		result(strcmp(got, v->expect) == 0, v->name, v->expect, got);
		if (with_tree && tree.depth != 0)
			result(0, v->name, "tree depth 0 at the end", "unbalanced tree");
		free(buf);
	}
	case_end();
	dx_tree_free(&tree);
	strbuf_free(&out);
	dx__free(dx);
}

/* find a node by label; -1 if none */
static long find_node(const struct dx_tree *t, const char *label)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (strcmp(dx_tree_label(t, &t->nodes[i]), label) == 0)
			return (long)i;
	return -1;
}

static int node_is(const struct dx_tree *t, const char *label, unsigned off, unsigned len,
		   unsigned depth)
{
	long i = find_node(t, label);

	if (i < 0) {
		printf("    no node \"%s\"\n", label);
		return 0;
	}
	if (t->nodes[i].off != off || t->nodes[i].len != len || t->nodes[i].depth != depth) {
		printf("    node \"%s\": off %u len %u depth %u, want %u %u %u\n", label,
		       t->nodes[i].off, t->nodes[i].len, t->nodes[i].depth, off, len, depth);
		return 0;
	}
	return 1;
}

static void test_tree(void)
{
	/* 44427 2/0/0 A 1.2.3.4, A 5.6.7.8: answers point at the question name */
	static const uint8_t msg[] = {
		0xad, 0x8b, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0,
		2, 'q', 'q', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1,
		0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 59, 0, 4, 1, 2, 3, 4,
		0xc0, 12, 0, 1, 0, 1, 0, 0, 0x0e, 0x10, 0, 4, 5, 6, 7, 8,
	};
	/* TCP: length prefix, then a query with a name pointer loop */
	static const uint8_t tcp_msg[] = {
		0, 18, 0, 7, 0x01, 0, 0, 1, 0, 0, 0, 0, 0, 0,
		0xc0, 12, 0, 1, 0, 1,
	};
	struct pt_opts opts;
	struct strbuf out;
	struct dx_tree tree;
	struct dx *dx;
	uint8_t *buf;
	int ok = 1;

	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	dx = dx__new(&opts);
	if (!dx)
		exit(2);
	strbuf_init(&out);
	dx_tree_init(&tree);

	case_begin("field tree of a response");
	buf = copy_exact((const char *)msg, sizeof(msg));
	dns_decode(dx, buf, sizeof(msg), sizeof(msg), 0, 0, &out, &tree);
	ok &= strcmp(out.buf, "44427 2/0/0 A 1.2.3.4, A 5.6.7.8 (56)") == 0;
	ok &= tree.n > 0 && tree.nodes[0].is_layer;
	ok &= node_is(&tree, "Domain Name System (response)", 0, 56, 0);
	ok &= node_is(&tree, "Transaction ID: 0xad8b", 0, 2, 1);
	ok &= node_is(&tree, "Flags: 0x8180", 2, 2, 1);
	ok &= node_is(&tree, "Reply code: No error (0)", 2, 2, 2);
	ok &= node_is(&tree, "Answer RRs: 2", 6, 2, 1);
	ok &= node_is(&tree, "Queries", 12, 12, 1);
	ok &= node_is(&tree, "qq.com.: type A, class IN", 12, 12, 2);
	ok &= node_is(&tree, "Answers", 24, 32, 1);
	ok &= node_is(&tree, "Name: qq.com.", 12, 8, 3);
	ok &= node_is(&tree, "Time to live: 59", 30, 4, 3);
	ok &= node_is(&tree, "Time to live: 3600", 46, 4, 3);
	ok &= node_is(&tree, "Address: 5.6.7.8", 52, 4, 3);
	free(buf);
	check(ok, "nodes of the response");
	case_end();

	case_begin("field tree over TCP, pointer loop");
	ok = 1;
	buf = copy_exact((const char *)tcp_msg, sizeof(tcp_msg));
	dns_decode(dx, buf, sizeof(tcp_msg), sizeof(tcp_msg), 1, 0, &out, &tree);
	ok &= strcmp(out.buf, " 7+ A? <BAD PTR> [|domain]") == 0;
	ok &= node_is(&tree, "Domain Name System (query)", 0, 20, 0);
	ok &= node_is(&tree, "Length: 18", 0, 2, 1);
	ok &= node_is(&tree, "Transaction ID: 0x0007", 2, 2, 1);
	ok &= tree.depth == 0;
	free(buf);
	check(ok, "nodes of the TCP query");
	case_end();

	dx_tree_free(&tree);
	strbuf_free(&out);
	dx__free(dx);
}

int main(void)
{
	test_vectors(0);
	test_vectors(1);
	test_tree();
	return harness_end(NULL);
}
