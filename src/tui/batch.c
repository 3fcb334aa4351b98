// SPDX-License-Identifier: GPL-2.0
/* \summary: batches of compact packet/process/interface records (capture thread -> UI) */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

#include "../core/proc.h"
#include "../decode/decode.h"

struct batch *batch__new(size_t cap)
{
	struct batch *b = malloc(sizeof(*b) + cap);

	if (!b)
		return NULL;
	b->next = NULL;
	b->used = 0;
	b->cap = cap;
	b->n_pkts = 0;
	b->first_iface = 0;
	return b;
}

void batch__free(struct batch *b)
{
	free(b);
}

void *batch__add(struct batch *b, uint32_t type, size_t size)
{
	struct trec_hdr *h;

	size = (size + 7) & ~(size_t)7;
	if (size > UINT32_MAX || size > b->cap - b->used)
		return NULL;
	h = (struct trec_hdr *)(b->buf + b->used);
	memset(h, 0, size);
	h->type = type;
	h->size = (uint32_t)size;
	b->used += size;
	if (type == TREC_PKT)
		b->n_pkts++;
	return h;
}

const struct trec_hdr *batch__next(const struct batch *b, size_t *off)
{
	const struct trec_hdr *h;

	if (*off + sizeof(*h) > b->used)
		return NULL;
	h = (const struct trec_hdr *)(b->buf + *off);
	if (h->size < sizeof(*h) || h->size > b->used - *off)
		return NULL;
	*off += h->size;
	return h;
}

static void ctx_strings(const struct proc_ctx *c, const char *s[TREC_PROC_NSTR])
{
	s[0] = c->cmd;
	s[1] = c->args;
	s[2] = c->tname;
	s[3] = c->pcmd;
	s[4] = c->pargs;
	s[5] = c->cname;
	s[6] = c->cid;
	s[7] = c->cimage;
	s[8] = c->clabels;
	s[9] = c->pod;
	s[10] = c->pod_ns;
	s[11] = c->pod_uid;
	s[12] = c->pod_labels;
	s[13] = c->pod_annotations;
}

size_t trec_proc_size(const struct proc_ctx *c)
{
	const char *s[TREC_PROC_NSTR];
	size_t n = sizeof(struct trec_proc);
	int i;

	ctx_strings(c, s);
	for (i = 0; i < TREC_PROC_NSTR; i++)
		if (s[i])
			n += strlen(s[i]) + 1;
	return n;
}

void trec_proc_fill(struct trec_proc *r, uint32_t id, const struct proc_ctx *c)
{
	const char *s[TREC_PROC_NSTR];
	char *p = (char *)(r + 1);
	int i;

	r->id = id;
	r->pid = c->pid;
	r->tid = c->tid;
	r->uid = c->uid;
	r->has_uid = c->has_uid;
	r->ppid = c->ppid;
	r->present = 0;
	ctx_strings(c, s);
	for (i = 0; i < TREC_PROC_NSTR; i++) {
		size_t n;

		if (!s[i])
			continue;
		r->present |= 1u << i;
		n = strlen(s[i]) + 1;
		memcpy(p, s[i], n);
		p += n;
	}
}

void trec_proc_ctx(const struct trec_proc *r, struct proc_ctx *c)
{
	const char *s[TREC_PROC_NSTR] = { 0 };
	const char *p = (const char *)(r + 1);
	const char *end = (const char *)r + r->h.size;
	int i;

	memset(c, 0, sizeof(*c));
	c->pid = r->pid;
	c->tid = r->tid;
	c->uid = r->uid;
	c->has_uid = r->has_uid;
	c->ppid = r->ppid;
	for (i = 0; i < TREC_PROC_NSTR; i++) {
		if (!(r->present & (1u << i)))
			continue;
		if (p >= end)
			break;
		s[i] = p;
		p += strnlen(p, (size_t)(end - p)) + 1;
	}
	c->cmd = s[0];
	c->args = s[1];
	c->tname = s[2];
	c->pcmd = s[3];
	c->pargs = s[4];
	c->cname = s[5];
	c->cid = s[6];
	c->cimage = s[7];
	c->clabels = s[8];
	c->pod = s[9];
	c->pod_ns = s[10];
	c->pod_uid = s[11];
	c->pod_labels = s[12];
	c->pod_annotations = s[13];
}

