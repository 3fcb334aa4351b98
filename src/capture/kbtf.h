/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the running kernel's BTF, parsed once and shared during start-up
 *
 * Parsing /sys/kernel/btf/vmlinux costs ~7 ms of CPU; the feature checks of
 * live capture and of the process table share one parse.
 *
 * It also spares libbpf its slowest start-up step: for each struct a CO-RE
 * relocation names, libbpf 1.1 walks all ~130 000 kernel types (~2 ms
 * each, ~30 structs). A kbtf_core is a file (memfd) given to libbpf as
 * btf_custom_path at open and filled after open with the few thousand
 * kernel types that the object's own structs can match; the relocations
 * come out the same.
 */
#ifndef PTCPDUMP_CAPTURE_KBTF_H
#define PTCPDUMP_CAPTURE_KBTF_H

struct btf;
struct bpf_object;

/*
 * --kernel-btf: take the kernel's types (CO-RE) from this BTF file (raw or
 * ELF) instead of /sys/kernel/btf/vmlinux. path is borrowed for the
 * process's life. 0, or -errno when it cannot be read.
 */
int kbtf__use_file(const char *path);
/* that file, or NULL */
const char *kbtf__file(void);
/*
 * The kernel's types for CO-RE (the --kernel-btf file, else the running
 * kernel's own BTF), parsed on first use, borrowed until kbtf__release;
 * NULL when there is none.
 */
const struct btf *kbtf__vmlinux(void);
/*
 * The running kernel's own BTF: what tracing programs attach by and what
 * says which tracepoints and kernel functions exist. Without --kernel-btf
 * the same as kbtf__vmlinux(); NULL when the kernel has none (no tp_btf,
 * iter or kernel function can load then).
 */
const struct btf *kbtf__running(void);
/* Free it once start-up no longer needs it; a later call parses again. */
void kbtf__release(void);

struct kbtf_core {
	int fd;
	char path[32];	/* for bpf_object_open_opts.btf_custom_path */
};

/* An empty file; -ENOENT when the kernel has no BTF (then open without it). 0 or -errno. */
int kbtf_core__open(struct kbtf_core *c);
/* Between open and load of obj: write the types its relocations need. 0 or -errno. */
int kbtf_core__fill(struct kbtf_core *c, const struct bpf_object *obj);
/* After load (accepts a closed one). */
void kbtf_core__close(struct kbtf_core *c);

#endif
