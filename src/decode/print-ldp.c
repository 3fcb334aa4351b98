// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Label Distribution Protocol (UDP and TCP port 646). Text as
 * tcpdump 4.99.3 print-ldp.c.
 * RFC 5036 (LDP), RFC 3479 (fault tolerance), RFC 3988 (MTU), RFC 4447
 * (pseudowire FEC), draft-ietf-pwe3-vccv (VCCV parameters)
 *
 * PDU: version (2), PDU length (2, what follows it), LSR id (4), label
 * space (2); then messages: U bit + type (2), length (2, what follows
 * it), message id (4), TLVs: U and F bits + type (2), length (2), value.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define LDP_VERSION 1
#define LDP_PDU_HDRLEN 10u	/* PDU length counts from the LSR id on: 6 */
#define LDP_MSG_HDRLEN 8u	/* message length counts from the id on: 4 */

#define LDP_MSG_NOTIF 0x0001
#define LDP_MSG_HELLO 0x0100
#define LDP_MSG_INIT 0x0200
#define LDP_MSG_KEEPALIVE 0x0201
#define LDP_MSG_ADDRESS 0x0300
#define LDP_MSG_ADDRESS_WITHDRAW 0x0301
#define LDP_MSG_LABEL_MAPPING 0x0400
#define LDP_MSG_LABEL_REQUEST 0x0401
#define LDP_MSG_LABEL_WITHDRAW 0x0402
#define LDP_MSG_LABEL_RELEASE 0x0403
#define LDP_MSG_LABEL_ABORT_REQUEST 0x0404

static const struct tok ldp_msg_values[] = {
	{ LDP_MSG_NOTIF, "Notification" },
	{ LDP_MSG_HELLO, "Hello" },
	{ LDP_MSG_INIT, "Initialization" },
	{ LDP_MSG_KEEPALIVE, "Keepalive" },
	{ LDP_MSG_ADDRESS, "Address" },
	{ LDP_MSG_ADDRESS_WITHDRAW, "Address Withdraw" },
	{ LDP_MSG_LABEL_MAPPING, "Label Mapping" },
	{ LDP_MSG_LABEL_REQUEST, "Label Request" },
	{ LDP_MSG_LABEL_WITHDRAW, "Label Withdraw" },
	{ LDP_MSG_LABEL_RELEASE, "Label Release" },
	{ LDP_MSG_LABEL_ABORT_REQUEST, "Label Abort Request" },
	{ 0, NULL }
};

#define LDP_TLV_FEC 0x0100
#define LDP_TLV_ADDRESS_LIST 0x0101
#define LDP_TLV_HOP_COUNT 0x0103
#define LDP_TLV_PATH_VECTOR 0x0104
#define LDP_TLV_GENERIC_LABEL 0x0200
#define LDP_TLV_ATM_LABEL 0x0201
#define LDP_TLV_FR_LABEL 0x0202
#define LDP_TLV_STATUS 0x0300
#define LDP_TLV_EXTD_STATUS 0x0301
#define LDP_TLV_RETURNED_PDU 0x0302
#define LDP_TLV_RETURNED_MSG 0x0303
#define LDP_TLV_COMMON_HELLO 0x0400
#define LDP_TLV_IPV4_TRANSPORT_ADDR 0x0401
#define LDP_TLV_CONFIG_SEQ_NUMBER 0x0402
#define LDP_TLV_IPV6_TRANSPORT_ADDR 0x0403
#define LDP_TLV_COMMON_SESSION 0x0500
#define LDP_TLV_ATM_SESSION_PARM 0x0501
#define LDP_TLV_FR_SESSION_PARM 0x0502
#define LDP_TLV_FT_SESSION 0x0503
#define LDP_TLV_LABEL_REQUEST_MSG_ID 0x0600
#define LDP_TLV_MTU 0x0601

