/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: process table internals: /proc readers, container lookup, BPF backend
 *
 * Split so that the table logic (proctab.c) runs without BPF: the unit
 * test builds a table with proctab__new_table() over a fake procfs tree
 * and feeds it the same event records (bpf/proc.h) the kernel sends.
 */
#ifndef PTCPDUMP_CAPTURE_PROCTAB_INT_H
#define PTCPDUMP_CAPTURE_PROCTAB_INT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>	/* ssize_t */

#include "proctab.h"

/* ---- proc_scan.c: what procfs says about a process ---------------------- */

struct proc_facts {
	int pid;
	int ppid;
	int uid;		/* -1 unknown */
	char comm[16];
	char *exe;		/* full path, NULL unknown (caller frees) */
	char *args;		/* argv joined by spaces, NULL unknown (caller frees) */
	char *cgroup;		/* cgroup path that names a container, NULL none */
};

/* Read PROCFS/PID/{stat,status,exe,cmdline,cgroup}. 0 or -errno (-ESRCH gone). */
int proc_scan__read(const char *procfs, int pid, struct proc_facts *f);
void proc_scan__clear(struct proc_facts *f);
/* the container-naming cgroup path of PID (v2 line first), NULL none; caller owns */
char *proc_scan__cgroup(const char *procfs, int pid);
/* comm of a thread into name[16]; 0 or -errno */
int proc_scan__thread_comm(const char *procfs, int pid, int tid, char name[16]);
/* Call fn for every numeric entry of procfs; stops when fn returns non-zero. */
int proc_scan__each(const char *procfs, int (*fn)(void *arg, int pid), void *arg);
/* read up to cap-1 bytes of a small file, NUL-terminated; length or -errno */
ssize_t proc_scan__read_small(const char *path, char *buf, size_t cap);
/* NUL-separated argv (len bytes) -> space-joined string, "..." when trunc. Caller owns. */
char *proc_scan__join_args(const char *buf, size_t len, int trunc);
/* The path to name a process by: argv0 or dirname(exe)/comm when they are
 * the same file as exe (keeps "python3" rather than "python3.11", as an exec
 * event would), else exe. Caller owns; NULL on ENOMEM. */
char *proc_scan__pick_exe(const char *exe, const char *argv0, const char *comm);
/* readlink PROCFS/PID/exe without " (deleted)"; caller owns, NULL on error */
char *proc_scan__exe(const char *procfs, int pid);
/* a path that names a file through a descriptor (/proc/..., /dev/fd/N) */
int proc_scan__magic_path(const char *p, size_t n);
struct pt_proc_exec;
/* "/a/b/c" from an exec event's leaf-first dentry names, NULL when it has
 * none; caller owns */
char *proc_scan__dpath_join(const struct pt_proc_exec *ev);

/* ---- container.c: cgroup path -> container and pod ---------------------- */

struct ctr_info {
	char *id;
	char *name;
	char *image;
	char *labels;		/* compact JSON, "{}" when none */
	char *pod;		/* NULL: not in a pod */
	char *pod_ns;
	char *pod_uid;
	char *pod_labels;
	char *pod_annotations;
};

/*
 * The container id in a cgroup path (docker /docker/<id>, podman
 * .../libpod-<id>, kubelet /kubepods/.../pod<uid>/<id>, systemd
 * cri-containerd-<id>.scope / docker-<id>.scope / crio-<id>.scope).
 * Writes it to id (NUL-terminated) and the pod uid (if any) to pod_uid.
 * 1 when found, 0 when the path names no container.
 */
int container__parse_cgroup(const char *path, char *id, size_t idlen, char *pod_uid,
			    size_t uidlen);

