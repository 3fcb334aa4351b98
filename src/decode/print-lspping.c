// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: LSP ping, MPLS echo request and reply (UDP port 3503). Text
 * as tcpdump 4.99.3 print-lspping.c.
 * RFC 8029 (was RFC 4379), draft-ietf-bfd-mpls (BFD discriminator)
 *
 * Header (32): version (2), global flags (2), message type, reply mode,
 * return code, return subcode (1 each), sender's handle (4), sequence
 * number (4), time sent and time received (NTP, 8 each). TLVs follow:
 * type (2), length (2), value padded to 4 bytes; the Target FEC Stack
 * holds sub-TLVs of the same shape.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define LSPPING_HDRLEN 32u
#define LSPPING_VERSION 1

static const struct tok lspping_msg_type_values[] = {
	{ 1, "MPLS Echo Request" },
	{ 2, "MPLS Echo Reply" },
	{ 0, NULL }
};

static const struct tok lspping_reply_mode_values[] = {
	{ 1, "Do not reply" },
	{ 2, "Reply via an IPv4/IPv6 UDP packet" },
	{ 3, "Reply via an IPv4/IPv6 UDP packet with Router Alert" },
	{ 4, "Reply via application level control channel" },
	{ 0, NULL }
};

static const struct tok lspping_return_code_values[] = {
	{ 0, "No return code or return code contained in the Error Code TLV" },
	{ 1, "Malformed echo request received" },
	{ 2, "One or more of the TLVs was not understood" },
	{ 3, "Replying router is an egress for the FEC at stack depth" },
	{ 4, "Replying router has no mapping for the FEC at stack depth" },
	{ 5, "Reserved" },
	{ 6, "Reserved" },
	{ 7, "Reserved" },
	{ 8, "Label switched at stack-depth" },
	{ 9, "Label switched but no MPLS forwarding at stack-depth" },
	{ 10, "Mapping for this FEC is not the given label at stack depth" },
	{ 11, "No label entry at stack-depth" },
	{ 12, "Protocol not associated with interface at FEC stack depth" },
	{ 13, "Premature termination of ping due to label stack shrinking to a single label" },
	{ 0, NULL }
};

#define TLV_TARGET_FEC_STACK 1
#define TLV_DOWNSTREAM_MAPPING 2
#define TLV_PAD 3
#define TLV_VENDOR_ENTERPRISE 5
#define TLV_INTERFACE_LABEL_STACK 7
#define TLV_ERROR_CODE 9
#define TLV_REPLY_TOS_BYTE 10
#define TLV_BFD_DISCRIMINATOR 15
#define TLV_VENDOR_PRIVATE 0xfc00

static const struct tok lspping_tlv_values[] = {
	{ TLV_TARGET_FEC_STACK, "Target FEC Stack" },
	{ TLV_DOWNSTREAM_MAPPING, "Downstream Mapping" },
	{ TLV_PAD, "Pad" },
	{ TLV_ERROR_CODE, "Error Code" },
	{ TLV_VENDOR_ENTERPRISE, "Vendor Enterprise Code" },
	{ TLV_INTERFACE_LABEL_STACK, "Interface Label Stack" },
	{ TLV_REPLY_TOS_BYTE, "Reply TOS Byte" },
	{ TLV_BFD_DISCRIMINATOR, "BFD Discriminator" },
	{ TLV_VENDOR_PRIVATE, "Vendor Private Code" },
	{ 0, NULL }
};

#define FEC_LDP_IPV4 1
#define FEC_LDP_IPV6 2
#define FEC_RSVP_IPV4 3
#define FEC_RSVP_IPV6 4
#define FEC_L3VPN_IPV4 6
#define FEC_L3VPN_IPV6 7
#define FEC_L2VPN_ENDPT 8
#define FEC_128_PW_OLD 9
#define FEC_128_PW 10
#define FEC_BGP_IPV4 12
#define FEC_BGP_IPV6 13

static const struct tok lspping_fec_values[] = {
	{ FEC_LDP_IPV4, "LDP IPv4 prefix" },
	{ FEC_LDP_IPV6, "LDP IPv6 prefix" },
	{ FEC_RSVP_IPV4, "RSVP IPv4 Session Query" },
	{ FEC_RSVP_IPV6, "RSVP IPv6 Session Query" },
	{ 5, "Reserved" },
	{ FEC_L3VPN_IPV4, "VPN IPv4 prefix" },
	{ FEC_L3VPN_IPV6, "VPN IPv6 prefix" },
	{ FEC_L2VPN_ENDPT, "L2 VPN endpoint" },
	{ FEC_128_PW_OLD, "FEC 128 pseudowire (old)" },
	{ FEC_128_PW, "FEC 128 pseudowire" },
	{ FEC_BGP_IPV4, "BGP labeled IPv4 prefix" },
	{ FEC_BGP_IPV6, "BGP labeled IPv6 prefix" },
	{ 0, NULL }
};

