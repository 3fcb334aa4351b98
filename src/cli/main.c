// SPDX-License-Identifier: GPL-2.0
/* \summary: ptcpdump's main: the command line (capture/cmdline.h), then one run */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "decode/print-esp.h"

void cli_err(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("ptcpdump: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int main(int argc, char **argv)
{
	struct cmdline c;
	int rc;

	cmdline_parse(&c, CMDOPT_CLI, "ptcpdump", argc, argv);
	if (c.po.esp_secret) {
		char why[512];

		if (esp_secrets_check(c.po.esp_secret, why, sizeof(why)) < 0) {
			fprintf(stderr, "ptcpdump: -E: %s\n", why);
			cmdline_free(&c);
			return 1;
		}
	}
	if (!c.po.no_resolve)
		c.po.resolver = cli_resolver(&c);
	rc = cli_info(&c);
	if (rc < 0)
		rc = cli_run(&c);
	cmdline_free(&c);
	return rc;
}
