// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: pcap and pcapng writers
 *
 * pcap: draft-ietf-opsawg-pcap, host byte order (little-endian here), usec
 * or nsec magic. pcapng: draft-ietf-opsawg-pcapng, laid out as upstream
 * ptcpdump writes it: SHB (shb_hardware, shb_os, shb_userappl), one IDB per
 * interface (if_name, if_tsresol 9, if_filter, if_os, opt_comment), EPBs with one
 * opt_comment per process context block and epb_flags, and DSBs with TLS
 * key log lines written before the next packet. Blocks are padded to 4.
 *
 * Output goes through our own buffer straight to the file descriptor, so
 * every write is checked (ENOSPC, EPIPE), EINTR and short writes are
 * retried, and "-" (stdout) is flushed after every packet.
 */
#include "capfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "capfile_int.h"

#ifndef PTCPDUMP_VERSION
#define PTCPDUMP_VERSION "0"
#endif

#define OBUF_FLUSH (256u * 1024)
/* packets this long are written from where they are (writev), not copied
 * into out: one more system call costs less than copying them */
#define DIRECT_MIN (32u * 1024)
#define OPT_MAX 65532u	/* longest option value we write (fits u16, stays aligned) */

struct capfile_writer {
	int fd;
	int own_fd;
	FILE *f;		/* fopen variant without a file descriptor */
	int flush_each;
	enum capfile_format fmt;
	int nano;
	int err;		/* first -errno, sticky */
	struct cf_buf out;
	uint64_t bytes;
	int n_ifs;
	int hdr_done;		/* pcap file header written */
	struct cf_buf keylog;	/* pending DSB text */
	struct cf_buf opts;	/* scratch for EPB options */
	unsigned context;	/* --context: PT_CTX_* blocks written, 0 = all */
	/* the comment options made for recent process contexts (proc_ctx.stamp),
	 * direct-mapped: formatting them per packet cost more than the rest */
	struct ctx_opts { const struct proc_ctx *key; unsigned long stamp; struct cf_buf b; }
		ctx_opts[64];
	/* capfile_writer__hold: packet blocks kept in out for a while, so
	 * that key log lines arriving just after a handshake still go before it */
	uint64_t hold_ns;
	struct held { size_t start, end; uint64_t ts; } *held;	/* FIFO, oldest first */
	size_t n_held, cap_held;
	uint64_t newest;	/* newest held time stamp */
};

#define HOLD_MAX_BYTES (32u << 20)	/* held packet bytes beyond which the oldest go */

static void put16(struct cf_buf *b, uint16_t v)
{
	uint8_t x[2] = { (uint8_t)v, (uint8_t)(v >> 8) };

	cf_buf_append(b, x, 2);
}

static void put32(struct cf_buf *b, uint32_t v)
{
	uint8_t x[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };

	cf_buf_append(b, x, 4);
}

static void pad4(struct cf_buf *b)
{
	static const uint8_t zero[4];

	if (b->len % 4)
		cf_buf_append(b, zero, 4 - b->len % 4);
}

/* one option: code, length, value, padding */
static void put_opt(struct cf_buf *b, uint16_t code, const void *v, size_t len)
{
	if (len > OPT_MAX)
		len = OPT_MAX;
	put16(b, code);
	put16(b, (uint16_t)len);
	cf_buf_append(b, v, len);
	pad4(b);
}

/* little-endian stores into reserved space (the file's byte order) */
static uint8_t *st32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
	return p + 4;
}

/* room for n more bytes in w->out (and cf_buf's NUL): the start, or NULL */
static uint8_t *out_room(struct capfile_writer *w, size_t n)
{
	if (n > SIZE_MAX - w->out.len - 1 || cf_buf_reserve(&w->out, w->out.len + n + 1) < 0) {
		w->err = -ENOMEM;
		return NULL;
	}
	return w->out.p + w->out.len;
}

