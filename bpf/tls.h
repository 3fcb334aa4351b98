/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: TLS secrets from uprobes (tls.bpf.c) to user space (ring buffer records)
 *
 * One record per key log line: the label ("CLIENT_RANDOM",
 * "CLIENT_TRAFFIC_SECRET_0", ...), the client random and the secret, as
 * the program handed them to its key log writer. User space formats the
 * NSS key log line ("LABEL hex(random) hex(secret)").
 */
#ifndef PTCPDUMP_BPF_TLS_H
#define PTCPDUMP_BPF_TLS_H

#ifndef __VMLINUX_H__
#include <linux/types.h>
#endif

#define PT_TLS_LABEL_LEN 32	/* the longest NSS label is 31 bytes */
#define PT_TLS_RANDOM_LEN 32	/* a TLS client random */
#define PT_TLS_SECRET_LEN 64	/* SHA-384 secrets are 48 bytes; 64 leaves room */

/* how the probed function receives its arguments */
enum pt_tls_abi {
	PT_TLS_ABI_GO_REG = 1,	/* Go >= 1.17 register ABI (ABIInternal) */
	PT_TLS_ABI_GO_STACK = 2,	/* Go < 1.17: arguments on the stack */
};

struct pt_tls_rec {
	__u32 pid;		/* tgid */
	__u32 tid;
	__u64 ts_ns;		/* bpf_ktime_get_ns() */
	__u32 label_len;	/* bytes in label */
	__u32 random_len;	/* bytes in random */
	__u32 secret_len;	/* bytes in secret */
	__u32 flags;		/* PT_TLS_F_* */
	char label[PT_TLS_LABEL_LEN];
	__u8 random[PT_TLS_RANDOM_LEN];
	__u8 secret[PT_TLS_SECRET_LEN];
};

#define PT_TLS_F_FAULT 0x1	/* an argument could not be read */
#define PT_TLS_F_TRUNC 0x2	/* an argument was longer than its field */

#ifndef __VMLINUX_H__
_Static_assert(sizeof(struct pt_tls_rec) == 32 + PT_TLS_LABEL_LEN + PT_TLS_RANDOM_LEN +
	       PT_TLS_SECRET_LEN, "pt_tls_rec layout");
#endif

#endif
