// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit tests for bugs found by running ptcpdump over hostile
 * captures (tcpdump's own malformed test files) and comparing with tcpdump:
 * the decoder toolkit's limits and time stamps. The captures themselves are
 * not used here; each case builds its input. Prints PASS/FAIL lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture/capfile.h"
#include "decode/decode.h"
#include "decode/dx.h"

#define HARNESS_SUITE "hostile"
#include "harness.h"

/*
 * bittok2str: tcpdump joins every set flag into a 1024-byte buffer, so a
 * long list (LLDP's PMD autoneg capabilities, 16 names) prints whole. Ours
 * used to stop at 128 bytes, in the middle of a name.
 */
static void test_bittok2str_long(void)
{
	static struct tok names[33];
	static char text[32][40];
	struct pt_opts opts = { 0 };
	struct dx *dx = dx__new(&opts);
	char want[2048] = "";
	const char *got;
	unsigned i;

	if (!dx) {
		check(0, "dx__new");
		return;
	}
	for (i = 0; i < 16; i++) {
		snprintf(text[i], sizeof(text[i]), "capability-number-%02u", i);
		names[i].v = 1u << i;
		names[i].s = text[i];
		if (i)
			strcat(want, ", ");
		strcat(want, text[i]);
	}
	names[16].v = 0;
	names[16].s = NULL;
	got = bittok2str(dx, names, "none", 0xffff);
	check(strlen(want) > 128, "the joined list is longer than 128 bytes");
	check(strcmp(got, want) == 0, "bittok2str keeps a 16-name list whole");
	got = bittok2str_nosep(dx, names, "none", 0x0003);
	check(strcmp(got, "capability-number-00capability-number-01") == 0, "bittok2str_nosep");
	got = bittok2str(dx, names, "none (0x%x)", 0x10000);
	check(strcmp(got, "none (0x10000)") == 0, "bittok2str unknown bits use the format");

	/* more than fits: cut at 1024 bytes like tcpdump's strlcpy, no overflow */
	for (i = 0; i < 32; i++) {
		snprintf(text[i], sizeof(text[i]), "a-rather-long-flag-name-number-%02u", i);
		names[i].v = 1u << i;
		names[i].s = text[i];
	}
	names[32].v = 0;
	names[32].s = NULL;
	got = bittok2str(dx, names, "none", 0xffffffffu);
	check(strlen(got) == 1024, "bittok2str stops at tcpdump's 1024 bytes");
	check(strncmp(got, "a-rather-long-flag-name-number-00, a-rather", 43) == 0,
	      "bittok2str cut list starts right");
	dx__free(dx);
}

static const char *stamp(struct dx *dx, struct strbuf *sb, uint64_t sec, uint64_t ns)
{
	struct pkt pkt = { .ts_ns = sec * 1000000000ULL + ns };

	strbuf_reset(sb);
	/* a fraction of a second or more: as a classic pcap record holds it */
	pkt.ts_carry = (uint32_t)(ns / 1000000000ULL);
	dx__timestamp(dx, &pkt, sb);
	strbuf_putc(sb, '\0');
	return sb->oom ? "" : sb->buf;
}

/*
 * Time stamps as tcpdump 4.99 prints them (TZ=GMT0): seconds with bit 31
 * set cannot be converted; deltas are a time of day (24 h wrap); a zero
 * time stamp leaves the delta reference unset.
 */
static void test_timestamps(void)
{
	struct pt_opts opts = { 0 };
	struct strbuf sb;
	struct dx *dx;

	setenv("TZ", "GMT0", 1);
	strbuf_init(&sb);
	opts.ts_format = TS_DEFAULT;
	dx = dx__new(&opts);
	if (!dx) {
		check(0, "dx__new");
		return;
	}
	check(strcmp(stamp(dx, &sb, 0x7fffffff, 0), "03:14:07.000000 ") == 0, "last good second");
	check(strcmp(stamp(dx, &sb, 0x80000000u, 0), "[Error converting time] ") == 0, "2038");
	check(strcmp(stamp(dx, &sb, 0xffffffffu, 5000), "[Error converting time] ") == 0, "2106");
	opts.ts_format = TS_EPOCH;
	check(strcmp(stamp(dx, &sb, 0x80000000u, 0), "[Error converting time] ") == 0, "-tt 2038");
	check(strcmp(stamp(dx, &sb, 1700000000, 1000), "1700000000.000001 ") == 0, "-tt");
	check(strcmp(stamp(dx, &sb, 1700000000, 1234567000ULL), "1700000000.1234567 ") == 0,
	      "-tt keeps a fraction field of a second or more");
	opts.ts_format = TS_DATE;
	check(strcmp(stamp(dx, &sb, 0x80000000u, 0), "[Error converting time] ") == 0, "-tttt 2038");

	opts.ts_format = TS_DELTA_PREV;
	dx__reset(dx);
	check(strcmp(stamp(dx, &sb, 1700000000, 0), " 00:00:00.000000 ") == 0, "-ttt first");
	check(strcmp(stamp(dx, &sb, 1700000000 + 25 * 3600 + 61, 2000), " 01:01:01.000002 ") == 0,
	      "-ttt wraps at 24 h");
	check(strcmp(stamp(dx, &sb, 1700000003, 0), "-01:00:58.000002 ") == 0, "-ttt negative");
	check(strcmp(stamp(dx, &sb, 0x7fffffff, 0), " 05:00:44.000000 ") == 0, "-ttt far");
	/* 0x80000000 is -2^31 to tcpdump: 2^32 - 1 s back, bit 31 set */
	check(strcmp(stamp(dx, &sb, 0x80000000u, 0), "-[Error converting time] ") == 0,
	      "-ttt across 2038");
	check(strcmp(stamp(dx, &sb, 0xffffffffu, 0), " 03:14:07.000000 ") == 0,
	      "-ttt signed seconds");
	/* a zero time: the next packet starts over */
	stamp(dx, &sb, 0, 0);
	check(strcmp(stamp(dx, &sb, 10, 5000), " 00:00:00.000000 ") == 0, "-ttt after time 0");
	check(strcmp(stamp(dx, &sb, 20, 5000), " 00:00:10.000000 ") == 0, "-ttt after that");
	/* timeval arithmetic on the raw fields: 21 s + 2.5 s less 20 s + 5 us */
	check(strcmp(stamp(dx, &sb, 21, 2500000000ULL), " 00:00:01.2499995 ") == 0,
	      "-ttt with a fraction field of a second or more");
	/* one borrow leaves the fraction negative: tcpdump prints it unsigned */
	check(strcmp(stamp(dx, &sb, 22, 0), " 00:00:00.4293467296 ") == 0, "-ttt one borrow");

	opts.ts_format = TS_DELTA_FIRST;
	dx__reset(dx);
	stamp(dx, &sb, 0, 0);
	check(strcmp(stamp(dx, &sb, 10, 0), " 00:00:00.000000 ") == 0, "-ttttt first is 0");
	check(strcmp(stamp(dx, &sb, 5, 0), "-00:00:05.000000 ") == 0, "-ttttt negative");
	check(strcmp(stamp(dx, &sb, 10 + 86400 * 3 + 7, 0), " 00:00:07.000000 ") == 0,
	      "-ttttt wraps at 24 h");

	opts.ts_format = TS_DELTA_PREV;
	opts.ts_nano = 1;
	dx__reset(dx);
	stamp(dx, &sb, 100, 1);
	check(strcmp(stamp(dx, &sb, 100 + 86400 + 1, 3), " 00:00:01.000000002 ") == 0,
	      "-ttt --nano wraps at 24 h");
	dx__free(dx);
	strbuf_free(&sb);
}

/* ---- capture files ---------------------------------------------------- */

static size_t put32le(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
	return 4;
}

/* a classic pcap header; returns its length */
static size_t pcap_hdr(uint8_t *p, uint32_t magic, uint32_t snaplen, uint32_t lt)
{
	size_t n = put32le(p, magic);

	p[n++] = 2, p[n++] = 0, p[n++] = 4, p[n++] = 0;
	n += put32le(p + n, 0);
	n += put32le(p + n, 0);
	n += put32le(p + n, snaplen);
	n += put32le(p + n, lt);
	return n;
}

static size_t pcap_rec(uint8_t *p, uint32_t sec, uint32_t caplen, uint32_t len, size_t extra)
{
	size_t n = put32le(p, sec);

	n += put32le(p + n, 0);
	n += put32le(p + n, caplen);
	n += put32le(p + n, len);
	memset(p + n, 0, extra);
	return n + extra;
}

/*
 * libpcap 1.10 keeps a file's snaplen unless it is 0 or above INT_MAX
 * (tcpdump prints it), adds 14 for a patched-libpcap Ethernet file, and
 * tells "bigger than maximum" from "bigger than snaplen" for a record
 * larger than it will take. Ours used to clamp every snaplen to the maximum.
 */
static void test_pcap_snaplen(void)
{
	static uint8_t f[300000];
	struct capfile_reader *r;
	char err[256];
	struct pkt pkt;
	size_t n;

	n = pcap_hdr(f, 0xA1B2C3D4, 18546945, 1);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r && capfile_reader__snaplen(r) == 18546945, "a big snaplen stays");
	capfile_reader__close(r);

	n = pcap_hdr(f, 0xA1B2C3D4, 0x80000000u, 1);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r && capfile_reader__snaplen(r) == 262144, "a snaplen above INT_MAX is the maximum");
	capfile_reader__close(r);

	n = pcap_hdr(f, 0xA1B2CD34, 1500, 1);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r && capfile_reader__snaplen(r) == 1514, "patched libpcap Ethernet: snaplen + 14");
	capfile_reader__close(r);
	n = pcap_hdr(f, 0xA1B2CD34, 1500, 101);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r && capfile_reader__snaplen(r) == 1500, "patched libpcap raw IP: snaplen as is");
	capfile_reader__close(r);

	/* a record above the maximum but within the file's snaplen */
	n = pcap_hdr(f, 0xA1B2C3D4, 18546945, 1);
	n += pcap_rec(f + n, 1, 60, 60, 60);
	n += pcap_rec(f + n, 2, 262145, 262145, 262145);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r != NULL, "open");
	if (r) {
		check(capfile_reader__next(r, &pkt) == 1 && pkt.caplen == 60, "first record");
		check(capfile_reader__next(r, &pkt) == -1, "oversized record fails");
		check(strcmp(capfile_reader__error(r), "invalid packet capture length 262145, "
			     "bigger than maximum of 262144") == 0, "libpcap's 'maximum' message");
		capfile_reader__close(r);
	}
	/* and one above the snaplen too */
	n = pcap_hdr(f, 0xA1B2C3D4, 100000, 1);
	n += pcap_rec(f + n, 2, 262145, 262145, 16);
	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	if (r) {
		check(capfile_reader__next(r, &pkt) == -1 &&
		      strcmp(capfile_reader__error(r), "invalid packet capture length 262145, "
			     "bigger than snaplen of 100000") == 0, "libpcap's 'snaplen' message");
		capfile_reader__close(r);
	}
}

