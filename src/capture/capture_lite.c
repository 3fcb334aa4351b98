// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the capture programs without kernel functions (capture_lite.skel.h)
 *
 * Built from bpf/capture.bpf.c with PT_NO_KFUNCS under the skeleton name
 * capture_bpf, so the skeleton struct is the one live.c knows; only the
 * object inside differs. Its own file: both headers define the same
 * inline functions.
 */
#include "live_int.h"

#include "capture_lite.skel.h"

struct capture_bpf *capture_lite__open_opts(const struct bpf_object_open_opts *opts)
{
	return capture_bpf__open_opts(opts);
}
