// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: libFuzzer targets for the decoder, one per printer family.
 *
 * One source, built four times (mk/fuzz.mk), each with its own framing of
 * the input, so the fuzzer spends its mutations on the layer it is aimed at
 * instead of learning to build the headers below it:
 *
 *   fuzz_decode (link)  flags byte, 2-byte link type, frame. A link type the
 *                       decoder does not know picks one it knows, so every
 *                       entry of the link-type table is reachable.
 *   fuzz_ip     (ip)    flags byte, IP protocol byte, payload: carried in an
 *                       IPv4 header (IPv6 when flags bit 0 is set).
 *   fuzz_udp    (udp)   flags byte, source and destination port, payload: in
 *                       IPv4 + UDP.
 *   fuzz_tcp    (tcp)   flags byte, source and destination port, payload: in
 *                       IPv4 + TCP (PSH|ACK).
 *
 * Flags bit 7 makes the wire length longer than the captured bytes (a
 * snapped packet; the built headers claim the longer length). Each input is
 * decoded with every combination of -e, -q, -v..-vvv and -S, with and
 * without a field tree, and dumped with each of -x/-xx/-X/-XX/-A/-AA.
 * Besides the sanitizers, the target aborts when a tree node points outside
 * the captured bytes or when the text carries a byte a terminal would
 * interpret.
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

#define FAMILY_LINK 0
#define FAMILY_IP 1
#define FAMILY_UDP 2
#define FAMILY_TCP 3
#ifndef FUZZ_FAMILY
#define FUZZ_FAMILY FAMILY_LINK
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void put16(uint8_t *p, unsigned v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

static void ip4_header(uint8_t *p, unsigned proto, unsigned total)
{
	unsigned sum = 0, i;

	memset(p, 0, 20);
	p[0] = 0x45;
	put16(p + 2, total > 0xffff ? 0xffff : total);
	put16(p + 4, 0x1234);
	p[6] = 0x40;
	p[8] = 64;
	p[9] = (uint8_t)proto;
	memcpy(p + 12, "\x0a\x00\x00\x01\x0a\x00\x00\x02", 8);
	for (i = 0; i < 20; i += 2)
		sum += (unsigned)(p[i] << 8 | p[i + 1]);
	sum = (sum & 0xffff) + (sum >> 16);
	sum += sum >> 16;
	put16(p + 10, ~sum & 0xffff);
}

static void ip6_header(uint8_t *p, unsigned proto, unsigned payload)
{
	memset(p, 0, 40);
	p[0] = 0x60;
	put16(p + 4, payload > 0xffff ? 0xffff : payload);
	p[6] = (uint8_t)proto;
	p[7] = 64;
	memcpy(p + 8, "\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x01", 16);
	memcpy(p + 24, "\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\x02", 16);
}

/*
 * The frame the input describes, in an exact-size heap buffer (so any read
 * past caplen is caught by ASan); NULL when the input is too short.
 */
static uint8_t *frame(const uint8_t *data, size_t size, struct pkt *pkt)
{
	unsigned extra, hdr = 0, sel;
	size_t plen;
	uint8_t *buf;

	if (size < 1)
		return NULL;
	extra = (data[0] & 0x80) ? 1000u + (data[0] & 0x70) : 0u;
#if FUZZ_FAMILY == FAMILY_LINK
	if (size < 3)
		return NULL;
	sel = (unsigned)(data[1] << 8 | data[2]);
	if (!dx__linktype_supported((int)sel)) {
		size_t n = 0;

		while (dx__linktype_at(n) >= 0)
			n++;
		sel = (unsigned)dx__linktype_at(sel % n);
	}
	pkt->linktype = (int)sel;
	data += 3;
	size -= 3;
#elif FUZZ_FAMILY == FAMILY_IP
	if (size < 2)
		return NULL;
	sel = data[1];
	hdr = (data[0] & 1) ? 40 : 20;
	pkt->linktype = (data[0] & 1) ? 229 : 228;
	data += 2;
	size -= 2;
#else
	if (size < 5)
		return NULL;
	sel = 0;
	hdr = 20 + (FUZZ_FAMILY == FAMILY_UDP ? 8 : 20);
	pkt->linktype = 228;
	data += 1;
	size -= 1;
#endif
	if (size > 65535)
		return NULL;
#if FUZZ_FAMILY == FAMILY_UDP || FUZZ_FAMILY == FAMILY_TCP
	plen = size - 4;
#else
	plen = size;
#endif
	buf = malloc(hdr + plen ? hdr + plen : 1);
	if (!buf)
		return NULL;
#if FUZZ_FAMILY == FAMILY_IP
	if (hdr == 40)
		ip6_header(buf, sel, (unsigned)plen + extra);
	else
		ip4_header(buf, sel, 20 + (unsigned)plen + extra);
	memcpy(buf + hdr, data, plen);
#elif FUZZ_FAMILY == FAMILY_UDP
	ip4_header(buf, 17, hdr + (unsigned)plen + extra);
	memcpy(buf + 20, data, 4);
	put16(buf + 24, 8 + (unsigned)plen + extra);
	put16(buf + 26, 0);
	memcpy(buf + hdr, data + 4, plen);
#elif FUZZ_FAMILY == FAMILY_TCP
	ip4_header(buf, 6, hdr + (unsigned)plen + extra);
	memcpy(buf + 20, data, 4);
	memcpy(buf + 24, "\x00\x00\x10\x00\x00\x00\x20\x00\x50\x18\xff\xff\x00\x00\x00\x00", 16);
	memcpy(buf + hdr, data + 4, plen);
#else
	memcpy(buf, data, plen);
#endif
	pkt->data = buf;
	pkt->caplen = (uint32_t)(hdr + plen);
	pkt->len = pkt->caplen + extra;
	return buf;
}

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

	memset(&pkt, 0, sizeof(pkt));
	copy = frame(data, size, &pkt);
	if (!copy)
		return 0;
	pkt.ts_ns = 1700000000ULL * 1000000000ULL;
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
