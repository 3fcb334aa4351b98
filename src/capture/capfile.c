// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: capture file reader: buffered input, format detection, getters
 *
 * Input is read in large chunks into one growing buffer; records are handed
 * out as pointers into it (borrowed until the next call), so reading costs
 * no per-packet allocation and no per-packet system call.
 */
#include "capfile.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "capfile_int.h"

/* overridable so tests can force constant buffer moves */
#ifndef CAPFILE_IBUF_INITIAL
#define CAPFILE_IBUF_INITIAL (1u << 20)
#endif
#ifndef CAPFILE_IBUF_MIN
#define CAPFILE_IBUF_MIN 4096u
#endif
#define IBUF_INITIAL CAPFILE_IBUF_INITIAL

int cf_buf_reserve(struct cf_buf *b, size_t n)
{
	size_t nc;
	uint8_t *np;

	if (n <= b->cap)
		return 0;
	nc = b->cap ? b->cap : 256;
	while (nc < n) {
		if (nc > SIZE_MAX / 2)
			return -ENOMEM;
		nc *= 2;
	}
	np = realloc(b->p, nc);
	if (!np)
		return -ENOMEM;
	b->p = np;
	b->cap = nc;
	return 0;
}

int cf_buf_append(struct cf_buf *b, const void *data, size_t n)
{
	if (n > SIZE_MAX - b->len - 1 || cf_buf_reserve(b, b->len + n + 1) < 0)
		return -ENOMEM;
	if (n)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = 0;
	return 0;
}

