// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: AppleTalk: DDP over EtherTalk (EtherType 0x809b, SNAP
 * 08:00:07/0x809b), LocalTalk LLAP (LINKTYPE_LTALK, 114; and KIP, LLAP in
 * UDP), with NBP and ATP. Text as tcpdump 4.99.3 print-atalk.c.
 *
 * Inside AppleTalk, 2nd edition (Apple, 1990): an LLAP header is
 * destination node, source node, type (1 short DDP, 2 DDP); a long DDP
 * header (13 bytes) is hop count and length, checksum, destination and
 * source network, destination and source node, destination and source
 * socket, DDP type; a short one (5 bytes) length, destination and source
 * socket, type. ATP: control, bitmap or sequence number, transaction id,
 * 4 user bytes. NBP: function and tuple count, id, then tuples (network,
 * node, socket, enumerator, and the object, type and zone as counted
 * strings of at most 32 bytes).
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"


#define LAP_LEN		3u
#define LAP_SHORT_DDP	1
#define LAP_DDP		2

#define DDP_LEN		13u
#define DDP_SHORT_LEN	5u

#define DDP_RTMP	1
#define DDP_NBP		2
#define DDP_ATP		3
#define DDP_ECHO	4
#define DDP_RTMP_REQ	5
#define DDP_IP		22
#define DDP_ARP		23
#define DDP_KLAP	0x4b
#define DDP_EIGRP	88

#define ATP_LEN		8u
#define ATP_REQ		0x40
#define ATP_RSP		0x80
#define ATP_REL		0xc0
#define ATP_XO		0x20
#define ATP_EOM		0x10
#define ATP_STS		0x08

#define NBP_HDR_LEN	2u
#define NBP_TUPLE_LEN	5u
#define NBP_BRRQ	0x10
#define NBP_LKUP	0x20
#define NBP_LKUP_REPLY	0x30

static const struct tok ddp_type_values[] = {
	{ DDP_RTMP, "rtmp" },
	{ DDP_RTMP_REQ, "rtmpReq" },
	{ DDP_ECHO, "echo" },
	{ DDP_IP, "IP" },
	{ DDP_ARP, "ARP" },
	{ DDP_KLAP, "KLAP" },
	{ 0, NULL }
};

static const struct tok ddp_socket_values[] = {
	{ 1, "rtmp" },
	{ 2, "nis" },
	{ 4, "echo" },
	{ 6, "zip" },
	{ 0, NULL }
};

void atalk_addr_print(struct dx *dx, unsigned net, unsigned node)
{
	/* tcpdump 4.99 never reads /etc/atalk.names: numbers always */
	if (node != 255)
		dx_printf(dx, "%u.%u", net, node);
	else
		dx_printf(dx, "%u", net);
}

static void ddp_socket_print(struct dx *dx, unsigned skt)
{
	const char *s = dx->opts->no_resolve ? NULL : tok2str_or_null(ddp_socket_values, skt);

	if (s)
		dx_puts(dx, s);
	else
		dx_printf(dx, "%u", skt);
}

/* "<0-3>" for a run of low bits, "<0,2,5>" otherwise */
static void atp_bitmap_print(struct dx *dx, unsigned bm)
{
	unsigned i;
	char c = '<';

	if ((bm + 1) & bm) {
		for (i = 0; bm; i++, bm >>= 1) {
			if (bm & 1) {
				dx_printf(dx, "%c%u", c, i);
				c = ',';
			}
		}
		dx_putc(dx, '>');
		return;
	}
	for (i = 0; bm; i++)
		bm >>= 1;
	if (i > 1)
		dx_printf(dx, "<0-%u>", i - 1);
	else
		dx_puts(dx, "<0>");
}

