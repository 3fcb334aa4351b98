// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: process attribution: socket owners (sk_owner_map) and exec/fork/exit events
 *
 * Socket owners are written first-writer-wins (bpf_sk_storage_get with
 * F_CREATE never overwrites; later users of the same process only update
 * the thread) from, in this order of likelihood:
 *   cgroup/sock_create       creator's context, every AF_INET/AF_INET6 socket
 *   tp_btf/tcp_sendmsg_locked before the data reaches TC egress
 *   tp_btf/sock_send_length, sock_recv_length  any later send/receive
 *   iter/task_file + iter/tcp, iter/udp  run once at start: sockets that
 *                            existed before (see pt_seed_files)
 * BPF_F_CLONE makes an accept()ed socket inherit its listener's owner.
 * Kernel threads never own a socket here (NFS, sunrpc: their current is a
 * kworker, not a user process).
 *
 * The tracing programs sit in SEC("pttrace/<tracepoint>") (tp_btf) and
 * SEC("ptiter/<target>") (iter) sections that proc_kern.c hands to libbpf
 * with their attach BTF ids, so that libbpf need not parse the kernel's
 * BTF a second time to find them. A kernel without BTF of its own has
 * neither: the process events then come from SEC("raw_tp/...") programs
 * with the same bodies (PT_PROC_HOOK makes both programs of each hook),
 * which read the kernel's memory with BPF_CORE_READ only (a raw
 * tracepoint's arguments are plain numbers to the verifier), relocated
 * from the --kernel-btf file. The socket hooks have no such twin: they need
 * trusted sockets for bpf_sk_storage_get.
 *
 * Process events (bpf/proc.h) go to user space over proc_events; exec
 * events carry the path and argv so that a process that lives a few
 * milliseconds is still named without a /proc race. The selection map
 * sel_pids (shared with capture.bpf.c) is kept up to date here for -f and
 * --pname so that the first packet of a new process is not dropped.
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "proc.h"
#include "ptcpdump.h"
#include "maps.bpf.h"

#define PT_AF_INET 2
#define PT_AF_INET6 10
#define PT_SOCK_STREAM 1
#define PT_SOCK_DGRAM 2
#define PT_PF_KTHREAD 0x00200000
#define PT_SK_F_CREATE 1	/* BPF_SK_STORAGE_GET_F_CREATE */

const volatile __u8 sel_active;		/* --pid/--pname/-- cmd in force */
const volatile __u8 sel_follow;		/* -f */
const volatile __u8 sel_pname_on;	/* --pname given */
const volatile char sel_pname[PT_PROC_PNAME_LEN];	/* first 15 bytes + NUL */
const volatile __u32 sel_n_uids;	/* --uid values in sel_uids */
const volatile __u32 sel_uids[PT_SEL_UIDS_MAX];
const volatile __u8 sel_ctr_on;		/* --container-id/-name, --pod-name given */

__u64 ev_lost;		/* events that did not fit in proc_events */
__u64 seeded;		/* sockets tagged by the start-up iterator */

/* sk_owner_map and sel_pids: maps.bpf.h (shared with the other object) */

/* cgroups (v2 ids) of the selected containers, filled by user space: a
 * process that starts in one is selected before its first packet */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PT_SEL_CGROUPS_MAX);
	__type(key, __u64);
	__type(value, __u8);
} sel_cgroups SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4 << 20);
} proc_events SEC(".maps");

static __always_inline void owner_from_task(struct sk_owner *v, struct task_struct *task)
{
	v->pid = BPF_CORE_READ(task, tgid);
	v->tid = BPF_CORE_READ(task, pid);
	v->ppid = BPF_CORE_READ(task, real_parent, tgid);
	v->uid = BPF_CORE_READ(task, cred, uid.val);
	v->cgroup_id = BPF_CORE_READ(task, cgroups, dfl_cgrp, kn, id);
	v->netns_ino = BPF_CORE_READ(task, nsproxy, net_ns, ns.inum);
	BPF_CORE_READ_STR_INTO(&v->comm, task, comm);
}

