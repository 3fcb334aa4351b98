// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Marvell DSA and EDSA switch tags (DLT_DSA_TAG_DSA 284,
 * DLT_DSA_TAG_EDSA 285). Text as tcpdump 4.99.3 print-dsa.c.
 *
 * Spec: https://www.tcpdump.org/linktypes/LINKTYPE_DSA_TAG_DSA.html and
 * the Linux kernel's net/dsa/tag_dsa.c. The 4-byte DSA tag sits between
 * the source address and the EtherType; EDSA puts an EtherType and two
 * reserved bytes before it. Tag bits: mode (2: To_CPU, From_CPU,
 * To_Sniffer, Forward), tagged (1), device (5); port (5), trunk / code[2]
 * / rx sniff (1), code[1] (1), CFI (1); priority (3), code[0] (1), VID
 * (12).
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define DSA_LEN 4u
#define EDSA_LEN 8u

#define DSA_MODE_TO_CPU 0x0
#define DSA_MODE_FROM_CPU 0x1
#define DSA_MODE_TO_SNIFFER 0x2
#define DSA_MODE_FORWARD 0x3

static const struct tok dsa_mode_values[] = {
	{ DSA_MODE_TO_CPU, "To CPU" },
	{ DSA_MODE_FROM_CPU, "From CPU" },
	{ DSA_MODE_TO_SNIFFER, "To Sniffer" },
	{ DSA_MODE_FORWARD, "Forward" },
	{ 0, NULL }
};

static const struct tok dsa_code_values[] = {
	{ 0x0, "BPDU (MGMT) Trap" },
	{ 0x1, "Frame2Reg" },
	{ 0x2, "IGMP/MLD Trap" },
	{ 0x3, "Policy Trap" },
	{ 0x4, "ARP Mirror" },
	{ 0x5, "Policy Mirror" },
	{ 0, NULL }
};

struct dsa_tag {
	unsigned mode, tagged, dev, port, trunk, cfi, pri, vid, code;
};

static void dsa_tag_read(struct dx *dx, const uint8_t *p, struct dsa_tag *t)
{
	uint8_t b0 = GET_U8(dx, p), b1 = GET_U8(dx, p + 1), b2 = GET_U8(dx, p + 2);
	uint8_t b3 = GET_U8(dx, p + 3);

	t->mode = b0 >> 6;
	t->tagged = (b0 >> 5) & 1;
	t->dev = b0 & 0x1f;
	t->port = b1 >> 3;
	t->trunk = (b1 >> 2) & 1;	/* also To_CPU's code[2] and To_Sniffer's rx sniff */
	t->cfi = b1 & 1;
	t->pri = b2 >> 5;
	t->vid = (unsigned)(b2 & 0x0f) << 8 | b3;
	t->code = ((b1 & 0x06u) >> 1) << 1 | ((b2 & 0x10u) >> 4);
	DX_FIELD(dx, p, 1, "Mode: %s, %s, device %u",
		 tok2str(dx, dsa_mode_values, "unknown", t->mode), t->tagged ? "tagged" : "untagged",
		 t->dev);
	DX_FIELD(dx, p + 1, 1, "Port: %u", t->port);
	DX_FIELD(dx, p + 2, 2, "Priority: %u, VID: %u", t->pri, t->vid);
}

static void tag_common_print(struct dx *dx, const uint8_t *p)
{
	struct dsa_tag t;

	dsa_tag_read(dx, p, &t);
	if (dx->opts->link_header) {
		dx_printf(dx, "mode %s, ", tok2str(dx, dsa_mode_values, "unknown", t.mode));
		switch (t.mode) {
		case DSA_MODE_FORWARD:
			dx_printf(dx, "dev %u, %s %u, ", t.dev, t.trunk ? "trunk" : "port", t.port);
			break;
		case DSA_MODE_FROM_CPU:
			dx_printf(dx, "target dev %u, port %u, ", t.dev, t.port);
			break;
		case DSA_MODE_TO_CPU:
			dx_printf(dx, "source dev %u, port %u, ", t.dev, t.port);
			dx_printf(dx, "code %s, ", tok2str(dx, dsa_code_values, "reserved", t.code));
			break;
		case DSA_MODE_TO_SNIFFER:
			dx_printf(dx, "source dev %u, port %u, ", t.dev, t.port);
			dx_printf(dx, "%s sniff, ", t.trunk ? "ingress" : "egress");
			break;
		}
		dx_printf(dx, "%s, %sVID %u, FPri %u, ", t.tagged ? "tagged" : "untagged",
			  t.cfi ? "CFI, " : "", t.vid, t.pri);
		return;
	}
	switch (t.mode) {
	case DSA_MODE_FORWARD:
		dx_printf(dx, "Forward %s %u.%u, ", t.trunk ? "trunk" : "port", t.dev, t.port);
		break;
	case DSA_MODE_FROM_CPU:
		dx_printf(dx, "CPU > port %u.%u, ", t.dev, t.port);
		break;
	case DSA_MODE_TO_CPU:
		dx_printf(dx, "port %u.%u > CPU, ", t.dev, t.port);
		break;
	case DSA_MODE_TO_SNIFFER:
		dx_printf(dx, "port %u.%u > %s Sniffer, ", t.dev, t.port, t.trunk ? "Rx" : "Tx");
		break;
	}
	dx_printf(dx, "VLAN %u%c, ", t.vid, t.tagged ? 't' : 'u');
}

static void dsa_tag_print(struct dx *dx, const uint8_t *p)
{
	DX_LAYER(dx, p, DSA_LEN, "Marvell DSA tag");
	dx_puts(dx, dx->opts->link_header ? "Marvell DSA " : "DSA ");
	tag_common_print(dx, p);
	DX_LAYER_END(dx);
}

static void edsa_tag_print(struct dx *dx, const uint8_t *p)
{
	unsigned etype = GET_BE16(dx, p);

	DX_LAYER(dx, p, EDSA_LEN, "Marvell EDSA tag");
	DX_FIELD(dx, p, 2, "EtherType: 0x%04x", etype);
	if (dx->opts->link_header) {
		dx_printf(dx, "Marvell EDSA ethertype 0x%04x (%s), ", etype,
			  tok2str(dx, ethertype_values, "Unknown", etype));
		dx_printf(dx, "rsvd %u %u, ", GET_U8(dx, p + 2), GET_U8(dx, p + 3));
	} else {
		dx_printf(dx, "EDSA 0x%04x, ", etype);
	}
	tag_common_print(dx, p + 4);
	DX_LAYER_END(dx);
}

unsigned dsa_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "dsa");
	return ether_switch_tag_print(dx, p, length, caplen, dsa_tag_print, DSA_LEN);
}

unsigned edsa_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "edsa");
	return ether_switch_tag_print(dx, p, length, caplen, edsa_tag_print, EDSA_LEN);
}
