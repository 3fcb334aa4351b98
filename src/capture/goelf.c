// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ELF files to probe: Go version from the build info, functions from the symbol tables or pclntab
 *
 * The build info (section .go.buildinfo) starts with "\xff Go buildinf:",
 * the pointer size and a flags byte; with flag 2 (Go >= 1.18) the
 * version follows the 32-byte header as a varint-prefixed string, before
 * that the header holds a pointer to a Go string header.
 *
 * .gopclntab survives `-ldflags=-s` (the runtime needs it). Its header
 * (magic, 2 pad bytes, min instruction size, pointer size, then words)
 * and function table differ by version:
 *   0xfffffffa (Go 1.16, 1.17): nfunc, nfiles, funcname, cu, filetab,
 *     pctab, functab offsets; functab entries (entry pc, func offset) as
 *     pointer-sized words; a _func starts (entry pc word, int32 name offset)
 *   0xfffffff0 (1.18, 1.19), 0xfffffff1 (1.20 on): nfunc, nfiles,
 *     textStart, then the five offsets; functab entries are two uint32
 *     (entry - textStart, func offset); a _func starts (uint32 entry
 *     offset, int32 name offset)
 * Function offsets count from the function table, name offsets from the
 * function name table.
 */
#include "goelf.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct goelf {
	int fd;
	Elf *elf;
	const uint8_t *map;	/* the whole file */
	size_t size;
	int le;			/* little endian */
	int is64;
	int machine;		/* e_machine */
	char version[64];
	const uint8_t *pcln;	/* .gopclntab bytes, NULL when absent */
	size_t pcln_len;
};

static uint64_t rd(const struct goelf *g, const uint8_t *p, int n)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < n; i++)
		v |= (uint64_t)p[g->le ? i : n - 1 - i] << (8 * i);
	return v;
}

/* a section's bytes inside the mapping, NULL when absent or out of the file */
static const uint8_t *section(const struct goelf *g, const char *want, size_t *len, uint64_t *addr)
{
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	GElf_Shdr sh;

	if (elf_getshdrstrndx(g->elf, &shstrndx))
		return NULL;
	while ((scn = elf_nextscn(g->elf, scn))) {
		const char *name;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type == SHT_NOBITS)
			continue;
		name = elf_strptr(g->elf, shstrndx, sh.sh_name);
		if (!name || strcmp(name, want))
			continue;
		if (sh.sh_offset > g->size || sh.sh_size > g->size - sh.sh_offset)
			return NULL;
		*len = sh.sh_size;
		if (addr)
			*addr = sh.sh_addr;
		return g->map + sh.sh_offset;
	}
	return NULL;
}

/*
 * The loadable segment (executable only, if asked) whose file bytes hold
 * x: a virtual address, or a file offset when by_off. 0 or -ENOENT.
 */
static int load_seg(const struct goelf *g, uint64_t x, int by_off, int exec_only, GElf_Phdr *ph)
{
	size_t i, n;

	if (elf_getphdrnum(g->elf, &n))
		return -ENOENT;
	for (i = 0; i < n; i++) {
		uint64_t base;

		if (!gelf_getphdr(g->elf, (int)i, ph) || ph->p_type != PT_LOAD)
			continue;
		if (exec_only && !(ph->p_flags & PF_X))
			continue;
		base = by_off ? ph->p_offset : ph->p_vaddr;
		if (x >= base && x - base < ph->p_filesz)
			return 0;
	}
	return -ENOENT;
}

/* virtual address -> file offset through the loadable segments; 0 or -ENOENT */
static int vaddr_off(const struct goelf *g, uint64_t va, uint64_t *off, int exec_only)
{
	GElf_Phdr ph;

	if (load_seg(g, va, 0, exec_only, &ph))
		return -ENOENT;
	*off = va - ph.p_vaddr + ph.p_offset;
	return 0;
}

/* file offset -> virtual address through the executable segments; 0 or -ENOENT */
static int off_vaddr(const struct goelf *g, uint64_t off, uint64_t *va)
{
	GElf_Phdr ph;

	if (load_seg(g, off, 1, 1, &ph))
		return -ENOENT;
	*va = off - ph.p_offset + ph.p_vaddr;
	return 0;
}

/* len bytes at virtual address va, NULL when not in the file */
static const uint8_t *at_vaddr(const struct goelf *g, uint64_t va, uint64_t len)
{
	uint64_t off;

	if (vaddr_off(g, va, &off, 0) || off > g->size || len > g->size - off)
		return NULL;
	return g->map + off;
}

