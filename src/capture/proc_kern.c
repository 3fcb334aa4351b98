// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: kernel side of the process table: load/attach proc.bpf.c, seed sockets, events
 *
 * Order (libbpf-tools style): open -> rodata -> disable programs whose
 * hook the kernel lacks -> load -> attach each (tp_btf; raw tracepoints
 * for the process events when the running kernel has no BTF of its own;
 * one warning line per hook that fails, naming what is lost) -> run the
 * socket iterators once to tag sockets that existed before start
 * (task_file for the owners, then tcp and udp in every namespace it met,
 * for storage the verifier accepts) -> ring buffer. Every attachment is
 * an fd-owned link, so nothing outlives the process.
 */
#include "proctab_int.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "../../bpf/proc.h"
#include "../../bpf/ptcpdump.h"
#include "proc.skel.h"
#include "kbtf.h"

struct proc_kern {
	struct proc_bpf *skel;
	struct ring_buffer *rb;
	struct proctab *t;
	int cg_fd;
	struct bpf_link *links[12];	/* fd-owned: they vanish with the process */
	int n_links;
};

static int silent_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

enum { SEC_TRACE, SEC_ITER };

/*
 * SEC("pttrace/<tracepoint>") and SEC("ptiter/<target>") (proc.bpf.c):
 * tp_btf and iter programs that libbpf opens as raw tracepoints, so it has
 * no tracing program to parse the kernel's BTF for (libbpf 1.1 does, for
 * the attach ids alone, and kbtf has it parsed already). Just before
 * each load they become tracing programs with the attach id from kbtf,
 * the same one libbpf would look up.
 */
static int prepare_tracing(struct bpf_program *prog, struct bpf_prog_load_opts *o, long cookie)
{
	const struct btf *vm = kbtf__running();
	const char *target = strchr(bpf_program__section_name(prog), '/');
	char name[128];
	int id;

	if (!vm || !target)
		return -ENOENT;
	snprintf(name, sizeof(name), "%s%s", cookie == SEC_ITER ? "bpf_iter_" : "btf_trace_",
		 target + 1);
	id = btf__find_by_name_kind(vm, name, cookie == SEC_ITER ? BTF_KIND_FUNC : BTF_KIND_TYPEDEF);
	if (id <= 0)
		return -ENOENT;
	o->attach_btf_id = (__u32)id;
	o->attach_btf_obj_fd = 0;
	return bpf_program__set_type(prog, BPF_PROG_TYPE_TRACING);
}

static int sections_rc;

static void register_sections_once(void)
{
	LIBBPF_OPTS(libbpf_prog_handler_opts, tr, .cookie = SEC_TRACE,
		    .prog_prepare_load_fn = prepare_tracing);
	LIBBPF_OPTS(libbpf_prog_handler_opts, it, .cookie = SEC_ITER,
		    .prog_prepare_load_fn = prepare_tracing);
	int rc;

	rc = libbpf_register_prog_handler("pttrace/", BPF_PROG_TYPE_RAW_TRACEPOINT,
					  BPF_TRACE_RAW_TP, &tr);
	if (rc >= 0)
		rc = libbpf_register_prog_handler("ptiter/", BPF_PROG_TYPE_RAW_TRACEPOINT,
						  BPF_TRACE_ITER, &it);
	sections_rc = rc < 0 ? rc : 0;
}

/* for the process's life: libbpf 1.1 frees its handler table when the last
 * handler goes, and a later registration would use the freed memory */
static int register_sections(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, register_sections_once);
	return sections_rc;
}

static int on_event(void *ctx, void *data, size_t size)
{
	struct proc_kern *k = ctx;

	proctab__handle_event(k->t, data, size);
	return 0;
}

/* the cgroup2 mount point that a mountinfo file lists */
static int cgroup2_in(const char *mountinfo, char *buf, size_t len)
{
	char line[4096];
	FILE *f = fopen(mountinfo, "re");
	int found = 0;

	if (!f)
		return 0;
	while (!found && fgets(line, sizeof(line), f)) {
		char *sep = strstr(line, " - cgroup2 ");
		char root[1024], mnt[1024];

		/* the hierarchy's root only: a cgroup namespace's mount shows a subtree */
		if (!sep || sscanf(line, "%*s %*s %*s %1023s %1023s", root, mnt) != 2 ||
		    strcmp(root, "/"))
			continue;
		snprintf(buf, len, "%s", mnt);
		found = 1;
	}
	fclose(f);
	return found;
}

