// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: DECnet Phase IV (EtherType 0x6003): the routing layer's data
 * and control messages and the NSP messages inside data messages. Text as
 * tcpdump 4.99.3 print-decnet.c.
 *
 * A frame starts with a 2-byte little-endian length, then the routing
 * flags byte; with the pad bit set its low 7 bits count pad bytes (from
 * the flags byte on) before the real flags. Control messages (flags bit 0)
 * are init, verification, test, level 1/2 routing and router/endnode
 * hello; data messages have a short (6 bytes) or long (21 bytes) header
 * followed by NSP: flags, destination and source link addresses, then by
 * type the ack/sequence words, link service, connect or disconnect fields.
 * All multi-byte fields are little-endian; a node address is area (6 bits)
 * and node (10 bits), printed area.node.
 */
#include <stdio.h>

#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define DN_SHORTHDR	6
#define DN_LONGHDR	21

#define RMF_PAD		0x80
#define RMF_FVER	0x40
#define RMF_IE		0x20
#define RMF_RTS		0x10
#define RMF_RQR		0x08
#define RMF_CTLMSG	0x01

#define SGQ_ACK		0x8000
#define SGQ_NAK		0x9000
#define SGQ_OACK	0xa000
#define SGQ_ONAK	0xb000
#define SGQ_MASK	0x0fff

#define NSP_HDR		5

static const struct tok dn_reason_values[] = {
	{ 0, "object rejected connect" },
	{ 1, "insufficient resources" },
	{ 2, "unrecognized node name" },
	{ 3, "node is shutting down" },
	{ 4, "unrecognized object" },
	{ 5, "invalid object name format" },
	{ 6, "object too busy" },
	{ 7, "protocol error discovered" },
	{ 8, "third party abort" },
	{ 9, "user abort" },
	{ 10, "invalid node name format" },
	{ 11, "local node shutting down" },
	{ 32, "insufficient local resources" },
	{ 33, "insufficient remote user resources" },
	{ 34, "invalid access control information" },
	{ 36, "bad ACCOUNT information" },
	{ 38, "no response from object" },
	{ 39, "node unreachable" },
	{ 41, "no link terminate" },
	{ 42, "disconnect complete" },
	{ 43, "bad image data in connect" },
	{ 54, "cryptographic service mismatch" },
	{ 0, NULL }
};

static const char *const dn_ntype_names[4] = { "reserved-ntype? ", "l2rout ", "l1rout ", "endnode " };
static const char *const dn_cos_names[4] = { "", "seg ", "msg ", "" };
static const char *const dn_coi_names[4] = { "ver 3.2 ", "ver 3.1 ", "ver 4.0 ", "ver 4.1 " };

/* the end of the DECnet frame, for the tree's fields */
struct dn_ctx {
	struct dx *dx;
	const uint8_t *end;
};

static const char *dn_addr(struct dx *dx, unsigned a)
{
	char *s = dx_namebuf(dx);

	snprintf(s, DX_NAMEBUF_LEN, "%u.%u", (a >> 10) & 0x3f, a & 0x3ff);
	return s;
}

/* a little-endian node address at p, as a field and a string */
static const char *dn_addr_at(struct dn_ctx *c, const uint8_t *p, const char *what)
{
	const char *s = dn_addr(c->dx, GET_LE16(c->dx, p));

	DX_FIELD_IN(c->dx, p, 2, c->end, "%s: %s", what, s);
	return s;
}

/* the node type and flags of an init (t) or hello (i) message */
static void dn_info_print(struct dx *dx, unsigned info, int hello)
{
	dx_puts(dx, dn_ntype_names[info & 3]);
	if (info & 0x04)
		dx_puts(dx, "verif ");
	if (hello && (info & 0x20))
		dx_puts(dx, "nomcast ");
	if (info & (hello ? 0x40 : 0x08))
		dx_puts(dx, "blo ");
}

