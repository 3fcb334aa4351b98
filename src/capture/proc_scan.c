// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: read a process's facts from procfs (proc(5): stat, status, exe, cmdline, cgroup)
 *
 * Used lazily by the process table for pids it has not seen an exec or
 * fork event for (processes started before ptcpdump), and at start for
 * --pname. The procfs root is a parameter so tests can use a fake tree.
 */
#include "proctab_int.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../bpf/proc.h"

#define ARGS_MAX 4096

ssize_t proc_scan__read_small(const char *path, char *buf, size_t cap)
{
	size_t n = 0;
	ssize_t r;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	while (n < cap - 1) {
		r = read(fd, buf + n, cap - 1 - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			r = -errno;
			close(fd);
			return r;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	buf[n] = '\0';
	return (ssize_t)n;
}

char *proc_scan__join_args(const char *buf, size_t len, int trunc)
{
	char *s;
	size_t i;

	while (len > 0 && buf[len - 1] == '\0')
		len--;
	s = malloc(len + 4);
	if (!s)
		return NULL;
	for (i = 0; i < len; i++)
		s[i] = buf[i] ? buf[i] : ' ';
	if (trunc) {
		memcpy(s + len, "...", 3);
		len += 3;
	}
	s[len] = '\0';
	return s;
}

char *proc_scan__exe(const char *procfs, int pid)
{
	static const char deleted[] = " (deleted)";
	char path[PATH_MAX], link[PATH_MAX];
	size_t dl = sizeof(deleted) - 1;
	ssize_t n;

	snprintf(path, sizeof(path), "%s/%d/exe", procfs, pid);
	n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return NULL;
	link[n] = '\0';
	if ((size_t)n > dl && !strcmp(link + n - dl, deleted))
		link[n - dl] = '\0';
	return strdup(link);
}

static int same_file(const char *path, const struct stat *want)
{
	struct stat st;

	return stat(path, &st) == 0 && st.st_dev == want->st_dev && st.st_ino == want->st_ino;
}

char *proc_scan__pick_exe(const char *exe, const char *argv0, const char *comm)
{
	char cand[PATH_MAX];
	struct stat want;
	const char *slash;

	if (!exe)
		return NULL;
	if (stat(exe, &want) != 0)
		return strdup(exe);
	if (argv0 && argv0[0] == '/' && strcmp(argv0, exe) && same_file(argv0, &want))
		return strdup(argv0);
	slash = strrchr(exe, '/');
	if (slash && comm && comm[0] && !strchr(comm, '/') && strcmp(slash + 1, comm)) {
		int n = snprintf(cand, sizeof(cand), "%.*s/%s", (int)(slash - exe), exe, comm);

		if (n > 0 && (size_t)n < sizeof(cand) && same_file(cand, &want))
			return strdup(cand);
	}
	return strdup(exe);
}

/* "pid (comm) S ppid ...": comm may hold spaces and ')' */
static int parse_stat(const char *buf, struct proc_facts *f)
{
	const char *l = strchr(buf, '('), *r = strrchr(buf, ')');
	size_t n;
	char st;
	int ppid;

	if (!l || !r || r < l)
		return -EINVAL;
	n = (size_t)(r - l - 1);
	if (n > sizeof(f->comm) - 1)
		n = sizeof(f->comm) - 1;
	memcpy(f->comm, l + 1, n);
	f->comm[n] = '\0';
	if (sscanf(r + 1, " %c %d", &st, &ppid) != 2)
		return -EINVAL;
	f->ppid = ppid;
	return 0;
}

static int parse_uid(const char *buf)
{
	const char *p = strstr(buf, "\nUid:");
	int uid;

	if (!strncmp(buf, "Uid:", 4))
		p = buf - 1;
	if (!p || sscanf(p + 5, "%d", &uid) != 1)
		return -1;
	return uid;
}

/* the cgroup path that names a container, else NULL; cgroup v2 ("0::") first */
static char *pick_cgroup(char *buf)
{
	char id[128], uid[64], *line, *save = NULL, *path, *v1 = NULL;

	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		path = strchr(line, ':');
		if (!path)
			continue;
		path = strchr(path + 1, ':');
		if (!path)
			continue;
		path++;
		if (container__parse_cgroup(path, id, sizeof(id), uid, sizeof(uid)) != 1)
			continue;
		if (!strncmp(line, "0::", 3))
			return strdup(path);
		if (!v1)
			v1 = path;
	}
	return v1 ? strdup(v1) : NULL;
}

int proc_scan__read(const char *procfs, int pid, struct proc_facts *f)
{
	char path[PATH_MAX];
	char *buf;
	ssize_t n;
	int err = 0;

	memset(f, 0, sizeof(*f));
	f->pid = pid;
	f->uid = -1;
	buf = malloc(ARGS_MAX + 1);
	if (!buf)
		return -ENOMEM;

	snprintf(path, sizeof(path), "%s/%d/stat", procfs, pid);
	n = proc_scan__read_small(path, buf, ARGS_MAX + 1);
	if (n < 0) {
		err = n == -ENOENT ? -ESRCH : (int)n;
		goto out;
	}
	err = parse_stat(buf, f);
	if (err)
		goto out;

	snprintf(path, sizeof(path), "%s/%d/status", procfs, pid);
	if (proc_scan__read_small(path, buf, ARGS_MAX + 1) > 0)
		f->uid = parse_uid(buf);

	snprintf(path, sizeof(path), "%s/%d/cmdline", procfs, pid);
	n = proc_scan__read_small(path, buf, ARGS_MAX + 1);
	if (n >= 0) {
		char *exe = proc_scan__exe(procfs, pid);

		f->args = proc_scan__join_args(buf, (size_t)n, n == ARGS_MAX);
		if (exe) {
			f->exe = proc_scan__pick_exe(exe, n > 0 ? buf : NULL, f->comm);
			free(exe);
		}
	}

	snprintf(path, sizeof(path), "%s/%d/cgroup", procfs, pid);
	if (proc_scan__read_small(path, buf, ARGS_MAX + 1) > 0)
		f->cgroup = pick_cgroup(buf);
out:
	free(buf);
	if (err)
		proc_scan__clear(f);
	return err;
}

char *proc_scan__cgroup(const char *procfs, int pid)
{
	char path[PATH_MAX], *buf, *cg = NULL;

	buf = malloc(ARGS_MAX + 1);
	if (!buf)
		return NULL;
	snprintf(path, sizeof(path), "%s/%d/cgroup", procfs, pid);
	if (proc_scan__read_small(path, buf, ARGS_MAX + 1) > 0)
		cg = pick_cgroup(buf);
	free(buf);
	return cg;
}

void proc_scan__clear(struct proc_facts *f)
{
	if (!f)
		return;
	free(f->exe);
	free(f->args);
	free(f->cgroup);
	f->exe = f->args = f->cgroup = NULL;
}

int proc_scan__thread_comm(const char *procfs, int pid, int tid, char name[16])
{
	char path[PATH_MAX], buf[64];
	ssize_t n;

	snprintf(path, sizeof(path), "%s/%d/task/%d/comm", procfs, pid, tid);
	n = proc_scan__read_small(path, buf, sizeof(buf));
	if (n < 0)
		return (int)n;
	while (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
	if (n > 15)
		n = 15;
	memcpy(name, buf, (size_t)n);
	name[n] = '\0';
	return 0;
}

int proc_scan__each(const char *procfs, int (*fn)(void *arg, int pid), void *arg)
{
	struct dirent *de;
	DIR *d;
	int r = 0;

	d = opendir(procfs);
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		char *end;
		long pid;

		if (!isdigit((unsigned char)de->d_name[0]))
			continue;
		pid = strtol(de->d_name, &end, 10);
		if (*end || pid <= 0 || pid > INT_MAX)
			continue;
		r = fn(arg, (int)pid);
		if (r)
			break;
	}
	closedir(d);
	return r;
}

int proc_scan__magic_path(const char *p, size_t n)
{
	return (n > 6 && !strncmp(p, "/proc/", 6)) || (n > 8 && !strncmp(p, "/dev/fd/", 8));
}

char *proc_scan__dpath_join(const struct pt_proc_exec *ev)
{
	size_t n = ev->dpath_n, len = 4, i, o = 0;
	char *s;

	if (!(ev->flags & PT_PROC_F_DPATH) || n == 0 || n > PT_PROC_DPATH_N)
		return NULL;
	for (i = 0; i < n; i++)
		len += strnlen(ev->dpath[i], PT_PROC_DPATH_L) + 1;
	s = malloc(len);
	if (!s)
		return NULL;
	if (ev->flags & PT_PROC_F_DPATH_TRUNC) {
		memcpy(s, "...", 3);
		o = 3;
	}
	for (i = n; i-- > 0;) {
		size_t l = strnlen(ev->dpath[i], PT_PROC_DPATH_L);

		s[o++] = '/';
		memcpy(s + o, ev->dpath[i], l);
		o += l;
	}
	s[o] = '\0';
	return s;
}