/* ---- process comments: reader, printer and writer agree ---------------- */

static size_t ng_opt(uint8_t *p, unsigned code, const char *v)
{
	size_t l = strlen(v), n;

	p[0] = (uint8_t)code, p[1] = (uint8_t)(code >> 8);
	p[2] = (uint8_t)l, p[3] = (uint8_t)(l >> 8);
	memcpy(p + 4, v, l);
	n = 4 + l;
	while (n % 4)
		p[n++] = 0;
	return n;
}

/* SHB, an Ethernet IDB, then one 42-byte EPB per comment (NULL: none) */
static size_t ng_file(uint8_t *f, const char *const *comments, size_t n_comments)
{
	static const uint8_t shb[] = { 0x0a, 0x0d, 0x0d, 0x0a, 28, 0, 0, 0, 0x4d, 0x3c, 0x2b, 0x1a,
				       1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
				       28, 0, 0, 0 };
	static const uint8_t idb[] = { 1, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 0, 0, 4, 0, 20, 0, 0, 0 };
	size_t n = 0, i, start;

	memcpy(f, shb, sizeof(shb));
	n += sizeof(shb);
	memcpy(f + n, idb, sizeof(idb));
	n += sizeof(idb);
	for (i = 0; i < n_comments; i++) {
		start = n;
		n += put32le(f + n, 6);
		n += 4;		/* total, below */
		n += put32le(f + n, 0);
		n += put32le(f + n, 0);
		n += put32le(f + n, (uint32_t)(i + 1) * 1000000u);
		n += put32le(f + n, 44);
		n += put32le(f + n, 44);
		memset(f + n, 0, 44);
		memset(f + n, 0xff, 6);
		f[n + 12] = 0x08, f[n + 13] = 0x06;
		n += 44;
		if (comments[i]) {
			n += ng_opt(f + n, 1, comments[i]);
			n += put32le(f + n, 0);
		}
		n += put32le(f + n, (uint32_t)(n + 4 - start));
		put32le(f + start + 4, (uint32_t)(n - start));
	}
	return n;
}

