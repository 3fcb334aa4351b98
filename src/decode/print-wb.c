// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: LBL wb, the whiteboard of the MBone tools (UDP destination
 * port 4567, -T wb). Text as tcpdump 4.99.3 print-wb.c.
 *
 * Every message starts with a 12-byte header: source site id (4), time
 * stamp (4), version (2), type (1), flags (1). Pages are named by a
 * (session id, page number) pair. Drawing operations carry a page, a start
 * and end sequence number, then the operations, each an 8-byte header
 * (time stamp, body length, flags, type) and its body, padded to 4 bytes.
 * Announcements carry the sender's current and maximum page states (slot,
 * page, count of (site, offset) pairs), the pairs and the site name.
 */
#include "dx.h"
#include "print.h"

#define WB_HDR_LEN	12u
#define PAGEID_LEN	8u
#define DOP_HDR_LEN	8u
#define PKT_DOP_LEN	16u	/* page, start and end sequence */
#define PKT_RREQ_LEN	20u
#define PKT_RREP_LEN	20u
#define ID_OFF_LEN	8u
#define PGSTATE_LEN	16u
#define PKT_ID_LEN	28u
#define PKT_PREQ_LEN	16u
#define PKT_PREP_LEN	4u

#define PT_DRAWOP	0
#define PT_ID		1
#define PT_RREQ		2
#define PT_RREP		3
#define PT_KILL		4
#define PT_PREQ		5
#define PT_PREP		7

#define DT_SKIP		14
#define DT_HOLE		15

static const struct tok dop_values[] = {
	{ 2, "RECT" },
	{ 3, "LINE" },
	{ 4, "ML" },
	{ 5, "DEL" },
	{ 6, "XFORM" },
	{ 7, "ELL" },
	{ 8, "CHAR" },
	{ 9, "STR" },
	{ 10, "NOP" },
	{ 11, "PSCODE" },
	{ 12, "PSCOMP" },
	{ 13, "REF" },
	{ DT_SKIP, "SKIP" },
	{ DT_HOLE, "HOLE" },
	{ 0, NULL }
};

/*
 * tcpdump reads every value of a line before it prints any: a line cut
 * by the capture prints nothing of itself. So the values come first.
 */

/* the (site, offset) pairs of a page state */
static void id_offs_print(struct dx *dx, const uint8_t *io, unsigned n)
{
	unsigned i;
	char c = '<';

	for (i = 0; i < n; i++, io += ID_OFF_LEN) {
		dx_printf(dx, "%c%s:%u", c, GET_IPADDR_STRING(dx, io), GET_BE32(dx, io + 4));
		c = ',';
	}
}

static int wb_id(struct dx *dx, const uint8_t *id, unsigned len)
{
	unsigned nid;

	dx_puts(dx, " wb-id:");
	if (len < PKT_ID_LEN)
		return -1;
	len -= PKT_ID_LEN;
	/* pi_mslot (4), pi_mpage (8), pi_ps: slot (4), page (8), nid (2), rsvd (2) */
	{
		unsigned slot = GET_BE32(dx, id + 12), uid = GET_BE32(dx, id + 20);
		unsigned mslot = GET_BE32(dx, id), muid = GET_BE32(dx, id + 8);
		const char *sid = GET_IPADDR_STRING(dx, id + 16), *msid = GET_IPADDR_STRING(dx, id + 4);

		dx_printf(dx, " %u/%s:%u (max %u/%s:%u) ", slot, sid, uid, mslot, msid, muid);
	}
	DX_TCHECK(dx, id, PKT_ID_LEN);
	nid = GET_BE16(dx, id + 24);
	DX_FIELD(dx, id, PKT_ID_LEN, "Announcement: slot %u, %u sites", GET_BE32(dx, id + 12), nid);
	if ((unsigned long long)len < (unsigned long long)ID_OFF_LEN * nid)
		return -1;
	len -= ID_OFF_LEN * nid;
	id_offs_print(dx, id + PKT_ID_LEN, nid);
	dx_puts(dx, "> \"");
	dx_printjnp(dx, id + PKT_ID_LEN + ID_OFF_LEN * nid, len);
	dx_putc(dx, '"');
	return 0;
}

static int wb_rreq(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_puts(dx, " wb-rreq:");
	if (len < PKT_RREQ_LEN)
		return -1;
	DX_FIELD(dx, p, PKT_RREQ_LEN, "Repair request: <%u:%u>", GET_BE32(dx, p + 12), GET_BE32(dx, p + 16));
	{
		const char *id = GET_IPADDR_STRING(dx, p), *sid = GET_IPADDR_STRING(dx, p + 4);
		unsigned uid = GET_BE32(dx, p + 8), ss = GET_BE32(dx, p + 12), es = GET_BE32(dx, p + 16);

		dx_printf(dx, " please repair %s %s:%u<%u:%u>", id, sid, uid, ss, es);
	}
	return 0;
}

static int wb_preq(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_puts(dx, " wb-preq:");
	if (len < PKT_PREQ_LEN)
		return -1;
	{
		unsigned low = GET_BE32(dx, p + 8), uid = GET_BE32(dx, p + 4);
		const char *sid = GET_IPADDR_STRING(dx, p);

		dx_printf(dx, " need %u/%s:%u", low, sid, uid);
	}
	DX_TCHECK(dx, p, PKT_PREQ_LEN);
	DX_FIELD(dx, p, PKT_PREQ_LEN, "Page vector request: %u-%u", GET_BE32(dx, p + 8), GET_BE32(dx, p + 12));
	return 0;
}