static const struct tok ldp_tlv_values[] = {
	{ LDP_TLV_FEC, "FEC" },
	{ LDP_TLV_ADDRESS_LIST, "Address List" },
	{ LDP_TLV_HOP_COUNT, "Hop Count" },
	{ LDP_TLV_PATH_VECTOR, "Path Vector" },
	{ LDP_TLV_GENERIC_LABEL, "Generic Label" },
	{ LDP_TLV_ATM_LABEL, "ATM Label" },
	{ LDP_TLV_FR_LABEL, "Frame-Relay Label" },
	{ LDP_TLV_STATUS, "Status" },
	{ LDP_TLV_EXTD_STATUS, "Extended Status" },
	{ LDP_TLV_RETURNED_PDU, "Returned PDU" },
	{ LDP_TLV_RETURNED_MSG, "Returned Message" },
	{ LDP_TLV_COMMON_HELLO, "Common Hello Parameters" },
	{ LDP_TLV_IPV4_TRANSPORT_ADDR, "IPv4 Transport Address" },
	{ LDP_TLV_CONFIG_SEQ_NUMBER, "Configuration Sequence Number" },
	{ LDP_TLV_IPV6_TRANSPORT_ADDR, "IPv6 Transport Address" },
	{ LDP_TLV_COMMON_SESSION, "Common Session Parameters" },
	{ LDP_TLV_ATM_SESSION_PARM, "ATM Session Parameters" },
	{ LDP_TLV_FR_SESSION_PARM, "Frame-Relay Session Parameters" },
	{ LDP_TLV_FT_SESSION, "Fault-Tolerant Session Parameters" },
	{ LDP_TLV_LABEL_REQUEST_MSG_ID, "Label Request Message ID" },
	{ LDP_TLV_MTU, "MTU" },
	{ 0, NULL }
};

#define LDP_FEC_WILDCARD 0x01
#define LDP_FEC_PREFIX 0x02
#define LDP_FEC_HOSTADDRESS 0x03
#define LDP_FEC_MARTINI_VC 0x80

static const struct tok ldp_fec_values[] = {
	{ LDP_FEC_WILDCARD, "Wildcard" },
	{ LDP_FEC_PREFIX, "Prefix" },
	{ LDP_FEC_HOSTADDRESS, "Host address" },
	{ LDP_FEC_MARTINI_VC, "Martini VC" },
	{ 0, NULL }
};

#define LDP_IFPARM_MTU 0x01
#define LDP_IFPARM_DESC 0x03
#define LDP_IFPARM_VCCV 0x0c

static const struct tok ldp_ifparm_values[] = {
	{ LDP_IFPARM_MTU, "MTU" },
	{ LDP_IFPARM_DESC, "Description" },
	{ LDP_IFPARM_VCCV, "VCCV" },
	{ 0, NULL }
};

static const struct tok ldp_vccv_cc_values[] = {
	{ 0x01, "PWE3 control word" },
	{ 0x02, "MPLS Router Alert Label" },
	{ 0x04, "MPLS inner label TTL = 1" },
	{ 0, NULL }
};

static const struct tok ldp_vccv_cv_values[] = {
	{ 0x01, "ICMP Ping" },
	{ 0x02, "LSP Ping" },
	{ 0x04, "BFD" },
	{ 0, NULL }
};

#define AFNUM_INET 1
#define AFNUM_INET6 2

/* tcpdump's TLV_TCHECK: a value shorter than the type needs is invalid */
static int tlv_short(struct dx *dx, unsigned have, unsigned need)
{
	if (have >= need)
		return 0;
	dx_printf(dx, " [tlv length %u < %u]", have, need);
	dx_print_invalid(dx);
	return 1;
}

