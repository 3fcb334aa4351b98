// SPDX-License-Identifier: GPL-2.0
/* \summary: placeholder writers until the pcap/pcapng writers land */
#include "capfile.h"

#include <errno.h>
#include <stdio.h>

struct capfile_writer *capfile_writer__open(const char *path, enum capfile_format fmt, int nano,
					    char *err, size_t errlen)
{
	(void)fmt; (void)nano;
	snprintf(err, errlen, "%s: file writing not implemented yet", path);
	return NULL;
}
struct capfile_writer *capfile_writer__fopen(FILE *f, enum capfile_format fmt, int nano, char *err,
					     size_t errlen)
{
	(void)f; (void)fmt; (void)nano;
	snprintf(err, errlen, "file writing not implemented yet");
	return NULL;
}
int capfile_writer__add_iface(struct capfile_writer *w, const struct capfile_iface *ifc) { (void)w; (void)ifc; return -ENOSYS; }
int capfile_writer__write(struct capfile_writer *w, int iface_id, const struct pkt *pkt) { (void)w; (void)iface_id; (void)pkt; return -ENOSYS; }
int capfile_writer__add_keylog(struct capfile_writer *w, const char *text, size_t len) { (void)w; (void)text; (void)len; return -ENOSYS; }
int capfile_writer__flush(struct capfile_writer *w) { (void)w; return 0; }
uint64_t capfile_writer__bytes(const struct capfile_writer *w) { (void)w; return 0; }
int capfile_writer__close(struct capfile_writer *w) { (void)w; return 0; }
void capfile_proc_comments(const struct proc_ctx *ctx,
			   void (*emit)(void *arg, const char *text, size_t len), void *arg)
{
	(void)ctx; (void)emit; (void)arg;
}
