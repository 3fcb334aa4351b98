// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IGMP printer (v1, v2, v3, mtrace, DVMRP, PIMv1)
 * RFC 1112, RFC 2236, RFC 3376, draft-ietf-idmr-traceroute-ipm
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

static const struct tok igmpv3report2str[] = {
	{ 1, "is_in" },
	{ 2, "is_ex" },
	{ 3, "to_in" },
	{ 4, "to_ex" },
	{ 5, "allow" },
	{ 6, "block" },
	{ 0, NULL }
};

static void print_mtrace(struct dx *dx, const char *name, const uint8_t *bp, unsigned len)
{
	const uint8_t *tr = bp + 8;
	const char *s, *d, *r;

	if (len < 8 + 16) {
		dx_printf(dx, " [invalid len %u]", len);
		return;
	}
	s = GET_IPADDR_STRING(dx, tr);
	d = GET_IPADDR_STRING(dx, tr + 4);
	r = GET_IPADDR_STRING(dx, tr + 8);
	dx_printf(dx, "%s %u: %s to %s reply-to %s", name, GET_BE24(dx, tr + 13), s, d, r);
	if ((GET_BE32(dx, tr + 8) & 0xf0000000) == 0xe0000000)
		dx_printf(dx, " with-ttl %u", GET_U8(dx, tr + 12));
}

static void print_igmpv3_report(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned group, nsrcs, ngroups, i, j;

	if (len < 16 || (len & 3)) {
		dx_printf(dx, " [invalid len %u]", len);
		return;
	}
	ngroups = GET_BE16(dx, bp + 6);
	dx_printf(dx, ", %u group record(s)", ngroups);
	if (!dx->opts->verbose)
		return;
	group = 8;
	for (i = 0; i < ngroups; i++) {
		if (len < group + 8) {
			dx_puts(dx, " [invalid number of groups]");
			return;
		}
		dx_printf(dx, " [gaddr %s", GET_IPADDR_STRING(dx, bp + group + 4));
		dx_printf(dx, " %s",
			  tok2str(dx, igmpv3report2str, " [v3-report-#%u]",
				  GET_U8(dx, bp + group)));
		nsrcs = GET_BE16(dx, bp + group + 2);
		if (len < group + 8 + (nsrcs << 2)) {
			dx_printf(dx, " [invalid number of sources %u]", nsrcs);
			return;
		}
		if (dx->opts->verbose == 1) {
			dx_printf(dx, ", %u source(s)", nsrcs);
		} else {
			dx_puts(dx, " {");
			for (j = 0; j < nsrcs; j++)
				dx_printf(dx, " %s",
					  GET_IPADDR_STRING(dx, bp + group + 8 + (j << 2)));
			dx_puts(dx, " }");
		}
		group += 8 + (nsrcs << 2);
		dx_putc(dx, ']');
	}
}

static void print_igmpv3_query(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned mrc, mrt, nsrcs, i;

	dx_puts(dx, " v3");
	if (len < 12 || (len & 3)) {
		dx_printf(dx, " [invalid len %u]", len);
		return;
	}
	mrc = GET_U8(dx, bp + 1);
	if (mrc < 128)
		mrt = mrc;
	else
		mrt = ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
	if (mrc != 100) {
		dx_puts(dx, " [max resp time ");
		if (mrt < 600)
			dx_printf(dx, "%.1fs", mrt * 0.1);
		else
			dx_put_relts(dx, mrt / 10);
		dx_putc(dx, ']');
	}
	if (GET_BE32(dx, bp + 4) == 0)
		return;
	dx_printf(dx, " [gaddr %s", GET_IPADDR_STRING(dx, bp + 4));
	nsrcs = GET_BE16(dx, bp + 10);
	if (nsrcs > 0) {
		if (len < 12 + (nsrcs << 2)) {
			dx_puts(dx, " [invalid number of sources]");
		} else if (dx->opts->verbose > 1) {
			dx_puts(dx, " {");
			for (i = 0; i < nsrcs; i++)
				dx_printf(dx, " %s", GET_IPADDR_STRING(dx, bp + 12 + (i << 2)));
			dx_puts(dx, " }");
		} else {
			dx_printf(dx, ", %u source(s)", nsrcs);
		}
	}
	dx_putc(dx, ']');
}

void igmp_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned type;

	dx_proto(dx, "igmp");
	if (dx->opts->quiet) {
		dx_puts(dx, "igmp");
		return;
	}
	type = GET_U8(dx, bp);
	DX_LAYER(dx, bp, len, "Internet Group Management Protocol, Type: 0x%02x", type);
	DX_FIELD(dx, bp, 1, "Type: 0x%02x", type);
	DX_LAYER_END(dx);
	switch (type) {
	case 0x11:
		dx_puts(dx, "igmp query");
		if (len >= 12) {
			print_igmpv3_query(dx, bp, len);
		} else {
			unsigned mrt = GET_U8(dx, bp + 1);

			if (mrt) {
				dx_puts(dx, " v2");
				if (mrt != 100)
					dx_printf(dx, " [max resp time %u]", mrt);
			} else {
				dx_puts(dx, " v1");
			}
			if (GET_BE32(dx, bp + 4))
				dx_printf(dx, " [gaddr %s]", GET_IPADDR_STRING(dx, bp + 4));
			if (len != 8)
				dx_printf(dx, " [len %u]", len);
		}
		break;
	case 0x12:
		dx_printf(dx, "igmp v1 report %s", GET_IPADDR_STRING(dx, bp + 4));
		if (len != 8)
			dx_printf(dx, " [len %u]", len);
		break;
	case 0x16:
		dx_printf(dx, "igmp v2 report %s", GET_IPADDR_STRING(dx, bp + 4));
		break;
	case 0x22:
		dx_puts(dx, "igmp v3 report");
		print_igmpv3_report(dx, bp, len);
		break;
	case 0x17:
		dx_printf(dx, "igmp leave %s", GET_IPADDR_STRING(dx, bp + 4));
		break;
	case 0x13:
		dx_puts(dx, "igmp dvmrp");
		if (len < 8)
			dx_printf(dx, " [len %u]", len);
		else
			dvmrp_print(dx, bp, len);
		break;
	case 0x14:
		dx_puts(dx, "igmp pimv1");
		pimv1_print(dx, bp, len);
		break;
	case 0x1e:
		print_mtrace(dx, "mresp", bp, len);
		break;
	case 0x1f:
		print_mtrace(dx, "mtrace", bp, len);
		break;
	default:
		dx_printf(dx, "igmp-%u", type);
		break;
	}
	if (dx->opts->verbose && len >= 4 && DX_TTEST(dx, bp, len)) {
		if (dx_in_cksum_fold(dx_in_cksum_add(0, bp, len)) != 0)
			dx_printf(dx, " bad igmp cksum %x!", GET_BE16(dx, bp + 2));
	}
}