/*
 * A container or pod comes from a name or an id (the writer's rule), a
 * process from PID > 0; keys that make none of these are no process info.
 * The printer and the writer used to disagree: "ContainerId: x" alone was
 * not printed but written (as an empty name, then printed after a round
 * trip); empty labels printed as "" but were written as "{}"; a leading
 * '/' of ContainerName was dropped only by the writer.
 */
static void test_proc_comments(void)
{
	static const char *const comments[] = {
		"UserId: 1000",
		"PID: 0\nCmd: /bin/sh",
		"ContainerId: abc123\nContainerLabels: ",
		"ContainerName: /web\nContainerId: \nContainerImage: nginx",
		"PodName: \nPodNamespace: default",
		"PodName: p1\nPodNamespace: ns\nPodLabels: \nPodAnnotations: ",
	};
	static uint8_t f[4096];
	struct capfile_reader *r;
	struct pkt pkt;
	char err[256];
	size_t n = ng_file(f, comments, 6);
	int i;

	r = capfile_reader__fmemopen(f, n, err, sizeof(err));
	check(r != NULL, "pcapng with comments opens");
	if (!r)
		return;
	for (i = 0; i < 6; i++) {
		if (capfile_reader__next(r, &pkt) != 1) {
			check(0, "pcapng with comments reads");
			break;
		}
		switch (i) {
		case 0:
		case 1:
		case 4:
			check(pkt.proc == NULL, "keys without a process, container or pod");
			break;
		case 2:
			check(pkt.proc && pkt.proc->cid && strcmp(pkt.proc->cid, "abc123") == 0,
			      "a container id alone is a container");
			break;
		case 3:
			check(pkt.proc && pkt.proc->cname && strcmp(pkt.proc->cname, "web") == 0,
			      "ContainerName read without its leading '/'");
			break;
		case 5:
			check(pkt.proc && pkt.proc->pod && strcmp(pkt.proc->pod, "p1") == 0, "pod");
			break;
		}
	}
	capfile_reader__close(r);
}

