// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Babel routing protocol (UDP ports 6696 and 6697). Text as
 * tcpdump 4.99.3 print-babel.c.
 *
 * RFC 8966 (Babel, formerly RFC 6126), RFC 7298 and RFC 8967 (HMAC/MAC),
 * RFC 7557 (extension sub-TLVs), draft-ietf-babel-source-specific.
 *
 * Header (4 bytes): magic 42 (1), version 2 (1), body length (2); then
 * the body's TLVs and an optional trailer of TLVs after it. A TLV is type
 * (1), length (1), body, except Pad1 (type 0, one byte). The TLV names
 * only without -v, one line each from -v.
 */
#include <string.h>

#include "dx.h"
#include "print.h"

enum {
	BT_PAD1 = 0, BT_PADN = 1, BT_ACK_REQ = 2, BT_ACK = 3, BT_HELLO = 4, BT_IHU = 5,
	BT_ROUTER_ID = 6, BT_NH = 7, BT_UPDATE = 8, BT_ROUTE_REQUEST = 9,
	BT_SEQNO_REQUEST = 10, BT_TSPC = 11, BT_HMAC = 12, BT_SS_UPDATE = 13,
	BT_SS_REQUEST = 14, BT_SS_MH_REQUEST = 15, BT_MAC = 16, BT_PC = 17,
	BT_CHALLENGE_REQUEST = 18, BT_CHALLENGE_REPLY = 19,
};

/* the name of each TLV type in the one-line form */
static const struct tok babel_short_names[] = {
	{ BT_PADN, "padN" },
	{ BT_ACK_REQ, "ack-req" },
	{ BT_ACK, "ack" },
	{ BT_HELLO, "hello" },
	{ BT_IHU, "ihu" },
	{ BT_ROUTER_ID, "router-id" },
	{ BT_NH, "nh" },
	{ BT_UPDATE, "update" },
	{ BT_ROUTE_REQUEST, "route-request" },
	{ BT_SEQNO_REQUEST, "seqno-request" },
	{ BT_TSPC, "tspc" },
	{ BT_HMAC, "hmac" },
	{ BT_SS_UPDATE, "ss-update" },
	{ BT_SS_REQUEST, "ss-request" },
	{ BT_SS_MH_REQUEST, "ss-mh-request" },
	{ BT_MAC, "mac" },
	{ BT_PC, "pc" },
	{ BT_CHALLENGE_REQUEST, "challenge_request" },
	{ BT_CHALLENGE_REPLY, "challenge_reply" },
	{ 0, NULL }
};

static const struct tok diversity_channels[] = {
	{ 0, "reserved" },
	{ 255, "all" },
	{ 0, NULL }
};

static const uint8_t v4mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

/* what a TLV walk ended with */
#define BABEL_OK 0
#define BABEL_TRUNC (-1)
#define BABEL_INVALID (-2)

static void put_id(struct dx *dx, const uint8_t *id)
{
	unsigned i;

	for (i = 0; i < 8; i++)
		dx_printf(dx, "%s%02x", i ? ":" : "", GET_U8(dx, id + i));
}

/* a 16-byte address that is not packet memory: IPv4-mapped as IPv4 */
static void put_address(struct dx *dx, const uint8_t *a)
{
	char b[64];

	if (memcmp(a, v4mapped, 12) == 0) {
		dx_puts(dx, dx_ip4_name(dx, a + 12));
		return;
	}
	dx_fmt_ip6(b, sizeof(b), a);
	dx_puts(dx, b);
}

static void put_prefix(struct dx *dx, const uint8_t *a, unsigned plen)
{
	char b[64];

	if (plen >= 96 && memcmp(a, v4mapped, 12) == 0) {
		dx_printf(dx, "%s/%u", dx_ip4_name(dx, a + 12), plen - 96);
		return;
	}
	dx_fmt_ip6(b, sizeof(b), a);
	dx_printf(dx, "%s/%u", b, plen);
}

