// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the -w sink: pcap or pcapng from any source, with tcpdump's -C/-G/-W rotation
 *
 * Reading a file, the packets keep their interfaces (an IDB per interface
 * used, the file's first one at once, so that a file with no packet still
 * reads back) and the TLS keys of its DSBs; a live capture's pcapng files
 * start with the IDBs of every interface known so far and rotate.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "capture/capfile.h"
#include "capture/source.h"
#include "cli.h"

#define MAX_WIFACES 4096
#define KEYLOG_HOLD_NS 500000000ull	/* --embed-keylog-to-pcapng, live */

struct wfile {
	const struct cmdline *c;
	struct source *src;
	struct capfile_writer *w;
	enum capfile_format fmt;
	int live;
	int wid[MAX_WIFACES];		/* source if_id -> writer iface, -1 = not yet */
	long long rotate_bytes;		/* -C, -G, -W (-G: live only) */
	long rotate_secs;
	int rotate_count;
	long n_files;			/* files opened so far */
	int chars;			/* -W digits */
	time_t opened;			/* -G: start of the current file */
	size_t keylog_sent;		/* bytes of the source's key log written so far */
	char name[PATH_MAX + 32];
};

static int digits(int x)
{
	int n = 0;

	for (x -= 1; x > 0; x /= 10)
		n++;
	return n;
}

/* tcpdump's MakeFilename: strftime with -G, then the file number */
static void make_name(struct wfile *wf, long cnt, time_t now)
{
	const char *path = wf->c->write_file;
	char base[PATH_MAX];
	struct tm tm;

	snprintf(base, sizeof(base), "%s", path);
	if (wf->rotate_secs > 0 && localtime_r(&now, &tm) && strchr(path, '%')) {
		if (strftime(base, sizeof(base), path, &tm) == 0)
			snprintf(base, sizeof(base), "%s", path);
	}
	if (cnt == 0 && wf->chars == 0)
		snprintf(wf->name, sizeof(wf->name), "%s", base);
	else
		snprintf(wf->name, sizeof(wf->name), "%s%0*ld", base, wf->chars, cnt);
}

/* the writer's interface for the source's if_id; linktype < 0: the source's */
static int wfile_iface(struct wfile *wf, uint32_t if_id, int linktype)
{
	const struct capfile_iface *sif;
	struct capfile_iface ifc = { 0 };
	int id;

	if (if_id < MAX_WIFACES && wf->wid[if_id] >= 0)
		return wf->wid[if_id];
	sif = source__iface(wf->src, if_id);
	if (sif)
		ifc = *sif;
	else if (wf->live)
		return -EINVAL;
	if (linktype >= 0)
		ifc.linktype = linktype;
	if (!ifc.snaplen)
		ifc.snaplen = source__snaplen(wf->src);
	if (wf->c->cap.filter)
		ifc.filter = wf->c->cap.filter;
	id = capfile_writer__add_iface(wf->w, &ifc);
	if (id >= 0 && if_id < MAX_WIFACES)
		wf->wid[if_id] = id;
	return id;
}

static int wfile_open(struct wfile *wf, time_t now)
{
	const char *path = wf->c->write_file;
	char err[512];
	long cnt = wf->n_files;
	size_t k, n;
	int i, id;

	if (wf->rotate_count > 0 && wf->rotate_bytes > 0)
		cnt %= wf->rotate_count;
	else if (wf->rotate_secs > 0 && wf->rotate_bytes == 0)
		cnt = 0;	/* -G alone: time names the files */
	make_name(wf, cnt, now);
	/* live -w -: stdout is written in blocks, not flushed per packet */
	if (wf->live && strcmp(path, "-") == 0)
		wf->w = capfile_writer__fopen(stdout, wf->fmt, 1, err, sizeof(err));
	else
		wf->w = capfile_writer__open(wf->name, wf->fmt, source__nano(wf->src), err,
					     sizeof(err));
	if (!wf->w) {
		cli_err("%s", err);
		return -1;
	}
	capfile_writer__set_context(wf->w, wf->c->po.context);
	/* a TLS library's secrets come once its handshake is over: hold the
	 * packets a moment so that the DSB still goes before them */
	if (wf->live && wf->c->embed_keylog)
		capfile_writer__hold(wf->w, KEYLOG_HOLD_NS);
	for (i = 0; i < MAX_WIFACES; i++)
		wf->wid[i] = -1;
	wf->n_files++;
	wf->opened = now;
	/*
	 * A live pcapng file starts with the IDBs of all interfaces known so
	 * far (a classic pcap header takes the first packet's); a file read
	 * gives its first interface at once.
	 */
	n = source__n_ifaces(wf->src);
	if (wf->live && wf->fmt != CAPFILE_PCAPNG)
		n = 0;
	else if (!wf->live && n > 1)
		n = 1;
	for (k = 0; k < n && k < MAX_WIFACES; k++) {
		id = wfile_iface(wf, (uint32_t)k, -1);
		if (id < 0) {
			cli_err("%s: %s", wf->name, strerror(-id));
			return -1;
		}
	}
	return 0;
}

