/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: pcap-filter expressions compiled by libpcap, per link type */
#ifndef PTCPDUMP_CAPTURE_PFILTER_H
#define PTCPDUMP_CAPTURE_PFILTER_H

#include <stddef.h>
#include <stdint.h>

struct bpf_program;
struct pfilter;

/* expr may be NULL or empty: everything matches. Caller owns. */
struct pfilter *pfilter__new(const char *expr, uint32_t snaplen);
void pfilter__free(struct pfilter *pf);
/*
 * Compile as tcpdump does for a file read with -r: libpcap's code for
 * DLT_NULL/DLT_LOOP depends on it being a savefile and on the file's byte
 * order (any BSD AF_INET6 value; the AF word swapped). Call before the first
 * compile.
 */
void pfilter__set_savefile(struct pfilter *pf, int big_endian);
/* -O: 0 compiles without libpcap's optimizer. Call before the first compile. */
void pfilter__set_optimize(struct pfilter *pf, int optimize);

/* Compile for a link type (cached). 0, or -EINVAL with libpcap's message in err. */
int pfilter__compile(struct pfilter *pf, int linktype, char *err, size_t errlen);
/* The classic BPF program for a link type (compiled on demand), or NULL
 * on error / when there is no expression. Borrowed until pfilter__free. */
const struct bpf_program *pfilter__program(struct pfilter *pf, int linktype);
/* 1 if the packet matches (and when there is no expression), 0 if not,
 * -EINVAL if the expression does not compile for this link type. */
int pfilter__match(struct pfilter *pf, int linktype, const uint8_t *data, uint32_t caplen,
		   uint32_t len);
const char *pfilter__expr(const struct pfilter *pf);

#endif