static int write_all(struct capfile_writer *w, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t k;

		if (w->fd < 0) {
			k = (ssize_t)fwrite(p, 1, n, w->f);
			if (k == 0)
				return -(errno ? errno : EIO);
		} else {
			k = write(w->fd, p, n);
			if (k < 0) {
				if (errno == EINTR)
					continue;
				return -errno;
			}
			if (k == 0)
				return -EIO;
		}
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* can the packet's bytes go to the file from where they are? */
static int direct(const struct capfile_writer *w, uint32_t caplen)
{
	return caplen >= DIRECT_MIN && w->fd >= 0 && !w->hold_ns && !w->err;
}

/*
 * Write out up to split, then n bytes of data, then the rest of out (the
 * tail of the block whose data was left out), and empty out.
 */
static int write_split(struct capfile_writer *w, size_t split, const uint8_t *data, size_t n)
{
	struct iovec iov[3] = { { w->out.p, split },
				{ (void *)(uintptr_t)data, n },
				{ w->out.p + split, w->out.len - split } };
	int i = 0;

	while (i < 3) {
		ssize_t k;

		if (!iov[i].iov_len) {
			i++;
			continue;
		}
		k = writev(w->fd, iov + i, 3 - i);
		if (k <= 0) {
			if (k < 0 && errno == EINTR)
				continue;
			w->err = k < 0 ? -errno : -EIO;
			return w->err;
		}
		for (; i < 3 && k > 0; i++) {
			size_t t = (size_t)k < iov[i].iov_len ? (size_t)k : iov[i].iov_len;

			iov[i].iov_base = (uint8_t *)iov[i].iov_base + t;
			iov[i].iov_len -= t;
			k -= (ssize_t)t;
			if (iov[i].iov_len)
				break;
		}
	}
	w->out.len = 0;
	return 0;
}

void capfile_writer__set_context(struct capfile_writer *w, unsigned mask)
{
	size_t i;

	w->context = mask;
	for (i = 0; i < sizeof(w->ctx_opts) / sizeof(w->ctx_opts[0]); i++)
		w->ctx_opts[i].key = NULL;
}

static int release_to(struct capfile_writer *w, size_t off);

int capfile_writer__flush(struct capfile_writer *w)
{
	int rc;

	if (w->err)
		goto fail;
	if (w->hold_ns && w->n_held) {
		/* the held blocks stay: flush what is before them */
		if (release_to(w, w->held[0].start) < 0)
			goto fail;
		return 0;
	}
	if (w->out.len) {
		rc = write_all(w, w->out.p, w->out.len);
		w->out.len = 0;
		if (rc < 0) {
			w->err = rc;
			goto fail;
		}
	}
	if (w->fd < 0 && w->f && fflush(w->f) != 0) {
		w->err = -(errno ? errno : EIO);
		goto fail;
	}
	return 0;
fail:
	errno = -w->err;
	return w->err;
}

/* account for a finished record and flush when due */
static int commit(struct capfile_writer *w, size_t start, int packet)
{
	if (w->out.cap == 0 || w->out.p == NULL) {
		w->err = -ENOMEM;
		errno = ENOMEM;
		return -ENOMEM;
	}
	w->bytes += w->out.len - start;
	if (w->hold_ns)
		return 0;	/* capfile_writer__write releases */
	if ((packet && w->flush_each) || w->out.len >= OBUF_FLUSH)
		return capfile_writer__flush(w);
	return 0;
}

void capfile_writer__hold(struct capfile_writer *w, uint64_t ns)
{
	w->hold_ns = ns;
}

/* write out everything before byte off of out, keep the rest */
static int release_to(struct capfile_writer *w, size_t off)
{
	size_t i;
	int rc;

	if (!off || w->err)
		return w->err;
	rc = write_all(w, w->out.p, off);
	if (rc < 0) {
		w->err = rc;
		return rc;
	}
	memmove(w->out.p, w->out.p + off, w->out.len - off);
	w->out.len -= off;
	for (i = 0; i < w->n_held; i++) {
		w->held[i].start -= off;
		w->held[i].end -= off;
	}
	return 0;
}

/* release the held blocks older than now - hold_ns (all with now == UINT64_MAX) */
static int release_old(struct capfile_writer *w, uint64_t now)
{
	size_t k = 0, off;
	int rc;

	while (k < w->n_held &&
	       (now == UINT64_MAX || w->held[k].ts + w->hold_ns <= now ||
		w->held[w->n_held - 1].end - w->held[k].start > HOLD_MAX_BYTES))
		k++;
	/* blocks before the first held one (headers, IDBs, DSBs) go too */
	off = k < w->n_held ? w->held[k].start : w->out.len;
	memmove(w->held, w->held + k, (w->n_held - k) * sizeof(*w->held));
	w->n_held -= k;
	rc = release_to(w, off);
	if (rc == 0 && !w->n_held && w->fd < 0 && w->f && fflush(w->f) != 0)
		w->err = rc = -(errno ? errno : EIO);
	return rc;
}

int capfile_writer__release(struct capfile_writer *w, uint64_t now_ns)
{
	if (!w->hold_ns)
		return capfile_writer__flush(w);
	if (release_old(w, now_ns) < 0) {
		errno = -w->err;
		return w->err;
	}
	return 0;
}

/* append failures leave a short buffer: detect them by length */
static int grew_ok(const struct cf_buf *b, size_t want)
{
	return b->p && b->len == want;
}

static void begin_block(struct cf_buf *b, uint32_t type)
{
	put32(b, type);
	put32(b, 0);		/* total length, patched by end_block */
}

static int end_block(struct capfile_writer *w, size_t start)
{
	uint32_t total;
	uint8_t *p;

	pad4(&w->out);
	total = (uint32_t)(w->out.len - start + 4);
	put32(&w->out, total);
	if (!grew_ok(&w->out, start + total)) {
		w->out.len = start;
		w->err = -ENOMEM;
		return -ENOMEM;
	}
	p = w->out.p + start + 4;
	p[0] = (uint8_t)total;
	p[1] = (uint8_t)(total >> 8);
	p[2] = (uint8_t)(total >> 16);
	p[3] = (uint8_t)(total >> 24);
	return 0;
}

static int write_shb(struct capfile_writer *w)
{
	size_t start = w->out.len;
	struct utsname u;
	const char *appl = "ptcpdump " PTCPDUMP_VERSION;

	begin_block(&w->out, 0x0A0D0D0A);
	put32(&w->out, 0x1A2B3C4D);
	put16(&w->out, 1);
	put16(&w->out, 0);
	put32(&w->out, 0xFFFFFFFF);	/* section length unknown */
	put32(&w->out, 0xFFFFFFFF);
	if (uname(&u) == 0)
		put_opt(&w->out, 2, u.machine, strlen(u.machine));	/* shb_hardware */
	put_opt(&w->out, 3, "linux", 5);				/* shb_os */
	put_opt(&w->out, 4, appl, strlen(appl));			/* shb_userappl */
	put_opt(&w->out, 0, NULL, 0);
	if (end_block(w, start) < 0)
		return -ENOMEM;
	return commit(w, start, 0);
}

static void pcap_header(struct capfile_writer *w, int linktype, uint32_t snaplen)
{
	size_t start = w->out.len;

	put32(&w->out, w->nano ? 0xA1B23C4D : 0xA1B2C3D4);
	put16(&w->out, 2);
	put16(&w->out, 4);
	put32(&w->out, 0);
	put32(&w->out, 0);
	put32(&w->out, snaplen);
	put32(&w->out, cf_dlt_to_linktype(linktype));
	w->hdr_done = 1;
	commit(w, start, 0);
}

static struct capfile_writer *writer_new(int fd, FILE *f, int own, enum capfile_format fmt,
					 int nano, char *err, size_t errlen)
{
	struct capfile_writer *w = calloc(1, sizeof(*w));
	struct stat st;

	if (!w || cf_buf_reserve(&w->out, OBUF_FLUSH + 65536) < 0) {
		free(w);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	w->fd = fd;
	w->own_fd = own;
	w->f = f;
	w->fmt = fmt;
	w->nano = nano;
	if (fd >= 0 && fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) ||
					     S_ISSOCK(st.st_mode)))
		w->flush_each = 1;
	if (fmt == CAPFILE_PCAPNG && write_shb(w) < 0) {
		snprintf(err, errlen, "%s", strerror(-w->err));
		capfile_writer__close(w);
		return NULL;
	}
	return w;
}