/* level 1 (ids) or level 2 (areas) routing entries; the last word is a checksum */
static void dn_routes_print(struct dn_ctx *c, const uint8_t *rp, unsigned len, const char *what)
{
	struct dx *dx = c->dx;
	unsigned count, id, info;

	while (len > 6) {
		DX_TCHECK(dx, rp, 6);
		count = GET_LE16(dx, rp);
		if (count > 1024)
			return;
		id = GET_LE16(dx, rp + 2);
		info = GET_LE16(dx, rp + 4);
		DX_FIELD_IN(dx, rp, 6, c->end, "Route: %s %u-%u, cost %u, hops %u", what, id, id + count,
			    info & 0x1ff, (info >> 10) & 0x1f);
		dx_printf(dx, "{%s %u-%u cost %u hops %u} ", what, id, id + count, info & 0x1ff, (info >> 10) & 0x1f);
		rp += 6;
		len -= 6;
	}
}

/* the default dump of a message this printer does not decode */
static void dn_dump(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen)
{
	default_dump(dx, p, length < caplen ? length : caplen, 1);
}

/* control message at p (the flags byte); 0 when invalid */
static int dn_ctlmsg(struct dn_ctx *c, const uint8_t *p, unsigned length, unsigned caplen)
{
	struct dx *dx = c->dx;
	unsigned flags = GET_U8(dx, p), info;
	const char *src;

	switch (flags & 0x0f) {
	case 0x01:
		dx_puts(dx, "init ");
		if (length < 12)
			return 0;
		DX_TCHECK(dx, p, 12);
		src = dn_addr_at(c, p + 1, "Source");
		info = GET_U8(dx, p + 3);
		dn_info_print(dx, info, 0);
		DX_FIELD_IN(dx, p + 3, 9, c->end, "Info 0x%02x, block size %u, version %u.%u.%u, hello %u", info,
			    GET_LE16(dx, p + 4), GET_U8(dx, p + 6), GET_U8(dx, p + 7), GET_U8(dx, p + 8),
			    GET_LE16(dx, p + 9));
		dx_printf(dx, "src %sblksize %u vers %u eco %u ueco %u hello %u", src, GET_LE16(dx, p + 4),
			  GET_U8(dx, p + 6), GET_U8(dx, p + 7), GET_U8(dx, p + 8), GET_LE16(dx, p + 9));
		break;
	case 0x03:
	case 0x05:
		dx_puts(dx, (flags & 0x0f) == 0x03 ? "verification " : "test ");
		if (length < 4)
			return 0;
		src = dn_addr_at(c, p + 1, "Source");
		DX_FIELD_IN(dx, p + 3, 1, c->end, "%s: 0%o", (flags & 0x0f) == 0x03 ? "Function value" : "Data",
			    GET_U8(dx, p + 3));
		dx_printf(dx, "src %s %s %o", src, (flags & 0x0f) == 0x03 ? "fcnval" : "data", GET_U8(dx, p + 3));
		break;
	case 0x07:
	case 0x09:
		dx_puts(dx, (flags & 0x0f) == 0x07 ? "lev-1-routing " : "lev-2-routing ");
		if (length < 4)
			return 0;
		DX_TCHECK(dx, p, 4);
		dx_printf(dx, "src %s ", dn_addr_at(c, p + 1, "Source"));
		dn_routes_print(c, p + 4, length - 4, (flags & 0x0f) == 0x07 ? "ids" : "areas");
		break;
	case 0x0b:
		dx_puts(dx, "router-hello ");
		if (length < 18)
			return 0;
		DX_TCHECK(dx, p, 18);
		src = dn_addr_at(c, p + 8, "Source");
		info = GET_U8(dx, p + 10);
		dn_info_print(dx, info, 1);
		DX_FIELD_IN(dx, p + 10, 7, c->end, "Info 0x%02x, block size %u, priority %u, hello %u", info,
			    GET_LE16(dx, p + 11), GET_U8(dx, p + 13), GET_LE16(dx, p + 15));
		dx_printf(dx, "vers %u eco %u ueco %u src %s blksize %u pri %u hello %u", GET_U8(dx, p + 1),
			  GET_U8(dx, p + 2), GET_U8(dx, p + 3), src, GET_LE16(dx, p + 11), GET_U8(dx, p + 13),
			  GET_LE16(dx, p + 15));
		break;
	case 0x0d:
		dx_puts(dx, "endnode-hello ");
		if (length < 32)
			return 0;
		DX_TCHECK(dx, p, 32);
		src = dn_addr_at(c, p + 8, "Source");
		info = GET_U8(dx, p + 10);
		dn_info_print(dx, info, 1);
		DX_FIELD_IN(dx, p + 10, 3, c->end, "Info 0x%02x, block size %u", info, GET_LE16(dx, p + 11));
		dx_printf(dx, "vers %u eco %u ueco %u src %s blksize %u rtr %s hello %u data %o", GET_U8(dx, p + 1),
			  GET_U8(dx, p + 2), GET_U8(dx, p + 3), src, GET_LE16(dx, p + 11),
			  dn_addr_at(c, p + 26, "Designated router"), GET_LE16(dx, p + 28), GET_U8(dx, p + 31));
		break;
	default:
		dx_puts(dx, "unknown control message");
		dn_dump(dx, p, length, caplen);
		break;
	}
	return 1;
}