/* the interface parameters of a pseudowire FEC, len bytes at p */
static void martini_ifparms(struct dx *dx, const uint8_t *p, unsigned len)
{
	while (len > 2) {
		unsigned type = GET_U8(dx, p), plen = GET_U8(dx, p + 1), i, cc, cv;

		if (plen < 2 || len < plen)
			break;
		dx_printf(dx, "\n\t\tInterface Parameter: %s (0x%02x), len %u",
			  tok2str(dx, ldp_ifparm_values, "Unknown", type), type, plen);
		DX_FIELD(dx, p, plen, "Interface Parameter: %s (0x%02x)",
			 tok2str(dx, ldp_ifparm_values, "Unknown", type), type);
		switch (type) {
		case LDP_IFPARM_MTU:
			dx_printf(dx, ": %u", GET_BE16(dx, p + 2));
			break;
		case LDP_IFPARM_DESC:
			dx_puts(dx, ": ");
			for (i = 2; i < plen; i++)
				dx_print_char(dx, GET_U8(dx, p + i));
			break;
		case LDP_IFPARM_VCCV:
			cc = GET_U8(dx, p + 2);
			dx_printf(dx, "\n\t\t  Control Channels (0x%02x) = [%s]", cc,
				  bittok2str(dx, ldp_vccv_cc_values, "none", cc));
			cv = GET_U8(dx, p + 3);
			dx_printf(dx, "\n\t\t  CV Types (0x%02x) = [%s]", cv,
				  bittok2str(dx, ldp_vccv_cv_values, "none", cv));
			break;
		default:
			ip_print_unknown_data(dx, p + 2, "\n\t\t  ", plen - 2);
			break;
		}
		len -= plen;
		p += plen;
	}
}

/* FEC TLV value of tlen bytes at p; 0, or -1 when the value was invalid */
static int fec_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	char buf[100];
	unsigned fec, af, vc_len, pw;
	int i;

	if (tlv_short(dx, tlen, 1))
		return -1;
	fec = GET_U8(dx, p);
	dx_printf(dx, "\n\t      %s FEC (0x%02x)", tok2str(dx, ldp_fec_values, "Unknown", fec), fec);
	DX_FIELD(dx, p, 1, "FEC element: %s (0x%02x)", tok2str(dx, ldp_fec_values, "Unknown", fec),
		 fec);
	p++;
	tlen--;
	switch (fec) {
	case LDP_FEC_PREFIX:
		if (tlv_short(dx, tlen, 2))
			return -1;
		af = GET_BE16(dx, p);
		p += 2;
		tlen -= 2;
		if (af != AFNUM_INET && af != AFNUM_INET6) {
			dx_printf(dx, ": Address family %u prefix", af);
			break;
		}
		i = af == AFNUM_INET ? decode_prefix4(dx, p, tlen, buf, sizeof(buf))
				     : decode_prefix6(dx, p, tlen, buf, sizeof(buf));
		if (i == -2)
			dx_trunc(dx);
		if (i == -1)
			dx_printf(dx, ": IPv%c prefix (invalid length)", af == AFNUM_INET ? '4' : '6');
		else
			dx_printf(dx, ": IPv%c prefix %s", af == AFNUM_INET ? '4' : '6', buf);
		if (i > 0)
			DX_FIELD(dx, p, (unsigned)i, "Prefix: %s", buf);
		break;
	case LDP_FEC_MARTINI_VC:
		/* PW type with the control word bit (2), group id at 3 (4), VC info
		 * length at 2 (1), then the VC id (4) unless that length is 0 */
		if (tlv_short(dx, tlen, 7))
			return -1;
		vc_len = GET_U8(dx, p + 2);
		pw = GET_BE16(dx, p);
		if (vc_len == 0) {
			dx_printf(dx, ": %s, %scontrol word, group-ID %u, VC-info-length: %u",
				  tok2str(dx, dx_mpls_pw_types_values, "Unknown", pw & 0x7fff),
				  pw & 0x8000 ? "" : "no ", GET_BE32(dx, p + 3), vc_len);
			break;
		}
		if (tlv_short(dx, tlen, 11))
			return -1;
		dx_printf(dx, ": %s, %scontrol word, group-ID %u, VC-ID %u, VC-info-length: %u",
			  tok2str(dx, dx_mpls_pw_types_values, "Unknown", pw & 0x7fff),
			  pw & 0x8000 ? "" : "no ", GET_BE32(dx, p + 3), GET_BE32(dx, p + 7), vc_len);
		DX_FIELD(dx, p, 11, "PW type: %s, VC-ID %u",
			 tok2str(dx, dx_mpls_pw_types_values, "Unknown", pw & 0x7fff), GET_BE32(dx, p + 7));
		if (vc_len < 4) {
			/* the VC id alone takes 4; tcpdump leaves the parenthesis open */
			dx_puts(dx, " (invalid, < 4");
			return 0;
		}
		vc_len -= 4;
		p += 11;
		tlen -= 11;
		if (tlv_short(dx, tlen, vc_len))
			return -1;
		martini_ifparms(dx, p, vc_len);
		break;
	default:	/* wildcard and host address: nothing more */
		break;
	}
	return 0;
}

