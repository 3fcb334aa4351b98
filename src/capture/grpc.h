/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: one unary gRPC call over a unix socket (HTTP/2 without TLS), and a protobuf reader
 *
 * Enough to ask a container runtime (containerd) about one container: no
 * streams, no compression, one call per connection.
 */
#ifndef PTCPDUMP_CAPTURE_GRPC_H
#define PTCPDUMP_CAPTURE_GRPC_H

#include <stddef.h>
#include <stdint.h>

/*
 * POST msg to path (e.g. "/containerd.services.containers.v1.Containers/Get")
 * on the unix socket sock, with the metadata header "containerd-namespace"
 * set to ns when ns is not NULL. 0 and the reply message in *out (malloc'd)
 * and *outlen; -ENOENT when the call failed (a gRPC status other than OK:
 * no message), or -errno (the socket, a timeout, a malformed reply).
 */
int grpc__call(const char *sock, const char *path, const char *ns, const uint8_t *msg,
	       size_t len, int timeout_ms, uint8_t **out, size_t *outlen);

/* protobuf wire format, read field by field */
struct pb {
	const uint8_t *p, *end;
};

struct pb_field {
	uint32_t num;
	int type;		/* 0 varint, 1 fixed64, 2 bytes, 5 fixed32 */
	uint64_t v;		/* varint and fixed values */
	const uint8_t *data;	/* type 2 */
	size_t len;
};

/* 1 and *f filled, 0 at the end, -1 on malformed input */
int pb__next(struct pb *b, struct pb_field *f);
/* append field num as a varint; returns the new length or 0 when it does not fit */
size_t pb__put_varint(uint8_t *buf, size_t cap, size_t at, uint32_t num, uint64_t v);
/* append field num as bytes (a string or an embedded message); returns the new length or 0 when it does not fit */
size_t pb__put_bytes(uint8_t *buf, size_t cap, size_t at, uint32_t num, const void *data,
		     size_t len);

#endif
