// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: differential test of the cBPF -> eBPF translator (root: BPF_PROG_TEST_RUN)
 *
 * xlate-diff FILE.pcap EXPRS.txt [SEED]: for every expression, the translated
 * program is loaded as a SCHED_CLS program and run by the kernel on every
 * packet of FILE, on random truncations of it and on randomly changed
 * copies; its verdict must equal libpcap's bpf_filter() on the same bytes.
 * Prints PASS/FAIL lines.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/bpf.h>

#include "capture/capfile.h"
#include "capture/cbpf2ebpf.h"
#include "capture/live_int.h"
#include "capture/pfilter.h"

#define MAX_PKTS 4096
#define VARIANTS 6

struct sample {
	uint8_t *data;
	uint32_t len;
};

static uint32_t rnd_state = 1;

static uint32_t rnd(void)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return rnd_state >> 8;
}

static int load_samples(const char *path, struct sample **out, size_t *n)
{
	struct capfile_reader *r;
	struct sample *v = calloc(MAX_PKTS * (VARIANTS + 1), sizeof(*v));
	char err[256];
	struct pkt p;
	size_t k = 0;
	int i;

	r = capfile_reader__open(path, err, sizeof(err));
	if (!r || !v) {
		fprintf(stderr, "%s: %s\n", path, r ? "out of memory" : err);
		return -1;
	}
	while (k + VARIANTS + 1 <= MAX_PKTS * (VARIANTS + 1) && capfile_reader__next(r, &p) == 1) {
		if (p.caplen < 14)
			continue;
		for (i = 0; i <= VARIANTS; i++) {
			struct sample *s = &v[k++];

			s->len = p.caplen;
			if (i > 0 && i <= 3)	/* truncated: loads past the end */
				s->len = p.caplen > 54 ? 54 + rnd() % (p.caplen - 53) :
							 14 + rnd() % (p.caplen - 13);
			s->data = malloc(s->len);
			if (!s->data)
				return -1;
			memcpy(s->data, p.data, s->len);
			if (i > 3) {		/* changed bytes past the MACs */
				int m, nm = 1 + (int)(rnd() % 6);

				for (m = 0; m < nm && s->len > 14; m++)
					s->data[14 + rnd() % (s->len - 14)] = (uint8_t)rnd();
			}
		}
	}
	capfile_reader__close(r);
	*out = v;
	*n = k;
	return 0;
}

static int check_expr(const char *expr, const struct sample *v, size_t n)
{
	struct pfilter *pf = pfilter__new(expr, 262144);
	struct cbpf_insn *c = NULL;
	struct bpf_insn *e = NULL;
	char err[512], *log = NULL;
	size_t nc = 0, i, bad = 0, skipped = 0;
	int ne, fd = -1, rc = 1;

	if (!pf)
		return 1;
	if (live_cbpf__get(pf, 1, &c, &nc, err, sizeof(err)) < 0 || !c) {
		printf("SKIP xlate: %s: %s\n", expr, c ? err : "no code");
		rc = 0;
		goto out;
	}
	ne = cbpf2ebpf(c, nc, &e, err, sizeof(err));
	if (ne == -EINVAL) {
		printf("SKIP xlate: %s: %s (user space filters it)\n", expr, err);
		rc = 0;
		goto out;
	}
	if (ne < 0) {
		printf("FAIL xlate: %s: %s\n", expr, err);
		goto out;
	}
	log = calloc(1, 1 << 20);
	{
		LIBBPF_OPTS(bpf_prog_load_opts, lo, .log_buf = log, .log_size = 1 << 20,
			    .log_level = 0);

		fd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "xlate", "GPL", e, (size_t)ne, &lo);
		if (fd < 0) {
			lo.log_level = 1;
			fd = bpf_prog_load(BPF_PROG_TYPE_SCHED_CLS, "xlate", "GPL", e, (size_t)ne, &lo);
			printf("FAIL xlate: %s: the verifier refuses it: %.200s\n", expr,
			       log && *log ? log : strerror(errno));
			goto out;
		}
	}
	for (i = 0; i < n; i++) {
		LIBBPF_OPTS(bpf_test_run_opts, t, .data_in = v[i].data, .data_size_in = v[i].len,
			    .repeat = 1);
		int want = pfilter__match(pf, 1, v[i].data, v[i].len, v[i].len);

		int r = bpf_prog_test_run_opts(fd, &t);

		if (r < 0 && errno == EINVAL) {
			skipped++;	/* the kernel wants a whole IP header in a test skb */
			continue;
		}
		if (r < 0) {
			printf("FAIL xlate: %s: test run on packet %zu (%u bytes): %s\n", expr, i,
			       v[i].len, strerror(errno));
			goto out;
		}
		if ((t.retval != 0) != (want != 0)) {
			if (!bad)
				printf("FAIL xlate: %s: packet %zu (%u bytes): kernel %u, libpcap %d\n",
				       expr, i, v[i].len, t.retval, want);
			bad++;
		}
	}
	if (!bad)
		printf("PASS xlate: %s (%zu packets, %d insns)\n", expr, n - skipped, ne);
	rc = bad ? 1 : 0;
out:
	if (fd >= 0)
		close(fd);
	free(log);
	free(e);
	free(c);
	pfilter__free(pf);
	return rc;
}

int main(int argc, char **argv)
{
	struct sample *v = NULL;
	char line[1024];
	size_t n = 0;
	FILE *f;

	if (argc < 3) {
		fprintf(stderr, "usage: xlate-diff FILE.pcap EXPRS.txt [SEED]\n");
		return 2;
	}
	if (argc > 3)
		rnd_state = (uint32_t)strtoul(argv[3], NULL, 10);
	if (load_samples(argv[1], &v, &n) < 0)
		return 2;
	f = fopen(argv[2], "r");
	if (!f) {
		perror(argv[2]);
		return 2;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (*line && *line != '#')
			check_expr(line, v, n);
	}
	fclose(f);
	return 0;
}
