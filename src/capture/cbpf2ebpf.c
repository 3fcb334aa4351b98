// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: classic BPF (libpcap's filter code) -> eBPF subprogram body
 *
 * Classic BPF: accumulator A, index X, scratch M[16], forward jumps only,
 * jt/jf relative to the next instruction, packet loads in network byte
 * order that end the program with 0 when out of bounds (libpcap
 * bpf_filter.c semantics). Each classic instruction becomes a short fixed
 * sequence; jumps are emitted with their classic target and patched once
 * every instruction's eBPF start index is known.
 */
#include "cbpf2ebpf.h"

#include <errno.h>
#include <stddef.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../bpf/ptcpdump.h"

/* classic opcode fields (identical to linux/bpf_common.h) */
#define C_CLASS(c) ((c) & 0x07)
#define C_SIZE(c) ((c) & 0x18)
#define C_MODE(c) ((c) & 0xe0)
#define C_OP(c) ((c) & 0xf0)
#define C_SRC(c) ((c) & 0x08)
#define C_RVAL(c) ((c) & 0x18)
#define C_MISCOP(c) ((c) & 0xf8)

#define C_LD 0x00
#define C_LDX 0x01
#define C_ST 0x02
#define C_STX 0x03
#define C_ALU 0x04
#define C_JMP 0x05
#define C_RET 0x06
#define C_MISC 0x07

#define C_W 0x00
#define C_H 0x08
#define C_B 0x10

#define C_IMM 0x00
#define C_ABS 0x20
#define C_IND 0x40
#define C_MEM 0x60
#define C_LEN 0x80
#define C_MSH 0xa0

#define C_K 0x00
#define C_X 0x08
#define C_A 0x10

#define C_TAX 0x00
#define C_TXA 0x80

#define C_MEMWORDS 16

/* eBPF registers */
#define R0 0
#define R1 1
#define R2 2
#define R3 3
#define R4 4
#define R5 5
#define RCTX 6
#define RA 7
#define RX 8
#define RFP 10

#define BUF_OFF (-8)				/* 4-byte load buffer */
#define MEM_OFF (-8 - 4 * C_MEMWORDS)		/* M[0] */

enum { T_NONE = 0, T_CLASSIC, T_FAIL };

struct fixup {
	size_t at;	/* eBPF instruction to patch */
	int kind;	/* T_CLASSIC: target is classic index; T_FAIL: the fail block */
	size_t target;
};

struct xl {
	struct bpf_insn *out;
	size_t n, cap;
	struct fixup *fx;
	size_t nfx, capfx;
	int oom;
	unsigned flags;		/* CBPF2EBPF_* */
};

static void emit(struct xl *x, uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm)
{
	struct bpf_insn *i;

	if (x->n == x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 256;
		struct bpf_insn *p = realloc(x->out, cap * sizeof(*p));

		if (!p) {
			x->oom = 1;
			return;
		}
		x->out = p;
		x->cap = cap;
	}
	i = &x->out[x->n++];
	memset(i, 0, sizeof(*i));
	i->code = code;
	i->dst_reg = dst;
	i->src_reg = src;
	i->off = off;
	i->imm = imm;
}

/* a jump whose offset is patched later */
static void emit_jump(struct xl *x, uint8_t code, uint8_t dst, uint8_t src, int32_t imm, int kind,
		      size_t target)
{
	struct fixup *f;

	if (x->nfx == x->capfx) {
		size_t cap = x->capfx ? x->capfx * 2 : 64;
		struct fixup *p = realloc(x->fx, cap * sizeof(*p));

		if (!p) {
			x->oom = 1;
			return;
		}
		x->fx = p;
		x->capfx = cap;
	}
	f = &x->fx[x->nfx++];
	f->at = x->n;
	f->kind = kind;
	f->target = target;
	emit(x, code, dst, src, 0, imm);
}

static void mov32_imm(struct xl *x, uint8_t dst, uint32_t k)
{
	emit(x, BPF_ALU | BPF_MOV | BPF_K, dst, 0, 0, (int32_t)k);
}

