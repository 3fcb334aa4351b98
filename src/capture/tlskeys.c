// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TLS key log lines of the captured programs, from uprobes (bpf/tls.bpf.c)
 *
 * A uprobe is attached for every process running the file (pid -1): the
 * probe lives on the file's inode, so one attachment covers the command
 * that ptcpdump runs, its children running the same binary and any other
 * instance; the caller filters by pid.
 */
#include "tlskeys.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <bpf/libbpf.h>

#include "../../bpf/tls.h"
#include "goelf.h"
#include "tls.skel.h"

#define GO_KEYLOG_FUNC "crypto/tls.(*Config).writeKeyLog"
#define MAX_ATTACH 256

struct attached {
	dev_t dev;
	ino_t ino;
	struct bpf_link *link;
};

struct tls_keys {
	struct tls_bpf *skel;
	struct ring_buffer *rb;
	tls_keys_fn fn;
	void *ctx;
	struct attached att[MAX_ATTACH];
	int n_att;
};

static void put_hex(char *out, const uint8_t *p, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hex[p[i] >> 4];
		out[2 * i + 1] = hex[p[i] & 15];
	}
}

static int label_ok(const char *s, size_t n)
{
	size_t i;

	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

static int on_rec(void *ctx, void *data, size_t size)
{
	struct tls_keys *t = ctx;
	const struct pt_tls_rec *r = data;
	char line[PT_TLS_LABEL_LEN + 2 * PT_TLS_RANDOM_LEN + 2 * PT_TLS_SECRET_LEN + 4];
	size_t n;

	if (size < sizeof(*r) || r->flags || r->label_len > PT_TLS_LABEL_LEN ||
	    r->random_len != PT_TLS_RANDOM_LEN || !r->secret_len ||
	    r->secret_len > PT_TLS_SECRET_LEN || !label_ok(r->label, r->label_len))
		return 0;	/* never a line a key log reader would take */
	memcpy(line, r->label, r->label_len);
	n = r->label_len;
	line[n++] = ' ';
	put_hex(line + n, r->random, r->random_len);
	n += 2 * r->random_len;
	line[n++] = ' ';
	put_hex(line + n, r->secret, r->secret_len);
	n += 2 * r->secret_len;
	line[n++] = '\n';
	line[n] = '\0';
	t->fn(t->ctx, (int)r->pid, line, n);
	return 0;
}

static int silent(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

struct tls_keys *tls_keys__open(tls_keys_fn fn, void *ctx, char *err, size_t errlen)
{
	struct tls_keys *t = calloc(1, sizeof(*t));
	libbpf_print_fn_t old = libbpf_set_print(silent);
	int e;

	if (!t) {
		snprintf(err, errlen, "TLS keys: %s", strerror(ENOMEM));
		goto fail;
	}
	t->fn = fn;
	t->ctx = ctx;
	t->skel = tls_bpf__open();
	if (!t->skel) {
		e = errno;
		snprintf(err, errlen, "cannot open the TLS key program: %s", strerror(e));
		goto fail;
	}
	e = tls_bpf__load(t->skel);
	if (e) {
		snprintf(err, errlen, "cannot load the TLS key program: %s", strerror(-e));
		goto fail;
	}
	t->rb = ring_buffer__new(bpf_map__fd(t->skel->maps.tls_events), on_rec, t, NULL);
	if (!t->rb) {
		e = errno;
		snprintf(err, errlen, "cannot open the TLS key ring buffer: %s", strerror(e));
		goto fail;
	}
	libbpf_set_print(old);
	return t;
fail:
	libbpf_set_print(old);
	tls_keys__close(t);
	return NULL;
}

void tls_keys__close(struct tls_keys *t)
{
	int i;

	if (!t)
		return;
	ring_buffer__free(t->rb);
	for (i = 0; i < t->n_att; i++)
		bpf_link__destroy(t->att[i].link);
	tls_bpf__destroy(t->skel);
	free(t);
}

/* Go's register ABI: amd64 from 1.17, arm64 from 1.18 */
static int go_reg_abi(int minor)
{
#if defined(__aarch64__)
	return minor == 0 || minor >= 18;
#else
	return minor == 0 || minor >= 17;
#endif
}

int tls_keys__attach_exe(struct tls_keys *t, const char *path, char *why, size_t whylen)
{
	struct bpf_program *prog;
	struct bpf_link *link;
	struct goelf *g;
	struct stat st;
	uint64_t off;
	int i, e, via = 0, minor;
	char dummy[8];

	if (!why) {
		why = dummy;
		whylen = sizeof(dummy);
	}
	if (stat(path, &st)) {
		e = -errno;
		snprintf(why, whylen, "%s: %s", path, strerror(-e));
		return e;
	}
	for (i = 0; i < t->n_att; i++)
		if (t->att[i].dev == st.st_dev && t->att[i].ino == st.st_ino)
			return 0;
	if (t->n_att == MAX_ATTACH) {
		snprintf(why, whylen, "%s: more than %d programs probed", path, MAX_ATTACH);
		return -ENOSPC;
	}
	g = goelf__open(path);
	if (!g) {
		e = -errno;
		snprintf(why, whylen, "%s: %s", path, e == -ENOEXEC ? "not an ELF file" :
			 strerror(-e));
		return e;
	}
	if (!goelf__is_go(g)) {
		snprintf(why, whylen, "%s: not a Go program", path);
		goelf__close(g);
		return -ENOEXEC;
	}
	minor = goelf__minor(g);
	e = goelf__func_offset(g, GO_KEYLOG_FUNC, &off, &via);
	if (e) {
		snprintf(why, whylen, "%s: Go program (%s) without %s", path,
			 goelf__version(g) ? goelf__version(g) : "version unknown", GO_KEYLOG_FUNC);
		goelf__close(g);
		return -ENOENT;
	}
	prog = go_reg_abi(minor) ? t->skel->progs.pt_go_keylog_reg : t->skel->progs.pt_go_keylog_stack;
	link = bpf_program__attach_uprobe(prog, false, -1, path, (size_t)off);
	if (!link) {
		e = -errno;
		snprintf(why, whylen, "%s: cannot attach a uprobe: %s", path, strerror(-e));
		goelf__close(g);
		return e;
	}
	snprintf(why, whylen, "%s: %s, %s at 0x%llx (from %s), %s ABI", path,
		 goelf__version(g) ? goelf__version(g) : "Go, version unknown", GO_KEYLOG_FUNC,
		 (unsigned long long)off, via ? ".gopclntab" : ".symtab",
		 go_reg_abi(minor) ? "register" : "stack");
	goelf__close(g);
	t->att[t->n_att].dev = st.st_dev;
	t->att[t->n_att].ino = st.st_ino;
	t->att[t->n_att].link = link;
	t->n_att++;
	return 0;
}

int tls_keys__fd(const struct tls_keys *t)
{
	return ring_buffer__epoll_fd(t->rb);
}

int tls_keys__consume(struct tls_keys *t)
{
	return ring_buffer__consume(t->rb);
}

uint64_t tls_keys__lost(const struct tls_keys *t)
{
	return t->skel->bss->tls_lost;
}
