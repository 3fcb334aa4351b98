/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: output helpers shared by the printers (hex digits, addresses,
 * ports, relative times); not part of the public decoder API
 */
#ifndef PTCPDUMP_DECODE_UTIL_H
#define PTCPDUMP_DECODE_UTIL_H

#include <stdint.h>

#include "dx.h"

/* "0123456789abcdef" */
extern const char dx_hexdig[17];

/* two lower-case hex digits of v's low byte at w; returns the end */
static inline char *dx_w_hex2(char *w, unsigned v)
{
	*w++ = dx_hexdig[(v >> 4) & 0xf];
	*w++ = dx_hexdig[v & 0xf];
	return w;
}

/* "%02x", "%04x", "%x" (and "%" PRIx64) without printf */
void dx_put_hex2(struct dx *dx, unsigned v);
void dx_put_hex4(struct dx *dx, unsigned v);
void dx_put_hex(struct dx *dx, uint64_t v);
/* n checked bytes as hex pairs, sep between them (0: none) */
void dx_put_hexbytes(struct dx *dx, const uint8_t *p, unsigned n, char sep);

/* An IPv4 address from the packet (checked): a name unless -n. */
void dx_put_ip4(struct dx *dx, const uint8_t *a);
/* a TCP or UDP port: a service name unless -n */
void dx_put_tcpport(struct dx *dx, unsigned port);
void dx_put_udpport(struct dx *dx, unsigned port);

/* tcpdump's unsigned_relts_print: "0s", "1y2w3d4h5m6s" */
void dx_put_relts(struct dx *dx, uint32_t secs);

#endif
