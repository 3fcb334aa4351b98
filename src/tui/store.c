// SPDX-License-Identifier: GPL-2.0
/* \summary: the packet store: mapped index file + the capture file or pcapng spool segments */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "../capture/capfile.h"
#include "../core/pkt.h"

#define STORE_MAX_SEGS 32		/* the spool is cut in this many segments at least */
#define STORE_MIN_SEG (64u * 1024)	/* bytes of a segment at least */
#define STORE_FILE_CAP0 (1u << 16)	/* file mode: first index capacity (entries) */
#define STORE_SPOOL_MAX_IDX (1ull << 24)	/* spool: index entries at most */
#define STORE_EPB_HDR 28		/* EPB bytes before the packet data */
#define STORE_MAX_IFACES 4096u

struct seg {
	int rfd;			/* read side */
	struct capfile_writer *w;	/* the newest segment only */
	char *path;			/* while the writer has it open (unlinked once open) */
	uint64_t base;			/* logical offset of its byte 0 */
	uint64_t size;			/* bytes (the newest: as the writer counts) */
	uint64_t first_seq;		/* its first packet */
};

struct siface {
	int linktype;
	uint32_t snaplen;
	char *name;
};

struct store {
	struct store_opts o;
	/* index: entry of seq at map[seq & (cap - 1)] */
	int ifd;
	struct sidx *map;
	uint64_t cap;
	uint64_t first, end, dropped;
	/* file mode */
	int dfd;
	/* spool mode */
	int spool;
	char dir[512];
	uint64_t seg_max;
	struct seg segs[STORE_MAX_SEGS + 1];
	size_t n_segs;
	int dirty;			/* the newest writer has unflushed bytes */
	struct siface *ifaces;
	size_t n_ifaces;
	unsigned seq_name;
};

void sidx_pack(struct sidx *e, uint64_t off, uint32_t iface, unsigned dir, unsigned proto,
	       unsigned flags, uint32_t state)
{
	e->off = (off & SIDX_OFF_MASK) | (uint64_t)(iface & 0xffff) << 48;
	if (state > SIDX_MAX_STATE)
		state = 0;
	e->meta = (dir & 3) | (proto & 15) << 2 | (flags & 3) << 6 | state << 8;
}

static const char *tmp_dir(const char *dir)
{
	const char *t = dir && *dir ? dir : getenv("TMPDIR");

	return t && *t ? t : "/tmp";
}

uint64_t store__default_spool_size(const char *dir)
{
	uint64_t ten_m = 10000000ull * 256, tenth;
	struct statvfs sv;

	if (statvfs(tmp_dir(dir), &sv) < 0)
		return ten_m;
	tenth = (uint64_t)sv.f_bavail * sv.f_frsize / 10;
	if (tenth < 4u * STORE_MIN_SEG)
		tenth = 4u * STORE_MIN_SEG;
	return tenth < ten_m ? tenth : ten_m;
}

/* a new file in the store's directory, unlinked at once (path kept when keep) */
static int tmp_file(struct store *s, char *path, size_t len, int keep)
{
	int fd;

	snprintf(path, len, "%s/ptcpdump-top-%ld-%u-XXXXXX", s->dir, (long)getpid(),
		 s->seq_name++);
	fd = mkostemp(path, O_CLOEXEC);
	if (fd >= 0 && !keep)
		unlink(path);
	return fd;
}

static int idx_map(struct store *s, uint64_t cap)
{
	void *p;

	if (ftruncate(s->ifd, (off_t)(cap * sizeof(struct sidx))) < 0)
		return -errno;
	if (s->map)
		p = mremap(s->map, s->cap * sizeof(struct sidx), cap * sizeof(struct sidx),
			   MREMAP_MAYMOVE);
	else
		p = mmap(NULL, cap * sizeof(struct sidx), PROT_READ | PROT_WRITE, MAP_SHARED,
			 s->ifd, 0);
	if (p == MAP_FAILED)
		return -errno;
	s->map = p;
	s->cap = cap;
	return 0;
}

static void seg_close(struct seg *g)
{
	if (g->w)
		capfile_writer__close(g->w);
	if (g->path) {
		unlink(g->path);
		free(g->path);
	}
	if (g->rfd >= 0)
		close(g->rfd);
	memset(g, 0, sizeof(*g));
	g->rfd = -1;
}

