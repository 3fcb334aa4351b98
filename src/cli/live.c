// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: live capture front end: -i/-Q/-c/-w/-C/-G/-W/--print/-D and the run loop
 *
 * Sources: capture/live.h. Sinks: the text printer (output.c, exactly as
 * for -r) and the pcap/pcapng writer with tcpdump's rotation rules.
 * SIGINT/SIGTERM/SIGHUP stop the loop; files are flushed, the counts are
 * printed on stderr like tcpdump's, and everything is detached.
 */
#include <errno.h>
#include <limits.h>
#include <net/if.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "capture/capfile.h"
#include "capture/live.h"
#include "cli.h"
#include "output.h"

#define MAX_LIFACES 4096

static volatile sig_atomic_t exiting;

static void on_signal(int sig)
{
	(void)sig;
	exiting = 1;
}

/* ---- -D ----------------------------------------------------------------- */

struct dev {
	char name[IF_NAMESIZE];
	unsigned flags;
	int ifindex;
	int any;
};

struct devlist {
	struct dev v[512];
	int n;
};

static void list_cb(void *arg, const struct live_ifinfo *ii)
{
	struct devlist *d = arg;

	if (!ii->capturable || d->n == (int)(sizeof(d->v) / sizeof(d->v[0])))
		return;
	snprintf(d->v[d->n].name, sizeof(d->v[0].name), "%s", ii->name);
	d->v[d->n].flags = ii->flags;
	d->v[d->n].ifindex = ii->ifindex;
	d->v[d->n].any = 0;
	d->n++;
}

/* libpcap's order: up and running first, loopback after the others, by index */
static unsigned merit(const struct dev *d)
{
	unsigned m = d->any ? 0x0fffffffu : (unsigned)d->ifindex & 0x0fffffffu;

	if (!(d->flags & IFF_UP))
		m |= 0x80000000u;
	if (!(d->flags & IFF_RUNNING))
		m |= 0x40000000u;
	if (d->flags & IFF_LOOPBACK)
		m |= 0x10000000u;
	return m;
}

static int dev_cmp(const void *a, const void *b)
{
	const struct dev *x = a, *y = b;
	unsigned mx = merit(x), my = merit(y);

	if (mx != my)
		return mx < my ? -1 : 1;
	/* "any" goes after the real interfaces of the same rank */
	return x->any - y->any;
}

/* the -D list in its order; NULL after a message */
static struct devlist *dev_list(const struct cli *c)
{
	struct devlist *d = calloc(1, sizeof(*d));
	char err[256];

