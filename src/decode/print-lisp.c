// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: LISP control messages (UDP port 4342): Map-Register and
 * Map-Notify in full, the other types by name. Text as tcpdump 4.99.3
 * print-lisp.c.
 *
 * RFC 6830 and RFC 8113. Header (16): type (4 bits) and flags, reserved
 * (1), flags (1), record count (1), nonce (8), key ID (2), authentication
 * data length (2), authentication data. EID record (12): TTL (4), locator
 * count (1), EID mask length (1), action/authoritative (1), reserved (1),
 * map version (2, low 12 bits), EID AFI (2), EID (4 or 16); locators
 * (8): priority, weight, multicast priority, multicast weight (1 each),
 * flags (2), AFI (2), address. With the I bit: xTR-ID (16), site ID (8).
 *
 * Offsets are 16-bit as in tcpdump, so an authentication length near
 * 65535 wraps the same way.
 */
#include "dx.h"
#include "print.h"

#define LISP_HDR_LEN 16u
#define LISP_EID_LEN 12u
#define LISP_LOC_LEN 8u
#define LISP_MAP_REGISTER 3
#define LISP_MAP_NOTIFY 4
#define AFI_IPV4 1
#define AFI_IPV6 2

static const struct tok lisp_types[] = {
	{ 0, "LISP-Reserved" },
	{ 1, "LISP-Map-Request" },
	{ 2, "LISP-Map-Reply" },
	{ 3, "LISP-Map-Register" },
	{ 4, "LISP-Map-Notify" },
	{ 8, "LISP-Encapsulated-Contol-Message" },
	{ 0, NULL }
};

static const struct tok register_flags[] = {
	{ 0x08000000, "P-Proxy-Map-Reply" },
	{ 0x04000000, "S-LISP-SEC-Capable" },
	{ 0x02000000, "I-xTR-ID-Present" },
	{ 0x01000000, "R-Build-For-RTR" },
	{ 0x00000100, "M-Want-Map-Notify" },
	{ 0, NULL }
};

static const struct tok notify_flags[] = {
	{ 0x08000000, "I-xTR-ID-Present" },
	{ 0x04000000, "R-Build-For-RTR" },
	{ 0, NULL }
};

static const struct tok auth_types[] = {
	{ 0, "None" },
	{ 1, "SHA1" },
	{ 2, "SHA256" },
	{ 0, NULL }
};

static const struct tok eid_actions[] = {
	{ 0, "No-Action" },
	{ 1, "Natively-Forward" },
	{ 2, "Send-Map-Request" },
	{ 3, "Drop" },
	{ 0, NULL }
};

static const struct tok loc_flags[] = {
	{ 0x0004, "Local-Locator" },
	{ 0x0002, "RLoc-Probed" },
	{ 0x0001, "Reachable" },
	{ 0, NULL }
};

/* one locator at bp + off; the offset after it */
static uint16_t lisp_locator(struct dx *dx, const uint8_t *bp, uint16_t off)
{
	const uint8_t *l = bp + off;
	unsigned afi;

	off = (uint16_t)(off + LISP_LOC_LEN);
	afi = GET_BE16(dx, l + 6);
	if (dx->opts->verbose)
		dx_puts(dx, "\n       ");
	if (afi == AFI_IPV4 || afi == AFI_IPV6) {
		unsigned alen = afi == AFI_IPV4 ? 4 : 16;
		const char *a;

		if (!DX_TTEST(dx, bp + off, alen))
			return 0;
		a = alen == 4 ? GET_IPADDR_STRING(dx, l + 8) : GET_IP6ADDR_STRING(dx, l + 8);
		dx_printf(dx, " LOC %s", a);
		DX_FIELD(dx, l, LISP_LOC_LEN + alen, "Locator: %s, priority %u, weight %u", a,
			 GET_U8(dx, l), GET_U8(dx, l + 1));
		off = (uint16_t)(off + alen);
	} else {
		DX_FIELD(dx, l, LISP_LOC_LEN, "Locator: AFI %u", afi);
	}
	if (dx->opts->verbose) {
		dx_printf(dx, "\n          Priority/Weight %u/%u, Multicast Priority/Weight %u/%u,",
			  GET_U8(dx, l), GET_U8(dx, l + 1), GET_U8(dx, l + 2), GET_U8(dx, l + 3));
		dx_printf(dx, " flags [%s],", bittok2str(dx, loc_flags, "none", GET_BE16(dx, l + 4)));
	}
	return off;
}

/* bytes from off that locs locators take, as far as the capture shows them */
static unsigned lisp_locators_len(struct dx *dx, const uint8_t *bp, unsigned off, unsigned locs)
{
	unsigned n = 0;

	for (; locs; locs--) {
		unsigned afi;

		if (!DX_TTEST(dx, bp + off + n, LISP_LOC_LEN))
			break;
		afi = GET_BE16(dx, bp + off + n + 6);
		n += LISP_LOC_LEN + (afi == AFI_IPV4 ? 4 : afi == AFI_IPV6 ? 16 : 0);
	}
	return n;
}

