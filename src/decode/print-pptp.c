// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Point-to-Point Tunneling Protocol control messages (TCP port
 * 1723). Text as tcpdump 4.99.3 print-pptp.c.
 *
 * RFC 2637. Every control message starts with length (2), message type
 * (2: 1 control, 2 management), magic cookie (4, 0x1a2b3c4d), control
 * message type (2) and a reserved field (2); the fixed body of each of the
 * 15 control message types follows (section 2), described below as a list
 * of fields that one loop both prints and adds to the field tree. Like
 * tcpdump, the body is read from the capture without regard to the
 * message's or the segment's length: a short one ends in " [|pptp]".
 */
#include "dx.h"
#include "print-pptp.h"

#define PPTP_HDR_LEN 12u
#define PPTP_MAGIC_COOKIE 0x1a2b3c4du
#define PPTP_NAME_LEN 64u
#define PPTP_STATS_LEN 128u

/* how a field prints */
enum pptp_kind {
	PF_U16,		/* " NAME(%u)" */
	PF_U32,		/* " NAME(%u)" */
	PF_HEX32,	/* " NAME(0x%08x)" */
	PF_VER,		/* " NAME(version.revision)" */
	PF_RSV8,	/* nothing, or an error when not zero */
	PF_RSV16,
	PF_RESULT,	/* " RESULT_CODE(n[:name])", names per message type */
	PF_ERR,		/* " ERR_CODE(n[:name])" */
	PF_REASON,	/* " REASON(n[:name])" */
	PF_FCAP,	/* " FRAME_CAP(AS)": framing capability bits */
	PF_BCAP,	/* " BEARER_CAP(DA)": bearer capability bits */
	PF_BTYPE,	/* " BEARER_TYPE(A|D|Any|?)" */
	PF_FTYPE,	/* " FRAME_TYPE(A|S|E|?)" */
	PF_STR,		/* " NAME(text)", arg bytes up to the first NUL */
	PF_STRLEN,	/* the same, at most the 16-bit count at offset arg, 64 at most */
};

struct pptp_field {
	uint8_t kind;
	uint8_t off;		/* from the end of the common header */
	uint8_t arg;
	const char *name;	/* text */
	const char *label;	/* field tree */
};

struct pptp_msg {
	const char *name;		/* text, as CTRL_MSGTYPE=name */
	const char *desc;		/* field tree */
	const struct tok *results;	/* result code names, -v */
	const struct pptp_field *fields;
	unsigned n_fields;
};

static const struct tok pptp_errcodes[] = {
	{ 0, "None" },
	{ 1, "Not-Connected" },
	{ 2, "Bad-Format" },
	{ 3, "Bad-Value" },
	{ 4, "No-Resource" },
	{ 5, "Bad-Call-ID" },
	{ 6, "PAC-Error" },
	{ 0, NULL }
};

static const struct tok pptp_reasons[] = {
	{ 1, "None" },
	{ 2, "Stop-Protocol" },
	{ 3, "Stop-Local-Shutdown" },
	{ 0, NULL }
};

static const struct tok pptp_sccrp_results[] = {
	{ 1, "Successful channel establishment" },
	{ 2, "General error" },
	{ 3, "Command channel already exists" },
	{ 4, "Requester is not authorized to establish a command channel" },
	{ 5, "The protocol version of the requester is not supported" },
	{ 0, NULL }
};

/* Stop-Control-Connection-Reply and Echo-Reply */
static const struct tok pptp_echorp_results[] = {
	{ 1, "OK" },
	{ 2, "General Error" },
	{ 0, NULL }
};

static const struct tok pptp_ocrp_results[] = {
	{ 1, "Connected" },
	{ 2, "General Error" },
	{ 3, "No Carrier" },
	{ 4, "Busy" },
	{ 5, "No Dial Tone" },
	{ 6, "Time-out" },
	{ 7, "Do Not Accept" },
	{ 0, NULL }
};

static const struct tok pptp_icrp_results[] = {
	{ 1, "Connect" },
	{ 2, "General Error" },
	{ 3, "Do Not Accept" },
	{ 0, NULL }
};

static const struct tok pptp_cdn_results[] = {
	{ 1, "Lost Carrier" },
	{ 2, "General Error" },
	{ 3, "Admin Shutdown" },
	{ 4, "Request" },
	{ 0, NULL }
};

static const struct tok pptp_bearer_types[] = {
	{ 1, "A" },
	{ 2, "D" },
	{ 3, "Any" },
	{ 0, NULL }
};

