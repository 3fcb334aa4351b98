// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Optimized Link State Routing (UDP port 698), over IPv4 and
 * IPv6. Text as tcpdump 4.99.3 print-olsr.c.
 *
 * RFC 3626, with olsr.org's LQ extensions (Hello-LQ 201, TC-LQ 202), the
 * name service plugin (130) and the smart-gateway HNA entry.
 *
 * Packet header (4): length (2), sequence (2); then messages: type (1),
 * vtime (1, mantissa/exponent), length (2, header included), originator
 * (4 or 16), TTL (1), hop count (1), message sequence (2), body.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define OLSR_COMMON_LEN 4u
#define OLSR_HELLO_LEN 4u	/* reserved (2), htime (1), willingness (1) */
#define OLSR_LINK_LEN 4u	/* link code (1), reserved (1), length (2) */
#define OLSR_TC_LEN 4u		/* ANSN (2), reserved (2) */

enum {
	OLSR_HELLO = 1,
	OLSR_TC = 2,
	OLSR_MID = 3,
	OLSR_HNA = 4,
	OLSR_POWERINFO = 128,
	OLSR_NAMESERVICE = 130,
	OLSR_HELLO_LQ = 201,
	OLSR_TC_LQ = 202,
};

static const struct tok olsr_msg_names[] = {
	{ OLSR_HELLO, "Hello" },
	{ OLSR_TC, "TC" },
	{ OLSR_MID, "MID" },
	{ OLSR_HNA, "HNA" },
	{ OLSR_POWERINFO, "Powerinfo" },
	{ OLSR_NAMESERVICE, "Nameservice" },
	{ OLSR_HELLO_LQ, "Hello-LQ" },
	{ OLSR_TC_LQ, "TC-LQ" },
	{ 0, NULL }
};

static const struct tok olsr_link_types[] = {
	{ 0, "Unspecified" },
	{ 1, "Asymmetric" },
	{ 2, "Symmetric" },
	{ 3, "Lost" },
	{ 0, NULL }
};

static const struct tok olsr_neighbor_types[] = {
	{ 0, "Not-Neighbor" },
	{ 1, "Symmetric" },
	{ 2, "Symmetric-MPR" },
	{ 0, NULL }
};

/* smart-gateway flags, in the second byte of the HNA "mask" */
#define SGW_LINKSPEED 0x01
#define SGW_IPV4 0x02
#define SGW_IPV4_NAT 0x04
#define SGW_IPV6 0x08
#define SGW_IPV6PREFIX 0x10
#define SGW_MAX_SPEED 320000000u

/* an olsr.org speed byte: mantissa (5 bits) + 1, times 10^exponent (3 bits) */
static uint32_t sgw_speed(unsigned v)
{
	uint32_t speed;
	unsigned e;

	if (v == 0)
		return 0;
	if (v == 0xff)
		return SGW_MAX_SPEED;
	speed = (v >> 3) + 1;
	for (e = v & 7; e; e--)
		speed *= 10;
	return speed;
}

/* RFC 3626 section 18.3: C * (1 + a/16) * 2^b seconds, C = 1/16 */
static double olsr_vtime(unsigned me)
{
	return 0.0625 * (1 + (double)(me >> 4) / 16) * (double)(1u << (me & 0x0f));
}

struct olsr_ctx {
	unsigned alen;		/* 4 or 16 */
};

static const char *olsr_addr(struct dx *dx, const struct olsr_ctx *c, const uint8_t *p)
{
	return c->alen == 16 ? GET_IP6ADDR_STRING(dx, p) : GET_IPADDR_STRING(dx, p);
}

/* LQ neighbors: address, link quality (1), neighbor link quality (1),
 * reserved (2). The parts below return -1 where tcpdump's goto trunc is
 * (" [|olsr]" and the end of the packet, without a longjmp). */
static int olsr_lq_neighbors(struct dx *dx, const struct olsr_ctx *c, const uint8_t *p,
			      unsigned len)
{
	unsigned step = c->alen + 4;

	for (; len >= step; p += step, len -= step) {
		const char *a;
		double lq, nlq;

		if (!DX_TTEST(dx, p, step))
			return -1;
		a = olsr_addr(dx, c, p);
		lq = (double)GET_U8(dx, p + c->alen) / 2.55;
		nlq = (double)GET_U8(dx, p + c->alen + 1) / 2.55;
		dx_printf(dx, "\n\t      neighbor %s, link-quality %.2f%%, neighbor-link-quality %.2f%%",
			  a, lq, nlq);
		DX_FIELD(dx, p, step, "Neighbor: %s, link quality %.2f%%, neighbor link quality %.2f%%",
			 a, lq, nlq);
	}
	return 0;
}

