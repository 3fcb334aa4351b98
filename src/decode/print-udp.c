// SPDX-License-Identifier: GPL-2.0
/* \summary: UDP (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void udp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented,
	       unsigned ttl_hl)
{
	(void)dx; (void)bp; (void)length; (void)iph; (void)fragmented; (void)ttl_hl;
}