/* patch the jump at index at to land on the next instruction emitted */
static void land_here(struct xl *x, size_t at)
{
	if (!x->oom)
		x->out[at].off = (int16_t)(x->n - at - 1);
}

static const uint8_t bpf_size[5] = { 0, BPF_B, BPF_H, 0, BPF_W };

/* bpf_skb_load_bytes(ctx, r2, buf, sz) into dst in host order; 0 on failure */
static void load_slow(struct xl *x, uint8_t dst, int sz)
{
	emit(x, BPF_ALU64 | BPF_MOV | BPF_X, R1, RCTX, 0, 0);
	emit(x, BPF_ALU64 | BPF_MOV | BPF_X, R3, RFP, 0, 0);
	emit(x, BPF_ALU64 | BPF_ADD | BPF_K, R3, 0, 0, BUF_OFF);
	emit(x, BPF_ALU64 | BPF_MOV | BPF_K, R4, 0, 0, sz);
	emit(x, BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_skb_load_bytes);
	emit_jump(x, BPF_JMP | BPF_JNE | BPF_K, R0, 0, 0, T_FAIL, 0);
	emit(x, BPF_LDX | BPF_MEM | bpf_size[sz], dst, RFP, BUF_OFF, 0);
	if (sz > 1)
		emit(x, BPF_ALU | BPF_END | BPF_TO_BE, dst, 0, 0, sz * 8);
}

/*
 * Load sz bytes of the packet at offset r2 into dst in host order; end the
 * program with 0 when out of bounds. Fast path: direct packet access when
 * the bytes are in the linear part (the verifier wants the data_end check
 * in this exact shape); else bpf_skb_load_bytes, which also reads paged
 * and GSO data.
 */
static void load_packet(struct xl *x, uint8_t dst, int sz)
{
	size_t j_far, j_end, j_done;

	if (x->flags & CBPF2EBPF_NO_DIRECT) {
		load_slow(x, dst, sz);
		return;
	}
	if (x->flags & CBPF2EBPF_MEM) {
		/* r2 <= PT_SNAP_MAX - sz and r2 + sz <= caplen, checked on r2
		 * itself so that the verifier knows the bound */
		emit_jump(x, BPF_JMP | BPF_JGT | BPF_K, R2, 0, PT_SNAP_MAX - sz, T_FAIL, 0);
		emit(x, BPF_LDX | BPF_MEM | BPF_W, R3, RCTX,
		     (int16_t)offsetof(struct pt_pkt_hdr, caplen), 0);
		emit(x, BPF_ALU64 | BPF_MOV | BPF_X, R5, R2, 0, 0);
		emit(x, BPF_ALU64 | BPF_ADD | BPF_K, R5, 0, 0, sz);
		emit_jump(x, BPF_JMP | BPF_JGT | BPF_X, R5, R3, 0, T_FAIL, 0);
		emit(x, BPF_ALU64 | BPF_MOV | BPF_X, R3, RCTX, 0, 0);
		emit(x, BPF_ALU64 | BPF_ADD | BPF_X, R3, R2, 0, 0);
		emit(x, BPF_LDX | BPF_MEM | bpf_size[sz], dst, R3,
		     (int16_t)sizeof(struct pt_pkt_hdr), 0);
		if (sz > 1)
			emit(x, BPF_ALU | BPF_END | BPF_TO_BE, dst, 0, 0, sz * 8);
		return;
	}
	/* offsets past the verifier's packet range go the slow way */
	j_far = x->n;
	emit(x, BPF_JMP | BPF_JGT | BPF_K, R2, 0, 0, 0xfff0);
	emit(x, BPF_LDX | BPF_MEM | BPF_W, R3, RCTX, (int16_t)offsetof(struct __sk_buff, data), 0);
	emit(x, BPF_LDX | BPF_MEM | BPF_W, R4, RCTX, (int16_t)offsetof(struct __sk_buff, data_end), 0);
	emit(x, BPF_ALU64 | BPF_ADD | BPF_X, R3, R2, 0, 0);
	emit(x, BPF_ALU64 | BPF_MOV | BPF_X, R5, R3, 0, 0);
	emit(x, BPF_ALU64 | BPF_ADD | BPF_K, R5, 0, 0, sz);
	j_end = x->n;
	emit(x, BPF_JMP | BPF_JGT | BPF_X, R5, R4, 0, 0);
	emit(x, BPF_LDX | BPF_MEM | bpf_size[sz], dst, R3, 0, 0);
	if (sz > 1)
		emit(x, BPF_ALU | BPF_END | BPF_TO_BE, dst, 0, 0, sz * 8);
	j_done = x->n;
	emit(x, BPF_JMP | BPF_JA, 0, 0, 0, 0);
	/* slow path */
	land_here(x, j_far);
	land_here(x, j_end);
	load_slow(x, dst, sz);
	land_here(x, j_done);
}

