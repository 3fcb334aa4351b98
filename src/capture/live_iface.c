// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: live capture: the interfaces (chosen at start, new ones, -D)
 *
 * Netlink and attach calls run inside the interface's namespace: the
 * callers bracket them with live_ns_enter()/live_ns_leave(). An interface
 * is known by its namespace and ifindex (every namespace has its lo 1).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/ethtool.h>
#include <linux/if_ether.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <sys/socket.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "../../bpf/ptcpdump.h"
#include "capture.skel.h"
#include "live_int.h"

#define MAX_IFACES 4096		/* bound on remembered interfaces */

/* ---- interfaces --------------------------------------------------------- */

struct liface *live_iface_by_index(struct live *l, const struct lns *ns, int ifindex)
{
	size_t i;

	for (i = l->n_ifs; i-- > 0;)
		if (l->ifs[i]->ifindex == ifindex && !l->ifs[i]->gone &&
		    (!ns || l->ifs[i]->ns == ns))
			return l->ifs[i];
	return NULL;
}

struct liface *live_iface_add(struct live *l, struct lns *ns, const struct nl_link *lk, int kind)
{
	struct liface *f;

	if (l->n_ifs == MAX_IFACES)
		return NULL;
	if (l->n_ifs == l->cap_ifs) {
		size_t cap = l->cap_ifs ? l->cap_ifs * 2 : 16;
		struct liface **p = realloc(l->ifs, cap * sizeof(*p));

		if (!p)
			return NULL;
		l->ifs = p;
		l->cap_ifs = cap;
	}
	f = calloc(1, sizeof(*f));
	if (!f)
		return NULL;
	f->id = (uint32_t)l->n_ifs;
	l->ifs[l->n_ifs++] = f;
	f->ifindex = lk->ifindex;
	f->ns = ns;
	f->kind = kind;
	f->arphrd = lk->type;
	f->att[0].link_fd = -1;
	f->att[1].link_fd = -1;
	f->sock_fd = -1;
	snprintf(f->name, sizeof(f->name), "%s", lk->name);
	if (ns && ns->fd >= 0)
		snprintf(f->disp, sizeof(f->disp), "%s@%llu", lk->name, ns->ino);
	else
		snprintf(f->disp, sizeof(f->disp), "%s", lk->name);
	snprintf(f->comment, sizeof(f->comment), "ifIndex: %d, netNsInode: %llu, netNsPath: %s",
		 lk->ifindex, ns ? ns->ino : l->self_ino, ns ? ns->path : "/proc/self/ns/net");
	/* one namespace: its plain names, as upstream writes them; several:
	 * lo@inode, or a file would hold several lo */
	f->ci.name = l->n_ns > 1 || l->ns_any || l->ns_newly ? f->disp : f->name;
	live_iface_set_linktype(l, f);
	f->ci.snaplen = l->o.snaplen;
	f->ci.filter = l->o.filter;
	f->ci.comment = f->comment;
	return f;
}

/* cgroup-skb records all start with a made-up Ethernet header */
void live_iface_set_linktype(const struct live *l, struct liface *f)
{
	f->ci.linktype = f->kind == PT_LINK_RAW && l->backend != CAPTURE_BACKEND_CGROUP_SKB ?
				 PT_DLT_RAW : PT_DLT_EN10MB;
}

/*
 * --backend socket-filter: an AF_PACKET socket bound to the interface with
 * the capture program as its filter (set before bind, so nothing is
 * queued unfiltered); the program keeps every packet out of the queue.
 * Made inside the interface's namespace. fd or -errno.
 */
static int sock_attach(struct live *l, struct liface *f)
{
	struct sockaddr_ll sa = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_ALL),
				  .sll_ifindex = f->ifindex };
	int fd = socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0);
	int prog = live_prog_fd(l, f->kind, 0), one = 1, err;

	if (fd < 0)
		return -errno;
	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_BPF, &prog, sizeof(prog)) < 0 ||
	    (!l->dir_on[1] &&
	     setsockopt(fd, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof(one)) < 0) ||
	    bind(fd, (const struct sockaddr *)&sa, sizeof(sa)) < 0) {
		err = -errno;
		close(fd);
		return err;
	}
	return fd;
}

/* --backend cgroup-skb and tp-btf: the programs keep the packets of the
 * interfaces in cg_ifaces, known by namespace inode and ifindex (value:
 * PT_LINK_* + 1) */
static int cg_key(const struct live *l, const struct liface *f, uint32_t key[2])
{
	key[0] = (uint32_t)(f->ns ? f->ns->ino : l->self_ino);
	key[1] = (uint32_t)f->ifindex;
	return bpf_map__fd(l->skel->maps.cg_ifaces);
}

