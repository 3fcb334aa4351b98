// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: PPP (DLT_PPP 9, DLT_PPP_PPPD 166), PPP in HDLC-like framing
 * (DLT_PPP_SERIAL 50), EtherType 0x880b and PPTP's GRE; the control
 * protocols (LCP, IPCP, IPV6CP, CCP, BACP), CHAP, PAP and Multilink PPP.
 * Text as tcpdump 4.99.3 print-ppp.c.
 *
 * RFC 1661 (PPP, LCP), RFC 1662 (HDLC-like framing, 0x7d octet escapes),
 * RFC 1332 and RFC 1877 (IPCP), RFC 5072 (IPV6CP), RFC 1962 (CCP),
 * RFC 1990 (MLPPP), RFC 1994 (CHAP), RFC 1334 (PAP), RFC 2125 (BACP).
 *
 * Wire format: address 0xff and control 0x03 (left out under ACFC), then a
 * protocol of 2 bytes, or of 1 byte when its first byte is odd (PFC). A
 * control protocol packet is code (1), identifier (1), length (2, the
 * header included) and, for the Configure codes, options of type (1),
 * length (1, the option header included) and value.
 */
#include <stdlib.h>

#include "dx.h"
#include "ipproto.h"
#include "print-ether.h"
#include "print.h"

#define PPP_HDRLEN 4u
#define PPP_ADDRESS 0xff
#define PPP_CONTROL 0x03
#define PPP_PPPD_IN 0x00
#define PPP_PPPD_OUT 0x01
#define CHDLC_UNICAST 0x0f
#define CHDLC_BCAST 0x8f

#define PPP_IP 0x0021
#define PPP_OSI 0x0023
#define PPP_IPX 0x002b
#define PPP_VJNC 0x002f
#define PPP_ML 0x003d
#define PPP_IPV6 0x0057
#define PPP_COMP 0x00fd
#define PPP_MPLS_UCAST 0x0281
#define PPP_MPLS_MCAST 0x0283
#define PPP_IPCP 0x8021
#define PPP_OSICP 0x8023
#define PPP_IPV6CP 0x8057
#define PPP_CCP 0x80fd
#define PPP_MPLSCP 0x8281
#define PPP_LCP 0xc021
#define PPP_PAP 0xc023
#define PPP_LQM 0xc025
#define PPP_SPAP 0xc027
#define PPP_BACP 0xc02b
#define PPP_BAP 0xc02d
#define PPP_SPAP_OLD 0xc123
#define PPP_CHAP 0xc223
#define PPP_EAP 0xc227

static const struct tok ppptype2str[] = {
	{ PPP_IP, "IP" },
	{ PPP_OSI, "OSI" },
	{ 0x0025, "NS" },
	{ 0x0027, "DECNET" },
	{ 0x0029, "APPLE" },
	{ PPP_IPX, "IPX" },
	{ 0x002d, "VJC IP" },
	{ PPP_VJNC, "VJNC IP" },
	{ 0x0031, "BRPDU" },
	{ 0x0033, "STII" },
	{ 0x0035, "VINES" },
	{ PPP_MPLS_UCAST, "MPLS" },
	{ PPP_MPLS_MCAST, "MPLS" },
	{ PPP_COMP, "Compressed" },
	{ PPP_ML, "MLPPP" },
	{ PPP_IPV6, "IP6" },
	{ 0x0201, "HELLO" },
	{ 0x0231, "LUXCOM" },
	{ 0x0233, "SNS" },
	{ PPP_IPCP, "IPCP" },
	{ PPP_OSICP, "OSICP" },
	{ 0x8025, "NSCP" },
	{ 0x8027, "DECNETCP" },
	{ 0x8029, "APPLECP" },
	{ 0x802b, "IPXCP" },
	{ 0x8033, "STIICP" },
	{ 0x8035, "VINESCP" },
	{ PPP_IPV6CP, "IP6CP" },
	{ PPP_MPLSCP, "MPLSCP" },
	{ PPP_LCP, "LCP" },
	{ PPP_PAP, "PAP" },
	{ PPP_LQM, "LQM" },
	{ PPP_CHAP, "CHAP" },
	{ PPP_EAP, "EAP" },
	{ PPP_SPAP, "SPAP" },
	{ PPP_SPAP_OLD, "Old-SPAP" },
	{ PPP_BACP, "BACP" },
	{ PPP_BAP, "BAP" },
	{ 0xc03d, "MLPPP-CP" },
	{ PPP_CCP, "CCP" },
	{ 0, NULL }
};

enum {
	CP_VEXT = 0, CP_CONF_REQ, CP_CONF_ACK, CP_CONF_NAK, CP_CONF_REJ, CP_TERM_REQ,
	CP_TERM_ACK, CP_CODE_REJ, CP_PROT_REJ, CP_ECHO_REQ, CP_ECHO_RPL, CP_DISC_REQ,
	CP_ID, CP_TIME_REM,
};

static const struct tok cpcodes[] = {
	{ CP_VEXT, "Vendor-Extension" },
	{ CP_CONF_REQ, "Conf-Request" },
	{ CP_CONF_ACK, "Conf-Ack" },
	{ CP_CONF_NAK, "Conf-Nack" },
	{ CP_CONF_REJ, "Conf-Reject" },
	{ CP_TERM_REQ, "Term-Request" },
	{ CP_TERM_ACK, "Term-Ack" },
	{ CP_CODE_REJ, "Code-Reject" },
	{ CP_PROT_REJ, "Prot-Reject" },
	{ CP_ECHO_REQ, "Echo-Request" },
	{ CP_ECHO_RPL, "Echo-Reply" },
	{ CP_DISC_REQ, "Disc-Req" },
	{ CP_ID, "Ident" },
	{ CP_TIME_REM, "Time-Rem" },
	{ 14, "Reset-Req" },
	{ 15, "Reset-Ack" },
	{ 0, NULL }
};

