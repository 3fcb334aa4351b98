// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: attach capture programs to TC: TCX links, clsact filters as fallback
 *
 * TCX links (kernel 6.6+) belong to their fd: they disappear with the
 * process, even after kill -9, and several instances append to the same
 * hook without disturbing each other. libbpf 1.1 lacks the attach type
 * names, so the numbers are spelled out.
 *
 * Fallback: clsact filters, which outlive the process. Each instance takes
 * a slot 0..63 guarded by an flock()ed file in /run/ptcpdump; its filters
 * use handle PT_TC_HANDLE + slot and priority PT_TC_PRIO + slot. At start
 * every slot whose lock nobody holds belongs to a dead instance: its
 * filters (checked by program name) are removed.
 */
#include "live_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#define PT_TCX_INGRESS 46	/* BPF_TCX_INGRESS */
#define PT_TCX_EGRESS 47	/* BPF_TCX_EGRESS */
#define PT_F_BEFORE (1U << 3)	/* BPF_F_BEFORE: without a relative program, the head */
#define PT_TC_HANDLE 0x70740000u
#define PT_TC_PRIO 0xc000u
#define PT_TC_SLOTS 64
#define PT_RUN_DIR "/run/ptcpdump"

void tc__init(struct tc_ctx *t)
{
	const char *e = getenv("PTCPDUMP_FORCE_CLSACT");

	memset(t, 0, sizeof(*t));
	t->force_clsact = e && *e == '1';
	t->tcx_ok = t->force_clsact ? 0 : -1;
	t->slot = -1;
	t->slot_fd = -1;
}

static int slot_open(int s)
{
	char path[64];

	snprintf(path, sizeof(path), PT_RUN_DIR "/tc-slot-%d.lock", s);
	return open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

/* take the first free slot */
static int slot_take(struct tc_ctx *t)
{
	int s, fd;

	if (t->slot >= 0)
		return 0;
	if (mkdir(PT_RUN_DIR, 0700) < 0 && errno != EEXIST)
		return -errno;
	for (s = 0; s < PT_TC_SLOTS; s++) {
		fd = slot_open(s);
		if (fd < 0)
			return -errno;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			t->slot = s;
			t->slot_fd = fd;
			return 0;
		}
		close(fd);
	}
	return -EBUSY;
}

static int is_our_prog(__u32 prog_id)
{
	struct bpf_prog_info info = { 0 };
	__u32 len = sizeof(info);
	int fd = bpf_prog_get_fd_by_id(prog_id), ok;

	if (fd < 0)
		return 0;
	ok = bpf_obj_get_info_by_fd(fd, &info, &len) == 0 &&
	     (strncmp(info.name, "pt_eth_", 7) == 0 || strncmp(info.name, "pt_raw_", 7) == 0);
	close(fd);
	return ok;
}

static void clsact_remove(int ifindex, int egress, int s, int check)
{
	LIBBPF_OPTS(bpf_tc_hook, hook, .ifindex = ifindex,
		    .attach_point = egress ? BPF_TC_EGRESS : BPF_TC_INGRESS);
	LIBBPF_OPTS(bpf_tc_opts, q, .handle = PT_TC_HANDLE + (__u32)s, .priority = PT_TC_PRIO + (__u32)s);
	LIBBPF_OPTS(bpf_tc_opts, d, .handle = PT_TC_HANDLE + (__u32)s, .priority = PT_TC_PRIO + (__u32)s);

	if (check) {
		if (bpf_tc_query(&hook, &q) < 0 || !is_our_prog(q.prog_id))
			return;
	}
	(void)bpf_tc_detach(&hook, &d);
}

