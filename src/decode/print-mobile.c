// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: minimal IP encapsulation (IP protocol 55) and Cisco IGRP printers
 * RFC 2004 (minimal encapsulation); Cisco IGRP (IP protocol 9)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

void mobile_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned proto, crc;
	int osp;

	dx_proto(dx, "mobile");
	if (length < 8 || !DX_TTEST(dx, bp, 12)) {
		dx_print_trunc(dx);
		return;
	}
	dx_puts(dx, "mobile: ");
	proto = GET_BE16(dx, bp);
	crc = GET_BE16(dx, bp + 2);
	osp = (proto & 0x0080) != 0;	/* the old source is present */
	DX_LAYER(dx, bp, osp ? 12 : 8, "Minimal Encapsulation within IP");
	DX_FIELD(dx, bp, 1, "Protocol: %u", proto >> 8);
	DX_FIELD(dx, bp + 1, 1, "Original source present: %s", osp ? "yes" : "no");
	DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", crc);
	DX_FIELD(dx, bp + 4, 4, "Original destination: %s", GET_IPADDR_STRING(dx, bp + 4));
	if (osp)
		DX_FIELD(dx, bp + 8, 4, "Original source: %s", GET_IPADDR_STRING(dx, bp + 8));
	DX_LAYER_END(dx);
	if (osp) {
		dx_puts(dx, "[S] ");
		if (dx->opts->verbose)
			dx_printf(dx, "%s ", GET_IPADDR_STRING(dx, bp + 8));
	} else {
		dx_puts(dx, "[] ");
	}
	if (dx->opts->verbose) {
		dx_printf(dx, "> %s ", GET_IPADDR_STRING(dx, bp + 4));
		dx_printf(dx, "(oproto=%u)", proto >> 8);
	}
	if (dx_in_cksum_fold(dx_in_cksum_add(0, bp, osp ? 12 : 8)) != 0)
		dx_printf(dx, " (bad checksum %u)", crc);
}

static const struct tok igrp_op2str[] = {
	{ 1, "update" },
	{ 2, "request" },
	{ 0, NULL }
};

static void igrp_entry_print(struct dx *dx, const uint8_t *e)
{
	unsigned delay = GET_BE24(dx, e + 3), bw = GET_BE24(dx, e + 6);
	unsigned metric = bw + delay < 0xffffff ? bw + delay : 0xffffff;
	unsigned mtu = GET_BE16(dx, e + 9);

	dx_printf(dx, " d=%u b=%u r=%u l=%u M=%u mtu=%u in %u hops", 10 * delay,
		  bw == 0 ? 0 : 10000000 / bw, GET_U8(dx, e + 11), GET_U8(dx, e + 12), metric, mtu,
		  GET_U8(dx, e + 13));
}

void igrp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *cp = bp + 12;
	unsigned nint, nsys, next, vop, cksum;

	dx_proto(dx, "igrp");
	dx_puts(dx, "igrp:");
	nint = GET_BE16(dx, bp + 4);
	nsys = GET_BE16(dx, bp + 6);
	next = GET_BE16(dx, bp + 8);
	vop = GET_U8(dx, bp);
	dx_printf(dx, " %s V%u edit=%u AS=%u (%u/%u/%u)",
		  tok2str(dx, igrp_op2str, "op-#%u", vop & 0x0f),
		  vop >> 4, GET_U8(dx, bp + 1), GET_BE16(dx, bp + 2), nint, nsys, next);
	cksum = GET_BE16(dx, bp + 10);
	if (dx->opts->verbose)
		dx_printf(dx, " checksum=0x%04x", cksum);
	length -= 12;	/* wraps like tcpdump's when shorter: the reads then truncate */
	while (length >= 14) {
		unsigned n0 = GET_U8(dx, cp), n1 = GET_U8(dx, cp + 1), n2 = GET_U8(dx, cp + 2);

		if (nint > 0) {
			dx_printf(dx, " *.%u.%u.%u", n0, n1, n2);
			igrp_entry_print(dx, cp);
			--nint;
		} else if (nsys > 0) {
			dx_printf(dx, " %u.%u.%u.0", n0, n1, n2);
			igrp_entry_print(dx, cp);
			--nsys;
		} else if (next > 0) {
			dx_printf(dx, " X%u.%u.%u.0", n0, n1, n2);
			igrp_entry_print(dx, cp);
			--next;
		} else {
			dx_printf(dx, " [extra bytes %u]", length);
			break;
		}
		cp += 14;
		length -= 14;
	}
	if (nint || nsys || next || length)
		dx_print_invalid(dx);
}
