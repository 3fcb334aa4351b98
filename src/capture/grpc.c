// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: one unary gRPC call over a unix socket (HTTP/2 without TLS), and a protobuf reader
 *
 * The client side of RFC 9113 that one call needs: the connection preface
 * and an empty SETTINGS, one HEADERS frame (RFC 7541 header fields, all as
 * literals or static-table entries, so no HPACK state is kept), one DATA
 * frame with the length-prefixed message (gRPC over HTTP/2: a flag byte
 * and a 4-byte length). From the server: SETTINGS get their ACK, DATA is
 * collected (and the window given back, so a reply may be larger than
 * 64 KiB), HEADERS are not decoded: a call that failed sends no message,
 * only trailers, which is what the caller needs to know.
 */
#include "grpc.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define H2_DATA 0x0
#define H2_HEADERS 0x1
#define H2_RST_STREAM 0x3
#define H2_SETTINGS 0x4
#define H2_PING 0x6
#define H2_GOAWAY 0x7
#define H2_WINDOW_UPDATE 0x8
#define H2_F_END_STREAM 0x1
#define H2_F_ACK 0x1
#define H2_F_END_HEADERS 0x4
#define H2_F_PADDED 0x8
#define MAX_FRAME 16384		/* SETTINGS_MAX_FRAME_SIZE we leave at its default */
#define MAX_REPLY (4u << 20)

