// SPDX-License-Identifier: GPL-2.0
/* \summary: HTTP and text protocols (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

void http_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	(void)dx; (void)pptr; (void)len;
}

void txtproto_print(struct dx *dx, const uint8_t *pptr, unsigned len, const char **cmds, unsigned flags)
{
	(void)dx; (void)pptr; (void)len; (void)cmds; (void)flags;
}