/* attach one interface (caller is inside the capture netns) */
int live_iface_attach(struct live *l, struct liface *f)
{
	int e, err = 0;
	uint32_t key[2];
	uint8_t kind = (uint8_t)(f->kind + 1);

	if (f->attached || !l->kind_ok[f->kind])
		return 0;
	if (l->backend == CAPTURE_BACKEND_CGROUP_SKB || l->backend == CAPTURE_BACKEND_TP_BTF) {
		int fd = cg_key(l, f, key);

		if (bpf_map_update_elem(fd, key, &kind, BPF_ANY) < 0)
			return -errno;
		f->in_cg = 1;
		f->attached = 1;
		return 0;
	}
	if (l->backend == CAPTURE_BACKEND_SOCKET_FILTER) {
		f->sock_fd = sock_attach(l, f);
		if (f->sock_fd < 0)
			return f->sock_fd;
		f->attached = 1;
		return 0;
	}
	for (e = 0; e < 2; e++) {
		if (!l->dir_on[e])
			continue;
		err = tc__attach(&l->tc, live_prog_fd(l, f->kind, e), f->ifindex, e, &f->att[e]);
		if (err < 0)
			break;
	}
	if (err < 0) {
		for (e = 0; e < 2; e++)
			tc__detach(&l->tc, &f->att[e]);
		return err;
	}
	f->attached = 1;
	return 0;
}

void live_iface_detach(struct live *l, struct liface *f)
{
	if (!f->attached)
		return;
	if (f->sock_fd >= 0) {
		close(f->sock_fd);
		f->sock_fd = -1;
	}
	if (f->in_cg) {
		uint32_t key[2];
		int fd = cg_key(l, f, key);

		(void)bpf_map_delete_elem(fd, key);
		f->in_cg = 0;
	}
	tc__detach(&l->tc, &f->att[0]);
	tc__detach(&l->tc, &f->att[1]);
	f->attached = 0;
}

struct dump_ctx {
	struct nl_link *v;
	size_t n, cap;
	int oom;
};

static void dump_cb(void *arg, const struct nl_link *lk)
{
	struct dump_ctx *d = arg;

	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 32;
		struct nl_link *p = realloc(d->v, cap * sizeof(*p));

		if (!p) {
			d->oom = 1;
			return;
		}
		d->v = p;
		d->cap = cap;
	}
	d->v[d->n++] = *lk;
}

struct ns_arg {
	struct live *l;
	struct lns *ns;
};

/* a link appeared or went away (inside the netns; all-interfaces mode) */
static void link_event(void *arg, const struct nl_link *lk)
{
	struct ns_arg *a = arg;
	struct live *l = a->l;
	struct liface *f = live_iface_by_index(l, a->ns, lk->ifindex);
	int kind, err;

	if (lk->deleted) {
		if (f) {
			live_iface_detach(l, f);
			f->gone = 1;
		}
		return;
	}
	if (f || !l->all)
		return;
	kind = nl__link_kind(lk->type);
	if (kind < 0 || !l->kind_ok[kind])
		return;
	f = live_iface_add(l, a->ns, lk, kind);
	if (!f)
		return;
	err = live_ns_enter(l, a->ns);
	if (err == 0) {
		err = live_iface_attach(l, f);
		live_ns_leave(l, a->ns);
	}
	if (err < 0 && err != -ENODEV && err != -ENXIO)
		live_warnf(l, "%s: cannot attach: %s", lk->name, strerror(-err));
}

void live_watch_links(struct live *l)
{
	size_t i;

	for (i = 0; i < l->n_ns; i++) {
		struct ns_arg a = { l, l->nss[i] };
		int err;

		if (a.ns->nlfd < 0)
			continue;
		/* the socket belongs to its namespace already: no setns to read */
		err = nl__watch_read(a.ns->nlfd, link_event, &a);
		if (err == -ENOBUFS && live_ns_enter(l, a.ns) == 0) {
			(void)nl__dump_links(link_event, &a);	/* events were lost: rescan */
			live_ns_leave(l, a.ns);
		}
	}
}

/* a namespace that joined while capturing (--netns any/newly) */
void live_ns_start(struct live *l, struct lns *ns)
{
	char err[256];
	size_t first = l->n_ifs, i;
	int *missing = calloc((size_t)l->o.n_ifaces + 1, sizeof(*missing));
	int rc;

	if (!missing || live_ns_enter(l, ns) < 0) {
		free(missing);
		return;
	}
	rc = live_choose_ifaces(l, ns, missing, err, sizeof(err));
	if (rc == 0 && l->all) {
		ns->nlfd = nl__watch_open();
		if (ns->nlfd < 0)
			live_warnf(l, "%s: new interfaces will not be captured: rtnetlink: %s",
				   ns->path, strerror(-ns->nlfd));
	}
	for (i = first; i < l->n_ifs; i++) {
		int e = live_iface_attach(l, l->ifs[i]);

		if (e < 0 && e != -ENODEV && e != -ENXIO)
			live_warnf(l, "%s: cannot attach: %s", l->ifs[i]->disp, strerror(-e));
	}
	live_ns_leave(l, ns);
	free(missing);
	if (ns->nlfd >= 0 && live_epoll_add(l, ns->nlfd) < 0) {
		close(ns->nlfd);
		ns->nlfd = -1;
	}
}

