/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: M3UA printer (print-m3ua.c), called by print-sctp.c for DATA chunks */
#ifndef PTCPDUMP_DECODE_PRINT_M3UA_H
#define PTCPDUMP_DECODE_PRINT_M3UA_H

#include <stdint.h>

struct dx;

/* one M3UA message of size bytes (the DATA chunk's payload), like tcpdump's m3ua_print */
void m3ua_print(struct dx *dx, const uint8_t *bp, unsigned size);

#endif
