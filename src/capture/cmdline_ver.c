// SPDX-License-Identifier: GPL-2.0
/* \summary: the libbpf version for --version (apart: libbpf's and libpcap's headers clash) */
#include <bpf/libbpf.h>

#include "cmdline.h"

const char *cmdline_libbpf_version(void)
{
	const char *v = libbpf_version_string();

	return v[0] == 'v' ? v + 1 : v;
}
