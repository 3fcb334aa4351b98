// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: selecting processes by what they are: --uid, --container-id, --container-name, --pod-name
 *
 * As upstream ptcpdump: a --container-id of 12 or more characters matches
 * as a prefix, a shorter one must be the whole id; --pod-name splits at
 * the last '.' into name and namespace ("default" without a dot). Any
 * selector selects; the kernel (proc.bpf.c) then selects the children of a
 * selected process and every process that starts in a selected
 * container's cgroup, so their first packets are kept. A container or pod
 * that nothing matches at start may come later: one line says so, and its
 * processes are selected when their exec events arrive.
 */
#include "proctab_table.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum sel_kind { SEL_CTR_ID, SEL_CTR_NAME, SEL_POD };

struct pt_selector {
	enum sel_kind kind;
	char *a;		/* id, name, or pod name */
	char *b;		/* pod namespace */
	int matched;
};

static int add(struct proctab *t, enum sel_kind kind, const char *v)
{
	struct pt_selector *s = &t->sels[t->n_sels];
	const char *dot;

	s->kind = kind;
	if (kind == SEL_POD && (dot = strrchr(v, '.'))) {
		s->a = strndup(v, (size_t)(dot - v));
		s->b = strdup(dot + 1);
	} else {
		s->a = strdup(v);
		s->b = kind == SEL_POD ? strdup("default") : NULL;
	}
	if (!s->a || (kind == SEL_POD && !s->b))
		return -ENOMEM;
	t->n_sels++;
	return 0;
}

int pt_sel_init(struct proctab *t, const struct proctab_opts *o)
{
	int n = o->n_ctr_ids + o->n_ctr_names + o->n_pods, i;

	if (o->n_uids > 0) {
		t->uids = calloc((size_t)o->n_uids, sizeof(*t->uids));
		if (!t->uids)
			return -ENOMEM;
		memcpy(t->uids, o->uids, (size_t)o->n_uids * sizeof(*t->uids));
		t->n_uids = o->n_uids;
	}
	if (n <= 0)
		return 0;
	t->sels = calloc((size_t)n, sizeof(*t->sels));
	if (!t->sels)
		return -ENOMEM;
	for (i = 0; i < o->n_ctr_ids; i++)
		if (add(t, SEL_CTR_ID, o->ctr_ids[i]))
			return -ENOMEM;
	for (i = 0; i < o->n_ctr_names; i++)
		if (add(t, SEL_CTR_NAME, o->ctr_names[i]))
			return -ENOMEM;
	for (i = 0; i < o->n_pods; i++)
		if (add(t, SEL_POD, o->pods[i]))
			return -ENOMEM;
	return 0;
}

void pt_sel_free(struct proctab *t)
{
	int i;

	for (i = 0; i < t->n_sels; i++) {
		free(t->sels[i].a);
		free(t->sels[i].b);
	}
	free(t->sels);
	free(t->uids);
	t->sels = NULL;
	t->uids = NULL;
	t->n_sels = t->n_uids = 0;
}

int pt_sel_by_ctx(const struct proctab *t)
{
	return t->n_uids > 0 || t->n_sels > 0;
}

static int sel_takes(const struct pt_selector *s, const struct ctr_info *ci)
{
	size_t n;

	switch (s->kind) {
	case SEL_CTR_ID:
		n = strlen(s->a);
		if (!ci->id)
			return 0;
		return n >= 12 ? !strncmp(ci->id, s->a, n) : !strcmp(ci->id, s->a);
	case SEL_CTR_NAME:
		return ci->name && !strcmp(ci->name, s->a);
	case SEL_POD:
		return ci->pod && ci->pod_ns && !strcmp(ci->pod, s->a) && !strcmp(ci->pod_ns, s->b);
	}
	return 0;
}

/* the cgroup v2 id of a running process: the inode of its cgroup2 directory */
static uint64_t cgroup2_id(const struct proctab *t, int pid)
{
	char path[512], buf[4096], mnt[256], *p;
	struct stat st;
	ssize_t n;

	snprintf(path, sizeof(path), "%s/%d/cgroup", t->procfs, pid);
	n = proc_scan__read_small(path, buf, sizeof(buf));
	if (n <= 0)
		return 0;
	p = strstr(buf, "0::");
	if ((p != buf && p && p[-1] != '\n') || !p || !proc_kern__cgroup2_path(mnt, sizeof(mnt)))
		return 0;
	p += 3;
	p[strcspn(p, "\n")] = '\0';
	snprintf(path, sizeof(path), "%s%s", mnt, p);
	return stat(path, &st) ? 0 : (uint64_t)st.st_ino;
}

int pt_match_select(struct proctab *t, struct pt_proc *e)
{
	const struct ctr_info *ci;
	int i, by_ctx = 0;

	if (e->flags & PTP_SELECTED)
		return 1;
	if (pt_pid_listed(t, e->pid) || pt_pname_match(t, e->comm, e->exe)) {
		pt_select(t, e);
		return 1;
	}
	for (i = 0; i < t->n_uids && !by_ctx; i++)
		by_ctx = e->uid >= 0 && (unsigned)e->uid == t->uids[i];
	if (!by_ctx && t->n_sels && (ci = pt_ctr_info(t, e))) {
		for (i = 0; i < t->n_sels; i++) {
			if (sel_takes(&t->sels[i], ci)) {
				if (!t->sels[i].matched && t->debug)
					fprintf(stderr, "proctab: pid %d (container %s) selected\n",
						e->pid, ci->name ? ci->name : ci->id);
				t->sels[i].matched = 1;
				by_ctx = 2;
			}
		}
	}
	if (!by_ctx)
		return 0;
	e->flags |= PTP_SELECTED;
	if (t->kern) {
		proc_kern__sel_ctx(t->kern, e->pid);
		if (by_ctx == 2) {
			uint64_t cg = e->cgroup_id ? e->cgroup_id : cgroup2_id(t, e->pid);

			if (cg)
				proc_kern__sel_cgroup(t->kern, cg);
		}
	}
	return 1;
}

void pt_sel_report(struct proctab *t)
{
	static const char *const flag[] = { "--container-id", "--container-name", "--pod-name" };
	int i;

	for (i = 0; i < t->n_sels; i++) {
		const struct pt_selector *s = &t->sels[i];

		if (s->matched)
			continue;
		if (s->kind == SEL_POD)
			proctab__warn(t, "%s %s.%s: no such pod yet, waiting for it", flag[s->kind],
				      s->a, s->b);
		else
			proctab__warn(t, "%s %s: no such container yet, waiting for it",
				      flag[s->kind], s->a);
	}
}