static void read_version(struct goelf *g)
{
	static const char magic[] = "\xff Go buildinf:";
	const uint8_t *b, *s = NULL;
	uint64_t slen = 0;
	size_t len;

	b = section(g, ".go.buildinfo", &len, NULL);
	if (!b || len < 32 || memcmp(b, magic, 14))
		return;
	if (b[15] & 2) {
		const uint8_t *p = b + 32, *end = b + len;
		int shift = 0;

		while (p < end && shift < 63) {
			slen |= (uint64_t)(*p & 0x7f) << shift;
			shift += 7;
			if (!(*p++ & 0x80))
				break;
		}
		if (slen <= (uint64_t)(end - p))
			s = p;
	} else {
		int ps = b[14];
		const uint8_t *hdr;

		if (ps != 4 && ps != 8)
			return;
		hdr = at_vaddr(g, rd(g, b + 16, ps), 2 * (uint64_t)ps);
		if (!hdr)
			return;
		slen = rd(g, hdr + ps, ps);
		s = at_vaddr(g, rd(g, hdr, ps), slen);
	}
	if (s && slen > 2 && slen < sizeof(g->version) && !memcmp(s, "go", 2)) {
		memcpy(g->version, s, slen);
		g->version[slen] = '\0';
	}
}

struct goelf *goelf__open(const char *path)
{
	struct goelf *g = calloc(1, sizeof(*g));
	struct stat st;
	GElf_Ehdr eh;
	int e;

	if (!g)
		return NULL;
	g->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (g->fd < 0 || fstat(g->fd, &st)) {
		e = errno;
		goto fail;
	}
	e = ENOEXEC;
	if (!S_ISREG(st.st_mode) || st.st_size < 64)
		goto fail;
	g->size = (size_t)st.st_size;
	g->map = mmap(NULL, g->size, PROT_READ, MAP_PRIVATE, g->fd, 0);
	if (g->map == MAP_FAILED) {
		g->map = NULL;
		e = errno;
		goto fail;
	}
	elf_version(EV_CURRENT);
	g->elf = elf_memory((char *)g->map, g->size);
	if (!g->elf || elf_kind(g->elf) != ELF_K_ELF || !gelf_getehdr(g->elf, &eh))
		goto fail;
	g->le = eh.e_ident[EI_DATA] == ELFDATA2LSB;
	g->is64 = eh.e_ident[EI_CLASS] == ELFCLASS64;
	g->machine = eh.e_machine;
	read_version(g);
	g->pcln = section(g, ".gopclntab", &g->pcln_len, NULL);
	return g;
fail:
	goelf__close(g);
	errno = e;
	return NULL;
}

void goelf__close(struct goelf *g)
{
	if (!g)
		return;
	if (g->elf)
		elf_end(g->elf);
	if (g->map)
		munmap((void *)g->map, g->size);
	if (g->fd >= 0)
		close(g->fd);
	free(g);
}

const char *goelf__version(const struct goelf *g)
{
	return g->version[0] ? g->version : NULL;
}

int goelf__is_go(const struct goelf *g)
{
	return g->version[0] || g->pcln;
}

int goelf__minor(const struct goelf *g)
{
	const char *v = g->version;

	if (strncmp(v, "go1.", 4))
		return 0;
	return atoi(v + 4);
}

static int symtab_offset(const struct goelf *g, const char *name, uint64_t *off)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;

	while ((scn = elf_nextscn(g->elf, scn))) {
		Elf_Data *d;
		size_t i, n;

		if (!gelf_getshdr(scn, &sh) || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) ||
		    !sh.sh_entsize)
			continue;
		d = elf_getdata(scn, NULL);
		if (!d)
			continue;
		n = sh.sh_size / sh.sh_entsize;
		for (i = 0; i < n; i++) {
			GElf_Sym sym;
			const char *s;

			if (!gelf_getsym(d, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
			    !sym.st_value)
				continue;
			s = elf_strptr(g->elf, sh.sh_link, sym.st_name);
			if (s && !strcmp(s, name))
				return vaddr_off(g, sym.st_value, off, 1);
		}
	}
	return -ENOENT;
}

/* the NUL-terminated name at pcln + base + rel, NULL when outside */
static const char *pcln_str(const struct goelf *g, uint64_t base, uint64_t rel)
{
	uint64_t o = base + rel;

	if (o >= g->pcln_len || !memchr(g->pcln + o, '\0', g->pcln_len - o))
		return NULL;
	return (const char *)g->pcln + o;
}

