/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: ATM printers (print-atm.c) that other link types call */
#ifndef PTCPDUMP_DECODE_PRINT_ATM_H
#define PTCPDUMP_DECODE_PRINT_ATM_H

#include <stdint.h>

struct dx;

/* an I.610 OAM cell at p: the 4-byte cell header, hec (0 or 1) HEC bytes,
 * then the 48-byte payload */
void oam_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned hec);

#endif
