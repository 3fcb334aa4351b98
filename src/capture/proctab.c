// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the one process table: pid -> process, parent, container, pod; selection
 *
 * Entries come from exec/fork/exit events (bpf/proc.h, applied by
 * proctab__handle_event in proctab_ev.c) and, for pids no event named,
 * from procfs on first lookup. Memory is bounded by max_procs: two LRU lists (live and
 * exited); proctab__maintain() evicts exited processes first. Pointers
 * handed out by lookups stay valid until the next maintain (each poll), so
 * an entry that an exec replaces is parked on a free list until then.
 *
 * Selection (--pid, --pname, -f, -- cmd) is mirrored here and, when the
 * kernel side runs, in the BPF map sel_pids that capture.bpf.c reads; the
 * kernel adds -f children and --pname execs itself so that the first
 * packet of a new process is kept.
 */
#include "proctab_table.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define PROCTAB_DEFAULT_MAX 4096
#define PROCTAB_MAX_THREADS 32		/* thread entries per process */

void proctab__warn(const struct proctab *t, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (t && t->warn)
		t->warn(t->warn_arg, msg);
	else
		fprintf(stderr, "ptcpdump: %s\n", msg);
}

/* ---- lists and hash --------------------------------------------------- */

static void list_del(struct plist *l, struct pt_proc *e)
{
	if (e->prev)
		e->prev->next = e->next;
	else
		l->head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		l->tail = e->prev;
	e->prev = e->next = NULL;
}

static void list_push(struct plist *l, struct pt_proc *e)
{
	e->prev = NULL;
	e->next = l->head;
	if (l->head)
		l->head->prev = e;
	l->head = e;
	if (!l->tail)
		l->tail = e;
}

static struct plist *list_of(struct proctab *t, const struct pt_proc *e)
{
	return (e->flags & PTP_EXITED) ? &t->dead : &t->live;
}

static size_t bucket(const struct proctab *t, int pid)
{
	return ((unsigned int)pid * 2654435761u) & (t->nbuckets - 1);
}

struct pt_proc *pt_find(const struct proctab *t, int pid)
{
	struct pt_proc *e;

	for (e = t->buckets[bucket(t, pid)]; e; e = e->hnext)
		if (e->pid == pid)
			return e;
	return NULL;
}

static void touch(struct proctab *t, struct pt_proc *e)
{
	struct plist *l = list_of(t, e);

	if (l->head == e)
		return;
	list_del(l, e);
	list_push(l, e);
}

struct pt_proc *pt_insert(struct proctab *t, int pid)
{
	struct pt_proc *e = calloc(1, sizeof(*e));
	size_t b;

	if (!e)
		return NULL;
	e->pid = pid;
	e->uid = -1;
	b = bucket(t, pid);
	e->hnext = t->buckets[b];
	t->buckets[b] = e;
	list_push(&t->live, e);
	t->count++;
	return e;
}

static void unlink_proc(struct proctab *t, struct pt_proc *e)
{
	struct pt_proc **pp = &t->buckets[bucket(t, e->pid)];

	while (*pp && *pp != e)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = e->hnext;
	list_del(list_of(t, e), e);
	t->count--;
}

static void free_proc(struct pt_proc *e)
{
	struct pt_thread *th, *n;

	for (th = e->threads; th; th = n) {
		n = th->next;
		free(th);
	}
	free(e->exe);
	free(e->args);
	free(e->cgroup);
	free(e->pcmd);
	free(e->pargs);
	free(e);
}

/* free e and the entries after it on its hash chain */
static void free_chain(struct pt_proc *e)
{
	struct pt_proc *n;

	for (; e; e = n) {
		n = e->hnext;
		free_proc(e);
	}
}

/* out of the table now, freed at the next maintain (lookups may hold it) */
void pt_retire(struct proctab *t, struct pt_proc *e)
{
	unlink_proc(t, e);
	e->hnext = t->grave;
	t->grave = e;
}

void pt_mark_exited(struct proctab *t, struct pt_proc *e)
{
	if (e->flags & PTP_EXITED)
		return;
	list_del(&t->live, e);
	e->flags |= PTP_EXITED;
	list_push(&t->dead, e);
}

/* ---- selection --------------------------------------------------------- */

