// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TC/TCX packet capture: pcap filter, process owner, ring buffer
 *
 * Four programs (Ethernet or raw-IP devices x ingress or egress) share one
 * body. Each calls pt_filter(), an empty stub that user space replaces at
 * load time with the pcap expression translated from classic BPF (see
 * src/capture/cbpf2ebpf.c and live_splice.c): the custom "ptcap" section
 * handler swaps the stub's instructions after libbpf has relocated them.
 *
 * The whole packet (up to snaplen, GSO super-packets included) goes into a
 * ring buffer record as long as the packet: copied with bpf_skb_load_bytes
 * into a per-CPU scratch slot and sent with bpf_ringbuf_output (fastest),
 * or, where scratch slots would take too much memory, copied once from a
 * skb dynptr into a dynptr record (bpf_dynptr_copy). VLAN tags held in the
 * skb metadata are put back after the MAC addresses, as libpcap shows them.
 * Every program returns TC_ACT_UNSPEC (== TCX_NEXT): capture never changes
 * the traffic. The same body serves the socket filters of --backend
 * socket-filter (see sock_filter() below).
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "maps.bpf.h"
#include "ptcpdump.h"

#define TC_NEXT (-1)		/* TC_ACT_UNSPEC / TCX_NEXT */
#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define PT_IPPROTO_TCP 6
#define PT_IPPROTO_UDP 17
#define PT_F_CURRENT_NETNS (-1)
#define PT_DIR_IN 1		/* enum pkt_dir */
#define PT_DIR_OUT 2
#define PT_PACKET_OUTGOING 4	/* skb->pkt_type of a packet this host sends */

enum pt_hook {
	PT_HOOK_TC,		/* TC/TCX on a device */
	PT_HOOK_SOCK,		/* socket filter of an AF_PACKET socket */
	PT_HOOK_CG,		/* cgroup_skb on the cgroup2 root: IP header first */
};

#define PT_FAKE_ETH 14		/* cgroup_skb records: a made-up Ethernet header first */

const volatile __u32 snaplen = 262144;
const volatile __u8 sel_active;		/* a --pid/--pname/-- cmd selection is in force */
const volatile __u8 want_owner = 1;	/* look up the owning process */
const volatile __u8 want_netns;		/* several namespaces: name the device's */
/* wake the reader only once this many bytes wait (it also looks every few
 * ms): one wakeup per packet costs microseconds at high rates; 0 = every
 * packet (immediate mode) */
const volatile __u32 wakeup_bytes;
/* a pcap filter is in force: a VLAN-tagged packet (tag in the skb metadata,
 * not in the data the filter reads) is left to user space to filter on the
 * frame with its tag put back, as libpcap sees it */
const volatile __u8 has_filter;
/* the kernel has bpf_dynptr_from_skb and bpf_dynptr_copy: one copy per
 * packet and no scratch slots (else the two-copy path below) */
const volatile __u8 use_dynptr;
/* socket filters: the directions wanted (bit 0 ingress, bit 1 egress) */
const volatile __u8 sf_dirs = 3;

#ifndef PT_NO_KFUNCS
extern int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
			       struct bpf_dynptr *ptr__uninit) __ksym __weak;
extern int bpf_dynptr_copy(struct bpf_dynptr *dst_ptr, __u32 dst_off, struct bpf_dynptr *src_ptr,
			   __u32 src_off, __u32 size) __ksym __weak;
extern void *bpf_cast_to_kern_ctx(void *obj) __ksym __weak;
#define HAVE_CAST_TO_KERN_CTX (bpf_cast_to_kern_ctx != NULL)
#else
/*
 * The same programs without kernel functions (capture_lite.skel.h): libbpf
 * needs the kernel's BTF for nothing else, and its parse is a fair part
 * of start-up. User space loads them only where neither the single-copy
 * path (use_dynptr) nor namespaces (want_netns) nor cgroup-skb is used.
 */
