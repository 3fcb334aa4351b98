// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: process context <-> pcapng opt_comment texts (upstream ptcpdump layout)
 *
 * One comment per context block, "Key: value" lines joined by '\n':
 *   PID/Cmd/Args, ThreadId/ThreadName, UserId, ParentPID/ParentCmd/ParentArgs,
 *   ContainerName/ContainerId/ContainerImage/ContainerLabels,
 *   PodName/PodNamespace/PodUID/PodLabels/PodAnnotations.
 * Reading also takes TID, Command and ParentCommand (older upstream files)
 * and ignores keys it does not know (GroupId). A comment whose first line
 * is not a known key is not process info: it is handed back as is.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/opts.h"
#include "capfile_int.h"

enum field {
	F_NONE,
	F_PID, F_CMD, F_ARGS, F_TID, F_TNAME, F_UID, F_GID,
	F_PPID, F_PCMD, F_PARGS,
	F_CNAME, F_CID, F_CIMAGE, F_CLABELS,
	F_POD, F_POD_NS, F_POD_UID, F_POD_LABELS, F_POD_ANN,
};

static const struct {
	const char *key;
	enum field f;
} keys[] = {
	{ "PID", F_PID },
	{ "Cmd", F_CMD },
	{ "Command", F_CMD },
	{ "Args", F_ARGS },
	{ "ThreadId", F_TID },
	{ "TID", F_TID },
	{ "ThreadName", F_TNAME },
	{ "UserId", F_UID },
	{ "GroupId", F_GID },
	{ "ParentPID", F_PPID },
	{ "ParentCmd", F_PCMD },
	{ "ParentCommand", F_PCMD },
	{ "ParentArgs", F_PARGS },
	{ "ContainerName", F_CNAME },
	{ "ContainerId", F_CID },
	{ "ContainerImage", F_CIMAGE },
	{ "ContainerLabels", F_CLABELS },
	{ "PodName", F_POD },
	{ "PodNamespace", F_POD_NS },
	{ "PodUID", F_POD_UID },
	{ "PodLabels", F_POD_LABELS },
	{ "PodAnnotations", F_POD_ANN },
};

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* key of the line [s, e): the known field, or F_NONE; *val gets the value start */
static enum field line_key(char *s, char *e, char **val)
{
	char *colon = memchr(s, ':', (size_t)(e - s));
	char *ke;
	size_t i, kl;

	if (!colon)
		return F_NONE;
	while (s < colon && is_space(*s))
		s++;
	ke = colon;
	while (ke > s && is_space(ke[-1]))
		ke--;
	kl = (size_t)(ke - s);
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strlen(keys[i].key) == kl && memcmp(keys[i].key, s, kl) == 0) {
			*val = colon + 1;
			return keys[i].f;
		}
	}
	return F_NONE;
}

static int to_int(const char *s)
{
	long v;
	char *end;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || v > INT_MAX || v < INT_MIN)
		return 0;
	return (int)v;
}

void cf_proc_reset(struct cf_proc *p)
{
	p->store.len = 0;
	p->extra.len = 0;
	if (p->extra.p)
		p->extra.p[0] = 0;
	p->has_proc = 0;
}

int cf_proc_add_comment(struct cf_proc *p, const char *text, size_t len)
{
	/* a comment may hold NULs: it ends at the first one */
	const char *nul = memchr(text, 0, len);

	if (nul)
		len = (size_t)(nul - text);
	if (cf_buf_append(&p->store, text, len) < 0)
		return -ENOMEM;
	/* cf_buf_append leaves a NUL after the text: keep it as separator */
	p->store.len++;
	return 0;
}

static void set_field(struct proc_ctx *c, enum field f, char *v)
{
	switch (f) {
	case F_PID: c->pid = to_int(v); break;
	case F_CMD: c->cmd = v; break;
	case F_ARGS: c->args = v; break;
	case F_TID: c->tid = to_int(v); break;
	case F_TNAME: c->tname = v; break;
	case F_UID: c->uid = to_int(v); c->has_uid = 1; break;
	case F_PPID: c->ppid = to_int(v); break;
	case F_PCMD: c->pcmd = v; break;
	case F_PARGS: c->pargs = v; break;
	case F_CNAME: c->cname = v; break;
	case F_CID: c->cid = v; break;
	case F_CIMAGE: c->cimage = v; break;
	case F_CLABELS: c->clabels = v; break;
	case F_POD: c->pod = v; break;
	case F_POD_NS: c->pod_ns = v; break;
	case F_POD_UID: c->pod_uid = v; break;
	case F_POD_LABELS: c->pod_labels = v; break;
	case F_POD_ANN: c->pod_annotations = v; break;
	case F_GID:
	case F_NONE:
		break;
	}
}

/* parse one NUL-terminated comment in place */
static void parse_comment(struct cf_proc *p, char *s, size_t len)
{
	char *end = s + len, *line, *le, *v = NULL, *ve;
	enum field f;
	int first = 1;

	for (line = s; line < end; line = le + 1) {
		le = memchr(line, '\n', (size_t)(end - line));
		if (!le)
			le = end;
		f = line_key(line, le, &v);
		if (first) {
			/* skip blank lines before deciding what this comment is */
			char *q = line;

			while (q < le && is_space(*q))
				q++;
			if (q == le && le < end)
				continue;
			first = 0;
			if (f == F_NONE) {
				if (p->extra.len)
					cf_buf_append(&p->extra, "\n", 1);
				cf_buf_append(&p->extra, s, len);
				return;
			}
		}
		if (f == F_NONE)
			continue;
		while (v < le && is_space(*v))
			v++;
		ve = le;
		while (ve > v && is_space(ve[-1]))
			ve--;
		*ve = 0;
		set_field(&p->ctx, f, v);
		p->has_proc = 1;
	}
}

