// SPDX-License-Identifier: GPL-2.0
/* \summary: the text sink: one packet -> ptcpdump's line (tcpdump's text plus process info) */
#include "output.h"

#include <errno.h>
#include <pcap/dlt.h>
#include <string.h>

#include "core/esc.h"
#include "core/proc.h"

#ifndef DLT_LINUX_SLL2
#define DLT_LINUX_SLL2 276
#endif

int output__init(struct output *o, const struct pt_opts *po, FILE *f)
{
	memset(o, 0, sizeof(*o));
	o->po = po;
	o->f = f;
	strbuf_init(&o->line);
	strbuf_init(&o->fold);
	o->dx = dx__new(po);
	return o->dx ? 0 : -ENOMEM;
}

void output__fini(struct output *o)
{
	dx__free(o->dx);
	strbuf_free(&o->line);
	strbuf_free(&o->fold);
}

static void put_int(struct strbuf *sb, long long v)
{
	if (v < 0) {
		strbuf_putc(sb, '-');
		v = -v;
	}
	strbuf_putu(sb, (unsigned long long)v);
}

static void put_field(struct strbuf *sb, const char *s)
{
	esc_append_str(sb, s ? s : "");
}

/* "comm.pid" (tcpdump-safe) */
static void put_comm_pid(struct strbuf *sb, const char *path, int pid)
{
	put_field(sb, proc_basename(path));
	strbuf_putc(sb, '.');
	put_int(sb, pid);
}

/* labels and annotations: "{}" when empty, as the pcapng writer puts them */
static const char *json_or_empty(const char *s)
{
	return s && *s ? s : "{}";
}

/* as the pcapng writer decides: a container has a name or an id */
static int has_container(const struct proc_ctx *p)
{
	return (p->cname && *p->cname) || (p->cid && *p->cid);
}

/* --context: 0 selects every block */
static int ctx_on(const struct output *o, unsigned bit)
{
	return !o->po->context || (o->po->context & bit);
}

static void proc_suffix(const struct output *o, struct strbuf *sb, const struct proc_ctx *p)
{
	if (ctx_on(o, PT_CTX_THREAD) && p->pid > 0 && p->tid > 0 && p->tid != p->pid) {
		strbuf_puts(sb, ", Thread [");
		put_field(sb, p->tname);
		strbuf_putc(sb, '.');
		put_int(sb, p->tid);
		strbuf_putc(sb, ']');
	}
	if (ctx_on(o, PT_CTX_PARENTPROC) && p->pid > 0 && p->ppid > 0) {
		strbuf_puts(sb, ", ParentProc [");
		put_comm_pid(sb, p->pcmd, p->ppid);
		strbuf_putc(sb, ']');
	}
	if (ctx_on(o, PT_CTX_CONTAINER) && has_container(p)) {
		strbuf_puts(sb, ", Container [");
		put_field(sb, p->cname);
		strbuf_putc(sb, ']');
	}
	if (ctx_on(o, PT_CTX_POD) && p->pod && *p->pod) {
		strbuf_puts(sb, ", Pod [");
		put_field(sb, p->pod);
		strbuf_putc(sb, '.');
		put_field(sb, p->pod_ns);
		strbuf_putc(sb, ']');
	}
}

static void proc_verbose(const struct output *o, struct strbuf *sb, const struct proc_ctx *p)
{
	if (ctx_on(o, PT_CTX_PROCESS) && p->pid > 0) {
		strbuf_puts(sb, "\n    Process (pid ");
		put_int(sb, p->pid);
		strbuf_puts(sb, ", cmd ");
		put_field(sb, p->cmd);
		strbuf_puts(sb, ", args ");
		put_field(sb, p->args);
		strbuf_putc(sb, ')');
		if (ctx_on(o, PT_CTX_THREAD) && p->tid > 0) {
			strbuf_puts(sb, "\n    Thread (tid ");
			put_int(sb, p->tid);
			strbuf_puts(sb, ", name ");
			put_field(sb, p->tname);
			strbuf_putc(sb, ')');
		}
		if (ctx_on(o, PT_CTX_USER) && p->has_uid) {
			strbuf_puts(sb, "\n    User (uid ");
			put_int(sb, p->uid);
			strbuf_putc(sb, ')');
		}
		if (ctx_on(o, PT_CTX_PARENTPROC) && p->ppid > 0) {
			strbuf_puts(sb, "\n    ParentProc (pid ");
			put_int(sb, p->ppid);
			strbuf_puts(sb, ", cmd ");
			put_field(sb, p->pcmd);
			strbuf_puts(sb, ", args ");
			put_field(sb, p->pargs);
			strbuf_putc(sb, ')');
		}
	}
	if (ctx_on(o, PT_CTX_CONTAINER) && has_container(p)) {
		strbuf_puts(sb, "\n    Container (name ");
		put_field(sb, p->cname);
		strbuf_puts(sb, ", id ");
		put_field(sb, p->cid);
		strbuf_puts(sb, ", image ");
		put_field(sb, p->cimage);
		strbuf_puts(sb, ", labels ");
		put_field(sb, json_or_empty(p->clabels));
		strbuf_putc(sb, ')');
	}
	if (ctx_on(o, PT_CTX_POD) && p->pod && *p->pod) {
		strbuf_puts(sb, "\n    Pod (name ");
		put_field(sb, p->pod);
		strbuf_puts(sb, ", namespace ");
		put_field(sb, p->pod_ns);
		strbuf_puts(sb, ", UID ");
		put_field(sb, p->pod_uid);
		strbuf_puts(sb, ", labels ");
		put_field(sb, json_or_empty(p->pod_labels));
		strbuf_puts(sb, ", annotations ");
		put_field(sb, json_or_empty(p->pod_annotations));
		strbuf_putc(sb, ')');
	}
}

