// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Juniper Ethernet (DLT_JUNIPER_ETHER, link type 178): the
 * Juniper capture header, then an Ethernet frame. Text as tcpdump 4.99.3
 * print-juniper.c.
 *
 * https://www.tcpdump.org/linktypes/LINKTYPE_JUNIPER_ETHER.html: a 3-byte
 * magic "MGC", a flags byte (direction, L2 header stripped, extensions
 * present), and with the extension flag a 2-byte length of TLVs (type,
 * length, a value little-endian below type 128, big-endian from it).
 */
#include "dx.h"
#include "ipproto.h"
#include "print-atm.h"
#include "print-ether.h"
#include "print.h"

#define JUNIPER_MGC_NUMBER 0x4d4743	/* "MGC" */
#define JUNIPER_BPF_PKT_IN 0x01
#define JUNIPER_BPF_NO_L2 0x02
#define JUNIPER_BPF_EXT 0x80
#define JUNIPER_EXT_TLV_OVERHEAD 2u

static const struct tok juniper_direction_values[] = {
	{ 1, "In" },
	{ 0, "Out" },
	{ 0, NULL }
};

static const struct tok jnx_flag_values[] = {
	{ JUNIPER_BPF_EXT, "Ext" },
	{ 0x40, "Filter" },
	{ 0x04, "IIF" },
	{ JUNIPER_BPF_NO_L2, "no-L2" },
	{ JUNIPER_BPF_PKT_IN, "In" },
	{ 0, NULL }
};

static const struct tok jnx_ext_tlv_values[] = {
	{ 1, "Device Interface Index" },
	{ 2, "Device Interface Name" },
	{ 3, "Device Media Type" },
	{ 4, "Logical Interface Index" },
	{ 5, "Logical Unit Number" },
	{ 6, "Logical Interface Encapsulation" },
	{ 7, "TTP derived Device Media Type" },
	{ 8, "TTP derived Logical Interface Encapsulation" },
	{ 0, NULL }
};

static const struct tok juniper_ifmt_values[] = {
	{ 1, "Ethernet" },
	{ 2, "FDDI" },
	{ 3, "Token-Ring" },
	{ 4, "PPP" },
	{ 57, "PPP-Subordinate" },
	{ 5, "Frame-Relay" },
	{ 6, "Cisco-HDLC" },
	{ 7, "SMDS-DXI" },
	{ 8, "ATM-PVC" },
	{ 9, "PPP-CCC" },
	{ 10, "Frame-Relay-CCC" },
	{ 48, "Extended FR-CCC" },
	{ 11, "IP-over-IP" },
	{ 12, "GRE" },
	{ 13, "PIM-Encapsulator" },
	{ 14, "PIM-Decapsulator" },
	{ 15, "Cisco-HDLC-CCC" },
	{ 16, "VLAN-CCC" },
	{ 32, "Extended-VLAN-CCC" },
	{ 17, "Multilink-PPP" },
	{ 18, "Multilink-FR" },
	{ 39, "Multilink-FR-UNI-NNI" },
	{ 19, "Multilink" },
	{ 40, "LinkService" },
	{ 20, "LSI" },
	{ 22, "ATM-CCC-Cell-Relay" },
	{ 23, "IPSEC-over-IP" },
	{ 24, "GGSN" },
	{ 27, "PPP-TCC" },
	{ 28, "Frame-Relay-TCC" },
	{ 49, "Extended FR-TCC" },
	{ 29, "Cisco-HDLC-TCC" },
	{ 30, "Ethernet-CCC" },
	{ 31, "VPN-Loopback-tunnel" },
	{ 33, "Ethernet-over-ATM" },
	{ 46, "Ethernet-VPLS-over-ATM" },
	{ 34, "Monitor" },
	{ 35, "Ethernet-TCC" },
	{ 36, "VLAN-TCC" },
	{ 37, "Extended-VLAN-TCC" },
	{ 38, "Controller" },
	{ 41, "VPLS" },
	{ 42, "VLAN-VPLS" },
	{ 43, "Extended-VLAN-VPLS" },
	{ 44, "Logical-tunnel" },
	{ 45, "General-Services" },
	{ 56, "PPPoE" },
	{ 52, "Flexible-Ethernet-Services" },
	{ 50, "Flexible-FrameRelay" },
	{ 53, "Flow-collection" },
	{ 60, "PIC Peer" },
	{ 59, "Dynamic-Flow-Capture" },
	{ 0, NULL }
};

