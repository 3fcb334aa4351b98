// SPDX-License-Identifier: GPL-2.0
/* \summary: bounded single-producer/single-consumer queue of pointers with an eventfd wake-up */
#include "queue.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>

struct queue {
	size_t mask;
	int efd;
	/* head: next slot the consumer reads; tail: next slot the producer writes */
	_Alignas(64) atomic_size_t head;
	_Alignas(64) atomic_size_t tail;
	void **slots;
};

struct queue *queue__new(size_t capacity)
{
	struct queue *q;
	size_t cap = 2;

	while (cap < capacity && cap < ((size_t)1 << 30))
		cap <<= 1;
	q = calloc(1, sizeof(*q));
	if (!q)
		return NULL;
	q->slots = calloc(cap, sizeof(*q->slots));
	q->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
	if (!q->slots || q->efd < 0) {
		int e = q->slots ? errno : ENOMEM;

		queue__free(q);
		errno = e;
		return NULL;
	}
	q->mask = cap - 1;
	atomic_init(&q->head, 0);
	atomic_init(&q->tail, 0);
	return q;
}

void queue__free(struct queue *q)
{
	if (!q)
		return;
	if (q->efd >= 0)
		close(q->efd);
	free(q->slots);
	free(q);
}

int queue__push(struct queue *q, void *item)
{
	size_t tail = atomic_load_explicit(&q->tail, memory_order_relaxed);
	size_t head = atomic_load_explicit(&q->head, memory_order_acquire);
	uint64_t one = 1;

	if (tail - head > q->mask)
		return -EAGAIN;
	q->slots[tail & q->mask] = item;
	atomic_store_explicit(&q->tail, tail + 1, memory_order_release);
	/* EAGAIN only when the counter would overflow: it is readable then anyway */
	if (write(q->efd, &one, sizeof(one)) < 0 && errno != EAGAIN)
		return 0;
	return 0;
}

void *queue__pop(struct queue *q)
{
	size_t head = atomic_load_explicit(&q->head, memory_order_relaxed);
	size_t tail = atomic_load_explicit(&q->tail, memory_order_acquire);
	void *item;

	if (head == tail)
		return NULL;
	item = q->slots[head & q->mask];
	atomic_store_explicit(&q->head, head + 1, memory_order_release);
	return item;
}

int queue__fd(const struct queue *q)
{
	return q->efd;
}

void queue__ack(struct queue *q)
{
	uint64_t v;

	if (read(q->efd, &v, sizeof(v)) < 0)
		return;
}

size_t queue__len(const struct queue *q)
{
	size_t tail = atomic_load_explicit(&q->tail, memory_order_acquire);
	size_t head = atomic_load_explicit(&q->head, memory_order_acquire);

	return tail - head;
}

size_t queue__capacity(const struct queue *q)
{
	return q->mask + 1;
}
