// SPDX-License-Identifier: GPL-2.0
/* \summary: -r FILE: read a pcap/pcapng file, filter, print and/or write */
#include <errno.h>
#include <pcap/pcap.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/capfile.h"
#include "capture/pfilter.h"
#include "cli.h"
#include "output.h"

#define MAX_WIFACES 256

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

static const char *linktype_name(int lt)
{
	const char *s = pcap_datalink_val_to_name(lt);

	return s ? s : "unknown";
}

static const char *linktype_desc(int lt)
{
	const char *s = pcap_datalink_val_to_description(lt);

	return s ? s : "unknown";
}

static int is_pcap_name(const char *path)
{
	size_t n = strlen(path);

	return n >= 5 && strcmp(path + n - 5, ".pcap") == 0;
}

struct file_run {
	struct cli *c;
	struct capfile_reader *r;
	struct capfile_writer *w;
	int wid[MAX_WIFACES];	/* reader iface -> writer iface, -1 = not yet */
	struct pfilter *pf;
	struct output out;
	int print;
	size_t keylog_sent;	/* bytes of the reader's key log passed to the writer */
};

static int writer_iface(struct file_run *fr, uint32_t if_id, const struct pkt *pkt)
{
	struct capfile_iface ifc = { 0 };
	const struct capfile_iface *rif = NULL;
	int id;

	if (if_id < MAX_WIFACES && fr->wid[if_id] >= 0)
		return fr->wid[if_id];
	if (if_id < capfile_reader__n_ifaces(fr->r))
		rif = capfile_reader__iface(fr->r, if_id);
	if (rif)
		ifc = *rif;
	ifc.linktype = pkt->linktype;
	if (!ifc.snaplen)
		ifc.snaplen = capfile_reader__snaplen(fr->r);
	if (fr->c->filter)
		ifc.filter = fr->c->filter;
	id = capfile_writer__add_iface(fr->w, &ifc);
	if (id >= 0 && if_id < MAX_WIFACES)
		fr->wid[if_id] = id;
	return id;
}

int cli_run_file(struct cli *c)
{
	struct file_run fr;
	char err[512];
	struct pkt pkt;
	long long matched = 0;
	int rc = 0, n, i;
	int lt;

	memset(&fr, 0, sizeof(fr));
	fr.c = c;
	for (i = 0; i < MAX_WIFACES; i++)
		fr.wid[i] = -1;
	signal(SIGPIPE, SIG_IGN);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	fr.r = capfile_reader__open(c->read_file, err, sizeof(err));
	if (!fr.r) {
		cli_err("%s", err);
		return 1;
	}
	lt = capfile_reader__linktype(fr.r);
	/* tcpdump names the link type only when libpcap knows it */
	if (pcap_datalink_val_to_name(lt))
		fprintf(stderr, "reading from file %s, link-type %s (%s), snapshot length %u\n",
			c->read_file, linktype_name(lt), linktype_desc(lt),
			capfile_reader__snaplen(fr.r));
	else
		fprintf(stderr, "reading from file %s, link-type %u, snapshot length %u\n",
			c->read_file, (unsigned)lt, capfile_reader__snaplen(fr.r));
	/* SLL2 names interfaces by index, looked up on this machine */
	if (lt == 276)
		fprintf(stderr, "Warning: interface names might be incorrect\n");

	fr.pf = pfilter__new(c->filter, capfile_reader__snaplen(fr.r));
	if (!fr.pf) {
		cli_err("out of memory");
		rc = 1;
		goto out;
	}
	pfilter__set_savefile(fr.pf, capfile_reader__big_endian(fr.r));
	if (c->filter && pfilter__compile(fr.pf, lt, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		rc = 1;
		goto out;
	}
	if (c->write_file) {
		enum capfile_format fmt = is_pcap_name(c->write_file) ? CAPFILE_PCAP : CAPFILE_PCAPNG;

		fr.w = capfile_writer__open(c->write_file, fmt, capfile_reader__nano(fr.r), err,
					    sizeof(err));
		if (!fr.w) {
			cli_err("%s", err);
			rc = 1;
			goto out;
		}
		/* the first interface goes out now, so that a file with no
		 * packet (or none that matches) still reads back */
		if (capfile_reader__n_ifaces(fr.r) > 0) {
			struct pkt first = { 0 };
			int id;

			first.linktype = capfile_reader__iface(fr.r, 0)->linktype;
			id = writer_iface(&fr, 0, &first);
			if (id < 0) {
				cli_err("%s: %s", c->write_file, strerror(-id));
				rc = 1;
				goto out;
			}
		}
	}
	fr.print = !c->count_only && (!c->write_file || c->print);
	/* with -w - the packets own stdout: text goes to stderr */
	if (output__init(&fr.out, &c->po,
			 c->write_file && strcmp(c->write_file, "-") == 0 ? stderr : stdout) < 0) {
		cli_err("out of memory");
		rc = 1;
		goto out;
	}
	if (c->po.line_buffered)
		setvbuf(stdout, NULL, _IOLBF, 0);

	while (!stop_flag && (c->count < 0 || matched < c->count)) {
		n = capfile_reader__next(fr.r, &pkt);
		if (n == 0)
			break;
		if (n < 0) {
			cli_err("%s", capfile_reader__error(fr.r));
			rc = 1;
			break;
		}
		n = pfilter__match(fr.pf, pkt.linktype, pkt.data, pkt.caplen, pkt.len);
		if (n < 0) {
			pfilter__compile(fr.pf, pkt.linktype, err, sizeof(err));
			cli_err("%s", err);
			rc = 1;
			break;
		}
		if (!n)
			continue;
		matched++;
		if (fr.w) {
			const char *keys = capfile_reader__keylog(fr.r);
			size_t nkeys = strlen(keys);
			int id;

			/* TLS keys read from DSBs go out before the packets they decrypt */
			if (nkeys > fr.keylog_sent &&
			    capfile_writer__add_keylog(fr.w, keys + fr.keylog_sent,
						       nkeys - fr.keylog_sent) == 0)
				fr.keylog_sent = nkeys;
			id = writer_iface(&fr, pkt.if_id, &pkt);

			if (id < 0 || capfile_writer__write(fr.w, id, &pkt) < 0) {
				cli_err("%s: %s", c->write_file, strerror(id < 0 ? -id : errno ? errno : EIO));
				rc = 1;
				break;
			}
		}
		if (fr.print && output__packet(&fr.out, &pkt) < 0) {
			if (fr.out.err != EPIPE)
				cli_err("write error: %s", strerror(fr.out.err));
			rc = 1;
			break;
		}
	}
	if (c->count_only)
		printf("%lld packet%s\n", matched, matched == 1 ? "" : "s");
	if (fflush(stdout) != 0 && rc == 0) {
		if (errno != EPIPE)
			cli_err("write error: %s", strerror(errno));
		rc = 1;
	}
out:
	if (fr.w) {
		int e = capfile_writer__close(fr.w);

		if (e < 0 && rc == 0) {
			cli_err("%s: %s", c->write_file, strerror(-e));
			rc = 1;
		}
	}
	if (fr.out.dx)
		output__fini(&fr.out);
	pfilter__free(fr.pf);
	capfile_reader__close(fr.r);
	return rc;
}
