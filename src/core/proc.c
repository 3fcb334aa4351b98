// SPDX-License-Identifier: GPL-2.0
/* \summary: helpers for struct proc_ctx */
#include "proc.h"

#include <string.h>

const char *proc_basename(const char *path)
{
	const char *s;

	if (!path)
		return "";
	s = strrchr(path, '/');
	return s ? s + 1 : path;
}