/* start a segment: SHB and every interface known so far */
static int seg_new(struct store *s)
{
	struct seg *g = &s->segs[s->n_segs], *prev = s->n_segs ? &s->segs[s->n_segs - 1] : NULL;
	char path[600], err[256];
	size_t i;
	int fd;

	if (prev && prev->w) {
		capfile_writer__flush(prev->w);
		prev->size = capfile_writer__bytes(prev->w);
		capfile_writer__close(prev->w);
		prev->w = NULL;
		s->dirty = 0;
	}
	memset(g, 0, sizeof(*g));
	fd = tmp_file(s, path, sizeof(path), 1);
	if (fd < 0)
		return -errno;
	g->rfd = fd;
	g->w = capfile_writer__open(path, CAPFILE_PCAPNG, 1, err, sizeof(err));
	unlink(path);
	if (!g->w) {
		close(fd);
		g->rfd = -1;
		return -EIO;
	}
	capfile_writer__set_context(g->w, 0);
	g->base = prev ? prev->base + prev->size : 0;
	g->first_seq = s->end;
	for (i = 0; i < s->n_ifaces; i++) {
		struct capfile_iface ifc = { .name = s->ifaces[i].name,
					     .linktype = s->ifaces[i].linktype,
					     .snaplen = s->ifaces[i].snaplen };

		if (capfile_writer__add_iface(g->w, &ifc) < 0) {
			seg_close(g);
			return -EIO;
		}
	}
	s->n_segs++;
	return 0;
}

struct store *store__open(const struct store_opts *o, char *err, size_t errlen)
{
	struct store *s = calloc(1, sizeof(*s));
	char path[600];
	int rc;

	if (!s) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	s->o = *o;
	s->ifd = -1;
	s->dfd = -1;
	snprintf(s->dir, sizeof(s->dir), "%s", tmp_dir(o->dir));
	s->ifd = tmp_file(s, path, sizeof(path), 0);
	if (s->ifd < 0) {
		snprintf(err, errlen, "cannot create the packet index in %s: %s", s->dir,
			 strerror(errno));
		goto fail;
	}
	if (o->path) {
		s->dfd = open(o->path, O_RDONLY | O_CLOEXEC);
		if (s->dfd < 0) {
			snprintf(err, errlen, "%s: %s", o->path, strerror(errno));
			goto fail;
		}
		rc = idx_map(s, STORE_FILE_CAP0);
	} else {
		uint64_t n = 1024;

		s->spool = 1;
		if (!s->o.spool_size)
			s->o.spool_size = store__default_spool_size(o->dir);
		s->seg_max = s->o.spool_size / STORE_MAX_SEGS;
		if (s->seg_max < STORE_MIN_SEG)
			s->seg_max = STORE_MIN_SEG;
		/* an EPB is 32 bytes at least */
		while (n < s->o.spool_size / 32 && n < STORE_SPOOL_MAX_IDX)
			n *= 2;
		rc = idx_map(s, n);
		if (rc == 0)
			rc = seg_new(s);
	}
	if (rc < 0) {
		snprintf(err, errlen, "cannot create the packet store in %s: %s", s->dir,
			 strerror(-rc));
		goto fail;
	}
	return s;
fail:
	store__close(s);
	return NULL;
}

void store__close(struct store *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->n_segs; i++)
		seg_close(&s->segs[i]);
	for (i = 0; i < s->n_ifaces; i++)
		free(s->ifaces[i].name);
	free(s->ifaces);
	if (s->map)
		munmap(s->map, s->cap * sizeof(struct sidx));
	if (s->ifd >= 0)
		close(s->ifd);
	if (s->dfd >= 0)
		close(s->dfd);
	free(s);
}

int store__is_spool(const struct store *s)
{
	return s->spool;
}

int store__add_iface(struct store *s, uint32_t id, int linktype, uint32_t snaplen,
		     const char *name)
{
	struct seg *g;

	if (!s->spool)
		return 0;
	if (id >= STORE_MAX_IFACES)
		return -EINVAL;
	while (s->n_ifaces <= id) {
		struct siface *ni = realloc(s->ifaces, (s->n_ifaces + 1) * sizeof(*ni));
		struct capfile_iface ifc = { .linktype = linktype, .snaplen = snaplen };
		int last = s->n_ifaces == id;

		if (!ni)
			return -ENOMEM;
		s->ifaces = ni;
		/* a gap (an id re-sent out of order) is filled with this one's link type */
		ni[s->n_ifaces].linktype = linktype;
		ni[s->n_ifaces].snaplen = snaplen;
		ni[s->n_ifaces].name = last && name && *name ? strdup(name) : NULL;
		ifc.name = ni[s->n_ifaces].name;
		s->n_ifaces++;
		g = &s->segs[s->n_segs - 1];
		if (capfile_writer__add_iface(g->w, &ifc) < 0)
			return -EIO;
		s->dirty = 1;
	}
	return 0;
}

