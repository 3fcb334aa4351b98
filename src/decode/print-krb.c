// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Kerberos (UDP ports 88 and 750): version 4 requests and
 * replies, the version of others. Text as tcpdump 4.99.3 print-krb.c.
 *
 * Kerberos IV: version (1), message type (1; the low bit set for
 * little-endian), then by type: a principal as three NUL-terminated
 * strings (name, instance, realm), and for a KDC request the time (4),
 * lifetime (1, in 5 minute units), service name and instance; for an
 * application request the key version (1), realm, ticket and
 * authenticator lengths (1 each); for a KDC reply the time, count,
 * expiry and key version (10) and the cipher length (2); for an error
 * the time (4), error code (4) and text. Version 5 (ASN.1, first byte
 * 106 or 107) is only named.
 */
#include "dx.h"
#include "print.h"

#define KRB_KDC_REQUEST (1 << 1)
#define KRB_KDC_REPLY (2 << 1)
#define KRB_APPL_REQUEST (3 << 1)
#define KRB_ERR_REPLY (5 << 1)

static const struct tok krb4_types[] = {
	{ 1 << 1, "KDC_REQUEST" },
	{ 2 << 1, "KDC_REPLY" },
	{ 3 << 1, "APPL_REQUEST" },
	{ 4 << 1, "APPL_REQUEST_MUTUAL" },
	{ 5 << 1, "ERR_REPLY" },
	{ 6 << 1, "PRIVATE" },
	{ 7 << 1, "SAFE" },
	{ 8 << 1, "APPL_ERR" },
	{ 63 << 1, "DIE" },
	{ 0, NULL }
};

static const struct tok krb4_errors[] = {
	{ 0, "OK" },
	{ 1, "NAME_EXP" },
	{ 2, "SERVICE_EXP" },
	{ 3, "AUTH_EXP" },
	{ 4, "PKT_VER" },
	{ 5, "NAME_MAST_KEY_VER" },
	{ 6, "SERV_MAST_KEY_VER" },
	{ 7, "BYTE_ORDER" },
	{ 8, "PRINCIPAL_UNKNOWN" },
	{ 9, "PRINCIPAL_NOT_UNIQUE" },
	{ 10, "NULL_KEY" },
	{ 0, NULL }
};

/* a NUL-terminated string up to the end of the capture: the byte after
 * its NUL, or NULL when the capture ends first */
static const uint8_t *krb_string(struct dx *dx, const uint8_t *s)
{
	while (s < dx->snapend) {
		uint8_t c = GET_U8(dx, s);

		s++;
		if (c == '\0')
			return s;
		dx_print_char(dx, c);
	}
	return NULL;
}

/* name.instance@realm after the two header bytes */
static const uint8_t *krb4_principal(struct dx *dx, const uint8_t *cp)
{
	const uint8_t *start = cp + 2;

	cp = krb_string(dx, start);
	if (cp) {
		dx_putc(dx, '.');
		cp = krb_string(dx, cp);
	}
	if (cp) {
		dx_putc(dx, '@');
		cp = krb_string(dx, cp);
	}
	DX_FIELD_IN(dx, start, cp ? (size_t)(cp - start) : DX_BYTES_AVAIL(dx, start), dx->snapend,
		    "Principal");
	return cp;
}

static unsigned krb_u16(struct dx *dx, const uint8_t *p, int le)
{
	return le ? GET_LE16(dx, p) : GET_BE16(dx, p);
}

static void krb4_print(struct dx *dx, const uint8_t *cp)
{
	const uint8_t *kp = cp;
	unsigned type = GET_U8(dx, kp + 1) & 0xfe;
	int le = GET_U8(dx, kp + 1) & 1;

	dx_printf(dx, " %s %s: ", le ? "le" : "be", tok2str(dx, krb4_types, NULL, type));
	DX_FIELD(dx, kp + 1, 1, "Message type: %s, %s-endian", tok2str(dx, krb4_types, NULL, type),
		 le ? "little" : "big");
	switch (type) {
	case KRB_KDC_REQUEST:
		cp = krb4_principal(dx, cp);
		if (!cp)
			break;
		cp += 4;	/* time */
		dx_printf(dx, " %umin ", GET_U8(dx, cp) * 5);
		DX_FIELD(dx, cp, 1, "Lifetime: %u min", GET_U8(dx, cp) * 5);
		cp = krb_string(dx, cp + 1);
		if (cp) {
			dx_putc(dx, '.');
			cp = krb_string(dx, cp);
		}
		break;
	case KRB_APPL_REQUEST:
		cp += 2;
		dx_printf(dx, "v%u ", GET_U8(dx, cp));
		cp = krb_string(dx, cp + 1);
		if (!cp)
			break;
		dx_printf(dx, " (%u)", GET_U8(dx, cp));
		dx_printf(dx, " (%u)", GET_U8(dx, cp + 1));
		return;
	case KRB_KDC_REPLY:
		cp = krb4_principal(dx, cp);
		if (!cp)
			break;
		cp += 10;	/* time, count, expiry, key version */
		dx_printf(dx, " (%u)", krb_u16(dx, cp, le));
		return;
	case KRB_ERR_REPLY:
		cp = krb4_principal(dx, cp);
		if (!cp)
			break;
		cp += 4;	/* time */
		dx_printf(dx, " %s ", tok2str(dx, krb4_errors, NULL, krb_u16(dx, cp, le)));
		cp = krb_string(dx, cp + 4);
		break;
	default:
		dx_puts(dx, "(unknown)");
		return;
	}
	if (!cp)
		dx_print_trunc(dx);
}

void krb_print(struct dx *dx, const uint8_t *dat)
{
	unsigned v;

	dx_proto(dx, "krb");
	if (dat >= dx->snapend) {
		dx_print_trunc(dx);
		return;
	}
	v = GET_U8(dx, dat);
	DX_LAYER(dx, dat, DX_BYTES_AVAIL(dx, dat), "Kerberos, version %u", v);
	DX_FIELD(dx, dat, 1, "Version: %u", v);
	if (v >= 1 && v <= 4) {
		dx_printf(dx, " v%u", v);
		if (v == 4)
			krb4_print(dx, dat);
	} else if (v == 106 || v == 107) {
		dx_puts(dx, " v5");
	}
	DX_LAYER_END(dx);
}
