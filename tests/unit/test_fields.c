// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of the field tree every printer emits
 *
 * Decodes every packet of the golden suite's captures (the generators in tests/golden/gen,
 * made by run.sh into build/golden/pcap, or $FIELDS_PCAP_DIR) with a field
 * tree, at -v levels 0 and 2 (with -T for the few files typed_files names),
 * and checks that
 *  - every node lies within the captured bytes and inside its parent;
 *  - the tree is well formed (depth grows by one at most, starts at 0);
 *  - the text is the same with and without a tree;
 *  - every printer (each protocol name a packet's layer stack shows) gives
 *    a layer with at least one field for some packet, and every printer of
 *    the list below is reached by some packet.
 * Then: a TCP connection's relative sequence numbers in a tree decoded with
 * dx__packet_as (a viewer's second decode, from the kept state of the
 * first) are those of the text.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/capfile.h"
#include "decode/decode.h"

#define HARNESS_SUITE "fields"
#include "harness.h"

/*
 * A name of each printer (print-*.c) as it calls dx_proto. Names a printer
 * sets for a part of its own layer (ether's "vlan", "llc", ...) are in
 * parts[]: they need no layer of their own.
 */
static const char *const printers[] = {
	"arp", "bfd", "bgp", "isakmp", "isakmp_rfc3948", "bootp", "cdp", "dccp", "domain", "dvmrp", "eap", "egp", "eigrp", "ether", "gre",
	"http", "icmp", "icmp6", "igmp", "ip", "ip6", "hbhopt", "esp", "ah", "ipx",
	"lldp", "loopback", "mobile", "mobility", "mpls", "mptcp", "ntp", "null", "ospf2",
	"ospf3", "pgm", "pim", "ptp", "raw", "resp", "sctp", "sll", "slow", "stp",
	"tcp", "telnet", "udp", "vrrp", "vxlan", "vxlan_gpe", "geneve", "nsh",
	"tftp", "syslog", "radius", "dhcp6", "babel", "hncp", "rip", "ripng", "hsrp", "ahcp",
	"ldp", "lspping", "rpki_rtr", "pptp", "forces", "m3ua", "l2tp", "someip", "bcm_li", "mfr",
	"sflow", "aarp", "sunatm", "atm", "oam", "lane", "arcnet", "arcnet_linux",
	"atalk", "llap", "juniper_atm1", "juniper_atm2", "juniper_es", "juniper_ppp",
	"juniper_chdlc", "juniper_pppoe", "juniper_pppoe_atm",
	"snmp",
	"openflow",
	"zmtp1",
	"rx",
	"802.15.4",
	"nfs", "wb", "tipc", "decnet",
	"802.11_radio", "802.11", "pktap",
};

static const char *const parts[] = {
	"vlan", "llc", "snap", "macsec", "msnlb", "ipn", "frag6", "rt6", "dstopt",
	"ipcomp", "pimv1", "pimv2", "igrp", "sll2", "vat", "ftp", "smtp", "whois",
	"rtsp", "ssh", "sip", "beep",
};

struct seen {
	const char *name;
	unsigned stacks;	/* packets whose layer stack has it */
	unsigned layers;	/* layers and sub-trees it opened */
	unsigned with_fields;	/* of those, ones with a field */
};

static struct seen seen[256];
static size_t n_seen;

static struct seen *seen_get(const char *name)
{
	size_t i;

	for (i = 0; i < n_seen; i++)
		if (strcmp(seen[i].name, name) == 0)
			return &seen[i];
	if (n_seen == sizeof(seen) / sizeof(seen[0]))
		return NULL;
	seen[n_seen].name = name;
	return &seen[n_seen++];
}

static int in_list(const char *const *l, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(l[i], s) == 0)
			return 1;
	return 0;
}

