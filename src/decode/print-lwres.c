// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: BIND 9 lightweight resolver protocol, lwres (UDP 921). Text
 * as tcpdump 4.99.3 print-lwres.c.
 *
 * BIND 9 lib/lwres. Header (28 bytes): length (4, whole packet), version
 * (2), flags (2, 0x1 response), serial (4), opcode (4), result (4),
 * receive length (4), auth type (2), auth length (2). Requests and
 * responses of getaddrsbyname, getnamebyaddr and getrdatabyname follow;
 * names are a 2-byte length, the bytes and a NUL; addresses are a 4-byte
 * family, a 2-byte length and the bytes.
 */
#include "dx.h"
#include "print.h"
#include "print-domain.h"
#include "util.h"

#define LWRES_HDRLEN 28u
#define LWRES_RESPONSE 0x0001u
#define LWRES_NOOP 0x00000000u
#define LWRES_GABN 0x00010001u
#define LWRES_GNBA 0x00010002u
#define LWRES_GRBN 0x00010003u
#define LWRES_ADDR_LEN 6u
#define LWRES_V4 0x1u
#define LWRES_V6 0x2u
#define DNS_C_IN 1u

static const struct tok lwres_opcodes[] = {
	{ LWRES_NOOP, "noop" },
	{ LWRES_GABN, "getaddrsbyname" },
	{ LWRES_GNBA, "getnamebyaddr" },
	{ LWRES_GRBN, "getrdatabyname" },
	{ 0, NULL }
};

/* " name", l bytes and the NUL after them; the bytes taken */
static unsigned lw_name(struct dx *dx, unsigned l, const uint8_t *p)
{
	unsigned i;

	dx_putc(dx, ' ');
	for (i = 0; i < l; i++)
		dx_print_char(dx, GET_U8(dx, p + i));
	if (GET_U8(dx, p + l))
		dx_puts(dx, " (not NUL-terminated!)");
	DX_FIELD(dx, p, l + 1, "Name (%u bytes)", l);
	return l + 1;
}

static unsigned lw_namelen(struct dx *dx, const uint8_t *p)
{
	return 2 + lw_name(dx, GET_BE16(dx, p), p + 2);
}

/* n names with their lengths from s; the end */
static const uint8_t *lw_aliases(struct dx *dx, const uint8_t *s, unsigned n)
{
	while (n--)
		s += lw_namelen(dx, s);
	return s;
}

static unsigned lw_binlen(struct dx *dx, const uint8_t *p)
{
	unsigned l = GET_BE16(dx, p), i;

	for (i = 0; i < l; i++)
		dx_put_hex2(dx, GET_U8(dx, p + 2 + i));
	DX_FIELD(dx, p, 2 + l, "Data (%u bytes)", l);
	return 2 + l;
}

/* an address: the bytes taken, -1 when too short for its family */
static int lw_addr(struct dx *dx, const uint8_t *p0)
{
	const uint8_t *p = p0 + LWRES_ADDR_LEN;
	unsigned l = GET_BE16(dx, p0 + 4), i;
	uint32_t family;

	DX_TCHECK(dx, p, l);
	family = GET_BE32(dx, p0);
	switch (family) {
	case 1:
	case 2: {
		unsigned alen = family == 1 ? 4 : 16;
		const char *str;

		if (l < alen)
			return -1;
		str = family == 1 ? GET_IPADDR_STRING(dx, p) : GET_IP6ADDR_STRING(dx, p);
		dx_printf(dx, " %s", str);
		DX_FIELD(dx, p0, LWRES_ADDR_LEN + l, "Address: %s", str);
		p += alen;
		break;
	}
	default:
		dx_printf(dx, " %u/", family);
		for (i = 0; i < l; i++)
			dx_put_hex2(dx, GET_U8(dx, p + i));
		DX_FIELD(dx, p0, LWRES_ADDR_LEN + l, "Address: family %u, %u bytes", family, l);
		p += l;
	}
	return (int)(p - p0);
}

