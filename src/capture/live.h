/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: live capture with eBPF: one source of struct pkt for the CLI and the TUI
 *
 * The programs capture through source.h; ptcpdump -D lists the interfaces
 * with live__list_ifaces().
 */
#ifndef PTCPDUMP_CAPTURE_LIVE_H
#define PTCPDUMP_CAPTURE_LIVE_H

#include <stddef.h>
#include <stdint.h>

#include "../core/pkt.h"
#include "capfile.h"
#include "source.h"

struct live;

struct live_stats {
	uint64_t captured;		/* handed to the caller */
	uint64_t received;		/* seen by the filter */
	uint64_t dropped;		/* lost in the kernel (ring buffer full etc.) */
	uint64_t matched;		/* passed the in-kernel filter and process selection */
};

/* Load, attach, start (o->read_file and o->count are not looked at).
 * NULL with a one-line message in err. Caller owns. */
struct live *live__open(const struct capture_opts *o, char *err, size_t errlen);
/* A pollable fd that becomes readable when packets (or events) wait.
 * Without o->immediate the kernel wakes it only for a batch of packets:
 * poll it with a timeout of at most 10 ms (live__next does). */
int live__fd(const struct live *l);
/*
 * Next packet: 1 and *pkt filled (borrowed until the next call), 0 when
 * nothing came within timeout_ms (-1 = wait), -1 when the traced command
 * (-- cmd) has exited and everything was delivered, or -errno.
 */
int live__next(struct live *l, struct pkt *pkt, int timeout_ms);
void live__stats(const struct live *l, struct live_stats *st);
/* Interfaces known so far, indexed by pkt->if_id (for pcapng IDBs); the
 * pointers stay valid until live__close. */
/* the TLS key log so far (o->tls_keys), or ""; *len its length */
const char *live__keylog(const struct live *l, size_t *len);
size_t live__n_ifaces(const struct live *l);
const struct capfile_iface *live__iface(const struct live *l, size_t i);
/*
 * Non-fatal problems found by live__open (a kernel feature that is missing,
 * interfaces that cannot be captured): "" or one line per problem, each
 * ending in '\n', for the front end to print. Borrowed until live__close.
 */
const char *live__warnings(const struct live *l);

/* One network interface, for -D. */
struct live_ifinfo {
	int ifindex;
	const char *name;
	unsigned flags;			/* IFF_UP, IFF_RUNNING, IFF_LOOPBACK ... */
	int arphrd;			/* ARPHRD_* */
	int capturable;			/* a link type live capture supports */
	int linktype;			/* the DLT_ its packets get, -1 if not capturable */
};

/* Call fn for every interface of netns (NULL: ours). 0, or -errno with a
 * message in err. */
int live__list_ifaces(const char *netns, void (*fn)(void *arg, const struct live_ifinfo *ii),
		      void *arg, char *err, size_t errlen);

/* -D's list: the capturable interfaces and "any", in libpcap's order */
struct live_dev {
	char name[16];			/* IF_NAMESIZE */
	unsigned flags;
	int ifindex;
	int any;
};

struct live_devlist {
	struct live_dev v[512];
	int n;
};

/* devlist.c: the list for netns (NULL: ours); NULL with a message in err.
 * Caller frees. */
struct live_devlist *live__devices(const char *netns, char *err, size_t errlen);

/* Detach everything and free. Safe on NULL. */
void live__close(struct live *l);

#endif