static __always_inline int bpf_dynptr_from_skb(struct __sk_buff *skb, __u64 flags,
					       struct bpf_dynptr *ptr__uninit)
{
	return -1;
}

static __always_inline int bpf_dynptr_copy(struct bpf_dynptr *dst_ptr, __u32 dst_off,
					   struct bpf_dynptr *src_ptr, __u32 src_off, __u32 size)
{
	return -1;
}

static __always_inline void *bpf_cast_to_kern_ctx(void *obj)
{
	return NULL;
}
#define HAVE_CAST_TO_KERN_CTX 0
#endif

struct pt_scratch {
	struct pt_pkt_hdr h;
	__u8 data[PT_SNAP_MAX];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 << 20);	/* set from -B at load time */
} pkt_rb SEC(".maps");

/* one slot per CPU (max_entries set to the number of CPUs at load time);
 * a per-CPU array cannot hold 256 KiB values */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct pt_scratch);
} scratch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, PT_CNT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

/* cgroup_skb: the interfaces captured on (any namespace) */
struct pt_cg_if {
	__u32 netns;		/* inode of the device's network namespace */
	__u32 ifindex;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, struct pt_cg_if);
	__type(value, __u8);
} cg_ifaces SEC(".maps");

/* sk_owner_map and sel_pids: maps.bpf.h (shared with the other object) */

/*
 * Replaced at load time by the translated pcap filter: non-zero = keep.
 * The body only has to be opaque enough that clang keeps the call and
 * does not fold the result.
 */
static __noinline int pt_filter(struct __sk_buff *skb)
{
	return skb->len != 0xfffffffe;
}

static __always_inline void count(__u32 idx)
{
	__u64 *v = bpf_map_lookup_elem(&counters, &idx);

	if (v)
		*v += 1;
}

struct owner {
	__u32 pid;
	__u32 tid;
	__u16 why;	/* PT_PKT_F_SK_OLD etc.: why no owner was found so far */
};

/* why: the flag to note when sk has no owner recorded */
static __always_inline int owner_from_sk(struct bpf_sock *sk, struct owner *o, __u16 why)
{
	struct sk_owner *so;

	if (!sk)
		return 0;
	so = bpf_sk_storage_get(&sk_owner_map, sk, 0, 0);
	if (!so || !so->pid) {
		o->why |= why;
		return 0;
	}
	o->pid = so->pid;
	o->tid = so->tid;
	return 1;
}

/* a connection in time-wait after this side closed it (maps.bpf.h) */
static __always_inline int owner_from_tw(struct bpf_sock_tuple *t, int v6, struct owner *o)
{
	struct pt_tw_key k = { .v6 = v6 };
	struct pt_tw_owner *v;

	__builtin_memcpy(&k.t, t, sizeof(k.t));
	v = bpf_map_lookup_elem(&tw_owner, &k);
	if (!v)
		return 0;
	o->pid = v->pid;
	o->tid = v->tid;
	return 1;
}

/*
 * Find the local socket of a TCP/UDP packet in the device's netns.
 * rev = 0: the packet comes in (tuple as on the wire); rev = 1: the
 * packet goes out (look up the reverse direction).
 */
static __always_inline int owner_lookup(struct __sk_buff *skb, __u32 nh, __u16 proto, int rev,
					struct owner *o)
{
	struct bpf_sock_tuple t = {};
	struct bpf_sock *sk;
	__u32 tlen, l4;
	__u8 ipproto;
	__be16 ports[2];
	int found;

