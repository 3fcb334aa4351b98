/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: app.c <-> app_draw.c */
#ifndef PTCPDUMP_TUI_APP_INT_H
#define PTCPDUMP_TUI_APP_INT_H

#include <stddef.h>
#include <stdint.h>

#define MAX_IFACES 64
#define MAX_PIDS 64

struct options {
	const char *ifaces[MAX_IFACES];
	int n_ifaces;
	int pids[MAX_PIDS];
	int n_pids;
	const char *pname;
	const char *netns;
	int follow_forks;
	int direction;
	uint32_t snaplen;
	long buffer_kib;
	const char *read_file;
	size_t max_mem;
	char *filter;
	char **command;
};


struct app;

void app_layout(struct app *a);
void app_draw(struct app *a);
void app_draw_help(struct app *a);
size_t app_help_lines(void);

/* app_opts.c */
void app_parse_opts(struct options *o, int argc, char **argv);
/* "ptcpdump-top: " + message on stderr, exit 1 */
void app_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