void cf_buf_free(struct cf_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

void cf_err(struct capfile_reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
}

/* read once into the free tail of the buffer; returns bytes, 0 at EOF, -1 on error */
static ssize_t fill_once(struct capfile_reader *r, size_t want)
{
	uint8_t *dst = r->ibuf + r->ilen;
	size_t room = r->icap - r->ilen;
	ssize_t n;

	if (r->fd >= 0) {
		do
			n = read(r->fd, dst, room);
		while (n < 0 && errno == EINTR);
		if (n < 0) {
			cf_err(r, "error reading dump file: %s", strerror(errno));
			return -1;
		}
		return n;
	}
	/* stdio stream (fmemopen, or a caller's stream with buffered data):
	 * ask for exactly what is missing so a pipe never blocks for more */
	if (want > room)
		want = room;
	n = (ssize_t)fread(dst, 1, want, r->f);
	if (n == 0 && ferror(r->f)) {
		cf_err(r, "error reading dump file: %s", strerror(errno ? errno : EIO));
		return -1;
	}
	return n;
}

int cf_need(struct capfile_reader *r, size_t n)
{
	size_t have = r->ilen - r->ipos;

	if (have >= n)
		return 1;
	if (r->ioerr)
		return -1;
	if (r->eof)
		return 0;
	/* move the unread bytes to the front when the tail is too short */
	if (r->icap - r->ipos < n && r->ipos) {
		memmove(r->ibuf, r->ibuf + r->ipos, have);
		r->ilen = have;
		r->ipos = 0;
	}
	while (r->ilen - r->ipos < n) {
		ssize_t got;

		if (r->ilen == r->icap) {
			/* grow only as data really arrives: a lying length
			 * on a short file costs no more than the file */
			size_t nc = r->icap * 2;
			uint8_t *np;

			if (nc > CAPFILE_MAX_BLOCK + 65536)
				nc = CAPFILE_MAX_BLOCK + 65536;
			if (nc <= r->icap) {
				cf_err(r, "out of memory");
				r->ioerr = 1;
				return -1;
			}
			np = realloc(r->ibuf, nc);
			if (!np) {
				cf_err(r, "out of memory");
				r->ioerr = 1;
				return -1;
			}
			r->ibuf = np;
			r->icap = nc;
		}
		got = fill_once(r, n - (r->ilen - r->ipos));
		if (got < 0) {
			r->ioerr = 1;
			return -1;
		}
		if (got == 0) {
			r->eof = 1;
			return 0;
		}
		r->ilen += (size_t)got;
	}
	return 1;
}

int cf_linktype_to_dlt(uint32_t lt)
{
	lt &= 0x03FFFFFF;	/* LT_LINKTYPE: drop the FCS-length bits */
	switch (lt) {
	case 100: return 11;	/* ATM_RFC1483 */
	case 101: return 12;	/* RAW */
	case 102: return 15;	/* SLIP_BSDOS */
	case 103: return 16;	/* PPP_BSDOS */
	case 106: return 19;	/* ATM_CLIP */
	default: return (int)lt;
	}
}

uint32_t cf_dlt_to_linktype(int dlt)
{
	switch (dlt) {
	case 11: return 100;
	case 12: return 101;
	case 14: return 101;	/* DLT_RAW on OpenBSD */
	case 15: return 102;
	case 16: return 103;
	case 19: return 106;
	default: return dlt < 0 ? 0 : (uint32_t)dlt;
	}
}

uint32_t cf_max_snaplen(int dlt)
{
	switch (dlt) {
	case 231: return 128u * 1024 * 1024;	/* DBUS */
	case 279: return 8u * 1024 * 1024;	/* EBHSCR */
	case 249: return 1024u * 1024;		/* USBPCAP */
	default: return CAPFILE_MAX_SNAPLEN;
	}
}

/* bytes the next record (pcap) or block (pcapng) needs in the buffer, as far
 * as the buffered bytes tell; 0 when they hold it whole */
static size_t next_record_short(const struct capfile_reader *r)
{
	const uint8_t *h = r->ibuf + r->ipos;
	size_t have = r->ilen - r->ipos, need;

	if (r->ng) {
		if (have < 12)
			return 12 - have;
		need = cf_le32(h) == BT_SHB ?
			(cf_le32(h + 8) == BOM ? cf_le32(h + 4) : cf_be32(h + 4)) :
			cf_get32(h + 4, r->big);
	} else {
		size_t hlen = 16 + r->rec_extra;

		if (have < hlen)
			return hlen - have;
		need = hlen + cf_get32(h + 8, r->big);
	}
	return have >= need ? 0 : need - have;
}

int capfile_reader__is_stream(const struct capfile_reader *r)
{
	return r->stream > 0;
}

int capfile_reader__wait(struct capfile_reader *r, int timeout_ms)
{
	struct pollfd pfd;
	ssize_t n;

	if (r->stream <= 0 || r->eof || r->ioerr)
		return 1;
	while (next_record_short(r)) {
		if (r->ilen == r->icap)
			return 1;	/* cf_need grows the buffer; let it read */
		pfd.fd = r->fd;
		pfd.events = POLLIN;
		n = poll(&pfd, 1, timeout_ms);
		if (n < 0 && errno == EINTR)
			return 0;
		if (n <= 0)
			return n == 0 ? 0 : 1;
		n = fill_once(r, r->icap - r->ilen);
		if (n <= 0) {
			if (n == 0)
				r->eof = 1;
			else
				r->ioerr = 1;
			return 1;
		}
		r->ilen += (size_t)n;
	}
	return 1;
}

static struct capfile_reader *reader_new(FILE *f, int own, size_t bufsize, char *err,
					 size_t errlen)
{
	struct capfile_reader *r = calloc(1, sizeof(*r));
	int fd;

	if (!r || !(r->ibuf = malloc(bufsize))) {
		free(r);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	r->icap = bufsize;
	r->f = f;
	r->own_f = own;
	r->fd = -1;
	fd = fileno(f);
#ifdef __GLIBC__
	/* raw read() is only safe when stdio holds no bytes of ours */
	if (fd >= 0 && f->_IO_read_ptr == f->_IO_read_end)
		r->fd = fd;
#else
	(void)fd;
#endif
	if (r->fd >= 0) {
		struct stat st;

		r->stream = fstat(r->fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode);
	}
	return r;
}

static struct capfile_reader *reader_start(struct capfile_reader *r, char *err, size_t errlen)
{
	uint8_t magic[4];
	int n, rc;

	n = cf_need(r, 4);
	if (n < 0)
		goto fail;
	if (n == 0) {
		cf_err(r, "truncated dump file; tried to read 4 file header bytes, only got %zu",
		       cf_avail(r));
		goto fail;
	}
	memcpy(magic, cf_ptr(r), 4);
	if (cf_le32(magic) == BT_SHB)
		rc = pcapng_read_header(r);
	else
		rc = pcap_read_header(r, magic);
	if (rc < 0)
		goto fail;
	return r;
fail:
	snprintf(err, errlen, "%s", r->err);
	capfile_reader__close(r);
	return NULL;
}

struct capfile_reader *capfile_reader__fopen(FILE *f, char *err, size_t errlen)
{
	struct capfile_reader *r = reader_new(f, 0, IBUF_INITIAL, err, errlen);

	return r ? reader_start(r, err, errlen) : NULL;
}

struct capfile_reader *capfile_reader__open(const char *path, char *err, size_t errlen)
{
	struct capfile_reader *r;
	struct stat st;
	FILE *f;

	if (strcmp(path, "-") == 0)
		return capfile_reader__fopen(stdin, err, errlen);
	f = fopen(path, "rb");
	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "error reading dump file: %s", strerror(EISDIR));
		fclose(f);
		return NULL;
	}
	r = reader_new(f, 1, IBUF_INITIAL, err, errlen);
	if (!r) {
		fclose(f);
		return NULL;
	}
	return reader_start(r, err, errlen);
}

