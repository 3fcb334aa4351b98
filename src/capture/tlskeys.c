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

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "../../bpf/tls.h"
#include "core/sha2.h"
#include "goelf.h"
#include "tls_ossl.h"
#include "tls.skel.h"

#define GO_KEYLOG_FUNC "crypto/tls.(*Config).writeKeyLog"
#define MAX_ATTACH 256
#define NO_SLOTS 1024
#define OSSL_FUNCS 4

/* OpenSSL calls at whose entry a connection's secrets are read */
static const char *const ossl_funcs[OSSL_FUNCS] = {
	"SSL_read", "SSL_write", "SSL_read_ex", "SSL_write_ex",
};

/* where the uprobes of one libssl go: a file offset, or 0 for a function's entry by name */
struct ossl_plan {
	uint64_t off[OSSL_FUNCS];
	const char *name[OSSL_FUNCS];
	int n;
	int inner;		/* probes on the read/write internals */
};

static size_t endbr64_len(const uint8_t *p)
{
	return p[0] == 0xf3 && p[1] == 0x0f && p[2] == 0x1e && p[3] == 0xfa ? 4 : 0;
}

/* push %r64: an instruction the kernel emulates at a uprobe */
static int is_push(const uint8_t *p)
{
	return (p[0] >= 0x50 && p[0] <= 0x57) || (p[0] == 0x41 && p[1] >= 0x50 && p[1] <= 0x57);
}

/* one probe: at file offset off, or at the entry of name when name is set */
static void plan_add(struct ossl_plan *p, uint64_t off, const char *name)
{
	p->off[p->n] = off;
	p->name[p->n] = name;
	p->n++;
}

/* 1 when one of the first 96 bytes of the function at off starts a call to target */
static int calls(const struct goelf *g, uint64_t off, uint64_t target)
{
	uint64_t t;
	int i;

	for (i = 0; i < 96; i++)
		if (!goelf__call_target(g, off + (uint64_t)i, &t) && t == target)
			return 1;
	return 0;
}

/*
 * The kernel single-steps the probed instruction unless it can emulate it
 * (push, call, jumps), and in a VM the step's second trap costs ten times
 * the first. The entries of SSL_read/SSL_write start with "sub $n,%rsp",
 * which must be stepped. In OpenSSL 3 (x86-64) SSL_read_ex is "sub $8,%rsp;
 * call ssl_read_internal", that internal function starts with a push and
 * takes the same SSL pointer first; SSL_read and OpenSSL's SSL BIO reach it
 * too. So the probes go there (and the same for writes) when the code has
 * that shape, on the call when only the callee does not start with a push,
 * and on the named entries otherwise.
 */
static void ossl_plan(const char *path, struct ossl_plan *p)
{
	struct goelf *g = goelf__open(path);
	int pair;

	memset(p, 0, sizeof(*p));
	for (pair = 0; pair < 2; pair++) {
		const char *plain = ossl_funcs[pair], *ex = ossl_funcs[pair + 2];
		uint64_t e, t, pe;
		const uint8_t *b, *tb;
		size_t k, kt;

		if (!g || goelf__func_offset(g, ex, &e, NULL) || !(b = goelf__bytes(g, e, 16)))
			goto by_name;
		k = endbr64_len(b);
		if (b[k] != 0x48 || b[k + 1] != 0x83 || b[k + 2] != 0xec ||
		    goelf__call_target(g, e + k + 4, &t) || !(tb = goelf__bytes(g, t, 8)))
			goto by_name;
		kt = endbr64_len(tb);
		if (!is_push(tb + kt)) {
			plan_add(p, e + k + 4, NULL);
			plan_add(p, 0, plain);
			continue;
		}
		plan_add(p, t + kt, NULL);
		p->inner++;
		if (goelf__func_offset(g, plain, &pe, NULL) || !calls(g, pe, t))
			plan_add(p, 0, plain);
		continue;
by_name:
		plan_add(p, 0, plain);
		plan_add(p, 0, ex);
	}
	goelf__close(g);
}

