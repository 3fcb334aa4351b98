// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: EGP printer
 * RFC 904 (Exterior Gateway Protocol)
 *
 * tcpdump builds some addresses in host byte order and prints their
 * memory; that is reproduced as is (memcpy of a host-order value).
 */
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

static const char *const egp_acquire_codes[] = { "request", "confirm", "refuse", "cease",
						  "cease_ack" };
static const char *const egp_acquire_status[] = {
	"unspecified", "active_mode", "passive_mode", "insufficient_resources",
	"administratively_prohibited", "going_down", "parameter_violation", "protocol_violation",
};
static const char *const egp_reach_codes[] = { "hello", "i-h-u" };
static const char *const egp_status_updown[] = { "indeterminate", "up", "down" };
static const char *const egp_reasons[] = {
	"unspecified", "bad_EGP_header_format", "bad_EGP_data_field_format",
	"reachability_info_unavailable", "excessive_polling_rate", "no_response",
	"unsupported_version",
};

#define CLASSA(a) (((a) & 0x80000000u) == 0)
#define CLASSB(a) (((a) & 0xc0000000u) == 0x80000000u)
#define CLASSC(a) (((a) & 0xe0000000u) == 0xc0000000u)

/* the memory of a host-order value, as an address */
static const char *mem_ip4(struct dx *dx, uint32_t v)
{
	uint8_t a[4];

	memcpy(a, &v, 4);
	return dx_ip4_name(dx, a);
}

static void state(struct dx *dx, unsigned status)
{
	if (status <= 2)
		dx_printf(dx, " state:%s", egp_status_updown[status]);
	else
		dx_printf(dx, " [status %u]", status);
}

static void egpnr_print(struct dx *dx, const uint8_t *egp, unsigned length)
{
	const uint8_t *cp = egp + 16;
	uint32_t addr, net;
	unsigned netlen, gw, t_gw, intgw, extgw, distances, networks;
	const char *comma;

	memcpy(&addr, egp + 12, 4);	/* network-order bytes in a host integer */
	if (CLASSA(addr)) {
		net = addr & 0xff000000u;
		netlen = 1;
	} else if (CLASSB(addr)) {
		net = addr & 0xffff0000u;
		netlen = 2;
	} else if (CLASSC(addr)) {
		net = addr & 0xffffff00u;
		netlen = 3;
	} else {
		net = 0;
		netlen = 0;
	}
	length -= 16;
	intgw = GET_U8(dx, egp + 10);
	extgw = GET_U8(dx, egp + 11);
	t_gw = intgw + extgw;
	for (gw = 0; gw < t_gw; ++gw) {
		addr = 0;
		if (length < 4 - netlen || !DX_TTEST(dx, cp, 4 - netlen))
			goto trunc;
		switch (netlen) {
		case 1:
			addr = GET_U8(dx, cp++);
			/* fall through */
		case 2:
			addr = (addr << 8) | GET_U8(dx, cp++);
			/* fall through */
		case 3:
			addr = (addr << 8) | GET_U8(dx, cp++);
			break;
		default:
			break;
		}
		addr |= net;
		length -= 4 - netlen;
		if (length < 1)
			goto trunc;
		distances = GET_U8(dx, cp++);
		length--;
		dx_printf(dx, " %s %s ", gw < intgw ? "int" : "ext", mem_ip4(dx, addr));
		comma = "";
		dx_putc(dx, '(');
		while (distances != 0) {
			if (length < 2)
				goto trunc;
			dx_printf(dx, "%sd%u:", comma, GET_U8(dx, cp++));
			comma = ", ";
			networks = GET_U8(dx, cp++);
			length -= 2;
			while (networks != 0) {
				if (length < 1)
					goto trunc;
				addr = (uint32_t)GET_U8(dx, cp++) << 24;
				length--;
				if (CLASSB(addr)) {
					if (length < 1)
						goto trunc;
					addr |= (uint32_t)GET_U8(dx, cp++) << 16;
					length--;
				} else if (!CLASSA(addr)) {
					if (length < 2)
						goto trunc;
					addr |= (uint32_t)GET_U8(dx, cp++) << 16;
					addr |= (uint32_t)GET_U8(dx, cp++) << 8;
					length -= 2;
				}
				dx_printf(dx, " %s", mem_ip4(dx, addr));
				networks--;
			}
			distances--;
		}
		dx_putc(dx, ')');
	}
	return;
trunc:
	dx_print_trunc(dx);
}

