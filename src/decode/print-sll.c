// SPDX-License-Identifier: GPL-2.0
/* \summary: Linux cooked capture v1 and v2 (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

unsigned sll_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

unsigned sll2_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

