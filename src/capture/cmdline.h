/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the parsed command line of ptcpdump and ptcpdump-top
 *
 * Both programs parse through cmdline_parse (core/optab.def is the table),
 * so a flag both take fills the same field with the same meaning.
 */
#ifndef PTCPDUMP_CAPTURE_CMDLINE_H
#define PTCPDUMP_CAPTURE_CMDLINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/cmdopt.h"
#include "../core/opts.h"
#include "source.h"

#define CMD_MAX_STRS (2 * CAPTURE_MAX_IFACES + CAPTURE_MAX_NETNS)

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR, LOG_FATAL };

struct cmdline {
	unsigned prog;			/* CMDOPT_CLI or CMDOPT_TOP */
	const char *progname;
	struct pt_opts po;		/* printing options shared with decode */
	struct capture_opts cap;	/* what to capture (source.h) */
	/* input */
	const char *file_list;		/* -V */
	const char *filter_file;	/* -F */
	int dump_code;			/* -d count */
	/* live capture */
	int linktype;			/* -y, -1 = the interface's */
	int tstamp_type;		/* -j, -1 = default */
	int monitor;			/* -I */
	/* output */
	const char *write_file;		/* -w */
	const char *keylog_file;	/* --write-keylog-file, else $SSLKEYLOGFILE */
	int embed_keylog;		/* --embed-keylog-to-pcapng */
	int print;			/* --print (with -w) */
	int count_only;			/* --count */
	long long rotate_bytes;		/* -C */
	long rotate_secs;		/* -G */
	int rotate_count;		/* -W */
	const char *postrotate;		/* -z */
	const char *user;		/* -Z */
	int log_level;			/* enum log_level */
	uint64_t spool_size;		/* --spool-size (ptcpdump-top; 0: the default) */
	const char *copy_file;		/* --copy-file (ptcpdump-top; NULL: the default) */
	/* actions */
	int list_ifaces;		/* -D */
	int list_dlts;			/* -L */
	int list_tstamp;		/* -J */
	/* storage of split -i lists and of -i N's names */
	char *strs[CMD_MAX_STRS];
	int n_strs;
};

/*
 * Fill c from argv for prog. --help and --version print and exit 0; a bad
 * option or value prints one line "progname: ..." and exits 1.
 */
void cmdline_parse(struct cmdline *c, unsigned prog, const char *progname, int argc,
		   char **argv);
void cmdline_free(struct cmdline *c);

/* The masks of --context (PT_CTX_* of core/opts.h) named in s, or -1. */
int cmdline_context(const char *s);

/* "1.1.2": the libbpf in use (cmdline_ver.c: its header clashes with libpcap's) */
const char *cmdline_libbpf_version(void);
/* "libpcap version ...\nlibbpf version ...\n" for --version */
void cmdline_lib_versions(FILE *f);

#endif