/* LCP option names by type, 0..30 */
static const char *const lcpconfopts[] = {
	"Vend-Ext", "MRU", "ACCM", "Auth-Prot", "Qual-Prot", "Magic-Num", "deprecated(6)",
	"PFC", "ACFC", "FCS-Alt", "SDP", "Num-Mode", "deprecated(12)", "Call-Back",
	"deprecated(14)", "deprecated(15)", "deprecated(16)", "MRRU", "12-Bit seq #",
	"End-Disc", "Proprietary", "DCE-Id", "MP+", "Link-Disc", "LCP-Auth-Opt", "COBS",
	"Prefix-elision", "Multilink-header-Form", "I18N", "SDL-over-SONET/SDH", "PPP-Muxing",
};
#define NUM_LCPOPTS (sizeof(lcpconfopts) / sizeof(lcpconfopts[0]))

enum {
	LCPOPT_VEXT = 0, LCPOPT_MRU = 1, LCPOPT_ACCM = 2, LCPOPT_AP = 3, LCPOPT_QP = 4,
	LCPOPT_MN = 5, LCPOPT_PFC = 7, LCPOPT_ACFC = 8, LCPOPT_CBACK = 13, LCPOPT_MLMRRU = 17,
	LCPOPT_MLED = 19, LCPOPT_LD = 23,
};

static const struct tok ccpconfopts_values[] = {
	{ 0, "OUI" },
	{ 1, "Pred-1" },
	{ 2, "Pred-2" },
	{ 3, "Puddle" },
	{ 16, "HP-PPC" },
	{ 17, "Stac-LZS" },
	{ 18, "MPPC" },
	{ 19, "Gand-FZA" },
	{ 20, "V.42bis" },
	{ 21, "BSD-Comp" },
	{ 23, "LZS-DCP" },
	{ 24, "MVRCA" },
	{ 25, "DEC" },
	{ 26, "Deflate" },
	{ 255, "Reserved" },
	{ 0, NULL }
};
#define CCPOPT_BSDCOMP 21
#define CCPOPT_MVRCA 24
#define CCPOPT_DEFLATE 26

static const struct tok bacconfopts_values[] = {
	{ 1, "Favored-Peer" },
	{ 0, NULL }
};

#define IPCPOPT_2ADDR 1
#define IPCPOPT_IPCOMP 2
#define IPCPOPT_ADDR 3
#define IPCPOPT_MOBILE4 4
#define IPCPOPT_PRIDNS 129
#define IPCPOPT_PRINBNS 130
#define IPCPOPT_SECDNS 131
#define IPCPOPT_SECNBNS 132
#define IPCPOPT_IPCOMP_HDRCOMP 0x61
#define IPCPOPT_IPCOMP_MINLEN 14u

static const struct tok ipcpopt_values[] = {
	{ IPCPOPT_2ADDR, "IP-Addrs" },
	{ IPCPOPT_IPCOMP, "IP-Comp" },
	{ IPCPOPT_ADDR, "IP-Addr" },
	{ IPCPOPT_MOBILE4, "Home-Addr" },
	{ IPCPOPT_PRIDNS, "Pri-DNS" },
	{ IPCPOPT_PRINBNS, "Pri-NBNS" },
	{ IPCPOPT_SECDNS, "Sec-DNS" },
	{ IPCPOPT_SECNBNS, "Sec-NBNS" },
	{ 0, NULL }
};

static const struct tok ipcpopt_compproto_values[] = {
	{ 0x002d, "VJ-Comp" },
	{ IPCPOPT_IPCOMP_HDRCOMP, "IP Header Compression" },
	{ 0, NULL }
};

static const struct tok ipcpopt_compproto_subopt_values[] = {
	{ 1, "RTP-Compression" },
	{ 2, "Enhanced RTP-Compression" },
	{ 0, NULL }
};

static const struct tok ip6cpopt_values[] = {
	{ 1, "Interface-ID" },
	{ 0, NULL }
};

static const struct tok authalg_values[] = {
	{ 5, "MD5" },
	{ 128, "MS-CHAPv1" },
	{ 129, "MS-CHAPv2" },
	{ 0, NULL }
};

static const struct tok ppp_callback_values[] = {
	{ 0, "UserAuth" },
	{ 1, "DialString" },
	{ 2, "LocalID" },
	{ 3, "E.164" },
	{ 4, "X.500" },
	{ 6, "CBCP" },
	{ 0, NULL }
};

static const struct tok chapcode_values[] = {
	{ 1, "Challenge" },
	{ 2, "Response" },
	{ 3, "Success" },
	{ 4, "Fail" },
	{ 0, NULL }
};

static const struct tok papcode_values[] = {
	{ 1, "Auth-Req" },
	{ 2, "Auth-ACK" },
	{ 3, "Auth-NACK" },
	{ 0, NULL }
};

static const struct tok ppp_ml_flag_values[] = {
	{ 0x80, "begin" },
	{ 0x40, "end" },
	{ 0, NULL }
};

static void handle_ppp(struct dx *dx, unsigned proto, const uint8_t *p, unsigned length);

