// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: the --write-keylog-file sink: the TLS key log of the capture, in NSS format
 *
 * The file is appended to (as SSLKEYLOGFILE writers do) and flushed each
 * time lines arrive, before the packet that follows them is handed on, so
 * a reader following the capture has the keys first.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

struct keyfile {
	struct source *src;
	const char *name;
	int fd;
	size_t sent;		/* bytes of the source's key log written */
};

struct keyfile *keyfile__open(const char *path)
{
	struct keyfile *k = calloc(1, sizeof(*k));

	if (!k) {
		cli_err("out of memory");
		return NULL;
	}
	k->fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
	if (k->fd < 0) {
		cli_err("%s: %s", path, strerror(errno));
		free(k);
		return NULL;
	}
	k->name = path;
	return k;
}

void keyfile__source(struct keyfile *k, struct source *src)
{
	k->src = src;
}

/* write what came since the last call; 0 or -1 after a message */
static int catch_up(struct keyfile *k)
{
	size_t len;
	const char *text;

	if (!k->src)
		return 0;
	text = source__keylog(k->src, &len);
	while (k->sent < len) {
		ssize_t n = write(k->fd, text + k->sent, len - k->sent);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			cli_err("%s: %s", k->name, strerror(n < 0 ? errno : EIO));
			return -1;
		}
		k->sent += (size_t)n;
	}
	return 0;
}

int keyfile__packet(void *arg, const struct pkt *pkt)
{
	(void)pkt;
	return catch_up(arg);
}

int keyfile__idle(void *arg)
{
	return catch_up(arg);
}

int keyfile__close(struct keyfile *k)
{
	int rc;

	if (!k)
		return 0;
	rc = catch_up(k);
	if (close(k->fd) < 0 && rc == 0) {
		cli_err("%s: %s", k->name, strerror(errno));
		rc = -1;
	}
	free(k);
	return rc;
}
