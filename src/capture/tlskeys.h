/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: TLS key log lines of the captured programs, from uprobes (bpf/tls.bpf.c)
 *
 * Go programs: a uprobe on crypto/tls.(*Config).writeKeyLog, found in the
 * symbol table or, in stripped binaries, in .gopclntab. Each secret
 * becomes one NSS key log line ("LABEL <client random hex> <secret hex>")
 * handed to the callback with the pid that produced it; the caller keeps
 * the lines of the processes it captures.
 *
 * OpenSSL programs: uprobes on SSL_read/SSL_write read the secrets out of
 * the SSL object, at offsets measured for that library file.
 */
#ifndef PTCPDUMP_CAPTURE_TLSKEYS_H
#define PTCPDUMP_CAPTURE_TLSKEYS_H

#include <stddef.h>
#include <stdint.h>

struct tls_keys;

/* line is NUL-terminated and ends in '\n'; len counts it without the NUL */
typedef void (*tls_keys_fn)(void *ctx, int pid, const char *line, size_t len);

/* Load the uprobe programs. NULL with a one-line reason in err. */
struct tls_keys *tls_keys__open(tls_keys_fn fn, void *ctx, char *err, size_t errlen);
void tls_keys__close(struct tls_keys *t);

/*
 * Attach to the executable PATH (once per file: later calls for the same
 * file return 0). 0 attached; -ENOEXEC not a Go program; -ENOENT a Go
 * program without crypto/tls; other -errno. why (may be NULL) says which,
 * with the Go version and how the function was found.
 */
int tls_keys__attach_exe(struct tls_keys *t, const char *path, char *why, size_t whylen);

/*
 * Attach to the OpenSSL library file PATH (libssl.so.3, 1.1): its layout
 * is measured on a handshake first (tls_ossl.h). 0 attached (or already);
 * -ENOTSUP a library whose layout could not be measured; other -errno.
 */
int tls_keys__attach_ossl(struct tls_keys *t, const char *path, char *why, size_t whylen);

/* epoll fd of the key ring buffer (readable when lines wait) */
int tls_keys__fd(const struct tls_keys *t);
/* hand every waiting line to the callback; lines or -errno */
int tls_keys__consume(struct tls_keys *t);
/* secrets lost because the ring buffer was full */
uint64_t tls_keys__lost(const struct tls_keys *t);

#endif