/* the end of an option: its value in hex at -vv, and at every level when
 * it was not decoded; the option's length */
static unsigned opt_value_dump(struct dx *dx, const uint8_t *p, unsigned len, int decoded)
{
	if (!decoded || dx->opts->verbose > 1)
		ip_print_unknown_data(dx, p + 2, "\n\t    ", len - 2);
	return len;
}

/* a config option's type and length; 0 when the options end here */
static int opt_header(struct dx *dx, const uint8_t *p, unsigned length, const char *trunc_name,
		      unsigned *opt, unsigned *len)
{
	if (length < 2)
		return 0;
	if (!DX_TTEST(dx, p, 2)) {
		dx_printf(dx, "[|%s]", trunc_name);
		return 0;
	}
	*opt = GET_U8(dx, p);
	*len = GET_U8(dx, p + 1);
	if (length < *len)
		return 0;
	return 1;
}

/* opt_header, then the option's line for the printers that name options
 * by a tok table (unknown as the default name); 0 when the options end */
static int opt_line(struct dx *dx, const uint8_t *p, unsigned length, const char *trunc_name,
		    const struct tok *names, const char *unknown, unsigned *opt, unsigned *len)
{
	const char *name;

	if (!opt_header(dx, p, length, trunc_name, opt, len))
		return 0;
	name = tok2str(dx, names, unknown, *opt);
	dx_printf(dx, "\n\t  %s Option (0x%02x), length %u", name, *opt, *len);
	if (*len < 2) {
		dx_puts(dx, " (length bogus, should be >= 2)");
		return 0;
	}
	DX_FIELD(dx, p, *len, "%s Option (0x%02x), length %u", name, *opt, *len);
	return 1;
}

static unsigned print_lcp_config_options(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned opt, len, v;

	if (!opt_header(dx, p, length, "lcp", &opt, &len))
		return 0;
	if (len < 2) {
		if (opt < NUM_LCPOPTS)
			dx_printf(dx, "\n\t  %s Option (0x%02x), length %u (length bogus, should be >= 2)",
				  lcpconfopts[opt], opt, len);
		else
			dx_printf(dx, "\n\tunknown LCP option 0x%02x", opt);
		return 0;
	}
	if (opt >= NUM_LCPOPTS) {
		dx_printf(dx, "\n\tunknown LCP option 0x%02x", opt);
		DX_FIELD(dx, p, len, "unknown Option (0x%02x), length %u", opt, len);
		return len;
	}
	dx_printf(dx, "\n\t  %s Option (0x%02x), length %u", lcpconfopts[opt], opt, len);
	DX_FIELD(dx, p, len, "%s Option (0x%02x), length %u", lcpconfopts[opt], opt, len);
	switch (opt) {
	case LCPOPT_VEXT:
		if (len < 6) {
			dx_puts(dx, " (length bogus, should be >= 6)");
			return len;
		}
		v = GET_BE24(dx, p + 2);
		dx_printf(dx, ": Vendor: %s (%u)", ether_oui_name(v), v);
		break;
	case LCPOPT_MRU:
	case LCPOPT_MLMRRU:
		if (len != 4) {
			dx_puts(dx, " (length bogus, should be = 4)");
			return opt == LCPOPT_MRU ? len : 0;
		}
		dx_printf(dx, ": %u", GET_BE16(dx, p + 2));
		break;
	case LCPOPT_ACCM:
	case LCPOPT_MN:
		if (len != 6) {
			dx_puts(dx, " (length bogus, should be = 6)");
			return opt == LCPOPT_ACCM ? len : 0;
		}
		dx_printf(dx, ": 0x%08x", GET_BE32(dx, p + 2));
		break;
	case LCPOPT_AP:
		if (len < 4) {
			dx_puts(dx, " (length bogus, should be >= 4)");
			return len;
		}
		v = GET_BE16(dx, p + 2);
		/* tcpdump's format string lacks its %: the text is fixed */
		dx_printf(dx, ": %s", tok2str(dx, ppptype2str, "Unknown Auth Proto (0x04x)", v));
		switch (v) {
		case PPP_CHAP:
			dx_printf(dx, ", %s",
				  tok2str(dx, authalg_values, "Unknown Auth Alg %u", GET_U8(dx, p + 4)));
			break;
		case PPP_PAP:
		case PPP_EAP:
		case PPP_SPAP:
		case PPP_SPAP_OLD:
			break;
		default:
			ip_print_unknown_data(dx, p, "\n\t", len);
			break;
		}
		break;
	case LCPOPT_QP:
		if (len < 4) {
			dx_puts(dx, " (length bogus, should be >= 4)");
			return 0;
		}
		dx_puts(dx, GET_BE16(dx, p + 2) == PPP_LQM ? ": LQR" : ": unknown");
		break;
	case LCPOPT_PFC:
	case LCPOPT_ACFC:
		break;
	case LCPOPT_LD:
		if (len != 4) {
			dx_puts(dx, " (length bogus, should be = 4)");
			return 0;
		}
		dx_printf(dx, ": 0x%04x", GET_BE16(dx, p + 2));
		break;
	case LCPOPT_CBACK:
		if (len < 3) {
			dx_puts(dx, " (length bogus, should be >= 3)");
			return 0;
		}
		v = GET_U8(dx, p + 2);
		dx_printf(dx, ": : Callback Operation %s (%u)",
			  tok2str(dx, ppp_callback_values, "Unknown", v), v);
		break;
	case LCPOPT_MLED:
		if (len < 3) {
			dx_puts(dx, " (length bogus, should be >= 3)");
			return 0;
		}
		switch (GET_U8(dx, p + 2)) {
		case 0:
			dx_puts(dx, ": Null");
			break;
		case 1:
			dx_puts(dx, ": Local");
			break;
		case 2:
			if (len != 7) {
				dx_puts(dx, " (length bogus, should be = 7)");
				return 0;
			}
			dx_printf(dx, ": IPv4 %s", GET_IPADDR_STRING(dx, p + 3));
			break;
		case 3:
			if (len != 9) {
				dx_puts(dx, " (length bogus, should be = 9)");
				return 0;
			}
			dx_printf(dx, ": MAC %s", GET_ETHERADDR_STRING(dx, p + 3));
			break;
		case 4:
			dx_puts(dx, ": Magic-Num-Block");
			break;
		case 5:
			dx_puts(dx, ": PSNDN");
			break;
		default:
			dx_printf(dx, ": Unknown class %u", GET_U8(dx, p + 2));
			break;
		}
		break;
	default:
		return opt_value_dump(dx, p, len, 0);
	}
	return opt_value_dump(dx, p, len, 1);
}

