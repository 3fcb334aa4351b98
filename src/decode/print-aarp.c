// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: AppleTalk ARP (EtherType 0x80f3). Text as tcpdump 4.99.3
 * print-atalk.c's aarp_print, addresses as net.node numbers (tcpdump
 * names them from /etc/atalk.names only without -n; this never does).
 *
 * Inside AppleTalk, Apple's 1990 book, chapter 2: hardware type (2),
 * protocol type (2, 0x809b), hardware and protocol address lengths (1
 * each, 6 and 4), function (2: 1 request, 2 response, 3 probe), source
 * hardware (6) and protocol (4) address, destination hardware (6) and
 * protocol (4) address. A protocol address is a zero byte, a 16-bit
 * network number and an 8-bit node.
 */
#include "dx.h"
#include "print.h"
#include "util.h"

#define AARP_LEN 28u
#define AARP_SHA 8u
#define AARP_SPA 14u
#define AARP_THA 18u
#define AARP_TPA 24u

static const struct tok aarp_ops[] = {
	{ 1, "Request" },
	{ 2, "Response" },
	{ 3, "Probe" },
	{ 0, NULL }
};

static void at_addr(struct dx *dx, const uint8_t *a)
{
	atalk_addr_print(dx, GET_BE16(dx, a + 1), GET_U8(dx, a + 3));
}

void aarp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned htype, ptype, halen, palen, op;

	dx_proto(dx, "aarp");
	dx_puts(dx, "aarp ");
	if (!DX_TTEST(dx, p, AARP_LEN)) {
		/* nothing unless the whole message is there */
		dx_print_trunc(dx);
		return;
	}
	if (length < AARP_LEN) {
		dx_printf(dx, " [|aarp %u]", length);
		return;
	}
	htype = GET_BE16(dx, p);
	ptype = GET_BE16(dx, p + 2);
	halen = GET_U8(dx, p + 4);
	palen = GET_U8(dx, p + 5);
	op = GET_BE16(dx, p + 6);
	if (dx->tree) {
		DX_LAYER(dx, p, AARP_LEN, "AppleTalk Address Resolution Protocol (%s)",
			 tok2str(dx, aarp_ops, "unknown", op));
		DX_FIELD(dx, p, 2, "Hardware type: %u", htype);
		DX_FIELD(dx, p + 2, 2, "Protocol type: 0x%04x", ptype);
		DX_FIELD(dx, p + 4, 1, "Hardware size: %u", halen);
		DX_FIELD(dx, p + 5, 1, "Protocol size: %u", palen);
		DX_FIELD(dx, p + 6, 2, "Opcode: %s (%u)", tok2str(dx, aarp_ops, "unknown", op), op);
		DX_FIELD(dx, p + AARP_SHA, 6, "Sender MAC address: %s",
			 GET_ETHERADDR_STRING(dx, p + AARP_SHA));
		DX_FIELD(dx, p + AARP_SPA, 4, "Sender AppleTalk address: %u.%u",
			 GET_BE16(dx, p + AARP_SPA + 1), GET_U8(dx, p + AARP_SPA + 3));
		DX_FIELD(dx, p + AARP_THA, 6, "Target MAC address: %s",
			 GET_ETHERADDR_STRING(dx, p + AARP_THA));
		DX_FIELD(dx, p + AARP_TPA, 4, "Target AppleTalk address: %u.%u",
			 GET_BE16(dx, p + AARP_TPA + 1), GET_U8(dx, p + AARP_TPA + 3));
		DX_LAYER_END(dx);
	}
	if (htype == 1 && ptype == 0x809b && halen == 6 && palen == 4) {
		switch (op) {
		case 1:
		case 3:
			dx_puts(dx, op == 1 ? "who-has " : "probe ");
			at_addr(dx, p + AARP_TPA);
			dx_puts(dx, " tell ");
			at_addr(dx, p + AARP_SPA);
			return;
		case 2:
			dx_puts(dx, "reply ");
			at_addr(dx, p + AARP_SPA);
			dx_printf(dx, " is-at %s", GET_ETHERADDR_STRING(dx, p + AARP_SHA));
			return;
		}
	}
	dx_printf(dx, "len %u op %u htype %u ptype %#x halen %u palen %u", length, op, htype, ptype,
		  halen, palen);
}
