// SPDX-License-Identifier: GPL-2.0
/* \summary: ICMPv6 (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void icmp6_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *ip6h, int fragmented)
{
	(void)dx; (void)bp; (void)length; (void)ip6h; (void)fragmented;
}

