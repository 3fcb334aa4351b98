// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: live capture: the network namespaces captured in (--netns)
 *
 * Each namespace is a struct lns: an fd to setns() into (none for our
 * own), its inode (pt_pkt_hdr.netns names it in every record when there
 * are several) and its link watch. --netns any takes every namespace
 * there is (the named ones in /run/netns and those of running processes)
 * and --netns newly none at start; both then take the namespaces that
 * appear: a process that runs exec in a namespace not seen before (a
 * container's first process, `unshare -n`, `ip netns exec`) and a new
 * name in /run/netns (`ip netns add`, which bind-mounts it a moment after
 * creating the file, so the directory is looked at again for a while).
 * Our fd and link watch would keep such a namespace alive after its last
 * process and name are gone (a container that stopped): every few seconds
 * those no process or name holds any more are let go.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "live_int.h"

#define NSFS_MAGIC_ 0x6e736673	/* NSFS_MAGIC (linux/magic.h) */
#define RUN_NETNS "/run/netns"
#define RESCAN_NS 2000000000ull	/* look at /run/netns this long after a change */
#define REAP_NS 5000000000ull	/* look for namespaces only we hold this often */
#define MAX_NS 1024

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int live_ns_enter(struct live *l, const struct lns *ns)
{
	(void)l;
	if (ns && ns->gone)
		return -ENOENT;
	if (!ns || ns->fd < 0)
		return 0;
	return setns(ns->fd, CLONE_NEWNET) < 0 ? -errno : 0;
}

void live_ns_leave(struct live *l, const struct lns *ns)
{
	if (ns && ns->fd >= 0 && setns(l->self_ns_fd, CLONE_NEWNET) < 0)
		live_warnf(l, "cannot return to the original network namespace: %s", strerror(errno));
}

struct lns *live_ns_by_ino(const struct live *l, unsigned long long ino)
{
	size_t i;

	for (i = 0; i < l->n_ns; i++)
		if (l->nss[i]->ino == ino)
			return l->nss[i];
	return NULL;
}

static int skipped(const struct live *l, unsigned long long ino)
{
	size_t i;

	for (i = 0; i < l->n_skip; i++)
		if (l->ns_skip[i] == ino)
			return 1;
	return 0;
}

static void skip_add(struct live *l, unsigned long long ino)
{
	if (skipped(l, ino) || l->n_skip >= MAX_NS)
		return;
	if (l->n_skip == l->cap_skip) {
		size_t cap = l->cap_skip ? l->cap_skip * 2 : 16;
		unsigned long long *p = realloc(l->ns_skip, cap * sizeof(*p));

		if (!p)
			return;
		l->ns_skip = p;
		l->cap_skip = cap;
	}
	l->ns_skip[l->n_skip++] = ino;
}

/*
 * Take fd (a namespace file) as a namespace to capture in. Returns the
 * namespace (the one already there for the same inode; fd is then
 * closed), or NULL with errno set (fd closed).
 */
static struct lns *ns_add_fd(struct live *l, int fd, const char *path)
{
	struct lns *ns;
	struct stat st;
	struct statfs sf;

	if (fstat(fd, &st) < 0 || fstatfs(fd, &sf) < 0) {
		int e = errno;

		close(fd);
		errno = e;
		return NULL;
	}
	if ((ns = live_ns_by_ino(l, (unsigned long long)st.st_ino))) {
		close(fd);
		return ns;
	}
	if ((unsigned long)sf.f_type != NSFS_MAGIC_ && (unsigned long long)st.st_ino != l->self_ino) {
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	if (l->n_ns >= MAX_NS) {
		close(fd);
		errno = ENOSPC;
		return NULL;
	}
	if (l->n_ns == l->cap_ns) {
		size_t cap = l->cap_ns ? l->cap_ns * 2 : 8;
		struct lns **p = realloc(l->nss, cap * sizeof(*p));

		if (!p) {
			close(fd);
			errno = ENOMEM;
			return NULL;
		}
		l->nss = p;
		l->cap_ns = cap;
	}
	ns = calloc(1, sizeof(*ns));
	if (!ns) {
		close(fd);
		errno = ENOMEM;
		return NULL;
	}
	ns->ino = (unsigned long long)st.st_ino;
	ns->nlfd = -1;
	snprintf(ns->path, sizeof(ns->path), "%s", path);
	if (ns->ino == l->self_ino) {
		close(fd);
		ns->fd = -1;
	} else {
		ns->fd = fd;
		/* a namespace file we may not enter is refused here, not mid-way */
		if (setns(fd, CLONE_NEWNET) < 0 || setns(l->self_ns_fd, CLONE_NEWNET) < 0) {
			int e = errno;

			close(fd);
			free(ns);
			errno = e;
			return NULL;
		}
	}
	l->nss[l->n_ns++] = ns;
	return ns;
}

static struct lns *ns_add_path(struct live *l, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	return fd < 0 ? NULL : ns_add_fd(l, fd, path);
}

/* the inode of pid's network namespace, 0 when it is gone */
static unsigned long long pid_ns_ino(int pid)
{
	char p[64], link[64];
	unsigned long long ino;
	ssize_t n;

	snprintf(p, sizeof(p), "/proc/%d/ns/net", pid);
	n = readlink(p, link, sizeof(link) - 1);
	if (n <= 0)
		return 0;
	link[n] = '\0';
	return sscanf(link, "net:[%llu]", &ino) == 1 ? ino : 0;
}

/* a namespace found while capturing (or at start with any): take it unless
 * it is one of ours already or newly skips it; 1 when it is new */
static int consider(struct live *l, unsigned long long ino, const char *path, int started)
{
	struct lns *ns;
	size_t before = l->n_ns;

	if (!ino || live_ns_by_ino(l, ino) || (l->ns_newly && !l->ns_any && skipped(l, ino)))
		return 0;
	ns = ns_add_path(l, path);
	if (!ns || l->n_ns == before)
		return 0;
	if (ns->ino != ino) {
		/* the process moved or the name was replaced meanwhile: still a namespace */
		if (l->ns_newly && !l->ns_any && skipped(l, ns->ino)) {
			l->n_ns--;
			if (ns->fd >= 0)
				close(ns->fd);
			free(ns);
			return 0;
		}
	}
	if (started) {
		ns->joined = 1;
		live_ns_start(l, ns);
	}
	return 1;
}

typedef void (*ns_fn)(struct live *l, unsigned long long ino, const char *path);

/* fn(l, ino, path) for each name in /run/netns */
static void scan_named(struct live *l, ns_fn fn)
{
	struct dirent *e;
	char path[300];
	struct stat st;
	DIR *d = opendir(RUN_NETNS);

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), RUN_NETNS "/%s", e->d_name);
		if (stat(path, &st) == 0)
			fn(l, (unsigned long long)st.st_ino, path);
	}
	closedir(d);
}