static __always_inline int is_inet(__u16 family)
{
	return family == PT_AF_INET || family == PT_AF_INET6;
}

/* tag sk with the current process unless it has an owner already */
static __always_inline void tag_current(struct sock *sk)
{
	struct task_struct *task;
	struct sk_owner v = {};

	struct sk_owner *o;
	__u64 id;

	if (!sk || !is_inet(sk->__sk_common.skc_family))
		return;
	o = bpf_sk_storage_get(&sk_owner_map, sk, 0, 0);
	if (o) {
		/* the owner stays; the thread is the one that used it last */
		id = bpf_get_current_pid_tgid();
		if (o->pid == (__u32)(id >> 32) && o->tid != (__u32)id) {
			o->tid = (__u32)id;
			bpf_get_current_comm(o->comm, sizeof(o->comm));
		}
		return;
	}
	task = bpf_get_current_task_btf();
	if (task->flags & PT_PF_KTHREAD)
		return;
	owner_from_task(&v, task);
	v.netns_ino = BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
	bpf_sk_storage_get(&sk_owner_map, sk, &v, PT_SK_F_CREATE);
}

SEC("cgroup/sock_create")
int pt_sock_create(struct bpf_sock *ctx)
{
	struct task_struct *task;
	struct sk_owner v = {};

	if (ctx->family != PT_AF_INET && ctx->family != PT_AF_INET6)
		return 1;
	if (ctx->type != PT_SOCK_STREAM && ctx->type != PT_SOCK_DGRAM)
		return 1;
	task = (struct task_struct *)bpf_get_current_task();
	owner_from_task(&v, task);
	bpf_sk_storage_get(&sk_owner_map, ctx, &v, PT_SK_F_CREATE);
	return 1;
}

SEC("pttrace/tcp_sendmsg_locked")
int BPF_PROG(pt_tcp_sendmsg, const struct sock *sk)
{
	tag_current((struct sock *)sk);
	return 0;
}

SEC("pttrace/sock_send_length")
int BPF_PROG(pt_sock_send, struct sock *sk)
{
	tag_current(sk);
	return 0;
}

SEC("pttrace/sock_recv_length")
int BPF_PROG(pt_sock_recv, struct sock *sk)
{
	tag_current(sk);
	return 0;
}

#define PT_TCP_FIN_WAIT1 4
#define PT_IPPROTO_TCP_SK 6

/* an active close: keep the owner for the time-wait sock (maps.bpf.h) */
SEC("pttrace/inet_sock_set_state")
int BPF_PROG(pt_sk_state, const struct sock *sk, int oldstate, int newstate)
{
	struct pt_tw_key k = {};
	struct pt_tw_owner v;
	struct sk_owner *o;
	__u32 a[4] = {};
	int v4;

	if (newstate != PT_TCP_FIN_WAIT1 || sk->sk_protocol != PT_IPPROTO_TCP_SK)
		return 0;
	o = bpf_sk_storage_get(&sk_owner_map, (struct sock *)sk, 0, 0);
	if (!o || !o->pid)
		return 0;
	v4 = sk->__sk_common.skc_family == PT_AF_INET;
	if (!v4) {
		BPF_CORE_READ_INTO(&a, sk, __sk_common.skc_v6_daddr.in6_u.u6_addr32);
		/* a dual-stack socket talking IPv4 is looked up by its IPv4 tuple */
		v4 = !a[0] && !a[1] && a[2] == bpf_htonl(0xffff);
	}
	if (v4) {
		k.t.ipv4.saddr = sk->__sk_common.skc_daddr;
		k.t.ipv4.daddr = sk->__sk_common.skc_rcv_saddr;
		k.t.ipv4.sport = sk->__sk_common.skc_dport;
		k.t.ipv4.dport = bpf_htons(sk->__sk_common.skc_num);
	} else {
		__builtin_memcpy(k.t.ipv6.saddr, a, sizeof(a));
		BPF_CORE_READ_INTO(&k.t.ipv6.daddr, sk, __sk_common.skc_v6_rcv_saddr.in6_u.u6_addr32);
		k.t.ipv6.sport = sk->__sk_common.skc_dport;
		k.t.ipv6.dport = bpf_htons(sk->__sk_common.skc_num);
		k.v6 = 1;
	}
	v.pid = o->pid;
	v.tid = o->tid;
	bpf_map_update_elem(&tw_owner, &k, &v, BPF_ANY);
	return 0;
}