/* plain neighbors: IPv4 addresses (tcpdump reads them as IPv4 over IPv6 too) */
static void olsr_neighbors(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_puts(dx, "\n\t      neighbor\n\t\t");
	for (; len >= 4; p += 4, len -= 4) {
		const char *a = GET_IPADDR_STRING(dx, p);

		dx_puts(dx, a);
		dx_putc(dx, ' ');
		DX_FIELD(dx, p, 4, "Neighbor: %s", a);
	}
}

static int olsr_hello(struct dx *dx, const struct olsr_ctx *c, unsigned type, const uint8_t *p,
		       unsigned tlen)
{
	if (tlen < OLSR_HELLO_LEN || !DX_TTEST(dx, p, OLSR_HELLO_LEN))
		return -1;
	dx_printf(dx, "\n\t  hello-time %.3fs, MPR willingness %u", olsr_vtime(GET_U8(dx, p + 2)),
		  GET_U8(dx, p + 3));
	DX_FIELD(dx, p + 2, 1, "Hello emission interval: %.3fs", olsr_vtime(GET_U8(dx, p + 2)));
	DX_FIELD(dx, p + 3, 1, "Willingness: %u", GET_U8(dx, p + 3));
	p += OLSR_HELLO_LEN;
	tlen -= OLSR_HELLO_LEN;

	while (tlen >= OLSR_LINK_LEN) {
		unsigned code, hlen;
		int valid;

		if (!DX_TTEST(dx, p, OLSR_LINK_LEN))
			return -1;
		code = GET_U8(dx, p);
		hlen = GET_BE16(dx, p + 2);
		valid = hlen <= tlen && hlen >= OLSR_LINK_LEN;
		dx_printf(dx, "\n\t    link-type %s, neighbor-type %s, len %u%s",
			  tok2str(dx, olsr_link_types, "Unknown", code & 3),
			  tok2str(dx, olsr_neighbor_types, "Unknown", code >> 2), hlen,
			  valid ? "" : " (invalid)");
		DX_SUBTREE(dx, p, valid ? hlen : OLSR_LINK_LEN,
			   "Link: type %s, neighbor type %s, length %u%s",
			   tok2str(dx, olsr_link_types, "Unknown", code & 3),
			   tok2str(dx, olsr_neighbor_types, "Unknown", code >> 2), hlen,
			   valid ? "" : " (invalid)");
		if (!valid) {
			DX_LAYER_END(dx);
			break;
		}
		p += OLSR_LINK_LEN;
		tlen -= OLSR_LINK_LEN;
		hlen -= OLSR_LINK_LEN;
		if (!DX_TTEST(dx, p, hlen) ||
		    (type != OLSR_HELLO && olsr_lq_neighbors(dx, c, p, hlen) < 0)) {
			DX_LAYER_END(dx);
			return -1;
		}
		if (type == OLSR_HELLO)
			olsr_neighbors(dx, p, hlen);
		DX_LAYER_END(dx);
		p += hlen;
		tlen -= hlen;
	}
	return 0;
}

