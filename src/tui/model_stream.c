// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: follow stream: a packet's TCP/UDP conversation from the store, TCP bytes
 * in sequence order per direction (model_stream.h)
 *
 * Where the IP and TCP/UDP headers of a packet are comes from the decoder's
 * field tree (its layers' offsets), so the link layers are parsed in one
 * place; this file reads only the addresses, ports, lengths and TCP
 * sequence numbers at their fixed places in those headers.
 */
#include "model_stream.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../decode/decode.h"
#include "model.h"
#include "vfilter.h"

#define TH_FIN 0x01
#define TH_SYN 0x02
#define TH_ACK 0x10

/* one packet of the conversation, its payload in raw */
struct seg {
	int from_a;		/* sent by the first packet's source */
	uint32_t seq;
	uint8_t flags;
	uint64_t num;
	size_t off, caplen;	/* captured payload in raw */
	uint32_t wirelen;	/* payload on the wire */
};

struct l4 {
	int tcp, v6;
	uint8_t src[16], dst[16];
	unsigned sport, dport;
	uint32_t seq;
	uint8_t flags;
	const uint8_t *pay;
	size_t caplen;
	uint32_t wirelen;
};

static unsigned be16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* the first IP layer and the TCP/UDP layer right after it; 0, or -1 */
static int parse(struct dx *dx, struct dx_tree *t, struct strbuf *sb, struct model *m,
		 uint64_t seq, struct l4 *o)
{
	struct trec_pkt rec;
	const struct trec_pkt *r = model__pkt(m, seq, &rec);
	const uint8_t *d;
	struct pkt p;
	size_t i, ipoff = 0, l4off = 0, ipend, hlen, end;
	int ip = 0, l4 = 0;

	if (!r || !(d = model__pkt_data(m, seq)))
		return -1;
	model__to_pkt(m, r, d, &p);
	strbuf_reset(sb);
	dx__packet(dx, &p, sb, t);
	for (i = 0; i < t->n && !l4; i++) {
		const struct dx_node *n = &t->nodes[i];

		if (!n->is_layer || !n->proto)
			continue;
		if (!ip && (!strcmp(n->proto, "ip") || !strcmp(n->proto, "ip6"))) {
			ip = !strcmp(n->proto, "ip") ? 4 : 6;
			ipoff = n->off;
		} else if (ip && (!strcmp(n->proto, "tcp") || !strcmp(n->proto, "udp"))) {
			l4 = !strcmp(n->proto, "tcp") ? 1 : 2;
			l4off = n->off;
		} else if (ip) {
			return -1;	/* ICMP quoting a header, a tunnel: not a stream */
		}
	}
	if (!l4)
		return -1;
	memset(o, 0, sizeof(*o));
	o->tcp = l4 == 1;
	o->v6 = ip == 6;
	if (ip == 4) {
		if (ipoff + 20 > r->caplen)
			return -1;
		ipend = ipoff + be16(d + ipoff + 2);
		memcpy(o->src, d + ipoff + 12, 4);
		memcpy(o->dst, d + ipoff + 16, 4);
	} else {
		if (ipoff + 40 > r->caplen)
			return -1;
		ipend = ipoff + 40 + be16(d + ipoff + 4);
		memcpy(o->src, d + ipoff + 8, 16);
		memcpy(o->dst, d + ipoff + 24, 16);
	}
	if (l4off + (o->tcp ? 20 : 8) > r->caplen)
		return -1;
	o->sport = be16(d + l4off);
	o->dport = be16(d + l4off + 2);
	if (o->tcp) {
		o->seq = be32(d + l4off + 4);
		o->flags = d[l4off + 13];
		hlen = (size_t)(d[l4off + 12] >> 4) * 4;
	} else {
		hlen = 8;
		if (be16(d + l4off + 4) >= 8 && l4off + be16(d + l4off + 4) < ipend)
			ipend = l4off + be16(d + l4off + 4);
	}
	if (hlen < (o->tcp ? 20u : 8u) || l4off + hlen > ipend) {
		o->pay = d;
		return 0;	/* no payload */
	}
	o->wirelen = (uint32_t)(ipend - l4off - hlen);
	end = ipend < r->caplen ? ipend : r->caplen;
	o->pay = d + l4off + hlen;
	o->caplen = end > l4off + hlen ? end - l4off - hlen : 0;
	return 0;
}

static void addr_str(char *buf, size_t n, int v6, const uint8_t *a)
{
	if (!inet_ntop(v6 ? AF_INET6 : AF_INET, a, buf, (socklen_t)n))
		snprintf(buf, n, "?");
}

/* ---- putting the bytes in order ---- */

struct dirstate {
	int have;
	uint32_t nxt;
	size_t *pend;		/* segments waiting for the bytes before them */
	size_t n_pend, cap_pend;
};

struct asm_ {
	struct mstream *s;
	const struct seg *segs;
	const uint8_t *raw;
	size_t cap_chunks, cap_buf;
	int client_a;
	struct dirstate ds[2];
	int oom;
};

static struct mstream_chunk *new_chunk(struct asm_ *as, int dir)
{
	struct mstream *s = as->s;

	if (s->n_chunks == as->cap_chunks) {
		size_t nc = as->cap_chunks ? as->cap_chunks * 2 : 64;
		struct mstream_chunk *c = realloc(s->chunks, nc * sizeof(*c));

		if (!c) {
			as->oom = 1;
			return NULL;
		}
		s->chunks = c;
		as->cap_chunks = nc;
	}
	memset(&s->chunks[s->n_chunks], 0, sizeof(s->chunks[0]));
	s->chunks[s->n_chunks].dir = dir;
	s->chunks[s->n_chunks].off = s->len;
	return &s->chunks[s->n_chunks++];
}

static void emit_gap(struct asm_ *as, int dir, uint64_t n, uint64_t num)
{
	struct mstream_chunk *c;

	if (!n)
		return;
	c = new_chunk(as, dir);
	if (!c)
		return;
	c->missing = n;
	c->num = num;
	as->s->side[dir].missing += n;
}

static void emit(struct asm_ *as, int dir, const uint8_t *p, size_t n, uint64_t num)
{
	struct mstream *s = as->s;
	struct mstream_chunk *c = s->n_chunks ? &s->chunks[s->n_chunks - 1] : NULL;

	if (!n)
		return;
	if (s->len + n > as->cap_buf) {
		size_t nc = as->cap_buf ? as->cap_buf : 4096;
		uint8_t *b;

		while (nc < s->len + n)
			nc *= 2;
		b = realloc(s->buf, nc);
		if (!b) {
			as->oom = 1;
			return;
		}
		s->buf = b;
		as->cap_buf = nc;
	}
	if (!c || c->dir != dir) {
		c = new_chunk(as, dir);
		if (!c)
			return;
		c->num = num;
	} else if (!c->len) {
		c->num = num;	/* data after a gap */
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
	c->len += n;
	s->side[dir].bytes += n;
}

/* the bytes of g from the stream offset skip on; nxt moves past it */
static void take(struct asm_ *as, int dir, const struct seg *g, uint32_t dseq, uint32_t skip)
{
	struct dirstate *d = &as->ds[dir];

	if (skip < g->caplen)
		emit(as, dir, as->raw + g->off + skip, g->caplen - skip, g->num);
	/* bytes the capture cut off (snaplen) were on the wire but are not here */
	if (g->wirelen > g->caplen && skip < g->wirelen)
		emit_gap(as, dir, g->wirelen - (skip > g->caplen ? skip : g->caplen), g->num);
	as->s->side[dir].retrans += skip;
	d->nxt = dseq + g->wirelen;
}

static uint32_t data_seq(const struct seg *g)
{
	return g->seq + (g->flags & TH_SYN ? 1 : 0);
}

/* segments that wait and now follow the bytes in order */
static void drain(struct asm_ *as, int dir)
{
	struct dirstate *d = &as->ds[dir];
	int moved = 1;

	while (moved) {
		size_t i;

		moved = 0;
		for (i = 0; i < d->n_pend; i++) {
			const struct seg *g = &as->segs[d->pend[i]];
			uint32_t dseq = data_seq(g);
			int32_t diff = (int32_t)(dseq - d->nxt);

			if (diff > 0)
				continue;
			if ((int64_t)diff + g->wirelen <= 0)
				as->s->side[dir].retrans += g->wirelen;
			else
				take(as, dir, g, dseq, (uint32_t)-diff);
			d->pend[i] = d->pend[--d->n_pend];
			moved = 1;
			break;
		}
	}
}

/* what waits for bytes never seen goes out after a gap, lowest sequence first */
static void flush(struct asm_ *as, int dir)
{
	struct dirstate *d = &as->ds[dir];

	drain(as, dir);
	while (d->n_pend && !as->oom) {
		size_t i, lo = 0;
		const struct seg *g;

		for (i = 1; i < d->n_pend; i++)
			if ((int32_t)(data_seq(&as->segs[d->pend[i]]) -
				      data_seq(&as->segs[d->pend[lo]])) < 0)
				lo = i;
		g = &as->segs[d->pend[lo]];
		emit_gap(as, dir, (uint32_t)(data_seq(g) - d->nxt), g->num);
		take(as, dir, g, data_seq(g), 0);
		d->pend[lo] = d->pend[--d->n_pend];
		drain(as, dir);
	}
}

static void tcp_seg(struct asm_ *as, size_t idx)
{
	const struct seg *g = &as->segs[idx];
	int dir = g->from_a == as->client_a ? 0 : 1;
	struct dirstate *d = &as->ds[dir];
	uint32_t dseq = data_seq(g);
	int32_t diff;

	if (g->flags & TH_SYN) {
		d->have = 1;
		d->nxt = dseq;
	}
	if (!g->wirelen)
		return;
	if (!d->have) {
		d->have = 1;
		d->nxt = dseq;
	}
	diff = (int32_t)(dseq - d->nxt);
	if (diff > 0) {
		if (d->n_pend == d->cap_pend) {
			size_t nc = d->cap_pend ? d->cap_pend * 2 : 16;
			size_t *p = realloc(d->pend, nc * sizeof(*p));

			if (!p) {
				as->oom = 1;
				return;
			}
			d->pend = p;
			d->cap_pend = nc;
		}
		d->pend[d->n_pend++] = idx;
		return;
	}
	if ((int64_t)diff + g->wirelen <= 0) {
		as->s->side[dir].retrans += g->wirelen;
		return;
	}
	/* the peer answers: what it waited for in this direction is lost */
	flush(as, !dir);
	take(as, dir, g, dseq, (uint32_t)-diff);
	drain(as, dir);
}

void mstream__free(struct mstream *s)
{
	if (!s)
		return;
	free(s->chunks);
	free(s->buf);
	free(s);
}

static int same(const struct l4 *x, const uint8_t *a, unsigned ap, const uint8_t *b,
		unsigned bp, size_t alen)
{
	return !memcmp(x->src, a, alen) && x->sport == ap && !memcmp(x->dst, b, alen) &&
	       x->dport == bp;
}

struct mstream_job {
	struct model *m;
	struct pt_opts po;	/* the decoder keeps a pointer to it */
	struct dx *dx;
	struct dx_tree t;
	struct strbuf sb;
	struct l4 k;
	size_t alen;
	struct vfilter *vf;
	struct seg *segs;
	size_t n_segs, cap_segs;
	uint8_t *raw;
	size_t raw_len, raw_cap;
	int client_a;		/* -1: not known yet */
	/* where each side's first packet was taken ([1]: the packet's source) */
	struct {
		int set;
		uint32_t iface;
		uint8_t dir;
		uint64_t copies;
	} at[2];
	uint64_t start, next;	/* the first seq there was at the start; the next to read */
	int truncated;
	int dirty;		/* segments read since the stream was built */
	unsigned gen;
	struct mstream *s;
};

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void mstream__job_free(struct mstream_job *j)
{
	if (!j)
		return;
	vfilter__free(j->vf);
	free(j->segs);
	free(j->raw);
	strbuf_free(&j->sb);
	dx_tree_free(&j->t);
	dx__free(j->dx);
	mstream__free(j->s);
	free(j);
}

struct mstream_job *mstream__start(struct model *m, uint64_t seq, char *err, size_t errlen)
{
	struct mstream_job *j = calloc(1, sizeof(*j));
	char a[64], b[64], expr[256];
	struct trec_pkt rec;
	struct pkt sp;
	int lt;

	if (!j) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	dx_tree_init(&j->t);
	strbuf_init(&j->sb);
	j->m = m;
	j->client_a = -1;
	j->dirty = 1;
	j->po.no_resolve = 1;
	j->dx = dx__new(&j->po);
	if (!j->dx) {
		snprintf(err, errlen, "out of memory");
		mstream__job_free(j);
		return NULL;
	}
	if (parse(j->dx, &j->t, &j->sb, m, seq, &j->k) < 0 || !model__pkt(m, seq, &rec)) {
		snprintf(err, errlen, "not a TCP or UDP packet: no stream to follow");
		mstream__job_free(j);
		return NULL;
	}
	model__to_pkt(m, &rec, NULL, &sp);
	lt = sp.linktype;
	j->alen = j->k.v6 ? 16 : 4;
	addr_str(a, sizeof(a), j->k.v6, j->k.src);
	addr_str(b, sizeof(b), j->k.v6, j->k.dst);
	/* a first sieve in libpcap's filter code; the 5-tuple is checked after */
	snprintf(expr, sizeof(expr), "%s and host %s and host %s and port %u and port %u",
		 j->k.tcp ? "tcp" : "udp", a, b, j->k.sport, j->k.dport);
	j->vf = vfilter__new(expr, &lt, 1, 262144, err, errlen, &(int){ 0 });
	err[0] = '\0';
	j->start = j->next = model__first_seq(m);
	return j;
}

/* packet q, when it is of the conversation: its payload to the segments; -1 out of memory */
static int read_packet(struct mstream_job *j, uint64_t q)
{
	const struct l4 *k = &j->k;
	struct trec_pkt rec;
	const struct trec_pkt *r = model__pkt(j->m, q, &rec);
	const uint8_t *d;
	struct vfilter_pkt vp;
	struct pkt sp;
	struct l4 x;
	int fa;

	if (!r || r->proto == TPROTO_ARP || r->proto == TPROTO_ICMP ||
	    (k->tcp ? r->proto == TPROTO_UDP
		    : (r->proto == TPROTO_TCP || r->proto == TPROTO_HTTP || r->proto == TPROTO_TLS)))
		return 0;
	if (j->vf) {
		if (!(d = model__pkt_data(j->m, q)))
			return 0;
		memset(&vp, 0, sizeof(vp));
		model__to_pkt(j->m, r, d, &sp);
		vp.linktype = sp.linktype;
		vp.data = d;
		vp.caplen = r->caplen;
		vp.len = r->len;
		if (!vfilter__match(j->vf, &vp))
			return 0;
	}
	if (parse(j->dx, &j->t, &j->sb, j->m, q, &x) < 0 || x.tcp != k->tcp || x.v6 != k->v6)
		return 0;
	if (same(&x, k->src, k->sport, k->dst, k->dport, j->alen))
		fa = 1;
	else if (same(&x, k->dst, k->dport, k->src, k->sport, j->alen))
		fa = 0;
	else
		return 0;
	if (!j->at[fa].set) {
		j->at[fa].set = 1;
		j->at[fa].iface = r->iface_id;
		j->at[fa].dir = r->dir;
	} else if (r->iface_id != j->at[fa].iface || r->dir != j->at[fa].dir) {
		j->at[fa].copies++;
		j->dirty = 1;
		return 0;
	}
	if (j->raw_len + x.caplen > MSTREAM_MAX) {
		j->truncated = 1;
		j->dirty = 1;
		return 0;
	}
	if (j->n_segs == j->cap_segs) {
		size_t nc = j->cap_segs ? j->cap_segs * 2 : 64;
		struct seg *ns = realloc(j->segs, nc * sizeof(*ns));

		if (!ns)
			return -1;
		j->segs = ns;
		j->cap_segs = nc;
	}
	if (j->raw_len + x.caplen > j->raw_cap) {
		size_t nc = j->raw_cap ? j->raw_cap : 4096;
		uint8_t *nr;

		while (nc < j->raw_len + x.caplen)
			nc *= 2;
		nr = realloc(j->raw, nc);
		if (!nr)
			return -1;
		j->raw = nr;
		j->raw_cap = nc;
	}
	if (x.caplen)
		memcpy(j->raw + j->raw_len, x.pay, x.caplen);
	j->segs[j->n_segs] = (struct seg){ .from_a = fa, .seq = x.seq, .flags = x.flags,
					   .num = r->num, .off = j->raw_len, .caplen = x.caplen,
					   .wirelen = x.wirelen };
	j->raw_len += x.caplen;
	j->n_segs++;
	j->dirty = 1;
	/* the client sent the first SYN (or was sent the first SYN-ACK) */
	if (j->client_a < 0 && k->tcp && (x.flags & TH_SYN))
		j->client_a = x.flags & TH_ACK ? !fa : fa;
	return 0;
}

/* the stream from the segments read so far; NULL: out of memory */
static struct mstream *assemble(const struct mstream_job *j)
{
	const struct l4 *k = &j->k;
	struct mstream *s = calloc(1, sizeof(*s));
	int client_a = j->client_a, i;
	struct asm_ as;
	size_t n;

	if (!s)
		return NULL;
	s->tcp = k->tcp;
	s->truncated = j->truncated;
	if (client_a < 0)
		client_a = j->n_segs ? j->segs[0].from_a : 1;
	for (i = 0; i < 2; i++) {
		int is_a = i == 0 ? client_a : !client_a;

		addr_str(s->side[i].addr, sizeof(s->side[i].addr), k->v6, is_a ? k->src : k->dst);
		s->side[i].port = is_a ? k->sport : k->dport;
		s->side[i].copies = j->at[is_a].copies;
	}
	memset(&as, 0, sizeof(as));
	as.s = s;
	as.segs = j->segs;
	as.raw = j->raw;
	as.client_a = client_a;
	for (n = 0; n < j->n_segs && !as.oom; n++) {
		const struct seg *g = &j->segs[n];
		int dir = g->from_a == client_a ? 0 : 1;

		s->side[dir].pkts++;
		if (k->tcp) {
			tcp_seg(&as, n);
		} else {
			emit(&as, dir, j->raw + g->off, g->caplen, g->num);
			if (g->wirelen > g->caplen)
				emit_gap(&as, dir, g->wirelen - g->caplen, g->num);
		}
	}
	if (k->tcp && !as.oom) {
		/* the direction whose waiting bytes came first goes first */
		int first = as.ds[1].n_pend && (!as.ds[0].n_pend ||
						j->segs[as.ds[1].pend[0]].num <
							j->segs[as.ds[0].pend[0]].num);

		flush(&as, first);
		flush(&as, !first);
	}
	free(as.ds[0].pend);
	free(as.ds[1].pend);
	if (as.oom) {
		mstream__free(s);
		return NULL;
	}
	return s;
}

int mstream__step(struct mstream_job *j, uint64_t budget_ns, char *err, size_t errlen)
{
	uint64_t t0 = mono_ns(), end = model__end_seq(j->m), first = model__first_seq(j->m);
	unsigned n = 0;

	/* packets dropped from the spool meanwhile are gone */
	if (j->next < first)
		j->next = first;
	while (j->next < end && !j->truncated) {
		if (read_packet(j, j->next) < 0) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		j->next++;
		if ((++n & 255) == 0 && mono_ns() - t0 >= budget_ns)
			return 0;
	}
	if (j->dirty) {
		struct mstream *s = assemble(j);

		if (!s) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		mstream__free(j->s);
		j->s = s;
		j->dirty = 0;
		j->gen++;
	}
	return 1;
}

const struct mstream *mstream__result(const struct mstream_job *j, unsigned *gen)
{
	if (gen)
		*gen = j->gen;
	return j->s;
}

int mstream__percent(const struct mstream_job *j)
{
	uint64_t end = model__end_seq(j->m);

	if (j->next >= end || end <= j->start)
		return 100;
	return (int)((j->next - j->start) * 100 / (end - j->start));
}

struct mstream *mstream__build(struct model *m, uint64_t seq, char *err, size_t errlen)
{
	struct mstream_job *j = mstream__start(m, seq, err, errlen);
	struct mstream *s;
	int rc;

	if (!j)
		return NULL;
	while ((rc = mstream__step(j, UINT64_MAX, err, errlen)) == 0)
		;
	s = rc > 0 ? j->s : NULL;
	if (rc > 0)
		j->s = NULL;
	mstream__job_free(j);
	return s;
}
