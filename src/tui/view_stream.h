/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: the follow-stream screen (app.c opens it, routes keys to it, draws it) */
#ifndef PTCPDUMP_TUI_VIEW_STREAM_H
#define PTCPDUMP_TUI_VIEW_STREAM_H

#include <stdint.h>

#include "request.h"

/* a step of reading the store on opening the screen */
#define VIEW_STREAM_STEP_NS 30000000ull

struct app;

/* the selected packet's conversation; a message when there is none */
int view_stream__open(struct app *a);
/* read on for up to budget_ns (new packets of a live capture too): bit 0
 * there is more to read, bit 1 the stream on screen changed */
int view_stream__work(struct app *a, uint64_t budget_ns);
int view_stream__request(struct app *a, enum request req);
void view_stream__draw(struct app *a);
void view_stream__close(struct app *a);

#endif