int pt_pname_match(const struct proctab *t, const char *comm, const char *exe)
{
	size_t n;

	if (!t->pname)
		return 0;
	if (exe && !strcmp(proc_basename(exe), t->pname))
		return 1;
	/* comm holds at most 15 bytes of the name */
	n = strlen(t->pname);
	if (n > 15)
		n = 15;
	return comm[0] && strlen(comm) == n && !strncmp(comm, t->pname, n);
}

int pt_pid_listed(const struct proctab *t, int pid)
{
	int i;

	for (i = 0; i < t->n_pids; i++)
		if (t->pids[i] == pid)
			return 1;
	return 0;
}

void pt_select(struct proctab *t, struct pt_proc *e)
{
	if (e->flags & PTP_SELECTED)
		return;
	e->flags |= PTP_SELECTED;
	if (t->kern)
		proc_kern__sel_set(t->kern, e->pid, 1);
}

/* ---- filling entries --------------------------------------------------- */

static void take_facts(struct pt_proc *e, struct proc_facts *f)
{
	e->ppid = f->ppid;
	e->uid = f->uid;
	memcpy(e->comm, f->comm, sizeof(e->comm));
	free(e->exe);
	free(e->args);
	free(e->cgroup);
	e->exe = f->exe;
	e->args = f->args;
	e->cgroup = f->cgroup;
	f->exe = f->args = f->cgroup = NULL;
	e->flags |= PTP_KNOWN;
}

/* procfs facts for e (alive process not named by events) */
int pt_load_facts(struct proctab *t, struct pt_proc *e)
{
	struct proc_facts f;
	int err;

	e->flags |= PTP_TRIED;
	err = proc_scan__read(t->procfs, e->pid, &f);
	if (err)
		return err;
	take_facts(e, &f);
	if (t->sel_active)
		pt_match_select(t, e);
	return 0;
}

/* the entry for pid, from procfs when no event named it; NULL when gone */
struct pt_proc *pt_find_or_load(struct proctab *t, int pid)
{
	struct pt_proc *e = pt_find(t, pid);

	if (e)
		return e;
	e = pt_insert(t, pid);
	if (!e)
		return NULL;
	if (pt_load_facts(t, e)) {
		unlink_proc(t, e);
		free_proc(e);
		return NULL;
	}
	return e;
}

/* ---- lookups ----------------------------------------------------------- */

const struct ctr_info *pt_ctr_info(struct proctab *t, struct pt_proc *e)
{
	const struct ctr_info *ci = NULL;

	if (!t->ctr)
		return NULL;
	if (!e->cgroup && e->cgroup_id)
		e->cgroup = ctr_cache__cgroup_path(t->ctr, e->cgroup_id);
	if (e->cgroup)
		ci = ctr_cache__lookup(t->ctr, e->cgroup);
	if (!ci && e->cgroup_id && !(e->flags & PTP_EXITED)) {
		/* a runtime that joined only cgroup v1 hierarchies */
		char *v1 = proc_scan__cgroup(t->procfs, e->pid);

		if (v1) {
			free(e->cgroup);
			e->cgroup = v1;
			ci = ctr_cache__lookup(t->ctr, e->cgroup);
		}
	}
	return ci;
}

/* a stamp no context had before (struct proc_ctx) */
static unsigned long new_stamp(void)
{
	static unsigned long last;

	return __atomic_add_fetch(&last, 1, __ATOMIC_RELAXED);
}

static void build_ctx(struct proctab *t, struct pt_proc *e)
{
	struct proc_ctx *c = &e->ctx;
	const struct ctr_info *ci = NULL;

	memset(c, 0, sizeof(*c));
	c->pid = e->pid;
	c->cmd = e->exe ? e->exe : (e->comm[0] ? e->comm : NULL);
	c->args = e->args ? e->args : "";
	if (e->uid >= 0) {
		c->has_uid = 1;
		c->uid = e->uid;
	}
	if (e->ppid > 0) {
		struct pt_proc *p = pt_find_or_load(t, e->ppid);

		c->ppid = e->ppid;
		if (p && !e->pcmd) {
			e->pcmd = pt_strdup(p->exe ? p->exe : (p->comm[0] ? p->comm : NULL));
			e->pargs = pt_strdup(p->args ? p->args : "");
		}
		c->pcmd = e->pcmd;
		c->pargs = e->pargs;
	}
	ci = pt_ctr_info(t, e);
	if (ci) {
		c->cname = ci->name ? ci->name : ci->id;
		c->cid = ci->id;
		c->cimage = ci->image ? ci->image : "";
		c->clabels = ci->labels ? ci->labels : "{}";
		if (ci->pod) {
			c->pod = ci->pod;
			c->pod_ns = ci->pod_ns ? ci->pod_ns : "";
			c->pod_uid = ci->pod_uid ? ci->pod_uid : "";
			c->pod_labels = ci->pod_labels ? ci->pod_labels : "{}";
			c->pod_annotations = ci->pod_annotations ? ci->pod_annotations : "{}";
		}
	}
	c->stamp = new_stamp();
	e->flags |= PTP_READY;
}

