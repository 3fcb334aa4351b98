// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ATA over Ethernet (EtherType 0x88a2). Text as tcpdump 4.99.3
 * print-aoe.c.
 *
 * AoE Protocol Definition, revision 11 (Coraid). Common header after the
 * Ethernet header: Ver/Flags (1: version in the high nibble, flags R, E,
 * MBZ in the low one), Error (1), Major (2), Minor (1), Command (1),
 * Tag (4), then the command's argument.
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define AOE_V1 1
#define AOE_COMMON_LEN 10u	/* up to the argument */
#define AOE_ISSUE_LEN 12u	/* ATA argument before the data */
#define AOE_QUERY_LEN 8u	/* config argument before the string */
#define AOE_MAC_LEN 4u		/* mask list argument before directive 0 */
#define AOE_RESERVE_LEN 2u	/* reserve argument before address 0 */
#define AOE_MAX_CONFSTR 1024u
#define AOE_FLAG_E 0x04
#define MAC_LEN 6u

enum { AOE_ATA = 0, AOE_QUERY = 1, AOE_MACMASK = 2, AOE_RESERVE = 3 };

static const struct tok aoe_cmds[] = {
	{ AOE_ATA, "Issue ATA Command" },
	{ AOE_QUERY, "Query Config Information" },
	{ AOE_MACMASK, "MAC Mask List" },
	{ AOE_RESERVE, "Reserve/Release" },
	{ 0, NULL }
};

static const struct tok aoe_flags[] = {
	{ 0x08, "Response" },
	{ 0x04, "Error" },
	{ 0x02, "MBZ-1" },
	{ 0x01, "MBZ-0" },
	{ 0, NULL }
};

static const struct tok aoe_errors[] = {
	{ 1, "Unrecognized command code" },
	{ 2, "Bad argument parameter" },
	{ 3, "Device unavailable" },
	{ 4, "Config string present" },
	{ 5, "Unsupported version" },
	{ 6, "Target is reserved" },
	{ 0, NULL }
};

static const struct tok aoe_aflags[] = {
	{ 0x80, "MBZ-7" },
	{ 0x40, "Ext48" },
	{ 0x20, "MBZ-5" },
	{ 0x10, "Device" },
	{ 0x08, "MBZ-3" },
	{ 0x04, "MBZ-2" },
	{ 0x02, "Async" },
	{ 0x01, "Write" },
	{ 0, NULL }
};

static const struct tok aoe_ccmds[] = {
	{ 0, "read config string" },
	{ 1, "test config string" },
	{ 2, "test config string prefix" },
	{ 3, "set config string" },
	{ 4, "force set config string" },
	{ 0, NULL }
};

static const struct tok aoe_mcmds[] = {
	{ 0, "Read Mac Mask List" },
	{ 1, "Edit Mac Mask List" },
	{ 0, NULL }
};

static const struct tok aoe_merrors[] = {
	{ 1, "Unspecified Error" },
	{ 2, "Bad DCmd directive" },
	{ 3, "Mask list full" },
	{ 0, NULL }
};

static const struct tok aoe_dcmds[] = {
	{ 0, "No Directive" },
	{ 1, "Add mac address to mask list" },
	{ 2, "Delete mac address from mask list" },
	{ 0, NULL }
};

static const struct tok aoe_rcmds[] = {
	{ 0, "Read reserve list" },
	{ 1, "Set reserve list" },
	{ 2, "Force set reserve list" },
	{ 0, NULL }
};

/* a malformed argument: " (invalid)", then truncated if not all captured */
static void aoe_invalid(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_print_invalid(dx);
	DX_TCHECK(dx, cp, len);
}

