// SPDX-License-Identifier: GPL-2.0
/* \summary: ptcpdump-top's command line: the shared option table (capture/cmdline.h) */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"

void app_die(const char *fmt, ...)
{
	va_list ap;

	fputs("ptcpdump-top: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void app_parse_opts(struct cmdline *o, int argc, char **argv)
{
	cmdline_parse(o, CMDOPT_TOP, "ptcpdump-top", argc, argv);
	if (o->spool_size && o->spool_size < 256 * 1024)
		app_die("--spool-size %llu: at least 256k", (unsigned long long)o->spool_size);
	if (o->cap.read_file && o->cap.command)
		app_die("-r and -- command cannot be combined");
}