int proc_kern__cgroup2_path(char *buf, size_t len)
{
	return cgroup2_in("/proc/self/mountinfo", buf, len);
}

int proc_kern__cgroup2_fd(void)
{
	char path[1024], tmp[] = "/tmp/ptcpdump-cgroup2.XXXXXX";
	int fd;

	if (proc_kern__cgroup2_path(path, sizeof(path)))
		return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	/* none mounted here (`ip netns exec` mounts a fresh /sys without
	 * cgroups): mount the hierarchy for a moment, keep a handle on it */
	if (!mkdtemp(tmp))
		return -1;
	fd = -1;
	if (mount("cgroup2", tmp, "cgroup2", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) == 0) {
		fd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		umount2(tmp, MNT_DETACH);
	}
	rmdir(tmp);
	return fd;
}

/* test hook: PTCPDUMP_PROCTAB_DISABLE=name,... pretends the kernel lacks
 * these hooks (tracepoint names, "sock_create", "iter") */
static int disabled(const char *name)
{
	const char *l = getenv("PTCPDUMP_PROCTAB_DISABLE"), *p;
	size_t n = strlen(name);

	for (p = l; p && (p = strstr(p, name)); p += n)
		if ((p == l || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
			return 1;
	return 0;
}

static int has_btf_typedef(const struct btf *btf, const char *tp)
{
	char name[128];

	snprintf(name, sizeof(name), "btf_trace_%s", tp);
	return btf && btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF) > 0;
}

struct hook {
	const char *tp;
	const char *lost;
};

/* what each hook gives; the warning names it when the hook is missing */
static const struct hook hooks[] = {
	{ "tcp_sendmsg_locked", "TCP sockets from before start are named only on receive" },
	{ "sock_send_length", "UDP sockets from before start are named only on receive" },
	{ "sock_recv_length", "sockets from before start are named only when they send" },
	{ "sched_process_exec", "short-lived processes may be unnamed, --pname misses new ones" },
	{ "sched_process_fork", "-f does not follow new children, forked processes read from /proc" },
	{ "sched_process_exit", "exited processes are only evicted by age" },
	{ "task_rename", "threads that named themselves are named by /proc while they run" },
	{ "inet_sock_set_state", "the last FIN and ACK of a connection closed here are unnamed" },
};

/* parameters of a tracepoint's BTF prototype (the first is the void *
 * context), -1 when unknown */
static int tp_nargs(const struct btf *btf, const char *tp)
{
	const struct btf_type *ty;
	char name[128];
	int id;

	snprintf(name, sizeof(name), "btf_trace_%s", tp);
	id = btf ? btf__find_by_name_kind(btf, name, BTF_KIND_TYPEDEF) : -1;
	if (id <= 0)
		return -1;
	ty = btf__type_by_id(btf, (__u32)id);
	while (ty && (btf_is_typedef(ty) || btf_is_ptr(ty)))
		ty = btf__type_by_id(btf, ty->type);
	return ty && btf_is_func_proto(ty) ? btf_vlen(ty) : -1;
}

static struct bpf_program *hook_prog(struct proc_bpf *s, size_t i)
{
	struct bpf_program *progs[] = {
		s->progs.pt_tcp_sendmsg, s->progs.pt_sock_send, s->progs.pt_sock_recv,
		s->progs.pt_exec, s->progs.pt_fork, s->progs.pt_exit, s->progs.pt_rename,
		s->progs.pt_sk_state,
	};

	/* sched_process_exit before group_dead was added: the one-argument form */
	if (progs[i] == s->progs.pt_exit && !bpf_program__autoload(s->progs.pt_exit))
		return s->progs.pt_exit_old;
	return progs[i];
}

/* the raw tracepoint twin of hook i for a kernel without BTF of its own;
 * NULL for the socket hooks, which need trusted sockets */
static struct bpf_program *raw_prog(struct proc_bpf *s, size_t i)
{
	struct bpf_program *progs[] = {
		NULL, NULL, NULL, s->progs.pt_exec_raw, s->progs.pt_fork_raw, s->progs.pt_exit_raw,
		s->progs.pt_rename_raw, NULL,
	};

	return progs[i];
}

static void raw_autoload(struct proc_bpf *s, size_t i, bool on)
{
	struct bpf_program *p = raw_prog(s, i);

	if (!p)
		return;
	bpf_program__set_autoload(p, on);
	if (p == s->progs.pt_exit_raw)
		bpf_program__set_autoload(s->progs.pt_exit_old_raw, on);
}

/* raw tracepoints attach by name; sched_process_exit with group_dead
 * first, the one-argument form when the kernel refuses that (EINVAL: the
 * program reads past the tracepoint's arguments) */
static struct bpf_link *attach_raw(struct proc_bpf *s, size_t i)
{
	struct bpf_program *p = raw_prog(s, i);
	struct bpf_link *l = bpf_program__attach_raw_tracepoint(p, hooks[i].tp);

	if (!l && errno == EINVAL && p == s->progs.pt_exit_raw)
		l = bpf_program__attach_raw_tracepoint(s->progs.pt_exit_old_raw, hooks[i].tp);
	return l;
}

static struct proc_bpf *open_skel(const struct proctab_opts *o, int sel_active, int with_iter,
				  const struct btf *vmlinux, unsigned int *missing, int *err)
{
	LIBBPF_OPTS(bpf_object_open_opts, oo);
	struct kbtf_core core;
	struct proc_bpf *s;
	size_t i;

	*err = register_sections();
	if (*err < 0)
		return NULL;
	if (kbtf_core__open(&core) == 0)
		oo.btf_custom_path = core.path;
	s = proc_bpf__open_opts(&oo);
	if (!s) {
		*err = -errno;
		kbtf_core__close(&core);
		return NULL;
	}
	s->rodata->sel_active = !!sel_active;
	s->rodata->sel_follow = o && o->follow_forks;
	if (o) {
		for (i = 0; i < (size_t)o->n_uids && i < PT_SEL_UIDS_MAX; i++)
			s->rodata->sel_uids[i] = o->uids[i];
		s->rodata->sel_n_uids = (__u32)i;
		s->rodata->sel_ctr_on = o->n_ctr_ids || o->n_ctr_names || o->n_pods;
	}
	if (o && o->pname && o->pname[0]) {
		s->rodata->sel_pname_on = 1;
		snprintf((char *)s->rodata->sel_pname, sizeof(s->rodata->sel_pname), "%s",
			 o->pname);
	}
	/* (ctx, task, group_dead) on 6.18; (ctx, task) before */
	if (tp_nargs(vmlinux, "sched_process_exit") == 2)
		bpf_program__set_autoload(s->progs.pt_exit, false);
	else
		bpf_program__set_autoload(s->progs.pt_exit_old, false);
	*missing = 0;
	for (i = 0; i < sizeof(hooks) / sizeof(hooks[0]); i++) {
		if (!has_btf_typedef(vmlinux, hooks[i].tp) || disabled(hooks[i].tp)) {
			bpf_program__set_autoload(hook_prog(s, i), false);
			*missing |= 1u << i;
		}
		/* the raw tracepoints stand in only without the kernel's BTF */
		raw_autoload(s, i, !vmlinux && !disabled(hooks[i].tp));
	}
	if (!with_iter) {
		bpf_program__set_autoload(s->progs.pt_seed_files, false);
		bpf_program__set_autoload(s->progs.pt_seed_tcp, false);
		bpf_program__set_autoload(s->progs.pt_seed_udp, false);
	}
	*err = core.fd >= 0 ? kbtf_core__fill(&core, s->obj) : 0;
	if (!*err)
		*err = proc_bpf__load(s);
	kbtf_core__close(&core);
	if (*err) {
		proc_bpf__destroy(s);
		return NULL;
	}
	return s;
}

/* run an iterator program once to its end; 0 or -errno */
static int run_iter(struct bpf_program *prog)
{
	struct bpf_link *link = bpf_program__attach_iter(prog, NULL);
	char buf[256];
	ssize_t n;
	int fd, e = 0;

	if (!link)
		return -errno;
	fd = bpf_iter_create(bpf_link__fd(link));
	if (fd < 0) {
		e = -errno;
	} else {
		do {
			n = read(fd, buf, sizeof(buf));
		} while (n > 0 || (n < 0 && errno == EINTR));
		if (n < 0)
			e = -errno;
		close(fd);
	}
	bpf_link__destroy(link);
	return e;
}

/* the tcp and udp passes see the sockets of the namespace they are
 * created in: enter each one the task_file pass met (through a process
 * living there) and come back */
static int seed_netns(struct proc_kern *k, int self_ns, __u64 ino, __u32 pid)
{
	char path[64];
	struct stat st;
	int fd, e;

	snprintf(path, sizeof(path), "/proc/%u/ns/net", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) || (__u64)st.st_ino != ino || setns(fd, CLONE_NEWNET)) {
		close(fd);
		return -ESRCH;	/* gone, or its pid reused */
	}
	close(fd);
	e = run_iter(k->skel->progs.pt_seed_tcp);
	if (!e)
		e = run_iter(k->skel->progs.pt_seed_udp);
	if (setns(self_ns, CLONE_NEWNET))
		return -errno;
	return e;
}