/* the one value length each decoded FEC sub-TLV must have, 0 for the rest */
static unsigned fec_want_len(unsigned type)
{
	switch (type) {
	case FEC_LDP_IPV4:
	case FEC_BGP_IPV4:
		return 5;
	case FEC_LDP_IPV6:
	case FEC_BGP_IPV6:
		return 17;
	case FEC_RSVP_IPV4:
		return 20;
	case FEC_RSVP_IPV6:
		return 56;
	case FEC_L3VPN_IPV4:
		return 13;
	case FEC_L3VPN_IPV6:
		return 25;
	case FEC_L2VPN_ENDPT:
	case FEC_128_PW:
		return 14;
	case FEC_128_PW_OLD:
		return 10;
	default:
		return 0;
	}
}

#define AFI_IPV4 1
#define AFI_IPV4_UNMB 2
#define AFI_IPV6 3
#define AFI_IPV6_UNMB 4

static const struct tok lspping_ds_addr_values[] = {
	{ AFI_IPV4, "IPv4" },
	{ AFI_IPV4_UNMB, "Unnumbered IPv4" },
	{ AFI_IPV6, "IPv6" },
	{ AFI_IPV6_UNMB, "IPv6" },
	{ 0, NULL }
};

/* an IPv4 or IPv6 address by its size */
static const char *addr_str(struct dx *dx, const uint8_t *p, unsigned alen)
{
	return alen == 4 ? GET_IPADDR_STRING(dx, p) : GET_IP6ADDR_STRING(dx, p);
}

/*
 * One Target FEC Stack sub-TLV value, len bytes at p (captured); returns
 * 1 when the value is to be dumped in hex (unknown type or wrong length).
 */
static int fec_subtlv(struct dx *dx, unsigned type, const uint8_t *p, unsigned len)
{
	unsigned want = fec_want_len(type), alen = 4, pw;

	if (!want)
		return 1;
	if (len != want) {
		dx_printf(dx, "\n\t      invalid subTLV length, should be %u", want);
		return 1;
	}
	switch (type) {
	case FEC_LDP_IPV6:
	case FEC_BGP_IPV6:
		alen = 16;
		/* fall through */
	case FEC_LDP_IPV4:
	case FEC_BGP_IPV4:
		dx_printf(dx, "\n\t      %s/%u", addr_str(dx, p, alen), GET_U8(dx, p + alen));
		DX_FIELD(dx, p, len, "Prefix: %s/%u", addr_str(dx, p, alen), p[alen]);
		break;
	case FEC_RSVP_IPV6:
		alen = 16;
		/* fall through */
	case FEC_RSVP_IPV4:
		/* end point, reserved (2), tunnel id (2), extended tunnel id,
		 * sender, reserved (2), LSP id (2) */
		dx_printf(dx, "\n\t      tunnel end-point %s, tunnel sender %s, lsp-id 0x%04x",
			  addr_str(dx, p, alen), addr_str(dx, p + 4 + 2 * alen, alen),
			  GET_BE16(dx, p + 6 + 3 * alen));
		dx_printf(dx, "\n\t      tunnel-id 0x%04x, extended tunnel-id %s",
			  GET_BE16(dx, p + alen + 2), addr_str(dx, p + alen + 4, alen));
		DX_FIELD(dx, p, len, "Tunnel end-point %s, tunnel-id 0x%04x",
			 addr_str(dx, p, alen), GET_BE16(dx, p + alen + 2));
		break;
	case FEC_L3VPN_IPV6:
		alen = 16;
		/* fall through */
	case FEC_L3VPN_IPV4:
		dx_printf(dx, "\n\t      RD: %s, %s/%u", bgp_vpn_rd_print(dx, p),
			  addr_str(dx, p + 8, alen), GET_U8(dx, p + 8 + alen));
		DX_FIELD(dx, p, len, "VPN prefix: %s/%u", addr_str(dx, p + 8, alen), p[8 + alen]);
		break;
	case FEC_L2VPN_ENDPT:
		pw = GET_BE16(dx, p + 12);
		dx_printf(dx, "\n\t      RD: %s, Sender VE ID: %u, Receiver VE ID: %u",
			  bgp_vpn_rd_print(dx, p), GET_BE16(dx, p + 8), GET_BE16(dx, p + 10));
		dx_printf(dx, "\n\t      Encapsulation Type: %s (%u)",
			  tok2str(dx, dx_mpls_pw_types_values, "unknown", pw), pw);
		DX_FIELD(dx, p, len, "L2 VPN endpoint: RD %s", bgp_vpn_rd_print(dx, p));
		break;
	case FEC_128_PW_OLD:
		pw = GET_BE16(dx, p + 8);
		dx_printf(dx, "\n\t      Remote PE: %s", GET_IPADDR_STRING(dx, p));
		dx_printf(dx, "\n\t      PW ID: 0x%08x, PW Type: %s (%u)", GET_BE32(dx, p + 4),
			  tok2str(dx, dx_mpls_pw_types_values, "unknown", pw), pw);
		DX_FIELD(dx, p, len, "Remote PE: %s", GET_IPADDR_STRING(dx, p));
		break;
	case FEC_128_PW:
		pw = GET_BE16(dx, p + 12);
		dx_printf(dx, "\n\t      Sender PE: %s, Remote PE: %s", GET_IPADDR_STRING(dx, p),
			  GET_IPADDR_STRING(dx, p + 4));
		dx_printf(dx, "\n\t      PW ID: 0x%08x, PW Type: %s (%u)", GET_BE32(dx, p + 8),
			  tok2str(dx, dx_mpls_pw_types_values, "unknown", pw), pw);
		DX_FIELD(dx, p, len, "Sender PE: %s, Remote PE: %s", GET_IPADDR_STRING(dx, p),
			 GET_IPADDR_STRING(dx, p + 4));
		break;
	}
	return 0;
}

