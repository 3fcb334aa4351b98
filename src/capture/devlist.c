// SPDX-License-Identifier: GPL-2.0
/* \summary: the interfaces a live capture can use, in libpcap's order (-D, -i N) */
#include <errno.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "live.h"

static void list_cb(void *arg, const struct live_ifinfo *ii)
{
	struct live_devlist *d = arg;

	if (!ii->capturable || d->n == (int)(sizeof(d->v) / sizeof(d->v[0])))
		return;
	snprintf(d->v[d->n].name, sizeof(d->v[0].name), "%s", ii->name);
	d->v[d->n].flags = ii->flags;
	d->v[d->n].ifindex = ii->ifindex;
	d->v[d->n].any = 0;
	d->n++;
}

/* libpcap's order: up and running first, loopback after the others, by index */
static unsigned merit(const struct live_dev *d)
{
	unsigned m = d->any ? 0x0fffffffu : (unsigned)d->ifindex & 0x0fffffffu;

	if (!(d->flags & IFF_UP))
		m |= 0x80000000u;
	if (!(d->flags & IFF_RUNNING))
		m |= 0x40000000u;
	if (d->flags & IFF_LOOPBACK)
		m |= 0x10000000u;
	return m;
}

static int dev_cmp(const void *a, const void *b)
{
	const struct live_dev *x = a, *y = b;
	unsigned mx = merit(x), my = merit(y);

	if (mx != my)
		return mx < my ? -1 : 1;
	/* "any" goes after the real interfaces of the same rank */
	return x->any - y->any;
}

struct live_devlist *live__devices(const char *netns, char *err, size_t errlen)
{
	struct live_devlist *d = calloc(1, sizeof(*d));

	if (!d) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (live__list_ifaces(netns, list_cb, d, err, errlen) < 0) {
		free(d);
		return NULL;
	}
	if (d->n < (int)(sizeof(d->v) / sizeof(d->v[0]))) {
		snprintf(d->v[d->n].name, sizeof(d->v[0].name), "any");
		d->v[d->n].flags = IFF_UP | IFF_RUNNING;
		d->v[d->n].any = 1;
		d->n++;
	}
	qsort(d->v, (size_t)d->n, sizeof(d->v[0]), dev_cmp);
	return d;
}
