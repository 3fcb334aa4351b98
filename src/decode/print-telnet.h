/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: Telnet command printer (print-telnet.c), called by print-tcp.c */
#ifndef PTCPDUMP_DECODE_PRINT_TELNET_H
#define PTCPDUMP_DECODE_PRINT_TELNET_H

#include <stdint.h>

struct dx;

/* " [telnet CMD, CMD...]" for the IAC commands at the start of the payload */
void telnet_print(struct dx *dx, const uint8_t *sp, unsigned length);

#endif
