// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: libFuzzer target for the decoder.
 *
 * Input: one selector byte, then the packet bytes. The low 4 bits of the
 * selector pick the link type, bit 7 makes the wire length longer than the
 * captured bytes (a snapped packet). Each input is decoded with every
 * combination of -e, -q, -v..-vvv and -S, with and without a field tree,
 * and dumped with each of -x/-xx/-X/-XX/-A/-AA. Besides the sanitizers,
 * the target aborts when a tree node points outside the captured bytes or
 * when the text carries a byte a terminal would interpret.
 *
 * Build: make fuzz (clang -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/opts.h"
#include "core/pkt.h"
#include "core/strbuf.h"
#include "decode/decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int linktypes[16] = {
	1, 1, 1, 1,	/* EN10MB is the interesting one: weight it */
	113, 276, 0, 108, 101, 228, 229, 12, 14, 178, 107, 104,
};

static void check_text(const struct strbuf *sb, const char *what)
{
	size_t i;

	for (i = 0; i < sb->len; i++) {
		unsigned char c = (unsigned char)sb->buf[i];

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
			fprintf(stderr, "fuzz_decode: control byte 0x%02x at %zu in %s output:\n%s\n", c,
				i, what, sb->buf);
			abort();
		}
	}
}

static void check_tree(const struct dx_tree *t, uint32_t caplen)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		const struct dx_node *n = &t->nodes[i];

		if (n->off > caplen || n->len > caplen - n->off) {
			fprintf(stderr, "fuzz_decode: node %zu \"%s\" [%u+%u] outside caplen %u\n", i,
				dx_tree_label(t, n), n->off, n->len, caplen);
			abort();
		}
		if (n->label_off >= t->labels.len) {
			fprintf(stderr, "fuzz_decode: node %zu label offset out of range\n", i);
			abort();
		}
		if (i > 0 && n->depth > t->nodes[i - 1].depth + 1) {
			fprintf(stderr, "fuzz_decode: node %zu depth jumps\n", i);
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int dumps[7][3] = {
		{ 0, 0, 0 }, { 1, 0, 0 }, { 2, 0, 0 }, { 0, 1, 0 },
		{ 0, 2, 0 }, { 0, 0, 1 }, { 0, 0, 2 },
	};
	struct pt_opts opts;
	struct dx_tree tree;
	struct strbuf out;
	struct pkt pkt;
	struct dx *dx;
	uint8_t *copy;
	unsigned combo, d;

	if (size < 1 || size > 65536 + 1)
		return 0;
	/* an exact-size heap copy, so any read past caplen is caught by ASan */
	copy = malloc(size - 1 ? size - 1 : 1);
	if (!copy)
		return 0;
	memcpy(copy, data + 1, size - 1);
	memset(&pkt, 0, sizeof(pkt));
	pkt.ts_ns = 1700000000ULL * 1000000000ULL;
	pkt.linktype = linktypes[data[0] & 0xf];
	pkt.data = copy;
	pkt.caplen = (uint32_t)(size - 1);
	pkt.len = pkt.caplen + ((data[0] & 0x80) ? 1000u + (data[0] & 0x70) : 0u);
	pkt.num = 1;

	memset(&opts, 0, sizeof(opts));
	opts.snaplen = 262144;
	opts.no_resolve = 1;
	dx = dx__new(&opts);
	if (!dx) {
		free(copy);
		return 0;
	}
	strbuf_init(&out);
	dx_tree_init(&tree);
	/* e, q, v (0..3), S: 32 combinations */
	for (combo = 0; combo < 32; combo++) {
		unsigned hdrlen;

		opts.link_header = combo & 1;
		opts.quiet = (combo >> 1) & 1;
		opts.verbose = (int)((combo >> 2) & 3);
		opts.absolute_seq = (combo >> 4) & 1;
		opts.hex = opts.hex_ascii = opts.ascii = 0;
		strbuf_reset(&out);
		hdrlen = dx__packet(dx, &pkt, &out, (combo & 1) ? &tree : NULL);
		check_text(&out, "packet");
		if (combo & 1)
			check_tree(&tree, pkt.caplen);
		if (combo != 0)
			continue;
		for (d = 1; d < 7; d++) {
			opts.hex = dumps[d][0];
			opts.hex_ascii = dumps[d][1];
			opts.ascii = dumps[d][2];
			strbuf_reset(&out);
			dx__dump(dx, &pkt, hdrlen, &out);
			check_text(&out, "dump");
		}
	}
	dx_tree_free(&tree);
	strbuf_free(&out);
	dx__free(dx);
	free(copy);
	return 0;
}
