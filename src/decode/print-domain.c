// SPDX-License-Identifier: GPL-2.0
/* \summary: DNS (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void domain_print(struct dx *dx, const uint8_t *bp, unsigned length, int over_tcp, int is_mdns)
{
	(void)dx; (void)bp; (void)length; (void)over_tcp; (void)is_mdns;
}