static const struct tok pptp_bearer_type_names[] = {
	{ 1, "Analog" },
	{ 2, "Digital" },
	{ 3, "Any" },
	{ 0, NULL }
};

static const struct tok pptp_framing_types[] = {
	{ 1, "A" },
	{ 2, "S" },
	{ 3, "E" },
	{ 0, NULL }
};

static const struct tok pptp_framing_type_names[] = {
	{ 1, "Asynchronous" },
	{ 2, "Synchronous" },
	{ 3, "Either" },
	{ 0, NULL }
};

static const struct tok pptp_msg_types[] = {
	{ 1, "Control" },
	{ 2, "Management" },
	{ 0, NULL }
};

#define RSV16(o) { PF_RSV16, (o), 0, NULL, "Reserved" }
#define RESULT(o) { PF_RESULT, (o), 0, NULL, "Result code" }
#define ERR(o) { PF_ERR, (o), 0, NULL, "Error code" }
#define CALL_ID(o) { PF_U16, (o), 0, "CALL_ID", "Call ID" }
#define PEER_CALL_ID(o) { PF_U16, (o), 0, "PEER_CALL_ID", "Peer call ID" }
#define CALL_SER(o) { PF_U16, (o), 0, "CALL_SER_NUM", "Call serial number" }
#define CAUSE(o) { PF_U16, (o), 0, "CAUSE_CODE", "Cause code" }
#define SPEED(o) { PF_U32, (o), 0, "CONN_SPEED", "Connect speed" }
#define RECV_WIN(o) { PF_U16, (o), 0, "RECV_WIN", "Receive window size" }
#define DELAY(o) { PF_U16, (o), 0, "PROC_DELAY", "Packet processing delay" }
#define PHY_CHAN(o) { PF_U32, (o), 0, "PHY_CHAN_ID", "Physical channel ID" }
#define SUB_ADDR(o) { PF_STR, (o), PPTP_NAME_LEN, "SUB_ADDR", "Subaddress" }

/* Start-Control-Connection-Request and -Reply differ in bytes 2 and 3 */
#define SCC_TAIL \
	{ PF_FCAP, 4, 0, "FRAME_CAP", "Framing capabilities" }, \
	{ PF_BCAP, 8, 0, "BEARER_CAP", "Bearer capabilities" }, \
	{ PF_U16, 12, 0, "MAX_CHAN", "Maximum channels" }, \
	{ PF_U16, 14, 0, "FIRM_REV", "Firmware revision" }, \
	{ PF_STR, 16, PPTP_NAME_LEN, "HOSTNAME", "Host name" }, \
	{ PF_STR, 80, PPTP_NAME_LEN, "VENDOR", "Vendor" }

static const struct pptp_field pptp_sccrq[] = {
	{ PF_VER, 0, 0, "PROTO_VER", "Protocol version" },
	RSV16(2),
	SCC_TAIL,
};

static const struct pptp_field pptp_sccrp[] = {
	{ PF_VER, 0, 0, "PROTO_VER", "Protocol version" },
	RESULT(2),
	ERR(3),
	SCC_TAIL,
};

static const struct pptp_field pptp_stopccrq[] = {
	{ PF_REASON, 0, 0, "REASON", "Reason" },
	{ PF_RSV8, 1, 0, NULL, "Reserved" },
	RSV16(2),
};

static const struct pptp_field pptp_stopccrp[] = {
	RESULT(0),
	ERR(1),
	RSV16(2),
};

static const struct pptp_field pptp_echorq[] = {
	{ PF_U32, 0, 0, "ID", "Identifier" },
};

static const struct pptp_field pptp_echorp[] = {
	{ PF_U32, 0, 0, "ID", "Identifier" },
	RESULT(4),
	ERR(5),
	RSV16(6),
};

static const struct pptp_field pptp_ocrq[] = {
	CALL_ID(0),
	CALL_SER(2),
	{ PF_U32, 4, 0, "MIN_BPS", "Minimum BPS" },
	{ PF_U32, 8, 0, "MAX_BPS", "Maximum BPS" },
	{ PF_BTYPE, 12, 0, "BEARER_TYPE", "Bearer type" },
	{ PF_FTYPE, 16, 0, "FRAME_TYPE", "Framing type" },
	RECV_WIN(20),
	DELAY(22),
	{ PF_U16, 24, 0, "PHONE_NO_LEN", "Phone number length" },
	RSV16(26),
	{ PF_STRLEN, 28, 24, "PHONE_NO", "Phone number" },
	SUB_ADDR(92),
};