/* outcome of one TLV's value */
enum lsp_tlv_end {
	LSP_TLV_OK,		/* printed */
	LSP_TLV_HEX,		/* printed, then the value in hex */
	LSP_TLV_STOP,		/* the packet ends here ("TLV is too short") */
};

/* the Target FEC Stack's sub-TLVs, tlen bytes at p (captured) */
static enum lsp_tlv_end fec_stack(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	while (tlen != 0) {
		unsigned type, len;

		if (tlen < 4) {
			dx_puts(dx, "\n\t      TLV is too short");
			return LSP_TLV_HEX;
		}
		type = GET_BE16(dx, p);
		len = GET_BE16(dx, p + 2);
		if (tlen < len + 4) {
			dx_puts(dx, "\n\t      TLV is too short");
			return LSP_TLV_HEX;
		}
		DX_TCHECK(dx, p + 4, len);
		dx_printf(dx, "\n\t    %s subTLV (%u), length: %u",
			  tok2str(dx, lspping_fec_values, "Unknown", type), type, len);
		DX_SUBTREE(dx, p, len + 4, "%s subTLV (%u), length %u",
			   tok2str(dx, lspping_fec_values, "Unknown", type), type, len);
		if (fec_subtlv(dx, type, p + 4, len) || dx->opts->verbose > 1)
			ip_print_unknown_data(dx, p + 4, "\n\t      ", len);
		DX_LAYER_END(dx);
		if (len % 4) {
			len += 4 - len % 4;
			if (tlen < len + 4) {
				dx_puts(dx, "\n\t\t TLV is too short");
				return LSP_TLV_STOP;
			}
		}
		/* tcpdump steps over the value but not the sub-TLV's header,
		 * while the room left shrinks by both: the next sub-TLV is read
		 * 4 bytes early, as it prints them */
		p += len;
		tlen -= len + 4;
	}
	return LSP_TLV_OK;
}