/* the newest name a rename event gave tid */
static int thread_named(const struct pt_proc *e, int tid, char name[16])
{
	unsigned int i, n = e->n_names < PROCTAB_NAMES ? e->n_names : PROCTAB_NAMES;

	for (i = 0; i < n; i++) {
		const struct pt_tname *x = &e->names[(e->n_names - 1 - i) % PROCTAB_NAMES];

		if (x->tid == tid) {
			memcpy(name, x->name, 16);
			return 1;
		}
	}
	return 0;
}

static const struct proc_ctx *thread_ctx(struct proctab *t, struct pt_proc *e, int tid)
{
	struct pt_thread *th;

	for (th = e->threads; th; th = th->next)
		if (th->tid == tid)
			return &th->ctx;
	if (e->n_threads >= PROCTAB_MAX_THREADS)
		return &e->ctx;
	th = calloc(1, sizeof(*th));
	if (!th)
		return &e->ctx;
	th->tid = tid;
	if (!thread_named(e, tid, th->name) &&
	    (tid == e->pid || (e->flags & PTP_EXITED) ||
	     proc_scan__thread_comm(t->procfs, e->pid, tid, th->name)))
		memcpy(th->name, e->comm, sizeof(th->name));
	th->ctx = e->ctx;
	th->ctx.tid = tid;
	th->ctx.tname = th->name;
	th->ctx.stamp = new_stamp();
	th->next = e->threads;
	e->threads = th;
	e->n_threads++;
	return &th->ctx;
}

const struct proc_ctx *proctab__lookup(struct proctab *t, int pid, int tid)
{
	struct pt_proc *e;

	if (!t || pid <= 0)
		return NULL;
	e = pt_find(t, pid);
	if (!e && t->kern) {
		/* its exec or fork event may be waiting */
		proc_kern__consume(t->kern);
		e = pt_find(t, pid);
	}
	if (!e) {
		e = pt_insert(t, pid);
		if (!e)
			return NULL;
	}
	if (!(e->flags & (PTP_KNOWN | PTP_TRIED | PTP_EXITED)))
		pt_load_facts(t, e);
	touch(t, e);
	if (!(e->flags & PTP_READY))
		build_ctx(t, e);
	if (tid <= 0)
		return &e->ctx;
	return thread_ctx(t, e, tid);
}

void proctab__each_selected(struct proctab *t, void (*fn)(void *arg, int pid), void *arg)
{
	struct pt_proc *e;

	if (!t || !t->sel_active)
		return;
	for (e = t->live.head; e; e = e->next)
		if ((e->flags & PTP_SELECTED) && !(e->flags & PTP_EXITED))
			fn(arg, e->pid);
}

int proctab__selected(struct proctab *t, int pid)
{
	struct pt_proc *e;

	if (!t || !t->sel_active)
		return 1;
	if (pid <= 0)
		return 0;
	e = pt_find(t, pid);
	if (e && (e->flags & PTP_SELECTED))
		return 1;
	if (pt_pid_listed(t, pid) || pid == t->spawn.pid ||
	    (t->kern && proc_kern__sel_has(t->kern, pid) == 1)) {
		if (e)
			e->flags |= PTP_SELECTED;
		return 1;
	}
	if (!e && t->pname) {
		e = pt_find_or_load(t, pid);
		return e && (e->flags & PTP_SELECTED);
	}
	return 0;
}

/* ---- life cycle ------------------------------------------------------- */

size_t proctab__count(const struct proctab *t)
{
	return t ? t->count : 0;
}

