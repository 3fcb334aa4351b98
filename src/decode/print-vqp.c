// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco VLAN Query Protocol (UDP port 1589). Text as tcpdump
 * 4.99.3 print-vqp.c.
 *
 * No public specification. Header (8): version (1), message type (1),
 * error code (1), item count (1), sequence (4); then objects of type
 * (4) and length (2): client address, port, VLAN and VTP domain names,
 * the Ethernet frame, MAC addresses.
 */
#include "dx.h"
#include "print.h"
#include "ipproto.h"

#define VQP_HDR_LEN 8u
#define VQP_OBJ_HDR_LEN 6u
#define VQP_VERSION 1

static const struct tok vqp_msg_types[] = {
	{ 1, "Request, Join Port" },
	{ 2, "Response, VLAN" },
	{ 3, "Request, Reconfirm" },
	{ 4, "Response, Reconfirm" },
	{ 0, NULL }
};

static const struct tok vqp_errors[] = {
	{ 0, "No error" },
	{ 3, "Access denied" },
	{ 4, "Shutdown port" },
	{ 5, "Wrong VTP domain" },
	{ 0, NULL }
};

enum {
	VQP_IP_ADDRESS = 0x0c01, VQP_PORT_NAME, VQP_VLAN_NAME, VQP_VTP_DOMAIN,
	VQP_ETHERNET_PKT, VQP_MAC_NULL, VQP_MAC_ADDRESS = 0x0c08
};

static const struct tok vqp_objs[] = {
	{ VQP_IP_ADDRESS, "Client IP Address" },
	{ VQP_PORT_NAME, "Port Name" },
	{ VQP_VLAN_NAME, "VLAN Name" },
	{ VQP_VTP_DOMAIN, "VTP Domain" },
	{ VQP_ETHERNET_PKT, "Ethernet Packet" },
	{ VQP_MAC_NULL, "MAC Null" },
	{ VQP_MAC_ADDRESS, "MAC Address" },
	{ 0, NULL }
};

/* one object's value; 0 when its length does not fit its type */
static int vqp_obj_print(struct dx *dx, unsigned type, const uint8_t *p, unsigned len)
{
	switch (type) {
	case VQP_IP_ADDRESS:
		if (len != 4)
			return 0;
		dx_printf(dx, "%s (0x%08x)", GET_IPADDR_STRING(dx, p), GET_BE32(dx, p));
		return 1;
	case VQP_PORT_NAME:
	case VQP_VLAN_NAME:
	case VQP_VTP_DOMAIN:
	case VQP_ETHERNET_PKT:
		dx_printjnp(dx, p, len);
		return 1;
	case VQP_MAC_ADDRESS:
	case VQP_MAC_NULL:
		if (len != 6)
			return 0;
		dx_puts(dx, GET_ETHERADDR_STRING(dx, p));
		return 1;
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, p, "\n\t    ", len);
		return 1;
	}
}

void vqp_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	const uint8_t *tptr = pptr;
	unsigned version, type, err, nitems, tlen = len, otype, olen;
	const char *name;
	size_t mark;
	int vlen;

	dx_proto(dx, "vqp");
	DX_TCHECK(dx, pptr, VQP_HDR_LEN);
	if (len < VQP_HDR_LEN) {
		dx_print_invalid(dx);
		return;
	}
	version = GET_U8(dx, pptr);
	if (version != VQP_VERSION) {
		dx_printf(dx, "VQP version %u packet not supported", version);
		return;
	}
	type = GET_U8(dx, pptr + 1);
	err = GET_U8(dx, pptr + 2);
	nitems = GET_U8(dx, pptr + 3);
	DX_LAYER(dx, pptr, len, "VLAN Query Protocol, version %u", version);
	DX_FIELD(dx, pptr + 1, 1, "Message type: %s", tok2str(dx, vqp_msg_types, "unknown (%u)", type));
	DX_FIELD(dx, pptr + 2, 1, "Error code: %s (%u)", tok2str(dx, vqp_errors, "unknown", err), err);
	DX_FIELD(dx, pptr + 3, 1, "Items: %u", nitems);
	DX_FIELD(dx, pptr + 4, 4, "Sequence: 0x%08x", GET_BE32(dx, pptr + 4));
	if (!dx->opts->verbose) {
		dx_printf(dx, "VQPv%u %s Message, error-code %s (%u), length %u", version,
			  tok2str(dx, vqp_msg_types, "unknown (%u)", type),
			  tok2str(dx, vqp_errors, "unknown", err), err, len);
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, "\n\tVQPv%u, %s Message, error-code %s (%u), seq 0x%08x, items %u, length %u",
		  version, tok2str(dx, vqp_msg_types, "unknown (%u)", type),
		  tok2str(dx, vqp_errors, "unknown", err), err, GET_BE32(dx, pptr + 4), nitems, len);
	tptr += VQP_HDR_LEN;
	tlen -= VQP_HDR_LEN;
	while (nitems != 0 && tlen != 0) {
		DX_TCHECK(dx, tptr, VQP_OBJ_HDR_LEN);
		if (tlen < VQP_OBJ_HDR_LEN)
			goto invalid;
		otype = GET_BE32(dx, tptr);
		olen = GET_BE16(dx, tptr + 4);
		tptr += VQP_OBJ_HDR_LEN;
		tlen -= VQP_OBJ_HDR_LEN;
		name = tok2str(dx, vqp_objs, "Unknown", otype);
		dx_printf(dx, "\n\t  %s Object (0x%08x), length %u, value: ", name, otype, olen);
		if (otype == 0 || olen == 0)
			break;
		DX_TCHECK(dx, tptr, olen);
		if (olen > tlen)
			goto invalid;
		mark = dx->out->len;
		if (!vqp_obj_print(dx, otype, tptr, olen))
			goto invalid;
		if (dx->tree) {
			const char *v = dx_text_since(dx, mark, &vlen);

			DX_FIELD(dx, tptr - VQP_OBJ_HDR_LEN, olen + VQP_OBJ_HDR_LEN,
				 "%s (0x%08x), length %u: %.*s", name, otype, olen, vlen, v);
		}
		tptr += olen;
		tlen -= olen;
		nitems--;
	}
	DX_LAYER_END(dx);
	return;
invalid:
	dx_print_invalid(dx);
	DX_LAYER_END(dx);
}