static const struct tok juniper_ifle_values[] = {
	{ 59, "Aggregator" },
	{ 9, "CCC over ATM" },
	{ 32, "ATM CCC Cell Relay" },
	{ 26, "CISCO compatible NLPID" },
	{ 56, "Ethernet over ATM CCC" },
	{ 41, "Ethernet over ATM LLC" },
	{ 53, "Ethernet VPLS over ATM LLC" },
	{ 5, "ATM LLC" },
	{ 55, "MLPPP over ATM LLC" },
	{ 3, "ATM NLPID" },
	{ 61, "PPPoE over ATM LLC" },
	{ 8, "PPP over FUNI" },
	{ 7, "PPP over ATM LLC" },
	{ 6, "PPP over ATM VCMUX" },
	{ 2, "ATM SNAP" },
	{ 43, "ATM SNAP TCC" },
	{ 35, "ATM VCMUX TCC" },
	{ 4, "ATM VCMUX" },
	{ 18, "C-HDLC" },
	{ 25, "C-HDLC CCC" },
	{ 65, "C-HDLC via dialer" },
	{ 38, "C-HDLC TCC" },
	{ 58, "Collector" },
	{ 33, "Crypto" },
	{ 14, "Ethernet" },
	{ 39, "Ethernet CCC" },
	{ 51, "Extended VLAN VPLS" },
	{ 62, "PPPoE over Ethernet" },
	{ 45, "Ethernet TCC" },
	{ 50, "VLAN VPLS" },
	{ 49, "VPLS" },
	{ 42, "Extended VLAN CCC" },
	{ 47, "Extended VLAN TCC" },
	{ 13, "FR CCC" },
	{ 10, "FR NLPID" },
	{ 54, "FR CCC" },
	{ 12, "FR PPP" },
	{ 11, "FR SNAP" },
	{ 36, "FR TCC" },
	{ 34, "GGSN" },
	{ 22, "GRE NULL" },
	{ 23, "PPP over GRE" },
	{ 20, "IPIP" },
	{ 60, "LAPD" },
	{ 30, "LSI Null" },
	{ 57, "LT VLAN" },
	{ 48, "MFR" },
	{ 29, "MLFR" },
	{ 28, "MLPPP" },
	{ 44, "Monitor" },
	{ 24, "PIMd" },
	{ 21, "PIM Null" },
	{ 17, "PPP" },
	{ 63, "PPPoE" },
	{ 19, "PPP CCC" },
	{ 64, "" },
	{ 37, "PPP TCC" },
	{ 52, "General Services" },
	{ 27, "VLAN CCC" },
	{ 46, "VLAN TCC" },
	{ 40, "VT" },
	{ 0, NULL }
};

/* a TLV value of 1 to 4 bytes, -1 for other lengths */
static long juniper_tlv_value(struct dx *dx, const uint8_t *p, unsigned type, unsigned len)
{
	unsigned i;
	uint32_t v = 0;

	if (len < 1 || len > 4)
		return -1;
	for (i = 0; i < len; i++) {
		unsigned b = GET_U8(dx, p + (type < 128 ? len - 1 - i : i));

		v = v << 8 | b;
	}
	/* tcpdump keeps it in an int */
	return (long)(int32_t)v;
}

/* tcpdump's ip_heuristic_guess: IPv4 or IPv6 by the first byte; 0 if neither */
static int ip_heuristic_guess(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned b = GET_U8(dx, p);

	if (b >= 0x45 && b <= 0x4f)
		ip_print(dx, p, length);
	else if (b >= 0x60 && b <= 0x6f)
		ip6_print(dx, p, length);
	else
		return 0;
	return 1;
}

#define LS_COOKIE_ID 0x54
#define AS_COOKIE_ID 0x47

/* the link types, and their cookie before the frame (tcpdump's cookie table) */
#define JNX_MLPPP 130
#define JNX_MLFR 131
#define JNX_ES 132
#define JNX_GGSN 133
#define JNX_MFR 134
#define JNX_ATM2 135
#define JNX_SERVICES 136
#define JNX_ATM1 137
#define JNX_MONITOR 164
#define JNX_PPPOE 167
#define JNX_PPPOE_ATM 168
#define JNX_ETHER 178
#define JNX_PPP 179
#define JNX_FRELAY 180
#define JNX_CHDLC 181

struct jnx_cookie {
	unsigned pictype;
	unsigned len;
	const char *name;
};

static const struct jnx_cookie jnx_cookies[] = {
	{ JNX_ATM1, 4, "ATM1" },
	{ JNX_ATM2, 8, "ATM2" },
	{ JNX_MLPPP, 2, "MLPPP" },
	{ JNX_MLFR, 2, "MLFR" },
	{ JNX_MFR, 4, "MFR" },
	{ JNX_PPPOE, 0, "PPPoE" },
	{ JNX_PPPOE_ATM, 0, "PPPoE ATM" },
	{ JNX_GGSN, 8, "GGSN" },
	{ JNX_MONITOR, 8, "MONITOR" },
	{ JNX_SERVICES, 8, "AS" },
	{ JNX_ES, 0, "ES" },
	{ 0, 0, NULL }
};

