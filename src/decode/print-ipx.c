// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Novell IPX datagrams (over 802.3 "raw", 802.2 LLC and Linux
 * cooked captures). Text as tcpdump 4.99 print-ipx.c with -n: SAP service
 * types are printed as 4 hex digits (tcpdump names them only without -n).
 *
 * Header (30 bytes): checksum (2), length (2), transport control (1),
 * packet type (1), destination net (4), node (6), socket (2), source net
 * (4), node (6), socket (2).
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define IPX_HDRLEN 30
#define IPX_SKT_NCP 0x0451
#define IPX_SKT_SAP 0x0452
#define IPX_SKT_RIP 0x0453
#define IPX_SKT_NETBIOS 0x0455
#define IPX_SKT_DIAGNOSTICS 0x0456
#define IPX_SKT_NWLINK_DGM 0x0553

/* "%08x.%02x:%02x:%02x:%02x:%02x:%02x" with the node bytes checked */
static void ipxaddr_print(struct dx *dx, uint32_t net, const uint8_t *node)
{
	DX_TCHECK(dx, node, 6);
	dx_printf(dx, "%08x.%02x:%02x:%02x:%02x:%02x:%02x", net, node[0], node[1], node[2], node[3],
		  node[4], node[5]);
}

static void sap_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned command = GET_BE16(dx, p);
	int i;

	if (length < 2) {
		dx_printf(dx, " [length %u < 2]", length);	/* ND_LCHECK_U */
		goto invalid;
	}
	p += 2;
	length -= 2;
	switch (command) {
	case 1:
	case 3:
		dx_puts(dx, command == 1 ? "ipx-sap-req" : "ipx-sap-nearest-req");
		dx_printf(dx, " %04x", GET_BE16(dx, p));
		break;
	case 2:
	case 4:
		dx_puts(dx, command == 2 ? "ipx-sap-resp" : "ipx-sap-nearest-resp");
		for (i = 0; i < 8 && length != 0; i++) {
			DX_TCHECK(dx, p, 2);
			if (length < 2)
				goto invalid;
			dx_printf(dx, " %04x '", GET_BE16(dx, p));
			p += 2;
			length -= 2;
			if (length < 48) {
				dx_putc(dx, '\'');
				goto invalid;
			}
			dx_printjnp(dx, p, 48);
			dx_putc(dx, '\'');
			p += 48;
			length -= 48;
			DX_TCHECK(dx, p, 10);
			if (length < 10)
				goto invalid;
			dx_puts(dx, " addr ");
			ipxaddr_print(dx, GET_BE32(dx, p), p + 4);
			p += 10;
			length -= 10;
			DX_TCHECK(dx, p, 4);
			if (length < 4)
				goto invalid;
			p += 4;
			length -= 4;
		}
		break;
	default:
		dx_printf(dx, "ipx-sap-?%x", command);
		break;
	}
	return;
invalid:
	dx_print_invalid(dx);
}

static void ipx_rip_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned command = GET_BE16(dx, p);
	int i;

	if (length < 2) {
		dx_printf(dx, " [length %u < 2]", length);	/* ND_LCHECK_U */
		goto invalid;
	}
	p += 2;
	length -= 2;
	switch (command) {
	case 1:
		dx_puts(dx, "ipx-rip-req");
		if (length != 0) {
			if (length < 8)
				goto invalid;
			dx_printf(dx, " %08x/%u.%u", GET_BE32(dx, p), GET_BE16(dx, p + 4),
				  GET_BE16(dx, p + 6));
		}
		break;
	case 2:
		dx_puts(dx, "ipx-rip-resp");
		for (i = 0; i < 50 && length != 0; i++) {
			if (length < 8)
				goto invalid;
			dx_printf(dx, " %08x/%u.%u", GET_BE32(dx, p), GET_BE16(dx, p + 4),
				  GET_BE16(dx, p + 6));
			p += 8;
			length -= 8;
		}
		break;
	default:
		dx_printf(dx, "ipx-rip-?%x", command);
		break;
	}
	return;
invalid:
	dx_print_invalid(dx);
}

static void ipx_body(struct dx *dx, const uint8_t *p, unsigned length);

void ipx_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	dx_proto(dx, "ipx");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, p);

		DX_LAYER(dx, p, n < IPX_HDRLEN ? n : IPX_HDRLEN, "Internetwork Packet eXchange");
	}
	ipx_body(dx, p, length);
	DX_LAYER_END(dx);
}

/* the header's fields, from its bytes the text has checked */
static void ipx_fields(struct dx *dx, const uint8_t *p)
{
	static const char *const which[2] = { "Destination", "Source" };
	int k;

	if (!dx->tree || !DX_TTEST(dx, p, IPX_HDRLEN))
		return;
	DX_FIELD(dx, p, 2, "Checksum: 0x%04x", GET_BE16(dx, p));
	DX_FIELD(dx, p + 2, 2, "Length: %u", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 1, "Transport control: %u hops", p[4]);
	DX_FIELD(dx, p + 5, 1, "Packet type: %u", p[5]);
	for (k = 0; k < 2; k++) {
		const uint8_t *a = p + 6 + 12 * k;

		DX_FIELD(dx, a, 4, "%s network: %08x", which[k], GET_BE32(dx, a));
		DX_FIELD(dx, a + 4, 6, "%s node: %02x:%02x:%02x:%02x:%02x:%02x", which[k], a[4],
			 a[5], a[6], a[7], a[8], a[9]);
		DX_FIELD(dx, a + 10, 2, "%s socket: 0x%04x", which[k], GET_BE16(dx, a + 10));
	}
}

static void ipx_body(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned dst_skt;

	if (!dx->opts->link_header)
		dx_puts(dx, "IPX ");
	/* tcpdump reads a whole "addr.socket" before printing any of it */
	DX_TCHECK(dx, p + 18, 12);
	ipxaddr_print(dx, GET_BE32(dx, p + 18), p + 22);
	dx_printf(dx, ".%04x > ", GET_BE16(dx, p + 28));
	DX_TCHECK(dx, p + 6, 12);
	ipxaddr_print(dx, GET_BE32(dx, p + 6), p + 10);
	dx_printf(dx, ".%04x: ", GET_BE16(dx, p + 16));
	length = GET_BE16(dx, p + 2);
	ipx_fields(dx, p);
	if (length < IPX_HDRLEN) {
		dx_printf(dx, "[length %u < %u]", length, IPX_HDRLEN);
		dx_print_invalid(dx);
		return;
	}
	length -= IPX_HDRLEN;
	dst_skt = GET_BE16(dx, p + 16);
	switch (dst_skt) {
	case IPX_SKT_NCP:
		dx_printf(dx, "ipx-ncp %u", length);
		break;
	case IPX_SKT_SAP:
		sap_print(dx, p + IPX_HDRLEN, length);
		break;
	case IPX_SKT_RIP:
		ipx_rip_print(dx, p + IPX_HDRLEN, length);
		break;
	case IPX_SKT_NETBIOS:
		dx_printf(dx, "ipx-netbios %u", length);
		break;
	case IPX_SKT_DIAGNOSTICS:
		dx_printf(dx, "ipx-diags %u", length);
		break;
	case IPX_SKT_NWLINK_DGM:
		dx_printf(dx, "ipx-nwlink-dgm %u", length);
		break;
	default:
		/* EIGRP (0x85be) has no printer here either */
		dx_printf(dx, "ipx-#%x %u", dst_skt, length);
		break;
	}
}