static uint64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t k = write(fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -(k < 0 ? errno : EIO);
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* read exactly n bytes before the deadline */
static int read_full(int fd, uint8_t *p, size_t n, uint64_t deadline)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };

	while (n) {
		uint64_t t = now_ms();
		ssize_t k;

		if (t >= deadline || poll(&pfd, 1, (int)(deadline - t)) <= 0)
			return -ETIMEDOUT;
		k = read(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return k < 0 ? -errno : -ECONNRESET;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static size_t frame_hdr(uint8_t *b, size_t len, int type, int flags, uint32_t stream)
{
	b[0] = (uint8_t)(len >> 16);
	b[1] = (uint8_t)(len >> 8);
	b[2] = (uint8_t)len;
	b[3] = (uint8_t)type;
	b[4] = (uint8_t)flags;
	b[5] = (uint8_t)(stream >> 24 & 0x7f);
	b[6] = (uint8_t)(stream >> 16);
	b[7] = (uint8_t)(stream >> 8);
	b[8] = (uint8_t)stream;
	return 9;
}

/* an HPACK integer with an n-bit prefix (RFC 7541 5.1); first holds the
 * pattern bits above the prefix */
static size_t hp_int(uint8_t *b, size_t at, size_t cap, uint8_t first, int n, size_t v)
{
	size_t max = ((size_t)1 << n) - 1;

	if (at >= cap)
		return cap + 1;
	if (v < max) {
		b[at++] = (uint8_t)(first | v);
		return at;
	}
	b[at++] = (uint8_t)(first | max);
	v -= max;
	while (v >= 128) {
		if (at >= cap)
			return cap + 1;
		b[at++] = (uint8_t)(v % 128 + 128);
		v /= 128;
	}
	if (at >= cap)
		return cap + 1;
	b[at++] = (uint8_t)v;
	return at;
}

static size_t hp_str(uint8_t *b, size_t at, size_t cap, const char *s)
{
	size_t n = strlen(s);

	at = hp_int(b, at, cap, 0, 7, n);	/* not Huffman coded */
	if (at > cap || at + n > cap)
		return cap + 1;
	memcpy(b + at, s, n);
	return at + n;
}

/* a literal header field without indexing: name by static index, or new */
static size_t hp_field(uint8_t *b, size_t at, size_t cap, int name_idx, const char *name,
		       const char *value)
{
	at = hp_int(b, at, cap, 0x00, 4, name_idx > 0 ? (size_t)name_idx : 0);
	if (name_idx <= 0)
		at = hp_str(b, at, cap, name);
	return at > cap ? at : hp_str(b, at, cap, value);
}

static int send_request(int fd, const char *path, const char *ns, const uint8_t *msg, size_t len)
{
	static const char preface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
	uint8_t hb[1024], *buf;
	size_t h = 9, cap = sizeof(hb), n;
	int rc;

	/* :method POST, :scheme http (static entries 3 and 6) */
	hb[h++] = 0x83;
	hb[h++] = 0x86;
	h = hp_field(hb, h, cap, 4, NULL, path);		/* :path */
	h = hp_field(hb, h, cap, 1, NULL, "localhost");		/* :authority */
	h = hp_field(hb, h, cap, 31, NULL, "application/grpc");	/* content-type */
	h = hp_field(hb, h, cap, 0, "te", "trailers");
	if (ns)
		h = hp_field(hb, h, cap, 0, "containerd-namespace", ns);
	if (h > cap)
		return -ENAMETOOLONG;
	frame_hdr(hb, h - 9, H2_HEADERS, H2_F_END_HEADERS, 1);

	n = sizeof(preface) - 1 + 9 + h + 9 + 5 + len;
	if (len > MAX_FRAME - 5)
		return -EMSGSIZE;
	buf = malloc(n);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, preface, sizeof(preface) - 1);
	n = sizeof(preface) - 1;
	n += frame_hdr(buf + n, 0, H2_SETTINGS, 0, 0);
	memcpy(buf + n, hb, h);
	n += h;
	n += frame_hdr(buf + n, 5 + len, H2_DATA, H2_F_END_STREAM, 1);
	buf[n++] = 0;	/* not compressed */
	buf[n++] = (uint8_t)(len >> 24);
	buf[n++] = (uint8_t)(len >> 16);
	buf[n++] = (uint8_t)(len >> 8);
	buf[n++] = (uint8_t)len;
	memcpy(buf + n, msg, len);
	n += len;
	rc = write_all(fd, buf, n);
	free(buf);
	return rc;
}

/* give back what a DATA frame took of the connection's and the stream's window */
static int window_back(int fd, size_t len)
{
	uint8_t b[26];
	uint32_t s;

	if (!len)
		return 0;
	for (s = 0; s < 2; s++) {
		uint8_t *p = b + s * 13;

		frame_hdr(p, 4, H2_WINDOW_UPDATE, 0, s);
		p[9] = (uint8_t)(len >> 24 & 0x7f);
		p[10] = (uint8_t)(len >> 16);
		p[11] = (uint8_t)(len >> 8);
		p[12] = (uint8_t)len;
	}
	return write_all(fd, b, sizeof(b));
}

int grpc__call(const char *sock, const char *path, const char *ns, const uint8_t *msg,
	       size_t len, int timeout_ms, uint8_t **out, size_t *outlen)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	uint64_t deadline = now_ms() + (uint64_t)timeout_ms;
	uint8_t *body = NULL, *pay = NULL;
	size_t blen = 0;
	int fd, rc;

	*out = NULL;
	*outlen = 0;
	if (strlen(sock) >= sizeof(sa.sun_path))
		return -ENAMETOOLONG;
	memcpy(sa.sun_path, sock, strlen(sock) + 1);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		rc = -errno;
		goto out;
	}
	rc = send_request(fd, path, ns, msg, len);
	pay = malloc(MAX_FRAME + 256);
	if (!pay && !rc)
		rc = -ENOMEM;
	while (!rc) {
		uint8_t h[9];
		size_t flen;
		uint32_t stream;
		int type, flags;

		rc = read_full(fd, h, 9, deadline);
		if (rc)
			break;
		flen = (size_t)h[0] << 16 | (size_t)h[1] << 8 | h[2];
		type = h[3];
		flags = h[4];
		stream = ((uint32_t)h[5] & 0x7f) << 24 | (uint32_t)h[6] << 16 |
			 (uint32_t)h[7] << 8 | h[8];
		if (flen > MAX_FRAME) {
			rc = -EPROTO;
			break;
		}
		rc = read_full(fd, pay, flen, deadline);
		if (rc)
			break;
		if (type == H2_SETTINGS && !(flags & H2_F_ACK)) {
			uint8_t ack[9];

			frame_hdr(ack, 0, H2_SETTINGS, H2_F_ACK, 0);
			rc = write_all(fd, ack, sizeof(ack));
		} else if (type == H2_PING && !(flags & H2_F_ACK) && flen == 8) {
			uint8_t pong[17];

			frame_hdr(pong, 8, H2_PING, H2_F_ACK, 0);
			memcpy(pong + 9, pay, 8);
			rc = write_all(fd, pong, sizeof(pong));
		} else if (type == H2_GOAWAY || (type == H2_RST_STREAM && stream == 1)) {
			rc = -ECONNRESET;
		} else if (type == H2_DATA && stream == 1) {
			size_t off = 0, n = flen;

			if (flags & H2_F_PADDED) {
				if (!flen || pay[0] >= flen) {
					rc = -EPROTO;
					break;
				}
				off = 1;
				n = flen - 1 - pay[0];
			}
			if (blen + n > MAX_REPLY) {
				rc = -EMSGSIZE;
				break;
			}
			if (n) {
				uint8_t *nb = realloc(body, blen + n);

				if (!nb) {
					rc = -ENOMEM;
					break;
				}
				body = nb;
				memcpy(body + blen, pay + off, n);
				blen += n;
			}
			if (flags & H2_F_END_STREAM)
				break;
			rc = window_back(fd, flen);
		} else if (type == H2_HEADERS && stream == 1 && (flags & H2_F_END_STREAM)) {
			break;	/* trailers: the call is over */
		}
	}
	if (!rc) {
		/* one length-prefixed message, not compressed */
		size_t mlen;

		if (blen < 5) {
			rc = -ENOENT;
		} else {
			mlen = (size_t)body[1] << 24 | (size_t)body[2] << 16 | (size_t)body[3] << 8 |
			       body[4];
			if (body[0] != 0 || mlen > blen - 5) {
				rc = -EPROTO;
			} else {
				memmove(body, body + 5, mlen);
				*out = body;
				*outlen = mlen;
				body = NULL;
			}
		}
	}
