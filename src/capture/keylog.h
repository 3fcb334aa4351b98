/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the TLS key log of a live capture: which programs to probe, whose lines to keep
 *
 * Probes (tlskeys.h) go on the Go executables and the libssl files of the
 * processes the capture selects: the -- command before it runs, --pid
 * processes at start, and every selected process that execs while the
 * capture runs (all of them when nothing is selected). Lines of processes
 * that are not selected are dropped; repeats of a line (client and server
 * in one process, a library probed twice) are kept once. The kept text
 * grows (up to KEYLOG_MAX, then one warning) and the sinks take what they
 * have not written yet: the key log file and the pcapng writer (Decryption
 * Secrets Blocks, before the packets that follow).
 */
#ifndef PTCPDUMP_CAPTURE_KEYLOG_H
#define PTCPDUMP_CAPTURE_KEYLOG_H

#include <stddef.h>
#include <stdint.h>

struct keylog;
struct proctab;

/* warn: one line per problem (a binary that cannot be probed, ...), NULL = stderr */
struct keylog *keylog__open(struct proctab *t, void (*warn)(void *arg, const char *msg),
			    void *warn_arg, int debug, char *err, size_t errlen);
void keylog__close(struct keylog *k);

/* probe the program file PATH (a Go executable; an ELF that is neither is
 * left alone) and, when it links libssl, that library as found by the
 * dynamic linker's usual places; quiet = no line when it is neither */
int keylog__attach_path(struct keylog *k, const char *path, int quiet);
/* probe a running process: its executable and every libssl it maps */
int keylog__attach_pid(struct keylog *k, int pid, int quiet);
/* a proctab exec callback (proctab_opts.on_exec) */
void keylog__on_exec(void *arg, int pid, int selected);

/* epoll fd: readable when lines wait */
int keylog__fd(const struct keylog *k);
#define KEYLOG_MAX (64u << 20)	/* bytes of key log kept over a capture */

/* read what the probes sent; 0 or -errno */
int keylog__poll(struct keylog *k);
/* every line kept so far (NUL-terminated, may be ""); *len its length */
const char *keylog__text(const struct keylog *k, size_t *len);
/* lines kept / secrets lost in the kernel, over the whole capture */
uint64_t keylog__lines(const struct keylog *k);
uint64_t keylog__lost(const struct keylog *k);

#endif
