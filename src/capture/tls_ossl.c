// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: where a libssl build keeps a connection's secrets, measured on a handshake
 *
 * OpenSSL's SSL and SSL_SESSION are opaque and their layouts change from
 * build to build, and TLS 1.3 traffic secrets have no getter. Rather than
 * a table of offsets per build, a child process loads the very library
 * file that the traced programs map, runs a client and a server through a
 * BIO pair (PSK, so that no certificate is needed), and looks for what the
 * getters and the key log callback reveal (client random, master key,
 * traffic secrets, session and cipher pointers, the version) inside the
 * objects. An offset counts only when it is found exactly once, and all
 * of them are checked again on a second pair of handshakes (TLS 1.2 and
 * 1.3) before they are used: a library they do not fit gets no probe,
 * never wrong keys.
 */
#include "tls_ossl.h"

#include <dlfcn.h>
#include <malloc.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../bpf/tls.h"
#include "core/sha2.h"

#define SCAN_SSL 16384		/* bytes of an SSL object searched */
#define SCAN_SESS 4096		/* of an SSL_SESSION */
#define SCAN_CIPHER 128		/* of an SSL_CIPHER */

#define CTRL_MIN_PROTO 123	/* SSL_CTRL_SET_MIN_PROTO_VERSION */
#define CTRL_MAX_PROTO 124	/* SSL_CTRL_SET_MAX_PROTO_VERSION */

typedef unsigned (*psk_client_cb)(void *, const char *, char *, unsigned, unsigned char *, unsigned);
typedef unsigned (*psk_server_cb)(void *, const char *, unsigned char *, unsigned);
typedef void (*keylog_cb)(const void *, const char *);

struct ossl_api {
	const void *(*TLS_method)(void);
	void *(*SSL_CTX_new)(const void *);
	void (*SSL_CTX_free)(void *);
	long (*SSL_CTX_ctrl)(void *, int, long, void *);
	int (*SSL_CTX_set_cipher_list)(void *, const char *);
	int (*SSL_CTX_set_ciphersuites)(void *, const char *);
	void (*SSL_CTX_set_psk_client_callback)(void *, psk_client_cb);
	void (*SSL_CTX_set_psk_server_callback)(void *, psk_server_cb);
	void (*SSL_CTX_set_keylog_callback)(void *, keylog_cb);
	void *(*SSL_new)(void *);
	void (*SSL_free)(void *);
	void (*SSL_set_bio)(void *, void *, void *);
	int (*BIO_new_bio_pair)(void **, size_t, void **, size_t);
	void (*SSL_set_connect_state)(void *);
	void (*SSL_set_accept_state)(void *);
	int (*SSL_do_handshake)(void *);
	int (*SSL_write)(void *, const void *, int);
	int (*SSL_read)(void *, void *, int);
	void *(*SSL_get_session)(const void *);
	size_t (*SSL_SESSION_get_master_key)(const void *, unsigned char *, size_t);
	size_t (*SSL_get_client_random)(const void *, unsigned char *, size_t);
	int (*SSL_version)(const void *);
	const void *(*SSL_SESSION_get0_cipher)(const void *);
	uint32_t (*SSL_CIPHER_get_id)(const void *);
	const char *(*OpenSSL_version)(int);
};

/* what one handshake showed, read through the getters and the key log */
struct seen {
	void *ssl, *sess;
	const void *cipher;
	uint32_t cipher_id;
	int version;
	uint8_t random[32];
	uint8_t master[48];
	uint8_t cts[32], sts[32];	/* TLS 1.3, SHA-256 suites */
	uint8_t chts[32], shts[32];	/* handshake traffic secrets */
	int have_cts, have_sts, have_chts, have_shts;
};

static struct seen *cur;	/* the handshake the key log callback fills (child only) */

static int unhex(const char *s, uint8_t *out, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned v;

		if (sscanf(s + 2 * i, "%2x", &v) != 1)
			return -1;
		out[i] = (uint8_t)v;
	}
	return s[2 * n] == '\0' || s[2 * n] == '\n' ? 0 : -1;
}

