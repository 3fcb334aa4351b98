// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Layer Two Tunneling Protocol, version 2 (RFC 2661), UDP port
 * 1701. Text as tcpdump 4.99.3 print-l2tp.c.
 *
 * Header: flags and version (2: T control, L length present, S Ns/Nr
 * present, O offset present, P priority; version in the low 4 bits),
 * length (2, if L), tunnel ID (2), session ID (2), Ns (2) and Nr (2) if S,
 * offset size (2) and that many pad octets if O. A control message (T)
 * carries AVPs: flags and length (2: M mandatory, H hidden, length in the
 * low 10 bits), vendor ID (2), attribute type (2), value. A data message
 * carries a PPP frame.
 */
#include "dx.h"
#include "print.h"
#include "util.h"

#define L2TP_F_TYPE	0x8000
#define L2TP_F_LENGTH	0x4000
#define L2TP_F_SEQ	0x0800
#define L2TP_F_OFFSET	0x0200
#define L2TP_F_PRIO	0x0100
#define L2TP_VER_MASK	0x000f

#define AVP_F_MANDATORY	0x8000
#define AVP_F_HIDDEN	0x4000
#define AVP_LEN_MASK	0x03ff
#define AVP_HDRLEN	6u

static const struct tok l2tp_msg_types[] = {
	{ 1, "SCCRQ" },
	{ 2, "SCCRP" },
	{ 3, "SCCCN" },
	{ 4, "StopCCN" },
	{ 6, "HELLO" },
	{ 7, "OCRQ" },
	{ 8, "OCRP" },
	{ 9, "OCCN" },
	{ 10, "ICRQ" },
	{ 11, "ICRP" },
	{ 12, "ICCN" },
	{ 14, "CDN" },
	{ 15, "WEN" },
	{ 16, "SLI" },
	{ 0, NULL }
};

enum {
	AVP_MSGTYPE = 0, AVP_RESULT_CODE, AVP_PROTO_VER, AVP_FRAMING_CAP,
	AVP_BEARER_CAP, AVP_TIE_BREAKER, AVP_FIRM_VER, AVP_HOST_NAME,
	AVP_VENDOR_NAME, AVP_ASSND_TUN_ID, AVP_RECV_WIN_SIZE, AVP_CHALLENGE,
	AVP_Q931_CC, AVP_CHALLENGE_RESP, AVP_ASSND_SESS_ID, AVP_CALL_SER_NUM,
	AVP_MINIMUM_BPS, AVP_MAXIMUM_BPS, AVP_BEARER_TYPE, AVP_FRAMING_TYPE,
	AVP_PACKET_PROC_DELAY, AVP_CALLED_NUMBER, AVP_CALLING_NUMBER,
	AVP_SUB_ADDRESS, AVP_TX_CONN_SPEED, AVP_PHY_CHANNEL_ID,
	AVP_INI_RECV_LCP, AVP_LAST_SENT_LCP, AVP_LAST_RECV_LCP,
	AVP_PROXY_AUTH_TYPE, AVP_PROXY_AUTH_NAME, AVP_PROXY_AUTH_CHAL,
	AVP_PROXY_AUTH_ID, AVP_PROXY_AUTH_RESP, AVP_CALL_ERRORS, AVP_ACCM,
	AVP_RANDOM_VECTOR, AVP_PRIVATE_GRP_ID, AVP_RX_CONN_SPEED,
	AVP_SEQ_REQUIRED, AVP_PPP_DISCON_CC = 46
};

