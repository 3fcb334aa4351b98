// SPDX-License-Identifier: GPL-2.0
/* \summary: -Z user (give up root after opening the capture) and -z command (after a rotation) */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

int cli_drop_privileges(const struct cmdline *c)
{
	struct passwd *pw;

	if (!c->user || (getuid() != 0 && geteuid() != 0))
		return 0;
	errno = 0;
	pw = getpwnam(c->user);
	if (!pw) {
		cli_err("invalid -Z value '%s': %s", c->user,
			errno ? strerror(errno) : "no such user");
		return -1;
	}
	if (initgroups(pw->pw_name, pw->pw_gid) != 0 || setgid(pw->pw_gid) != 0 ||
	    setuid(pw->pw_uid) != 0) {
		cli_err("Couldn't change to '%.32s' uid=%lu gid=%lu: %s", pw->pw_name,
			(unsigned long)pw->pw_uid, (unsigned long)pw->pw_gid, strerror(errno));
		return -1;
	}
	return 0;
}

void cli_postrotate(const struct cmdline *c, const char *file)
{
	pid_t pid;

	if (!c->postrotate)
		return;
	/* twice, so that init reaps the command and the capture never waits */
	pid = fork();
	if (pid < 0) {
		cli_err("-z: fork failed: %s", strerror(errno));
		return;
	}
	if (pid == 0) {
		if (fork() != 0)
			_exit(0);
		/* tcpdump's: at the lowest priority, beside the capture */
		setpriority(PRIO_PROCESS, 0, 19);
		execlp(c->postrotate, c->postrotate, file, (char *)NULL);
		fprintf(stderr, "ptcpdump: -z: %s: %s\n", c->postrotate, strerror(errno));
		_exit(1);
	}
	waitpid(pid, NULL, 0);
}
