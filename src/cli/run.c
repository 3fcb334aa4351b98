// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: one run of ptcpdump: a source (-r FILE or live) through pt_run() to the sinks
 *
 * Sinks: the -w writer (write.c) and the text printer (output.c), the
 * latter left out by --count and by -w without --print. A signal stops
 * the run; a live capture then hands out what its ring holds, the files
 * are flushed and tcpdump's counts go to stderr.
 */
#include <errno.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/pipeline.h"
#include "capture/source.h"
#include "cli.h"
#include "output.h"

#define LIVE_TICK_MS 500	/* -G rotation is looked at this often when idle */

static atomic_int stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	atomic_store(&stop_flag, 1);
}

static void set_signals(int live)
{
	struct sigaction sa;

	signal(SIGPIPE, SIG_IGN);
	if (!live) {
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		return;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: epoll_wait returns EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static void live_banner(const struct cmdline *c, struct source *src)
{
	int lt = source__linktype(src);
	const char *name = c->cap.n_ifaces == 1 && strcmp(c->cap.ifaces[0], "any") ?
				   c->cap.ifaces[0] : "any";
	const char *ln = pcap_datalink_val_to_name(lt), *ld = pcap_datalink_val_to_description(lt);

	/* tcpdump's wording: the prefix goes on the line that starts the message */
	if (!c->po.verbose && !c->write_file)
		fprintf(stderr, "ptcpdump: verbose output suppressed, use -v[v]... for full "
				"protocol decode\n");
	else
		fprintf(stderr, "ptcpdump: ");
	fprintf(stderr, "listening on %s, link-type %s (%s), snapshot length %u bytes\n", name,
		ln ? ln : "?", ld ? ld : "?", c->cap.snaplen);
}

static void print_warnings(const char *w)
{
	while (w && *w) {
		const char *nl = strchr(w, '\n');
		int n = nl ? (int)(nl - w) : (int)strlen(w);

		cli_err("%.*s", n, w);
		w += n + (nl ? 1 : 0);
	}
}

static void print_stats(struct source *src)
{
	struct source_stats st;

	source__stats(src, &st);
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

/* the text sink */
struct printer {
	struct output out;
	uint64_t n;		/* -#: tcpdump numbers what matched, across -V files */
};

static int print_packet(void *arg, const struct pkt *pkt)
{
	struct printer *pr = arg;
	struct pkt p = *pkt;

	p.num = ++pr->n;
	if (output__packet(&pr->out, &p) == 0)
		return 0;
	if (pr->out.err != EPIPE)
		cli_err("write error: %s", strerror(pr->out.err));
	return -1;
}

/* -V: the next name in the list, NULL at its end */
static const char *next_name(FILE *vf, char *buf, size_t n)
{
	size_t len;

	if (!vf || !fgets(buf, (int)n, vf))
		return NULL;
	len = strlen(buf);
	if (len && buf[len - 1] == '\n')
		buf[len - 1] = '\0';
	return buf;
}

/* -V: the source of the next file of the list, as tcpdump goes on: 1 opened, 0 none left, -1 error */
static int next_file(struct cmdline *c, FILE *vf, char *name, size_t n, struct source **src,
		     struct wfile *wf)
{
	int lt = source__linktype(*src);
	struct source *ns;
	char err[512];

	if (!next_name(vf, name, n))
		return 0;
	c->cap.read_file = name;
	ns = source__open(&c->cap, err, sizeof(err));
	if (!ns) {
		cli_err("%s", err);
		return -1;
	}
	if (wf && source__linktype(ns) != lt) {
		cli_err("%s: new dlt does not match original", name);
		source__close(ns);
		return -1;
	}
	if (source__compile(ns, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		source__close(ns);
		return -1;
	}
	source__close(*src);
	*src = ns;
	if (wf)
		wfile__set_source(wf, ns);
	fflush(stdout);	/* the last file's lines before the next one's banner */
	cli_file_banner(name, source__linktype(ns), source__snaplen(ns));
	return 1;
}

int cli_run(struct cmdline *c)
{
	int live = !c->cap.read_file && !c->file_list;
	struct pt_sink sinks[3];
	struct keyfile *kf = NULL;
	struct printer pr = { 0 };
	long long total = 0;
	char vname[4096];
	FILE *vf = NULL;
	struct wfile *wf = NULL;
	struct source *src;
	struct pt_run run;
	char err[512];
	int rc = 0, started = 0;

	if (live && c->list_ifaces)
		return cli_list_ifaces(c);
	set_signals(live);
	if (c->file_list) {
		vf = strcmp(c->file_list, "-") ? fopen(c->file_list, "r") : stdin;
		if (!vf) {
			cli_err("invalid -V value '%s': %s", c->file_list, strerror(errno));
			return 1;
		}
		c->cap.read_file = next_name(vf, vname, sizeof(vname));
		if (!c->cap.read_file) {
			cli_err("invalid -V value '%s': no file names in it", c->file_list);
			if (vf != stdin)
				fclose(vf);
			return 1;
		}
	}

	/* a key log that cannot be written stops us before anything starts */
	if (live && c->keylog_file && !(kf = keyfile__open(c->keylog_file)))
		return 1;
	src = source__open(&c->cap, err, sizeof(err));
	if (!src) {
		cli_err("%s", err);
		rc = 1;
		goto out;
	}
	if (!live)
		cli_file_banner(c->cap.read_file, source__linktype(src), source__snaplen(src));
	if (source__compile(src, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		rc = 1;
		goto out;
	}
	if (c->log_level <= LOG_WARN)
		print_warnings(source__warnings(src));
	/* -Z: after the capture or input is open, before any output file */
	if (cli_drop_privileges(c) < 0) {
		rc = 1;
		goto out;
	}

	memset(&run, 0, sizeof(run));
	run.src = src;
	run.sinks = sinks;
	run.count = c->cap.count;
	run.stop = &stop_flag;
	run.drain = 1;
	run.timeout_ms = LIVE_TICK_MS;
	if (c->po.line_buffered)
		setvbuf(stdout, NULL, _IOLBF, 0);
	/* the key log first: a packet's keys are on disk before the packet */
	if (kf) {
		keyfile__source(kf, src);
		sinks[run.n_sinks++] = (struct pt_sink){ keyfile__packet, keyfile__idle, kf };
	}
	if (c->write_file) {
		wf = wfile__open(c, src);
		if (!wf) {
			rc = 1;
			goto out;
		}
		sinks[run.n_sinks++] = (struct pt_sink){ wfile__packet, wfile__idle, wf };
	}
	/* with -w - the packets own stdout: text goes to stderr */
	if (output__init(&pr.out, &c->po,
			 c->write_file && strcmp(c->write_file, "-") == 0 ? stderr : stdout) < 0) {
		cli_err("out of memory");
		rc = 1;
		goto out;
	}
	if (!c->count_only && (!c->write_file || c->print))
		sinks[run.n_sinks++] = (struct pt_sink){ print_packet, NULL, &pr };
	if (live) {
		live_banner(c, src);
		started = 1;
	}

	/* -V: each file in turn, -c counting per file as tcpdump's pcap_loop */
	for (;;) {
		int r;

		if (pt_run(&run) < 0) {
			if (run.err[0])
				cli_err("%s", run.err);
			rc = 1;
		}
		total += run.n_pkts;
		if (rc || !vf || atomic_load(&stop_flag))
			break;
		r = next_file(c, vf, vname, sizeof(vname), &src, wf);
		if (r <= 0) {
			rc = r < 0 ? 1 : rc;
			break;
		}
		run.src = src;
	}
	if (c->count_only)
		printf("%lld packet%s\n", total, total == 1 ? "" : "s");
	/* a closed pipe ends a file read with status 1, like tcpdump's */
	if (fflush(stdout) != 0 && rc == 0 && (!live || errno != EPIPE)) {
		if (errno != EPIPE)
			cli_err("write error: %s", strerror(errno));
		rc = 1;
	}
out:
	/* a write error already reported is not reported again */
	if (wfile__close(wf, rc == 0) < 0)
		rc = 1;
	if (keyfile__close(kf) < 0)
		rc = 1;
	if (pr.out.dx)
		output__fini(&pr.out);
	if (started) {	/* a setup error stays one line */
		fflush(stdout);
		print_stats(src);
	}
	source__close(src);
	if (vf && vf != stdin)
		fclose(vf);
	return rc;
}
