// SPDX-License-Identifier: GPL-2.0
/* \summary: what each option of core/optab.def does: argv -> struct cmdline */
#include "cmdline.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <pcap/pcap.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "live.h"

static void die(const struct cmdline *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));

static void die(const struct cmdline *c, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: ", c->progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static int bad(char *why, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int bad(char *why, size_t n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, n, fmt, ap);
	va_end(ap);
	return -1;
}

/* a decimal number in [min, max]; 0 or -1 */
static int num(const char *s, long long min, long long max, long long *v)
{
	char *end;

	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno || end == s || *end || *v < min || *v > max ? -1 : 0;
}

/* -C: millions of bytes, or k/m/g (kb/mb/gb, upstream's) for KiB/MiB/GiB */
static long long file_size(const char *s)
{
	long long v, mul = 1000000;
	char *end;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || v <= 0)
		return -1;
	if (*end) {
		switch (tolower((unsigned char)*end)) {
		case 'k': mul = 1024; break;
		case 'm': mul = 1024 * 1024; break;
		case 'g': mul = 1024LL * 1024 * 1024; break;
		default: return -1;
		}
		if (end[1] && !(tolower((unsigned char)end[1]) == 'b' && !end[2]))
			return -1;
	}
	if (v > (1LL << 50) / mul)
		return -1;
	return v * mul;
}

/* --spool-size: bytes; k/m/g; no suffix means MiB */
static long long mem_size(const char *s)
{
	unsigned long long v, mul = 1024 * 1024;
	char *end;

	errno = 0;
	if (!isdigit((unsigned char)*s))
		return -1;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -1;
	switch (*end) {
	case '\0': case 'm': case 'M': break;
	case 'k': case 'K': mul = 1024; break;
	case 'g': case 'G': mul = 1024ull * 1024 * 1024; break;
	case 'b': case 'B': mul = 1; break;
	default: return -1;
	}
	if (*end && end[1])
		return -1;
	if (v == 0 || v > (1ull << 46) / mul)
		return -1;
	return (long long)(v * mul);
}

/* Go's time.ParseDuration syntax: "0", or [-+]N[.N]unit... */
static int go_duration(const char *s)
{
	static const char *const units[] = { "ns", "us", "\xc2\xb5s", "ms", "s", "m", "h" };

	if (*s == '-' || *s == '+')
		s++;
	if (!strcmp(s, "0"))
		return 0;
	if (!*s)
		return -1;
	while (*s) {
		size_t d = strspn(s, "0123456789"), u, i;

		if (s[d] == '.')
			d += 1 + strspn(s + d + 1, "0123456789");
		if (!d || (d == 1 && *s == '.'))
			return -1;
		s += d;
		u = strcspn(s, "0123456789.");
		for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
			if (strlen(units[i]) == u && !strncmp(s, units[i], u))
				break;
		if (!u || i == sizeof(units) / sizeof(units[0]))
			return -1;
		s += u;
	}
	return 0;
}

int cmdline_context(const char *s)
{
	const struct cmdopt *o = &cmdopt_table[OPT_CONTEXT];
	static const unsigned bits[] = {
		PT_CTX_PROCESS, PT_CTX_THREAD, PT_CTX_PARENTPROC, PT_CTX_USER, PT_CTX_CONTAINER,
		PT_CTX_POD,
	};
	char buf[256], *save = NULL, *tok;
	unsigned m = 0;

	if (strlen(s) >= sizeof(buf))
		return -1;
	snprintf(buf, sizeof(buf), "%s", s);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int i;

		while (*tok == ' ')
			tok++;
		if (!*tok)
			continue;
		i = cmdopt_choice(o, tok);
		if (i < 0)
			return -1;
		m |= bits[i];
	}
	return (int)m;
}

