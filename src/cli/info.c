// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: -d, -L, -J and the -y check: what the capture would use, in tcpdump's words
 *
 * The live capture gives each interface the link type its TC hook sees:
 * Ethernet for Ethernet-like devices (loopback too), raw IP for devices
 * without a link-level header; time stamps come from the host clock.
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/capfile.h"
#include "capture/live.h"
#include "capture/pfilter.h"
#include "cli.h"

void cli_file_banner(const char *path, int lt, uint32_t snaplen)
{
	const char *name = pcap_datalink_val_to_name(lt);

	/* tcpdump names the link type only when libpcap knows it */
	if (name)
		fprintf(stderr, "reading from file %s, link-type %s (%s), snapshot length %u\n",
			path, name, pcap_datalink_val_to_description(lt), snaplen);
	else
		fprintf(stderr, "reading from file %s, link-type %u, snapshot length %u\n", path,
			(unsigned)lt, snaplen);
	/* SLL2 names interfaces by index, looked up on this machine */
	if (lt == 276)
		fprintf(stderr, "Warning: interface names might be incorrect\n");
}

struct dlts {
	const char *want;	/* NULL: every interface */
	int found;
	int capturable;
	int has[2];		/* Ethernet, raw IP */
};

static void dlt_cb(void *arg, const struct live_ifinfo *ii)
{
	struct dlts *d = arg;

	if (d->want && strcmp(d->want, ii->name))
		return;
	d->found = 1;
	if (ii->linktype < 0)
		return;
	d->capturable = 1;
	d->has[ii->linktype == 1 ? 0 : 1] = ii->linktype;
}

/* the device -L/-J/-d/-y speak of: the first -i, "any" without one */
static const char *device(const struct cmdline *c)
{
	return c->cap.n_ifaces && strcmp(c->cap.ifaces[0], "any") ? c->cap.ifaces[0] : NULL;
}

/* the link types the capture delivers on the device; -1 after a message */
static int device_dlts(const struct cmdline *c, struct dlts *d)
{
	char err[256];

	memset(d, 0, sizeof(*d));
	d->want = device(c);
	if (live__list_ifaces(capture_opts__netns(&c->cap), dlt_cb, d, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		return -1;
	}
	if (d->want && !d->found) {
		cli_err("%s: No such device exists", d->want);
		return -1;
	}
	if (d->want && !d->capturable) {
		cli_err("%s: the capture does not support this interface's link type", d->want);
		return -1;
	}
	if (!d->has[0] && !d->has[1])
		d->has[0] = 1;	/* nothing yet: Ethernet, what new interfaces get */
	return 0;
}

static int list_dlts(const struct cmdline *c)
{
	struct dlts d;
	int i;

	if (device_dlts(c, &d) < 0)
		return 1;
	fprintf(stderr, "Data link types for %s (use option -y to set):\n",
		d.want ? d.want : "any");
	for (i = 0; i < 2; i++)
		if (d.has[i])
			fprintf(stderr, "  %s (%s)\n", pcap_datalink_val_to_name(d.has[i]),
				pcap_datalink_val_to_description(d.has[i]));
	return 0;
}

static int list_tstamp(const struct cmdline *c)
{
	struct dlts d;

	if (device_dlts(c, &d) < 0)
		return 1;
	fprintf(stderr, "Time stamp types for %s (use option -j to set):\n",
		d.want ? d.want : "any");
	fprintf(stderr, "  %s (%s)\n", pcap_tstamp_type_val_to_name(PCAP_TSTAMP_HOST),
		pcap_tstamp_type_val_to_description(PCAP_TSTAMP_HOST));
	return 0;
}

/* -y: only a link type the device delivers */
static int check_linktype(const struct cmdline *c)
{
	const char *name = pcap_datalink_val_to_name(c->linktype);
	struct dlts d;

	if (device_dlts(c, &d) < 0)
		return -1;
	if (d.has[0] != c->linktype && d.has[1] != c->linktype) {
		cli_err("invalid -y value '%s': not a data link type of %s (see -L)",
			name ? name : "?", d.want ? d.want : "any");
		return -1;
	}
	fprintf(stderr, "ptcpdump: data link type %s\n", name);
	return 0;
}

/* tcpdump's bpf_dump */
static void dump(const struct bpf_program *p, int level)
{
	const struct bpf_insn *in = p->bf_insns;
	unsigned i, n = p->bf_len;

	if (level > 2) {
		printf("%u\n", n);
		for (i = 0; i < n; i++)
			printf("%u %u %u %u\n", in[i].code, in[i].jt, in[i].jf, in[i].k);
	} else if (level > 1) {
		for (i = 0; i < n; i++)
			printf("{ 0x%x, %d, %d, 0x%08x },\n", in[i].code, in[i].jt, in[i].jf,
			       in[i].k);
	} else {
		for (i = 0; i < n; i++)
			puts(bpf_image(&in[i], (int)i));
	}
}

static int dump_code(const struct cmdline *c)
{
	struct capfile_reader *r = NULL;
	struct pfilter *pf;
	uint32_t snaplen = c->po.snaplen;
	char err[512];
	int lt = 1, rc = 1;

	if (c->cap.read_file) {
		r = capfile_reader__open(c->cap.read_file, err, sizeof(err));
		if (!r) {
			cli_err("%s", err);
			return 1;
		}
		cli_file_banner(c->cap.read_file, capfile_reader__linktype(r),
				capfile_reader__snaplen(r));
		lt = capfile_reader__linktype(r);
		snaplen = capfile_reader__snaplen(r);
	} else if (device(c)) {
		struct dlts d;

		if (device_dlts(c, &d) < 0)
			return 1;
		lt = d.has[0] ? d.has[0] : d.has[1];
		if (c->linktype >= 0) {
			if (check_linktype(c) < 0)
				return 1;
			lt = c->linktype;
		}
	} else if (c->linktype >= 0) {
		lt = c->linktype;
	} else {
		fprintf(stderr, "Warning: assuming Ethernet\n");
	}
	/* no expression: libpcap's program that takes everything */
	pf = pfilter__new(c->cap.filter && *c->cap.filter ? c->cap.filter : " ", snaplen);
	if (!pf) {
		cli_err("out of memory");
		goto out;
	}
	if (r)
		pfilter__set_savefile(pf, capfile_reader__big_endian(r));
	pfilter__set_optimize(pf, !c->cap.no_optimize);
	if (pfilter__compile(pf, lt, err, sizeof(err)) < 0) {
		cli_err("%s", err);
		goto out;
	}
	dump(pfilter__program(pf, lt), c->dump_code);
	rc = fflush(stdout) == 0 ? 0 : 1;
out:
	pfilter__free(pf);
	capfile_reader__close(r);
	return rc;
}

int cli_info(struct cmdline *c)
{
	int live = !c->cap.read_file && !c->file_list;

	if (c->list_ifaces)
		return -1;
	/* tcpdump's order: -J and -L when the device is open, then -d */
	if (live && c->list_tstamp)
		return list_tstamp(c);
	if (live && c->list_dlts)
		return list_dlts(c);
	if (c->dump_code)
		return dump_code(c);
	if (live && c->linktype >= 0)
		return check_linktype(c) < 0 ? 1 : -1;
	return -1;
}