/*
 * Sockets that existed before start, in two passes run once by user space.
 * The task_file pass sees each socket with its process but only through
 * sock->sk, which this verifier may call untrusted (bpf_sk_storage_get
 * rejects it on some 6.18 builds): it records socket inode -> owner in
 * seed_owner and the network namespaces it met in seed_netns. The tcp and
 * udp passes (run in each of those namespaces) see the sockets as trusted
 * pointers and create their storage from seed_owner.
 */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, PT_SEED_MAX);
	__type(key, __u64);			/* socket inode */
	__type(value, struct sk_owner);
} seed_owner SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, PT_SEED_NETNS_MAX);
	__type(key, __u64);			/* netns inode */
	__type(value, __u32);			/* a process in it (tgid) */
} seed_netns SEC(".maps");

__u64 seed_found;	/* sockets the task_file pass recorded */

SEC("ptiter/task_file")
int pt_seed_files(struct bpf_iter__task_file *ctx)
{
	struct task_struct *task = ctx->task;
	struct file *file = ctx->file;
	struct sk_owner v = {};
	struct socket *sock;
	struct sock *sk;
	__u64 ino;

	if (!task || !file || (task->flags & PT_PF_KTHREAD))
		return 0;
	sock = bpf_sock_from_file(file);
	if (!sock)
		return 0;
	sk = BPF_CORE_READ(sock, sk);
	if (!sk || !is_inet(BPF_CORE_READ(sk, __sk_common.skc_family)))
		return 0;
	ino = BPF_CORE_READ(file, f_inode, i_ino);
	owner_from_task(&v, task);
	v.tid = v.pid;
	v.netns_ino = BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
	/* a socket shared by several processes belongs to the first (lowest pid) */
	if (bpf_map_update_elem(&seed_owner, &ino, &v, BPF_NOEXIST) == 0)
		__sync_fetch_and_add(&seed_found, 1);
	bpf_map_update_elem(&seed_netns, &v.netns_ino, &v.pid, BPF_NOEXIST);
	return 0;
}

static __always_inline void seed_one(struct sock *sk)
{
	struct sk_owner v, *o;
	__u64 ino;

	if (!is_inet(sk->__sk_common.skc_family))
		return;
	ino = BPF_CORE_READ(sk, sk_socket, file, f_inode, i_ino);
	if (!ino)
		return;
	o = bpf_map_lookup_elem(&seed_owner, &ino);
	if (!o)
		return;
	__builtin_memcpy(&v, o, sizeof(v));
	if (!bpf_sk_storage_get(&sk_owner_map, sk, 0, 0) &&
	    bpf_sk_storage_get(&sk_owner_map, sk, &v, PT_SK_F_CREATE))
		__sync_fetch_and_add(&seeded, 1);
}

SEC("ptiter/tcp")
int pt_seed_tcp(struct bpf_iter__tcp *ctx)
{
	struct sock_common *skc = ctx->sk_common;
	struct tcp_sock *tp;

	if (!skc)
		return 0;
	tp = bpf_skc_to_tcp_sock(skc);	/* NULL for request and time-wait sockets */
	if (tp)
		seed_one((struct sock *)tp);
	return 0;
}

SEC("ptiter/udp")
int pt_seed_udp(struct bpf_iter__udp *ctx)
{
	struct udp_sock *up = ctx->udp_sk;

	if (up)
		seed_one((struct sock *)up);
	return 0;
}