static void on_keylog(const void *ssl, const char *line)
{
	const char *sec;

	if (!cur || ssl != cur->ssl)
		return;
	sec = strrchr(line, ' ');
	if (!sec)
		return;
	if (!strncmp(line, "CLIENT_TRAFFIC_SECRET_0 ", 24))
		cur->have_cts = !unhex(sec + 1, cur->cts, 32);
	else if (!strncmp(line, "SERVER_TRAFFIC_SECRET_0 ", 24))
		cur->have_sts = !unhex(sec + 1, cur->sts, 32);
	else if (!strncmp(line, "CLIENT_HANDSHAKE_TRAFFIC_SECRET ", 32))
		cur->have_chts = !unhex(sec + 1, cur->chts, 32);
	else if (!strncmp(line, "SERVER_HANDSHAKE_TRAFFIC_SECRET ", 32))
		cur->have_shts = !unhex(sec + 1, cur->shts, 32);
}

static unsigned psk_client(void *ssl, const char *hint, char *id, unsigned max_id,
			   unsigned char *psk, unsigned max_psk)
{
	(void)ssl;
	(void)hint;
	if (max_id < 8 || max_psk < 32)
		return 0;
	memcpy(id, "ptcpdump", 8);
	id[max_id > 8 ? 8 : max_id - 1] = '\0';
	memset(psk, 0x5a, 32);
	return 32;
}

static unsigned psk_server(void *ssl, const char *id, unsigned char *psk, unsigned max_psk)
{
	(void)ssl;
	(void)id;
	if (max_psk < 32)
		return 0;
	memset(psk, 0x5a, 32);
	return 32;
}

static int load_api(void *h, struct ossl_api *a)
{
	static const char *const names[] = {
		"TLS_method", "SSL_CTX_new", "SSL_CTX_free", "SSL_CTX_ctrl",
		"SSL_CTX_set_cipher_list", "SSL_CTX_set_ciphersuites",
		"SSL_CTX_set_psk_client_callback", "SSL_CTX_set_psk_server_callback",
		"SSL_CTX_set_keylog_callback", "SSL_new", "SSL_free", "SSL_set_bio",
		"BIO_new_bio_pair", "SSL_set_connect_state", "SSL_set_accept_state",
		"SSL_do_handshake", "SSL_write", "SSL_read", "SSL_get_session",
		"SSL_SESSION_get_master_key", "SSL_get_client_random", "SSL_version",
		"SSL_SESSION_get0_cipher", "SSL_CIPHER_get_id", "OpenSSL_version",
	};
	void **slot = (void **)a;
	size_t i;

	_Static_assert(sizeof(names) / sizeof(names[0]) == sizeof(*a) / sizeof(void *),
		       "one name per function");
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		slot[i] = dlsym(h, names[i]);
		if (!slot[i])
			return -1;
	}
	return 0;
}

/* one client/server handshake at VERSION, then a byte each way; the
 * client's objects stay alive in s (the caller frees s->ssl) */