/* RFC 3544's suboptions: where the walk stopped, NULL when truncated */
static const uint8_t *ipcomp_suboptions(struct dx *dx, const uint8_t *p, unsigned total)
{
	dx_printf(dx, "\n\t      Suboptions, length %u", total);
	while (total >= 2) {
		unsigned sub, sublen;

		if (!DX_TTEST(dx, p, 2))
			return NULL;
		sub = GET_U8(dx, p);
		sublen = GET_U8(dx, p + 1);
		if (sub == 0 || sublen == 0)
			break;
		dx_printf(dx, "\n\t\t%s Suboption #%u, length %u",
			  tok2str(dx, ipcpopt_compproto_subopt_values, "Unknown", sub), sub, sublen);
		if (total < sublen) {
			dx_printf(dx, " [remaining suboptions length %u < %u]", total, sublen);
			dx_print_invalid(dx);
			break;
		}
		total -= sublen;
		p += sublen;
	}
	return p;
}

static unsigned print_ipcp_config_options(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned opt, len, comp;

	if (!opt_line(dx, p, length, "ipcp", ipcpopt_values, "unknown", &opt, &len))
		return 0;
	switch (opt) {
	case IPCPOPT_2ADDR:
		if (len != 10) {
			dx_puts(dx, " (length bogus, should be = 10)");
			return len;
		}
		DX_TCHECK(dx, p + 2, 8);
		dx_printf(dx, ": src %s", GET_IPADDR_STRING(dx, p + 2));
		dx_printf(dx, ", dst %s", GET_IPADDR_STRING(dx, p + 6));
		break;
	case IPCPOPT_IPCOMP:
		if (len < 4) {
			dx_puts(dx, " (length bogus, should be >= 4)");
			return 0;
		}
		comp = GET_BE16(dx, p + 2);
		dx_printf(dx, ": %s (0x%02x):", tok2str(dx, ipcpopt_compproto_values, "Unknown", comp),
			  comp);
		if (comp != IPCPOPT_IPCOMP_HDRCOMP)
			break;
		if (len < IPCPOPT_IPCOMP_MINLEN) {
			dx_printf(dx, " (length bogus, should be >= %u)", IPCPOPT_IPCOMP_MINLEN);
			return 0;
		}
		if (!DX_TTEST(dx, p + 2, IPCPOPT_IPCOMP_MINLEN)) {
			dx_puts(dx, "[|ipcp]");
			return 0;
		}
		dx_printf(dx, "\n\t    TCP Space %u, non-TCP Space %u, maxPeriod %u, maxTime %u, maxHdr %u",
			  GET_BE16(dx, p + 4), GET_BE16(dx, p + 6), GET_BE16(dx, p + 8),
			  GET_BE16(dx, p + 10), GET_BE16(dx, p + 12));
		if (len > IPCPOPT_IPCOMP_MINLEN) {
			/* the -vv dump below starts where the suboptions stopped, as tcpdump's */
			const uint8_t *q = ipcomp_suboptions(dx, p + IPCPOPT_IPCOMP_MINLEN,
							     len - IPCPOPT_IPCOMP_MINLEN);

			if (!q) {
				dx_puts(dx, "[|ipcp]");
				return 0;
			}
			if (dx->opts->verbose > 1)
				ip_print_unknown_data(dx, q + 2, "\n\t    ", len - 2);
			return len;
		}
		break;
	case IPCPOPT_ADDR:
	case IPCPOPT_MOBILE4:
	case IPCPOPT_PRIDNS:
	case IPCPOPT_PRINBNS:
	case IPCPOPT_SECDNS:
	case IPCPOPT_SECNBNS:
		if (len != 6) {
			dx_puts(dx, " (length bogus, should be = 6)");
			return 0;
		}
		dx_printf(dx, ": %s", GET_IPADDR_STRING(dx, p + 2));
		break;
	default:
		return opt_value_dump(dx, p, len, 0);
	}
	return opt_value_dump(dx, p, len, 1);
}