/* the Downstream Mapping TLV, tlen bytes at p (captured) */
static enum lsp_tlv_end downstream_map(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	unsigned at, alen = 0, iflen = 0;

	if (tlen < 4) {
		dx_puts(dx, "\n\t      TLV is too short");
		return LSP_TLV_HEX;
	}
	at = GET_U8(dx, p + 2);
	dx_printf(dx, "\n\t    MTU: %u, Address-Type: %s (%u)", GET_BE16(dx, p),
		  tok2str(dx, lspping_ds_addr_values, "unknown", at), at);
	DX_FIELD(dx, p, 2, "MTU: %u", GET_BE16(dx, p));
	DX_FIELD(dx, p + 2, 1, "Address-Type: %s (%u)",
		 tok2str(dx, lspping_ds_addr_values, "unknown", at), at);
	switch (at) {
	case AFI_IPV4:
	case AFI_IPV4_UNMB:
		alen = iflen = 4;
		break;
	case AFI_IPV6:
		alen = iflen = 16;
		break;
	case AFI_IPV6_UNMB:
		alen = 16;
		iflen = 4;
		break;
	}
	if (alen) {
		int numbered = at == AFI_IPV4 || at == AFI_IPV6;

		if (tlen < 4 + alen + iflen) {
			dx_puts(dx, "\n\t      TLV is too short");
			return LSP_TLV_HEX;
		}
		DX_TCHECK(dx, p, 4 + alen + iflen);
		dx_printf(dx, "\n\t    Downstream IP: %s", addr_str(dx, p + 4, alen));
		DX_FIELD(dx, p + 4, alen, "Downstream IP: %s", addr_str(dx, p + 4, alen));
		if (numbered)
			dx_printf(dx, "\n\t    Downstream Interface IP: %s",
				  addr_str(dx, p + 4 + alen, alen));
		else
			dx_printf(dx, "\n\t    Downstream Interface Index: 0x%08x",
				  GET_BE32(dx, p + 4 + alen));
		p += 4 + alen + iflen;
		tlen -= 4 + alen + iflen;
	}
	/* multipath type, depth limit, multipath length: then labels and
	 * multipath data, which tcpdump leaves to the hex dump */
	if (tlen < 4) {
		dx_puts(dx, "\n\t      TLV is too short");
		return LSP_TLV_HEX;
	}
	DX_TCHECK(dx, p, 4);
	return LSP_TLV_HEX;
}

/* one TLV's value of tlen bytes at p (captured) */
static enum lsp_tlv_end tlv_value(struct dx *dx, unsigned type, const uint8_t *p, unsigned tlen)
{
	uint32_t v;

	switch (type) {
	case TLV_TARGET_FEC_STACK:
		return fec_stack(dx, p, tlen);
	case TLV_DOWNSTREAM_MAPPING:
		return downstream_map(dx, p, tlen);
	case TLV_BFD_DISCRIMINATOR:
	case TLV_VENDOR_ENTERPRISE:
		if (tlen < 4) {
			dx_puts(dx, "\n\t      TLV is too short");
			return LSP_TLV_HEX;
		}
		v = GET_BE32(dx, p);
		if (type == TLV_BFD_DISCRIMINATOR) {
			dx_printf(dx, "\n\t    BFD Discriminator 0x%08x", v);
			DX_FIELD(dx, p, 4, "BFD Discriminator: 0x%08x", v);
		} else {
			dx_printf(dx, "\n\t    Vendor: %s (0x%04x)",
				  tok2str(dx, dx_smi_values, "Unknown", v), v);
			DX_FIELD(dx, p, 4, "Vendor: %s (0x%04x)",
				 tok2str(dx, dx_smi_values, "Unknown", v), v);
		}
		return LSP_TLV_OK;
	default:	/* pad, error code, vendor private and the rest: hex */
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, p, "\n\t    ", tlen);
		return LSP_TLV_OK;
	}
}