static int wfile_close(struct wfile *wf, int report)
{
	int e;

	if (!wf->w)
		return 0;
	e = capfile_writer__close(wf->w);
	wf->w = NULL;
	if (e < 0 && report)
		cli_err("%s: %s", wf->name, strerror(-e));
	return e < 0 ? -1 : 0;
}

/* rotate when -C/-G say so; 1 = stop (-G -W done) */
static int wfile_rotate(struct wfile *wf, time_t now)
{
	int due = 0;

	if (strcmp(wf->c->write_file, "-") == 0)
		return 0;
	if (wf->rotate_secs > 0 && now - wf->opened >= wf->rotate_secs)
		due = 1;
	if (wf->rotate_bytes > 0 && (long long)capfile_writer__bytes(wf->w) >= wf->rotate_bytes)
		due = 1;
	if (!due)
		return 0;
	if (wf->rotate_secs > 0 && wf->rotate_count > 0 && wf->rotate_bytes == 0 &&
	    wf->n_files >= wf->rotate_count)
		return 1;	/* tcpdump -G -W: stop after that many files */
	if (wfile_close(wf, 1) < 0)
		return -1;
	cli_postrotate(wf->c, wf->name);
	if (wfile_open(wf, now) < 0)
		return -1;
	return 0;
}

struct wfile *wfile__open(const struct cmdline *c, struct source *src)
{
	struct wfile *wf = calloc(1, sizeof(*wf));

	if (!wf) {
		cli_err("out of memory");
		return NULL;
	}
	wf->c = c;
	wf->src = src;
	wf->live = source__is_live(src);
	wf->fmt = capfile__format_of(c->write_file);
	/* -C rotates a file read with -r too, as tcpdump does; -G is live only */
	wf->rotate_bytes = c->rotate_bytes;
	wf->rotate_count = c->rotate_count;
	if (wf->live)
		wf->rotate_secs = c->rotate_secs;
	wf->chars = wf->rotate_count > 0 ? digits(wf->rotate_count) : 0;
	if (wfile_open(wf, time(NULL)) < 0) {
		free(wf);
		return NULL;
	}
	return wf;
}

void wfile__set_source(struct wfile *wf, struct source *src)
{
	int i;

	wf->src = src;
	for (i = 0; i < MAX_WIFACES; i++)
		wf->wid[i] = -1;
	wf->keylog_sent = 0;
}

int wfile__idle(void *arg)
{
	struct wfile *wf = arg;

	if (wf->live && wf->c->embed_keylog) {
		struct timespec ts;
		const char *keys;
		size_t nkeys;

		/* keys that came with no packet after them; then what is old enough */
		keys = source__keylog(wf->src, &nkeys);
		if (nkeys > wf->keylog_sent &&
		    capfile_writer__add_keylog(wf->w, keys + wf->keylog_sent,
					       nkeys - wf->keylog_sent) == 0)
			wf->keylog_sent = nkeys;
		clock_gettime(CLOCK_REALTIME, &ts);
		if (capfile_writer__release(wf->w, (uint64_t)ts.tv_sec * 1000000000ull +
							   (uint64_t)ts.tv_nsec) < 0) {
			cli_err("%s: %s", wf->name, strerror(errno ? errno : EIO));
			return -1;
		}
	}
	return wf->rotate_secs > 0 ? wfile_rotate(wf, time(NULL)) : 0;
}

int wfile__packet(void *arg, const struct pkt *pkt)
{
	struct wfile *wf = arg;
	const char *keys = "";
	size_t nkeys;
	int id, r;

	if (wf->rotate_secs > 0 || wf->rotate_bytes > 0) {
		r = wfile_rotate(wf, time(NULL));
		if (r)
			return r;
	}
	/* TLS keys (read from DSBs, or with --embed-keylog-to-pcapng those of
	 * the traced programs) go out before the packets they decrypt */
	if (source__is_live(wf->src) && !wf->c->embed_keylog)
		nkeys = 0;
	else
		keys = source__keylog(wf->src, &nkeys);
	if (nkeys > wf->keylog_sent &&
	    capfile_writer__add_keylog(wf->w, keys + wf->keylog_sent, nkeys - wf->keylog_sent) == 0)
		wf->keylog_sent = nkeys;
	id = wfile_iface(wf, pkt->if_id, pkt->linktype);
	if (id < 0 || capfile_writer__write(wf->w, id, pkt) < 0) {
		cli_err("%s: %s", wf->name, strerror(id < 0 ? -id : errno ? errno : EIO));
		return -1;
	}
	if (wf->c->po.packet_buffered && capfile_writer__flush(wf->w) < 0) {
		cli_err("%s: %s", wf->name, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

int wfile__close(struct wfile *wf, int report)
{
	int rc;

	if (!wf)
		return 0;
	rc = wfile_close(wf, report);
	free(wf);
	return rc;
}
