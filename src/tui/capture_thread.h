/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the capture thread: the only code of ptcpdump-top that calls the capture layer
 *
 * It runs pt_run() (capture/pipeline.h) on a file (-r) or a live source
 * with one sink that decodes each packet's one-line text (its own
 * decoder, so relative TCP sequence numbers follow capture order), packs
 * packets into batches and pushes them onto the bounded queue. Live: when the queue is full the batch is dropped and counted,
 * the thread never waits for the screen. File: it retries (nothing is
 * lost, the file just loads at the speed the screen takes it).
 * Never calls curses or stdio.
 */
#ifndef PTCPDUMP_TUI_CAPTURE_THREAD_H
#define PTCPDUMP_TUI_CAPTURE_THREAD_H

#include <stddef.h>
#include <stdint.h>

#include "../capture/source.h"
#include "../core/opts.h"

struct queue;
struct capt;

struct capt_opts {
	struct capture_opts cap;	/* what to capture: -r FILE or live (copied) */
	const struct pt_opts *po;	/* printing options for the row text (borrowed) */
};

struct capt_stats {
	uint64_t read;		/* packets read from the source */
	uint64_t queue_drops;	/* packets dropped because the UI was behind */
	uint64_t kernel_drops;
	uint64_t received;
	int done;		/* source finished (end of file, command exited, error) */
	int failed;
	char error[256];	/* when failed */
	int live;
	char ifaces[128];	/* interface names for the status line */
	uint32_t snaplen;
	char warnings[512];	/* live__open's non-fatal problems, one per line */
};

/* Open the source (errors are reported here, before the screen starts) and
 * start the thread. NULL with a message in err. Caller owns. */
struct capt *capt__start(const struct capt_opts *o, struct queue *q, char *err, size_t errlen);
/* Stop the thread and free everything (batches left in the queue are freed too). */
void capt__stop(struct capt *c);
void capt__stats(struct capt *c, struct capt_stats *st);

#endif
