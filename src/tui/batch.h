/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: what the capture thread hands to the UI thread: batches of compact records
 *
 * A batch is one allocation holding 8-byte aligned records, written by the
 * capture thread and, once queued, owned by the UI thread (the model keeps
 * batches as its packet store and frees the oldest first). Process and
 * interface descriptions are sent once, as records of their own, before the
 * first packet that refers to them: packets carry small ids, not strings.
 */
#ifndef PTCPDUMP_TUI_BATCH_H
#define PTCPDUMP_TUI_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "../decode/decode.h"	/* struct dx_pkt_state */

struct pkt;
struct proc_ctx;

enum trec_type {
	TREC_PKT = 1,
	TREC_PROC = 2,
	TREC_IFACE = 3,
	TREC_KEYLOG = 4,	/* TLS key log text (a file's DSBs, the traced programs') */
};

struct trec_hdr {
	uint32_t type;		/* enum trec_type */
	uint32_t size;		/* bytes of the record, header included, multiple of 8 */
};

/* protocol class, for colours */
enum tproto {
	TPROTO_OTHER = 0,
	TPROTO_TCP,
	TPROTO_UDP,
	TPROTO_DNS,
	TPROTO_ICMP,
	TPROTO_ARP,
	TPROTO_HTTP,
	TPROTO_TLS,
	TPROTO_N,
};

/*
 * Why a packet has no process (TWHY_NONE for one that has, and when nothing
 * is known): from the packet itself (the kernel's own protocols) and from
 * what the live capture found (enum pkt_noproc).
 */
enum twhy {
	TWHY_NONE = 0,
	TWHY_KERNEL,		/* ARP, ICMP, a TCP reset with no socket: the kernel's */
	TWHY_NO_SOCKET,		/* TCP/UDP with no local socket: forwarded, or a closed port */
	TWHY_OLD_SOCKET,	/* a local socket made before the capture started */
	TWHY_PEER_NS,		/* the sender's socket is in another network namespace */
	TWHY_N,
};

/* The reason for a packet dx decoded last, of protocol class proto, that
 * has no process; noproc is what the capture said (pkt->noproc). */
enum twhy twhy_classify(const struct dx *dx, enum tproto proto, int noproc);
/* "kernel", "no socket", ...: a short name (process pane) */
const char *twhy_name(enum twhy w);
/* the sentence the decode pane shows */
const char *twhy_text(enum twhy w);

#define TPKT_MARKED 0x01
#define TPKT_COUNTED 0x02	/* counted in the process pane: it passed the view filter */

/* key log lines, in order, before the packets they decrypt */
struct trec_keylog {
	struct trec_hdr h;
	uint32_t len;		/* text bytes that follow */
	uint32_t pad;
};

#define TREC_KEYLOG_CHUNK 4096	/* text bytes per record at most */

struct trec_pkt {
	struct trec_hdr h;
	uint64_t ts_ns;
	uint64_t num;		/* number in the source, from 1 */
	uint64_t file_off;	/* a capture file: offset of the data in it (0: not known) */
	uint32_t caplen;
	uint32_t len;
	uint32_t proc_id;	/* 0: no process */
	uint32_t iface_id;	/* TREC_IFACE id */
	uint32_t text_len;	/* unused (0): the model decodes the text when it is shown */
	uint8_t dir;		/* enum pkt_dir */
	uint8_t proto;		/* enum tproto */
	uint8_t flags;		/* TPKT_*: owned by the UI thread */
	uint8_t why;		/* enum twhy, when proc_id is 0 */
	/* what the text's decode took from the decoder's kept state: the
	 * decode pane decodes the packet again from it (dx__packet_as) */
	struct dx_pkt_state dstate;
	/* uint8_t data[caplen] (in a batch; a record filled by model__pkt has none) */
};

static inline const uint8_t *trec_pkt_data(const struct trec_pkt *p)
{
	return (const uint8_t *)(p + 1);
}

/* proc_ctx serialised: the ints, then the 14 strings (present bit set) NUL-terminated */
#define TREC_PROC_NSTR 14
struct trec_proc {
	struct trec_hdr h;
	uint32_t id;		/* from 1 */
	int32_t pid, tid, uid, has_uid, ppid;
	uint32_t present;	/* bit i: string i is there */
	uint32_t pad;
	/* char strings[] */
};

struct trec_iface {
	struct trec_hdr h;
	uint32_t id;		/* from 0, dense */
	int32_t linktype;
	uint32_t snaplen;
	uint32_t src_if_id;	/* the source's if_id */
	/* char name[] ("" when unknown) */
};

struct batch {
	struct batch *next;	/* the model's list of kept batches */
	size_t used;		/* bytes of records in buf */
	size_t cap;
	uint32_t n_pkts;
	uint32_t first_iface;	/* unused padding kept 8-aligned */
	uint8_t buf[];
};

/* caller owns; NULL on ENOMEM. cap is the room for records. */
struct batch *batch__new(size_t cap);
void batch__free(struct batch *b);
/* Room for a record of size bytes (rounded to 8)? Returns a zeroed record or NULL. */
void *batch__add(struct batch *b, uint32_t type, size_t size);
/* Iterate: first record at or after off, NULL at the end; *off moves past it. */
const struct trec_hdr *batch__next(const struct batch *b, size_t *off);

size_t trec_proc_size(const struct proc_ctx *c);
void trec_proc_fill(struct trec_proc *r, uint32_t id, const struct proc_ctx *c);
/* Rebuild a proc_ctx whose strings point into the record (borrowed from r). */
void trec_proc_ctx(const struct trec_proc *r, struct proc_ctx *c);
/* 1 if c describes the same context as the record */
int trec_proc_equal(const struct trec_proc *r, const struct proc_ctx *c);

/* Protocol class of the packet dx decoded last, from its layer stack. */
enum tproto tproto_classify(const struct dx *dx);

#endif
