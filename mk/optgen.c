// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: build tool: the man pages' OPTIONS and the shell completions from the option table
 *
 *   optgen man PROG FILE     rewrite FILE's generated OPTIONS part in place
 *   optgen bash|zsh PROG     print the completion script
 * PROG is ptcpdump or ptcpdump-top.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cmdopt.h"

#define BEGIN_MARK ".\\\" BEGIN options: made from src/core/optab.def by `make man`\n"
#define END_MARK ".\\\" END options\n"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL;
	size_t cap = 0, n = 0, r;

	if (!f)
		return NULL;
	do {
		if (n + 4096 > cap) {
			char *p = realloc(buf, cap = 2 * cap + 8192);

			if (!p) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = p;
		}
		r = fread(buf + n, 1, cap - n - 1, f);
		n += r;
	} while (r > 0);
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static int man(unsigned prog, const char *path)
{
	char tmp[4096];
	size_t len;
	char *s = slurp(path, &len), *b, *e;
	FILE *f;

	if (!s) {
		fprintf(stderr, "optgen: %s: %s\n", path, strerror(errno));
		return 1;
	}
	b = strstr(s, BEGIN_MARK);
	e = b ? strstr(b, END_MARK) : NULL;
	if (!b || !e) {
		fprintf(stderr, "optgen: %s: no generated OPTIONS part (%s ... %s)\n", path,
			".\\\" BEGIN options", ".\\\" END options");
		free(s);
		return 1;
	}
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	f = fopen(tmp, "w");
	if (!f) {
		fprintf(stderr, "optgen: %s: %s\n", tmp, strerror(errno));
		free(s);
		return 1;
	}
	fwrite(s, 1, (size_t)(b - s), f);
	fputs(BEGIN_MARK, f);
	cmdopt_man(prog, f);
	fputs(e, f);
	free(s);
	if (fclose(f) != 0 || rename(tmp, path) != 0) {
		fprintf(stderr, "optgen: %s: %s\n", path, strerror(errno));
		remove(tmp);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	unsigned prog;

	if (argc < 3)
		goto usage;
	if (!strcmp(argv[2], "ptcpdump"))
		prog = CMDOPT_CLI;
	else if (!strcmp(argv[2], "ptcpdump-top"))
		prog = CMDOPT_TOP;
	else
		goto usage;
	if (!strcmp(argv[1], "man") && argc == 4)
		return man(prog, argv[3]);
	if (!strcmp(argv[1], "bash") && argc == 3)
		cmdopt_bash(prog, argv[2], stdout);
	else if (!strcmp(argv[1], "zsh") && argc == 3)
		cmdopt_zsh(prog, argv[2], stdout);
	else
		goto usage;
	return fflush(stdout) == 0 ? 0 : 1;
usage:
	fprintf(stderr, "usage: optgen man PROG FILE | bash PROG | zsh PROG\n");
	return 2;
}
