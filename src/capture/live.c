// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: live capture with eBPF: one source of struct pkt for the CLI and the TUI
 *
 * Loader order as in libbpf-tools: open the skeleton -> rodata and map
 * sizes -> load (the pcap filter is spliced in during load, see
 * live_splice.c) -> attach to TC ingress/egress of every chosen interface
 * (tc.c) -> ring buffer consumer (ringbuf.c). With no -i or -i any, an
 * rtnetlink socket reports new interfaces, which are attached as they
 * appear. --netns: the netlink and attach calls for an interface are made
 * inside its namespace (setns there and back; live_netns.c).
 */
#include "live.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "../../bpf/ptcpdump.h"
#include "capture.skel.h"
#include "cbpf2ebpf.h"
#include "kbtf.h"
#include "live_int.h"
#include "pfilter.h"
#include "keylog.h"
#include "proctab.h"
#include "ringbuf.h"

#define RB_DEFAULT (8u << 20)
#define RB_MIN (1u << 20)
#define RB_MAX (1u << 30)
#define RB_AUTO_MAX (64u << 20)	/* the most ring_size() picks by itself */
#define RB_LINK_MS 25u
#define RB_FULL_SNAP 1514u
#define TICK_MS 10		/* look at the ring this often when not woken */

/* ---- small helpers ------------------------------------------------------ */

void live_warnf(struct live *l, const char *fmt, ...)
{
	size_t n = strlen(l->warn);
	va_list ap;

	if (n + 2 >= sizeof(l->warn))
		return;
	va_start(ap, fmt);
	vsnprintf(l->warn + n, sizeof(l->warn) - n - 1, fmt, ap);
	va_end(ap);
	n = strlen(l->warn);
	l->warn[n] = '\n';
	l->warn[n + 1] = '\0';
}

static uint64_t clock_ns(clockid_t c)
{
	struct timespec ts;

	clock_gettime(c, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* offset from CLOCK_MONOTONIC (bpf_ktime_get_ns) to the wall clock */
static void clock_sync(struct live *l)
{
	uint64_t m1 = clock_ns(CLOCK_MONOTONIC);
	uint64_t r = clock_ns(CLOCK_REALTIME);
	uint64_t m2 = clock_ns(CLOCK_MONOTONIC);

	l->mono2real = (int64_t)(r - (m1 + (m2 - m1) / 2));
	l->last_sync = m2;
}

/* libbpf messages: only warnings, and only with PTCPDUMP_DEBUG set; the
 * last warning is kept for the error line */
static __thread char libbpf_last[256];

static int libbpf_print(enum libbpf_print_level lvl, const char *fmt, va_list ap)
{
	static int debug = -1;
	va_list aq;

	if (debug < 0)
		debug = getenv("PTCPDUMP_DEBUG") != NULL;
	if (lvl == LIBBPF_WARN) {
		va_copy(aq, ap);
		vsnprintf(libbpf_last, sizeof(libbpf_last), fmt, aq);
		va_end(aq);
		libbpf_last[strcspn(libbpf_last, "\n")] = '\0';
	}
	if (debug && lvl != LIBBPF_DEBUG)
		return vfprintf(stderr, fmt, ap);
	return 0;
}

int live_prog_fd(const struct live *l, int kind, int egress)
{
	const struct bpf_program *p;

	if (l->backend == CAPTURE_BACKEND_SOCKET_FILTER)
		p = kind == PT_LINK_RAW ? l->skel->progs.pt_sf_raw : l->skel->progs.pt_sf_eth;
	else if (l->backend == CAPTURE_BACKEND_CGROUP_SKB)
		p = egress ? l->skel->progs.pt_cgraw_out : l->skel->progs.pt_cgraw_in;
	else if (l->backend == CAPTURE_BACKEND_TP_BTF)
		p = egress ? l->skel->progs.pt_tp_out : l->skel->progs.pt_tp_in;
	else if (kind == PT_LINK_RAW)
		p = egress ? l->skel->progs.pt_raw_out : l->skel->progs.pt_raw_in;
	else
		p = egress ? l->skel->progs.pt_eth_out : l->skel->progs.pt_eth_in;
	return bpf_program__fd(p);
}

/* ---- filter ------------------------------------------------------------- */

static int build_filter(struct live *l, int kind, char *err, size_t errlen)
{
	struct cbpf_insn *c = NULL;
	size_t n = 0;
	int rc;

	rc = live_cbpf__get(l->pf, kind == PT_LINK_RAW ? PT_DLT_RAW : PT_DLT_EN10MB, &c, &n, err,
			    errlen);
	if (rc < 0)
		return rc;
	if (!c) {
		rc = cbpf2ebpf_accept_all(&l->sp.body[kind]);
	} else {
		char terr[256];

		/* socket filters have no direct packet access */
		rc = cbpf2ebpf_flags(c, n,
				     l->backend == CAPTURE_BACKEND_SOCKET_FILTER ? CBPF2EBPF_NO_DIRECT :
				     l->backend == CAPTURE_BACKEND_TP_BTF ? CBPF2EBPF_MEM : 0,
				     &l->sp.body[kind], terr, sizeof(terr));
		if (rc == -EINVAL || rc == -E2BIG) {
			/* e.g. protochain loops backwards: libpcap's interpreter runs it */
			live_warnf(l, "the filter runs in user space for %s devices: %s",
			      kind == PT_LINK_RAW ? "raw IP" : "Ethernet", terr);
			l->user_filter[kind] = 1;
			rc = cbpf2ebpf_accept_all(&l->sp.body[kind]);
		}
	}
	free(c);
	if (rc < 0) {
		if (rc == -ENOMEM)
			snprintf(err, errlen, "out of memory");
		return rc;
	}
	l->sp.n[kind] = rc;
	return 0;
}

/* the filter, once per link type in use (again after a fallback: the
 * translation depends on the backend) */
static int build_filters(struct live *l, char *err, size_t errlen)
{
	char ferr[512];
	size_t i;
	int rc, k;

	for (k = 0; k < 2; k++) {
		free(l->sp.body[k]);
		l->sp.body[k] = NULL;
		l->kind_ok[k] = 0;
		l->user_filter[k] = 0;
	}
	if (l->backend == CAPTURE_BACKEND_CGROUP_SKB) {
		/* every packet starts with its IP header; user space sees it
		 * behind the made-up Ethernet header */
		rc = build_filter(l, PT_LINK_RAW, ferr, sizeof(ferr));
		if (rc < 0) {
			snprintf(err, errlen, "%s", ferr);
			return rc;
		}
		l->kind_ok[PT_LINK_ETH] = l->kind_ok[PT_LINK_RAW] = 1;
		l->user_filter[PT_LINK_ETH] = l->user_filter[PT_LINK_RAW];
		return 0;
	}
	for (k = 0; k < 2; k++) {
		/* interfaces may come later: every interface, or new namespaces */
		int later = l->all || l->ns_any || l->ns_newly;
		int used = later && k == PT_LINK_ETH;

		if (k == PT_LINK_RAW && l->backend == CAPTURE_BACKEND_TP_BTF) {
			for (i = 0; i < l->n_ifs; i++)
				used |= l->ifs[i]->kind == k;
			if (used || later)
				live_warnf(l, "--backend tp-btf: raw IP interfaces are not captured");
			continue;
		}
		for (i = 0; i < l->n_ifs; i++)
			used |= l->ifs[i]->kind == k;
		if (!used && !later)
			continue;
		rc = build_filter(l, k, ferr, sizeof(ferr));
		if (rc == 0) {
			l->kind_ok[k] = 1;
			continue;
		}
		if (!used && rc == -EINVAL)
			continue;	/* no such interface now; new ones of this kind are skipped */
		if (later && k == PT_LINK_RAW && rc == -EINVAL) {
			live_warnf(l, "raw IP interfaces are not captured: %s", ferr);
			continue;
		}
		snprintf(err, errlen, "%s", ferr);
		return rc;
	}
	return 0;
}

/* ---- open / close ------------------------------------------------------- */

int live_epoll_add(struct live *l, int fd)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };

	return epoll_ctl(l->epfd, EPOLL_CTL_ADD, fd, &ev) < 0 ? -errno : 0;
}