/*
 * Without socket iterators: walk /proc/PID/fd, take a copy of each inet
 * socket with pidfd_getfd(2) and tag it from user space (a socket storage
 * map's key is a socket fd). Slower than the iterators, same result.
 */
struct seed_walk {
	struct proc_kern *k;
	int map_fd;
	unsigned long long n, err;
};

static int seed_fd_owner(struct seed_walk *w, int pidfd, int fd, struct sk_owner *v)
{
	int sfd = (int)syscall(SYS_pidfd_getfd, pidfd, fd, 0);
	int dom = 0;
	socklen_t len = sizeof(dom);

	if (sfd < 0)
		return -errno;
	if (!getsockopt(sfd, SOL_SOCKET, SO_DOMAIN, &dom, &len) &&
	    (dom == AF_INET || dom == AF_INET6)) {
		if (!bpf_map_update_elem(w->map_fd, &sfd, v, BPF_NOEXIST))
			w->n++;
		else if (errno != EEXIST)
			w->err++;
	}
	close(sfd);
	return 0;
}

static int seed_pid(void *arg, int pid)
{
	struct seed_walk *w = arg;
	struct proc_facts f;
	struct sk_owner v;
	struct dirent *de;
	char path[300], link[64];
	int pidfd = -1, have = 0;
	struct stat st;
	DIR *d;

	snprintf(path, sizeof(path), "/proc/%d/fd", pid);
	d = opendir(path);
	if (!d)
		return 0;
	while ((de = readdir(d))) {
		ssize_t n;

		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		snprintf(path, sizeof(path), "/proc/%d/fd/%s", pid, de->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n < 8 || strncmp(link, "socket:[", 8))
			continue;
		if (!have) {
			have = -1;
			if (proc_scan__read("/proc", pid, &f))
				break;
			memset(&v, 0, sizeof(v));
			v.pid = v.tid = (__u32)pid;
			v.ppid = (__u32)f.ppid;
			v.uid = (__u32)f.uid;
			memcpy(v.comm, f.comm, sizeof(v.comm));
			proc_scan__clear(&f);
			snprintf(path, sizeof(path), "/proc/%d/ns/net", pid);
			if (!stat(path, &st))
				v.netns_ino = st.st_ino;
			pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
			if (pidfd < 0)
				break;
			have = 1;
		}
		if (seed_fd_owner(w, pidfd, atoi(de->d_name), &v) == -ENOSYS) {
			w->err++;
			break;
		}
	}
	closedir(d);
	if (pidfd >= 0)
		close(pidfd);
	return 0;
}

