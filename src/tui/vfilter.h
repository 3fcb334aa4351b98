/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the view filter: pcap-filter expressions plus process primitives
 *
 * Grammar (and/or/not, &&/||/!, parentheses, "and" binds tighter than "or"):
 *   pid N | ppid N | pname NAME | container NAME | pod NAME[.NAMESPACE]
 * combined with any pcap-filter(7) expression, e.g.
 *   pname curl and tcp port 443
 *   (pid 31337 or container api) and not arp
 * Process primitives are evaluated here; every maximal sub-expression that
 * contains none is handed to libpcap as one piece of text (so "port 80 or
 * 443" keeps libpcap's own meaning). NAME may use fnmatch(3) wildcards.
 * No curses, no I/O: unit-testable.
 */
#ifndef PTCPDUMP_TUI_VFILTER_H
#define PTCPDUMP_TUI_VFILTER_H

#include <stddef.h>
#include <stdint.h>

struct proc_ctx;
struct vfilter;

/* What one packet looks like to the filter. */
struct vfilter_pkt {
	int linktype;
	const uint8_t *data;
	uint32_t caplen;
	uint32_t len;
	const struct proc_ctx *proc;	/* NULL: no process */
};

/*
 * Parse and compile expr for the link types given (linktypes may be NULL
 * when n_linktypes is 0: then Ethernet is used to check the pcap parts).
 * NULL on error with a message in err and the byte offset of the offending
 * token in *errpos (-1 when unknown). An empty expression gives a filter
 * that matches everything. Caller owns.
 */
struct vfilter *vfilter__new(const char *expr, const int *linktypes, size_t n_linktypes,
			     uint32_t snaplen, char *err, size_t errlen, int *errpos);
void vfilter__free(struct vfilter *vf);
/* 1 match, 0 no match (a pcap part that fails for an unseen link type: 0) */
int vfilter__match(struct vfilter *vf, const struct vfilter_pkt *p);
/* the expression as given ("" when empty); borrowed */
const char *vfilter__expr(const struct vfilter *vf);
/* 1 if the expression uses a process primitive */
int vfilter__has_proc(const struct vfilter *vf);

#endif