/* centiseconds */
static void put_interval(struct dx *dx, unsigned i)
{
	if (i == 0)
		dx_puts(dx, "0.0s (bogus)");
	else
		dx_printf(dx, "%u.%02us", i / 100, i % 100);
}

static void put_interval_update(struct dx *dx, unsigned i)
{
	if (i == 0xffff)
		dx_puts(dx, "infinity");
	else
		put_interval(dx, i);
}

/* microseconds */
static void put_timestamp(struct dx *dx, uint32_t t)
{
	dx_printf(dx, "%u.%06us", t / 1000000, t % 1000000);
}

/*
 * A prefix of address encoding ae and plen bits (plen < 0: a whole
 * address), its first omitted bytes taken from dp (the previous update's
 * prefix), the rest from p (len bytes there). The 16-byte form into out;
 * the bytes taken from p, or -1 when the encoding is bad.
 */
static int network_prefix(struct dx *dx, unsigned ae, int plen, unsigned omitted,
			  const uint8_t *p, const uint8_t *dp, unsigned len, uint8_t *out)
{
	uint8_t prefix[16] = { 0 };
	unsigned pb;
	int consumed = 0;

	if (plen >= 0)
		pb = ((unsigned)plen + 7) / 8;
	else
		pb = ae == 1 ? 4 : 16;
	if (pb > 16)
		return -1;
	switch (ae) {
	case 0:
		break;
	case 1:
		if (omitted > 4 || pb > 4 || (pb > omitted && len < pb - omitted))
			return -1;
		memcpy(prefix, v4mapped, 12);
		if (omitted) {
			if (!dp)
				return -1;
			memcpy(prefix, dp, 12 + omitted);
		}
		if (pb > omitted) {
			GET_CPY_BYTES(dx, prefix + 12 + omitted, p, pb - omitted);
			consumed = (int)(pb - omitted);
		}
		break;
	case 2:
		if (omitted > 16 || (pb > omitted && len < pb - omitted))
			return -1;
		if (omitted) {
			if (!dp)
				return -1;
			memcpy(prefix, dp, omitted);
		}
		if (pb > omitted) {
			GET_CPY_BYTES(dx, prefix + omitted, p, pb - omitted);
			consumed = (int)(pb - omitted);
		}
		break;
	case 3:
		if (pb > 8 && len < pb - 8)
			return -1;
		prefix[0] = 0xfe;
		prefix[1] = 0x80;
		if (pb > 8) {
			GET_CPY_BYTES(dx, prefix + 8, p, pb - 8);
			consumed = (int)(pb - 8);
		}
		break;
	default:
		return -1;
	}
	memcpy(out, prefix, 16);
	return consumed;
}

static int network_address(struct dx *dx, unsigned ae, const uint8_t *a, unsigned len,
			   uint8_t *out)
{
	return network_prefix(dx, ae, -1, 0, a, NULL, len, out);
}

/* RFC 7557 sub-TLVs in [cp, ep) of a TLV of type tlv */
static void subtlvs_print(struct dx *dx, const uint8_t *cp, const uint8_t *ep, unsigned tlv)
{
	unsigned type, len;
	const char *sep;

	while (cp < ep) {
		type = GET_U8(dx, cp);
		cp++;
		if (type == 0) {
			dx_puts(dx, " sub-pad1");
			continue;
		}
		if (type & 0x80)
			dx_puts(dx, " (M)");
		if (cp == ep)
			goto invalid;
		len = GET_U8(dx, cp);
		cp++;
		if (len > (size_t)(ep - cp))
			goto invalid;
		switch (type) {
		case 1:
			dx_puts(dx, " sub-padn");
			cp += len;
			break;
		case 2:
			dx_puts(dx, " sub-diversity");
			if (len == 0) {
				dx_puts(dx, " empty");
				break;
			}
			sep = " ";
			for (; len; len--, cp++) {
				dx_printf(dx, "%s%s", sep,
					  tok2str(dx, diversity_channels, "%u", GET_U8(dx, cp)));
				sep = "-";
			}
			if (tlv != BT_UPDATE && tlv != BT_SS_UPDATE)
				dx_puts(dx, " (bogus)");
			break;
		case 3:
			dx_puts(dx, " sub-timestamp");
			if (tlv == BT_HELLO) {
				if (len < 4)
					goto invalid;
				dx_putc(dx, ' ');
				put_timestamp(dx, GET_BE32(dx, cp));
			} else if (tlv == BT_IHU) {
				if (len < 8)
					goto invalid;
				dx_putc(dx, ' ');
				put_timestamp(dx, GET_BE32(dx, cp));
				dx_putc(dx, '|');
				put_timestamp(dx, GET_BE32(dx, cp + 4));
			} else {
				dx_puts(dx, " (bogus)");
			}
			cp += len;
			break;
		default:
			dx_printf(dx, " sub-unknown-0x%02x", type);
			cp += len;
			break;
		}
	}
	return;
invalid:
	dx_print_invalid(dx);
}

