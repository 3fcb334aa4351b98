// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the one process table: pid -> process, parent, container, pod; selection
 *
 * Entries come from exec/fork/exit events (bpf/proc.h, applied by
 * proctab__handle_event) and, for pids no event named, from procfs on
 * first lookup. Memory is bounded by max_procs: two LRU lists (live and
 * exited); proctab__maintain() evicts exited processes first. Pointers
 * handed out by lookups stay valid until the next maintain (each poll), so
 * an entry that an exec replaces is parked on a free list until then.
 *
 * Selection (--pid, --pname, -f, -- cmd) is mirrored here and, when the
 * kernel side runs, in the BPF map sel_pids that capture.bpf.c reads; the
 * kernel adds -f children and --pname execs itself so that the first
 * packet of a new process is kept.
 */
#include "proctab_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../bpf/proc.h"

#define PROCTAB_DEFAULT_MAX 4096
#define PROCTAB_MAX_THREADS 32		/* thread entries per process */

#define PTP_EXITED 0x1
#define PTP_SELECTED 0x2
#define PTP_READY 0x4		/* ctx built */
#define PTP_KNOWN 0x8		/* path/args from an exec event or procfs */
#define PTP_TRIED 0x10		/* procfs read attempted */

struct pt_thread {
	struct pt_thread *next;
	int tid;
	char name[16];
	struct proc_ctx ctx;
};

#define PROCTAB_NAMES 8			/* thread names from rename events */

struct pt_tname {
	int tid;
	char name[16];
};

struct pt_proc {
	struct pt_proc *hnext;		/* hash chain */
	struct pt_proc *prev, *next;	/* LRU list, head = most recent */
	int pid;
	int ppid;
	int uid;			/* -1 unknown */
	unsigned int flags;
	char comm[16];
	char *exe;
	char *args;
	char *cgroup;			/* container cgroup path, NULL none */
	uint64_t cgroup_id;
	char *pcmd;			/* parent's path and args, copied */
	char *pargs;
	struct pt_thread *threads;
	unsigned int n_threads;
	struct pt_tname names[PROCTAB_NAMES];	/* ring, the newest wins */
	unsigned int n_names;
	struct proc_ctx ctx;
};

struct plist {
	struct pt_proc *head, *tail;
};

struct proctab {
	char *procfs;
	size_t max;
	int *pids;
	int n_pids;
	char *pname;
	int follow;
	int sel_active;
	int debug;
	void (*warn)(void *arg, const char *msg);
	void *warn_arg;

	struct pt_proc **buckets;
	size_t nbuckets;
	size_t count;
	struct plist live, dead;
	struct pt_proc *grave;		/* freed at the next maintain */

	struct ctr_cache *ctr;
	struct proc_kern *kern;

	struct proc_spawn spawn;	/* -- command */
	int warned_lost;
};

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

static struct pt_proc *find(const struct proctab *t, int pid)
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

static struct pt_proc *insert(struct proctab *t, int pid)
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
static void retire(struct proctab *t, struct pt_proc *e)
{
	unlink_proc(t, e);
	e->hnext = t->grave;
	t->grave = e;
}

static void mark_exited(struct proctab *t, struct pt_proc *e)
{
	if (e->flags & PTP_EXITED)
		return;
	list_del(&t->live, e);
	e->flags |= PTP_EXITED;
	list_push(&t->dead, e);
}

/* ---- selection --------------------------------------------------------- */

static int pname_match(const struct proctab *t, const char *comm, const char *exe)
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

static int pid_listed(const struct proctab *t, int pid)
{
	int i;

	for (i = 0; i < t->n_pids; i++)
		if (t->pids[i] == pid)
			return 1;
	return 0;
}

static void select_proc(struct proctab *t, struct pt_proc *e)
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
static int load_facts(struct proctab *t, struct pt_proc *e)
{
	struct proc_facts f;
	int err;

	e->flags |= PTP_TRIED;
	err = proc_scan__read(t->procfs, e->pid, &f);
	if (err)
		return err;
	take_facts(e, &f);
	if (t->sel_active && (pid_listed(t, e->pid) || pname_match(t, e->comm, e->exe)))
		select_proc(t, e);
	return 0;
}

/* the entry for pid, from procfs when no event named it; NULL when gone */
static struct pt_proc *find_or_load(struct proctab *t, int pid)
{
	struct pt_proc *e = find(t, pid);

