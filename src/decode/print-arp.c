// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ARP and RARP (RFC 826, RFC 903), InARP (RFC 2390) and ATM ARP
 * (RFC 2225). Text as tcpdump 4.99 print-arp.c.
 *
 * Wire format: hardware type (2), protocol type (2), hardware length (1),
 * protocol length (1), operation (2), then sender hardware address,
 * sender protocol address, target hardware address, target protocol
 * address, each of the given length. ATM ARP replaces the length bytes by
 * type/length bytes for ATM number, subaddress and protocol address.
 */
#include "dx.h"
#include "util.h"
#include "print.h"
#include "print-ether.h"

#define ARP_HDRLEN 8
#define ATMARP_HDRLEN 12

#define ARPHRD_ETHER 1
#define ARPHRD_FRELAY 15
#define ARPHRD_ATM2225 19

#define ARPOP_REQUEST 1
#define ARPOP_REPLY 2
#define ARPOP_REVREQUEST 3
#define ARPOP_REVREPLY 4
#define ARPOP_INVREQUEST 8
#define ARPOP_INVREPLY 9
#define ARPOP_NAK 10

#define ETHERTYPE_IP 0x0800
#define ETHERTYPE_TRAIL 0x1000
#define ATMARP_LEN_MASK 0x3f

enum linkaddr_type { LINKADDR_ETHER, LINKADDR_FRELAY, LINKADDR_ATM };

static const struct tok arpop_values[] = {
	{ ARPOP_REQUEST, "Request" },
	{ ARPOP_REPLY, "Reply" },
	{ ARPOP_REVREQUEST, "Reverse Request" },
	{ ARPOP_REVREPLY, "Reverse Reply" },
	{ ARPOP_INVREQUEST, "Inverse Request" },
	{ ARPOP_INVREPLY, "Inverse Reply" },
	{ ARPOP_NAK, "NACK Reply" },
	{ 0, NULL }
};

static const struct tok arphrd_values[] = {
	{ ARPHRD_ETHER, "Ethernet" },
	{ 6, "TokenRing" },
	{ 7, "ArcNet" },
	{ ARPHRD_FRELAY, "FrameRelay" },
	{ 23, "Strip" },
	{ 24, "IEEE 1394" },
	{ ARPHRD_ATM2225, "ATM" },
	{ 32, "InfiniBand" },
	{ 0, NULL }
};

/* tcpdump's GET_LINKADDR_STRING, appended directly */
static void linkaddr_print(struct dx *dx, const uint8_t *p, enum linkaddr_type type, unsigned len)
{
	DX_TCHECK(dx, p, len);
	if (len == 0) {
		dx_puts(dx, "<empty>");
		return;
	}
	if (type == LINKADDR_ETHER && len == 6) {
		ether_addr_put(dx, p);
		return;
	}
	if (type == LINKADDR_FRELAY) {
		q922_print(dx, p, len);
		return;
	}
	dx_put_hexbytes(dx, p, len, ':');
}

static int isnonzero(struct dx *dx, const uint8_t *a, unsigned len)
{
	for (; len > 0; a++, len--)
		if (GET_U8(dx, a) != 0)
			return 1;
	return 0;
}

static void paddr_print(struct dx *dx, const uint8_t *a, unsigned pro, unsigned plen,
			const char *wronglen)
{
	if (pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL)
		dx_puts(dx, "<wrong proto type>");
	else if (plen != 4)
		dx_puts(dx, wronglen);
	else
		dx_puts(dx, GET_IPADDR_STRING(dx, a));
}

static const char *proto_name(struct dx *dx, unsigned pro)
{
	return tok2str(dx, ethertype_values, "Unknown Protocol (0x%04x)", pro);
}

static void hrd_name_print(struct dx *dx, unsigned hrd)
{
	const char *s = tok2str_or_null(arphrd_values, hrd);

	if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "Unknown Hardware (");
		dx_putu(dx, hrd);
		dx_putc(dx, ')');
	}
}

static void op_print(struct dx *dx, unsigned op)
{
	const char *s = tok2str_or_null(arpop_values, op);

	if (dx->opts->verbose)
		dx_puts(dx, ", ");
	if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "Unknown (");
		dx_putu(dx, op);
		dx_putc(dx, ')');
	}
	dx_putc(dx, ' ');
}

static void length_print(struct dx *dx, unsigned length)
{
	dx_puts(dx, ", length ");
	dx_putu(dx, length);
}

/* ---- ATM ARP (RFC 2225) ---------------------------------------------- */

static void atmarp_addr_print(struct dx *dx, const uint8_t *ha, unsigned ha_len,
			      const uint8_t *srca, unsigned srca_len)
{
	if (ha_len == 0) {
		dx_puts(dx, "<No address>");
		return;
	}
	linkaddr_print(dx, ha, LINKADDR_ATM, ha_len);
	if (srca_len != 0) {
		dx_putc(dx, ',');
		linkaddr_print(dx, srca, LINKADDR_ATM, srca_len);
	}
}

