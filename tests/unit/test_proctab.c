// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit tests of the process table (src/capture/proctab.c) without BPF
 *
 * A fake procfs tree in a temporary directory stands in for /proc, and the
 * kernel's exec/fork/exit records (bpf/proc.h) are built by hand. Checks:
 * lazy /proc reads, exec/fork/exit, parents, threads, bounds and eviction
 * order, pointer lifetime across an exec, selection (--pid, --pname, -f),
 * -- command spawning, cgroup -> container parsing and runtime metadata.
 *
 * With "--owner PID FD" (root) it is a debug tool for the kernel side: it
 * opens the real table, takes socket FD of process PID (pidfd_getfd), and
 * prints the sk_owner_map entry and the process context it resolves to.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "../../bpf/proc.h"
#include "../../bpf/ptcpdump.h"
#include "capture/proctab_int.h"

#define HARNESS_SUITE "proctab"
#include "harness.h"

static char root[256];		/* temp dir: root/proc is the fake procfs */
static char procfs[300];

/* ---- fake procfs ---------------------------------------------------------- */

static void write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "w");

	if (!f) {
		perror(path);
		exit(2);
	}
	fwrite(data, 1, len, f);
	fclose(f);
}

/* args: NUL-separated argv with a final NUL, argslen bytes */
static void fake_proc(int pid, int ppid, const char *comm, const char *exe, const char *args,
		      size_t argslen, int uid, const char *cgroup)
{
	char dir[400], path[500], buf[600];
	int n;

	snprintf(dir, sizeof(dir), "%s/%d", procfs, pid);
	mkdir(dir, 0755);
	snprintf(path, sizeof(path), "%s/task", dir);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/stat", dir);
	n = snprintf(buf, sizeof(buf), "%d (%s) S %d %d %d 0 -1 4194304\n", pid, comm, ppid, pid,
		     pid);
	write_file(path, buf, (size_t)n);
	snprintf(path, sizeof(path), "%s/status", dir);
	n = snprintf(buf, sizeof(buf), "Name:\t%s\nPPid:\t%d\nUid:\t%d\t%d\t%d\t%d\n", comm, ppid,
		     uid, uid, uid, uid);
	write_file(path, buf, (size_t)n);
	snprintf(path, sizeof(path), "%s/cmdline", dir);
	write_file(path, args, argslen);
	snprintf(path, sizeof(path), "%s/cgroup", dir);
	n = snprintf(buf, sizeof(buf), "9:name=systemd:%s\n0::%s\n", cgroup ? cgroup : "/",
		     cgroup ? cgroup : "/");
	write_file(path, buf, (size_t)n);
	snprintf(path, sizeof(path), "%s/exe", dir);
	unlink(path);
	if (symlink(exe, path))
		perror("symlink");
}

static void fake_thread(int pid, int tid, const char *name)
{
	char path[500], buf[64];
	int n;

	snprintf(path, sizeof(path), "%s/%d/task/%d", procfs, pid, tid);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/%d/task/%d/comm", procfs, pid, tid);
	n = snprintf(buf, sizeof(buf), "%s\n", name);
	write_file(path, buf, (size_t)n);
}

static void gone(int pid)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s/%d'", procfs, pid);
	if (system(cmd))
		fprintf(stderr, "rm failed\n");
}

#define ARGS(s) s, sizeof(s)

static struct pt_proc_exec *mk_exec(int pid, int ppid, const char *comm, const char *path,
				    const char *args, size_t argslen)
{
	static struct pt_proc_exec e;

	memset(&e, 0xa5, sizeof(e));	/* ring buffer slots are not zeroed */
	e.h.type = PT_PROC_EV_EXEC;
	e.h.pid = (__u32)pid;
	e.h.tid = (__u32)pid;
	e.h.ppid = (__u32)ppid;
	e.h.ts_ns = 1;
	e.uid = 1000;
	e.flags = 0;
	e.cgroup_id = 0;
	memset(e.comm, 0, sizeof(e.comm));
	strncpy(e.comm, comm, sizeof(e.comm) - 1);
	e.path_len = (__u32)strlen(path) + 1;
	memcpy(e.path, path, e.path_len);
	e.args_len = (__u32)argslen;
	memcpy(e.args, args, argslen);
	e.dpath_n = 0;
	return &e;
}