	if (proto == ETH_P_IP) {
		struct iphdr ip;

		if (bpf_skb_load_bytes(skb, nh, &ip, sizeof(ip)) < 0)
			return 0;
		if (ip.frag_off & bpf_htons(0x1fff))
			return 0;
		ipproto = ip.protocol;
		l4 = nh + ((__u32)ip.ihl << 2);
		if (rev) {
			t.ipv4.saddr = ip.daddr;
			t.ipv4.daddr = ip.saddr;
		} else {
			t.ipv4.saddr = ip.saddr;
			t.ipv4.daddr = ip.daddr;
		}
		tlen = sizeof(t.ipv4);
	} else if (proto == ETH_P_IPV6) {
		struct ipv6hdr ip6;

		if (bpf_skb_load_bytes(skb, nh, &ip6, sizeof(ip6)) < 0)
			return 0;
		ipproto = ip6.nexthdr;
		l4 = nh + sizeof(ip6);
		if (rev) {
			__builtin_memcpy(t.ipv6.saddr, &ip6.daddr, 16);
			__builtin_memcpy(t.ipv6.daddr, &ip6.saddr, 16);
		} else {
			__builtin_memcpy(t.ipv6.saddr, &ip6.saddr, 16);
			__builtin_memcpy(t.ipv6.daddr, &ip6.daddr, 16);
		}
		tlen = sizeof(t.ipv6);
	} else {
		return 0;
	}
	if (ipproto != PT_IPPROTO_TCP && ipproto != PT_IPPROTO_UDP)
		return 0;
	if (bpf_skb_load_bytes(skb, l4, ports, sizeof(ports)) < 0)
		return 0;
	if (proto == ETH_P_IP) {
		t.ipv4.sport = rev ? ports[1] : ports[0];
		t.ipv4.dport = rev ? ports[0] : ports[1];
	} else {
		t.ipv6.sport = rev ? ports[1] : ports[0];
		t.ipv6.dport = rev ? ports[0] : ports[1];
	}
	if (ipproto == PT_IPPROTO_TCP)
		sk = bpf_sk_lookup_tcp(skb, &t, tlen, PT_F_CURRENT_NETNS, 0);
	else
		sk = bpf_sk_lookup_udp(skb, &t, tlen, PT_F_CURRENT_NETNS, 0);
	if (!sk) {
		if (ipproto == PT_IPPROTO_TCP && owner_from_tw(&t, proto == ETH_P_IPV6, o))
			return 1;
		o->why |= PT_PKT_F_NO_SK;
		return 0;
	}
	found = owner_from_sk(sk, o, PT_PKT_F_SK_OLD);
	bpf_sk_release(sk);
	return found;
}

static __always_inline void find_owner(struct __sk_buff *skb, __u8 link, __u8 dir, struct owner *o)
{
	struct bpf_sock *sk = skb->sk;
	__u16 proto = bpf_ntohs(skb->protocol);
	__u32 nh = link == PT_LINK_ETH ? 14 : 0;

	if (link == PT_LINK_RAW) {
		__u8 v;

		if (bpf_skb_load_bytes(skb, 0, &v, 1) < 0)
			return;
		proto = (v >> 4) == 4 ? ETH_P_IP : (v >> 4) == 6 ? ETH_P_IPV6 : 0;
	}
	if (dir == PT_DIR_OUT) {
		if (sk)
			sk = bpf_sk_fullsock(sk);
		if (owner_from_sk(sk, o, PT_PKT_F_SK_OLD))
			return;
		owner_lookup(skb, nh, proto, 1, o);
		return;
	}
	/* ingress: the local receiver first; skb->sk (a veth peer's sender) second */
	if (owner_lookup(skb, nh, proto, 0, o))
		return;
	if (sk)
		sk = bpf_sk_fullsock(sk);
	owner_from_sk(sk, o, PT_PKT_F_SK_PEER);
}

/*
 * The frame as libpcap shows it: the MAC addresses, the tag from the skb
 * metadata, then the rest of the data. n = bytes wanted incl. the tag.
 */
