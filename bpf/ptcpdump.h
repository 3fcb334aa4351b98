/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: types shared by the BPF programs and user space
 *
 * Only fixed-width types, explicit padding, and a size assert for each
 * record. Two BPF objects:
 *   capture.bpf.c (TC/TCX programs -> packet ring buffer; owner: capture)
 *   proc.bpf.c    (cgroup sock_create, tp_btf exec/fork/exit and socket
 *                  tagging -> process event ring buffer; owner: proc)
 * They share the socket-storage map "sk_owner_map": proc.bpf.c creates and
 * fills it, capture.bpf.c declares the same definition and user space makes
 * it reuse proc's map fd (bpf_map__reuse_fd) before loading.
 */
#ifndef PTCPDUMP_BPF_PTCPDUMP_H
#define PTCPDUMP_BPF_PTCPDUMP_H

#ifndef __VMLINUX_H__
#include <linux/types.h>
#endif

#define PT_COMM_LEN 16

/* value of sk_owner_map (BPF_MAP_TYPE_SK_STORAGE, BPF_F_NO_PREALLOC|BPF_F_CLONE) */
struct sk_owner {
	__u32 pid;		/* tgid of the owning process */
	__u32 tid;		/* thread that created/used the socket */
	__u32 ppid;
	__u32 uid;
	__u64 cgroup_id;
	__u64 netns_ino;	/* network namespace inode of the socket */
	char comm[PT_COMM_LEN];
};

#ifndef __VMLINUX_H__
_Static_assert(sizeof(struct sk_owner) == 56, "sk_owner layout");
#endif

#endif
