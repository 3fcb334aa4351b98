/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: ptcpdump-top's packet store: a compact index in a mapped file,
 * the packet bytes in the capture file itself or in a spool. No curses.
 *
 * Every packet gets a seq (0, 1, ...) and one 32-byte index entry. The
 * entries live in a file mapped shared (unlinked at once, so nothing is
 * left behind whatever way the program ends): the kernel may write them
 * out and drop them, they are not anonymous memory.
 *
 * The bytes of a packet are read back (pread) when asked for:
 * - file mode (-r FILE that can be read again): from the file, at the
 *   offset the reader found the packet's data at;
 * - spool mode (live capture, -r -): from pcapng segment files written
 *   here (unlinked at once too). Beyond the spool size the oldest segment
 *   is dropped with its packets (counted, and told through on_drop first).
 */
#ifndef PTCPDUMP_TUI_STORE_H
#define PTCPDUMP_TUI_STORE_H

#include <stddef.h>
#include <stdint.h>

struct store;

/* one packet, 32 bytes */
struct sidx {
	uint64_t ts_ns;
	uint64_t off;		/* bits 0-47: data offset in the file or spool; 48-63: interface id */
	uint32_t len, caplen;
	uint32_t proc_id;	/* SIDX_NOPROC | enum twhy: no process */
	uint32_t meta;		/* bits 0-1 dir, 2-5 proto class, 6-7 flags, 8-31 decoder state id */
};

#define SIDX_OFF_MASK ((1ull << 48) - 1)
#define SIDX_NOPROC 0xff000000u
#define SIDX_MAX_STATE ((1u << 24) - 1)

static inline uint64_t sidx_off(const struct sidx *e)
{
	return e->off & SIDX_OFF_MASK;
}
static inline uint32_t sidx_iface(const struct sidx *e)
{
	return (uint32_t)(e->off >> 48);
}
static inline unsigned sidx_dir(const struct sidx *e)
{
	return e->meta & 3;
}
static inline unsigned sidx_proto(const struct sidx *e)
{
	return (e->meta >> 2) & 15;
}
static inline unsigned sidx_flags(const struct sidx *e)
{
	return (e->meta >> 6) & 3;
}
static inline uint32_t sidx_state(const struct sidx *e)
{
	return e->meta >> 8;
}
static inline void sidx_set_flags(struct sidx *e, unsigned flags)
{
	e->meta = (e->meta & ~(3u << 6)) | (flags & 3) << 6;
}
/* fill the packed fields */
void sidx_pack(struct sidx *e, uint64_t off, uint32_t iface, unsigned dir, unsigned proto,
	       unsigned flags, uint32_t state);

struct store_opts {
	const char *path;	/* file mode: the capture file to read again; NULL: spool */
	const char *dir;	/* where the index (and spool) files go: NULL = $TMPDIR or /tmp */
	uint64_t spool_size;	/* spool bytes at most (0: store__default_spool_size) */
	/* told before the packet seq is dropped from the spool */
	void (*on_drop)(void *arg, uint64_t seq, const struct sidx *e);
	void *arg;
};

/* enough for 10M packets of 256 bytes, or a tenth of the free space in dir, whichever is less */
uint64_t store__default_spool_size(const char *dir);

/* NULL with a message */
struct store *store__open(const struct store_opts *o, char *err, size_t errlen);
void store__close(struct store *s);
int store__is_spool(const struct store *s);

/* spool: an interface (ids dense from 0; the same id again is ignored) */
int store__add_iface(struct store *s, uint32_t id, int linktype, uint32_t snaplen,
		     const char *name);
/*
 * Add a packet: file mode takes e as it is (its offset is where the data
 * is in the file); spool mode writes data (e->caplen bytes) and sets the
 * offset. Returns its seq, or -errno (nothing added).
 */
int64_t store__append(struct store *s, const struct sidx *e, const uint8_t *data);
/* spool: write out what is buffered (before the bytes are read back) */
int store__flush(struct store *s);

uint64_t store__first(const struct store *s);	/* oldest seq kept */
uint64_t store__end(const struct store *s);	/* one past the newest */
uint64_t store__dropped(const struct store *s);
uint64_t store__disk(const struct store *s);	/* spool bytes held */
uint64_t store__spool_size(const struct store *s);
/* the index entry (writable: flags), NULL when gone; valid until the next store__append */
struct sidx *store__idx(const struct store *s, uint64_t seq);
/* read the packet's bytes (at most cap); the count, or -errno */
long store__read(struct store *s, uint64_t seq, uint8_t *buf, size_t cap);

#endif
