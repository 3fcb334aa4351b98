// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RPKI-Router protocol (RFC 6810, TCP port 323): the PDUs a
 * router and an RPKI cache exchange. Text as tcpdump 4.99.3
 * print-rpki-rtr.c; nothing but ", RPKI-RTR" without -v.
 *
 * PDU header (8 bytes): version (1), type (1), session id or error code
 * (2), length of the whole PDU (4). Serial Notify/Query and End of Data
 * add a serial (4); the prefix PDUs flags, prefix length, max length,
 * zero, prefix (4 or 16) and origin AS (4); Error Report an encapsulated
 * PDU (length + bytes) and an error text (length + bytes).
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define RTR_HDRLEN 8u
#define RTR_SERIAL_NOTIFY 0
#define RTR_SERIAL_QUERY 1
#define RTR_RESET_QUERY 2
#define RTR_CACHE_RESPONSE 3
#define RTR_IPV4_PREFIX 4
#define RTR_IPV6_PREFIX 6
#define RTR_END_OF_DATA 7
#define RTR_CACHE_RESET 8
#define RTR_ERROR_REPORT 10

static const struct tok rtr_pdu_names[] = {
	{ RTR_SERIAL_NOTIFY, "Serial Notify" },
	{ RTR_SERIAL_QUERY, "Serial Query" },
	{ RTR_RESET_QUERY, "Reset Query" },
	{ RTR_CACHE_RESPONSE, "Cache Response" },
	{ RTR_IPV4_PREFIX, "IPV4 Prefix" },
	{ RTR_IPV6_PREFIX, "IPV6 Prefix" },
	{ RTR_END_OF_DATA, "End of Data" },
	{ RTR_CACHE_RESET, "Cache Reset" },
	{ RTR_ERROR_REPORT, "Error Report" },
	{ 0, NULL }
};

static const struct tok rtr_error_codes[] = {
	{ 0, "Corrupt Data" },
	{ 1, "Internal Error" },
	{ 2, "No Data Available" },
	{ 3, "Invalid Request" },
	{ 4, "Unsupported Protocol Version" },
	{ 5, "Unsupported PDU Type" },
	{ 6, "Withdrawal of Unknown Record" },
	{ 7, "Duplicate Announcement Received" },
	{ 0, NULL }
};

/* a newline, then `indent` columns as tabs of 8 and spaces */
static void rtr_indent(struct dx *dx, unsigned indent)
{
	dx_putc(dx, '\n');
	for (; indent >= 8; indent -= 8)
		dx_putc(dx, '\t');
	for (; indent > 0; indent--)
		dx_putc(dx, ' ');
}

/*
 * One PDU in `len` bytes; the bytes it used. An Error Report's
 * encapsulated PDU is decoded one level deep (nested = 0 there).
 */
