/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: REdis Serialization Protocol printer (print-resp.c), called by print-tcp.c */
#ifndef PTCPDUMP_DECODE_PRINT_RESP_H
#define PTCPDUMP_DECODE_PRINT_RESP_H

#include <stdint.h>

struct dx;

/* ": RESP" and each element of the (pipelined) payload, like tcpdump's resp_print */
void resp_print(struct dx *dx, const uint8_t *bp, unsigned length);

#endif
