// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: PPP over Ethernet, discovery (EtherType 0x8863) and session
 * (0x8864) stages, and DLT_PPP_ETHER (51). Text as tcpdump 4.99.3
 * print-pppoe.c.
 *
 * RFC 2516: version (4 bits, 1), type (4 bits, 1), code (1: PADI, PADO,
 * PADR, PADS, PADT, or 0 for session data), session ID (2), payload
 * length (2). Discovery payloads are tags of type (2), length (2) and
 * value; session payloads are PPP frames without address and control.
 */
#include "dx.h"
#include "print.h"

#define PPPOE_HDRLEN 6u
#define PPPOE_PADI 0x09
#define MAXTAGPRINT 80u

static const struct tok pppoecode2str[] = {
	{ PPPOE_PADI, "PADI" },
	{ 0x07, "PADO" },
	{ 0x19, "PADR" },
	{ 0x65, "PADS" },
	{ 0xa7, "PADT" },
	{ 0, "" },	/* session data */
	{ 0, NULL }
};

static const struct tok pppoetag2str[] = {
	{ 0, "EOL" },
	{ 0x0101, "Service-Name" },
	{ 0x0102, "AC-Name" },
	{ 0x0103, "Host-Uniq" },
	{ 0x0104, "AC-Cookie" },
	{ 0x0105, "Vendor-Specific" },
	{ 0x0110, "Relay-Session-ID" },
	{ 0x0120, "PPP-Max-Payload" },
	{ 0x0201, "Service-Name-Error" },
	{ 0x0202, "AC-System-Error" },
	{ 0x0203, "Generic-Error" },
	{ 0, NULL }
};

/* a tag's value: quoted text when most of its first bytes print, else hex */
static void tag_value(struct dx *dx, const char *name, const uint8_t *v, unsigned len)
{
	char str[MAXTAGPRINT];
	unsigned n = 0, ascii = 0, garbage = 0, i;

	DX_TCHECK(dx, v, len);
	for (i = 0; i < len && n < MAXTAGPRINT - 1; i++) {
		uint8_t c = v[i];

		if (c >= 0x20 && c < 0x7f) {
			str[n++] = (char)c;
			ascii++;
		} else {
			str[n++] = '.';
			garbage++;
		}
	}
	str[n] = '\0';
	if (ascii > garbage) {
		dx_printf(dx, " [%s \"%s\"]", name, str);
		return;
	}
	dx_printf(dx, " [%s 0x", name);
	for (i = 0; i < len; i++)
		dx_printf(dx, "%02X", v[i]);
	dx_putc(dx, ']');
}

static void pppoe_tags(struct dx *dx, const uint8_t *tags, unsigned plen)
{
	unsigned off = 0, type = 0xffff;

	while (type && off < plen) {
		const uint8_t *p = tags + off;
		unsigned tlen;
		const char *name;

		type = GET_BE16(dx, p);
		tlen = GET_BE16(dx, p + 2);
		name = tok2str(dx, pppoetag2str, "TAG-0x%x", type);
		DX_FIELD(dx, p, 4 + (size_t)tlen, "Tag: %s, length %u", name, tlen);
		if (tlen)
			tag_value(dx, name, p + 4, tlen);
		else
			dx_printf(dx, " [%s]", name);
		off += 4 + tlen;
	}
}

unsigned pppoe_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned ver, type, code, sid, plen;

	dx_proto(dx, "pppoe");
	if (length < PPPOE_HDRLEN) {
		dx_printf(dx, " (length %u < %u)", length, PPPOE_HDRLEN);
		dx_print_invalid(dx);
		return 0;
	}
	length -= PPPOE_HDRLEN;
	DX_TCHECK(dx, bp, PPPOE_HDRLEN);
	ver = bp[0] >> 4;
	type = bp[0] & 0x0f;
	code = GET_U8(dx, bp + 1);
	sid = GET_BE16(dx, bp + 2);
	plen = GET_BE16(dx, bp + 4);
	DX_LAYER(dx, bp, PPPOE_HDRLEN, "PPP-over-Ethernet %s", code ? "Discovery" : "Session");
	DX_FIELD(dx, bp, 1, "Version: %u, Type: %u", ver, type);
	DX_FIELD(dx, bp + 1, 1, "Code: %s (0x%02x)",
		 code ? tok2str(dx, pppoecode2str, "PAD-%x", code) : "Session Data", code);
	DX_FIELD(dx, bp + 2, 2, "Session ID: 0x%04x", sid);
	DX_FIELD(dx, bp + 4, 2, "Payload Length: %u", plen);
	DX_LAYER_END(dx);
	if (ver != 1)
		dx_printf(dx, " [ver %u]", ver);
	if (type != 1)
		dx_printf(dx, " [type %u]", type);
	dx_printf(dx, "PPPoE %s", tok2str(dx, pppoecode2str, "PAD-%x", code));
	if (code == PPPOE_PADI && plen > 1484 - PPPOE_HDRLEN)
		dx_printf(dx, " [len %u!]", plen);
	if (plen > length) {
		dx_printf(dx, " [len %u > %u!]", plen, length);
		plen = length;
	}
	if (sid)
		dx_printf(dx, " [ses 0x%x]", sid);
	if (code) {
		DX_LAYER(dx, bp + PPPOE_HDRLEN, plen, "PPPoE Tags");
		pppoe_tags(dx, bp + PPPOE_HDRLEN, plen);
		DX_LAYER_END(dx);
		return PPPOE_HDRLEN;
	}
	dx_putc(dx, ' ');
	return PPPOE_HDRLEN + ppp_print(dx, bp + PPPOE_HDRLEN, plen);
}

unsigned pppoe_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	(void)caplen;
	dx_proto(dx, "pppoe");
	return pppoe_print(dx, p, length);
}