/* tcpdump's MAXIMUM_SNAPLEN: its sanity limit on a record's lengths */
#define TCPDUMP_MAX_SNAPLEN 262144u

/*
 * tcpdump 4.99 checks a record's lengths before anything else and prints
 * only "[Invalid header: ...]" (no time stamp, no dump) for a bad one.
 * Returns 1 when it printed that.
 */
static int invalid_header(const struct pkt *pkt, struct strbuf *sb)
{
	const char *sep = "[Invalid header:";
	char b[48];

	if (pkt->caplen == 0) {
		strbuf_puts(sb, "[Invalid header: caplen==0");
		sep = ",";
	}
	if (pkt->len == 0) {
		strbuf_puts(sb, sep);
		strbuf_puts(sb, " len==0");
		sep = ",";
	} else if (pkt->len < pkt->caplen) {
		strbuf_puts(sb, sep);
		snprintf(b, sizeof(b), " len(%u) < caplen(%u)", pkt->len, pkt->caplen);
		strbuf_puts(sb, b);
		sep = ",";
	}
	if (pkt->caplen > TCPDUMP_MAX_SNAPLEN) {
		strbuf_puts(sb, sep);
		snprintf(b, sizeof(b), " caplen(%u) > %u", pkt->caplen, TCPDUMP_MAX_SNAPLEN);
		strbuf_puts(sb, b);
		sep = ",";
	}
	if (pkt->len > TCPDUMP_MAX_SNAPLEN) {
		strbuf_puts(sb, sep);
		snprintf(b, sizeof(b), " len(%u) > %u", pkt->len, TCPDUMP_MAX_SNAPLEN);
		strbuf_puts(sb, b);
		sep = ",";
	}
	if (sep[0] != ',')
		return 0;
	strbuf_putc(sb, ']');
	return 1;
}

/* --oneline: the lines from start on, each trimmed, joined with ", " (upstream's) */
static void one_line(struct output *o, struct strbuf *sb, size_t start)
{
	struct strbuf *t = &o->fold;
	size_t i, n = sb->len - start;
	int sep = 0;

	if (!memchr(sb->buf + start, '\n', n))
		return;
	strbuf_reset(t);
	strbuf_add(t, sb->buf + start, n);
	if (t->oom)
		return;
	sb->len = start;
	for (i = 0; i < t->len;) {
		size_t e = i, a, b;

		while (e < t->len && t->buf[e] != '\n')
			e++;
		for (a = i; a < e && (t->buf[a] == ' ' || t->buf[a] == '\t'); a++)
			;
		for (b = e; b > a && (t->buf[b - 1] == ' ' || t->buf[b - 1] == '\t'); b--)
			;
		if (b > a) {
			if (sep)
				strbuf_puts(sb, ", ");
			strbuf_add(sb, t->buf + a, b - a);
			sep = 1;
		}
		i = e + 1;
	}
	sb->buf[sb->len] = '\0';
}

void output__format(struct output *o, const struct pkt *pkt, struct strbuf *sb)
{
	const struct proc_ctx *p = pkt->proc;
	size_t start = sb->len;
	/* cooked captures print interface and direction themselves */
	int cooked = pkt->linktype == DLT_LINUX_SLL || pkt->linktype == DLT_LINUX_SLL2;
	int prefix = !cooked && (p || pkt->dir != PKT_DIR_UNKNOWN);
	unsigned hdrlen;

	if (o->po->number) {
		char b[24];

		snprintf(b, sizeof(b), "%5llu  ", (unsigned long long)pkt->num);
		strbuf_puts(sb, b);
	}
	if (invalid_header(pkt, sb))
		return;
	dx__timestamp(o->dx, pkt, sb);
	if (prefix) {
		if (pkt->ifname) {
			put_field(sb, pkt->ifname);
			strbuf_putc(sb, ' ');
		}
		if (p && p->pid > 0 && !o->po->verbose && ctx_on(o, PT_CTX_PROCESS)) {
			put_comm_pid(sb, p->cmd, p->pid);
			strbuf_putc(sb, ' ');
		}
		if (pkt->dir == PKT_DIR_IN)
			strbuf_puts(sb, "In ");
		else if (pkt->dir == PKT_DIR_OUT)
			strbuf_puts(sb, "Out ");
	}
	hdrlen = dx__packet(o->dx, pkt, sb, NULL);
	if (p) {
		if (o->po->verbose)
			proc_verbose(o, sb, p);
		else
			proc_suffix(o, sb, p);
	}
	if (o->po->oneline)
		one_line(o, sb, start);
	dx__dump(o->dx, pkt, hdrlen, sb);
}

int output__packet(struct output *o, const struct pkt *pkt)
{
	strbuf_reset(&o->line);
	output__format(o, pkt, &o->line);
	strbuf_putc(&o->line, '\n');
	if (o->line.oom)
		return -ENOMEM;
	if (fwrite(o->line.buf, 1, o->line.len, o->f) != o->line.len) {
		o->err = errno ? errno : EIO;
		return -o->err;
	}
	if (o->po->packet_buffered || o->po->line_buffered) {
		if (fflush(o->f) != 0) {
			o->err = errno ? errno : EIO;
			return -o->err;
		}
	}
	return 0;
}
