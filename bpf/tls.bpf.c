// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TLS key log lines of Go programs, from a uprobe on crypto/tls
 *
 * Go calls crypto/tls.(*Config).writeKeyLog(label string, clientRandom,
 * secret []byte) for every secret of every handshake, whether or not the
 * program set a KeyLogWriter: a uprobe on its entry sees them all. Its
 * arguments, by Go's calling convention:
 *   register ABI (Go >= 1.17), amd64: c=AX, label=BX,CX, random=DI,SI,R8,
 *     secret=R9,R10,R11; arm64: c=R0, label=R1,R2, random=R3..R5,
 *     secret=R6..R8
 *   stack ABI (Go < 1.17): the same words from SP+8 on
 * User space attaches pt_go_keylog_reg or pt_go_keylog_stack by the
 * binary's Go version.
 *
 * OpenSSL keeps no hook where a key log line is made unless the program
 * set a callback, so pt_ossl_io reads the secrets out of the SSL object
 * at the entry of SSL_read/SSL_write (and their _ex forms), at offsets
 * user space measured for that library file (ossl_offs[cookie]). Each
 * connection's secrets are sent once (ossl_seen).
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "tls.h"

__u64 tls_lost;		/* records that did not fit in tls_events */

/*
 * Records wake nobody: the reader looks at this ring before every look at
 * the packet ring and at least every few ms, so a key still goes out before
 * the packets that follow it, without a wake-up per key (thousands a second
 * for a client making connections in a loop).
 */

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 << 10);
} tls_events SEC(".maps");

/* the nine argument words: c, label (ptr, len), random (ptr, len, cap), secret (ptr, len, cap) */
struct go_args {
	__u64 w[9];
};

static __always_inline __u32 copy_arg(void *dst, __u32 cap, __u64 ptr, __u64 len,
				       __u32 *flags)
{
	__u32 n = (__u32)len;

	if (len > cap) {
		*flags |= PT_TLS_F_TRUNC;
		n = cap;
	}
	if (n > PT_TLS_SECRET_LEN)	/* never: keeps the verifier's bound */
		n = 0;
	if (n && bpf_probe_read_user(dst, n, (void *)ptr)) {
		*flags |= PT_TLS_F_FAULT;
		return 0;
	}
	return n;
}

static __always_inline int emit(const struct go_args *a)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct pt_tls_rec *r;
	__u32 flags = 0;

	r = bpf_ringbuf_reserve(&tls_events, sizeof(*r), 0);
	if (!r) {
		__sync_fetch_and_add(&tls_lost, 1);
		return 0;
	}
	r->pid = (__u32)(id >> 32);
	r->tid = (__u32)id;
	r->ts_ns = bpf_ktime_get_ns();
	r->label_len = copy_arg(r->label, PT_TLS_LABEL_LEN, a->w[1], a->w[2], &flags);
	r->random_len = copy_arg(r->random, PT_TLS_RANDOM_LEN, a->w[3], a->w[4], &flags);
	r->secret_len = copy_arg(r->secret, PT_TLS_SECRET_LEN, a->w[6], a->w[7], &flags);
	r->flags = flags;
	bpf_ringbuf_submit(r, BPF_RB_NO_WAKEUP);
	return 0;
}

SEC("uprobe")
int pt_go_keylog_reg(struct pt_regs *ctx)
{
	struct go_args a;

#if defined(__TARGET_ARCH_x86)
	a.w[0] = ctx->ax;
	a.w[1] = ctx->bx;
	a.w[2] = ctx->cx;
	a.w[3] = ctx->di;
	a.w[4] = ctx->si;
	a.w[5] = ctx->r8;
	a.w[6] = ctx->r9;
	a.w[7] = ctx->r10;
	a.w[8] = ctx->r11;
#elif defined(__TARGET_ARCH_arm64)
	struct user_pt_regs *u = (struct user_pt_regs *)ctx;
	int i;

	for (i = 0; i < 9; i++)
		a.w[i] = u->regs[i];
#else
	return 0;
#endif
	return emit(&a);
}

SEC("uprobe")
int pt_go_keylog_stack(struct pt_regs *ctx)
{
	struct go_args a;

	if (bpf_probe_read_user(&a, sizeof(a), (void *)(PT_REGS_SP(ctx) + 8)))
		return 0;
	return emit(&a);
}

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, PT_OSSL_MAX);
	__type(key, __u32);
	__type(value, struct pt_ossl_offs);
} ossl_offs SEC(".maps");