/*
 * One TLV at p within msg_tlen bytes of message; the bytes it takes, or 0
 * when its length goes past the message.
 */
static unsigned ldp_tlv_print(struct dx *dx, const uint8_t *p, unsigned msg_tlen)
{
	unsigned raw, type, tlv_len, tlen, af, v;
	const uint8_t *tp = p + 4;

	DX_TCHECK(dx, p, 4);
	tlv_len = GET_BE16(dx, p + 2);
	if (tlv_len + 4 > msg_tlen) {
		dx_puts(dx, "\n\t\t TLV contents go past end of message");
		return 0;
	}
	raw = GET_BE16(dx, p);
	type = raw & 0x3fff;
	tlen = tlv_len;
	dx_printf(dx, "\n\t    %s TLV (0x%04x), length: %u, Flags: [%s and %s forward if unknown]",
		  tok2str(dx, ldp_tlv_values, "Unknown", type), type, tlv_len,
		  raw & 0x8000 ? "continue processing" : "ignore", raw & 0x4000 ? "do" : "don't");
	DX_SUBTREE(dx, p, tlv_len + 4, "%s TLV (0x%04x), length %u",
		   tok2str(dx, ldp_tlv_values, "Unknown", type), type, tlv_len);
	switch (type) {
	case LDP_TLV_COMMON_HELLO:
		if (tlv_short(dx, tlen, 4))
			break;
		v = GET_BE16(dx, tp + 2);
		dx_printf(dx, "\n\t      Hold Time: %us, Flags: [%s Hello%s]", GET_BE16(dx, tp),
			  v & 0x8000 ? "Targeted" : "Link",
			  v & 0x4000 ? ", Request for targeted Hellos" : "");
		DX_FIELD(dx, tp, 2, "Hold Time: %us", GET_BE16(dx, tp));
		DX_FIELD(dx, tp + 2, 2, "Flags: 0x%04x", v);
		break;
	case LDP_TLV_IPV4_TRANSPORT_ADDR:
		if (tlv_short(dx, tlen, 4))
			break;
		dx_printf(dx, "\n\t      IPv4 Transport Address: %s", GET_IPADDR_STRING(dx, tp));
		DX_FIELD(dx, tp, 4, "IPv4 Transport Address: %s", GET_IPADDR_STRING(dx, tp));
		break;
	case LDP_TLV_IPV6_TRANSPORT_ADDR:
		if (tlv_short(dx, tlen, 16))
			break;
		dx_printf(dx, "\n\t      IPv6 Transport Address: %s", GET_IP6ADDR_STRING(dx, tp));
		DX_FIELD(dx, tp, 16, "IPv6 Transport Address: %s", GET_IP6ADDR_STRING(dx, tp));
		break;
	case LDP_TLV_CONFIG_SEQ_NUMBER:
		if (tlv_short(dx, tlen, 4))
			break;
		dx_printf(dx, "\n\t      Sequence Number: %u", GET_BE32(dx, tp));
		DX_FIELD(dx, tp, 4, "Sequence Number: %u", GET_BE32(dx, tp));
		break;
	case LDP_TLV_ADDRESS_LIST:
		if (tlv_short(dx, tlen, 2))
			break;
		af = GET_BE16(dx, tp);
		tp += 2;
		tlen -= 2;
		dx_printf(dx, "\n\t      Address Family: %s, addresses",
			  tok2str(dx, dx_af_values, "Unknown (%u)", af));
		if (af == AFNUM_INET || af == AFNUM_INET6) {
			unsigned alen = af == AFNUM_INET ? 4 : 16;

			for (; tlen >= alen; tlen -= alen, tp += alen) {
				const char *a = alen == 4 ? GET_IPADDR_STRING(dx, tp)
							  : GET_IP6ADDR_STRING(dx, tp);

				dx_printf(dx, " %s", a);
				DX_FIELD(dx, tp, alen, "Address: %s", a);
			}
		}
		break;
	case LDP_TLV_COMMON_SESSION:
		if (tlv_short(dx, tlen, 8))
			break;
		v = GET_BE16(dx, tp + 6);
		dx_printf(dx,
			  "\n\t      Version: %u, Keepalive: %us, Flags: [Downstream %s, Loop Detection %s]",
			  GET_BE16(dx, tp), GET_BE16(dx, tp + 2),
			  v & 0x8000 ? "On Demand" : "Unsolicited", v & 0x4000 ? "Enabled" : "Disabled");
		DX_FIELD(dx, tp, 2, "Version: %u", GET_BE16(dx, tp));
		DX_FIELD(dx, tp + 2, 2, "Keepalive: %us", GET_BE16(dx, tp + 2));
		break;
	case LDP_TLV_FEC:
		(void)fec_print(dx, tp, tlen);
		break;
	case LDP_TLV_GENERIC_LABEL:
		if (tlv_short(dx, tlen, 4))
			break;
		dx_printf(dx, "\n\t      Label: %u", GET_BE32(dx, tp) & 0xfffff);
		DX_FIELD(dx, tp, 4, "Label: %u", GET_BE32(dx, tp) & 0xfffff);
		break;
	case LDP_TLV_STATUS:
		if (tlv_short(dx, tlen, 8))
			break;
		v = GET_BE32(dx, tp);
		dx_printf(dx, "\n\t      Status: 0x%02x, Flags: [%s and %s forward]", v & 0x3fffffff,
			  v & 0x80000000 ? "Fatal error" : "Advisory Notification",
			  v & 0x40000000 ? "do" : "don't");
		DX_FIELD(dx, tp, 4, "Status: 0x%02x", v & 0x3fffffff);
		v = GET_BE32(dx, tp + 4);
		if (v)
			dx_printf(dx, ", causing Message ID: 0x%08x", v);
		break;
	case LDP_TLV_FT_SESSION:
		if (tlv_short(dx, tlen, 12))
			break;
		v = GET_BE16(dx, tp);
		dx_printf(dx,
			  "\n\t      Flags: [%sReconnect, %sSave State, %sAll-Label Protection, %s Checkpoint, %sRe-Learn State]",
			  v & 0x8000 ? "" : "No ", v & 0x8 ? "" : "Don't ", v & 0x4 ? "" : "No ",
			  v & 0x2 ? "Sequence Numbered Label" : "All Labels", v & 0x1 ? "" : "Don't ");
		DX_FIELD(dx, tp, 2, "FT Flags: 0x%04x", v);
		v = GET_BE32(dx, tp + 4);
		if (v)
			dx_printf(dx, ", Reconnect Timeout: %ums", v);
		v = GET_BE32(dx, tp + 8);
		if (v)
			dx_printf(dx, ", Recovery Time: %ums", v);
		break;
	case LDP_TLV_MTU:
		if (tlv_short(dx, tlen, 2))
			break;
		dx_printf(dx, "\n\t      MTU: %u", GET_BE16(dx, tp));
		DX_FIELD(dx, tp, 2, "MTU: %u", GET_BE16(dx, tp));
		break;
	default:	/* the TLVs without a decoder */
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, tp, "\n\t      ", tlen);
		break;
	}
	DX_LAYER_END(dx);
	return tlv_len + 4;
}

