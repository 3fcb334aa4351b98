/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the follow-stream screen (app.c opens it, routes keys to it, draws it) */
#ifndef PTCPDUMP_TUI_VIEW_STREAM_H
#define PTCPDUMP_TUI_VIEW_STREAM_H

#include "request.h"

struct app;

/* the selected packet's conversation; a message when there is none */
int view_stream__open(struct app *a);
int view_stream__request(struct app *a, enum request req);
void view_stream__draw(struct app *a);
void view_stream__close(struct app *a);

#endif