/* 0, or -errno when the kernel has no pidfd_getfd */
static int seed_from_proc(struct proc_kern *k)
{
	struct seed_walk w = { .k = k, .map_fd = bpf_map__fd(k->skel->maps.sk_owner_map) };
	int self = (int)syscall(SYS_pidfd_open, getpid(), 0), fd;

	if (self < 0)
		return -errno;
	fd = (int)syscall(SYS_pidfd_getfd, self, 0, 0);
	close(self);
	if (fd < 0)
		return -errno;
	close(fd);
	proc_scan__each("/proc", seed_pid, &w);
	k->skel->bss->seeded += w.n;
	k->skel->bss->seed_found += w.n + w.err;
	return 0;
}

/* 0, or -errno when the iterators cannot run (the caller falls back) */
static int seed_sockets(struct proc_kern *k)
{
	int ns_fd = bpf_map__fd(k->skel->maps.seed_netns);
	__u64 key, next, *prev = NULL;
	struct stat self;
	int self_ns, e;
	__u32 pid;

	e = run_iter(k->skel->progs.pt_seed_files);
	if (e)
		return e;
	self_ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (self_ns < 0 || fstat(self_ns, &self)) {
		e = -errno;
		if (self_ns >= 0)
			close(self_ns);
		return e;
	}
	/* our own namespace first: it needs no setns */
	if ((e = run_iter(k->skel->progs.pt_seed_tcp)) == 0)
		e = run_iter(k->skel->progs.pt_seed_udp);
	while (!e && bpf_map_get_next_key(ns_fd, prev, &next) == 0) {
		key = next;
		prev = &key;
		if (key == (__u64)self.st_ino || bpf_map_lookup_elem(ns_fd, &key, &pid))
			continue;
		e = seed_netns(k, self_ns, key, pid);
		if (e == -ESRCH)
			e = 0;
	}
	close(self_ns);
	return e;
}

