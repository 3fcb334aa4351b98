// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of the link-layer field tree (print-ether.c,
 * print-sll.c, print-null.c, print-arp.c, print-stp.c) and of dx__dump:
 * layers and fields carry the right byte ranges, the text is the same with
 * and without a tree, every cut of a frame decodes inside the capture
 * (copies are exactly caplen bytes, for ASan), and the dump flags pick the
 * bytes tcpdump dumps. Prints PASS/FAIL lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/dx.h"

#define HARNESS_SUITE "linktree"
#include "harness.h"

/* Ethernet, 802.1Q (prio 5, VID 42), ARP request 10.0.0.1 -> 10.0.0.2 */
static const uint8_t vlan_arp[] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x81, 0x00,
	0xa0, 0x2a, 0x08, 0x06,
	0x00, 0x01, 0x08, 0x00, 0x06, 0x04, 0x00, 0x01,
	0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 10, 0, 0, 1,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 10, 0, 0, 2,
};

/* Linux SLL v1, outgoing, unknown EtherType 0x88b5, 4 bytes of data */
static const uint8_t sll_unknown[] = {
	0x00, 0x04, 0x00, 0x01, 0x00, 0x06, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00,
	0x88, 0xb5, 'd', 'a', 't', 'a',
};

/* 802.3 + LLC 42/42 UI + STP config BPDU */
static const uint8_t stp_cfg[] = {
	0x01, 0x80, 0xc2, 0x00, 0x00, 0x00, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x26,
	0x42, 0x42, 0x03,
	0x00, 0x00, 0x00, 0x00, 0x00,
	0x80, 0x00, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00, 0x00, 0x04,
	0x80, 0x00, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0x80, 0x01,
	0x01, 0x00, 0x14, 0x00, 0x02, 0x00, 0x0f, 0x00,
};

/* BSD NULL (AF 2, host order little-endian) + 4 bytes that are not IP */
static const uint8_t null_frame[] = { 0x02, 0x00, 0x00, 0x00, 0x45 };

static const struct dx_node *find(const struct dx_tree *t, const char *prefix)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (!strncmp(dx_tree_label(t, &t->nodes[i]), prefix, strlen(prefix)))
			return &t->nodes[i];
	return NULL;
}

static int at(const struct dx_tree *t, const char *prefix, uint32_t off, uint32_t len)
{
	const struct dx_node *n = find(t, prefix);

	if (!n)
		printf("    no node \"%s\"\n", prefix);
	else if (n->off != off || n->len != len)
		printf("    node \"%s\" at %u+%u, want %u+%u\n", prefix, n->off, n->len, off, len);
	return n && n->off == off && n->len == len;
}

static unsigned decode(struct dx *dx, int linktype, const uint8_t *p, unsigned caplen,
		       unsigned len, struct strbuf *out, struct dx_tree *tree)
{
	uint8_t *copy = malloc(caplen ? caplen : 1);
	struct pkt pk;
	unsigned hdrlen;
	size_t i;

	memcpy(copy, p, caplen);
	memset(&pk, 0, sizeof(pk));
	pk.data = copy;
	pk.caplen = caplen;
	pk.len = len;
	pk.linktype = linktype;
	strbuf_reset(out);
	hdrlen = dx__packet(dx, &pk, out, tree);
	if (tree)
		for (i = 0; i < tree->n; i++)
			if (tree->nodes[i].off + tree->nodes[i].len > caplen) {
				fail("node %zu outside caplen %u", i, caplen);
			}
	free(copy);
	return hdrlen;
}

/* the same text with and without a tree, for every cut */
static void cuts(struct dx *dx, int linktype, const uint8_t *p, unsigned len, const char *name)
{
	struct strbuf a, b;
	struct dx_tree t;
	unsigned c;
	int same = 1;
	char what[96];

	strbuf_init(&a);
	strbuf_init(&b);
	dx_tree_init(&t);
	for (c = 1; c <= len; c++) {
		decode(dx, linktype, p, c, len, &a, NULL);
		decode(dx, linktype, p, c, len, &b, &t);
		if (strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "")) {
			printf("    cut %u: \"%s\" vs \"%s\"\n", c, a.buf, b.buf);
			same = 0;
		}
	}
	snprintf(what, sizeof(what), "%s: text independent of tree at every cut", name);
	check(same, what);
	dx_tree_free(&t);
	strbuf_free(&a);
	strbuf_free(&b);
}

static void dump_case(struct dx *dx, struct pt_opts *o, int x, int X, int A, unsigned hdrlen,
		      const char *want, const char *name)
{
	struct strbuf out;
	struct pkt pk;

	memset(&pk, 0, sizeof(pk));
	pk.data = vlan_arp;
	pk.caplen = pk.len = sizeof(vlan_arp);
	pk.linktype = 1;
	o->hex = x;
	o->hex_ascii = X;
	o->ascii = A;
	strbuf_init(&out);
	dx__dump(dx, &pk, hdrlen, &out);
	if (strncmp(out.buf ? out.buf : "", want, strlen(want)))
		printf("    %s: got \"%.200s\"\n", name, out.buf ? out.buf : "");
	check(!strncmp(out.buf ? out.buf : "", want, strlen(want)), name);
	strbuf_free(&out);
	o->hex = o->hex_ascii = o->ascii = 0;
}

