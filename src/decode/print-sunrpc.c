// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ONC RPC calls (RFC 5531) as tcpdump 4.99.3 print-sunrpc.c
 * prints them under -T rpc: the portmapper's procedure names (RFC 1833,
 * program 100000) and the program a SET/UNSET/GETPORT/CALLIT names.
 *
 * Call header: xid (4), type (4), rpcvers (4), prog (4), vers (4),
 * proc (4), credentials flavor (4) and length (4); 32 bytes are needed.
 */
#include "dx.h"
#include "print.h"
#include "util.h"

#define RPC_MSG_MIN 32u
#define RPC_VERSION 2u
#define PMAP_PORT 111u

enum { PMAP_NULL, PMAP_SET, PMAP_UNSET, PMAP_GETPORT, PMAP_DUMP, PMAP_CALLIT };

static const struct tok pmap_procs[] = {
	{ PMAP_NULL, "null" }, { PMAP_SET, "set" }, { PMAP_UNSET, "unset" },
	{ PMAP_GETPORT, "getport" }, { PMAP_DUMP, "dump" }, { PMAP_CALLIT, "call" },
	{ 0, NULL }
};

static void put_ip(struct dx *dx, unsigned ipv, const uint8_t *a)
{
	dx_puts(dx, ipv == 6 ? GET_IP6ADDR_STRING(dx, a) : GET_IPADDR_STRING(dx, a));
}

void sunrpc_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph)
{
	unsigned ipv = GET_U8(dx, iph) >> 4;
	uint32_t xid, proc, v;

	dx_proto(dx, "sunrpc");
	DX_TCHECK(dx, bp, RPC_MSG_MIN);
	xid = GET_BE32(dx, bp);
	proc = GET_BE32(dx, bp + 20);
	DX_LAYER(dx, bp, length, "Remote Procedure Call, XID: 0x%x", xid);
	DX_FIELD(dx, bp, 4, "XID: 0x%08x", xid);
	DX_FIELD(dx, bp + 4, 4, "Message Type: %u", GET_BE32(dx, bp + 4));
	DX_FIELD(dx, bp + 8, 4, "RPC Version: %u", GET_BE32(dx, bp + 8));
	DX_FIELD(dx, bp + 12, 4, "Program: %u", GET_BE32(dx, bp + 12));
	DX_FIELD(dx, bp + 16, 4, "Program Version: %u", GET_BE32(dx, bp + 16));
	DX_FIELD(dx, bp + 20, 4, "Procedure: %u", proc);
	DX_LAYER_END(dx);
	if (ipv == 4 || ipv == 6) {
		put_ip(dx, ipv, ipv == 4 ? iph + 12 : iph + 8);
		dx_printf(dx, ".0x%x > ", xid);
		put_ip(dx, ipv, ipv == 4 ? iph + 16 : iph + 24);
	} else {
		dx_printf(dx, "?.0x%x > ?", xid);
	}
	if (dx->opts->no_resolve)
		dx_printf(dx, ".0x%x: %u", PMAP_PORT, length);
	else
		dx_printf(dx, ".sunrpc: %u", length);
	dx_printf(dx, " %s", tok2str(dx, pmap_procs, " proc #%u", proc));
	v = GET_BE32(dx, bp + 8);
	if (v != RPC_VERSION)
		dx_printf(dx, " [rpcver %u]", v);
	switch (proc) {
	case PMAP_SET:
	case PMAP_UNSET:
	case PMAP_GETPORT:
	case PMAP_CALLIT:
		v = GET_BE32(dx, bp + 12);
		dx_printf(dx, dx->opts->no_resolve ? " %u" : " #%u", v);
		dx_printf(dx, ".%u", GET_BE32(dx, bp + 16));
		break;
	default:
		break;
	}
}