/* the common header at -v, then the TLVs of the len - 32 bytes after it */
static void lspping_verbose(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned type = p[4], mode = p[5], rc = p[6], sub = p[7], tlen;
	const uint8_t *tp;

	dx_printf(dx, "\n\tLSP-PINGv%u, msg-type: %s (%u), length: %u\n\t  reply-mode: %s (%u)",
		  GET_BE16(dx, p), tok2str(dx, lspping_msg_type_values, "unknown", type), type, len,
		  tok2str(dx, lspping_reply_mode_values, "unknown", mode), mode);
	/* these return codes take the subcode as the stack depth */
	if (rc == 3 || rc == 4 || rc == 8 || rc == 10 || rc == 11 || rc == 12)
		dx_printf(dx, "\n\t  Return Code: %s %u (%u)\n\t  Return Subcode: (%u)",
			  tok2str(dx, lspping_return_code_values, "unknown", rc), sub, rc, sub);
	else
		dx_printf(dx, "\n\t  Return Code: %s (%u)\n\t  Return Subcode: (%u)",
			  tok2str(dx, lspping_return_code_values, "unknown", rc), rc, sub);
	dx_printf(dx, "\n\t  Sender Handle: 0x%08x, Sequence: %u", GET_BE32(dx, p + 8),
		  GET_BE32(dx, p + 12));
	DX_FIELD(dx, p + 5, 1, "Reply mode: %s (%u)",
		 tok2str(dx, lspping_reply_mode_values, "unknown", mode), mode);
	DX_FIELD(dx, p + 6, 1, "Return Code: %u", rc);
	DX_FIELD(dx, p + 7, 1, "Return Subcode: %u", sub);
	DX_FIELD(dx, p + 8, 4, "Sender Handle: 0x%08x", GET_BE32(dx, p + 8));
	dx_puts(dx, "\n\t  Sender Timestamp: ");
	ntp_put_time(dx, p + 16, "Sender Timestamp");
	dx_puts(dx, " Receiver Timestamp: ");
	if (GET_BE32(dx, p + 24) || GET_BE32(dx, p + 28))
		ntp_put_time(dx, p + 24, "Receiver Timestamp");
	else
		dx_puts(dx, "no timestamp");

	tp = p + LSPPING_HDRLEN;
	tlen = len - LSPPING_HDRLEN;
	while (tlen != 0) {
		unsigned ttype, tlv_len;
		enum lsp_tlv_end e;

		if (tlen < 4)
			goto tooshort;
		ttype = GET_BE16(dx, tp);
		tlv_len = GET_BE16(dx, tp + 2);
		dx_printf(dx, "\n\t  %s TLV (%u), length: %u",
			  tok2str(dx, lspping_tlv_values, "Unknown", ttype), ttype, tlv_len);
		if (tlv_len == 0) {
			DX_FIELD(dx, tp, 4, "%s TLV (%u), length 0",
				 tok2str(dx, lspping_tlv_values, "Unknown", ttype), ttype);
			tp += 4;
			tlen -= 4;
			continue;
		}
		if (tlen < tlv_len + 4)
			goto tooshort;
		DX_TCHECK(dx, tp + 4, tlv_len);
		DX_SUBTREE(dx, tp, tlv_len + 4, "%s TLV (%u), length %u",
			   tok2str(dx, lspping_tlv_values, "Unknown", ttype), ttype, tlv_len);
		e = tlv_value(dx, ttype, tp + 4, tlv_len);
		if (e == LSP_TLV_STOP) {
			DX_LAYER_END(dx);
			return;
		}
		if (dx->opts->verbose > 1 || e == LSP_TLV_HEX)
			ip_print_unknown_data(dx, tp + 4, "\n\t    ", tlv_len);
		DX_LAYER_END(dx);
		if (tlv_len % 4) {
			tlv_len += 4 - tlv_len % 4;
			if (tlen < tlv_len + 4)
				goto tooshort;
		}
		tp += tlv_len + 4;
		tlen -= tlv_len + 4;
	}
	return;
tooshort:
	dx_puts(dx, "\n\t\t packet is too short");
}

void lspping_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned version;

	dx_proto(dx, "lspping");
	if (len < LSPPING_HDRLEN) {
		dx_puts(dx, "\n\t\t packet is too short");
		return;
	}
	DX_TCHECK(dx, p, LSPPING_HDRLEN);
	DX_LAYER(dx, p, len, "MPLS Echo (LSP ping)");
	version = GET_BE16(dx, p);
	DX_FIELD(dx, p, 2, "Version: %u", version);
	if (version != LSPPING_VERSION) {
		dx_printf(dx, "LSP-PING version %u packet not supported", version);
	} else if (!dx->opts->verbose) {
		dx_printf(dx, "LSP-PINGv%u, %s, seq %u, length: %u", version,
			  tok2str(dx, lspping_msg_type_values, "unknown (%u)", p[4]),
			  GET_BE32(dx, p + 12), len);
		DX_FIELD(dx, p + 4, 1, "Message type: %s",
			 tok2str(dx, lspping_msg_type_values, "unknown (%u)", p[4]));
		DX_FIELD(dx, p + 12, 4, "Sequence: %u", GET_BE32(dx, p + 12));
	} else {
		DX_FIELD(dx, p + 4, 1, "Message type: %s",
			 tok2str(dx, lspping_msg_type_values, "unknown (%u)", p[4]));
		DX_FIELD(dx, p + 12, 4, "Sequence: %u", GET_BE32(dx, p + 12));
		lspping_verbose(dx, p, len);
	}
	DX_LAYER_END(dx);
}