int main(void)
{
	struct pt_opts o;
	struct strbuf out;
	struct dx_tree t;
	struct dx *dx;
	unsigned hdrlen;

	memset(&o, 0, sizeof(o));
	o.no_resolve = 1;
	dx = dx__new(&o);
	strbuf_init(&out);
	dx_tree_init(&t);

	hdrlen = decode(dx, 1, vlan_arp, sizeof(vlan_arp), sizeof(vlan_arp), &out, &t);
	check(hdrlen == 18, "vlan arp: link header is 18 bytes");
	check(!strcmp(out.buf, "ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28"),
	      "vlan arp: text");
	check(at(&t, "Ethernet II", 0, 14), "vlan arp: Ethernet layer 0+14");
	check(at(&t, "Destination: ff:ff:ff:ff:ff:ff", 0, 6), "vlan arp: Destination 0+6");
	check(at(&t, "Source: 00:11:22:33:44:55", 6, 6), "vlan arp: Source 6+6");
	check(at(&t, "Type: 802.1Q (0x8100)", 12, 2), "vlan arp: Type 12+2");
	check(at(&t, "802.1Q Virtual LAN, PRI: 5, DEI: 0, ID: 42", 14, 4), "vlan arp: 802.1Q layer");
	check(at(&t, "Type: ARP (0x0806)", 16, 2), "vlan arp: inner Type 16+2");
	check(at(&t, "Address Resolution Protocol (Request)", 18, 28), "vlan arp: ARP layer");
	check(at(&t, "Sender IP address: 10.0.0.1", 32, 4), "vlan arp: sender IP");
	check(at(&t, "Target IP address: 10.0.0.2", 42, 4), "vlan arp: target IP");
	check(t.nodes[0].is_layer && t.nodes[0].depth == 0 && t.nodes[1].depth == 1,
	      "vlan arp: layers at depth 0, fields below");

	o.link_header = 1;
	decode(dx, 1, vlan_arp, sizeof(vlan_arp), sizeof(vlan_arp), &out, NULL);
	check(!strcmp(out.buf, "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q (0x8100), "
			       "length 46: vlan 42, p 5, ethertype ARP (0x0806), Request who-has "
			       "10.0.0.2 tell 10.0.0.1, length 28"),
	      "vlan arp: -e text");
	o.link_header = 0;

	hdrlen = decode(dx, 113, sll_unknown, sizeof(sll_unknown), sizeof(sll_unknown), &out, &t);
	check(hdrlen == 16, "sll: link header is 16 bytes");
	check(at(&t, "Linux cooked capture v1", 0, 16), "sll: layer 0+16");
	check(at(&t, "Packet type: Out (4)", 0, 2), "sll: packet type");
	check(at(&t, "Protocol: Unknown (0x88b5)", 14, 2), "sll: protocol");
	check(at(&t, "Data (4 bytes)", 16, 4), "sll: undecoded data");
	check(strstr(out.buf, "Out 00:11:22:33:44:55 ethertype Unknown (0x88b5), length 20: ") != NULL,
	      "sll: unknown type prints the cooked header");

	decode(dx, 1, stp_cfg, sizeof(stp_cfg), sizeof(stp_cfg), &out, &t);
	check(!strcmp(out.buf, "STP 802.1d, Config, Flags [none], bridge-id "
			       "8000.66:77:88:99:aa:bb.8001, length 35"),
	      "stp: text");
	check(at(&t, "IEEE 802.3 Ethernet", 0, 14), "stp: 802.3 layer");
	check(at(&t, "Length: 38", 12, 2), "stp: length field");
	check(at(&t, "Logical-Link Control", 14, 3), "stp: LLC layer");
	check(at(&t, "Spanning Tree Protocol", 17, 35), "stp: STP layer");

	decode(dx, 0, null_frame, sizeof(null_frame), sizeof(null_frame), &out, &t);
	check(at(&t, "Null/Loopback", 0, 4), "null: layer 0+4");
	check(at(&t, "Family: IPv4 (2)", 0, 4), "null: family");

	cuts(dx, 1, vlan_arp, sizeof(vlan_arp), "vlan arp");
	cuts(dx, 113, sll_unknown, sizeof(sll_unknown), "sll");
	cuts(dx, 1, stp_cfg, sizeof(stp_cfg), "stp");
	cuts(dx, 0, null_frame, sizeof(null_frame), "null");

	/* which bytes each dump flag shows */
	dump_case(dx, &o, 1, 0, 0, 18, "\n\t0x0000:  0001 0800 0604 0001", "-x skips the link header");
	dump_case(dx, &o, 2, 0, 0, 18, "\n\t0x0000:  ffff ffff ffff 0011", "-xx includes it");
	dump_case(dx, &o, 0, 1, 0, 18, "\n\t0x0000:  0001 0800 0604 0001 0011 2233 4455 0a00  "
				       "..........\"3DU..\n\t0x0010:  0001", "-X: hex and ASCII");
	dump_case(dx, &o, 1, 1, 1, 18, "\n\t0x0000:  0001 0800 0604 0001 0011 2233 4455 0a00  ",
		  "-X wins over -x and -A");
	dump_case(dx, &o, 1, 0, 1, 18, "\n\t0x0000:  0001 0800 0604 0001 0011 2233 4455 0a00\n",
		  "-x wins over -A");
	dump_case(dx, &o, 0, 0, 2, 18, "\n........\"3DU", "-AA includes the link header");
	dump_case(dx, &o, 1, 0, 0, 46, "", "nothing past the link header: no dump");

	dx_tree_free(&t);
	strbuf_free(&out);
	dx__free(dx);
	return harness_end("link-layer field tree and dumps");
}
