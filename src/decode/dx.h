/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the printers' toolkit: decoder state, bounds-checked cursor,
 * text output, field tree, value->name tables, address strings.
 *
 * Every printer (print-*.c) reads packet bytes ONLY through the GET_* macros
 * below. A read past the captured bytes (dx->snapend) longjmps back to
 * dx__packet(), which prints tcpdump's " [|proto]" with dx->proto, so a
 * printer sets dx->proto = "tcp" (etc.) on entry, like ndo_protocol.
 *
 * One parse, two renderings: the same printer code appends tcpdump's text
 * (dx_printf/dx_puts...) and, when dx->tree is not NULL, field-tree nodes
 * with byte offsets (DX_LAYER/DX_FIELD/DX_LAYER_END). The tree calls cost a
 * pointer test when no tree is wanted (the CLI); keep label formatting
 * inside those macros so it is skipped then.
 *
 * Porting from tcpdump's netdissect: ndo -> dx, ND_PRINT -> dx_printf,
 * GET_U_1 -> GET_U8, GET_BE_U_2 -> GET_BE16, GET_IPADDR_STRING ->
 * GET_IPADDR_STRING (same name, dx first), ND_TCHECK_LEN -> DX_TCHECK,
 * ND_TTEST_LEN -> DX_TTEST, nd_print_trunc -> dx_print_trunc,
 * nd_print_invalid -> dx_print_invalid, tok2str/bittok2str take dx first.
 * ndo_vflag -> dx->opts->verbose, ndo_nflag -> dx->opts->no_resolve,
 * ndo_qflag -> quiet, ndo_eflag -> link_header, ndo_Sflag -> absolute_seq,
 * ndo_Kflag -> no_verify_cksum, ndo_snapend -> dx->snapend.
 */
#ifndef PTCPDUMP_DECODE_DX_H
#define PTCPDUMP_DECODE_DX_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/opts.h"
#include "../core/pkt.h"
#include "../core/strbuf.h"
#include "decode.h"

#define DX_NAMEBUFS 8
#define DX_NAMEBUF_LEN 1025	/* tcpdump's bittok2str buffer: long flag lists fit */
#define DX_SNAPSTACK 16
#define DX_MAXLAYERS 16

struct dx_tcp_state;	/* print-tcp.c: relative sequence numbers */
struct dx_ike_state;	/* print-isakmp.c: the last IKEv1 initiators */
struct dx_slip_state;	/* print-sl.c: compressed TCP lengths per connection */
struct dx_rx_state;	/* print-rx.c: the last RX calls, to name their replies */
struct dx_nfs_state;	/* print-nfs.c: the recent NFS calls, for their replies */
struct dx_esp_state;	/* print-esp.c: the -E SAs and the decrypted buffers */

struct dx {
	const struct pt_opts *opts;
	const struct pkt *pkt;		/* packet being decoded */
	struct strbuf *out;		/* text sink */
	struct dx_tree *tree;		/* field tree sink, or NULL */
	const uint8_t *pkt_start;	/* pkt->data */
	const uint8_t *snapend;		/* one past the last byte we may read */
	const uint8_t *snap_stack[DX_SNAPSTACK];
	int snap_depth;
	const char *proto;		/* protocol name for " [|proto]" */
	jmp_buf early_end;
	/* rotating scratch strings for tok2str and address strings (per decoder,
	 * valid until DX_NAMEBUFS more are taken) */
	char namebuf[DX_NAMEBUFS][DX_NAMEBUF_LEN];
	unsigned namebuf_idx;
	/* -ttt / -ttttt: tcpdump's (seconds, fraction) pairs, in the printing unit */
	int64_t ts_prev[2];
	int64_t ts_first[2];
	int ts_have_first;
	int64_t ts_cache_sec;		/* default format: "hh:mm:ss" of this second */
	char ts_cache[16];
	struct dx_tcp_state *tcp;
	struct dx_ike_state *ike;
	struct dx_slip_state *slip;
	struct dx_rx_state *rx;
	struct dx_nfs_state *nfs;
	struct dx_esp_state *esp;
	/* print-ppp.c: a frame with its RFC 1662 octet escapes undone; grows
	 * to the largest frame seen, freed by dx__free */
	uint8_t *unesc;
	size_t unesc_cap;
	/* the protocols this packet went through, outermost first (dx_proto) */
	const char *layers[DX_MAXLAYERS];
	unsigned n_layers;
	int tcp_flags;			/* the first TCP header's flags, -1 for none */
	/* dx_tree_only: where the text goes while the tree alone is wanted */
	struct strbuf scratch;
	/* the kept state this packet used, and where dx__packet_as takes it from */
	struct dx_pkt_state state;
	const struct dx_pkt_state *replay;
};