static const struct pptp_field pptp_ocrp[] = {
	CALL_ID(0),
	PEER_CALL_ID(2),
	RESULT(4),
	ERR(5),
	CAUSE(6),
	SPEED(8),
	RECV_WIN(12),
	DELAY(14),
	PHY_CHAN(16),
};

static const struct pptp_field pptp_icrq[] = {
	CALL_ID(0),
	CALL_SER(2),
	{ PF_BTYPE, 4, 0, "BEARER_TYPE", "Bearer type" },
	PHY_CHAN(8),
	{ PF_U16, 12, 0, "DIALED_NO_LEN", "Dialed number length" },
	{ PF_U16, 14, 0, "DIALING_NO_LEN", "Dialing number length" },
	{ PF_STRLEN, 16, 12, "DIALED_NO", "Dialed number" },
	{ PF_STRLEN, 80, 14, "DIALING_NO", "Dialing number" },
	SUB_ADDR(144),
};

static const struct pptp_field pptp_icrp[] = {
	CALL_ID(0),
	PEER_CALL_ID(2),
	RESULT(4),
	ERR(5),
	RECV_WIN(6),
	DELAY(8),
	RSV16(10),
};

static const struct pptp_field pptp_iccn[] = {
	PEER_CALL_ID(0),
	RSV16(2),
	SPEED(4),
	RECV_WIN(8),
	DELAY(10),
	{ PF_FTYPE, 12, 0, "FRAME_TYPE", "Framing type" },
};

static const struct pptp_field pptp_ccrq[] = {
	CALL_ID(0),
	RSV16(2),
};

static const struct pptp_field pptp_cdn[] = {
	CALL_ID(0),
	RESULT(2),
	ERR(3),
	CAUSE(4),
	RSV16(6),
	{ PF_STR, 8, PPTP_STATS_LEN, "CALL_STATS", "Call statistics" },
};

static const struct pptp_field pptp_wen[] = {
	PEER_CALL_ID(0),
	RSV16(2),
	{ PF_U32, 4, 0, "CRC_ERR", "CRC errors" },
	{ PF_U32, 8, 0, "FRAMING_ERR", "Framing errors" },
	{ PF_U32, 12, 0, "HARDWARE_OVERRUN", "Hardware overruns" },
	{ PF_U32, 16, 0, "BUFFER_OVERRUN", "Buffer overruns" },
	{ PF_U32, 20, 0, "TIMEOUT_ERR", "Time-out errors" },
	{ PF_U32, 24, 0, "ALIGN_ERR", "Alignment errors" },
};

static const struct pptp_field pptp_sli[] = {
	PEER_CALL_ID(0),
	RSV16(2),
	{ PF_HEX32, 4, 0, "SEND_ACCM", "Send ACCM" },
	{ PF_HEX32, 8, 0, "RECV_ACCM", "Receive ACCM" },
};

#define MSG(name, desc, results, f) { name, desc, results, f, sizeof(f) / sizeof(f[0]) }

/* by control message type */
static const struct pptp_msg pptp_msgs[] = {
	{ "NOT_DEFINED", "Not defined", NULL, NULL, 0 },
	MSG("SCCRQ", "Start-Control-Connection-Request", NULL, pptp_sccrq),
	MSG("SCCRP", "Start-Control-Connection-Reply", pptp_sccrp_results, pptp_sccrp),
	MSG("StopCCRQ", "Stop-Control-Connection-Request", NULL, pptp_stopccrq),
	MSG("StopCCRP", "Stop-Control-Connection-Reply", pptp_echorp_results, pptp_stopccrp),
	MSG("ECHORQ", "Echo-Request", NULL, pptp_echorq),
	MSG("ECHORP", "Echo-Reply", pptp_echorp_results, pptp_echorp),
	MSG("OCRQ", "Outgoing-Call-Request", NULL, pptp_ocrq),
	MSG("OCRP", "Outgoing-Call-Reply", pptp_ocrp_results, pptp_ocrp),
	MSG("ICRQ", "Incoming-Call-Request", NULL, pptp_icrq),
	MSG("ICRP", "Incoming-Call-Reply", pptp_icrp_results, pptp_icrp),
	MSG("ICCN", "Incoming-Call-Connected", NULL, pptp_iccn),
	MSG("CCRQ", "Call-Clear-Request", NULL, pptp_ccrq),
	MSG("CDN", "Call-Disconnect-Notify", pptp_cdn_results, pptp_cdn),
	MSG("WEN", "WAN-Error-Notify", NULL, pptp_wen),
	MSG("SLI", "Set-Link-Info", NULL, pptp_sli),
};