static int handshake(const struct ossl_api *a, void *cctx, void *sctx, int version, struct seen *s,
		     void **server)
{
	void *c, *sv, *b1 = NULL, *b2 = NULL;
	int i, cd = 0, sd = 0;
	char x = 'x';

	memset(s, 0, sizeof(*s));
	a->SSL_CTX_ctrl(cctx, CTRL_MIN_PROTO, version, NULL);
	a->SSL_CTX_ctrl(cctx, CTRL_MAX_PROTO, version, NULL);
	c = a->SSL_new(cctx);
	sv = a->SSL_new(sctx);
	if (!c || !sv || a->BIO_new_bio_pair(&b1, 0, &b2, 0) != 1)
		return -1;
	a->SSL_set_bio(c, b1, b1);
	a->SSL_set_bio(sv, b2, b2);
	a->SSL_set_connect_state(c);
	a->SSL_set_accept_state(sv);
	s->ssl = c;
	cur = s;
	for (i = 0; i < 64 && !(cd && sd); i++) {
		if (!cd)
			cd = a->SSL_do_handshake(c) == 1;
		if (!sd)
			sd = a->SSL_do_handshake(sv) == 1;
	}
	/* TLS 1.3 tickets and the last flight reach the client with data */
	if (!cd || !sd || a->SSL_write(c, &x, 1) != 1 || a->SSL_read(sv, &x, 1) != 1 ||
	    a->SSL_write(sv, &x, 1) != 1 || a->SSL_read(c, &x, 1) != 1) {
		cur = NULL;
		return -1;
	}
	cur = NULL;
	*server = sv;
	s->version = a->SSL_version(c);
	s->sess = a->SSL_get_session(c);
	if (!s->sess || a->SSL_get_client_random(c, s->random, 32) != 32)
		return -1;
	s->cipher = a->SSL_SESSION_get0_cipher(s->sess);
	if (!s->cipher)
		return -1;
	s->cipher_id = a->SSL_CIPHER_get_id(s->cipher);
	if (version == 0x0303 && a->SSL_SESSION_get_master_key(s->sess, s->master, 48) != 48)
		return -1;
	if (version == 0x0304 && !(s->have_cts && s->have_sts && s->have_chts && s->have_shts))
		return -1;
	return 0;
}

/* copy len bytes at p into buf, as far as they are mapped */
static size_t peek(const void *p, void *buf, size_t len)
{
	struct iovec l = { buf, len }, r = { (void *)p, len };
	ssize_t n;

	memset(buf, 0, len);
	while (len >= 32) {
		r.iov_len = l.iov_len = len;
		n = process_vm_readv(getpid(), &l, 1, &r, 1, 0);
		if (n > 0)
			return (size_t)n;
		len /= 2;
	}
	return 0;
}

/* the size of a heap object (OpenSSL allocates with malloc here), at most cap */
static size_t objsize(void *p, size_t cap)
{
	size_t n = malloc_usable_size(p);

	return n < cap ? n : cap;
}

/* the one offset (step-aligned) where needle lies in hay, or -1 when none or several */
static long find_once(const uint8_t *hay, size_t n, const void *needle, size_t len, size_t step)
{
	long at = -1;
	size_t i;

	for (i = 0; i + len <= n; i += step) {
		if (memcmp(hay + i, needle, len))
			continue;
		if (at >= 0)
			return -1;
		at = (long)i;
	}
	return at;
}

/* HKDF-Expand-Label(hs, label, hash) == want, for the 32-byte SHA-256 test suite */
static int derives(const uint8_t *hs, const uint8_t *hash, const char *label, const uint8_t *want)
{
	uint8_t out[32];

	return !tls13_expand_label(SHA2_256, hs, label, hash, 32, out, 32) &&
	       !memcmp(out, want, 32);
}

/*
 * The handshake secret and the ClientHello..ServerHello hash: OpenSSL
 * keeps its TLS 1.3 secrets as arrays of EVP_MAX_MD_SIZE (64) bytes side
 * by side, so both lie a multiple of 64 bytes before the client traffic
 * secret; the one pair that derives both logged handshake traffic
 * secrets is theirs.
 */
static int find_hs(const uint8_t *b, size_t nb, const struct seen *s, struct pt_ossl_offs *o)
{
	long hs, hth, found = 0;
	int i, j;

	for (i = 1; i <= 16; i++) {
		for (j = 1; j <= 16; j++) {
			hs = (long)o->ssl_cts - 64L * i;
			hth = (long)o->ssl_cts - 64L * j;
			if (hs < 0 || hth < 0 || (size_t)hs + 32 > nb || (size_t)hth + 32 > nb)
				continue;
			if (derives(b + hs, b + hth, "c hs traffic", s->chts) &&
			    derives(b + hs, b + hth, "s hs traffic", s->shts)) {
				o->ssl_hs = (uint32_t)hs;
				o->ssl_hth = (uint32_t)hth;
				found++;
			}
		}
	}
	return found == 1 ? 0 : -1;
}

