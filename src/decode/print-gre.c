// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: GRE printer (version 0, and version 1 as used by PPTP)
 * RFC 1701, RFC 2784, RFC 2890 (GRE), RFC 2637 (enhanced GRE)
 */
#include "dx.h"
#include "ipproto.h"
#include "print-ether.h"
#include "print.h"

#define GRE_CP 0x8000
#define GRE_RP 0x4000
#define GRE_KP 0x2000
#define GRE_SP 0x1000
#define GRE_sP 0x0800
#define GRE_AP 0x0080
#define GRESRE_IP 0x0800
#define GRESRE_ASN 0xfffe

static const struct tok gre_flag_values[] = {
	{ GRE_CP, "checksum present" },
	{ GRE_RP, "routing present" },
	{ GRE_KP, "key present" },
	{ GRE_SP, "sequence# present" },
	{ GRE_sP, "source routing present" },
	{ GRE_AP, "ack present" },
	{ 0, NULL }
};

/* one source route entry; 0 when truncated */
static int gre_sre_print(struct dx *dx, unsigned af, unsigned off, unsigned srelen,
			 const uint8_t *bp, unsigned len)
{
	const uint8_t *up = bp;
	unsigned step = af == GRESRE_IP ? 4 : 2;

	if (af != GRESRE_IP && af != GRESRE_ASN) {
		dx_printf(dx, ", (rtaf=0x%x)", af);
		return 1;
	}
	dx_puts(dx, af == GRESRE_IP ? ", (rtaf=ip" : ", (rtaf=asn");
	if (off & (step - 1)) {
		dx_printf(dx, ", badoffset=%u", off);
	} else if (srelen & (step - 1)) {
		dx_printf(dx, ", badlength=%u", srelen);
	} else if (off >= srelen) {
		dx_printf(dx, ", badoff/len=%u/%u", off, srelen);
	} else {
		while (srelen != 0) {
			if (!DX_TTEST(dx, bp, step) || len < step) {
				dx_putc(dx, ')');
				return 0;
			}
			if (step == 4) {
				char a[16];

				dx_fmt_ip4(a, sizeof(a), bp);
				dx_printf(dx, " %s%s", (unsigned)(bp - up) == off ? "*" : "", a);
			} else {
				dx_printf(dx, " %s%x", (unsigned)(bp - up) == off ? "*" : "",
					  GET_BE16(dx, bp));
			}
			bp += step;
			len -= step;
			srelen -= step;
		}
	}
	dx_putc(dx, ')');
	return 1;
}

static void gre_payload(struct dx *dx, unsigned prot, const uint8_t *bp, unsigned len)
{
	switch (prot) {
	case 0x0800:
		ip_print(dx, bp, len);
		break;
	case 0x86dd:
		ip6_print(dx, bp, len);
		break;
	case 0x6558:
		ether_print(dx, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp));
		break;
	case 0x00fe:	/* OSI */
		isoclns_print(dx, bp, len);
		break;
	case 0x8847:	/* MPLS */
	case 0x8137:	/* IPX */
	case 0x809b:	/* AppleTalk */
		if (ethertype_print(dx, prot, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp), NULL,
		    NULL))
			break;
		/* fall through */
	default:
		dx_printf(dx, "gre-proto-0x%x", prot);
		break;
	}
}

#define NEED(n) do { if (!DX_TTEST(dx, bp, (n)) || len < (n)) goto trunc; } while (0)

