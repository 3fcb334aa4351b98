// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Broadcom switch tags (DLT_DSA_TAG_BRCM 281 after the source
 * address, DLT_DSA_TAG_BRCM_PREPEND 282 before the frame). Text as
 * tcpdump 4.99.3 print-brcmtag.c.
 *
 * Spec: the Linux kernel's net/dsa/tag_brcm.c. 4 bytes: opcode (3 bits,
 * 1 for ingress), then for ingress: traffic class (3), tag enforcement
 * (2), time stamp request (1), destination port map (9); for egress:
 * class ID (8), reason code (8), traffic class (3), source port (5).
 */
#include <stdint.h>

#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define BRCM_TAG_LEN 4u

static const struct tok brcm_tag_te_values[] = {
	{ 0, "None" },
	{ 1, "Untag" },
	{ 2, "Header" },
	{ 3, "Reserved" },
	{ 0, NULL }
};

static const struct tok brcm_tag_rc_values[] = {
	{ 1, "mirror" },
	{ 2, "MAC learning" },
	{ 4, "switching" },
	{ 8, "prot term" },
	{ 16, "prot snoop" },
	{ 32, "exception" },
	{ 0, NULL }
};

static void brcm_tag_print(struct dx *dx, const uint8_t *bp)
{
	uint8_t t0 = GET_U8(dx, bp), t1 = GET_U8(dx, bp + 1), t2 = GET_U8(dx, bp + 2);
	uint8_t t3 = GET_U8(dx, bp + 3);

	DX_LAYER(dx, bp, BRCM_TAG_LEN, "Broadcom tag, %s", t0 & 0x20 ? "ingress" : "egress");
	DX_FIELD(dx, bp, 1, "Opcode: %u", t0 >> 5);
	dx_printf(dx, "BRCM tag OP: %s", t0 ? "IG" : "EG");
	if (t0 & 0x20) {
		unsigned map = ((unsigned)t2 << 8 | t3) & 0x1ff;

		DX_FIELD(dx, bp + 1, 1, "TC: %u, TE: %s, TS: %u", (t1 >> 2) & 7,
			 tok2str(dx, brcm_tag_te_values, "unknown", t1 & 3), t1 >> 7);
		DX_FIELD(dx, bp + 2, 2, "Destination map: 0x%04x", map);
		dx_printf(dx, ", TC: %d", (t1 >> 2) & 7);
		dx_printf(dx, ", TE: %s", tok2str(dx, brcm_tag_te_values, "unknown", t1 & 3));
		dx_printf(dx, ", TS: %d", t1 >> 7);
		dx_printf(dx, ", DST map: 0x%04x", map);
	} else {
		DX_FIELD(dx, bp + 1, 1, "Class ID: %u", t1);
		DX_FIELD(dx, bp + 2, 1, "Reason: %s", tok2str(dx, brcm_tag_rc_values, "reserved", t2));
		DX_FIELD(dx, bp + 3, 1, "TC: %u, port: %u", (t3 >> 5) & 7, t3 & 0x1f);
		dx_printf(dx, ", CID: %d", t1);
		dx_printf(dx, ", RC: %s", tok2str(dx, brcm_tag_rc_values, "reserved", t2));
		dx_printf(dx, ", TC: %d", (t3 >> 5) & 7);
		dx_printf(dx, ", port: %d", t3 & 0x1f);
	}
	dx_puts(dx, ", ");
	DX_LAYER_END(dx);
}

unsigned brcm_tag_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "brcm-tag");
	return ether_switch_tag_print(dx, p, length, caplen, brcm_tag_print, BRCM_TAG_LEN);
}

static void brcm_tag_tree(struct dx *dx, void *arg)
{
	brcm_tag_print(dx, arg);
}

unsigned brcm_tag_prepend_if_print(struct dx *dx, const uint8_t *p, unsigned caplen,
				   unsigned length)
{
	dx_proto(dx, "brcm-tag-prepend");
	DX_TCHECK(dx, p, BRCM_TAG_LEN);
	if (dx->opts->link_header)
		brcm_tag_print(dx, p);
	else if (dx->tree)
		/* the tag is text at -e only; its fields are always in the tree */
		dx_tree_only(dx, brcm_tag_tree, (void *)(uintptr_t)p);
	return BRCM_TAG_LEN + ether_print(dx, p + BRCM_TAG_LEN, length - BRCM_TAG_LEN,
					  caplen - BRCM_TAG_LEN);
}