/*
 * The packet ring: -B KiB, else RB_DEFAULT, or, when whole packets are
 * kept (snap length of a full frame or more), RB_LINK_MS of the fastest
 * chosen link's line rate up to RB_AUTO_MAX: a burst at full snap length
 * then waits in the ring while the reader writes, instead of being dropped.
 */
static int ring_from_link(const struct live *l)
{
	return l->o.buffer_kib <= 0 && l->o.snaplen >= RB_FULL_SNAP;
}

static uint32_t ring_size(const struct live *l)
{
	long kib = l->o.buffer_kib;
	uint64_t want = kib > 0 ? (uint64_t)kib * 1024 : RB_DEFAULT;
	uint32_t sz = RB_MIN;

	if (ring_from_link(l) && l->max_mbps) {
		uint64_t rate = (uint64_t)l->max_mbps * 125000u * RB_LINK_MS / 1000u;

		if (rate > want)
			want = rate < RB_AUTO_MAX ? rate : RB_AUTO_MAX;
	}

	while (sz < want && sz < RB_MAX)
		sz <<= 1;
	return sz;
}

static void on_exec(void *arg, int pid, int selected)
{
	struct live *l = arg;

	if (l->kl)
		keylog__on_exec(l->kl, pid, selected);
	live_netns_on_exec(l, pid);
}

/* the file execvp() will run for name, searched in $PATH; NULL when none */
static char *command_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *end;
	char buf[4096];

	if (strchr(name, '/'))
		return strdup(name);
	for (p = path ? path : "/usr/local/bin:/usr/bin:/bin"; *p; p = *end ? end + 1 : end) {
		end = strchrnul(p, ':');
		snprintf(buf, sizeof(buf), "%.*s/%s", (int)(end - p), end == p ? "." : p, name);
		if (access(buf, X_OK) == 0)
			return strdup(buf);
	}
	return NULL;
}

static void attach_selected(void *arg, int pid)
{
	keylog__attach_pid(arg, pid, 1);
}

static int keylog_setup(struct live *l, char *err, size_t errlen)
{
	char *path;
	int i;

	l->kl = keylog__open(l->pt, NULL, NULL, l->o.log_debug, err, errlen);
	if (!l->kl)
		return -EOPNOTSUPP;
	for (i = 0; i < l->o.n_pids; i++)
		keylog__attach_pid(l->kl, l->o.pids[i], 0);
	/* what --pname, --uid and the container flags selected at start */
	proctab__each_selected(l->pt, attach_selected, l->kl);
	/* before the command runs: its first handshake must be seen */
	if (l->o.command && (path = command_path(l->o.command[0]))) {
		keylog__attach_path(l->kl, path, 1);
		free(path);
	}
	return 0;
}

