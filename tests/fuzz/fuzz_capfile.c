// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: libFuzzer target for the capture file readers (pcap, pcapng).
 *
 * The input is a whole file, read from memory with
 * capfile_reader__fmemopen(); every packet is then decoded to text (and a
 * field tree) so the reader's records are exercised end to end. Packet
 * count is bounded so a crafted file cannot loop for long.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capture/capfile.h"
#include "core/opts.h"
#include "core/strbuf.h"
#include "decode/decode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile unsigned byte_sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct capfile_reader *r;
	struct pt_opts opts;
	struct dx_tree tree;
	struct strbuf out;
	struct pkt pkt;
	struct dx *dx;
	char err[256];
	size_t i;
	int n = 0, rc;

	r = capfile_reader__fmemopen(data, size, err, sizeof(err));
	if (!r)
		return 0;
	memset(&opts, 0, sizeof(opts));
	opts.no_resolve = 1;
	opts.verbose = 1;
	opts.link_header = 1;
	opts.hex_ascii = 2;
	dx = dx__new(&opts);
	strbuf_init(&out);
	dx_tree_init(&tree);
	/* the getters must answer on any file */
	(void)capfile_reader__is_pcapng(r);
	(void)capfile_reader__linktype(r);
	(void)capfile_reader__snaplen(r);
	(void)capfile_reader__nano(r);
	while (n++ < 256 && (rc = capfile_reader__next(r, &pkt)) == 1) {
		if (pkt.caplen && !pkt.data)
			abort();
		/* touch every byte the reader claims to hold (ASan checks the range) */
		for (i = 0; i < pkt.caplen; i++)
			byte_sink += pkt.data[i];
		if (pkt.comment)
			(void)strlen(pkt.comment);
		if (pkt.ifname)
			(void)strlen(pkt.ifname);
		if (dx && dx__linktype_supported(pkt.linktype)) {
			unsigned hdrlen;

			strbuf_reset(&out);
			hdrlen = dx__packet(dx, &pkt, &out, &tree);
			dx__dump(dx, &pkt, hdrlen, &out);
		}
	}
	for (i = 0; i < capfile_reader__n_ifaces(r); i++) {
		const struct capfile_iface *ifc = capfile_reader__iface(r, i);

		if (ifc && ifc->name)
			(void)strlen(ifc->name);
	}
	{ size_t kl; (void)capfile_reader__keylog(r, &kl); }
	capfile_reader__close(r);
	dx_tree_free(&tree);
	strbuf_free(&out);
	dx__free(dx);
	return 0;
}
