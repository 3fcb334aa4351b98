// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: splice the translated pcap filter into the capture programs
 *
 * libbpf 1.1 appends subprograms and applies relocations during load, by
 * original instruction index, so the code cannot be changed after open.
 * A custom SEC("ptcap/...") handler's prog_prepare_load_fn runs after
 * all of that and whatever instructions it sets are loaded. pt_filter() is
 * the capture programs' only subprogram, so libbpf appends it last: its
 * body (from its func_info offset to the end) is replaced by the
 * translated filter, and line info past its first instruction is dropped.
 * A program whose name has "raw" in it gets the raw-IP filter.
 */
#include "live_int.h"

#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "../../bpf/ptcpdump.h"

#define STUB_NAME "pt_filter"

static int find_stub(const struct splice *s, const struct bpf_prog_load_opts *o, __u32 *start)
{
	const struct btf *btf = bpf_object__btf(s->obj);
	const char *fi = o->func_info;
	__u32 i, found = 0, last = 0;

	if (!btf || !fi || o->func_info_rec_size < sizeof(struct bpf_func_info))
		return -ENOENT;
	for (i = 0; i < o->func_info_cnt; i++) {
		const struct bpf_func_info *f = (const void *)(fi + (size_t)i * o->func_info_rec_size);
		const struct btf_type *t = btf__type_by_id(btf, f->type_id);
		const char *name = t ? btf__name_by_offset(btf, t->name_off) : NULL;

		if (f->insn_off > last)
			last = f->insn_off;
		if (name && strcmp(name, STUB_NAME) == 0) {
			*start = f->insn_off;
			found = 1;
		}
	}
	if (!found)
		return -ENOENT;
	return last == *start ? 0 : -ENOTSUP;	/* must be the last function */
}

static int prepare(struct bpf_program *prog, struct bpf_prog_load_opts *o, long cookie)
{
	struct splice *s = (struct splice *)cookie;
	const struct bpf_insn *old = bpf_program__insns(prog);
	size_t old_n = bpf_program__insn_cnt(prog), n;
	const char *name = bpf_program__name(prog);
	int link = strstr(name, "raw") ? PT_LINK_RAW : PT_LINK_ETH;
	struct bpf_insn *ni;
	__u32 start = 0, i;
	int err;

	if (!s->body[link]) {
		err = -EINVAL;
		snprintf(s->err, sizeof(s->err), "%s: no filter code", name);
		goto fail;
	}
	err = find_stub(s, o, &start);
	if (err < 0 || start >= old_n) {
		snprintf(s->err, sizeof(s->err), "%s: cannot find the filter stub", name);
		err = err < 0 ? err : -ENOENT;
		goto fail;
	}
	n = start + (size_t)s->n[link];
	ni = malloc(n * sizeof(*ni));
	if (!ni) {
		err = -ENOMEM;
		goto fail;
	}
	memcpy(ni, old, start * sizeof(*ni));
	memcpy(ni + start, s->body[link], (size_t)s->n[link] * sizeof(*ni));
	err = bpf_program__set_insns(prog, ni, n);
	free(ni);
	if (err < 0) {
		snprintf(s->err, sizeof(s->err), "%s: cannot set the filter code", name);
		goto fail;
	}
	if (o->line_info && o->line_info_rec_size >= sizeof(struct bpf_line_info)) {
		const char *li = o->line_info;

		for (i = 0; i < o->line_info_cnt; i++) {
			const struct bpf_line_info *l =
				(const void *)(li + (size_t)i * o->line_info_rec_size);

			if (l->insn_off > start)
				break;
		}
		o->line_info_cnt = i;
	}
	return 0;
fail:
	if (!s->rc)
		s->rc = err;
	return err;
}

/* the capture programs' sections: TC/TCX, socket filters */
static const struct {
	const char *sec;
	enum bpf_prog_type type;
	enum bpf_attach_type attach;
} sections[SPLICE_SECTIONS] = {
	{ "ptcap/", BPF_PROG_TYPE_SCHED_CLS, 0 },
	{ "ptsock/", BPF_PROG_TYPE_SOCKET_FILTER, 0 },
	{ "ptcg/", BPF_PROG_TYPE_CGROUP_SKB, 0 },
	{ "pttp/", BPF_PROG_TYPE_TRACING, BPF_TRACE_RAW_TP },
};

int splice__register(struct splice *s)
{
	LIBBPF_OPTS(libbpf_prog_handler_opts, ho, .cookie = (long)s, .prog_prepare_load_fn = prepare);
	int i, id;

	for (i = 0; i < SPLICE_SECTIONS; i++) {
		id = libbpf_register_prog_handler(sections[i].sec, sections[i].type,
						  sections[i].attach, &ho);
		if (id < 0) {
			splice__unregister(s);
			return id;
		}
		s->handler[i] = id;
	}
	return 0;
}

void splice__unregister(struct splice *s)
{
	for (int i = 0; i < SPLICE_SECTIONS; i++) {
		if (s->handler[i] >= 0)
			(void)libbpf_unregister_prog_handler(s->handler[i]);
		s->handler[i] = -1;
	}
}
