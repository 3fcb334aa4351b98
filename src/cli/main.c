// SPDX-License-Identifier: GPL-2.0
/* \summary: ptcpdump command line: tcpdump's options (getopt_long) -> struct cli */
#include <errno.h>
#include <getopt.h>
#include <pcap/pcap.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum {
	OPT_PID = 1000,
	OPT_PNAME,
	OPT_PRINT,
	OPT_COUNT,
	OPT_MICRO,
	OPT_NANO,
	OPT_TSPREC,
	OPT_VERSION,
	OPT_LIST_IFACES,
	OPT_NETNS,
	OPT_IMMEDIATE,
};

static const char short_opts[] = "AB:c:C:DeF:fG:hi:KlnpqQ:r:s:StUvw:W:xX#";

static const struct option long_opts[] = {
	{ "buffer-size", required_argument, NULL, 'B' },
	{ "receive-count", required_argument, NULL, 'c' },
	{ "list-interfaces", no_argument, NULL, 'D' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "interface", required_argument, NULL, 'i' },
	{ "dont-verify-checksums", no_argument, NULL, 'K' },
	{ "no-promiscuous-mode", no_argument, NULL, 'p' },
	{ "direction", required_argument, NULL, 'Q' },
	{ "read-file", required_argument, NULL, 'r' },
	{ "snapshot-length", required_argument, NULL, 's' },
	{ "absolute-tcp-sequence-numbers", no_argument, NULL, 'S' },
	{ "packet-buffered", no_argument, NULL, 'U' },
	{ "write-file", required_argument, NULL, 'w' },
	{ "number", no_argument, NULL, '#' },
	{ "pid", required_argument, NULL, OPT_PID },
	{ "pname", required_argument, NULL, OPT_PNAME },
	{ "print", no_argument, NULL, OPT_PRINT },
	{ "count", no_argument, NULL, OPT_COUNT },
	{ "micro", no_argument, NULL, OPT_MICRO },
	{ "nano", no_argument, NULL, OPT_NANO },
	{ "time-stamp-precision", required_argument, NULL, OPT_TSPREC },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ "netns", required_argument, NULL, OPT_NETNS },
	{ "immediate-mode", no_argument, NULL, OPT_IMMEDIATE },
	{ NULL, 0, NULL, 0 },
};

void cli_err(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("ptcpdump: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: ptcpdump [-AcDefhKlnpqSUvxX#] [-B size] [-c count] [-C file_size] [-F file]\n"
		"\t\t[-G seconds] [-i interface]... [-Q in|out|inout] [-r file] [-s snaplen]\n"
		"\t\t[-w file] [-W filecount] [--pid PID]... [--pname NAME] [--netns PATH]\n"
		"\t\t[--print] [--count] [--number] [--micro|--nano] [--time-stamp-precision=micro|nano]\n"
		"\t\t[--version] [expression] [-- command [args]]\n"
		"\n"
		"Process-aware options:\n"
		"  --pid PID           only packets of this process (repeatable)\n"
		"  --pname NAME        only packets of processes with this name\n"
		"  -f, --follow-forks  with --pid/--pname/-- command: also their children\n"
		"  --netns PATH        capture interfaces of another network namespace\n"
		"  -- command args     run the command and capture only its packets\n"
		"\n"
		"Expression: see pcap-filter(7). Full list of options: man 8 ptcpdump\n");
}

static long long parse_num(const char *s, const char *what, long long min, long long max)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max) {
		cli_err("invalid %s '%s'", what, s);
		exit(1);
	}
	return v;
}

static long long parse_size(const char *s)
{
	char *end;
	long long v;
	long long mul = 1000000;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || v <= 0)
		goto bad;
	if (*end) {
		switch (*end) {
		case 'k': case 'K': mul = 1024; break;
		case 'm': case 'M': mul = 1024 * 1024; break;
		case 'g': case 'G': mul = 1024LL * 1024 * 1024; break;
		default: goto bad;
		}
		if (end[1])
			goto bad;
	}
	if (v > (1LL << 50) / mul)
		goto bad;
	return v * mul;
bad:
	cli_err("invalid file size %s", s);
	exit(1);
}

/* -F: read the filter from a file, '#' comments stripped like tcpdump */
static char *read_filter_file(const char *path)
{
	FILE *f = fopen(path, "r");
	struct stat st;
	char *buf, *p;
	size_t n;

	if (!f) {
		cli_err("can't open %s: %s", path, strerror(errno));
		exit(1);
	}
	if (fstat(fileno(f), &st) < 0 || st.st_size > (1 << 20)) {
		cli_err("%s: filter file too large", path);
		exit(1);
	}
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		cli_err("out of memory");
		exit(1);
	}
	n = fread(buf, 1, (size_t)st.st_size, f);
	fclose(f);
	buf[n] = '\0';
	for (p = buf; *p; p++) {
		if (*p == '#') {
			while (*p && *p != '\n')
				*p++ = ' ';
			if (!*p)
				break;
		}
	}
	return buf;
}

