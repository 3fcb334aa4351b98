// SPDX-License-Identifier: GPL-2.0
/* \summary: pcap-filter expressions compiled by libpcap, per link type */
#include "pfilter.h"

#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PF_MAX_LT 16

struct pf_entry {
	int linktype;
	int ok;
	struct bpf_program prog;
	char err[PCAP_ERRBUF_SIZE];
};

struct pfilter {
	char *expr;
	uint32_t snaplen;
	struct pf_entry e[PF_MAX_LT];
	int n;
};

struct pfilter *pfilter__new(const char *expr, uint32_t snaplen)
{
	struct pfilter *pf = calloc(1, sizeof(*pf));

	if (!pf)
		return NULL;
	if (expr && *expr) {
		pf->expr = strdup(expr);
		if (!pf->expr) {
			free(pf);
			return NULL;
		}
	}
	pf->snaplen = snaplen ? snaplen : 262144;
	return pf;
}

void pfilter__free(struct pfilter *pf)
{
	int i;

	if (!pf)
		return;
	for (i = 0; i < pf->n; i++)
		if (pf->e[i].ok)
			pcap_freecode(&pf->e[i].prog);
	free(pf->expr);
	free(pf);
}

const char *pfilter__expr(const struct pfilter *pf)
{
	return pf->expr;
}

static struct pf_entry *entry(struct pfilter *pf, int linktype)
{
	struct pf_entry *e;
	pcap_t *p;
	int i;

	for (i = 0; i < pf->n; i++)
		if (pf->e[i].linktype == linktype)
			return &pf->e[i];
	if (pf->n == PF_MAX_LT)
		return NULL;
	e = &pf->e[pf->n++];
	e->linktype = linktype;
	p = pcap_open_dead(linktype, (int)pf->snaplen);
	if (!p) {
		snprintf(e->err, sizeof(e->err), "out of memory");
		return e;
	}
	if (pcap_compile(p, &e->prog, pf->expr, 1, PCAP_NETMASK_UNKNOWN) < 0)
		snprintf(e->err, sizeof(e->err), "%s", pcap_geterr(p));
	else
		e->ok = 1;
	pcap_close(p);
	return e;
}

int pfilter__compile(struct pfilter *pf, int linktype, char *err, size_t errlen)
{
	struct pf_entry *e;

	if (!pf->expr)
		return 0;
	e = entry(pf, linktype);
	if (!e) {
		snprintf(err, errlen, "too many link types");
		return -EINVAL;
	}
	if (!e->ok) {
		snprintf(err, errlen, "%s", e->err);
		return -EINVAL;
	}
	return 0;
}

const struct bpf_program *pfilter__program(struct pfilter *pf, int linktype)
{
	struct pf_entry *e;

	if (!pf->expr)
		return NULL;
	e = entry(pf, linktype);
	return e && e->ok ? &e->prog : NULL;
}

int pfilter__match(struct pfilter *pf, int linktype, const uint8_t *data, uint32_t caplen,
		   uint32_t len)
{
	const struct bpf_program *prog;

	if (!pf || !pf->expr)
		return 1;
	prog = pfilter__program(pf, linktype);
	if (!prog)
		return -EINVAL;
	return bpf_filter(prog->bf_insns, data, len, caplen) != 0;
}