/* -v text of a file and of its -w round trip are the same */
static void cli_roundtrip(const char *bin, const char *dir)
{
	static const char *const comments[] = {
		"ContainerId: abc123\nContainerLabels: ",
		"ContainerName: /web\nContainerId: \nContainerImage: nginx",
		"PodName: p1\nPodNamespace: ns\nPodLabels: \nPodAnnotations: ",
		"UserId: 5",
	};
	static uint8_t f[4096];
	char cmd[2048];
	size_t n = ng_file(f, comments, 4);
	FILE *o;

	snprintf(cmd, sizeof(cmd), "%s/c.pcapng", dir);
	o = fopen(cmd, "wb");
	if (!o || fwrite(f, 1, n, o) != n)
		check(0, "write c.pcapng");
	if (o)
		fclose(o);
	snprintf(cmd, sizeof(cmd),
		 "set -e; d=%s; %s -n -v -r $d/c.pcapng >$d/a.txt 2>/dev/null; "
		 "%s -r $d/c.pcapng -w $d/w.pcapng 2>/dev/null; "
		 "%s -n -v -r $d/w.pcapng >$d/b.txt 2>/dev/null; cmp -s $d/a.txt $d/b.txt; "
		 "grep -q 'Container (name , id abc123, image , labels {})' $d/a.txt; "
		 "grep -q 'Container (name web, id , image nginx, labels {})' $d/a.txt; "
		 "grep -q 'Pod (name p1, namespace ns, UID , labels {}, annotations {})' $d/a.txt; "
		 "test \"$(grep -c ' eth0 \\| In \\| Out ' $d/a.txt)\" = 0",
		 dir, bin, bin, bin);
	check(system(cmd) == 0, "process comments print the same after a -w round trip");
}

