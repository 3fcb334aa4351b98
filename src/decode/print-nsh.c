// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Network Service Header (EtherType 0x894f, VXLAN-GPE next
 * protocol 4). Text as tcpdump 4.99.3 print-nsh.c.
 *
 * RFC 8300. Base header (4 bytes): version (2 bits), O bit, unused bit,
 * TTL (6 bits), length (6 bits, in 4-byte words, all headers), unused
 * (4 bits), MD type (4 bits), next protocol (1). Service path header
 * (4): service path identifier (3), service index (1). Context headers:
 * MD type 1 has four fixed 4-byte words; MD type 2 has TLVs of class (2),
 * type (1), unused bit and length (7 bits, bytes), value padded to 4.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define NSH_HDRLEN 8u	/* base and service path headers */
#define NSH_WORD 4u
#define NSH_MD1 1
#define NSH_MD2 2

static const struct tok nsh_flags[] = {
	{ 0x2, "O" },
	{ 0, NULL }
};

static const struct tok nsh_md_types[] = {
	{ 0x0, "reserved" },
	{ NSH_MD1, "1" },
	{ NSH_MD2, "2" },
	{ 0xf, "experimental" },
	{ 0, NULL }
};

static const struct tok nsh_next_protos[] = {
	{ 0x01, "IPv4" },
	{ 0x02, "IPv6" },
	{ 0x03, "Ethernet" },
	{ 0x04, "NSH" },
	{ 0x05, "MPLS" },
	{ 0xfe, "Experiment 1" },
	{ 0xff, "Experiment 2" },
	{ 0, NULL }
};

/*
 * MD type 2 context headers, nwords words at bp; text with -vvv. Returns
 * 0 when a TLV claims more words than are left (printed as tcpdump does).
 */
static int nsh_tlvs(struct dx *dx, const uint8_t *bp, unsigned nwords, int text)
{
	unsigned n = 0;

	while (n < nwords) {
		unsigned cls, type, tlen, padded, i;

		cls = GET_BE16(dx, bp);
		type = GET_U8(dx, bp + 2);
		tlen = GET_U8(dx, bp + 3) & 0x7f;
		padded = (tlen + NSH_WORD - 1) & ~(NSH_WORD - 1);
		if (text)
			dx_printf(dx, "\n        TLV Class %u, Type %u, Len %u", cls, type, tlen);
		n++;
		DX_SUBTREE(dx, bp, nwords - (n - 1) < 1 + padded / NSH_WORD ?
			   (nwords - (n - 1)) * NSH_WORD : 4 + padded,
			   "TLV: Class %u, Type %u, Len %u", cls, type, tlen);
		DX_FIELD(dx, bp, 2, "Class: %u", cls);
		DX_FIELD(dx, bp + 2, 1, "Type: %u", type);
		DX_FIELD(dx, bp + 3, 1, "Length: %u", tlen);
		if (nwords < n + padded / NSH_WORD) {
			if (text)
				dx_puts(dx, " (length too big)");
			DX_LAYER_END(dx);
			return 0;
		}
		bp += 4;
		if (tlen) {
			if (text) {
				dx_puts(dx, "\n            Value: ");
				for (i = 0; i < tlen; i++)
					dx_printf(dx, "%s%02x", i ? ":" : "0x", GET_U8(dx, bp + i));
			}
			DX_TCHECK(dx, bp, padded);
			DX_FIELD(dx, bp, tlen, "Value (%u bytes)", tlen);
			bp += padded;
			n += padded / NSH_WORD;
		}
		DX_LAYER_END(dx);
	}
	return 1;
}

