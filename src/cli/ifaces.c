// SPDX-License-Identifier: GPL-2.0
/* \summary: the interfaces of a live capture: -D, and -i N for the N-th of that list */
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/live.h"
#include "cli.h"

struct dev {
	char name[IF_NAMESIZE];
	unsigned flags;
	int ifindex;
	int any;
};

struct devlist {
	struct dev v[512];
	int n;
};

static void list_cb(void *arg, const struct live_ifinfo *ii)
{
	struct devlist *d = arg;

	if (!ii->capturable || d->n == (int)(sizeof(d->v) / sizeof(d->v[0])))
		return;
	snprintf(d->v[d->n].name, sizeof(d->v[0].name), "%s", ii->name);
	d->v[d->n].flags = ii->flags;
	d->v[d->n].ifindex = ii->ifindex;
	d->v[d->n].any = 0;
	d->n++;
}

/* libpcap's order: up and running first, loopback after the others, by index */
static unsigned merit(const struct dev *d)
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
	const struct dev *x = a, *y = b;
	unsigned mx = merit(x), my = merit(y);

	if (mx != my)
		return mx < my ? -1 : 1;
	/* "any" goes after the real interfaces of the same rank */
	return x->any - y->any;
}

/* the -D list in its order; NULL after a message */
static struct devlist *dev_list(const struct capture_opts *o)
{
	struct devlist *d = calloc(1, sizeof(*d));
	char err[256];

	if (!d) {
		cli_err("out of memory");
		return NULL;
	}
	if (live__list_ifaces(o->netns, list_cb, d, err, sizeof(err)) < 0) {
		cli_err("%s", err);
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

/* tcpdump: -i N names the N-th interface of -D (when no interface is called N) */
int cli_iface_numbers(struct cmdline *c)
{
	static char names[CAPTURE_MAX_IFACES][IF_NAMESIZE];
	struct capture_opts *o = &c->cap;
	struct devlist *d = NULL;
	int i, rc = 0;

	for (i = 0; i < o->n_ifaces; i++) {
		const char *s = o->ifaces[i];
		char *end;
		long n;

		int j, named = 0;

		if (!*s || strspn(s, "0123456789") != strlen(s))
			continue;
		if (!d && !(d = dev_list(o)))
			return -1;
		for (j = 0; j < d->n; j++)
			named |= strcmp(d->v[j].name, s) == 0;
		if (named)
			continue;
		n = strtol(s, &end, 10);
		if (n < 1 || n > d->n) {
			cli_err("Invalid adapter index %s", s);
			rc = -1;
			break;
		}
		snprintf(names[i], IF_NAMESIZE, "%s", d->v[n - 1].name);
		o->ifaces[i] = names[i];
	}
	free(d);
	return rc;
}

int cli_list_ifaces(const struct cmdline *c)
{
	struct devlist *d = dev_list(&c->cap);
	int i;

	if (!d)
		return 1;
	for (i = 0; i < d->n; i++) {
		const struct dev *v = &d->v[i];
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
