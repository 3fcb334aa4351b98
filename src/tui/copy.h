/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: copying text out of ptcpdump-top (y): to the terminal's clipboard with
 * OSC 52, and appended to a file (no curses here)
 *
 * OSC 52 is "ESC ] 52 ; c ; <base64 of the text> BEL" (xterm's ctlseqs,
 * "Manipulate Selection Data"); terminals that allow it, and tmux with
 * set-clipboard on, put the text in their clipboard (tmux: a paste buffer).
 * It is written straight to the terminal's fd, between two screen updates,
 * so it never lands inside curses' output.
 */
#ifndef PTCPDUMP_TUI_COPY_H
#define PTCPDUMP_TUI_COPY_H

#include <stddef.h>

/* RFC 4648 base64 of in[0..n) into out (4 * ((n + 2) / 3) + 1 bytes); its length */
size_t copy__base64(const void *in, size_t n, char *out);
/* write the OSC 52 sequence for s[0..n) to fd: 0, or -errno */
int copy__osc52(int fd, const char *s, size_t n) __attribute__((warn_unused_result));
/* append s[0..n) and a newline to path (created 0600, a symlink refused): 0, or -errno */
int copy__append(const char *path, const char *s, size_t n) __attribute__((warn_unused_result));
/* $XDG_RUNTIME_DIR/ptcpdump-top.copy, else ${TMPDIR:-/tmp}/ptcpdump-top-UID.copy */
const char *copy__default_path(char *buf, size_t len);

#endif
