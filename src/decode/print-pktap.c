// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Apple PKTAP (LINKTYPE_PKTAP, 258): a little-endian header naming
 * the frame's own link type, interface and process, then the frame.
 *
 * Header (108 bytes, all integers little-endian): header length, record
 * type, DLT, interface name[24], flags, protocol family, link header and
 * trailer lengths, pid, command name[20], service class, interface type and
 * unit, effective pid, effective command name[20].
 */
#include <pcap/pcap.h>

#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define PKTAP_HDRLEN 108u
#define PKT_REC_NONE 0
#define PKT_REC_PACKET 1

static void pktap_header_print(struct dx *dx, unsigned dlt, unsigned hdrlen, unsigned length)
{
	const char *name = pcap_datalink_val_to_name((int)dlt);

	if (!name)
		name = "UNKNOWN";
	if (dx->opts->quiet)
		dx_puts(dx, name);
	else
		dx_printf(dx, "DLT %s (%u) len %u", name, dlt, hdrlen);
	dx_printf(dx, ", length %u: ", length);
}

unsigned pktap_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned hdrlen, dlt, rectype, inner;

	dx_proto(dx, "pktap");
	if (length < PKTAP_HDRLEN) {
		dx_printf(dx, " (packet too short, %u < %u)", length, PKTAP_HDRLEN);
		dx_print_invalid(dx);
		return 0;
	}
	dlt = GET_LE32(dx, p + 8);
	hdrlen = GET_LE32(dx, p);
	if (hdrlen < PKTAP_HDRLEN) {
		dx_printf(dx, " (pkt_len too small, %u < %u)", hdrlen, PKTAP_HDRLEN);
		dx_print_invalid(dx);
		return 0;
	}
	if (hdrlen > length) {
		dx_printf(dx, " (pkt_len too big, %u > %u)", hdrlen, length);
		dx_print_invalid(dx);
		return 0;
	}
	DX_TCHECK(dx, p, hdrlen);
	rectype = GET_LE32(dx, p + 4);
	DX_LAYER(dx, p, hdrlen, "PKTAP, DLT %u, record type %u", dlt, rectype);
	DX_FIELD(dx, p, 4, "Header length: %u", hdrlen);
	DX_FIELD(dx, p + 4, 4, "Record type: %u", rectype);
	DX_FIELD(dx, p + 8, 4, "DLT: %u", dlt);
	DX_FIELD(dx, p + 52, 4, "PID: %u", GET_LE32(dx, p + 52));
	DX_FIELD(dx, p + 96, 4, "Effective PID: %u", GET_LE32(dx, p + 96));
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		pktap_header_print(dx, dlt, hdrlen, length);
	p += hdrlen;
	caplen -= hdrlen;
	length -= hdrlen;
	switch (rectype) {
	case PKT_REC_NONE:
		dx_puts(dx, "no data");
		break;
	case PKT_REC_PACKET:
		if (dx__linktype_supported((int)dlt)) {
			inner = dx_link_print(dx, (int)dlt, p, caplen, length);
			/* tcpdump counts the inner link header twice: its dump
			 * starts that many bytes further on */
			return hdrlen + 2 * inner;
		}
		if (!dx->opts->link_header)
			pktap_header_print(dx, dlt, hdrlen, length + hdrlen);
		ether_default_print(dx, p, caplen);
		break;
	}
	return hdrlen;
}
