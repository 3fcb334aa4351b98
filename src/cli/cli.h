/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: command line front end: parsed options, the sinks and the run */
#ifndef PTCPDUMP_CLI_CLI_H
#define PTCPDUMP_CLI_CLI_H

#include <stdint.h>

#include "capture/cmdline.h"
#include "capture/source.h"


/* run.c: capture (-r FILE or live) and print or write; returns the exit status */
int cli_run(struct cmdline *c);
/* ifaces.c: -D; returns the exit status */
int cli_list_ifaces(const struct cmdline *c);
/* write.c: the -w sink (pcap or pcapng, -C/-G/-W rotation when live) */
struct wfile;
struct wfile *wfile__open(const struct cmdline *c, struct source *src);
int wfile__packet(void *wf, const struct pkt *pkt);
int wfile__idle(void *wf);
/* -V: the packets now come from the next file's source */
void wfile__set_source(struct wfile *wf, struct source *src);
/* flush and close; 0, or -1 (with a message when report is set). Safe on NULL. */
int wfile__close(struct wfile *wf, int report);

/* info.c: -d, -L, -J, the -y check: the exit status, or -1 to go on and capture */
int cli_info(struct cmdline *c);
/* "reading from file ..." on stderr, as tcpdump */
void cli_file_banner(const char *path, int linktype, uint32_t snaplen);

/* privs.c: -Z: change to the user (when root); 0 or -1 after a message */
int cli_drop_privileges(const struct cmdline *c);
/* privs.c: -z: run "command file" for a savefile closed by a rotation */
void cli_postrotate(const struct cmdline *c, const char *file);

/* resolve.c: the resolver used without -n (with -N and -f as c says) */
const struct name_resolver *cli_resolver(const struct cmdline *c);

/* keyfile.c: the --write-keylog-file sink (appends NSS key log lines) */
struct keyfile;
struct keyfile *keyfile__open(const char *path);	/* before the capture starts */
void keyfile__source(struct keyfile *kf, struct source *src);
int keyfile__packet(void *kf, const struct pkt *pkt);
int keyfile__idle(void *kf);
/* write the rest and close; 0, or -1 after a message. Safe on NULL. */
int keyfile__close(struct keyfile *kf);


/* "ptcpdump: " + message on stderr */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
