// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Geneve (UDP port 6081). Text as tcpdump 4.99.3 print-geneve.c.
 *
 * RFC 8926. Header (8 bytes): version (2 bits) and options length (6 bits,
 * in 4-byte words), flags (1: O 0x80, C 0x40, six reserved bits),
 * protocol type (2, an EtherType; 0x6558 is an Ethernet frame), VNI (3),
 * reserved (1). Options follow: class (2), type (1, 0x80 critical),
 * 3 reserved bits and a length (5 bits, 4-byte words after the 4 of the
 * option header), data.
 */
#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define GENEVE_HDRLEN 8u
#define GENEVE_OPT_CRITICAL 0x80
#define ETHERTYPE_TEB 0x6558

static const struct tok geneve_flag_values[] = {
	{ 0x80, "O" },
	{ 0x40, "C" },
	{ 0x20, "R1" },
	{ 0x10, "R2" },
	{ 0x08, "R3" },
	{ 0x04, "R4" },
	{ 0x02, "R5" },
	{ 0x01, "R6" },
	{ 0, NULL }
};

static const struct tok geneve_opt_classes[] = {
	{ 0x0100, "Linux" },
	{ 0x0101, "Open vSwitch" },
	{ 0x0102, "Open Virtual Networking (OVN)" },
	{ 0x0103, "In-band Network Telemetry (INT)" },
	{ 0x0104, "VMware" },
	{ 0, NULL }
};

static const char *geneve_class_name(unsigned c)
{
	const char *s = tok2str_or_null(geneve_opt_classes, c);

	if (s)
		return s;
	if (c <= 0x00ff)
		return "Standard";
	if (c >= 0xfff0)
		return "Experimental";
	return "Unknown";
}

/* the options, [bp, bp+len) already checked; text from -v, data from -vv */
static void geneve_opts_print(struct dx *dx, const uint8_t *bp, unsigned len, int text)
{
	const char *sep = "";

	while (len > 0) {
		unsigned cls, type, olen, i;

		if (text)
			dx_puts(dx, sep);
		sep = ", ";
		cls = GET_BE16(dx, bp);
		type = GET_U8(dx, bp + 2);
		olen = 4 + (GET_U8(dx, bp + 3) & 0x1f) * 4;
		if (text)
			dx_printf(dx, "class %s (0x%x) type 0x%x%s len %u", geneve_class_name(cls), cls,
				  type, type & GENEVE_OPT_CRITICAL ? "(C)" : "", olen);
		DX_SUBTREE(dx, bp, olen > len ? len : olen, "Option: class %s (0x%04x), type 0x%02x",
			   geneve_class_name(cls), cls, type);
		DX_FIELD(dx, bp, 2, "Class: %s (0x%04x)", geneve_class_name(cls), cls);
		DX_FIELD(dx, bp + 2, 1, "Type: 0x%02x%s", type,
			 type & GENEVE_OPT_CRITICAL ? " (critical)" : "");
		DX_FIELD(dx, bp + 3, 1, "Length: %u", olen);
		if (olen > len) {
			if (text)
				dx_puts(dx, " [bad length]");
			DX_LAYER_END(dx);
			return;
		}
		if (olen > 4)
			DX_FIELD(dx, bp + 4, olen - 4, "Data (%u bytes)", olen - 4);
		DX_LAYER_END(dx);
		if (text && dx->opts->verbose > 1 && olen > 4) {
			dx_puts(dx, " data");
			for (i = 4; i < olen; i += 4)
				dx_printf(dx, " %08x", GET_BE32(dx, bp + i));
		}
		bp += olen;
		len -= olen;
	}
}

void geneve_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned ver_opt, flags, prot, vni, rsvd, opts_len;
	const char *fl;

	dx_proto(dx, "geneve");
	dx_puts(dx, "Geneve");
	if (len < GENEVE_HDRLEN) {
		dx_printf(dx, " [length %u < 8]", len);
		dx_print_invalid(dx);
		return;
	}
	DX_TCHECK(dx, bp, GENEVE_HDRLEN);
	ver_opt = GET_U8(dx, bp);
	if (ver_opt >> 6) {
		dx_printf(dx, " ERROR: unknown-version %u", ver_opt >> 6);
		return;
	}
	flags = GET_U8(dx, bp + 1);
	prot = GET_BE16(dx, bp + 2);
	vni = GET_BE24(dx, bp + 4);
	rsvd = GET_U8(dx, bp + 7);
	fl = bittok2str_nosep(dx, geneve_flag_values, "none", flags);
	dx_printf(dx, ", Flags [%s], vni 0x%x", fl, vni);
	if (rsvd)
		dx_printf(dx, ", rsvd 0x%x", rsvd);
	if (dx->opts->link_header)
		dx_printf(dx, ", proto %s (0x%04x)", tok2str(dx, ethertype_values, "unknown", prot),
			  prot);
	opts_len = (ver_opt & 0x3f) * 4;
	len -= GENEVE_HDRLEN;

	DX_LAYER(dx, bp, GENEVE_HDRLEN + (opts_len > len ? len : opts_len),
		 "Generic Network Virtualization Encapsulation, VNI: 0x%06x", vni);
	DX_FIELD(dx, bp, 1, "Version: 0, Options Length: %u bytes", opts_len);
	DX_FIELD(dx, bp + 1, 1, "Flags: 0x%02x [%s]", flags, fl);
	DX_FIELD(dx, bp + 2, 2, "Protocol Type: %s (0x%04x)",
		 tok2str(dx, ethertype_values, "Unknown", prot), prot);
	DX_FIELD(dx, bp + 4, 3, "Virtual Network Identifier (VNI): 0x%06x", vni);
	DX_FIELD(dx, bp + 7, 1, "Reserved: 0x%02x", rsvd);
	bp += GENEVE_HDRLEN;
	if (len < opts_len) {
		dx_printf(dx, " truncated-geneve - %u bytes missing", opts_len - len);
		DX_LAYER_END(dx);
		return;
	}
	DX_TCHECK(dx, bp, opts_len);
	if (opts_len > 0) {
		dx_puts(dx, ", options [");
		if (dx->opts->verbose)
			geneve_opts_print(dx, bp, opts_len, 1);
		else {
			dx_printf(dx, "%u bytes", opts_len);
			if (dx->tree)
				geneve_opts_print(dx, bp, opts_len, 0);
		}
		dx_putc(dx, ']');
	}
	DX_LAYER_END(dx);
	bp += opts_len;
	len -= opts_len;
	dx_puts(dx, dx->opts->verbose ? "\n\t" : ": ");
	if (ethertype_print(dx, prot, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp), NULL, NULL) == 0) {
		if (prot == ETHERTYPE_TEB)
			ether_print(dx, bp, len, (unsigned)DX_BYTES_AVAIL(dx, bp));
		else
			dx_printf(dx, "geneve-proto-0x%x", prot);
	}
}
