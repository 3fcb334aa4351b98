// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the TLS key log of a live capture: which programs to probe, whose lines to keep
 */
#include "keylog.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "proctab.h"
#include "tlskeys.h"

#define SEEN_SLOTS 8192		/* remembered line hashes (a power of two) */
#define LATER_N 64		/* processes whose libraries are looked at again */

/* after an exec the dynamic linker maps the libraries: look again then,
 * and later (a program may load libssl when it first needs it) */
static const uint64_t later_ms[] = { 10, 100, 1000 };

struct keylog {
	struct proctab *t;
	struct tls_keys *tk;
	void (*warn)(void *arg, const char *msg);
	void *warn_arg;
	uint64_t seen[SEEN_SLOTS];
	size_t n_seen;
	char *buf;		/* every kept line */
	size_t len, cap;
	uint64_t lines, dropped;
	int debug;		/* --log-level debug */
	struct { int pid; unsigned step; uint64_t due; } later[LATER_N];
	unsigned n_later;	/* ring: the newest LATER_N execs */
	unsigned active;	/* entries of later still to look at */
	unsigned polls;
};

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static const char *const ssl_dirs[] = {
	"/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
	"/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/local/lib", "/usr/lib", "/lib",
};
static const char *const ssl_names[] = { "libssl.so.3", "libssl.so.1.1" };

static void warnf(struct keylog *k, const char *fmt, ...)
{
	char msg[640];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (k->warn)
		k->warn(k->warn_arg, msg);
	else
		fprintf(stderr, "ptcpdump: %s\n", msg);
}

static uint64_t fnv(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
	return h ? h : 1;
}

/* 1 when the line is new (and now remembered) */
static int first_time(struct keylog *k, const char *line, size_t n)
{
	uint64_t h = fnv(line, n);
	size_t i = (size_t)h & (SEEN_SLOTS - 1);

	while (k->seen[i]) {
		if (k->seen[i] == h)
			return 0;
		i = (i + 1) & (SEEN_SLOTS - 1);
	}
	if (k->n_seen >= SEEN_SLOTS / 2) {
		/* forget the old ones: a repeat of a long-gone line costs a duplicate */
		memset(k->seen, 0, sizeof(k->seen));
		k->n_seen = 0;
		i = (size_t)h & (SEEN_SLOTS - 1);
	}
	k->seen[i] = h;
	k->n_seen++;
	return 1;
}

static void on_line(void *ctx, int pid, const char *line, size_t n)
{
	struct keylog *k = ctx;

	if (!proctab__selected(k->t, pid) || !first_time(k, line, n))
		return;
	if (k->len + n + 1 > k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 4096;
		char *p;

		while (cap < k->len + n + 1)
			cap *= 2;
		if (cap > KEYLOG_MAX)
			cap = KEYLOG_MAX;
		if (k->len + n + 1 > cap || !(p = realloc(k->buf, cap))) {
			if (!k->dropped++)
				warnf(k, "warning: the TLS key log is full (%u MiB): later keys are lost",
				      KEYLOG_MAX >> 20);
			return;
		}
		k->buf = p;
		k->cap = cap;
	}
	memcpy(k->buf + k->len, line, n);
	k->len += n;
	k->buf[k->len] = '\0';
	k->lines++;
}

/* every libssl of the usual library directories */
static void attach_system_ssl(struct keylog *k)
{
	char path[PATH_MAX], why[512];
	size_t d, i;
	struct stat st;

	for (d = 0; d < sizeof(ssl_dirs) / sizeof(ssl_dirs[0]); d++) {
		for (i = 0; i < sizeof(ssl_names) / sizeof(ssl_names[0]); i++) {
			snprintf(path, sizeof(path), "%s/%s", ssl_dirs[d], ssl_names[i]);
			if (stat(path, &st) || !S_ISREG(st.st_mode))
				continue;
			if (tls_keys__attach_ossl(k->tk, path, why, sizeof(why)))
				warnf(k, "warning: no TLS keys from %s", why);
			else if (k->debug && why[0])
				fprintf(stderr, "ptcpdump: TLS keys: %s\n", why);
		}
	}
}

