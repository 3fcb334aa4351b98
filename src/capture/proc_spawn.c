// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: -- command: a child that waits on a pipe until released, then execs
 *
 * The child exists (and its pid is selected) before the capture starts, so
 * its very first packet is kept; it runs the command only when ptcpdump
 * has attached everything and writes the go byte. If ptcpdump gives up
 * first (the pipe closes without the byte), the child exits with 126.
 */
#include "proctab_int.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void proc_spawn__init(struct proc_spawn *s)
{
	s->pid = -1;
	s->fd = -1;
	s->done = 0;
	s->status = 0;
}

int proc_spawn__start(struct proc_spawn *s, char *const argv[])
{
	int p[2], err;
	pid_t pid;

	if (!argv || !argv[0])
		return -EINVAL;
	if (s->pid > 0)
		return -EBUSY;
	if (pipe2(p, O_CLOEXEC) < 0)
		return -errno;
	pid = fork();
	if (pid < 0) {
		err = -errno;
		close(p[0]);
		close(p[1]);
		return err;
	}
	if (pid == 0) {
		char go = 0;
		ssize_t r;

		close(p[1]);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		do {
			r = read(p[0], &go, 1);
		} while (r < 0 && errno == EINTR);
		if (r != 1 || go != 'g')
			_exit(126);
		execvp(argv[0], argv);
		fprintf(stderr, "ptcpdump: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	close(p[0]);
	s->pid = pid;
	s->fd = p[1];
	return pid;
}

int proc_spawn__release(struct proc_spawn *s)
{
	char go = 'g';
	ssize_t r;
	int err = 0;

	if (s->fd < 0)
		return -EINVAL;
	do {
		r = write(s->fd, &go, 1);
	} while (r < 0 && errno == EINTR);
	if (r != 1)
		err = r < 0 ? -errno : -EIO;
	close(s->fd);
	s->fd = -1;
	return err;
}

int proc_spawn__exited(struct proc_spawn *s, int *status)
{
	int st;
	pid_t r;

	if (s->pid <= 0)
		return 0;
	if (!s->done) {
		r = waitpid(s->pid, &st, WNOHANG);
		if (r == s->pid) {
			s->done = 1;
			s->status = st;
		} else if (r < 0 && errno == ECHILD) {
			s->done = 1;
			s->status = 0;
		}
	}
	if (s->done && status)
		*status = s->status;
	return s->done;
}

void proc_spawn__fini(struct proc_spawn *s)
{
	int st;

	if (s->fd >= 0) {
		/* never released: the child exits on EOF at once; reap it */
		close(s->fd);
		s->fd = -1;
		if (s->pid > 0 && !s->done) {
			while (waitpid(s->pid, &st, 0) < 0 && errno == EINTR)
				;
			s->done = 1;
			s->status = st;
		}
		return;
	}
	if (s->pid > 0 && !s->done)
		proc_spawn__exited(s, NULL);	/* a running command is left alone */
}
