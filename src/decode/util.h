/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: output helpers shared by the printers (hex digits, addresses,
 * ports, relative times); not part of the public decoder API
 */
#ifndef PTCPDUMP_DECODE_UTIL_H
#define PTCPDUMP_DECODE_UTIL_H

#include <stdint.h>
#include <string.h>

#include "../core/strbuf.h"
#include "dx.h"

/* a 32-bit IEEE float of bytes per second as tcpdump prints it, in Mbps */
static inline double dx_bw_mbps(uint32_t bits)
{
	float f;

	memcpy(&f, &bits, sizeof(f));
	return (double)(f * 8 / 1000000);
}

/* "0123456789abcdef" */
extern const char dx_hexdig[17];

/* IANA address family numbers, as tcpdump's af_values (af.c) */
extern const struct tok dx_af_values[];
/* L2VPN encapsulations and MPLS pseudowire types (RFC 4446) */
extern const struct tok dx_l2vpn_encaps_values[];
extern const struct tok dx_mpls_pw_types_values[];
/* SMI private enterprise codes (IANA) */
extern const struct tok dx_smi_values[];

/* two lower-case hex digits of v's low byte at w; returns the end */
static inline char *dx_w_hex2(char *w, unsigned v)
{
	*w++ = dx_hexdig[(v >> 4) & 0xf];
	*w++ = dx_hexdig[v & 0xf];
	return w;
}

/* "%02x", "%04x", "%x" (and "%" PRIx64) without printf; the first two and
 * the address and port helpers are inline: every packet line uses them */
static inline void dx_put_hex2(struct dx *dx, unsigned v)
{
	char b[2];

	dx_w_hex2(b, v);
	strbuf_add(dx->out, b, 2);
}

static inline void dx_put_hex4(struct dx *dx, unsigned v)
{
	char b[4];

	dx_w_hex2(dx_w_hex2(b, v >> 8), v);
	strbuf_add(dx->out, b, 4);
}

void dx_put_hex(struct dx *dx, uint64_t v);
/* n checked bytes as hex pairs, sep between them (0: none) */
void dx_put_hexbytes(struct dx *dx, const uint8_t *p, unsigned n, char sep);

/* tcpdump's isonsap_string: an ISO NSAP of len bytes as "xx.xxxx.xxxx...",
 * "isonsap_string: illegal length" unless 1..20 bytes. dx_isonsap_fmt
 * formats bytes that are not packet memory; dx_isonsap_string checks them
 * in the packet first (GET_ISONSAP_STRING). Scratch strings. */
const char *dx_isonsap_fmt(struct dx *dx, const uint8_t *a, unsigned len);
const char *dx_isonsap_string(struct dx *dx, const uint8_t *p, unsigned len);

/* dx_put_ip4: an IPv4 address from the packet (checked), a name unless -n;
 * dx_put_tcpport/udpport: a port, a service name unless -n */
static inline int dx_no_names(const struct dx *dx)
{
	return dx->opts->no_resolve || !dx->opts->resolver;
}

static inline void dx_put_ip4(struct dx *dx, const uint8_t *a)
{
	char b[16], *q = b;
	int i;

	if (!dx_no_names(dx)) {
		dx_puts(dx, GET_IPADDR_STRING(dx, a));
		return;
	}
	/* -n: the common case of every packet line, without printf */
	DX_TCHECK(dx, a, 4);
	for (i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*q++ = (char)('0' + v / 100);
		if (v >= 10)
			*q++ = (char)('0' + v / 10 % 10);
		*q++ = (char)('0' + v % 10);
		*q++ = '.';
	}
	strbuf_add(dx->out, b, (size_t)(q - 1 - b));
}

static inline void dx_put_tcpport(struct dx *dx, unsigned port)
{
	if (dx_no_names(dx))
		dx_putu(dx, port);
	else
		dx_puts(dx, dx_tcpport_string(dx, port));
}

static inline void dx_put_udpport(struct dx *dx, unsigned port)
{
	if (dx_no_names(dx))
		dx_putu(dx, port);
	else
		dx_puts(dx, dx_udpport_string(dx, port));
}


/* tcpdump's unsigned_relts_print: "0s", "1y2w3d4h5m6s" */
void dx_put_relts(struct dx *dx, uint32_t secs);

/* tcpdump's mask2plen: the prefix length of a contiguous netmask (host
 * order), or -1; mask62plen: that of 16 checked bytes, counted up to the
 * first byte that is not 0xff */
int dx_mask2plen(uint32_t mask);
unsigned dx_mask62plen(const uint8_t *mask);

#endif