static void atp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned ctl, tid, bm;
	uint32_t data;
	char c = '[';

	if (!DX_TTEST(dx, p, ATP_LEN)) {
		dx_print_trunc(dx);
		return;
	}
	if (length < ATP_LEN) {
		dx_printf(dx, " [|atp %u]", length);
		return;
	}
	length -= ATP_LEN;
	ctl = GET_U8(dx, p);
	bm = GET_U8(dx, p + 1);
	tid = GET_BE16(dx, p + 2);
	DX_LAYER(dx, p, ATP_LEN, "AppleTalk Transaction Protocol, transaction %u", tid);
	DX_FIELD(dx, p, 1, "Control: 0x%02x", ctl);
	DX_FIELD(dx, p + 1, 1, "Bitmap/sequence: 0x%02x", bm);
	DX_FIELD(dx, p + 2, 2, "Transaction id: %u", tid);
	DX_FIELD(dx, p + 4, 4, "User data: 0x%08x", GET_BE32(dx, p + 4));
	DX_LAYER_END(dx);
	switch (ctl & 0xc0) {
	case ATP_REQ:
		dx_printf(dx, " atp-req%s %u", ctl & ATP_XO ? " " : "*", tid);
		atp_bitmap_print(dx, bm);
		if (length)
			dx_printf(dx, " [len=%u]", length);
		switch (ctl & (ATP_EOM | ATP_STS)) {
		case ATP_EOM:
			dx_puts(dx, " [EOM]");
			break;
		case ATP_STS:
			dx_puts(dx, " [STS]");
			break;
		case ATP_EOM | ATP_STS:
			dx_puts(dx, " [EOM,STS]");
			break;
		}
		break;
	case ATP_RSP:
		dx_printf(dx, " atp-resp%s%u:%u (%u)", ctl & ATP_EOM ? "*" : " ", tid, bm, length);
		switch (ctl & (ATP_XO | ATP_STS)) {
		case ATP_XO:
			dx_puts(dx, " [XO]");
			break;
		case ATP_STS:
			dx_puts(dx, " [STS]");
			break;
		case ATP_XO | ATP_STS:
			dx_puts(dx, " [XO,STS]");
			break;
		}
		break;
	case ATP_REL:
		dx_printf(dx, " atp-rel  %u", tid);
		atp_bitmap_print(dx, bm);
		if (length)
			dx_printf(dx, " [len=%u]", length);
		if (ctl & ATP_XO) {
			dx_printf(dx, "%cXO", c);
			c = ',';
		}
		if (ctl & ATP_EOM) {
			dx_printf(dx, "%cEOM", c);
			c = ',';
		}
		if (ctl & ATP_STS)
			dx_printf(dx, "%cSTS", c);
		if (ctl & (ATP_XO | ATP_EOM | ATP_STS))
			dx_putc(dx, ']');
		break;
	default:
		dx_printf(dx, " atp-0x%x  %u (%u)", ctl, tid, length);
		break;
	}
	data = GET_BE32(dx, p + 4);
	if (data)
		dx_printf(dx, " 0x%x", data);
}

/* a counted string of at most 32 bytes; the byte after it, or NULL */
static const uint8_t *nbp_cstring(struct dx *dx, const uint8_t *cp)
{
	unsigned n;

	if (cp >= dx->snapend) {
		dx_print_trunc(dx);
		return NULL;
	}
	n = GET_U8(dx, cp);
	cp++;
	if (n > 32) {
		dx_printf(dx, "[len=%u]", n);
		return NULL;
	}
	for (; n; n--, cp++) {
		if (cp >= dx->snapend) {
			dx_print_trunc(dx);
			return NULL;
		}
		dx_print_char(dx, GET_U8(dx, cp));
	}
	return cp;
}

/* ` "object:type@zone"`; the byte after the tuple's name, or NULL */
static const uint8_t *nbp_name_print(struct dx *dx, const uint8_t *tp)
{
	const uint8_t *cp = tp + NBP_TUPLE_LEN;

	dx_puts(dx, " \"");
	cp = nbp_cstring(dx, cp);
	if (!cp)
		return NULL;
	dx_putc(dx, ':');
	cp = nbp_cstring(dx, cp);
	if (!cp)
		return NULL;
	dx_putc(dx, '@');
	cp = nbp_cstring(dx, cp);
	if (cp)
		dx_putc(dx, '"');
	return cp;
}

static const uint8_t *nbp_tuple_print(struct dx *dx, const uint8_t *tp, unsigned snet,
				      unsigned snode, unsigned skt)
{
	const uint8_t *next;

	if (!DX_TTEST(dx, tp, NBP_TUPLE_LEN)) {
		dx_print_trunc(dx);
		return NULL;
	}
	next = nbp_name_print(dx, tp);
	DX_FIELD_IN(dx, tp, next ? (size_t)(next - tp) : NBP_TUPLE_LEN, dx->snapend, "Tuple: %u.%u, socket %u",
		    GET_BE16(dx, tp), GET_U8(dx, tp + 2), GET_U8(dx, tp + 3));
	if (GET_U8(dx, tp + 4) != 1)
		dx_printf(dx, "(%u)", GET_U8(dx, tp + 4));
	if (GET_U8(dx, tp + 3) != skt)
		dx_printf(dx, " %u", GET_U8(dx, tp + 3));
	if (GET_BE16(dx, tp) != snet || GET_U8(dx, tp + 2) != snode) {
		dx_puts(dx, " [addr=");
		atalk_addr_print(dx, GET_BE16(dx, tp), GET_U8(dx, tp + 2));
		dx_putc(dx, ']');
	}
	return next;
}

