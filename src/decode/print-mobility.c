// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPv6 mobility header printer
 * RFC 6275 (Mobility Support in IPv6)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define IP6M_MINLEN 8
#define IP6M_MAX 7

static const struct tok ip6m_str[] = {
	{ 0, "BRR" },
	{ 1, "HoTI" },
	{ 2, "CoTI" },
	{ 3, "HoT" },
	{ 4, "CoT" },
	{ 5, "BU" },
	{ 6, "BA" },
	{ 7, "BE" },
	{ 0, NULL }
};

/* minimum message length by type */
static const unsigned ip6m_hdrlen[IP6M_MAX + 1] = { 8, 16, 16, 24, 24, 12, 12, 24 };

static const struct tok ip6m_binding_update_bits[] = {
	{ 0x08, "A" },
	{ 0x04, "H" },
	{ 0x02, "L" },
	{ 0x01, "K" },
	{ 0, NULL }
};

/* mobility options; 1 when truncated */
static int mobility_opt_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned i, optlen;

	for (i = 0; i < len; i += optlen) {
		unsigned t = GET_U8(dx, bp + i);

		if (t == 0) {
			optlen = 1;
		} else {
			if (i + 1 < len)
				optlen = GET_U8(dx, bp + i + 1) + 2u;
			else
				return 1;
		}
		if (i + optlen > len)
			return 1;
		if (!DX_TTEST(dx, bp + i + optlen, 1))
			return 1;
		switch (t) {
		case 0:
			dx_puts(dx, "(pad1)");
			break;
		case 1:
			if (len - i < 2) {
				dx_puts(dx, "(padn: trunc)");
				return 1;
			}
			dx_puts(dx, "(padn)");
			break;
		case 2:
			if (len - i < 4) {
				dx_puts(dx, "(refresh: trunc)");
				return 1;
			}
			dx_printf(dx, "(refresh: %u)", GET_BE16(dx, bp + i + 2) << 2);
			break;
		case 3:
			if (len - i < 18) {
				dx_puts(dx, "(altcoa: trunc)");
				return 1;
			}
			dx_printf(dx, "(alt-CoA: %s)", GET_IP6ADDR_STRING(dx, bp + i + 2));
			break;
		case 4:
			if (len - i < 6) {
				dx_puts(dx, "(ni: trunc)");
				return 1;
			}
			dx_printf(dx, "(ni: ho=0x%04x co=0x%04x)", GET_BE16(dx, bp + i + 2),
				  GET_BE16(dx, bp + i + 4));
			break;
		case 5:
			if (len - i < 12) {
				dx_puts(dx, "(auth: trunc)");
				return 1;
			}
			dx_puts(dx, "(auth)");
			break;
		default:
			if (len - i < 2) {
				dx_printf(dx, "(sopt_type %u: trunc)", t);
				return 1;
			}
			dx_printf(dx, "(type-0x%02x: len=%u)", t, GET_U8(dx, bp + i + 1));
			break;
		}
	}
	return 0;
}

static void cookie(struct dx *dx, const char *who, const char *what, const uint8_t *p)
{
	uint32_t a = GET_BE32(dx, p), b = GET_BE32(dx, p + 4);

	dx_printf(dx, " %s %s=%08x:%08x", who, what, a, b);
}