static unsigned print_ip6cp_config_options(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned opt, len;

	if (!opt_line(dx, p, length, "ip6cp", ip6cpopt_values, "unknown", &opt, &len))
		return 0;
	if (opt != 1)
		return opt_value_dump(dx, p, len, 0);
	if (len != 10) {
		dx_puts(dx, " (length bogus, should be = 10)");
		return len;
	}
	if (!DX_TTEST(dx, p + 2, 8)) {
		dx_puts(dx, "[|ip6cp]");
		return 0;
	}
	dx_printf(dx, ": %04x:%04x:%04x:%04x", GET_BE16(dx, p + 2), GET_BE16(dx, p + 4),
		  GET_BE16(dx, p + 6), GET_BE16(dx, p + 8));
	return opt_value_dump(dx, p, len, 1);
}

static unsigned print_ccp_config_options(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned opt, len, b;

	if (!opt_line(dx, p, length, "ccp", ccpconfopts_values, "Unknown", &opt, &len))
		return 0;
	switch (opt) {
	case CCPOPT_BSDCOMP:
		if (len < 3) {
			dx_puts(dx, " (length bogus, should be >= 3)");
			return len;
		}
		b = GET_U8(dx, p + 2);
		dx_printf(dx, ": Version: %u, Dictionary Bits: %u", b >> 5, b & 0x1f);
		break;
	case CCPOPT_MVRCA:
		if (len < 4) {
			dx_puts(dx, " (length bogus, should be >= 4)");
			return len;
		}
		b = GET_U8(dx, p + 2);
		dx_printf(dx, ": Features: %u, PxP: %s, History: %u, #CTX-ID: %u", (b & 0xc0) >> 6,
			  (b & 0x20) ? "Enabled" : "Disabled", b & 0x1f, GET_U8(dx, p + 3));
		break;
	case CCPOPT_DEFLATE:
		if (len < 4) {
			dx_puts(dx, " (length bogus, should be >= 4)");
			return len;
		}
		b = GET_U8(dx, p + 2);
		dx_printf(dx, ": Window: %uK, Method: %s (0x%x), MBZ: %u, CHK: %u", (b & 0xf0) >> 4,
			  (b & 0x0f) == 8 ? "zlib" : "unknown", b & 0x0f,
			  (GET_U8(dx, p + 3) & 0xfc) >> 2, GET_U8(dx, p + 3) & 0x03);
		break;
	default:
		return opt_value_dump(dx, p, len, 0);
	}
	return opt_value_dump(dx, p, len, 1);
}

static unsigned print_bacp_config_options(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned opt, len;

	if (!opt_line(dx, p, length, "bacp", bacconfopts_values, "Unknown", &opt, &len))
		return 0;
	if (opt != 1)
		return opt_value_dump(dx, p, len, 0);
	if (len != 6) {
		dx_puts(dx, " (length bogus, should be = 6)");
		return len;
	}
	dx_printf(dx, ": Magic-Num 0x%08x", GET_BE32(dx, p + 2));
	return opt_value_dump(dx, p, len, 1);
}

static void ctrl_options(struct dx *dx, unsigned proto, const uint8_t *tptr, unsigned len)
{
	unsigned (*pfunc)(struct dx *, const uint8_t *, unsigned);
	unsigned tlen = len - 4, advance;

	switch (proto) {
	case PPP_LCP:
		pfunc = print_lcp_config_options;
		break;
	case PPP_IPCP:
		pfunc = print_ipcp_config_options;
		break;
	case PPP_IPV6CP:
		pfunc = print_ip6cp_config_options;
		break;
	case PPP_CCP:
		pfunc = print_ccp_config_options;
		break;
	case PPP_BACP:
		pfunc = print_bacp_config_options;
		break;
	default:
		return;
	}
	DX_SUBTREE(dx, tptr, tlen, "Options: (%u bytes)", tlen);
	do {
		/* as tcpdump, each option is given the whole encoded length */
		advance = pfunc(dx, tptr, len);
		if (advance == 0)
			break;
		if (tlen < advance) {
			dx_printf(dx, " [remaining options length %u < %u]", tlen, advance);
			dx_print_invalid(dx);
			break;
		}
		tlen -= advance;
		tptr += advance;
	} while (tlen != 0);
	DX_LAYER_END(dx);
}