/* ---- the command line: stderr as tcpdump writes it ---------------------- */

/* stderr of "PROG -n -r FILE", each line without the program's name (and
 * tcpdump's "pcap_loop: ", which names a libpcap call we do not make) */
static int err_text(const char *prog, const char *file, char *out, size_t n)
{
	char cmd[1024], line[512];
	size_t len = 0;
	FILE *p;

	snprintf(cmd, sizeof(cmd), "%s -n -r %s 2>&1 >/dev/null", prog, file);
	p = popen(cmd, "r");
	if (!p)
		return -1;
	out[0] = 0;
	while (fgets(line, sizeof(line), p)) {
		const char *l = line;

		if (strncmp(l, "tcpdump: ", 9) == 0)
			l += 9;
		else if (strncmp(l, "ptcpdump: ", 10) == 0)
			l += 10;
		if (strncmp(l, "pcap_loop: ", 11) == 0)
			l += 11;
		len += (size_t)snprintf(out + len, len < n ? n - len : 0, "%s", l);
		if (len >= n)
			len = n - 1;
	}
	pclose(p);
	return 0;
}

static void cli_case(const char *bin, const char *dir, const char *name, const uint8_t *f,
		     size_t n)
{
	char path[512], want[1024], got[1024];
	FILE *o;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	o = fopen(path, "wb");
	if (!o || fwrite(f, 1, n, o) != n) {
		check(0, "write a temporary file");
		if (o)
			fclose(o);
		return;
	}
	fclose(o);
	if (err_text("tcpdump", path, want, sizeof(want)) < 0 ||
	    err_text(bin, path, got, sizeof(got)) < 0) {
		check(0, "popen");
		return;
	}
	if (strcmp(want, got) != 0)
		printf("    tcpdump :\n%s    ptcpdump:\n%s", want, got);
	check(strcmp(want, got) == 0, name);
}

/*
 * stderr as tcpdump writes it: the "reading from file" line prints a link
 * type libpcap cannot name as a bare number and the file's snaplen as
 * libpcap keeps it; SLL2 adds a warning; then the reader's error.
 */
