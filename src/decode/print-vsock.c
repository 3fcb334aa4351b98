// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Linux vsockmon (DLT_VSOCK 271). Text as tcpdump 4.99.3
 * print-vsock.c.
 *
 * Linux include/uapi/linux/vsockmon.h, all fields little-endian: source
 * and destination CID (8 each), source and destination port (4 each),
 * operation (2), transport (2), transport header length (2), reserved
 * (2); for the virtio transport (include/uapi/linux/virtio_vsock.h) the
 * 44-byte virtio_vsock_hdr follows: CIDs, ports, length (4), type (2), op
 * (2), flags (4), buf_alloc (4), fwd_cnt (4).
 */
#include <inttypes.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define VSOCKMON_HDRLEN 32u
#define VIRTIO_HDRLEN 44u
#define TRANSPORT_VIRTIO 2
#define OP_PAYLOAD 4

static const struct tok vsock_transport[] = {
	{ 0, "UNKNOWN" },
	{ 1, "NO_INFO" },
	{ TRANSPORT_VIRTIO, "VIRTIO" },
	{ 0, NULL }
};

static const struct tok vsock_op[] = {
	{ 0, "UNKNOWN" },
	{ 1, "CONNECT" },
	{ 2, "DISCONNECT" },
	{ 3, "CONTROL" },
	{ OP_PAYLOAD, "PAYLOAD" },
	{ 0, NULL }
};

static const struct tok virtio_type[] = {
	{ 1, "STREAM" },
	{ 0, NULL }
};

static const struct tok virtio_op[] = {
	{ 0, "INVALID" },
	{ 1, "REQUEST" },
	{ 2, "RESPONSE" },
	{ 3, "RST" },
	{ 4, "SHUTDOWN" },
	{ 5, "RW" },
	{ 6, "CREDIT UPDATE" },
	{ 7, "CREDIT REQUEST" },
	{ 0, NULL }
};

static void virtio_hdr_print(struct dx *dx, const uint8_t *h)
{
	DX_LAYER(dx, h, VIRTIO_HDRLEN, "virtio vsock header");
	DX_FIELD(dx, h + 24, 4, "Length: %u", GET_LE32(dx, h + 24));
	DX_FIELD(dx, h + 28, 2, "Type: %u", GET_LE16(dx, h + 28));
	DX_FIELD(dx, h + 30, 2, "Op: %u", GET_LE16(dx, h + 30));
	DX_LAYER_END(dx);
	dx_printf(dx, "len %u", GET_LE32(dx, h + 24));
	dx_printf(dx, ", type %s", tok2str(dx, virtio_type, "Invalid type (%u)", GET_LE16(dx, h + 28)));
	dx_printf(dx, ", op %s", tok2str(dx, virtio_op, "Invalid op (%u)", GET_LE16(dx, h + 30)));
	dx_printf(dx, ", flags %x", GET_LE32(dx, h + 32));
	dx_printf(dx, ", buf_alloc %u", GET_LE32(dx, h + 36));
	dx_printf(dx, ", fwd_cnt %u", GET_LE32(dx, h + 40));
}

unsigned vsock_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned transport, op, thl, total;
	int cut = 0;

	(void)length;
	dx_proto(dx, "vsock");
	if (caplen < VSOCKMON_HDRLEN) {
		dx_print_trunc(dx);
		return caplen;
	}
	transport = GET_LE16(dx, p + 26);
	op = GET_LE16(dx, p + 24);
	thl = transport == TRANSPORT_VIRTIO ? VIRTIO_HDRLEN : 0;
	total = VSOCKMON_HDRLEN + thl;
	DX_LAYER(dx, p, VSOCKMON_HDRLEN, "Linux vsock monitor, %s",
		 tok2str(dx, vsock_op, "invalid op (%u)", op));
	DX_FIELD(dx, p, 8, "Source CID: %" PRIu64, GET_LE64(dx, p));
	DX_FIELD(dx, p + 8, 8, "Destination CID: %" PRIu64, GET_LE64(dx, p + 8));
	DX_FIELD(dx, p + 16, 4, "Source port: %u", GET_LE32(dx, p + 16));
	DX_FIELD(dx, p + 20, 4, "Destination port: %u", GET_LE32(dx, p + 20));
	DX_FIELD(dx, p + 24, 2, "Op: %u", op);
	DX_FIELD(dx, p + 26, 2, "Transport: %u", transport);
	DX_FIELD(dx, p + 28, 2, "Transport header length: %u", GET_LE16(dx, p + 28));
	DX_LAYER_END(dx);
	dx_puts(dx, tok2str(dx, vsock_transport, "Invalid transport (%u)", transport));
	if (dx->opts->verbose) {
		if (caplen < total) {
			cut = 1;
		} else {
			if (thl) {
				dx_puts(dx, " (");
				virtio_hdr_print(dx, p + VSOCKMON_HDRLEN);
				dx_putc(dx, ')');
			}
			dx_puts(dx, "\n\t");
		}
	} else {
		dx_putc(dx, ' ');
	}
	dx_printf(dx, "%" PRIu64 ".%u > %" PRIu64 ".%u %s, length %u", GET_LE64(dx, p),
		  GET_LE32(dx, p + 16), GET_LE64(dx, p + 8), GET_LE32(dx, p + 20),
		  tok2str(dx, vsock_op, " invalid op (%u)", op), caplen);
	if (cut) {
		dx_print_trunc(dx);
		return VSOCKMON_HDRLEN;
	}
	if (dx->opts->verbose > 1 && op == OP_PAYLOAD) {
		if (caplen > total) {
			dx_putc(dx, '\n');
			ip_print_unknown_data(dx, p + total, "\t", caplen - total);
		} else {
			dx_print_trunc(dx);
		}
	}
	return VSOCKMON_HDRLEN;
}