static void atmarp_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned caplen)
{
	unsigned hrd, pro, op, shl, ssl, spl, thl, tsl, tpl;
	const uint8_t *sha, *ssa, *spa, *tha, *tsa, *tpa;

	DX_TCHECK(dx, bp, ATMARP_HDRLEN);
	hrd = GET_BE16(dx, bp);
	pro = GET_BE16(dx, bp + 2);
	shl = GET_U8(dx, bp + 4) & ATMARP_LEN_MASK;
	ssl = GET_U8(dx, bp + 5) & ATMARP_LEN_MASK;
	op = GET_BE16(dx, bp + 6);
	spl = GET_U8(dx, bp + 8);
	thl = GET_U8(dx, bp + 9) & ATMARP_LEN_MASK;
	tsl = GET_U8(dx, bp + 10) & ATMARP_LEN_MASK;
	tpl = GET_U8(dx, bp + 11);
	sha = bp + ATMARP_HDRLEN;
	ssa = sha + shl;
	spa = ssa + ssl;
	tha = spa + spl;
	tsa = tha + thl;
	tpa = tsa + tsl;
	DX_TCHECK(dx, tpa, tpl);
	if (dx->tree) {
		DX_LAYER(dx, bp, (size_t)(tpa + tpl - bp), "ATM Address Resolution Protocol (%s)",
			 tok2str(dx, arpop_values, "opcode %u", op));
		DX_FIELD(dx, bp, 2, "Hardware type: %s (%u)", tok2str(dx, arphrd_values, "Unknown", hrd), hrd);
		DX_FIELD(dx, bp + 2, 2, "Protocol type: %s (0x%04x)", ether_type_name(pro), pro);
		DX_FIELD(dx, bp + 6, 2, "Opcode: %s (%u)", tok2str(dx, arpop_values, "Unknown", op), op);
		DX_LAYER_END(dx);
	}
	if (!dx->opts->link_header)
		dx_puts(dx, "ARP, ");
	if ((pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL) || spl != 4 || tpl != 4 ||
	    dx->opts->verbose) {
		hrd_name_print(dx, hrd);
		dx_puts(dx, ", ");
		dx_puts(dx, proto_name(dx, pro));
		dx_puts(dx, " (len ");
		dx_putu(dx, spl);
		dx_putc(dx, '/');
		dx_putu(dx, tpl);
		dx_putc(dx, ')');
		if (!dx->opts->verbose)
			goto out;
	}
	op_print(dx, op);
	switch (op) {
	case ARPOP_REQUEST:
		dx_puts(dx, "who-has ");
		paddr_print(dx, tpa, pro, tpl, "<wrong tplen>");
		if (thl != 0) {
			dx_puts(dx, " (");
			atmarp_addr_print(dx, tha, thl, tsa, tsl);
			dx_putc(dx, ')');
		}
		dx_puts(dx, " tell ");
		paddr_print(dx, spa, pro, spl, "<wrong splen>");
		break;
	case ARPOP_REPLY:
		paddr_print(dx, spa, pro, spl, "<wrong splen>");
		dx_puts(dx, " is-at ");
		atmarp_addr_print(dx, sha, shl, ssa, ssl);
		break;
	case ARPOP_INVREQUEST:
		dx_puts(dx, "who-is ");
		atmarp_addr_print(dx, tha, thl, tsa, tsl);
		dx_puts(dx, " tell ");
		atmarp_addr_print(dx, sha, shl, ssa, ssl);
		break;
	case ARPOP_INVREPLY:
		atmarp_addr_print(dx, sha, shl, ssa, ssl);
		dx_puts(dx, "at ");
		paddr_print(dx, spa, pro, spl, "<wrong splen>");
		break;
	case ARPOP_NAK:
		dx_puts(dx, "for ");
		paddr_print(dx, spa, pro, spl, "<wrong splen>");
		break;
	default:
		hex_and_ascii_print(dx, "\n\t", bp, caplen);
		return;
	}
out:
	length_print(dx, length);
}

/* ---- ARP ------------------------------------------------------------- */