struct capfile_reader *capfile_reader__fmemopen(const void *buf, size_t len, char *err,
						size_t errlen)
{
	struct capfile_reader *r;
	size_t bufsize;
	FILE *f;

	if (len == 0) {
		/* fmemopen refuses a zero size: an empty file all the same */
		snprintf(err, errlen,
			 "truncated dump file; tried to read 4 file header bytes, only got 0");
		return NULL;
	}
	/* fmemopen wants a non-const buffer but "rb" never writes to it */
	f = fmemopen((void *)(uintptr_t)buf, len, "rb");
	if (!f) {
		snprintf(err, errlen, "fmemopen: %s", strerror(errno));
		return NULL;
	}
	/* small inputs (fuzzing) get a small buffer; it grows as needed */
	bufsize = len < CAPFILE_IBUF_MIN ? CAPFILE_IBUF_MIN : len;
	if (bufsize > IBUF_INITIAL)
		bufsize = IBUF_INITIAL;
	r = reader_new(f, 1, bufsize, err, errlen);
	if (!r) {
		fclose(f);
		return NULL;
	}
	r->fd = -1;
	return reader_start(r, err, errlen);
}

void capfile_reader__close(struct capfile_reader *r)
{
	if (!r)
		return;
	if (r->own_f && r->f)
		fclose(r->f);
	pcapng_reader_free(r);
	free(r->ibuf);
	free(r);
}

int capfile_reader__next(struct capfile_reader *r, struct pkt *pkt)
{
	int rc;

	if (r->ioerr)
		return -1;
	rc = r->ng ? pcapng_read_next(r, pkt) : pcap_read_next(r, pkt);
	if (rc < 0) {
		r->ioerr = 1;
		return -1;
	}
	if (rc > 0)
		pkt->num = ++r->num;
	return rc;
}

const char *capfile_reader__error(const struct capfile_reader *r)
{
	return r->err[0] ? r->err : "unknown error";
}

int capfile_reader__is_pcapng(const struct capfile_reader *r)
{
	return r->ng;
}

int capfile_reader__linktype(const struct capfile_reader *r)
{
	return r->ng ? r->first_lt : r->lt;
}

uint32_t capfile_reader__snaplen(const struct capfile_reader *r)
{
	return r->ng ? r->first_snap : r->snaplen;
}

int capfile_reader__nano(const struct capfile_reader *r)
{
	return r->nano;
}

int capfile_reader__big_endian(const struct capfile_reader *r)
{
	return r->big;
}

size_t capfile_reader__n_ifaces(const struct capfile_reader *r)
{
	return r->ng ? r->n_ifs : 1;
}

const struct capfile_iface *capfile_reader__iface(const struct capfile_reader *r, size_t i)
{
	if (!r->ng)
		return i == 0 ? &r->pcap_if : NULL;
	return i < r->n_ifs ? &r->ifs[i].pub : NULL;
}

const char *capfile_reader__keylog(const struct capfile_reader *r, size_t *len)
{
	*len = r->keylog.p ? r->keylog.len : 0;
	return r->keylog.p ? (const char *)r->keylog.p : "";
}