struct ctr_cache;
/* roots: NULL = the runtimes' default state directories */
struct ctr_cache *ctr_cache__new(const char *root_prefix, size_t max);
void ctr_cache__free(struct ctr_cache *c);
/* Container of a cgroup path, borrowed until ctr_cache__free; NULL when none. */
const struct ctr_info *ctr_cache__lookup(struct ctr_cache *c, const char *cgroup_path);
/* docker's engine API socket, asked when its files are not readable; named:
 * the user gave it, so one warning when it cannot be reached */
/* containerd's socket, asked when its files are not there (named: say when it fails) */
void ctr_cache__set_containerd(struct ctr_cache *c, const char *sock, int named);
/* the CRI runtime's socket, asked before containerd's files */
void ctr_cache__set_cri(struct ctr_cache *c, const char *sock, int named);
void ctr_cache__set_docker(struct ctr_cache *c, const char *sock, int named,
			   void (*warn)(void *arg, const char *msg), void *warn_arg);
/* cgroup v2 id -> cgroup path (via open_by_handle_at on the cgroup2 mount);
 * caller owns, NULL when unknown */
char *ctr_cache__cgroup_path(struct ctr_cache *c, uint64_t cgroup_id);

/* ---- proctab.c: the table without BPF ----------------------------------- */

/* A table over procfs (normally "/proc") with no kernel side. NULL + errno. */
struct proctab *proctab__new_table(const struct proctab_opts *o, const char *procfs);
/* Apply one ring buffer record (bpf/proc.h). 0, or -EINVAL for a bad record. */
int proctab__handle_event(struct proctab *t, const void *data, size_t size);
size_t proctab__count(const struct proctab *t);
/* evict down to max_procs and free what earlier lookups may still point to */
void proctab__maintain(struct proctab *t);
/* warn through opts->warn (or stderr): one line */
void proctab__warn(const struct proctab *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---- proc_spawn.c: -- command ------------------------------------------ */

struct proc_spawn {
	int pid;		/* -1: none */
	int fd;			/* write end of the start pipe, -1 once released */
	int done;
	int status;		/* wait status once done */
};

void proc_spawn__init(struct proc_spawn *s);
/* fork a child that waits for proc_spawn__release, then execvp; pid or -errno */
int proc_spawn__start(struct proc_spawn *s, char *const argv[]);
int proc_spawn__release(struct proc_spawn *s);
/* 1 when the child has exited (wait status in *status) */
int proc_spawn__exited(struct proc_spawn *s, int *status);
/* close the pipe (an unreleased child exits), reap if it is done */
void proc_spawn__fini(struct proc_spawn *s);

/* ---- proc_kern.c: the kernel side ----------------------------------------- */

struct proc_kern;
/* Load and attach proc.bpf.c, seed existing sockets; warns once per missing
 * feature. NULL with a message in err when nothing useful could load. */
struct proc_kern *proc_kern__open(struct proctab *t, const struct proctab_opts *o,
				  int sel_active, char *err, size_t errlen);
void proc_kern__close(struct proc_kern *b);
int proc_kern__map_fd(const struct proc_kern *b, const char *name);
int proc_kern__sel_map_fd(const struct proc_kern *b);
int proc_kern__fd(const struct proc_kern *b);
/* deliver pending events to proctab__handle_event; count or -errno */
int proc_kern__poll(struct proc_kern *b, int timeout_ms);
int proc_kern__consume(struct proc_kern *b);
int proc_kern__sel_set(struct proc_kern *b, int pid, int on);
/* select pid because of its uid or container (PT_SEL_CTR: its children follow) */
int proc_kern__sel_ctx(struct proc_kern *b, int pid);
/* processes that start in this cgroup (v2 id) are selected by the kernel */
int proc_kern__sel_cgroup(struct proc_kern *b, uint64_t cgroup_id);
/* the cgroup2 mount point (hybrid hosts: /sys/fs/cgroup/unified); 1 found */
int proc_kern__cgroup2_path(char *buf, size_t len);
int proc_kern__sel_has(struct proc_kern *b, int pid);
uint64_t proc_kern__lost(const struct proc_kern *b);

#endif
