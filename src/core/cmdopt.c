// SPDX-License-Identifier: GPL-2.0
/* \summary: getopt_long, --help, man OPTIONS and completions from the option table */
#include "cmdopt.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define CLI CMDOPT_CLI
#define TOP CMDOPT_TOP

const struct cmdopt cmdopt_table[OPT__N] = {
#define OPT(id, sh, lng, arg, choices, progs, act, help) \
	{ OPT_##id, sh, lng, arg, choices, progs, help },
#include "optab.def"
#undef OPT
};

#undef CLI
#undef TOP

/* long options get 256 + their index, so they never clash with a letter */
#define LONG_BASE 256

int cmdopt_choice(const struct cmdopt *o, const char *val)
{
	const char *p = o->choices;
	size_t n = strlen(val);
	int i = 0;

	while (p && *p) {
		size_t w = strcspn(p, " ");

		if (w == n && n && strncasecmp(p, val, n) == 0)
			return i;
		p += w;
		p += strspn(p, " ");
		i++;
	}
	return -1;
}

static const struct cmdopt *by_short(unsigned prog, int c)
{
	int i;

	for (i = 0; i < OPT__N; i++)
		if (cmdopt_table[i].sh == c && (cmdopt_table[i].progs & prog))
			return &cmdopt_table[i];
	return NULL;
}

int cmdopt_parse(unsigned prog, int argc, char **argv, cmdopt_fn fn, void *ctx, char *err,
		 size_t errlen)
{
	struct option lo[OPT__N + 1];
	char so[2 * OPT__N + 2], why[256], as[64];
	size_t ns = 0, nl = 0;
	int i, c, li;

	so[ns++] = ':';	/* a missing argument returns ':' */
	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog))
			continue;
		if (o->sh) {
			so[ns++] = (char)o->sh;
			if (o->arg)
				so[ns++] = ':';
		}
		if (o->lng) {
			lo[nl].name = o->lng;
			lo[nl].has_arg = o->arg ? required_argument : no_argument;
			lo[nl].flag = NULL;
			lo[nl].val = LONG_BASE + i;
			nl++;
		}
	}
	so[ns] = '\0';
	memset(&lo[nl], 0, sizeof(lo[nl]));

	opterr = 0;
	optind = 1;
	for (;;) {
		const struct cmdopt *o;

		li = -1;
		c = getopt_long(argc, argv, so, lo, &li);
		if (c == -1)
			break;
		if (c == ':' || c == '?') {
			const char *w = argv[optind - 1];
			int is_long = w && w[0] == '-' && w[1] == '-';

			if (c == ':' && is_long)
				snprintf(err, errlen, "option '%s' requires an argument", w);
			else if (c == ':')
				snprintf(err, errlen, "option requires an argument -- '%c'", optopt);
			else if (is_long && optopt >= LONG_BASE)
				snprintf(err, errlen, "option '--%s' doesn't allow an argument",
					 cmdopt_table[optopt - LONG_BASE].lng);
			else if (is_long || !optopt)
				snprintf(err, errlen, "unrecognized option '%s'", w);
			else
				snprintf(err, errlen, "invalid option -- '%c'", optopt);
			return -1;
		}
		if (c >= LONG_BASE) {
			o = &cmdopt_table[c - LONG_BASE];
			snprintf(as, sizeof(as), "--%s", o->lng);
		} else {
			o = by_short(prog, c);
			if (!o) {
				snprintf(err, errlen, "invalid option -- '%c'", c);
				return -1;
			}
			snprintf(as, sizeof(as), "-%c", c);
		}
		why[0] = '\0';
		if (fn(ctx, o, as, o->arg ? optarg : NULL, why, sizeof(why)) < 0) {
			if (o->arg)
				snprintf(err, errlen, "invalid %s value '%s': %s", as, optarg, why);
			else
				snprintf(err, errlen, "%s: %s", as, why);
			return -2;
		}
	}
	return optind;
}

/* ---- --help ------------------------------------------------------------ */

#define HELP_COL 32
#define HELP_WIDTH 79

