// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ISO CLNS protocols by NLPID: CLNP, ES-IS, IS-IS (print-isis.c),
 * with the IP, IPv6 and null network layers it carries. Text as tcpdump
 * 4.99.3 print-isoclns.c.
 *
 * The first byte of an OSI network-layer PDU is its NLPID (ISO/IEC TR
 * 9577): 0x81 CLNP (ISO 8473), 0x82 ES-IS (ISO 9542), 0x83 IS-IS
 * (ISO/IEC 10589), 0xcc IPv4 and 0x8e IPv6 (RFC 1195).
 */
#include "print-isoclns.h"

#include <stdio.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

const struct tok nlpid_values[] = {
	{ NLPID_NULLNS, "NULL" },
	{ NLPID_Q933, "Q.933" },
	{ 0x09, "LMI" },
	{ 0x80, "SNAP" },
	{ NLPID_CLNP, "CLNP" },
	{ NLPID_ESIS, "ES-IS" },
	{ NLPID_ISIS, "IS-IS" },
	{ 0x84, "CONS" },
	{ 0x85, "IDRP" },
	{ 0xc1, "ISIS_SPB" },
	{ 0xb1, "FRF.15" },
	{ NLPID_IP, "IPv4" },
	{ NLPID_PPP, "PPP" },
	{ 0x8a, "X25 ES-IS" },
	{ NLPID_IP6, "IPv6" },
	{ 0, NULL }
};

/* ISO 8473 Annex C (Fletcher) checksum of len bytes with the two bytes at
 * off taken as zero: the value the field should hold */
static unsigned osi_cksum(const uint8_t *p, unsigned off, unsigned len)
{
	uint32_t c0 = 0, c1 = 0;
	unsigned i;
	uint32_t mul;
	int32_t x, y;

	for (i = 0; i < len; i++) {
		if (i != off && i != off + 1)
			c0 += p[i];
		c1 += c0;
	}
	c0 %= 255;
	c1 %= 255;
	mul = (len - off) * c0;
	x = (int32_t)(mul - c0 - c1);
	y = (int32_t)(c1 - mul - 1);
	if (y >= 0)
		y++;
	if (x < 0)
		x--;
	x %= 255;
	y %= 255;
	if (x == 0)
		x = 255;
	if (y == 0)
		y = 255;
	return (unsigned)(((x & 0xff) << 8) | (y & 0xff));
}

/* tcpdump's osi_print_cksum: verify the checksum field at p + off */
void osi_print_cksum(struct dx *dx, const uint8_t *p, unsigned cksum, unsigned off, unsigned len)
{
	unsigned calc;

	if (!cksum || !DX_TTEST(dx, p + off, 2) || off > len || !DX_TTEST(dx, p, len)) {
		dx_puts(dx, " (unverified)");
		return;
	}
	calc = osi_cksum(p, off, len);
	if (calc == cksum)
		dx_puts(dx, " (correct)");
	else
		dx_printf(dx, " (incorrect should be 0x%04x)", calc);
}

#define CLNP_VERSION 1
#define CLNP_HDR_LEN 9u
#define CLNP_SEG_LEN 6u
/* an Error Report carries the header of the PDU it reports on; tcpdump
 * follows those without a limit, a packet can hold thousands: this many */
#define CLNP_MAX_NEST 32

#define CLNP_PDU_ER 1
#define CLNP_PDU_DT 28
#define CLNP_PDU_MD 29
#define CLNP_PDU_ERQ 30
#define CLNP_PDU_ERP 31

#define CLNP_SEGMENT_PART 0x80

#define CLNP_OPTION_DISCARD_REASON 193
#define CLNP_OPTION_QOS_MAINTENANCE 195
#define CLNP_OPTION_SECURITY 197
#define CLNP_OPTION_SOURCE_ROUTING 200
#define CLNP_OPTION_ROUTE_RECORDING 203
#define CLNP_OPTION_PADDING 204
#define CLNP_OPTION_PRIORITY 205

#define CLNP_OPTION_SCOPE_MASK 0xc0
#define CLNP_OPTION_SCOPE_GLOBAL 0xc0

