// SPDX-License-Identifier: GPL-2.0
/* \summary: OSC 52 clipboard and the copy file (copy.h); base64 per RFC 4648 section 4 */
#include "copy.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t copy__base64(const void *in, size_t n, char *out)
{
	static const char abc[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *p = in;
	size_t i, o = 0;

	for (i = 0; i + 2 < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];

		out[o++] = abc[v >> 18];
		out[o++] = abc[(v >> 12) & 63];
		out[o++] = abc[(v >> 6) & 63];
		out[o++] = abc[v & 63];
	}
	if (i < n) {
		unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0);

		out[o++] = abc[v >> 18];
		out[o++] = abc[(v >> 12) & 63];
		out[o++] = i + 1 < n ? abc[(v >> 6) & 63] : '=';
		out[o++] = '=';
	}
	out[o] = '\0';
	return o;
}

static int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

int copy__osc52(int fd, const char *s, size_t n)
{
	static const char head[] = "\033]52;c;";
	size_t hl = sizeof(head) - 1, len;
	char *buf = malloc(hl + 4 * ((n + 2) / 3) + 2);
	int err;

	if (!buf)
		return -ENOMEM;
	memcpy(buf, head, hl);
	len = hl + copy__base64(s, n, buf + hl);
	buf[len++] = '\a';
	err = write_all(fd, buf, len);
	free(buf);
	return err;
}

int copy__append(const char *path, const char *s, size_t n)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600), err;

	if (fd < 0)
		return -errno;
	err = write_all(fd, s, n);
	if (!err)
		err = write_all(fd, "\n", 1);
	if (close(fd) < 0 && !err)
		err = -errno;
	return err;
}

const char *copy__default_path(char *buf, size_t len)
{
	const char *run = getenv("XDG_RUNTIME_DIR"), *tmp = getenv("TMPDIR");

	if (run && *run)
		snprintf(buf, len, "%s/ptcpdump-top.copy", run);
	else
		snprintf(buf, len, "%s/ptcpdump-top-%u.copy", tmp && *tmp ? tmp : "/tmp",
			 (unsigned)getuid());
	return buf;
}