/*
 * The ack words from w: an acknowledgement, then (if that one is present)
 * the other channel's, printed with oth[0] (negative) or oth[1]; then, when
 * max is 3 and that one was present, the segment number word. room is the
 * number of words the NSP length leaves. The last word read goes to *last;
 * 0 when the length ends before a word that is needed.
 */
static int dn_acks(struct dn_ctx *c, const uint8_t *w, unsigned room, unsigned max, const char *const oth[2],
		   unsigned *last)
{
	struct dx *dx = c->dx;
	unsigned v = GET_LE16(dx, w);

	DX_FIELD_IN(dx, w, 2, c->end, "Word: 0x%04x", v);
	if (v & SGQ_ACK) {
		dx_printf(dx, "%s %u ", (v & SGQ_NAK) == SGQ_NAK ? "nak" : "ack", v & SGQ_MASK);
		if (room < 2)
			return 0;
		v = GET_LE16(dx, w + 2);
		DX_FIELD_IN(dx, w + 2, 2, c->end, "Word: 0x%04x", v);
		if (v & SGQ_OACK) {
			dx_printf(dx, "%s %u ", oth[(v & SGQ_ONAK) == SGQ_ONAK ? 0 : 1], v & SGQ_MASK);
			if (max > 2) {
				if (room < 3)
					return 0;
				v = GET_LE16(dx, w + 4);
				DX_FIELD_IN(dx, w + 4, 2, c->end, "Word: 0x%04x", v);
			}
		}
	}
	*last = v;
	return 1;
}

static const char *const dn_oth_data[2] = { "onak", "oack" };
static const char *const dn_oth_ls[2] = { "nakdat", "ackdat" };

/* connect initiate / confirm: services, version, segment size */
static void dn_conn_print(struct dn_ctx *c, const uint8_t *p)
{
	struct dx *dx = c->dx;
	unsigned services = GET_U8(dx, p + 5), info = GET_U8(dx, p + 6), segsize = GET_LE16(dx, p + 7);

	DX_FIELD_IN(dx, p + 5, 4, c->end, "Services 0x%02x, info 0x%02x, segment size %u", services, info, segsize);
	dx_puts(dx, dn_cos_names[(services >> 2) & 3]);
	dx_puts(dx, dn_coi_names[info & 3]);
	dx_printf(dx, "segsize %u ", segsize);
}

static void dn_reason_print(struct dn_ctx *c, const uint8_t *p)
{
	unsigned reason = GET_LE16(c->dx, p);

	DX_FIELD_IN(c->dx, p, 2, c->end, "Reason: %u", reason);
	dx_printf(c->dx, "%s ", tok2str(c->dx, dn_reason_values, "reason-%u", reason));
}

static void dn_optlen_print(struct dn_ctx *c, const uint8_t *p)
{
	unsigned optlen = GET_U8(c->dx, p);

	DX_FIELD_IN(c->dx, p, 1, c->end, "Optional data length: %u", optlen);
	if (optlen)
		dx_printf(c->dx, "optlen %u ", optlen);
}

static void dn_ls_print(struct dx *dx, unsigned lsflags, unsigned fcval)
{
	static const char *const mods[3] = { "", "donotsend-data ", "send-data " };

	switch (lsflags & 0x0c) {
	case 0x00:
		dx_printf(dx, "dat seg count %u ", fcval);
		if ((lsflags & 3) < 3)
			dx_puts(dx, mods[lsflags & 3]);
		else
			dx_printf(dx, "reserved-fcmod? %x", lsflags);
		break;
	case 0x04:
		dx_printf(dx, "intr req count %u ", fcval);
		break;
	default:
		dx_printf(dx, "reserved-fcval-int? %x", lsflags);
		break;
	}
}

