// SPDX-License-Identifier: GPL-2.0
/* \summary: ARP (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void arp_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned caplen)
{
	(void)dx; (void)bp; (void)length; (void)caplen;
}