/* the messages of one PDU, tlen bytes at p (-v) */
static void ldp_msgs_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	while (tlen > 0) {
		unsigned raw, type, msg_len, msg_tlen, n;
		const uint8_t *mp;

		DX_TCHECK(dx, p, LDP_MSG_HDRLEN);
		msg_len = GET_BE16(dx, p + 2);
		raw = GET_BE16(dx, p);
		type = raw & 0x7fff;
		if (msg_len < LDP_MSG_HDRLEN - 4) {
			dx_printf(dx, "\n\t  %s Message (0x%04x), length: %u (too short, < %u)",
				  tok2str(dx, ldp_msg_values, "Unknown", type), type, msg_len,
				  LDP_MSG_HDRLEN - 4);
			return;
		}
		dx_printf(dx,
			  "\n\t  %s Message (0x%04x), length: %u, Message ID: 0x%08x, Flags: [%s if unknown]",
			  tok2str(dx, ldp_msg_values, "Unknown", type), type, msg_len,
			  GET_BE32(dx, p + 4), raw & 0x8000 ? "continue processing" : "ignore");
		DX_TCHECK(dx, p, msg_len);
		DX_SUBTREE(dx, p, msg_len + 4, "%s Message (0x%04x), length %u",
			   tok2str(dx, ldp_msg_values, "Unknown", type), type, msg_len);
		DX_FIELD(dx, p + 4, 4, "Message ID: 0x%08x", GET_BE32(dx, p + 4));
		mp = p + LDP_MSG_HDRLEN;
		msg_tlen = msg_len - (LDP_MSG_HDRLEN - 4);
		switch (type) {
		case LDP_MSG_NOTIF:
		case LDP_MSG_HELLO:
		case LDP_MSG_INIT:
		case LDP_MSG_KEEPALIVE:
		case LDP_MSG_ADDRESS:
		case LDP_MSG_LABEL_MAPPING:
		case LDP_MSG_ADDRESS_WITHDRAW:
		case LDP_MSG_LABEL_WITHDRAW:
			while (msg_tlen >= 4) {
				n = ldp_tlv_print(dx, mp, msg_tlen);
				if (n == 0)
					break;
				msg_tlen -= n;
				mp += n;
			}
			break;
		default:	/* the messages without a decoder */
			if (dx->opts->verbose <= 1)
				ip_print_unknown_data(dx, mp, "\n\t  ", msg_tlen);
			break;
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, p + LDP_MSG_HDRLEN, "\n\t  ", msg_len);
		DX_LAYER_END(dx);
		/* tlen is 16 bits in tcpdump: a message longer than the rest wraps it */
		p += msg_len + 4;
		tlen = (tlen - (msg_len + 4)) & 0xffff;
	}
}