/* value -> name table, ends with { 0, NULL } */
struct tok {
	unsigned v;
	const char *s;
};

/* ---- cursor ---------------------------------------------------------- */

#define DX_NORETURN __attribute__((noreturn))

/* longjmp back to dx__packet(): the packet is truncated here. */
void dx_trunc(struct dx *dx) DX_NORETURN;

/* Are bytes [p, p+n) captured? Written so it cannot overflow. */
static inline int dx_ttest(const struct dx *dx, const void *p, size_t n)
{
	const uint8_t *q = (const uint8_t *)p;

	return q >= dx->pkt_start && q <= dx->snapend && (size_t)(dx->snapend - q) >= n;
}
#define DX_TTEST(dx, p, n) dx_ttest((dx), (p), (n))
#define DX_TTEST_SIZE(dx, p) dx_ttest((dx), (p), sizeof(*(p)))
#define DX_TCHECK(dx, p, n) do { if (!dx_ttest((dx), (p), (n))) dx_trunc(dx); } while (0)

/* bytes captured from p on (0 when p is past the end) */
static inline size_t dx_avail(const struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (q < dx->pkt_start || q >= dx->snapend)
		return 0;
	return (size_t)(dx->snapend - q);
}
#define DX_BYTES_AVAIL(dx, p) dx_avail((dx), (p))

static inline uint8_t dx_u8(struct dx *dx, const void *p)
{
	if (!dx_ttest(dx, p, 1))
		dx_trunc(dx);
	return *(const uint8_t *)p;
}
static inline uint16_t dx_be16(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 2))
		dx_trunc(dx);
	return (uint16_t)(q[0] << 8 | q[1]);
}
static inline uint32_t dx_be24(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 3))
		dx_trunc(dx);
	return (uint32_t)q[0] << 16 | (uint32_t)q[1] << 8 | q[2];
}
static inline uint32_t dx_be32(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 4))
		dx_trunc(dx);
	return (uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 | (uint32_t)q[2] << 8 | q[3];
}
static inline uint64_t dx_be64(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 8))
		dx_trunc(dx);
	return (uint64_t)dx_be32(dx, q) << 32 | dx_be32(dx, q + 4);
}
static inline uint16_t dx_le16(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 2))
		dx_trunc(dx);
	return (uint16_t)(q[1] << 8 | q[0]);
}
static inline uint32_t dx_le32(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 4))
		dx_trunc(dx);
	return (uint32_t)q[3] << 24 | (uint32_t)q[2] << 16 | (uint32_t)q[1] << 8 | q[0];
}
static inline uint64_t dx_le64(struct dx *dx, const void *p)
{
	const uint8_t *q = (const uint8_t *)p;

	if (!dx_ttest(dx, q, 8))
		dx_trunc(dx);
	return (uint64_t)dx_le32(dx, q + 4) << 32 | dx_le32(dx, q);
}
#define GET_U8(dx, p) dx_u8((dx), (p))
#define GET_BE16(dx, p) dx_be16((dx), (p))
#define GET_BE24(dx, p) dx_be24((dx), (p))
#define GET_BE32(dx, p) dx_be32((dx), (p))
#define GET_BE64(dx, p) dx_be64((dx), (p))
#define GET_LE16(dx, p) dx_le16((dx), (p))
#define GET_LE32(dx, p) dx_le32((dx), (p))
#define GET_LE64(dx, p) dx_le64((dx), (p))
/* copy n checked bytes */
void dx_get_bytes(struct dx *dx, void *dst, const void *p, size_t n);
#define GET_CPY_BYTES(dx, dst, p, n) dx_get_bytes((dx), (dst), (p), (n))

