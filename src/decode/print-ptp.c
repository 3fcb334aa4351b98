// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 1588 Precision Time Protocol (EtherType 0x88f7; also UDP
 * ports 319/320). Text as tcpdump 4.99 print-ptp.c: version 2 headers and
 * message bodies, version 1 as "(not implemented)".
 *
 * v2 header (34 bytes): transportSpecific|messageType (1), versionPTP (1),
 * messageLength (2), domainNumber (1), reserved (1), flags (2),
 * correctionField (8: 48-bit ns + 16-bit sub-ns), reserved (4),
 * sourcePortIdentity (8 + 2), sequenceId (2), control (1),
 * logMessageInterval (1).
 */
#include <inttypes.h>

#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define PTP_HDR_LEN 0x22

static const struct tok ptp_msg_type[] = {
	{ 0x0, "sync msg" },
	{ 0x1, "delay req msg" },
	{ 0x2, "peer delay req msg" },
	{ 0x3, "peer delay resp msg" },
	{ 0x8, "follow up msg" },
	{ 0x9, "delay resp msg" },
	{ 0xa, "pdelay resp fup msg" },
	{ 0xb, "announce msg" },
	{ 0xc, "signalling msg" },
	{ 0xd, "management msg" },
	{ 0, NULL }
};

static const struct tok ptp_control_field[] = {
	{ 0x0, "Sync" },
	{ 0x1, "Delay_Req" },
	{ 0x2, "Follow_Up" },
	{ 0x3, "Delay_Resp" },
	{ 0x4, "Management" },
	{ 0x5, "Other" },
	{ 0, NULL }
};

static const struct tok ptp_flag_values[] = {
	{ 0x1, "l1 61" },
	{ 0x2, "l1 59" },
	{ 0x4, "utc reasonable" },
	{ 0x8, "timescale" },
	{ 0x10, "time tracable" },
	{ 0x20, "frequency tracable" },
	{ 0x100, "alternate master" },
	{ 0x200, "two step" },
	{ 0x400, "unicast" },
	{ 0x1000, "profile specific 1" },
	{ 0x2000, "profile specific 2" },
	{ 0x4000, "security mask" },
	{ 0x18c0, "unknown" },
	{ 0, NULL }
};

static uint64_t be48(struct dx *dx, const uint8_t *p)
{
	return (uint64_t)GET_BE16(dx, p) << 32 | GET_BE32(dx, p + 2);
}

static void timestamp_print(struct dx *dx, const uint8_t *bp, const char *stype, int comma)
{
	dx_printf(dx, ", %s :", stype);
	dx_printf(dx, " %" PRIu64 " seconds%s", be48(dx, bp), comma ? "," : "");
	dx_printf(dx, " %u nanoseconds", GET_BE32(dx, bp + 6));
}

static void port_id_print(struct dx *dx, const uint8_t *bp)
{
	dx_printf(dx, ", port identity : 0x%" PRIx64, GET_BE64(dx, bp));
	dx_printf(dx, ", port id : %u", GET_BE16(dx, bp + 8));
}

static void timestamp_identity_print(struct dx *dx, const uint8_t *bp, const char *ttype)
{
	timestamp_print(dx, bp, ttype, 1);
	port_id_print(dx, bp + 10);
}

static void announce_print(struct dx *dx, const uint8_t *bp)
{
	timestamp_print(dx, bp, "originTimeStamp", 0);
	bp += 10;
	dx_printf(dx, ", origin cur utc :%u", GET_BE16(dx, bp));
	dx_printf(dx, ", rsvd : %u", GET_U8(dx, bp + 2));
	dx_printf(dx, ", gm priority_1 : %u", GET_U8(dx, bp + 3));
	dx_printf(dx, ", gm clock class : %u", GET_U8(dx, bp + 4));
	dx_printf(dx, ", gm clock accuracy : %u", GET_U8(dx, bp + 5));
	dx_printf(dx, ", gm clock variance : %u", GET_BE16(dx, bp + 6));
	dx_printf(dx, ", gm priority_2 : %u", GET_U8(dx, bp + 8));
	dx_printf(dx, ", gm clock id : 0x%" PRIx64, GET_BE64(dx, bp + 9));
	dx_printf(dx, ", steps removed : %u", GET_BE16(dx, bp + 17));
	dx_printf(dx, ", time source : 0x%x", GET_U8(dx, bp + 19));
}

/* tcpdump prints these four from the same byte (its pointer does not move) */
static void mgmt_print(struct dx *dx, const uint8_t *bp)
{
	unsigned b;

	port_id_print(dx, bp);
	b = GET_U8(dx, bp);
	dx_printf(dx, ", , start boundary hops  %u", b);
	dx_printf(dx, ", , boundary hops  %u", b);
	dx_printf(dx, ", , flags  0x%x", b);
	dx_printf(dx, ", , reserved  0x%x", b);
}

