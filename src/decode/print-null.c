// SPDX-License-Identifier: GPL-2.0
/* \summary: BSD loopback (NULL and LOOP) (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

unsigned null_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

unsigned loop_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