/* one PDU at p: the bytes it takes, or 0 to stop (bad header, or not -v) */
static unsigned ldp_pdu_print(struct dx *dx, const uint8_t *p)
{
	const char *sep = dx->opts->verbose ? "\n\t" : "";
	unsigned version, pdu_len;

	DX_TCHECK(dx, p, LDP_PDU_HDRLEN);
	version = GET_BE16(dx, p);
	if (version != LDP_VERSION) {
		dx_printf(dx, "%sLDP version %u packet not supported", sep, version);
		return 0;
	}
	pdu_len = GET_BE16(dx, p + 2);
	if (pdu_len < LDP_PDU_HDRLEN - 4) {
		dx_printf(dx, "%sLDP, pdu-length: %u (too short, < %u)", sep, pdu_len,
			  LDP_PDU_HDRLEN - 4);
		return 0;
	}
	dx_printf(dx, "%sLDP, Label-Space-ID: %s:%u, pdu-length: %u", sep,
		  GET_IPADDR_STRING(dx, p + 4), GET_BE16(dx, p + 8), pdu_len);
	DX_FIELD(dx, p, 2, "Version: %u", version);
	DX_FIELD(dx, p + 2, 2, "PDU Length: %u", pdu_len);
	DX_FIELD(dx, p + 4, 6, "LDP Identifier: %s:%u", GET_IPADDR_STRING(dx, p + 4),
		 GET_BE16(dx, p + 8));
	if (!dx->opts->verbose)
		return 0;
	ldp_msgs_print(dx, p + LDP_PDU_HDRLEN, pdu_len - (LDP_PDU_HDRLEN - 4));
	return pdu_len + 4;
}

void ldp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_proto(dx, "ldp");
	DX_LAYER(dx, p, len, "Label Distribution Protocol");
	while (len > LDP_PDU_HDRLEN + LDP_MSG_HDRLEN) {
		unsigned n = ldp_pdu_print(dx, p);

		if (n == 0)
			break;
		if (len < n) {
			dx_printf(dx, " [remaining length %u < %u]", len, n);
			dx_print_invalid(dx);
			break;
		}
		len -= n;
		p += n;
	}
	DX_LAYER_END(dx);
}