/* words of s from column col, wrapped at HELP_WIDTH, continuation lines at indent */
static void wrap(FILE *f, const char *s, int col, int indent)
{
	while (*s) {
		size_t w = strcspn(s, " ");

		if (col > indent && col + 1 + (int)w > HELP_WIDTH) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', f);
			col++;
		}
		fprintf(f, "%.*s", (int)w, s);
		col += (int)w;
		s += w;
		s += strspn(s, " ");
	}
	fputc('\n', f);
}

void cmdopt_help(unsigned prog, const char *progname, FILE *f)
{
	int i;

	fprintf(f, "Usage: %s [options] [expression] [-- command [args]]\n\n", progname);
	fprintf(f, "Expression: see pcap-filter(7). -- command: run the command and capture only "
		   "its packets.\n\nOptions:\n");
	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];
		char left[96];
		int n;

		if (!(o->progs & prog))
			continue;
		if (o->sh && o->lng)
			n = snprintf(left, sizeof(left), "  -%c, --%s%s%s", o->sh, o->lng,
				     o->arg ? " " : "", o->arg ? o->arg : "");
		else if (o->sh)
			n = snprintf(left, sizeof(left), "  -%c%s%s", o->sh, o->arg ? " " : "",
				     o->arg ? o->arg : "");
		else
			n = snprintf(left, sizeof(left), "      --%s%s%s", o->lng,
				     o->arg ? " " : "", o->arg ? o->arg : "");
		fputs(left, f);
		if (n + 2 > HELP_COL) {
			fprintf(f, "\n%*s", HELP_COL, "");
		} else {
			fprintf(f, "%*s", HELP_COL - n, "");
		}
		wrap(f, o->help, HELP_COL, HELP_COL);
		if (o->choices) {
			fprintf(f, "%*s", HELP_COL, "");
			fputs("(", f);
			wrap(f, o->choices, HELP_COL + 1, HELP_COL + 1);
		}
	}
	fprintf(f, "\nSee the %s(8) manual page for more.\n", progname);
}

/* ---- man page ------------------------------------------------------------ */

static void roff(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '-')
			fputs("\\-", f);
		else if (*s == '\\')
			fputs("\\e", f);
		else
			fputc(*s, f);
	}
}

void cmdopt_man(unsigned prog, FILE *f)
{
	int i;

	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog))
			continue;
		fputs(".TP\n", f);
		if (o->sh) {
			fprintf(f, "\\fB\\-%c\\fR", o->sh);
			if (o->arg) {
				fputs(" \\fI", f);
				roff(f, o->arg);
				fputs("\\fR", f);
			}
			if (o->lng)
				fputs(", ", f);
		}
		if (o->lng) {
			fputs("\\fB\\-\\-", f);
			roff(f, o->lng);
			fputs("\\fR", f);
			if (o->arg) {
				fputs("=\\fI", f);
				roff(f, o->arg);
				fputs("\\fR", f);
			}
		}
		fputc('\n', f);
		roff(f, o->help);
		fputc('\n', f);
		if (o->choices) {
			const char *p = o->choices;

			fputs("Values:", f);
			while (*p) {
				size_t w = strcspn(p, " ");

				fprintf(f, " \\fB%.*s\\fR", (int)w, p);
				p += w;
				p += strspn(p, " ");
				if (*p)
					fputc(',', f);
			}
			fputs(".\n", f);
		}
	}
}

/* ---- completions ------------------------------------------------------- */

static int arg_is(const struct cmdopt *o, const char *name)
{
	return o->arg && strcmp(o->arg, name) == 0;
}

/* "-c|--receive-count" */
static void bash_names(FILE *f, const struct cmdopt *o)
{
	if (o->sh == '#')
		fputs("'-#'", f);
	else if (o->sh)
		fprintf(f, "-%c", o->sh);
	if (o->lng)
		fprintf(f, "%s--%s", o->sh ? "|" : "", o->lng);
}

