/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: command line front end: parsed options, the sinks and the run */
#ifndef PTCPDUMP_CLI_CLI_H
#define PTCPDUMP_CLI_CLI_H

#include <stdint.h>

#include "capture/source.h"
#include "core/opts.h"

struct cli {
	struct pt_opts po;		/* printing options shared with decode */
	struct capture_opts cap;	/* what to capture (shared with ptcpdump-top) */
	const char *write_file;		/* -w */
	int print;			/* --print (with -w) */
	int count_only;			/* --count */
	int list_ifaces;		/* -D */
	long long rotate_bytes;		/* -C */
	long rotate_secs;		/* -G */
	int rotate_count;		/* -W */
};

/* main.c */
int cli_parse(struct cli *c, int argc, char **argv);

/* run.c: capture (-r FILE or live) and print or write; returns the exit status */
int cli_run(struct cli *c);
/* ifaces.c: -D; returns the exit status */
int cli_list_ifaces(const struct cli *c);
/* ifaces.c: -i N names the N-th interface of -D; 0, or -1 after a message */
int cli_iface_numbers(struct cli *c);
/* write.c: the -w sink (pcap or pcapng, -C/-G/-W rotation when live) */
struct wfile;
struct wfile *wfile__open(const struct cli *c, struct source *src);
int wfile__packet(void *wf, const struct pkt *pkt);
int wfile__idle(void *wf);
/* flush and close; 0, or -1 (with a message when report is set). Safe on NULL. */
int wfile__close(struct wfile *wf, int report);

/* resolve.c: the resolver used without -n; NULL if unavailable */
const struct name_resolver *cli_resolver(void);

/* "ptcpdump: " + message on stderr */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