struct keylog *keylog__open(struct proctab *t, void (*warn)(void *arg, const char *msg),
			    void *warn_arg, int debug, char *err, size_t errlen)
{
	struct keylog *k = calloc(1, sizeof(*k));

	if (!k) {
		snprintf(err, errlen, "TLS keys: %s", strerror(ENOMEM));
		return NULL;
	}
	k->t = t;
	k->debug = debug;
	k->warn = warn;
	k->warn_arg = warn_arg;
	k->tk = tls_keys__open(on_line, k, err, errlen);
	if (!k->tk) {
		free(k);
		return NULL;
	}
	attach_system_ssl(k);
	return k;
}

void keylog__close(struct keylog *k)
{
	if (!k)
		return;
	tls_keys__close(k->tk);
	free(k->buf);
	free(k);
}

int keylog__attach_path(struct keylog *k, const char *path, int quiet)
{
	char why[512];
	int e = tls_keys__attach_exe(k->tk, path, why, sizeof(why));

	if (e == -ENOEXEC || (e && quiet)) {
		/* not Go: its libssl, if any, is probed already */
		if (k->debug)
			fprintf(stderr, "ptcpdump: TLS keys: %s\n", why);
		return e;
	}
	if (e)
		warnf(k, "warning: no TLS keys from %s", why);
	else if (k->debug && why[0])
		fprintf(stderr, "ptcpdump: TLS keys: %s\n", why);
	return e;
}

/* the libssl files a running process maps, seen through its root */
static void attach_mapped_ssl(struct keylog *k, int pid)
{
	char path[PATH_MAX], line[PATH_MAX + 128], why[512];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/maps", pid);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *file = strchr(line, '/');
		char *base;

		if (!file)
			continue;
		file[strcspn(file, "\n")] = '\0';
		base = strrchr(file, '/') + 1;
		if (strncmp(base, "libssl.so", 9))
			continue;
		snprintf(path, sizeof(path), "/proc/%d/root%s", pid, file);
		if (tls_keys__attach_ossl(k->tk, path, why, sizeof(why)))
			warnf(k, "warning: no TLS keys from %s", why);
		else if (k->debug && why[0])
			fprintf(stderr, "ptcpdump: TLS keys: %s\n", why);
	}
	fclose(f);
}

int keylog__attach_pid(struct keylog *k, int pid, int quiet)
{
	char exe[64];

	snprintf(exe, sizeof(exe), "/proc/%d/exe", pid);
	attach_mapped_ssl(k, pid);
	return keylog__attach_path(k, exe, quiet);
}

void keylog__on_exec(void *arg, int pid, int selected)
{
	struct keylog *k = arg;
	unsigned i;
	char exe[64];

	if (!selected)
		return;
	/* just exec'ed: the executable is there, its libraries come a moment later */
	snprintf(exe, sizeof(exe), "/proc/%d/exe", pid);
	keylog__attach_path(k, exe, 1);
	i = k->n_later++ % LATER_N;
	if (!k->later[i].pid)
		k->active++;
	k->later[i].pid = pid;
	k->later[i].step = 0;
	k->later[i].due = now_ms() + later_ms[0];
}

/* the libssl files of the processes that exec'ed lately (a container's own) */
static void look_again(struct keylog *k)
{
	uint64_t now = 0;
	unsigned i;

	for (i = 0; i < LATER_N && i < k->n_later; i++) {
		if (!k->later[i].pid)
			continue;
		if (!now)
			now = now_ms();
		if (now < k->later[i].due)
			continue;
		attach_mapped_ssl(k, k->later[i].pid);
		if (++k->later[i].step < sizeof(later_ms) / sizeof(later_ms[0])) {
			k->later[i].due = now + later_ms[k->later[i].step];
		} else {
			k->later[i].pid = 0;
			k->active--;
		}
	}
}

int keylog__fd(const struct keylog *k)
{
	return tls_keys__fd(k->tk);
}

int keylog__poll(struct keylog *k)
{
	int n;

	/* polled per packet: the clock is read every 16th time only */
	if (k->active && !(k->polls++ & 15))
		look_again(k);
	n = tls_keys__consume(k->tk);

	return n < 0 ? n : 0;
}

const char *keylog__text(const struct keylog *k, size_t *len)
{
	*len = k->len;
	return k->buf ? k->buf : "";
}

uint64_t keylog__lines(const struct keylog *k)
{
	return k->lines;
}

uint64_t keylog__lost(const struct keylog *k)
{
	return tls_keys__lost(k->tk) + k->dropped;
}