static void nbp_print(struct dx *dx, const uint8_t *np, unsigned length, unsigned snet,
		      unsigned snode, unsigned skt)
{
	const uint8_t *tp = np + NBP_HDR_LEN;
	unsigned ctl, i;

	if (length < NBP_HDR_LEN) {
		dx_printf(dx, " truncated-nbp %u", length);
		return;
	}
	length -= NBP_HDR_LEN;
	if (length < 8) {
		dx_printf(dx, " truncated-nbp %u", length + NBP_HDR_LEN);
		return;
	}
	if (tp > dx->snapend) {
		dx_print_trunc(dx);
		return;
	}
	ctl = GET_U8(dx, np);
	DX_LAYER(dx, np, NBP_HDR_LEN + length, "Name Binding Protocol, id %u", GET_U8(dx, np + 1));
	DX_FIELD(dx, np, 1, "Function: %u, tuples: %u", ctl >> 4, ctl & 0xf);
	DX_FIELD(dx, np + 1, 1, "Id: %u", GET_U8(dx, np + 1));
	switch (ctl & 0xf0) {
	case NBP_BRRQ:
	case NBP_LKUP:
		dx_printf(dx, (ctl & 0xf0) == NBP_LKUP ? " nbp-lkup %u:" : " nbp-brRq %u:", GET_U8(dx, np + 1));
		if (!DX_TTEST(dx, tp, NBP_TUPLE_LEN)) {
			dx_print_trunc(dx);
			break;
		}
		nbp_name_print(dx, tp);
		if ((ctl & 0xf) != 1)
			dx_printf(dx, " [ntup=%u]", ctl & 0xf);
		if (GET_U8(dx, tp + 4))
			dx_printf(dx, " [enum=%u]", GET_U8(dx, tp + 4));
		if (GET_BE16(dx, tp) != snet || GET_U8(dx, tp + 2) != snode || GET_U8(dx, tp + 3) != skt) {
			dx_puts(dx, " [addr=");
			atalk_addr_print(dx, GET_BE16(dx, tp), GET_U8(dx, tp + 2));
			dx_printf(dx, ".%u]", GET_U8(dx, tp + 3));
		}
		break;
	case NBP_LKUP_REPLY:
		dx_printf(dx, " nbp-reply %u:", GET_U8(dx, np + 1));
		for (i = ctl & 0xf; i && tp; i--)
			tp = nbp_tuple_print(dx, tp, snet, snode, skt);
		break;
	default:
		dx_printf(dx, " nbp-0x%x  %u (%u)", ctl, GET_U8(dx, np + 1), length);
		break;
	}
	DX_LAYER_END(dx);
}

static void ddp_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned type, unsigned snet,
		      unsigned snode, unsigned skt)
{
	switch (type) {
	case DDP_NBP:
		nbp_print(dx, p, length, snet, snode, skt);
		break;
	case DDP_ATP:
		atp_print(dx, p, length);
		break;
	case DDP_EIGRP:
		eigrp_print(dx, p, length);
		break;
	default:
		dx_printf(dx, " at-%s %u", tok2str(dx, ddp_type_values, "#%d", type), length);
		break;
	}
}

/* a long DDP header at p (13 bytes, checked): the addresses, then ddp_print */
static void ddp_long_print(struct dx *dx, const uint8_t *p, unsigned length, const char *sep)
{
	unsigned snet = GET_BE16(dx, p + 6), dnet = GET_BE16(dx, p + 4), type = GET_U8(dx, p + 12);

	DX_LAYER(dx, p, DDP_LEN, "Datagram Delivery Protocol, %u.%u.%u > %u.%u.%u", snet, GET_U8(dx, p + 9),
		 GET_U8(dx, p + 11), dnet, GET_U8(dx, p + 8), GET_U8(dx, p + 10));
	DX_FIELD(dx, p, 2, "Hop count: %u, length: %u", GET_U8(dx, p) >> 2 & 0xf, GET_BE16(dx, p) & 0x3ff);
	DX_FIELD(dx, p + 2, 2, "Checksum: 0x%04x", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 2, "Destination network: %u", dnet);
	DX_FIELD(dx, p + 6, 2, "Source network: %u", snet);
	DX_FIELD(dx, p + 8, 1, "Destination node: %u", GET_U8(dx, p + 8));
	DX_FIELD(dx, p + 9, 1, "Source node: %u", GET_U8(dx, p + 9));
	DX_FIELD(dx, p + 10, 1, "Destination socket: %u", GET_U8(dx, p + 10));
	DX_FIELD(dx, p + 11, 1, "Source socket: %u", GET_U8(dx, p + 11));
	DX_FIELD(dx, p + 12, 1, "Type: %u", type);
	DX_LAYER_END(dx);
	atalk_addr_print(dx, snet, GET_U8(dx, p + 9));
	dx_putc(dx, '.');
	ddp_socket_print(dx, GET_U8(dx, p + 11));
	dx_puts(dx, " > ");
	atalk_addr_print(dx, dnet, GET_U8(dx, p + 8));
	dx_putc(dx, '.');
	ddp_socket_print(dx, GET_U8(dx, p + 10));
	dx_puts(dx, sep);
	ddp_print(dx, p + DDP_LEN, length - DDP_LEN, type, snet, GET_U8(dx, p + 9), GET_U8(dx, p + 11));
}

