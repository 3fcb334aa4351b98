/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the running kernel's BTF, parsed once and shared during start-up
 *
 * Parsing /sys/kernel/btf/vmlinux costs ~15 ms of CPU; the feature checks of
 * live capture and of the process table share one parse.
 */
#ifndef PTCPDUMP_CAPTURE_KBTF_H
#define PTCPDUMP_CAPTURE_KBTF_H

struct btf;

/* The kernel's BTF (parsed on first use) or NULL when the kernel has none. */
const struct btf *kbtf__vmlinux(void);
/* Free it once start-up no longer needs it; a later call parses again. */
void kbtf__release(void);

#endif