	if (e)
		return e;
	e = insert(t, pid);
	if (!e)
		return NULL;
	if (load_facts(t, e)) {
		unlink_proc(t, e);
		free_proc(e);
		return NULL;
	}
	return e;
}

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void on_exec(struct proctab *t, const struct pt_proc_exec *ev)
{
	struct pt_proc *old = find(t, (int)ev->h.pid), *e;
	/* the same process stays selected; an exited one's pid was reused */
	unsigned int sel = old && !(old->flags & PTP_EXITED) ? old->flags & PTP_SELECTED : 0;
	size_t plen = ev->path_len;
	char *exe = NULL;

	if (old)
		retire(t, old);
	e = insert(t, (int)ev->h.pid);
	if (!e)
		return;
	e->ppid = (int)ev->h.ppid;
	e->uid = (int)ev->uid;
	e->cgroup_id = ev->cgroup_id;
	memcpy(e->comm, ev->comm, sizeof(e->comm));
	e->comm[sizeof(e->comm) - 1] = '\0';
	if (plen > sizeof(ev->path))
		plen = sizeof(ev->path);
	if (plen > 0 && ev->path[0] == '/' && !(ev->flags & PT_PROC_F_PATH_TRUNC) &&
	    !proc_scan__magic_path(ev->path, plen)) {
		exe = strndup(ev->path, plen);
	} else {
		/* relative, cut or a magic link (busybox re-executing
		 * /proc/self/exe, fexecve's /dev/fd/N): the file's own path
		 * from the kernel, else /proc's view if the process still runs */
		char *link = proc_scan__dpath_join(ev);

		if (!link)
			link = proc_scan__exe(t->procfs, e->pid);
		if (link)
			exe = link;
		else if (plen > 0)
			exe = proc_scan__join_args(ev->path, strnlen(ev->path, plen),
						   !!(ev->flags & PT_PROC_F_PATH_TRUNC));
	}
	e->exe = exe;
	if (ev->flags & PT_PROC_F_ARGS_FAULT) {
		struct proc_facts f;

		if (!proc_scan__read(t->procfs, e->pid, &f)) {
			e->args = f.args;
			f.args = NULL;
			if (!e->cgroup) {
				e->cgroup = f.cgroup;
				f.cgroup = NULL;
			}
			proc_scan__clear(&f);
		}
	} else {
		size_t alen = ev->args_len < sizeof(ev->args) ? ev->args_len : sizeof(ev->args);

		e->args = proc_scan__join_args(ev->args, alen, !!(ev->flags & PT_PROC_F_ARGS_TRUNC));
	}
	e->flags |= PTP_KNOWN | PTP_TRIED;
	if (sel || (ev->flags & PT_PROC_F_SELECTED))
		e->flags |= PTP_SELECTED;
	else if (t->sel_active && pname_match(t, e->comm, e->exe))
		select_proc(t, e);
	if (t->debug)
		fprintf(stderr, "proctab: exec pid %d ppid %d comm %s exe %s args %s%s\n", e->pid,
			e->ppid, e->comm, e->exe ? e->exe : "?", e->args ? e->args : "?",
			(e->flags & PTP_SELECTED) ? " [selected]" : "");
}

static void on_fork(struct proctab *t, const struct pt_proc_fork *ev)
{
	struct pt_proc *old = find(t, (int)ev->h.pid), *e, *p;

	if (old)
		retire(t, old);	/* a reused pid */
	p = find_or_load(t, (int)ev->forker);
	e = insert(t, (int)ev->h.pid);
	if (!e)
		return;
	e->ppid = (int)ev->h.ppid;
	memcpy(e->comm, ev->comm, sizeof(e->comm));
	e->comm[sizeof(e->comm) - 1] = '\0';
	if (p) {
		/* a fork runs the forker's program until it execs */
		e->uid = p->uid;
		e->exe = xstrdup(p->exe);
		e->args = xstrdup(p->args);
		e->cgroup = xstrdup(p->cgroup);
		e->cgroup_id = p->cgroup_id;
		if (p->flags & PTP_KNOWN)
			e->flags |= PTP_KNOWN | PTP_TRIED;
		if (t->follow && (p->flags & PTP_SELECTED))
			e->flags |= PTP_SELECTED;
	}
	if ((ev->flags & PT_PROC_F_SELECTED) || (t->sel_active && pname_match(t, e->comm, e->exe)))
		e->flags |= PTP_SELECTED;
	if ((e->flags & PTP_SELECTED) && t->kern)
		proc_kern__sel_set(t->kern, e->pid, 1);
	if (t->debug)
		fprintf(stderr, "proctab: fork pid %d from %u ppid %d comm %s%s\n", e->pid,
			ev->forker, e->ppid, e->comm,
			(e->flags & PTP_SELECTED) ? " [selected]" : "");
}

static void on_exit_ev(struct proctab *t, const struct pt_proc_exit *ev)
{
	struct pt_proc *e = find(t, (int)ev->h.pid);

	if (t->debug)
		fprintf(stderr, "proctab: exit pid %u code %u%s\n", ev->h.pid, ev->exit_code,
			e ? "" : " (unknown)");
	if (!e) {
		/* started before us and never looked up: its /proc entry is going
		 * away, so remember what this event says in case a late packet asks */
		e = insert(t, (int)ev->h.pid);
		if (!e)
			return;
		e->ppid = (int)ev->h.ppid;
		memcpy(e->comm, ev->comm, sizeof(e->comm));
		e->comm[sizeof(e->comm) - 1] = '\0';
		load_facts(t, e);
	}
	mark_exited(t, e);
}

