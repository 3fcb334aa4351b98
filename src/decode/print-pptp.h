/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: PPTP control message printer (print-pptp.c), called by print-tcp.c */
#ifndef PTCPDUMP_DECODE_PRINT_PPTP_H
#define PTCPDUMP_DECODE_PRINT_PPTP_H

#include <stdint.h>

struct dx;

/* ": pptp" and the control message's fields, like tcpdump's pptp_print */
void pptp_print(struct dx *dx, const uint8_t *bp, unsigned length);

#endif
