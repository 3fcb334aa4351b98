/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: ForCES printer (print-forces.c), called by print-sctp.c for DATA chunks */
#ifndef PTCPDUMP_DECODE_PRINT_FORCES_H
#define PTCPDUMP_DECODE_PRINT_FORCES_H

#include <stdint.h>

struct dx;

/* one ForCES message of length bytes, like tcpdump's forces_print */
void forces_print(struct dx *dx, const uint8_t *bp, unsigned length);

#endif