/* the update flags: /prefix, /id, /unknown */
static void put_update_flags(struct dx *dx, unsigned flags)
{
	dx_printf(dx, "%s%s%s", flags & 0x80 ? "/prefix" : "", flags & 0x40 ? "/id" : "",
		  flags & 0x3f ? "/unknown" : "");
}

struct babel_walk {
	uint8_t v4_prefix[16];	/* the last update prefixes, for omitted bytes */
	uint8_t v6_prefix[16];
};

/* one TLV's text from -v (m: its type byte, len: its body length) */
static int tlv_verbose(struct dx *dx, struct babel_walk *w, const uint8_t *m, unsigned type,
		       unsigned len)
{
	uint8_t prefix[16], src[16];
	unsigned ae, plen, src_plen;
	int rc, parsed;

	switch (type) {
	case BT_PADN:
		dx_printf(dx, "\n\tPad %u", len + 2);
		break;
	case BT_ACK_REQ:
		dx_puts(dx, "\n\tAcknowledgment Request ");
		if (len < 6)
			return BABEL_INVALID;
		dx_printf(dx, "%04x ", GET_BE16(dx, m + 4));
		put_interval(dx, GET_BE16(dx, m + 6));
		break;
	case BT_ACK:
		dx_puts(dx, "\n\tAcknowledgment ");
		if (len < 2)
			return BABEL_INVALID;
		dx_printf(dx, "%04x", GET_BE16(dx, m + 2));
		break;
	case BT_HELLO:
		dx_puts(dx, "\n\tHello ");
		if (len < 6)
			return BABEL_INVALID;
		if (GET_BE16(dx, m + 2) & 0x8000)
			dx_puts(dx, "(Unicast) ");
		dx_printf(dx, "seqno %u ", GET_BE16(dx, m + 4));
		if (GET_BE16(dx, m + 6)) {
			dx_puts(dx, "interval ");
			put_interval(dx, GET_BE16(dx, m + 6));
		} else {
			dx_puts(dx, "unscheduled");
		}
		if (len > 6)
			subtlvs_print(dx, m + 8, m + 2 + len, type);
		break;
	case BT_IHU:
		dx_puts(dx, "\n\tIHU ");
		if (len < 6)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		rc = network_address(dx, ae, m + 8, len - 6, prefix);
		if (rc < 0) {
			dx_print_trunc(dx);
			break;
		}
		if (ae == 0)
			dx_puts(dx, "any");
		else
			put_address(dx, prefix);
		dx_printf(dx, " rxcost %u interval ", GET_BE16(dx, m + 4));
		put_interval(dx, GET_BE16(dx, m + 6));
		if ((unsigned)rc < len - 6)
			subtlvs_print(dx, m + 8 + rc, m + 2 + len, type);
		break;
	case BT_ROUTER_ID:
		dx_puts(dx, "\n\tRouter Id");
		if (len < 10)
			return BABEL_INVALID;
		dx_putc(dx, ' ');
		put_id(dx, m + 4);
		break;
	case BT_NH:
		dx_puts(dx, "\n\tNext Hop");
		if (len < 2)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		if (network_address(dx, ae, m + 4, len - 2, prefix) < 0)
			return BABEL_INVALID;
		dx_putc(dx, ' ');
		if (ae == 0)
			dx_puts(dx, "invalid AE 0");
		else
			put_address(dx, prefix);
		break;
	case BT_UPDATE:
		dx_puts(dx, "\n\tUpdate");
		if (len < 10)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		plen = GET_U8(dx, m + 4) + (ae == 1 ? 96u : 0u);
		rc = network_prefix(dx, ae, GET_U8(dx, m + 4), GET_U8(dx, m + 5), m + 12,
				    ae == 1 ? w->v4_prefix : w->v6_prefix, len - 10, prefix);
		if (rc < 0)
			return BABEL_INVALID;
		put_update_flags(dx, GET_U8(dx, m + 3));
		dx_putc(dx, ' ');
		if (ae == 0)
			dx_puts(dx, "any");
		else
			put_prefix(dx, prefix, plen & 0xff);
		dx_printf(dx, " metric %u seqno %u interval ", GET_BE16(dx, m + 10),
			  GET_BE16(dx, m + 8));
		put_interval_update(dx, GET_BE16(dx, m + 6));
		if (GET_U8(dx, m + 3) & 0x80)
			memcpy(ae == 1 ? w->v4_prefix : w->v6_prefix, prefix, 16);
		if ((unsigned)rc < len - 10)
			subtlvs_print(dx, m + 12 + rc, m + 2 + len, type);
		break;
	case BT_ROUTE_REQUEST:
		dx_puts(dx, "\n\tRoute Request ");
		if (len < 2)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		plen = GET_U8(dx, m + 3) + (ae == 1 ? 96u : 0u);
		if (network_prefix(dx, ae, GET_U8(dx, m + 3), 0, m + 4, NULL, len - 2, prefix) < 0)
			return BABEL_INVALID;
		dx_puts(dx, "for ");
		if (ae == 0)
			dx_puts(dx, "any");
		else
			put_prefix(dx, prefix, plen & 0xff);
		break;
	case BT_SEQNO_REQUEST:
		dx_puts(dx, "\n\tSeqno Request ");
		if (len < 14)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		if (network_prefix(dx, ae, GET_U8(dx, m + 3), 0, m + 16, NULL, len - 14, prefix) < 0)
			return BABEL_INVALID;
		plen = GET_U8(dx, m + 3) + (ae == 1 ? 96u : 0u);
		dx_printf(dx, "(%u hops) for ", GET_U8(dx, m + 6));
		if (ae == 0)
			dx_puts(dx, "invalid AE 0");
		else
			put_prefix(dx, prefix, plen & 0xff);
		dx_printf(dx, " seqno %u id ", GET_BE16(dx, m + 4));
		put_id(dx, m + 8);
		break;
	case BT_TSPC:
		dx_puts(dx, "\n\tTS/PC ");
		if (len < 6)
			return BABEL_INVALID;
		dx_printf(dx, "timestamp %u packetcounter %u", GET_BE32(dx, m + 4),
			  GET_BE16(dx, m + 2));
		break;
	case BT_HMAC:
		dx_puts(dx, "\n\tHMAC ");
		if (len < 18)
			return BABEL_INVALID;
		dx_printf(dx, "key-id %u digest-%u ", GET_BE16(dx, m + 2), len - 2);
		for (rc = 0; rc < (int)len - 2; rc++)
			dx_printf(dx, "%02X", GET_U8(dx, m + 4 + rc));
		break;
	case BT_SS_UPDATE:
		dx_puts(dx, "\n\tSS-Update");
		if (len < 10)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		src_plen = GET_U8(dx, m + 3);
		plen = GET_U8(dx, m + 4);
		parsed = 10;
		rc = network_prefix(dx, ae, (int)plen, GET_U8(dx, m + 5), m + 2 + parsed,
				    ae == 1 ? w->v4_prefix : w->v6_prefix, len - (unsigned)parsed, prefix);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			plen += 96;
		parsed += rc;
		rc = network_prefix(dx, ae, (int)src_plen, 0, m + 2 + parsed, NULL,
				    len - (unsigned)parsed, src);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			src_plen += 96;
		parsed += rc;
		dx_putc(dx, ' ');
		put_prefix(dx, prefix, plen & 0xff);
		dx_puts(dx, " from ");
		put_prefix(dx, src, src_plen & 0xff);
		dx_printf(dx, " metric %u seqno %u interval ", GET_BE16(dx, m + 10),
			  GET_BE16(dx, m + 8));
		put_interval_update(dx, GET_BE16(dx, m + 6));
		if ((unsigned)parsed < len)
			subtlvs_print(dx, m + 2 + parsed, m + 2 + len, type);
		break;
	case BT_SS_REQUEST:
		dx_puts(dx, "\n\tSS-Request ");
		if (len < 3)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		plen = GET_U8(dx, m + 3);
		src_plen = GET_U8(dx, m + 4);
		parsed = 3;
		rc = network_prefix(dx, ae, (int)plen, 0, m + 2 + parsed, NULL, len - (unsigned)parsed,
				    prefix);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			plen += 96;
		parsed += rc;
		rc = network_prefix(dx, ae, (int)src_plen, 0, m + 2 + parsed, NULL,
				    len - (unsigned)parsed, src);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			src_plen += 96;
		if (ae == 0) {
			dx_puts(dx, "for any");
		} else {
			dx_puts(dx, "for (");
			put_prefix(dx, prefix, plen & 0xff);
			dx_puts(dx, ", ");
			put_prefix(dx, src, src_plen & 0xff);
			dx_putc(dx, ')');
		}
		break;
	case BT_SS_MH_REQUEST:
		dx_puts(dx, "\n\tSS-MH-Request ");
		if (len < 14)
			return BABEL_INVALID;
		ae = GET_U8(dx, m + 2);
		plen = GET_U8(dx, m + 3);
		src_plen = GET_U8(dx, m + 7);
		parsed = 14;
		rc = network_prefix(dx, ae, (int)plen, 0, m + 2 + parsed, NULL, len - (unsigned)parsed,
				    prefix);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			plen += 96;
		parsed += rc;
		rc = network_prefix(dx, ae, (int)src_plen, 0, m + 2 + parsed, NULL,
				    len - (unsigned)parsed, src);
		if (rc < 0)
			return BABEL_INVALID;
		if (ae == 1)
			src_plen += 96;
		dx_printf(dx, "(%u hops) for (", GET_U8(dx, m + 6));
		put_prefix(dx, prefix, plen & 0xff);
		dx_puts(dx, ", ");
		put_prefix(dx, src, src_plen & 0xff);
		dx_printf(dx, ") seqno %u id ", GET_BE16(dx, m + 4));
		put_id(dx, m + 8);
		break;
	case BT_MAC:
		dx_printf(dx, "\n\tMAC len %u", len);
		break;
	case BT_PC:
		dx_puts(dx, "\n\tPC");
		if (len < 4)
			return BABEL_INVALID;
		dx_printf(dx, " value %u index len %u", GET_BE32(dx, m + 2), len - 4);
		break;
	case BT_CHALLENGE_REQUEST:
	case BT_CHALLENGE_REPLY:
		dx_puts(dx, type == BT_CHALLENGE_REQUEST ? "\n\tChallenge Request" :
			"\n\tChallenge Reply");
		if (len > 192)
			return BABEL_INVALID;
		dx_printf(dx, " len %u", len);
		break;
	default:
		dx_printf(dx, "\n\tUnknown message type %u", type);
		break;
	}
	return BABEL_OK;
}

