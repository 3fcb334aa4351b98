/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: what the OSI network-layer printers share (print-isoclns.c, print-isis.c) */
#ifndef PTCPDUMP_DECODE_PRINT_ISOCLNS_H
#define PTCPDUMP_DECODE_PRINT_ISOCLNS_H

#include <stdint.h>

#include "dx.h"	/* struct dx, struct tok */

#define NLPID_NULLNS 0x00
#define NLPID_CLNP 0x81
#define NLPID_ESIS 0x82
#define NLPID_ISIS 0x83
#define NLPID_IP6 0x8e
#define NLPID_IP 0xcc
#define NLPID_PPP 0xcf
#define NLPID_Q933 0x08

/* tcpdump's nlpid_values */
extern const struct tok nlpid_values[];

/* tcpdump's osi_print_cksum: " (correct)", " (incorrect should be 0x....)"
 * or " (unverified)" for the Fletcher checksum field at p + off of the
 * len bytes from p */
void osi_print_cksum(struct dx *dx, const uint8_t *p, unsigned cksum, unsigned off, unsigned len);

/* print-isis.c: an IS-IS PDU from its NLPID on; 0 when the caller dumps it as hex */
int isis_print(struct dx *dx, const uint8_t *p, unsigned length);

#endif