struct proc_kern *proc_kern__open(struct proctab *t, const struct proctab_opts *o,
				  int sel_active, char *err, size_t errlen)
{
	struct proc_kern *k = calloc(1, sizeof(*k));
	libbpf_print_fn_t old_print = NULL;
	const struct btf *vmlinux;
	unsigned int missing = 0;
	int debug = getenv("PTCPDUMP_PROCTAB_DEBUG") != NULL;
	int e = 0, with_iter = !disabled("iter");
	size_t i;

	if (!k) {
		snprintf(err, errlen, "process table: %s", strerror(ENOMEM));
		return NULL;
	}
	k->t = t;
	k->cg_fd = -1;
	if (!debug)
		old_print = libbpf_set_print(silent_print);
	/* tracing programs attach by the running kernel's own BTF */
	vmlinux = kbtf__running();
	if (!vmlinux) {
		with_iter = 0;
		proctab__warn(t, "warning: the running kernel has no BTF of its own "
			      "(/sys/kernel/btf/vmlinux): process events from raw tracepoints; "
			      "no socket tracepoint hooks nor socket iterators: sockets are named "
			      "from cgroup sock_create and a /proc scan at start, the last FIN and "
			      "ACK of a connection closed here are unnamed");
	}
	k->skel = open_skel(o, sel_active, with_iter, vmlinux, &missing, &e);
	if (!k->skel && with_iter) {
		/* the iterator needs bpf_sock_from_file (5.11): try without it */
		with_iter = 0;
		k->skel = open_skel(o, sel_active, with_iter, vmlinux, &missing, &e);
	}
	if (!k->skel) {
		snprintf(err, errlen, "cannot load the process attribution program: %s",
			 strerror(-e));
		goto fail;
	}

	for (i = 0; i < sizeof(hooks) / sizeof(hooks[0]); i++) {
		struct bpf_program *p = hook_prog(k->skel, i);

		if (!vmlinux && !raw_prog(k->skel, i))
			continue;	/* the one line above says so */
		if (!vmlinux && !disabled(hooks[i].tp)) {
			if (!(k->links[k->n_links++] = attach_raw(k->skel, i)))
				proctab__warn(t, "warning: cannot attach raw tracepoint %s (%s): %s",
					      hooks[i].tp, strerror(errno), hooks[i].lost);
			continue;
		}
		if (missing & (1u << i))
			proctab__warn(t, "warning: kernel lacks tracepoint %s: %s", hooks[i].tp,
				      hooks[i].lost);
		else if (!(k->links[k->n_links++] = bpf_program__attach_trace(p)))
			proctab__warn(t, "warning: cannot attach tracepoint %s (%s): %s",
				      hooks[i].tp, strerror(errno), hooks[i].lost);
	}

	if (!disabled("sock_create"))
		k->cg_fd = proc_kern__cgroup2_fd();
	if (k->cg_fd < 0)
		proctab__warn(t, "warning: cannot attach cgroup sock_create (no cgroup2 mount): new "
			      "sockets are named on their first send or receive only");
	else if (!(k->links[k->n_links++] =
			   bpf_program__attach_cgroup(k->skel->progs.pt_sock_create, k->cg_fd)))
		proctab__warn(t, "warning: cannot attach cgroup sock_create (%s): new sockets "
			      "are named on their first send or receive only", strerror(errno));

	/* after the hooks: a socket made meanwhile is tagged by them */
	e = with_iter ? seed_sockets(k) : -EOPNOTSUPP;
	if (e) {
		int e2 = disabled("sockscan") ? -ENOSYS : seed_from_proc(k);

		if (e2)
			proctab__warn(t, "warning: cannot run the socket iterators (%s) nor scan "
				      "/proc with pidfd_getfd (%s): sockets opened before start are "
				      "named on their next send or receive, listeners not at all",
				      strerror(-e), strerror(-e2));
	}
	if (debug)
		fprintf(stderr, "proctab: seeded %llu of %llu pre-existing sockets\n",
			(unsigned long long)k->skel->bss->seeded,
			(unsigned long long)k->skel->bss->seed_found);

	k->rb = ring_buffer__new(bpf_map__fd(k->skel->maps.proc_events), on_event, k, NULL);
	if (!k->rb) {
		snprintf(err, errlen, "cannot open the process event ring buffer: %s",
			 strerror(errno));
		goto fail;
	}
	if (!debug)
		libbpf_set_print(old_print);
	return k;
fail:
	if (!debug)
		libbpf_set_print(old_print);
	proc_kern__close(k);
	return NULL;
}

