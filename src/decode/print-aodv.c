// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Ad hoc On-Demand Distance Vector routing (UDP port 654).
 * Text as tcpdump 4.99.3 print-aodv.c.
 *
 * RFC 3561 (RREQ 1, RREP 2, RERR 3, RREP-ACK 4), the same messages with
 * IPv6 addresses over IPv6, and draft-perkins-aodv6-01's IPv6 messages
 * (16 to 19, another field order). A RREQ or RREP may carry one
 * extension: type (1), length (1), data (the Hello interval, 4).
 *
 * As tcpdump does, the RREQ and RREP flags are taken from the type byte.
 * A part that is cut or shorter than its fixed size ends the message with
 * " [|aodv]" (tcpdump's goto trunc, not a longjmp).
 */
#include "dx.h"
#include "print.h"

enum {
	AODV_RREQ = 1,
	AODV_RREP = 2,
	AODV_RERR = 3,
	AODV_RREP_ACK = 4,
	AODV6_RREQ = 16,
	AODV6_RREP = 17,
	AODV6_RERR = 18,
	AODV6_RREP_ACK = 19,
};

#define AODV_EXT_HELLO 1
#define AODV_HELLO_LEN 6u
#define AODV_RERR_LEN 4u

/* where the fields of a RREQ or RREP are, for one of its three forms */
struct aodv_layout {
	const char *name;	/* " rreq", " v6 rreq", " rrep" */
	unsigned len;		/* fixed part */
	unsigned alen;		/* 4 or 16 */
	unsigned da, ds, oa, os;	/* os is the lifetime of a RREP */
	unsigned id;		/* RREQ only */
};

static const struct aodv_layout rreq4 = { " rreq", 24, 4, 8, 12, 16, 20, 4 };
static const struct aodv_layout rreq6 = { " v6 rreq", 48, 16, 8, 24, 28, 44, 4 };
static const struct aodv_layout rreq6_draft = { " rreq", 48, 16, 16, 8, 32, 12, 4 };
static const struct aodv_layout rrep4 = { " rrep", 20, 4, 4, 8, 12, 16, 0 };
static const struct aodv_layout rrep6 = { " rrep", 44, 16, 4, 20, 24, 40, 0 };
static const struct aodv_layout rrep6_draft = { " rrep", 44, 16, 8, 4, 24, 40, 0 };

static const char *aodv_addr(struct dx *dx, unsigned alen, const uint8_t *p)
{
	return alen == 16 ? GET_IP6ADDR_STRING(dx, p) : GET_IPADDR_STRING(dx, p);
}

static void aodv_extension(struct dx *dx, const uint8_t *ep, unsigned length)
{
	unsigned type, elen;

	if (!DX_TTEST(dx, ep, 2)) {
		dx_print_trunc(dx);
		return;
	}
	type = GET_U8(dx, ep);
	elen = GET_U8(dx, ep + 1);
	if (type != AODV_EXT_HELLO) {
		dx_printf(dx, "\n\text %u %u", type, elen);
		DX_FIELD(dx, ep, 2, "Extension: type %u, length %u", type, elen);
		return;
	}
	if (!DX_TTEST(dx, ep, AODV_HELLO_LEN) || length < AODV_HELLO_LEN) {
		dx_print_trunc(dx);
		return;
	}
	if (elen < 4) {
		dx_printf(dx, "\n\text HELLO - bad length %u", elen);
		DX_FIELD(dx, ep, 2, "Hello extension: bad length %u", elen);
		return;
	}
	dx_printf(dx, "\n\text HELLO %u ms", GET_BE32(dx, ep + 2));
	DX_FIELD(dx, ep, AODV_HELLO_LEN, "Hello extension: interval %u ms", GET_BE32(dx, ep + 2));
}

static void aodv_route(struct dx *dx, const struct aodv_layout *l, const uint8_t *p,
		       unsigned length)
{
	unsigned t, hops, ds, os;
	const char *da, *oa;

	if (!DX_TTEST(dx, p, l->len) || length < l->len) {
		dx_print_trunc(dx);
		return;
	}
	t = GET_U8(dx, p);
	hops = GET_U8(dx, p + 3);
	da = aodv_addr(dx, l->alen, p + l->da);
	oa = aodv_addr(dx, l->alen, p + l->oa);
	ds = GET_BE32(dx, p + l->ds);
	os = GET_BE32(dx, p + l->os);
	dx_printf(dx, "%s %u ", l->name, length);
	if (l->id) {
		dx_printf(dx, "%s%s%s%s%shops %u id 0x%08x\n\tdst %s seq %u src %s seq %u",
			  t & 0x80 ? "[J]" : "", t & 0x40 ? "[R]" : "", t & 0x20 ? "[G]" : "",
			  t & 0x10 ? "[D]" : "", t & 0x08 ? "[U] " : " ", hops,
			  GET_BE32(dx, p + l->id), da, ds, oa, os);
		DX_FIELD(dx, p + l->id, 4, "RREQ ID: 0x%08x", GET_BE32(dx, p + l->id));
		DX_FIELD(dx, p + l->os, 4, "Originator sequence number: %u", os);
	} else {
		dx_printf(dx, "%s%sprefix %u hops %u\n\tdst %s dseq %u src %s %u ms",
			  t & 0x80 ? "[R]" : "", t & 0x40 ? "[A] " : " ", GET_U8(dx, p + 2) & 0x1f,
			  hops, da, ds, oa, os);
		DX_FIELD(dx, p + 2, 1, "Prefix size: %u", GET_U8(dx, p + 2) & 0x1f);
		DX_FIELD(dx, p + l->os, 4, "Lifetime: %u ms", os);
	}
	DX_FIELD(dx, p + 3, 1, "Hop count: %u", hops);
	DX_FIELD(dx, p + l->da, l->alen, "Destination: %s", da);
	DX_FIELD(dx, p + l->ds, 4, "Destination sequence number: %u", ds);
	DX_FIELD(dx, p + l->oa, l->alen, "Originator: %s", oa);
	if (length - l->len >= 2)
		aodv_extension(dx, p + l->len, length - l->len);
}

static void aodv_rerr(struct dx *dx, unsigned alen, const uint8_t *p, unsigned length)
{
	unsigned dc, i, step = alen + 4;
	const uint8_t *dp;

	if (!DX_TTEST(dx, p, AODV_RERR_LEN) || length < AODV_RERR_LEN) {
		dx_print_trunc(dx);
		return;
	}
	dc = GET_U8(dx, p + 3);
	dx_printf(dx, " rerr %s [items %u] [%u]:", GET_U8(dx, p + 1) & 0x80 ? "[D]" : "", dc,
		  length);
	DX_FIELD(dx, p + 3, 1, "Destination count: %u", dc);
	dp = p + AODV_RERR_LEN;
	i = length - AODV_RERR_LEN;
	for (; dc; dc--, dp += step, i -= step) {
		const char *a;

		if (!DX_TTEST(dx, dp, step) || i < step) {
			dx_print_trunc(dx);
			return;
		}
		a = aodv_addr(dx, alen, dp);
		dx_printf(dx, " {%s}(%u)", a, GET_BE32(dx, dp + alen));
		DX_FIELD(dx, dp, step, "Unreachable: %s, sequence number %u", a,
			 GET_BE32(dx, dp + alen));
	}
}

void aodv_print(struct dx *dx, const uint8_t *dat, unsigned length, int is_ip6)
{
	unsigned type;

	dx_proto(dx, "aodv");
	type = GET_U8(dx, dat);
	dx_puts(dx, " aodv");
	DX_LAYER(dx, dat, length, "Ad hoc On-demand Distance Vector Routing Protocol");
	DX_FIELD(dx, dat, 1, "Type: %u", type);
	switch (type) {
	case AODV_RREQ:
		aodv_route(dx, is_ip6 ? &rreq6 : &rreq4, dat, length);
		break;
	case AODV_RREP:
		aodv_route(dx, is_ip6 ? &rrep6 : &rrep4, dat, length);
		break;
	case AODV_RERR:
		aodv_rerr(dx, is_ip6 ? 16 : 4, dat, length);
		break;
	case AODV6_RREQ:
		aodv_route(dx, &rreq6_draft, dat, length);
		break;
	case AODV6_RREP:
		aodv_route(dx, &rrep6_draft, dat, length);
		break;
	case AODV6_RERR:
		aodv_rerr(dx, 16, dat, length);
		break;
	case AODV_RREP_ACK:
	case AODV6_RREP_ACK:
		dx_printf(dx, " rrep-ack %u", length);
		break;
	default:
		dx_printf(dx, " type %u %u", type, length);
		break;
	}
	DX_LAYER_END(dx);
}
