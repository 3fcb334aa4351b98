/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: app.c <-> app_draw.c */
#ifndef PTCPDUMP_TUI_APP_INT_H
#define PTCPDUMP_TUI_APP_INT_H

#include <stddef.h>

struct app;

void app_layout(struct app *a);
void app_draw(struct app *a);
void app_draw_help(struct app *a);
size_t app_help_lines(void);

#endif
