// SPDX-License-Identifier: GPL-2.0
/* \summary: ptcpdump-top's command line: ptcpdump's capture options plus -r and --max-mem */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"

enum { OPT_PID = 1000, OPT_PNAME, OPT_NETNS, OPT_MAXMEM, OPT_VERSION };

static const struct option long_opts[] = {
	{ "interface", required_argument, NULL, 'i' },
	{ "read-file", required_argument, NULL, 'r' },
	{ "follow-forks", no_argument, NULL, 'f' },
	{ "direction", required_argument, NULL, 'Q' },
	{ "snapshot-length", required_argument, NULL, 's' },
	{ "buffer-size", required_argument, NULL, 'B' },
	{ "pid", required_argument, NULL, OPT_PID },
	{ "pname", required_argument, NULL, OPT_PNAME },
	{ "netns", required_argument, NULL, OPT_NETNS },
	{ "max-mem", required_argument, NULL, OPT_MAXMEM },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 },
};

static void usage(FILE *f)
{
	fprintf(f,
		"Usage: ptcpdump-top [-f] [-i interface]... [-r file] [-Q in|out|inout] [-s snaplen]\n"
		"\t\t[-B size] [--pid PID]... [--pname NAME] [--netns PATH] [--max-mem SIZE]\n"
		"\t\t[expression] [-- command [args]]\n"
		"\n"
		"A full-screen, process-aware packet viewer. -r reads a pcap/pcapng file\n"
		"(process information from pcapng comments is grouped like a live capture).\n"
		"--max-mem SIZE (k/m/g suffix, default 256m) bounds the packets kept in memory.\n"
		"Press ? or F1 inside for every key. See ptcpdump-top(8).\n");
}

void app_die(const char *fmt, ...)
{
	va_list ap;

	fputs("ptcpdump-top: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static long long num_arg(const char *s, const char *what, long long min, long long max)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		app_die("invalid %s '%s'", what, s);
	return v;
}

static size_t size_arg(const char *s)
{
	char *end;
	unsigned long long v, mul = 1024 * 1024;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		app_die("invalid size '%s'", s);
	switch (*end) {
	case '\0': case 'm': case 'M': mul = 1024 * 1024; break;
	case 'k': case 'K': mul = 1024; break;
	case 'g': case 'G': mul = 1024ull * 1024 * 1024; break;
	case 'b': case 'B': mul = 1; break;
	default: app_die("invalid size '%s'", s);
	}
	if (*end && end[1])
		app_die("invalid size '%s'", s);
	if (v == 0 || v > (1ull << 46) / mul)
		app_die("invalid size '%s'", s);
	return (size_t)(v * mul);
}

static char *join(char **v, int n)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < n; i++)
		len += strlen(v[i]) + 1;
	s = calloc(1, len);
	if (!s)
		app_die("out of memory");
	for (i = 0; i < n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, v[i]);
	}
	return s;
}

void app_parse_opts(struct options *o, int argc, char **argv)
{
	int opt, i, dashdash = -1;

	memset(o, 0, sizeof(*o));
	capture_opts__init(&o->cap);
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			dashdash = i;
			break;
		}
	if (dashdash > 0) {
		if (dashdash + 1 >= argc)
			app_die("'--' needs a command");
		o->cap.command = argv + dashdash + 1;
		argc = dashdash;
	}
	while ((opt = getopt_long(argc, argv, "B:fhi:Q:r:s:", long_opts, NULL)) != -1) {
		switch (opt) {
		case 'B':
			o->cap.buffer_kib = (long)num_arg(optarg, "buffer size", 1, 1 << 30);
			break;
		case 'f':
			o->cap.follow_forks = 1;
			break;
		case 'i':
			if (o->cap.n_ifaces == CAPTURE_MAX_IFACES)
				app_die("too many interfaces");
			o->cap.ifaces[o->cap.n_ifaces++] = optarg;
			break;
		case 'Q':
			if (!strcmp(optarg, "in"))
				o->cap.direction = 1;
			else if (!strcmp(optarg, "out"))
				o->cap.direction = 2;
			else if (!strcmp(optarg, "inout"))
				o->cap.direction = 0;
			else
				app_die("invalid direction '%s' (in, out or inout)", optarg);
			break;
		case 'r':
			o->cap.read_file = optarg;
			break;
		case 's':
			o->cap.snaplen = (uint32_t)num_arg(optarg, "snaplen", 0, CAPTURE_SNAPLEN);
			if (!o->cap.snaplen)
				o->cap.snaplen = CAPTURE_SNAPLEN;
			break;
		case OPT_PID:
			if (o->cap.n_pids == CAPTURE_MAX_PIDS)
				app_die("too many --pid");
			o->cap.pids[o->cap.n_pids++] = (int)num_arg(optarg, "pid", 1, 0x7fffffff);
			break;
		case OPT_PNAME:
			o->cap.pname = optarg;
			break;
		case OPT_NETNS:
			o->cap.netns = optarg;
			break;
		case OPT_MAXMEM:
			o->max_mem = size_arg(optarg);
			break;
		case OPT_VERSION:
			printf("ptcpdump-top %s\n", PTCPDUMP_VERSION);
			exit(0);
		case 'h':
			usage(stdout);
			exit(0);
		default:
			usage(stderr);
			exit(1);
		}
	}
	if (optind < argc)
		o->cap.filter = join(argv + optind, argc - optind);
	if (!o->max_mem)
		o->max_mem = 256u * 1024 * 1024;
	if (o->cap.read_file && o->cap.command)
		app_die("-r and -- command cannot be combined");
	if (o->cap.read_file && !strcmp(o->cap.read_file, "-"))
		app_die("-r - is not supported: the screen needs standard input");
}