/* (SSL pointer ^ first word of its client random) -> already sent */
struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, __u64);
	__type(value, __u8);
} ossl_seen SEC(".maps");

enum { L_CRANDOM, L_CTS, L_STS, L_HS, L_HTH };

static __always_inline void ossl_emit(int label, const __u8 *random, const void *secret_src,
				      __u32 slen)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct pt_tls_rec *r;

	r = bpf_ringbuf_reserve(&tls_events, sizeof(*r), 0);
	if (!r) {
		__sync_fetch_and_add(&tls_lost, 1);
		return;
	}
	r->pid = (__u32)(id >> 32);
	r->tid = (__u32)id;
	r->ts_ns = bpf_ktime_get_ns();
	r->flags = 0;
	r->label_len = 0;
	if (label == L_HS) {
		r->flags = PT_TLS_F_HS_SECRET;
	} else if (label == L_HTH) {
		r->flags = PT_TLS_F_HS_HASH;
	} else if (label == L_CRANDOM) {
		__builtin_memcpy(r->label, "CLIENT_RANDOM", 13);
		r->label_len = 13;
	} else if (label == L_CTS) {
		__builtin_memcpy(r->label, "CLIENT_TRAFFIC_SECRET_0", 23);
		r->label_len = 23;
	} else {
		__builtin_memcpy(r->label, "SERVER_TRAFFIC_SECRET_0", 23);
		r->label_len = 23;
	}
	r->random_len = PT_TLS_RANDOM_LEN;
	__builtin_memcpy(r->random, random, PT_TLS_RANDOM_LEN);
	r->secret_len = slen;
	if (bpf_probe_read_user(r->secret, PT_TLS_SECRET_LEN, secret_src))
		r->flags |= PT_TLS_F_FAULT;
	bpf_ringbuf_submit(r, BPF_RB_NO_WAKEUP);
}

SEC("uprobe")
int pt_ossl_io(struct pt_regs *ctx)
{
	__u32 key = (__u32)bpf_get_attach_cookie(ctx);
	const struct pt_ossl_offs *o = bpf_map_lookup_elem(&ossl_offs, &key);
	__u8 random[PT_TLS_RANDOM_LEN], one = 1;
	char *ssl = (char *)PT_REGS_PARM1(ctx);
	char *sess, *cipher;
	__u64 seen, probe = 0;
	__u32 cid = 0, slen;
	int version = 0;

	if (!o || !ssl)
		return 0;
	if (bpf_probe_read_user(random, sizeof(random), ssl + o->ssl_random))
		return 0;
	__builtin_memcpy(&seen, random, sizeof(seen));
	if (!seen)
		return 0;	/* no handshake yet */
	seen ^= (__u64)ssl;
	if (bpf_map_lookup_elem(&ossl_seen, &seen))
		return 0;
	if (bpf_probe_read_user(&version, sizeof(version), ssl + o->ssl_version) ||
	    bpf_probe_read_user(&sess, sizeof(sess), ssl + o->ssl_session) || !sess)
		return 0;
	if (version == 0x0304) {
		if (bpf_probe_read_user(&probe, sizeof(probe), ssl + o->ssl_cts) || !probe)
			return 0;	/* handshake not finished */
		if (bpf_probe_read_user(&cipher, sizeof(cipher), sess + o->sess_cipher) || !cipher ||
		    bpf_probe_read_user(&cid, sizeof(cid), cipher + o->cipher_id))
			return 0;
		/* TLS_AES_256_GCM_SHA384 has 48-byte secrets; the others SHA-256 */
		slen = (cid & 0xffff) == 0x1302 ? 48 : 32;
		ossl_emit(L_HS, random, ssl + o->ssl_hs, slen);
		ossl_emit(L_HTH, random, ssl + o->ssl_hth, slen);
		ossl_emit(L_CTS, random, ssl + o->ssl_cts, slen);
		ossl_emit(L_STS, random, ssl + o->ssl_sts, slen);
	} else if (version >= 0x0301 && version <= 0x0303) {
		if (bpf_probe_read_user(&probe, sizeof(probe), sess + o->sess_master) || !probe)
			return 0;
		ossl_emit(L_CRANDOM, random, sess + o->sess_master, 48);
	} else {
		return 0;
	}
	bpf_map_update_elem(&ossl_seen, &seen, &one, BPF_ANY);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
