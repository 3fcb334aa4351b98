// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco Dynamic Trunking Protocol (SNAP 00:00:0c, PID 0x2004).
 * Text as tcpdump 4.99.3 print-dtp.c.
 *
 * No public specification. A version byte, then TLVs of type (2) and
 * length (2, the whole TLV): domain name, status, DTP type, neighbor MAC.
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define DTP_TLV_HDR_LEN 4u

enum { DTP_DOMAIN = 1, DTP_STATUS, DTP_TYPE, DTP_NEIGHBOR };

static const struct tok dtp_tlvs[] = {
	{ DTP_DOMAIN, "Domain" },
	{ DTP_STATUS, "Status" },
	{ DTP_TYPE, "DTP type" },
	{ DTP_NEIGHBOR, "Neighbor" },
	{ 0, NULL }
};

/* the value of one TLV (len counts its header); 0 when len does not fit */
static int dtp_tlv_print(struct dx *dx, unsigned type, const uint8_t *tptr, unsigned len)
{
	switch (type) {
	case DTP_DOMAIN:
		dx_puts(dx, ", ");
		dx_printjnp(dx, tptr + DTP_TLV_HDR_LEN, len - DTP_TLV_HDR_LEN);
		return 1;
	case DTP_STATUS:
	case DTP_TYPE:
		if (len != 5)
			return 0;
		dx_printf(dx, ", 0x%x", GET_U8(dx, tptr + DTP_TLV_HDR_LEN));
		return 1;
	case DTP_NEIGHBOR:
		if (len != 10)
			return 0;
		dx_puts(dx, ", ");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, tptr + DTP_TLV_HDR_LEN));
		return 1;
	default:
		DX_TCHECK(dx, tptr, len);
		return 1;
	}
}

void dtp_print(struct dx *dx, const uint8_t *tptr, unsigned length)
{
	unsigned type, len;
	const char *name;
	size_t mark;
	int tlen;

	dx_proto(dx, "dtp");
	if (length < 1) {
		dx_puts(dx, "[zero packet length]");
		dx_print_invalid(dx);
		return;
	}
	dx_printf(dx, "DTPv%u, length %u", GET_U8(dx, tptr), length);
	DX_LAYER(dx, tptr, length, "Dynamic Trunking Protocol, version %u", GET_U8(dx, tptr));
	DX_FIELD(dx, tptr, 1, "Version: %u", GET_U8(dx, tptr));
	if (!dx->opts->verbose)
		goto done;
	tptr++;
	length--;
	while (length) {
		if (length < DTP_TLV_HDR_LEN) {
			dx_printf(dx, "[%u bytes remaining]", length);
			goto invalid;
		}
		type = GET_BE16(dx, tptr);
		len = GET_BE16(dx, tptr + 2);
		/* seen in captures: a zero type ends the list */
		if (type == 0)
			goto done;
		name = tok2str(dx, dtp_tlvs, "Unknown", type);
		dx_printf(dx, "\n\t%s (0x%04x) TLV, length %u", name, type, len);
		if (len < DTP_TLV_HDR_LEN || len > length) {
			dx_printf(dx, "[invalid TLV length %u]", len);
			goto invalid;
		}
		mark = dx->out->len;
		if (!dtp_tlv_print(dx, type, tptr, len))
			goto invalid;
		if (dx->tree) {
			const char *v = dx_text_since(dx, mark, &tlen);

			DX_FIELD(dx, tptr, len, "%s (0x%04x), length %u%.*s", name, type, len, tlen, v);
		}
		tptr += len;
		length -= len;
	}
	goto done;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, tptr, length);
done:
	DX_LAYER_END(dx);
}
