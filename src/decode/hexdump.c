// SPDX-License-Identifier: GPL-2.0
/* \summary: -x/-X/-A dumps like tcpdump print-ascii.c (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void hex_and_ascii_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length)
{
	(void)dx; (void)ident; (void)cp; (void)length;
}

void hex_print(struct dx *dx, const char *ident, const uint8_t *cp, unsigned length)
{
	(void)dx; (void)ident; (void)cp; (void)length;
}

void ascii_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	(void)dx; (void)cp; (void)length;
}

void dx__dump(struct dx *dx, const struct pkt *pkt, unsigned hdrlen, struct strbuf *out)
{
	(void)dx; (void)pkt; (void)hdrlen; (void)out;
}

