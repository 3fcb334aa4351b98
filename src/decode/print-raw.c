// SPDX-License-Identifier: GPL-2.0
/* \summary: raw IP link types (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

unsigned raw_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

unsigned ipv4_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

unsigned ipv6_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)dx; (void)p; (void)caplen; (void)length;
	return 0;
}