/* one TLV without -v */
static int tlv_brief(struct dx *dx, const uint8_t *m, unsigned type, unsigned len)
{
	const char *name = tok2str_or_null(babel_short_names, type);

	dx_printf(dx, " %s", name ? name : "unknown");
	if (type == BT_UPDATE) {
		if (len < 10)
			return BABEL_INVALID;
		put_update_flags(dx, GET_U8(dx, m + 3));
	}
	return BABEL_OK;
}

/* the TLVs of [cp, cp + tlvs_len), remain bytes of the packet from cp */
static int babel_tlvs(struct dx *dx, struct babel_walk *w, const uint8_t *cp, unsigned tlvs_len,
		      unsigned remain)
{
	unsigned i = 0;

	while (i < tlvs_len) {
		const uint8_t *m = cp + i;
		unsigned type, len;
		int r;

		if (i + 1 > tlvs_len || i + 1 > remain)
			return BABEL_INVALID;
		type = GET_U8(dx, m);
		if (type == BT_PAD1) {
			dx_puts(dx, dx->opts->verbose ? "\n\tPad 1" : " pad1");
			DX_FIELD(dx, m, 1, "Pad1");
			i++;
			continue;
		}
		if (i + 2 > tlvs_len || i + 2 > remain)
			return BABEL_INVALID;
		if (!DX_TTEST(dx, m, 2))
			return BABEL_TRUNC;
		len = GET_U8(dx, m + 1);
		if (i + 2 + len > tlvs_len || i + 2 + len > remain)
			return BABEL_INVALID;
		if (!DX_TTEST(dx, m, 2 + len))
			return BABEL_TRUNC;
		DX_FIELD(dx, m, 2 + len, "TLV: %s (%u), length %u",
			 tok2str(dx, babel_short_names, "unknown", type), type, len);
		if (dx->opts->verbose)
			r = tlv_verbose(dx, w, m, type, len);
		else
			r = tlv_brief(dx, m, type, len);
		if (r)
			return r;
		i += len + 2;
	}
	return BABEL_OK;
}

