// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.3 Slow Protocols (EtherType 0x8809): LACP and the
 * Marker protocol (802.1AX). Text as tcpdump 4.99 print-slow.c; the
 * Ethernet OAM subtype (802.3ah) is printed as its header line only.
 *
 * Header: subtype (1), version (1); then TLVs of type (1) and length (1,
 * including these 2 bytes). LACP actor/partner TLVs carry system priority
 * (2), system MAC (6), key (2), port priority (2), port (2), state (1).
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define SLOW_PROTO_LACP 1
#define SLOW_PROTO_MARKER 2
#define SLOW_PROTO_OAM 3

static const struct tok slow_proto_values[] = {
	{ SLOW_PROTO_LACP, "LACP" },
	{ SLOW_PROTO_MARKER, "MARKER" },
	{ SLOW_PROTO_OAM, "OAM" },
	{ 0, NULL }
};

static const struct tok slow_tlv_values[] = {
	{ (SLOW_PROTO_LACP << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_LACP << 8) + 1, "Actor Information" },
	{ (SLOW_PROTO_LACP << 8) + 2, "Partner Information" },
	{ (SLOW_PROTO_LACP << 8) + 3, "Collector Information" },
	{ (SLOW_PROTO_MARKER << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_MARKER << 8) + 1, "Marker Information" },
	{ 0, NULL }
};

static const struct tok lacp_state_values[] = {
	{ 0x01, "Activity" },
	{ 0x02, "Timeout" },
	{ 0x04, "Aggregation" },
	{ 0x08, "Synchronization" },
	{ 0x10, "Collecting" },
	{ 0x20, "Distributing" },
	{ 0x40, "Default" },
	{ 0x80, "Expired" },
	{ 0, NULL }
};

/* print_unknown_data() */
static void unknown_data(struct dx *dx, const uint8_t *p, const char *ident, unsigned len)
{
	size_t avail = DX_BYTES_AVAIL(dx, p);

	hex_print(dx, ident, p, avail < len ? (unsigned)avail : len);
}

static void marker_lacp_print(struct dx *dx, const uint8_t *tptr, unsigned tlen, unsigned proto)
{
	while (tlen > 0) {
		unsigned type, len, key;
		const uint8_t *v;

		if (tlen < 2)
			goto tooshort;
		type = GET_U8(dx, tptr);
		len = GET_U8(dx, tptr + 1);
		dx_printf(dx, "\n\t%s TLV (0x%02x), length %u",
			  tok2str(dx, slow_tlv_values, "Unknown", (proto << 8) + type), type, len);
		if (type == 0)
			return;
		if (len < 2) {
			dx_puts(dx, "\n\t    ERROR: illegal length - should be >= 2");
			return;
		}
		if (tlen < len)
			goto tooshort;
		DX_TCHECK(dx, tptr, len);
		v = tptr + 2;
		key = (proto << 8) + type;
		if (key == ((SLOW_PROTO_LACP << 8) + 1) || key == ((SLOW_PROTO_LACP << 8) + 2)) {
			if (len - 2 != 18) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 20");
				goto badlength;
			}
			dx_puts(dx, "\n\t  System ");
			ether_addr_put(dx, v + 2);
			dx_printf(dx, ", System Priority %u, Key %u, Port %u, Port Priority %u\n\t  State Flags [%s]",
				  GET_BE16(dx, v), GET_BE16(dx, v + 8), GET_BE16(dx, v + 12),
				  GET_BE16(dx, v + 10), bittok2str(dx, lacp_state_values, "none", GET_U8(dx, v + 14)));
		} else if (key == ((SLOW_PROTO_LACP << 8) + 3)) {
			if (len - 2 != 14) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 16");
				goto badlength;
			}
			dx_printf(dx, "\n\t  Max Delay %u", GET_BE16(dx, v));
		} else if (key == ((SLOW_PROTO_MARKER << 8) + 1)) {
			if (len - 2 != 14) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 16");
				goto badlength;
			}
			dx_puts(dx, "\n\t  Request System ");
			ether_addr_put(dx, v + 2);
			dx_printf(dx, ", Request Port %u, Request Transaction ID 0x%08x", GET_BE16(dx, v),
				  GET_BE32(dx, v + 8));
		} else if (dx->opts->verbose <= 1) {
			unknown_data(dx, v, "\n\t  ", len - 2);
		}
badlength:
		if (dx->opts->verbose > 1)
			unknown_data(dx, v, "\n\t  ", len - 2);
		tptr += len;
		tlen -= len;
	}
	return;
tooshort:
	dx_puts(dx, "\n\t\t packet is too short");
}

void slow_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	int print_version;
	unsigned subtype;

	dx->proto = "slow";
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, pptr);

		DX_LAYER(dx, pptr, n < len ? n : len, "Slow Protocols");
		DX_LAYER_END(dx);
	}
	if (len < 1)
		goto tooshort;
	subtype = GET_U8(dx, pptr);
	switch (subtype) {
	case SLOW_PROTO_LACP:
	case SLOW_PROTO_MARKER:
		if (len < 2)
			goto tooshort;
		if (GET_U8(dx, pptr + 1) != 1) {
			dx_printf(dx, "%s version %u packet not supported",
				  subtype == SLOW_PROTO_LACP ? "LACP" : "MARKER", GET_U8(dx, pptr + 1));
			return;
		}
		print_version = 1;
		break;
	case SLOW_PROTO_OAM:
		print_version = 0;
		break;
	default:
		print_version = -1;
		break;
	}
	if (print_version == 1)
		dx_printf(dx, "%sv%u, length %u", tok2str(dx, slow_proto_values, "unknown (%u)", subtype),
			  GET_U8(dx, pptr + 1), len);
	else
		dx_printf(dx, "%s, length %u", tok2str(dx, slow_proto_values, "unknown (%u)", subtype),
			  len);
	if (print_version == -1) {
		unknown_data(dx, pptr, "\n\t", len);
		return;
	}
	if (!dx->opts->verbose)
		return;
	if (subtype == SLOW_PROTO_LACP || subtype == SLOW_PROTO_MARKER)
		marker_lacp_print(dx, pptr + 2, len - 2, subtype);
	/* OAM: the PDU details are not decoded here */
	return;
tooshort:
	if (!dx->opts->verbose)
		dx_puts(dx, " (packet is too short)");
	else
		dx_puts(dx, "\n\t\t packet is too short");
}
