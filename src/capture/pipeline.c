// SPDX-License-Identifier: GPL-2.0
/* \summary: the one run loop: source -> filter -> sinks */
#include "pipeline.h"

#include <stdio.h>

#define DRAIN_MAX (1L << 18)	/* packets handed out after a stop, at most */

static int to_sinks(struct pt_run *r, const struct pkt *pkt)
{
	int i, rc;

	for (i = 0; i < r->n_sinks; i++) {
		rc = r->sinks[i].packet(r->sinks[i].arg, pkt);
		if (rc)
			return rc;
	}
	return 0;
}

static int to_idle(struct pt_run *r)
{
	int i, rc;

	for (i = 0; i < r->n_sinks; i++) {
		if (!r->sinks[i].idle)
			continue;
		rc = r->sinks[i].idle(r->sinks[i].arg);
		if (rc)
			return rc;
	}
	return 0;
}

int pt_run(struct pt_run *r)
{
	int drain_ok = r->drain && source__is_live(r->src);
	long drain = -1;	/* packets still to hand out after a stop; -1 = not stopping */
	struct pkt pkt;
	int n, rc = 0;

	r->n_pkts = 0;
	r->err[0] = '\0';
	for (;;) {
		if (r->count > 0 && r->n_pkts >= r->count)
			break;
		if (drain < 0 && r->stop && atomic_load(r->stop)) {
			if (!drain_ok)
				break;
			drain = DRAIN_MAX;
		}
		if (drain == 0)
			break;
		if (drain > 0)
			drain--;
		n = source__next(r->src, &pkt, drain >= 0 ? 0 : r->timeout_ms);
		if (n == SOURCE_IDLE) {
			if (drain >= 0)
				break;
			rc = to_idle(r);
			if (rc)
				break;
			continue;
		}
		if (n == SOURCE_END)
			break;
		if (n == SOURCE_ERR) {
			snprintf(r->err, sizeof(r->err), "%s", source__error(r->src));
			rc = -1;
			break;
		}
		n = source__match(r->src, &pkt);
		if (n < 0) {
			snprintf(r->err, sizeof(r->err), "%s", source__error(r->src));
			rc = -1;
			break;
		}
		if (!n)
			continue;
		r->n_pkts++;
		rc = to_sinks(r, &pkt);
		if (rc)
			break;
	}
	return rc < 0 ? -1 : 0;
}