void proc_kern__close(struct proc_kern *k)
{
	int i;

	if (!k)
		return;
	ring_buffer__free(k->rb);
	for (i = 0; i < k->n_links; i++)
		bpf_link__destroy(k->links[i]);
	proc_bpf__destroy(k->skel);
	if (k->cg_fd >= 0)
		close(k->cg_fd);
	free(k);
}

int proc_kern__map_fd(const struct proc_kern *k, const char *name)
{
	return bpf_object__find_map_fd_by_name(k->skel->obj, name);
}

int proc_kern__sel_map_fd(const struct proc_kern *k)
{
	return bpf_map__fd(k->skel->maps.sel_pids);
}

int proc_kern__fd(const struct proc_kern *k)
{
	return ring_buffer__epoll_fd(k->rb);
}

int proc_kern__poll(struct proc_kern *k, int timeout_ms)
{
	int n = ring_buffer__poll(k->rb, timeout_ms);

	return n == -EINTR ? 0 : n;
}

int proc_kern__consume(struct proc_kern *k)
{
	return ring_buffer__consume(k->rb);
}

int proc_kern__sel_set(struct proc_kern *k, int pid, int on)
{
	__u32 key = (__u32)pid;
	__u8 one = 1;

	if (on)
		return bpf_map_update_elem(bpf_map__fd(k->skel->maps.sel_pids), &key, &one,
					   BPF_ANY) ? -errno : 0;
	return bpf_map_delete_elem(bpf_map__fd(k->skel->maps.sel_pids), &key) ? -errno : 0;
}

int proc_kern__sel_ctx(struct proc_kern *k, int pid)
{
	__u32 key = (__u32)pid;
	__u8 v = PT_SEL_CTR;

	return bpf_map_update_elem(bpf_map__fd(k->skel->maps.sel_pids), &key, &v, BPF_ANY) ?
		       -errno : 0;
}

int proc_kern__sel_cgroup(struct proc_kern *k, uint64_t cgroup_id)
{
	__u64 key = cgroup_id;
	__u8 v = 1;

	if (!cgroup_id)
		return -EINVAL;
	return bpf_map_update_elem(bpf_map__fd(k->skel->maps.sel_cgroups), &key, &v, BPF_ANY) ?
		       -errno : 0;
}

int proc_kern__sel_has(struct proc_kern *k, int pid)
{
	__u32 key = (__u32)pid;
	__u8 v;

	return bpf_map_lookup_elem(bpf_map__fd(k->skel->maps.sel_pids), &key, &v) ? 0 : 1;
}

uint64_t proc_kern__lost(const struct proc_kern *k)
{
	return k->skel->bss->ev_lost;
}