int trec_proc_equal(const struct trec_proc *r, const struct proc_ctx *c)
{
	const char *a[TREC_PROC_NSTR], *b[TREC_PROC_NSTR];
	struct proc_ctx rc;
	int i;

	if (r->pid != c->pid || r->tid != c->tid || r->uid != c->uid ||
	    r->has_uid != c->has_uid || r->ppid != c->ppid)
		return 0;
	trec_proc_ctx(r, &rc);
	ctx_strings(&rc, a);
	ctx_strings(c, b);
	for (i = 0; i < TREC_PROC_NSTR; i++) {
		if (!a[i] != !b[i])
			return 0;
		if (a[i] && strcmp(a[i], b[i]))
			return 0;
	}
	return 1;
}

/*
 * The class of the transport the packet's layer stack shows first (an ICMP
 * error that quotes a UDP header is ICMP), refined by the application
 * layer the decoder found above it.
 */
enum tproto tproto_classify(const struct dx *dx)
{
	static const struct {
		const char *name;
		enum tproto class;
		int transport;
	} classes[] = {
		{ "tcp", TPROTO_TCP, 1 }, { "udp", TPROTO_UDP, 1 }, { "icmp", TPROTO_ICMP, 1 },
		{ "icmp6", TPROTO_ICMP, 1 }, { "arp", TPROTO_ARP, 1 },
		{ "domain", TPROTO_DNS, 0 }, { "http", TPROTO_HTTP, 0 }, { "tls", TPROTO_TLS, 0 },
	};
	const char *const *layers;
	enum tproto r = TPROTO_OTHER;
	unsigned n = dx__layers(dx, &layers), i;
	size_t k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < sizeof(classes) / sizeof(classes[0]); k++)
			if (strcmp(layers[i], classes[k].name) == 0)
				break;
		if (k == sizeof(classes) / sizeof(classes[0]))
			continue;
		if (classes[k].transport) {
			if (r != TPROTO_OTHER)
				break;	/* a second transport: quoted by the first */
			r = classes[k].class;
			if (r == TPROTO_ICMP || r == TPROTO_ARP)
				break;
		} else if (r == TPROTO_TCP || r == TPROTO_UDP) {
			return classes[k].class;
		}
	}
	return r;
}

enum twhy twhy_classify(const struct dx *dx, enum tproto proto, int noproc)
{
	int th = dx__tcp_flags(dx);

	if (proto == TPROTO_ICMP || proto == TPROTO_ARP)
		return TWHY_KERNEL;
	if (th >= 0 && (th & 0x04))	/* RST: a socket would have an owner */
		return TWHY_KERNEL;
	switch (noproc) {
	case PKT_NOPROC_NO_SOCKET:
		return TWHY_NO_SOCKET;
	case PKT_NOPROC_OLD_SOCKET:
		return TWHY_OLD_SOCKET;
	case PKT_NOPROC_PEER_NS:
		return TWHY_PEER_NS;
	}
	return TWHY_NONE;
}

const char *twhy_name(enum twhy w)
{
	static const char *const names[TWHY_N] = {
		[TWHY_NONE] = "not known",
		[TWHY_KERNEL] = "kernel",
		[TWHY_NO_SOCKET] = "no socket",
		[TWHY_OLD_SOCKET] = "older socket",
		[TWHY_PEER_NS] = "other netns",
	};

	return (unsigned)w < TWHY_N ? names[w] : names[TWHY_NONE];
}

const char *twhy_text(enum twhy w)
{
	static const char *const texts[TWHY_N] = {
		[TWHY_NONE] = "no process information (the file has none, or the process had gone)",
		[TWHY_KERNEL] = "sent or answered by the kernel itself (ARP, ICMP, a TCP reset "
				"for a port with no socket)",
		[TWHY_NO_SOCKET] = "no local socket: forwarded by this host, or for a closed port",
		[TWHY_OLD_SOCKET] = "its socket existed before the capture started, and its owner "
				    "was not found",
		[TWHY_PEER_NS] = "its socket is in another network namespace (it came over a veth)",
	};

	return (unsigned)w < TWHY_N ? texts[w] : texts[TWHY_NONE];
}