#define PPTP_N_MSGS (sizeof(pptp_msgs) / sizeof(pptp_msgs[0]))

/* " [ERROR: reserved=N must be zero]" unless v is 0 */
static void pptp_reserved(struct dx *dx, unsigned v)
{
	if (v)
		dx_printf(dx, " [ERROR: reserved=%u must be zero]", v);
}

/* " NAME(n" and, with -v, ":name" from t; the caller closes it */
static void pptp_code(struct dx *dx, const char *name, unsigned v, const struct tok *t)
{
	dx_printf(dx, " %s(%u", name, v);
	if (dx->opts->verbose && t)
		dx_printf(dx, ":%s", tok2str(dx, t, "?", v));
	dx_putc(dx, ')');
}

/* One field at p (body start + f->off); end bounds its tree node. */
static void pptp_field(struct dx *dx, const uint8_t *body, const struct pptp_field *f,
		       const struct tok *results, const uint8_t *end)
{
	const uint8_t *p = body + f->off;
	unsigned v, n;
	size_t mark;
	int tl;
	const char *t;

	switch (f->kind) {
	case PF_U16:
		v = GET_BE16(dx, p);
		dx_printf(dx, " %s(%u)", f->name, v);
		DX_FIELD_IN(dx, p, 2, end, "%s: %u", f->label, v);
		break;
	case PF_U32:
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s(%u)", f->name, v);
		DX_FIELD_IN(dx, p, 4, end, "%s: %u", f->label, v);
		break;
	case PF_HEX32:
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s(0x%08x)", f->name, v);
		DX_FIELD_IN(dx, p, 4, end, "%s: 0x%08x", f->label, v);
		break;
	case PF_VER:
		v = GET_BE16(dx, p);
		dx_printf(dx, " %s(%u.%u)", f->name, v >> 8, v & 0xff);
		DX_FIELD_IN(dx, p, 2, end, "%s: %u.%u", f->label, v >> 8, v & 0xff);
		break;
	case PF_RSV8:
		v = GET_U8(dx, p);
		pptp_reserved(dx, v);
		DX_FIELD_IN(dx, p, 1, end, "%s: %u", f->label, v);
		break;
	case PF_RSV16:
		v = GET_BE16(dx, p);
		pptp_reserved(dx, v);
		DX_FIELD_IN(dx, p, 2, end, "%s: %u", f->label, v);
		break;
	case PF_RESULT:
		v = GET_U8(dx, p);
		pptp_code(dx, "RESULT_CODE", v, results);
		DX_FIELD_IN(dx, p, 1, end, "%s: %s (%u)", f->label,
			    results ? tok2str(dx, results, "Unknown", v) : "Unknown", v);
		break;
	case PF_ERR:
		v = GET_U8(dx, p);
		pptp_code(dx, "ERR_CODE", v, pptp_errcodes);
		DX_FIELD_IN(dx, p, 1, end, "%s: %s (%u)", f->label,
			    tok2str(dx, pptp_errcodes, "Unknown", v), v);
		break;
	case PF_REASON:
		v = GET_U8(dx, p);
		pptp_code(dx, f->name, v, pptp_reasons);
		DX_FIELD_IN(dx, p, 1, end, "%s: %s (%u)", f->label,
			    tok2str(dx, pptp_reasons, "Unknown", v), v);
		break;
	case PF_FCAP:
		/* tcpdump opens the parenthesis before it reads the bits */
		dx_printf(dx, " %s(", f->name);
		v = GET_BE32(dx, p);
		dx_printf(dx, "%s%s)", v & 1 ? "A" : "", v & 2 ? "S" : "");
		DX_FIELD_IN(dx, p, 4, end, "%s: 0x%08x%s%s", f->label, v,
			    v & 1 ? " (Asynchronous)" : "", v & 2 ? " (Synchronous)" : "");
		break;
	case PF_BCAP:
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s(%s%s)", f->name, v & 2 ? "D" : "", v & 1 ? "A" : "");
		DX_FIELD_IN(dx, p, 4, end, "%s: 0x%08x%s%s", f->label, v,
			    v & 2 ? " (Digital)" : "", v & 1 ? " (Analog)" : "");
		break;
	case PF_BTYPE:
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s(%s)", f->name, tok2str(dx, pptp_bearer_types, "?", v));
		DX_FIELD_IN(dx, p, 4, end, "%s: %s (%u)", f->label,
			    tok2str(dx, pptp_bearer_type_names, "Unknown", v), v);
		break;
	case PF_FTYPE:
		v = GET_BE32(dx, p);
		dx_printf(dx, " %s(%s)", f->name, tok2str(dx, pptp_framing_types, "?", v));
		DX_FIELD_IN(dx, p, 4, end, "%s: %s (%u)", f->label,
			    tok2str(dx, pptp_framing_type_names, "Unknown", v), v);
		break;
	case PF_STR:
	case PF_STRLEN:
		dx_printf(dx, " %s(", f->name);
		if (f->kind == PF_STR) {
			n = f->arg;
		} else {
			n = GET_BE16(dx, body + f->arg);
			if (n > PPTP_NAME_LEN)
				n = PPTP_NAME_LEN;
		}
		mark = dx->out->len;
		dx_printjnp(dx, p, n);
		t = dx_text_since(dx, mark, &tl);
		DX_FIELD_IN(dx, p, f->kind == PF_STR ? n : PPTP_NAME_LEN, end, "%s: %.*s",
			    f->label, tl, t);
		dx_putc(dx, ')');
		break;
	}
}