static int add_iface(struct cmdline *c, const char *name, char *why, size_t n)
{
	if (c->cap.n_ifaces == CAPTURE_MAX_IFACES)
		return bad(why, n, "more than %d interfaces", CAPTURE_MAX_IFACES);
	c->cap.ifaces[c->cap.n_ifaces++] = name;
	return 0;
}

/* --netns a,b: a name without a slash is /run/netns/NAME */
static int add_netns(struct cmdline *c, const char *arg, char *why, size_t n)
{
	const char *p = arg;

	while (*p) {
		size_t w = strcspn(p, ",");
		char *one;
		int r;

		if (w) {
			if (c->cap.n_netns == CAPTURE_MAX_NETNS)
				return bad(why, n, "more than %d namespaces", CAPTURE_MAX_NETNS);
			if (c->n_strs == CMD_MAX_STRS)
				return bad(why, n, "out of memory");
			if ((w == 3 && !strncmp(p, "any", 3)) || (w == 5 && !strncmp(p, "newly", 5)) ||
			    memchr(p, '/', w))
				r = asprintf(&one, "%.*s", (int)w, p);
			else
				r = asprintf(&one, "/run/netns/%.*s", (int)w, p);
			if (r < 0)
				return bad(why, n, "out of memory");
			c->strs[c->n_strs++] = one;
			c->cap.netns[c->cap.n_netns++] = one;
		}
		p += w;
		if (*p)
			p++;
	}
	if (!c->cap.n_netns)
		return bad(why, n, "no namespace");
	return 0;
}

static int add_pids(struct cmdline *c, const char *arg, char *why, size_t n)
{
	const char *p = arg;

	do {
		size_t w = strcspn(p, ",");
		char one[24];
		long long v;

		if (w == 0 && p[w]) {
			p++;
			continue;
		}
		snprintf(one, sizeof(one), "%.*s", (int)(w < 23 ? w : 23), p);
		if (w > 22 || num(one, 1, 0x7fffffff, &v) < 0) {
			if (w == strlen(arg))
				return bad(why, n, "not a process id");
			return bad(why, n, "'%.*s' is not a process id", (int)w, p);
		}
		if (c->cap.n_pids == CAPTURE_MAX_PIDS)
			return bad(why, n, "more than %d process ids", CAPTURE_MAX_PIDS);
		c->cap.pids[c->cap.n_pids++] = (int)v;
		p += w;
		if (*p)
			p++;
	} while (*p);
	return 0;
}

/* the table's action column: what an option does when it needs no code */
enum act_kind { ACT_CUSTOM, ACT_NONE, ACT_SET, ACT_INC, ACT_STR };

struct action {
	enum act_kind kind;
	size_t off;		/* of the field in struct cmdline */
};

#define CUSTOM { ACT_CUSTOM, 0 }
#define NONE { ACT_NONE, 0 }
/* the offset of field f, which must be of type t's size (a compile error if not) */
#define FIELD(f, t) (offsetof(struct cmdline, f) + \
		     0 * sizeof(char[sizeof(((struct cmdline *)0)->f) == sizeof(t) ? 1 : -1]))
#define SET(f) { ACT_SET, FIELD(f, int) }
#define INC(f) { ACT_INC, FIELD(f, int) }
#define STR(f) { ACT_STR, FIELD(f, const char *) }
static const struct action actions[OPT__N] = {
#define OPT(id, sh, lng, arg, choices, progs, act, help) [OPT_##id] = act,
#include "../core/optab.def"
#undef OPT
};
#undef CUSTOM
#undef NONE
#undef SET
#undef INC
#undef STR
#undef FIELD