/* the fixed part of a body, len bytes from p, checked; its flags word */
static void lw_fixed(struct dx *dx, const uint8_t *p, unsigned len)
{
	DX_TCHECK(dx, p, len);
	if (dx->opts->verbose > 2)
		dx_printf(dx, " flags:0x%x", GET_BE32(dx, p));
	DX_FIELD(dx, p, 4, "Flags: 0x%08x", GET_BE32(dx, p));
}

static void lw_type_class(struct dx *dx, const uint8_t *p)
{
	unsigned class = GET_BE16(dx, p), type = GET_BE16(dx, p + 2);

	dx_printf(dx, " %s", dns_type_name(dx, type));
	if (class != DNS_C_IN)
		dx_printf(dx, " %s", tok2str(dx, dns_class_names, "Class%u", class));
	DX_FIELD(dx, p, 2, "Class: %u", class);
	DX_FIELD(dx, p + 2, 2, "Type: %u", type);
}

/* a request's body from p (not a no-op); the offset after it, -1 for invalid, -2 for an
 * opcode without a printer */
static long lw_request(struct dx *dx, const uint8_t *bp, const uint8_t *p, uint32_t op)
{
	unsigned v;
	int adv;

	switch (op) {
	case LWRES_GABN:
		lw_fixed(dx, p, 10);
		v = GET_BE32(dx, p + 4);
		switch (v & (LWRES_V4 | LWRES_V6)) {
		case LWRES_V4:
			dx_puts(dx, " IPv4");
			break;
		case LWRES_V6:
			dx_puts(dx, " IPv6");
			break;
		case LWRES_V4 | LWRES_V6:
			dx_puts(dx, " IPv4/6");
			break;
		}
		if (v & ~(LWRES_V4 | LWRES_V6))
			dx_printf(dx, "[0x%x]", v);
		DX_FIELD(dx, p + 4, 4, "Address types: 0x%08x", v);
		return (p + 10 - bp) + lw_name(dx, GET_BE16(dx, p + 8), p + 10);
	case LWRES_GNBA:
		lw_fixed(dx, p, 4);
		adv = lw_addr(dx, p + 4);
		if (adv < 0)
			return -1;
		return (p + 4 - bp) + adv;
	case LWRES_GRBN:
		lw_fixed(dx, p, 10);
		lw_type_class(dx, p + 4);
		return (p + 10 - bp) + lw_name(dx, GET_BE16(dx, p + 8), p + 10);
	default:
		return -2;
	}
}

/* a response's body from p, as lw_request */
static long lw_response(struct dx *dx, const uint8_t *bp, const uint8_t *p, uint32_t op)
{
	const uint8_t *s;
	unsigned na, i;
	int adv;

	switch (op) {
	case LWRES_GABN:
		lw_fixed(dx, p, 10);
		dx_printf(dx, " %u/%u", GET_BE16(dx, p + 4), GET_BE16(dx, p + 6));
		DX_FIELD(dx, p + 4, 2, "Aliases: %u", GET_BE16(dx, p + 4));
		DX_FIELD(dx, p + 6, 2, "Addresses: %u", GET_BE16(dx, p + 6));
		s = p + 10;
		s += lw_name(dx, GET_BE16(dx, p + 8), s);
		s = lw_aliases(dx, s, GET_BE16(dx, p + 4));
		na = GET_BE16(dx, p + 6);
		for (i = 0; i < na; i++) {
			adv = lw_addr(dx, s);
			if (adv < 0)
				return -1;
			s += adv;
		}
		return s - bp;
	case LWRES_GNBA:
		lw_fixed(dx, p, 8);
		dx_printf(dx, " %u", GET_BE16(dx, p + 4));
		DX_FIELD(dx, p + 4, 2, "Aliases: %u", GET_BE16(dx, p + 4));
		s = p + 8;
		s += lw_name(dx, GET_BE16(dx, p + 6), s);
		s = lw_aliases(dx, s, GET_BE16(dx, p + 4));
		return s - bp;
	case LWRES_GRBN:
		lw_fixed(dx, p, 16);
		lw_type_class(dx, p + 4);
		dx_puts(dx, " TTL ");
		dx_put_relts(dx, GET_BE32(dx, p + 8));
		dx_printf(dx, " %u/%u", GET_BE16(dx, p + 12), GET_BE16(dx, p + 14));
		DX_FIELD(dx, p + 8, 4, "TTL: %u", GET_BE32(dx, p + 8));
		DX_FIELD(dx, p + 12, 2, "Rdatas: %u", GET_BE16(dx, p + 12));
		DX_FIELD(dx, p + 14, 2, "Signatures: %u", GET_BE16(dx, p + 14));
		s = p + 16;
		s += lw_namelen(dx, s);
		na = GET_BE16(dx, p + 12);
		for (i = 0; i < na; i++)
			s += lw_binlen(dx, s);
		na = GET_BE16(dx, p + 14);
		for (i = 0; i < na; i++)
			s += lw_binlen(dx, s);
		return s - bp;
	default:
		return -2;
	}
}

