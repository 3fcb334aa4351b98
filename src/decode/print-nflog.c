// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Linux netfilter log messages (DLT_NFLOG 239). Text as tcpdump
 * 4.99.3 print-nflog.c.
 *
 * https://www.tcpdump.org/linktypes/LINKTYPE_NFLOG.html: family (1),
 * version (1, 0), resource ID (2, big-endian), then TLVs of length (2)
 * and type (2) in the capturing host's byte order (little-endian here, as
 * the files tcpdump's tests hold), each padded to 4 bytes; the payload
 * TLV (type 9) carries the packet.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define NFLOG_HDR_LEN 4u
#define NFLOG_TLV_LEN 4u
#define NFULA_PAYLOAD 9
#define NFLOG_AF_INET 2
#define NFLOG_AF_INET6 10	/* Linux's AF_INET6 */

static const struct tok nflog_values[] = {
	{ NFLOG_AF_INET, "IPv4" },
	{ NFLOG_AF_INET6, "IPv6" },
	{ 0, NULL }
};

static void nflog_hdr_print(struct dx *dx, const uint8_t *hdr, unsigned length)
{
	unsigned fam = GET_U8(dx, hdr);

	dx_printf(dx, "version %u, resource ID %u", GET_U8(dx, hdr + 1), GET_BE16(dx, hdr + 2));
	if (!dx->opts->quiet)
		dx_printf(dx, ", family %s (%u)", tok2str(dx, nflog_values, "Unknown", fam), fam);
	else
		dx_printf(dx, ", %s", tok2str(dx, nflog_values, "Unknown NFLOG (0x%02x)", fam));
	dx_printf(dx, ", length %u: ", length);
}

unsigned nflog_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	const uint8_t *hdr = p;
	unsigned h_size = NFLOG_HDR_LEN;

	dx_proto(dx, "nflog");
	if (caplen < NFLOG_HDR_LEN) {
		dx_print_trunc(dx);
		return caplen;
	}
	DX_TCHECK(dx, p, NFLOG_HDR_LEN);
	DX_LAYER(dx, p, NFLOG_HDR_LEN, "Linux netfilter NFLOG, family %s",
		 tok2str(dx, nflog_values, "Unknown", p[0]));
	DX_FIELD(dx, p, 1, "Family: %u", p[0]);
	DX_FIELD(dx, p + 1, 1, "Version: %u", p[1]);
	DX_FIELD(dx, p + 2, 2, "Resource ID: %u", GET_BE16(dx, p + 2));
	DX_LAYER_END(dx);
	if (GET_U8(dx, hdr + 1) != 0) {
		dx_printf(dx, "version %u (unknown)", hdr[1]);
		return NFLOG_HDR_LEN;
	}
	if (dx->opts->link_header)
		nflog_hdr_print(dx, hdr, length);
	p += NFLOG_HDR_LEN;
	length -= NFLOG_HDR_LEN;
	caplen -= NFLOG_HDR_LEN;
	/* as tcpdump, a TLV longer than the length left wraps length around
	 * and the walk then ends on the captured length */
	while (length > 0) {
		unsigned size, type;

		if (caplen < NFLOG_TLV_LEN)
			goto trunc;
		size = GET_LE16(dx, p);
		type = GET_LE16(dx, p + 2);
		if (size % 4 != 0)
			size = (size + 4 - size % 4) & 0xffff;
		if (size < NFLOG_TLV_LEN || caplen < size)
			goto trunc;
		DX_FIELD(dx, p, type == NFULA_PAYLOAD ? NFLOG_TLV_LEN : size, "TLV type %u, length %u",
			 type, GET_LE16(dx, p));
		if (type == NFULA_PAYLOAD) {
			p += NFLOG_TLV_LEN;
			h_size += NFLOG_TLV_LEN;
			length -= NFLOG_TLV_LEN;
			caplen -= NFLOG_TLV_LEN;
			break;
		}
		p += size;
		h_size += size;
		length -= size;
		caplen -= size;
	}
	switch (hdr[0]) {
	case NFLOG_AF_INET:
		ip_print(dx, p, length);
		break;
	case NFLOG_AF_INET6:
		ip6_print(dx, p, length);
		break;
	default:
		if (!dx->opts->link_header)
			nflog_hdr_print(dx, hdr, length + NFLOG_HDR_LEN);
		ether_default_print(dx, p, caplen);
		break;
	}
	return h_size;
trunc:
	dx_print_trunc(dx);
	return h_size;
}
