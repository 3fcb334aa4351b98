// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ISO CLNS protocols by NLPID: IS-IS (print-isis.c), with the
 * IP, IPv6 and null network layers it carries. Text as tcpdump 4.99.3
 * print-isoclns.c.
 *
 * The first byte of an OSI network-layer PDU is its NLPID (ISO/IEC TR
 * 9577): 0x81 CLNP (ISO 8473), 0x82 ES-IS (ISO 9542), 0x83 IS-IS
 * (ISO/IEC 10589), 0xcc IPv4 and 0x8e IPv6 (RFC 1195).
 */
#include "print-isoclns.h"

#include <stdio.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

const struct tok nlpid_values[] = {
	{ NLPID_NULLNS, "NULL" },
	{ 0x08, "Q.933" },
	{ 0x09, "LMI" },
	{ 0x80, "SNAP" },
	{ NLPID_CLNP, "CLNP" },
	{ NLPID_ESIS, "ES-IS" },
	{ NLPID_ISIS, "IS-IS" },
	{ 0x84, "CONS" },
	{ 0x85, "IDRP" },
	{ 0xc1, "ISIS_SPB" },
	{ 0xb1, "FRF.15" },
	{ NLPID_IP, "IPv4" },
	{ 0xcf, "PPP" },
	{ 0x8a, "X25 ES-IS" },
	{ NLPID_IP6, "IPv6" },
	{ 0, NULL }
};

/* ISO 8473 Annex C (Fletcher) checksum of len bytes with the two bytes at
 * off taken as zero: the value the field should hold */
static unsigned osi_cksum(const uint8_t *p, unsigned off, unsigned len)
{
	uint32_t c0 = 0, c1 = 0;
	unsigned i;
	uint32_t mul;
	int32_t x, y;

	for (i = 0; i < len; i++) {
		if (i != off && i != off + 1)
			c0 += p[i];
		c1 += c0;
	}
	c0 %= 255;
	c1 %= 255;
	mul = (len - off) * c0;
	x = (int32_t)(mul - c0 - c1);
	y = (int32_t)(c1 - mul - 1);
	if (y >= 0)
		y++;
	if (x < 0)
		x--;
	x %= 255;
	y %= 255;
	if (x == 0)
		x = 255;
	if (y == 0)
		y = 255;
	return (unsigned)(((x & 0xff) << 8) | (y & 0xff));
}

/* tcpdump's osi_print_cksum: verify the checksum field at p + off */
void osi_print_cksum(struct dx *dx, const uint8_t *p, unsigned cksum, unsigned off, unsigned len)
{
	unsigned calc;

	if (!cksum || !DX_TTEST(dx, p + off, 2) || off > len || !DX_TTEST(dx, p, len)) {
		dx_puts(dx, " (unverified)");
		return;
	}
	calc = osi_cksum(p, off, len);
	if (calc == cksum)
		dx_puts(dx, " (correct)");
	else
		dx_printf(dx, " (incorrect should be 0x%04x)", calc);
}

void isoclns_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned nlpid;

	dx_proto(dx, "isoclns");
	nlpid = GET_U8(dx, p);
	if (dx->opts->link_header)
		dx_printf(dx, "OSI NLPID %s (0x%02x): ", tok2str(dx, nlpid_values, "Unknown", nlpid), nlpid);
	switch (nlpid) {
	case NLPID_ISIS:
		if (!isis_print(dx, p, length))
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	case NLPID_NULLNS:
		DX_LAYER(dx, p, length, "OSI, NLPID %s (0x%02x)",
			 tok2str(dx, nlpid_values, "Unknown", nlpid), nlpid);
		DX_FIELD(dx, p, 1, "NLPID: %s (0x%02x)", tok2str(dx, nlpid_values, "Unknown", nlpid),
			 nlpid);
		DX_LAYER_END(dx);
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		break;
	case NLPID_IP:
		ip_print(dx, p + 1, length - 1);
		break;
	case NLPID_IP6:
		ip6_print(dx, p + 1, length - 1);
		break;
	default:
		DX_LAYER(dx, p, length, "OSI, NLPID 0x%02x (not decoded)", nlpid);
		DX_FIELD(dx, p, 1, "NLPID: %s (0x%02x)", tok2str(dx, nlpid_values, "Unknown", nlpid),
			 nlpid);
		DX_LAYER_END(dx);
		if (!dx->opts->link_header)
			dx_printf(dx, "OSI NLPID 0x%02x unknown", nlpid);
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		if (length > 1)
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	}
}