/* offsets, lengths and nesting of one tree; 0 and a FAIL detail if bad */
static int tree_ok(const struct dx_tree *t, uint32_t caplen, const char *where)
{
	uint64_t end[64];
	uint32_t start[64];
	size_t i;

	for (i = 0; i < t->n; i++) {
		const struct dx_node *n = &t->nodes[i];
		const char *label = dx_tree_label(t, n);

		if ((uint64_t)n->off + n->len > caplen) {
			fail("%s: node \"%s\" at %u+%u past the %u captured bytes", where, label,
			     n->off, n->len, caplen);
			return 0;
		}
		if (n->depth >= 64 || (i == 0 && n->depth != 0) ||
		    (i > 0 && n->depth > t->nodes[i - 1].depth + 1)) {
			fail("%s: node \"%s\" at depth %u after depth %u", where, label, n->depth,
			     i ? t->nodes[i - 1].depth : 0);
			return 0;
		}
		if (n->depth > 0 && (n->off < start[n->depth - 1] ||
				     (uint64_t)n->off + n->len > end[n->depth - 1])) {
			fail("%s: node \"%s\" at %u+%u outside its parent %u..%llu", where, label,
			     n->off, n->len, start[n->depth - 1],
			     (unsigned long long)end[n->depth - 1]);
			return 0;
		}
		start[n->depth] = n->off;
		end[n->depth] = (uint64_t)n->off + n->len;
	}
	return 1;
}

static void count_layers(const struct dx_tree *t)
{
	size_t i, j;

	for (i = 0; i < t->n; i++) {
		const struct dx_node *n = &t->nodes[i];
		struct seen *s;

		if (!n->proto || !(s = seen_get(n->proto)))
			continue;
		s->layers++;
		for (j = i + 1; j < t->n && t->nodes[j].depth > n->depth; j++)
			if (!t->nodes[j].proto) {
				s->with_fields++;
				break;
			}
	}
}

static unsigned n_packets, n_bad_trees, n_text_diff;

/* captures whose payloads only -T decodes: the type, by file name prefix
 * (the first match wins) */
static const struct {
	const char *prefix;
	int type;
} typed_files[] = {
	{ "zmtp-pgm", PT_TYPE_PGM_ZMTP1 },
	{ "zmtp", PT_TYPE_ZMTP1 },
};

static int file_packet_type(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(typed_files) / sizeof(typed_files[0]); i++)
		if (!strncmp(name, typed_files[i].prefix, strlen(typed_files[i].prefix)))
			return typed_files[i].type;
	return PT_TYPE_NONE;
}