void egp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned version, type, code, status;

	dx_proto(dx, "egp");
	if (length < 16 || !DX_TTEST(dx, bp, 16)) {
		dx_print_trunc(dx);
		return;
	}
	version = bp[0];
	DX_LAYER(dx, bp, length, "Exterior Gateway Protocol v%u", version);
	DX_FIELD(dx, bp, 1, "Version: %u", version);
	DX_FIELD(dx, bp + 1, 1, "Type: %u", bp[1]);
	DX_FIELD(dx, bp + 2, 1, "Code: %u", bp[2]);
	DX_FIELD(dx, bp + 3, 1, "Status: %u", bp[3]);
	DX_FIELD(dx, bp + 4, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 4));
	DX_FIELD(dx, bp + 6, 2, "Autonomous system: %u", GET_BE16(dx, bp + 6));
	DX_FIELD(dx, bp + 8, 2, "Sequence: %u", GET_BE16(dx, bp + 8));
	DX_LAYER_END(dx);
	if (!dx->opts->verbose) {
		dx_printf(dx, "EGPv%u, AS %u, seq %u, length %u", version, GET_BE16(dx, bp + 6),
			  GET_BE16(dx, bp + 8), length);
		return;
	}
	dx_printf(dx, "EGPv%u, length %u", version, length);
	if (version != 2) {
		dx_printf(dx, "[version %u]", version);
		return;
	}
	type = bp[1];
	code = bp[2];
	status = bp[3];
	switch (type) {
	case 3:
		dx_puts(dx, " acquire");
		switch (code) {
		case 0:
		case 1:
			dx_printf(dx, " %s", egp_acquire_codes[code]);
			if (status <= 2)
				dx_printf(dx, " %s", egp_acquire_status[status]);
			else
				dx_printf(dx, " [status %u]", status);
			dx_printf(dx, " hello:%u poll:%u", GET_BE16(dx, bp + 10),
				  GET_BE16(dx, bp + 12));
			break;
		case 2:
		case 3:
		case 4:
			dx_printf(dx, " %s", egp_acquire_codes[code]);
			if (status == 0 || (status >= 3 && status <= 7))
				dx_printf(dx, " %s", egp_acquire_status[status]);
			else
				dx_printf(dx, "[status %u]", status);
			break;
		default:
			dx_printf(dx, "[code %u]", code);
			break;
		}
		break;
	case 5:
		if (code <= 1) {
			dx_printf(dx, " %s", egp_reach_codes[code]);
			state(dx, status);
		} else {
			dx_printf(dx, "[reach code %u]", code);
		}
		break;
	case 2:
		dx_puts(dx, " poll");
		state(dx, status);
		dx_printf(dx, " net:%s", GET_IPADDR_STRING(dx, bp + 12));
		break;
	case 1:
		dx_puts(dx, " update");
		if (status & 0x80) {
			status &= ~0x80u;
			dx_puts(dx, " unsolicited");
		}
		state(dx, status);
		dx_printf(dx, " %s int %u ext %u", GET_IPADDR_STRING(dx, bp + 12), bp[10], bp[11]);
		egpnr_print(dx, bp, length);
		break;
	case 8: {
		unsigned reason = GET_BE16(dx, bp + 10);

		dx_puts(dx, " error");
		state(dx, status);
		if (reason <= 6)
			dx_printf(dx, " %s", egp_reasons[reason]);
		else
			dx_printf(dx, " [reason %u]", reason);
		break;
	}
	default:
		dx_printf(dx, "[type %u]", type);
		break;
	}
}