static char *join_args(char **argv, int n)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < n; i++)
		len += strlen(argv[i]) + 1;
	s = calloc(1, len);
	if (!s) {
		cli_err("out of memory");
		exit(1);
	}
	for (i = 0; i < n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

int cli_parse(struct cli *c, int argc, char **argv)
{
	const char *filter_file = NULL;
	int dashdash = -1;
	int opt, i, nfilter;

	memset(c, 0, sizeof(*c));
	capture_opts__init(&c->cap);
	c->rotate_count = 0;

	/* "--" ends the options; what follows is a command to run */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			dashdash = i;
			break;
		}
	}
	if (dashdash > 0) {
		c->cap.command = &argv[dashdash + 1];
		if (!c->cap.command[0]) {
			cli_err("no command given after --");
			exit(1);
		}
		argv[dashdash] = NULL;
		argc = dashdash;
	}

	opterr = 0;
	while ((opt = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
		switch (opt) {
		case 'A': c->po.ascii++; break;
		case 'B': c->cap.buffer_kib = (long)parse_num(optarg, "buffer size", 1, 1 << 24); break;
		case 'c': c->cap.count = parse_num(optarg, "packet count", 1, 1LL << 62); break;
		case 'C': c->rotate_bytes = parse_size(optarg); break;
		case 'D': c->list_ifaces = 1; break;
		case 'e': c->po.link_header = 1; break;
		case 'f': c->cap.follow_forks = 1; break;
		case 'F': filter_file = optarg; break;
		case 'G': c->rotate_secs = (long)parse_num(optarg, "rotation seconds", 1, 1 << 30); break;
		case 'h': usage(stdout); exit(0);
		case 'i':
			if (c->cap.n_ifaces >= CAPTURE_MAX_IFACES) {
				cli_err("too many interfaces");
				exit(1);
			}
			c->cap.ifaces[c->cap.n_ifaces++] = optarg;
			break;
		case 'K': c->po.no_verify_cksum = 1; break;
		case 'l': c->po.line_buffered = 1; break;
		case 'n': c->po.no_resolve++; break;
		case 'p': break; /* capture is never promiscuous: accepted for tcpdump compatibility */
		case 'q': c->po.quiet = 1; break;
		case 'Q':
			if (strcmp(optarg, "in") == 0)
				c->cap.direction = 1;
			else if (strcmp(optarg, "out") == 0)
				c->cap.direction = 2;
			else if (strcmp(optarg, "inout") == 0)
				c->cap.direction = 0;
			else {
				cli_err("%s is not a valid direction", optarg);
				exit(1);
			}
			break;
		case 'r': c->cap.read_file = optarg; break;
		case 's':
			c->cap.snaplen = (uint32_t)parse_num(optarg, "snaplen", 0, CAPTURE_SNAPLEN);
			if (c->cap.snaplen == 0)
				c->cap.snaplen = CAPTURE_SNAPLEN;
			break;
		case 'S': c->po.absolute_seq = 1; break;
		case 't':
			c->po.ts_format = c->po.ts_format == TS_DEFAULT ? TS_NONE : c->po.ts_format + 1;
			if (c->po.ts_format > TS_DELTA_FIRST)
				c->po.ts_format = TS_DELTA_FIRST;
			break;
		case 'U': c->po.packet_buffered = 1; break;
		case 'v': c->po.verbose++; break;
		case 'w': c->write_file = optarg; break;
		case 'W': c->rotate_count = (int)parse_num(optarg, "file count", 1, 1 << 20); break;
		case 'x': c->po.hex++; break;
		case 'X': c->po.hex_ascii++; break;
		case '#': c->po.number = 1; break;
		case OPT_PID:
			if (c->cap.n_pids >= CAPTURE_MAX_PIDS) {
				cli_err("too many --pid");
				exit(1);
			}
			c->cap.pids[c->cap.n_pids++] = (int)parse_num(optarg, "pid", 1, 1 << 30);
			break;
		case OPT_PNAME: c->cap.pname = optarg; break;
		case OPT_PRINT: c->print = 1; break;
		case OPT_COUNT: c->count_only = 1; break;
		case OPT_MICRO: c->po.ts_nano = 0; break;
		case OPT_NANO: c->po.ts_nano = 1; break;
		case OPT_TSPREC:
			if (strcmp(optarg, "nano") == 0 || strcmp(optarg, "nanoseconds") == 0)
				c->po.ts_nano = 1;
			else if (strcmp(optarg, "micro") == 0 || strcmp(optarg, "microseconds") == 0)
				c->po.ts_nano = 0;
			else {
				cli_err("unsupported time stamp precision");
				exit(1);
			}
			break;
		case OPT_VERSION:
			printf("ptcpdump version %s\n%s\n", PTCPDUMP_VERSION, pcap_lib_version());
			exit(0);
		case OPT_NETNS: c->cap.netns = optarg; break;
		case OPT_IMMEDIATE: c->po.packet_buffered = 1; break;
		case ':':
			cli_err("option requires an argument -- '%s'", argv[optind - 1]);
			usage(stderr);
			exit(1);
		default:
			if (optopt && optopt < 256)
				cli_err("invalid option -- '%c'", optopt);
			else
				cli_err("unrecognized option '%s'", argv[optind - 1]);
			usage(stderr);
			exit(1);
		}
	}
	/* tcpdump: the three -t forms after a default are 1:none,2:epoch,3:delta,4:date,5:delta-first */
	nfilter = argc - optind;
	if (filter_file) {
		c->cap.filter = read_filter_file(filter_file);
	} else if (nfilter > 0) {
		c->cap.filter = join_args(argv + optind, nfilter);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct cli c;
	int rc;

	cli_parse(&c, argc, argv);
	c.po.snaplen = c.cap.snaplen;
	/* tcpdump: -U, --immediate-mode; and -l (a terminal or pipe reader waits for lines) */
	c.cap.immediate = c.po.packet_buffered || c.po.line_buffered;
	if (!c.po.no_resolve)
		c.po.resolver = cli_resolver();
	rc = cli_run(&c);
	free(c.cap.filter);
	return rc;
}