static void ptp_print_2(struct dx *dx, const uint8_t *bp)
{
	unsigned foct = GET_U8(dx, bp), msg_type = foct & 0x0f, flags;

	dx_printf(dx, ", v1 compat : %s", (foct & 0x10) ? "yes" : "no");
	dx_printf(dx, ", msg type : %s", tok2str(dx, ptp_msg_type, "Reserved", msg_type));
	dx_printf(dx, ", length : %u", GET_BE16(dx, bp + 2));
	dx_printf(dx, ", domain : %u", (GET_BE16(dx, bp + 4) & 0xff00) >> 8);
	dx_printf(dx, ", reserved1 : %u", GET_BE16(dx, bp + 4) & 0xff);
	flags = GET_BE16(dx, bp + 6);
	dx_printf(dx, ", Flags [%s]", bittok2str(dx, ptp_flag_values, "none", flags));
	dx_printf(dx, ", NS correction : %" PRIu64, be48(dx, bp + 8));
	dx_printf(dx, ", sub NS correction : %u", GET_BE16(dx, bp + 14));
	dx_printf(dx, ", reserved2 : %u", GET_BE32(dx, bp + 16));
	dx_printf(dx, ", clock identity : 0x%" PRIx64, GET_BE64(dx, bp + 20));
	dx_printf(dx, ", port id : %u", GET_BE16(dx, bp + 28));
	dx_printf(dx, ", seq id : %u", GET_BE16(dx, bp + 30));
	dx_printf(dx, ", control : %u (%s)", GET_U8(dx, bp + 32),
		  tok2str(dx, ptp_control_field, "Reserved", GET_U8(dx, bp + 32)));
	dx_printf(dx, ", log message interval : %u", GET_BE16(dx, bp + 32) & 0xff);
	if (dx->tree) {
		DX_FIELD(dx, bp, 1, "Message type: %s (%u)",
			 tok2str(dx, ptp_msg_type, "Reserved", msg_type), msg_type);
		DX_FIELD(dx, bp + 1, 1, "Version: %u", GET_U8(dx, bp + 1) & 0x0f);
		DX_FIELD(dx, bp + 2, 2, "Message length: %u", GET_BE16(dx, bp + 2));
		DX_FIELD(dx, bp + 4, 1, "Domain: %u", GET_U8(dx, bp + 4));
		DX_FIELD(dx, bp + 6, 2, "Flags: 0x%04x", flags);
		DX_FIELD(dx, bp + 8, 8, "Correction: %" PRIu64 " ns", be48(dx, bp + 8));
		DX_FIELD(dx, bp + 20, 8, "Clock identity: 0x%" PRIx64, GET_BE64(dx, bp + 20));
		DX_FIELD(dx, bp + 28, 2, "Port ID: %u", GET_BE16(dx, bp + 28));
		DX_FIELD(dx, bp + 30, 2, "Sequence ID: %u", GET_BE16(dx, bp + 30));
		DX_FIELD(dx, bp + 32, 1, "Control: %u", GET_U8(dx, bp + 32));
		DX_FIELD(dx, bp + 33, 1, "Log message interval: %d", (int8_t)GET_U8(dx, bp + 33));
	}
	bp += PTP_HDR_LEN;
	switch (msg_type) {
	case 0x0:
	case 0x1:
		timestamp_print(dx, bp, "originTimeStamp", 1);
		break;
	case 0x2:
		timestamp_identity_print(dx, bp, "preciseOriginTimeStamp");
		break;
	case 0x3:
	case 0x9:
		timestamp_identity_print(dx, bp, "receiveTimeStamp");
		break;
	case 0x8:
		timestamp_print(dx, bp, "preciseOriginTimeStamp", 1);
		break;
	case 0xa:
		timestamp_identity_print(dx, bp, "preciseOriginTimeStamp");
		break;
	case 0xb:
		announce_print(dx, bp);
		break;
	case 0xc:
		port_id_print(dx, bp);
		break;
	case 0xd:
		mgmt_print(dx, bp);
		break;
	default:
		break;
	}
}

void ptp_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	unsigned vers;

	dx_proto(dx, "ptp");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, bp);

		DX_LAYER(dx, bp, n < length ? n : length, "Precision Time Protocol (IEEE1588)");
	}
	if (length < PTP_HDR_LEN) {
		dx_printf(dx, " [length %u < %u]", length, PTP_HDR_LEN);	/* ND_LCHECK_U */
		dx_print_invalid(dx);
		DX_LAYER_END(dx);
		return;
	}
	vers = GET_BE16(dx, bp) & 0xff;
	dx_printf(dx, "PTPv%u", vers);
	if (vers == 1)
		dx_puts(dx, " (not implemented)");
	else if (vers == 2)
		ptp_print_2(dx, bp);
	DX_LAYER_END(dx);
}