void tc__clean_stale(struct tc_ctx *t, const int *ifindex, size_t n)
{
	size_t i;
	int s, fd;

	if (t->tcx_ok == 1)
		return;
	if (mkdir(PT_RUN_DIR, 0700) < 0 && errno != EEXIST)
		return;
	for (s = 0; s < PT_TC_SLOTS; s++) {
		char path[64];

		if (s == t->slot)
			continue;
		snprintf(path, sizeof(path), PT_RUN_DIR "/tc-slot-%d.lock", s);
		if (access(path, F_OK) < 0)
			continue;
		fd = open(path, O_RDWR | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
			for (i = 0; i < n; i++) {
				clsact_remove(ifindex[i], 0, s, 1);
				clsact_remove(ifindex[i], 1, s, 1);
			}
			(void)unlink(path);
		}
		close(fd);
	}
}

static int clsact_attach(struct tc_ctx *t, int prog_fd, int ifindex, int egress, struct tc_att *a)
{
	LIBBPF_OPTS(bpf_tc_hook, hook, .ifindex = ifindex,
		    .attach_point = egress ? BPF_TC_EGRESS : BPF_TC_INGRESS);
	LIBBPF_OPTS(bpf_tc_opts, o, .prog_fd = prog_fd);
	int err = slot_take(t);

	if (err < 0)
		return err;
	o.handle = PT_TC_HANDLE + (__u32)t->slot;
	o.priority = PT_TC_PRIO + (__u32)t->slot;
	err = bpf_tc_hook_create(&hook);
	if (err < 0 && err != -EEXIST)
		return err;
	/* a filter of ours left from an earlier run in this slot: replace it */
	o.flags = BPF_TC_F_REPLACE;
	err = bpf_tc_attach(&hook, &o);
	if (err < 0)
		return err;
	a->clsact = 1;
	a->handle = o.handle;
	a->prio = o.priority;
	return 0;
}

int tc__attach(struct tc_ctx *t, int prog_fd, int ifindex, int egress, struct tc_att *a)
{
	int fd;

	memset(a, 0, sizeof(*a));
	a->ifindex = ifindex;
	a->egress = egress;
	a->link_fd = -1;
	if (t->disabled)
		return -EOPNOTSUPP;
	if (t->tcx_ok != 0) {
		/* like AF_PACKET taps: ingress before the other TC programs (which
		 * may drop or redirect), egress after them (at the end) */
		LIBBPF_OPTS(bpf_link_create_opts, lo, .flags = egress ? 0 : PT_F_BEFORE);

		fd = bpf_link_create(prog_fd, ifindex,
				     (enum bpf_attach_type)(egress ? PT_TCX_EGRESS : PT_TCX_INGRESS),
				     &lo);
		if (fd >= 0) {
			t->tcx_ok = 1;
			a->link_fd = fd;
			return 0;
		}
		fd = -errno;
		/* ENODEV/ENXIO: the device is gone; anything else first time: no TCX */
		if (fd == -ENODEV || fd == -ENXIO || t->tcx_ok == 1)
			return fd;
		t->tcx_ok = 0;
	}
	return clsact_attach(t, prog_fd, ifindex, egress, a);
}

void tc__detach(struct tc_ctx *t, struct tc_att *a)
{
	(void)t;
	if (a->link_fd >= 0) {
		close(a->link_fd);
		a->link_fd = -1;
	}
	if (a->clsact) {
		LIBBPF_OPTS(bpf_tc_hook, hook, .ifindex = a->ifindex,
			    .attach_point = a->egress ? BPF_TC_EGRESS : BPF_TC_INGRESS);
		LIBBPF_OPTS(bpf_tc_opts, d, .handle = a->handle, .priority = a->prio);

		(void)bpf_tc_detach(&hook, &d);
		a->clsact = 0;
	}
}

void tc__fini(struct tc_ctx *t)
{
	char path[64];

	if (t->slot_fd >= 0) {
		snprintf(path, sizeof(path), PT_RUN_DIR "/tc-slot-%d.lock", t->slot);
		(void)unlink(path);
		close(t->slot_fd);
	}
	t->slot = -1;
	t->slot_fd = -1;
}
