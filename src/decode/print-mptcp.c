// SPDX-License-Identifier: GPL-2.0
/* \summary: MPTCP options (placeholder until the printer lands) */
#include "dx.h"
#include "print.h"

int mptcp_print(struct dx *dx, const uint8_t *cp, unsigned len, uint8_t flags)
{
	(void)dx; (void)cp; (void)len; (void)flags;
	return 0;
}