int mobility_print(struct dx *dx, const uint8_t *bp)
{
	unsigned mhlen, hlen, type;

	dx_proto(dx, "mobility");
	if (!DX_TTEST(dx, bp + 1, 1))
		goto trunc;
	mhlen = (bp[1] + 1u) << 3;
	type = GET_U8(dx, bp + 2);
	DX_LAYER(dx, bp, mhlen, "IPv6 Mobility Header, Type: %s",
		 tok2str(dx, ip6m_str, "type-#%u", type));
	if (dx->tree && DX_TTEST(dx, bp, 6)) {
		DX_FIELD(dx, bp, 1, "Payload protocol: %u", bp[0]);
		DX_FIELD(dx, bp + 1, 1, "Header length: %u (%u bytes)", bp[1], mhlen);
		DX_FIELD(dx, bp + 2, 1, "Type: %s (%u)", tok2str(dx, ip6m_str, "type-#%u", type),
			 type);
		DX_FIELD(dx, bp + 4, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 4));
		if ((type == 3 || type == 4) && DX_TTEST(dx, bp + 6, 2))
			DX_FIELD(dx, bp + 6, 2, "Nonce index: %u", GET_BE16(dx, bp + 6));
		else if (type == 5 && DX_TTEST(dx, bp + 6, 2))
			DX_FIELD(dx, bp + 6, 2, "Sequence: %u", GET_BE16(dx, bp + 6));
		else if ((type == 6 || type == 7) && DX_TTEST(dx, bp + 6, 1))
			DX_FIELD(dx, bp + 6, 1, "Status: %u", bp[6]);
	}
	DX_LAYER_END(dx);
	if (type <= IP6M_MAX && mhlen < ip6m_hdrlen[type]) {
		dx_printf(dx, "(header length %u is too small for type %u)", mhlen, type);
		goto trunc;
	}
	dx_printf(dx, "mobility: %s", tok2str(dx, ip6m_str, "type-#%u", type));
	switch (type) {
	case 0:
		hlen = IP6M_MINLEN;
		break;
	case 1:
	case 2:
		hlen = IP6M_MINLEN;
		if (dx->opts->verbose)
			cookie(dx, type == 1 ? "Home" : "Care-of", "Init Cookie", bp + hlen);
		hlen += 8;
		break;
	case 3:
	case 4:
		dx_printf(dx, " nonce id=0x%x", GET_BE16(dx, bp + 6));
		hlen = IP6M_MINLEN;
		if (dx->opts->verbose)
			cookie(dx, type == 3 ? "Home" : "Care-of", "Init Cookie", bp + hlen);
		hlen += 8;
		if (dx->opts->verbose)
			cookie(dx, type == 3 ? "Home" : "Care-of", "Keygen Token", bp + hlen);
		hlen += 8;
		break;
	case 5: {
		unsigned bits;

		dx_printf(dx, " seq#=%u", GET_BE16(dx, bp + 6));
		hlen = IP6M_MINLEN;
		if (!DX_TTEST(dx, bp + hlen, 2))
			goto trunc;
		bits = (bp[hlen] & 0xf0) >> 4;
		if (bits) {
			dx_putc(dx, ' ');
			dx_puts(dx,
				bittok2str_nosep(dx, ip6m_binding_update_bits, "bits-#0x%x", bits));
		}
		hlen += 2;
		dx_printf(dx, " lifetime=%u", GET_BE16(dx, bp + hlen) << 2);
		hlen += 2;
		break;
	}
	case 6:
		dx_printf(dx, " status=%u", GET_U8(dx, bp + 6));
		if (GET_U8(dx, bp + 7) & 0x80)
			dx_puts(dx, " K");
		hlen = IP6M_MINLEN;
		dx_printf(dx, " seq#=%u", GET_BE16(dx, bp + hlen));
		hlen += 2;
		dx_printf(dx, " lifetime=%u", GET_BE16(dx, bp + hlen) << 2);
		hlen += 2;
		break;
	case 7:
		dx_printf(dx, " status=%u", GET_U8(dx, bp + 6));
		hlen = IP6M_MINLEN;
		dx_printf(dx, " homeaddr %s", GET_IP6ADDR_STRING(dx, bp + hlen));
		hlen += 16;
		break;
	default:
		dx_printf(dx, " len=%u", GET_U8(dx, bp + 1));
		return (int)mhlen;
	}
	if (dx->opts->verbose && mobility_opt_print(dx, bp + hlen, mhlen - hlen))
		goto trunc;
	return (int)mhlen;
trunc:
	dx_print_trunc(dx);
	return -1;
}
