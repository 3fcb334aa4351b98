// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: BSD loopback encapsulation, DLT_NULL and DLT_LOOP
 *
 * Spec: https://www.tcpdump.org/linktypes/LINKTYPE_NULL.html. A 4-byte
 * address family: DLT_NULL in the capturing host's byte order, DLT_LOOP in
 * network order. Like tcpdump we read it in our byte order and swap it when
 * the upper 16 bits are set, so both types share one printer.
 * Text as tcpdump 4.99 print-null.c.
 */
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "print-ether.h"

#define NULL_HDRLEN 4

#define BSD_AFNUM_INET 2
#define BSD_AFNUM_ISO 7
#define BSD_AFNUM_APPLETALK 16
#define BSD_AFNUM_IPX 23
#define BSD_AFNUM_INET6_BSD 24
#define BSD_AFNUM_INET6_FREEBSD 28
#define BSD_AFNUM_INET6_DARWIN 30

const struct tok bsd_af_values[] = {
	{ BSD_AFNUM_INET, "IPv4" },
	{ 6, "NS" },
	{ BSD_AFNUM_ISO, "ISO" },
	{ BSD_AFNUM_APPLETALK, "Appletalk" },
	{ BSD_AFNUM_IPX, "IPX" },
	{ BSD_AFNUM_INET6_BSD, "IPv6" },
	{ BSD_AFNUM_INET6_FREEBSD, "IPv6" },
	{ BSD_AFNUM_INET6_DARWIN, "IPv6" },
	{ 0, NULL }
};

static void null_hdr_print(struct dx *dx, uint32_t family, unsigned length)
{
	const char *s = tok2str_or_null(bsd_af_values, family);

	if (!dx->opts->quiet) {
		dx_puts(dx, "AF ");
		dx_puts(dx, s ? s : "Unknown");
		dx_puts(dx, " (");
		dx_putu(dx, family);
		dx_putc(dx, ')');
	} else if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "Unknown AF ");
		dx_putu(dx, family);
	}
	dx_puts(dx, ", length ");
	dx_putu(dx, length);
	dx_puts(dx, ": ");
}

unsigned null_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	uint32_t family;

	dx_proto(dx, "null");
	DX_TCHECK(dx, p, NULL_HDRLEN);
	memcpy(&family, p, sizeof(family));	/* host byte order, as tcpdump */
	if ((family & 0xffff0000u) != 0)
		family = __builtin_bswap32(family);
	if (dx->tree) {
		const char *s = tok2str_or_null(bsd_af_values, family);

		DX_LAYER(dx, p, NULL_HDRLEN, "Null/Loopback");
		DX_FIELD(dx, p, NULL_HDRLEN, "Family: %s (%u)", s ? s : "Unknown", family);
		DX_LAYER_END(dx);
	}
	if (dx->opts->link_header)
		null_hdr_print(dx, family, length);
	length -= NULL_HDRLEN;
	caplen -= NULL_HDRLEN;
	p += NULL_HDRLEN;
	switch (family) {
	case BSD_AFNUM_INET:
		ip_print(dx, p, length);
		break;
	case BSD_AFNUM_INET6_BSD:
	case BSD_AFNUM_INET6_FREEBSD:
	case BSD_AFNUM_INET6_DARWIN:
		ip6_print(dx, p, length);
		break;
	case BSD_AFNUM_IPX:
		ipx_print(dx, p, length);
		break;
	default:
		/* ISO and Appletalk have no printer here: dumped as unknown */
		if (!dx->opts->link_header)
			null_hdr_print(dx, family, length + NULL_HDRLEN);
		ether_default_print(dx, p, caplen);
		break;
	}
	return NULL_HDRLEN;
}

unsigned loop_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	return null_if_print(dx, p, caplen, length);
}