/* every namespace there is now: the named ones and those of running processes */
static void scan_all(struct live *l, ns_fn fn)
{
	struct dirent *e;
	char path[300];
	DIR *d;

	scan_named(l, fn);
	if ((d = opendir("/proc"))) {
		while ((e = readdir(d))) {
			char *end;
			long pid = strtol(e->d_name, &end, 10);
			unsigned long long ino;

			if (*end || pid <= 0)
				continue;
			ino = pid_ns_ino((int)pid);
			snprintf(path, sizeof(path), "/proc/%ld/ns/net", pid);
			if (ino)
				fn(l, ino, path);
		}
		closedir(d);
	}
}

static void take_cb(struct live *l, unsigned long long ino, const char *path)
{
	(void)consider(l, ino, path, 0);
}

static void skip_cb(struct live *l, unsigned long long ino, const char *path)
{
	(void)path;
	skip_add(l, ino);
}

int live_netns_open(struct live *l, char *err, size_t errlen)
{
	struct stat st;
	int i;

	l->ns_watch = -1;
	l->self_ns_fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	if (l->self_ns_fd < 0 || fstat(l->self_ns_fd, &st) < 0) {
		snprintf(err, errlen, "/proc/self/ns/net: %s", strerror(errno));
		return -errno;
	}
	l->self_ino = (unsigned long long)st.st_ino;
	for (i = 0; i < l->o.n_netns; i++) {
		const char *p = l->o.netns[i];

		if (!strcmp(p, "any")) {
			l->ns_any = 1;
		} else if (!strcmp(p, "newly")) {
			l->ns_newly = 1;
		} else if (!ns_add_path(l, p)) {
			int e = errno;

			if (e == EINVAL)
				snprintf(err, errlen, "%s: not a network namespace", p);
			else
				snprintf(err, errlen, "%s: %s", p, strerror(e));
			return -e;
		}
	}
	if (l->ns_any) {
		if (!ns_add_path(l, "/proc/self/ns/net")) {
			snprintf(err, errlen, "/proc/self/ns/net: %s", strerror(errno));
			return -errno;
		}
		scan_all(l, take_cb);
	} else if (l->ns_newly) {
		skip_add(l, l->self_ino);
		scan_all(l, skip_cb);
		for (size_t j = 0; j < l->n_ns; j++)
			skip_add(l, l->nss[j]->ino);
	} else if (!l->n_ns && !ns_add_path(l, "/proc/self/ns/net")) {
		snprintf(err, errlen, "/proc/self/ns/net: %s", strerror(errno));
		return -errno;
	}
	if (l->ns_any || l->ns_newly) {
		mkdir(RUN_NETNS, 0755);
		l->ns_watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
		if (l->ns_watch >= 0 &&
		    inotify_add_watch(l->ns_watch, RUN_NETNS, IN_CREATE | IN_MOVED_TO | IN_ATTRIB) < 0) {
			live_warnf(l, "new names in " RUN_NETNS " are not seen: %s", strerror(errno));
			close(l->ns_watch);
			l->ns_watch = -1;
		}
	}
	return 0;
}