out:
	free(pay);
	free(body);
	close(fd);
	return rc;
}

static int varint(struct pb *b, uint64_t *v)
{
	int shift = 0;

	*v = 0;
	while (b->p < b->end && shift < 64) {
		uint8_t c = *b->p++;

		*v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return 0;
		shift += 7;
	}
	return -1;
}

int pb__next(struct pb *b, struct pb_field *f)
{
	uint64_t key;

	if (b->p >= b->end)
		return 0;
	if (varint(b, &key) < 0 || key >> 3 == 0 || key >> 3 > 0x1fffffff)
		return -1;
	f->num = (uint32_t)(key >> 3);
	f->type = (int)(key & 7);
	f->data = NULL;
	f->len = 0;
	f->v = 0;
	switch (f->type) {
	case 0:
		return varint(b, &f->v) < 0 ? -1 : 1;
	case 1:
	case 5: {
		size_t n = f->type == 1 ? 8 : 4, i;

		if ((size_t)(b->end - b->p) < n)
			return -1;
		for (i = 0; i < n; i++)
			f->v |= (uint64_t)b->p[i] << (8 * i);
		b->p += n;
		return 1;
	}
	case 2: {
		uint64_t n;

		if (varint(b, &n) < 0 || n > (uint64_t)(b->end - b->p))
			return -1;
		f->data = b->p;
		f->len = (size_t)n;
		b->p += n;
		return 1;
	}
	default:
		return -1;	/* groups (3, 4) are not used by these services */
	}
}

/* a base-128 varint at buf + at; the new length, or 0 when it does not fit */
static size_t put_varint(uint8_t *buf, size_t cap, size_t at, uint64_t v)
{
	do {
		if (at >= cap)
			return 0;
		buf[at++] = (uint8_t)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
		v >>= 7;
	} while (v);
	return at;
}

size_t pb__put_varint(uint8_t *buf, size_t cap, size_t at, uint32_t num, uint64_t v)
{
	at = put_varint(buf, cap, at, (uint64_t)num << 3);
	return at ? put_varint(buf, cap, at, v) : 0;
}

size_t pb__put_bytes(uint8_t *buf, size_t cap, size_t at, uint32_t num, const void *data,
		     size_t len)
{
	at = put_varint(buf, cap, at, (uint64_t)num << 3 | 2);
	if (at)
		at = put_varint(buf, cap, at, len);
	if (!at || len > cap - at)
		return 0;
	memcpy(buf + at, data, len);
	return at + len;
}
