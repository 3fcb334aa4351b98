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
/* records that are not key log lines themselves: OpenSSL keeps no TLS 1.3
 * handshake traffic secret, only what they are derived from (RFC 8446
 * 7.1: HKDF-Expand-Label(handshake secret, "c hs traffic" / "s hs
 * traffic", hash of ClientHello..ServerHello)); user space derives them */
#define PT_TLS_F_HS_SECRET 0x100	/* secret = the handshake secret */
#define PT_TLS_F_HS_HASH 0x200		/* secret = the ClientHello..ServerHello hash */

/*
 * Where an OpenSSL build keeps a connection's secrets (offsets in bytes),
 * measured by user space on a handshake of its own through the same
 * library file; one entry per probed libssl file (the uprobe's cookie).
 */
struct pt_ossl_offs {
	__u32 ssl_version;	/* int in SSL: 0x0303 TLS 1.2, 0x0304 TLS 1.3 */
	__u32 ssl_random;	/* client random (32 bytes) in SSL */
	__u32 ssl_session;	/* SSL_SESSION pointer in SSL */
	__u32 ssl_cts;		/* TLS 1.3 client application traffic secret in SSL */
	__u32 ssl_sts;		/* ... server */
	__u32 ssl_hs;		/* TLS 1.3 handshake secret in SSL */
	__u32 ssl_hth;		/* hash of ClientHello..ServerHello in SSL */
	__u32 sess_master;	/* TLS 1.2 master key (48 bytes) in SSL_SESSION */
	__u32 sess_cipher;	/* SSL_CIPHER pointer in SSL_SESSION */
	__u32 cipher_id;	/* uint32 id in SSL_CIPHER */
};

#define PT_OSSL_MAX 16		/* libssl files probed at once */

#ifndef __VMLINUX_H__
_Static_assert(sizeof(struct pt_ossl_offs) == 40, "pt_ossl_offs layout");
_Static_assert(sizeof(struct pt_tls_rec) == 32 + PT_TLS_LABEL_LEN + PT_TLS_RANDOM_LEN +
	       PT_TLS_SECRET_LEN, "pt_tls_rec layout");
#endif

#endif