static const struct tok l2tp_avp_types[] = {
	{ AVP_MSGTYPE, "MSGTYPE" },
	{ AVP_RESULT_CODE, "RESULT_CODE" },
	{ AVP_PROTO_VER, "PROTO_VER" },
	{ AVP_FRAMING_CAP, "FRAMING_CAP" },
	{ AVP_BEARER_CAP, "BEARER_CAP" },
	{ AVP_TIE_BREAKER, "TIE_BREAKER" },
	{ AVP_FIRM_VER, "FIRM_VER" },
	{ AVP_HOST_NAME, "HOST_NAME" },
	{ AVP_VENDOR_NAME, "VENDOR_NAME" },
	{ AVP_ASSND_TUN_ID, "ASSND_TUN_ID" },
	{ AVP_RECV_WIN_SIZE, "RECV_WIN_SIZE" },
	{ AVP_CHALLENGE, "CHALLENGE" },
	{ AVP_Q931_CC, "Q931_CC" },
	{ AVP_CHALLENGE_RESP, "CHALLENGE_RESP" },
	{ AVP_ASSND_SESS_ID, "ASSND_SESS_ID" },
	{ AVP_CALL_SER_NUM, "CALL_SER_NUM" },
	{ AVP_MINIMUM_BPS, "MINIMUM_BPS" },
	{ AVP_MAXIMUM_BPS, "MAXIMUM_BPS" },
	{ AVP_BEARER_TYPE, "BEARER_TYPE" },
	{ AVP_FRAMING_TYPE, "FRAMING_TYPE" },
	{ AVP_PACKET_PROC_DELAY, "PACKET_PROC_DELAY" },
	{ AVP_CALLED_NUMBER, "CALLED_NUMBER" },
	{ AVP_CALLING_NUMBER, "CALLING_NUMBER" },
	{ AVP_SUB_ADDRESS, "SUB_ADDRESS" },
	{ AVP_TX_CONN_SPEED, "TX_CONN_SPEED" },
	{ AVP_PHY_CHANNEL_ID, "PHY_CHANNEL_ID" },
	{ AVP_INI_RECV_LCP, "INI_RECV_LCP" },
	{ AVP_LAST_SENT_LCP, "LAST_SENT_LCP" },
	{ AVP_LAST_RECV_LCP, "LAST_RECV_LCP" },
	{ AVP_PROXY_AUTH_TYPE, "PROXY_AUTH_TYPE" },
	{ AVP_PROXY_AUTH_NAME, "PROXY_AUTH_NAME" },
	{ AVP_PROXY_AUTH_CHAL, "PROXY_AUTH_CHAL" },
	{ AVP_PROXY_AUTH_ID, "PROXY_AUTH_ID" },
	{ AVP_PROXY_AUTH_RESP, "PROXY_AUTH_RESP" },
	{ AVP_CALL_ERRORS, "CALL_ERRORS" },
	{ AVP_ACCM, "ACCM" },
	{ AVP_RANDOM_VECTOR, "RANDOM_VECTOR" },
	{ AVP_PRIVATE_GRP_ID, "PRIVATE_GRP_ID" },
	{ AVP_RX_CONN_SPEED, "RX_CONN_SPEED" },
	{ AVP_SEQ_REQUIRED, "SEQ_REQUIRED" },
	{ AVP_PPP_DISCON_CC, "PPP_DISCON_CC" },
	{ 0, NULL }
};

static const struct tok l2tp_auth_types[] = {
	{ 0, "Reserved" },
	{ 1, "Textual" },
	{ 2, "CHAP" },
	{ 3, "PAP" },
	{ 4, "No Auth" },
	{ 5, "MS-CHAPv1" },
	{ 0, NULL }
};

static const struct tok l2tp_cc_directions[] = {
	{ 0, "global error" },
	{ 1, "at peer" },
	{ 2, "at local" },
	{ 0, NULL }
};

static const struct tok l2tp_flag_bits[] = {
	{ L2TP_F_TYPE, "T" },
	{ L2TP_F_LENGTH, "L" },
	{ L2TP_F_SEQ, "S" },
	{ L2TP_F_OFFSET, "O" },
	{ L2TP_F_PRIO, "P" },
	{ 0, NULL }
};

/* the six counters of a Call Errors AVP, after its 2 reserved octets */
static const char *const l2tp_call_error_names[] = {
	"CRCErr", "FrameErr", "HardOver", "BufOver", "Timeout", "AlignErr"
};

static void avp_too_short(struct dx *dx)
{
	dx_puts(dx, "AVP too short");
}

static void print_chars(struct dx *dx, const uint8_t *p, unsigned n)
{
	while (n--)
		dx_print_char(dx, GET_U8(dx, p++));
}

static void print_hex(struct dx *dx, const uint8_t *p, unsigned n)
{
	while (n--)
		dx_printf(dx, "%02x", GET_U8(dx, p++));
}

/* the A/S (framing) or A/D (bearer) letters of a 4-octet bit mask */
static void print_ab_bits(struct dx *dx, const uint8_t *p, unsigned n, char b0)
{
	uint32_t v;

	if (n < 4) {
		avp_too_short(dx);
		return;
	}
	v = GET_BE32(dx, p);
	if (v & 2)
		dx_putc(dx, 'A');
	if (v & 1)
		dx_putc(dx, b0);
}

