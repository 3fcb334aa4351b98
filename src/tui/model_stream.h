/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: follow stream: the TCP or UDP conversation of a packet, both directions
 * in order, read back from the store (no curses: the unit test drives it)
 *
 * The conversation is every stored packet of the packet's 5-tuple. Its
 * client is the side that sent the first SYN, else the sender of the
 * first packet (as Wireshark). TCP bytes are put in sequence order per
 * direction: retransmitted bytes are left out, a segment that comes early
 * waits for the bytes before it, and bytes never seen are a gap (a chunk
 * with missing > 0). Consecutive bytes of one direction form one chunk.
 * Only the conversation's payload is kept, up to MSTREAM_MAX bytes. A side's
 * packets count where its first packet was taken (interface and direction):
 * the copies seen elsewhere (on lo every packet goes out and comes back in;
 * with -i any it crosses several interfaces) are counted and left out.
 */
#ifndef PTCPDUMP_TUI_MODEL_STREAM_H
#define PTCPDUMP_TUI_MODEL_STREAM_H

#include <stddef.h>
#include <stdint.h>

struct model;

#define MSTREAM_MAX (16u << 20)

struct mstream_chunk {
	int dir;		/* 0: client -> server, 1: server -> client */
	uint64_t num;		/* number of the packet its first byte came in */
	size_t off, len;	/* bytes in the stream's buf */
	uint64_t missing;	/* bytes lost before it (TCP gap) */
};

struct mstream_side {
	char addr[64];		/* "10.0.0.1" / "fe80::1" */
	unsigned port;
	uint64_t pkts, bytes;	/* packets sent, payload bytes shown */
	uint64_t retrans;	/* bytes seen again (left out) */
	uint64_t missing;	/* bytes never seen */
	uint64_t copies;	/* packets seen again elsewhere (left out) */
};

struct mstream {
	int tcp;		/* else UDP */
	struct mstream_side side[2];	/* [0] client, [1] server */
	struct mstream_chunk *chunks;
	size_t n_chunks;
	uint8_t *buf;
	size_t len;
	int truncated;		/* more than MSTREAM_MAX bytes: the rest is left out */
};

/*
 * Reading the store in steps, between keys: mstream__start (NULL with a
 * message in err: not TCP or UDP, gone, out of memory), then mstream__step
 * until it returns 1 (-1: out of memory); in a live capture step again when
 * packets were added: it goes on from where it stopped. The stream is then
 * mstream__result's, rebuilt when the segments changed (gen changes), owned
 * by the job.
 */
struct mstream_job;
struct mstream_job *mstream__start(struct model *m, uint64_t seq, char *err, size_t errlen);
/* read packets for up to budget_ns: 1 read to the store's end, 0 more to read, -1 */
int mstream__step(struct mstream_job *j, uint64_t budget_ns, char *err, size_t errlen);
/* NULL until the first read reached the end */
const struct mstream *mstream__result(const struct mstream_job *j, unsigned *gen);
/* how much of the store the reading went through */
int mstream__percent(const struct mstream_job *j);
void mstream__job_free(struct mstream_job *j);

/* All at once (the unit test): NULL with a message in err. Caller frees with mstream__free. */
struct mstream *mstream__build(struct model *m, uint64_t seq, char *err, size_t errlen);
void mstream__free(struct mstream *s);

#endif