/* Narrow the readable area to [.., p+len) like nd_push_snaplen (never widens);
 * pop restores. Returns 0, or -1 when the stack is full (then nothing changes). */
int dx_push_snaplen(struct dx *dx, const uint8_t *p, size_t len);
void dx_pop_snaplen(struct dx *dx);

/* A printer names its protocol on entry, as tcpdump's ndo_protocol: the
 * name " [|proto]" prints, and the next entry of the packet's layer stack. */
static inline void dx_proto(struct dx *dx, const char *name)
{
	dx->proto = name;
	if (dx->n_layers < DX_MAXLAYERS)
		dx->layers[dx->n_layers++] = name;
}

/* ---- text output ----------------------------------------------------- */

void dx_printf(struct dx *dx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static inline void dx_puts(struct dx *dx, const char *s)
{
	strbuf_puts(dx->out, s);
}
static inline void dx_putc(struct dx *dx, char c)
{
	strbuf_putc(dx->out, c);
}
static inline void dx_putu(struct dx *dx, unsigned long long v)
{
	strbuf_putu(dx->out, v);
}
/* " [|proto]" */
void dx_print_trunc(struct dx *dx);
/* " (invalid)" */
void dx_print_invalid(struct dx *dx);
/* Print n packet bytes as tcpdump's nd_printn/nd_printjn (checked; control
 * bytes escaped like fn_print_char). Returns 1 if truncated (nothing longjmps). */
int dx_printn(struct dx *dx, const uint8_t *p, unsigned n);
/* Print the frame at p as link type linktype (an encapsulating link
 * header's inner frame); its link header length, 0 for an unknown type. */
unsigned dx_link_print(struct dx *dx, int linktype, const uint8_t *p, unsigned caplen, unsigned length);

/* Like nd_printjnp: stop at the first NUL. */
void dx_printjnp(struct dx *dx, const uint8_t *p, unsigned n);
/* Like nd_printztn: the string up to its NUL within n bytes and the
 * capture; the bytes taken, NUL included, or 0 when no NUL came first. */
unsigned dx_printztn(struct dx *dx, const uint8_t *p, unsigned n);
/* one character the way tcpdump's fn_print_char does */
void dx_print_char(struct dx *dx, uint8_t c);

/* ---- field tree ------------------------------------------------------ */

void dx_tree_open_(struct dx *dx, const void *p, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void dx_tree_add_(struct dx *dx, const void *p, size_t len, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void dx_tree_close_(struct dx *dx);
/* open a protocol layer spanning [p, p+len); later fields nest under it */
#define DX_LAYER(dx, p, len, ...) do { if ((dx)->tree) dx_tree_open_((dx), (p), (len), __VA_ARGS__); } while (0)
/* open a sub-tree (e.g. "Options") inside a layer; close with DX_LAYER_END */
#define DX_SUBTREE(dx, p, len, ...) DX_LAYER(dx, p, len, __VA_ARGS__)
#define DX_LAYER_END(dx) do { if ((dx)->tree) dx_tree_close_(dx); } while (0)
/* one field spanning [p, p+len) */
#define DX_FIELD(dx, p, len, ...) do { if ((dx)->tree) dx_tree_add_((dx), (p), (len), __VA_ARGS__); } while (0)
/* DX_FIELD cut at end, the end of what holds it: for a printer that reads
 * past a length the packet gives (as tcpdump's do), so fields still nest */
#define DX_FIELD_IN(dx, p, len, end, ...) do { if ((dx)->tree) { \
	const uint8_t *p_ = (const uint8_t *)(p), *e_ = (const uint8_t *)(end); \
	size_t l_ = (len); \
	if (p_ > e_) { p_ = e_; l_ = 0; } else if (l_ > (size_t)(e_ - p_)) l_ = (size_t)(e_ - p_); \
	dx_tree_add_((dx), p_, l_, __VA_ARGS__); } } while (0)
/* With a tree only: the index the next node gets; then change that node's
 * end (to end) or its label once the parse knows them. */
size_t dx_tree_next(const struct dx *dx);
void dx_tree_set_end(struct dx *dx, size_t node, const void *end);
void dx_tree_relabel(struct dx *dx, size_t node, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The text of out from mark on (mark is an earlier out->len), for a label. */
static inline const char *dx_text_since(const struct dx *dx, size_t mark, int *len)
{
	*len = dx->out->len > mark ? (int)(dx->out->len - mark) : 0;
	return *len ? dx->out->buf + mark : "";
}
/*
 * Run fn for the field tree alone: what it prints goes to dx->scratch (fn
 * reads its labels from there), and a truncation ends fn only. For the
 * parts of a packet that the text leaves out at this -v level (tcpdump's
 * DNS shows the authority records only from -vv), so that the tree still
 * shows the whole packet from the printer's one parse.
 */
void dx_tree_only(struct dx *dx, void (*fn)(struct dx *dx, void *arg), void *arg);

/* ---- names ----------------------------------------------------------- */

/* a scratch buffer of DX_NAMEBUF_LEN bytes from the decoder's ring */
char *dx_namebuf(struct dx *dx);
/* tcpdump's tok2str: name, or fmt (e.g. "unknown (%u)") formatted with v */
const char *tok2str(struct dx *dx, const struct tok *t, const char *fmt, unsigned v);
/* name or NULL */
const char *tok2str_or_null(const struct tok *t, unsigned v);
/* tcpdump's bittok2str (", " separated) and bittok2str_nosep ("" separated) */
const char *bittok2str(struct dx *dx, const struct tok *t, const char *fmt, unsigned v);
const char *bittok2str_nosep(struct dx *dx, const struct tok *t, const char *fmt, unsigned v);

/* ---- addresses (addr.c) ---------------------------------------------- */

/* Checked reads of an address from the packet, formatted (or resolved
 * through opts->resolver unless -n). Strings are scratch buffers. */
const char *dx_ipaddr_string(struct dx *dx, const uint8_t *p);
const char *dx_ip6addr_string(struct dx *dx, const uint8_t *p);
const char *dx_etheraddr_string(struct dx *dx, const uint8_t *p);
const char *dx_le64addr_string(struct dx *dx, const uint8_t *p, unsigned len);
/* the same for 4 (16) bytes that are not packet memory (a widened prefix) */
const char *dx_ip4_name(struct dx *dx, const uint8_t *a);
const char *dx_ip6_name(struct dx *dx, const uint8_t *a);
#define GET_IPADDR_STRING(dx, p) dx_ipaddr_string((dx), (p))
#define GET_IP6ADDR_STRING(dx, p) dx_ip6addr_string((dx), (p))
#define GET_ETHERADDR_STRING(dx, p) dx_etheraddr_string((dx), (p))
/* numeric forms, no lookup, of bytes already checked */
void dx_fmt_ip4(char *dst, size_t n, const uint8_t *a);
void dx_fmt_ip6(char *dst, size_t n, const uint8_t *a);
/* port as tcpdump prints it: a service name unless -n */
const char *dx_tcpport_string(struct dx *dx, unsigned port);
const char *dx_udpport_string(struct dx *dx, unsigned port);

/* ---- checksums ------------------------------------------------------- */
/* Internet checksum over checked bytes (caller checked them). */
uint32_t dx_in_cksum_add(uint32_t sum, const uint8_t *p, size_t len);
uint16_t dx_in_cksum_fold(uint32_t sum);

#endif
