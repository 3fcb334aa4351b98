/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the one process table: pid -> process, parent, container, pod
 *
 * Fed by exec/fork/exit events from bpf/proc.bpf.c plus a /proc scan at
 * start; bounded memory. Also owns the socket-owner map (bpf/ptcpdump.h
 * struct sk_owner) that the capture programs read, and the selection of
 * processes for --pid/--pname/-f/-- cmd.
 */
#ifndef PTCPDUMP_CAPTURE_PROCTAB_H
#define PTCPDUMP_CAPTURE_PROCTAB_H

#include <stddef.h>
#include <stdint.h>

#include "../core/proc.h"

struct proctab;

struct proctab_opts {
	const int *pids;		/* --pid */
	int n_pids;
	const char *pname;		/* --pname (matches comm or basename of exe) */
	int follow_forks;		/* -f: children of selected processes are selected */
	/* selection by what a process is: any of them selects it (and its
	 * children); a container or pod may start after the capture did */
	const unsigned *uids;		/* --uid */
	int n_uids;
	const char *const *ctr_ids;	/* --container-id: a prefix when >= 12 characters */
	int n_ctr_ids;
	const char *const *ctr_names;	/* --container-name */
	int n_ctr_names;
	const char *const *pods;	/* --pod-name NAME.NAMESPACE (no dot: "default") */
	int n_pods;
	/* container runtimes' sockets (--docker-address ...): NULL = the default
	 * place, asked only when there; a named one that fails gets one line */
	const char *docker_address;
	const char *containerd_address;
	const char *cri_address;
	size_t max_procs;		/* bound on remembered processes (0 = default 4096) */
	int spawn;			/* a -- command will be started (proctab__spawn) */
	/* one line per missing kernel feature and per problem; NULL = stderr */
	void (*warn)(void *arg, const char *msg);
	void *warn_arg;
	/* called after each exec event, with whether the process is selected
	 * (always 1 when nothing is selected); NULL = nothing to call */
	void (*on_exec)(void *arg, int pid, int selected);
	void *on_exec_arg;
};

/*
 * Load and attach proc.bpf.c, tag the sockets that exist already (task_file
 * iterator), select the processes named by --pid/--pname. Warns (opts->warn)
 * once per kernel feature it cannot use, naming what is lost. NULL with a
 * one-line message in err when process attribution cannot work at all.
 */
/* the cgroup2 root as a directory fd (caller closes; mounted for a moment
 * where none is, as under `ip netns exec`); -1 when there is none */
int proc_kern__cgroup2_fd(void);

struct proctab *proctab__new(const struct proctab_opts *o, char *err, size_t errlen);
void proctab__free(struct proctab *t);
/* fd of a map the capture object shares (sk_owner_map, tw_owner: see
 * bpf/maps.bpf.h) for bpf_map__reuse_fd, or -1 */
int proctab__map_fd(const struct proctab *t, const char *name);
/* fd of the selected-pids map (BPF_MAP_TYPE_HASH u32 tgid -> u8, 16384
 * entries), or -1 when no selection is active (no pids, pname or spawn in
 * the options): the capture program drops packets whose owner is not in
 * it. The kernel side adds -f children and new --pname execs itself. */
int proctab__sel_map_fd(const struct proctab *t);
/* a pollable fd for the event ring buffer (-1 without a kernel side), and
 * the consumer: events applied, or -errno */
int proctab__fd(const struct proctab *t);
int proctab__poll(struct proctab *t, int timeout_ms);
/*
 * Process context for a pid/tid seen in a packet (tid <= 0: no thread
 * block). Borrowed until the next proctab__poll() or proctab__free():
 * entries are evicted (and replaced after an exec) only there, so copy
 * what you keep longer. Call proctab__poll(t, 0) regularly (before each
 * batch of packets): it consumes the exec/fork/exit events and keeps the
 * table bounded; a lookup of an unknown pid consumes pending events first,
 * then reads /proc. Exited processes stay readable until evicted (exited
 * ones go first, least recently used first). NULL for pid <= 0.
 */
const struct proc_ctx *proctab__lookup(struct proctab *t, int pid, int tid);
/* Is pid selected by --pid/--pname/-f/-- cmd? (1 when no selection.) */
int proctab__selected(struct proctab *t, int pid);
/* fn for every running process selected so far (none when nothing is selected) */
void proctab__each_selected(struct proctab *t, void (*fn)(void *arg, int pid), void *arg);
/* -- command (set opts.spawn): fork a child that waits until released, then
 * execvp; it is selected from its first packet (and its descendants with
 * follow_forks). Returns the pid or -errno. Free without release: the child
 * exits (126) without running the command. */
int proctab__spawn(struct proctab *t, char *const argv[]);
int proctab__release(struct proctab *t);	/* let the spawned command run */
/* 1 when the spawned command has exited (its status in *status) */
int proctab__spawned_exited(struct proctab *t, int *status);

#endif
