/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: internals shared by the pcap/pcapng readers and writers
 *
 * Not a public header: only src/capture/capfile*.c, pcap*.c and
 * proc_comment.c include it.
 */
#ifndef PTCPDUMP_CAPTURE_CAPFILE_INT_H
#define PTCPDUMP_CAPTURE_CAPFILE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "capfile.h"
#include "../core/pkt.h"
#include "../core/proc.h"

/* one pcapng block (or pcap record) is never bigger than this */
#define CAPFILE_MAX_BLOCK (256u * 1024 * 1024)
/* libpcap's MAXIMUM_SNAPLEN */
#define CAPFILE_MAX_SNAPLEN 262144u
/* bounds on what a hostile file can make us keep across packets */
#define CAPFILE_MAX_IFACES 65536u
#define CAPFILE_MAX_KEYLOG (64u * 1024 * 1024)
/* interface names, filters and comments kept, all IDBs together */
#define CAPFILE_MAX_IFSTR (16u * 1024 * 1024)

/* growable byte buffer reused across packets */
struct cf_buf {
	uint8_t *p;
	size_t len;
	size_t cap;
};

int cf_buf_reserve(struct cf_buf *b, size_t n);
int cf_buf_append(struct cf_buf *b, const void *data, size_t n);
void cf_buf_free(struct cf_buf *b);

/* parsed process comments of one packet: strings point into store */
struct cf_proc {
	struct proc_ctx ctx;
	struct cf_buf store;
	struct cf_buf extra;	/* comments that are not process info, joined by '\n' */
	int has_proc;
};

struct cf_iface {
	struct capfile_iface pub;
	char *name;
	char *filter;
	char *comment;
	uint64_t ts_div;	/* ticks per second when a power of 10 ... */
	int ts_pow2;		/* ... or 2^ts_shift ticks per second */
	unsigned ts_shift;
	uint64_t ts_per_sec;
	int64_t ts_offset;	/* if_tsoffset, seconds */
};

/* pcapng: the section header block's type, and its byte-order magic */
#define BT_SHB 0x0A0D0D0Au
#define BOM 0x1A2B3C4Du

struct capfile_reader {
	FILE *f;
	int own_f;
	int fd;			/* fileno(f) when raw read() is safe, else -1 */
	int stream;		/* fd is a pipe, socket or terminal: reads can block */
	/* input buffer: bytes [ipos, ilen) are unread */
	uint8_t *ibuf;
	size_t ipos, ilen, icap;
	int eof;
	int ioerr;
	uint64_t off;		/* file offset of ibuf[ipos] */

	int ng;			/* pcapng */
	int big;		/* the file (section) is big-endian */
	int nano;
	int first_lt;		/* DLT of the first interface */
	uint32_t first_snap;

	/* classic pcap */
	int lt;
	uint32_t snaplen;	/* libpcap-adjusted snapshot */
	uint32_t rec_extra;	/* Kuznetzov patched header: 8 more bytes */
	uint64_t ts_mul;	/* 1000 for usec, 1 for nsec */
	int lengths_swapped;	/* 0 no, 1 maybe (2.3), 2 yes (< 2.3) */
	struct capfile_iface pcap_if;

	/* pcapng: interfaces of the current section */
	struct cf_iface *ifs;
	size_t n_ifs, cap_ifs;
	size_t if_base;		/* index of the section's first IDB in ifs */
	size_t if_str;		/* bytes of IDB strings kept */
	struct cf_buf keylog;
	struct cf_proc proc;

	uint64_t num;
	char err[256];
};

/* ---- buffered input (capfile.c) ---- */

/*
 * Make n bytes available at r->ibuf + r->ipos. Returns 1, or 0 when the file
 * ends first (r->ilen - r->ipos bytes are there), or -1 on a read error
 * (message set).
 */
int cf_need(struct capfile_reader *r, size_t n);
static inline const uint8_t *cf_ptr(const struct capfile_reader *r)
{
	return r->ibuf + r->ipos;
}
static inline size_t cf_avail(const struct capfile_reader *r)
{
	return r->ilen - r->ipos;
}
static inline void cf_skip(struct capfile_reader *r, size_t n)
{
	r->ipos += n;
	r->off += n;
}
void cf_err(struct capfile_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline uint32_t cf_le32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint32_t cf_be32(const uint8_t *p)
{
	return (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
}

/* big = 0: little-endian file; big = 1: big-endian file */
static inline uint32_t cf_get32(const uint8_t *p, int big)
{
	return big ? cf_be32(p) : cf_le32(p);
}

static inline uint16_t cf_get16(const uint8_t *p, int big)
{
	return big ? (uint16_t)(p[0] << 8 | p[1]) : (uint16_t)(p[0] | p[1] << 8);
}

static inline uint64_t cf_get64(const uint8_t *p, int big)
{
	return big ? (uint64_t)cf_be32(p) << 32 | cf_be32(p + 4)
		   : (uint64_t)cf_le32(p + 4) << 32 | cf_le32(p);
}

/* LINKTYPE_ <-> DLT_ for the values that differ on Linux */
int cf_linktype_to_dlt(uint32_t lt);
uint32_t cf_dlt_to_linktype(int dlt);
/* libpcap's max_snaplen_for_dlt() */
uint32_t cf_max_snaplen(int dlt);

/* ---- formats ---- */
int pcap_read_header(struct capfile_reader *r, const uint8_t magic[4]);
int pcap_read_next(struct capfile_reader *r, struct pkt *pkt);
int pcapng_read_header(struct capfile_reader *r);
int pcapng_read_next(struct capfile_reader *r, struct pkt *pkt);
void pcapng_reader_free(struct capfile_reader *r);

/* ---- process comments (proc_comment.c) ---- */
void cf_proc_reset(struct cf_proc *p);
/* take one opt_comment; returns 0 or -ENOMEM */
int cf_proc_add_comment(struct cf_proc *p, const char *text, size_t len);
/* fix up string pointers once every comment of the packet is in */
void cf_proc_finish(struct cf_proc *p);
void cf_proc_free(struct cf_proc *p);

#endif