void nsh_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	uint32_t base;
	unsigned ver, flags, ttl, length, md, next, spi, si, i, vflag = dx->opts->verbose;
	const uint8_t *ctx;

	dx_proto(dx, "nsh");
	if (len < NSH_HDRLEN) {
		dx_printf(dx, " (packet length %u < %u)", len, NSH_HDRLEN);
		dx_print_invalid(dx);
		return;
	}
	base = GET_BE32(dx, bp);
	ver = base >> 30;
	flags = (base >> 28) & 0x3;
	ttl = (base >> 22) & 0x3f;
	length = (base >> 16) & 0x3f;
	md = (base >> 8) & 0xf;
	next = base & 0xff;
	dx_puts(dx, "NSH, ");
	if (vflag > 1)
		dx_printf(dx, "ver %u, ", ver);
	DX_LAYER(dx, bp, length < 2 ? NSH_HDRLEN : length * NSH_WORD > len ? len : length * NSH_WORD,
		 "Network Service Header, Service Path ID: 0x%06x, Service Index: %u",
		 dx_ttest(dx, bp + 4, 4) ? GET_BE24(dx, bp + 4) : 0,
		 dx_ttest(dx, bp + 4, 4) ? GET_U8(dx, bp + 7) : 0);
	DX_FIELD(dx, bp, 4, "Version: %u, Flags: [%s], TTL: %u, Length: %u words, MD Type: %s, "
		 "Next Protocol: %s (0x%02x)", ver, bittok2str_nosep(dx, nsh_flags, "none", flags),
		 ttl, length, tok2str(dx, nsh_md_types, "unknown (0x%02x)", md),
		 tok2str(dx, nsh_next_protos, "unknown", next), next);
	if (ver != 0) {
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, "flags [%s], ", bittok2str_nosep(dx, nsh_flags, "none", flags));
	if (vflag > 2) {
		dx_printf(dx, "TTL %u, ", ttl);
		dx_printf(dx, "length %u, ", length);
		dx_printf(dx, "md type %s, ", tok2str(dx, nsh_md_types, "unknown (0x%02x)", md));
	}
	if (vflag > 1)
		dx_printf(dx, "next-protocol %s, ", tok2str(dx, nsh_next_protos, "unknown (0x%02x)", next));
	if (len < length * NSH_WORD) {
		dx_printf(dx, " (too many headers for packet length %u)", len);
		goto invalid;
	}
	spi = GET_BE24(dx, bp + 4);
	si = GET_U8(dx, bp + 7);
	dx_printf(dx, "service-path-id 0x%06x, ", spi);
	dx_printf(dx, "service-index 0x%x", si);
	DX_FIELD(dx, bp + 4, 3, "Service Path Identifier: 0x%06x", spi);
	DX_FIELD(dx, bp + 7, 1, "Service Index: %u", si);
	if (length < 2) {
		dx_puts(dx, " (less than two headers)");
		goto invalid;
	}
	ctx = bp + NSH_HDRLEN;
	if (md == NSH_MD1 && (vflag > 2 || dx->tree)) {
		if (length != 6) {
			if (vflag > 2) {
				dx_puts(dx, " (invalid length for the MD type)");
				goto invalid;
			}
		} else {
			for (i = 0; i < length - 2; i++) {
				uint32_t w = GET_BE32(dx, ctx + i * NSH_WORD);

				if (vflag > 2)
					dx_printf(dx, "\n        Context[%02u]: 0x%08x", i, w);
				DX_FIELD(dx, ctx + i * NSH_WORD, NSH_WORD, "Context[%02u]: 0x%08x", i, w);
			}
		}
	} else if (md == NSH_MD2 && vflag > 2) {
		if (!nsh_tlvs(dx, ctx, length - 2, 1))
			goto invalid;
	} else if (md == NSH_MD2 && dx->tree) {
		DX_TCHECK(dx, ctx, (length - 2) * NSH_WORD);
		nsh_tlvs(dx, ctx, length - 2, 0);
	}
	DX_TCHECK(dx, ctx, (length - 2) * NSH_WORD);
	DX_LAYER_END(dx);
	bp += length * NSH_WORD;
	len -= length * NSH_WORD;
	dx_puts(dx, vflag ? "\n    " : ": ");
	switch (next) {
	case 0x01:
		ip_print(dx, bp, len);
		break;
	case 0x02:
		ip6_print(dx, bp, len);
		break;
	case 0x03:
		ether_print(dx, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp));
		break;
	default:
		dx_puts(dx, "ERROR: unknown-next-protocol");
		break;
	}
	return;
invalid:
	DX_LAYER_END(dx);
	dx_print_invalid(dx);
}