void live_netns_close(struct live *l)
{
	size_t i;

	for (i = 0; i < l->n_ns; i++) {
		if (l->nss[i]->fd >= 0)
			close(l->nss[i]->fd);
		if (l->nss[i]->nlfd >= 0)
			close(l->nss[i]->nlfd);
		free(l->nss[i]);
	}
	free(l->nss);
	free(l->ns_skip);
	if (l->ns_watch >= 0)
		close(l->ns_watch);
	if (l->self_ns_fd >= 0)
		close(l->self_ns_fd);
}

void live_netns_on_exec(struct live *l, int pid)
{
	char path[64];

	if (!l->ns_any && !l->ns_newly)
		return;
	snprintf(path, sizeof(path), "/proc/%d/ns/net", pid);
	(void)consider(l, pid_ns_ino(pid), path, 1);
}

static void named_cb(struct live *l, unsigned long long ino, const char *path)
{
	struct statfs sf;

	/* only the mounted names (ip netns add mounts after it creates) */
	if (statfs(path, &sf) < 0 || (unsigned long)sf.f_type != NSFS_MAGIC_)
		return;
	(void)consider(l, ino, path, 1);
}

static void held_cb(struct live *l, unsigned long long ino, const char *path)
{
	struct lns *ns = live_ns_by_ino(l, ino);

	(void)path;
	if (ns)
		ns->held = 1;
}

/* let go of joined namespaces that only we hold */
static void reap(struct live *l)
{
	size_t i, j;

	for (i = 0; i < l->n_ns; i++)
		l->nss[i]->held = 0;
	scan_all(l, held_cb);
	for (i = 0; i < l->n_ns; i++) {
		struct lns *ns = l->nss[i];
		if (!ns->joined || ns->gone || ns->held)
			continue;
		if (live_ns_enter(l, ns) == 0) {
			for (j = 0; j < l->n_ifs; j++)
				if (l->ifs[j]->ns == ns) {
					live_iface_detach(l, l->ifs[j]);
					l->ifs[j]->gone = 1;
				}
			live_ns_leave(l, ns);
		}
		if (ns->nlfd >= 0)
			close(ns->nlfd);	/* also leaves the epoll set */
		if (ns->fd >= 0)
			close(ns->fd);
		ns->nlfd = -1;
		ns->fd = -1;
		ns->gone = 1;
	}
}

void live_netns_poll(struct live *l)
{
	char buf[4096];
	uint64_t now;

	if (l->ns_watch < 0)
		return;
	now = mono_ns();
	if (now >= l->ns_reap_at) {
		if (l->ns_reap_at)
			reap(l);
		l->ns_reap_at = now + REAP_NS;
	}
	if (read(l->ns_watch, buf, sizeof(buf)) > 0)
		l->ns_rescan_until = now + RESCAN_NS;
	if (!l->ns_rescan_until)
		return;
	if (now >= l->ns_rescan_until)
		l->ns_rescan_until = 0;
	scan_named(l, named_cb);
}