static void test_cli_reading_line(void)
{
	static uint8_t f[256];
	char dir[] = "/tmp/ptcpdump-hostile.XXXXXX";
	const char *bin = getenv("PTCPDUMP_BIN");
	char cmd[2048];
	size_t n;

	if (!bin)
		bin = access("build-san/ptcpdump", X_OK) == 0 ? "build-san/ptcpdump" : "build/ptcpdump";
	if (access(bin, X_OK) != 0 || system("tcpdump --version >/dev/null 2>&1") != 0) {
		printf("SKIP hostile: reading-from-file line: no %s or no tcpdump\n", bin);
		return;
	}
	if (!mkdtemp(dir)) {
		check(0, "mkdtemp");
		return;
	}
	n = pcap_hdr(f, 0xA1B2C3D4, 65535, 149);	/* a type libpcap has no name for */
	n += pcap_rec(f + n, 1, 20, 20, 20);
	cli_case(bin, dir, "lt149.pcap", f, n);
	n = pcap_hdr(f, 0xA1B2C3D4, 65535, 160);
	cli_case(bin, dir, "lt160.pcap", f, n);
	n = pcap_hdr(f, 0xA1B2C3D4, 18546945, 1);
	n += pcap_rec(f + n, 1, 20, 20, 20);
	cli_case(bin, dir, "bigsnap.pcap", f, n);
	n = pcap_hdr(f, 0xA1B2CD34, 1500, 1);
	cli_case(bin, dir, "kuznetzov.pcap", f, n);
	n = pcap_hdr(f, 0xA1B2C3D4, 0, 276);
	cli_case(bin, dir, "sll2.pcap", f, n);
	/* pcapng: SHB, an IDB with snaplen INT_MAX, a record cut short */
	{
		static const uint8_t ng[] = {
			0x0a, 0x0d, 0x0d, 0x0a, 28, 0, 0, 0, 0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0,
			0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 28, 0, 0, 0,
			1, 0, 0, 0, 20, 0, 0, 0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 20, 0, 0, 0,
			6, 0, 0, 0, 64, 0, 0, 0, 0, 0, 0, 0,
		};

		cli_case(bin, dir, "ng-bigsnap.pcapng", ng, sizeof(ng));
	}
	/*
	 * -w of a file with no packets (or none that matches): the output
	 * must still have its interface, or nothing can read it back
	 * (pcapng without an IDB).
	 */
	n = pcap_hdr(f, 0xA1B2C3D4, 65535, 1);
	{
		char path[512];
		FILE *o;
		int i;
		static const char *const outs[] = { "empty-out.pcapng", "empty-out.pcap" };

		snprintf(path, sizeof(path), "%s/empty.pcap", dir);
		o = fopen(path, "wb");
		if (!o || fwrite(f, 1, n, o) != n)
			check(0, "write empty.pcap");
		if (o)
			fclose(o);
		for (i = 0; i < 2; i++) {
			snprintf(cmd, sizeof(cmd), "%s -r %s -w %s/%s 2>/dev/null && "
				 "tcpdump -r %s/%s >/dev/null 2>&1", bin, path, dir, outs[i], dir,
				 outs[i]);
			check(system(cmd) == 0, outs[i]);
		}
		n += pcap_rec(f + n, 1, 20, 20, 20);
		o = fopen(path, "wb");
		if (!o || fwrite(f, 1, n, o) != n)
			check(0, "write empty.pcap");
		if (o)
			fclose(o);
		snprintf(cmd, sizeof(cmd), "%s -r %s -w %s/none.pcapng tcp 2>/dev/null && "
			 "tcpdump -r %s/none.pcapng >/dev/null 2>&1", bin, path, dir, dir);
		check(system(cmd) == 0, "-w with a filter that matches nothing");
	}
	cli_roundtrip(bin, dir);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		check(0, "rm");
}

int main(void)
{
	test_bittok2str_long();
	test_timestamps();
	test_pcap_snaplen();
	test_proc_comments();
	test_cli_reading_line();
	return harness_end("toolkit limits, time stamps, file headers");
}
