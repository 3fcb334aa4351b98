// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco EIGRP printer
 * RFC 7868 (EIGRP)
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

static const struct tok eigrp_opcode_values[] = {
	{ 1, "Update" },
	{ 3, "Query" },
	{ 4, "Reply" },
	{ 5, "Hello" },
	{ 6, "IPX SAP" },
	{ 7, "Probe" },
	{ 0, NULL }
};

static const struct tok eigrp_common_header_flag_values[] = {
	{ 0x01, "Init" },
	{ 0x02, "Conditionally Received" },
	{ 0x04, "Restart" },
	{ 0x08, "End-of-Table" },
	{ 0, NULL }
};

static const struct tok eigrp_tlv_values[] = {
	{ 0x0001, "General Parameters" },
	{ 0x0002, "Authentication" },
	{ 0x0003, "Sequence" },
	{ 0x0004, "Software Version" },
	{ 0x0005, "Next Multicast Sequence" },
	{ 0x0102, "IP Internal routes" },
	{ 0x0103, "IP External routes" },
	{ 0x0202, "AppleTalk Internal routes" },
	{ 0x0203, "AppleTalk External routes" },
	{ 0x0204, "AppleTalk Cable setup" },
	{ 0x0302, "IPX Internal routes" },
	{ 0x0303, "IPX External routes" },
	{ 0, NULL }
};

static const struct tok eigrp_ext_proto_id_values[] = {
	{ 0x01, "IGRP" },
	{ 0x02, "EIGRP" },
	{ 0x03, "Static" },
	{ 0x04, "RIP" },
	{ 0x05, "Hello" },
	{ 0x06, "OSPF" },
	{ 0x07, "IS-IS" },
	{ 0x08, "EGP" },
	{ 0x09, "BGP" },
	{ 0x0a, "IDRP" },
	{ 0x0b, "Connected" },
	{ 0, NULL }
};

static void too_short(struct dx *dx, unsigned need)
{
	dx_printf(dx, " (too short, < %u)", 4 + need);
}


/* the variable-length prefix of an IP route TLV */
static int prefix_print(struct dx *dx, const uint8_t *plen_p)
{
	unsigned bits = GET_U8(dx, plen_p), bytes;
	uint8_t prefix[4] = { 0, 0, 0, 0 };

	if (bits > 32) {
		dx_printf(dx, "\n\t    illegal prefix length %u", bits);
		return -1;
	}
	bytes = (bits + 7) / 8;
	GET_CPY_BYTES(dx, prefix, plen_p + 1, bytes);
	dx_printf(dx, "\n\t    IPv4 prefix: %15s/%u, nexthop: ", dx_ip4_name(dx, prefix), bits);
	return 0;
}

static void metrics(struct dx *dx, const uint8_t *p)
{
	uint32_t delay = GET_BE32(dx, p), bw = GET_BE32(dx, p + 4);
	unsigned mtu = GET_BE24(dx, p + 8);

	dx_printf(dx,
		  "\n\t      delay %u ms, bandwidth %u Kbps, mtu %u, hop %u, reliability %u, load %u",
		  delay / 100, bw, mtu, GET_U8(dx, p + 11), GET_U8(dx, p + 12), GET_U8(dx, p + 13));
}

static void at_nexthop(struct dx *dx, const uint8_t *p)
{
	if (GET_BE32(dx, p) == 0)
		dx_puts(dx, "self");
	else
		dx_printf(dx, "%u.%u", GET_BE16(dx, p), GET_BE16(dx, p + 2));
}