/* --uid: numbers, repeatable and comma separated */
static int add_uids(struct cmdline *c, const char *arg, char *why, size_t n)
{
	const char *p = arg;

	do {
		size_t w = strcspn(p, ",");
		char one[24];
		long long v;

		snprintf(one, sizeof(one), "%.*s", (int)(w < 23 ? w : 23), p);
		if (w == 0 || w > 22 || num(one, 0, 0xfffffffeLL, &v) < 0) {
			if (w == strlen(arg))
				return bad(why, n, "not a user id");
			return bad(why, n, "'%.*s' is not a user id", (int)w, p);
		}
		if (c->cap.n_uids == CAPTURE_MAX_SEL)
			return bad(why, n, "more than %d user ids", CAPTURE_MAX_SEL);
		c->cap.uids[c->cap.n_uids++] = (unsigned)v;
		p += w;
		if (*p)
			p++;
	} while (*p);
	return 0;
}

/* a container or pod selector: non-empty, at most CAPTURE_MAX_SEL of each */
static int add_sel(const char **v, int *nv, const char *arg, const char *what, char *why,
		   size_t n)
{
	if (!arg[0])
		return bad(why, n, "an empty %s", what);
	if (*nv == CAPTURE_MAX_SEL)
		return bad(why, n, "more than %d of them", CAPTURE_MAX_SEL);
	v[(*nv)++] = arg;
	return 0;
}

