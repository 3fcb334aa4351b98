/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the one packet record shared by every source and every sink */
#ifndef PTCPDUMP_CORE_PKT_H
#define PTCPDUMP_CORE_PKT_H

#include <stdint.h>

struct proc_ctx;

/* Direction as pcapng epb_flags encodes it (bits 0-1). */
enum pkt_dir {
	PKT_DIR_UNKNOWN = 0,
	PKT_DIR_IN = 1,
	PKT_DIR_OUT = 2,
};

/* What a live capture knows of a packet it found no process for. */
enum pkt_noproc {
	PKT_NOPROC_UNKNOWN = 0,	/* a file, not looked up, or the process is gone */
	PKT_NOPROC_NO_SOCKET,	/* TCP/UDP with no local socket: forwarded, or a closed port */
	PKT_NOPROC_OLD_SOCKET,	/* a local socket whose owner was not seen: older than the capture */
	PKT_NOPROC_PEER_NS,	/* only the sender's socket, in another network namespace */
};

/*
 * A captured packet. Everything pointed to is borrowed from the source until
 * its next call; sinks that keep a packet copy what they need.
 */
struct pkt {
	uint64_t ts_ns;		/* wall clock, nanoseconds since the epoch */
	/* whole seconds of ts_ns that a classic pcap record held in its
	 * fraction field (one of 1 000 000 us or more); tcpdump prints and
	 * writes that field as it is: 0 for every other source */
	uint32_t ts_carry;
	uint32_t caplen;	/* bytes in data */
	uint32_t len;		/* length on the wire */
	int linktype;		/* DLT_/LINKTYPE_ value of data */
	int dir;		/* enum pkt_dir */
	uint32_t if_id;		/* interface: pcapng IDB index or kernel ifindex */
	const char *ifname;	/* interface name, NULL when unknown */
	const uint8_t *data;
	const struct proc_ctx *proc; /* process context, NULL when none */
	const char *comment;	/* extra opt_comment text that is not process info, or NULL */
	uint64_t num;		/* 1-based number among packets read from the source */
	uint64_t file_off;	/* a capture file: offset of data in it (0: not known) */
	int noproc;		/* enum pkt_noproc, when proc is NULL */
};

#endif
