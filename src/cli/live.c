// SPDX-License-Identifier: GPL-2.0
/* \summary: live capture front end (placeholder until the eBPF capture lands) */
#include "cli.h"

int cli_run_live(struct cli *c)
{
	(void)c;
	cli_err("live capture is not available in this build yet; use -r FILE");
	return 1;
}
