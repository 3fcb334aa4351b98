/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: maps shared by capture.bpf.c and proc.bpf.c
 *
 * proc.bpf.c fills them; the capture object declares the same definitions
 * and user space makes it reuse proc's fds (bpf_map__reuse_fd) before load,
 * so the two must never drift apart: both include this file.
 */
#ifndef PTCPDUMP_BPF_MAPS_BPF_H
#define PTCPDUMP_BPF_MAPS_BPF_H

#include "ptcpdump.h"

/* socket -> owning process (first writer wins; accept()ed sockets inherit) */
struct {
	__uint(type, BPF_MAP_TYPE_SK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC | BPF_F_CLONE);
	__type(key, int);
	__type(value, struct sk_owner);
} sk_owner_map SEC(".maps");

/* selected processes for --pid/--pname/-f/-- cmd (tgid -> 1) */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16384);
	__type(key, __u32);
	__type(value, __u8);
} sel_pids SEC(".maps");

#endif