/* drop the oldest segment and its packets */
static void drop_oldest(struct store *s)
{
	uint64_t to = s->n_segs > 1 ? s->segs[1].first_seq : s->end;

	for (; s->first < to; s->first++) {
		if (s->o.on_drop)
			s->o.on_drop(s->o.arg, s->first, &s->map[s->first & (s->cap - 1)]);
		s->dropped++;
	}
	if (s->n_segs > 1) {
		seg_close(&s->segs[0]);
		memmove(&s->segs[0], &s->segs[1], (s->n_segs - 1) * sizeof(s->segs[0]));
		s->n_segs--;
	}
}

uint64_t store__disk(const struct store *s)
{
	const struct seg *g;

	if (!s->spool || !s->n_segs)
		return 0;
	g = &s->segs[s->n_segs - 1];
	return g->base + (g->w ? capfile_writer__bytes(g->w) : g->size) - s->segs[0].base;
}

int64_t store__append(struct store *s, const struct sidx *e, const uint8_t *data)
{
	struct sidx *d;
	int rc;

	if (!s->spool) {
		if (s->end - s->first == s->cap && (rc = idx_map(s, s->cap * 2)) < 0)
			return rc;
		d = &s->map[s->end & (s->cap - 1)];
		*d = *e;
		return (int64_t)s->end++;
	} else {
		struct seg *g = &s->segs[s->n_segs - 1];
		uint64_t before = capfile_writer__bytes(g->w), need = 32 + ((e->caplen + 3u) & ~3u);
		struct pkt p;
		uint32_t ifx = sidx_iface(e);

		if (ifx >= s->n_ifaces || need > s->o.spool_size / 2)
			return -EINVAL;
		if (before + need > s->seg_max && s->end > g->first_seq) {
			if (s->n_segs == STORE_MAX_SEGS + 1)
				drop_oldest(s);
			if ((rc = seg_new(s)) < 0)
				return rc;
			g = &s->segs[s->n_segs - 1];
			before = capfile_writer__bytes(g->w);
		}
		while (s->n_segs > 1 &&
		       (store__disk(s) + need > s->o.spool_size || s->end - s->first == s->cap))
			drop_oldest(s);
		if (s->end - s->first == s->cap)
			drop_oldest(s);	/* one segment holds the whole index: start again */
		memset(&p, 0, sizeof(p));
		p.ts_ns = e->ts_ns;
		p.caplen = e->caplen;
		p.len = e->len;
		p.dir = (int)sidx_dir(e);
		p.data = data;
		if (capfile_writer__write(g->w, (int)ifx, &p) < 0)
			return -EIO;
		s->dirty = 1;
		d = &s->map[s->end & (s->cap - 1)];
		*d = *e;
		d->off = ((g->base + before + STORE_EPB_HDR) & SIDX_OFF_MASK) | (e->off & ~SIDX_OFF_MASK);
		return (int64_t)s->end++;
	}
}

int store__flush(struct store *s)
{
	if (!s->spool || !s->dirty)
		return 0;
	s->dirty = 0;
	return capfile_writer__flush(s->segs[s->n_segs - 1].w);
}

uint64_t store__first(const struct store *s)
{
	return s->first;
}

uint64_t store__end(const struct store *s)
{
	return s->end;
}

uint64_t store__dropped(const struct store *s)
{
	return s->dropped;
}

uint64_t store__spool_size(const struct store *s)
{
	return s->spool ? s->o.spool_size : 0;
}

struct sidx *store__idx(const struct store *s, uint64_t seq)
{
	if (seq < s->first || seq >= s->end)
		return NULL;
	return &s->map[seq & (s->cap - 1)];
}

long store__read(struct store *s, uint64_t seq, uint8_t *buf, size_t cap)
{
	const struct sidx *e = store__idx(s, seq);
	uint64_t off;
	size_t n;
	ssize_t got;
	int fd = s->dfd;

	if (!e)
		return -ENOENT;
	off = sidx_off(e);
	n = e->caplen < cap ? e->caplen : cap;
	if (s->spool) {
		size_t i;

		store__flush(s);
		for (i = s->n_segs; i > 0 && s->segs[i - 1].base > off; i--)
			;
		if (!i)
			return -ENOENT;
		fd = s->segs[i - 1].rfd;
		off -= s->segs[i - 1].base;
	}
	do
		got = pread(fd, buf, n, (off_t)off);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		return -errno;
	return got == (ssize_t)n ? (long)n : -EIO;
}