static int ev_fork(struct proctab *t, int pid, int forker, const char *comm, unsigned int flags)
{
	struct pt_proc_fork e;

	memset(&e, 0, sizeof(e));
	e.h.type = PT_PROC_EV_FORK;
	e.h.pid = (__u32)pid;
	e.h.tid = (__u32)pid;
	e.h.ppid = (__u32)forker;
	e.forker = (__u32)forker;
	e.flags = flags;
	strncpy(e.comm, comm, sizeof(e.comm) - 1);
	return proctab__handle_event(t, &e, sizeof(e));
}

static int ev_exit(struct proctab *t, int pid)
{
	struct pt_proc_exit e;

	memset(&e, 0, sizeof(e));
	e.h.type = PT_PROC_EV_EXIT;
	e.h.pid = (__u32)pid;
	e.h.tid = (__u32)pid;
	return proctab__handle_event(t, &e, sizeof(e));
}

static void setup_tree(void)
{
	fake_proc(100, 1, "bash", "/opt/fake/bin/bash", ARGS("-bash\0"), 0, NULL);
	fake_proc(200, 100, "python3", "/opt/fake/bin/python3.11",
		  ARGS("python3\0-m\0http.server\0" "8080\0"), 1000, NULL);
	fake_thread(200, 200, "python3");
	fake_thread(200, 201, "worker-1");
}

/* ---- tests ---------------------------------------------------------------- */

static void t_lazy_proc(void)
{
	struct proctab *t = proctab__new_table(NULL, procfs);
	const struct proc_ctx *c;

	CHECK(t != NULL);
	if (!t)
		return;
	c = proctab__lookup(t, 200, 0);
	CHECK(c != NULL);
	if (c) {
		CHECK(c->pid == 200);
		CHECK_STR(c->cmd, "/opt/fake/bin/python3.11");
		CHECK_STR(c->args, "python3 -m http.server 8080");
		CHECK(c->has_uid && c->uid == 1000);
		CHECK(c->tid == 0);
		CHECK(c->ppid == 100);
		CHECK_STR(c->pcmd, "/opt/fake/bin/bash");
		CHECK_STR(c->pargs, "-bash");
		CHECK(c->cname == NULL && c->pod == NULL);
	}
	c = proctab__lookup(t, 200, 201);
	CHECK(c && c->tid == 201);
	CHECK_STR(c ? c->tname : NULL, "worker-1");
	CHECK_STR(c ? c->args : NULL, "python3 -m http.server 8080");
	c = proctab__lookup(t, 200, 200);
	CHECK(c && c->tid == 200);
	CHECK_STR(c ? c->tname : NULL, "python3");
	/* names from rename events: for a thread /proc no longer has, and an
	 * update of a context handed out already */
	{
		struct pt_proc_rename r;
		const struct proc_ctx *c1 = proctab__lookup(t, 200, 201);

		memset(&r, 0, sizeof(r));
		r.h.type = PT_PROC_EV_RENAME;
		r.h.pid = 200;
		r.h.tid = 202;
		strcpy(r.comm, "sender");
		CHECK(proctab__handle_event(t, &r, sizeof(r)) == 0);
		c = proctab__lookup(t, 200, 202);
		CHECK_STR(c ? c->tname : NULL, "sender");
		r.h.tid = 201;
		strcpy(r.comm, "worker-2");
		CHECK(proctab__handle_event(t, &r, sizeof(r)) == 0);
		CHECK_STR(c1 ? c1->tname : NULL, "worker-2");
		strcpy(r.comm, "worker-1");
		proctab__handle_event(t, &r, sizeof(r));
		CHECK(proctab__handle_event(t, &r, 30) == -EINVAL);
	}
	/* same thread twice: same context */
	CHECK(proctab__lookup(t, 200, 201) == proctab__lookup(t, 200, 201));
	CHECK(proctab__lookup(t, 0, 0) == NULL);
	CHECK(proctab__lookup(t, -5, 0) == NULL);
	/* a pid that never existed: a bare context, no crash */
	c = proctab__lookup(t, 99999, 0);
	CHECK(c && c->pid == 99999 && c->cmd == NULL && c->ppid == 0);
	proctab__free(t);
}