static int nonempty(const char *s)
{
	return s && *s;
}

void cf_proc_finish(struct cf_proc *p)
{
	struct proc_ctx *c = &p->ctx;
	size_t off = 0, l;

	memset(c, 0, sizeof(*c));
	while (off < p->store.len) {
		char *s = (char *)p->store.p + off;

		l = strlen(s);
		parse_comment(p, s, l);
		off += l + 1;
	}
	/* the name is written without docker's leading '/': read it so too */
	while (c->cname && *c->cname == '/')
		c->cname++;
	/*
	 * Process info is what the writer would write back and the printer
	 * shows: a process (PID > 0), a container or a pod. Keys alone (a
	 * UserId, an unparsable PID) make no process, so such a packet prints
	 * and round-trips like one without comments.
	 */
	if (p->has_proc && c->pid <= 0 && !nonempty(c->cname) && !nonempty(c->cid) &&
	    !nonempty(c->pod))
		p->has_proc = 0;
}

void cf_proc_free(struct cf_proc *p)
{
	cf_buf_free(&p->store);
	cf_buf_free(&p->extra);
}

/* ---- writing ---- */

struct fmt {
	char stack[2048];
	char *p;
	size_t len, cap;
	int oom;
};

static void fmt_add(struct fmt *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t nc = b->cap * 2;
		char *np;

		while (nc < b->len + n + 1)
			nc *= 2;
		np = b->p == b->stack ? malloc(nc) : realloc(b->p, nc);
		if (!np) {
			b->oom = 1;
			return;
		}
		if (b->p == b->stack)
			memcpy(np, b->stack, b->len);
		b->p = np;
		b->cap = nc;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

/* "Key: value" on its own line; line breaks inside the value become spaces */
static void fmt_kv(struct fmt *b, const char *key, const char *val)
{
	const char *s = val ? val : "";
	size_t i, start;

	if (b->len)
		fmt_add(b, "\n", 1);
	fmt_add(b, key, strlen(key));
	fmt_add(b, ": ", 2);
	start = b->len;
	fmt_add(b, s, strlen(s));
	if (b->oom)
		return;
	for (i = start; i < b->len; i++)
		if (b->p[i] == '\n' || b->p[i] == '\r')
			b->p[i] = ' ';
}

static void fmt_ki(struct fmt *b, const char *key, int v)
{
	char num[16];

	snprintf(num, sizeof(num), "%d", v);
	fmt_kv(b, key, num);
}

static void fmt_emit(struct fmt *b, void (*emit)(void *, const char *, size_t), void *arg)
{
	if (!b->oom && b->len)
		emit(arg, b->p, b->len);
	b->len = 0;
	b->oom = 0;
}

static const char *json_or_empty(const char *s)
{
	return s && *s ? s : "{}";
}

void proc_ctx_select(const struct proc_ctx *in, unsigned mask, struct proc_ctx *out)
{
	*out = *in;
	if (!mask)
		return;
	if (!(mask & PT_CTX_PROCESS))
		out->pid = 0;
	if (!(mask & PT_CTX_THREAD))
		out->tid = 0;
	if (!(mask & PT_CTX_USER))
		out->has_uid = 0;
	if (!(mask & PT_CTX_PARENTPROC))
		out->ppid = 0;
	if (!(mask & PT_CTX_CONTAINER)) {
		out->cname = NULL;
		out->cid = NULL;
	}
	if (!(mask & PT_CTX_POD))
		out->pod = NULL;
}

void capfile_proc_comments(const struct proc_ctx *c,
			   void (*emit)(void *arg, const char *text, size_t len), void *arg)
{
	struct fmt b;

	if (!c)
		return;
	b.p = b.stack;
	b.cap = sizeof(b.stack);
	b.len = 0;
	b.oom = 0;
	b.stack[0] = 0;
	if (c->pid > 0) {
		fmt_ki(&b, "PID", c->pid);
		fmt_kv(&b, "Cmd", c->cmd);
		fmt_kv(&b, "Args", c->args);
		fmt_emit(&b, emit, arg);
		if (c->tid > 0) {
			fmt_ki(&b, "ThreadId", c->tid);
			fmt_kv(&b, "ThreadName", c->tname);
			fmt_emit(&b, emit, arg);
		}
		if (c->has_uid) {
			fmt_ki(&b, "UserId", c->uid);
			fmt_emit(&b, emit, arg);
		}
		if (c->ppid > 0) {
			fmt_ki(&b, "ParentPID", c->ppid);
			fmt_kv(&b, "ParentCmd", c->pcmd);
			fmt_kv(&b, "ParentArgs", c->pargs);
			fmt_emit(&b, emit, arg);
		}
	}
	if ((c->cname && *c->cname) || (c->cid && *c->cid)) {
		const char *name = c->cname ? c->cname : "";

		while (*name == '/')
			name++;
		fmt_kv(&b, "ContainerName", name);
		fmt_kv(&b, "ContainerId", c->cid);
		fmt_kv(&b, "ContainerImage", c->cimage);
		fmt_kv(&b, "ContainerLabels", json_or_empty(c->clabels));
		fmt_emit(&b, emit, arg);
	}
	if (c->pod && *c->pod) {
		fmt_kv(&b, "PodName", c->pod);
		fmt_kv(&b, "PodNamespace", c->pod_ns);
		fmt_kv(&b, "PodUID", c->pod_uid);
		fmt_kv(&b, "PodLabels", json_or_empty(c->pod_labels));
		fmt_kv(&b, "PodAnnotations", json_or_empty(c->pod_annotations));
		fmt_emit(&b, emit, arg);
	}
	if (b.p != b.stack)
		free(b.p);
}