static int olsr_hna(struct dx *dx, const struct olsr_ctx *c, const uint8_t *p, unsigned tlen)
{
	unsigned step = 2 * c->alen, col = 0, i = 0;

	dx_printf(dx, "\n\t  Advertised networks (total %u)", tlen / step);
	for (; tlen >= step; p += step, tlen -= step, i++) {
		const uint8_t *m = p + c->alen;

		if (!DX_TTEST(dx, p, step))
			return -1;
		if (c->alen == 16) {
			const char *a = GET_IP6ADDR_STRING(dx, p);
			unsigned plen = dx_mask62plen(m);

			/* tcpdump numbers every entry #0 */
			dx_printf(dx, "\n\t    #0: %s/%u", a, plen);
			DX_FIELD(dx, p, step, "Network #%u: %s/%u", i, a, plen);
			continue;
		}
		dx_puts(dx, col == 0 ? "\n\t    " : ", ");
		if (!p[0] && !p[1] && !p[2] && !p[3] && !m[0] && m[1]) {
			unsigned f = m[1];
			uint32_t up = 0, down = 0;

			if (f & SGW_LINKSPEED) {
				up = sgw_speed(m[2]);
				down = sgw_speed(m[3]);
			}
			dx_printf(dx, "Smart-Gateway:%s%s%s%s%s %u/%u",
				  (f & SGW_LINKSPEED) ? " LINKSPEED" : "",
				  (f & SGW_IPV4) ? " IPV4" : "", (f & SGW_IPV4_NAT) ? " IPV4-NAT" : "",
				  (f & SGW_IPV6) ? " IPV6" : "",
				  (f & SGW_IPV6PREFIX) ? " IPv6-PREFIX" : "", up, down);
			DX_FIELD(dx, p, step, "Smart gateway: flags 0x%02x, uplink %u, downlink %u", f,
				 up, down);
		} else {
			const char *a = GET_IPADDR_STRING(dx, p);
			unsigned plen = (unsigned)dx_mask2plen(GET_BE32(dx, m));

			dx_printf(dx, "%s/%u", a, plen);
			DX_FIELD(dx, p, step, "Network: %s/%u", a, plen);
		}
		col = (col + 1) % 4;
	}
	return 0;
}

static int olsr_nameservice(struct dx *dx, const struct olsr_ctx *c, const uint8_t *p,
			     unsigned tlen)
{
	unsigned n, i;
	int valid;

	if (tlen < 4)
		return -1;
	n = GET_BE16(dx, p + 2);
	valid = n > 0 && n * (4 + c->alen) <= tlen;
	dx_printf(dx, "\n\t  Version %u, Entries %u%s", GET_BE16(dx, p), n,
		  valid ? "" : " (invalid)");
	DX_FIELD(dx, p, 4, "Version %u, entries %u%s", GET_BE16(dx, p), n, valid ? "" : " (invalid)");
	if (!valid)
		return 0;
	p += 4;
	tlen -= 4;
	for (i = 0; i < n && tlen >= 4; i++) {
		unsigned etype = GET_BE16(dx, p), elen = GET_BE16(dx, p + 2), pad, total;

		p += 4;
		tlen -= 4;
		valid = elen > 0 && c->alen + elen <= tlen;
		dx_printf(dx, "\n\t    #%u: type %#06x, length %u%s", i, etype, elen,
			  valid ? "" : " (invalid)");
		if (!valid)
			break;
		pad = elen % 4 ? 4 - elen % 4 : 0;
		total = c->alen + elen + pad;
		if (tlen < total || !DX_TTEST(dx, p, total))
			return -1;
		dx_printf(dx, ", address %s, name \"", olsr_addr(dx, c, p));
		DX_FIELD(dx, p - 4, 4 + total, "Entry #%u: type %#06x, address %s", i, etype,
			 olsr_addr(dx, c, p));
		dx_printn(dx, p + c->alen, elen);
		dx_putc(dx, '"');
		p += total;
		tlen -= total;
	}
	return 0;
}