void babel_print(struct dx *dx, const uint8_t *cp, unsigned length)
{
	struct babel_walk w;
	unsigned bodylen;
	int r;

	dx_proto(dx, "babel");
	dx_puts(dx, "babel");
	if (!DX_TTEST(dx, cp, 4)) {
		dx_print_trunc(dx);
		return;
	}
	if (cp[0] != 42) {
		dx_puts(dx, " invalid header");
		return;
	}
	dx_printf(dx, " %u", cp[1]);
	if (cp[1] != 2) {
		dx_puts(dx, " unknown version");
		return;
	}
	if (length < 4) {
		dx_print_invalid(dx);
		return;
	}
	bodylen = GET_BE16(dx, cp + 2);
	DX_LAYER(dx, cp, length, "Babel Routing Protocol, version 2");
	DX_FIELD(dx, cp, 1, "Magic: 42");
	DX_FIELD(dx, cp + 1, 1, "Version: 2");
	DX_FIELD(dx, cp + 2, 2, "Body length: %u", bodylen);
	dx_printf(dx, " (%u)", bodylen);
	length -= 4;
	cp += 4;
	memcpy(w.v4_prefix, v4mapped, 12);
	memset(w.v4_prefix + 12, 0, 4);
	memset(w.v6_prefix, 0, 16);
	if (length < bodylen) {
		r = BABEL_INVALID;
		goto out;
	}
	r = babel_tlvs(dx, &w, cp, bodylen, length);
	if (r)
		goto out;
	length -= bodylen;
	cp += bodylen;
	if (length) {
		dx_puts(dx, dx->opts->verbose ? "\n\t----" : " |");
		DX_SUBTREE(dx, cp, length, "Packet trailer");
		r = babel_tlvs(dx, &w, cp, length, length);
		DX_LAYER_END(dx);
	}
out:
	if (r == BABEL_TRUNC)
		dx_print_trunc(dx);
	else if (r == BABEL_INVALID)
		dx_print_invalid(dx);
	DX_LAYER_END(dx);
}