/* LCP, IPCP, CCP and the other control protocols: RFC 1661's packet */
static void handle_ctrl_proto(struct dx *dx, unsigned proto, const uint8_t *pptr, unsigned length)
{
	const char *typestr = tok2str(dx, ppptype2str, "unknown ctrl-proto (0x%04x)", proto);
	const uint8_t *tptr = pptr;
	unsigned code, len, id;

	dx_printf(dx, "%s, ", typestr);
	if (length < 4 || !DX_TTEST(dx, tptr, 2)) {
		dx_printf(dx, "[|%s]", typestr);
		return;
	}
	code = GET_U8(dx, tptr);
	id = GET_U8(dx, tptr + 1);
	dx_printf(dx, "%s (0x%02x), id %u, length %u", tok2str(dx, cpcodes, "Unknown Opcode", code),
		  code, id, length + 2);
	DX_LAYER(dx, pptr, length, "PPP %s", typestr);
	DX_FIELD(dx, tptr, 1, "Code: %s (%u)", tok2str(dx, cpcodes, "Unknown", code), code);
	DX_FIELD(dx, tptr + 1, 1, "Identifier: %u", id);
	tptr += 2;
	if (!dx->opts->verbose) {
		DX_LAYER_END(dx);
		return;
	}
	len = GET_BE16(dx, tptr);
	DX_FIELD(dx, tptr, 2, "Length: %u", len);
	tptr += 2;
	if (len < 4) {
		dx_printf(dx, "\n\tencoded length %u (< 4))", len);
		goto out;
	}
	if (len > length) {
		dx_printf(dx, "\n\tencoded length %u (> packet length %u))", len, length);
		goto out;
	}
	length = len;
	dx_printf(dx, "\n\tencoded length %u (=Option(s) length %u)", len, len - 4);
	if (length == 4)
		goto out;
	if (dx->opts->verbose > 1)
		ip_print_unknown_data(dx, pptr - 2, "\n\t", 6);

	switch (code) {
	case CP_VEXT:
		if (length < 11)
			break;
		dx_printf(dx, "\n\t  Magic-Num 0x%08x", GET_BE32(dx, tptr));
		tptr += 4;
		dx_printf(dx, " Vendor: %s (%u)", ether_oui_name(GET_BE24(dx, tptr)), GET_BE24(dx, tptr));
		break;
	case CP_CONF_REQ:
	case CP_CONF_ACK:
	case CP_CONF_NAK:
	case CP_CONF_REJ:
		ctrl_options(dx, proto, tptr, len);
		break;
	case CP_TERM_REQ:
	case CP_TERM_ACK:
	case CP_CODE_REJ:
		break;
	case CP_PROT_REJ:
		if (length < 6)
			break;
		dx_printf(dx, "\n\t  Rejected %s Protocol (0x%04x)",
			  tok2str(dx, ppptype2str, "unknown", GET_BE16(dx, tptr)), GET_BE16(dx, tptr));
		if (len > 6) {
			dx_puts(dx, "\n\t  Rejected Packet");
			ip_print_unknown_data(dx, tptr + 2, "\n\t    ", len - 2);
		}
		break;
	case CP_ECHO_REQ:
	case CP_ECHO_RPL:
	case CP_DISC_REQ:
		if (length < 8)
			break;
		dx_printf(dx, "\n\t  Magic-Num 0x%08x", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr, 4, "Magic number: 0x%08x", GET_BE32(dx, tptr));
		if (len > 8) {
			dx_puts(dx, "\n\t  -----trailing data-----");
			DX_TCHECK(dx, tptr + 4, len - 8);
			ip_print_unknown_data(dx, tptr + 4, "\n\t  ", len - 8);
		}
		break;
	case CP_ID:
		if (length < 8)
			break;
		dx_printf(dx, "\n\t  Magic-Num 0x%08x", GET_BE32(dx, tptr));
		if (len > 8) {
			dx_puts(dx, "\n\t  Message\n\t    ");
			/* tcpdump's length: the magic number counted in */
			if (dx_printn(dx, tptr + 4, len - 4))
				dx_printf(dx, "[|%s]", typestr);
		}
		break;
	case CP_TIME_REM:
		if (length < 12)
			break;
		dx_printf(dx, "\n\t  Magic-Num 0x%08x", GET_BE32(dx, tptr));
		dx_printf(dx, ", Seconds-Remaining %us", GET_BE32(dx, tptr + 4));
		break;
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, pptr - 2, "\n\t  ", length + 2);
		break;
	}
out:
	DX_LAYER_END(dx);
}

static void handle_mlppp(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned seq;

	if (!dx->opts->link_header)
		dx_puts(dx, "MLPPP, ");
	if (length < 2 || !DX_TTEST(dx, p, 2)) {
		dx_puts(dx, "[|mlppp]");
		return;
	}
	seq = GET_BE16(dx, p) & 0x0fff;
	DX_LAYER(dx, p, length, "PPP Multilink Protocol");
	DX_FIELD(dx, p, 1, "Flags: %s", bittok2str(dx, ppp_ml_flag_values, "none", p[0] & 0xc0));
	DX_FIELD(dx, p, 2, "Sequence number: 0x%03x", seq);
	DX_LAYER_END(dx);
	dx_printf(dx, "seq 0x%03x, Flags [%s], length %u", seq,
		  bittok2str(dx, ppp_ml_flag_values, "none", GET_U8(dx, p) & 0xc0), length);
}

static void print_chars(struct dx *dx, const uint8_t *p, unsigned n)
{
	while (n-- > 0)
		dx_print_char(dx, GET_U8(dx, p++));
}

/* RFC 1994: the common part of CHAP-MD5 and MS-CHAP */
static void handle_chap(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *p0 = p;
	unsigned code, len, val_size;

	if (length < 1) {
		dx_puts(dx, "[|chap]");
		return;
	}
	if (length < 4) {
		dx_printf(dx, "[|chap 0x%02x]", GET_U8(dx, p));
		return;
	}
	code = GET_U8(dx, p);
	dx_printf(dx, "CHAP, %s (0x%02x)", tok2str(dx, chapcode_values, "unknown", code), code);
	dx_printf(dx, ", id %u", GET_U8(dx, p + 1));
	len = GET_BE16(dx, p + 2);
	DX_LAYER(dx, p0, length, "PPP Challenge Handshake Authentication Protocol");
	DX_FIELD(dx, p, 1, "Code: %s (%u)", tok2str(dx, chapcode_values, "unknown", code), code);
	DX_FIELD(dx, p + 1, 1, "Identifier: %u", p[1]);
	DX_FIELD(dx, p + 2, 2, "Length: %u", len);
	p += 4;
	switch (code) {
	case 1:
	case 2:
		if (length - (unsigned)(p - p0) < 1)
			break;
		val_size = GET_U8(dx, p);
		p++;
		if (length - (unsigned)(p - p0) < val_size)
			break;
		dx_puts(dx, ", Value ");
		DX_FIELD(dx, p, val_size, "Value: (%u bytes)", val_size);
		while (val_size-- > 0)
			dx_printf(dx, "%02x", GET_U8(dx, p++));
		dx_puts(dx, ", Name ");
		/* tcpdump's unsigned difference: a short length reads to the end */
		print_chars(dx, p, len - (unsigned)(p - p0));
		break;
	case 3:
	case 4:
		dx_puts(dx, ", Msg ");
		print_chars(dx, p, len - (unsigned)(p - p0));
		break;
	}
	DX_LAYER_END(dx);
}