static int proc_setup(struct live *l, char *err, size_t errlen)
{
	struct proctab_opts po = {
		.pids = l->o.pids,
		.n_pids = l->o.n_pids,
		.pname = l->o.pname,
		.follow_forks = l->o.follow_forks,
		.spawn = l->o.command != NULL,
		.uids = l->o.uids,
		.n_uids = l->o.n_uids,
		.ctr_ids = l->o.ctr_ids,
		.n_ctr_ids = l->o.n_ctr_ids,
		.ctr_names = l->o.ctr_names,
		.n_ctr_names = l->o.n_ctr_names,
		.pods = l->o.pods,
		.n_pods = l->o.n_pods,
		.on_exec = on_exec,
		.on_exec_arg = l,
		.docker_address = l->o.docker_address,
		.containerd_address = l->o.containerd_address,
		.cri_address = l->o.cri_address,
	};
	int select = l->o.n_pids > 0 || l->o.pname || l->o.command || l->o.n_uids ||
		     l->o.n_ctr_ids || l->o.n_ctr_names || l->o.n_pods;
	char perr[256];

	l->pt = proctab__new(&po, perr, sizeof(perr));
	if (!l->pt) {
		if (select) {
			snprintf(err, errlen, "%s", perr);
			return -EOPNOTSUPP;
		}
		live_warnf(l, "no process information: %s", perr);
		return 0;
	}
	if (l->o.command) {
		int pid = proctab__spawn(l->pt, l->o.command);

		if (pid < 0) {
			snprintf(err, errlen, "%s: %s", l->o.command[0], strerror(-pid));
			return pid;
		}
		l->spawned = 1;
	}
	if (l->o.tls_keys)
		return keylog_setup(l, err, errlen);
	return 0;
}

/* the skeleton shares the process table's maps (before each load) */
static int proc_wire(struct live *l, char *err, size_t errlen)
{
	struct bpf_map *shared[] = { l->skel->maps.sk_owner_map, l->skel->maps.tw_owner };
	int fd;

	if (!l->pt) {
		l->skel->rodata->want_owner = 0;
		return 0;
	}
	for (size_t i = 0; i < sizeof(shared) / sizeof(shared[0]); i++) {
		fd = proctab__map_fd(l->pt, bpf_map__name(shared[i]));
		if (fd >= 0 && bpf_map__reuse_fd(shared[i], fd) < 0) {
			snprintf(err, errlen, "cannot share the socket owner map %s",
				 bpf_map__name(shared[i]));
			return -EINVAL;
		}
	}
	fd = proctab__sel_map_fd(l->pt);
	if (fd >= 0) {
		if (bpf_map__reuse_fd(l->skel->maps.sel_pids, fd) < 0) {
			snprintf(err, errlen, "cannot share the process selection map");
			return -EINVAL;
		}
		l->skel->rodata->sel_active = 1;
	}
	return 0;
}

/* bpf_dynptr_from_skb and bpf_dynptr_copy (Linux 6.14+) in the kernel's BTF */
static int has_dynptr_copy(void)
{
	const struct btf *vm = kbtf__running();

	return vm && btf__find_by_name_kind(vm, "bpf_dynptr_copy", BTF_KIND_FUNC) > 0 &&
	       btf__find_by_name_kind(vm, "bpf_dynptr_from_skb", BTF_KIND_FUNC) > 0;
}

/*
 * The single-copy path costs more kfunc calls per packet (~+140 ns for
 * small packets here) but needs no scratch slots: use it where those would
 * take much memory (many CPUs), or when PTCPDUMP_DYNPTR=1/0 says so (tests).
 */
static int want_dynptr(uint32_t snaplen)
{
	const char *e = getenv("PTCPDUMP_DYNPTR");
	int ncpu = libbpf_num_possible_cpus();

	if (!has_dynptr_copy())
		return 0;
	if (e && *e)
		return *e == '1';
	return ncpu > 0 && (uint64_t)ncpu * (snaplen + sizeof(struct pt_pkt_hdr)) > (32u << 20);
}