static void decode_file(const char *path, int verbose)
{
	struct pt_opts opts;
	struct capfile_reader *rd;
	struct dx *dx, *plain;
	struct dx_tree tree;
	struct strbuf a, b;
	char err[256], where[512];
	struct pkt p;

	rd = capfile_reader__open(path, err, sizeof(err));
	if (!rd) {
		fail("%s: %s", path, err);
		return;
	}
	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	opts.verbose = verbose;
	opts.packet_type = file_packet_type(strrchr(path, '/') + 1);
	dx = dx__new(&opts);
	plain = dx__new(&opts);
	if (!dx || !plain)
		exit(2);
	dx_tree_init(&tree);
	strbuf_init(&a);
	strbuf_init(&b);
	while (capfile_reader__next(rd, &p) > 0) {
		const char *const *names;
		unsigned k, nl;

		n_packets++;
		strbuf_reset(&a);
		strbuf_reset(&b);
		dx__packet(dx, &p, &a, &tree);
		nl = dx__layers(dx, &names);
		dx__packet(plain, &p, &b, NULL);
		snprintf(where, sizeof(where), "%s packet %llu -v%d", strrchr(path, '/') + 1,
			 (unsigned long long)p.num, verbose);
		if (a.len != b.len || (a.len && memcmp(a.buf, b.buf, a.len))) {
			if (n_text_diff++ < 5)
				fail("%s: text differs with a tree:\n      %s\n      %s", where,
				     a.buf ? a.buf : "", b.buf ? b.buf : "");
		}
		if (!tree_ok(&tree, p.caplen, where))
			n_bad_trees++;
		count_layers(&tree);
		for (k = 0; k < nl; k++) {
			struct seen *s = seen_get(names[k]);

			if (s && (k == 0 || strcmp(names[k - 1], names[k])))
				s->stacks++;
		}
	}
	strbuf_free(&a);
	strbuf_free(&b);
	dx_tree_free(&tree);
	dx__free(dx);
	dx__free(plain);
	capfile_reader__close(rd);
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static void test_golden(const char *dir)
{
	char *files[512], path[1024], what[256];
	size_t n = 0, i;
	struct dirent *de;
	DIR *d = opendir(dir);

	case_begin("every node within the packet and its parent, same text");
	if (!d) {
		fail("no captures in %s (tests/golden/gen makes them)", dir);
		case_end();
		return;
	}
	while ((de = readdir(d)) && n < sizeof(files) / sizeof(files[0])) {
		size_t l = strlen(de->d_name);

		if ((l > 5 && !strcmp(de->d_name + l - 5, ".pcap")) ||
		    (l > 7 && !strcmp(de->d_name + l - 7, ".pcapng")))
			files[n++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(files, n, sizeof(files[0]), cmp_str);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		decode_file(path, 0);
		decode_file(path, 2);
		free(files[i]);
	}
	check(n > 0 && n_packets > 0, "captures read");
	check(n_bad_trees == 0, "trees well formed");
	check(n_text_diff == 0, "text the same with a tree");
	case_end();

	snprintf(what, sizeof(what), "every printer gives fields (%zu files, %u packets)", n,
		 n_packets);
	case_begin(what);
	for (i = 0; i < sizeof(printers) / sizeof(printers[0]); i++) {
		struct seen *s = seen_get(printers[i]);

		if (!s || !s->stacks)
			fail("printer \"%s\": no golden input reaches it", printers[i]);
	}
	for (i = 0; i < n_seen; i++) {
		struct seen *s = &seen[i];

		if (!s->stacks || in_list(parts, sizeof(parts) / sizeof(parts[0]), s->name))
			continue;
		if (!s->with_fields)
			fail("printer \"%s\": %u packets, %u layers, none with a field", s->name,
			     s->stacks, s->layers);
		else
			check(1, s->name);
	}
	case_end();
}

/* "seq N" or "seq N:M" of a line of text; -1 when it has none */
static long long text_seq(const char *s)
{
	const char *p = s ? strstr(s, ", seq ") : NULL;

	return p ? strtoll(p + 6, NULL, 10) : -1;
}

static long long tree_seq(const struct dx_tree *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		const char *l = dx_tree_label(t, &t->nodes[i]);

		if (!strncmp(l, "Sequence Number: ", 17))
			return strtoll(l + 17, NULL, 10);
	}
	return -1;
}

/*
 * A viewer's list decodes every packet in order with one decoder; its tree
 * decodes the selected packet again with another. With the state the list
 * kept (dx__packet_state), the tree's relative numbers are the list's.
 */
static void test_replay(const char *dir)
{
	struct pt_opts opts;
	struct capfile_reader *rd;
	struct dx *list, *tree_dx, *fresh;
	struct dx_tree tree;
	struct strbuf a, b, c;
	char path[1024], err[256];
	struct pkt p;
	unsigned n = 0, mid = 0;

	case_begin("tree of a packet mid-stream: the list's relative seq");
	snprintf(path, sizeof(path), "%s/tcp-basic.pcap", dir);
	rd = capfile_reader__open(path, err, sizeof(err));
	if (!rd) {
		fail("%s: %s", path, err);
		case_end();
		return;
	}
	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	list = dx__new(&opts);
	tree_dx = dx__new(&opts);
	fresh = dx__new(&opts);
	if (!list || !tree_dx || !fresh)
		exit(2);
	dx_tree_init(&tree);
	strbuf_init(&a);
	strbuf_init(&b);
	strbuf_init(&c);
	while (capfile_reader__next(rd, &p) > 0) {
		struct dx_pkt_state st;
		long long ls, ts;

		strbuf_reset(&a);
		strbuf_reset(&b);
		strbuf_reset(&c);
		dx__packet(list, &p, &a, NULL);
		st = *dx__packet_state(list);
		dx__packet_as(tree_dx, &p, &st, &b, &tree);
		n++;
		if (a.len != b.len || (a.len && memcmp(a.buf, b.buf, a.len)))
			fail("packet %u: the second decode's text differs:\n      %s\n      %s", n,
			     a.buf, b.buf ? b.buf : "");
		ls = text_seq(a.buf);
		ts = tree_seq(&tree);
		if (ls >= 0 && ts != ls)
			fail("packet %u: tree seq %lld, list seq %lld (%s)", n, ts, ls, a.buf);
		/* mid-stream: a fresh decoder would print the absolute number */
		dx__packet(fresh, &p, &c, NULL);
		dx__reset(fresh);
		if (ls >= 0 && text_seq(c.buf) != ls)
			mid++;
	}
	check(n > 0, "packets read");
	check(mid > 0, "some packets have relative numbers a fresh decoder cannot give");
	/* dx__packet_as left the second decoder's own table alone */
	check(dx__packet_state(tree_dx)->n_tcp <= DX_STATE_TCP, "state bounded");
	strbuf_free(&a);
	strbuf_free(&b);
	strbuf_free(&c);
	dx_tree_free(&tree);
	dx__free(list);
	dx__free(tree_dx);
	dx__free(fresh);
	capfile_reader__close(rd);
	case_end();
}

/* TLS on 443: no text (tcpdump has no TLS printer), a layer and its records in the tree */
static void test_tls(void)
{
	static const uint8_t f[] = {
		2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 0x08, 0x00,
		0x45, 0, 0, 57, 0, 1, 0, 0, 64, 6, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2,
		0x9c, 0x40, 0x01, 0xbb, 0, 0, 0, 1, 0, 0, 0, 1, 0x50, 0x18, 0x20, 0, 0, 0, 0, 0,
		22, 3, 1, 0, 4, 1, 0, 0, 0,	/* Handshake record: Client Hello */
		23, 3, 3, 0, 3, 'a', 'b', 'c',	/* Application Data record */
	};
	struct pt_opts opts;
	struct dx_tree tree;
	struct strbuf a, b;
	struct dx *dx;
	struct pkt p;
	const char *const *names;
	unsigned n, i;
	int tls = 0, hs = 0, app = 0;

	case_begin("TLS records: a layer and fields, no text");
	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	opts.absolute_seq = 1;
	if (!(dx = dx__new(&opts)))
		exit(2);
	dx_tree_init(&tree);
	strbuf_init(&a);
	strbuf_init(&b);
	memset(&p, 0, sizeof(p));
	p.data = f;
	p.caplen = p.len = sizeof(f);
	p.linktype = 1;
	dx__packet(dx, &p, &a, &tree);
	n = dx__layers(dx, &names);
	for (i = 0; i < n; i++)
		tls |= !strcmp(names[i], "tls");
	for (i = 0; i < tree.n; i++) {
		hs |= !strcmp(dx_tree_label(&tree, &tree.nodes[i]), "Handshake type: Client Hello (1)");
		app |= !strcmp(dx_tree_label(&tree, &tree.nodes[i]),
			       "TLS record: Application Data, length 3");
	}
	dx__packet(dx, &p, &b, NULL);
	CHECK(tls);
	CHECK(hs && app);
	CHECK(tree_ok(&tree, p.caplen, "tls"));
	CHECK_STR(a.buf, "IP 10.0.0.1.40000 > 10.0.0.2.443: Flags [P.], seq 1:18, ack 1, win 8192, length 17");
	CHECK_STR(a.buf, b.buf);
	strbuf_free(&a);
	strbuf_free(&b);
	dx_tree_free(&tree);
	dx__free(dx);
	case_end();
}

int main(void)
{
	const char *dir = getenv("FIELDS_PCAP_DIR");

	if (!dir || !*dir)
		dir = "build/golden/pcap";
	test_golden(dir);
	test_replay(dir);
	test_tls();
	return harness_end(NULL);
}
