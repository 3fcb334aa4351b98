/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the text sink: one packet -> ptcpdump's line (tcpdump's text plus process info) */
#ifndef PTCPDUMP_CLI_OUTPUT_H
#define PTCPDUMP_CLI_OUTPUT_H

#include <stdio.h>

#include "core/pkt.h"
#include "core/strbuf.h"
#include "decode/decode.h"

struct output {
	const struct pt_opts *po;
	struct dx *dx;
	struct strbuf line;
	struct strbuf fold;	/* --oneline's copy of the lines */
	FILE *f;
	int err;		/* errno of the first write error */
};

int output__init(struct output *o, const struct pt_opts *po, FILE *f);
void output__fini(struct output *o);
/* Format and write one packet; 0 or -errno (closed pipe, full disk). */
int output__packet(struct output *o, const struct pkt *pkt);
/* Format one packet into sb (no trailing newline). */
void output__format(struct output *o, const struct pkt *pkt, struct strbuf *sb);

#endif
