/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: process events from proc.bpf.c to the process table (ring buffer records)
 *
 * Every record starts with struct pt_proc_hdr; user space checks the size
 * of each record against its type before reading it. Ring buffer slots are
 * not zeroed: only the bytes that the length fields cover are meaningful.
 */
#ifndef PTCPDUMP_BPF_PROC_H
#define PTCPDUMP_BPF_PROC_H

#ifndef __VMLINUX_H__
#include <linux/types.h>
#endif

#define PT_PROC_PATH_LEN 512	/* executable path bytes carried by an exec event */
#define PT_PROC_ARGS_LEN 4096	/* argv bytes (NUL-separated); a power of two */
#define PT_PROC_PNAME_LEN 16	/* --pname bytes compared in the kernel (comm size) */
#define PT_PROC_DPATH_N 8	/* path components of the executed file, leaf first */
#define PT_PROC_DPATH_L 64
/* values of sel_pids: why a process is selected */
#define PT_SEL_PID 1		/* --pid, --pname, -- command, -f */
#define PT_SEL_CTR 2		/* --uid, a container or pod: its children are too */
#define PT_SEL_UIDS_MAX 16	/* --uid values compared in the kernel */
#define PT_SEL_CGROUPS_MAX 4096	/* cgroups of selected containers */
#define PT_SEED_MAX 65536	/* sockets from before start that can be seeded */
#define PT_SEED_NETNS_MAX 1024	/* network namespaces they may live in */

enum pt_proc_ev {
	PT_PROC_EV_EXEC = 1,
	PT_PROC_EV_FORK = 2,
	PT_PROC_EV_EXIT = 3,
	PT_PROC_EV_RENAME = 4,
};

/* flags of an exec event */
#define PT_PROC_F_PATH_TRUNC 0x1	/* path did not fit */
#define PT_PROC_F_ARGS_TRUNC 0x2	/* argv did not fit */
#define PT_PROC_F_ARGS_FAULT 0x4	/* argv could not be read */
#define PT_PROC_F_SELECTED 0x8		/* the kernel added the process to sel_pids */
#define PT_PROC_F_DPATH 0x10		/* dpath holds the executed file's path */
#define PT_PROC_F_DPATH_TRUNC 0x20	/* ... without its top components */

struct pt_proc_hdr {
	__u32 type;		/* enum pt_proc_ev */
	__u32 pid;		/* tgid */
	__u32 tid;
	__u32 ppid;		/* tgid of real_parent */
	__u64 ts_ns;		/* bpf_ktime_get_ns() */
};

struct pt_proc_exec {
	struct pt_proc_hdr h;
	__u32 uid;
	__u32 flags;		/* PT_PROC_F_* */
	__u32 path_len;		/* bytes in path incl. the NUL, 0 when unread */
	__u32 args_len;		/* bytes in args (NUL-separated argv) */
	__u64 cgroup_id;	/* cgroup v2 id */
	char comm[16];
	char path[PT_PROC_PATH_LEN];	/* linux_binprm filename as passed to execve */
	char args[PT_PROC_ARGS_LEN];
	/* when path is relative or a magic link (/proc/self/exe, /dev/fd/N):
	 * the file's dentry names up to the process's root, leaf first */
	__u32 dpath_n;
	__u32 pad;
	char dpath[PT_PROC_DPATH_N][PT_PROC_DPATH_L];
};

struct pt_proc_fork {
	struct pt_proc_hdr h;	/* pid = child tgid, ppid = its real parent */
	__u32 forker;		/* tgid of the process that called fork/clone */
	__u32 flags;		/* PT_PROC_F_SELECTED */
	char comm[16];
};

struct pt_proc_exit {
	struct pt_proc_hdr h;
	__u32 exit_code;
	__u32 pad;
	char comm[16];		/* names a process no other event or /proc named */
};

/* a thread named itself (prctl PR_SET_NAME, pthread_setname_np) */
struct pt_proc_rename {
	struct pt_proc_hdr h;	/* pid = tgid, tid = the thread */
	char comm[16];		/* the new name */
};

#ifndef __VMLINUX_H__
_Static_assert(sizeof(struct pt_proc_rename) == 40, "pt_proc_rename layout");
_Static_assert(sizeof(struct pt_proc_hdr) == 24, "pt_proc_hdr layout");
_Static_assert(sizeof(struct pt_proc_exec) == 24 + 24 + 16 + PT_PROC_PATH_LEN + PT_PROC_ARGS_LEN +
	       8 + PT_PROC_DPATH_N * PT_PROC_DPATH_L, "pt_proc_exec layout");
_Static_assert(sizeof(struct pt_proc_fork) == 48, "pt_proc_fork layout");
_Static_assert(sizeof(struct pt_proc_exit) == 48, "pt_proc_exit layout");
#endif

#endif