static int size_bytes(uint16_t code)
{
	switch (C_SIZE(code)) {
	case C_W: return 4;
	case C_H: return 2;
	case C_B: return 1;
	default: return 0;
	}
}

/* r2 = offset for an absolute (ind = 0) or indexed load, failing when it
 * cannot be a valid offset */
static void load_offset(struct xl *x, uint32_t k, int ind)
{
	mov32_imm(x, R2, k);
	if (ind)
		emit(x, BPF_ALU64 | BPF_ADD | BPF_X, R2, RX, 0, 0);
	/* bpf_skb_load_bytes takes a u32 offset and refuses > INT_MAX */
	emit_jump(x, BPF_JMP | BPF_JGT | BPF_K, R2, 0, 0x7fffffff, T_FAIL, 0);
}

static int xl_insn(struct xl *x, const struct cbpf_insn *in, size_t pc, size_t n, char *err,
		   size_t errlen)
{
	uint16_t c = in->code;
	int sz;

	switch (C_CLASS(c)) {
	case C_LD:
	case C_LDX: {
		uint8_t dst = C_CLASS(c) == C_LD ? RA : RX;

		switch (C_MODE(c)) {
		case C_IMM:
			mov32_imm(x, dst, in->k);
			return 0;
		case C_LEN:
			/* struct __sk_buff: len is the first member */
			emit(x, BPF_LDX | BPF_MEM | BPF_W, dst, RCTX,
			     x->flags & CBPF2EBPF_MEM ? (int16_t)offsetof(struct pt_pkt_hdr, len) : 0,
			     0);
			return 0;
		case C_MEM:
			if (in->k >= C_MEMWORDS)
				break;
			emit(x, BPF_LDX | BPF_MEM | BPF_W, dst, RFP, (int16_t)(MEM_OFF + 4 * (int)in->k),
			     0);
			return 0;
		case C_ABS:
		case C_IND:
			if (C_CLASS(c) != C_LD)
				break;
			sz = size_bytes(c);
			if (!sz)
				break;
			load_offset(x, in->k, C_MODE(c) == C_IND);
			load_packet(x, RA, sz);
			return 0;
		case C_MSH:
			if (C_CLASS(c) != C_LDX || C_SIZE(c) != C_B)
				break;
			load_offset(x, in->k, 0);
			load_packet(x, RX, 1);
			emit(x, BPF_ALU | BPF_AND | BPF_K, RX, 0, 0, 0xf);
			emit(x, BPF_ALU | BPF_LSH | BPF_K, RX, 0, 0, 2);
			return 0;
		}
		break;
	}
	case C_ST:
	case C_STX:
		if (in->k >= C_MEMWORDS)
			break;
		emit(x, BPF_STX | BPF_MEM | BPF_W, RFP, C_CLASS(c) == C_ST ? RA : RX,
		     (int16_t)(MEM_OFF + 4 * (int)in->k), 0);
		return 0;
	case C_ALU: {
		uint8_t op = C_OP(c);

		switch (op) {
		case BPF_ADD: case BPF_SUB: case BPF_MUL: case BPF_OR: case BPF_AND:
		case BPF_XOR:
			if (C_SRC(c) == C_X)
				emit(x, BPF_ALU | op | BPF_X, RA, RX, 0, 0);
			else
				emit(x, BPF_ALU | op | BPF_K, RA, 0, 0, (int32_t)in->k);
			return 0;
		case BPF_DIV: case BPF_MOD:
			if (C_SRC(c) == C_X) {
				/* classic BPF ends with 0 on division by zero */
				emit_jump(x, BPF_JMP32 | BPF_JEQ | BPF_K, RX, 0, 0, T_FAIL, 0);
				emit(x, BPF_ALU | op | BPF_X, RA, RX, 0, 0);
			} else if (in->k == 0) {
				emit_jump(x, BPF_JMP | BPF_JA, 0, 0, 0, T_FAIL, 0);
			} else {
				emit(x, BPF_ALU | op | BPF_K, RA, 0, 0, (int32_t)in->k);
			}
			return 0;
		case BPF_LSH: case BPF_RSH:
			if (C_SRC(c) == C_X)
				emit(x, BPF_ALU | op | BPF_X, RA, RX, 0, 0);
			else if (in->k >= 32)
				mov32_imm(x, RA, 0);
			else
				emit(x, BPF_ALU | op | BPF_K, RA, 0, 0, (int32_t)in->k);
			return 0;
		case BPF_NEG:
			emit(x, BPF_ALU | BPF_NEG, RA, 0, 0, 0);
			return 0;
		}
		break;
	}
	case C_JMP: {
		uint8_t op = C_OP(c);
		size_t t, f;

		if (op == BPF_JA) {
			if (in->k >= n - pc - 1) {
				snprintf(err, errlen, "filter instruction %zu jumps backwards (a loop)",
					 pc);
				return -EINVAL;
			}
			emit_jump(x, BPF_JMP | BPF_JA, 0, 0, 0, T_CLASSIC, pc + 1 + in->k);
			return 0;
		}
		if (op != BPF_JEQ && op != BPF_JGT && op != BPF_JGE && op != BPF_JSET)
			break;
		t = pc + 1 + in->jt;
		f = pc + 1 + in->jf;
		if (t >= n || f >= n)
			break;
		if (t == f) {
			if (t != pc + 1)
				emit_jump(x, BPF_JMP | BPF_JA, 0, 0, 0, T_CLASSIC, t);
			return 0;
		}
		/* 32-bit compares: A and X are 32-bit registers in classic BPF */
		if (C_SRC(c) == C_X)
			emit_jump(x, BPF_JMP32 | op | BPF_X, RA, RX, 0, T_CLASSIC, t);
		else
			emit_jump(x, BPF_JMP32 | op | BPF_K, RA, 0, (int32_t)in->k, T_CLASSIC, t);
		if (f != pc + 1)
			emit_jump(x, BPF_JMP | BPF_JA, 0, 0, 0, T_CLASSIC, f);
		return 0;
	}
	case C_RET:
		switch (C_RVAL(c)) {
		case C_K:
			mov32_imm(x, R0, in->k);
			break;
		case C_A:
			emit(x, BPF_ALU | BPF_MOV | BPF_X, R0, RA, 0, 0);
			break;
		default:
			goto bad;
		}
		emit(x, BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
		return 0;
	case C_MISC:
		if (C_MISCOP(c) == C_TAX) {
			emit(x, BPF_ALU | BPF_MOV | BPF_X, RX, RA, 0, 0);
			return 0;
		}
		if (C_MISCOP(c) == C_TXA) {
			emit(x, BPF_ALU | BPF_MOV | BPF_X, RA, RX, 0, 0);
			return 0;
		}
		break;
	}
bad:
	snprintf(err, errlen, "filter instruction %zu (code 0x%04x) cannot run in the kernel", pc,
		 c);
	return -EINVAL;
}

int cbpf2ebpf(const struct cbpf_insn *prog, size_t n, struct bpf_insn **out, char *err,
	      size_t errlen)
{
	return cbpf2ebpf_flags(prog, n, 0, out, err, errlen);
}

int cbpf2ebpf_flags(const struct cbpf_insn *prog, size_t n, unsigned flags, struct bpf_insn **out,
		    char *err, size_t errlen)
{
	struct xl x = { .flags = flags };
	size_t *start = NULL, i, fail;
	uint8_t *reach = NULL;
	int uses_mem = 0, rc;

	*out = NULL;
	if (n == 0 || n > 4096) {
		snprintf(err, errlen, "filter program has %zu instructions", n);
		return -EINVAL;
	}
	if (C_CLASS(prog[n - 1].code) != C_RET) {
		snprintf(err, errlen, "filter program does not end with a return");
		return -EINVAL;
	}
	start = calloc(n, sizeof(*start));
	if (!start)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		uint16_t c = prog[i].code;

		if (((C_CLASS(c) == C_LD || C_CLASS(c) == C_LDX) && C_MODE(c) == C_MEM) ||
		    C_CLASS(c) == C_ST || C_CLASS(c) == C_STX)
			uses_mem = 1;
	}
	/* prologue: keep ctx, A = X = 0, M[] = 0 (the verifier wants it written) */
	emit(&x, BPF_ALU64 | BPF_MOV | BPF_X, RCTX, R1, 0, 0);
	mov32_imm(&x, RA, 0);
	mov32_imm(&x, RX, 0);
	if (uses_mem)
		for (i = 0; i < C_MEMWORDS / 2; i++)
			emit(&x, BPF_ST | BPF_MEM | BPF_DW, RFP, 0, (int16_t)(MEM_OFF + 8 * (int)i), 0);
	/* classic jumps only go forward: one pass finds the reachable code */
	reach = calloc(n, 1);
	if (!reach) {
		rc = -ENOMEM;
		goto out;
	}
	reach[0] = 1;
	for (i = 0; i < n; i++) {
		uint16_t c = prog[i].code;

		if (!reach[i] || C_CLASS(c) == C_RET)
			continue;
		if (C_CLASS(c) != C_JMP) {
			if (i + 1 < n)
				reach[i + 1] = 1;
		} else if (C_OP(c) == BPF_JA) {
			if (prog[i].k < n - i - 1)
				reach[i + 1 + prog[i].k] = 1;
		} else {
			if ((size_t)prog[i].jt < n - i - 1)
				reach[i + 1 + prog[i].jt] = 1;
			if ((size_t)prog[i].jf < n - i - 1)
				reach[i + 1 + prog[i].jf] = 1;
		}
	}
	for (i = 0; i < n; i++) {
		start[i] = x.n;
		if (!reach[i])
			continue;	/* the verifier refuses unreachable code */
		rc = xl_insn(&x, &prog[i], i, n, err, errlen);
		if (rc < 0)
			goto out;
	}
	/* the out-of-bounds / division-by-zero exit, when something jumps there
	 * (the verifier refuses unreachable code) */
	fail = x.n;
	for (i = 0; i < x.nfx; i++) {
		if (x.fx[i].kind == T_FAIL) {
			mov32_imm(&x, R0, 0);
			emit(&x, BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
			break;
		}
	}
	if (x.oom) {
		rc = -ENOMEM;
		goto out;
	}
	for (i = 0; i < x.nfx; i++) {
		const struct fixup *f = &x.fx[i];
		size_t to = f->kind == T_FAIL ? fail : start[f->target];
		long off = (long)to - (long)f->at - 1;

		if (off < -32768 || off > 32767) {
			snprintf(err, errlen, "filter program is too large for the kernel");
			rc = -E2BIG;
			goto out;
		}
		x.out[f->at].off = (int16_t)off;
	}
	*out = x.out;
	x.out = NULL;
	rc = (int)x.n;
out:
	free(x.out);
	free(x.fx);
	free(start);
	free(reach);
	return rc;
}

int cbpf2ebpf_accept_all(struct bpf_insn **out)
{
	struct xl x = { 0 };

	mov32_imm(&x, R0, 1);
	emit(&x, BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	if (x.oom) {
		free(x.out);
		*out = NULL;
		return -ENOMEM;
	}
	*out = x.out;
	return (int)x.n;
}