void lisp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned tf, type, records, xtr, auth_len;
	uint16_t off;

	dx_proto(dx, "lisp");
	if (!DX_TTEST(dx, bp, LISP_HDR_LEN)) {
		dx_print_trunc(dx);
		return;
	}
	tf = GET_U8(dx, bp);
	type = tf >> 4;
	dx_printf(dx, "%s,", tok2str(dx, lisp_types, "unknown-type-%u", type));
	if (dx->opts->verbose && type == LISP_MAP_REGISTER)
		dx_printf(dx, " flags [%s],", bittok2str(dx, register_flags, "none", GET_BE32(dx, bp)));
	else if (dx->opts->verbose && type == LISP_MAP_NOTIFY)
		dx_printf(dx, " flags [%s],", bittok2str(dx, notify_flags, "none", GET_BE32(dx, bp)));
	DX_LAYER(dx, bp, length, "Locator/ID Separation Protocol, %s",
		 tok2str(dx, lisp_types, "unknown type", type));
	DX_FIELD(dx, bp, 1, "Type: %s (%u)", tok2str(dx, lisp_types, "unknown", type), type);
	if (type != LISP_MAP_REGISTER && type != LISP_MAP_NOTIFY) {
		DX_LAYER_END(dx);
		return;
	}
	xtr = type == LISP_MAP_REGISTER ? tf & 2 : tf & 8;
	auth_len = GET_BE16(dx, bp + 14);
	records = GET_U8(dx, bp + 3);
	DX_FIELD(dx, bp + 3, 1, "Record count: %u", records);
	DX_FIELD(dx, bp + 4, 8, "Nonce: 0x%016llx", (unsigned long long)GET_BE64(dx, bp + 4));
	DX_FIELD(dx, bp + 12, 2, "Key ID: %s", tok2str(dx, auth_types, "unknown-type", GET_BE16(dx, bp + 12)));
	DX_FIELD_IN(dx, bp + LISP_HDR_LEN, auth_len, dx->snapend, "Authentication data (%u bytes)", auth_len);
	if (dx->opts->verbose) {
		dx_printf(dx, "\n    %u record(s), ", records);
		dx_printf(dx, "Authentication %s,",
			  tok2str(dx, auth_types, "unknown-type", GET_BE16(dx, bp + 12)));
		hex_print(dx, "\n    Authentication-Data: ", bp + LISP_HDR_LEN, auth_len);
	} else {
		dx_printf(dx, " %u record(s),", records);
	}
	off = (uint16_t)(LISP_HDR_LEN + auth_len);
	if (records == 0)
		goto invalid;

	while (length > off && records != 0) {
		const uint8_t *e = bp + off;
		unsigned mask, afi, locs;

		records--;
		if (!DX_TTEST(dx, e, LISP_EID_LEN))
			goto trunc;
		dx_putc(dx, '\n');
		off = (uint16_t)(off + LISP_EID_LEN);
		mask = GET_U8(dx, e + 5);
		afi = GET_BE16(dx, e + 10);
		locs = GET_U8(dx, e + 4);
		if (dx->opts->verbose) {
			unsigned act = GET_U8(dx, e + 6);

			dx_printf(dx, "      Record TTL %u,", GET_BE32(dx, e));
			dx_puts(dx, (act >> 4) & 1 ? " Authoritative," : " Non-Authoritative,");
			dx_printf(dx, " %s,", tok2str(dx, eid_actions, "unknown", act >> 5));
			dx_printf(dx, " Map Version: %u,", GET_BE16(dx, e + 8) & 0x0fff);
		}
		if (afi == AFI_IPV4) {
			dx_printf(dx, " EID %s/%u,", GET_IPADDR_STRING(dx, bp + off), mask);
			DX_SUBTREE(dx, e, LISP_EID_LEN + 4 + lisp_locators_len(dx, bp, off + 4u, locs),
				   "EID record: %s/%u, TTL %u, %u locator(s)",
				   GET_IPADDR_STRING(dx, bp + off), mask, GET_BE32(dx, e), locs);
			off = (uint16_t)(off + 4);
		} else if (afi == AFI_IPV6) {
			dx_printf(dx, " EID %s/%u,", GET_IP6ADDR_STRING(dx, bp + off), mask);
			DX_SUBTREE(dx, e, LISP_EID_LEN + 16 + lisp_locators_len(dx, bp, off + 16u, locs),
				   "EID record: %s/%u, TTL %u, %u locator(s)",
				   GET_IP6ADDR_STRING(dx, bp + off), mask, GET_BE32(dx, e), locs);
			off = (uint16_t)(off + 16);
		} else {
			/* no LCAF support, as tcpdump */
			DX_FIELD(dx, e, LISP_EID_LEN, "EID record: AFI %u", afi);
			DX_LAYER_END(dx);
			return;
		}
		dx_printf(dx, " %u locator(s)", locs);
		for (; locs; locs--) {
			if (!DX_TTEST(dx, bp + off, LISP_LOC_LEN)) {
				DX_LAYER_END(dx);
				goto trunc;
			}
			off = lisp_locator(dx, bp, off);
			if (off == 0) {
				DX_LAYER_END(dx);
				goto trunc;
			}
		}
		DX_LAYER_END(dx);
	}

	if (xtr) {
		if (!DX_TTEST(dx, bp + off, 24))
			goto invalid;
		hex_print(dx, "\n    xTR-ID: ", bp + off, 16);
		dx_printf(dx, "\n    SITE-ID: %llu", (unsigned long long)GET_BE64(dx, bp + off + 16));
		DX_FIELD(dx, bp + off, 16, "xTR-ID");
		DX_FIELD(dx, bp + off + 16, 8, "Site ID: %llu",
			 (unsigned long long)GET_BE64(dx, bp + off + 16));
	} else if (bp + off < dx->snapend) {
		hex_print(dx, "\n    Data: ", bp + off, (unsigned)DX_BYTES_AVAIL(dx, bp + off));
		DX_FIELD_IN(dx, bp + off, DX_BYTES_AVAIL(dx, bp + off), dx->snapend, "Data");
	}
	DX_LAYER_END(dx);
	return;
trunc:
	DX_LAYER_END(dx);
	dx_print_trunc(dx);
	return;
invalid:
	DX_LAYER_END(dx);
	dx_print_invalid(dx);
}
