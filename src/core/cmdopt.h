/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the option table (optab.def) and what is made from it
 *
 * getopt_long's strings, --help, the man pages' OPTIONS sections and the
 * shell completions all come from cmdopt_table, so they cannot disagree.
 * What each option does is capture/cmdline.c's.
 */
#ifndef PTCPDUMP_CORE_CMDOPT_H
#define PTCPDUMP_CORE_CMDOPT_H

#include <stddef.h>
#include <stdio.h>

/* the programs an option belongs to */
#define CMDOPT_CLI 1u	/* ptcpdump */
#define CMDOPT_TOP 2u	/* ptcpdump-top */

enum cmdopt_id {
#define OPT(id, sh, lng, arg, choices, progs, act, help) OPT_##id,
#include "optab.def"
#undef OPT
	OPT__N
};

struct cmdopt {
	int id;			/* enum cmdopt_id */
	int sh;			/* short letter, 0 = none */
	const char *lng;	/* long name, NULL = none */
	const char *arg;	/* argument name, NULL = takes none */
	const char *choices;	/* the values it takes, space separated, or NULL */
	unsigned progs;		/* CMDOPT_CLI | CMDOPT_TOP */
	const char *help;
};

extern const struct cmdopt cmdopt_table[OPT__N];

/*
 * Called for each option in command line order. arg is NULL for an option
 * without argument; as is how the user wrote the option ("-c",
 * "--receive-count"), for messages. 0, or -1 with the reason in why
 * (e.g. "not a process id").
 */
typedef int (*cmdopt_fn)(void *ctx, const struct cmdopt *o, const char *as, const char *arg,
			 char *why, size_t whylen);

/*
 * Parse argv[1..argc-1] for prog (options may follow operands, as getopt
 * permutes). Returns the index in argv of the first operand (argv is
 * permuted so that operands come last), or with one line in err -1 for a
 * wrong option ("unrecognized option '--x'") and -2 for a bad value
 * ("invalid -c value '-1': ...").
 */
int cmdopt_parse(unsigned prog, int argc, char **argv, cmdopt_fn fn, void *ctx, char *err,
		 size_t errlen);

/* The value's index in o->choices (case-insensitive), or -1. */
int cmdopt_choice(const struct cmdopt *o, const char *val);

/* --help: usage line and every option of prog. */
void cmdopt_help(unsigned prog, const char *progname, FILE *f);
/* The OPTIONS section's body in roff (.TP paragraphs). */
void cmdopt_man(unsigned prog, FILE *f);
/* Completion scripts. */
void cmdopt_bash(unsigned prog, const char *progname, FILE *f);
void cmdopt_zsh(unsigned prog, const char *progname, FILE *f);

#endif
