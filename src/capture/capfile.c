// SPDX-License-Identifier: GPL-2.0
/* \summary: placeholder readers/writers until the pcap/pcapng code lands */
#include "capfile.h"

#include <errno.h>
#include <stdio.h>

struct capfile_reader *capfile_reader__open(const char *path, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: file reading not implemented yet", path);
	return NULL;
}
struct capfile_reader *capfile_reader__fopen(FILE *f, char *err, size_t errlen)
{
	(void)f;
	snprintf(err, errlen, "file reading not implemented yet");
	return NULL;
}
void capfile_reader__close(struct capfile_reader *r) { (void)r; }
int capfile_reader__next(struct capfile_reader *r, struct pkt *pkt) { (void)r; (void)pkt; return -1; }
const char *capfile_reader__error(const struct capfile_reader *r) { (void)r; return "not implemented"; }
int capfile_reader__is_pcapng(const struct capfile_reader *r) { (void)r; return 0; }
int capfile_reader__linktype(const struct capfile_reader *r) { (void)r; return 1; }
uint32_t capfile_reader__snaplen(const struct capfile_reader *r) { (void)r; return 0; }
int capfile_reader__nano(const struct capfile_reader *r) { (void)r; return 0; }
size_t capfile_reader__n_ifaces(const struct capfile_reader *r) { (void)r; return 0; }
const struct capfile_iface *capfile_reader__iface(const struct capfile_reader *r, size_t i) { (void)r; (void)i; return NULL; }
const char *capfile_reader__keylog(const struct capfile_reader *r) { (void)r; return ""; }
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