/* all offsets, or -1: everything must be found exactly once */
static int measure(const struct seen *s12, const struct seen *s13, struct pt_ossl_offs *o)
{
	static uint8_t a[SCAN_SSL], b[SCAN_SSL], sess[SCAN_SESS], ciph[SCAN_CIPHER];
	size_t na, nb, ns, nc, i;
	long v, ver = -1;

	/* only the objects themselves: the server's SSL holds the same random */
	na = peek(s12->ssl, a, objsize(s12->ssl, sizeof(a)));
	nb = peek(s13->ssl, b, objsize(s13->ssl, sizeof(b)));
	if (na < 1024 || nb < 1024)
		return -1;
	if ((v = find_once(b, nb, s13->random, 32, 1)) < 0)
		return -1;
	o->ssl_random = (uint32_t)v;
	if ((v = find_once(b, nb, &s13->sess, sizeof(void *), sizeof(void *))) < 0)
		return -1;
	o->ssl_session = (uint32_t)v;
	if ((v = find_once(b, nb, s13->cts, 32, 1)) < 0)
		return -1;
	o->ssl_cts = (uint32_t)v;
	if ((v = find_once(b, nb, s13->sts, 32, 1)) < 0)
		return -1;
	o->ssl_sts = (uint32_t)v;
	if (find_hs(b, nb, s13, o))
		return -1;
	/* the version: the first int that is 0x0303 in the TLS 1.2 object and 0x0304 in the 1.3 one */
	for (i = 0; i + 4 <= na && i + 4 <= nb && ver < 0; i += 4) {
		int x, y;

		memcpy(&x, a + i, 4);
		memcpy(&y, b + i, 4);
		if (x == 0x0303 && y == 0x0304)
			ver = (long)i;
	}
	if (ver < 0)
		return -1;
	o->ssl_version = (uint32_t)ver;
	ns = peek(s12->sess, sess, objsize(s12->sess, sizeof(sess)));
	if (ns < 256 || (v = find_once(sess, ns, s12->master, 48, 1)) < 0)
		return -1;
	o->sess_master = (uint32_t)v;
	if ((v = find_once(sess, ns, &s12->cipher, sizeof(void *), sizeof(void *))) < 0)
		return -1;
	o->sess_cipher = (uint32_t)v;
	nc = peek(s12->cipher, ciph, sizeof(ciph));
	if (nc < 64 || (v = find_once(ciph, nc, &s12->cipher_id, 4, 4)) < 0)
		return -1;
	o->cipher_id = (uint32_t)v;
	return 0;
}

/* read the secrets back through the offsets, as the probe will */
static int verify(const struct seen *s, const struct pt_ossl_offs *o)
{
	const uint8_t *ssl = s->ssl, *sess, *cipher;
	uint32_t cid;
	int version;

	memcpy(&version, ssl + o->ssl_version, 4);
	memcpy(&sess, ssl + o->ssl_session, sizeof(sess));
	if (version != s->version || sess != s->sess || memcmp(ssl + o->ssl_random, s->random, 32))
		return -1;
	memcpy(&cipher, sess + o->sess_cipher, sizeof(cipher));
	memcpy(&cid, cipher + o->cipher_id, 4);
	if (cipher != s->cipher || cid != s->cipher_id)
		return -1;
	if (version == 0x0303)
		return memcmp(sess + o->sess_master, s->master, 48) ? -1 : 0;
	if (memcmp(ssl + o->ssl_cts, s->cts, 32) || memcmp(ssl + o->ssl_sts, s->sts, 32))
		return -1;
	return derives(ssl + o->ssl_hs, ssl + o->ssl_hth, "c hs traffic", s->chts) &&
	       derives(ssl + o->ssl_hs, ssl + o->ssl_hth, "s hs traffic", s->shts) ? 0 : -1;
}

