// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco Hot Standby Router Protocol (UDP destination port
 * 1985). Text as tcpdump 4.99.3 print-hsrp.c.
 *
 * RFC 2281. Version 0 message (20 bytes): version (1), op code (1),
 * state (1), hello time (1), hold time (1), priority (1), group (1),
 * reserved (1), authentication data (8), virtual IP address (4).
 */
#include "dx.h"
#include "print.h"
#include "util.h"

#define HSRP_AUTH_SIZE 8u

static const struct tok hsrp_opcodes[] = {
	{ 0, "hello" },
	{ 1, "coup" },
	{ 2, "resign" },
	{ 0, NULL }
};

static const struct tok hsrp_states[] = {
	{ 0, "initial" },
	{ 1, "learn" },
	{ 2, "listen" },
	{ 4, "speak" },
	{ 8, "standby" },
	{ 16, "active" },
	{ 0, NULL }
};

void hsrp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned version, op, state, reserved;

	dx_proto(dx, "hsrp");
	version = GET_U8(dx, bp);
	dx_printf(dx, "HSRPv%u", version);
	DX_LAYER(dx, bp, len, "Cisco Hot Standby Router Protocol, version %u", version);
	DX_FIELD(dx, bp, 1, "Version: %u", version);
	if (version != 0) {
		DX_LAYER_END(dx);
		return;
	}
	op = GET_U8(dx, bp + 1);
	dx_printf(dx, "-%s ", tok2str(dx, hsrp_opcodes, "unknown (%u)", op));
	DX_FIELD(dx, bp + 1, 1, "Op code: %s (%u)", tok2str(dx, hsrp_opcodes, "unknown", op), op);
	dx_printf(dx, "%u: ", len);
	state = GET_U8(dx, bp + 2);
	dx_printf(dx, "state=%s ", tok2str(dx, hsrp_states, "Unknown (%u)", state));
	DX_FIELD(dx, bp + 2, 1, "State: %s (%u)", tok2str(dx, hsrp_states, "Unknown", state), state);
	dx_printf(dx, "group=%u ", GET_U8(dx, bp + 6));
	reserved = GET_U8(dx, bp + 7);
	if (reserved)
		dx_printf(dx, "[reserved=%u!] ", reserved);
	dx_printf(dx, "addr=%s", GET_IPADDR_STRING(dx, bp + 16));
	if (dx->tree) {
		DX_FIELD(dx, bp + 3, 1, "Hello time: %u", GET_U8(dx, bp + 3));
		DX_FIELD(dx, bp + 4, 1, "Hold time: %u", GET_U8(dx, bp + 4));
		DX_FIELD(dx, bp + 5, 1, "Priority: %u", GET_U8(dx, bp + 5));
		DX_FIELD(dx, bp + 6, 1, "Group: %u", GET_U8(dx, bp + 6));
		DX_FIELD(dx, bp + 7, 1, "Reserved: %u", reserved);
		DX_FIELD(dx, bp + 8, HSRP_AUTH_SIZE, "Authentication data");
		DX_FIELD(dx, bp + 16, 4, "Virtual IP address: %s", GET_IPADDR_STRING(dx, bp + 16));
	}
	if (dx->opts->verbose) {
		dx_puts(dx, " hellotime=");
		dx_put_relts(dx, GET_U8(dx, bp + 3));
		dx_puts(dx, " holdtime=");
		dx_put_relts(dx, GET_U8(dx, bp + 4));
		dx_printf(dx, " priority=%u", GET_U8(dx, bp + 5));
		dx_puts(dx, " auth=\"");
		dx_printjnp(dx, bp + 8, HSRP_AUTH_SIZE);
		dx_putc(dx, '"');
	}
	DX_LAYER_END(dx);
}
