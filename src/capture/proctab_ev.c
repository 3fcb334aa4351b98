// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the process table's kernel events (bpf/proc.h): exec, fork, exit, rename
 *
 * An exec replaces the pid's entry (the old one is retired, not freed, as
 * lookups may hold it), a fork copies the forker's program until it
 * execs, an exit moves the entry to the exited list (kept for late
 * packets) and a rename names one thread.
 */
#include "proctab_table.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../bpf/proc.h"

static void on_exec(struct proctab *t, const struct pt_proc_exec *ev)
{
	struct pt_proc *old = pt_find(t, (int)ev->h.pid), *e;
	/* the same process stays selected; an exited one's pid was reused */
	unsigned int sel = old && !(old->flags & PTP_EXITED) ? old->flags & PTP_SELECTED : 0;
	size_t plen = ev->path_len;
	char *exe = NULL;

	if (old)
		pt_retire(t, old);
	e = pt_insert(t, (int)ev->h.pid);
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
	else if (t->sel_active)
		pt_match_select(t, e);
	if (t->debug)
		fprintf(stderr, "proctab: exec pid %d ppid %d comm %s exe %s args %s%s\n", e->pid,
			e->ppid, e->comm, e->exe ? e->exe : "?", e->args ? e->args : "?",
			(e->flags & PTP_SELECTED) ? " [selected]" : "");
	if (t->on_exec)
		t->on_exec(t->on_exec_arg, e->pid, proctab__selected(t, e->pid));
}

static void on_fork(struct proctab *t, const struct pt_proc_fork *ev)
{
	struct pt_proc *old = pt_find(t, (int)ev->h.pid), *e, *p;

	if (old)
		pt_retire(t, old);	/* a reused pid */
	p = pt_find_or_load(t, (int)ev->forker);
	e = pt_insert(t, (int)ev->h.pid);
	if (!e)
		return;
	e->ppid = (int)ev->h.ppid;
	memcpy(e->comm, ev->comm, sizeof(e->comm));
	e->comm[sizeof(e->comm) - 1] = '\0';
	if (p) {
		/* a fork runs the forker's program until it execs */
		e->uid = p->uid;
		e->exe = pt_strdup(p->exe);
		e->args = pt_strdup(p->args);
		e->cgroup = pt_strdup(p->cgroup);
		e->cgroup_id = p->cgroup_id;
		if (p->flags & PTP_KNOWN)
			e->flags |= PTP_KNOWN | PTP_TRIED;
		if (t->follow && (p->flags & PTP_SELECTED))
			e->flags |= PTP_SELECTED;
	}
	if ((ev->flags & PT_PROC_F_SELECTED) || (t->sel_active && pt_pname_match(t, e->comm, e->exe)))
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
	struct pt_proc *e = pt_find(t, (int)ev->h.pid);

	if (t->debug)
		fprintf(stderr, "proctab: exit pid %u code %u%s\n", ev->h.pid, ev->exit_code,
			e ? "" : " (unknown)");
	if (!e) {
		/* started before us and never looked up: its /proc entry is going
		 * away, so remember what this event says in case a late packet asks */
		e = pt_insert(t, (int)ev->h.pid);
		if (!e)
			return;
		e->ppid = (int)ev->h.ppid;
		memcpy(e->comm, ev->comm, sizeof(e->comm));
		e->comm[sizeof(e->comm) - 1] = '\0';
		pt_load_facts(t, e);
	}
	pt_mark_exited(t, e);
}

static void on_rename(struct proctab *t, const struct pt_proc_rename *ev)
{
	struct pt_proc *e = pt_find(t, (int)ev->h.pid);
	struct pt_thread *th;
	struct pt_tname *n;

	if (!e)
		e = pt_find_or_load(t, (int)ev->h.pid);
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