/* Result Code: result, optional error code, optional message */
static void print_result_code(struct dx *dx, const uint8_t *p, unsigned n)
{
	if (n < 2) {
		avp_too_short(dx);
		return;
	}
	dx_printf(dx, "%u", GET_BE16(dx, p));
	DX_FIELD(dx, p, 2, "Result code: %u", GET_BE16(dx, p));
	p += 2;
	n -= 2;
	if (n == 0)
		return;
	if (n < 2) {
		dx_puts(dx, " AVP too short");
		return;
	}
	dx_printf(dx, "/%u", GET_BE16(dx, p));
	DX_FIELD(dx, p, 2, "Error code: %u", GET_BE16(dx, p));
	p += 2;
	n -= 2;
	if (n == 0)
		return;
	dx_putc(dx, ' ');
	DX_FIELD(dx, p, n, "Error message (%u bytes)", n);
	print_chars(dx, p, n);
}

static void print_q931_cc(struct dx *dx, const uint8_t *p, unsigned n)
{
	if (n < 3) {
		avp_too_short(dx);
		return;
	}
	dx_printf(dx, "%u, %02x", GET_BE16(dx, p), GET_U8(dx, p + 2));
	DX_FIELD(dx, p, 2, "Cause code: %u", GET_BE16(dx, p));
	DX_FIELD(dx, p + 2, 1, "Cause message: 0x%02x", GET_U8(dx, p + 2));
	if (n > 3) {
		dx_putc(dx, ' ');
		DX_FIELD(dx, p + 3, n - 3, "Advisory message (%u bytes)", n - 3);
		print_chars(dx, p + 3, n - 3);
	}
}

static void print_call_errors(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	if (n < 2) {
		avp_too_short(dx);
		return;
	}
	p += 2;
	n -= 2;
	for (i = 0; i < sizeof(l2tp_call_error_names) / sizeof(l2tp_call_error_names[0]); i++) {
		uint32_t v;

		if (n < 4) {
			avp_too_short(dx);
			return;
		}
		v = GET_BE32(dx, p);
		dx_printf(dx, "%s=%u ", l2tp_call_error_names[i], v);
		DX_FIELD(dx, p, 4, "%s: %u", l2tp_call_error_names[i], v);
		p += 4;
		n -= 4;
	}
}

static void print_accm(struct dx *dx, const uint8_t *p, unsigned n)
{
	static const char *const dir[] = { "send", "recv" };
	unsigned i;

	if (n < 2) {
		avp_too_short(dx);
		return;
	}
	p += 2;
	n -= 2;
	for (i = 0; i < 2; i++) {
		uint32_t v;

		if (n < 4) {
			avp_too_short(dx);
			return;
		}
		v = GET_BE32(dx, p);
		dx_printf(dx, "%s=%08x ", dir[i], v);
		DX_FIELD(dx, p, 4, "%s ACCM: 0x%08x", dir[i], v);
		p += 4;
		n -= 4;
	}
}

static void print_ppp_discon_cc(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned code, proto, dir;

	if (n < 5) {
		avp_too_short(dx);
		return;
	}
	code = GET_BE16(dx, p);
	proto = GET_BE16(dx, p + 2);
	dir = GET_U8(dx, p + 4);
	dx_printf(dx, "%04x, %04x %s", code, proto,
		  tok2str(dx, l2tp_cc_directions, "Direction-#%u", dir));
	DX_FIELD(dx, p, 2, "Disconnect code: 0x%04x", code);
	DX_FIELD(dx, p + 2, 2, "Control protocol: 0x%04x", proto);
	DX_FIELD(dx, p + 4, 1, "Direction: %u", dir);
	if (n > 5) {
		dx_putc(dx, ' ');
		DX_FIELD(dx, p + 5, n - 5, "Message (%u bytes)", n - 5);
		print_chars(dx, p + 5, n - 5);
	}
}