static void on_rename(struct proctab *t, const struct pt_proc_rename *ev)
{
	struct pt_proc *e = find(t, (int)ev->h.pid);
	struct pt_thread *th;
	struct pt_tname *n;

	if (!e)
		e = find_or_load(t, (int)ev->h.pid);
	if (!e)
		return;
	n = &e->names[e->n_names++ % PROCTAB_NAMES];
	n->tid = (int)ev->h.tid;
	memcpy(n->name, ev->comm, sizeof(n->name));
	n->name[sizeof(n->name) - 1] = '\0';
	/* a context handed out already shows the new name (same storage) */
	for (th = e->threads; th; th = th->next)
		if (th->tid == n->tid)
			memcpy(th->name, n->name, sizeof(th->name));
}

int proctab__handle_event(struct proctab *t, const void *data, size_t size)
{
	struct pt_proc_hdr h;

	if (size < sizeof(h))
		return -EINVAL;
	memcpy(&h, data, sizeof(h));
	if (h.pid == 0 || h.pid > 0x7fffffff)
		return -EINVAL;
	switch (h.type) {
	case PT_PROC_EV_EXEC:
		if (size < sizeof(struct pt_proc_exec))
			return -EINVAL;
		on_exec(t, data);
		return 0;
	case PT_PROC_EV_FORK:
		if (size < sizeof(struct pt_proc_fork))
			return -EINVAL;
		on_fork(t, data);
		return 0;
	case PT_PROC_EV_EXIT:
		if (size < sizeof(struct pt_proc_exit))
			return -EINVAL;
		on_exit_ev(t, data);
		return 0;
	case PT_PROC_EV_RENAME:
		if (size < sizeof(struct pt_proc_rename))
			return -EINVAL;
		on_rename(t, data);
		return 0;
	default:
		return -EINVAL;
	}
}

/* ---- lookups ----------------------------------------------------------- */

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
		struct pt_proc *p = find_or_load(t, e->ppid);

		c->ppid = e->ppid;
		if (p && !e->pcmd) {
			e->pcmd = xstrdup(p->exe ? p->exe : (p->comm[0] ? p->comm : NULL));
			e->pargs = xstrdup(p->args ? p->args : "");
		}
		c->pcmd = e->pcmd;
		c->pargs = e->pargs;
	}
	if (t->ctr) {
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
	}
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
	e = find(t, pid);
	if (!e && t->kern) {
		/* its exec or fork event may be waiting */
		proc_kern__consume(t->kern);
		e = find(t, pid);
	}
	if (!e) {
		e = insert(t, pid);
		if (!e)
			return NULL;
	}
	if (!(e->flags & (PTP_KNOWN | PTP_TRIED | PTP_EXITED)))
		load_facts(t, e);
	touch(t, e);
	if (!(e->flags & PTP_READY))
		build_ctx(t, e);
	if (tid <= 0)
		return &e->ctx;
	return thread_ctx(t, e, tid);
}

int proctab__selected(struct proctab *t, int pid)
{
	struct pt_proc *e;

	if (!t || !t->sel_active)
		return 1;
	if (pid <= 0)
		return 0;
	e = find(t, pid);
	if (e && (e->flags & PTP_SELECTED))
		return 1;
	if (pid_listed(t, pid) || pid == t->spawn.pid ||
	    (t->kern && proc_kern__sel_has(t->kern, pid) == 1)) {
		if (e)
			e->flags |= PTP_SELECTED;
		return 1;
	}
	if (!e && t->pname) {
		e = find_or_load(t, pid);
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

	if (find(t, pid) || proc_scan__read(t->procfs, pid, &f))
		return 0;
	if (pname_match(t, f.comm, f.exe)) {
		struct pt_proc *e = insert(t, pid);

		if (e) {
			take_facts(e, &f);
			e->flags |= PTP_TRIED;
			select_proc(t, e);
		}
	}
	proc_scan__clear(&f);
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
		t->sel_active = t->n_pids > 0 || t->pname || o->spawn;
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
		struct pt_proc *e = find_or_load(t, t->pids[i]);

		if (e)
			select_proc(t, e);
		else if (t->kern)
			proc_kern__sel_set(t->kern, t->pids[i], 1);
	}
	if (t->pname)
		proc_scan__each(t->procfs, scan_pname, t);
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

struct proctab *proctab__new(const struct proctab_opts *o, char *err, size_t errlen)
{
	struct proctab *t = table_new(o, "/proc");

	if (!t) {
		snprintf(err, errlen, "process table: %s", strerror(errno));
		return NULL;
	}
	t->ctr = ctr_cache__new(NULL, 1024);
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
	free(t);
}

int proctab__sk_map_fd(const struct proctab *t)
{
	return t && t->kern ? proc_kern__sk_map_fd(t->kern) : -1;
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
	e = find_or_load(t, pid);
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
