// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.3 Slow Protocols (EtherType 0x8809): LACP and the
 * Marker protocol (802.1AX) and Ethernet OAM (802.3ah clause 57).
 * Text as tcpdump 4.99 print-slow.c.
 *
 * Header: subtype (1), version (1); then TLVs of type (1) and length (1,
 * including these 2 bytes). LACP actor/partner TLVs carry system priority
 * (2), system MAC (6), key (2), port priority (2), port (2), state (1).
 */
#include <inttypes.h>

#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define SLOW_PROTO_LACP 1
#define SLOW_PROTO_MARKER 2
#define SLOW_PROTO_OAM 3

static const struct tok slow_proto_values[] = {
	{ SLOW_PROTO_LACP, "LACP" },
	{ SLOW_PROTO_MARKER, "MARKER" },
	{ SLOW_PROTO_OAM, "OAM" },
	{ 0, NULL }
};

static const struct tok slow_tlv_values[] = {
	{ (SLOW_PROTO_LACP << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_LACP << 8) + 1, "Actor Information" },
	{ (SLOW_PROTO_LACP << 8) + 2, "Partner Information" },
	{ (SLOW_PROTO_LACP << 8) + 3, "Collector Information" },
	{ (SLOW_PROTO_MARKER << 8) + 0, "Terminator" },
	{ (SLOW_PROTO_MARKER << 8) + 1, "Marker Information" },
	{ 0, NULL }
};

static const struct tok lacp_state_values[] = {
	{ 0x01, "Activity" },
	{ 0x02, "Timeout" },
	{ 0x04, "Aggregation" },
	{ 0x08, "Synchronization" },
	{ 0x10, "Collecting" },
	{ 0x20, "Distributing" },
	{ 0x40, "Default" },
	{ 0x80, "Expired" },
	{ 0, NULL }
};

/* print_unknown_data() */
static void unknown_data(struct dx *dx, const uint8_t *p, const char *ident, unsigned len)
{
	size_t avail = DX_BYTES_AVAIL(dx, p);

	hex_print(dx, ident, p, avail < len ? (unsigned)avail : len);
}

static const struct tok slow_oam_flag_values[] = {
	{ 0x0001, "Link Fault" },
	{ 0x0002, "Dying Gasp" },
	{ 0x0004, "Critical Event" },
	{ 0x0008, "Local Evaluating" },
	{ 0x0010, "Local Stable" },
	{ 0x0020, "Remote Evaluating" },
	{ 0x0040, "Remote Stable" },
	{ 0, NULL }
};

