/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the one run loop: source -> filter -> sinks, for ptcpdump and ptcpdump-top
 *
 * ptcpdump's sinks are the text printer and the -w writer, ptcpdump-top's
 * the batches for its screen; the loop is the same for a file and for a
 * live capture.
 */
#ifndef PTCPDUMP_CAPTURE_PIPELINE_H
#define PTCPDUMP_CAPTURE_PIPELINE_H

#include <stdatomic.h>

#include "../core/pkt.h"
#include "source.h"

/* Sink callbacks return 0 to go on, 1 to stop (done), -1 to stop on an
 * error (the sink reports it). */
struct pt_sink {
	/* a packet that passed the filter, borrowed for the call */
	int (*packet)(void *arg, const struct pkt *pkt);
	/* a live source had nothing within the timeout; may be NULL */
	int (*idle)(void *arg);
	void *arg;
};

struct pt_run {
	struct source *src;
	const struct pt_sink *sinks;
	int n_sinks;
	long long count;		/* stop after this many packets; <= 0 = no limit */
	atomic_int *stop;		/* set by a signal handler or another thread */
	int drain;			/* after *stop, a live source hands out what it holds */
	int timeout_ms;			/* live: call the idle sinks after this long without packets */
	/* results */
	long long n_pkts;		/* packets handed to the sinks */
	char err[256];			/* why the source failed, when pt_run returns -1 */
};

/* Run until the source ends, *stop is set, count packets went through or a
 * sink stops it. 0, or -1 when the source (err) or a sink failed. */
int pt_run(struct pt_run *r);

#endif
