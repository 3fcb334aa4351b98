// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TIPC, Transparent Inter-Process Communication (EtherType
 * 0x88ca), the v1/v2 message headers. Text as tcpdump 4.99.3 print-tipc.c.
 *
 * Word 0: version (3 bits), user (4), header size in words (4), message
 * size (17); word 1: message type (3 bits) and, by user, sequence gap or
 * node signature and a broadcast ack. Data messages then carry the link
 * ack and sequence, previous node, origin and destination ports and (in
 * long headers) nodes; internal messages gap and fragment fields, nodes,
 * a transport sequence and message count/link tolerance; neighbour
 * detection a destination domain, network id and media id. A node
 * address is zone (8 bits), cluster (12) and node (12).
 */
#include "dx.h"
#include "print.h"

#define TIPC_VER(w0)	(((w0) >> 29) & 0x07)
#define TIPC_USER(w0)	(((w0) >> 25) & 0x0f)
#define TIPC_HSIZE(w0)	(((w0) >> 21) & 0x0f)
#define TIPC_MSIZE(w0)	((w0) & 0x1ffff)
#define TIPC_MTYPE(w1)	(((w1) >> 29) & 0x07)

#define ZCN(a) ((a) >> 24 & 0xff), ((a) >> 12 & 0xfff), ((a) & 0xfff)

static const struct tok tipc_user_values[] = {
	{ 0, "Low Importance Data payload" },
	{ 1, "Medium Importance Data payload" },
	{ 2, "High Importance Data payload" },
	{ 3, "Critical Importance Data payload" },
	{ 5, "Broadcast Link Protocol internal" },
	{ 6, "Message Bundler Protocol internal" },
	{ 7, "Link State Protocol internal" },
	{ 8, "Connection Manager internal" },
	{ 10, "Link Changeover Protocol internal" },
	{ 11, "Name Table Update Protocol internal" },
	{ 12, "Message Fragmentation Protocol internal" },
	{ 13, "Neighbor Detection Protocol internal" },
	{ 0, NULL }
};

/* tcpdump's table swaps the names of types 1 and 3 */
static const struct tok tipc_mtype_values[] = {
	{ 0, "CONN_MSG" },
	{ 1, "MCAST_MSG" },
	{ 2, "NAMED_MSG" },
	{ 3, "DIRECT_MSG" },
	{ 0, NULL }
};

static const struct tok tipc_linkconf_mtype_values[] = {
	{ 0, "Link request" },
	{ 1, "Link response" },
	{ 0, NULL }
};

static void tipc_hdr_fields(struct dx *dx, const uint8_t *p, uint32_t w0, uint32_t w1)
{
	DX_FIELD(dx, p, 4, "Version %u, user %s (%u), header size %u, message size %u", TIPC_VER(w0),
		 tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)), TIPC_USER(w0), TIPC_HSIZE(w0) * 4,
		 TIPC_MSIZE(w0));
	DX_FIELD(dx, p + 4, 4, "Word 1: 0x%08x (message type %u)", w1, TIPC_MTYPE(w1));
}

static void tipc_payload(struct dx *dx, const uint8_t *p)
{
	uint32_t w0 = GET_BE32(dx, p), w1 = GET_BE32(dx, p + 4), w2;
	uint32_t prev = GET_BE32(dx, p + 12), oport = GET_BE32(dx, p + 16), dport = GET_BE32(dx, p + 20);
	uint32_t onode, dnode;
	unsigned hsize = TIPC_HSIZE(w0);

	tipc_hdr_fields(dx, p, w0, w1);
	DX_FIELD(dx, p + 12, 4, "Previous node: %u.%u.%u", ZCN(prev));
	DX_FIELD(dx, p + 16, 4, "Origin port: %u", oport);
	DX_FIELD(dx, p + 20, 4, "Destination port: %u", dport);
	if (hsize <= 6) {
		dx_printf(dx, "TIPC v%u.0 %u.%u.%u:%u > %u, headerlength %u bytes, MessageSize %u bytes, %s, messageType %s",
			  TIPC_VER(w0), ZCN(prev), oport, dport, hsize * 4, TIPC_MSIZE(w0),
			  tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)),
			  tok2str(dx, tipc_mtype_values, "Unknown", TIPC_MTYPE(w1)));
		return;
	}
	onode = GET_BE32(dx, p + 24);
	dnode = GET_BE32(dx, p + 28);
	DX_FIELD(dx, p + 24, 4, "Origin node: %u.%u.%u", ZCN(onode));
	DX_FIELD(dx, p + 28, 4, "Destination node: %u.%u.%u", ZCN(dnode));
	dx_printf(dx, "TIPC v%u.0 %u.%u.%u:%u > %u.%u.%u:%u, headerlength %u bytes, MessageSize %u bytes, %s, messageType %s",
		  TIPC_VER(w0), ZCN(onode), oport, ZCN(dnode), dport, hsize * 4, TIPC_MSIZE(w0),
		  tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)),
		  tok2str(dx, tipc_mtype_values, "Unknown", TIPC_MTYPE(w1)));
	if (dx->opts->verbose) {
		w2 = GET_BE32(dx, p + 8);
		dx_printf(dx, "\n\tPrevious Node %u.%u.%u, Broadcast Ack %u, Link Ack %u, Link Sequence %u", ZCN(prev),
			  w1 & 0xffff, w2 >> 16 & 0xffff, w2 & 0xffff);
	}
}