void eigrp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	const uint8_t *tptr = bp;
	unsigned tlen, op;

	dx_proto(dx, "eigrp");
	if (!DX_TTEST(dx, bp, 20))
		goto trunc;
	if (bp[0] != 2) {
		dx_printf(dx, "EIGRP version %u packet not supported", bp[0]);
		return;
	}
	op = bp[1];
	DX_LAYER(dx, bp, len, "Enhanced Interior Gateway Routing Protocol, %s",
		 tok2str(dx, eigrp_opcode_values, "unknown (%u)", op));
	DX_FIELD(dx, bp, 1, "Version: %u", bp[0]);
	DX_FIELD(dx, bp + 1, 1, "Opcode: %s (%u)",
		 tok2str(dx, eigrp_opcode_values, "unknown (%u)", op), op);
	DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 2));
	DX_FIELD(dx, bp + 4, 4, "Flags: 0x%08x", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "Sequence: %u", GET_BE32(dx, bp + 8));
	DX_FIELD(dx, bp + 12, 4, "Acknowledge: %u", GET_BE32(dx, bp + 12));
	DX_FIELD(dx, bp + 16, 4, "Autonomous system: %u", GET_BE32(dx, bp + 16));
	DX_LAYER_END(dx);
	if (dx->opts->verbose < 1) {
		dx_printf(dx, "EIGRP %s, length: %u",
			  tok2str(dx, eigrp_opcode_values, "unknown (%u)", op),
			  len);
		return;
	}
	if (len < 20) {
		dx_printf(dx, "EIGRP %s, length: %u (too short, < 20)",
			  tok2str(dx, eigrp_opcode_values, "unknown (%u)", op), len);
		return;
	}
	tlen = len - 20;
	dx_printf(dx,
		  "\n\tEIGRP v%u, opcode: %s (%u), chksum: 0x%04x, Flags: [%s]"
		  "\n\tseq: 0x%08x, ack: 0x%08x, VRID: %u, AS: %u, length: %u",
		  bp[0], tok2str(dx, eigrp_opcode_values, "unknown, type: %u", op), op,
		  GET_BE16(dx, bp + 2),
		  bittok2str(dx, eigrp_common_header_flag_values, "none", GET_BE32(dx, bp + 4)),
		  GET_BE32(dx, bp + 8), GET_BE32(dx, bp + 12), GET_BE16(dx, bp + 16),
		  GET_BE16(dx, bp + 18), tlen);
	tptr += 20;
	while (tlen > 0) {
		unsigned tl, tt, vl;
		const uint8_t *v;

		if (!DX_TTEST(dx, tptr, 4))
			goto trunc;
		tl = GET_BE16(dx, tptr + 2);
		tt = GET_BE16(dx, tptr);
		if (tl < 4 || tl > tlen) {
			ip_print_unknown_data(dx, tptr + 4, "\n\t    ", tlen);
			return;
		}
		dx_printf(dx, "\n\t  %s TLV (0x%04x), length: %u",
			  tok2str(dx, eigrp_tlv_values, "Unknown", tt), tt, tl);
		v = tptr + 4;
		vl = tl - 4;
		if (!DX_TTEST(dx, tptr, tl))
			goto trunc;
		switch (tt) {
		case 0x0001:
			if (vl < 8) {
				too_short(dx, 8);
				break;
			}
			dx_printf(dx, "\n\t    holdtime: %us, k1 %u, k2 %u, k3 %u, k4 %u, k5 %u",
				  GET_BE16(dx, v + 6), v[0], v[1], v[2], v[3], v[4]);
			break;
		case 0x0004:
			if (vl < 4) {
				too_short(dx, 4);
				break;
			}
			dx_printf(dx, "\n\t    IOS version: %u.%u, EIGRP version %u.%u", v[0], v[1],
				  v[2],
				  v[3]);
			break;
		case 0x0102:
			if (vl < 22) {
				too_short(dx, 22);
				break;
			}
			if (prefix_print(dx, v + 20) < 0)
				break;
			if (GET_BE32(dx, v) == 0)
				dx_puts(dx, "self");
			else
				dx_puts(dx, GET_IPADDR_STRING(dx, v));
			metrics(dx, v + 4);
			break;
		case 0x0103:
			if (vl < 42) {
				too_short(dx, 42);
				break;
			}
			if (prefix_print(dx, v + 40) < 0)
				break;
			if (GET_BE32(dx, v) == 0)
				dx_puts(dx, "self");
			else
				dx_puts(dx, GET_IPADDR_STRING(dx, v));
			dx_printf(dx,
				  "\n\t      origin-router %s, origin-as %u, origin-proto %s, flags [0x%02x], tag 0x%08x, metric %u",
				  GET_IPADDR_STRING(dx, v + 4), GET_BE32(dx, v + 8),
				  tok2str(dx, eigrp_ext_proto_id_values, "unknown", v[22]), v[23],
				  GET_BE32(dx, v + 12), GET_BE32(dx, v + 16));
			metrics(dx, v + 24);
			break;
		case 0x0204:
			if (vl < 8) {
				too_short(dx, 8);
				break;
			}
			dx_printf(dx, "\n\t    Cable-range: %u-%u, Router-ID %u", GET_BE16(dx, v),
				  GET_BE16(dx, v + 2), GET_BE32(dx, v + 4));
			break;
		case 0x0202:
			if (vl < 24) {
				too_short(dx, 24);
				break;
			}
			dx_printf(dx, "\n\t     Cable-Range: %u-%u, nexthop: ",
				  GET_BE16(dx, v + 20),
				  GET_BE16(dx, v + 22));
			at_nexthop(dx, v);
			metrics(dx, v + 4);
			break;
		case 0x0203:
			if (vl < 40) {
				too_short(dx, 40);
				break;
			}
			dx_printf(dx, "\n\t     Cable-Range: %u-%u, nexthop: ",
				  GET_BE16(dx, v + 36),
				  GET_BE16(dx, v + 38));
			at_nexthop(dx, v);
			dx_printf(dx,
				  "\n\t      origin-router %u, origin-as %u, origin-proto %s, flags [0x%02x], tag 0x%08x, metric %u",
				  GET_BE32(dx, v + 4), GET_BE32(dx, v + 8),
				  tok2str(dx, eigrp_ext_proto_id_values, "unknown", v[16]), v[17],
				  GET_BE32(dx, v + 12), GET_BE16(dx, v + 18));
			metrics(dx, v + 20);
			break;
		default:
			if (dx->opts->verbose <= 1)
				ip_print_unknown_data(dx, v, "\n\t    ", vl);
			break;
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, v, "\n\t    ", vl);
		tptr += tl;
		tlen -= tl;
	}
	return;
trunc:
	dx_print_trunc(dx);
}