/* what juniper_parse_header learns */
struct jnx_l2info {
	unsigned pictype;
	unsigned length, caplen;	/* of what follows the header and cookie */
	unsigned header_len;
	unsigned direction;
	unsigned cookie_len;
	uint8_t cookie[8];
	unsigned proto;
};

/* tcpdump's juniper_parse_header: the capture header, its extensions and
 * the PIC's cookie; 0 when nothing follows (l2->header_len is set then too) */
static int juniper_parse_header(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
				struct jnx_l2info *l2)
{
	const struct jnx_cookie *ck;
	const uint8_t *tp;
	unsigned flags, ext_len, hl = 4, type, tlen, i;
	long val;
	int vv = dx->opts->verbose > 1;

	l2->header_len = 0;
	l2->cookie_len = 0;
	l2->proto = 0;
	l2->length = length;
	l2->caplen = caplen;
	flags = GET_U8(dx, p + 3);
	l2->direction = flags & JUNIPER_BPF_PKT_IN;
	if (GET_BE24(dx, p) != JUNIPER_MGC_NUMBER) {
		dx_puts(dx, "no magic-number found!");
		return 0;
	}
	DX_LAYER(dx, p, (flags & JUNIPER_BPF_EXT) && DX_TTEST(dx, p + 4, 2) ? 6u + GET_BE16(dx, p + 4) : 4u,
		 "Juniper PCAP header, Flags [%s]", bittok2str(dx, jnx_flag_values, "none", flags));
	DX_FIELD(dx, p, 3, "Magic: MGC");
	DX_FIELD(dx, p + 3, 1, "Flags: [%s] (0x%02x)", bittok2str(dx, jnx_flag_values, "none", flags), flags);
	if (dx->opts->link_header)
		dx_printf(dx, "%3s ", tok2str(dx, juniper_direction_values, "---", l2->direction));
	if (vv)
		dx_printf(dx, "\n\tJuniper PCAP Flags [%s]", bittok2str(dx, jnx_flag_values, "none", flags));
	if (flags & JUNIPER_BPF_EXT) {
		tp = p + 4;
		ext_len = GET_BE16(dx, tp);
		DX_FIELD(dx, tp, 2, "Extensions length: %u", ext_len);
		hl += 2 + ext_len;
		tp += 2;
		if (vv)
			dx_printf(dx, ", PCAP Extension(s) total length %u", ext_len);
		DX_TCHECK(dx, tp, ext_len);
		while (ext_len > JUNIPER_EXT_TLV_OVERHEAD) {
			type = GET_U8(dx, tp);
			tlen = GET_U8(dx, tp + 1);
			tp += 2;
			if (type == 0 || tlen == 0)
				break;
			if (ext_len < tlen + JUNIPER_EXT_TLV_OVERHEAD) {
				dx_printf(dx, " [extension_length %u < %u]", ext_len,
					  tlen + JUNIPER_EXT_TLV_OVERHEAD);
				dx_print_invalid(dx);
				DX_LAYER_END(dx);
				return 0;
			}
			DX_FIELD_IN(dx, tp - 2, tlen + 2u, p + hl, "%s Extension TLV #%u, length %u",
				    tok2str(dx, jnx_ext_tlv_values, "Unknown", type), type, tlen);
			if (vv)
				dx_printf(dx, "\n\t  %s Extension TLV #%u, length %u, value ",
					  tok2str(dx, jnx_ext_tlv_values, "Unknown", type), type, tlen);
			val = juniper_tlv_value(dx, tp, type, tlen);
			if (val != -1 && vv && type != 2) {
				if (type == 3 || type == 7)
					dx_printf(dx, "%s (%ld)", tok2str(dx, juniper_ifmt_values, "Unknown",
									  (unsigned)val), val);
				else if (type == 6 || type == 8)
					dx_printf(dx, "%s (%ld)", tok2str(dx, juniper_ifle_values, "Unknown",
									  (unsigned)val), val);
				else
					dx_printf(dx, "%ld", val);
			}
			tp += tlen;
			ext_len -= tlen + JUNIPER_EXT_TLV_OVERHEAD;
		}
		if (vv)
			dx_puts(dx, "\n\t-----original packet-----\n\t");
	}
	DX_LAYER_END(dx);
	if (flags & JUNIPER_BPF_NO_L2) {
		if (dx->opts->link_header)
			dx_puts(dx, "no-L2-hdr, ");
		DX_TCHECK(dx, p + hl + 4, 1);
		if (!ip_heuristic_guess(dx, p + hl + 4, length - (hl + 4)))
			dx_puts(dx, "no IP-hdr found!");
		l2->header_len = hl + 4;
		return 0;
	}
	l2->header_len = hl;
	p += hl;
	l2->length -= hl;
	l2->caplen -= hl;
	for (ck = jnx_cookies; ck->name && ck->pictype != l2->pictype; ck++)
		;
	if (ck->name) {
		l2->cookie_len = ck->len;
		switch (GET_U8(dx, p)) {
		case LS_COOKIE_ID:
			l2->cookie_len += 2;
			break;
		case AS_COOKIE_ID:
			l2->cookie_len = 8;
			break;
		}
		if (l2->pictype == JNX_MFR && (GET_U8(dx, p) & 0xc0) == 0xc0)
			l2->cookie_len = 0;
		l2->header_len += l2->cookie_len;
		l2->length -= l2->cookie_len;
		l2->caplen -= l2->cookie_len;
		if (dx->opts->link_header)
			dx_printf(dx, "%s-PIC, cookie-len %u", ck->name, l2->cookie_len);
		if (l2->cookie_len > 8) {
			dx_print_invalid(dx);
			return 0;
		}
		if (l2->cookie_len) {
			DX_TCHECK(dx, p, l2->cookie_len);
			DX_FIELD(dx, p, l2->cookie_len, "%s-PIC cookie", ck->name);
			if (dx->opts->link_header)
				dx_puts(dx, ", cookie 0x");
			for (i = 0; i < l2->cookie_len; i++) {
				l2->cookie[i] = GET_U8(dx, p + i);
				if (dx->opts->link_header)
					dx_printf(dx, "%02x", l2->cookie[i]);
			}
		}
		if (dx->opts->link_header)
			dx_puts(dx, ": ");
		l2->proto = GET_BE16(dx, p + l2->cookie_len);
	}
	p += l2->cookie_len;
	if (l2->pictype == JNX_ATM2) {
		uint32_t cw = GET_BE32(dx, p);

		if (l2->cookie[7] & 0x70) {
			/* a cell relay control word */
			if (cw == 0 || cw == 0x08000000 || cw == 0x08380000)
				l2->header_len += 4;
			if (dx->opts->link_header)
				dx_printf(dx, "control-word 0x%08x ", cw);
		}
	}
	if (dx->opts->link_header)
		dx_printf(dx, "hlen %u, proto 0x%04x, ", l2->header_len, l2->proto);
	return 1;
}