static __always_inline __u32 copy_vlan(struct __sk_buff *skb, struct pt_scratch *s, __u32 n)
{
	__u64 m = (__u64)n - 17;	/* bytes after the tag, minus one */
	__be16 tag[2];

	if (n < 16 || bpf_skb_load_bytes(skb, 0, s->data, 12) < 0)
		return 0;
	tag[0] = (__be16)skb->vlan_proto;	/* already in network order */
	tag[1] = bpf_htons((__u16)skb->vlan_tci);
	__builtin_memcpy(s->data + 12, tag, 4);
	if (m >= PT_SNAP_MAX - 16)
		return 16;
	asm volatile("" : "+r"(m));
	if (bpf_skb_load_bytes(skb, 12, s->data + 16, m + 1) < 0)
		return 16;
	return (__u32)m + 17;	/* bounded for the verifier, unlike n */
}

/*
 * Single copy: a ring buffer record of the exact size, filled straight from
 * the skb (paged and GSO data too). 0, or -1 when the ring is full.
 */
static __always_inline int emit_dynptr(struct __sk_buff *skb, struct pt_pkt_hdr *h, __u32 n,
				       __u8 vlan, __u64 flags, const __u8 *fake)
{
	struct bpf_dynptr rec, src;
	__be16 tag[2];

	if (bpf_ringbuf_reserve_dynptr(&pkt_rb, sizeof(*h) + n, 0, &rec) < 0) {
		bpf_ringbuf_discard_dynptr(&rec, 0);
		return -1;
	}
	if (bpf_dynptr_from_skb(skb, 0, &src) < 0) {
		h->caplen = 0;
	} else if (vlan) {
		tag[0] = (__be16)skb->vlan_proto;	/* already in network order */
		tag[1] = bpf_htons((__u16)skb->vlan_tci);
		if (n < 16 || bpf_dynptr_copy(&rec, sizeof(*h), &src, 0, 12) < 0 ||
		    bpf_dynptr_write(&rec, sizeof(*h) + 12, tag, 4, 0) < 0 ||
		    bpf_dynptr_copy(&rec, sizeof(*h) + 16, &src, 12, n - 16) < 0)
			h->caplen = 0;
	} else if (fake) {
		if (n < PT_FAKE_ETH ||
		    bpf_dynptr_write(&rec, sizeof(*h), (void *)fake, PT_FAKE_ETH, 0) < 0 ||
		    bpf_dynptr_copy(&rec, sizeof(*h) + PT_FAKE_ETH, &src, 0, n - PT_FAKE_ETH) < 0)
			h->caplen = 0;
	} else if (n && bpf_dynptr_copy(&rec, sizeof(*h), &src, 0, n) < 0) {
		h->caplen = 0;
	}
	bpf_dynptr_write(&rec, 0, h, sizeof(*h), 0);
	bpf_ringbuf_submit_dynptr(&rec, flags);
	return 0;
}

/* Two copies: the per-CPU scratch slot, then bpf_ringbuf_output. */
static __always_inline int emit_scratch(struct __sk_buff *skb, struct pt_pkt_hdr *h, __u32 n,
					__u8 vlan, __u64 flags, const __u8 *fake)
{
	__u32 key = bpf_get_smp_processor_id();
	struct pt_scratch *s = bpf_map_lookup_elem(&scratch, &key);
	__u64 len;

	if (!s)
		return 0;
	if (vlan) {
		n = copy_vlan(skb, s, n);
	} else if (fake) {
		__u64 m = (__u64)n - PT_FAKE_ETH - 1;

		__builtin_memcpy(s->data, fake, PT_FAKE_ETH);
		if (m >= PT_SNAP_MAX - PT_FAKE_ETH) {
			n = PT_FAKE_ETH;
		} else {
			asm volatile("" : "+r"(m));
			if (bpf_skb_load_bytes(skb, 0, s->data + PT_FAKE_ETH, m + 1) < 0)
				n = PT_FAKE_ETH;
			else
				n = (__u32)m + PT_FAKE_ETH + 1;
		}
	} else {
		/* one register checked for both bounds (n == 0 wraps); the barrier
		 * stops clang from checking a copy of the length it passes */
		__u64 m = (__u64)n - 1;

		if (m >= PT_SNAP_MAX) {
			n = 0;
		} else {
			asm volatile("" : "+r"(m));
			if (bpf_skb_load_bytes(skb, 0, s->data, m + 1) < 0)
				n = 0;
		}
	}
	h->caplen = n;
	__builtin_memcpy(&s->h, h, sizeof(*h));
	len = n;
	/* re-bound in the register that is passed (clang may not keep n's) */
	asm volatile("" : "+r"(len));
	if (len > PT_SNAP_MAX)
		len = PT_SNAP_MAX;
	return bpf_ringbuf_output(&pkt_rb, s, sizeof(s->h) + len, flags) < 0 ? -1 : 0;
}