static void arp_tree(struct dx *dx, const uint8_t *bp, unsigned hrd, unsigned pro, unsigned hln,
		     unsigned pln, unsigned op)
{
	const uint8_t *sha = bp + ARP_HDRLEN, *spa = sha + hln, *tha = spa + pln, *tpa = tha + hln;
	char b[24];

	DX_LAYER(dx, bp, ARP_HDRLEN + 2 * (hln + pln), "Address Resolution Protocol (%s)",
		 tok2str(dx, arpop_values, "opcode %u", op));
	DX_FIELD(dx, bp, 2, "Hardware type: %s (%u)", tok2str(dx, arphrd_values, "Unknown", hrd), hrd);
	DX_FIELD(dx, bp + 2, 2, "Protocol type: %s (0x%04x)", ether_type_name(pro), pro);
	DX_FIELD(dx, bp + 4, 1, "Hardware size: %u", hln);
	DX_FIELD(dx, bp + 5, 1, "Protocol size: %u", pln);
	DX_FIELD(dx, bp + 6, 2, "Opcode: %s (%u)", tok2str(dx, arpop_values, "Unknown", op), op);
	if (hln == 6) {
		ether_addr_fmt(b, sha);
		DX_FIELD(dx, sha, hln, "Sender MAC address: %s", b);
	} else {
		DX_FIELD(dx, sha, hln, "Sender hardware address (%u bytes)", hln);
	}
	if (pln == 4) {
		dx_fmt_ip4(b, sizeof(b), spa);
		DX_FIELD(dx, spa, pln, "Sender IP address: %s", b);
	} else {
		DX_FIELD(dx, spa, pln, "Sender protocol address (%u bytes)", pln);
	}
	if (hln == 6) {
		ether_addr_fmt(b, tha);
		DX_FIELD(dx, tha, hln, "Target MAC address: %s", b);
	} else {
		DX_FIELD(dx, tha, hln, "Target hardware address (%u bytes)", hln);
	}
	if (pln == 4) {
		dx_fmt_ip4(b, sizeof(b), tpa);
		DX_FIELD(dx, tpa, pln, "Target IP address: %s", b);
	} else {
		DX_FIELD(dx, tpa, pln, "Target protocol address (%u bytes)", pln);
	}
	DX_LAYER_END(dx);
}

void arp_print(struct dx *dx, const uint8_t *bp, unsigned length, unsigned caplen)
{
	unsigned hrd, pro, op, hln, pln;
	const uint8_t *sha, *spa, *tha, *tpa;
	enum linkaddr_type linkaddr;

	dx_proto(dx, "arp");
	DX_TCHECK(dx, bp, ARP_HDRLEN);
	hrd = GET_BE16(dx, bp);
	pro = GET_BE16(dx, bp + 2);
	op = GET_BE16(dx, bp + 6);
	switch (hrd) {
	case ARPHRD_ATM2225:
		atmarp_print(dx, bp, length, caplen);
		return;
	case ARPHRD_FRELAY:
		linkaddr = LINKADDR_FRELAY;
		break;
	default:
		linkaddr = LINKADDR_ETHER;
		break;
	}
	hln = GET_U8(dx, bp + 4);
	pln = GET_U8(dx, bp + 5);
	sha = bp + ARP_HDRLEN;
	spa = sha + hln;
	tha = spa + pln;
	tpa = tha + hln;
	DX_TCHECK(dx, tpa, pln);
	if (dx->tree)
		arp_tree(dx, bp, hrd, pro, hln, pln, op);

	if (!dx->opts->link_header)
		dx_puts(dx, "ARP, ");
	if ((pro != ETHERTYPE_IP && pro != ETHERTYPE_TRAIL) || pln != 4 || hln == 0 ||
	    dx->opts->verbose) {
		hrd_name_print(dx, hrd);
		dx_puts(dx, " (len ");
		dx_putu(dx, hln);
		dx_puts(dx, "), ");
		dx_puts(dx, proto_name(dx, pro));
		dx_puts(dx, " (len ");
		dx_putu(dx, pln);
		dx_putc(dx, ')');
		if (!dx->opts->verbose)
			goto out;
	}
	op_print(dx, op);
	switch (op) {
	case ARPOP_REQUEST:
		dx_puts(dx, "who-has ");
		paddr_print(dx, tpa, pro, pln, "<wrong len>");
		if (isnonzero(dx, tha, hln)) {
			dx_puts(dx, " (");
			linkaddr_print(dx, tha, linkaddr, hln);
			dx_putc(dx, ')');
		}
		dx_puts(dx, " tell ");
		paddr_print(dx, spa, pro, pln, "<wrong len>");
		break;
	case ARPOP_REPLY:
		paddr_print(dx, spa, pro, pln, "<wrong len>");
		dx_puts(dx, " is-at ");
		linkaddr_print(dx, sha, linkaddr, hln);
		break;
	case ARPOP_REVREQUEST:
	case ARPOP_INVREQUEST:
		dx_puts(dx, "who-is ");
		linkaddr_print(dx, tha, linkaddr, hln);
		dx_puts(dx, " tell ");
		linkaddr_print(dx, sha, linkaddr, hln);
		break;
	case ARPOP_REVREPLY:
		linkaddr_print(dx, tha, linkaddr, hln);
		dx_puts(dx, " at ");
		paddr_print(dx, tpa, pro, pln, "<wrong len>");
		break;
	case ARPOP_INVREPLY:
		linkaddr_print(dx, sha, linkaddr, hln);
		dx_puts(dx, " at ");
		paddr_print(dx, spa, pro, pln, "<wrong len>");
		break;
	default:
		hex_and_ascii_print(dx, "\n\t", bp, caplen);
		return;
	}
out:
	length_print(dx, length);
}
