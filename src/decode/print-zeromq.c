// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ZeroMQ Message Transport Protocol 1.0 (13/ZMTP), over TCP
 * (-T zmtp1) and in PGM/EPGM data (-T pgm_zmtp1, zmq_pgm(7)). Text as
 * tcpdump 4.99.3 print-zeromq.c.
 *
 * A frame is a length counting the flags byte and the body (one byte, or
 * 0xff and then 8 bytes big-endian), a flags byte (bit 0 MORE, the others
 * must be zero) and the body. A PGM datagram starts with the 16-bit offset
 * of its first whole message (0xffff: the datagram is all continuation);
 * the bytes before that offset end a message begun in earlier datagrams.
 *
 * At -v the bodies are dumped, 128 bytes of each at most; from -vv whole.
 */
#include <inttypes.h>

#include "dx.h"
#include "print.h"
#include "print-zeromq.h"

#define ZMTP1_VBYTES 128u

/* [cp, cp + len) cut to the capture */
static const uint8_t *zmtp1_end(const struct dx *dx, const uint8_t *cp, unsigned len)
{
	size_t avail = DX_BYTES_AVAIL(dx, cp);

	return cp + (len < avail ? len : avail);
}

/* the flags bits, most significant first: "MBZ" for a reserved bit set */
static void zmtp1_flags_print(struct dx *dx, unsigned flags)
{
	unsigned bit;

	dx_puts(dx, " (");
	for (bit = 0x80; bit > 0x01; bit >>= 1)
		dx_puts(dx, flags & bit ? "MBZ|" : "-|");
	dx_puts(dx, flags & 0x01 ? "MORE)" : "-)");
}

/* one frame at cp, ep the end of the data; the next frame */
static const uint8_t *zmtp1_frame_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	uint64_t declared, captured;
	unsigned hdrlen, flags;

	dx_puts(dx, "\n\t");
	if (GET_U8(dx, cp) != 0xff) {
		hdrlen = 1;
		declared = GET_U8(dx, cp);
		dx_printf(dx, " frame flags+body  (8-bit) length %" PRIu64, declared);
	} else {
		hdrlen = 9;
		dx_puts(dx, " frame flags+body (64-bit) length");
		DX_TCHECK(dx, cp, hdrlen);
		declared = GET_BE64(dx, cp + 1);
		dx_printf(dx, " %" PRIu64, declared);
	}
	if (declared == 0) {
		DX_FIELD_IN(dx, cp, hdrlen, ep, "Frame: length 0 (invalid, skipped)");
		return cp + hdrlen;
	}
	flags = GET_U8(dx, cp + hdrlen);
	/* as unsigned 64-bit arithmetic: a header past ep makes it huge */
	captured = (uint64_t)(ep - cp) - hdrlen;
	if (declared > captured)
		dx_printf(dx, " (%" PRIu64 " captured)", captured);
	dx_printf(dx, ", flags 0x%02x", flags);
	if (dx->tree) {
		size_t span = declared < captured ? (size_t)declared : (size_t)captured;

		DX_SUBTREE(dx, cp, hdrlen + span, "Frame: length %" PRIu64 ", flags 0x%02x%s",
			   declared, flags, flags & 0x01 ? " (MORE)" : "");
		DX_FIELD(dx, cp, hdrlen, "Length: %" PRIu64 " (%s)", declared,
			 hdrlen == 1 ? "8-bit" : "64-bit");
		DX_FIELD(dx, cp + hdrlen, 1, "Flags: 0x%02x", flags);
		if (span > 1)
			DX_FIELD(dx, cp + hdrlen + 1, span - 1, "Body (%zu bytes)", span - 1);
		DX_LAYER_END(dx);
	}
	if (dx->opts->verbose) {
		uint64_t shown = captured < declared ? captured : declared;

		zmtp1_flags_print(dx, flags);
		if (dx->opts->verbose == 1 && shown > ZMTP1_VBYTES + 1)
			shown = ZMTP1_VBYTES + 1;
		if (shown > 1) {
			dx_printf(dx, ", first %" PRIu64 " byte(s) of body:", shown - 1);
			hex_and_ascii_print(dx, "\n\t ", cp + hdrlen + 1, (unsigned)(shown - 1));
		}
	}
	/* check the whole body before stepping over it: the sum can wrap */
	cp += hdrlen;
	DX_TCHECK(dx, cp, declared);
	return cp + declared;
}

static void zmtp1_frames_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep)
{
	while (cp < ep)
		cp = zmtp1_frame_print(dx, cp, ep);
}

void zmtp1_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	const uint8_t *ep = zmtp1_end(dx, cp, len);

	dx_proto(dx, "zmtp1");
	DX_LAYER(dx, cp, (size_t)(ep - cp), "ZeroMQ Message Transport Protocol 1.0");
	dx_puts(dx, ": ZMTP/1.0");
	zmtp1_frames_print(dx, cp, ep);
	DX_LAYER_END(dx);
}

void zmtp1_datagram_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	const uint8_t *ep = zmtp1_end(dx, cp, len);
	unsigned offset, avail;

	dx_proto(dx, "zmtp1");
	offset = GET_BE16(dx, cp);
	/* the offset is read even when the TSDU length leaves no room for it */
	DX_LAYER(dx, cp, ep - cp > 2 ? (size_t)(ep - cp) : 2,
		 "ZeroMQ Message Transport Protocol 1.0 (PGM datagram)");
	dx_printf(dx, "\n\t frame offset 0x%04x", offset);
	DX_FIELD(dx, cp, 2, "Frame offset: 0x%04x%s", offset,
		 offset == 0xffff ? " (continuation only)" : "");
	cp += 2;
	avail = (unsigned)DX_BYTES_AVAIL(dx, cp);
	if (offset == 0xffff) {
		offset = len - 2;	/* the declared rest of the datagram */
	} else if (2u + offset > len) {
		dx_puts(dx, " (exceeds datagram declared length)");
		dx_trunc(dx);
	}
	if (offset) {
		dx_printf(dx, "\n\t frame intermediate part, %u bytes", offset);
		if (offset > avail)
			dx_printf(dx, " (%u captured)", avail);
		DX_FIELD_IN(dx, cp, offset, ep, "Intermediate part (%u bytes)", offset);
		if (dx->opts->verbose) {
			unsigned shown = offset < avail ? offset : avail;

			if (dx->opts->verbose == 1 && shown > ZMTP1_VBYTES)
				shown = ZMTP1_VBYTES;
			if (shown > 1) {
				dx_printf(dx, ", first %u byte(s):", shown);
				hex_and_ascii_print(dx, "\n\t ", cp, shown);
			}
		}
	}
	/* an offset past the data leaves no frame to print */
	if (cp < ep && offset < (size_t)(ep - cp))
		zmtp1_frames_print(dx, cp + offset, ep);
	DX_LAYER_END(dx);
}