/* RFC 1334 */
static void handle_pap(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *p0 = p;
	unsigned code, len, n;

	if (length < 1) {
		dx_puts(dx, "[|pap]");
		return;
	}
	if (length < 4) {
		dx_printf(dx, "[|pap 0x%02x]", GET_U8(dx, p));
		return;
	}
	code = GET_U8(dx, p);
	dx_printf(dx, "PAP, %s (0x%02x)", tok2str(dx, papcode_values, "unknown", code), code);
	dx_printf(dx, ", id %u", GET_U8(dx, p + 1));
	len = GET_BE16(dx, p + 2);
	p += 4;
	if (len > length) {
		dx_printf(dx, ", length %u > packet size", len);
		return;
	}
	length = len;
	if (length < 4) {
		dx_printf(dx, ", length %u < PAP header length", length);
		return;
	}
	DX_LAYER(dx, p0, length, "PPP Password Authentication Protocol");
	DX_FIELD(dx, p0, 1, "Code: %s (%u)", tok2str(dx, papcode_values, "unknown", code), code);
	DX_FIELD(dx, p0 + 1, 1, "Identifier: %u", p0[1]);
	DX_FIELD(dx, p0 + 2, 2, "Length: %u", len);
	switch (code) {
	case 1:
		if (len < 6)
			goto trunc;
		if (length - (unsigned)(p - p0) < 1)
			break;
		n = GET_U8(dx, p++);
		if (length - (unsigned)(p - p0) < n)
			break;
		dx_puts(dx, ", Peer ");
		print_chars(dx, p, n);
		p += n;
		if (length - (unsigned)(p - p0) < 1)
			break;
		n = GET_U8(dx, p++);
		if (length - (unsigned)(p - p0) < n)
			break;
		dx_puts(dx, ", Name ");
		print_chars(dx, p, n);
		break;
	case 2:
	case 3:
		if (len < 5)
			goto trunc;
		if (length - (unsigned)(p - p0) < 1)
			break;
		n = GET_U8(dx, p++);
		if (length - (unsigned)(p - p0) < n)
			break;
		dx_puts(dx, ", Msg ");
		print_chars(dx, p, n);
		break;
	}
	DX_LAYER_END(dx);
	return;
trunc:
	DX_LAYER_END(dx);
	dx_puts(dx, "[|pap]");
}

/*
 * RFC 1662 octet escapes: the captured bytes un-escaped into the decoder's
 * buffer, then read as a PPP frame with the buffer as the packet.
 */
static void ppp_hdlc(struct dx *dx, const uint8_t *p, unsigned length)
{
	size_t caplen = DX_BYTES_AVAIL(dx, p), i;
	const uint8_t *save_start = dx->pkt_start, *save_end = dx->snapend;
	uint8_t *b, *t;
	unsigned proto, blen;

	if (caplen == 0 || length == 0)
		return;
	if (caplen > dx->unesc_cap) {
		b = realloc(dx->unesc, caplen);
		if (!b)
			return;
		dx->unesc = b;
		dx->unesc_cap = caplen;
	}
	b = t = dx->unesc;
	for (i = 0; i < caplen; i++) {
		uint8_t c = p[i];

		if (c == 0x7d) {
			if (i + 1 >= caplen)
				break;
			c = p[++i] ^ 0x20;
		}
		*t++ = c;
	}
	dx->pkt_start = b;
	dx->snapend = t;
	blen = (unsigned)(t - b);
	if (blen < 1)
		goto trunc;
	proto = GET_U8(dx, b);
	if (proto == PPP_IP) {
		ip_print(dx, b + 1, blen - 1);
		goto out;
	}
	if (proto == PPP_IPV6) {
		ip6_print(dx, b + 1, blen - 1);
		goto out;
	}
	if (blen < 2)
		goto trunc;
	proto = GET_BE16(dx, b);
	if (proto == (PPP_ADDRESS << 8 | PPP_CONTROL)) {
		if (blen < 4)
			goto trunc;
		proto = GET_BE16(dx, b + 2);
		b += 4;
		blen -= 4;
	} else {
		b += 2;
		blen -= 2;
	}
	if ((proto & 0xff00) == 0x7e00)
		dx_printf(dx, "(protocol 0x%04x invalid)", proto);
	else
		handle_ppp(dx, proto, b, blen);
out:
	dx->pkt_start = save_start;
	dx->snapend = save_end;
	return;
trunc:
	dx->pkt_start = save_start;
	dx->snapend = save_end;
	dx_print_trunc(dx);
}