/*
 * hook is a constant: a socket filter may not look sockets up, so it never
 * names an owner (nor selects by process).
 */
/*
 * Wake the reader only for a batch: when this record takes the data
 * waiting past wakeup_bytes (0: the kernel's choice for every record).
 * Above the mark the reader is behind and awake already, and a forced
 * wake-up per record (an irq_work, a self-IPI: a VM exit here) would cost
 * the sender microseconds per packet; the reader also looks every few ms.
 */
static __always_inline __u64 wake_flags(__u32 n)
{
	__u64 avail;

	if (!wakeup_bytes)
		return 0;
	avail = bpf_ringbuf_query(&pkt_rb, BPF_RB_AVAIL_DATA);
	return avail < wakeup_bytes && avail + n >= wakeup_bytes ? BPF_RB_FORCE_WAKEUP :
								    BPF_RB_NO_WAKEUP;
}

static __always_inline int capture(struct __sk_buff *skb, __u8 link, __u8 dir, enum pt_hook hook)
{
	__u8 vlan = hook != PT_HOOK_CG && link == PT_LINK_ETH && skb->vlan_present;
	/* cgroup_skb: 00:00:00:00:00:01 > 00:00:00:00:00:02 and the ethertype,
	 * the header upstream ptcpdump makes up for packets without one */
	__u8 fake[PT_FAKE_ETH] = { 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 1 };
	__u32 pre = hook == PT_HOOK_CG ? PT_FAKE_ETH : 0;
	struct pt_pkt_hdr h;
	struct owner o = {};
	__u16 pflags = 0;
	__u64 flags = 0;
	__u32 n, netns = 0;

	if (hook == PT_HOOK_CG) {
		struct sk_buff *ks = bpf_cast_to_kern_ctx(skb);
		struct pt_cg_if k = { .ifindex = skb->ifindex };

		netns = BPF_CORE_READ(ks, dev, nd_net.net, ns.inum);
		k.netns = netns;
		if (!bpf_map_lookup_elem(&cg_ifaces, &k))
			return TC_NEXT;
		__builtin_memcpy(fake + 12, &skb->protocol, 2);	/* network order */
	}
	count(PT_CNT_SEEN);
	if (vlan) {
		pflags = PT_PKT_F_VLAN | (has_filter ? PT_PKT_F_UFILTER : 0);
	} else if (!pt_filter(skb)) {
		return TC_NEXT;
	}
	if (hook != PT_HOOK_SOCK && want_owner)
		find_owner(skb, link, dir, &o);
	if (hook != PT_HOOK_SOCK && sel_active) {
		__u32 pid = o.pid;

		if (!pid || !bpf_map_lookup_elem(&sel_pids, &pid))
			return TC_NEXT;
	}
	if (!(pflags & PT_PKT_F_UFILTER))
		count(PT_CNT_MATCH);

	n = skb->len + (vlan ? 4 : 0) + pre;
	if (n > snaplen)
		n = snaplen;
	if (n > PT_SNAP_MAX)
		n = PT_SNAP_MAX;
	h.type = PT_REC_PKT;
	h.ifindex = skb->ifindex;
	h.ts_mono = bpf_ktime_get_ns();
	h.len = skb->len + (vlan ? 4 : 0) + pre;
	h.caplen = n;
	h.pid = o.pid;
	h.tid = o.tid;
	h.dir = dir;
	h.link = hook == PT_HOOK_CG ? PT_LINK_ETH : link;
	h.flags = pflags | (o.pid ? 0 : o.why);
	h.netns = netns;
	if (hook != PT_HOOK_CG && want_netns && HAVE_CAST_TO_KERN_CTX) {
		struct sk_buff *ks = bpf_cast_to_kern_ctx(skb);

		h.netns = BPF_CORE_READ(ks, dev, nd_net.net, ns.inum);
	}
	flags = wake_flags(n);
	if ((use_dynptr ? emit_dynptr(skb, &h, n, vlan, flags, pre ? fake : NULL) :
			  emit_scratch(skb, &h, n, vlan, flags, pre ? fake : NULL)) < 0)
		count(PT_CNT_DROP);
	return TC_NEXT;
}