/* NSP message at p; 0 when invalid */
static int dn_nsp(struct dn_ctx *c, const uint8_t *p, unsigned nsplen)
{
	struct dx *dx = c->dx;
	unsigned flags, dst, src, sub, last;

	if (nsplen < NSP_HDR) {
		dx_printf(dx, " (nsplen %u < %u)", nsplen, NSP_HDR);
		return 0;
	}
	flags = GET_U8(dx, p);
	dst = GET_LE16(dx, p + 1);
	src = GET_LE16(dx, p + 3);
	DX_FIELD_IN(dx, p, NSP_HDR, c->end, "NSP flags 0x%02x, link %u > %u", flags, src, dst);
	sub = flags & 0x70;
	switch (flags & 0x0c) {
	case 0x00:
		switch (sub) {
		case 0x00:
		case 0x20:
		case 0x40:
		case 0x60:
			dx_printf(dx, "data %u>%u ", src, dst);
			if (nsplen < 7 || !dn_acks(c, p + 5, (nsplen - 5) / 2, 3, dn_oth_data, &last))
				return 0;
			dx_printf(dx, "seg %u ", last & SGQ_MASK);
			break;
		case 0x30:
			dx_puts(dx, "intr ");
			if (nsplen < 7 || !dn_acks(c, p + 5, (nsplen - 5) / 2, 3, dn_oth_ls, &last))
				return 0;
			dx_printf(dx, "seg %u ", last & SGQ_MASK);
			break;
		case 0x10:
			dx_printf(dx, "link-service %u>%u ", src, dst);
			if (nsplen < 13)
				return 0;
			dn_acks(c, p + 5, 3, 3, dn_oth_ls, &last);
			dx_printf(dx, "seg %u ", last & SGQ_MASK);
			DX_FIELD_IN(dx, p + 11, 2, c->end, "Link service flags 0x%02x, flow control value %u",
				    GET_U8(dx, p + 11), GET_U8(dx, p + 12));
			dn_ls_print(dx, GET_U8(dx, p + 11), GET_U8(dx, p + 12));
			break;
		default:
			dx_printf(dx, "reserved-subtype? %x %u > %u", flags, src, dst);
			break;
		}
		break;
	case 0x04:
		switch (sub) {
		case 0x00:
		case 0x10:
			dx_printf(dx, "%s %u>%u ", sub ? "ils-ack" : "data-ack", src, dst);
			if (nsplen < 9)
				return 0;
			DX_TCHECK(dx, p, 9);
			dn_acks(c, p + 5, 2, 2, sub ? dn_oth_ls : dn_oth_data, &last);
			break;
		case 0x20:
			dx_printf(dx, "conn-ack %u", dst);
			break;
		default:
			dx_printf(dx, "reserved-acktype? %x %u > %u", flags, src, dst);
			break;
		}
		break;
	case 0x08:
		switch (sub) {
		case 0x10:
		case 0x60:
			dx_printf(dx, "%s %u>%u ", sub == 0x10 ? "conn-initiate" : "retrans-conn-initiate", src, dst);
			if (nsplen < 9)
				return 0;
			dn_conn_print(c, p);
			break;
		case 0x20:
			dx_printf(dx, "conn-confirm %u>%u ", src, dst);
			if (nsplen < 10)
				return 0;
			dn_conn_print(c, p);
			dn_optlen_print(c, p + 9);
			break;
		case 0x30:
			dx_printf(dx, "disconn-initiate %u>%u ", src, dst);
			if (nsplen < 8)
				return 0;
			dn_reason_print(c, p + 5);
			dn_optlen_print(c, p + 7);
			break;
		case 0x40:
			/* tcpdump reads the reason without checking the length */
			dx_printf(dx, "disconn-confirm %u>%u ", src, dst);
			dn_reason_print(c, p + 5);
			break;
		default:
			dx_printf(dx, "reserved-ctltype? %x %u > %u", flags, src, dst);
			break;
		}
		break;
	default:
		dx_printf(dx, "reserved-type? %x %u > %u", flags, src, dst);
		break;
	}
	return 1;
}

