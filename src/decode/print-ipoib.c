// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IP over InfiniBand (DLT_IPOIB 242). Text as tcpdump 4.99.3
 * print-ipoib.c.
 *
 * RFC 4391 and https://www.tcpdump.org/linktypes/LINKTYPE_IPOIB.html: a
 * 44-byte header, the destination and source hardware addresses (20
 * bytes each), then the EtherType (2) and 2 reserved bytes.
 */
#include "dx.h"
#include "ipproto.h"
#include "print-ether.h"
#include "print.h"

#define IPOIB_HDRLEN 44u

static void ipoib_hdr_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned type = GET_BE16(dx, bp + 40);

	if (!dx->opts->quiet)
		dx_printf(dx, ", ethertype %s (0x%04x)", tok2str(dx, ethertype_values, "Unknown", type),
			  type);
	else
		dx_printf(dx, ", ethertype %s", tok2str(dx, ethertype_values, "Unknown", type));
	dx_printf(dx, ", length %u: ", length);
}

unsigned ipoib_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned type;

	dx_proto(dx, "ipoib");
	if (caplen < IPOIB_HDRLEN || length < IPOIB_HDRLEN) {
		dx_print_trunc(dx);
		return caplen < IPOIB_HDRLEN ? caplen : length;
	}
	type = GET_BE16(dx, p + 40);
	DX_LAYER(dx, p, IPOIB_HDRLEN, "IP over InfiniBand");
	DX_FIELD(dx, p, 20, "Destination hardware address");
	DX_FIELD(dx, p + 20, 20, "Source hardware address");
	DX_FIELD(dx, p + 40, 2, "Type: %s (0x%04x)", ether_type_name(type), type);
	DX_LAYER_END(dx);
	if (dx->opts->link_header) {
		ip_print_protocol_caps(dx);
		ipoib_hdr_print(dx, p, length);
	}
	if (!ethertype_print(dx, type, p + IPOIB_HDRLEN, length - IPOIB_HDRLEN,
			     caplen - IPOIB_HDRLEN, NULL, NULL)) {
		if (!dx->opts->link_header)
			ipoib_hdr_print(dx, p, length);
		ether_default_print(dx, p + IPOIB_HDRLEN, caplen - IPOIB_HDRLEN);
	}
	return IPOIB_HDRLEN;
}
