// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of the network-layer field tree (print-ip*.c,
 * print-icmp*.c): the nodes carry the right byte ranges, building the tree
 * does not change the text, and every cut of a packet decodes without
 * reading past the capture (each copy is exactly caplen bytes, for ASan).
 * Prints PASS/FAIL lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/dx.h"

#define LINKTYPE_RAW 101

#define HARNESS_SUITE "iptree"
#include "harness.h"

/* IPv4 + options (NOP NOP RA) + ICMP echo request */
static const uint8_t v4_echo[] = {
	0x46, 0x00, 0x00, 0x24, 0x00, 0x01, 0x40, 0x00, 0x40, 0x01, 0x00, 0x00,
	10, 1, 0, 1, 10, 2, 0, 2,
	0x94, 0x04, 0x00, 0x00,
	0x08, 0x00, 0xf7, 0xfc, 0x00, 0x01, 0x00, 0x02, 'p', 'i', 'n', 'g',
};

/* ICMP port unreachable quoting IPv4/UDP */
static const uint8_t v4_unreach[] = {
	0x45, 0x00, 0x00, 0x38, 0x00, 0x02, 0x00, 0x00, 0x40, 0x01, 0x00, 0x00,
	10, 2, 0, 2, 10, 1, 0, 1,
	0x03, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x45, 0x00, 0x00, 0x1c, 0x00, 0x03, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00,
	10, 1, 0, 1, 10, 9, 9, 9,
	0x0d, 0x05, 0x00, 0x35, 0x00, 0x08, 0x00, 0x00,
};

/* IPv6 + hop-by-hop (router alert) + ICMPv6 echo request */
static const uint8_t v6_echo[] = {
	0x60, 0x01, 0x23, 0x45, 0x00, 0x10, 0x00, 0x40,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
	0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
	0x3a, 0x00, 0x05, 0x02, 0x00, 0x00, 0x01, 0x00,
	0x80, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x01,
};

static const struct dx_node *find(const struct dx_tree *t, const char *prefix)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (!strncmp(dx_tree_label(t, &t->nodes[i]), prefix, strlen(prefix)))
			return &t->nodes[i];
	return NULL;
}

static void decode(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned len,
		   struct strbuf *out, struct dx_tree *tree)
{
	uint8_t *copy = malloc(caplen ? caplen : 1);
	struct pkt pk;

	memcpy(copy, p, caplen);
	memset(&pk, 0, sizeof(pk));
	pk.data = copy;
	pk.caplen = caplen;
	pk.len = len;
	pk.linktype = LINKTYPE_RAW;
	strbuf_reset(out);
	dx__packet(dx, &pk, out, tree);
	free(copy);
}

static void expect_node(const struct dx_tree *t, const char *label, unsigned off, unsigned len,
			const char *what)
{
	const struct dx_node *n = find(t, label);
	char b[160];

	snprintf(b, sizeof(b), "%s: node \"%s\" at %u+%u", what, label, off, len);
	if (!n) {
		strncat(b, " missing", sizeof(b) - strlen(b) - 1);
		check(0, b);
		return;
	}
	check(n->off == off && n->len == len, b);
}

static void same_text(struct dx *dx, const uint8_t *p, unsigned n, const char *what)
{
	struct strbuf a, b;
	struct dx_tree t;
	unsigned cut;
	int ok = 1;

	strbuf_init(&a);
	strbuf_init(&b);
	dx_tree_init(&t);
	for (cut = 0; cut <= n; cut++) {
		decode(dx, p, cut, n, &a, NULL);
		decode(dx, p, cut, n, &b, &t);
		if (strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "")) {
			printf("    cut %u: \"%s\" vs \"%s\"\n", cut, a.buf, b.buf);
			ok = 0;
		}
		if (t.depth != 0)
			ok = 0;
	}
	check(ok, what);
	strbuf_free(&a);
	strbuf_free(&b);
	dx_tree_free(&t);
}

int main(void)
{
	struct pt_opts o[3];
	struct strbuf out;
	struct dx_tree t;
	int v;

	strbuf_init(&out);
	dx_tree_init(&t);
	for (v = 0; v < 3; v++) {
		struct dx *dx;

		memset(&o[v], 0, sizeof(o[v]));
		o[v].verbose = v;
		o[v].no_resolve = 1;
		dx = dx__new(&o[v]);
		if (!dx) {
			check(0, "dx__new");
			continue;
		}
		decode(dx, v4_echo, sizeof(v4_echo), sizeof(v4_echo), &out, &t);
		expect_node(&t, "Internet Protocol Version 4", 0, 24, "v4");
		expect_node(&t, "Time to Live: 64", 8, 1, "v4");
		expect_node(&t, "Protocol: ICMP (1)", 9, 1, "v4");
		expect_node(&t, "Source Address: 10.1.0.1", 12, 4, "v4");
		expect_node(&t, "Destination Address: 10.2.0.2", 16, 4, "v4");
		expect_node(&t, "Options: (4 bytes)", 20, 4, "v4");
		expect_node(&t, "RA (148)", 20, 4, "v4");
		expect_node(&t, "Internet Control Message Protocol", 24, 12, "v4");
		expect_node(&t, "Identifier: 1", 28, 2, "v4");
		check(find(&t, "Internet Protocol Version 4")->is_layer &&
		      find(&t, "Internet Control Message Protocol")->is_layer, "v4 layers are top level");

		decode(dx, v4_unreach, sizeof(v4_unreach), sizeof(v4_unreach), &out, &t);
		expect_node(&t, "Internet Control Message Protocol", 20, 36, "unreach");
		if (v) {
			const struct dx_node *in = NULL;
			size_t i;

			for (i = 1; i < t.n; i++)
				if (!strncmp(dx_tree_label(&t, &t.nodes[i]), "Internet Protocol Version 4", 27))
					in = &t.nodes[i];
			check(in && in->off == 28 && in->len == 20 && in->depth == 1 && !in->is_layer,
			      "unreach: quoted IPv4 nested under ICMP");
		}

		decode(dx, v6_echo, sizeof(v6_echo), sizeof(v6_echo), &out, &t);
		expect_node(&t, "Internet Protocol Version 6", 0, 40, "v6");
		expect_node(&t, "Flow Label: 0x12345", 1, 3, "v6");
		expect_node(&t, "Hop Limit: 64", 7, 1, "v6");
		expect_node(&t, "Source Address: 2001:db8::1", 8, 16, "v6");
		expect_node(&t, "IPv6 Hop-by-Hop Option", 40, 8, "v6");
		expect_node(&t, "Option: Router Alert", 42, 4, "v6");
		expect_node(&t, "Internet Control Message Protocol v6", 48, 8, "v6");
		expect_node(&t, "Sequence: 1", 54, 2, "v6");

		same_text(dx, v4_echo, sizeof(v4_echo), "v4 echo: tree keeps the text, every cut");
		same_text(dx, v4_unreach, sizeof(v4_unreach), "v4 unreach: tree keeps the text, every cut");
		same_text(dx, v6_echo, sizeof(v6_echo), "v6 echo: tree keeps the text, every cut");
		dx__free(dx);
	}
	strbuf_free(&out);
	dx_tree_free(&t);
	return harness_end("network-layer field tree");
}
