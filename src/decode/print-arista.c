// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Arista vendor-specific EtherType 0xd28b: the TapAgg timestamp
 * header. Text as tcpdump 4.99.3 print-arista.c.
 *
 * Spec: Arista's "Overview of Arista Timestamps" white paper. After the
 * EtherType: subtype (2, 0x0001 timestamp), version (2: timescale 8 bits,
 * 0 TAI or 1 UTC; format 4 bits, 1 64-bit or 2 48-bit; hardware 4 bits),
 * then the timestamp (seconds 32 bits and nanoseconds 32 bits, or seconds
 * 16 bits and nanoseconds 32 bits) and the original EtherType.
 */
#include <inttypes.h>
#include <time.h>

#include "dx.h"
#include "print-ether.h"

#define ARISTA_SUBTYPE_TIMESTAMP 0x0001
#define FORMAT_64BIT 0x1
#define FORMAT_48BIT 0x2

static const struct tok subtype_str[] = {
	{ ARISTA_SUBTYPE_TIMESTAMP, "Timestamp" },
	{ 0, NULL }
};

static const struct tok ts_timescale_str[] = {
	{ 0, "TAI" },
	{ 1, "UTC" },
	{ 0, NULL }
};

static const struct tok ts_format_str[] = {
	{ FORMAT_64BIT, "64-bit" },
	{ FORMAT_48BIT, "48-bit" },
	{ 0, NULL }
};

static const struct tok hw_info_str[] = {
	{ 0, "R/R2" },
	{ 1, "R3" },
	{ 0, NULL }
};

static void put_date(struct dx *dx, uint32_t secs, uint32_t nsecs)
{
	time_t t = (time_t)secs + nsecs / 1000000000u;
	struct tm tm;
	char buf[64];

	if (!gmtime_r(&t, &tm)) {
		dx_puts(dx, "gmtime() error");
		return;
	}
	if (strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm) == 0) {
		dx_puts(dx, "strftime() error");
		return;
	}
	dx_printf(dx, "%s.%09u", buf, nsecs % 1000000000u);
}

int arista_ethertype_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned subtype, scale, format, hw;
	int used = 2;

	(void)len;
	dx_proto(dx, "arista");
	subtype = GET_BE16(dx, bp);
	dx_printf(dx, "SubType %s (0x%04x), ", tok2str(dx, subtype_str, "Unknown", subtype), subtype);
	if (subtype != ARISTA_SUBTYPE_TIMESTAMP)
		return -1;
	scale = GET_U8(dx, bp + 2);
	format = GET_U8(dx, bp + 3) >> 4;
	hw = bp[3] & 0x0f;
	used += 2;
	DX_LAYER(dx, bp, 4, "Arista TapAgg header, %s", tok2str(dx, subtype_str, "Unknown", subtype));
	DX_FIELD(dx, bp, 2, "Subtype: 0x%04x", subtype);
	DX_FIELD(dx, bp + 2, 1, "Timescale: %s (%u)", tok2str(dx, ts_timescale_str, "Unknown", scale),
		 scale);
	DX_FIELD(dx, bp + 3, 1, "Format: %s (%u), hardware %s (%u)",
		 tok2str(dx, ts_format_str, "Unknown", format), format,
		 tok2str(dx, hw_info_str, "Unknown", hw), hw);
	DX_LAYER_END(dx);
	dx_printf(dx, "Timescale %s (%u), ", tok2str(dx, ts_timescale_str, "Unknown", scale), scale);
	dx_printf(dx, "Format %s (%u), HwInfo %s (%u), Timestamp ",
		  tok2str(dx, ts_format_str, "Unknown", format), format,
		  tok2str(dx, hw_info_str, "Unknown", hw), hw);
	bp += 4;
	switch (format) {
	case FORMAT_64BIT:
		put_date(dx, GET_BE32(dx, bp), GET_BE32(dx, bp + 4));
		DX_FIELD(dx, bp, 8, "Timestamp: %u s, %u ns", GET_BE32(dx, bp), GET_BE32(dx, bp + 4));
		used += 8;
		break;
	case FORMAT_48BIT: {
		uint64_t secs = GET_BE16(dx, bp);
		uint32_t ns = GET_BE32(dx, bp + 2);

		secs += ns / 1000000000u;
		ns %= 1000000000u;
		dx_printf(dx, "%" PRIu64 ".%09u", secs, ns);
		DX_FIELD(dx, bp, 6, "Timestamp: %" PRIu64 ".%09u", secs, ns);
		used += 6;
		break;
	}
	default:
		return -1;
	}
	dx_puts(dx, ": ");
	return used;
}
