// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: DVMRP printer (carried in IGMP type 0x13)
 * RFC 1075, draft-ietf-idmr-dvmrp-v3
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

enum {
	DVMRP_PROBE = 1,
	DVMRP_REPORT = 2,
	DVMRP_NEIGHBORS = 4,
	DVMRP_NEIGHBORS2 = 6,
	DVMRP_PRUNE = 7,
	DVMRP_GRAFT = 8,
	DVMRP_GRAFT_ACK = 9,
};

static const struct tok dvmrp_msgtype_str[] = {
	{ 1, "Probe" },
	{ 2, "Report" },
	{ 3, "Ask-neighbors(old)" },
	{ 4, "Neighbors(old)" },
	{ 5, "Ask-neighbors2" },
	{ 6, "Neighbors2" },
	{ 7, "Prune" },
	{ 8, "Graft" },
	{ 9, "Graft-ACK" },
	{ 0, NULL }
};

static void put_quad(struct dx *dx, uint32_t v)
{
	dx_printf(dx, "%u.%u.%u.%u", v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
}

static void print_probe(struct dx *dx, const uint8_t *bp, unsigned len)
{
	if (len < 4) {
		dx_printf(dx, " [full length %u < 4]", len);
		goto invalid;
	}
	dx_puts(dx, dx->opts->verbose > 1 ? "\n\t" : " ");
	dx_printf(dx, "genid %u", GET_BE32(dx, bp));
	if (dx->opts->verbose < 2)
		return;
	bp += 4;
	len -= 4;
	while (len > 0) {
		if (len < 4) {
			dx_printf(dx, "[remaining length %u < 4]", len);
			goto invalid;
		}
		dx_printf(dx, "\n\tneighbor %s", GET_IPADDR_STRING(dx, bp));
		bp += 4;
		len -= 4;
	}
	return;
invalid:
	dx_print_invalid(dx);
}

static void print_report(struct dx *dx, const uint8_t *bp, unsigned len)
{
	while (len > 0) {
		uint32_t mask, origin;
		unsigned width, i, metric, done;

		if (len < 3) {
			dx_printf(dx, " [length %u < 3]", len);
			goto invalid;
		}
		mask = 0xffu << 24 | (uint32_t)GET_U8(dx, bp) << 16 |
		       (uint32_t)GET_U8(dx, bp + 1) << 8 | GET_U8(dx, bp + 2);
		width = 1;
		if (bp[0])
			width = 2;
		if (bp[1])
			width = 3;
		if (bp[2])
			width = 4;
		dx_puts(dx, "\n\tMask ");
		put_quad(dx, mask);
		bp += 3;
		len -= 3;
		do {
			if (len < width + 1) {
				dx_puts(dx, "\n\t  [Truncated Report]");
				goto invalid;
			}
			origin = 0;
			for (i = 0; i < width; ++i) {
				origin = origin << 8 | GET_U8(dx, bp);
				bp++;
			}
			for (; i < 4; ++i)
				origin <<= 8;
			metric = GET_U8(dx, bp);
			bp++;
			done = metric & 0x80;
			metric &= 0x7f;
			dx_puts(dx, "\n\t  ");
			put_quad(dx, origin);
			dx_printf(dx, " metric %u", metric);
			len -= width + 1;
		} while (!done);
	}
	return;
invalid:
	dx_print_invalid(dx);
}

static void print_neighbors(struct dx *dx, const uint8_t *bp, unsigned len)
{
	while (len > 0) {
		const uint8_t *laddr;
		unsigned metric, thresh;
		int ncount;

		if (len < 7) {
			dx_printf(dx, " [length %u < 7]", len);
			goto invalid;
		}
		laddr = bp;
		metric = GET_U8(dx, bp + 4);
		thresh = GET_U8(dx, bp + 5);
		ncount = GET_U8(dx, bp + 6);
		bp += 7;
		len -= 7;
		while (--ncount >= 0) {
			if (len < 4) {
				dx_printf(dx, " [length %u < 4]", len);
				goto invalid;
			}
			dx_printf(dx, " [%s ->", GET_IPADDR_STRING(dx, laddr));
			dx_printf(dx, " %s, (%u/%u)]", GET_IPADDR_STRING(dx, bp), metric, thresh);
			bp += 4;
			len -= 4;
		}
	}
	return;
invalid:
	dx_print_invalid(dx);
}

static void print_neighbors2(struct dx *dx, const uint8_t *bp, unsigned len, unsigned major,
			     unsigned minor)
{
	dx_printf(dx, " (v %u.%u):", major, minor);
	while (len > 0) {
		const uint8_t *laddr;
		unsigned metric, thresh, flags;
		int ncount;

		if (len < 8) {
			dx_printf(dx, " [length %u < 8]", len);
			goto invalid;
		}
		laddr = bp;
		metric = GET_U8(dx, bp + 4);
		thresh = GET_U8(dx, bp + 5);
		flags = GET_U8(dx, bp + 6);
		ncount = GET_U8(dx, bp + 7);
		bp += 8;
		len -= 8;
		while (--ncount >= 0 && len > 0) {
			if (len < 4) {
				dx_printf(dx, " [length %u < 4]", len);
				goto invalid;
			}
			dx_printf(dx, " [%s -> ", GET_IPADDR_STRING(dx, laddr));
			dx_printf(dx, "%s (%u/%u", GET_IPADDR_STRING(dx, bp), metric, thresh);
			if (flags & 0x01)
				dx_puts(dx, "/tunnel");
			if (flags & 0x02)
				dx_puts(dx, "/srcrt");
			if (flags & 0x40)
				dx_puts(dx, "/querier");
			if (flags & 0x20)
				dx_puts(dx, "/disabled");
			if (flags & 0x10)
				dx_puts(dx, "/down");
			dx_puts(dx, ")]");
			bp += 4;
			len -= 4;
		}
		if (ncount != -1) {
			dx_puts(dx, " [invalid ncount]");
			goto invalid;
		}
	}
	return;
invalid:
	dx_print_invalid(dx);
}

void dvmrp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned type;

	dx_proto(dx, "dvmrp");
	if (len < 8) {
		dx_printf(dx, " [length %u < 8]", len);
		dx_print_invalid(dx);
		return;
	}
	type = GET_U8(dx, bp + 1);
	DX_LAYER(dx, bp, len, "Distance Vector Multicast Routing Protocol, %s",
		 tok2str(dx, dvmrp_msgtype_str, "type %u", type));
	DX_FIELD(dx, bp + 1, 1, "Code: %s (%u)", tok2str(dx, dvmrp_msgtype_str, "unknown", type),
		 type);
	if (dx->tree && DX_TTEST(dx, bp, 8)) {
		DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 2));
		DX_FIELD(dx, bp + 6, 2, "Version: %u.%u", bp[7], bp[6]);
	}
	DX_LAYER_END(dx);
	bp += 8;
	len -= 8;
	dx_printf(dx, " %s", tok2str(dx, dvmrp_msgtype_str, "[type %u]", type));
	switch (type) {
	case DVMRP_PROBE:
		if (dx->opts->verbose)
			print_probe(dx, bp, len);
		break;
	case DVMRP_REPORT:
		if (dx->opts->verbose > 1)
			print_report(dx, bp, len);
		break;
	case DVMRP_NEIGHBORS:
		print_neighbors(dx, bp, len);
		break;
	case DVMRP_NEIGHBORS2: {
		/* the version is in the IGMP group address field */
		unsigned major = GET_U8(dx, bp - 1), minor = GET_U8(dx, bp - 2);

		print_neighbors2(dx, bp, len, major, minor);
		break;
	}
	case DVMRP_PRUNE: {
		const char *s = GET_IPADDR_STRING(dx, bp), *g = GET_IPADDR_STRING(dx, bp + 4);

		dx_printf(dx, " src %s grp %s", s, g);
		dx_puts(dx, " timer ");
		dx_put_relts(dx, GET_BE32(dx, bp + 8));
		break;
	}
	case DVMRP_GRAFT:
	case DVMRP_GRAFT_ACK: {
		const char *s = GET_IPADDR_STRING(dx, bp), *g = GET_IPADDR_STRING(dx, bp + 4);

		dx_printf(dx, " src %s grp %s", s, g);
		break;
	}
	default:
		break;
	}
}
