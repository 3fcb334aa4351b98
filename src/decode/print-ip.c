// SPDX-License-Identifier: GPL-2.0
/* \summary: IPv4 (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void ip_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	(void)dx; (void)bp; (void)length;
}

void ipN_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	(void)dx; (void)bp; (void)length;
}

void ip_demux_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned ver,
		    int fragmented, unsigned ttl_hl, uint8_t nh, const uint8_t *iph)
{
	(void)dx; (void)bp; (void)length; (void)ver; (void)fragmented; (void)ttl_hl; (void)nh; (void)iph;
}

uint16_t nextproto4_cksum(struct dx *dx, const uint8_t *iph, const uint8_t *data, unsigned len,
			  unsigned covlen, uint8_t next_proto)
{
	(void)dx; (void)iph; (void)data; (void)len; (void)covlen; (void)next_proto;
	return 0;
}

