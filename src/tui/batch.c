// SPDX-License-Identifier: GPL-2.0
/* \summary: batches of compact packet/process/interface records (capture thread -> UI) */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

#include "../core/proc.h"

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

static unsigned be16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static enum tproto by_port(int tcp, unsigned sp, unsigned dp)
{
	if (sp == 53 || dp == 53 || sp == 5353 || dp == 5353)
		return TPROTO_DNS;
	if (tcp && (sp == 80 || dp == 80 || sp == 8080 || dp == 8080))
		return TPROTO_HTTP;
	if (tcp && (sp == 443 || dp == 443))
		return TPROTO_TLS;
	return tcp ? TPROTO_TCP : TPROTO_UDP;
}

static enum tproto l4(unsigned proto, const uint8_t *p, uint32_t n)
{
	switch (proto) {
	case 6:
	case 17:
		if (n < 4)
			return proto == 6 ? TPROTO_TCP : TPROTO_UDP;
		return by_port(proto == 6, be16(p), be16(p + 2));
	case 1:
	case 58:
		return TPROTO_ICMP;
	default:
		return TPROTO_OTHER;
	}
}

static enum tproto by_ethertype(unsigned et, const uint8_t *p, uint32_t n)
{
	unsigned ihl;

	switch (et) {
	case 0x0806:
		return TPROTO_ARP;
	case 0x0800:
		if (n < 20)
			return TPROTO_OTHER;
		ihl = (unsigned)(p[0] & 0x0f) * 4;
		if (ihl < 20 || ihl > n)
			return TPROTO_OTHER;
		/* later fragments carry no transport header */
		if (be16(p + 6) & 0x1fff)
			return TPROTO_OTHER;
		return l4(p[9], p + ihl, n - ihl);
	case 0x86dd:
		if (n < 40)
			return TPROTO_OTHER;
		return l4(p[6], p + 40, n - 40);
	default:
		return TPROTO_OTHER;
	}
}

enum tproto tproto_classify(int linktype, const uint8_t *d, uint32_t n)
{
	unsigned et;
	uint32_t off;

	switch (linktype) {
	case 1:		/* EN10MB */
		if (n < 14)
			return TPROTO_OTHER;
		et = be16(d + 12);
		off = 14;
		while ((et == 0x8100 || et == 0x88a8) && n >= off + 4) {
			et = be16(d + off + 2);
			off += 4;
		}
		return by_ethertype(et, d + off, n - off);
	case 113:	/* LINUX_SLL */
		if (n < 16)
			return TPROTO_OTHER;
		return by_ethertype(be16(d + 14), d + 16, n - 16);
	case 276:	/* LINUX_SLL2 */
		if (n < 20)
			return TPROTO_OTHER;
		return by_ethertype(be16(d), d + 20, n - 20);
	case 0:		/* NULL: host-order family */
	case 108:	/* LOOP */
		if (n < 4)
			return TPROTO_OTHER;
		et = d[0] | d[3];
		return by_ethertype(et == 2 ? 0x0800 : (et == 24 || et == 28 || et == 30) ? 0x86dd : 0,
				    d + 4, n - 4);
	case 12: case 14: case 101: case 228: case 229:	/* raw IP */
		if (n < 1)
			return TPROTO_OTHER;
		return by_ethertype((d[0] >> 4) == 6 ? 0x86dd : 0x0800, d, n);
	default:
		return TPROTO_OTHER;
	}
}