unsigned juniper_ether_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_ETHER };

	dx_proto(dx, "juniper_ether");
	if (!juniper_parse_header(dx, p, length, caplen, &l2))
		return l2.header_len;
	p += l2.header_len;
	return l2.header_len + ether_print(dx, p, l2.length, l2.caplen);
}

unsigned juniper_ppp_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_PPP };

	dx_proto(dx, "juniper_ppp");
	if (juniper_parse_header(dx, p, length, caplen, &l2))
		ppp_print(dx, p + l2.header_len, l2.length);
	return l2.header_len;
}

unsigned juniper_chdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_CHDLC };

	dx_proto(dx, "juniper_chdlc");
	if (juniper_parse_header(dx, p, length, caplen, &l2))
		chdlc_if_print(dx, p + l2.header_len, l2.caplen, l2.length);
	return l2.header_len;
}

unsigned juniper_pppoe_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_PPPOE };

	dx_proto(dx, "juniper_pppoe");
	if (juniper_parse_header(dx, p, length, caplen, &l2))
		ether_print(dx, p + l2.header_len, l2.length, l2.caplen);
	return l2.header_len;
}

unsigned juniper_pppoe_atm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_PPPOE_ATM };
	unsigned et;

	dx_proto(dx, "juniper_pppoe_atm");
	if (!juniper_parse_header(dx, p, length, caplen, &l2))
		return l2.header_len;
	p += l2.header_len;
	et = GET_BE16(dx, p);
	if (!ethertype_print(dx, et, p + 2, l2.length - 2, l2.caplen - 2, NULL, NULL))
		dx_printf(dx, "unknown ethertype 0x%04x", et);
	return l2.header_len;
}