static void t_exec_short_lived(void)
{
	struct proctab *t = proctab__new_table(NULL, procfs);
	const struct proc_ctx *c;
	static const char args[] = "curl\0-s\0http://10.201.0.2:8080/\0";

	if (!t)
		return;
	/* curl ran and exited before its packets were looked at: no /proc */
	CHECK(proctab__handle_event(t, mk_exec(300, 100, "curl", "/usr/bin/curl", args,
					       sizeof(args)),
				    sizeof(struct pt_proc_exec)) == 0);
	CHECK(ev_exit(t, 300) == 0);
	c = proctab__lookup(t, 300, 300);
	CHECK(c != NULL);
	if (c) {
		CHECK_STR(c->cmd, "/usr/bin/curl");
		CHECK_STR(c->args, "curl -s http://10.201.0.2:8080/");
		CHECK(c->ppid == 100);
		CHECK_STR(c->pcmd, "/opt/fake/bin/bash");
		CHECK(c->uid == 1000);
		CHECK_STR(c->tname, "curl");
	}
	/* a process from before start that exits unseen keeps its comm */
	{
		struct pt_proc_exit x;

		memset(&x, 0, sizeof(x));
		x.h.type = PT_PROC_EV_EXIT;
		x.h.pid = 310;
		x.h.ppid = 100;
		strcpy(x.comm, "oldtimer");
		CHECK(proctab__handle_event(t, &x, sizeof(x)) == 0);
		c = proctab__lookup(t, 310, 0);
		CHECK_STR(c ? c->cmd : NULL, "oldtimer");
		CHECK(c && c->ppid == 100);
	}
	/* truncated argv gets "..." */
	{
		struct pt_proc_exec *e = mk_exec(301, 100, "x", "/bin/x", "a\0b", 3);

		e->flags = PT_PROC_F_ARGS_TRUNC;
		proctab__handle_event(t, e, sizeof(*e));
		c = proctab__lookup(t, 301, 0);
		CHECK_STR(c ? c->args : NULL, "a b...");
	}
	/* busybox re-executing /proc/self/exe: the file's path from its dentries */
	{
		struct pt_proc_exec *e = mk_exec(303, 100, "exe", "/proc/self/exe", "nc\0x", 5);

		e->flags = PT_PROC_F_DPATH;
		e->dpath_n = 2;
		strcpy(e->dpath[0], "busybox");
		strcpy(e->dpath[1], "bin");
		proctab__handle_event(t, e, sizeof(*e));
		c = proctab__lookup(t, 303, 0);
		CHECK_STR(c ? c->cmd : NULL, "/bin/busybox");
		CHECK_STR(c ? c->args : NULL, "nc x");
	}
	/* an exec event's cgroup id that names no container: /proc's v1 lines may */
	{
		static const char cg[] = "/docker/"
			"cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576";
		struct pt_proc_exec *e;
		char *p;

		fake_proc(320, 100, "nc", "/bin/busybox", ARGS("nc\0"), 0, cg);
		p = proc_scan__cgroup(procfs, 320);
		CHECK_STR(p, cg);
		free(p);
		e = mk_exec(320, 100, "nc", "/bin/busybox", "nc", 3);
		e->cgroup_id = 1;
		proctab__handle_event(t, e, sizeof(*e));
		c = proctab__lookup(t, 320, 0);
		CHECK_STR(c ? c->cname : NULL, "ctrtest-dweb");
		CHECK_STR(c ? c->cimage : NULL, "ctrtest-busybox");
		CHECK_STR(c ? c->pod : NULL, "mypod");
		CHECK_STR(c ? c->pod_ns : NULL, "myns");
		p = proc_scan__cgroup(procfs, 100);
		CHECK(p == NULL);
		free(p);
	}
	/* short records and unknown types are refused */
	CHECK(proctab__handle_event(t, mk_exec(302, 1, "y", "/y", "", 0), 40) == -EINVAL);
	{
		struct pt_proc_hdr h = { .type = 99, .pid = 5 };

		CHECK(proctab__handle_event(t, &h, sizeof(h)) == -EINVAL);
	}
	proctab__free(t);
}

