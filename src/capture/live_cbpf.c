// SPDX-License-Identifier: GPL-2.0
/* \summary: hand libpcap's classic filter code to the translator (pcap.h stays here) */
#include "live_int.h"

#include <errno.h>
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>

#include "cbpf2ebpf.h"
#include "pfilter.h"

_Static_assert(sizeof(struct cbpf_insn) == sizeof(struct bpf_insn), "classic insn layout");

int live_cbpf__get(struct pfilter *pf, int dlt, struct cbpf_insn **out, size_t *n, char *err,
		   size_t errlen)
{
	const struct bpf_program *prog;
	struct cbpf_insn *c;
	size_t i;
	int rc;

	*out = NULL;
	*n = 0;
	rc = pfilter__compile(pf, dlt, err, errlen);
	if (rc < 0)
		return rc;
	prog = pfilter__program(pf, dlt);
	if (!prog)
		return 0;	/* no expression */
	c = calloc(prog->bf_len ? prog->bf_len : 1, sizeof(*c));
	if (!c)
		return -ENOMEM;
	for (i = 0; i < prog->bf_len; i++) {
		c[i].code = prog->bf_insns[i].code;
		c[i].jt = prog->bf_insns[i].jt;
		c[i].jf = prog->bf_insns[i].jf;
		c[i].k = prog->bf_insns[i].k;
	}
	*out = c;
	*n = prog->bf_len;
	return 0;
}