static int apply(void *ctx, const struct cmdopt *o, const char *as, const char *arg, char *why,
		 size_t n)
{
	struct cmdline *c = ctx;
	const struct action *a = &actions[o->id];
	char *field = (char *)c + a->off;
	long long v;
	int i;

	(void)as;
	switch (a->kind) {
	case ACT_NONE:
		return 0;
	case ACT_SET:
		*(int *)(void *)field = 1;
		return 0;
	case ACT_INC:
		(*(int *)(void *)field)++;
		return 0;
	case ACT_STR:
		*(const char **)(void *)field = arg;
		return 0;
	case ACT_CUSTOM:
		break;
	}
	switch ((enum cmdopt_id)o->id) {
	case OPT_BUFSIZE:
		if (num(arg, 1, 1 << 24, &v) < 0)
			return bad(why, n, "not a size in KiB (1 to %d)", 1 << 24);
		c->cap.buffer_kib = (long)v;
		break;
	case OPT_COUNT:
		if (num(arg, 1, 1LL << 62, &v) < 0)
			return bad(why, n, "not a packet count (a number > 0)");
		c->cap.count = v;
		break;
	case OPT_FILESIZE:
		c->rotate_bytes = file_size(arg);
		if (c->rotate_bytes < 0)
			return bad(why, n, "not a file size (millions of bytes, or a k, m, g suffix)");
		break;
	case OPT_ESP_SECRET:
		/* the SAs are checked by the program, which links the ciphers */
		if (!*arg)
			return bad(why, n, "empty");
		c->po.esp_secret = arg;
		break;
	case OPT_ROTATE_SECS:
		if (num(arg, 1, 1 << 30, &v) < 0)
			return bad(why, n, "not a number of seconds > 0");
		c->rotate_secs = (long)v;
		break;
	case OPT_HELP:
		cmdopt_help(c->prog, c->progname, stdout);
		exit(0);
	case OPT_IFACE:
		if (!*arg)
			return bad(why, n, "empty interface name");
		return add_iface(c, arg, why, n);
	case OPT_TSTAMP_TYPE:
		i = pcap_tstamp_type_name_to_val(arg);
		if (i < 0)
			return bad(why, n, "not a time stamp type");
		if (i != PCAP_TSTAMP_HOST)
			return bad(why, n, "the capture gives only host time stamps (see -J)");
		c->tstamp_type = i;
		break;
	case OPT_MD5_SECRET:
		if (!*arg)
			return bad(why, n, "empty secret");
		c->po.md5_secret = arg;
		break;
	case OPT_BACKEND:
		i = cmdopt_choice(o, arg);
		if (i < 0)
			return bad(why, n, "not tc, cgroup-skb, tp-btf or socket-filter");
		c->cap.backend = i;	/* the choices are in enum capture_backend's order */
		c->cap.backend_set = 1;
		break;
	case OPT_DIRECTION:
		i = cmdopt_choice(o, arg);
		if (i < 0)
			return bad(why, n, "not in, out or inout");
		c->cap.direction = i == 2 ? 0 : i + 1;
		break;
	case OPT_SNAPLEN:
		if (num(arg, 0, 262144, &v) < 0)
			return bad(why, n, "not a snapshot length (0 to 262144)");
		c->cap.snaplen = v ? (uint32_t)v : CAPTURE_SNAPLEN;
		c->po.snaplen = c->cap.snaplen;
		break;
	case OPT_PACKET_TYPE:
		i = cmdopt_choice(o, arg);
		if (i < 0)
			return bad(why, n, "unknown packet type");
		c->po.packet_type = PT_TYPE_AODV + i;
		break;
	case OPT_FILE_COUNT:
		if (num(arg, 1, 1 << 20, &v) < 0)
			return bad(why, n, "not a number of files > 0");
		c->rotate_count = (int)v;
		break;
	case OPT_LINKTYPE:
		c->linktype = pcap_datalink_name_to_val(arg);
		if (c->linktype < 0)
			return bad(why, n, "not a data link type");
		break;
	case OPT_POSTROTATE:
		if (!*arg)
			return bad(why, n, "empty command");
		c->postrotate = arg;
		break;
	case OPT_DROP_USER:
		if (!*arg)
			return bad(why, n, "empty user name");
		c->user = arg;
		break;
	case OPT_PID: return add_pids(c, arg, why, n);
	case OPT_NETNS: return add_netns(c, arg, why, n);
	case OPT_UID: return add_uids(c, arg, why, n);
	case OPT_CONTAINER_ID:
		if (strspn(arg, "0123456789abcdefABCDEF") != strlen(arg))
			return bad(why, n, "not a container id (hex digits)");
		return add_sel(c->cap.ctr_ids, &c->cap.n_ctr_ids, arg, "container id", why, n);
	case OPT_CONTAINER_NAME:
		return add_sel(c->cap.ctr_names, &c->cap.n_ctr_names, arg, "container name", why, n);
	case OPT_POD_NAME:
		if (arg[0] == '.' || (arg[0] && arg[strlen(arg) - 1] == '.'))
			return bad(why, n, "not NAME.NAMESPACE");
		return add_sel(c->cap.pods, &c->cap.n_pods, arg, "pod name", why, n);
	case OPT_WRITE_KEYLOG:
		if (!arg[0])
			return bad(why, n, "an empty file name");
		c->keylog_file = arg;
		break;
	case OPT_PRINT: c->print = 1; break;
	case OPT_MICRO: c->po.ts_nano = 0; break;
	case OPT_TSTAMP_PREC:
		if (!strcmp(arg, "nanoseconds"))
			i = 1;
		else if (!strcmp(arg, "microseconds"))
			i = 0;
		else
			i = cmdopt_choice(o, arg);
		if (i < 0)
			return bad(why, n, "not micro or nano");
		c->po.ts_nano = i;
		break;
	case OPT_IMMEDIATE: c->cap.immediate = 1; c->po.packet_buffered = 1; break;
	case OPT_VERSION:
		printf("%s version %s\n", c->progname, PTCPDUMP_VERSION);
		cmdline_lib_versions(stdout);
		exit(0);
	case OPT_CONTEXT:
		i = cmdline_context(arg);
		if (i <= 0)
			return bad(why, n, "not a list of process, thread, parentproc, user, "
				   "container, pod");
		c->po.context |= (unsigned)i;
		break;
	case OPT_LOG_LEVEL:
		i = cmdopt_choice(o, arg);
		if (i < 0)
			return bad(why, n, "not debug, info, warn, error or fatal");
		c->log_level = i;
		c->cap.log_debug = i == LOG_DEBUG;
		break;
	case OPT_SPOOL_SIZE:
		v = mem_size(arg);
		if (v < 0)
			return bad(why, n, "not a size (k, m, g suffix)");
		c->spool_size = (uint64_t)v;
		break;
	case OPT_EVENT_CHAN_SIZE:
	case OPT_EXEC_WORKERS:
		if (num(arg, 0, 0xffffffffLL, &v) < 0)
			return bad(why, n, "not a number");
		break;
	case OPT_DELAY_EVENTS:
		if (go_duration(arg) < 0)
			return bad(why, n, "not a duration (e.g. 500ms, 1s)");
		break;
	default:
		break;
	}
	return 0;
}

