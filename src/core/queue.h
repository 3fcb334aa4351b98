/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: bounded single-producer/single-consumer queue of pointers with an eventfd wake-up
 *
 * One producer thread pushes, one consumer thread pops; no locks (C11
 * atomics). The capacity is fixed at creation. A push onto a full queue
 * fails at once (the producer decides: drop and count, or retry), so the
 * producer never waits on the consumer. Every successful push makes the
 * eventfd readable; the consumer polls it, then drains with queue__pop()
 * and queue__ack().
 */
#ifndef PTCPDUMP_CORE_QUEUE_H
#define PTCPDUMP_CORE_QUEUE_H

#include <stddef.h>

struct queue;

/* capacity is rounded up to a power of two (>= 2). Caller owns; NULL and errno on failure. */
struct queue *queue__new(size_t capacity);
/* Frees the ring and closes the eventfd; items still queued are not freed. Safe on NULL. */
void queue__free(struct queue *q);
/* Producer: 0, or -EAGAIN when full (nothing changed). */
int queue__push(struct queue *q, void *item) __attribute__((warn_unused_result));
/* Consumer: the oldest item, or NULL when empty. */
void *queue__pop(struct queue *q);
/* The eventfd to poll for readability. */
int queue__fd(const struct queue *q);
/* Consumer: clear the eventfd's readiness (call before draining). */
void queue__ack(struct queue *q);
size_t queue__len(const struct queue *q);
size_t queue__capacity(const struct queue *q);

#endif
