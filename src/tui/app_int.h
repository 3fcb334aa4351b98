/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: app.c <-> app_draw.c */
#ifndef PTCPDUMP_TUI_APP_INT_H
#define PTCPDUMP_TUI_APP_INT_H

#include <stddef.h>
#include <stdint.h>

#include "../capture/cmdline.h"

struct app;

void app_layout(struct app *a);
void app_draw(struct app *a);
void app_draw_help(struct app *a);
size_t app_help_lines(struct app *a);

/* app_opts.c */
void app_parse_opts(struct cmdline *o, int argc, char **argv);
/* "ptcpdump-top: " + message on stderr, exit 1 */
void app_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
