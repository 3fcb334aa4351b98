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

/*
 * TCP connections this side closed first, by tuple as owner_lookup builds
 * it (saddr/sport the peer, daddr/dport the local end), filled when the
 * socket enters FIN_WAIT1: its time-wait successor has no storage and
 * bpf_sk_lookup_tcp does not return it, yet the last FIN and ACK are
 * still the owner's.
 */
struct pt_tw_key {
	struct bpf_sock_tuple t;
	__u32 v6;
};

struct pt_tw_owner {
	__u32 pid;
	__u32 tid;
};

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16384);
	__type(key, struct pt_tw_key);
	__type(value, struct pt_tw_owner);
} tw_owner SEC(".maps");

#endif