SEC("ptcap/eth_in")
int pt_eth_in(struct __sk_buff *skb)
{
	return capture(skb, PT_LINK_ETH, PT_DIR_IN, PT_HOOK_TC);
}

SEC("ptcap/eth_out")
int pt_eth_out(struct __sk_buff *skb)
{
	return capture(skb, PT_LINK_ETH, PT_DIR_OUT, PT_HOOK_TC);
}

SEC("ptcap/raw_in")
int pt_raw_in(struct __sk_buff *skb)
{
	return capture(skb, PT_LINK_RAW, PT_DIR_IN, PT_HOOK_TC);
}

SEC("ptcap/raw_out")
int pt_raw_out(struct __sk_buff *skb)
{
	return capture(skb, PT_LINK_RAW, PT_DIR_OUT, PT_HOOK_TC);
}

/*
 * Socket filters of AF_PACKET sockets (--backend socket-filter), one per
 * interface: the packet goes to the ring buffer, and 0 keeps it out of the
 * socket's queue.
 */
static __always_inline int sock_filter(struct __sk_buff *skb, __u8 link)
{
	__u8 dir = skb->pkt_type == PT_PACKET_OUTGOING ? PT_DIR_OUT : PT_DIR_IN;

	if (sf_dirs & dir)
		capture(skb, link, dir, PT_HOOK_SOCK);
	return 0;
}

SEC("ptsock/eth")
int pt_sf_eth(struct __sk_buff *skb)
{
	return sock_filter(skb, PT_LINK_ETH);
}

SEC("ptsock/raw")
int pt_sf_raw(struct __sk_buff *skb)
{
	return sock_filter(skb, PT_LINK_RAW);
}

/*
 * cgroup_skb on the cgroup2 root (--backend cgroup-skb): every packet of a
 * local socket, in any namespace, from the IP header on; only the
 * interfaces in cg_ifaces are kept. Returns 1: let the packet pass.
 */
SEC("ptcg/in")
int pt_cgraw_in(struct __sk_buff *skb)
{
	capture(skb, PT_LINK_RAW, PT_DIR_IN, PT_HOOK_CG);
	return 1;
}

SEC("ptcg/out")
int pt_cgraw_out(struct __sk_buff *skb)
{
	capture(skb, PT_LINK_RAW, PT_DIR_OUT, PT_HOOK_CG);
	return 1;
}

/*
 * tp_btf on net_dev_queue (egress) and netif_receive_skb (ingress)
 * (--backend tp-btf), Ethernet devices in cg_ifaces (value: PT_LINK_* + 1).
 * A tracing program may not read the packet with bpf_skb_load_bytes, so
 * the frame is first copied into the per-CPU scratch slot (the MAC header,
 * which at ingress lies before skb->data, then the data through a skb
 * dynptr) and the filter runs on that copy (CBPF2EBPF_MEM). The owner of
 * a sent packet comes from skb->sk's socket storage (a full socket).
 */
