// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: DCCP printer
 * RFC 4340 (Datagram Congestion Control Protocol)
 */
#include <inttypes.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

enum {
	DCCP_PKT_REQUEST = 0,
	DCCP_PKT_RESPONSE,
	DCCP_PKT_DATA,
	DCCP_PKT_ACK,
	DCCP_PKT_DATAACK,
	DCCP_PKT_CLOSEREQ,
	DCCP_PKT_CLOSE,
	DCCP_PKT_RESET,
	DCCP_PKT_SYNC,
	DCCP_PKT_SYNCACK,
};

static const struct tok dccp_pkt_type_str[] = {
	{ DCCP_PKT_REQUEST, "DCCP-Request" },
	{ DCCP_PKT_RESPONSE, "DCCP-Response" },
	{ DCCP_PKT_DATA, "DCCP-Data" },
	{ DCCP_PKT_ACK, "DCCP-Ack" },
	{ DCCP_PKT_DATAACK, "DCCP-DataAck" },
	{ DCCP_PKT_CLOSEREQ, "DCCP-CloseReq" },
	{ DCCP_PKT_CLOSE, "DCCP-Close" },
	{ DCCP_PKT_RESET, "DCCP-Reset" },
	{ DCCP_PKT_SYNC, "DCCP-Sync" },
	{ DCCP_PKT_SYNCACK, "DCCP-SyncAck" },
	{ 0, NULL }
};

static const char *const dccp_reset_codes[] = {
	"unspecified", "closed", "aborted", "no_connection", "packet_error", "option_error",
	"mandatory_error", "connection_refused", "bad_service_code", "too_busy",
	"bad_init_cookie", "aggression_penalty",
};

static const char *const dccp_feature_nums[] = {
	"reserved", "ccid", "allow_short_seqno", "sequence_window", "ecn_incapable", "ack_ratio",
	"send_ack_vector", "send_ndp_count", "minimum checksum coverage", "check data checksum",
};

static const struct tok dccp_option_values[] = {
	{ 0, "nop" },
	{ 1, "mandatory" },
	{ 2, "slowreceiver" },
	{ 32, "change_l" },
	{ 33, "confirm_l" },
	{ 34, "change_r" },
	{ 35, "confirm_r" },
	{ 36, "initcookie" },
	{ 37, "ndp_count" },
	{ 38, "ack_vector0" },
	{ 39, "ack_vector1" },
	{ 40, "data_dropped" },
	{ 41, "timestamp" },
	{ 42, "timestamp_echo" },
	{ 43, "elapsed_time" },
	{ 44, "data_checksum" },
	{ 0, NULL }
};

static uint64_t be48(struct dx *dx, const uint8_t *p)
{
	return (uint64_t)GET_BE16(dx, p) << 32 | GET_BE32(dx, p + 2);
}

static void hexbytes(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		dx_printf(dx, "%02x", GET_U8(dx, p + i));
}

