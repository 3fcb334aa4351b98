/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: Go executables: version from the build info, functions from symtab or pclntab */
#ifndef PTCPDUMP_CAPTURE_GOELF_H
#define PTCPDUMP_CAPTURE_GOELF_H

#include <stdint.h>

struct goelf;

/* Open an ELF file; NULL with errno set (ENOEXEC: not ELF). */
struct goelf *goelf__open(const char *path);
void goelf__close(struct goelf *g);

/* "go1.19.8", or NULL when the file has no Go build info */
const char *goelf__version(const struct goelf *g);
/* 1 when the file is a Go executable (build info or pclntab) */
int goelf__is_go(const struct goelf *g);
/* major.minor of the version (0 when unknown) */
int goelf__minor(const struct goelf *g);

/*
 * The file offset of function NAME's entry (what a uprobe takes), found
 * in .symtab, else in .gopclntab (stripped binaries keep it); via
 * from_pclntab tells which. 0 or -errno (-ENOENT: no such function).
 */
int goelf__func_offset(const struct goelf *g, const char *name, uint64_t *off, int *via_pclntab);
/*
 * Where to probe a function whose entry is at file offset off so that the
 * kernel need not single-step the probed instruction: past the stack check
 * of Go's prologue, on its conditional jump, with the arguments still in
 * their registers (amd64); off itself when the prologue is not the known one.
 */
uint64_t goelf__after_stack_check(const struct goelf *g, uint64_t off);
/* only through .gopclntab (tests compare both ways) */
int goelf__pclntab_offset(const struct goelf *g, const char *name, uint64_t *off);

#endif
