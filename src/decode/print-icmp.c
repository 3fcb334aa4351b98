// SPDX-License-Identifier: GPL-2.0
/* \summary: ICMP (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void icmp_print(struct dx *dx, const uint8_t *bp, unsigned plen, const uint8_t *iph, int fragmented)
{
	(void)dx; (void)bp; (void)plen; (void)iph; (void)fragmented;
}

