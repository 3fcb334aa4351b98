/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: classic BPF (libpcap's filter code) -> eBPF subprogram body
 *
 * The output is the body of a BPF-to-BPF subprogram that is called with
 * the struct __sk_buff context in r1 and returns non-zero when the packet
 * matches (the classic program's return value, 0 = drop). Packet bytes are
 * read relative to skb->data (the link-layer header at TC): directly when
 * they are in the linear part, else with bpf_skb_load_bytes, so paged and
 * GSO packets work; a load outside the packet returns 0 like libpcap's
 * bpf_filter(). Register use: A = w7, X = w8, ctx = r6, M[] on the
 * subprogram's stack. Backward jumps (protochain's loop) are refused.
 */
#ifndef PTCPDUMP_CAPTURE_CBPF2EBPF_H
#define PTCPDUMP_CAPTURE_CBPF2EBPF_H

#include <stddef.h>
#include <stdint.h>

/* same layout as struct bpf_insn of pcap/bpf.h and struct sock_filter */
struct cbpf_insn {
	uint16_t code;
	uint8_t jt;
	uint8_t jf;
	uint32_t k;
};

struct bpf_insn;

/*
 * Translate n classic instructions. Returns the number of eBPF
 * instructions written to *out (caller owns, free()) or -errno with a
 * one-line reason in err (-EINVAL: unsupported or invalid instruction,
 * -E2BIG: jump too far, -ENOMEM).
 */
int cbpf2ebpf(const struct cbpf_insn *prog, size_t n, struct bpf_insn **out, char *err,
	      size_t errlen) __attribute__((warn_unused_result));

/* Read the packet only with bpf_skb_load_bytes, never skb->data: for
 * program types without direct packet access (socket filters). */
#define CBPF2EBPF_NO_DIRECT 0x1u
/* r1 points to a struct pt_pkt_hdr (bpf/ptcpdump.h) followed by caplen
 * bytes of the packet (at most PT_SNAP_MAX), not to a socket buffer: for
 * tracing programs, which filter a copy */
#define CBPF2EBPF_MEM 0x2u

/* cbpf2ebpf() with CBPF2EBPF_* flags */
int cbpf2ebpf_flags(const struct cbpf_insn *prog, size_t n, unsigned flags, struct bpf_insn **out,
		    char *err, size_t errlen) __attribute__((warn_unused_result));

/* The body for "no filter": return 1. Same ownership as cbpf2ebpf(). */
int cbpf2ebpf_accept_all(struct bpf_insn **out) __attribute__((warn_unused_result));

#endif