void proctab__maintain(struct proctab *t)
{
	struct pt_proc *e;

	free_chain(t->grave);
	t->grave = NULL;
	while (t->count > t->max) {
		e = t->dead.tail ? t->dead.tail : t->live.tail;
		if (!e)
			break;
		if ((e->flags & PTP_SELECTED) && (e->flags & PTP_EXITED) && t->kern &&
		    e->pid != t->spawn.pid)
			proc_kern__sel_set(t->kern, e->pid, 0);
		unlink_proc(t, e);
		free_proc(e);
	}
}

static int scan_pname(void *arg, int pid)
{
	struct proctab *t = arg;
	struct proc_facts f;
	struct pt_proc *e;

	if (pt_find(t, pid) || proc_scan__read(t->procfs, pid, &f))
		return 0;
	/* --pname decides from the facts alone; uid and containers keep the entry */
	if (!pt_pname_match(t, f.comm, f.exe) && !pt_sel_by_ctx(t)) {
		proc_scan__clear(&f);
		return 0;
	}
	e = pt_insert(t, pid);
	if (!e) {
		proc_scan__clear(&f);
		return 0;
	}
	take_facts(e, &f);
	e->flags |= PTP_TRIED;
	if (!pt_match_select(t, e)) {
		unlink_proc(t, e);
		free_proc(e);
	}
	return 0;
}

static struct proctab *table_new(const struct proctab_opts *o, const char *procfs)
{
	struct proctab *t = calloc(1, sizeof(*t));
	size_t nb = 64;
	int i;

	if (!t)
		return NULL;
	proc_spawn__init(&t->spawn);
	t->max = o && o->max_procs ? o->max_procs : PROCTAB_DEFAULT_MAX;
	while (nb < t->max * 2 && nb < (1u << 20))
		nb <<= 1;
	t->nbuckets = nb;
	t->buckets = calloc(nb, sizeof(*t->buckets));
	t->procfs = strdup(procfs ? procfs : "/proc");
	t->debug = getenv("PTCPDUMP_PROCTAB_DEBUG") != NULL;
	if (!t->buckets || !t->procfs)
		goto fail;
	if (o) {
		t->warn = o->warn;
		t->warn_arg = o->warn_arg;
		t->on_exec = o->on_exec;
		t->on_exec_arg = o->on_exec_arg;
		t->follow = o->follow_forks;
		if (o->n_pids > 0) {
			t->pids = calloc((size_t)o->n_pids, sizeof(int));
			if (!t->pids)
				goto fail;
			for (i = 0; i < o->n_pids; i++)
				t->pids[i] = o->pids[i];
			t->n_pids = o->n_pids;
		}
		if (o->pname && o->pname[0]) {
			t->pname = strdup(o->pname);
			if (!t->pname)
				goto fail;
		}
		if (pt_sel_init(t, o))
			goto fail;
		t->sel_active = t->n_pids > 0 || t->pname || o->spawn || pt_sel_by_ctx(t);
	}
	return t;
fail:
	proctab__free(t);
	errno = ENOMEM;
	return NULL;
}

/* select what exists already: --pid and --pname matches */
static void initial_selection(struct proctab *t)
{
	int i;

	for (i = 0; i < t->n_pids; i++) {
		struct pt_proc *e = pt_find_or_load(t, t->pids[i]);

		if (e)
			pt_select(t, e);
		else if (t->kern)
			proc_kern__sel_set(t->kern, t->pids[i], 1);
	}
	if (t->pname || pt_sel_by_ctx(t))
		proc_scan__each(t->procfs, scan_pname, t);
	pt_sel_report(t);
}

struct proctab *proctab__new_table(const struct proctab_opts *o, const char *procfs)
{
	struct proctab *t = table_new(o, procfs);
	const char *p = procfs ? procfs : "/proc";
	size_t n = strlen(p);
	char *root;

	if (!t)
		return NULL;
	/* runtime metadata lives next to a fake procfs: ROOT/proc -> ROOT/var/lib/... */
	root = strndup(p, n >= 5 && !strcmp(p + n - 5, "/proc") ? n - 5 : n);
	t->ctr = root ? ctr_cache__new(root, 64) : NULL;
	free(root);
	initial_selection(t);
	return t;
}

static void ctr_warn(void *arg, const char *msg)
{
	proctab__warn(arg, "%s", msg);
}

