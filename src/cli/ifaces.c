// SPDX-License-Identifier: GPL-2.0
/* \summary: -D: the interfaces of a live capture in tcpdump's format */
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/live.h"
#include "cli.h"

int cli_list_ifaces(const struct cmdline *c)
{
	char err[256];
	struct live_devlist *d = live__devices(capture_opts__netns(&c->cap), err, sizeof(err));
	int i;

	if (!d) {
		cli_err("%s", err);
		return 1;
	}
	for (i = 0; i < d->n; i++) {
		const struct live_dev *v = &d->v[i];
		char fl[96] = "";

		if (v->flags & IFF_UP)
			strcat(fl, "Up");
		if (v->flags & IFF_RUNNING)
			strcat(fl, *fl ? ", Running" : "Running");
		if (v->flags & IFF_LOOPBACK)
			strcat(fl, *fl ? ", Loopback" : "Loopback");
		else if (!v->any && (v->flags & IFF_UP))
			strcat(fl, (v->flags & IFF_RUNNING) ? ", Connected" : ", Disconnected");
		printf("%d.%s%s [%s]\n", i + 1, v->name,
		       v->any ? " (Pseudo-device that captures on all interfaces)" : "",
		       *fl ? fl : "none");
	}
	free(d);
	return fflush(stdout) == 0 ? 0 : 1;
}