/* the value of an IETF attribute: n octets at p */
static void print_avp_value(struct dx *dx, unsigned type, const uint8_t *p, unsigned n)
{
	switch (type) {
	case AVP_MSGTYPE:
		if (n < 2) {
			avp_too_short(dx);
			break;
		}
		dx_puts(dx, tok2str(dx, l2tp_msg_types, "MSGTYPE-#%u", GET_BE16(dx, p)));
		break;
	case AVP_RESULT_CODE:
		print_result_code(dx, p, n);
		break;
	case AVP_PROTO_VER:
		if (n < 2) {
			avp_too_short(dx);
			break;
		}
		dx_printf(dx, "%u.%u", GET_U8(dx, p), GET_U8(dx, p + 1));
		break;
	case AVP_FRAMING_CAP:
	case AVP_FRAMING_TYPE:
		print_ab_bits(dx, p, n, 'S');
		break;
	case AVP_BEARER_CAP:
	case AVP_BEARER_TYPE:
		print_ab_bits(dx, p, n, 'D');
		break;
	case AVP_TIE_BREAKER:
		if (n < 8) {
			avp_too_short(dx);
			break;
		}
		print_hex(dx, p, 8);
		break;
	case AVP_FIRM_VER:
	case AVP_ASSND_TUN_ID:
	case AVP_RECV_WIN_SIZE:
	case AVP_ASSND_SESS_ID:
		if (n < 2) {
			avp_too_short(dx);
			break;
		}
		dx_printf(dx, "%u", GET_BE16(dx, p));
		break;
	case AVP_HOST_NAME:
	case AVP_VENDOR_NAME:
	case AVP_CALLING_NUMBER:
	case AVP_CALLED_NUMBER:
	case AVP_SUB_ADDRESS:
	case AVP_PROXY_AUTH_NAME:
	case AVP_PRIVATE_GRP_ID:
		print_chars(dx, p, n);
		break;
	case AVP_CHALLENGE:
	case AVP_INI_RECV_LCP:
	case AVP_LAST_SENT_LCP:
	case AVP_LAST_RECV_LCP:
	case AVP_PROXY_AUTH_CHAL:
	case AVP_PROXY_AUTH_RESP:
	case AVP_RANDOM_VECTOR:
		print_hex(dx, p, n);
		break;
	case AVP_Q931_CC:
		print_q931_cc(dx, p, n);
		break;
	case AVP_CHALLENGE_RESP:
		if (n < 16) {
			avp_too_short(dx);
			break;
		}
		print_hex(dx, p, 16);
		break;
	case AVP_CALL_SER_NUM:
	case AVP_MINIMUM_BPS:
	case AVP_MAXIMUM_BPS:
	case AVP_TX_CONN_SPEED:
	case AVP_PHY_CHANNEL_ID:
	case AVP_RX_CONN_SPEED:
		if (n < 4) {
			avp_too_short(dx);
			break;
		}
		dx_printf(dx, "%u", GET_BE32(dx, p));
		break;
	case AVP_PACKET_PROC_DELAY:
		dx_puts(dx, "obsolete");
		break;
	case AVP_PROXY_AUTH_TYPE:
		if (n < 2) {
			avp_too_short(dx);
			break;
		}
		dx_puts(dx, tok2str(dx, l2tp_auth_types, "AuthType-#%u", GET_BE16(dx, p)));
		break;
	case AVP_PROXY_AUTH_ID:
		if (n < 2) {
			avp_too_short(dx);
			break;
		}
		dx_printf(dx, "%u", GET_BE16(dx, p) & 0xff);
		break;
	case AVP_CALL_ERRORS:
		print_call_errors(dx, p, n);
		break;
	case AVP_ACCM:
		print_accm(dx, p, n);
		break;
	case AVP_PPP_DISCON_CC:
		print_ppp_discon_cc(dx, p, n);
		break;
	default:	/* Sequencing Required has no value; others are not decoded */
		break;
	}
}

/* One AVP of the rest octets left; its length, or 0 (after " [|l2tp]")
 * when its length field is too small, too large or not captured. */
static unsigned l2tp_avp_print(struct dx *dx, const uint8_t *p, unsigned rest)
{
	unsigned hdr, len, vendor, type;
	size_t mark = dx->out->len;
	size_t node = dx->tree ? dx_tree_next(dx) : 0;

	dx_putc(dx, ' ');
	hdr = GET_BE16(dx, p);
	len = hdr & AVP_LEN_MASK;
	if (len < AVP_HDRLEN || len > rest || !DX_TTEST(dx, p, len)) {
		DX_FIELD_IN(dx, p, 2, p + rest, "AVP length: %u (bad)", len);
		dx_print_trunc(dx);
		return 0;
	}
	DX_SUBTREE(dx, p, len, "AVP");
	DX_FIELD(dx, p, 2, "Flags: 0x%04x%s%s, Length: %u", hdr & ~AVP_LEN_MASK,
		 hdr & AVP_F_MANDATORY ? " Mandatory" : "",
		 hdr & AVP_F_HIDDEN ? " Hidden" : "", len);
	if (hdr & AVP_F_MANDATORY)
		dx_putc(dx, '*');
	if (hdr & AVP_F_HIDDEN)
		dx_putc(dx, '?');
	vendor = GET_BE16(dx, p + 2);
	type = GET_BE16(dx, p + 4);
	DX_FIELD(dx, p + 2, 2, "Vendor ID: %u", vendor);
	DX_FIELD(dx, p + 4, 2, "Attribute type: %u", type);
	if (vendor) {
		dx_printf(dx, "VENDOR%04x:ATTR%04x(", vendor, type);
		print_hex(dx, p + AVP_HDRLEN, len - AVP_HDRLEN);
	} else {
		dx_puts(dx, tok2str(dx, l2tp_avp_types, "AVP-#%u", type));
		dx_putc(dx, '(');
		if (hdr & AVP_F_HIDDEN)
			dx_puts(dx, "???");
		else
			print_avp_value(dx, type, p + AVP_HDRLEN, len - AVP_HDRLEN);
	}
	dx_putc(dx, ')');
	if (len > AVP_HDRLEN)
		DX_FIELD(dx, p + AVP_HDRLEN, len - AVP_HDRLEN, "Value (%u bytes)",
			 len - AVP_HDRLEN);
	if (dx->tree) {
		int tl;
		const char *t = dx_text_since(dx, mark + 1, &tl);

		dx_tree_relabel(dx, node, "AVP: %.*s", tl, t);
	}
	DX_LAYER_END(dx);
	return len;
}