static void aoe_ata_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	static const char *const lba_sep[6] = { "\n\tlba0: ", ", lba1: ", ", lba2: ",
						", lba3: ", ", lba4: ", ", lba5: " };
	unsigned i, v;

	if (len < AOE_ISSUE_LEN) {
		aoe_invalid(dx, cp, len);
		return;
	}
	v = GET_U8(dx, cp);
	dx_printf(dx, "\n\tAFlags: [%s]", bittok2str(dx, aoe_aflags, "none", v));
	DX_FIELD(dx, cp, 1, "AFlags: [%s] (0x%02x)", bittok2str(dx, aoe_aflags, "none", v), v);
	dx_printf(dx, ", Err/Feature: %u", GET_U8(dx, cp + 1));
	DX_FIELD(dx, cp + 1, 1, "Err/Feature: %u", GET_U8(dx, cp + 1));
	dx_printf(dx, ", Sector Count: %u", GET_U8(dx, cp + 2));
	DX_FIELD(dx, cp + 2, 1, "Sector Count: %u", GET_U8(dx, cp + 2));
	dx_printf(dx, ", Cmd/Status: %u", GET_U8(dx, cp + 3));
	DX_FIELD(dx, cp + 3, 1, "Cmd/Status: %u", GET_U8(dx, cp + 3));
	for (i = 0; i < 6; i++) {
		v = GET_U8(dx, cp + 4 + i);
		dx_puts(dx, lba_sep[i]);
		dx_putu(dx, v);
		DX_FIELD(dx, cp + 4 + i, 1, "lba%u: %u", i, v);
	}
	DX_TCHECK(dx, cp + 10, 2);	/* reserved */
	cp += AOE_ISSUE_LEN;
	len -= AOE_ISSUE_LEN;
	if (len) {
		dx_printf(dx, "\n\tData: %u bytes", len);
		DX_FIELD(dx, cp, len, "Data: %u bytes", len);
	}
}

static void aoe_query_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned v, cslen;

	if (len < AOE_QUERY_LEN) {
		aoe_invalid(dx, cp, len);
		return;
	}
	v = GET_BE16(dx, cp);
	dx_printf(dx, "\n\tBuffer Count: %u", v);
	DX_FIELD(dx, cp, 2, "Buffer Count: %u", v);
	v = GET_BE16(dx, cp + 2);
	dx_printf(dx, ", Firmware Version: %u", v);
	DX_FIELD(dx, cp + 2, 2, "Firmware Version: %u", v);
	v = GET_U8(dx, cp + 4);
	dx_printf(dx, ", Sector Count: %u", v);
	DX_FIELD(dx, cp + 4, 1, "Sector Count: %u", v);
	v = GET_U8(dx, cp + 5);
	/* tcpdump's format for an unknown CCmd has no conversion */
	dx_printf(dx, ", AoE: %u, CCmd: %s", v >> 4,
		  tok2str(dx, aoe_ccmds, "Unknown (0x02x)", v & 0x0f));
	DX_FIELD(dx, cp + 5, 1, "AoE: %u, CCmd: %s (%u)", v >> 4,
		 tok2str(dx, aoe_ccmds, "Unknown", v & 0x0f), v & 0x0f);
	cslen = GET_BE16(dx, cp + 6);
	DX_FIELD(dx, cp + 6, 2, "Config String Length: %u", cslen);
	cp += AOE_QUERY_LEN;
	len -= AOE_QUERY_LEN;
	if (cslen > AOE_MAX_CONFSTR || cslen > len) {
		aoe_invalid(dx, cp, len);
		return;
	}
	if (cslen) {
		dx_printf(dx, "\n\tConfig String (length %u): ", cslen);
		DX_FIELD(dx, cp, cslen, "Config String (length %u)", cslen);
		dx_printn(dx, cp, cslen);
	}
}

static void aoe_macmask_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned n, i, v;

	if (len < AOE_MAC_LEN) {
		aoe_invalid(dx, cp, len);
		return;
	}
	v = GET_U8(dx, cp + 1);
	dx_printf(dx, "\n\tMCmd: %s", tok2str(dx, aoe_mcmds, "Unknown (0x%02x)", v));
	DX_FIELD(dx, cp + 1, 1, "MCmd: %s", tok2str(dx, aoe_mcmds, "Unknown (0x%02x)", v));
	v = GET_U8(dx, cp + 2);
	dx_printf(dx, ", MError: %s", tok2str(dx, aoe_merrors, "Unknown (0x%02x)", v));
	DX_FIELD(dx, cp + 2, 1, "MError: %s", tok2str(dx, aoe_merrors, "Unknown (0x%02x)", v));
	n = GET_U8(dx, cp + 3);
	dx_printf(dx, ", Dir Count: %u", n);
	DX_FIELD(dx, cp + 3, 1, "Dir Count: %u", n);
	cp += AOE_MAC_LEN;
	len -= AOE_MAC_LEN;
	if (n * 8u > len) {
		aoe_invalid(dx, cp, len);
		return;
	}
	for (i = 0; i < n; i++, cp += 8) {
		v = GET_U8(dx, cp + 1);
		dx_printf(dx, "\n\t DCmd: %s", tok2str(dx, aoe_dcmds, "Unknown (0x%02x)", v));
		dx_printf(dx, ", Ethernet Address: %s", GET_ETHERADDR_STRING(dx, cp + 2));
		DX_FIELD(dx, cp, 8, "Directive: %s, Ethernet Address: %s",
			 tok2str(dx, aoe_dcmds, "Unknown (0x%02x)", v), GET_ETHERADDR_STRING(dx, cp + 2));
	}
}