/* open with core (kbtf.h) as the CO-RE types, set up and load l->skel */
static int load_with(struct live *l, struct kbtf_core *core, char *err, size_t errlen)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo, .btf_custom_path = core->fd >= 0 ? core->path : NULL);
	int rc, k, e, tc, sf, cg, tp;

	int dynptr = want_dynptr(l->o.snaplen), netns = l->n_ns > 1 || l->ns_any || l->ns_newly;
	uint32_t rb = ring_size(l);

	/* the programs without kernel functions where none is needed (or none
	 * can load: the kernel has no BTF of its own): libbpf then has no
	 * reason to parse the kernel's BTF */
	if (((!dynptr && !netns) || !kbtf__running()) && core->fd >= 0 &&
	    (l->backend == CAPTURE_BACKEND_TC || l->backend == CAPTURE_BACKEND_SOCKET_FILTER))
		l->skel = capture_lite__open_opts(&oo);
	else
		l->skel = capture_bpf__open_opts(&oo);
	if (!l->skel) {
		rc = -errno;
		snprintf(err, errlen, "cannot open the capture program: %s", strerror(errno));
		return rc;
	}
	l->sp.obj = l->skel->obj;
	l->skel->rodata->snaplen = l->o.snaplen;
	l->skel->rodata->use_dynptr = (__u8)dynptr;
	l->skel->rodata->has_filter = l->o.filter && *l->o.filter;
	l->skel->rodata->want_netns = (__u8)netns;
	l->skel->rodata->wakeup_bytes = l->o.immediate ? 0 : rb / 8;
	/* the scratch slots (256 KiB per CPU) only serve the two-copy path */
	if (bpf_map__set_max_entries(l->skel->maps.pkt_rb, rb) < 0 ||
	    bpf_map__set_max_entries(l->skel->maps.scratch,
				     (uint32_t)(l->skel->rodata->use_dynptr ||
								libbpf_num_possible_cpus() <= 0 ?
						1 : libbpf_num_possible_cpus())) < 0) {
		snprintf(err, errlen, "cannot size the capture maps");
		return -EINVAL;
	}
	rc = proc_wire(l, err, errlen);
	if (rc < 0)
		return rc;
	if (getenv("PTCPDUMP_NO_OWNER"))	/* benchmarks: the cost of the socket lookups */
		l->skel->rodata->want_owner = 0;
	l->skel->rodata->sf_dirs = (__u8)(l->dir_on[0] | l->dir_on[1] << 1);
	/* only the chosen backend's programs are loaded (and verified) */
	tc = l->backend == CAPTURE_BACKEND_TC;
	sf = l->backend == CAPTURE_BACKEND_SOCKET_FILTER;
	cg = l->backend == CAPTURE_BACKEND_CGROUP_SKB;
	tp = l->backend == CAPTURE_BACKEND_TP_BTF;
	for (k = 0; k < 2; k++)
		for (e = 0; e < 2; e++) {
			struct bpf_program *p = k == PT_LINK_RAW ?
				(e ? l->skel->progs.pt_raw_out : l->skel->progs.pt_raw_in) :
				(e ? l->skel->progs.pt_eth_out : l->skel->progs.pt_eth_in);

			bpf_program__set_autoload(p, tc && l->kind_ok[k] && l->dir_on[e]);
		}
	bpf_program__set_autoload(l->skel->progs.pt_sf_eth, sf && l->kind_ok[PT_LINK_ETH]);
	bpf_program__set_autoload(l->skel->progs.pt_sf_raw, sf && l->kind_ok[PT_LINK_RAW]);
	bpf_program__set_autoload(l->skel->progs.pt_cgraw_in, cg && l->dir_on[0]);
	bpf_program__set_autoload(l->skel->progs.pt_cgraw_out, cg && l->dir_on[1]);
	bpf_program__set_expected_attach_type(l->skel->progs.pt_cgraw_out, BPF_CGROUP_INET_EGRESS);
	bpf_program__set_autoload(l->skel->progs.pt_tp_in, tp && l->dir_on[0]);
	bpf_program__set_autoload(l->skel->progs.pt_tp_out, tp && l->dir_on[1]);
	if (tp && (bpf_program__set_attach_target(l->skel->progs.pt_tp_in, 0, "netif_receive_skb") < 0 ||
		   bpf_program__set_attach_target(l->skel->progs.pt_tp_out, 0, "net_dev_queue") < 0)) {
		snprintf(err, errlen, "--backend tp-btf: the kernel lacks the net_dev_queue or "
				      "netif_receive_skb tracepoint");
		return -ENOENT;
	}
	libbpf_last[0] = '\0';
	if (core->fd >= 0 && (rc = kbtf_core__fill(core, l->skel->obj)) < 0) {
		snprintf(err, errlen, "cannot prepare the kernel's BTF for the capture program: %s",
			 strerror(-rc));
		return rc;
	}
	rc = capture_bpf__load(l->skel);
	kbtf__release();	/* the process table and the checks above are done with it */
	if (rc < 0) {
		if (l->sp.rc < 0)
			snprintf(err, errlen, "cannot install the filter in the kernel: %s", l->sp.err);
		else if (rc == -EPERM || rc == -EACCES)
			snprintf(err, errlen, "cannot load the capture program: %s (are you root?)",
				 strerror(-rc));
		else
			snprintf(err, errlen, "cannot load the capture program: %s%s%s",
				 strerror(-rc), libbpf_last[0] ? ": " : "", libbpf_last);
		return rc;
	}
	return 0;
}

static int load(struct live *l, char *err, size_t errlen)
{
	struct kbtf_core core;
	int rc;

	kbtf_core__open(&core);
	rc = load_with(l, &core, err, errlen);
	kbtf_core__close(&core);
	return rc;
}

/* --backend cgroup-skb: links on the cgroup2 root (gone with the process) */
static int cg_attach(struct live *l, char *err, size_t errlen)
{
	int cg = proc_kern__cgroup2_fd(), e, rc = 0;

	if (cg < 0) {
		snprintf(err, errlen, "--backend cgroup-skb: no cgroup2 hierarchy");
		return -ENOENT;
	}
	for (e = 0; e < 2 && rc == 0; e++) {
		if (!l->dir_on[e])
			continue;
		l->cg_link[e] = bpf_link_create(live_prog_fd(l, 0, e), cg,
						e ? BPF_CGROUP_INET_EGRESS : BPF_CGROUP_INET_INGRESS,
						NULL);
		if (l->cg_link[e] < 0) {
			rc = -errno;
			snprintf(err, errlen, "--backend cgroup-skb: cannot attach to the cgroup2 "
					      "root: %s", strerror(errno));
		}
	}
	close(cg);
	return rc;
}

/* --backend tp-btf: the tracepoint links */
static int tp_attach(struct live *l, char *err, size_t errlen)
{
	for (int e = 0; e < 2; e++) {
		if (!l->dir_on[e])
			continue;
		l->cg_link[e] = bpf_raw_tracepoint_open(NULL, live_prog_fd(l, 0, e));
		if (l->cg_link[e] < 0) {
			snprintf(err, errlen, "--backend tp-btf: cannot attach to %s: %s",
				 e ? "net_dev_queue" : "netif_receive_skb", strerror(errno));
			return -errno;
		}
	}
	return 0;
}

static void cg_detach(struct live *l)
{
	for (int e = 0; e < 2; e++) {
		if (l->cg_link[e] >= 0)
			close(l->cg_link[e]);
		l->cg_link[e] = -1;
	}
}

