/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: every tcpdump/ptcpdump option, with readable names */
#ifndef PTCPDUMP_CORE_OPTS_H
#define PTCPDUMP_CORE_OPTS_H

#include <stdint.h>

/* Host and port name lookup used by the printers when -n is not given.
 * Each returns a borrowed, already terminal-safe name, or NULL to print the
 * number. Implementations must not block for long (cache, time limit). */
struct name_resolver {
	void *ctx;
	const char *(*ip4)(void *ctx, const uint8_t addr[4]);
	const char *(*ip6)(void *ctx, const uint8_t addr[16]);
	const char *(*tcp_port)(void *ctx, unsigned port);
	const char *(*udp_port)(void *ctx, unsigned port);
	/* -e: the OUI/host name of a MAC address; may be NULL */
	const char *(*mac)(void *ctx, const uint8_t addr[6]);
};

enum ts_format {
	TS_DEFAULT = 0,	/* hh:mm:ss.frac (local time) */
	TS_NONE,	/* -t */
	TS_EPOCH,	/* -tt */
	TS_DELTA_PREV,	/* -ttt */
	TS_DATE,	/* -tttt */
	TS_DELTA_FIRST,	/* -ttttt */
};

/* --context: the process context blocks that are printed and written */
#define PT_CTX_PROCESS		0x01u
#define PT_CTX_THREAD		0x02u
#define PT_CTX_PARENTPROC	0x04u
#define PT_CTX_USER		0x08u
#define PT_CTX_CONTAINER	0x10u
#define PT_CTX_POD		0x20u
#define PT_CTX_ALL		0x3fu

/* -T: in the order of the option table's choices, from 1 */
enum pt_packet_type {
	PT_TYPE_NONE = 0,
	PT_TYPE_AODV, PT_TYPE_CARP, PT_TYPE_CNFP, PT_TYPE_DOMAIN, PT_TYPE_LMP, PT_TYPE_PGM,
	PT_TYPE_PGM_ZMTP1, PT_TYPE_PTP, PT_TYPE_RADIUS, PT_TYPE_RESP, PT_TYPE_RPC, PT_TYPE_RTCP,
	PT_TYPE_RTP, PT_TYPE_SNMP, PT_TYPE_SOMEIP, PT_TYPE_TFTP, PT_TYPE_VAT, PT_TYPE_VXLAN,
	PT_TYPE_WB, PT_TYPE_ZMTP1,
};

struct pt_opts {
	/* printing, as tcpdump's flags */
	int verbose;		/* -v count */
	int no_resolve;		/* -n count */
	int quiet;		/* -q */
	int link_header;	/* -e */
	int asdot;		/* -b: BGP AS numbers above 65535 as x.y */
	int ts_format;		/* enum ts_format */
	int ts_nano;		/* --nano / --time-stamp-precision=nano */
	int number;		/* -# */
	int hex;		/* -x count (1: no link header, 2: with) */
	int hex_ascii;		/* -X count */
	int ascii;		/* -A count */
	int absolute_seq;	/* -S */
	int no_verify_cksum;	/* -K */
	int line_buffered;	/* -l */
	int packet_buffered;	/* -U */
	uint32_t snaplen;	/* -s, 262144 by default */
	int oneline;		/* --oneline: a packet's lines joined with ", " */
	int utc;		/* --utc-time: time stamps in UTC, not local time */
	unsigned context;	/* --context: PT_CTX_* blocks printed and written */
	int foreign_numeric;	/* -f: foreign IPv4 addresses as numbers */
	int no_domain;		/* -N: host names without their domain */
	int mesh_headers;	/* -H: look for 802.11s mesh headers */
	int packet_type;	/* -T: enum pt_packet_type, 0 = none */
	const char *md5_secret;	/* -M: TCP-MD5 shared secret */
	const char *esp_secret;	/* -E: ESP SAs */
	const struct name_resolver *resolver; /* NULL or when no_resolve: numbers */
};

#endif
