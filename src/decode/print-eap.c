// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.1X EAPOL frames (EtherType 0x888e) and the EAP
 * packets they carry. Text as tcpdump 4.99 print-eap.c.
 *
 * Spec: IEEE 802.1X-2010 clause 11 (EAPOL: version (1), type (1),
 * length (2)), RFC 3748 (EAP: code (1), id (1), length (2), type (1)),
 * RFC 5216 (EAP-TLS flags), RFC 4186/4187 (SIM/AKA subtypes).
 */
#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define EAP_REQUEST 1
#define EAP_RESPONSE 2

static const struct tok eap_frame_type_values[] = {
	{ 0, "EAP packet" },
	{ 1, "EAPOL start" },
	{ 2, "EAPOL logoff" },
	{ 3, "EAPOL key" },
	{ 4, "Encapsulated ASF alert" },
	{ 0, NULL }
};

static const struct tok eap_code_values[] = {
	{ 1, "Request" },
	{ 2, "Response" },
	{ 3, "Success" },
	{ 4, "Failure" },
	{ 0, NULL }
};

static const struct tok eap_type_values[] = {
	{ 0, "No proposed" },
	{ 1, "Identity" },
	{ 2, "Notification" },
	{ 3, "Nak" },
	{ 4, "MD5-challenge" },
	{ 5, "OTP" },
	{ 6, "GTC" },
	{ 13, "TLS" },
	{ 18, "SIM" },
	{ 21, "TTLS" },
	{ 23, "AKA" },
	{ 43, "FAST" },
	{ 254, "Expanded types" },
	{ 255, "Experimental" },
	{ 0, NULL }
};

static const struct tok eap_tls_flags_values[] = {
	{ 1 << 7, "L bit" },
	{ 1 << 6, "More fragments bit" },
	{ 1 << 5, "Start bit" },
	{ 0, NULL }
};

static const struct tok eap_aka_subtype_values[] = {
	{ 1, "Challenge" },
	{ 2, "Auth reject" },
	{ 4, "Sync failure" },
	{ 5, "Identity" },
	{ 10, "Start" },
	{ 11, "Challenge" },
	{ 12, "Notification" },
	{ 13, "Reauth" },
	{ 14, "Client error" },
	{ 0, NULL }
};

/* TLS, TTLS and FAST share the flags octet and the optional length */
static void tls_flags_print(struct dx *dx, const uint8_t *cp, unsigned len, const char *what)
{
	unsigned flags = GET_U8(dx, cp + 5);

	dx_printf(dx, " flags [%s] 0x%02x", bittok2str(dx, eap_tls_flags_values, "none", flags), flags);
	if (flags & 0x80) {
		if (len < 10) {
			dx_printf(dx, " (too short for EAP %s request/response with length)", what);
			return;
		}
		dx_printf(dx, ", len %u", GET_BE32(dx, cp + 6));
	}
}

void eap_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	unsigned type, subtype, len, count;
	const char *sep;

	type = GET_U8(dx, cp);
	len = GET_BE16(dx, cp + 2);
	if (len != length) {
		dx_puts(dx, "EAP fragment?");
		return;
	}
	dx_printf(dx, "%s (%u), id %u, len %u", tok2str(dx, eap_code_values, "unknown", type), type,
		  GET_U8(dx, cp + 1), len);
	if (len < 4) {
		dx_puts(dx, " (too short for EAP header)");
		return;
	}
	/* print-eap.c checks locally: " [|eap]" and no longjmp */
	if (!DX_TTEST(dx, cp, len)) {
		dx_print_trunc(dx);
		return;
	}
	if (type != EAP_REQUEST && type != EAP_RESPONSE)
		return;
	if (len < 5) {
		dx_puts(dx, " (too short for EAP request/response)");
		return;
	}
	subtype = GET_U8(dx, cp + 4);
	dx_printf(dx, "\n\t\t Type %s (%u)", tok2str(dx, eap_type_values, "unknown", subtype), subtype);
	switch (subtype) {
	case 1:
		if (len > 5) {
			dx_puts(dx, ", Identity: ");
			dx_printjnp(dx, cp + 5, len - 5);
		}
		break;
	case 2:
		if (len < 6) {
			dx_puts(dx, " (too short for EAP Notification request/response)");
			return;
		}
		dx_puts(dx, ", Notification: ");
		dx_printjnp(dx, cp + 5, len - 5);
		break;
	case 3:
		if (len < 6) {
			dx_puts(dx, " (too short for EAP Legacy NAK request/response)");
			return;
		}
		sep = "";
		for (count = 5; count < len; count++) {
			unsigned t = GET_U8(dx, cp + count);

			dx_printf(dx, "%s %s (%u)", sep, tok2str(dx, eap_type_values, "unknown", t), t);
			sep = ",";
		}
		break;
	case 21:
	case 13:
		if (len < 6) {
			dx_puts(dx, " (too short for EAP TLS/TTLS request/response)");
			return;
		}
		if (subtype == 21)
			dx_printf(dx, " TTLSv%u", GET_U8(dx, cp + 5) & 0x07);
		tls_flags_print(dx, cp, len, "TLS/TTLS");
		break;
	case 43:
		if (len < 6) {
			dx_puts(dx, " (too short for EAP FAST request/response)");
			return;
		}
		dx_printf(dx, " FASTv%u", GET_U8(dx, cp + 5) & 0x07);
		tls_flags_print(dx, cp, len, "FAST");
		break;
	case 23:
	case 18:
		if (len < 6) {
			dx_puts(dx, " (too short for EAP SIM/AKA request/response)");
			return;
		}
		dx_printf(dx, " subtype [%s] 0x%02x",
			  tok2str(dx, eap_aka_subtype_values, "unknown", GET_U8(dx, cp + 5)),
			  GET_U8(dx, cp + 5));
		break;
	default:
		break;
	}
}

void eapol_print(struct dx *dx, const uint8_t *cp)
{
	unsigned type, len;

	dx_proto(dx, "eap");
	if (!DX_TTEST(dx, cp, 4)) {
		dx_print_trunc(dx);
		return;
	}
	type = cp[1];
	len = (unsigned)(cp[2] << 8 | cp[3]);
	if (dx->tree) {
		DX_LAYER(dx, cp, 4, "802.1X Authentication");
		DX_FIELD(dx, cp, 1, "Version: %u", cp[0]);
		DX_FIELD(dx, cp + 1, 1, "Type: %s (%u)", tok2str(dx, eap_frame_type_values, "unknown", type),
			 type);
		DX_FIELD(dx, cp + 2, 2, "Length: %u", len);
		DX_LAYER_END(dx);
	}
	dx_printf(dx, "%s (%u) v%u, len %u", tok2str(dx, eap_frame_type_values, "unknown", type), type,
		  cp[0], len);
	if (dx->opts->verbose < 1)
		return;
	if (type == 0) {
		if (len == 0) {
			dx_print_trunc(dx);
			return;
		}
		dx_puts(dx, ", ");
		eap_print(dx, cp + 4, len);
	}
}