/* a runtime socket the user named must answer a connect: else one line */
static void check_sockets(struct proctab *t, const struct proctab_opts *o)
{
	const char *named[3] = { o->docker_address, o->containerd_address, o->cri_address };
	static const char *const what[3] = { "docker", "containerd", "the CRI runtime" };
	int i;

	for (i = 0; i < 3; i++) {
		struct sockaddr_un sa = { .sun_family = AF_UNIX };
		int fd, e = 0;

		if (!named[i])
			continue;
		if (strlen(named[i]) >= sizeof(sa.sun_path)) {
			e = ENAMETOOLONG;
		} else {
			memcpy(sa.sun_path, named[i], strlen(named[i]) + 1);
			fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
			if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0)
				e = errno;
			if (fd >= 0)
				close(fd);
		}
		if (e)
			proctab__warn(t, "warning: cannot reach %s at %s (%s): containers are named "
				      "from the runtimes' files only", what[i], named[i], strerror(e));
	}
}

struct proctab *proctab__new(const struct proctab_opts *o, char *err, size_t errlen)
{
	struct proctab *t = table_new(o, "/proc");

	if (!t) {
		snprintf(err, errlen, "process table: %s", strerror(errno));
		return NULL;
	}
	t->ctr = ctr_cache__new(NULL, 1024);
	if (t->ctr)
		ctr_cache__set_docker(t->ctr, o && o->docker_address ? o->docker_address :
				      "/var/run/docker.sock", o && o->docker_address,
				      ctr_warn, t);
	if (t->ctr)
		ctr_cache__set_containerd(t->ctr, o && o->containerd_address ?
					  o->containerd_address : "/run/containerd/containerd.sock",
					  o && o->containerd_address);
	if (t->ctr)
		ctr_cache__set_cri(t->ctr, o && o->cri_address ? o->cri_address :
				   "/run/containerd/containerd.sock", o && o->cri_address);
	if (o)
		check_sockets(t, o);
	t->kern = proc_kern__open(t, o, t->sel_active, err, errlen);
	if (!t->kern) {
		proctab__free(t);
		return NULL;
	}
	initial_selection(t);
	return t;
}

void proctab__free(struct proctab *t)
{
	size_t i;

	if (!t)
		return;
	proc_kern__close(t->kern);
	t->kern = NULL;
	proc_spawn__fini(&t->spawn);
	for (i = 0; t->buckets && i < t->nbuckets; i++)
		free_chain(t->buckets[i]);
	free_chain(t->grave);
	ctr_cache__free(t->ctr);
	free(t->buckets);
	free(t->procfs);
	free(t->pids);
	free(t->pname);
	pt_sel_free(t);
	free(t);
}

int proctab__map_fd(const struct proctab *t, const char *name)
{
	return t && t->kern ? proc_kern__map_fd(t->kern, name) : -1;
}

int proctab__sel_map_fd(const struct proctab *t)
{
	return t && t->kern && t->sel_active ? proc_kern__sel_map_fd(t->kern) : -1;
}

int proctab__fd(const struct proctab *t)
{
	return t && t->kern ? proc_kern__fd(t->kern) : -1;
}

int proctab__poll(struct proctab *t, int timeout_ms)
{
	int n = 0;

	if (!t)
		return -EINVAL;
	proctab__maintain(t);
	if (t->kern) {
		uint64_t lost;

		n = proc_kern__poll(t->kern, timeout_ms);
		lost = proc_kern__lost(t->kern);
		if (lost && !t->warned_lost) {
			t->warned_lost = 1;
			proctab__warn(t, "warning: process events lost (event ring buffer full): "
				      "some processes may be named late or not at all");
		}
	}
	return n;
}

/* ---- -- command (proc_spawn.c) ---------------------------------------- */

int proctab__spawn(struct proctab *t, char *const argv[])
{
	struct pt_proc *e;
	int pid;

	if (!t)
		return -EINVAL;
	pid = proc_spawn__start(&t->spawn, argv);
	if (pid < 0)
		return pid;
	t->sel_active = 1;
	if (t->kern)
		proc_kern__sel_set(t->kern, pid, 1);
	e = pt_find_or_load(t, pid);
	if (e)
		e->flags |= PTP_SELECTED;
	return pid;
}

int proctab__release(struct proctab *t)
{
	return t ? proc_spawn__release(&t->spawn) : -EINVAL;
}

int proctab__spawned_exited(struct proctab *t, int *status)
{
	return t ? proc_spawn__exited(&t->spawn, status) : 0;
}
