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

struct pt_opts {
	/* printing, as tcpdump's flags */
	int verbose;		/* -v count */
	int no_resolve;		/* -n count */
	int quiet;		/* -q */
	int link_header;	/* -e */
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
	const struct name_resolver *resolver; /* NULL or when no_resolve: numbers */
};

#endif
