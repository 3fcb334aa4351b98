// SPDX-License-Identifier: GPL-2.0
/* \summary: pcapng reader (placeholder until the block parser lands) */
#include "capfile_int.h"

int pcapng_read_header(struct capfile_reader *r)
{
	cf_err(r, "pcapng reading not implemented yet");
	return -1;
}

int pcapng_read_next(struct capfile_reader *r, struct pkt *pkt)
{
	(void)pkt;
	cf_err(r, "pcapng reading not implemented yet");
	return -1;
}

void pcapng_reader_free(struct capfile_reader *r)
{
	(void)r;
}
