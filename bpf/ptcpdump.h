/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: types shared by the BPF programs and user space
 *
 * Only fixed-width types, explicit padding, and a size assert for each
 * record. Two BPF objects:
 *   capture.bpf.c (TC/TCX programs -> packet ring buffer)
 *   proc.bpf.c    (cgroup sock_create, tp_btf exec/fork/exit and socket
 *                  tagging -> process event ring buffer)
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
_Static_assert(sizeof(struct sk_owner) == 48, "sk_owner layout");
#endif

/* ---- packet capture (capture.bpf.c -> user space) ------------------- */

#define PT_SNAP_MAX 262144	/* largest -s; also the scratch buffer size */

enum pt_rec_type {
	PT_REC_PKT = 1,
};

enum pt_link {
	PT_LINK_ETH = 0,	/* Ethernet header first (LINKTYPE_ETHERNET) */
	PT_LINK_RAW = 1,	/* IP header first (LINKTYPE_RAW) */
};

enum pt_cnt {
	PT_CNT_SEEN = 0,	/* packets that reached the filter */
	PT_CNT_MATCH = 1,	/* passed the in-kernel filter and the process selection
				 * (not counted: packets left to user space to filter) */
	PT_CNT_DROP = 2,	/* lost: ring buffer full */
	PT_CNT_MAX = 4,
};

/* struct pt_pkt_hdr flags */
#define PT_PKT_F_VLAN 0x1	/* the VLAN tag (skb metadata) was put back after the MACs */
#define PT_PKT_F_UFILTER 0x2	/* the kernel did not run the filter: user space must */
/* no owner (pid 0), and why: */
#define PT_PKT_F_SK_OLD 0x4	/* a local socket with no owner recorded (made before the capture) */
#define PT_PKT_F_SK_PEER 0x8	/* only the sender's socket, of another namespace (veth), no owner */
#define PT_PKT_F_NO_SK 0x10	/* TCP/UDP with no local socket: forwarded, or a closed port */

/*
 * One packet in the ring buffer: this header, then caplen bytes of the
 * packet from its link-layer header (the ring buffer rounds the record
 * to 8 bytes).
 */
struct pt_pkt_hdr {
	__u32 type;		/* PT_REC_PKT */
	__u32 ifindex;
	__u64 ts_mono;		/* bpf_ktime_get_ns(): CLOCK_MONOTONIC */
	__u32 len;		/* skb->len: bytes on the wire (GSO: the whole super-packet) */
	__u32 caplen;		/* bytes that follow */
	__u32 pid;		/* owning process (tgid), 0 when unknown */
	__u32 tid;
	__u8 dir;		/* 1 ingress, 2 egress (enum pkt_dir) */
	__u8 link;		/* enum pt_link */
	__u16 flags;		/* PT_PKT_F_* */
	__u32 netns;		/* inode of the device's network namespace (want_netns), or 0 */
};

#ifndef __VMLINUX_H__
_Static_assert(sizeof(struct pt_pkt_hdr) == 40, "pt_pkt_hdr layout");
#endif

#endif
