/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: our own pcap and pcapng readers and writers
 *
 * pcap: microsecond and nanosecond magic, both byte orders.
 * pcapng: SHB (several sections, both byte orders), IDB (if_name, if_tsresol,
 * if_filter, opt_comment, per-interface linktype), EPB (opt_comment,
 * epb_flags direction), SPB, DSB (TLS key log, 0x544c534b); unknown blocks
 * and options are skipped. Process context travels as one opt_comment per
 * context block in upstream ptcpdump's layout (see core/proc.h).
 */
#ifndef PTCPDUMP_CAPTURE_CAPFILE_H
#define PTCPDUMP_CAPTURE_CAPFILE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/pkt.h"
#include "../core/proc.h"

struct capfile_reader;
struct capfile_writer;

struct capfile_iface {
	const char *name;	/* if_name, or NULL */
	int linktype;
	uint32_t snaplen;
	const char *filter;	/* if_filter text, or NULL */
	const char *comment;	/* opt_comment, or NULL */
};

/*
 * Open path ("-" = stdin) and read the file header. On failure returns NULL
 * and writes a one-line message (tcpdump's wording where tcpdump has one,
 * without the "tcpdump: " prefix) into err.
 */
struct capfile_reader *capfile_reader__open(const char *path, char *err, size_t errlen);
/* Same on an open stream; the reader does not close it. */
struct capfile_reader *capfile_reader__fopen(FILE *f, char *err, size_t errlen);
/* Same on a buffer in memory (fuzzing, tests); buf must outlive the reader.
 * A zero-length buffer fails like an empty file. */
struct capfile_reader *capfile_reader__fmemopen(const void *buf, size_t len, char *err,
						size_t errlen);
void capfile_reader__close(struct capfile_reader *r);

/*
 * Next packet. Returns 1 and fills *pkt (everything borrowed until the next
 * call: data, ifname, proc, comment), 0 at a clean end of file, or -1 on a
 * damaged or truncated file (message from capfile_reader__error()).
 * pkt->num counts from 1. Never allocates more than the file's snaplen
 * allows (and at most 256 MiB for one block).
 */
int capfile_reader__next(struct capfile_reader *r, struct pkt *pkt);
const char *capfile_reader__error(const struct capfile_reader *r);
/*
 * Reading a pipe or socket: wait up to timeout_ms (-1 = for ever) until the
 * next record can be read without blocking (it is buffered whole, or the
 * input ended or failed). 1 when it can, 0 when nothing came in time. For a
 * regular file, 1 at once.
 */
int capfile_reader__wait(struct capfile_reader *r, int timeout_ms);
/* 1 when the input is a pipe, socket or terminal */
int capfile_reader__is_stream(const struct capfile_reader *r);

int capfile_reader__is_pcapng(const struct capfile_reader *r);
/* linktype and snaplen of the first interface (pcap: the file header's) */
int capfile_reader__linktype(const struct capfile_reader *r);
uint32_t capfile_reader__snaplen(const struct capfile_reader *r);
/* 1 if the file has nanosecond timestamps (pcap ns magic, if_tsresol 9) */
int capfile_reader__nano(const struct capfile_reader *r);
/* 1 if the file (the current pcapng section) is big-endian */
int capfile_reader__big_endian(const struct capfile_reader *r);
/*
 * Interfaces seen so far (pcapng grows as IDBs are read; pcap has one). The
 * index counts IDBs across all sections: it is what pkt->if_id holds. The
 * returned struct is borrowed until the next capfile_reader__next().
 */
size_t capfile_reader__n_ifaces(const struct capfile_reader *r);
const struct capfile_iface *capfile_reader__iface(const struct capfile_reader *r, size_t i);
/* TLS key log lines collected from DSBs so far (NUL-terminated, may be ""); borrowed */
const char *capfile_reader__keylog(const struct capfile_reader *r, size_t *len);

enum capfile_format {
	CAPFILE_PCAP = 0,
	CAPFILE_PCAPNG = 1,
};

/* The format a -w name asks for: classic pcap when it ends in ".pcap", else pcapng. */
enum capfile_format capfile__format_of(const char *path);

/*
 * Create path ("-" = stdout, flushed per packet). Classic pcap uses the
 * nanosecond magic when nano is set. Returns NULL with a message in err.
 */
struct capfile_writer *capfile_writer__open(const char *path, enum capfile_format fmt, int nano,
					    char *err, size_t errlen);
struct capfile_writer *capfile_writer__fopen(FILE *f, enum capfile_format fmt, int nano, char *err,
					     size_t errlen);
/*
 * Add an interface (pcapng IDB; pcap: only the first counts and fixes the
 * header's linktype and snaplen). Returns the interface id (>= 0) or -errno.
 * name, filter and comment may be NULL.
 */
int capfile_writer__add_iface(struct capfile_writer *w, const struct capfile_iface *ifc);
/* Write one packet on interface id: EPB with epb_flags from pkt->dir and the
 * process comments from pkt->proc (pcap: just the record). 0 or -errno. */
int capfile_writer__write(struct capfile_writer *w, int iface_id, const struct pkt *pkt);
/* --context: write only these process context blocks (PT_CTX_* of
 * core/opts.h; 0, the default, all). */
void capfile_writer__set_context(struct capfile_writer *w, unsigned mask);
/* Queue TLS key log text; written as a DSB before the next packet. */
int capfile_writer__add_keylog(struct capfile_writer *w, const char *text, size_t len);
/*
 * Keep each packet block for ns (of packet time) before it is written, so
 * that key log lines that arrive a little after the packets they decrypt
 * (a TLS library's secrets are read once its handshake is over) still go
 * in a DSB before them. 0 = off (the default). Bounded in bytes.
 */
void capfile_writer__hold(struct capfile_writer *w, uint64_t ns);
/* write the blocks held longer than the hold time by now_ns (a time stamp
 * as the packets'); without hold: capfile_writer__flush */
int capfile_writer__release(struct capfile_writer *w, uint64_t now_ns);
int capfile_writer__flush(struct capfile_writer *w);
/* Bytes written so far (for -C rotation). */
uint64_t capfile_writer__bytes(const struct capfile_writer *w);
/* Flush and close; returns 0 or -errno of the first write error (full disk, closed pipe). */
int capfile_writer__close(struct capfile_writer *w);

/* ---- process comments (core/proc.h layout) --------------------------- */

/*
 * --context: a copy of in with only the blocks of mask (PT_CTX_* of
 * core/opts.h; 0 = all). Without the process block, thread, user and
 * parent go too: in the file they belong to the process, as upstream's.
 */
void proc_ctx_select(const struct proc_ctx *in, unsigned mask, struct proc_ctx *out);

/* Append the opt_comment texts for ctx: calls emit once per context block. */
void capfile_proc_comments(const struct proc_ctx *ctx,
			   void (*emit)(void *arg, const char *text, size_t len), void *arg);

#endif
