/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the process table's entries and the operations on them that
 * proctab.c (lookups, selection, life cycle) and proctab_ev.c (the kernel's
 * exec/fork/exit/rename events) share. Private to those two files.
 */
#ifndef PTCPDUMP_CAPTURE_PROCTAB_TABLE_H
#define PTCPDUMP_CAPTURE_PROCTAB_TABLE_H

#include <string.h>

#include "proctab_int.h"

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
	void (*on_exec)(void *arg, int pid, int selected);
	void *on_exec_arg;

	struct pt_proc **buckets;
	size_t nbuckets;
	size_t count;
	struct plist live, dead;
	struct pt_proc *grave;		/* freed at the next maintain */

	struct ctr_cache *ctr;
	struct proc_kern *kern;

	struct proc_spawn spawn;	/* -- command */
	int warned_lost;

	/* selection by uid, container, pod (proctab_sel.c) */
	unsigned *uids;
	int n_uids;
	struct pt_selector *sels;
	int n_sels;
};

/* the entry for pid, NULL when none */
struct pt_proc *pt_find(const struct proctab *t, int pid);
/* a new, empty entry for pid at the head of the live list; NULL when out of memory */
struct pt_proc *pt_insert(struct proctab *t, int pid);
/* out of the table now, freed at the next maintain (lookups may hold it) */
void pt_retire(struct proctab *t, struct pt_proc *e);
void pt_mark_exited(struct proctab *t, struct pt_proc *e);
/* procfs facts for e (alive process not named by events); 0 or -errno */
int pt_load_facts(struct proctab *t, struct pt_proc *e);
/* the entry for pid, from procfs when no event named it; NULL when gone */
struct pt_proc *pt_find_or_load(struct proctab *t, int pid);
/* --pname matches comm (cut to 15 bytes) or the file name of exe */
int pt_pname_match(const struct proctab *t, const char *comm, const char *exe);
/* select e here and in the kernel's sel_pids */
void pt_select(struct proctab *t, struct pt_proc *e);
/* a --pid value */
int pt_pid_listed(const struct proctab *t, int pid);
/* e's container (runtime metadata), NULL when none */
const struct ctr_info *pt_ctr_info(struct proctab *t, struct pt_proc *e);

/* proctab_sel.c: --uid, --container-id, --container-name, --pod-name */
int pt_sel_init(struct proctab *t, const struct proctab_opts *o);
void pt_sel_free(struct proctab *t);
/* any selection by uid, container or pod */
int pt_sel_by_ctx(const struct proctab *t);
/* select e if any selection (pid, name, uid, container, pod) takes it; 1 when selected */
int pt_match_select(struct proctab *t, struct pt_proc *e);
/* after the start-up scan: one line per container or pod selector nothing matched yet */
void pt_sel_report(struct proctab *t);

static inline char *pt_strdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

#endif
