// SPDX-License-Identifier: GPL-2.0
/* \summary: TCP (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void tcp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph, int fragmented)
{
	(void)dx; (void)bp; (void)length; (void)iph; (void)fragmented;
}

void tcp_state_free(struct dx_tcp_state *st)
{
	(void)st;
}

