/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: process, parent, container and pod context of a packet */
#ifndef PTCPDUMP_CORE_PROC_H
#define PTCPDUMP_CORE_PROC_H

#include <stddef.h>

/*
 * Context attached to a packet. Strings are NUL-terminated and owned by
 * whoever made the struct (a file reader's per-packet storage, the process
 * table); NULL means "not known". pid <= 0 means no process block.
 *
 * Serialised in pcapng as one opt_comment per block, upstream ptcpdump's
 * layout (docs/DESIGN.md, "File formats"):
 *   PID/Cmd/Args, ThreadId/ThreadName, UserId, ParentPID/ParentCmd/ParentArgs,
 *   ContainerName/ContainerId/ContainerImage/ContainerLabels,
 *   PodName/PodNamespace/PodUID/PodLabels/PodAnnotations.
 */
struct proc_ctx {
	int pid;
	const char *cmd;	/* executable full path */
	const char *args;	/* argv joined by single spaces */
	int tid;		/* 0: no thread block */
	const char *tname;
	int has_uid;
	int uid;
	int ppid;		/* 0: no parent block */
	const char *pcmd;
	const char *pargs;
	const char *cname;	/* container: NULL when none */
	const char *cid;
	const char *cimage;
	const char *clabels;
	const char *pod;	/* pod: NULL when none */
	const char *pod_ns;
	const char *pod_uid;
	const char *pod_labels;
	const char *pod_annotations;
	/*
	 * Nonzero: the owner's promise that the struct at this address with
	 * this stamp has not changed (every rebuild gets a new stamp), so
	 * sinks may reuse what they made of it. 0: no promise.
	 */
	unsigned long stamp;
};

/* basename of a path: borrowed pointer into path */
const char *proc_basename(const char *path);

#endif