static void gre_print_0(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned len = length, flags, prot;

	flags = GET_BE16(dx, bp);
	if (dx->opts->verbose)
		dx_printf(dx, ", Flags [%s]", bittok2str(dx, gre_flag_values, "none", flags));
	len -= 2;
	bp += 2;
	NEED(2);
	prot = GET_BE16(dx, bp);
	len -= 2;
	bp += 2;
	if (flags & (GRE_CP | GRE_RP)) {
		NEED(2);
		if (dx->opts->verbose)
			dx_printf(dx, ", sum 0x%x", GET_BE16(dx, bp));
		bp += 2;
		len -= 2;
		NEED(2);
		dx_printf(dx, ", off 0x%x", GET_BE16(dx, bp));
		bp += 2;
		len -= 2;
	}
	if (flags & GRE_KP) {
		NEED(4);
		dx_printf(dx, ", key=0x%x", GET_BE32(dx, bp));
		bp += 4;
		len -= 4;
	}
	if (flags & GRE_SP) {
		NEED(4);
		dx_printf(dx, ", seq %u", GET_BE32(dx, bp));
		bp += 4;
		len -= 4;
	}
	if (flags & GRE_RP) {
		for (;;) {
			unsigned af, sreoff, srelen;

			NEED(4);
			af = GET_BE16(dx, bp);
			sreoff = bp[2];
			srelen = bp[3];
			bp += 4;
			len -= 4;
			if (af == 0 && srelen == 0)
				break;
			if (!gre_sre_print(dx, af, sreoff, srelen, bp, len))
				goto trunc;
			if (len < srelen)
				goto trunc;
			bp += srelen;
			len -= srelen;
		}
	}
	if (dx->opts->link_header)
		dx_printf(dx, ", proto %s (0x%04x)", tok2str(dx, ethertype_values, "unknown", prot),
			  prot);
	dx_printf(dx, ", length %u", length);
	dx_puts(dx, dx->opts->verbose < 1 ? ": " : "\n\t");
	gre_payload(dx, prot, bp, len);
	return;
trunc:
	dx_print_trunc(dx);
}

static void gre_print_1(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned len = length, flags, prot;

	flags = GET_BE16(dx, bp);
	len -= 2;
	bp += 2;
	if (dx->opts->verbose)
		dx_printf(dx, ", Flags [%s]", bittok2str(dx, gre_flag_values, "none", flags));
	NEED(2);
	prot = GET_BE16(dx, bp);
	len -= 2;
	bp += 2;
	if (flags & GRE_KP) {
		NEED(4);
		dx_printf(dx, ", call %u", GET_BE32(dx, bp) & 0xffff);
		len -= 4;
		bp += 4;
	}
	if (flags & GRE_SP) {
		NEED(4);
		dx_printf(dx, ", seq %u", GET_BE32(dx, bp));
		bp += 4;
		len -= 4;
	}
	if (flags & GRE_AP) {
		NEED(4);
		dx_printf(dx, ", ack %u", GET_BE32(dx, bp));
		bp += 4;
		len -= 4;
	}
	if ((flags & GRE_SP) == 0)
		dx_puts(dx, ", no-payload");
	if (dx->opts->link_header)
		dx_printf(dx, ", proto %s (0x%04x)", tok2str(dx, ethertype_values, "unknown", prot),
			  prot);
	dx_printf(dx, ", length %u", length);
	if ((flags & GRE_SP) == 0)
		return;
	dx_puts(dx, dx->opts->verbose < 1 ? ": " : "\n\t");
	if (prot == 0x880b)
		ppp_print(dx, bp, len);
	else
		dx_printf(dx, "gre-proto-0x%x", prot);
	return;
trunc:
	dx_print_trunc(dx);
}

void gre_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned vers;

	dx_proto(dx, "gre");
	if (!DX_TTEST(dx, bp, 2) || length < 2) {
		dx_print_trunc(dx);
		return;
	}
	vers = GET_BE16(dx, bp) & 7;
	DX_LAYER(dx, bp, length, "Generic Routing Encapsulation, version %u", vers);
	DX_FIELD(dx, bp, 2, "Flags and Version: 0x%04x", GET_BE16(dx, bp));
	if (DX_TTEST(dx, bp + 2, 2))
		DX_FIELD(dx, bp + 2, 2, "Protocol Type: 0x%04x", GET_BE16(dx, bp + 2));
	DX_LAYER_END(dx);
	dx_printf(dx, "GREv%u", vers);
	if (vers == 0)
		gre_print_0(dx, bp, length);
	else if (vers == 1)
		gre_print_1(dx, bp, length);
	else
		dx_puts(dx, " ERROR: unknown-version");
}