static unsigned rtr_pdu_print(struct dx *dx, const uint8_t *p, unsigned len, int nested,
			      unsigned indent)
{
	unsigned version, type, pdu_len, hexdump = 0;

	version = GET_U8(dx, p);
	if (version != 0) {
		/* a later version's PDU lengths cannot be trusted: skip all */
		rtr_indent(dx, 8);
		dx_printf(dx, "RPKI-RTRv%u (unknown)", version);
		DX_FIELD(dx, p, len, "RPKI-Router PDU, version %u (not decoded)", version);
		return len;
	}
	if (len < RTR_HDRLEN) {
		dx_printf(dx, "(%u bytes is too few to decode)", len);
		goto invalid;
	}
	DX_TCHECK(dx, p, RTR_HDRLEN);
	type = GET_U8(dx, p + 1);
	pdu_len = GET_BE32(dx, p + 4);
	rtr_indent(dx, 8);
	dx_printf(dx, "RPKI-RTRv%u, %s PDU (%u), length: %u", version,
		  tok2str(dx, rtr_pdu_names, "Unknown", type), type, pdu_len);
	DX_LAYER(dx, p, pdu_len >= RTR_HDRLEN && pdu_len <= len ? pdu_len : len, "RPKI-Router %s PDU",
		 tok2str(dx, rtr_pdu_names, "Unknown", type));
	DX_FIELD(dx, p, 1, "Version: %u", version);
	DX_FIELD(dx, p + 1, 1, "PDU type: %s (%u)", tok2str(dx, rtr_pdu_names, "Unknown", type), type);
	DX_FIELD(dx, p + 4, 4, "Length: %u", pdu_len);
	if (pdu_len < RTR_HDRLEN || pdu_len > len)
		goto invalid_layer;

	switch (type) {
	case RTR_SERIAL_NOTIFY:
	case RTR_SERIAL_QUERY:
	case RTR_END_OF_DATA:
		if (pdu_len != RTR_HDRLEN + 4)
			goto invalid_layer;
		rtr_indent(dx, indent + 2);
		dx_printf(dx, "Session ID: 0x%04x, Serial: %u", GET_BE16(dx, p + 2),
			  GET_BE32(dx, p + 8));
		DX_FIELD(dx, p + 2, 2, "Session ID: 0x%04x", GET_BE16(dx, p + 2));
		DX_FIELD(dx, p + 8, 4, "Serial: %u", GET_BE32(dx, p + 8));
		break;
	case RTR_RESET_QUERY:
	case RTR_CACHE_RESET:
		if (pdu_len != RTR_HDRLEN)
			goto invalid_layer;
		break;
	case RTR_CACHE_RESPONSE:
		if (pdu_len != RTR_HDRLEN)
			goto invalid_layer;
		rtr_indent(dx, indent + 2);
		dx_printf(dx, "Session ID: 0x%04x", GET_BE16(dx, p + 2));
		DX_FIELD(dx, p + 2, 2, "Session ID: 0x%04x", GET_BE16(dx, p + 2));
		break;
	case RTR_IPV4_PREFIX:
	case RTR_IPV6_PREFIX: {
		unsigned alen = type == RTR_IPV4_PREFIX ? 4 : 16;
		const char *addr;

		if (pdu_len != RTR_HDRLEN + 4 + alen + 4)
			goto invalid_layer;
		addr = alen == 4 ? GET_IPADDR_STRING(dx, p + 12) : GET_IP6ADDR_STRING(dx, p + 12);
		rtr_indent(dx, indent + 2);
		dx_printf(dx, "IPv%c Prefix %s/%u-%u, origin-as %u, flags 0x%02x",
			  alen == 4 ? '4' : '6', addr, GET_U8(dx, p + 9), GET_U8(dx, p + 10),
			  GET_BE32(dx, p + 12 + alen), GET_U8(dx, p + 8));
		DX_FIELD(dx, p + 8, 1, "Flags: 0x%02x", GET_U8(dx, p + 8));
		DX_FIELD(dx, p + 9, 1, "Prefix length: %u", GET_U8(dx, p + 9));
		DX_FIELD(dx, p + 10, 1, "Max length: %u", GET_U8(dx, p + 10));
		DX_FIELD(dx, p + 12, alen, "Prefix: %s", addr);
		DX_FIELD(dx, p + 12 + alen, 4, "Origin AS: %u", GET_BE32(dx, p + 12 + alen));
		break;
	}
	case RTR_ERROR_REPORT: {
		unsigned tlen = RTR_HDRLEN, encap_len, text_len, code;

		if (pdu_len < tlen + 4)
			goto invalid_layer;
		DX_TCHECK(dx, p, tlen + 4);
		encap_len = GET_BE32(dx, p + tlen);
		tlen += 4;
		code = GET_BE16(dx, p + 2);
		rtr_indent(dx, indent + 2);
		dx_printf(dx, "Error code: %s (%u), Encapsulated PDU length: %u",
			  tok2str(dx, rtr_error_codes, "Unknown", code), code, encap_len);
		DX_FIELD(dx, p + 2, 2, "Error code: %s (%u)",
			 tok2str(dx, rtr_error_codes, "Unknown", code), code);
		DX_FIELD(dx, p + 8, 4, "Encapsulated PDU length: %u", encap_len);
		if (encap_len) {
			/* unsigned sums that may wrap, as tcpdump's */
			if (pdu_len < tlen + encap_len)
				goto invalid_layer;
			if (!nested) {
				DX_TCHECK(dx, p, tlen + encap_len);
			} else {
				rtr_indent(dx, indent + 4);
				dx_puts(dx, "-----encapsulated PDU-----");
				rtr_pdu_print(dx, p + tlen, encap_len, 0, indent + 2);
			}
			tlen += encap_len;
		}
		if (pdu_len < tlen + 4)
			goto invalid_layer;
		DX_TCHECK(dx, p, tlen + 4);
		text_len = GET_BE32(dx, p + tlen);
		DX_FIELD(dx, p + tlen, 4, "Error text length: %u", text_len);
		tlen += 4;
		if (text_len) {
			if (pdu_len < tlen + text_len)
				goto invalid_layer;
			rtr_indent(dx, indent + 2);
			dx_puts(dx, "Error text: ");
			DX_FIELD_IN(dx, p + tlen, text_len, dx->snapend, "Error text");
			if (dx_printn(dx, p + tlen, text_len))
				dx_trunc(dx);	/* nd_printn reads with GET_U_1 */
		}
		break;
	}
	default:
		DX_TCHECK(dx, p, pdu_len);
		hexdump = 1;
		break;
	}
	if (dx->opts->verbose > 1 || (dx->opts->verbose && hexdump))
		ip_print_unknown_data(dx, p, "\n\t  ", pdu_len);
	DX_LAYER_END(dx);
	return pdu_len;

invalid_layer:
	DX_LAYER_END(dx);
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, p, len);
	return len;
}

void rpki_rtr_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "rpki_rtr");
	if (!dx->opts->verbose) {
		dx_puts(dx, ", RPKI-RTR");
		DX_FIELD(dx, p, len, "RPKI-Router protocol (%u bytes)", len);
		return;
	}
	while (len) {
		unsigned used = rtr_pdu_print(dx, p, len, 1, 8);

		len -= used;
		p += used;
	}
}
