// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: AUTOSAR SOME/IP (UDP port 30490, or -T someip). Text as
 * tcpdump 4.99.3 print-someip.c.
 *
 * Header (16 bytes, AUTOSAR R19-11): message ID = service ID (2) and
 * method/event ID (2, the top bit set for an event), length (4, the bytes
 * after this field), request ID = client ID (2) and session ID (2),
 * protocol version (1), interface version (1), message type (1), return
 * code (1); the payload follows and is not decoded.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define SOMEIP_HDRLEN 16u

static const struct tok someip_msg_types[] = {
	{ 0x00, "REQUEST" },
	{ 0x01, "REQUEST_NO_RETURN" },
	{ 0x02, "NOTIFICATION" },
	{ 0x20, "TP_REQUEST" },
	{ 0x21, "TP_REQUEST_NO_RETURN" },
	{ 0x22, "TP_NOTIFICATION" },
	{ 0x80, "RESPONSE" },
	{ 0x81, "ERROR" },
	{ 0xa0, "TP_RESPONSE" },
	{ 0xa1, "TP_ERROR" },
	{ 0, NULL }
};

static const struct tok someip_ret_codes[] = {
	{ 0x00, "E_OK" },
	{ 0x01, "E_NOT_OK" },
	{ 0x02, "E_UNKNOWN_SERVICE" },
	{ 0x03, "E_UNKNOWN_METHOD" },
	{ 0x04, "E_NOT_READY" },
	{ 0x05, "E_NOT_REACHABLE" },
	{ 0x06, "E_TIMEOUT" },
	{ 0x07, "E_WRONG_PROTOCOL_VERSION" },
	{ 0x08, "E_WRONG_INTERFACE_VERSION" },
	{ 0x09, "E_MALFORMED_MESSAGE" },
	{ 0x0a, "E_WRONG_MESSAGE_TYPE" },
	{ 0x0b, "E_E2E_REPEATED" },
	{ 0x0c, "E_E2E_WRONG_SEQUENCE" },
	{ 0x0d, "E_E2E" },
	{ 0x0e, "E_E2E_NOT_AVAILABLE" },
	{ 0x0f, "E_E2E_NO_NEW_DATA" },
	{ 0, NULL }
};

void someip_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned service, method, is_event, msglen, client, session, v;
	const char *name;

	dx_proto(dx, "someip");
	ip_print_protocol_caps(dx);
	DX_LAYER(dx, bp, len, "Scalable service-Oriented MiddlewarE over IP (SOME/IP)");
	if (len < SOMEIP_HDRLEN) {
		dx_print_invalid(dx);
		DX_FIELD(dx, bp, len, "Short header: %u bytes < %u", len, SOMEIP_HDRLEN);
		DX_LAYER_END(dx);
		return;
	}

	/* message ID: service and method (or event) */
	service = GET_BE16(dx, bp);
	v = GET_BE16(dx, bp + 2);
	is_event = v >> 15;
	method = v & 0x7fff;
	dx_printf(dx, ", service %u, %s %u", service, is_event ? "event" : "method", method);
	DX_FIELD(dx, bp, 2, "Service ID: 0x%04x (%u)", service, service);
	DX_FIELD(dx, bp + 2, 2, "%s ID: 0x%04x (%u)", is_event ? "Event" : "Method", method, method);

	msglen = GET_BE32(dx, bp + 4);
	dx_printf(dx, ", len %u", msglen);
	DX_FIELD(dx, bp + 4, 4, "Length: %u", msglen);

	/* request ID: client and session */
	client = GET_BE16(dx, bp + 8);
	session = GET_BE16(dx, bp + 10);
	dx_printf(dx, ", client %u, session %u", client, session);
	DX_FIELD(dx, bp + 8, 2, "Client ID: 0x%04x (%u)", client, client);
	DX_FIELD(dx, bp + 10, 2, "Session ID: 0x%04x (%u)", session, session);

	v = GET_U8(dx, bp + 12);
	dx_printf(dx, ", pver %u", v);
	DX_FIELD(dx, bp + 12, 1, "Protocol version: %u", v);
	v = GET_U8(dx, bp + 13);
	dx_printf(dx, ", iver %u", v);
	DX_FIELD(dx, bp + 13, 1, "Interface version: %u", v);

	v = GET_U8(dx, bp + 14);
	name = tok2str(dx, someip_msg_types, "Unknown", v);
	dx_printf(dx, ", msgtype %s", name);
	DX_FIELD(dx, bp + 14, 1, "Message type: %s (0x%02x)", name, v);

	v = GET_U8(dx, bp + 15);
	name = tok2str(dx, someip_ret_codes, "Unknown", v);
	dx_printf(dx, ", retcode %s\n", name);
	DX_FIELD(dx, bp + 15, 1, "Return code: %s (0x%02x)", name, v);

	if (len > SOMEIP_HDRLEN)
		DX_FIELD(dx, bp + SOMEIP_HDRLEN, len - SOMEIP_HDRLEN, "Payload (%u bytes)",
			 len - SOMEIP_HDRLEN);
	DX_LAYER_END(dx);
}