static void t_fork_and_reexec(void)
{
	struct proctab *t = proctab__new_table(NULL, procfs);
	const struct proc_ctx *c, *old;
	static const char a2[] = "sh\0-c\0true\0";

	if (!t)
		return;
	/* python forks a worker: the child runs python until it execs */
	CHECK(ev_fork(t, 400, 200, "python3", 0) == 0);
	c = proctab__lookup(t, 400, 0);
	CHECK(c && c->ppid == 200);
	CHECK_STR(c ? c->cmd : NULL, "/opt/fake/bin/python3.11");
	CHECK_STR(c ? c->args : NULL, "python3 -m http.server 8080");
	CHECK_STR(c ? c->pargs : NULL, "python3 -m http.server 8080");
	old = c;
	/* it execs sh: new name, and the old context stays readable until poll */
	proctab__handle_event(t, mk_exec(400, 200, "sh", "/bin/sh", a2, sizeof(a2)),
			      sizeof(struct pt_proc_exec));
	c = proctab__lookup(t, 400, 0);
	CHECK_STR(c ? c->cmd : NULL, "/bin/sh");
	CHECK_STR(c ? c->args : NULL, "sh -c true");
	CHECK_STR(old->cmd, "/opt/fake/bin/python3.11");	/* ASan: not freed yet */
	proctab__poll(t, 0);
	/* pid reuse: a fork of an exited pid replaces the entry */
	ev_exit(t, 400);
	ev_fork(t, 400, 100, "bash", 0);
	c = proctab__lookup(t, 400, 0);
	CHECK_STR(c ? c->cmd : NULL, "/opt/fake/bin/bash");
	CHECK(c && c->ppid == 100);
	proctab__free(t);
}

static void t_bounds(void)
{
	struct proctab_opts o = { .max_procs = 4 };
	struct proctab *t = proctab__new_table(&o, procfs);
	static const char a[] = "p\0";
	int pid;

	if (!t)
		return;
	for (pid = 500; pid < 506; pid++)
		proctab__handle_event(t, mk_exec(pid, 100, "p", "/bin/p", a, sizeof(a)),
				      sizeof(struct pt_proc_exec));
	CHECK(proctab__count(t) == 6);
	ev_exit(t, 501);
	ev_exit(t, 503);
	proctab__lookup(t, 500, 0);	/* 500 becomes the most recently used */
	proctab__poll(t, 0);
	CHECK(proctab__count(t) == 4);
	/* exited went first: 501 and 503 are gone (a lookup gives a bare entry) */
	{
		const struct proc_ctx *c = proctab__lookup(t, 501, 0);

		CHECK(c && c->cmd == NULL);
	}
	CHECK_STR(proctab__lookup(t, 500, 0)->cmd, "/bin/p");
	CHECK_STR(proctab__lookup(t, 505, 0)->cmd, "/bin/p");
	proctab__poll(t, 0);
	CHECK(proctab__count(t) <= 4);
	/* then least recently used live ones: 502 was never looked up */
	{
		int i;

		for (i = 0; i < 20; i++)
			proctab__handle_event(t, mk_exec(600 + i, 100, "q", "/bin/q", a,
							 sizeof(a)),
					      sizeof(struct pt_proc_exec));
		proctab__poll(t, 0);
		CHECK(proctab__count(t) == 4);
	}
	proctab__free(t);
}

static void t_selection(void)
{
	int pids[] = { 200 };
	struct proctab_opts o = { .pids = pids, .n_pids = 1, .follow_forks = 1 };
	struct proctab *t = proctab__new_table(&o, procfs);
	static const char a[] = "curl\0x\0";

	if (!t)
		return;
	CHECK(proctab__selected(t, 200) == 1);
	CHECK(proctab__selected(t, 100) == 0);
	/* -f: a child of 200 joins, a child of 100 does not */
	ev_fork(t, 700, 200, "python3", 0);
	ev_fork(t, 701, 100, "bash", 0);
	CHECK(proctab__selected(t, 700) == 1);
	CHECK(proctab__selected(t, 701) == 0);
	/* and stays selected across its exec, and grandchildren follow */
	proctab__handle_event(t, mk_exec(700, 200, "curl", "/usr/bin/curl", a, sizeof(a)),
			      sizeof(struct pt_proc_exec));
	CHECK(proctab__selected(t, 700) == 1);
	ev_fork(t, 702, 700, "curl", 0);
	CHECK(proctab__selected(t, 702) == 1);
	proctab__free(t);

	/* without -f children are not selected */
	o.follow_forks = 0;
	t = proctab__new_table(&o, procfs);
	if (!t)
		return;
	ev_fork(t, 700, 200, "python3", 0);
	CHECK(proctab__selected(t, 700) == 0);
	/* unless the kernel said so (it saw the selection first) */
	ev_fork(t, 703, 200, "python3", PT_PROC_F_SELECTED);
	CHECK(proctab__selected(t, 703) == 1);
	proctab__free(t);

	/* no selection: everything is selected */
	t = proctab__new_table(NULL, procfs);
	CHECK(t && proctab__selected(t, 12345) == 1);
	CHECK(proctab__sel_map_fd(t) == -1);
	proctab__free(t);
}