void atalk_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	dx_proto(dx, "atalk");
	if (!dx->opts->link_header)
		dx_puts(dx, "AT ");
	if (length < DDP_LEN) {
		dx_printf(dx, " [|ddp %u]", length);
		return;
	}
	if (!DX_TTEST(dx, bp, DDP_LEN)) {
		dx_puts(dx, " [|ddp]");
		return;
	}
	ddp_long_print(dx, bp, length, ": ");
}

unsigned llap_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *lp = bp;
	unsigned type;

	dx_proto(dx, "llap");
	if (length < LAP_LEN) {
		dx_printf(dx, " [|llap %u]", length);
		return length;
	}
	if (!DX_TTEST(dx, bp, LAP_LEN)) {
		dx_print_trunc(dx);
		return 0;
	}
	type = GET_U8(dx, lp + 2);
	DX_LAYER(dx, lp, LAP_LEN, "LocalTalk Link Access Protocol, %u > %u, type %u", GET_U8(dx, lp + 1),
		 GET_U8(dx, lp), type);
	DX_FIELD(dx, lp, 1, "Destination node: %u", GET_U8(dx, lp));
	DX_FIELD(dx, lp + 1, 1, "Source node: %u", GET_U8(dx, lp + 1));
	DX_FIELD(dx, lp + 2, 1, "Type: %u", type);
	DX_LAYER_END(dx);
	bp += LAP_LEN;
	length -= LAP_LEN;
	switch (type) {
	case LAP_SHORT_DDP:
		if (length < DDP_SHORT_LEN) {
			dx_printf(dx, " [|sddp %u]", length);
			return length;
		}
		if (!DX_TTEST(dx, bp, DDP_SHORT_LEN)) {
			dx_puts(dx, " [|sddp]");
			return 0;
		}
		DX_LAYER(dx, bp, DDP_SHORT_LEN, "Datagram Delivery Protocol (short header)");
		DX_FIELD(dx, bp, 2, "Length: %u", GET_BE16(dx, bp) & 0x3ff);
		DX_FIELD(dx, bp + 2, 1, "Destination socket: %u", GET_U8(dx, bp + 2));
		DX_FIELD(dx, bp + 3, 1, "Source socket: %u", GET_U8(dx, bp + 3));
		DX_FIELD(dx, bp + 4, 1, "Type: %u", GET_U8(dx, bp + 4));
		DX_LAYER_END(dx);
		atalk_addr_print(dx, 0, GET_U8(dx, lp + 1));
		dx_putc(dx, '.');
		ddp_socket_print(dx, GET_U8(dx, bp + 3));
		dx_puts(dx, " > ");
		atalk_addr_print(dx, 0, GET_U8(dx, lp));
		dx_putc(dx, '.');
		ddp_socket_print(dx, GET_U8(dx, bp + 2));
		dx_putc(dx, ':');
		ddp_print(dx, bp + DDP_SHORT_LEN, length - DDP_SHORT_LEN, GET_U8(dx, bp + 4), 0,
			  GET_U8(dx, lp + 1), GET_U8(dx, bp + 3));
		return LAP_LEN + DDP_SHORT_LEN;
	case LAP_DDP:
		if (length < DDP_LEN) {
			dx_printf(dx, " [|ddp %u]", length);
			return length;
		}
		if (!DX_TTEST(dx, bp, DDP_LEN)) {
			dx_puts(dx, " [|ddp]");
			return 0;
		}
		ddp_long_print(dx, bp, length, ":");
		return LAP_LEN + DDP_LEN;
	default:
		dx_printf(dx, "%u > %u at-lap#%u %u", GET_U8(dx, lp + 1), GET_U8(dx, lp), type, length);
		return LAP_LEN;
	}
}

unsigned ltalk_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned hl;

	/* LLAP is the header; "ltalk" is the name for " [|ltalk]" alone */
	dx->proto = "ltalk";
	hl = llap_print(dx, p, length);
	/* 0: cut by the snap length */
	return hl ? hl : caplen;
}