void pptp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const struct pptp_msg *m = NULL;
	const uint8_t *end;
	unsigned len, type, mc, ctrl, rsv, i;
	size_t layer;

	dx_proto(dx, "pptp");
	dx_puts(dx, ": pptp");
	end = bp + (length < DX_BYTES_AVAIL(dx, bp) ? length : DX_BYTES_AVAIL(dx, bp));
	layer = dx_tree_next(dx);
	DX_LAYER(dx, bp, length, "Point-to-Point Tunneling Protocol");

	/* tcpdump reads the length and message type only with -v; reading
	 * them always ends a short capture no earlier: the magic cookie and
	 * all text after them come later */
	len = GET_BE16(dx, bp);
	if (dx->opts->verbose)
		dx_printf(dx, " Length=%u", len);
	DX_FIELD_IN(dx, bp, 2, end, "Length: %u", len);
	type = GET_BE16(dx, bp + 2);
	if (dx->opts->verbose)
		dx_puts(dx, type == 1 ? " CTRL-MSG" : type == 2 ? " MGMT-MSG" : " UNKNOWN-MSG-TYPE");
	DX_FIELD_IN(dx, bp + 2, 2, end, "Message type: %s (%u)",
		    tok2str(dx, pptp_msg_types, "Unknown", type), type);

	mc = GET_BE32(dx, bp + 4);
	if (mc != PPTP_MAGIC_COOKIE)
		dx_printf(dx, " UNEXPECTED Magic-Cookie!!(%08x)", mc);
	if (dx->opts->verbose || mc != PPTP_MAGIC_COOKIE)
		dx_printf(dx, " Magic-Cookie=%08x", mc);
	DX_FIELD_IN(dx, bp + 4, 4, end, "Magic cookie: 0x%08x%s", mc,
		    mc == PPTP_MAGIC_COOKIE ? "" : " (unexpected)");

	ctrl = GET_BE16(dx, bp + 8);
	if (ctrl < PPTP_N_MSGS) {
		m = &pptp_msgs[ctrl];
		dx_printf(dx, " CTRL_MSGTYPE=%s", m->name);
		if (dx->tree)
			dx_tree_relabel(dx, layer, "Point-to-Point Tunneling Protocol, %s", m->desc);
	} else {
		dx_printf(dx, " UNKNOWN_CTRL_MSGTYPE(%u)", ctrl);
	}
	DX_FIELD_IN(dx, bp + 8, 2, end, "Control message type: %s (%u)",
		    m ? m->desc : "Unknown", ctrl);

	rsv = GET_BE16(dx, bp + 10);
	pptp_reserved(dx, rsv);
	DX_FIELD_IN(dx, bp + 10, 2, end, "Reserved: %u", rsv);

	if (m)
		for (i = 0; i < m->n_fields; i++)
			pptp_field(dx, bp + PPTP_HDR_LEN, &m->fields[i], m->results, end);
	DX_LAYER_END(dx);
}