enum capfile_format capfile__format_of(const char *path)
{
	size_t n = strlen(path);

	return n >= 5 && strcmp(path + n - 5, ".pcap") == 0 ? CAPFILE_PCAP : CAPFILE_PCAPNG;
}

struct capfile_writer *capfile_writer__open(const char *path, enum capfile_format fmt, int nano,
					    char *err, size_t errlen)
{
	struct capfile_writer *w;
	int fd;

	if (strcmp(path, "-") == 0) {
		fflush(stdout);
		w = writer_new(STDOUT_FILENO, NULL, 0, fmt, nano, err, errlen);
		if (w)
			w->flush_each = 1;
		return w;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	w = writer_new(fd, NULL, 1, fmt, nano, err, errlen);
	if (!w)
		close(fd);
	return w;
}

struct capfile_writer *capfile_writer__fopen(FILE *f, enum capfile_format fmt, int nano, char *err,
					     size_t errlen)
{
	int fd;

	/* bytes the caller left in stdio go first, then we own the descriptor */
	if (fflush(f) != 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		return NULL;
	}
	fd = fileno(f);
	return writer_new(fd, fd < 0 ? f : NULL, 0, fmt, nano, err, errlen);
}

int capfile_writer__add_iface(struct capfile_writer *w, const struct capfile_iface *ifc)
{
	size_t start = w->out.len;
	uint8_t res = 9;
	int rc;

	if (w->err)
		return w->err;
	if (w->fmt == CAPFILE_PCAP) {
		if (!w->hdr_done)
			pcap_header(w, ifc->linktype, ifc->snaplen ? ifc->snaplen : 262144);
		if (w->err)
			return w->err;
		w->n_ifs = 1;
		return 0;
	}
	if (w->n_ifs >= (int)CAPFILE_MAX_IFACES)
		return -ENOSPC;
	begin_block(&w->out, 1);
	put16(&w->out, (uint16_t)cf_dlt_to_linktype(ifc->linktype));
	put16(&w->out, 0);
	put32(&w->out, ifc->snaplen ? ifc->snaplen : 262144);
	if (ifc->name)
		put_opt(&w->out, 2, ifc->name, strlen(ifc->name));		/* if_name */
	put_opt(&w->out, 9, &res, 1);						/* if_tsresol */
	if (ifc->filter && *ifc->filter) {
		/* if_filter: type byte 0 (libpcap string), then the text */
		size_t l = strlen(ifc->filter);

		if (l > OPT_MAX - 1)
			l = OPT_MAX - 1;
		put16(&w->out, 11);
		put16(&w->out, (uint16_t)(l + 1));
		cf_buf_append(&w->out, "", 1);
		cf_buf_append(&w->out, ifc->filter, l);
		pad4(&w->out);
	}
	put_opt(&w->out, 12, "linux", 5);					/* if_os */
	if (ifc->comment)
		put_opt(&w->out, 1, ifc->comment, strlen(ifc->comment));	/* opt_comment */
	put_opt(&w->out, 0, NULL, 0);
	if (end_block(w, start) < 0)
		return -ENOMEM;
	rc = commit(w, start, 0);
	if (rc < 0)
		return rc;
	return w->n_ifs++;
}

static int write_dsb(struct capfile_writer *w);

int capfile_writer__add_keylog(struct capfile_writer *w, const char *text, size_t len)
{
	size_t at, end, n, i;
	uint8_t *tmp;
	int rc;

	if (w->fmt != CAPFILE_PCAPNG || len == 0)
		return 0;
	if (w->keylog.len + len > CAPFILE_MAX_KEYLOG)
		return -ENOSPC;
	rc = cf_buf_append(&w->keylog, text, len);
	if (rc < 0 || !w->n_held)
		return rc;
	/* packets are held: the DSB goes before all of them */
	at = w->held[0].start;
	end = w->out.len;
	if (write_dsb(w) < 0)
		return w->err;
	n = w->out.len - end;
	tmp = malloc(n);
	if (!tmp) {
		w->err = -ENOMEM;
		return -ENOMEM;
	}
	memcpy(tmp, w->out.p + end, n);
	memmove(w->out.p + at + n, w->out.p + at, end - at);
	memcpy(w->out.p + at, tmp, n);
	free(tmp);
	for (i = 0; i < w->n_held; i++) {
		w->held[i].start += n;
		w->held[i].end += n;
	}
	return 0;
}

static int write_dsb(struct capfile_writer *w)
{
	size_t start = w->out.len, len = w->keylog.len;

	begin_block(&w->out, 0x0A);
	put32(&w->out, 0x544C534B);
	put32(&w->out, (uint32_t)len);
	cf_buf_append(&w->out, w->keylog.p, len);
	if (end_block(w, start) < 0)
		return -ENOMEM;
	w->keylog.len = 0;
	return commit(w, start, 0);
}

static void add_comment(void *arg, const char *text, size_t len)
{
	put_opt(arg, 1, text, len);
}

/* the comment options of c (with --context applied), made once per context */
static const struct cf_buf *proc_opts(struct capfile_writer *w, const struct proc_ctx *c)
{
	size_t n = sizeof(w->ctx_opts) / sizeof(w->ctx_opts[0]);
	struct ctx_opts *e = &w->ctx_opts[(((uintptr_t)c >> 4) ^ c->stamp) % n];
	struct proc_ctx sel;

	if (c->stamp && e->key == c && e->stamp == c->stamp)
		return &e->b;
	e->key = NULL;
	e->b.len = 0;
	if (w->context)
		proc_ctx_select(c, w->context, &sel);
	capfile_proc_comments(w->context ? &sel : c, add_comment, &e->b);
	if (!e->b.p && e->b.len)
		return NULL;
	if (c->stamp) {
		e->key = c;
		e->stamp = c->stamp;
	}
	return &e->b;
}

static int write_pcap_rec(struct capfile_writer *w, const struct pkt *pkt)
{
	/* a fraction field of a second or more is written back as it was read */
	uint64_t sec = pkt->ts_ns / 1000000000u - pkt->ts_carry;
	uint64_t ns = pkt->ts_ns % 1000000000u + (uint64_t)pkt->ts_carry * 1000000000u;
	size_t start;
	uint8_t *p;

	if (!w->hdr_done)
		pcap_header(w, pkt->linktype, 262144);
	start = w->out.len;
	p = out_room(w, 16 + (size_t)pkt->caplen);
	if (!p)
		return -ENOMEM;
	p = st32(p, (uint32_t)sec);
	p = st32(p, (uint32_t)(w->nano ? ns : ns / 1000));
	p = st32(p, pkt->caplen);
	p = st32(p, pkt->len);
	if (direct(w, pkt->caplen)) {
		w->out.len += 16;
		w->bytes += 16 + (size_t)pkt->caplen;
		return write_split(w, w->out.len, pkt->data, pkt->caplen);
	}
	if (pkt->caplen)
		memcpy(p, pkt->data, pkt->caplen);
	w->out.len += 16 + (size_t)pkt->caplen;
	return commit(w, start, 1);
}

int capfile_writer__write(struct capfile_writer *w, int iface_id, const struct pkt *pkt)
{
	const struct cf_buf *copts;
	size_t start, olen, pad, total, split = 0;
	uint8_t *p;
	int rc, flags, whole;

	if (w->err)
		goto fail;
	if (pkt->caplen > CAPFILE_MAX_BLOCK - 4096) {
		errno = EMSGSIZE;
		return -EMSGSIZE;
	}
	if (w->fmt == CAPFILE_PCAP) {
		rc = write_pcap_rec(w, pkt);
		if (rc < 0)
			goto fail;
		return 0;
	}
	if (iface_id < 0 || iface_id >= w->n_ifs) {
		errno = EINVAL;
		return -EINVAL;
	}
	if (w->keylog.len && write_dsb(w) < 0)
		goto fail;
	/* comment options first into scratch; epb_flags and the end of
	 * options are written in place */
	copts = pkt->proc ? proc_opts(w, pkt->proc) : NULL;
	if (pkt->proc && !copts) {
		w->err = -ENOMEM;
		goto fail;
	}
	w->opts.len = 0;
	if (pkt->comment && *pkt->comment)
		put_opt(&w->opts, 1, pkt->comment, strlen(pkt->comment));
	if (!w->opts.p && w->opts.len) {
		w->err = -ENOMEM;
		goto fail;
	}
	flags = pkt->dir == PKT_DIR_IN || pkt->dir == PKT_DIR_OUT;
	olen = (copts ? copts->len : 0) + w->opts.len + (flags ? 8 : 0);
	if (olen)
		olen += 4;	/* opt_endofopt */
	pad = (4 - pkt->caplen % 4) % 4;
	total = 28 + (size_t)pkt->caplen + pad + olen + 4;
	/* the whole block in one reserved piece */
	start = w->out.len;
	p = out_room(w, total);
	if (!p)
		goto fail;
	p = st32(p, 6);
	p = st32(p, (uint32_t)total);
	p = st32(p, (uint32_t)iface_id);
	p = st32(p, (uint32_t)(pkt->ts_ns >> 32));
	p = st32(p, (uint32_t)pkt->ts_ns);
	p = st32(p, pkt->caplen);
	p = st32(p, pkt->len);
	whole = !direct(w, pkt->caplen);
	if (!whole)
		split = (size_t)(p - w->out.p);
	else if (pkt->caplen)
		memcpy(p, pkt->data, pkt->caplen);
	if (whole)
		p += pkt->caplen;
	memset(p, 0, pad);
	p += pad;
	if (copts && copts->len) {
		memcpy(p, copts->p, copts->len);
		p += copts->len;
	}
	if (w->opts.len) {
		memcpy(p, w->opts.p, w->opts.len);
		p += w->opts.len;
	}
	if (flags) {
		p = st32(p, 2 | 4u << 16);	/* epb_flags, length 4 */
		p = st32(p, (uint32_t)pkt->dir);
	}
	if (olen)
		p = st32(p, 0);	/* opt_endofopt */
	st32(p, (uint32_t)total);
	if (!whole) {
		w->out.len += total - pkt->caplen;
		w->bytes += total;
		if (write_split(w, split, pkt->data, pkt->caplen) < 0)
			goto fail;
		return 0;
	}
	w->out.len += total;
	if (commit(w, start, 1) < 0)
		goto fail;
	if (w->hold_ns) {
		if (w->n_held == w->cap_held) {
			size_t cap = w->cap_held ? w->cap_held * 2 : 256;
			struct held *h = realloc(w->held, cap * sizeof(*h));

			if (!h) {
				w->err = -ENOMEM;
				goto fail;
			}
			w->held = h;
			w->cap_held = cap;
		}
		w->held[w->n_held++] = (struct held){ start, w->out.len, pkt->ts_ns };
		if (pkt->ts_ns > w->newest)
			w->newest = pkt->ts_ns;
		if (release_old(w, w->newest) < 0)
			goto fail;
	}
	return 0;
fail:
	errno = -w->err;
	return w->err;
}

uint64_t capfile_writer__bytes(const struct capfile_writer *w)
{
	return w->bytes;
}

int capfile_writer__close(struct capfile_writer *w)
{
	size_t i;
	int rc;

	if (!w)
		return 0;
	if (w->fmt == CAPFILE_PCAP && !w->hdr_done && !w->err)
		pcap_header(w, 1, 262144);
	if (w->fmt == CAPFILE_PCAPNG && w->keylog.len && !w->err)
		write_dsb(w);
	if (w->hold_ns && !w->err)
		release_old(w, UINT64_MAX);
	capfile_writer__flush(w);
	rc = w->err;
	if (w->own_fd && close(w->fd) < 0 && rc == 0)
		rc = -errno;
	cf_buf_free(&w->out);
	cf_buf_free(&w->keylog);
	cf_buf_free(&w->opts);
	for (i = 0; i < sizeof(w->ctx_opts) / sizeof(w->ctx_opts[0]); i++)
		cf_buf_free(&w->ctx_opts[i].b);
	free(w->held);
	free(w);
	return rc;
}
