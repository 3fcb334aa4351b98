/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: public API of the decoder: packet bytes in, tcpdump text and a field tree out */
#ifndef PTCPDUMP_DECODE_DECODE_H
#define PTCPDUMP_DECODE_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "../core/opts.h"
#include "../core/pkt.h"
#include "../core/strbuf.h"

struct dx;

/*
 * Field tree: nodes in pre-order, each with its depth, so a viewer can fold
 * and unfold. off/len are byte offsets into the packet's data, so a hex view
 * can highlight them. Labels live in the labels buffer (label_off).
 */
struct dx_node {
	uint32_t off;
	uint32_t len;
	uint32_t label_off;
	uint16_t depth;
	uint16_t is_layer;	/* a protocol layer (top-level heading) */
	const char *proto;	/* a layer's or sub-tree's printer (dx__layers name); NULL for fields */
};

struct dx_tree {
	struct dx_node *nodes;
	size_t n;
	size_t cap;
	struct strbuf labels;
	int depth;		/* current nesting while decoding */
};

void dx_tree_init(struct dx_tree *t);
void dx_tree_free(struct dx_tree *t);
static inline const char *dx_tree_label(const struct dx_tree *t, const struct dx_node *n)
{
	return t->labels.buf + n->label_off;
}

/*
 * What one packet's decode took from the state kept across packets: the
 * initial sequence numbers of its TCP connection (relative numbers), for
 * each TCP header it printed (an ICMP error may quote one more). A viewer
 * keeps it with the packet's text, and decodes the packet again from it
 * (dx__packet_as) to get a field tree with the very numbers the text has.
 * An NFS reply keeps the call it was paired with.
 */
#define DX_STATE_TCP 2
struct dx_pkt_state {
	uint8_t n_tcp;			/* TCP headers recorded */
	uint8_t tcp_flags[DX_STATE_TCP];	/* DX_TCP_* */
	uint8_t ike_side;		/* IKEv1: 'I', 'R' or '?' as printed; 0 for none */
	uint8_t rx_reply;		/* RX: 1 a reply to a known call, 2 not; 0 no lookup */
	uint8_t nfs_found;		/* an NFS reply's call was found: */
	uint8_t pad[2];
	uint32_t tcp_seq[DX_STATE_TCP];	/* the connection's numbers after this packet */
	uint32_t tcp_ack[DX_STATE_TCP];
	uint32_t nfs_proc;		/* ... its procedure and version */
	uint32_t nfs_vers;
	uint32_t rx_op;			/* RX: that call's opcode */
};
#define DX_TCP_FOUND 0x1	/* a table entry was used (else: absolute numbers) */
#define DX_TCP_CREATED 0x2	/* this packet (re)started the connection */

/* caller owns; opts are borrowed for the decoder's lifetime. NULL on ENOMEM. */
struct dx *dx__new(const struct pt_opts *opts);
void dx__free(struct dx *dx);

/* Forget state kept across packets (TCP relative sequence numbers, IKEv1
 * initiators, RX calls). */
void dx__reset(struct dx *dx);

/*
 * Decode one packet: append to out the text tcpdump prints after the
 * timestamp (link-layer printer first, -e honoured), with no trailing
 * newline and no hex dump. When tree is not NULL it is reset and filled
 * from the same parse. Returns the link-layer header length (for -x).
 */
unsigned dx__packet(struct dx *dx, const struct pkt *pkt, struct strbuf *out, struct dx_tree *tree);

/* The state the last dx__packet/dx__packet_as used (valid until the next). */
const struct dx_pkt_state *dx__packet_state(const struct dx *dx);

/* dx__packet, with the kept state taken from st (dx__packet_state of an
 * earlier decode of this packet) instead of dx's own, which stays as it is. */
unsigned dx__packet_as(struct dx *dx, const struct pkt *pkt, const struct dx_pkt_state *st,
		       struct strbuf *out, struct dx_tree *tree);

/* The protocols the last packet went through, outermost first, as the
 * printers name them (tcpdump's ndo_protocol: "ether", "ip", "tcp",
 * "domain", ...; a name may repeat); returns how many. Valid until the
 * next decode. */
unsigned dx__layers(const struct dx *dx, const char *const **names);
/* The flags byte of the first TCP header the last packet had, -1 for none. */
int dx__tcp_flags(const struct dx *dx);

/* Append the -x/-xx/-X/-XX/-A/-AA dump tcpdump prints after a packet's text,
 * (nothing when none of those flags is set). hdrlen is dx__packet's result. */
void dx__dump(struct dx *dx, const struct pkt *pkt, unsigned hdrlen, struct strbuf *out);

/* Append the timestamp as tcpdump prints it for opts->ts_format, with the
 * trailing space (nothing for -t), from pkt->ts_ns and pkt->ts_carry. Keeps the
 * previous/first time for -ttt/-ttttt. */
void dx__timestamp(struct dx *dx, const struct pkt *pkt, struct strbuf *out);

/* Is there a printer for this linktype? */
int dx__linktype_supported(int linktype);
/* The i-th link type the decoder knows (i from 0); -1 past the last. */
int dx__linktype_at(size_t i);

#endif
