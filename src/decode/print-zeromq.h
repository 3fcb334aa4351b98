/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: ZMTP/1.0 printer (print-zeromq.c), called by print-tcp.c and print-pgm.c */
#ifndef PTCPDUMP_DECODE_PRINT_ZEROMQ_H
#define PTCPDUMP_DECODE_PRINT_ZEROMQ_H

#include <stdint.h>

struct dx;

/* -T zmtp1 over TCP: ": ZMTP/1.0" and one line per frame */
void zmtp1_print(struct dx *dx, const uint8_t *cp, unsigned len);
/* -T pgm_zmtp1: the ZeroMQ datagram in a PGM ODATA/RDATA packet's data */
void zmtp1_datagram_print(struct dx *dx, const uint8_t *cp, unsigned len);

#endif
