// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Ethernet Configuration Testing Protocol (EtherType 0x9000,
 * "Loopback"), as Cisco keepalives use it. Text as tcpdump 4.99
 * print-loopback.c. Spec: Ethernet Version 2.0 (DEC/Intel/Xerox 1982),
 * section 8. All fields little-endian: skipCount (2), skipped bytes, then
 * a message: function (2) and, for Reply, a receipt number (2), for
 * Forward Data, a forwarding address (6); the rest is data.
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define LOOPBACK_REPLY 1
#define LOOPBACK_FWDDATA 2

static void message_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned function;

	if (len < 2)
		goto invalid;
	function = GET_LE16(dx, cp);
	DX_FIELD(dx, cp, 2, "Function: %s (%u)", function == LOOPBACK_REPLY ? "Reply"
		 : function == LOOPBACK_FWDDATA ? "Forward Data" : "invalid", function);
	cp += 2;
	len -= 2;
	if (function == LOOPBACK_REPLY)
		dx_puts(dx, ", Reply");
	else if (function == LOOPBACK_FWDDATA)
		dx_puts(dx, ", Forward Data");
	else
		dx_printf(dx, ",  invalid (%u)", function);
	switch (function) {
	case LOOPBACK_REPLY:
		if (len < 2)
			goto invalid;
		dx_printf(dx, ", receipt number %u", GET_LE16(dx, cp));
		DX_FIELD(dx, cp, 2, "Receipt number: %u", GET_LE16(dx, cp));
		cp += 2;
		len -= 2;
		dx_printf(dx, ", data (%u octets)", len);
		break;
	case LOOPBACK_FWDDATA:
		if (len < 6)
			goto invalid;
		DX_TCHECK(dx, cp, 6);
		dx_puts(dx, ", forwarding address ");
		ether_addr_put(dx, cp);
		DX_FIELD(dx, cp, 6, "Forwarding address: %s", GET_ETHERADDR_STRING(dx, cp));
		cp += 6;
		len -= 6;
		dx_printf(dx, ", data (%u octets)", len);
		break;
	default:
		break;
	}
	DX_TCHECK(dx, cp, len);
	if (len)
		DX_FIELD(dx, cp, len, "Data (%u bytes)", len);
	return;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, cp, len);
}

static void loopback_body(struct dx *dx, const uint8_t *cp, unsigned len);

void loopback_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_proto(dx, "loopback");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, cp);

		DX_LAYER(dx, cp, n < len ? n : len, "Configuration Test Protocol (loopback)");
	}
	loopback_body(dx, cp, len);
	DX_LAYER_END(dx);
}

static void loopback_body(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned skip;

	dx_puts(dx, "Loopback");
	if (len < 2)
		goto invalid;
	skip = GET_LE16(dx, cp);
	cp += 2;
	len -= 2;
	dx_printf(dx, ", skipCount %u", skip);
	DX_FIELD(dx, cp - 2, 2, "Skip count: %u", skip);
	if (skip % 8)
		dx_puts(dx, " (bogus)");
	if (skip > len)
		goto invalid;
	DX_TCHECK(dx, cp, skip);
	message_print(dx, cp + skip, len - skip);
	return;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, cp, len);
}