/* ATM1 and ATM2: OAM cells, LLC (NLPID or SNAP), Cisco NLPID, or bare IP */
static void juniper_atm_payload(struct dx *dx, const uint8_t *p, const struct jnx_l2info *l2, int oam)
{
	uint32_t llc;

	if (oam) {
		oam_print(dx, p, l2->length, 0);
		return;
	}
	llc = GET_BE24(dx, p);
	if ((llc == 0xfefe03 || llc == 0xaaaa03) && llc_print(dx, p, l2->length, l2->caplen, NULL, NULL) > 0)
		return;
	if (l2->pictype == JNX_ATM2 && l2->direction != JUNIPER_BPF_PKT_IN &&
	    ((uint32_t)l2->cookie[0] << 24 | (uint32_t)l2->cookie[1] << 16 | l2->cookie[2] << 8 | l2->cookie[3]) & 0x3f) {
		/* Ethernet over RFC 1483 */
		ether_print(dx, p, l2->length, l2->caplen);
		return;
	}
	if (GET_U8(dx, p) == 0x03) {
		isoclns_print(dx, p + 1, l2->length - 1);
		return;
	}
	ip_heuristic_guess(dx, p, l2->length);
}

unsigned juniper_atm1_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_ATM1 };

	dx_proto(dx, "juniper_atm1");
	if (juniper_parse_header(dx, p, length, caplen, &l2))
		juniper_atm_payload(dx, p + l2.header_len, &l2, l2.cookie[0] == 0x80);
	return l2.header_len;
}

unsigned juniper_atm2_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_ATM2 };

	dx_proto(dx, "juniper_atm2");
	if (juniper_parse_header(dx, p, length, caplen, &l2))
		juniper_atm_payload(dx, p + l2.header_len, &l2, (l2.cookie[7] & 0x70) != 0);
	return l2.header_len;
}

static const struct tok juniper_ipsec_type_values[] = {
	{ 1, "ESP ENCR-AUTH" },
	{ 2, "ESP ENCR-AH AUTH" },
	{ 3, "ESP AUTH" },
	{ 4, "AH AUTH" },
	{ 5, "ESP ENCR" },
	{ 0, NULL }
};

/* the ES (IPsec) PIC: an SA header (index, TTL, type, SPI, tunnel
 * addresses), for some types 16 bytes rewritten, then IPv4 */
unsigned juniper_es_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct jnx_l2info l2 = { .pictype = JNX_ES };
	const uint8_t *ih;
	unsigned type, rewrite, bundle;

	dx_proto(dx, "juniper_es");
	if (!juniper_parse_header(dx, p, length, caplen, &l2))
		return l2.header_len;
	ih = p + l2.header_len;
	DX_TCHECK(dx, ih, 16);
	type = GET_U8(dx, ih + 3);
	switch (type) {
	case 1:
	case 2:
		rewrite = 0;
		bundle = 1;
		break;
	case 3:
	case 4:
	case 5:
		rewrite = 16;
		bundle = 0;
		break;
	default:
		dx_printf(dx, "ES Invalid type %u, length %u", type, l2.length);
		return l2.header_len;
	}
	DX_LAYER(dx, ih, 16, "Juniper ES SA header, index %u, type %s", GET_BE16(dx, ih),
		 tok2str(dx, juniper_ipsec_type_values, "Unknown", type));
	DX_FIELD(dx, ih, 2, "SA index: %u", GET_BE16(dx, ih));
	DX_FIELD(dx, ih + 2, 1, "TTL: %u", GET_U8(dx, ih + 2));
	DX_FIELD(dx, ih + 3, 1, "Type: %s (%u)", tok2str(dx, juniper_ipsec_type_values, "Unknown", type), type);
	DX_FIELD(dx, ih + 4, 4, "SPI: %u", GET_BE32(dx, ih + 4));
	DX_LAYER_END(dx);
	l2.length -= rewrite;
	if (dx->opts->link_header) {
		if (!bundle) {
			dx_printf(dx, "ES SA, index %u, ttl %u type %s (%u), spi %u, Tunnel %s > ",
				  GET_BE16(dx, ih), GET_U8(dx, ih + 2),
				  tok2str(dx, juniper_ipsec_type_values, "Unknown", type), type,
				  GET_BE32(dx, ih + 4), GET_IPADDR_STRING(dx, ih + 8));
			dx_printf(dx, "%s, length %u\n", GET_IPADDR_STRING(dx, ih + 12), l2.length);
		} else {
			dx_printf(dx, "ES SA, index %u, ttl %u type %s (%u), length %u\n", GET_BE16(dx, ih),
				  GET_U8(dx, ih + 2), tok2str(dx, juniper_ipsec_type_values, "Unknown", type),
				  type, l2.length);
		}
	}
	ip_print(dx, ih + rewrite, l2.length);
	return l2.header_len;
}