void lwres_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	uint32_t plen, op;
	unsigned v, flags;
	long end;

	dx_proto(dx, "lwres");
	DX_TCHECK(dx, bp, LWRES_HDRLEN);
	DX_LAYER(dx, bp, length, "Lightweight Resolver");
	plen = GET_BE32(dx, bp);
	v = GET_BE16(dx, bp + 4);
	flags = GET_BE16(dx, bp + 6);
	op = GET_BE32(dx, bp + 12);
	if (dx->tree) {
		DX_FIELD(dx, bp, 4, "Length: %u", plen);
		DX_FIELD(dx, bp + 4, 2, "Version: %u", v);
		DX_FIELD(dx, bp + 6, 2, "Flags: 0x%04x", flags);
		DX_FIELD(dx, bp + 8, 4, "Serial: 0x%x", GET_BE32(dx, bp + 8));
		DX_FIELD(dx, bp + 12, 4, "Opcode: %s (0x%x)",
			 tok2str(dx, lwres_opcodes, "unknown", op), op);
		DX_FIELD(dx, bp + 16, 4, "Result: 0x%x", GET_BE32(dx, bp + 16));
		DX_FIELD(dx, bp + 20, 4, "Receive length: %u", GET_BE32(dx, bp + 20));
		DX_FIELD(dx, bp + 24, 2, "Auth type: 0x%x", GET_BE16(dx, bp + 24));
		DX_FIELD(dx, bp + 26, 2, "Auth length: %u", GET_BE16(dx, bp + 26));
	}
	dx_puts(dx, " lwres");
	if (dx->opts->verbose || v != 0)
		dx_printf(dx, " v%u", v);
	if (v != 0) {
		end = (long)plen;
	} else {
		dx_printf(dx, " %s%s", tok2str(dx, lwres_opcodes, "#0x%x", op),
			  (flags & LWRES_RESPONSE) ? "" : "?");
		if (flags & ~LWRES_RESPONSE)
			dx_printf(dx, "[0x%x]", flags);
		if (dx->opts->verbose > 1) {
			dx_printf(dx, " (serial:0x%x", GET_BE32(dx, bp + 8));
			dx_printf(dx, " result:0x%x", GET_BE32(dx, bp + 16));
			dx_printf(dx, " recvlen:%u", GET_BE32(dx, bp + 20));
			if (dx->opts->verbose > 2) {
				dx_printf(dx, " authtype:0x%x", GET_BE16(dx, bp + 24));
				dx_printf(dx, " authlen:%u", GET_BE16(dx, bp + 26));
			}
			dx_putc(dx, ')');
		}
		if (op == LWRES_NOOP)
			end = LWRES_HDRLEN;
		else if (flags & LWRES_RESPONSE)
			end = lw_response(dx, bp, bp + LWRES_HDRLEN, op);
		else
			end = lw_request(dx, bp, bp + LWRES_HDRLEN, op);
		if (end == -1) {
			dx_print_invalid(dx);
			DX_LAYER_END(dx);
			return;
		}
	}
	if (plen != length)
		dx_printf(dx, " [len: %u != %u]", plen, length);
	/* tcpdump's unsigned byte count: an end before bp counts as large */
	if (end != -2 && (uint32_t)end < plen)
		dx_puts(dx, "[extra]");
	DX_LAYER_END(dx);
}
