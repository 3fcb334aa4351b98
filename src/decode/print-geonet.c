// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ETSI GeoNetworking (EtherType 0x8947, and 0x0707 before
 * 2013) with its Basic Transport Protocol. Text as tcpdump 4.99.3
 * print-geonet.c.
 *
 * ETSI TS 102 636-4-1 V1.1.1 and 102 636-5-1 V1.1.1. Common header (36):
 * version (4 bits), next header (4 bits), header type (4 bits), subtype
 * (4 bits), reserved (2), payload length (2), reserved (1), hop limit
 * (1), then the sender's long position vector: GN address (8), time
 * stamp (4), latitude (4), longitude (4), speed, heading (8). Only the
 * Beacon and the topologically scoped broadcasts have a known extended
 * header size; BTP (next header 1 or 2): destination port (2), source
 * port (2), then an ITS PDU header: version (1), message type (1).
 */
#include "dx.h"
#include "print.h"

#define GEONET_COMMON_LEN 36u
#define GEONET_ADDR_LEN 8u

static const struct tok its_msg_types[] = {
	{ 0, "CAM" },
	{ 1, "DENM" },
	{ 101, "TPEGM" },
	{ 102, "TSPDM" },
	{ 103, "VPM" },
	{ 104, "SRM" },
	{ 105, "SLAM" },
	{ 106, "ecoCAM" },
	{ 107, "ITM" },
	{ 150, "SA" },
	{ 0, NULL }
};

static const struct tok geonet_next_headers[] = {
	{ 0, "Any" },
	{ 1, "BTP-A" },
	{ 2, "BTP-B" },
	{ 3, "IPv6" },
	{ 0, NULL }
};

/* header type << 4 | subtype; types 0 to 2 name every subtype */
static const struct tok geonet_header_types[] = {
	{ 0x30, "GeoAnycastCircle" },
	{ 0x31, "GeoAnycastRect" },
	{ 0x32, "GeoAnycastElipse" },
	{ 0x40, "GeoBroadcastCircle" },
	{ 0x41, "GeoBroadcastRect" },
	{ 0x42, "GeoBroadcastElipse" },
	{ 0x50, "TopoScopeBcast-SH" },
	{ 0x51, "TopoScopeBcast-MH" },
	{ 0x60, "LocService-Request" },
	{ 0x61, "LocService-Reply" },
	{ 0, NULL }
};

static const char *header_type_name(unsigned ht, unsigned sub)
{
	static const char *const plain[] = { "Any", "Beacon", "GeoUnicast" };
	const char *s;

	if (ht < 3)
		return plain[ht];
	s = tok2str_or_null(geonet_header_types, ht << 4 | sub);
	return s ? s : "Unknown";
}

/* the extended header's size, -1 when not known */
static int ext_header_size(unsigned ht, unsigned sub)
{
	if (ht == 0 || ht == 1 || (ht == 5 && sub == 0))
		return 0;
	if (ht == 5 && sub == 1)
		return 68 - GEONET_COMMON_LEN;
	return -1;
}

static void geonet_btp(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned mt;

	if (length < 4) {
		dx_printf(dx, " (BTP length %u < 4)", length);
		dx_print_invalid(dx);
		return;
	}
	dx_printf(dx, "; BTP Dst:%u", GET_BE16(dx, bp));
	dx_printf(dx, " Src:%u", GET_BE16(dx, bp + 2));
	DX_FIELD(dx, bp, 4, "Basic Transport Protocol, Dst Port: %u, Src Port: %u",
		 GET_BE16(dx, bp), GET_BE16(dx, bp + 2));
	if (length - 4 < 2)
		return;
	bp += 4;
	dx_printf(dx, "; ItsPduHeader v:%u", GET_U8(dx, bp));
	mt = GET_U8(dx, bp + 1);
	dx_printf(dx, " t:%u-%s", mt, tok2str(dx, its_msg_types, "unknown (%u)", mt));
	DX_FIELD(dx, bp, 2, "ITS PDU header: version %u, message type %s (%u)", GET_U8(dx, bp),
		 tok2str(dx, its_msg_types, "unknown", mt), mt);
}