struct attached {
	dev_t dev;
	ino_t ino;
	struct bpf_link *link[OSSL_FUNCS];	/* Go: link[0] only */
};

/* the handshake secret of the last TLS 1.3 OpenSSL connection, waiting for its hash */
struct hs_pending {
	uint32_t pid;
	uint32_t len;
	uint8_t random[PT_TLS_RANDOM_LEN];
	uint8_t secret[PT_TLS_SECRET_LEN];
};

struct tls_keys {
	struct tls_bpf *skel;
	struct hs_pending hs;
	struct ring_buffer *rb;
	tls_keys_fn fn;
	void *ctx;
	struct attached att[MAX_ATTACH];
	int n_att;
	int n_ossl;		/* entries of ossl_offs in use */
	/* files known not to be probeable, so that every exec of them is not a new look */
	struct { dev_t dev; ino_t ino; } no[NO_SLOTS];
	unsigned n_no;
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

#define LINE_MAX_LEN (PT_TLS_LABEL_LEN + 2 * PT_TLS_RANDOM_LEN + 2 * PT_TLS_SECRET_LEN + 4)

static void emit_line(struct tls_keys *t, int pid, const char *label, size_t llen,
		      const uint8_t *random, const uint8_t *secret, size_t slen)
{
	char line[LINE_MAX_LEN];
	size_t n;

	memcpy(line, label, llen);
	n = llen;
	line[n++] = ' ';
	put_hex(line + n, random, PT_TLS_RANDOM_LEN);
	n += 2 * PT_TLS_RANDOM_LEN;
	line[n++] = ' ';
	put_hex(line + n, secret, slen);
	n += 2 * slen;
	line[n++] = '\n';
	line[n] = '\0';
	t->fn(t->ctx, pid, line, n);
}

/* the two TLS 1.3 handshake traffic secrets from what OpenSSL kept */
static void derive_hs(struct tls_keys *t, const struct pt_tls_rec *r)
{
	enum sha2_kind k = r->secret_len == 48 ? SHA2_384 : SHA2_256;
	uint8_t c[SHA2_MAX], s[SHA2_MAX];

	if (t->hs.pid != r->pid || t->hs.len != r->secret_len ||
	    memcmp(t->hs.random, r->random, PT_TLS_RANDOM_LEN))
		return;
	t->hs.pid = 0;
	if (tls13_expand_label(k, t->hs.secret, "c hs traffic", r->secret, r->secret_len, c,
			       r->secret_len) ||
	    tls13_expand_label(k, t->hs.secret, "s hs traffic", r->secret, r->secret_len, s,
			       r->secret_len))
		return;
	emit_line(t, (int)r->pid, "CLIENT_HANDSHAKE_TRAFFIC_SECRET", 31, r->random, c,
		  r->secret_len);
	emit_line(t, (int)r->pid, "SERVER_HANDSHAKE_TRAFFIC_SECRET", 31, r->random, s,
		  r->secret_len);
}

static int on_rec(void *ctx, void *data, size_t size)
{
	struct tls_keys *t = ctx;
	const struct pt_tls_rec *r = data;

	if (size < sizeof(*r) || (r->flags & (PT_TLS_F_FAULT | PT_TLS_F_TRUNC)))
		return 0;
	if (r->flags & (PT_TLS_F_HS_SECRET | PT_TLS_F_HS_HASH)) {
		if (r->random_len != PT_TLS_RANDOM_LEN ||
		    (r->secret_len != 32 && r->secret_len != 48))
			return 0;
		if (r->flags & PT_TLS_F_HS_HASH) {
			derive_hs(t, r);
			return 0;
		}
		t->hs.pid = r->pid;
		t->hs.len = r->secret_len;
		memcpy(t->hs.random, r->random, PT_TLS_RANDOM_LEN);
		memcpy(t->hs.secret, r->secret, PT_TLS_SECRET_LEN);
		return 0;
	}
	if (r->flags || r->label_len > PT_TLS_LABEL_LEN ||
	    r->random_len != PT_TLS_RANDOM_LEN || !r->secret_len ||
	    r->secret_len > PT_TLS_SECRET_LEN || !label_ok(r->label, r->label_len))
		return 0;	/* never a line a key log reader would take */
	emit_line(t, (int)r->pid, r->label, r->label_len, r->random, r->secret, r->secret_len);
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
	for (i = 0; i < t->n_att; i++) {
		int j;

		for (j = 0; j < OSSL_FUNCS; j++)
			bpf_link__destroy(t->att[i].link[j]);
	}
	tls_bpf__destroy(t->skel);
	free(t);
}

/* already probed, or no room: 1 / -ENOSPC, else 0 with st filled */
static int seen_file(struct tls_keys *t, const char *path, struct stat *st, char *why,
		     size_t whylen)
{
	int i;

	if (stat(path, st)) {
		int e = -errno;

		snprintf(why, whylen, "%s: %s", path, strerror(-e));
		return e;
	}
	for (i = 0; i < t->n_att; i++)
		if (t->att[i].dev == st->st_dev && t->att[i].ino == st->st_ino) {
			why[0] = '\0';	/* probed already: nothing to say */
			return 1;
		}
	for (i = 0; i < NO_SLOTS && i < (int)t->n_no; i++)
		if (t->no[i].dev == st->st_dev && t->no[i].ino == st->st_ino) {
			snprintf(why, whylen, "%s: not probeable (seen before)", path);
			return -ENOEXEC;
		}
	if (t->n_att == MAX_ATTACH) {
		snprintf(why, whylen, "%s: more than %d files probed", path, MAX_ATTACH);
		return -ENOSPC;
	}
	return 0;
}

static void remember_no(struct tls_keys *t, const struct stat *st)
{
	unsigned i = t->n_no++ % NO_SLOTS;

	t->no[i].dev = st->st_dev;
	t->no[i].ino = st->st_ino;
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
	uint64_t off, probe;
	int e, via = 0, minor;
	char dummy[8];

	if (!why) {
		why = dummy;
		whylen = sizeof(dummy);
	}
	e = seen_file(t, path, &st, why, whylen);
	if (e)
		return e > 0 ? 0 : e;
	g = goelf__open(path);
	if (!g) {
		e = -errno;
		if (e == -ENOEXEC)
			remember_no(t, &st);
		snprintf(why, whylen, "%s: %s", path, e == -ENOEXEC ? "not an ELF file" :
			 strerror(-e));
		return e;
	}
	if (!goelf__is_go(g)) {
		remember_no(t, &st);
		snprintf(why, whylen, "%s: not a Go program", path);
		goelf__close(g);
		return -ENOEXEC;
	}
	minor = goelf__minor(g);
	e = goelf__func_offset(g, GO_KEYLOG_FUNC, &off, &via);
	if (e) {
		remember_no(t, &st);
		snprintf(why, whylen, "%s: Go program (%s) without %s", path,
			 goelf__version(g) ? goelf__version(g) : "version unknown", GO_KEYLOG_FUNC);
		goelf__close(g);
		return -ENOENT;
	}
	prog = go_reg_abi(minor) ? t->skel->progs.pt_go_keylog_reg : t->skel->progs.pt_go_keylog_stack;
	probe = goelf__after_stack_check(g, off);
	link = bpf_program__attach_uprobe(prog, false, -1, path, (size_t)probe);
	if (!link) {
		e = -errno;
		snprintf(why, whylen, "%s: cannot attach a uprobe: %s", path, strerror(-e));
		goelf__close(g);
		return e;
	}
	snprintf(why, whylen, "%s: %s, %s at 0x%llx (from %s), probed at 0x%llx%s, %s ABI", path,
		 goelf__version(g) ? goelf__version(g) : "Go, version unknown", GO_KEYLOG_FUNC,
		 (unsigned long long)off, via ? ".gopclntab" : ".symtab",
		 (unsigned long long)probe, probe != off ? " past the stack check" : "",
		 go_reg_abi(minor) ? "register" : "stack");
	goelf__close(g);
	memset(&t->att[t->n_att], 0, sizeof(t->att[0]));
	t->att[t->n_att].dev = st.st_dev;
	t->att[t->n_att].ino = st.st_ino;
	t->att[t->n_att].link[0] = link;
	t->n_att++;
	return 0;
}

int tls_keys__attach_ossl(struct tls_keys *t, const char *path, char *why, size_t whylen)
{
	LIBBPF_OPTS(bpf_uprobe_opts, uo);
	struct attached *a;
	struct pt_ossl_offs o;
	struct ossl_plan plan;
	struct stat st;
	char version[64] = "", dummy[8], where[128];
	__u32 key;
	int e, j;

	if (!why) {
		why = dummy;
		whylen = sizeof(dummy);
	}
	e = seen_file(t, path, &st, why, whylen);
	if (e)
		return e > 0 ? 0 : e;
	if (t->n_ossl == PT_OSSL_MAX) {
		snprintf(why, whylen, "%s: more than %d libssl files probed", path, PT_OSSL_MAX);
		return -ENOSPC;
	}
	e = tls_ossl__measure(path, &o, version, sizeof(version), why, whylen);
	if (e) {
		char r[160];

		snprintf(r, sizeof(r), "%s", why);
		snprintf(why, whylen, "%s (%s): %s", path, version[0] ? version : "libssl", r);
		return e;
	}
	key = (__u32)t->n_ossl;
	if (bpf_map_update_elem(bpf_map__fd(t->skel->maps.ossl_offs), &key, &o, BPF_ANY)) {
		e = -errno;
		snprintf(why, whylen, "%s: %s", path, strerror(-e));
		return e;
	}
	a = &t->att[t->n_att];
	memset(a, 0, sizeof(*a));
	uo.bpf_cookie = key;
	ossl_plan(path, &plan);
	for (j = 0; j < plan.n; j++) {
		uo.func_name = plan.name[j];
		a->link[j] = bpf_program__attach_uprobe_opts(t->skel->progs.pt_ossl_io, -1, path,
							      plan.name[j] ? 0 : plan.off[j], &uo);
		/* SSL_read and SSL_write exist in every version, the _ex forms since 1.1.1 */
		if (!a->link[j] && (!plan.name[j] || plan.name[j] == ossl_funcs[0] ||
				    plan.name[j] == ossl_funcs[1])) {
			e = -errno;
			if (plan.name[j])
				snprintf(why, whylen, "%s: cannot attach a uprobe to %s: %s", path,
					 plan.name[j], strerror(-e));
			else
				snprintf(why, whylen, "%s: cannot attach a uprobe at 0x%llx: %s", path,
					 (unsigned long long)plan.off[j], strerror(-e));
			while (j-- > 0)
				bpf_link__destroy(a->link[j]);
			return e;
		}
	}
	a->dev = st.st_dev;
	a->ino = st.st_ino;
	t->n_att++;
	t->n_ossl++;
	where[0] = '\0';
	for (j = 0; j < plan.n; j++) {
		size_t l = strlen(where);

		if (plan.name[j])
			snprintf(where + l, sizeof(where) - l, "%s%s", j ? ", " : "", plan.name[j]);
		else
			snprintf(where + l, sizeof(where) - l, "%s0x%llx", j ? ", " : "",
				 (unsigned long long)plan.off[j]);
	}
	snprintf(why, whylen, "%s: %s, secrets at SSL+%u/%u/%u (measured), probed at %s%s", path,
		 version, o.ssl_random, o.ssl_cts, o.ssl_sts, where,
		 plan.inner ? " (the read/write internals)" : "");
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
