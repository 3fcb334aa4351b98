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
	int savefile;		/* compile as for a file of this byte order: */
	int big_endian;
	int no_optimize;	/* -O */
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

void pfilter__set_savefile(struct pfilter *pf, int big_endian)
{
	pf->savefile = 1;
	pf->big_endian = big_endian;
}

void pfilter__set_optimize(struct pfilter *pf, int optimize)
{
	pf->no_optimize = !optimize;
}

static void put32(uint8_t *p, uint32_t v, int big)
{
	int i;

	for (i = 0; i < 4; i++)
		p[big ? i : 3 - i] = (uint8_t)(v >> (24 - 8 * i));
}

/* a pcap_t that libpcap takes for a savefile of the given link type and byte order */
static pcap_t *open_savefile(int linktype, uint32_t snaplen, int big, char *err)
{
	uint8_t hdr[24] = { 0 };
	pcap_t *p;
	FILE *f;

	put32(hdr, 0xa1b2c3d4, big);
	hdr[big ? 5 : 4] = 2;	/* version 2.4 */
	hdr[big ? 7 : 6] = 4;
	put32(hdr + 16, snaplen, big);
	put32(hdr + 20, (uint32_t)linktype, big);
	f = fmemopen(NULL, sizeof(hdr), "w+");
	if (!f) {
		snprintf(err, PCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	if (fwrite(hdr, 1, sizeof(hdr), f) != sizeof(hdr) || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		snprintf(err, PCAP_ERRBUF_SIZE, "out of memory");
		return NULL;
	}
	p = pcap_fopen_offline(f, err);	/* owns f from here on */
	if (!p)
		fclose(f);
	return p;
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
	if (pf->savefile) {
		p = open_savefile(linktype, pf->snaplen, pf->big_endian, e->err);
		if (!p)
			return e;
	} else {
		p = pcap_open_dead(linktype, (int)pf->snaplen);
		if (!p) {
			snprintf(e->err, sizeof(e->err), "out of memory");
			return e;
		}
	}
	if (pcap_compile(p, &e->prog, pf->expr, !pf->no_optimize, PCAP_NETMASK_UNKNOWN) < 0)
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