void cmdline_lib_versions(FILE *f)
{
	fprintf(f, "%s\n", pcap_lib_version());
	fprintf(f, "libbpf version %s\n", cmdline_libbpf_version());
}

/* -F: the filter from a file, '#' comments blanked like tcpdump */
static char *read_filter_file(const struct cmdline *c)
{
	const char *path = c->filter_file;
	FILE *f = fopen(path, "r");
	struct stat st;
	char *buf, *p;
	size_t n;

	if (!f)
		die(c, "invalid -F value '%s': %s", path, strerror(errno));
	if (fstat(fileno(f), &st) < 0 || S_ISDIR(st.st_mode) || st.st_size > (1 << 20)) {
		fclose(f);
		die(c, "invalid -F value '%s': %s", path,
		    S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a filter file");
	}
	buf = malloc((size_t)st.st_size + 1);
	if (!buf)
		die(c, "out of memory");
	n = fread(buf, 1, (size_t)st.st_size, f);
	if (ferror(f)) {
		fclose(f);
		die(c, "invalid -F value '%s': %s", path, strerror(errno ? errno : EIO));
	}
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

static char *join_args(const struct cmdline *c, char **argv, int n)
{
	size_t len = 1;
	char *s;
	int i;

	for (i = 0; i < n; i++)
		len += strlen(argv[i]) + 1;
	s = calloc(1, len);
	if (!s)
		die(c, "out of memory");
	for (i = 0; i < n; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, argv[i]);
	}
	return s;
}

struct iface_find {
	const char *name;
	int found;
};

static void find_cb(void *arg, const struct live_ifinfo *ii)
{
	struct iface_find *f = arg;

	f->found |= strcmp(ii->name, f->name) == 0;
}

/* -i a,b: split at commas, unless an interface has that very name */
static void split_ifaces(struct cmdline *c)
{
	const char *in[CAPTURE_MAX_IFACES];
	int n = c->cap.n_ifaces, i;
	char why[128];

	memcpy(in, c->cap.ifaces, sizeof(in));
	c->cap.n_ifaces = 0;
	for (i = 0; i < n; i++) {
		struct iface_find f = { in[i], 0 };
		char err[256], *copy, *tok, *save = NULL;
		int before;

		if (strchr(in[i], ',')) {
			if (live__list_ifaces(capture_opts__netns(&c->cap), find_cb, &f, err, sizeof(err)) < 0)
				f.found = 0;
		} else {
			f.found = 1;
		}
		if (f.found) {
			if (add_iface(c, in[i], why, sizeof(why)) < 0)
				die(c, "invalid -i value '%s': %s", in[i], why);
			continue;
		}
		if (c->n_strs == CMD_MAX_STRS || !(copy = strdup(in[i])))
			die(c, "out of memory");
		c->strs[c->n_strs++] = copy;
		before = c->cap.n_ifaces;
		for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
			if (add_iface(c, tok, why, sizeof(why)) < 0)
				die(c, "invalid -i value '%s': %s", in[i], why);
		if (c->cap.n_ifaces == before)
			die(c, "invalid -i value '%s': no interface name", in[i]);
	}
}

/* tcpdump: -i N names the N-th interface of -D (when no interface is called N) */
static void iface_numbers(struct cmdline *c)
{
	struct live_devlist *d = NULL;
	char err[256];
	int i, j;

	for (i = 0; i < c->cap.n_ifaces; i++) {
		const char *s = c->cap.ifaces[i];
		int named = 0;
		long n;

		if (!*s || strspn(s, "0123456789") != strlen(s))
			continue;
		if (!d && !(d = live__devices(capture_opts__netns(&c->cap), err, sizeof(err))))
			die(c, "%s", err);
		for (j = 0; j < d->n; j++)
			named |= strcmp(d->v[j].name, s) == 0;
		if (named)
			continue;
		n = strtol(s, NULL, 10);
		if (n < 1 || n > d->n) {
			free(d);
			die(c, "Invalid adapter index %s", s);
		}
		if (c->n_strs == CMD_MAX_STRS || !(c->strs[c->n_strs] = strdup(d->v[n - 1].name))) {
			free(d);
			die(c, "out of memory");
		}
		c->cap.ifaces[i] = c->strs[c->n_strs++];
	}
	free(d);
}

void cmdline_parse(struct cmdline *c, unsigned prog, const char *progname, int argc,
		   char **argv)
{
	char err[512];
	int i, first, dashdash = -1;

	memset(c, 0, sizeof(*c));
	capture_opts__init(&c->cap);
	c->prog = prog;
	c->progname = progname;
	c->po.snaplen = c->cap.snaplen;
	c->linktype = -1;
	c->tstamp_type = -1;
	c->log_level = LOG_WARN;

	/* "--" ends the options; what follows is a command to run */
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			dashdash = i;
			break;
		}
	}
	if (dashdash > 0) {
		c->cap.command = &argv[dashdash + 1];
		if (!c->cap.command[0])
			die(c, "no command given after --");
		argv[dashdash] = NULL;
		argc = dashdash;
	}
	first = cmdopt_parse(prog, argc, argv, apply, c, err, sizeof(err));
	if (first == -1)
		die(c, "%s (see %s --help)", err, progname);
	if (first < 0)
		die(c, "%s", err);

	if (c->po.ts_format > TS_DELTA_FIRST)
		die(c, "only -t, -tt, -ttt, -tttt and -ttttt are supported");
	if (c->po.foreign_numeric && (c->cap.read_file || c->file_list))
		die(c, "-f can not be used with -V or -r");
	if (c->file_list && c->cap.read_file)
		die(c, "-V and -r are mutually exclusive");
	if (c->monitor && !c->cap.read_file && !c->file_list)
		die(c, "-I: monitor mode cannot be set: traffic control capture sees only "
		       "what the interface hands to the kernel");
	if (c->filter_file)
		c->cap.filter = read_filter_file(c);
	else if (argc > first)
		c->cap.filter = join_args(c, argv + first, argc - first);
	if (c->cap.n_ifaces)
		split_ifaces(c);
	if (c->cap.n_ifaces && !c->cap.read_file && !c->file_list && !c->list_ifaces)
		iface_numbers(c);
	/* as upstream: $SSLKEYLOGFILE names the key log when no flag does */
	if (prog == CMDOPT_CLI && !c->keylog_file && getenv("SSLKEYLOGFILE") &&
	    getenv("SSLKEYLOGFILE")[0])
		c->keylog_file = getenv("SSLKEYLOGFILE");
	if (prog == CMDOPT_CLI && c->embed_keylog && !c->write_file)
		die(c, "--embed-keylog-to-pcapng needs -w: the keys go into the pcapng file it writes "
		       "(see %s --help)", progname);
	c->cap.tls_keys = !c->cap.read_file && !c->file_list &&
			  (c->keylog_file || c->embed_keylog);
	/* -U, --immediate-mode, and -l (a terminal or pipe reader waits for lines) */
	if (c->po.packet_buffered || c->po.line_buffered)
		c->cap.immediate = 1;
}

void cmdline_free(struct cmdline *c)
{
	int i;

	for (i = 0; i < c->n_strs; i++)
		free(c->strs[i]);
	c->n_strs = 0;
	free(c->cap.filter);
	c->cap.filter = NULL;
}