static void aoe_reserve_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned n, i, v;

	if (len < AOE_RESERVE_LEN || (len - AOE_RESERVE_LEN) % MAC_LEN) {
		aoe_invalid(dx, cp, len);
		return;
	}
	v = GET_U8(dx, cp);
	dx_printf(dx, "\n\tRCmd: %s", tok2str(dx, aoe_rcmds, "Unknown (0x%02x)", v));
	DX_FIELD(dx, cp, 1, "RCmd: %s", tok2str(dx, aoe_rcmds, "Unknown (0x%02x)", v));
	n = GET_U8(dx, cp + 1);
	dx_printf(dx, ", NMacs: %u", n);
	DX_FIELD(dx, cp + 1, 1, "NMacs: %u", n);
	cp += AOE_RESERVE_LEN;
	len -= AOE_RESERVE_LEN;
	if (n * MAC_LEN != len) {
		aoe_invalid(dx, cp, len);
		return;
	}
	for (i = 0; i < n; i++, cp += MAC_LEN) {
		dx_printf(dx, "\n\tEthernet Address %u: %s", i, GET_ETHERADDR_STRING(dx, cp));
		DX_FIELD(dx, cp, MAC_LEN, "Ethernet Address %u: %s", i, GET_ETHERADDR_STRING(dx, cp));
	}
}

static void aoe_v1_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned flags, v, cmd;

	if (len < AOE_COMMON_LEN) {
		aoe_invalid(dx, cp, len);
		return;
	}
	flags = GET_U8(dx, cp) & 0x0f;
	dx_printf(dx, ", Flags: [%s]", bittok2str(dx, aoe_flags, "none", flags));
	DX_FIELD(dx, cp, 1, "Flags: [%s] (0x%x)", bittok2str(dx, aoe_flags, "none", flags), flags);
	if (!dx->opts->verbose)
		return;
	if (flags & AOE_FLAG_E) {
		v = GET_U8(dx, cp + 1);
		dx_printf(dx, "\n\tError: %s", tok2str(dx, aoe_errors, "Invalid (%u)", v));
		DX_FIELD(dx, cp + 1, 1, "Error: %s", tok2str(dx, aoe_errors, "Invalid (%u)", v));
	}
	v = GET_BE16(dx, cp + 2);
	dx_printf(dx, "\n\tMajor: 0x%04x", v);
	DX_FIELD(dx, cp + 2, 2, "Major: 0x%04x", v);
	v = GET_U8(dx, cp + 4);
	dx_printf(dx, ", Minor: 0x%02x", v);
	DX_FIELD(dx, cp + 4, 1, "Minor: 0x%02x", v);
	cmd = GET_U8(dx, cp + 5);
	dx_printf(dx, ", Command: %s", tok2str(dx, aoe_cmds, "Unknown (0x%02x)", cmd));
	DX_FIELD(dx, cp + 5, 1, "Command: %s", tok2str(dx, aoe_cmds, "Unknown (0x%02x)", cmd));
	v = GET_BE32(dx, cp + 6);
	dx_printf(dx, ", Tag: 0x%08x", v);
	DX_FIELD(dx, cp + 6, 4, "Tag: 0x%08x", v);
	cp += AOE_COMMON_LEN;
	len -= AOE_COMMON_LEN;
	switch (cmd) {
	case AOE_ATA:
		aoe_ata_print(dx, cp, len);
		break;
	case AOE_QUERY:
		aoe_query_print(dx, cp, len);
		break;
	case AOE_MACMASK:
		aoe_macmask_print(dx, cp, len);
		break;
	case AOE_RESERVE:
		aoe_reserve_print(dx, cp, len);
		break;
	default:
		break;
	}
}

void aoe_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned ver;

	dx_proto(dx, "aoe");
	dx_printf(dx, "AoE length %u", len);
	if (len < 1) {
		aoe_invalid(dx, cp, len);
		return;
	}
	ver = GET_U8(dx, cp) >> 4;
	dx_printf(dx, ", Ver %u", ver);
	DX_LAYER(dx, cp, len, "ATA over Ethernet, version %u", ver);
	DX_FIELD(dx, cp, 1, "Version: %u", ver);
	if (ver == AOE_V1)
		aoe_v1_print(dx, cp, len);
	DX_LAYER_END(dx);
}