static void l2tp_avps_print(struct dx *dx, const uint8_t *p, unsigned rest)
{
	if (rest == 0) {
		dx_puts(dx, " ZLB");
		return;
	}
	while (rest) {
		unsigned n = l2tp_avp_print(dx, p, rest);

		if (n == 0)
			break;
		p += n;
		rest -= n;
	}
}

void l2tp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *p = bp;
	unsigned flags, ver, l2tp_len = 0, tunnel, session, pad;

	dx_proto(dx, "l2tp");
	flags = GET_BE16(dx, p);
	ver = flags & L2TP_VER_MASK;
	DX_LAYER(dx, bp, length, "Layer 2 Tunneling Protocol");
	DX_FIELD(dx, p, 2, "Flags: 0x%04x, Version: %u", flags & ~L2TP_VER_MASK, ver);
	if (ver == 1) {
		dx_puts(dx, " l2f:");
		DX_LAYER_END(dx);
		return;
	}
	if (ver != 2) {
		dx_puts(dx, " Unknown Version, neither L2F(1) nor L2TP(2)");
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, " l2tp:[%s]", bittok2str_nosep(dx, l2tp_flag_bits, "", flags));
	p += 2;
	if (flags & L2TP_F_LENGTH) {
		l2tp_len = GET_BE16(dx, p);
		DX_FIELD(dx, p, 2, "Length: %u", l2tp_len);
		p += 2;
	}
	tunnel = GET_BE16(dx, p);
	dx_printf(dx, "(%u/", tunnel);
	DX_FIELD(dx, p, 2, "Tunnel ID: %u", tunnel);
	session = GET_BE16(dx, p + 2);
	dx_printf(dx, "%u)", session);
	DX_FIELD(dx, p + 2, 2, "Session ID: %u", session);
	p += 4;
	if (flags & L2TP_F_SEQ) {
		unsigned ns = GET_BE16(dx, p), nr;

		dx_printf(dx, "Ns=%u,", ns);
		nr = GET_BE16(dx, p + 2);
		dx_printf(dx, "Nr=%u", nr);
		DX_FIELD(dx, p, 2, "Ns: %u", ns);
		DX_FIELD(dx, p + 2, 2, "Nr: %u", nr);
		p += 4;
	}
	if (flags & L2TP_F_OFFSET) {
		pad = GET_BE16(dx, p);
		DX_FIELD(dx, p, 2, "Offset size: %u", pad);
		if (!DX_TTEST(dx, p + 2, pad)) {
			dx_print_trunc(dx);
			DX_LAYER_END(dx);
			return;
		}
		if (pad)
			DX_FIELD_IN(dx, p + 2, pad, bp + length, "Offset padding (%u bytes)", pad);
		p += 2 + pad;
	}
	if (flags & L2TP_F_LENGTH) {
		if (length < l2tp_len) {
			dx_printf(dx, " Length %u larger than packet", l2tp_len);
			DX_LAYER_END(dx);
			return;
		}
		length = l2tp_len;
	}
	if (length < (unsigned)(p - bp)) {
		dx_printf(dx, " Length %u smaller than header length", length);
		DX_LAYER_END(dx);
		return;
	}
	if (flags & L2TP_F_TYPE) {
		if (!(flags & L2TP_F_LENGTH))
			dx_puts(dx, " No length");
		else
			l2tp_avps_print(dx, p, length - (unsigned)(p - bp));
	} else {
		dx_puts(dx, " {");
		ppp_print(dx, p, length - (unsigned)(p - bp));
		dx_putc(dx, '}');
	}
	DX_LAYER_END(dx);
}