int live_choose_ifaces(struct live *l, struct lns *ns, int *missing, char *err, size_t errlen)
{
	struct dump_ctx d = { 0 };
	int rc, i;
	size_t j;

	rc = nl__dump_links(dump_cb, &d);
	if (rc < 0 || d.oom) {
		snprintf(err, errlen, "cannot list network interfaces: %s",
			 strerror(rc < 0 ? -rc : ENOMEM));
		rc = rc < 0 ? rc : -ENOMEM;
		goto out;
	}
	if (l->all) {
		for (j = 0; j < d.n; j++) {
			int kind = nl__link_kind(d.v[j].type);

			if (kind >= 0 && !live_iface_add(l, ns, &d.v[j], kind)) {
				rc = -ENOMEM;
				snprintf(err, errlen, "out of memory");
				goto out;
			}
		}
		goto out;
	}
	for (i = 0; i < l->o.n_ifaces; i++) {
		const char *name = l->o.ifaces[i];
		const struct nl_link *lk = NULL;
		char *end;
		long idx;
		int kind;

		for (j = 0; j < d.n && !lk; j++)
			if (strcmp(d.v[j].name, name) == 0)
				lk = &d.v[j];
		/* tcpdump: a number names the interface by its -D position; we use the ifindex */
		idx = strtol(name, &end, 10);
		if (!lk && *name && !*end)
			for (j = 0; j < d.n && !lk; j++)
				if (d.v[j].ifindex == idx)
					lk = &d.v[j];
		if (!lk && missing) {
			missing[i] = 1;
			continue;
		}
		if (!lk) {
			snprintf(err, errlen, "%s: No such device exists", name);
			rc = -ENODEV;
			goto out;
		}
		if (live_iface_by_index(l, ns, lk->ifindex))
			continue;
		kind = nl__link_kind(lk->type);
		if (kind < 0) {
			snprintf(err, errlen, "%s: unsupported link type (ARPHRD %d)", name, lk->type);
			rc = -EOPNOTSUPP;
			goto out;
		}
		if (!live_iface_add(l, ns, lk, kind)) {
			snprintf(err, errlen, "out of memory");
			rc = -ENOMEM;
			goto out;
		}
	}
out:
	free(d.v);
	return rc;
}

int live_want_all(const struct capture_opts *o)
{
	int i;

	if (o->n_ifaces == 0)
		return 1;
	for (i = 0; i < o->n_ifaces; i++)
		if (strcmp(o->ifaces[i], "any") == 0)
			return 1;
	return 0;
}

/* ---- -D ----------------------------------------------------------------- */

struct list_ctx {
	void (*fn)(void *arg, const struct live_ifinfo *ii);
	void *arg;
};

int live__list_ifaces(const char *netns, void (*fn)(void *arg, const struct live_ifinfo *ii),
		      void *arg, char *err, size_t errlen)
{
	struct dump_ctx d = { 0 };
	int self = -1, ns = -1, rc;
	size_t i;

	if (netns) {
		self = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
		ns = open(netns, O_RDONLY | O_CLOEXEC);
		if (self < 0 || ns < 0 || setns(ns, CLONE_NEWNET) < 0) {
			rc = -errno;
			snprintf(err, errlen, "%s: %s", netns, strerror(errno));
			goto out;
		}
	}
	rc = nl__dump_links(dump_cb, &d);
	if (netns && setns(self, CLONE_NEWNET) < 0 && rc == 0)
		rc = -errno;
	if (rc < 0 || d.oom) {
		rc = rc < 0 ? rc : -ENOMEM;
		snprintf(err, errlen, "cannot list network interfaces: %s", strerror(-rc));
		goto out;
	}
	for (i = 0; i < d.n; i++) {
		struct live_ifinfo ii = {
			.ifindex = d.v[i].ifindex,
			.name = d.v[i].name,
			.flags = d.v[i].flags,
			.arphrd = d.v[i].type,
			.capturable = nl__link_kind(d.v[i].type) >= 0,
			.linktype = nl__link_kind(d.v[i].type) == PT_LINK_RAW ? PT_DLT_RAW :
				    nl__link_kind(d.v[i].type) == PT_LINK_ETH ? PT_DLT_EN10MB : -1,
		};

		fn(arg, &ii);
	}
out:
	free(d.v);
	if (self >= 0)
		close(self);
	if (ns >= 0)
		close(ns);
	return rc;
}

uint32_t live_iface_speed(const char *name)
{
	struct ethtool_cmd ec = { .cmd = ETHTOOL_GSET };
	struct ifreq ifr;
	uint32_t mbps;
	int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	if (fd < 0)
		return 0;
	memset(&ifr, 0, sizeof(ifr));
	snprintf(ifr.ifr_name, sizeof(ifr.ifr_name), "%s", name);
	ifr.ifr_data = (void *)&ec;
	mbps = ioctl(fd, SIOCETHTOOL, &ifr) == 0 ? ethtool_cmd_speed(&ec) : 0;
	close(fd);
	return mbps == (uint32_t)SPEED_UNKNOWN ? 0 : mbps;
}