/* one option; its length, or 0 to stop */
static unsigned dccp_print_option(struct dx *dx, const uint8_t *opt, unsigned hlen)
{
	unsigned type = GET_U8(dx, opt), optlen, i;

	if (type >= 32) {
		optlen = GET_U8(dx, opt + 1);
		if (optlen < 2) {
			if (type >= 128)
				dx_printf(dx, "CCID option %u optlen too short", type);
			else
				dx_printf(dx, "%s optlen too short",
					  tok2str(dx, dccp_option_values, "Option %u", type));
			return 0;
		}
	} else {
		optlen = 1;
	}
	if (hlen < optlen) {
		if (type >= 128)
			dx_printf(dx, "CCID option %u optlen goes past header length", type);
		else
			dx_printf(dx, "%s optlen goes past header length",
				  tok2str(dx, dccp_option_values, "Option %u", type));
		return 0;
	}
	if (!DX_TTEST(dx, opt, optlen)) {
		dx_print_trunc(dx);
		return 0;
	}
	if (type >= 128) {
		dx_printf(dx, "CCID option %u", type);
		if (optlen == 4)
			dx_printf(dx, " %u", GET_BE16(dx, opt + 2));
		else if (optlen == 6)
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
		return optlen;
	}
	dx_puts(dx, tok2str(dx, dccp_option_values, "Option %u", type));
	switch (type) {
	case 32:
	case 33:
	case 34:
	case 35:
		if (optlen < 3) {
			dx_puts(dx, " optlen too short");
			return optlen;
		}
		if (opt[2] < 10) {
			dx_printf(dx, " %s", dccp_feature_nums[opt[2]]);
			for (i = 0; i + 3 < optlen; i++)
				dx_printf(dx, " %u", opt[3 + i]);
		}
		break;
	case 36:
	case 38:
	case 39:
	case 40:
		if (optlen > 2) {
			dx_puts(dx, " 0x");
			hexbytes(dx, opt + 2, optlen - 2);
		}
		break;
	case 37:
		for (i = 0; i + 2 < optlen; i++)
			dx_printf(dx, " %u", opt[2 + i]);
		break;
	case 41:
		if (optlen == 6)
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
		else
			dx_puts(dx, " [optlen != 6]");
		break;
	case 42:
		if (optlen == 6) {
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
		} else if (optlen == 8) {
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
			dx_printf(dx, " (elapsed time %u)", GET_BE16(dx, opt + 6));
		} else if (optlen == 10) {
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
			dx_printf(dx, " (elapsed time %u)", GET_BE32(dx, opt + 6));
		} else {
			dx_puts(dx, " [optlen != 6 or 8 or 10]");
		}
		break;
	case 43:
		if (optlen == 6)
			dx_printf(dx, " %u", GET_BE32(dx, opt + 2));
		else if (optlen == 4)
			dx_printf(dx, " %u", GET_BE16(dx, opt + 2));
		else
			dx_puts(dx, " [optlen != 4 or 6]");
		break;
	case 44:
		if (optlen > 2) {
			dx_putc(dx, ' ');
			hexbytes(dx, opt + 2, optlen - 2);
		}
		break;
	default:
		break;
	}
	return optlen;
}

/* extra header bytes after the generic header by packet type, -1: none known */
static int type_extra(unsigned type)
{
	switch (type) {
	case DCCP_PKT_REQUEST:
		return 4;
	case DCCP_PKT_RESPONSE:
	case DCCP_PKT_RESET:
		return 12;
	case DCCP_PKT_DATA:
		return 0;
	case DCCP_PKT_ACK:
	case DCCP_PKT_DATAACK:
	case DCCP_PKT_CLOSEREQ:
	case DCCP_PKT_CLOSE:
	case DCCP_PKT_SYNC:
	case DCCP_PKT_SYNCACK:
		return 8;
	default:
		return -1;
	}
}