static const struct tok clnp_pdu_values[] = {
	{ CLNP_PDU_ER, "Error Report" },
	{ CLNP_PDU_MD, "MD" },
	{ CLNP_PDU_DT, "Data" },
	{ CLNP_PDU_ERQ, "Echo Request" },
	{ CLNP_PDU_ERP, "Echo Response" },
	{ 0, NULL }
};

static const struct tok clnp_flag_values[] = {
	{ CLNP_SEGMENT_PART, "Segmentation permitted" },
	{ 0x40, "more Segments" },
	{ 0x20, "request Error Report" },
	{ 0, NULL }
};

static const struct tok clnp_option_values[] = {
	{ CLNP_OPTION_DISCARD_REASON, "Discard Reason" },
	{ CLNP_OPTION_PRIORITY, "Priority" },
	{ CLNP_OPTION_QOS_MAINTENANCE, "QoS Maintenance" },
	{ CLNP_OPTION_SECURITY, "Security" },
	{ CLNP_OPTION_SOURCE_ROUTING, "Source Routing" },
	{ CLNP_OPTION_ROUTE_RECORDING, "Route Recording" },
	{ CLNP_OPTION_PADDING, "Padding" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_class_values[] = {
	{ 0x0, "General" },
	{ 0x8, "Address" },
	{ 0x9, "Source Routeing" },
	{ 0xa, "Lifetime" },
	{ 0xb, "PDU Discarded" },
	{ 0xc, "Reassembly" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_general_values[] = {
	{ 0x0, "Reason not specified" },
	{ 0x1, "Protocol procedure error" },
	{ 0x2, "Incorrect checksum" },
	{ 0x3, "PDU discarded due to congestion" },
	{ 0x4, "Header syntax error (cannot be parsed)" },
	{ 0x5, "Segmentation needed but not permitted" },
	{ 0x6, "Incomplete PDU received" },
	{ 0x7, "Duplicate option" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_address_values[] = {
	{ 0x0, "Destination address unreachable" },
	{ 0x1, "Destination address unknown" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_source_routeing_values[] = {
	{ 0x0, "Unspecified source routeing error" },
	{ 0x1, "Syntax error in source routeing field" },
	{ 0x2, "Unknown address in source routeing field" },
	{ 0x3, "Path not acceptable" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_lifetime_values[] = {
	{ 0x0, "Lifetime expired while data unit in transit" },
	{ 0x1, "Lifetime expired during reassembly" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_pdu_discard_values[] = {
	{ 0x0, "Unsupported option not specified" },
	{ 0x1, "Unsupported protocol version" },
	{ 0x2, "Unsupported security option" },
	{ 0x3, "Unsupported source routeing option" },
	{ 0x4, "Unsupported recording of route option" },
	{ 0, NULL }
};

static const struct tok clnp_option_rfd_reassembly_values[] = {
	{ 0x0, "Reassembly interference" },
	{ 0, NULL }
};

/* the reasons of each of the 16 error classes; NULL: none named */
static const struct tok *const clnp_option_rfd_error_class[16] = {
	[0x0] = clnp_option_rfd_general_values,
	[0x8] = clnp_option_rfd_address_values,
	[0x9] = clnp_option_rfd_source_routeing_values,
	[0xa] = clnp_option_rfd_lifetime_values,
	[0xb] = clnp_option_rfd_pdu_discard_values,
	[0xc] = clnp_option_rfd_reassembly_values,
};

static const struct tok clnp_option_scope_values[] = {
	{ 0x40, "Source Address Specific" },
	{ 0x80, "Destination Address Specific" },
	{ CLNP_OPTION_SCOPE_GLOBAL, "Globally unique" },
	{ 0, NULL }
};

static const struct tok clnp_option_sr_rr_values[] = {
	{ 0x0, "partial" },
	{ 0x1, "complete" },
	{ 0, NULL }
};

static const struct tok clnp_option_sr_rr_string_values[] = {
	{ CLNP_OPTION_SOURCE_ROUTING, "source routing" },
	{ CLNP_OPTION_ROUTE_RECORDING, "recording of route in progress" },
	{ 0, NULL }
};

static const struct tok clnp_option_qos_global_values[] = {
	{ 0x20, "reserved" },
	{ 0x10, "sequencing vs. delay" },
	{ 0x08, "congested" },
	{ 0x04, "delay vs. cost" },
	{ 0x02, "error vs. delay" },
	{ 0x01, "error vs. cost" },
	{ 0, NULL }
};

/* what tcpdump prints of a header whose length indicator is below the
 * minimum: the captured bytes from p on, in upper-case hex */
static void osi_short_li(struct dx *dx, const uint8_t *p, unsigned li)
{
	dx_printf(dx, " length indicator %u < min PDU size:", li);
	for (; p < dx->snapend; p++)
		dx_printf(dx, "%02X", GET_U8(dx, p));
}

/* one CLNP option's value (ISO 8473 7.5); 0 when it is too short */
static int clnp_option(struct dx *dx, unsigned op, const uint8_t *tp, unsigned tlen)
{
	unsigned v, off, alen;

	switch (op) {
	case CLNP_OPTION_ROUTE_RECORDING:
	case CLNP_OPTION_SOURCE_ROUTING:
		if (tlen < 2) {
			dx_puts(dx, ", bad opt len");
			return 0;
		}
		dx_printf(dx, "%s %s", tok2str(dx, clnp_option_sr_rr_values, "Unknown", GET_U8(dx, tp)),
			  tok2str(dx, clnp_option_sr_rr_string_values, "Unknown Option %u", op));
		off = GET_U8(dx, tp + 1);
		if (off == 0) {
			dx_puts(dx, " Bad NSAP offset (0)");
			break;
		}
		off--;	/* to the NSAP list */
		if (off > tlen) {
			dx_puts(dx, " Bad NSAP offset (past end of option)");
			break;
		}
		tp += off;
		tlen -= off;
		/* as tcpdump's loop, the address pointer does not move on */
		while (tlen > 0) {
			alen = GET_U8(dx, tp);
			if (tlen < alen + 1) {
				dx_puts(dx, "\n\t    NSAP address goes past end of option");
				break;
			}
			if (alen > 0)
				dx_printf(dx, "\n\t    NSAP address (length %u): %s", alen,
					  dx_isonsap_string(dx, tp + 1, alen));
			tlen -= alen + 1;
		}
		break;
	case CLNP_OPTION_PRIORITY:
		if (tlen < 1) {
			dx_puts(dx, ", bad opt len");
			return 0;
		}
		dx_printf(dx, "0x%1x", GET_U8(dx, tp) & 0x0f);
		break;
	case CLNP_OPTION_QOS_MAINTENANCE:
		if (tlen < 1) {
			dx_puts(dx, ", bad opt len");
			return 0;
		}
		v = GET_U8(dx, tp);
		dx_printf(dx, "\n\t    Format Code: %s",
			  tok2str(dx, clnp_option_scope_values, "Reserved", v & CLNP_OPTION_SCOPE_MASK));
		if ((v & CLNP_OPTION_SCOPE_MASK) == CLNP_OPTION_SCOPE_GLOBAL)
			dx_printf(dx, "\n\t    QoS Flags [%s]",
				  bittok2str(dx, clnp_option_qos_global_values, "none", v & 0x3f));
		break;
	case CLNP_OPTION_SECURITY:
		if (tlen < 2) {
			dx_puts(dx, ", bad opt len");
			return 0;
		}
		dx_printf(dx, "\n\t    Format Code: %s, Security-Level %u",
			  tok2str(dx, clnp_option_scope_values, "Reserved",
				  GET_U8(dx, tp) & CLNP_OPTION_SCOPE_MASK),
			  GET_U8(dx, tp + 1));
		break;
	case CLNP_OPTION_DISCARD_REASON:
		if (tlen < 1) {
			dx_puts(dx, ", bad opt len");
			return 0;
		}
		v = GET_U8(dx, tp);
		dx_printf(dx, "\n\t    Class: %s Error (0x%01x), %s (0x%01x)",
			  tok2str(dx, clnp_option_rfd_class_values, "Unknown", v >> 4), v >> 4,
			  clnp_option_rfd_error_class[v >> 4]
				  ? tok2str(dx, clnp_option_rfd_error_class[v >> 4], "Unknown", v & 0x0f)
				  : "Unknown",
			  v & 0x0f);
		break;
	case CLNP_OPTION_PADDING:
		dx_puts(dx, "padding data");
		break;
	default:
		ip_print_unknown_data(dx, tp, "\n\t  ", tlen);
		break;
	}
	return 1;
}

/* ISO 8473 CLNP: fixed part (NLPID, length indicator, version, lifetime,
 * flags and type, segment length, checksum), addresses, segmentation
 * part, options, data. 0 when the caller dumps the PDU as hex. */
static int clnp_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned depth)
{
	const uint8_t *cp = p, *dst, *src;
	unsigned li, rem, dstl, srcl, type, flags, v = (unsigned)dx->opts->verbose;

	dx_proto(dx, "clnp");
	if (!DX_TTEST(dx, p, CLNP_HDR_LEN))
		goto trunc;
	li = GET_U8(dx, p + 1);
	if (!dx->opts->link_header)
		ip_print_protocol_caps(dx);
	if (GET_U8(dx, p + 2) != CLNP_VERSION) {
		dx_printf(dx, "version %u packet not supported", GET_U8(dx, p + 2));
		return 0;
	}
	if (li > length) {
		dx_printf(dx, " length indicator(%u) > PDU size (%u)!", li, length);
		return 0;
	}
	if (li < CLNP_HDR_LEN) {
		osi_short_li(dx, p, li);
		return 0;
	}
	type = GET_U8(dx, p + 4) & 0x1f;
	flags = GET_U8(dx, p + 4) & 0xe0;
	DX_LAYER(dx, p, li, "CLNP, %s", tok2str(dx, clnp_pdu_values, "unknown (%u)", type));
	DX_FIELD(dx, p + 1, 1, "Length indicator: %u", li);
	DX_FIELD(dx, p + 3, 1, "Lifetime: %u.%us", GET_U8(dx, p + 3) / 2, (GET_U8(dx, p + 3) % 2) * 5);
	DX_FIELD(dx, p + 4, 1, "Flags [%s], type %s", bittok2str(dx, clnp_flag_values, "none", flags),
		 tok2str(dx, clnp_pdu_values, "unknown (%u)", type));
	DX_FIELD(dx, p + 5, 2, "Segment length: %u", GET_BE16(dx, p + 5));
	DX_FIELD(dx, p + 7, 2, "Checksum: 0x%04x", GET_BE16(dx, p + 7));
	cp += CLNP_HDR_LEN;
	rem = li - CLNP_HDR_LEN;
	if (rem < 1)
		goto short_li;
	dstl = GET_U8(dx, cp);
	cp++;
	rem--;
	if (rem < dstl)
		goto short_li;
	if (!DX_TTEST(dx, cp, dstl))
		goto trunc;
	dst = cp;
	cp += dstl;
	rem -= dstl;
	if (rem < 1)
		goto short_li;
	srcl = GET_U8(dx, cp);
	cp++;
	rem--;
	if (rem < srcl)
		goto short_li;
	if (!DX_TTEST(dx, cp, srcl))
		goto trunc;
	src = cp;
	cp += srcl;
	rem -= srcl;
	DX_FIELD(dx, dst, dstl, "Destination: %s", dx_isonsap_string(dx, dst, dstl));
	DX_FIELD(dx, src, srcl, "Source: %s", dx_isonsap_string(dx, src, srcl));

	if (v < 1) {
		dx_printf(dx, "%s%s > %s, %s, length %u", dx->opts->link_header ? "" : ", ",
			  dx_isonsap_string(dx, src, srcl), dx_isonsap_string(dx, dst, dstl),
			  tok2str(dx, clnp_pdu_values, "unknown (%u)", type), length);
		DX_LAYER_END(dx);
		return 1;
	}
	dx_printf(dx, "%slength %u", dx->opts->link_header ? "" : ", ", length);
	dx_printf(dx, "\n\t%s PDU, hlen: %u, v: %u, lifetime: %u.%us, Segment PDU length: %u, checksum: 0x%04x",
		  tok2str(dx, clnp_pdu_values, "unknown (%u)", type), li, GET_U8(dx, p + 2),
		  GET_U8(dx, p + 3) / 2, (GET_U8(dx, p + 3) % 2) * 5, GET_BE16(dx, p + 5),
		  GET_BE16(dx, p + 7));
	osi_print_cksum(dx, p, GET_BE16(dx, p + 7), 7, li);
	dx_printf(dx, "\n\tFlags [%s]", bittok2str(dx, clnp_flag_values, "none", flags));
	dx_printf(dx, "\n\tsource address (length %u): %s\n\tdest   address (length %u): %s", srcl,
		  dx_isonsap_string(dx, src, srcl), dstl, dx_isonsap_string(dx, dst, dstl));

	if (flags & CLNP_SEGMENT_PART) {
		if (rem < CLNP_SEG_LEN) {
			dx_puts(dx, "li < size of fixed part of CLNP header, addresses, and segment part");
			DX_LAYER_END(dx);
			return 0;
		}
		if (!DX_TTEST(dx, cp, CLNP_SEG_LEN))
			goto trunc;
		DX_FIELD(dx, cp, CLNP_SEG_LEN, "Data Unit ID: 0x%04x, Segment Offset: %u, Total PDU Length: %u",
			 GET_BE16(dx, cp), GET_BE16(dx, cp + 2), GET_BE16(dx, cp + 4));
		dx_printf(dx, "\n\tData Unit ID: 0x%04x, Segment Offset: %u, Total PDU Length: %u",
			  GET_BE16(dx, cp), GET_BE16(dx, cp + 2), GET_BE16(dx, cp + 4));
		cp += CLNP_SEG_LEN;
		rem -= CLNP_SEG_LEN;
	}

	while (rem != 0) {
		unsigned op, opli;

		if (rem < 2) {
			dx_puts(dx, ", bad opts/li");
			DX_LAYER_END(dx);
			return 0;
		}
		op = GET_U8(dx, cp);
		opli = GET_U8(dx, cp + 1);
		cp += 2;
		rem -= 2;
		if (opli > rem) {
			dx_printf(dx, ", opt (%u) too long", op);
			DX_LAYER_END(dx);
			return 0;
		}
		if (!DX_TTEST(dx, cp, opli))
			goto trunc;
		rem -= opli;
		DX_FIELD(dx, cp - 2, opli + 2u, "%s Option #%u, length %u",
			 tok2str(dx, clnp_option_values, "Unknown", op), op, opli);
		dx_printf(dx, "\n\t  %s Option #%u, length %u, value: ",
			  tok2str(dx, clnp_option_values, "Unknown", op), op, opli);
		if (!clnp_option(dx, op, cp, opli)) {
			DX_LAYER_END(dx);
			return 0;
		}
		if (v > 1)
			ip_print_unknown_data(dx, cp, "\n\t  ", opli);
		cp += opli;
	}
	DX_LAYER_END(dx);

	/* an Error Report (and, in tcpdump, an Echo Response) whose data
	 * starts with a CLNP header: the PDU it reports on */
	if ((type == CLNP_PDU_ER || type == CLNP_PDU_ERP) && GET_U8(dx, cp) == NLPID_CLNP) {
		dx_puts(dx, "\n\t-----original packet-----\n\t");
		if (depth >= CLNP_MAX_NEST)
			dx_print_trunc(dx);
		else
			clnp_print(dx, cp, length - li, depth + 1);
		return 1;
	}
	if (length > (unsigned)(cp - p)) {
		dx_printf(dx, "\n\t  undecoded non-header data, length %u", length - li);
		ip_print_unknown_data(dx, cp, "\n\t  ", length - (unsigned)(cp - p));
	}
	return 1;
short_li:
	dx_puts(dx, "li < size of fixed part of CLNP header and addresses");
	DX_LAYER_END(dx);
	return 0;
trunc:
	dx_print_trunc(dx);
	DX_LAYER_END(dx);
	return 1;
}

#define ESIS_VERSION 1
#define ESIS_HDR_LEN 9u
#define ESIS_PDU_REDIRECT 6
#define ESIS_PDU_ESH 2
#define ESIS_PDU_ISH 4

#define ESIS_OPTION_PROTOCOLS 129
#define ESIS_OPTION_ES_CONF_TIME 198

static const struct tok esis_pdu_values[] = {
	{ ESIS_PDU_REDIRECT, "redirect" },
	{ ESIS_PDU_ESH, "ESH" },
	{ ESIS_PDU_ISH, "ISH" },
	{ 0, NULL }
};

static const struct tok esis_option_values[] = {
	{ ESIS_OPTION_PROTOCOLS, "Protocols supported" },
	{ 195, "QoS Maintenance" },
	{ 197, "Security" },
	{ ESIS_OPTION_ES_CONF_TIME, "ES Configuration Time" },
	{ 205, "Priority" },
	{ 225, "Addressk Mask" },
	{ 226, "SNPA Mask" },
	{ 0, NULL }
};

/* one length-prefixed address of an ES-IS PDU at *cp (*cp and *li move
 * on): 1, 0 when the length indicator has no room for it, -1 when it is
 * not captured (tcpdump's checks there end at its trunc label) */
static int esis_addr(struct dx *dx, const uint8_t **cp, unsigned *li, const uint8_t **a,
		     unsigned *len)
{
	if (!DX_TTEST(dx, *cp, 1))
		return -1;
	if (*li < 1)
		return 0;
	*len = GET_U8(dx, *cp);
	(*cp)++;
	(*li)--;
	if (!DX_TTEST(dx, *cp, *len))
		return -1;
	if (*li < *len)
		return 0;
	*a = *cp;
	*cp += *len;
	*li -= *len;
	return 1;
}

/* ISO 9542 ES-IS: ESH, ISH and redirect PDUs with their options */
static void esis_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *cp = p, *dst = NULL, *snpa = NULL, *net = NULL;
	unsigned li, version, type, n, alen = 0, dstl = 0, snpal = 0, netl = 0;
	unsigned v = (unsigned)dx->opts->verbose;
	int r = 0;

	dx_proto(dx, "esis");
	if (!dx->opts->link_header)
		dx_puts(dx, "ES-IS");
	if (length <= 2) {
		dx_puts(dx, dx->opts->quiet ? "bad pkt!" : "no header at all!");
		return;
	}
	if (!DX_TTEST(dx, p, ESIS_HDR_LEN)) {
		dx_print_trunc(dx);
		return;
	}
	li = GET_U8(dx, p + 1);
	if (GET_U8(dx, p) != NLPID_ESIS) {
		dx_printf(dx, " nlpid 0x%02x packet not supported", GET_U8(dx, p));
		return;
	}
	version = GET_U8(dx, p + 2);
	if (version != ESIS_VERSION) {
		dx_printf(dx, " version %u packet not supported", version);
		return;
	}
	if (li > length) {
		dx_printf(dx, " length indicator(%u) > PDU size (%u)!", li, length);
		return;
	}
	if (li < ESIS_HDR_LEN + 2) {
		osi_short_li(dx, p, li);
		return;
	}
	type = GET_U8(dx, p + 4) & 0x1f;
	DX_LAYER(dx, p, li, "ES-IS, %s", tok2str(dx, esis_pdu_values, "unknown type (%u)", type));
	DX_FIELD(dx, p + 1, 1, "Length indicator: %u", li);
	DX_FIELD(dx, p + 2, 1, "Version: %u", version);
	DX_FIELD(dx, p + 4, 1, "Type: %s (%u)", tok2str(dx, esis_pdu_values, "unknown", type), type);
	DX_FIELD(dx, p + 5, 2, "Holding time: %us", GET_BE16(dx, p + 5));
	DX_FIELD(dx, p + 7, 2, "Checksum: 0x%04x", GET_BE16(dx, p + 7));
	if (v < 1) {
		DX_LAYER_END(dx);
		dx_printf(dx, "%s%s, length %u", dx->opts->link_header ? "" : ", ",
			  tok2str(dx, esis_pdu_values, "unknown type (%u)", type), length);
		return;
	}
	dx_printf(dx, "%slength %u\n\t%s (%u)", dx->opts->link_header ? "" : ", ", length,
		  tok2str(dx, esis_pdu_values, "unknown type: %u", type), type);
	dx_printf(dx, ", v: %u%s", version, version == ESIS_VERSION ? "" : "unsupported");
	dx_printf(dx, ", checksum: 0x%04x", GET_BE16(dx, p + 7));
	osi_print_cksum(dx, p, GET_BE16(dx, p + 7), 7, li);
	dx_printf(dx, ", holding time: %us, length indicator: %u", GET_BE16(dx, p + 5), li);
	if (v > 1)
		ip_print_unknown_data(dx, p, "\n\t", ESIS_HDR_LEN);
	cp += ESIS_HDR_LEN;
	li -= ESIS_HDR_LEN;

	switch (type) {
	case ESIS_PDU_REDIRECT:
		r = esis_addr(dx, &cp, &li, &dst, &dstl);
		if (r <= 0)
			goto bad_redirect;
		dx_printf(dx, "\n\t  %s", dx_isonsap_string(dx, dst, dstl));
		r = esis_addr(dx, &cp, &li, &snpa, &snpal);
		if (r <= 0)
			goto bad_redirect;
		/* tcpdump does not count the NET's length byte off li */
		if (!DX_TTEST(dx, cp, 1))
			goto trunc;
		if (li < 1)
			goto bad_redirect;
		li++;
		r = esis_addr(dx, &cp, &li, &net, &netl);
		if (r <= 0)
			goto bad_redirect;
		dx_printf(dx, "\n\t  SNPA (length: %u): ", snpal);
		if (snpal == 6)
			dx_puts(dx, GET_ETHERADDR_STRING(dx, snpa));
		else if (snpal == 0)
			dx_puts(dx, "<empty>");
		else
			dx_put_hexbytes(dx, snpa, snpal, ':');
		if (netl != 0)
			dx_printf(dx, "\n\t  NET (length: %u) %s", netl, dx_isonsap_string(dx, net, netl));
		break;
	case ESIS_PDU_ESH:
		if (!DX_TTEST(dx, cp, 1))
			goto trunc;
		if (li < 1)
			goto bad_esh;
		n = GET_U8(dx, cp);
		cp++;
		li--;
		dx_printf(dx, "\n\t  Number of Source Addresses: %u", n);
		for (; n > 0; n--) {
			r = esis_addr(dx, &cp, &li, &net, &alen);
			if (r <= 0)
				goto bad_esh;
			dx_printf(dx, "\n\t  NET (length: %u): %s", alen, dx_isonsap_string(dx, net, alen));
		}
		break;
	case ESIS_PDU_ISH:
		r = esis_addr(dx, &cp, &li, &net, &alen);
		if (r <= 0)
			goto bad_ish;
		dx_printf(dx, "\n\t  NET (length: %u): %s", alen, dx_isonsap_string(dx, net, alen));
		break;
	default:
		DX_LAYER_END(dx);
		if (v <= 1 && DX_TTEST(dx, cp, 1))
			ip_print_unknown_data(dx, cp, "\n\t  ", (unsigned)DX_BYTES_AVAIL(dx, cp));
		return;
	}

	while (li != 0) {
		unsigned op, opli;
		const uint8_t *tp;

		if (li < 2) {
			dx_puts(dx, ", bad opts/li");
			break;
		}
		op = GET_U8(dx, cp);
		opli = GET_U8(dx, cp + 1);
		cp += 2;
		li -= 2;
		if (opli > li) {
			dx_printf(dx, ", opt (%u) too long", op);
			break;
		}
		li -= opli;
		tp = cp;
		DX_FIELD_IN(dx, cp - 2, opli + 2u, dx->snapend, "%s Option #%u, length %u",
			    tok2str(dx, esis_option_values, "Unknown", op), op, opli);
		dx_printf(dx, "\n\t  %s Option #%u, length %u, value: ",
			  tok2str(dx, esis_option_values, "Unknown", op), op, opli);
		switch (op) {
		case ESIS_OPTION_ES_CONF_TIME:
			if (opli == 2) {
				if (!DX_TTEST(dx, cp, 2))
					goto trunc;
				dx_printf(dx, "%us", GET_BE16(dx, tp));
			} else
				dx_puts(dx, "(bad length)");
			break;
		case ESIS_OPTION_PROTOCOLS:
			/* tcpdump counts opli down to 0 here, so the next option is
			 * read from this one's value */
			for (; opli > 0; opli--, tp++) {
				unsigned id = GET_U8(dx, tp);

				dx_printf(dx, "%s (0x%02x)", tok2str(dx, nlpid_values, "unknown", id), id);
				if (opli > 1)
					dx_puts(dx, ", ");
			}
			break;
		default:
			ip_print_unknown_data(dx, tp, "\n\t  ", opli);
			break;
		}
		if (v > 1)
			ip_print_unknown_data(dx, cp, "\n\t  ", opli);
		cp += opli;
	}
	DX_LAYER_END(dx);
	return;
bad_redirect:
	if (r < 0)
		goto trunc;
	dx_puts(dx, ", bad redirect/li");
	DX_LAYER_END(dx);
	return;
bad_esh:
	if (r < 0)
		goto trunc;
	dx_puts(dx, ", bad esh/li");
	DX_LAYER_END(dx);
	return;
bad_ish:
	if (r < 0)
		goto trunc;
	dx_puts(dx, ", bad ish/li");
	DX_LAYER_END(dx);
	return;
trunc:
	dx_print_trunc(dx);
	DX_LAYER_END(dx);
}

void isoclns_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned nlpid;

	dx_proto(dx, "isoclns");
	nlpid = GET_U8(dx, p);
	if (dx->opts->link_header)
		dx_printf(dx, "OSI NLPID %s (0x%02x): ", tok2str(dx, nlpid_values, "Unknown", nlpid), nlpid);
	switch (nlpid) {
	case NLPID_CLNP:
		if (!clnp_print(dx, p, length, 0))
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	case NLPID_ESIS:
		esis_print(dx, p, length);
		break;
	case NLPID_ISIS:
		if (!isis_print(dx, p, length))
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	case NLPID_NULLNS:
		DX_LAYER(dx, p, length, "OSI, NLPID %s (0x%02x)",
			 tok2str(dx, nlpid_values, "Unknown", nlpid), nlpid);
		DX_FIELD(dx, p, 1, "NLPID: %s (0x%02x)", tok2str(dx, nlpid_values, "Unknown", nlpid),
			 nlpid);
		DX_LAYER_END(dx);
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		break;
	case NLPID_IP:
		ip_print(dx, p + 1, length - 1);
		break;
	case NLPID_IP6:
		ip6_print(dx, p + 1, length - 1);
		break;
	case NLPID_PPP:
		ppp_print(dx, p + 1, length - 1);
		break;
	case NLPID_Q933:
		q933_print(dx, p + 1, length - 1);
		break;
	default:
		DX_LAYER(dx, p, length, "OSI, NLPID 0x%02x (not decoded)", nlpid);
		DX_FIELD(dx, p, 1, "NLPID: %s (0x%02x)", tok2str(dx, nlpid_values, "Unknown", nlpid),
			 nlpid);
		DX_LAYER_END(dx);
		if (!dx->opts->link_header)
			dx_printf(dx, "OSI NLPID 0x%02x unknown", nlpid);
		dx_printf(dx, "%slength: %u", dx->opts->link_header ? "" : ", ", length);
		if (length > 1)
			ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	}
}