int goelf__pclntab_offset(const struct goelf *g, const char *name, uint64_t *off)
{
	const uint8_t *p = g->pcln;
	uint64_t nfunc, text = 0, fname, ftab, i;
	uint32_t magic;
	int ps, old;

	if (!p || g->pcln_len < 8 + 8 * 8)
		return -ENOENT;
	magic = (uint32_t)rd(g, p, 4);
	ps = p[7];
	if (ps != 4 && ps != 8)
		return -ENOENT;
	if (magic == 0xfffffffa)
		old = 1;
	else if (magic == 0xfffffff0 || magic == 0xfffffff1)
		old = 0;
	else
		return -ENOENT;	/* before Go 1.16, or not a pclntab */
	nfunc = rd(g, p + 8, ps);
	if (old) {
		fname = rd(g, p + 8 + 2 * ps, ps);
		ftab = rd(g, p + 8 + 6 * ps, ps);
	} else {
		text = rd(g, p + 8 + 2 * ps, ps);
		fname = rd(g, p + 8 + 3 * ps, ps);
		ftab = rd(g, p + 8 + 7 * ps, ps);
	}
	if (ftab >= g->pcln_len || fname >= g->pcln_len)
		return -ENOENT;
	for (i = 0; i < nfunc; i++) {
		uint64_t ent = ftab + i * (old ? 2 * (uint64_t)ps : 8), foff, fo, entry;
		const char *s;

		if (ent + (old ? 2 * (uint64_t)ps : 8) > g->pcln_len)
			return -ENOENT;
		foff = old ? rd(g, p + ent + ps, ps) : rd(g, p + ent + 4, 4);
		fo = ftab + foff;
		if (fo + (uint64_t)(old ? ps + 4 : 8) > g->pcln_len)
			continue;
		s = pcln_str(g, fname, (uint32_t)rd(g, p + fo + (old ? ps : 4), 4));
		if (!s || strcmp(s, name))
			continue;
		entry = old ? rd(g, p + fo, ps) : text + rd(g, p + fo, 4);
		return vaddr_off(g, entry, off, 1);
	}
	return -ENOENT;
}

int goelf__func_offset(const struct goelf *g, const char *name, uint64_t *off, int *via_pclntab)
{
	int e = symtab_offset(g, name, off);

	if (via_pclntab)
		*via_pclntab = 0;
	if (!e)
		return 0;
	e = goelf__pclntab_offset(g, name, off);
	if (!e && via_pclntab)
		*via_pclntab = 1;
	return e;
}

/*
 * amd64: a Go function with a frame opens with its stack check,
 *   [lea -N(%rsp),%r12]  4c 8d 64 24 d8 | 4c 8d a4 24 d32
 *   cmp 0x10(%r14),%rsp  49 3b 66 10    (cmp 0x10(%r14),%r12: 4d 3b 66 10)
 *   jbe morestack        76 d8 | 0f 86 d32
 * None of it touches the argument registers. The kernel single-steps a
 * probed cmp out of line (a second trap per hit) but emulates a jump, so
 * probing the jbe costs one trap. When the stack must grow, morestack
 * re-enters the function and the probe fires twice with the same
 * arguments (a key log line is written once anyway).
 */
uint64_t goelf__after_stack_check(const struct goelf *g, uint64_t off)
{
	const uint8_t *p = g->map + off;
	size_t n = 0, avail;

	if (g->machine != EM_X86_64 || off >= g->size)
		return off;
	avail = g->size - off;
	if (avail < 16)
		return off;
	if (p[0] == 0x4c && p[1] == 0x8d && p[2] == 0x64 && p[3] == 0x24)
		n = 5;
	else if (p[0] == 0x4c && p[1] == 0x8d && p[2] == 0xa4 && p[3] == 0x24)
		n = 8;
	if ((p[n] != 0x49 && p[n] != 0x4d) || p[n + 1] != 0x3b || p[n + 2] != 0x66 ||
	    p[n + 3] != 0x10)
		return off;
	/* the cmp must compare the register the lea set, or %rsp without one */
	if ((n == 0) != (p[n] == 0x49))
		return off;
	n += 4;
	if (p[n] == 0x76 || (p[n] == 0x0f && p[n + 1] == 0x86))
		return off + n;
	return off;
}

const uint8_t *goelf__bytes(const struct goelf *g, uint64_t off, size_t len)
{
	if (off > g->size || len > g->size - off)
		return NULL;
	return g->map + off;
}

int goelf__call_target(const struct goelf *g, uint64_t off, uint64_t *target)
{
	const uint8_t *p = goelf__bytes(g, off, 5);
	uint64_t va;
	int32_t rel;

	if (g->machine != EM_X86_64 || !p || p[0] != 0xe8 || off_vaddr(g, off, &va))
		return -ENOENT;
	rel = (int32_t)(uint32_t)rd(g, p + 1, 4);
	return vaddr_off(g, va + 5 + (uint64_t)(int64_t)rel, target, 1);
}
