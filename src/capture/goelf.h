/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: ELF files to probe: Go version from the build info, functions from the symbol tables or pclntab */
#ifndef PTCPDUMP_CAPTURE_GOELF_H
#define PTCPDUMP_CAPTURE_GOELF_H

#include <stddef.h>
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
 * in .symtab or .dynsym, else in .gopclntab (stripped binaries keep it); via
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
/* len bytes of the file at offset off, NULL past its end */
const uint8_t *goelf__bytes(const struct goelf *g, uint64_t off, size_t len);
/*
 * x86-64: the file offset the call instruction (e8 rel32) at file offset
 * off goes to. 0, or -ENOENT when it is not such a call into the file's code.
 */
int goelf__call_target(const struct goelf *g, uint64_t off, uint64_t *target);
/* only through .gopclntab (tests compare both ways) */
int goelf__pclntab_offset(const struct goelf *g, const char *name, uint64_t *off);

#endif
