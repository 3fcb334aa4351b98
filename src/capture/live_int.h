/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: internals of live capture shared by live*.c and tc.c (not a public API) */
#ifndef PTCPDUMP_CAPTURE_LIVE_INT_H
#define PTCPDUMP_CAPTURE_LIVE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "capfile.h"
#include "live.h"

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
	int disabled;		/* PTCPDUMP_BACKEND_DISABLE has tc (tests): every attach fails */
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

#define SPLICE_SECTIONS 4

struct splice {
	const struct bpf_object *obj;
	struct bpf_insn *body[2];	/* per PT_LINK_*: translated filter */
	int n[2];
	int handler[SPLICE_SECTIONS];	/* libbpf prog handler ids, or -1 */
	int rc;				/* first error of the callback */
	char err[256];
};

/* Register the "ptcap/" (TC), "ptsock/" (socket filter), "ptcg/"
 * (cgroup_skb) and "pttp/" (tp_btf) section handlers. 0 or -errno. */
int splice__register(struct splice *s);
void splice__unregister(struct splice *s);

/* ---- classic filter code (live_cbpf.c: the only file that sees pcap.h) -- */

struct pfilter;
struct cbpf_insn;

/* Compile pf for a DLT and copy its classic code. 0 with *out (caller
 * frees) and *n, or -EINVAL with libpcap's message in err. */
int live_cbpf__get(struct pfilter *pf, int dlt, struct cbpf_insn **out, size_t *n, char *err,
		   size_t errlen);

/* ---- the live capture object (live.c, live_iface.c) ------------------- */

#define PT_DLT_EN10MB 1
#define PT_DLT_RAW 12		/* Linux value of DLT_RAW; files get LINKTYPE_RAW */

struct capture_bpf;
struct bpf_object_open_opts;

/* capture.bpf.c built without kernel functions (capture_lite.c): for the
 * tc and socket-filter backends without use_dynptr nor want_netns */
struct capture_bpf *capture_lite__open_opts(const struct bpf_object_open_opts *opts);
struct ringbuf;
struct proctab;

/* a network namespace captured in (live_netns.c); never moves once made */
struct lns {
	int fd;				/* -1: our own (no setns) */
	unsigned long long ino;
	int nlfd;			/* link changes (every-interface mode), or -1 */
	int attached;			/* an interface of it is attached (clsact clean-up done) */
	int joined;			/* found while capturing: let go once it is gone */
	int gone;			/* no process and no name holds it any more: fd closed */
	int held;			/* seen held by a process or a name (reap) */
	char path[64];
};

struct liface {
	uint32_t id;			/* index in ifs: pkt->if_id */
	struct lns *ns;
	int ifindex;
	int kind;			/* PT_LINK_* */
	int arphrd;
	int attached;
	int gone;
	struct tc_att att[2];		/* [0] ingress, [1] egress */
	int sock_fd;			/* socket-filter backend: the AF_PACKET socket, or -1 */
	int in_cg;			/* cgroup-skb, tp-btf backends: in the cg_ifaces map */
	char name[PT_IFNAMSIZ];
	char disp[PT_IFNAMSIZ + 24];	/* name, or name@netnsInode */
	char comment[192];
	struct capfile_iface ci;
};

struct live {
	struct capture_opts o;
	struct capture_bpf *skel;
	struct splice sp;
	struct pfilter *pf;
	struct ringbuf *rb;
	struct tc_ctx tc;
	int backend;			/* enum capture_backend in use */
	int cg_link[2];			/* cgroup-skb, tp-btf: ingress, egress links */
	int epfd;
	struct lns **nss;		/* the namespaces captured in */
	size_t n_ns, cap_ns;
	int self_ns_fd;
	unsigned long long self_ino;
	int ns_any, ns_newly;		/* --netns any / newly: new namespaces join */
	unsigned long long *ns_skip;	/* newly: the namespaces that existed at start */
	size_t n_skip, cap_skip;
	int ns_watch;			/* inotify on /run/netns, or -1 */
	uint64_t ns_rescan_until;	/* a /run/netns entry may not be mounted yet */
	uint64_t ns_reap_at;		/* next look for namespaces nothing holds but us */
	int all;			/* every interface, new ones too */
	uint32_t max_mbps;		/* fastest link speed of the interfaces chosen, 0: unknown */
	int kind_ok[2];			/* a program for PT_LINK_ETH / RAW is loaded */
	int user_filter[2];		/* the kernel cannot run this filter: we do */
	int dir_on[2];			/* attach ingress / egress */
	struct liface **ifs;		/* entries never move: pointers stay valid */
	size_t n_ifs, cap_ifs;
	int64_t mono2real;
	uint64_t last_sync;
	uint64_t captured;
	uint64_t since_events;
	char warn[1024];
	char *errp;			/* for callbacks during open */
	size_t errlen;
	int open_err;
	struct proctab *pt;
	struct keylog *kl;		/* o.tls_keys: the TLS key log */
	int spawned;
	uint64_t exited_ns;		/* when the spawned command was seen gone */
};

void live_warnf(struct live *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int live_prog_fd(const struct live *l, int kind, int egress);
int live_epoll_add(struct live *l, int fd);

/* live_netns.c: the namespaces of --netns, and new ones for any/newly */
int live_netns_open(struct live *l, char *err, size_t errlen);
void live_netns_close(struct live *l);
/* setns into ns and back (nothing for our own); 0 or -errno */
int live_ns_enter(struct live *l, const struct lns *ns);
void live_ns_leave(struct live *l, const struct lns *ns);
/* any/newly: look at a process that just ran exec, and at /run/netns */
void live_netns_on_exec(struct live *l, int pid);
void live_netns_poll(struct live *l);
struct lns *live_ns_by_ino(const struct live *l, unsigned long long ino);

/* live_iface.c; ns NULL: our own namespace */
struct liface *live_iface_by_index(struct live *l, const struct lns *ns, int ifindex);
/* caller owns nothing; NULL when the table is full or out of memory */
struct liface *live_iface_add(struct live *l, struct lns *ns, const struct nl_link *lk, int kind);
int live_iface_attach(struct live *l, struct liface *f);
/* f->ci.linktype for f->kind under l->backend */
void live_iface_set_linktype(const struct live *l, struct liface *f);
void live_iface_detach(struct live *l, struct liface *f);
/* read link events: attach new interfaces (all-interfaces mode) */
void live_watch_links(struct live *l);
/* Choose the interfaces of ns at start (inside it); a -i name ns lacks is
 * left in missing[] (when not NULL) instead of an error. 0 or -errno + err. */
int live_choose_ifaces(struct live *l, struct lns *ns, int *missing, char *err, size_t errlen);
/* a namespace that appeared while capturing: its interfaces, attached */
void live_ns_start(struct live *l, struct lns *ns);
int live_want_all(const struct capture_opts *o);
/* the link speed of interface name in the current namespace in Mbit/s, 0: unknown */
uint32_t live_iface_speed(const char *name);

#endif
