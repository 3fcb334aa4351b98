// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: SLIP (DLT_SLIP 8) with the BPF SLIP pseudo-header, and Van
 * Jacobson compressed TCP headers. Text as tcpdump 4.99.3 print-sl.c.
 *
 * https://www.tcpdump.org/linktypes/LINKTYPE_SLIP.html: a 16-byte header,
 * the direction (1: 0 in, 1 out), then the first bytes of the compressed
 * header as received (its first byte's high bits give the type: 0x40 IP,
 * 0x70 uncompressed TCP, 0x80 compressed TCP), then the IP packet.
 * RFC 1144 (compressed TCP/IP headers): a change mask, the connection
 * number when NEW_C, the TCP checksum, then the changed fields as 1-byte
 * deltas or 0 and a 2-byte value.
 */
#include <stdlib.h>

#include "dx.h"
#include "print.h"

#define SLIP_HDRLEN 16u
#define SLX_DIR 0
#define SLX_CHDR 1
#define SLIPDIR_IN 0
#define SLIPDIR_OUT 1

#define TYPE_IP 0x40
#define TYPE_UNCOMPRESSED_TCP 0x70
#define TYPE_COMPRESSED_TCP 0x80

#define NEW_C 0x40
#define NEW_I 0x20
#define NEW_S 0x08
#define NEW_A 0x04
#define NEW_W 0x02
#define NEW_U 0x01
#define SPECIAL_I (NEW_S | NEW_W | NEW_U)
#define SPECIAL_D (NEW_S | NEW_A | NEW_W | NEW_U)
#define SPECIALS_MASK (NEW_S | NEW_A | NEW_W | NEW_U)

/* what RFC 1144's decompressor keeps: the data length of each connection
 * in each direction, and the last connection number */
struct dx_slip_state {
	unsigned lastlen[2][256];
	unsigned lastconn;
};

void slip_state_free(struct dx_slip_state *st)
{
	free(st);
}

static struct dx_slip_state *slip_state(struct dx *dx)
{
	if (!dx->slip) {
		dx->slip = calloc(1, sizeof(*dx->slip));
		if (dx->slip)
			dx->slip->lastconn = 255;
	}
	return dx->slip;
}

/* the TCP/IP header length in 32-bit words of the IP packet at ip */
static unsigned tcpip_words(struct dx *dx, const uint8_t *ip)
{
	unsigned hlen;

	DX_TCHECK(dx, ip, 20);
	hlen = ip[0] & 0x0f;
	DX_TCHECK(dx, ip + 4 * hlen, 20);
	return hlen + (ip[4 * hlen + 12] >> 4);
}

static const uint8_t *print_sl_change(struct dx *dx, const char *str, const uint8_t *cp)
{
	unsigned i = GET_U8(dx, cp);

	/* as tcpdump: a 1-byte delta does not move cp on */
	if (i == 0) {
		i = GET_BE16(dx, cp + 1);
		cp += 3;
	}
	dx_printf(dx, " %s%u", str, i);
	return cp;
}

static const uint8_t *print_sl_winchange(struct dx *dx, const uint8_t *cp)
{
	int i = GET_U8(dx, cp);

	if (i == 0) {
		i = (int16_t)GET_BE16(dx, cp + 1);
		cp += 3;
	}
	dx_printf(dx, i >= 0 ? " W+%d" : " W%d", i);
	return cp;
}

static void compressed_sl_print(struct dx *dx, struct dx_slip_state *st, const uint8_t *chdr,
				const uint8_t *ip, unsigned length, int dir)
{
	const uint8_t *cp = chdr;
	unsigned flags = GET_U8(dx, cp++);

	if (flags & NEW_C) {
		st->lastconn = GET_U8(dx, cp++);
		dx_printf(dx, "ctcp %u", st->lastconn);
	} else {
		dx_puts(dx, "ctcp *");
	}
	cp += 2;	/* the TCP checksum */
	switch (flags & SPECIALS_MASK) {
	case SPECIAL_I:
		dx_printf(dx, " *SA+%u", st->lastlen[dir][st->lastconn]);
		break;
	case SPECIAL_D:
		dx_printf(dx, " *S+%u", st->lastlen[dir][st->lastconn]);
		break;
	default:
		if (flags & NEW_U)
			cp = print_sl_change(dx, "U=", cp);
		if (flags & NEW_W)
			cp = print_sl_winchange(dx, cp);
		if (flags & NEW_A)
			cp = print_sl_change(dx, "A+", cp);
		if (flags & NEW_S)
			cp = print_sl_change(dx, "S+", cp);
		break;
	}
	if (flags & NEW_I)
		cp = print_sl_change(dx, "I+", cp);
	st->lastlen[dir][st->lastconn] = length - (tcpip_words(dx, ip) << 2);
	dx_printf(dx, " %u (%ld)", st->lastlen[dir][st->lastconn], (long)(cp - chdr));
}

static void sliplink_print(struct dx *dx, const uint8_t *p, const uint8_t *ip, unsigned length)
{
	struct dx_slip_state *st = slip_state(dx);
	int dir = GET_U8(dx, p + SLX_DIR);
	unsigned chdr = GET_U8(dx, p + SLX_CHDR);

	switch (dir) {
	case SLIPDIR_IN:
		dx_puts(dx, "I ");
		break;
	case SLIPDIR_OUT:
		dx_puts(dx, "O ");
		break;
	default:
		dx_printf(dx, "Invalid direction %d ", dir);
		dir = -1;
		break;
	}
	switch (chdr & 0xf0) {
	case TYPE_IP:
		dx_printf(dx, "ip %u: ", length + SLIP_HDRLEN);
		break;
	case TYPE_UNCOMPRESSED_TCP:
		/* the connection number is in the copy's IP protocol field */
		{
			unsigned conn = GET_U8(dx, p + SLX_CHDR + 9);

			if (st)
				st->lastconn = conn;
			dx_printf(dx, "utcp %u: ", conn);
			if (dir == -1)
				return;
			length -= tcpip_words(dx, ip) << 2;
			if (st)
				st->lastlen[dir][conn] = length;
		}
		break;
	default:
		if (dir == -1)
			return;
		if (chdr & TYPE_COMPRESSED_TCP) {
			if (!st)
				return;
			compressed_sl_print(dx, st, p + SLX_CHDR, ip, length, dir);
			dx_puts(dx, ": ");
		} else {
			dx_printf(dx, "slip-%u!: ", chdr);
		}
		break;
	}
}

unsigned sl_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	const uint8_t *ip = p + SLIP_HDRLEN;
	unsigned ver;

	(void)caplen;
	dx_proto(dx, "slip");
	DX_TCHECK(dx, p, SLIP_HDRLEN);
	DX_LAYER(dx, p, SLIP_HDRLEN, "SLIP pseudo-header, %s",
		 p[0] == SLIPDIR_IN ? "in" : p[0] == SLIPDIR_OUT ? "out" : "bad direction");
	DX_FIELD(dx, p, 1, "Direction: %u", p[0]);
	DX_FIELD(dx, p + 1, SLIP_HDRLEN - 1, "Compressed header: type 0x%02x", p[1] & 0xf0);
	DX_LAYER_END(dx);
	length -= SLIP_HDRLEN;
	if (dx->opts->link_header)
		sliplink_print(dx, p, ip, length);
	ver = GET_U8(dx, ip) >> 4;
	switch (ver) {
	case 4:
		ip_print(dx, ip, length);
		break;
	case 6:
		ip6_print(dx, ip, length);
		break;
	default:
		dx_printf(dx, "ip v%u", ver);
		break;
	}
	return SLIP_HDRLEN;
}
