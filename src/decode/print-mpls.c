// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: MPLS label stacks (EtherTypes 0x8847 and 0x8848), then the
 * payload guessed from the bottom label or its first byte. Text as
 * tcpdump 4.99 print-mpls.c. Spec: RFC 3032.
 *
 * Each stack entry is 32 bits: label (20), traffic class (3), bottom of
 * stack (1), TTL (8).
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define MPLS_LABEL(x) ((x) >> 12)
#define MPLS_TC(x) (((x) >> 9) & 7)
#define MPLS_STACK(x) (((x) >> 8) & 1)
#define MPLS_TTL(x) ((x) & 0xff)

static const char *const mpls_labelname[] = {
	"IPv4 explicit NULL", "router alert", "IPv6 explicit NULL", "implicit NULL", "rsvd",
	"rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd",
};

enum mpls_payload { PT_UNKNOWN, PT_IPV4, PT_IPV6, PT_OSI };

void mpls_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *p = bp;
	uint32_t entry;
	unsigned depth = 0, first;
	enum mpls_payload pt = PT_UNKNOWN;
	int v = dx->opts->verbose;

	dx_proto(dx, "mpls");
	dx_puts(dx, "MPLS");
	do {
		if (length < 4)
			goto invalid;
		entry = GET_BE32(dx, p);
		DX_LAYER(dx, p, 4, "MPLS Label %u, TC %u, S %u, TTL %u", MPLS_LABEL(entry), MPLS_TC(entry),
			 MPLS_STACK(entry), MPLS_TTL(entry));
		DX_FIELD(dx, p, 3, "Label: %u%s%s%s", MPLS_LABEL(entry),
			 MPLS_LABEL(entry) < 16 ? " (" : "",
			 MPLS_LABEL(entry) < 16 ? mpls_labelname[MPLS_LABEL(entry)] : "",
			 MPLS_LABEL(entry) < 16 ? ")" : "");
		DX_FIELD(dx, p + 2, 1, "Traffic class: %u", MPLS_TC(entry));
		DX_FIELD(dx, p + 2, 1, "Bottom of stack: %u", MPLS_STACK(entry));
		DX_FIELD(dx, p + 3, 1, "Time to live: %u", MPLS_TTL(entry));
		DX_LAYER_END(dx);
		dx_puts(dx, (depth && v) ? "\n\t(label " : " (label ");
		dx_putu(dx, MPLS_LABEL(entry));
		depth++;
		if (v && MPLS_LABEL(entry) < sizeof(mpls_labelname) / sizeof(mpls_labelname[0])) {
			dx_puts(dx, " (");
			dx_puts(dx, mpls_labelname[MPLS_LABEL(entry)]);
			dx_putc(dx, ')');
		}
		dx_puts(dx, ", tc ");
		dx_putu(dx, MPLS_TC(entry));
		if (MPLS_STACK(entry))
			dx_puts(dx, ", [S]");
		dx_puts(dx, ", ttl ");
		dx_putu(dx, MPLS_TTL(entry));
		dx_putc(dx, ')');
		p += 4;
		length -= 4;
	} while (!MPLS_STACK(entry));

	switch (MPLS_LABEL(entry)) {
	case 0:
	case 3:
		pt = PT_IPV4;
		break;
	case 2:
		pt = PT_IPV6;
		break;
	default:
		/* no protocol field: guess from the first byte (IPv4, IPv6, OSI) */
		if (length < 1)
			return;
		first = GET_U8(dx, p);
		pt = (first >= 0x45 && first <= 0x4f) ? PT_IPV4
		     : (first >= 0x60 && first <= 0x6f) ? PT_IPV6
		     : (first >= 0x81 && first <= 0x83) ? PT_OSI : PT_UNKNOWN;
		break;
	}
	switch (pt) {
	case PT_IPV4:
		dx_puts(dx, v ? "\n\t" : " ");
		ip_print(dx, p, length);
		break;
	case PT_IPV6:
		dx_puts(dx, v ? "\n\t" : " ");
		ip6_print(dx, p, length);
		break;
	case PT_OSI:
		/* no OSI printer: tcpdump decodes CLNP/ES-IS/IS-IS here */
		dx_puts(dx, v ? "\n\t" : " ");
		ether_default_print(dx, p, length);
		break;
	default:
		ether_default_print(dx, p, length);
		break;
	}
	return;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, p, length);
}