static void handle_ppp(struct dx *dx, unsigned proto, const uint8_t *p, unsigned length)
{
	if ((proto & 0xff00) == 0x7e00) {
		/* an escape code: the frame still holds its octet escapes */
		ppp_hdlc(dx, p - 1, length);
		return;
	}
	switch (proto) {
	case PPP_LCP:
	case PPP_IPCP:
	case PPP_OSICP:
	case PPP_MPLSCP:
	case PPP_IPV6CP:
	case PPP_CCP:
	case PPP_BACP:
		handle_ctrl_proto(dx, proto, p, length);
		break;
	case PPP_ML:
		handle_mlppp(dx, p, length);
		break;
	case PPP_CHAP:
		handle_chap(dx, p, length);
		break;
	case PPP_PAP:
		handle_pap(dx, p, length);
		break;
	case PPP_BAP:
		break;
	case 0x0800:
	case PPP_VJNC:
	case PPP_IP:
		ip_print(dx, p, length);
		break;
	case 0x86dd:
	case PPP_IPV6:
		ip6_print(dx, p, length);
		break;
	case 0x8137:
	case PPP_IPX:
		ipx_print(dx, p, length);
		break;
	case PPP_OSI:
		isoclns_print(dx, p, length);
		break;
	case PPP_MPLS_UCAST:
	case PPP_MPLS_MCAST:
		mpls_print(dx, p, length);
		break;
	case PPP_COMP:
		dx_puts(dx, "compressed PPP data");
		break;
	default:
		dx_printf(dx, "%s ", tok2str(dx, ppptype2str, "unknown PPP protocol (0x%04x)", proto));
		ip_print_unknown_data(dx, p, "\n\t", length);
		break;
	}
}

unsigned ppp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	const uint8_t *frame = p;
	unsigned proto, hdr, olen = length, hdr_len = 0;
	int eflag = dx->opts->link_header;

	dx_proto(dx, "ppp");
	if (length < 2)
		goto trunc;
	hdr = GET_BE16(dx, p);
	if (hdr == (PPP_PPPD_IN << 8 | PPP_CONTROL) || hdr == (PPP_PPPD_OUT << 8 | PPP_CONTROL) ||
	    hdr == (PPP_ADDRESS << 8 | PPP_CONTROL)) {
		if (eflag && hdr >> 8 == PPP_PPPD_IN)
			dx_puts(dx, "In  ");
		else if (eflag && hdr >> 8 == PPP_PPPD_OUT)
			dx_puts(dx, "Out ");
		p += 2;
		length -= 2;
		hdr_len += 2;
	}
	if (length < 2)
		goto trunc;
	if (GET_U8(dx, p) % 2) {
		proto = GET_U8(dx, p);	/* PFC */
		hdr_len++;
	} else {
		proto = GET_BE16(dx, p);
		hdr_len += 2;
	}
	DX_LAYER(dx, frame, hdr_len, "Point-to-Point Protocol, Protocol: %s (0x%04x)",
		 tok2str(dx, ppptype2str, "unknown", proto), proto);
	if (p != frame) {
		DX_FIELD(dx, frame, 1, "Address: 0x%02x", frame[0]);
		DX_FIELD(dx, frame + 1, 1, "Control: 0x%02x", frame[1]);
	}
	DX_FIELD(dx, p, frame + hdr_len - p, "Protocol: %s (0x%04x)",
		 tok2str(dx, ppptype2str, "unknown", proto), proto);
	DX_LAYER_END(dx);
	length -= (unsigned)(frame + hdr_len - p);
	p = frame + hdr_len;
	if (eflag) {
		const char *typestr = tok2str_or_null(ppptype2str, proto);

		dx_printf(dx, "%s (0x%04x), length %u", typestr ? typestr : "unknown", proto, olen);
		if (!typestr)
			return hdr_len;
		dx_puts(dx, ": ");
	}
	handle_ppp(dx, proto, p, length);
	return hdr_len;
trunc:
	dx_print_trunc(dx);
	return 0;
}

unsigned ppp_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "ppp");
	if (caplen < PPP_HDRLEN) {
		dx_print_trunc(dx);
		return caplen;
	}
	ppp_print(dx, p, length);
	return PPP_HDRLEN;
}

/* RFC 1662 or Cisco framing, the address and control bytes always there */
unsigned ppp_hdlc_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned proto, addr;

	dx_proto(dx, "ppp_hdlc");
	if (caplen < 2) {
		dx_print_trunc(dx);
		return caplen;
	}
	addr = GET_U8(dx, p);
	if (addr == CHDLC_UNICAST || addr == CHDLC_BCAST)
		return chdlc_if_print(dx, p, caplen, length);
	if (caplen < 4) {
		dx_print_trunc(dx);
		return caplen;
	}
	if (dx->opts->link_header)
		dx_printf(dx, "%02x %02x %u ", addr, GET_U8(dx, p + 1), length);
	if (addr != PPP_ADDRESS) {
		dx_printf(dx, "unknown addr %02x; ctrl %02x", GET_U8(dx, p + 2), GET_U8(dx, p + 3));
		return 2;
	}
	proto = GET_BE16(dx, p + 2);
	DX_LAYER(dx, p, 4, "PPP in HDLC-like framing, Protocol: %s (0x%04x)",
		 tok2str(dx, ppptype2str, "unknown", proto), proto);
	DX_FIELD(dx, p, 1, "Address: 0x%02x", addr);
	DX_FIELD(dx, p + 1, 1, "Control: 0x%02x", p[1]);
	DX_FIELD(dx, p + 2, 2, "Protocol: 0x%04x", proto);
	DX_LAYER_END(dx);
	dx_printf(dx, "%s: ", tok2str(dx, ppptype2str, "unknown PPP protocol (0x%04x)", proto));
	handle_ppp(dx, proto, p + 4, length - 4);
	return 4;
}
