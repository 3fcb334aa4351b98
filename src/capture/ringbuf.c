// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: BPF ring buffer consumer that hands out records in place
 *
 * Layout (kernel/bpf/ringbuf.c): page 0 holds consumer_pos (mapped
 * read-write), page 1 producer_pos, then the data area mapped twice in a
 * row so a record that wraps is contiguous. Each record starts with an
 * 8-byte header: u32 length with BUSY (not yet committed) and DISCARD
 * bits, u32 page offset; records are 8-byte aligned.
 */
#include "ringbuf.h"

#include <errno.h>
#include <linux/bpf.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include <bpf/bpf.h>

#define RB_HDR_SZ 8u

struct ringbuf {
	int fd;
	size_t page;
	uint64_t mask;
	uint64_t *consumer;		/* RW page */
	const uint64_t *producer;	/* RO: producer page + 2 x data */
	const uint8_t *data;
	size_t ro_len;
	uint64_t pending;		/* bytes of the record lent out */
};

struct ringbuf *ringbuf__new(int map_fd)
{
	struct bpf_map_info info = { 0 };
	__u32 len = sizeof(info);
	struct ringbuf *rb;
	void *p;

	if (bpf_obj_get_info_by_fd(map_fd, &info, &len) < 0)
		return NULL;
	if (info.type != BPF_MAP_TYPE_RINGBUF || info.max_entries == 0 ||
	    (info.max_entries & (info.max_entries - 1))) {
		errno = EINVAL;
		return NULL;
	}
	rb = calloc(1, sizeof(*rb));
	if (!rb)
		return NULL;
	rb->fd = map_fd;
	rb->page = (size_t)sysconf(_SC_PAGESIZE);
	rb->mask = info.max_entries - 1;
	p = mmap(NULL, rb->page, PROT_READ | PROT_WRITE, MAP_SHARED, map_fd, 0);
	if (p == MAP_FAILED)
		goto err;
	rb->consumer = p;
	rb->ro_len = rb->page + 2 * (size_t)info.max_entries;
	p = mmap(NULL, rb->ro_len, PROT_READ, MAP_SHARED, map_fd, (off_t)rb->page);
	if (p == MAP_FAILED)
		goto err;
	rb->producer = p;
	rb->data = (const uint8_t *)p + rb->page;
	return rb;
err:
	ringbuf__free(rb);
	return NULL;
}

void ringbuf__free(struct ringbuf *rb)
{
	int e = errno;

	if (!rb)
		return;
	if (rb->consumer)
		munmap(rb->consumer, rb->page);
	if (rb->producer)
		munmap((void *)(uintptr_t)rb->producer, rb->ro_len);
	free(rb);
	errno = e;
}

int ringbuf__fd(const struct ringbuf *rb)
{
	return rb->fd;
}

int ringbuf__next(struct ringbuf *rb, const void **data, uint32_t *len)
{
	uint64_t cons = __atomic_load_n(rb->consumer, __ATOMIC_RELAXED);

	if (rb->pending) {
		cons += rb->pending;
		rb->pending = 0;
		__atomic_store_n(rb->consumer, cons, __ATOMIC_RELEASE);
	}
	for (;;) {
		uint64_t prod = __atomic_load_n(rb->producer, __ATOMIC_ACQUIRE);
		const uint32_t *hdr;
		uint32_t l, sz;

		if (cons >= prod)
			return 0;
		hdr = (const uint32_t *)(rb->data + (cons & rb->mask));
		l = __atomic_load_n(hdr, __ATOMIC_ACQUIRE);
		if (l & BPF_RINGBUF_BUSY_BIT)
			return 0;	/* reserved but not committed yet */
		sz = l & ~(uint32_t)(BPF_RINGBUF_BUSY_BIT | BPF_RINGBUF_DISCARD_BIT);
		if (l & BPF_RINGBUF_DISCARD_BIT) {
			cons += (sz + RB_HDR_SZ + 7) & ~7u;
			__atomic_store_n(rb->consumer, cons, __ATOMIC_RELEASE);
			continue;
		}
		*data = (const uint8_t *)hdr + RB_HDR_SZ;
		*len = sz;
		rb->pending = (sz + RB_HDR_SZ + 7) & ~7u;
		return 1;
	}
}