/* the routing layer after the length word; 0 when invalid */
static int dn_route(struct dn_ctx *c, const uint8_t *ap, unsigned length, unsigned caplen)
{
	struct dx *dx = c->dx;
	unsigned pktlen, flags, padlen, dst, src, hops, hdrlen;
	const char *s_src;

	if (length < DN_SHORTHDR) {
		dx_printf(dx, " (length %u < %u)", length, DN_SHORTHDR);
		return 0;
	}
	pktlen = GET_LE16(dx, ap);
	DX_FIELD_IN(dx, ap, 2, c->end, "Length: %u", pktlen);
	if (pktlen < DN_SHORTHDR) {
		dx_printf(dx, " (pktlen %u < %u)", pktlen, DN_SHORTHDR);
		return 0;
	}
	if (pktlen > length) {
		dx_printf(dx, " (pktlen %u > %u)", pktlen, length);
		return 0;
	}
	length = pktlen;
	flags = GET_U8(dx, ap + 2);
	if (flags & RMF_PAD) {
		padlen = flags & 0x7f;
		if (dx->opts->verbose)
			dx_printf(dx, "[pad:%u] ", padlen);
		if (length < padlen + 2) {
			dx_printf(dx, " (length %u < %u)", length, padlen + 2);
			return 0;
		}
		DX_TCHECK(dx, ap + 2, padlen);
		DX_FIELD_IN(dx, ap + 2, padlen, c->end, "Padding: %u bytes", padlen);
		ap += padlen;
		length -= padlen;
		caplen -= padlen;
		flags = GET_U8(dx, ap + 2);
	}
	DX_FIELD_IN(dx, ap + 2, 1, c->end, "Flags: 0x%02x", flags);
	if (flags & RMF_FVER) {
		dx_puts(dx, "future-version-decnet");
		dn_dump(dx, ap, length, caplen);
		return 1;
	}
	if (flags & RMF_CTLMSG)
		return dn_ctlmsg(c, ap + 2, length, caplen);
	switch (flags & 0x07) {
	case 0x06:
		if (length < DN_LONGHDR) {
			dx_printf(dx, " (length %u < %u)", length, DN_LONGHDR);
			return 0;
		}
		DX_TCHECK(dx, ap + 2, DN_LONGHDR);
		dst = GET_LE16(dx, ap + 2 + 7);
		src = GET_LE16(dx, ap + 2 + 15);
		hops = GET_U8(dx, ap + 2 + 18);
		hdrlen = DN_LONGHDR;
		break;
	case 0x02:
		dst = GET_LE16(dx, ap + 2 + 1);
		src = GET_LE16(dx, ap + 2 + 3);
		hops = (GET_U8(dx, ap + 2 + 5) & 0x3f) + 1;
		hdrlen = DN_SHORTHDR;
		break;
	default:
		dx_puts(dx, "unknown message flags under mask");
		dn_dump(dx, ap, length, caplen);
		return 1;
	}
	s_src = dn_addr(dx, src);
	DX_FIELD_IN(dx, ap + 2, hdrlen, c->end, "%s header: %s > %s, visits %u", hdrlen == DN_SHORTHDR ? "Short" : "Long",
		    s_src, dn_addr(dx, dst), hops);
	dx_printf(dx, "%s > %s %u ", s_src, dn_addr(dx, dst), pktlen);
	if (dx->opts->verbose) {
		if (flags & RMF_RQR)
			dx_puts(dx, "RQR ");
		if (flags & RMF_RTS)
			dx_puts(dx, "RTS ");
		if (flags & RMF_IE)
			dx_puts(dx, "IE ");
		dx_printf(dx, "%u hops ", hops);
	}
	return dn_nsp(c, ap + 2 + hdrlen, length - hdrlen);
}

void decnet_print(struct dx *dx, const uint8_t *ap, unsigned length, unsigned caplen)
{
	struct dn_ctx c = { dx, ap + length };

	dx_proto(dx, "decnet");
	DX_LAYER(dx, ap, length, "DECnet");
	if (!dn_route(&c, ap, length, caplen))
		dx_print_invalid(dx);
	DX_LAYER_END(dx);
}