static void bash_case(unsigned prog, FILE *f, const char *what, const char *action)
{
	int i, any = 0;

	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog) || !o->arg || o->choices)
			continue;
		if (what ? !arg_is(o, what) : (arg_is(o, "file") || arg_is(o, "interface") ||
					       arg_is(o, "user") || arg_is(o, "command")))
			continue;
		fputs(any ? "|" : "\t", f);
		bash_names(f, o);
		any = 1;
	}
	if (any)
		fprintf(f, ")\n\t\t%s\n\t\treturn ;;\n", action);
}

void cmdopt_bash(unsigned prog, const char *progname, FILE *f)
{
	char fn[64];
	int i;

	snprintf(fn, sizeof(fn), "_%s", progname);
	for (i = 0; fn[i]; i++)
		if (fn[i] == '-')
			fn[i] = '_';
	fprintf(f, "# bash completion for %s (made from its option table)\n", progname);
	fprintf(f, "%s()\n{\n\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n\n"
		   "\tcase $prev in\n", fn);
	bash_case(prog, f, "file", "compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\"))");
	bash_case(prog, f, "interface",
		  "COMPREPLY=($(compgen -W \"any $(ls /sys/class/net 2>/dev/null)\" -- \"$cur\"))");
	bash_case(prog, f, "user", "COMPREPLY=($(compgen -u -- \"$cur\"))");
	bash_case(prog, f, "command", "COMPREPLY=($(compgen -c -- \"$cur\"))");
	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog) || !o->choices)
			continue;
		fputc('\t', f);
		bash_names(f, o);
		fprintf(f, ")\n\t\tCOMPREPLY=($(compgen -W \"%s\" -- \"$cur\"))\n\t\treturn ;;\n",
			o->choices);
	}
	bash_case(prog, f, NULL, ":");
	fputs("\tesac\n\tcase $cur in\n\t-*)\n\t\tCOMPREPLY=($(compgen -W \"", f);
	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog))
			continue;
		if (o->sh)
			fprintf(f, "-%c ", o->sh);
		if (o->lng)
			fprintf(f, "--%s ", o->lng);
	}
	fprintf(f, "\" -- \"$cur\"))\n\t\t;;\n\tesac\n}\ncomplete -F %s %s\n", fn, progname);
}

/* the help text up to its first full stop, for zsh's [description] */
static void zsh_desc(FILE *f, const char *s)
{
	for (; *s && !(s[0] == '.' && (s[1] == ' ' || !s[1])); s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else if (*s == '[' || *s == ']' || *s == '\\')
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
}

static void zsh_action(FILE *f, const struct cmdopt *o)
{
	if (!o->arg)
		return;
	fputc(':', f);
	zsh_desc(f, o->arg);
	fputc(':', f);
	if (o->choices)
		fprintf(f, "(%s)", o->choices);
	else if (arg_is(o, "file"))
		fputs("_files", f);
	else if (arg_is(o, "interface"))
		fputs("_net_interfaces", f);
	else if (arg_is(o, "user"))
		fputs("_users", f);
	else if (arg_is(o, "command"))
		fputs("_command_names -e", f);
	else
		fputs(" ", f);
}

/* one _arguments spec: '*NAME[description]:arg:action' */
static void zsh_spec(FILE *f, const struct cmdopt *o, const char *name, const char *argmark)
{
	fprintf(f, "\t'*%s%s%s[", name[0] == '-' ? "" : "--", name, argmark);
	zsh_desc(f, o->help);
	fputc(']', f);
	zsh_action(f, o);
	fputs("' \\\n", f);
}

void cmdopt_zsh(unsigned prog, const char *progname, FILE *f)
{
	int i;

	fprintf(f, "#compdef %s\n# zsh completion for %s (made from its option table)\n\n",
		progname, progname);
	fputs("_arguments -s -S \\\n", f);
	for (i = 0; i < OPT__N; i++) {
		const struct cmdopt *o = &cmdopt_table[i];

		if (!(o->progs & prog))
			continue;
		if (o->sh) {
			char name[3] = { '-', (char)o->sh, 0 };

			zsh_spec(f, o, name, o->arg ? "+" : "");
		}
		if (o->lng)
			zsh_spec(f, o, o->lng, o->arg ? "=" : "");
	}
	fputs("\t'*::expression or command:_normal'\n", f);
}