static void tipc_internal(struct dx *dx, const uint8_t *p)
{
	uint32_t w0 = GET_BE32(dx, p), w1 = GET_BE32(dx, p + 4);
	uint32_t onode = GET_BE32(dx, p + 24), dnode = GET_BE32(dx, p + 28);
	uint32_t w2, prev, w4, w5, tseq, w9;

	tipc_hdr_fields(dx, p, w0, w1);
	DX_FIELD(dx, p + 24, 4, "Origin node: %u.%u.%u", ZCN(onode));
	DX_FIELD(dx, p + 28, 4, "Destination node: %u.%u.%u", ZCN(dnode));
	dx_printf(dx, "TIPC v%u.0 %u.%u.%u > %u.%u.%u, headerlength %u bytes, MessageSize %u bytes, %s, messageType %s (0x%08x)",
		  TIPC_VER(w0), ZCN(onode), ZCN(dnode), TIPC_HSIZE(w0) * 4, TIPC_MSIZE(w0),
		  tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)),
		  tok2str(dx, tipc_mtype_values, "Unknown", TIPC_MTYPE(w1)), w1);
	if (!dx->opts->verbose)
		return;
	w2 = GET_BE32(dx, p + 8);
	prev = GET_BE32(dx, p + 12);
	w4 = GET_BE32(dx, p + 16);
	w5 = GET_BE32(dx, p + 20);
	tseq = GET_BE32(dx, p + 32);
	w9 = GET_BE32(dx, p + 36);
	dx_printf(dx, "\n\tPrevious Node %u.%u.%u, Session No. %u, Broadcast Ack %u, Sequence Gap %u,  Broadcast Gap After %u, Broadcast Gap To %u, Last Sent Packet No. %u, Next sent Packet No. %u, Transport Sequence %u, msg_count %u, Link Tolerance %u",
		  ZCN(prev), w5 >> 16 & 0xffff, w1 & 0xffff, w1 >> 16 & 0x1fff, w2 >> 16 & 0xffff, w2 & 0xffff,
		  w4 >> 16 & 0xffff, w4 & 0xffff, tseq, w9 >> 16 & 0xffff, w9 & 0xffff);
}

static void tipc_link_conf(struct dx *dx, const uint8_t *p)
{
	uint32_t w0 = GET_BE32(dx, p), w1 = GET_BE32(dx, p + 4);
	uint32_t domain = GET_BE32(dx, p + 8), prev = GET_BE32(dx, p + 12);
	uint32_t net, w5;

	tipc_hdr_fields(dx, p, w0, w1);
	DX_FIELD(dx, p + 8, 4, "Destination domain: %u.%u.%u", ZCN(domain));
	DX_FIELD(dx, p + 12, 4, "Previous node: %u.%u.%u", ZCN(prev));
	dx_printf(dx, "TIPC v%u.0 %u.%u.%u > %u.%u.%u, headerlength %u bytes, MessageSize %u bytes, %s, messageType %s",
		  TIPC_VER(w0), ZCN(prev), ZCN(domain), TIPC_HSIZE(w0) * 4, TIPC_MSIZE(w0),
		  tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)),
		  tok2str(dx, tipc_linkconf_mtype_values, "Unknown", TIPC_MTYPE(w1)));
	if (!dx->opts->verbose)
		return;
	net = GET_BE32(dx, p + 16);
	w5 = GET_BE32(dx, p + 20);
	dx_printf(dx, "\n\tNodeSignature %u, network_id %u, media_id %u", w1 & 0xffff, net, w5 & 0xff);
}

void tipc_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	uint32_t w0;

	dx_proto(dx, "tipc");
	w0 = GET_BE32(dx, bp);
	DX_LAYER(dx, bp, length, "TIPC v%u, %s", TIPC_VER(w0),
		 tok2str(dx, tipc_user_values, "unknown", TIPC_USER(w0)));
	switch (TIPC_USER(w0)) {
	case 0:
	case 1:
	case 2:
	case 3:
	case 8:
	case 11:
		tipc_payload(dx, bp);
		break;
	case 13:
		tipc_link_conf(dx, bp);
		break;
	case 5:
	case 6:
	case 7:
	case 10:
	case 12:
		tipc_internal(dx, bp);
		break;
	}
	DX_LAYER_END(dx);
}
