/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: the checks and PASS/FAIL lines every unit test uses
 *
 * Define HARNESS_SUITE (the word after PASS/FAIL, "" for none) and include
 * this once. A test is made of cases; each case prints one line:
 *
 *	run("name", fn);		fn() is one case
 *	case_begin("name"); ... case_end();	the same, for code with arguments
 *
 * Inside a case, check(ok, what), CHECK(cond), CHECK_STR(a, b) and
 * fail(fmt, ...) count checks; a failed one prints an indented detail line
 * and makes the case's line a FAIL. Outside a case a failed check prints
 * its own FAIL line. main() ends with `return harness_end(summary);`, which
 * prints one more line with the number of checks when summary is not NULL
 * and gives the exit status (1 after any failed check).
 */
#ifndef PTCPDUMP_TESTS_HARNESS_H
#define PTCPDUMP_TESTS_HARNESS_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#ifndef HARNESS_SUITE
#error "define HARNESS_SUITE before including harness.h"
#endif

static int h_passed, h_failed;	/* checks, over the whole program */
static int h_case_failed;	/* failed checks in the current case */
static const char *h_case;	/* the current case, NULL between cases */

static void __attribute__((unused)) h_line(const char *status, const char *what)
{
	printf("%s %s%s%s\n", status, HARNESS_SUITE, *HARNESS_SUITE ? ": " : "", what);
	fflush(stdout);
}

/* one failed check, described by a printf format */
static void __attribute__((format(printf, 1, 2), unused)) fail(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	h_failed++;
	h_case_failed++;
	if (h_case)
		printf("    %s\n", msg);
	else
		h_line("FAIL", msg);
}

static void __attribute__((unused)) check(int ok, const char *what)
{
	if (ok)
		h_passed++;
	else
		fail("%s", what);
}

static void __attribute__((unused)) h_check_at(int ok, const char *file, int line,
					       const char *cond)
{
	if (ok)
		h_passed++;
	else
		fail("%s:%d: check failed: %s", file, line, cond);
}

/* equal strings, or both NULL */
static void __attribute__((unused)) h_check_str_at(const char *a, const char *b,
						   const char *file, int line)
{
	if (a == b || (a && b && strcmp(a, b) == 0))
		h_passed++;
	else
		fail("%s:%d: \"%s\" != \"%s\"", file, line, a ? a : "(null)", b ? b : "(null)");
}

#define CHECK(cond) h_check_at(!!(cond), __FILE__, __LINE__, #cond)
#define CHECK_STR(a, b) h_check_str_at((a), (b), __FILE__, __LINE__)

static void __attribute__((unused)) case_begin(const char *name)
{
	h_case = name;
	h_case_failed = 0;
}

/* the case's PASS or FAIL line; 1 when it passed */
static int __attribute__((unused)) case_end(void)
{
	int ok = h_case_failed == 0;

	if (h_case)
		h_line(ok ? "PASS" : "FAIL", h_case);
	h_case = NULL;
	h_case_failed = 0;
	return ok;
}

static void __attribute__((unused)) run(const char *name, void (*fn)(void))
{
	case_begin(name);
	fn();
	case_end();
}

static int __attribute__((unused)) harness_end(const char *summary)
{
	char what[512];

	if (summary) {
		snprintf(what, sizeof(what), "%s (%d checks, %d failed)", summary,
			 h_passed + h_failed, h_failed);
		h_line(h_failed ? "FAIL" : "PASS", what);
	}
	return h_failed ? 1 : 0;
}

#endif
