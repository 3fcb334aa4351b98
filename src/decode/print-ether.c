// SPDX-License-Identifier: GPL-2.0
/* \summary: Ethernet and VLAN (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

unsigned ether_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)p; (void)caplen;
	dx_printf(dx, "ether length %u", length);
	return 0;
}

int ethertype_print(struct dx *dx, unsigned ether_type, const uint8_t *p, unsigned length,
		    unsigned caplen, const uint8_t *src, const uint8_t *dst)
{
	(void)dx; (void)ether_type; (void)p; (void)length; (void)caplen; (void)src; (void)dst;
	return 0;
}