/* enum capture_backend -> its --backend name */
static const char *const backend_name[] = { "tc", "cgroup-skb", "tp-btf", "socket-filter" };

/* test hook: PTCPDUMP_BACKEND_DISABLE=name,... pretends that these
 * backends cannot load (tc: cannot attach) */
static int backend_disabled(int b)
{
	const char *e = getenv("PTCPDUMP_BACKEND_DISABLE"), *p;
	size_t n = strlen(backend_name[b]);

	for (p = e; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, backend_name[b], n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

/* the filter and the programs of l->backend, loaded */
static int load_backend(struct live *l, char *err, size_t errlen)
{
	const struct capture_opts *o = &l->o;
	int rc, k;

	if (l->backend != CAPTURE_BACKEND_TC && backend_disabled(l->backend)) {
		snprintf(err, errlen, "--backend %s: disabled by PTCPDUMP_BACKEND_DISABLE",
			 backend_name[l->backend]);
		return -EOPNOTSUPP;
	}

	if (l->backend == CAPTURE_BACKEND_SOCKET_FILTER) {
		if (l->pt && proctab__sel_map_fd(l->pt) >= 0) {
			snprintf(err, errlen, "--backend socket-filter cannot select packets by "
					      "process (it does not know their processes)");
			return -EINVAL;
		}
		if (l->pt)
			live_warnf(l, "--backend socket-filter: packets are not attributed to "
				      "processes (a socket filter cannot look sockets up)");
	}
	if (l->backend == CAPTURE_BACKEND_TP_BTF && l->pt)
		live_warnf(l, "--backend tp-btf: received packets are not attributed to processes "
			      "(a tracing program cannot look sockets up), and VLAN tags are not "
			      "shown");
	if (l->backend == CAPTURE_BACKEND_CGROUP_SKB)
		live_warnf(l, "--backend cgroup-skb: only packets of local sockets (none forwarded "
			      "or bridged), and a made-up Ethernet header instead of the real one");
	rc = build_filters(l, err, errlen);
	if (rc < 0)
		return rc;
	if (load(l, err, errlen) < 0) {
		/* the verifier may refuse a translated filter (too complex): let user
		 * space filter instead, and say so */
		if (!o->filter || !*o->filter || l->sp.rc < 0 || !l->skel ||
		    (l->user_filter[0] && l->user_filter[1]))
			return -EINVAL;
		capture_bpf__destroy(l->skel);
		l->skel = NULL;
		for (k = 0; k < 2; k++) {
			free(l->sp.body[k]);
			l->sp.body[k] = NULL;
			rc = cbpf2ebpf_accept_all(&l->sp.body[k]);
			if (rc < 0)
				return -EINVAL;
			l->sp.n[k] = rc;
			l->user_filter[k] = 1;
		}
		live_warnf(l, "the filter runs in user space: the kernel refused it (%s)", err);
		if (load(l, err, errlen) < 0)
			return -EINVAL;
	}
	if (l->backend == CAPTURE_BACKEND_CGROUP_SKB)
		return cg_attach(l, err, errlen);
	if (l->backend == CAPTURE_BACKEND_TP_BTF)
		return tp_attach(l, err, errlen);
	return 0;
}

/* the interfaces of every namespace at start; with several, a -i name
 * must be in one of them */
static int choose(struct live *l, char *err, size_t errlen)
{
	int multi = l->n_ns > 1 || l->ns_any || l->ns_newly;
	int *missing = calloc((size_t)l->o.n_ifaces + 1, sizeof(*missing));
	int *found = calloc((size_t)l->o.n_ifaces + 1, sizeof(*found));
	int rc = 0, i;
	size_t n;

	if (!missing || !found) {
		snprintf(err, errlen, "out of memory");
		rc = -ENOMEM;
		goto out;
	}
	for (n = 0; n < l->n_ns && rc == 0; n++) {
		struct lns *ns = l->nss[n];

		rc = live_ns_enter(l, ns);
		if (rc < 0) {
			snprintf(err, errlen, "%s: %s", ns->path, strerror(-rc));
			break;
		}
		memset(missing, 0, sizeof(*missing) * ((size_t)l->o.n_ifaces + 1));
		rc = live_choose_ifaces(l, ns, multi ? missing : NULL, err, errlen);
		for (i = 0; i < l->o.n_ifaces; i++)
			found[i] |= !missing[i];
		for (size_t j = 0; rc == 0 && ring_from_link(l) && j < l->n_ifs; j++) {
			uint32_t mbps = l->ifs[j]->ns == ns ? live_iface_speed(l->ifs[j]->name) : 0;

			if (mbps > l->max_mbps)
				l->max_mbps = mbps;
		}
		if (rc == 0 && l->all) {
			ns->nlfd = nl__watch_open();
			if (ns->nlfd < 0)
				live_warnf(l, "new interfaces will not be captured: rtnetlink: %s",
					   strerror(-ns->nlfd));
		}
		live_ns_leave(l, ns);
	}
	for (i = 0; rc == 0 && multi && !l->all && !l->ns_any && !l->ns_newly &&
		    i < l->o.n_ifaces; i++) {
		if (!found[i]) {
			snprintf(err, errlen, "%s: No such device exists", l->o.ifaces[i]);
			rc = -ENODEV;
		}
	}
out:
	free(missing);
	free(found);
	return rc;
}

/* attach the interfaces of ns (from outside it) */
static int attach_ns(struct live *l, struct lns *ns, int *any_attached, char *err, size_t errlen)
{
	size_t i;
	int rc;

	rc = live_ns_enter(l, ns);
	if (rc < 0) {
		snprintf(err, errlen, "%s: %s", ns->path, strerror(-rc));
		return rc;
	}
	for (i = 0; i < l->n_ifs; i++) {
		struct liface *f = l->ifs[i];

		if (f->ns != ns || !l->kind_ok[f->kind])
			continue;
		rc = live_iface_attach(l, f);
		if (rc == 0 && l->tc.tcx_ok == 0 && !ns->attached) {
			/* clsact: filters of dead instances are ours to remove */
			int *idx = calloc(l->n_ifs, sizeof(*idx));
			size_t n = 0;

			if (idx) {
				for (size_t j = 0; j < l->n_ifs; j++)
					if (l->ifs[j]->ns == ns)
						idx[n++] = l->ifs[j]->ifindex;
				tc__clean_stale(&l->tc, idx, n);
				free(idx);
			}
			if (!l->tc.force_clsact && !*any_attached)
				live_warnf(l, "TCX links are not available: using clsact filters");
		}
		if (rc == 0) {
			ns->attached = 1;
			*any_attached = 1;
			continue;
		}
		if (!l->all || (rc != -ENODEV && rc != -ENXIO)) {
			live_ns_leave(l, ns);
			snprintf(err, errlen, "%s: cannot attach the capture program: %s", f->name,
				 strerror(-rc));
			return rc;
		}
	}
	live_ns_leave(l, ns);
	return 0;
}

/*
 * TC cannot attach (no clsact, no TCX; tc_err): the next backend that
 * loads and attaches, in the order of enum capture_backend. 0 or -errno.
 */
static int fall_back(struct live *l, int tc_err, int *any_attached, char *err, size_t errlen)
{
	size_t i, mark;
	int rc = tc_err, b;

	for (b = CAPTURE_BACKEND_TC + 1; b <= CAPTURE_BACKEND_SOCKET_FILTER; b++) {
		for (i = 0; i < l->n_ifs; i++)
			live_iface_detach(l, l->ifs[i]);
		cg_detach(l);
		capture_bpf__destroy(l->skel);
		l->skel = NULL;
		l->backend = b;
		for (i = 0; i < l->n_ifs; i++)
			live_iface_set_linktype(l, l->ifs[i]);
		/* this line, then what the backend cannot give; both go if it fails */
		mark = strlen(l->warn);
		live_warnf(l, "TC programs cannot be attached (%s): using --backend %s",
			   strerror(-tc_err), backend_name[b]);
		rc = load_backend(l, err, errlen);
		for (i = 0; i < l->n_ns && rc == 0; i++)
			rc = attach_ns(l, l->nss[i], any_attached, err, errlen);
		if (rc == 0)
			return 0;
		l->warn[mark] = '\0';
	}
	return rc;
}

/* root, or the capabilities that loading and attaching need */
static int may_capture(void)
{
	unsigned long long eff = 0;
	char line[256];
	FILE *f;

	if (geteuid() == 0)
		return 1;
	f = fopen("/proc/self/status", "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "CapEff: %llx", &eff) == 1)
			break;
	fclose(f);
	/* CAP_SYS_ADMIN (21), or CAP_BPF (39) + CAP_NET_ADMIN (12) */
	return (eff >> 21 & 1) || ((eff >> 39 & 1) && (eff >> 12 & 1));
}

struct live *live__open(const struct capture_opts *o, char *err, size_t errlen)
{
	struct live *l;
	size_t i;
	int rc, k, any_attached = 0;

	snprintf(err, errlen, "unknown error");
	if (!may_capture()) {
		snprintf(err, errlen, "%s: You don't have permission to capture on that device "
				      "(eBPF capture needs root, or CAP_BPF and CAP_NET_ADMIN)",
			 o->n_ifaces ? o->ifaces[0] : "any");
		return NULL;
	}
	l = calloc(1, sizeof(*l));
	if (!l) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (libbpf_probe_bpf_map_type(BPF_MAP_TYPE_RINGBUF, NULL) == 0 ||
	    libbpf_probe_bpf_prog_type(BPF_PROG_TYPE_SCHED_CLS, NULL) == 0) {
		snprintf(err, errlen, "this kernel lacks BPF ring buffers or TC programs "
				      "(Linux 5.8 or later needed)");
		free(l);
		return NULL;
	}
	l->o = *o;
	if (!l->o.snaplen || l->o.snaplen > PT_SNAP_MAX)
		l->o.snaplen = PT_SNAP_MAX;
	l->epfd = -1;
	l->self_ns_fd = -1;
	l->ns_watch = -1;
	for (k = 0; k < SPLICE_SECTIONS; k++)
		l->sp.handler[k] = -1;
	l->backend = o->backend;
	l->cg_link[0] = l->cg_link[1] = -1;
	tc__init(&l->tc);
	l->tc.disabled = backend_disabled(CAPTURE_BACKEND_TC);
	l->all = live_want_all(o);
	l->dir_on[0] = o->direction != 2;
	l->dir_on[1] = o->direction != 1;
	libbpf_set_print(libbpf_print);
	/* the kernel's types, from its BTF or --kernel-btf: nothing loads without them */
	rc = o->kernel_btf ? kbtf__use_file(o->kernel_btf) : 0;
	if (rc < 0 || !kbtf__vmlinux()) {
		if (o->kernel_btf)
			snprintf(err, errlen, "--kernel-btf %s: %s", o->kernel_btf,
				 rc < 0 ? strerror(-rc) : "not a BTF file");
		else
			snprintf(err, errlen, "this kernel has no BTF (/sys/kernel/btf/vmlinux): give "
					      "its types with --kernel-btf FILE (made by pahole from "
					      "its vmlinux, or from BTFHub)");
		goto fail;
	}

	if (live_netns_open(l, err, errlen) < 0 || choose(l, err, errlen) < 0)
		goto fail;

	/* the filter, once per link type in use */
	l->pf = pfilter__new(o->filter, l->o.snaplen);
	if (!l->pf) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	pfilter__set_optimize(l->pf, !o->no_optimize);
	/* registered once for the object's life: libbpf 1.1 loses its table of
	 * handlers when the last one goes (realloc to 0), so a second
	 * registration after that would use freed memory */
	rc = splice__register(&l->sp);
	if (rc < 0) {
		snprintf(err, errlen, "cannot register the capture section handler: %s",
			 strerror(-rc));
		goto fail;
	}
	if (proc_setup(l, err, errlen) < 0 || load_backend(l, err, errlen) < 0)
		goto fail;
	/* attach, namespace by namespace */
	rc = 0;
	for (i = 0; i < l->n_ns && rc == 0; i++)
		rc = attach_ns(l, l->nss[i], &any_attached, err, errlen);
	if (rc < 0 && rc != -ENODEV && rc != -ENXIO && !any_attached && !o->backend_set &&
	    l->backend == CAPTURE_BACKEND_TC)
		rc = fall_back(l, rc, &any_attached, err, errlen);
	if (rc < 0)
		goto fail;
	if (!any_attached && !l->all && !l->ns_any && !l->ns_newly) {
		snprintf(err, errlen, "no interface to capture on");
		goto fail;
	}

	l->rb = ringbuf__new(bpf_map__fd(l->skel->maps.pkt_rb));
	if (!l->rb) {
		snprintf(err, errlen, "cannot map the ring buffer: %s", strerror(errno));
		goto fail;
	}
	l->epfd = epoll_create1(EPOLL_CLOEXEC);
	if (l->epfd < 0 || live_epoll_add(l, ringbuf__fd(l->rb)) < 0 ||
	    (l->ns_watch >= 0 && live_epoll_add(l, l->ns_watch) < 0)) {
		snprintf(err, errlen, "epoll: %s", strerror(errno));
		goto fail;
	}
	for (i = 0; i < l->n_ns; i++) {
		if (l->nss[i]->nlfd >= 0 && live_epoll_add(l, l->nss[i]->nlfd) < 0) {
			snprintf(err, errlen, "epoll: %s", strerror(errno));
			goto fail;
		}
	}
	if (l->pt && proctab__fd(l->pt) >= 0 && live_epoll_add(l, proctab__fd(l->pt)) < 0) {
		snprintf(err, errlen, "epoll: %s", strerror(errno));
		goto fail;
	}
	if (l->kl && live_epoll_add(l, keylog__fd(l->kl)) < 0) {
		snprintf(err, errlen, "epoll: %s", strerror(errno));
		goto fail;
	}

	clock_sync(l);
	if (l->spawned && proctab__release(l->pt) < 0) {
		snprintf(err, errlen, "%s: cannot start", o->command[0]);
		goto fail;
	}
	return l;
fail:
	live__close(l);
	return NULL;
}

void live__close(struct live *l)
{
	size_t i;

	if (!l)
		return;
	for (size_t n = 0; n < l->n_ns; n++) {
		if (live_ns_enter(l, l->nss[n]) < 0)
			continue;
		for (i = 0; i < l->n_ifs; i++)
			if (l->ifs[i]->ns == l->nss[n])
				live_iface_detach(l, l->ifs[i]);
		live_ns_leave(l, l->nss[n]);
	}
	cg_detach(l);
	splice__unregister(&l->sp);
	ringbuf__free(l->rb);
	capture_bpf__destroy(l->skel);
	keylog__close(l->kl);
	proctab__free(l->pt);
	tc__fini(&l->tc);
	pfilter__free(l->pf);
	free(l->sp.body[0]);
	free(l->sp.body[1]);
	for (i = 0; i < l->n_ifs; i++)
		free(l->ifs[i]);
	free(l->ifs);
	if (l->epfd >= 0)
		close(l->epfd);
	live_netns_close(l);
	free(l);
}

/* ---- packets ------------------------------------------------------------ */

int live__fd(const struct live *l)
{
	return l->epfd;
}

const char *live__warnings(const struct live *l)
{
	return l->warn;
}

const char *live__keylog(const struct live *l, size_t *len)
{
	if (!l->kl) {
		*len = 0;
		return "";
	}
	return keylog__text(l->kl, len);
}

size_t live__n_ifaces(const struct live *l)
{
	return l->n_ifs;
}

const struct capfile_iface *live__iface(const struct live *l, size_t i)
{
	return i < l->n_ifs ? &l->ifs[i]->ci : NULL;
}

static void side_events(struct live *l)
{
	live_watch_links(l);
	live_netns_poll(l);
	if (l->pt)
		(void)proctab__poll(l->pt, 0);
	l->since_events = 0;
}

/* a record from the ring -> *pkt; 0 when it is not a packet */
static int to_pkt(struct live *l, const void *data, uint32_t len, struct pkt *pkt)
{
	const struct pt_pkt_hdr *h = data;
	struct lns *ns;
	struct liface *f;
	struct nl_link lk;

	if (len < sizeof(*h) || h->type != PT_REC_PKT || h->caplen > len - sizeof(*h) ||
	    h->link > PT_LINK_RAW)
		return 0;
	ns = h->netns ? live_ns_by_ino(l, h->netns) : NULL;
	f = live_iface_by_index(l, ns, (int)h->ifindex);
	if (!f) {
		/* sent just before its interface went away: the last entry of that
		 * index still names it */
		size_t i;

		for (i = l->n_ifs; i-- > 0 && !f;)
			if (l->ifs[i]->ifindex == (int)h->ifindex && (!ns || l->ifs[i]->ns == ns))
				f = l->ifs[i];
	}
	if (!f) {
		/* not one of ours (cannot happen): keep the packet under its index */
		memset(&lk, 0, sizeof(lk));
		lk.ifindex = (int)h->ifindex;
		snprintf(lk.name, sizeof(lk.name), "if%u", h->ifindex);
		f = live_iface_add(l, ns, &lk, h->link);
		if (!f)
			return 0;
	}
	if ((h->flags & PT_PKT_F_UFILTER) || l->user_filter[h->link]) {
		if (pfilter__match(l->pf, f->ci.linktype, (const uint8_t *)(h + 1), h->caplen,
				   h->len) <= 0)
			return 0;
	}
	memset(pkt, 0, sizeof(*pkt));
	pkt->ts_ns = h->ts_mono + (uint64_t)l->mono2real;
	pkt->caplen = h->caplen;
	pkt->len = h->len > h->caplen ? h->len : h->caplen;
	pkt->linktype = f->ci.linktype;
	pkt->dir = h->dir == 1 ? PKT_DIR_IN : h->dir == 2 ? PKT_DIR_OUT : PKT_DIR_UNKNOWN;
	pkt->if_id = f->id;
	pkt->ifname = f->disp;
	pkt->data = (const uint8_t *)(h + 1);
	if (l->pt && h->pid)
		pkt->proc = proctab__lookup(l->pt, (int)h->pid, (int)h->tid);
	if (!h->pid)
		pkt->noproc = h->flags & PT_PKT_F_SK_OLD ? PKT_NOPROC_OLD_SOCKET :
			      h->flags & PT_PKT_F_SK_PEER ? PKT_NOPROC_PEER_NS :
			      h->flags & PT_PKT_F_NO_SK ? PKT_NOPROC_NO_SOCKET : PKT_NOPROC_UNKNOWN;
	pkt->num = ++l->captured;
	return 1;
}

int live__next(struct live *l, struct pkt *pkt, int timeout_ms)
{
	uint64_t deadline = 0;	/* set when the ring first runs dry: no clock read per packet */

	for (;;) {
		struct epoll_event ev[4];
		const void *data;
		uint32_t len;
		int n, wait;

		if (++l->since_events >= 256)
			side_events(l);
		/* keys first: they go out before the packets they decrypt */
		if (l->kl)
			keylog__poll(l->kl);
		while (ringbuf__next(l->rb, &data, &len) == 1) {
			if (to_pkt(l, data, len, pkt))
				return 1;
		}
		if (timeout_ms > 0 && !deadline)
			deadline = clock_ns(CLOCK_MONOTONIC) + (uint64_t)timeout_ms * 1000000ull;
		if (clock_ns(CLOCK_MONOTONIC) - l->last_sync > 1000000000ull)
			clock_sync(l);
		if (l->spawned) {
			int st;

			if (proctab__spawned_exited(l->pt, &st) == 1) {
				/* the command is gone: its last packets (FIN, RST) may still
				 * be on their way; wait a moment for them, then stop */
				uint64_t now = clock_ns(CLOCK_MONOTONIC);

				if (!l->exited_ns)
					l->exited_ns = now;
				else if (now - l->exited_ns >= 200000000ull)
					return -1;
			}
		}
		if (timeout_ms < 0) {
			wait = -1;
		} else if (timeout_ms == 0) {
			wait = 0;
		} else {
			uint64_t now = clock_ns(CLOCK_MONOTONIC);

			wait = now >= deadline ? 0 : (int)((deadline - now + 999999) / 1000000);
		}
		/* the kernel wakes us only for batches, and never for TLS keys */
		if ((!l->o.immediate || l->kl) && (wait < 0 || wait > TICK_MS))
			wait = TICK_MS;
		if (l->spawned && (wait < 0 || wait > 100))
			wait = 100;
		n = epoll_wait(l->epfd, ev, 4, wait);
		if (n < 0) {
			if (errno == EINTR)
				return 0;
			return -errno;
		}
		if (n > 0) {
			int i;

			for (i = 0; i < n; i++)
				if (ev[i].data.fd != ringbuf__fd(l->rb))
					side_events(l);
			continue;
		}
		if (l->ns_rescan_until)
			live_netns_poll(l);
		if (timeout_ms == 0 || (timeout_ms > 0 && clock_ns(CLOCK_MONOTONIC) >= deadline))
			return 0;
	}
}

void live__stats(const struct live *l, struct live_stats *st)
{
	int ncpu = libbpf_num_possible_cpus();
	uint32_t k;

	memset(st, 0, sizeof(*st));
	st->captured = l->captured;
	if (ncpu <= 0 || !l->skel)
		return;
	{
		uint64_t *v = calloc((size_t)ncpu, sizeof(*v));
		uint64_t sum[PT_CNT_MAX] = { 0 };
		int c;

		if (!v)
			return;
		for (k = 0; k < PT_CNT_MAX; k++) {
			if (bpf_map_lookup_elem(bpf_map__fd(l->skel->maps.counters), &k, v) < 0)
				continue;
			for (c = 0; c < ncpu; c++)
				sum[k] += v[c];
		}
		free(v);
		st->received = sum[PT_CNT_SEEN];
		st->matched = sum[PT_CNT_MATCH];
		st->dropped = sum[PT_CNT_DROP];
	}
}