void dccp_print(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned len)
{
	unsigned sport, dport, hlen, fixed, x, type, ccval_cscov;
	int v6, extra;
	const char *name;

	dx_proto(dx, "dccp");
	v6 = (GET_U8(dx, iph) >> 4) == 6;
	if (!DX_TTEST(dx, bp, 12))
		goto trunc;
	if (len < 12) {
		dx_printf(dx, "truncated-dccp - %u bytes missing!", 12 - len);
		return;
	}
	x = GET_U8(dx, bp + 8) & 1;
	fixed = x ? 16 : 12;
	if (len < fixed) {
		dx_printf(dx, "truncated-dccp - %u bytes missing!", fixed - len);
		return;
	}
	if (!DX_TTEST(dx, bp, fixed))
		goto trunc;
	sport = GET_BE16(dx, bp);
	dport = GET_BE16(dx, bp + 2);
	hlen = bp[4] * 4u;
	{
		const char *s = v6 ? GET_IP6ADDR_STRING(dx, iph + 8) : GET_IPADDR_STRING(dx,
											 iph + 12);
		const char *d = v6 ? GET_IP6ADDR_STRING(dx, iph + 24) : GET_IPADDR_STRING(dx,
											  iph + 16);

		dx_printf(dx, "%s.%u > %s.%u: ", s, sport, d, dport);
	}
	DX_LAYER(dx, bp, hlen, "Datagram Congestion Control Protocol, Src Port: %u, Dst Port: %u",
		 sport, dport);
	if (dx->tree) {
		unsigned t = (bp[8] >> 1) & 0xf;

		DX_FIELD(dx, bp, 2, "Source Port: %u", sport);
		DX_FIELD(dx, bp + 2, 2, "Destination Port: %u", dport);
		DX_FIELD(dx, bp + 4, 1, "Data Offset: %u (%u bytes)", bp[4], hlen);
		DX_FIELD(dx, bp + 5, 1, "CCVal: %u, CsCov: %u", bp[5] >> 4, bp[5] & 0xfu);
		DX_FIELD(dx, bp + 6, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 6));
		DX_FIELD(dx, bp + 8, 1, "Type: %s (%u), Extended Sequence Numbers: %u",
			 tok2str(dx, dccp_pkt_type_str, "unknown", t), t, x);
		if (x)
			DX_FIELD(dx, bp + 10, 6, "Sequence Number: %llu",
				 (unsigned long long)GET_BE16(dx, bp + 10) << 32 | GET_BE32(dx, bp + 12));
		else
			DX_FIELD(dx, bp + 9, 3, "Sequence Number: %u", GET_BE24(dx, bp + 9));
	}
	DX_LAYER_END(dx);
	ip_print_protocol_caps(dx);
	if (dx->opts->quiet) {
		dx_printf(dx, " %u", len - hlen);
		if (hlen > len)
			dx_printf(dx, " [bad hdr length %u - too long, > %u]", hlen, len);
		return;
	}
	ccval_cscov = bp[5];
	if (dx->opts->verbose)
		dx_printf(dx, " (CCVal %u, CsCov %u", ccval_cscov >> 4, ccval_cscov & 0xf);
	if (dx->opts->verbose && DX_TTEST(dx, bp, len)) {
		unsigned field = GET_BE16(dx, bp + 6), cov = len;
		uint16_t sum;

		dx_printf(dx, ", cksum 0x%04x ", field);
		if (ccval_cscov & 0xf) {
			cov = (bp[4] + (ccval_cscov & 0xf) - 1) * 4u;
			if (cov > len)
				cov = len;
		}
		if (v6)
			sum = nextproto6_cksum(dx, iph, bp, len, cov, IPP_DCCP);
		else
			sum = nextproto4_cksum(dx, iph, bp, len, cov, IPP_DCCP);
		if (sum != 0)
			dx_printf(dx, "(incorrect -> 0x%04x)",
				  in_cksum_shouldbe((uint16_t)field, sum));
		else
			dx_puts(dx, "(correct)");
	}
	if (dx->opts->verbose)
		dx_putc(dx, ')');
	dx_putc(dx, ' ');
	type = (GET_U8(dx, bp + 8) >> 1) & 0xf;
	name = tok2str(dx, dccp_pkt_type_str, "", type);
	extra = type_extra(type);
	if (extra < 0) {
		dx_printf(dx, "%s ", tok2str(dx, dccp_pkt_type_str, "unknown-type-%u", type));
	} else {
		const uint8_t *p = bp + fixed;

		fixed += (unsigned)extra;
		if (len < fixed) {
			dx_printf(dx, "truncated-%s - %u bytes missing!", name, fixed - len);
			return;
		}
		switch (type) {
		case DCCP_PKT_REQUEST:
			if (!DX_TTEST(dx, p, 4))
				goto trunc;
			dx_printf(dx, "%s (service=%u) ", name, GET_BE32(dx, p));
			break;
		case DCCP_PKT_RESPONSE:
			if (!DX_TTEST(dx, p, 12))
				goto trunc;
			dx_printf(dx, "%s (service=%u) ", name, GET_BE32(dx, p + 8));
			break;
		case DCCP_PKT_RESET: {
			unsigned code;

			if (!DX_TTEST(dx, p, 12))
				goto trunc;
			code = GET_U8(dx, p + 8);
			dx_printf(dx, "%s (code=%s) ", name,
				  code < 12 ? dccp_reset_codes[code] : "invalid");
			break;
		}
		default:
			dx_printf(dx, "%s ", name);
			break;
		}
	}
	if (type != DCCP_PKT_DATA && type != DCCP_PKT_REQUEST) {
		const uint8_t *ackp = bp + (x ? 16 : 12);
		uint64_t ack = x ? be48(dx, ackp + 2) : GET_BE24(dx, ackp + 1);

		dx_printf(dx, "(ack=%" PRIu64 ") ", ack);
	}
	if (dx->opts->verbose < 2)
		return;
	dx_printf(dx, "seq %" PRIu64, x ? be48(dx, bp + 10) : (uint64_t)GET_BE24(dx, bp + 9));
	if (hlen > fixed) {
		const uint8_t *cp = bp + fixed;

		dx_puts(dx, " <");
		hlen -= fixed;
		for (;;) {
			unsigned optlen = dccp_print_option(dx, cp, hlen);

			if (!optlen || hlen <= optlen)
				break;
			hlen -= optlen;
			cp += optlen;
			dx_puts(dx, ", ");
		}
		dx_putc(dx, '>');
	}
	return;
trunc:
	dx_print_trunc(dx);
}