static void t_pname(void)
{
	struct proctab_opts o = { .pname = "python3" };
	struct proctab *t = proctab__new_table(&o, procfs);
	static const char a[] = "x\0";

	if (!t)
		return;
	/* existing process found by the start-up scan (comm) */
	CHECK(proctab__selected(t, 200) == 1);
	CHECK(proctab__selected(t, 100) == 0);
	/* new one by exec: by comm, or by the basename of the path */
	proctab__handle_event(t, mk_exec(800, 1, "python3", "/usr/bin/python3", a, sizeof(a)),
			      sizeof(struct pt_proc_exec));
	proctab__handle_event(t, mk_exec(801, 1, "py", "/usr/local/bin/python3", a, sizeof(a)),
			      sizeof(struct pt_proc_exec));
	proctab__handle_event(t, mk_exec(802, 1, "python", "/usr/bin/python", a, sizeof(a)),
			      sizeof(struct pt_proc_exec));
	CHECK(proctab__selected(t, 800) == 1);
	CHECK(proctab__selected(t, 801) == 1);
	CHECK(proctab__selected(t, 802) == 0);
	/* a fork runs the same program, so it matches too; bash's does not */
	ev_fork(t, 803, 800, "python3", 0);
	CHECK(proctab__selected(t, 803) == 1);
	ev_fork(t, 804, 100, "bash", 0);
	CHECK(proctab__selected(t, 804) == 0);
	proctab__free(t);

	/* a long name: comm holds only 15 bytes of it */
	o.pname = "averylongprogramname";
	t = proctab__new_table(&o, procfs);
	if (!t)
		return;
	proctab__handle_event(t, mk_exec(810, 1, "averylongprogra", "/x/averylongprogramname", a,
					 sizeof(a)),
			      sizeof(struct pt_proc_exec));
	CHECK(proctab__selected(t, 810) == 1);
	proctab__free(t);
}

static void t_spawn(void)
{
	struct proctab_opts o = { .spawn = 1 };
	struct proctab *t = proctab__new_table(&o, procfs);
	char *argv[] = { "sh", "-c", "exit 7", NULL };
	int pid, st = -1, i;

	if (!t)
		return;
	pid = proctab__spawn(t, argv);
	CHECK(pid > 0);
	CHECK(proctab__selected(t, pid) == 1);
	CHECK(proctab__selected(t, 1) == 0);
	usleep(20000);
	CHECK(proctab__spawned_exited(t, &st) == 0);	/* waits for release */
	CHECK(proctab__release(t) == 0);
	for (i = 0; i < 500 && !proctab__spawned_exited(t, &st); i++)
		usleep(10000);
	CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 7);
	CHECK(proctab__spawn(t, argv) == -EBUSY);
	proctab__free(t);

	/* never released: the child exits (126) without running the command */
	{
		struct proc_spawn sp;

		proc_spawn__init(&sp);
		pid = proc_spawn__start(&sp, argv);
		CHECK(pid > 0);
		close(sp.fd);
		sp.fd = -1;
		for (i = 0; i < 500 && !proc_spawn__exited(&sp, &st); i++)
			usleep(10000);
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 126);
		proc_spawn__fini(&sp);
	}

	/* never released: freeing the table ends and reaps the child */
	t = proctab__new_table(&o, procfs);
	if (!t)
		return;
	pid = proctab__spawn(t, argv);
	CHECK(pid > 0);
	proctab__free(t);
	if (pid > 0) {
		CHECK(kill(pid, 0) < 0 && errno == ESRCH);
		CHECK(waitpid(pid, &st, WNOHANG) < 0 && errno == ECHILD);
	}
}

static void t_args(void)
{
	char *s;

	s = proc_scan__join_args("a\0bb\0c\0\0", 8, 0);
	CHECK_STR(s, "a bb c");
	free(s);
	s = proc_scan__join_args("", 0, 0);
	CHECK_STR(s, "");
	free(s);
	s = proc_scan__join_args("abc", 3, 1);
	CHECK_STR(s, "abc...");
	free(s);
	/* exe that does not exist is kept as it is */
	s = proc_scan__pick_exe("/nonexistent/x", "/nonexistent/y", "y");
	CHECK_STR(s, "/nonexistent/x");
	free(s);
}

