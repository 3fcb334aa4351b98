/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: BPF ring buffer consumer that hands out records in place
 *
 * libbpf's ring_buffer__poll() consumes a record when its callback returns;
 * live capture lends the packet bytes to the caller until the next call,
 * so this consumer maps the ring itself and releases a record only when
 * the next one is asked for. Single consumer thread.
 */
#ifndef PTCPDUMP_CAPTURE_RINGBUF_H
#define PTCPDUMP_CAPTURE_RINGBUF_H

#include <stddef.h>
#include <stdint.h>

struct ringbuf;

/* Map the ring buffer map map_fd. NULL and errno on failure. Caller owns. */
struct ringbuf *ringbuf__new(int map_fd);
void ringbuf__free(struct ringbuf *rb);
/* The map fd: poll()able, readable when records wait. */
int ringbuf__fd(const struct ringbuf *rb);
/*
 * Release the record returned last, then return the next committed
 * record (1, *data and *len set; borrowed until the next call) or 0 when
 * the ring is empty.
 */
int ringbuf__next(struct ringbuf *rb, const void **data, uint32_t *len);

#endif