void olsr_print(struct dx *dx, const uint8_t *pptr, unsigned length, int is_ipv6)
{
	struct olsr_ctx c = { .alen = is_ipv6 ? 16 : 4 };
	const uint8_t *tp = pptr;
	unsigned hdr = 8 + c.alen;	/* message header */

	dx_proto(dx, "olsr");
	ip_print_protocol_caps(dx);
	dx_printf(dx, "v%u", is_ipv6 ? 6 : 4);
	if (length < OLSR_COMMON_LEN || !DX_TTEST(dx, tp, OLSR_COMMON_LEN)) {
		dx_print_trunc(dx);
		return;
	}
	if (GET_BE16(dx, tp) < length)
		length = GET_BE16(dx, tp);
	dx_printf(dx, ", seq 0x%04x, length %u", GET_BE16(dx, tp + 2), length);
	/* the header itself even when its length field says less */
	DX_LAYER(dx, pptr, length < OLSR_COMMON_LEN ? OLSR_COMMON_LEN : length,
		 "Optimized Link State Routing Protocol, IPv%u", is_ipv6 ? 6 : 4);
	DX_FIELD(dx, tp, 2, "Packet length: %u", GET_BE16(dx, tp));
	DX_FIELD(dx, tp + 2, 2, "Packet sequence number: 0x%04x", GET_BE16(dx, tp + 2));
	tp += OLSR_COMMON_LEN;
	if (dx->opts->verbose < 1) {
		DX_LAYER_END(dx);
		return;
	}

	while (tp < pptr + length) {
		unsigned type, mlen, tlen, ttl, hops;
		const uint8_t *data;
		const char *orig;
		int valid, r = 0;

		if (!DX_TTEST(dx, tp, hdr)) {
			DX_LAYER_END(dx);
			dx_print_trunc(dx);
			return;
		}
		type = GET_U8(dx, tp);
		mlen = GET_BE16(dx, tp + 2);
		valid = mlen >= hdr && mlen <= length;
		/* a zero type or length would not move on */
		if (type == 0 || mlen == 0)
			break;
		orig = olsr_addr(dx, &c, tp + 4);
		ttl = GET_U8(dx, tp + 4 + c.alen);
		hops = GET_U8(dx, tp + 5 + c.alen);
		dx_printf(dx, "\n\t%s Message (%#04x), originator %s, ttl %u, hop %u"
			  "\n\t  vtime %.3fs, msg-seq 0x%04x, length %u%s",
			  tok2str(dx, olsr_msg_names, "Unknown", type), type, orig, ttl, hops,
			  olsr_vtime(GET_U8(dx, tp + 1)), GET_BE16(dx, tp + 6 + c.alen), mlen,
			  valid ? "" : " (invalid)");
		DX_SUBTREE(dx, tp, valid ? mlen : hdr, "%s message, originator %s%s",
			   tok2str(dx, olsr_msg_names, "Unknown", type), orig,
			   valid ? "" : " (invalid length)");
		DX_FIELD(dx, tp, 1, "Message type: %s (%u)",
			 tok2str(dx, olsr_msg_names, "Unknown", type), type);
		DX_FIELD(dx, tp + 1, 1, "Validity time: %.3fs", olsr_vtime(GET_U8(dx, tp + 1)));
		DX_FIELD(dx, tp + 2, 2, "Message size: %u", mlen);
		DX_FIELD(dx, tp + 4, c.alen, "Originator: %s", orig);
		DX_FIELD(dx, tp + 4 + c.alen, 1, "TTL: %u", ttl);
		DX_FIELD(dx, tp + 5 + c.alen, 1, "Hop count: %u", hops);
		DX_FIELD(dx, tp + 6 + c.alen, 2, "Message sequence number: 0x%04x",
			 GET_BE16(dx, tp + 6 + c.alen));
		if (!valid) {
			DX_LAYER_END(dx);
			break;
		}
		tlen = mlen - hdr;
		data = tp + hdr;

		switch (type) {
		case OLSR_HELLO:
		case OLSR_HELLO_LQ:
			r = olsr_hello(dx, &c, type, data, tlen);
			break;
		case OLSR_TC:
		case OLSR_TC_LQ:
			if (tlen < OLSR_TC_LEN || !DX_TTEST(dx, data, OLSR_TC_LEN)) {
				r = -1;
				break;
			}
			dx_printf(dx, "\n\t    advertised neighbor seq 0x%04x", GET_BE16(dx, data));
			DX_FIELD(dx, data, 2, "Advertised neighbor sequence number: 0x%04x",
				 GET_BE16(dx, data));
			if (type == OLSR_TC)
				olsr_neighbors(dx, data + OLSR_TC_LEN, tlen - OLSR_TC_LEN);
			else
				r = olsr_lq_neighbors(dx, &c, data + OLSR_TC_LEN, tlen - OLSR_TC_LEN);
			break;
		case OLSR_MID:
			for (; tlen >= c.alen; data += c.alen, tlen -= c.alen) {
				if (!DX_TTEST(dx, data, c.alen)) {
					r = -1;
					break;
				}
				orig = olsr_addr(dx, &c, data);
				dx_printf(dx, "\n\t  interface address %s", orig);
				DX_FIELD(dx, data, c.alen, "Interface address: %s", orig);
			}
			break;
		case OLSR_HNA:
			r = olsr_hna(dx, &c, data, tlen);
			break;
		case OLSR_NAMESERVICE:
			r = olsr_nameservice(dx, &c, data, tlen);
			break;
		default:
			ip_print_unknown_data(dx, data, "\n\t    ", tlen);
			DX_FIELD_IN(dx, data, tlen, dx->snapend, "Data (%u bytes)", tlen);
			break;
		}
		DX_LAYER_END(dx);
		if (r < 0) {
			DX_LAYER_END(dx);
			dx_print_trunc(dx);
			return;
		}
		tp += mlen;
	}
	DX_LAYER_END(dx);
}
