// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco UniDirectional Link Detection (SNAP 00:00:0c, PID
 * 0x0111). Text as tcpdump 4.99.3 print-udld.c.
 *
 * RFC 5171. Header (4): version (3 bits), opcode (5 bits), flags (1),
 * checksum (2); then TLVs of type (2) and length (2, the whole TLV).
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define UDLD_HDR_LEN 4u
#define UDLD_TLV_HDR_LEN 4u

enum {
	UDLD_DEVICE_ID = 1, UDLD_PORT_ID, UDLD_ECHO, UDLD_MSG_INTERVAL,
	UDLD_TIMEOUT_INTERVAL, UDLD_DEVICE_NAME, UDLD_SEQ_NUMBER
};

static const struct tok udld_tlvs[] = {
	{ UDLD_DEVICE_ID, "Device-ID TLV" },
	{ UDLD_PORT_ID, "Port-ID TLV" },
	{ UDLD_ECHO, "Echo TLV" },
	{ UDLD_MSG_INTERVAL, "Message Interval TLV" },
	{ UDLD_TIMEOUT_INTERVAL, "Timeout Interval TLV" },
	{ UDLD_DEVICE_NAME, "Device Name TLV" },
	{ UDLD_SEQ_NUMBER, "Sequence Number TLV" },
	{ 0, NULL }
};

static const struct tok udld_codes[] = {
	{ 0, "Reserved" },
	{ 1, "Probe message" },
	{ 2, "Echo message" },
	{ 3, "Flush message" },
	{ 0, NULL }
};

static const struct tok udld_flags[] = {
	{ 0x01, "RT" },
	{ 0x02, "RSY" },
	{ 0x04, "MBZ-2" },
	{ 0x08, "MBZ-3" },
	{ 0x10, "MBZ-4" },
	{ 0x20, "MBZ-5" },
	{ 0x40, "MBZ-6" },
	{ 0x80, "MBZ-7" },
	{ 0, NULL }
};

/* one TLV value of len bytes at p; 0 when its length does not fit its type */
static int udld_tlv_print(struct dx *dx, unsigned type, const uint8_t *p, unsigned len)
{
	switch (type) {
	case UDLD_DEVICE_ID:
	case UDLD_PORT_ID:
	case UDLD_DEVICE_NAME:
		dx_puts(dx, ", ");
		dx_printjnp(dx, p, len);
		return 1;
	case UDLD_ECHO:
		dx_puts(dx, ", ");
		dx_printn(dx, p, len);
		return 1;
	case UDLD_MSG_INTERVAL:
	case UDLD_TIMEOUT_INTERVAL:
		if (len != 1)
			return 0;
		dx_printf(dx, ", %us", GET_U8(dx, p));
		return 1;
	case UDLD_SEQ_NUMBER:
		if (len != 4)
			return 0;
		dx_printf(dx, ", %u", GET_BE32(dx, p));
		return 1;
	default:
		DX_TCHECK(dx, p, len);
		return 1;
	}
}

void udld_print(struct dx *dx, const uint8_t *tptr, unsigned length)
{
	unsigned ver, code, flags, type, len;
	const char *name;
	size_t mark;
	int tlen;

	dx_proto(dx, "udld");
	if (length < UDLD_HDR_LEN)
		goto invalid;
	ver = GET_U8(dx, tptr) >> 5;
	code = GET_U8(dx, tptr) & 0x1f;
	flags = GET_U8(dx, tptr + 1);
	dx_printf(dx, "UDLDv%u, Code %s (%x), Flags [%s] (0x%02x), length %u", ver,
		  tok2str(dx, udld_codes, "Reserved", code), code,
		  bittok2str(dx, udld_flags, "none", flags), flags, length);
	DX_LAYER(dx, tptr, length, "UniDirectional Link Detection, version %u", ver);
	DX_FIELD(dx, tptr, 1, "Version: %u, Code: %s (%u)", ver,
		 tok2str(dx, udld_codes, "Reserved", code), code);
	DX_FIELD(dx, tptr + 1, 1, "Flags: [%s] (0x%02x)",
		 bittok2str(dx, udld_flags, "none", flags), flags);
	tptr += 2;
	length -= 2;
	if (!dx->opts->verbose)
		goto tcheck;
	dx_printf(dx, "\n\tChecksum 0x%04x (unverified)", GET_BE16(dx, tptr));
	DX_FIELD(dx, tptr, 2, "Checksum: 0x%04x (unverified)", GET_BE16(dx, tptr));
	tptr += 2;
	length -= 2;
	while (length) {
		if (length < UDLD_TLV_HDR_LEN)
			goto invalid;
		type = GET_BE16(dx, tptr);
		len = GET_BE16(dx, tptr + 2);
		tptr += UDLD_TLV_HDR_LEN;
		length -= UDLD_TLV_HDR_LEN;
		name = tok2str(dx, udld_tlvs, "Unknown", type);
		dx_printf(dx, "\n\t%s (0x%04x) TLV, length %u", name, type, len);
		/* a length that does not cover its own header would loop */
		if (len <= UDLD_TLV_HDR_LEN)
			goto invalid;
		len -= UDLD_TLV_HDR_LEN;
		if (length < len)
			goto invalid;
		mark = dx->out->len;
		if (!udld_tlv_print(dx, type, tptr, len))
			goto invalid;
		if (dx->tree) {
			const char *v = dx_text_since(dx, mark, &tlen);

			DX_FIELD(dx, tptr - UDLD_TLV_HDR_LEN, len + UDLD_TLV_HDR_LEN,
				 "%s (0x%04x), length %u%.*s", name, type, len + UDLD_TLV_HDR_LEN,
				 tlen, v);
		}
		tptr += len;
		length -= len;
	}
	DX_LAYER_END(dx);
	return;
invalid:
	dx_print_invalid(dx);
tcheck:
	DX_TCHECK(dx, tptr, length);
	DX_LAYER_END(dx);
}