static void t_cgroup_parse(void)
{
	char id[80], uid[80];
	static const char d64[] =
		"cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576";

	CHECK(container__parse_cgroup("/docker/cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK_STR(uid, "");
	CHECK(container__parse_cgroup("/libpod_parent/libpod-cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK(container__parse_cgroup("/libpod_parent/33cb5fc3aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa7303/libpod-cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK(container__parse_cgroup("/kubepods/besteffort/pod1b4e28ba-2fa1-11d2-883f-0016d3cca427/ctrtest-c1",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, "ctrtest-c1");
	CHECK_STR(uid, "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
	CHECK(container__parse_cgroup("/kubepods/pod1b4e28ba-2fa1-11d2-883f-0016d3cca427/cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK(container__parse_cgroup("/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1b4e28ba_2fa1_11d2_883f_0016d3cca427.slice/cri-containerd-cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576.scope",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK_STR(uid, "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
	CHECK(container__parse_cgroup("/system.slice/docker-cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576.scope",
				      id, sizeof(id), uid, sizeof(uid)) == 1);
	CHECK_STR(id, d64);
	CHECK(container__parse_cgroup("/", id, sizeof(id), uid, sizeof(uid)) == 0);
	CHECK(container__parse_cgroup("/user.slice/user-1000.slice/session-2.scope", id,
				      sizeof(id), uid, sizeof(uid)) == 0);
	CHECK(container__parse_cgroup("/libpod_parent/conmon", id, sizeof(id), uid,
				      sizeof(uid)) == 0);
	/* a 32-hex segment of some process manager is not a container */
	CHECK(container__parse_cgroup("/process_api/1e0d40c75eda0251817b7c0cfb16a5a3", id,
				      sizeof(id), uid, sizeof(uid)) == 0);
	CHECK(container__parse_cgroup(NULL, id, sizeof(id), uid, sizeof(uid)) == 0);
}

static void mkdirs(const char *path)
{
	char cmd[1200];

	snprintf(cmd, sizeof(cmd), "mkdir -p '%s'", path);
	if (system(cmd))
		fprintf(stderr, "mkdir failed\n");
}

static void setup_meta(void)
{
	static const char id[] = "cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576";
	static const char podid[] = "5c9e869caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab5b5";
	static const char docker_json[] =
		"{\"ID\":\"cfe2\",\"Name\":\"/ctrtest-dweb\",\"Image\":\"sha256:00\",\n"
		" \"Config\": {\"Hostname\": \"cfe22843a71b\", \"Image\": \"ctrtest-busybox\",\n"
		"   \"Cmd\": [\"sh\", \"-c\", \"x, y\"],\n"
		"   \"Labels\": {\"io.kubernetes.pod.name\": \"mypod\", "
		"\"io.kubernetes.pod.namespace\": \"myns\"}}, \"State\": {\"Pid\": 5}}";
	static const char podman_cfg[] =
		"{\"ociVersion\":\"1.0.2\",\"annotations\":{\"io.container.manager\":\"libpod\","
		"\"io.kubernetes.pod.name\":\"ppod\",\"io.kubernetes.pod.namespace\":\"pns\"}}";
	static const char podman_list[] =
		"[{\"id\":\"aaaa\",\"names\":[\"other\"],\"metadata\":\"{}\"},"
		"{\"id\":\"5c9e869caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab5b5\","
		"\"names\":[\"ctrtest-podctr\"],\"image\":\"1234\",\"metadata\":"
		"\"{\\\"image-name\\\":\\\"localhost/ctrtest-busybox:latest\\\","
		"\\\"name\\\":\\\"ctrtest-podctr\\\"}\"}]";
	static const char ctrd_cfg[] =
		"{\"annotations\":{\"io.kubernetes.cri.container-name\":\"web\","
		"\"io.kubernetes.cri.image-name\":\"localhost/ctrtest-busybox:latest\","
		"\"io.kubernetes.cri.sandbox-name\":\"mypod\","
		"\"io.kubernetes.cri.sandbox-namespace\":\"myns\","
		"\"io.kubernetes.pod.uid\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}}";
	char dir[1000], path[1100];

	snprintf(dir, sizeof(dir), "%s/var/lib/docker/containers/%s", root, id);
	mkdirs(dir);
	snprintf(path, sizeof(path), "%s/config.v2.json", dir);
	write_file(path, docker_json, sizeof(docker_json) - 1);
	snprintf(dir, sizeof(dir), "%s/var/lib/containers/storage/overlay-containers/%s/userdata",
		 root, podid);
	mkdirs(dir);
	snprintf(path, sizeof(path), "%s/config.json", dir);
	write_file(path, podman_cfg, sizeof(podman_cfg) - 1);
	snprintf(path, sizeof(path), "%s/var/lib/containers/storage/overlay-containers/containers.json",
		 root);
	write_file(path, podman_list, sizeof(podman_list) - 1);
	snprintf(dir, sizeof(dir), "%s/run/containerd/io.containerd.runtime.v2.task/k8s.io/ctrtest-c1",
		 root);
	mkdirs(dir);
	snprintf(path, sizeof(path), "%s/config.json", dir);
	write_file(path, ctrd_cfg, sizeof(ctrd_cfg) - 1);

}

static void t_container_meta(void)
{
	static const char id[] = "cfe22843a71ba517794c588d9a187b3af301bddfe963206f670c94fbb64e8576";
	static const char podid[] = "5c9e869caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab5b5";
	char path[1100];
	struct ctr_cache *c;
	const struct ctr_info *ci;

	c = ctr_cache__new(root, 2);
	CHECK(c != NULL);
	if (!c)
		return;
	snprintf(path, sizeof(path), "/docker/%s", id);
	ci = ctr_cache__lookup(c, path);
	CHECK(ci != NULL);
	if (ci) {
		CHECK_STR(ci->id, id);
		CHECK_STR(ci->name, "ctrtest-dweb");
		CHECK_STR(ci->image, "ctrtest-busybox");
		CHECK_STR(ci->labels, "{\"io.kubernetes.pod.name\":\"mypod\","
				      "\"io.kubernetes.pod.namespace\":\"myns\"}");
		CHECK_STR(ci->pod, "mypod");
		CHECK_STR(ci->pod_ns, "myns");
	}
	CHECK(ctr_cache__lookup(c, path) == ci);	/* cached */
	snprintf(path, sizeof(path), "/libpod_parent/libpod-%s", podid);
	ci = ctr_cache__lookup(c, path);
	CHECK(ci != NULL);
	if (ci) {
		CHECK_STR(ci->name, "ctrtest-podctr");
		CHECK_STR(ci->image, "localhost/ctrtest-busybox:latest");
		CHECK_STR(ci->labels, "{}");
		CHECK_STR(ci->pod, "ppod");
		CHECK_STR(ci->pod_ns, "pns");
	}
	/* the cache is full (max 2): still answered, not remembered */
	ci = ctr_cache__lookup(c, "/kubepods/besteffort/pod1b4e28ba-2fa1-11d2-883f-0016d3cca427/ctrtest-c1");
	CHECK(ci == NULL);
	ctr_cache__free(c);

	c = ctr_cache__new(root, 8);
	ci = c ? ctr_cache__lookup(c, "/kubepods/besteffort/pod1b4e28ba-2fa1-11d2-883f-0016d3cca427/ctrtest-c1")
	       : NULL;
	CHECK(ci != NULL);
	if (ci) {
		CHECK_STR(ci->name, "web");
		CHECK_STR(ci->image, "localhost/ctrtest-busybox:latest");
		CHECK_STR(ci->pod, "mypod");
		CHECK_STR(ci->pod_ns, "myns");
		CHECK_STR(ci->pod_uid, "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
	}
	/* unknown runtime: the id names it */
	ci = c ? ctr_cache__lookup(c, "/docker/0123456789ab0123456789ab0123456789ab0123456789ab0123456789ab0123")
	       : NULL;
	CHECK(ci && !strcmp(ci->id, "0123456789ab0123456789ab0123456789ab0123456789ab0123456789ab0123") &&
	      ci->name == NULL);
	ctr_cache__free(c);
}

/* ---- --owner PID FD: debug the kernel side ------------------------------- */

/* one line per answer: newlines in args shown as \\n */
static const char *oneline(const char *s)
{
	static char buf[8][1024];
	static int k;
	char *o = buf[k = (k + 1) % 8];
	size_t n = 0;

	if (!s)
		return "-";
	for (; *s && n < sizeof(buf[0]) - 3; s++) {
		if (*s == '\n') {
			o[n++] = '\\';
			o[n++] = 'n';
		} else {
			o[n++] = *s;
		}
	}
	o[n] = '\0';
	return o;
}

static int owner_one(struct proctab *t, int pid, int fd)
{
	const struct proc_ctx *c;
	struct sk_owner so;
	int pfd, sfd;

	pfd = (int)syscall(SYS_pidfd_open, pid, 0);
	sfd = pfd >= 0 ? (int)syscall(SYS_pidfd_getfd, pfd, fd, 0) : -1;
	if (pfd >= 0)
		close(pfd);
	if (sfd < 0) {
		printf("owner %d/%d: cannot get the socket (%s)\n", pid, fd, strerror(errno));
		return 1;
	}
	if (bpf_map_lookup_elem(proctab__map_fd(t, "sk_owner_map"), &sfd, &so)) {
		printf("owner %d/%d: none (%s)\n", pid, fd, strerror(errno));
		close(sfd);
		return 1;
	}
	close(sfd);
	proctab__poll(t, 0);
	c = proctab__lookup(t, (int)so.pid, (int)so.tid);
	printf("owner %d/%d: pid %u tid %u ppid %u uid %u comm %.16s", pid, fd, so.pid, so.tid,
	       so.ppid, so.uid, so.comm);
	if (c)
		printf(" | cmd %s | args %s | tname %s | ppid %d | pcmd %s | pargs %s",
		       oneline(c->cmd), oneline(c->args), oneline(c->tname), c->ppid,
		       oneline(c->pcmd), oneline(c->pargs));
	printf("\n");
	fflush(stdout);
	return 0;
}

/* "--owner PID FD": one socket; "--owner - -": "PID FD" lines from stdin
 * after printing "ready" (the table runs while the caller makes sockets) */
static int owner_debug(const char *a, const char *b)
{
	char err[256], line[128];
	struct proctab_opts o = { 0 };
	struct proctab *t = proctab__new(&o, err, sizeof(err));
	int rc = 0, pid, fd;

	if (!t) {
		fprintf(stderr, "proctab: %s\n", err);
		return 1;
	}
	if (strcmp(a, "-")) {
		rc = owner_one(t, atoi(a), atoi(b));
	} else {
		printf("ready\n");
		fflush(stdout);
		while (fgets(line, sizeof(line), stdin)) {
			const struct proc_ctx *c;

			if (sscanf(line, "%d %d", &pid, &fd) == 2) {
				rc |= owner_one(t, pid, fd);
			} else if (sscanf(line, "pid %d", &pid) == 1) {
				proctab__poll(t, 0);
				c = proctab__lookup(t, pid, 0);
				printf("pid %d: cmd %s | args %s | ppid %d | pcmd %s | pargs %s\n", pid,
				       oneline(c ? c->cmd : NULL), oneline(c ? c->args : NULL),
				       c ? c->ppid : 0, oneline(c ? c->pcmd : NULL),
				       oneline(c ? c->pargs : NULL));
				fflush(stdout);
			}
		}
	}
	proctab__free(t);
	return rc;
}

int main(int argc, char **argv)
{
	char cmd[400];

	if (argc == 4 && !strcmp(argv[1], "--owner"))
		return owner_debug(argv[2], argv[3]);
	snprintf(root, sizeof(root), "/tmp/test_proctab.XXXXXX");
	if (!mkdtemp(root)) {
		perror("mkdtemp");
		return 2;
	}
	snprintf(procfs, sizeof(procfs), "%s/proc", root);
	mkdir(procfs, 0755);
	setup_tree();
	setup_meta();

	run("lazy /proc read, parent, threads", t_lazy_proc);
	run("exec event names a short-lived process", t_exec_short_lived);
	run("fork copies the forker, exec replaces, pid reuse", t_fork_and_reexec);
	run("max_procs bound, exited evicted first", t_bounds);
	run("--pid and -f selection", t_selection);
	run("--pname selection", t_pname);
	run("-- command spawn and release", t_spawn);
	run("argv joining and exe naming", t_args);
	run("cgroup path -> container id", t_cgroup_parse);
	run("container and pod metadata", t_container_meta);

	gone(0);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	if (system(cmd))
		fprintf(stderr, "cleanup failed\n");
	return harness_end(NULL);
}