static __always_inline int tp_capture(struct sk_buff *skb, __u8 dir)
{
	struct net_device *dev = skb->dev;
	struct pt_cg_if k = {};
	struct bpf_dynptr src;
	struct pt_scratch *s;
	struct owner o = {};
	__u32 key = bpf_get_smp_processor_id();
	__u64 pre = 0, m, len;
	__u16 mh;
	__u8 *kind;

	if (!dev)
		return 0;
	k.ifindex = dev->ifindex;
	k.netns = BPF_CORE_READ(dev, nd_net.net, ns.inum);
	kind = bpf_map_lookup_elem(&cg_ifaces, &k);
	if (!kind || *kind != PT_LINK_ETH + 1)
		return 0;
	count(PT_CNT_SEEN);
	s = bpf_map_lookup_elem(&scratch, &key);
	if (!s || !skb->len)
		return 0;
	mh = skb->mac_header;
	if (mh != 0xffff)
		pre = (__u64)(skb->data - (skb->head + mh));
	if (pre > 32)
		pre = 0;
	m = (__u64)skb->len - 1;
	if (m >= PT_SNAP_MAX - 64)
		m = PT_SNAP_MAX - 65;
	if (pre && bpf_probe_read_kernel(s->data, pre, skb->head + mh) < 0)
		return 0;
	if (bpf_dynptr_from_skb((struct __sk_buff *)skb, 0, &src) < 0 ||
	    bpf_dynptr_read(s->data + pre, m + 1, &src, 0, 0) < 0)
		return 0;
	s->h.type = PT_REC_PKT;
	s->h.ifindex = k.ifindex;
	s->h.len = skb->len + (__u32)pre;
	s->h.caplen = (__u32)(pre + m + 1);
	s->h.dir = dir;
	s->h.link = PT_LINK_ETH;
	s->h.flags = 0;
	s->h.netns = k.netns;
	if (!pt_filter((struct __sk_buff *)s))
		return 0;
	/* at ingress skb->sk is at most a veth peer's sender, and the local
	 * receiver cannot be looked up from here: no owner */
	if (want_owner && dir == PT_DIR_OUT) {
		/* an RCU pointer here; the storage helper checks for a full socket */
		struct sock *sk = skb->sk;

		if (sk) {
			struct sk_owner *so = bpf_sk_storage_get(&sk_owner_map, sk, 0, 0);

			if (so && so->pid) {
				o.pid = so->pid;
				o.tid = so->tid;
			}
		}
	}
	if (sel_active) {
		__u32 pid = o.pid;

		if (!pid || !bpf_map_lookup_elem(&sel_pids, &pid))
			return 0;
	}
	count(PT_CNT_MATCH);
	s->h.pid = o.pid;
	s->h.tid = o.tid;
	s->h.ts_mono = bpf_ktime_get_ns();
	if (s->h.caplen > snaplen)
		s->h.caplen = snaplen;
	len = s->h.caplen;
	asm volatile("" : "+r"(len));
	if (len > PT_SNAP_MAX)
		len = PT_SNAP_MAX;
	if (bpf_ringbuf_output(&pkt_rb, s, sizeof(s->h) + len, wake_flags((__u32)len)) < 0)
		count(PT_CNT_DROP);
	return 0;
}

SEC("pttp/net_dev_queue")
int BPF_PROG(pt_tp_out, struct sk_buff *skb)
{
	return tp_capture(skb, PT_DIR_OUT);
}

SEC("pttp/netif_receive_skb")
int BPF_PROG(pt_tp_in, struct sk_buff *skb)
{
	return tp_capture(skb, PT_DIR_IN);
}

char LICENSE[] SEC("license") = "GPL";
