// SPDX-License-Identifier: GPL-2.0
/* \summary: the one run loop: source -> filter -> sinks */
#include "pipeline.h"

#include <stdio.h>

#define DRAIN_MAX (1L << 18)	/* packets handed out after a stop, at most */

static int to_idle(const struct pt_sink *sinks, int n_sinks)
{
	int i, rc;

	for (i = 0; i < n_sinks; i++) {
		if (!sinks[i].idle)
			continue;
		rc = sinks[i].idle(sinks[i].arg);
		if (rc)
			return rc;
	}
	return 0;
}

int pt_run(struct pt_run *r)
{
	/* locals: the sinks may not change *r, but the compiler cannot know */
	struct source *src = r->src;
	const struct pt_sink *sinks = r->sinks;
	const int n_sinks = r->n_sinks;
	const long long count = r->count > 0 ? r->count : -1;
	atomic_int *stop = r->stop;
	const int filtered = source__filtered(src);
	const int drain_ok = r->drain && source__is_live(src);
	long drain = -1;	/* packets still to hand out after a stop; -1 = not stopping */
	long long n_pkts = 0;
	struct pkt pkt;
	int n, i, rc = 0;

	r->err[0] = '\0';
	while (n_pkts != count) {
		if (drain < 0 && stop && atomic_load(stop)) {
			if (!drain_ok)
				break;
			drain = DRAIN_MAX;
		}
		if (drain == 0)
			break;
		if (drain > 0)
			drain--;
		n = source__next(src, &pkt, drain >= 0 ? 0 : r->timeout_ms);
		if (n == SOURCE_IDLE) {
			if (drain >= 0)
				break;
			rc = to_idle(sinks, n_sinks);
			if (rc)
				break;
			continue;
		}
		if (n == SOURCE_END)
			break;
		if (n == SOURCE_ERR) {
			snprintf(r->err, sizeof(r->err), "%s", source__error(src));
			rc = -1;
			break;
		}
		if (filtered) {
			n = source__match(src, &pkt);
			if (n < 0) {
				snprintf(r->err, sizeof(r->err), "%s", source__error(src));
				rc = -1;
				break;
			}
			if (!n)
				continue;
		}
		n_pkts++;
		for (i = 0; i < n_sinks; i++) {
			rc = sinks[i].packet(sinks[i].arg, &pkt);
			if (rc)
				goto out;
		}
	}
out:
	r->n_pkts = n_pkts;
	return rc < 0 ? -1 : 0;
}
