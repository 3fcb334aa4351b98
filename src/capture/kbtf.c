// SPDX-License-Identifier: GPL-2.0
/* \summary: the running kernel's BTF, parsed once and shared during start-up */
#include "kbtf.h"

#include <stddef.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

static struct btf *vmlinux;
static int parsed;

const struct btf *kbtf__vmlinux(void)
{
	if (!parsed) {
		parsed = 1;
		vmlinux = btf__load_vmlinux_btf();
		if (libbpf_get_error(vmlinux))
			vmlinux = NULL;
	}
	return vmlinux;
}

void kbtf__release(void)
{
	btf__free(vmlinux);
	vmlinux = NULL;
	parsed = 0;
}