struct result {
	int ok;
	struct pt_ossl_offs o;
	char version[64];
	char why[128];
};

static void child(const char *path, struct result *r)
{
	struct ossl_api a;
	struct seen s12, s13, v12, v13;
	void *h, *cctx, *sctx, *sv[4];
	const char *ver;

	h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(r->why, sizeof(r->why), "cannot load it");
		return;
	}
	if (load_api(h, &a)) {
		snprintf(r->why, sizeof(r->why), "not OpenSSL 1.1.1 or 3 (a function is missing)");
		return;
	}
	ver = a.OpenSSL_version(0);
	snprintf(r->version, sizeof(r->version), "%s", ver ? ver : "OpenSSL, version unknown");
	cctx = a.SSL_CTX_new(a.TLS_method());
	sctx = a.SSL_CTX_new(a.TLS_method());
	if (!cctx || !sctx) {
		snprintf(r->why, sizeof(r->why), "SSL_CTX_new failed");
		return;
	}
	a.SSL_CTX_set_psk_client_callback(cctx, psk_client);
	a.SSL_CTX_set_psk_server_callback(sctx, psk_server);
	a.SSL_CTX_set_cipher_list(cctx, "PSK-AES128-GCM-SHA256");
	a.SSL_CTX_set_cipher_list(sctx, "PSK-AES128-GCM-SHA256");
	a.SSL_CTX_set_ciphersuites(cctx, "TLS_AES_128_GCM_SHA256");
	a.SSL_CTX_set_ciphersuites(sctx, "TLS_AES_128_GCM_SHA256");
	a.SSL_CTX_set_keylog_callback(cctx, on_keylog);
	if (handshake(&a, cctx, sctx, 0x0303, &s12, &sv[0]) ||
	    handshake(&a, cctx, sctx, 0x0304, &s13, &sv[1])) {
		snprintf(r->why, sizeof(r->why), "the test handshake failed");
		return;
	}
	if (measure(&s12, &s13, &r->o)) {
		snprintf(r->why, sizeof(r->why), "its SSL layout is not one this tool can read");
		return;
	}
	if (handshake(&a, cctx, sctx, 0x0303, &v12, &sv[2]) ||
	    handshake(&a, cctx, sctx, 0x0304, &v13, &sv[3]) || verify(&v12, &r->o) ||
	    verify(&v13, &r->o) || verify(&s12, &r->o) || verify(&s13, &r->o)) {
		snprintf(r->why, sizeof(r->why), "the measured SSL layout did not hold on a "
			 "second handshake");
		return;
	}
	r->ok = 1;
}

int tls_ossl__measure(const char *path, struct pt_ossl_offs *o, char *version, size_t vlen,
		      char *why, size_t whylen)
{
	struct result r;
	int p[2], st;
	ssize_t n = 0, k;
	pid_t pid;

	if (pipe2(p, O_CLOEXEC))
		return -errno;
	pid = fork();
	if (pid < 0) {
		close(p[0]);
		close(p[1]);
		return -errno;
	}
	if (pid == 0) {
		memset(&r, 0, sizeof(r));
		close(p[0]);
		alarm(10);
		child(path, &r);
		if (write(p[1], &r, sizeof(r)) != (ssize_t)sizeof(r))
			_exit(2);
		_exit(0);
	}
	close(p[1]);
	memset(&r, 0, sizeof(r));
	while (n < (ssize_t)sizeof(r)) {
		k = read(p[0], (char *)&r + n, sizeof(r) - (size_t)n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		n += k;
	}
	close(p[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (n != (ssize_t)sizeof(r)) {
		snprintf(why, whylen, "the test handshake process died (%s)",
			 WIFSIGNALED(st) ? strsignal(WTERMSIG(st)) : "no result");
		return -EIO;
	}
	snprintf(version, vlen, "%s", r.version);
	if (!r.ok) {
		snprintf(why, whylen, "%s", r.why);
		return -ENOTSUP;
	}
	*o = r.o;
	return 0;
}
