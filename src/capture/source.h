/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the one source of packets: a file (-r) or a live capture, from one options struct
 *
 * ptcpdump and ptcpdump-top both fill a struct capture_opts (their parsers
 * do nothing else with these options), open a source from it and hand it
 * to pt_run() (pipeline.h) with their sinks.
 */
#ifndef PTCPDUMP_CAPTURE_SOURCE_H
#define PTCPDUMP_CAPTURE_SOURCE_H

#include <stddef.h>
#include <stdint.h>

#include "../core/pkt.h"
#include "capfile.h"

#define CAPTURE_MAX_IFACES 64
#define CAPTURE_MAX_PIDS 64
#define CAPTURE_MAX_NETNS 16
#define CAPTURE_MAX_SEL 16		/* --uid, --container-id, --container-name, --pod-name each */
#define CAPTURE_SNAPLEN 262144

/* --backend: the kind of program that sees the packets (the order of
 * the fallback when tc cannot attach) */
enum capture_backend {
	CAPTURE_BACKEND_TC = 0,
	CAPTURE_BACKEND_CGROUP_SKB = 1,
	CAPTURE_BACKEND_TP_BTF = 2,
	CAPTURE_BACKEND_SOCKET_FILTER = 3,
};

/* What to capture and when to stop: the options both programs share. */
struct capture_opts {
	const char *read_file;		/* -r FILE ("-" = stdin); NULL = live capture */
	const char *ifaces[CAPTURE_MAX_IFACES];	/* -i, repeatable; none or "any": all, new ones too */
	int n_ifaces;
	/* --netns, repeatable: paths (a bare name was made /run/netns/NAME),
	 * "any" (every namespace, new ones too) or "newly" (those created while
	 * capturing); none: ours */
	const char *netns[CAPTURE_MAX_NETNS];
	int n_netns;
	char *filter;			/* pcap-filter expression, or NULL; the caller owns it */
	uint32_t snaplen;		/* -s, CAPTURE_SNAPLEN by default */
	int direction;			/* -Q: 0 inout, 1 in, 2 out */
	long buffer_kib;		/* -B: ring buffer size, 0 = default */
	int pids[CAPTURE_MAX_PIDS];	/* --pid, repeatable */
	int n_pids;
	const char *pname;		/* --pname */
	int follow_forks;		/* --follow-forks */
	unsigned uids[CAPTURE_MAX_SEL];	/* --uid, repeatable */
	int n_uids;
	const char *ctr_ids[CAPTURE_MAX_SEL];	/* --container-id (prefix when >= 12 chars) */
	int n_ctr_ids;
	const char *ctr_names[CAPTURE_MAX_SEL];	/* --container-name */
	int n_ctr_names;
	const char *pods[CAPTURE_MAX_SEL];	/* --pod-name NAME.NAMESPACE */
	int n_pods;
	char **command;			/* -- command args: started by the live source and traced */
	const char *docker_address;	/* --docker-address: the engine API socket */
	const char *containerd_address;	/* --containerd-address */
	const char *cri_address;	/* --cri-runtime-address */
	const char *kernel_btf;		/* --kernel-btf: the kernel's types from this file */
	int tls_keys;			/* live: log the TLS secrets of the selected programs */
	int log_debug;			/* --log-level debug: say what is probed and why not */
	int immediate;			/* -U, -l, --immediate-mode: each packet at once, not in batches */
	long long count;		/* -c: stop after this many packets; 0 (or less) = no limit */
	int no_optimize;		/* -O: compile the expression without libpcap's optimizer */
	int backend;			/* --backend: enum capture_backend */
	int backend_set;		/* --backend was given: no fallback */
};

/* The defaults: everything off, snaplen CAPTURE_SNAPLEN, no count. */
void capture_opts__init(struct capture_opts *o);
/* the first --netns path (for -D, -L and -i N), NULL for ours */
const char *capture_opts__netns(const struct capture_opts *o);

struct source;

/* source__next() results */
enum {
	SOURCE_PKT = 1,			/* *pkt filled */
	SOURCE_IDLE = 0,		/* nothing came within the timeout (live) */
	SOURCE_END = -1,		/* end of the file; the traced command (-- cmd) exited */
	SOURCE_ERR = -2,		/* failed: source__error() says why */
};

/* tcpdump's three counts (a file: captured = received = packets read) */
struct source_stats {
	uint64_t captured;		/* handed to the caller */
	uint64_t received;		/* seen by the filter */
	uint64_t dropped;		/* lost in the kernel (ring buffer full etc.) */
	uint64_t matched;		/* live: passed the in-kernel filter and process selection */
};

/*
 * o->read_file set: open the file and read its header; otherwise load,
 * attach and start the live capture (which filters in the kernel). NULL
 * with a one-line message in err. o is copied.
 */
struct source *source__open(const struct capture_opts *o, char *err, size_t errlen);
/*
 * A file: compile o->filter for its first link type, as tcpdump does for a
 * savefile (tcpdump reports a bad expression after naming the file, hence a
 * second step). Live: nothing to do. 0, or -1 with libpcap's message in err.
 */
int source__compile(struct source *s, char *err, size_t errlen);
/*
 * Next packet: SOURCE_PKT and *pkt filled (borrowed until the next call),
 * or one of the other results above. timeout_ms (-1 = wait) counts for a
 * live source and for a file read from a pipe or socket (-r -), which gives
 * SOURCE_IDLE while the writer is quiet. The filter is not applied here
 * (source__match).
 */
int source__next(struct source *s, struct pkt *pkt, int timeout_ms);
/* 1 if pkt passes the file's filter (always for live, where the kernel did
 * it), 0 if not, -1 if the expression cannot be compiled for its link type
 * (message from source__error). */
int source__match(struct source *s, const struct pkt *pkt);
/* 1 if source__match has an expression to apply (a file with a filter) */
int source__filtered(const struct source *s);
const char *source__error(const struct source *s);
void source__stats(const struct source *s, struct source_stats *st);

int source__is_live(const struct source *s);
/* 1 for a file read from a pipe or socket (-r -): packets come as the writer sends them */
int source__is_stream(const struct source *s);
/* the first interface's link type and snaplen (live: -s) */
int source__linktype(const struct source *s);
uint32_t source__snaplen(const struct source *s);
/* 1 if timestamps are in nanoseconds (always for live) */
int source__nano(const struct source *s);
/* Interfaces known so far, indexed by pkt->if_id (for pcapng IDBs);
 * borrowed until the next source__next. */
size_t source__n_ifaces(const struct source *s);
const struct capfile_iface *source__iface(const struct source *s, size_t i);
/* TLS key log lines read so far (a pcapng file's DSBs; live: the secrets
 * of the traced programs with o->tls_keys), or ""; *len is its length */
const char *source__keylog(const struct source *s, size_t *len);
/* Non-fatal problems found when a live capture started: "" or lines
 * ending in '\n'. */
const char *source__warnings(const struct source *s);

/* Detach, close and free. Safe on NULL. */
void source__close(struct source *s);

#endif