/* --uid or a selected container's cgroup: the task's own facts select it */
static __always_inline int ctx_match(struct task_struct *p)
{
	__u32 uid, i;
	__u64 cg;

	if (sel_n_uids) {
		uid = BPF_CORE_READ(p, cred, uid.val);
		for (i = 0; i < PT_SEL_UIDS_MAX; i++) {
			if (i >= sel_n_uids)
				break;
			if (sel_uids[i] == uid)
				return 1;
		}
	}
	if (sel_ctr_on) {
		cg = BPF_CORE_READ(p, cgroups, dfl_cgrp, kn, id);
		if (bpf_map_lookup_elem(&sel_cgroups, &cg))
			return 1;
	}
	return 0;
}

static __always_inline int pname_match(const char *comm)
{
	int i;

	for (i = 0; i < PT_PROC_PNAME_LEN; i++) {
		if (sel_pname[i] != comm[i])
			return 0;
		if (!comm[i])
			return 1;
	}
	return 1;
}

/* a process-event hook: the tp_btf program NAME and its raw_tp twin
 * NAME_raw, both returning EXPR over the tracepoint's arguments ARGS */
#define PT_PROC_HOOK(tp, name, expr, args...)		\
	SEC("pttrace/" #tp)				\
	int BPF_PROG(name, args)			\
	{						\
		return expr;				\
	}						\
	SEC("raw_tp/" #tp)				\
	int BPF_PROG(name##_raw, args)			\
	{						\
		return expr;				\
	}

/* "/proc/..." or "/dev/fd/..." (execveat of an fd), or not absolute */
static __always_inline int magic_or_relative(const char *p)
{
	if (p[0] != '/')
		return 1;
	if (p[1] == 'p' && p[2] == 'r' && p[3] == 'o' && p[4] == 'c' && p[5] == '/')
		return 1;
	return p[1] == 'd' && p[2] == 'e' && p[3] == 'v' && p[4] == '/' && p[5] == 'f' &&
	       p[6] == 'd' && p[7] == '/';
}

/* one step of file_dpath: bpf_loop() verifies it once, where an unrolled
 * or bounded loop cost ~18 ms of verifier time at every start */
struct dpath_walk {
	struct pt_proc_exec *e;
	struct dentry *d;
	struct vfsmount *vm;
	struct mount *m;
	__u32 n;
	__u32 done;
};

static long dpath_step(__u64 i, void *arg)
{
	struct dpath_walk *w = arg;
	/* locals: BPF_CORE_READ() would relocate the walk's own fields too */
	struct dentry *d = w->d, *parent = BPF_CORE_READ(d, d_parent);
	struct vfsmount *vm = w->vm;
	struct mount *m = w->m, *mp;
	__u32 n = w->n;

	if (n >= PT_PROC_DPATH_N)
		return 1;
	if (d == BPF_CORE_READ(vm, mnt_root)) {
		mp = BPF_CORE_READ(m, mnt_parent);
		if (mp == m) {
			w->done = 1;	/* the namespace's root */
			return 1;
		}
		w->d = BPF_CORE_READ(m, mnt_mountpoint);
		w->m = mp;
		w->vm = (void *)mp + bpf_core_field_offset(struct mount, mnt);
		return 0;
	}
	if (d == parent ||
	    bpf_probe_read_kernel_str(w->e->dpath[n & (PT_PROC_DPATH_N - 1)], PT_PROC_DPATH_L,
				      BPF_CORE_READ(d, d_name.name)) < 0) {
		w->done = 1;
		return 1;
	}
	w->n = n + 1;
	w->d = parent;
	return 0;
}

/* the executed file's path, leaf first, crossing mounts up to the root of
 * the process's mount namespace (like d_path, bounded) */
static __always_inline void file_dpath(struct pt_proc_exec *e, struct file *f)
{
	struct vfsmount *vm = BPF_CORE_READ(f, f_path.mnt);
	struct dpath_walk w = {
		.e = e,
		.d = BPF_CORE_READ(f, f_path.dentry),
		.vm = vm,
		.m = (void *)vm - bpf_core_field_offset(struct mount, mnt),
	};
	struct dentry *d;

	bpf_loop(PT_PROC_DPATH_N * 2, dpath_step, &w, 0);
	d = w.d;
	e->dpath_n = w.n;
	e->flags |= PT_PROC_F_DPATH;
	if (w.n == PT_PROC_DPATH_N && !w.done && d != BPF_CORE_READ(d, d_parent))
		e->flags |= PT_PROC_F_DPATH_TRUNC;
}

static __always_inline int exec_event(struct task_struct *p, struct linux_binprm *bprm)
{
	struct pt_proc_exec *e;
	unsigned long start, end, len;
	__u32 tgid = BPF_CORE_READ(p, tgid);
	__u8 one = PT_SEL_PID, ctr = PT_SEL_CTR;
	long n;

	e = bpf_ringbuf_reserve(&proc_events, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&ev_lost, 1);
		if (sel_active) {
			char comm[16];

			BPF_CORE_READ_STR_INTO(&comm, p, comm);
			if (ctx_match(p))
				bpf_map_update_elem(&sel_pids, &tgid, &ctr, BPF_ANY);
			else if (sel_pname_on && pname_match(comm))
				bpf_map_update_elem(&sel_pids, &tgid, &one, BPF_ANY);
		}
		return 0;
	}
	e->h.type = PT_PROC_EV_EXEC;
	e->h.pid = tgid;
	e->h.tid = BPF_CORE_READ(p, pid);
	e->h.ppid = BPF_CORE_READ(p, real_parent, tgid);
	e->h.ts_ns = bpf_ktime_get_ns();
	e->uid = BPF_CORE_READ(p, cred, uid.val);
	e->cgroup_id = BPF_CORE_READ(p, cgroups, dfl_cgrp, kn, id);
	e->flags = 0;
	BPF_CORE_READ_STR_INTO(&e->comm, p, comm);

	n = bpf_probe_read_kernel_str(e->path, sizeof(e->path), BPF_CORE_READ(bprm, filename));
	e->path_len = n > 0 ? n : 0;
	if (n == sizeof(e->path))
		e->flags |= PT_PROC_F_PATH_TRUNC;
	e->dpath_n = 0;
	if (n <= 0 || magic_or_relative(e->path))
		file_dpath(e, BPF_CORE_READ(bprm, file));

	start = BPF_CORE_READ(p, mm, arg_start);
	end = BPF_CORE_READ(p, mm, arg_end);
	len = end > start ? end - start : 0;
	if (len > PT_PROC_ARGS_LEN - 1) {
		len = PT_PROC_ARGS_LEN - 1;
		e->flags |= PT_PROC_F_ARGS_TRUNC;
	}
	len &= PT_PROC_ARGS_LEN - 1;
	if (len && bpf_probe_read_user(e->args, len, (void *)start)) {
		e->flags |= PT_PROC_F_ARGS_FAULT;
		len = 0;
	}
	e->args_len = len;

	if (sel_active && ctx_match(p)) {
		bpf_map_update_elem(&sel_pids, &tgid, &ctr, BPF_ANY);
		e->flags |= PT_PROC_F_SELECTED;
	} else if (sel_active && sel_pname_on && pname_match(e->comm)) {
		bpf_map_update_elem(&sel_pids, &tgid, &one, BPF_ANY);
		e->flags |= PT_PROC_F_SELECTED;
	}
	bpf_ringbuf_submit(e, 0);
	return 0;
}

PT_PROC_HOOK(sched_process_exec, pt_exec, exec_event(p, bprm),
	     struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)

static __always_inline int fork_event(struct task_struct *parent, struct task_struct *child)
{
	struct pt_proc_fork *e;
	__u32 forker = BPF_CORE_READ(parent, tgid);
	__u32 tgid = BPF_CORE_READ(child, tgid);
	__u32 flags = 0;

	if (tgid == forker)	/* a new thread */
		return 0;
	if (sel_active) {
		char comm[16];

		BPF_CORE_READ_STR_INTO(&comm, child, comm);
		__u8 *fv = bpf_map_lookup_elem(&sel_pids, &forker);
		__u8 v = fv && *fv == PT_SEL_CTR ? PT_SEL_CTR : PT_SEL_PID;

		/* a reused pid is not selected because its previous owner was;
		 * a child of a selected container's process is in the container */
		if ((fv && (sel_follow || *fv == PT_SEL_CTR)) || (sel_pname_on && pname_match(comm)) ||
		    ctx_match(child)) {
			if (ctx_match(child))
				v = PT_SEL_CTR;
			bpf_map_update_elem(&sel_pids, &tgid, &v, BPF_ANY);
			flags |= PT_PROC_F_SELECTED;
		} else {
			bpf_map_delete_elem(&sel_pids, &tgid);
		}
	}
	e = bpf_ringbuf_reserve(&proc_events, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&ev_lost, 1);
		return 0;
	}
	e->h.type = PT_PROC_EV_FORK;
	e->h.pid = tgid;
	e->h.tid = BPF_CORE_READ(child, pid);
	e->h.ppid = BPF_CORE_READ(child, real_parent, tgid);
	e->h.ts_ns = bpf_ktime_get_ns();
	e->forker = forker;
	e->flags = flags;
	BPF_CORE_READ_STR_INTO(&e->comm, child, comm);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

PT_PROC_HOOK(sched_process_fork, pt_fork, fork_event(parent, child),
	     struct task_struct *parent, struct task_struct *child)

static __always_inline int emit_exit(struct task_struct *p)
{
	struct pt_proc_exit *e;

	e = bpf_ringbuf_reserve(&proc_events, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&ev_lost, 1);
		return 0;
	}
	e->h.type = PT_PROC_EV_EXIT;
	e->h.pid = BPF_CORE_READ(p, tgid);
	e->h.tid = BPF_CORE_READ(p, pid);
	e->h.ppid = BPF_CORE_READ(p, real_parent, tgid);
	e->h.ts_ns = bpf_ktime_get_ns();
	e->exit_code = BPF_CORE_READ(p, exit_code);
	e->pad = 0;
	BPF_CORE_READ_STR_INTO(&e->comm, p, comm);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

/*
 * 6.18: (task, group_dead); group_dead is true for the last thread of a
 * process. Older kernels: (task) only; the leader's exit stands for the
 * process's. Under tp_btf the kernel's BTF says which form it has. Under
 * raw_tp nothing does: both twins are loaded and proc_kern.c attaches
 * pt_exit_raw first; the kernel refuses (EINVAL) to attach a raw
 * tracepoint program that reads past the tracepoint's arguments, so on a
 * kernel without group_dead pt_exit_old_raw is attached instead.
 */
PT_PROC_HOOK(sched_process_exit, pt_exit, group_dead ? emit_exit(p) : 0,
	     struct task_struct *p, bool group_dead)
PT_PROC_HOOK(sched_process_exit, pt_exit_old,
	     BPF_CORE_READ(p, pid) == BPF_CORE_READ(p, tgid) ? emit_exit(p) : 0,
	     struct task_struct *p)

/* thread names for the Thread block, so a thread gone before its packets
 * are looked up is still named */
static __always_inline int rename_event(struct task_struct *task, const char *comm)
{
	struct pt_proc_rename *e;

	e = bpf_ringbuf_reserve(&proc_events, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&ev_lost, 1);
		return 0;
	}
	e->h.type = PT_PROC_EV_RENAME;
	e->h.pid = BPF_CORE_READ(task, tgid);
	e->h.tid = BPF_CORE_READ(task, pid);
	e->h.ppid = 0;
	e->h.ts_ns = bpf_ktime_get_ns();
	if (bpf_probe_read_kernel_str(e->comm, sizeof(e->comm), comm) < 0)
		e->comm[0] = '\0';
	bpf_ringbuf_submit(e, 0);
	return 0;
}

PT_PROC_HOOK(task_rename, pt_rename, rename_event(task, comm),
	     struct task_struct *task, const char *comm)

char LICENSE[] SEC("license") = "GPL";
