/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: internals of live capture shared by live*.c and tc.c (not a public API) */
#ifndef PTCPDUMP_CAPTURE_LIVE_INT_H
#define PTCPDUMP_CAPTURE_LIVE_INT_H

#include <stddef.h>
#include <stdint.h>

#define PT_IFNAMSIZ 16	/* IFNAMSIZ, without <net/if.h> (it clashes with <linux/if.h>) */

struct bpf_object;
struct bpf_insn;

/* ---- rtnetlink (live_nl.c) ------------------------------------------- */

struct nl_link {
	int ifindex;
	int type;		/* ARPHRD_* */
	unsigned flags;		/* IFF_* */
	char name[PT_IFNAMSIZ];
	int deleted;		/* RTM_DELLINK */
};

typedef void (*nl_link_fn)(void *arg, const struct nl_link *lk);

/* Dump every link of the current netns. 0 or -errno. */
int nl__dump_links(nl_link_fn fn, void *arg);
/* A non-blocking socket subscribed to link changes (current netns). fd or -errno. */
int nl__watch_open(void);
/* Read pending link events from a watch socket. 0 or -errno. */
int nl__watch_read(int fd, nl_link_fn fn, void *arg);

/* ARPHRD_* -> 0 Ethernet (PT_LINK_ETH), 1 raw IP (PT_LINK_RAW), -1 unsupported */
int nl__link_kind(int arphrd);

/* ---- attaching (tc.c) ------------------------------------------------- */

struct tc_att {
	int ifindex;
	int egress;
	int link_fd;		/* TCX link, or -1 */
	int clsact;		/* 1: a clsact filter (handle, prio) */
	uint32_t handle;
	uint32_t prio;
};

struct tc_ctx {
	int force_clsact;	/* PTCPDUMP_FORCE_CLSACT=1 in the environment (tests) */
	int tcx_ok;		/* -1 unknown, 0 no, 1 yes */
	int slot;		/* clsact: our slot, -1 none */
	int slot_fd;		/* flock()ed lock file of the slot */
};

void tc__init(struct tc_ctx *t);
/* Attach prog_fd to ifindex; TCX when the kernel has it, clsact otherwise. 0 or -errno. */
int tc__attach(struct tc_ctx *t, int prog_fd, int ifindex, int egress, struct tc_att *a);
void tc__detach(struct tc_ctx *t, struct tc_att *a);
/* clsact only: remove the filters of dead instances on these interfaces */
void tc__clean_stale(struct tc_ctx *t, const int *ifindex, size_t n);
void tc__fini(struct tc_ctx *t);

/* ---- filter splice (live_splice.c) ------------------------------------ */

struct splice {
	const struct bpf_object *obj;
	struct bpf_insn *body[2];	/* per PT_LINK_*: translated filter */
	int n[2];
	int handler;			/* libbpf prog handler id, or -1 */
	int rc;				/* first error of the callback */
	char err[256];
};

/* Register the "ptcap/" section handler. 0 or -errno. */
int splice__register(struct splice *s);
void splice__unregister(struct splice *s);

/* ---- classic filter code (live_cbpf.c: the only file that sees pcap.h) -- */

struct pfilter;
struct cbpf_insn;

/* Compile pf for a DLT and copy its classic code. 0 with *out (caller
 * frees) and *n, or -EINVAL with libpcap's message in err. */
int live_cbpf__get(struct pfilter *pf, int dlt, struct cbpf_insn **out, size_t *n, char *err,
		   size_t errlen);

#endif