static int wb_prep(struct dx *dx, const uint8_t *p, unsigned len)
{
	const uint8_t *ps;
	size_t off;
	unsigned n, nid;

	dx_puts(dx, " wb-prep:");
	if (len < PKT_PREP_LEN)
		return -1;
	n = GET_BE32(dx, p);
	DX_FIELD(dx, p, PKT_PREP_LEN, "Page states: %u", n);
	off = PKT_PREP_LEN;
	for (; n; n--) {
		if (off > DX_BYTES_AVAIL(dx, p))
			dx_trunc(dx);
		ps = p + off;
		{
			unsigned slot = GET_BE32(dx, ps), uid = GET_BE32(dx, ps + 8);
			const char *sid = GET_IPADDR_STRING(dx, ps + 4);

			dx_printf(dx, " %u/%s:%u", slot, sid, uid);
		}
		DX_TCHECK(dx, ps, PGSTATE_LEN);
		/* tcpdump takes the count from the first byte of the 16-bit field */
		nid = GET_U8(dx, ps + 12);
		id_offs_print(dx, ps + PGSTATE_LEN, nid);
		dx_putc(dx, '>');
		off += PGSTATE_LEN + (size_t)ID_OFF_LEN * nid;
	}
	return 0;
}

/* the drawing operations from sequence ss to es (-v) */
static void wb_dops(struct dx *dx, const uint8_t *dop, uint32_t ss, uint32_t es)
{
	size_t off = PKT_DOP_LEN;
	unsigned t;
	uint32_t ts;

	dx_puts(dx, " <");
	for (; ss <= es; ++ss) {
		const uint8_t *dh;

		if (off > DX_BYTES_AVAIL(dx, dop))
			dx_trunc(dx);
		dh = dop + off;
		t = GET_U8(dx, dh + 7);
		dx_printf(dx, " %s", tok2str(dx, dop_values, "dop-%u!", t));
		if (t == DT_SKIP || t == DT_HOLE) {
			ts = GET_BE32(dx, dh);
			dx_printf(dx, "%u", ts - ss + 1);
			if (ss > ts || ts > es) {
				dx_puts(dx, "[|]");
				if (ts < ss)
					return;
			}
			ss = ts;
		}
		off += ((size_t)GET_BE16(dx, dh + 4) + DOP_HDR_LEN + 3) & ~(size_t)3;
	}
	dx_puts(dx, " >");
}

/* pre (an address or NULL), a page and its sequence range, then the
 * operations with -v */
static void dop_range_print(struct dx *dx, const char *fmt, const uint8_t *pre, const uint8_t *dop)
{
	const char *a = pre ? GET_IPADDR_STRING(dx, pre) : "";
	const char *sid = GET_IPADDR_STRING(dx, dop);
	uint32_t uid = GET_BE32(dx, dop + 4), ss = GET_BE32(dx, dop + 8), es = GET_BE32(dx, dop + 12);

	dx_printf(dx, fmt, a, sid, uid, ss, es);
	if (dx->opts->verbose)
		wb_dops(dx, dop, ss, es);
}

static int wb_rrep(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_puts(dx, " wb-rrep:");
	if (len < PKT_RREP_LEN)
		return -1;
	DX_FIELD(dx, p, 4, "Original site: %s", GET_IPADDR_STRING(dx, p));
	dop_range_print(dx, " for %s %s:%u<%u:%u>", p, p + 4);
	return 0;
}

static int wb_drawop(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_puts(dx, " wb-dop:");
	if (len < PKT_DOP_LEN)
		return -1;
	DX_FIELD(dx, p, PKT_DOP_LEN, "Drawing operations <%u:%u>", GET_BE32(dx, p + 8), GET_BE32(dx, p + 12));
	dop_range_print(dx, "%s %s:%u<%u:%u>", NULL, p);
	return 0;
}

void wb_print(struct dx *dx, const uint8_t *hdr, unsigned len)
{
	const uint8_t *body = hdr + WB_HDR_LEN;
	unsigned type;
	int r;

	dx_proto(dx, "wb");
	if (len < WB_HDR_LEN) {
		dx_print_invalid(dx);
		return;
	}
	DX_TCHECK(dx, hdr, WB_HDR_LEN);
	len -= WB_HDR_LEN;
	type = GET_U8(dx, hdr + 10);
	DX_LAYER(dx, hdr, WB_HDR_LEN + len, "LBL whiteboard, type %u", type);
	DX_FIELD(dx, hdr, 4, "Source: %s", GET_IPADDR_STRING(dx, hdr));
	DX_FIELD(dx, hdr + 4, 4, "Time stamp: %u", GET_BE32(dx, hdr + 4));
	DX_FIELD(dx, hdr + 8, 2, "Version: %u", GET_BE16(dx, hdr + 8));
	DX_FIELD(dx, hdr + 10, 1, "Type: %u", type);
	DX_FIELD(dx, hdr + 11, 1, "Flags: 0x%02x", GET_U8(dx, hdr + 11));
	if (GET_U8(dx, hdr + 11))
		dx_putc(dx, '*');
	switch (type) {
	case PT_KILL:
		dx_puts(dx, " wb-kill");
		r = 0;
		break;
	case PT_ID:
		r = wb_id(dx, body, len);
		break;
	case PT_RREQ:
		r = wb_rreq(dx, body, len);
		break;
	case PT_RREP:
		r = wb_rrep(dx, body, len);
		break;
	case PT_DRAWOP:
		r = wb_drawop(dx, body, len);
		break;
	case PT_PREQ:
		r = wb_preq(dx, body, len);
		break;
	case PT_PREP:
		r = wb_prep(dx, body, len);
		break;
	default:
		dx_printf(dx, " wb-%u!", type);
		r = -1;
		break;
	}
	DX_LAYER_END(dx);
	if (r < 0)
		dx_print_invalid(dx);
}
