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
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "tls.h"

__u64 tls_lost;		/* records that did not fit in tls_events */

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
	bpf_ringbuf_submit(r, 0);
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

char LICENSE[] SEC("license") = "GPL";
