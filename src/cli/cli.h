/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: command line front end: parsed options and the run loops */
#ifndef PTCPDUMP_CLI_CLI_H
#define PTCPDUMP_CLI_CLI_H

#include <stdint.h>

#include "core/opts.h"

#define CLI_MAX_IFACES 64
#define CLI_MAX_PIDS 64

struct cli {
	struct pt_opts po;		/* printing options shared with decode */
	const char *read_file;		/* -r */
	const char *write_file;		/* -w */
	int print;			/* --print (with -w) */
	long long count;		/* -c, -1 = no limit */
	int count_only;			/* --count */
	char *filter;			/* expression (joined args or -F file); caller owns */
	const char *ifaces[CLI_MAX_IFACES];
	int n_ifaces;
	int list_ifaces;		/* -D */
	int direction;			/* -Q: 0 inout, 1 in, 2 out */
	long buffer_kib;		/* -B */
	int pids[CLI_MAX_PIDS];
	int n_pids;
	const char *pname;
	int follow_forks;
	const char *netns;
	char **command;			/* after "--" */
	long long rotate_bytes;		/* -C */
	long rotate_secs;		/* -G */
	int rotate_count;		/* -W */
	int snaplen_set;
};

/* main.c */
int cli_parse(struct cli *c, int argc, char **argv);

/* run.c: read -r FILE and print or write; returns the exit status */
int cli_run_file(struct cli *c);
/* live.c (capture): returns the exit status */
int cli_run_live(struct cli *c);

/* resolve.c: the resolver used without -n; NULL if unavailable */
const struct name_resolver *cli_resolver(void);

/* "ptcpdump: " + message on stderr */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