	if (!d) {
		cli_err("out of memory");
		return NULL;
	}
	if (live__list_ifaces(c->netns, list_cb, d, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		free(d);
		return NULL;
	}
	if (d->n < (int)(sizeof(d->v) / sizeof(d->v[0]))) {
		snprintf(d->v[d->n].name, sizeof(d->v[0].name), "any");
		d->v[d->n].flags = IFF_UP | IFF_RUNNING;
		d->v[d->n].any = 1;
		d->n++;
	}
	qsort(d->v, (size_t)d->n, sizeof(d->v[0]), dev_cmp);
	return d;
}

/* tcpdump: -i N names the N-th interface of -D (when no interface is called N) */
static int resolve_numbers(struct cli *c, char names[][IF_NAMESIZE])
{
	struct devlist *d = NULL;
	int i, rc = 0;

	for (i = 0; i < c->n_ifaces; i++) {
		const char *s = c->ifaces[i];
		char *end;
		long n;

		int j, named = 0;

		if (!*s || strspn(s, "0123456789") != strlen(s))
			continue;
		if (!d && !(d = dev_list(c)))
			return -1;
		for (j = 0; j < d->n; j++)
			named |= strcmp(d->v[j].name, s) == 0;
		if (named)
			continue;
		n = strtol(s, &end, 10);
		if (n < 1 || n > d->n) {
			cli_err("Invalid adapter index %s", s);
			rc = -1;
			break;
		}
		snprintf(names[i], IF_NAMESIZE, "%s", d->v[n - 1].name);
		c->ifaces[i] = names[i];
	}
	free(d);
	return rc;
}

static int list_ifaces(struct cli *c)
{
	struct devlist *d = dev_list(c);
	int i;

	if (!d)
		return 1;
	for (i = 0; i < d->n; i++) {
		const struct dev *v = &d->v[i];
		char fl[96] = "";

		if (v->flags & IFF_UP)
			strcat(fl, "Up");
		if (v->flags & IFF_RUNNING)
			strcat(fl, *fl ? ", Running" : "Running");
		if (v->flags & IFF_LOOPBACK)
			strcat(fl, *fl ? ", Loopback" : "Loopback");
		else if (!v->any && (v->flags & IFF_UP))
			strcat(fl, (v->flags & IFF_RUNNING) ? ", Connected" : ", Disconnected");
		printf("%d.%s%s [%s]\n", i + 1, v->name,
		       v->any ? " (Pseudo-device that captures on all interfaces)" : "",
		       *fl ? fl : "none");
	}
	free(d);
	return fflush(stdout) == 0 ? 0 : 1;
}

/* ---- output files ------------------------------------------------------- */

struct wfile {
	struct cli *c;
	struct live *l;
	struct capfile_writer *w;
	enum capfile_format fmt;
	int wid[MAX_LIFACES];		/* live if_id -> writer iface, -1 = not yet */
	long n_files;			/* files opened so far */
	int chars;			/* -W digits */
	time_t opened;			/* -G: start of the current file */
	char name[PATH_MAX + 32];
};

static int is_pcap_name(const char *path)
{
	size_t n = strlen(path);

	return n >= 5 && strcmp(path + n - 5, ".pcap") == 0;
}

/* tcpdump's MakeFilename: strftime with -G, then the file number */
static void make_name(struct wfile *wf, long cnt, time_t now)
{
	const struct cli *c = wf->c;
	char base[PATH_MAX];
	struct tm tm;

	snprintf(base, sizeof(base), "%s", c->write_file);
	if (c->rotate_secs > 0 && localtime_r(&now, &tm) && strchr(c->write_file, '%')) {
		if (strftime(base, sizeof(base), c->write_file, &tm) == 0)
			snprintf(base, sizeof(base), "%s", c->write_file);
	}
	if (cnt == 0 && wf->chars == 0)
		snprintf(wf->name, sizeof(wf->name), "%s", base);
	else
		snprintf(wf->name, sizeof(wf->name), "%s%0*ld", base, wf->chars, cnt);
}

static int wfile_iface(struct wfile *wf, uint32_t if_id);

static int wfile_open(struct wfile *wf, time_t now)
{
	const struct cli *c = wf->c;
	char err[512];
	long cnt = wf->n_files;
	int i;

	if (c->rotate_count > 0 && c->rotate_bytes > 0)
		cnt %= c->rotate_count;
	else if (c->rotate_secs > 0 && c->rotate_bytes == 0)
		cnt = 0;	/* -G alone: time names the files */
	make_name(wf, cnt, now);
	if (strcmp(c->write_file, "-") == 0)
		wf->w = capfile_writer__fopen(stdout, wf->fmt, 1, err, sizeof(err));
	else
		wf->w = capfile_writer__open(wf->name, wf->fmt, 1, err, sizeof(err));
	if (!wf->w) {
		cli_err("%s", err);
		return -1;
	}
	for (i = 0; i < MAX_LIFACES; i++)
		wf->wid[i] = -1;
	wf->n_files++;
	wf->opened = now;
	/* pcapng: every file starts with the IDBs of all interfaces known so far
	 * (a classic pcap header takes the first packet's) */
	if (wf->fmt == CAPFILE_PCAPNG) {
		size_t k, n = live__n_ifaces(wf->l);

		for (k = 0; k < n && k < MAX_LIFACES; k++)
			if (wfile_iface(wf, (uint32_t)k) < 0)
				break;
	}
	return 0;
}

static int wfile_close(struct wfile *wf)
{
	int e;

	if (!wf->w)
		return 0;
	e = capfile_writer__close(wf->w);
	wf->w = NULL;
	if (e < 0) {
		cli_err("%s: %s", wf->name, strerror(-e));
		return -1;
	}
	return 0;
}

static int wfile_iface(struct wfile *wf, uint32_t if_id)
{
	const struct capfile_iface *ifc;
	int id;

	if (if_id < MAX_LIFACES && wf->wid[if_id] >= 0)
		return wf->wid[if_id];
	ifc = live__iface(wf->l, if_id);
	if (!ifc)
		return -EINVAL;
	id = capfile_writer__add_iface(wf->w, ifc);
	if (id >= 0 && if_id < MAX_LIFACES)
		wf->wid[if_id] = id;
	return id;
}

/* rotate before writing pkt when -C/-G say so; 1 = stop (-G -W done) */
static int wfile_rotate(struct wfile *wf, time_t now)
{
	const struct cli *c = wf->c;
	int due = 0;

	if (strcmp(c->write_file, "-") == 0)
		return 0;
	if (c->rotate_secs > 0 && now - wf->opened >= c->rotate_secs)
		due = 1;
	if (c->rotate_bytes > 0 && (long long)capfile_writer__bytes(wf->w) >= c->rotate_bytes)
		due = 1;
	if (!due)
		return 0;
	if (c->rotate_secs > 0 && c->rotate_count > 0 && c->rotate_bytes == 0 &&
	    wf->n_files >= c->rotate_count)
		return 1;	/* tcpdump -G -W: stop after that many files */
	if (wfile_close(wf) < 0 || wfile_open(wf, now) < 0)
		return -1;
	return 0;
}

static int digits(int x)
{
	int n = 0;

	for (x -= 1; x > 0; x /= 10)
		n++;
	return n;
}

/* ---- run ---------------------------------------------------------------- */

static void print_warnings(const char *w)
{
	while (w && *w) {
		const char *nl = strchr(w, '\n');
		int n = nl ? (int)(nl - w) : (int)strlen(w);

		cli_err("%.*s", n, w);
		w += n + (nl ? 1 : 0);
	}
}

static void banner(const struct cli *c, struct live *l, FILE *out)
{
	const struct capfile_iface *ifc = live__n_ifaces(l) ? live__iface(l, 0) : NULL;
	int lt = ifc ? ifc->linktype : 1;
	const char *name = c->n_ifaces == 1 && strcmp(c->ifaces[0], "any") ? c->ifaces[0] : "any";
	const char *ln = pcap_datalink_val_to_name(lt), *ld = pcap_datalink_val_to_description(lt);

	(void)out;
	/* tcpdump's wording: the prefix goes on the line that starts the message */
	if (!c->po.verbose && !c->write_file)
		fprintf(stderr, "ptcpdump: verbose output suppressed, use -v[v]... for full "
				"protocol decode\n");
	else
		fprintf(stderr, "ptcpdump: ");
	fprintf(stderr, "listening on %s, link-type %s (%s), snapshot length %u bytes\n", name,
		ln ? ln : "?", ld ? ld : "?", c->po.snaplen);
}

static void print_stats(struct live *l)
{
	struct live_stats st;

	live__stats(l, &st);
	fprintf(stderr, "%llu packet%s captured\n", (unsigned long long)st.captured,
		st.captured == 1 ? "" : "s");
	fprintf(stderr, "%llu packet%s received by filter\n", (unsigned long long)st.received,
		st.received == 1 ? "" : "s");
	fprintf(stderr, "%llu packet%s dropped by kernel\n", (unsigned long long)st.dropped,
		st.dropped == 1 ? "" : "s");
	if (getenv("PTCPDUMP_STATS"))	/* tests: what passed the in-kernel filter */
		fprintf(stderr, "%llu packets matched in kernel\n",
			(unsigned long long)st.matched);
}

int cli_run_live(struct cli *c)
{
	struct live_opts o = { 0 };
	struct wfile *wf = NULL;
	struct output out = { 0 };
	struct live *l = NULL;
	struct sigaction sa;
	char err[512];
	long long n_pkts = 0;
	long drain = -1;
	int started = 0;
	char ifnames[CLI_MAX_IFACES][IF_NAMESIZE];
	int rc = 0, print, n;
	FILE *tf;

	if (c->list_ifaces)
		return list_ifaces(c);
	if (resolve_numbers(c, ifnames) < 0)
		return 1;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: epoll_wait returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	o.ifaces = c->ifaces;
	o.n_ifaces = c->n_ifaces;
	o.netns = c->netns;
	o.filter = c->filter;
	o.snaplen = c->po.snaplen;
	o.direction = c->direction;
	o.buffer_kib = c->buffer_kib;
	o.pids = c->pids;
	o.n_pids = c->n_pids;
	o.pname = c->pname;
	o.follow_forks = c->follow_forks;
	o.command = c->command;
	/* tcpdump: -U, --immediate-mode; and -l (a terminal or pipe reader waits for lines) */
	o.immediate = c->po.packet_buffered || c->po.line_buffered;

	l = live__open(&o, err, sizeof(err));
	if (!l) {
		cli_err("%s", err);
		return 1;
	}
	print_warnings(live__warnings(l));

	print = !c->count_only && (!c->write_file || c->print);
	tf = c->write_file && strcmp(c->write_file, "-") == 0 ? stderr : stdout;
	if (output__init(&out, &c->po, tf) < 0) {
		cli_err("out of memory");
		rc = 1;
		goto out;
	}
	if (c->po.line_buffered)
		setvbuf(stdout, NULL, _IOLBF, 0);
	if (c->write_file) {
		wf = calloc(1, sizeof(*wf));
		if (!wf) {
			cli_err("out of memory");
			rc = 1;
			goto out;
		}
		wf->c = c;
		wf->l = l;
		wf->fmt = is_pcap_name(c->write_file) ? CAPFILE_PCAP : CAPFILE_PCAPNG;
		wf->chars = c->rotate_count > 0 ? digits(c->rotate_count) : 0;
		if (wfile_open(wf, time(NULL)) < 0) {
			rc = 1;
			goto out;
		}
	}
	banner(c, l, tf);
	started = 1;

	while (c->count < 0 || n_pkts < c->count) {
		struct pkt pkt;

		/* after a signal, hand out what the ring already holds (bounded) */
		if (exiting && drain < 0)
			drain = 1 << 18;
		if (drain == 0)
			break;
		if (drain > 0)
			drain--;
		n = live__next(l, &pkt, drain >= 0 ? 0 : 500);
		if (wf && c->rotate_secs > 0) {
			int r = wfile_rotate(wf, time(NULL));

			if (r != 0) {
				rc = r < 0 ? 1 : rc;
				break;
			}
		}
		if (n == 0) {
			if (drain >= 0)
				break;
			continue;
		}
		if (n == -1)
			break;	/* the traced command exited */
		if (n < 0) {
			cli_err("capture failed: %s", strerror(-n));
			rc = 1;
			break;
		}
		n_pkts++;
		if (wf) {
			int id, r = c->rotate_bytes > 0 ? wfile_rotate(wf, time(NULL)) : 0;

			if (r != 0) {
				rc = r < 0 ? 1 : rc;
				break;
			}
			id = wfile_iface(wf, pkt.if_id);
			if (id < 0 || capfile_writer__write(wf->w, id, &pkt) < 0) {
				cli_err("%s: %s", wf->name, strerror(id < 0 ? -id : errno ? errno : EIO));
				rc = 1;
				break;
			}
			if (c->po.packet_buffered && capfile_writer__flush(wf->w) < 0) {
				cli_err("%s: %s", wf->name, strerror(errno ? errno : EIO));
				rc = 1;
				break;
			}
		}
		if (print && output__packet(&out, &pkt) < 0) {
			if (out.err != EPIPE)
				cli_err("write error: %s", strerror(out.err));
			rc = 1;
			break;
		}
	}
	if (c->count_only)
		printf("%lld packet%s\n", n_pkts, n_pkts == 1 ? "" : "s");
	if (fflush(stdout) != 0 && rc == 0 && errno != EPIPE) {
		cli_err("write error: %s", strerror(errno));
		rc = 1;
	}
out:
	if (wf && wfile_close(wf) < 0)
		rc = 1;
	free(wf);
	if (out.dx)
		output__fini(&out);
	fflush(stdout);
	if (started)	/* a setup error stays one line */
		print_stats(l);
	live__close(l);
	return rc;
}