void geonet_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *src)
{
	unsigned ver, nh, ht, sub, plen, hops;
	const char *gn;
	int ext;

	dx_proto(dx, "geonet");
	dx_puts(dx, "GeoNet ");
	if (src) {
		dx_puts(dx, "src:");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, src));
	}
	dx_puts(dx, "; ");
	if (length < GEONET_COMMON_LEN) {
		dx_printf(dx, " (common header length %u < 36)", length);
		dx_print_invalid(dx);
		return;
	}
	ver = GET_U8(dx, bp) >> 4;
	nh = GET_U8(dx, bp) & 0x0f;
	ht = GET_U8(dx, bp + 1) >> 4;
	sub = GET_U8(dx, bp + 1) & 0x0f;
	plen = GET_BE16(dx, bp + 4);
	hops = GET_U8(dx, bp + 7);
	dx_printf(dx, "v:%u NH:%u-%s HT:%u-%u-%s HopLim:%u Payload:%u ", ver, nh,
		  tok2str(dx, geonet_next_headers, "Unknown", nh), ht, sub, header_type_name(ht, sub),
		  hops, plen);
	gn = dx_le64addr_string(dx, bp + 8, GEONET_ADDR_LEN);
	dx_printf(dx, "GN_ADDR:%s ", gn);
	dx_printf(dx, "lat:%u ", GET_BE32(dx, bp + 20));
	dx_printf(dx, "lon:%u", GET_BE32(dx, bp + 24));
	DX_TCHECK(dx, bp, GEONET_COMMON_LEN);
	DX_LAYER(dx, bp, length, "GeoNetworking, %s", header_type_name(ht, sub));
	DX_FIELD(dx, bp, 1, "Version: %u, next header: %s (%u)", ver,
		 tok2str(dx, geonet_next_headers, "Unknown", nh), nh);
	DX_FIELD(dx, bp + 1, 1, "Header type: %s (%u-%u)", header_type_name(ht, sub), ht, sub);
	DX_FIELD(dx, bp + 4, 2, "Payload length: %u", plen);
	DX_FIELD(dx, bp + 7, 1, "Hop limit: %u", hops);
	DX_FIELD(dx, bp + 8, GEONET_ADDR_LEN, "GN address: %s", gn);
	DX_FIELD(dx, bp + 20, 4, "Latitude: %u", GET_BE32(dx, bp + 20));
	DX_FIELD(dx, bp + 24, 4, "Longitude: %u", GET_BE32(dx, bp + 24));
	length -= GEONET_COMMON_LEN;
	bp += GEONET_COMMON_LEN;

	ext = ext_header_size(ht, sub);
	if (ext >= 0) {
		if (length < (unsigned)ext) {
			dx_printf(dx, " (header size %d > %u)", ext, length);
			dx_print_invalid(dx);
			DX_LAYER_END(dx);
			return;
		}
		DX_TCHECK(dx, bp, (unsigned)ext);
		if (ext)
			DX_FIELD(dx, bp, (unsigned)ext, "Extended header (%d bytes)", ext);
		length -= (unsigned)ext;
		bp += ext;
		if (nh == 1 || nh == 2) {
			geonet_btp(dx, bp, length);
			if (length < 4) {
				DX_LAYER_END(dx);
				return;
			}
			length -= 4;
			bp += 4;
		}
	}
	DX_LAYER_END(dx);
	/* tcpdump's ND_DEFAULTPRINT, whatever -x/-X/-q */
	if (dx->opts->verbose) {
		DX_FIELD_IN(dx, bp, length, dx->snapend, "Data (%u bytes)", length);
		hex_and_ascii_print(dx, "\n\t", bp, length);
	}
}