static const struct tok slow_oam_code_values[] = {
	{ 0x00, "Information" },
	{ 0x01, "Event Notification" },
	{ 0x02, "Variable Request" },
	{ 0x03, "Variable Response" },
	{ 0x04, "Loopback Control" },
	{ 0xfe, "Vendor Private" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_values[] = {
	{ 0x00, "End of TLV marker" },
	{ 0x01, "Local" },
	{ 0x02, "Remote" },
	{ 0xfe, "Organization specific" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_state_parser_values[] = {
	{ 0x00, "forwarding" },
	{ 0x01, "looping back" },
	{ 0x02, "discarding" },
	{ 0x03, "reserved" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_state_mux_values[] = {
	{ 0x00, "forwarding" },
	{ 0x04, "discarding" },
	{ 0, NULL }
};

static const struct tok slow_oam_info_type_oam_config_values[] = {
	{ 0x01, "Active" },
	{ 0x02, "Unidirectional" },
	{ 0x04, "Remote-Loopback" },
	{ 0x08, "Link-Events" },
	{ 0x10, "Variable-Retrieval" },
	{ 0, NULL }
};

static const struct tok slow_oam_link_event_values[] = {
	{ 0x00, "End of TLV marker" },
	{ 0x01, "Errored Symbol Period Event" },
	{ 0x02, "Errored Frame Event" },
	{ 0x03, "Errored Frame Period Event" },
	{ 0x04, "Errored Frame Seconds Summary Event" },
	{ 0xfe, "Organization specific" },
	{ 0, NULL }
};

static const struct tok slow_oam_loopbackctrl_cmd_values[] = {
	{ 0x01, "Enable OAM Remote Loopback" },
	{ 0x02, "Disable OAM Remote Loopback" },
	{ 0, NULL }
};

#define OAM_INFO_LEN 16		/* the Local/Remote information TLV */
#define OAM_LINK_EVENT_LEN 40

/*
 * One TLV list of an Information or Event Notification OAMPDU: returns 0
 * to go on, 1 when the list ended (End marker or a bad length), -1 when
 * the PDU is too short.
 */
static int oam_tlv_print(struct dx *dx, const uint8_t *tptr, unsigned tlen, int info)
{
	while (tlen > 0) {
		unsigned type, length;
		int hexdump = 0;

		if (tlen < 2)
			return -1;
		DX_TCHECK(dx, tptr, 2);
		type = GET_U8(dx, tptr);
		length = GET_U8(dx, tptr + 1);
		if (info)
			dx_printf(dx, "\n\t  %s Information Type (%u), length %u",
				  tok2str(dx, slow_oam_info_type_values, "Reserved", type), type, length);
		else
			dx_printf(dx, "\n\t  %s Link Event Type (%u), length %u",
				  tok2str(dx, slow_oam_link_event_values, "Reserved", type), type, length);
		if (type == 0)
			return 1;
		if (length < 2) {
			dx_puts(dx, "\n\t    ERROR: illegal length - should be >= 2");
			return 1;
		}
		if (tlen < length)
			return -1;
		DX_TCHECK(dx, tptr, length);
		if (info && (type == 1 || type == 2)) {
			unsigned state;

			if (GET_U8(dx, tptr + 1) != OAM_INFO_LEN) {
				dx_printf(dx, "\n\t    ERROR: illegal length - should be %u", OAM_INFO_LEN);
				hexdump = 1;
			} else {
				dx_printf(dx, "\n\t    OAM-Version %u, Revision %u", GET_U8(dx, tptr + 2),
					  GET_BE16(dx, tptr + 3));
				state = GET_U8(dx, tptr + 5);
				dx_printf(dx, "\n\t    State-Parser-Action %s, State-MUX-Action %s",
					  tok2str(dx, slow_oam_info_type_state_parser_values, "Reserved",
						  state & 3),
					  tok2str(dx, slow_oam_info_type_state_mux_values, "Reserved", state & 4));
				dx_printf(dx, "\n\t    OAM-Config Flags [%s], OAM-PDU-Config max-PDU size %u",
					  bittok2str(dx, slow_oam_info_type_oam_config_values, "none",
						     GET_U8(dx, tptr + 6)),
					  GET_BE16(dx, tptr + 7) & 0x7ff);
				dx_printf(dx, "\n\t    OUI %s (0x%06x), Vendor-Private 0x%08x",
					  ether_oui_name(GET_BE24(dx, tptr + 9)), GET_BE24(dx, tptr + 9),
					  GET_BE32(dx, tptr + 12));
			}
		} else if (!info && type >= 1 && type <= 4) {
			if (GET_U8(dx, tptr + 1) != OAM_LINK_EVENT_LEN) {
				dx_printf(dx, "\n\t    ERROR: illegal length - should be %u", OAM_LINK_EVENT_LEN);
				hexdump = 1;
			} else {
				dx_printf(dx, "\n\t    Timestamp %u ms, Errored Window %" PRIu64
					      "\n\t    Errored Threshold %" PRIu64 "\n\t    Errors %" PRIu64
					      "\n\t    Error Running Total %" PRIu64 "\n\t    Event Running Total %u",
					  GET_BE16(dx, tptr + 2) * 100, GET_BE64(dx, tptr + 4),
					  GET_BE64(dx, tptr + 12), GET_BE64(dx, tptr + 20),
					  GET_BE64(dx, tptr + 28), GET_BE32(dx, tptr + 36));
			}
		} else {
			hexdump = 1;
		}
		if (dx->opts->verbose > 1 || hexdump)
			unknown_data(dx, tptr, "\n\t  ", length);
		tlen -= length;
		tptr += length;
	}
	return 0;
}

/* 802.3ah Ethernet OAM, after the subtype byte */
static void oam_print(struct dx *dx, const uint8_t *tptr, unsigned tlen)
{
	unsigned code, command;

	if (tlen < 3)
		goto tooshort;
	DX_TCHECK(dx, tptr, 3);
	code = GET_U8(dx, tptr + 2);
	dx_printf(dx, "\n\tCode %s OAM PDU, Flags [%s]",
		  tok2str(dx, slow_oam_code_values, "Unknown (%u)", code),
		  bittok2str(dx, slow_oam_flag_values, "none", GET_BE16(dx, tptr)));
	tptr += 3;
	tlen -= 3;
	switch (code) {
	case 0x00:
		if (oam_tlv_print(dx, tptr, tlen, 1) < 0)
			goto tooshort;
		break;
	case 0x01:
		if (tlen < 2)
			goto tooshort;
		dx_printf(dx, "\n\t  Sequence Number %u", GET_BE16(dx, tptr));
		if (oam_tlv_print(dx, tptr + 2, tlen - 2, 0) < 0)
			goto tooshort;
		break;
	case 0x04:
		if (tlen < 1)
			goto tooshort;
		command = GET_U8(dx, tptr);
		dx_printf(dx, "\n\t  Command %s (%u)",
			  tok2str(dx, slow_oam_loopbackctrl_cmd_values, "Unknown", command), command);
		break;
	default:
		/* variable request/response and vendor private: not decoded */
		if (dx->opts->verbose <= 1)
			unknown_data(dx, tptr, "\n\t  ", tlen);
		break;
	}
	return;
tooshort:
	dx_puts(dx, "\n\t\t packet is too short");
}

static void marker_lacp_print(struct dx *dx, const uint8_t *tptr, unsigned tlen, unsigned proto)
{
	while (tlen > 0) {
		unsigned type, len, key;
		const uint8_t *v;

		if (tlen < 2)
			goto tooshort;
		type = GET_U8(dx, tptr);
		len = GET_U8(dx, tptr + 1);
		dx_printf(dx, "\n\t%s TLV (0x%02x), length %u",
			  tok2str(dx, slow_tlv_values, "Unknown", (proto << 8) + type), type, len);
		if (type == 0)
			return;
		if (len < 2) {
			dx_puts(dx, "\n\t    ERROR: illegal length - should be >= 2");
			return;
		}
		if (tlen < len)
			goto tooshort;
		DX_TCHECK(dx, tptr, len);
		v = tptr + 2;
		key = (proto << 8) + type;
		if (key == ((SLOW_PROTO_LACP << 8) + 1) || key == ((SLOW_PROTO_LACP << 8) + 2)) {
			if (len - 2 != 18) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 20");
				goto badlength;
			}
			dx_puts(dx, "\n\t  System ");
			ether_addr_put(dx, v + 2);
			dx_printf(dx, ", System Priority %u, Key %u, Port %u, Port Priority %u\n\t  State Flags [%s]",
				  GET_BE16(dx, v), GET_BE16(dx, v + 8), GET_BE16(dx, v + 12),
				  GET_BE16(dx, v + 10), bittok2str(dx, lacp_state_values, "none", GET_U8(dx, v + 14)));
		} else if (key == ((SLOW_PROTO_LACP << 8) + 3)) {
			if (len - 2 != 14) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 16");
				goto badlength;
			}
			dx_printf(dx, "\n\t  Max Delay %u", GET_BE16(dx, v));
		} else if (key == ((SLOW_PROTO_MARKER << 8) + 1)) {
			if (len - 2 != 14) {
				dx_puts(dx, "\n\t    ERROR: illegal length - should be 16");
				goto badlength;
			}
			dx_puts(dx, "\n\t  Request System ");
			ether_addr_put(dx, v + 2);
			dx_printf(dx, ", Request Port %u, Request Transaction ID 0x%08x", GET_BE16(dx, v),
				  GET_BE32(dx, v + 8));
		} else if (dx->opts->verbose <= 1) {
			unknown_data(dx, v, "\n\t  ", len - 2);
		}
badlength:
		if (dx->opts->verbose > 1)
			unknown_data(dx, v, "\n\t  ", len - 2);
		tptr += len;
		tlen -= len;
	}
	return;
tooshort:
	dx_puts(dx, "\n\t\t packet is too short");
}

static void slow_body(struct dx *dx, const uint8_t *pptr, unsigned len);

void slow_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	dx_proto(dx, "slow");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, pptr);

		DX_LAYER(dx, pptr, n < len ? n : len, "Slow Protocols");
	}
	slow_body(dx, pptr, len);
	DX_LAYER_END(dx);
}

static void slow_body(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	int print_version;
	unsigned subtype;

	if (len < 1)
		goto tooshort;
	subtype = GET_U8(dx, pptr);
	DX_FIELD(dx, pptr, 1, "Subtype: %s (%u)",
		 tok2str(dx, slow_proto_values, "unknown (%u)", subtype), subtype);
	if (len >= 2 && DX_TTEST(dx, pptr + 1, 1)) {
		if (subtype == SLOW_PROTO_OAM) {
			if (len >= 4 && DX_TTEST(dx, pptr + 1, 3)) {
				DX_FIELD(dx, pptr + 1, 2, "Flags: 0x%04x", GET_BE16(dx, pptr + 1));
				DX_FIELD(dx, pptr + 3, 1, "Code: %s (%u)",
					 tok2str(dx, slow_oam_code_values, "Unknown (%u)", pptr[3]),
					 pptr[3]);
			}
		} else if (subtype == SLOW_PROTO_LACP || subtype == SLOW_PROTO_MARKER) {
			DX_FIELD(dx, pptr + 1, 1, "Version: %u", pptr[1]);
		}
	}
	switch (subtype) {
	case SLOW_PROTO_LACP:
	case SLOW_PROTO_MARKER:
		if (len < 2)
			goto tooshort;
		if (GET_U8(dx, pptr + 1) != 1) {
			dx_printf(dx, "%s version %u packet not supported",
				  subtype == SLOW_PROTO_LACP ? "LACP" : "MARKER", GET_U8(dx, pptr + 1));
			return;
		}
		print_version = 1;
		break;
	case SLOW_PROTO_OAM:
		print_version = 0;
		break;
	default:
		print_version = -1;
		break;
	}
	if (print_version == 1)
		dx_printf(dx, "%sv%u, length %u", tok2str(dx, slow_proto_values, "unknown (%u)", subtype),
			  GET_U8(dx, pptr + 1), len);
	else
		dx_printf(dx, "%s, length %u", tok2str(dx, slow_proto_values, "unknown (%u)", subtype),
			  len);
	if (print_version == -1) {
		unknown_data(dx, pptr, "\n\t", len);
		return;
	}
	if (!dx->opts->verbose)
		return;
	if (subtype == SLOW_PROTO_LACP || subtype == SLOW_PROTO_MARKER)
		marker_lacp_print(dx, pptr + 2, len - 2, subtype);
	else
		oam_print(dx, pptr + 1, len - 1);
	return;
tooshort:
	if (!dx->opts->verbose)
		dx_puts(dx, " (packet is too short)");
	else
		dx_puts(dx, "\n\t\t packet is too short");
}
