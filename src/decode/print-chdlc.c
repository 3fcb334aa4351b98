// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco HDLC (DLT_C_HDLC, link type 104) and SLARP.
 * Text as tcpdump 4.99.3 print-chdlc.c.
 *
 * Spec: https://www.tcpdump.org/linktypes/LINKTYPE_C_HDLC.html. A 4-byte
 * header: address (0x0f unicast, 0x8f broadcast), control (0), and an
 * EtherType. SLARP (0x8035) carries a 4-byte code, then an address and
 * mask (request, reply) or two sequence numbers, a reliability word and
 * an optional uptime in milliseconds (keepalive).
 */
#include "dx.h"
#include "ipproto.h"
#include "print-ether.h"
#include "print.h"

#define CHDLC_HDRLEN 4u
#define CHDLC_TYPE_SLARP 0x8035
#define SLARP_MIN_LEN 14u
#define SLARP_MAX_LEN 18u

static const struct tok chdlc_cast_values[] = {
	{ 0x0f, "unicast" },
	{ 0x8f, "bcast" },
	{ 0, NULL }
};

static void slarp_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	unsigned code;

	dx_proto(dx, "chdlc_slarp");
	dx_printf(dx, "SLARP (length: %u), ", length);
	if (length < SLARP_MIN_LEN) {
		dx_print_trunc(dx);
		return;
	}
	if (!DX_TTEST(dx, cp, SLARP_MIN_LEN)) {
		dx_print_trunc(dx);
		return;
	}
	code = GET_BE32(dx, cp);
	DX_LAYER(dx, cp, length, "Cisco SLARP");
	DX_FIELD(dx, cp, 4, "Code: %u", code);
	switch (code) {
	case 0:
		dx_puts(dx, "request");
		break;
	case 1:
		DX_FIELD(dx, cp + 4, 4, "Address: %s", GET_IPADDR_STRING(dx, cp + 4));
		DX_FIELD(dx, cp + 8, 4, "Mask: %s", GET_IPADDR_STRING(dx, cp + 8));
		dx_printf(dx, "reply %s/", GET_IPADDR_STRING(dx, cp + 4));
		dx_puts(dx, GET_IPADDR_STRING(dx, cp + 8));
		break;
	case 2:
		DX_FIELD(dx, cp + 4, 4, "My sequence: 0x%08x", GET_BE32(dx, cp + 4));
		DX_FIELD(dx, cp + 8, 4, "Your sequence: 0x%08x", GET_BE32(dx, cp + 8));
		DX_FIELD(dx, cp + 12, 2, "Reliability: 0x%04x", GET_BE16(dx, cp + 12));
		dx_printf(dx, "keepalive: mineseen=0x%08x, yourseen=0x%08x, reliability=0x%04x",
			  GET_BE32(dx, cp + 4), GET_BE32(dx, cp + 8), GET_BE16(dx, cp + 12));
		if (length >= SLARP_MAX_LEN) {
			unsigned sec, min, hrs, days;

			/* as tcpdump, the -vv dump below then starts after the uptime */
			cp += SLARP_MIN_LEN;
			sec = GET_BE32(dx, cp) / 1000;
			DX_FIELD(dx, cp, 4, "Uptime: %u ms", GET_BE32(dx, cp));
			min = sec / 60;
			sec -= min * 60;
			hrs = min / 60;
			min -= hrs * 60;
			days = hrs / 24;
			hrs -= days * 24;
			dx_printf(dx, ", link uptime=%ud%uh%um%us", days, hrs, min, sec);
		}
		break;
	default:
		dx_printf(dx, "0x%02x unknown", code);
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, cp + 4, "\n\t", length - 4);
		break;
	}
	DX_LAYER_END(dx);
	if (length > SLARP_MAX_LEN && dx->opts->verbose)
		dx_printf(dx, ", (trailing junk: %u bytes)", length - SLARP_MAX_LEN);
	if (dx->opts->verbose > 1)
		ip_print_unknown_data(dx, cp + 4, "\n\t", length - 4);
}

unsigned chdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned proto;

	dx_proto(dx, "chdlc");
	if (length < CHDLC_HDRLEN) {
		dx_print_trunc(dx);
		return caplen;
	}
	proto = GET_BE16(dx, p + 2);
	DX_LAYER(dx, p, CHDLC_HDRLEN, "Cisco HDLC");
	DX_FIELD(dx, p, 1, "Address: %s", tok2str(dx, chdlc_cast_values, "0x%02x", GET_U8(dx, p)));
	DX_FIELD(dx, p + 1, 1, "Control: 0x%02x", GET_U8(dx, p + 1));
	DX_FIELD(dx, p + 2, 2, "Protocol: %s (0x%04x)", tok2str(dx, ethertype_values, "Unknown", proto),
		 proto);
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		dx_printf(dx, "%s, ethertype %s (0x%04x), length %u: ",
			  tok2str(dx, chdlc_cast_values, "0x%02x", GET_U8(dx, p)),
			  tok2str(dx, ethertype_values, "Unknown", proto), proto, length);
	length -= CHDLC_HDRLEN;
	p += CHDLC_HDRLEN;
	switch (proto) {
	case 0x0800:
		ip_print(dx, p, length);
		break;
	case 0x86dd:
		ip6_print(dx, p, length);
		break;
	case CHDLC_TYPE_SLARP:
		slarp_print(dx, p, length);
		break;
	case 0x8847:
	case 0x8848:
		mpls_print(dx, p, length);
		break;
	case 0xfefe:
		/* a pad byte may come before the NLPID: skip it when the next byte is one */
		if (length < 2) {
			dx_print_trunc(dx);
			return caplen;
		}
		switch (GET_U8(dx, p + 1)) {
		case 0x81:
		case 0x82:
		case 0x83:
			isoclns_print(dx, p + 1, length - 1);
			break;
		default:
			isoclns_print(dx, p, length);
			break;
		}
		break;
	default:
		if (!dx->opts->link_header)
			dx_printf(dx, "unknown CHDLC protocol (0x%04x)", proto);
		break;
	}
	return CHDLC_HDRLEN;
}
