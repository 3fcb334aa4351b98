// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: OpenFlow 1.0 message bodies. Text as tcpdump 4.99.3
 * print-openflow-1.0.c.
 *
 * OpenFlow Switch Specification 1.0.0 (wire protocol 0x01). The common
 * header printer (print-openflow.c) checks each type's length constraint
 * from the table at the end and, with -v, calls the body printer here.
 * Lists (ports, actions, queues, queue properties, flow and table
 * statistics) carry their own lengths: a length that under- or overruns
 * what is left ends the list with " (invalid)"; an action or property
 * whose length is wrong for its type is marked " (bogus)" and skipped.
 * Vendor (Big Switch Networks) messages and actions are decoded too. The
 * Ethernet frame of PACKET_IN and PACKET_OUT is decoded from -vvvv with
 * the verbosity lowered by 3.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "print-ether.h"
#include "print-openflow.h"
#include "print.h"

#define OFPT_MAX 0x15u

#define OFPPC_U (~0x7fu)		/* port config: bits 0..6 assigned */
#define OFPPS_LINK_DOWN 0x1u		/* port state: a bit ... */
#define OFPPS_STP_MASK 0x300u		/* ... and a 2-bit code point */
#define OFPPS_U (~0x301u)
#define OFPPF_U (~0xfffu)		/* port features: bits 0..11 */
#define OFPFW_U (~0x3fffffu)		/* match wildcards: bits 0..21 */
#define OFPAT_U (~0xfffu)		/* action types 0..11 as bits */
#define OFPCAP_U (~0xefu)		/* capabilities, bit 4 reserved */
#define OFPFF_U (~0x7u)			/* flow mod flags */
#define OFPSF_REPLY_U (~0x1u)		/* stats reply flags */

#define OFPP_CONTROLLER 0xfffdu
#define OFP_VLAN_NONE 0xffffu

/* wildcard bits */
#define OFPFW_IN_PORT 0x1u
#define OFPFW_DL_VLAN 0x2u
#define OFPFW_DL_SRC 0x4u
#define OFPFW_DL_DST 0x8u
#define OFPFW_DL_TYPE 0x10u
#define OFPFW_NW_PROTO 0x20u
#define OFPFW_TP_SRC 0x40u
#define OFPFW_TP_DST 0x80u
#define OFPFW_NW_SRC_SHIFT 8
#define OFPFW_NW_DST_SHIFT 14
#define OFPFW_DL_VLAN_PCP 0x100000u
#define OFPFW_NW_TOS 0x200000u

/* action types */
enum {
	OFPAT_OUTPUT, OFPAT_SET_VLAN_VID, OFPAT_SET_VLAN_PCP, OFPAT_STRIP_VLAN,
	OFPAT_SET_DL_SRC, OFPAT_SET_DL_DST, OFPAT_SET_NW_SRC, OFPAT_SET_NW_DST,
	OFPAT_SET_NW_TOS, OFPAT_SET_TP_SRC, OFPAT_SET_TP_DST, OFPAT_ENQUEUE,
	OFPAT_VENDOR = 0xffff
};

/* stats types */
enum {
	OFPST_DESC, OFPST_FLOW, OFPST_AGGREGATE, OFPST_TABLE, OFPST_PORT,
	OFPST_QUEUE, OFPST_VENDOR = 0xffff
};

/* flow mod commands */
enum {
	OFPFC_ADD, OFPFC_MODIFY, OFPFC_MODIFY_STRICT, OFPFC_DELETE, OFPFC_DELETE_STRICT
};

/* Big Switch Networks vendor message subtypes that have a body here */
enum {
	BSN_SET_IP_MASK = 0, BSN_GET_IP_MASK_REQUEST = 1, BSN_GET_IP_MASK_REPLY = 2,
	BSN_SET_MIRRORING = 3, BSN_GET_MIRRORING_REQUEST = 4, BSN_GET_MIRRORING_REPLY = 5,
	BSN_SHELL_COMMAND = 6, BSN_SHELL_OUTPUT = 7, BSN_SHELL_STATUS = 8,
	BSN_GET_INTERFACES_REQUEST = 9, BSN_GET_L2_TABLE_REQUEST = 13,
	BSN_VIRTUAL_PORT_REMOVE_REQUEST = 17, BSN_BW_ENABLE_GET_REQUEST = 19,
	BSN_BW_CLEAR_DATA_REQUEST = 21, BSN_HYBRID_GET_REQUEST = 27,
};

/* fixed and least lengths of bodies (past the common header) and parts */
#define OF10_SWITCH_CONFIG_LEN 4u
#define OF10_FEATURES_REPLY_MIN 24u
#define OF10_PORT_STATUS_LEN 56u
#define OF10_PORT_MOD_LEN 24u
#define OF10_PACKET_IN_MIN 10u
#define OF10_PACKET_OUT_MIN 8u
#define OF10_FLOW_MOD_MIN 64u
#define OF10_FLOW_REMOVED_LEN 80u
#define OF10_ERROR_MIN 4u
#define OF10_STATS_MIN 4u
#define OF10_VENDOR_MIN 4u
#define OF10_QUEUE_GET_CONFIG_REQUEST_LEN 4u
#define OF10_QUEUE_GET_CONFIG_REPLY_MIN 8u

#define OF10_PHY_PORT_LEN 48u
#define OF10_ACTION_MIN 8u
#define OF10_MATCH_LEN 40u
#define OF10_DESC_STATS_LEN 1056u
#define OF10_FLOW_STATS_REQUEST_LEN 44u
#define OF10_FLOW_STATS_MIN 88u
#define OF10_AGGREGATE_STATS_LEN 24u
#define OF10_TABLE_STATS_LEN 64u
#define OF10_PORT_STATS_REQUEST_LEN 8u
#define OF10_PORT_STATS_LEN 104u
#define OF10_QUEUE_PROP_MIN 8u
#define OF10_QUEUE_PROP_MIN_RATE_LEN 16u
#define OF10_PACKET_QUEUE_MIN 8u
#define OF10_QUEUE_STATS_REQUEST_LEN 8u
#define OF10_QUEUE_STATS_LEN 32u

#define OF10_TABLE_NAME_LEN 32u
#define OF10_PORT_NAME_LEN 16u
#define OF10_DESC_LEN 256u
#define OF10_SERIAL_LEN 32u

static const struct tok ofppc_bm[] = {
	{ 1u << 0, "PORT_DOWN" },
	{ 1u << 1, "NO_STP" },
	{ 1u << 2, "NO_RECV" },
	{ 1u << 3, "NO_RECV_STP" },
	{ 1u << 4, "NO_FLOOD" },
	{ 1u << 5, "NO_FWD" },
	{ 1u << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};

static const struct tok ofpps_stp_str[] = {
	{ 0u << 8, "STP_LISTEN" },
	{ 1u << 8, "STP_LEARN" },
	{ 2u << 8, "STP_FORWARD" },
	{ 3u << 8, "STP_BLOCK" },
	{ 0, NULL }
};

static const struct tok ofpp_str[] = {
	{ 0xff00, "MAX" },
	{ 0xfff8, "IN_PORT" },
	{ 0xfff9, "TABLE" },
	{ 0xfffa, "NORMAL" },
	{ 0xfffb, "FLOOD" },
	{ 0xfffc, "ALL" },
	{ 0xfffd, "CONTROLLER" },
	{ 0xfffe, "LOCAL" },
	{ 0xffff, "NONE" },
	{ 0, NULL }
};

static const struct tok ofppf_bm[] = {
	{ 1u << 0, "10MB_HD" },
	{ 1u << 1, "10MB_FD" },
	{ 1u << 2, "100MB_HD" },
	{ 1u << 3, "100MB_FD" },
	{ 1u << 4, "1GB_HD" },
	{ 1u << 5, "1GB_FD" },
	{ 1u << 6, "10GB_FD" },
	{ 1u << 7, "COPPER" },
	{ 1u << 8, "FIBER" },
	{ 1u << 9, "AUTONEG" },
	{ 1u << 10, "PAUSE" },
	{ 1u << 11, "PAUSE_ASYM" },
	{ 0, NULL }
};

#define OFPQT_NONE 0u
#define OFPQT_MIN_RATE 1u
static const struct tok ofpqt_str[] = {
	{ OFPQT_NONE, "NONE" },
	{ OFPQT_MIN_RATE, "MIN_RATE" },
	{ 0, NULL }
};

static const struct tok ofpfw_bm[] = {
	{ OFPFW_IN_PORT, "IN_PORT" },
	{ OFPFW_DL_VLAN, "DL_VLAN" },
	{ OFPFW_DL_SRC, "DL_SRC" },
	{ OFPFW_DL_DST, "DL_DST" },
	{ OFPFW_DL_TYPE, "DL_TYPE" },
	{ OFPFW_NW_PROTO, "NW_PROTO" },
	{ OFPFW_TP_SRC, "TP_SRC" },
	{ OFPFW_TP_DST, "TP_DST" },
	{ OFPFW_DL_VLAN_PCP, "DL_VLAN_PCP" },
	{ OFPFW_NW_TOS, "NW_TOS" },
	{ 0, NULL }
};

static const struct tok ofpat_str[] = {
	{ OFPAT_OUTPUT, "OUTPUT" },
	{ OFPAT_SET_VLAN_VID, "SET_VLAN_VID" },
	{ OFPAT_SET_VLAN_PCP, "SET_VLAN_PCP" },
	{ OFPAT_STRIP_VLAN, "STRIP_VLAN" },
	{ OFPAT_SET_DL_SRC, "SET_DL_SRC" },
	{ OFPAT_SET_DL_DST, "SET_DL_DST" },
	{ OFPAT_SET_NW_SRC, "SET_NW_SRC" },
	{ OFPAT_SET_NW_DST, "SET_NW_DST" },
	{ OFPAT_SET_NW_TOS, "SET_NW_TOS" },
	{ OFPAT_SET_TP_SRC, "SET_TP_SRC" },
	{ OFPAT_SET_TP_DST, "SET_TP_DST" },
	{ OFPAT_ENQUEUE, "ENQUEUE" },
	{ OFPAT_VENDOR, "VENDOR" },
	{ 0, NULL }
};

/* the action types as bits (the vendor action has none) */
static const struct tok ofpat_bm[] = {
	{ 1u << OFPAT_OUTPUT, "OUTPUT" },
	{ 1u << OFPAT_SET_VLAN_VID, "SET_VLAN_VID" },
	{ 1u << OFPAT_SET_VLAN_PCP, "SET_VLAN_PCP" },
	{ 1u << OFPAT_STRIP_VLAN, "STRIP_VLAN" },
	{ 1u << OFPAT_SET_DL_SRC, "SET_DL_SRC" },
	{ 1u << OFPAT_SET_DL_DST, "SET_DL_DST" },
	{ 1u << OFPAT_SET_NW_SRC, "SET_NW_SRC" },
	{ 1u << OFPAT_SET_NW_DST, "SET_NW_DST" },
	{ 1u << OFPAT_SET_NW_TOS, "SET_NW_TOS" },
	{ 1u << OFPAT_SET_TP_SRC, "SET_TP_SRC" },
	{ 1u << OFPAT_SET_TP_DST, "SET_TP_DST" },
	{ 1u << OFPAT_ENQUEUE, "ENQUEUE" },
	{ 0, NULL }
};

static const struct tok ofp_capabilities_bm[] = {
	{ 1u << 0, "FLOW_STATS" },
	{ 1u << 1, "TABLE_STATS" },
	{ 1u << 2, "PORT_STATS" },
	{ 1u << 3, "STP" },
	{ 1u << 4, "RESERVED" },
	{ 1u << 5, "IP_REASM" },
	{ 1u << 6, "QUEUE_STATS" },
	{ 1u << 7, "ARP_MATCH_IP" },
	{ 0, NULL }
};

static const struct tok ofpfc_str[] = {
	{ OFPFC_ADD, "ADD" },
	{ OFPFC_MODIFY, "MODIFY" },
	{ OFPFC_MODIFY_STRICT, "MODIFY_STRICT" },
	{ OFPFC_DELETE, "DELETE" },
	{ OFPFC_DELETE_STRICT, "DELETE_STRICT" },
	{ 0, NULL }
};

static const struct tok bufferid_str[] = {
	{ 0xffffffffu, "NONE" },
	{ 0, NULL }
};

static const struct tok ofpff_bm[] = {
	{ 1u << 0, "SEND_FLOW_REM" },
	{ 1u << 1, "CHECK_OVERLAP" },
	{ 1u << 2, "EMERG" },
	{ 0, NULL }
};

static const struct tok ofpst_str[] = {
	{ OFPST_DESC, "DESC" },
	{ OFPST_FLOW, "FLOW" },
	{ OFPST_AGGREGATE, "AGGREGATE" },
	{ OFPST_TABLE, "TABLE" },
	{ OFPST_PORT, "PORT" },
	{ OFPST_QUEUE, "QUEUE" },
	{ OFPST_VENDOR, "VENDOR" },
	{ 0, NULL }
};

static const struct tok tableid_str[] = {
	{ 0xfe, "EMERG" },
	{ 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpq_str[] = {
	{ 0xffffffffu, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpsf_reply_bm[] = {
	{ 1, "MORE" },
	{ 0, NULL }
};

static const struct tok ofpr_str[] = {
	{ 0, "NO_MATCH" },
	{ 1, "ACTION" },
	{ 0, NULL }
};

static const struct tok ofprr_str[] = {
	{ 0, "IDLE_TIMEOUT" },
	{ 1, "HARD_TIMEOUT" },
	{ 2, "DELETE" },
	{ 0, NULL }
};

static const struct tok ofpet_str[] = {
	{ 0, "HELLO_FAILED" },
	{ 1, "BAD_REQUEST" },
	{ 2, "BAD_ACTION" },
	{ 3, "FLOW_MOD_FAILED" },
	{ 4, "PORT_MOD_FAILED" },
	{ 5, "QUEUE_OP_FAILED" },
	{ 0, NULL }
};

static const struct tok ofphfc_str[] = {
	{ 0, "INCOMPATIBLE" },
	{ 1, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpbrc_str[] = {
	{ 0, "BAD_VERSION" },
	{ 1, "BAD_TYPE" },
	{ 2, "BAD_STAT" },
	{ 3, "BAD_VENDOR" },
	{ 4, "BAD_SUBTYPE" },
	{ 5, "EPERM" },
	{ 6, "BAD_LEN" },
	{ 7, "BUFFER_EMPTY" },
	{ 8, "BUFFER_UNKNOWN" },
	{ 0, NULL }
};

static const struct tok ofpbac_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_VENDOR" },
	{ 3, "BAD_VENDOR_TYPE" },
	{ 4, "BAD_OUT_PORT" },
	{ 5, "BAD_ARGUMENT" },
	{ 6, "EPERM" },
	{ 7, "TOO_MANY" },
	{ 8, "BAD_QUEUE" },
	{ 0, NULL }
};

static const struct tok ofpfmfc_str[] = {
	{ 0, "ALL_TABLES_FULL" },
	{ 1, "OVERLAP" },
	{ 2, "EPERM" },
	{ 3, "BAD_EMERG_TIMEOUT" },
	{ 4, "BAD_COMMAND" },
	{ 5, "UNSUPPORTED" },
	{ 0, NULL }
};

static const struct tok ofppmfc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_HW_ADDR" },
	{ 0, NULL }
};

static const struct tok ofpqofc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_QUEUE" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

/* error codes by error type */
static const struct tok *const of10_error_codes[] = {
	ofphfc_str, ofpbrc_str, ofpbac_str, ofpfmfc_str, ofppmfc_str, ofpqofc_str,
};

static const struct tok bsn_subtype_str[] = {
	{ 0, "SET_IP_MASK" },
	{ 1, "GET_IP_MASK_REQUEST" },
	{ 2, "GET_IP_MASK_REPLY" },
	{ 3, "SET_MIRRORING" },
	{ 4, "GET_MIRRORING_REQUEST" },
	{ 5, "GET_MIRRORING_REPLY" },
	{ 6, "SHELL_COMMAND" },
	{ 7, "SHELL_OUTPUT" },
	{ 8, "SHELL_STATUS" },
	{ 9, "GET_INTERFACES_REQUEST" },
	{ 10, "GET_INTERFACES_REPLY" },
	{ 11, "SET_PKTIN_SUPPRESSION_REQUEST" },
	{ 12, "SET_L2_TABLE_REQUEST" },
	{ 13, "GET_L2_TABLE_REQUEST" },
	{ 14, "GET_L2_TABLE_REPLY" },
	{ 15, "VIRTUAL_PORT_CREATE_REQUEST" },
	{ 16, "VIRTUAL_PORT_CREATE_REPLY" },
	{ 17, "VIRTUAL_PORT_REMOVE_REQUEST" },
	{ 18, "BW_ENABLE_SET_REQUEST" },
	{ 19, "BW_ENABLE_GET_REQUEST" },
	{ 20, "BW_ENABLE_GET_REPLY" },
	{ 21, "BW_CLEAR_DATA_REQUEST" },
	{ 22, "BW_CLEAR_DATA_REPLY" },
	{ 23, "BW_ENABLE_SET_REPLY" },
	{ 24, "SET_L2_TABLE_REPLY" },
	{ 25, "SET_PKTIN_SUPPRESSION_REPLY" },
	{ 26, "VIRTUAL_PORT_REMOVE_REPLY" },
	{ 27, "HYBRID_GET_REQUEST" },
	{ 28, "HYBRID_GET_REPLY" },
	{ 31, "PDU_TX_REQUEST" },
	{ 32, "PDU_TX_REPLY" },
	{ 33, "PDU_RX_REQUEST" },
	{ 34, "PDU_RX_REPLY" },
	{ 35, "PDU_RX_TIMEOUT" },
	{ 0, NULL }
};

#define BSN_ACTION_MIRROR 1u
static const struct tok bsn_action_subtype_str[] = {
	{ BSN_ACTION_MIRROR, "MIRROR" },
	{ 2, "SET_TUNNEL_DST" },
	{ 4, "CHECKSUM" },
	{ 0, NULL }
};

static const struct tok bsn_mirror_copy_stage_str[] = {
	{ 0, "INGRESS" },
	{ 1, "EGRESS" },
	{ 0, NULL }
};

static const struct tok bsn_onoff_str[] = {
	{ 0, "OFF" },
	{ 1, "ON" },
	{ 0, NULL }
};

static const char *of10_port(struct dx *dx, unsigned port)
{
	return tok2str(dx, ofpp_str, "%u", port);
}

/* a VLAN ID: "NONE", or the number, " (bogus)" unless 1..4094 */
static const char *of10_vlan(struct dx *dx, unsigned vid)
{
	char *b;

	if (vid == OFP_VLAN_NONE)
		return "NONE";
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "%u%s", vid, vid > 0 && vid < 0x0fff ? "" : " (bogus)");
	return b;
}

/* a VLAN priority, " (bogus)" above 7 */
static const char *of10_pcp(struct dx *dx, unsigned pcp)
{
	char *b = dx_namebuf(dx);

	snprintf(b, DX_NAMEBUF_LEN, "%u%s", pcp, pcp <= 7 ? "" : " (bogus)");
	return b;
}

/* ", data '...'": len packet bytes as text */
static void of10_text(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_puts(dx, ", data '");
	if (dx_printn(dx, cp, len))
		dx_trunc(dx);
	dx_putc(dx, '\'');
}

static void of10_bsn_message_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	uint32_t subtype;

	if (len < 4)
		goto invalid;
	subtype = GET_BE32(dx, cp);
	OF_ADVANCE(cp, len, 4);
	dx_printf(dx, "\n\t subtype %s", tok2str(dx, bsn_subtype_str, "unknown (0x%08x)", subtype));
	switch (subtype) {
	case BSN_GET_IP_MASK_REQUEST:
		/* index (1), pad (7) */
		if (len != 8)
			goto invalid;
		dx_printf(dx, ", index %u", GET_U8(dx, cp));
		DX_TCHECK(dx, cp + 1, 7);
		break;
	case BSN_SET_IP_MASK:
	case BSN_GET_IP_MASK_REPLY:
		/* index (1), pad (3), mask (4) */
		if (len != 8)
			goto invalid;
		dx_printf(dx, ", index %u", GET_U8(dx, cp));
		dx_printf(dx, ", mask %s", GET_IPADDR_STRING(dx, cp + 4));
		break;
	case BSN_SET_MIRRORING:
	case BSN_GET_MIRRORING_REQUEST:
	case BSN_GET_MIRRORING_REPLY:
		/* report_mirror_ports (1), pad (3) */
		if (len != 4)
			goto invalid;
		dx_printf(dx, ", report_mirror_ports %s",
			  tok2str(dx, bsn_onoff_str, "bogus (%u)", GET_U8(dx, cp)));
		DX_TCHECK(dx, cp + 1, 3);
		break;
	case BSN_GET_INTERFACES_REQUEST:
	case BSN_GET_L2_TABLE_REQUEST:
	case BSN_BW_ENABLE_GET_REQUEST:
	case BSN_BW_CLEAR_DATA_REQUEST:
	case BSN_HYBRID_GET_REQUEST:
		if (len)
			goto invalid;
		break;
	case BSN_VIRTUAL_PORT_REMOVE_REQUEST:
		if (len != 4)
			goto invalid;
		dx_printf(dx, ", vport_no %u", GET_BE32(dx, cp));
		break;
	case BSN_SHELL_COMMAND:
		/* service (4), text */
		if (len < 4)
			goto invalid;
		dx_printf(dx, ", service %u", GET_BE32(dx, cp));
		OF_ADVANCE(cp, len, 4);
		of10_text(dx, cp, len);
		break;
	case BSN_SHELL_OUTPUT:
		of10_text(dx, cp, len);
		break;
	case BSN_SHELL_STATUS:
		if (len != 4)
			goto invalid;
		dx_printf(dx, ", status 0x%08x", GET_BE32(dx, cp));
		break;
	default:
		DX_TCHECK(dx, cp, len);
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

static void of10_bsn_actions_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	uint32_t subtype, tag;

	if (len < 4)
		goto invalid;
	subtype = GET_BE32(dx, cp);
	OF_ADVANCE(cp, len, 4);
	dx_printf(dx, "\n\t  subtype %s",
		  tok2str(dx, bsn_action_subtype_str, "unknown (0x%08x)", subtype));
	if (subtype != BSN_ACTION_MIRROR) {
		DX_TCHECK(dx, cp, len);
		return;
	}
	/* dest_port (4), vlan_tag (4), copy_stage (1), pad (3) */
	if (len != 12)
		goto invalid;
	dx_printf(dx, ", dest_port %u", GET_BE32(dx, cp));
	tag = GET_BE32(dx, cp + 4);
	switch (tag >> 16) {
	case 0:
		dx_puts(dx, ", vlan_tag none");
		break;
	case 0x8100:
		dx_puts(dx, ", vlan_tag 802.1Q (");
		ether_tci_print(dx, tag & 0xffff);
		dx_putc(dx, ')');
		break;
	default:
		dx_printf(dx, ", vlan_tag unknown (0x%04x)", tag >> 16);
	}
	dx_printf(dx, ", copy_stage %s",
		  tok2str(dx, bsn_mirror_copy_stage_str, "unknown (%u)", GET_U8(dx, cp + 8)));
	DX_TCHECK(dx, cp + 9, 3);
	return;
invalid:
	of_invalid(dx, cp, len);
}

/* ", vendor 0x... (name)" of the 4 bytes at cp */
static uint32_t of10_vendor(struct dx *dx, const uint8_t *cp)
{
	uint32_t vendor = GET_BE32(dx, cp);

	dx_printf(dx, ", vendor 0x%08x (%s)", vendor, of_vendor_name(vendor));
	return vendor;
}

static void of10_vendor_action_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	uint32_t vendor;

	if (len < 4) {
		of_invalid(dx, cp, len);
		return;
	}
	vendor = of10_vendor(dx, cp);
	OF_ADVANCE(cp, len, 4);
	if (vendor == OF_OUI_BSN)
		of10_bsn_actions_print(dx, cp, len);
	else
		of_data_print(dx, cp, len);
}

static void of10_vendor_message_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	uint32_t vendor = of10_vendor(dx, cp);

	OF_ADVANCE(cp, len, 4);
	if (vendor == OF_OUI_BSN)
		of10_bsn_message_print(dx, cp, len);
	else
		of_data_print(dx, cp, len);
}

/* a vendor ID, then data */
static void of10_vendor_data_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	if (len < 4) {
		of_invalid(dx, cp, len);
		return;
	}
	of10_vendor(dx, cp);
	of_data_print(dx, cp + 4, len - 4);
}

/* the Ethernet frame of PACKET_IN and PACKET_OUT */
static void of10_packet_data_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	const struct pt_opts *opts = dx->opts;
	struct pt_opts inner;
	jmp_buf outer;
	volatile int cut = 0;

	if (len == 0)
		return;
	dx_printf(dx, "\n\t data (%u octets)", len);
	if (opts->verbose < 3) {
		DX_TCHECK(dx, cp, len);
		return;
	}
	dx_puts(dx, ", frame decoding below\n");
	/* the frame ends where the message does, not where the segment
	 * does; a truncation inside it still ends the packet, after the
	 * options and the capture end are back */
	inner = *opts;
	inner.verbose -= 3;
	memcpy(outer, dx->early_end, sizeof(outer));
	if (dx_push_snaplen(dx, cp, len) < 0)
		dx_trunc(dx);
	dx->opts = &inner;
	if (setjmp(dx->early_end) == 0)
		ether_print(dx, cp, len, (unsigned)DX_BYTES_AVAIL(dx, cp));
	else
		cut = 1;
	dx->opts = opts;
	dx_pop_snaplen(dx);
	memcpy(dx->early_end, outer, sizeof(outer));
	if (cut)
		dx_trunc(dx);
}

/* a 48-byte port description */
static void of10_phy_port_print(struct dx *dx, const uint8_t *cp)
{
	uint32_t state;

	dx_printf(dx, "\n\t  port_no %s", of10_port(dx, GET_BE16(dx, cp)));
	dx_printf(dx, ", hw_addr %s", GET_ETHERADDR_STRING(dx, cp + 2));
	dx_puts(dx, ", name '");
	dx_printjnp(dx, cp + 8, OF10_PORT_NAME_LEN);
	dx_putc(dx, '\'');
	cp += 8 + OF10_PORT_NAME_LEN;
	if (dx->opts->verbose < 2) {
		DX_TCHECK(dx, cp, 24);
		return;
	}
	of_bitmap32(dx, "\n\t   config ", cp, ofppc_bm, OFPPC_U);
	state = GET_BE32(dx, cp + 4);
	dx_printf(dx, "\n\t   state 0x%08x (%s%s)%s", state,
		  tok2str(dx, ofpps_stp_str, "", state & OFPPS_STP_MASK),
		  state & OFPPS_LINK_DOWN ? ", LINK_DOWN" : "",
		  state & OFPPS_U ? " (bogus)" : "");
	of_bitmap32(dx, "\n\t   curr ", cp + 8, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   advertised ", cp + 12, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   supported ", cp + 16, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   peer ", cp + 20, ofppf_bm, OFPPF_U);
}

static void of10_queue_props_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned property, plen, rate;
		int skip = 0;

		if (len < OF10_QUEUE_PROP_MIN)
			goto invalid;
		/* property (2), len (2), pad (4) */
		property = GET_BE16(dx, cp);
		dx_printf(dx, "\n\t   property %s", tok2str(dx, ofpqt_str, "invalid (0x%04x)", property));
		plen = GET_BE16(dx, cp + 2);
		OF_ADVANCE(cp, len, 4);
		dx_printf(dx, ", len %u", plen);
		if (plen < OF10_QUEUE_PROP_MIN || plen > len + 4)
			goto invalid;
		OF_ADVANCE_CHK(dx, cp, len, 4);
		if (property == OFPQT_NONE) {
			skip = plen != OF10_QUEUE_PROP_MIN;
		} else if (property == OFPQT_MIN_RATE) {
			skip = plen != OF10_QUEUE_PROP_MIN_RATE_LEN;
		} else {
			OF_ADVANCE_CHK(dx, cp, len, plen - OF10_QUEUE_PROP_MIN);
			continue;
		}
		if (skip) {
			dx_puts(dx, " (bogus)");
			OF_ADVANCE_CHK(dx, cp, len, plen - OF10_QUEUE_PROP_MIN);
			continue;
		}
		if (property == OFPQT_MIN_RATE) {
			/* rate (2, in 1/10 %, above 1000 off), pad (6) */
			rate = GET_BE16(dx, cp);
			OF_ADVANCE(cp, len, 2);
			if (rate > 1000)
				dx_puts(dx, ", rate disabled");
			else
				dx_printf(dx, ", rate %u.%u%%", rate / 10, rate % 10);
			OF_ADVANCE_CHK(dx, cp, len, 6);
		}
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

static void of10_queues_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned desclen;

		if (len < OF10_PACKET_QUEUE_MIN)
			goto invalid;
		/* queue_id (4), len (2), pad (2), properties */
		dx_printf(dx, "\n\t  queue_id %u", GET_BE32(dx, cp));
		desclen = GET_BE16(dx, cp + 4);
		OF_ADVANCE(cp, len, 6);
		dx_printf(dx, ", len %u", desclen);
		if (desclen < OF10_PACKET_QUEUE_MIN || desclen > len + 6)
			goto invalid;
		OF_ADVANCE_CHK(dx, cp, len, 2);
		if (dx->opts->verbose >= 2)
			of10_queue_props_print(dx, cp, desclen - OF10_PACKET_QUEUE_MIN);
		else
			DX_TCHECK(dx, cp, desclen - OF10_PACKET_QUEUE_MIN);
		OF_ADVANCE(cp, len, desclen - OF10_PACKET_QUEUE_MIN);
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

/* a 40-byte match: the fields its wildcards do not leave out */
static void of10_match_print(struct dx *dx, const char *pfx, const uint8_t *cp)
{
	uint32_t w;
	unsigned dl_type, nw_proto, bits;
	int icmp;

	w = GET_BE32(dx, cp);
	if (w & OFPFW_U)
		dx_printf(dx, "%swildcards 0x%08x (bogus)", pfx, w);
	if (!(w & OFPFW_IN_PORT))
		dx_printf(dx, "%smatch in_port %s", pfx, of10_port(dx, GET_BE16(dx, cp + 4)));
	if (!(w & OFPFW_DL_SRC))
		dx_printf(dx, "%smatch dl_src %s", pfx, GET_ETHERADDR_STRING(dx, cp + 6));
	if (!(w & OFPFW_DL_DST))
		dx_printf(dx, "%smatch dl_dst %s", pfx, GET_ETHERADDR_STRING(dx, cp + 12));
	if (!(w & OFPFW_DL_VLAN))
		dx_printf(dx, "%smatch dl_vlan %s", pfx, of10_vlan(dx, GET_BE16(dx, cp + 18)));
	if (!(w & OFPFW_DL_VLAN_PCP))
		dx_printf(dx, "%smatch dl_vlan_pcp %s", pfx, of10_pcp(dx, GET_U8(dx, cp + 20)));
	dl_type = GET_BE16(dx, cp + 22);
	if (!(w & OFPFW_DL_TYPE))
		dx_printf(dx, "%smatch dl_type 0x%04x", pfx, dl_type);
	if (!(w & OFPFW_NW_TOS))
		dx_printf(dx, "%smatch nw_tos 0x%02x", pfx, GET_U8(dx, cp + 24));
	nw_proto = GET_U8(dx, cp + 25);
	if (!(w & OFPFW_NW_PROTO))
		dx_printf(dx, "%smatch %s %u", pfx,
			  !(w & OFPFW_DL_TYPE) && dl_type == 0x0806 ? "arp_opcode" : "nw_proto",
			  nw_proto);
	bits = (w >> OFPFW_NW_SRC_SHIFT) & 0x3f;
	if (bits < 32)
		dx_printf(dx, "%smatch nw_src %s/%u", pfx, GET_IPADDR_STRING(dx, cp + 28), 32 - bits);
	bits = (w >> OFPFW_NW_DST_SHIFT) & 0x3f;
	if (bits < 32)
		dx_printf(dx, "%smatch nw_dst %s/%u", pfx, GET_IPADDR_STRING(dx, cp + 32), 32 - bits);
	icmp = !(w & OFPFW_DL_TYPE) && dl_type == 0x0800 && !(w & OFPFW_NW_PROTO) && nw_proto == 1;
	if (!(w & OFPFW_TP_SRC))
		dx_printf(dx, "%smatch %s %u", pfx, icmp ? "icmp_type" : "tp_src",
			  GET_BE16(dx, cp + 36));
	if (!(w & OFPFW_TP_DST))
		dx_printf(dx, "%smatch %s %u", pfx, icmp ? "icmp_code" : "tp_dst",
			  GET_BE16(dx, cp + 38));
	else
		DX_TCHECK(dx, cp + 38, 2);
}

/* the body of an action of a known type whose length is right, cp 4
 * bytes in; returns the bytes it took */
static unsigned of10_action_body(struct dx *dx, unsigned type, const uint8_t *cp, unsigned alen)
{
	unsigned port;

	switch (type) {
	case OFPAT_OUTPUT:
		/* port (2), max_len (2) */
		port = GET_BE16(dx, cp);
		dx_printf(dx, ", port %s", of10_port(dx, port));
		if (port == OFPP_CONTROLLER)
			dx_printf(dx, ", max_len %u", GET_BE16(dx, cp + 2));
		else
			DX_TCHECK(dx, cp + 2, 2);
		return 4;
	case OFPAT_SET_VLAN_VID:
		dx_printf(dx, ", vlan_vid %s", of10_vlan(dx, GET_BE16(dx, cp)));
		DX_TCHECK(dx, cp + 2, 2);
		return 4;
	case OFPAT_SET_VLAN_PCP:
		dx_printf(dx, ", vlan_pcp %s", of10_pcp(dx, GET_U8(dx, cp)));
		DX_TCHECK(dx, cp + 1, 3);
		return 4;
	case OFPAT_SET_DL_SRC:
	case OFPAT_SET_DL_DST:
		dx_printf(dx, ", dl_addr %s", GET_ETHERADDR_STRING(dx, cp));
		DX_TCHECK(dx, cp + 6, 6);
		return 12;
	case OFPAT_SET_NW_SRC:
	case OFPAT_SET_NW_DST:
		dx_printf(dx, ", nw_addr %s", GET_IPADDR_STRING(dx, cp));
		return 4;
	case OFPAT_SET_NW_TOS:
		dx_printf(dx, ", nw_tos 0x%02x", GET_U8(dx, cp));
		DX_TCHECK(dx, cp + 1, 3);
		return 4;
	case OFPAT_SET_TP_SRC:
	case OFPAT_SET_TP_DST:
		dx_printf(dx, ", tp_port %u", GET_BE16(dx, cp));
		DX_TCHECK(dx, cp + 2, 2);
		return 4;
	case OFPAT_ENQUEUE:
		/* port (2), pad (6), queue_id (4) */
		dx_printf(dx, ", port %s", of10_port(dx, GET_BE16(dx, cp)));
		dx_printf(dx, ", queue_id %s", tok2str(dx, ofpq_str, "%u", GET_BE32(dx, cp + 8)));
		return 12;
	case OFPAT_VENDOR:
		of10_vendor_action_print(dx, cp, alen - 4);
		return alen - 4;
	default:	/* OFPAT_STRIP_VLAN: pad (4) */
		DX_TCHECK(dx, cp, 4);
		return 4;
	}
}

static void of10_actions_print(struct dx *dx, const char *pfx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned type, alen, want;

		if (len < OF10_ACTION_MIN)
			goto invalid;
		/* type (2), len (2); the 4 bytes after belong to the body */
		type = GET_BE16(dx, cp);
		dx_printf(dx, "%saction type %s", pfx, tok2str(dx, ofpat_str, "invalid (0x%04x)", type));
		alen = GET_BE16(dx, cp + 2);
		OF_ADVANCE(cp, len, 4);
		dx_printf(dx, ", len %u", alen);
		if (alen < OF10_ACTION_MIN || alen > len + 4)
			goto invalid;
		switch (type) {
		case OFPAT_OUTPUT:
		case OFPAT_SET_VLAN_VID:
		case OFPAT_SET_VLAN_PCP:
		case OFPAT_STRIP_VLAN:
		case OFPAT_SET_NW_SRC:
		case OFPAT_SET_NW_DST:
		case OFPAT_SET_NW_TOS:
		case OFPAT_SET_TP_SRC:
		case OFPAT_SET_TP_DST:
			want = alen == 8;
			break;
		case OFPAT_SET_DL_SRC:
		case OFPAT_SET_DL_DST:
		case OFPAT_ENQUEUE:
			want = alen == 16;
			break;
		case OFPAT_VENDOR:
			want = alen % 8 == 0;
			break;
		default:
			OF_ADVANCE_CHK(dx, cp, len, alen - 4);
			continue;
		}
		if (!want) {
			dx_puts(dx, " (bogus)");
			OF_ADVANCE_CHK(dx, cp, len, alen - 4);
			continue;
		}
		want = of10_action_body(dx, type, cp, alen);
		OF_ADVANCE(cp, len, want);
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

static void of10_features_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	/* datapath_id (8), n_buffers (4), n_tables (1), pad (3),
	 * capabilities (4), actions (4), ports */
	dx_printf(dx, "\n\t dpid 0x%016" PRIx64, GET_BE64(dx, cp));
	dx_printf(dx, ", n_buffers %u", GET_BE32(dx, cp + 8));
	dx_printf(dx, ", n_tables %u", GET_U8(dx, cp + 12));
	of_bitmap32(dx, "\n\t capabilities ", cp + 16, ofp_capabilities_bm, OFPCAP_U);
	of_bitmap32(dx, "\n\t actions ", cp + 20, ofpat_bm, OFPAT_U);
	OF_ADVANCE(cp, len, 24);
	while (len) {
		if (len < OF10_PHY_PORT_LEN) {
			of_invalid(dx, cp, len);
			return;
		}
		of10_phy_port_print(dx, cp);
		OF_ADVANCE(cp, len, OF10_PHY_PORT_LEN);
	}
}

static void of10_switch_config_msg_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	dx_printf(dx, "\n\t flags %s",
		  tok2str(dx, of_config_str, "invalid (0x%04x)", GET_BE16(dx, cp)));
	dx_printf(dx, ", miss_send_len %u", GET_BE16(dx, cp + 2));
}

/* ", NAME N" of the 16-bit field at cp when it is not 0 */
static void of10_nonzero16(struct dx *dx, const char *name, const uint8_t *cp)
{
	unsigned v = GET_BE16(dx, cp);

	if (v)
		dx_printf(dx, ", %s %u", name, v);
}

static void of10_flow_mod_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned command, flags;

	/* match (40), cookie (8), command (2), idle_timeout (2),
	 * hard_timeout (2), priority (2), buffer_id (4), out_port (2),
	 * flags (2), actions */
	of10_match_print(dx, "\n\t ", cp);
	OF_ADVANCE(cp, len, OF10_MATCH_LEN);
	dx_printf(dx, "\n\t cookie 0x%016" PRIx64, GET_BE64(dx, cp));
	command = GET_BE16(dx, cp + 8);
	dx_printf(dx, ", command %s", tok2str(dx, ofpfc_str, "invalid (0x%04x)", command));
	of10_nonzero16(dx, "idle_timeout", cp + 10);
	of10_nonzero16(dx, "hard_timeout", cp + 12);
	of10_nonzero16(dx, "priority", cp + 14);
	if (command == OFPFC_ADD || command == OFPFC_MODIFY || command == OFPFC_MODIFY_STRICT)
		dx_printf(dx, ", buffer_id %s", tok2str(dx, bufferid_str, "0x%08x", GET_BE32(dx, cp + 16)));
	if (command == OFPFC_DELETE || command == OFPFC_DELETE_STRICT)
		dx_printf(dx, ", out_port %s", of10_port(dx, GET_BE16(dx, cp + 20)));
	flags = GET_BE16(dx, cp + 22);
	dx_printf(dx, ", flags 0x%04x", flags);
	of_bitmap_print(dx, ofpff_bm, flags, OFPFF_U);
	OF_ADVANCE(cp, len, 24);
	of10_actions_print(dx, "\n\t ", cp, len);
}

static void of10_port_mod_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* port_no (2), hw_addr (6), config (4), mask (4), advertise (4), pad (4) */
	dx_printf(dx, "\n\t port_no %s", of10_port(dx, GET_BE16(dx, cp)));
	dx_printf(dx, ", hw_addr %s", GET_ETHERADDR_STRING(dx, cp + 2));
	of_bitmap32(dx, "\n\t config ", cp + 8, ofppc_bm, OFPPC_U);
	of_bitmap32(dx, "\n\t mask ", cp + 12, ofppc_bm, OFPPC_U);
	of_bitmap32(dx, "\n\t advertise ", cp + 16, ofppf_bm, OFPPF_U);
	DX_TCHECK(dx, cp + 20, 4);
}

static void of10_queue_get_config_request_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	dx_printf(dx, "\n\t port %s", of10_port(dx, GET_BE16(dx, cp)));
	DX_TCHECK(dx, cp + 2, 2);
}

static void of10_queue_get_config_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_printf(dx, "\n\t port %s", of10_port(dx, GET_BE16(dx, cp)));
	OF_ADVANCE(cp, len, 2);
	OF_ADVANCE_CHK(dx, cp, len, 6);
	of10_queues_print(dx, cp, len);
}

static void of10_stats_request_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned type, flags;

	type = GET_BE16(dx, cp);
	dx_printf(dx, "\n\t type %s", tok2str(dx, ofpst_str, "invalid (0x%04x)", type));
	flags = GET_BE16(dx, cp + 2);
	dx_printf(dx, ", flags 0x%04x%s", flags, flags ? " (bogus)" : "");
	OF_ADVANCE(cp, len, 4);
	switch (type) {
	case OFPST_DESC:
	case OFPST_TABLE:
		if (len)
			goto invalid;
		return;
	case OFPST_FLOW:
	case OFPST_AGGREGATE:
		/* match (40), table_id (1), pad (1), out_port (2) */
		if (len != OF10_FLOW_STATS_REQUEST_LEN)
			goto invalid;
		of10_match_print(dx, "\n\t ", cp);
		dx_printf(dx, "\n\t table_id %s", tok2str(dx, tableid_str, "%u", GET_U8(dx, cp + 40)));
		dx_printf(dx, ", out_port %s", of10_port(dx, GET_BE16(dx, cp + 42)));
		return;
	case OFPST_PORT:
		/* port_no (2), pad (6) */
		if (len != OF10_PORT_STATS_REQUEST_LEN)
			goto invalid;
		dx_printf(dx, "\n\t port_no %s", of10_port(dx, GET_BE16(dx, cp)));
		DX_TCHECK(dx, cp + 2, 6);
		return;
	case OFPST_QUEUE:
		/* port_no (2), pad (2), queue_id (4) */
		if (len != OF10_QUEUE_STATS_REQUEST_LEN)
			goto invalid;
		dx_printf(dx, "\n\t port_no %s", of10_port(dx, GET_BE16(dx, cp)));
		dx_printf(dx, ", queue_id %s", tok2str(dx, ofpq_str, "%u", GET_BE32(dx, cp + 4)));
		return;
	case OFPST_VENDOR:
		of10_vendor_data_print(dx, cp, len);
		return;
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

/* "PFX'text'" of a NUL-padded string of n bytes */
static void of10_string(struct dx *dx, const char *pfx, const uint8_t *cp, unsigned n)
{
	dx_puts(dx, pfx);
	dx_putc(dx, '\'');
	dx_printjnp(dx, cp, n);
	dx_putc(dx, '\'');
}

static void of10_desc_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	if (len != OF10_DESC_STATS_LEN) {
		of_invalid(dx, cp, len);
		return;
	}
	of10_string(dx, "\n\t  mfr_desc ", cp, OF10_DESC_LEN);
	of10_string(dx, "\n\t  hw_desc ", cp + OF10_DESC_LEN, OF10_DESC_LEN);
	of10_string(dx, "\n\t  sw_desc ", cp + 2 * OF10_DESC_LEN, OF10_DESC_LEN);
	of10_string(dx, "\n\t  serial_num ", cp + 3 * OF10_DESC_LEN, OF10_SERIAL_LEN);
	of10_string(dx, "\n\t  dp_desc ", cp + 3 * OF10_DESC_LEN + OF10_SERIAL_LEN, OF10_DESC_LEN);
}

static void of10_flow_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned entry_len;

		if (len < OF10_FLOW_STATS_MIN)
			goto invalid;
		/* length (2), table_id (1), pad (1), match (40),
		 * duration_sec (4), duration_nsec (4), priority (2),
		 * idle_timeout (2), hard_timeout (2), pad (6), cookie (8),
		 * packet_count (8), byte_count (8), actions */
		entry_len = GET_BE16(dx, cp);
		dx_printf(dx, "\n\t length %u", entry_len);
		if (entry_len < OF10_FLOW_STATS_MIN || entry_len > len)
			goto invalid;
		dx_printf(dx, ", table_id %s", tok2str(dx, tableid_str, "%u", GET_U8(dx, cp + 2)));
		of10_match_print(dx, "\n\t  ", cp + 4);
		OF_ADVANCE(cp, len, 4 + OF10_MATCH_LEN);
		dx_printf(dx, "\n\t  duration_sec %u", GET_BE32(dx, cp));
		dx_printf(dx, ", duration_nsec %u", GET_BE32(dx, cp + 4));
		dx_printf(dx, ", priority %u", GET_BE16(dx, cp + 8));
		dx_printf(dx, ", idle_timeout %u", GET_BE16(dx, cp + 10));
		dx_printf(dx, ", hard_timeout %u", GET_BE16(dx, cp + 12));
		dx_printf(dx, ", cookie 0x%016" PRIx64, GET_BE64(dx, cp + 20));
		dx_printf(dx, ", packet_count %" PRIu64, GET_BE64(dx, cp + 28));
		dx_printf(dx, ", byte_count %" PRIu64, GET_BE64(dx, cp + 36));
		OF_ADVANCE(cp, len, 44);
		of10_actions_print(dx, "\n\t  ", cp, entry_len - OF10_FLOW_STATS_MIN);
		OF_ADVANCE(cp, len, entry_len - OF10_FLOW_STATS_MIN);
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

static void of10_aggregate_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	if (len != OF10_AGGREGATE_STATS_LEN) {
		of_invalid(dx, cp, len);
		return;
	}
	/* packet_count (8), byte_count (8), flow_count (4), pad (4) */
	dx_printf(dx, "\n\t packet_count %" PRIu64, GET_BE64(dx, cp));
	dx_printf(dx, ", byte_count %" PRIu64, GET_BE64(dx, cp + 8));
	dx_printf(dx, ", flow_count %u", GET_BE32(dx, cp + 16));
	DX_TCHECK(dx, cp + 20, 4);
}

static void of10_table_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		if (len < OF10_TABLE_STATS_LEN) {
			of_invalid(dx, cp, len);
			return;
		}
		/* table_id (1), pad (3), name (32), wildcards (4),
		 * max_entries (4), active_count (4), lookup_count (8),
		 * matched_count (8) */
		dx_printf(dx, "\n\t table_id %s", tok2str(dx, tableid_str, "%u", GET_U8(dx, cp)));
		of10_string(dx, ", name ", cp + 4, OF10_TABLE_NAME_LEN);
		OF_ADVANCE(cp, len, 4 + OF10_TABLE_NAME_LEN);
		of_bitmap32(dx, "\n\t  wildcards ", cp, ofpfw_bm, OFPFW_U);
		dx_printf(dx, "\n\t  max_entries %u", GET_BE32(dx, cp + 4));
		dx_printf(dx, ", active_count %u", GET_BE32(dx, cp + 8));
		dx_printf(dx, ", lookup_count %" PRIu64, GET_BE64(dx, cp + 12));
		dx_printf(dx, ", matched_count %" PRIu64, GET_BE64(dx, cp + 20));
		OF_ADVANCE(cp, len, 28);
	}
}

static void of10_port_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	static const char *const counters[] = {
		"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_dropped",
		"tx_dropped", "rx_errors", "tx_errors", "rx_frame_err", "rx_over_err",
		"rx_crc_err", "collisions",
	};
	unsigned i;

	while (len) {
		if (len < OF10_PORT_STATS_LEN) {
			of_invalid(dx, cp, len);
			return;
		}
		/* port_no (2), pad (6), 12 counters (8 each) */
		dx_printf(dx, "\n\t  port_no %s", of10_port(dx, GET_BE16(dx, cp)));
		OF_ADVANCE(cp, len, 2);
		if (dx->opts->verbose < 2) {
			OF_ADVANCE_CHK(dx, cp, len, OF10_PORT_STATS_LEN - 2);
			continue;
		}
		OF_ADVANCE(cp, len, 6);
		for (i = 0; i < sizeof(counters) / sizeof(counters[0]); i++) {
			dx_printf(dx, ", %s %" PRIu64, counters[i], GET_BE64(dx, cp));
			OF_ADVANCE(cp, len, 8);
		}
	}
}

static void of10_queue_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		if (len < OF10_QUEUE_STATS_LEN) {
			of_invalid(dx, cp, len);
			return;
		}
		/* port_no (2), pad (2), queue_id (4), tx_bytes (8),
		 * tx_packets (8), tx_errors (8) */
		dx_printf(dx, "\n\t  port_no %s", of10_port(dx, GET_BE16(dx, cp)));
		dx_printf(dx, ", queue_id %u", GET_BE32(dx, cp + 4));
		dx_printf(dx, ", tx_bytes %" PRIu64, GET_BE64(dx, cp + 8));
		dx_printf(dx, ", tx_packets %" PRIu64, GET_BE64(dx, cp + 16));
		dx_printf(dx, ", tx_errors %" PRIu64, GET_BE64(dx, cp + 24));
		OF_ADVANCE(cp, len, OF10_QUEUE_STATS_LEN);
	}
}

static void of10_stats_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	of_body_fn fn = NULL;
	unsigned type, flags;

	type = GET_BE16(dx, cp);
	dx_printf(dx, "\n\t type %s", tok2str(dx, ofpst_str, "invalid (0x%04x)", type));
	flags = GET_BE16(dx, cp + 2);
	dx_printf(dx, ", flags 0x%04x", flags);
	of_bitmap_print(dx, ofpsf_reply_bm, flags, OFPSF_REPLY_U);
	OF_ADVANCE(cp, len, 4);
	switch (type) {
	case OFPST_DESC:
		fn = of10_desc_stats_reply_print;
		break;
	case OFPST_FLOW:
		fn = of10_flow_stats_reply_print;
		break;
	case OFPST_AGGREGATE:
		fn = of10_aggregate_stats_reply_print;
		break;
	case OFPST_TABLE:
		fn = of10_table_stats_reply_print;
		break;
	case OFPST_PORT:
		fn = of10_port_stats_reply_print;
		break;
	case OFPST_QUEUE:
		fn = of10_queue_stats_reply_print;
		break;
	case OFPST_VENDOR:
		fn = of10_vendor_data_print;
		break;
	}
	if (fn)
		fn(dx, cp, len);
	else
		DX_TCHECK(dx, cp, len);
}

static void of10_packet_out_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned actions_len;

	/* buffer_id (4), in_port (2), actions_len (2), actions, data */
	dx_printf(dx, "\n\t buffer_id 0x%08x", GET_BE32(dx, cp));
	dx_printf(dx, ", in_port %s", of10_port(dx, GET_BE16(dx, cp + 4)));
	actions_len = GET_BE16(dx, cp + 6);
	OF_ADVANCE(cp, len, 8);
	if (actions_len > len) {
		of_invalid(dx, cp, len);
		return;
	}
	of10_actions_print(dx, "\n\t ", cp, actions_len);
	OF_ADVANCE(cp, len, actions_len);
	of10_packet_data_print(dx, cp, len);
}

static void of10_packet_in_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	/* buffer_id (4), total_len (2), in_port (2), reason (1), pad (1), data */
	dx_printf(dx, "\n\t buffer_id %s", tok2str(dx, bufferid_str, "0x%08x", GET_BE32(dx, cp)));
	dx_printf(dx, ", total_len %u", GET_BE16(dx, cp + 4));
	dx_printf(dx, ", in_port %s", of10_port(dx, GET_BE16(dx, cp + 6)));
	dx_printf(dx, ", reason %s", tok2str(dx, ofpr_str, "invalid (0x%02x)", GET_U8(dx, cp + 8)));
	OF_ADVANCE(cp, len, 9);
	OF_ADVANCE_CHK(dx, cp, len, 1);
	of10_packet_data_print(dx, cp, len);
}

static void of10_flow_removed_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* match (40), cookie (8), priority (2), reason (1), pad (1),
	 * duration_sec (4), duration_nsec (4), idle_timeout (2), pad (2),
	 * packet_count (8), byte_count (8) */
	of10_match_print(dx, "\n\t ", cp);
	cp += OF10_MATCH_LEN;
	dx_printf(dx, "\n\t cookie 0x%016" PRIx64, GET_BE64(dx, cp));
	of10_nonzero16(dx, "priority", cp + 8);
	dx_printf(dx, ", reason %s", tok2str(dx, ofprr_str, "unknown (0x%02x)", GET_U8(dx, cp + 10)));
	dx_printf(dx, ", duration_sec %u", GET_BE32(dx, cp + 12));
	dx_printf(dx, ", duration_nsec %u", GET_BE32(dx, cp + 16));
	of10_nonzero16(dx, "idle_timeout", cp + 20);
	dx_printf(dx, ", packet_count %" PRIu64, GET_BE64(dx, cp + 24));
	dx_printf(dx, ", byte_count %" PRIu64, GET_BE64(dx, cp + 32));
}

static void of10_port_status_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* reason (1), pad (7), port description */
	dx_printf(dx, "\n\t reason %s", tok2str(dx, of_port_reason_str, "invalid (0x%02x)", GET_U8(dx, cp)));
	of10_phy_port_print(dx, cp + 8);
}

static void of10_error_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	of_error_print(dx, cp, len, ofpet_str, of10_error_codes,
		       sizeof(of10_error_codes) / sizeof(of10_error_codes[0]));
}

static const struct of_msgtype of10_msgtypes[OFPT_MAX + 1] = {
	{ "HELLO", of_data_print, OF_REQ_MINLEN, 0 },
	{ "ERROR", of10_error_print, OF_REQ_MINLEN, OF10_ERROR_MIN },
	{ "ECHO_REQUEST", of_data_print, OF_REQ_MINLEN, 0 },
	{ "ECHO_REPLY", of_data_print, OF_REQ_MINLEN, 0 },
	{ "VENDOR", of10_vendor_message_print, OF_REQ_MINLEN, OF10_VENDOR_MIN },
	{ "FEATURES_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "FEATURES_REPLY", of10_features_reply_print, OF_REQ_MINLEN, OF10_FEATURES_REPLY_MIN },
	{ "GET_CONFIG_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "GET_CONFIG_REPLY", of10_switch_config_msg_print, OF_REQ_FIXLEN, OF10_SWITCH_CONFIG_LEN },
	{ "SET_CONFIG", of10_switch_config_msg_print, OF_REQ_FIXLEN, OF10_SWITCH_CONFIG_LEN },
	{ "PACKET_IN", of10_packet_in_print, OF_REQ_MINLEN, OF10_PACKET_IN_MIN },
	{ "FLOW_REMOVED", of10_flow_removed_print, OF_REQ_FIXLEN, OF10_FLOW_REMOVED_LEN },
	{ "PORT_STATUS", of10_port_status_print, OF_REQ_FIXLEN, OF10_PORT_STATUS_LEN },
	{ "PACKET_OUT", of10_packet_out_print, OF_REQ_MINLEN, OF10_PACKET_OUT_MIN },
	{ "FLOW_MOD", of10_flow_mod_print, OF_REQ_MINLEN, OF10_FLOW_MOD_MIN },
	{ "PORT_MOD", of10_port_mod_print, OF_REQ_FIXLEN, OF10_PORT_MOD_LEN },
	{ "STATS_REQUEST", of10_stats_request_print, OF_REQ_MINLEN, OF10_STATS_MIN },
	{ "STATS_REPLY", of10_stats_reply_print, OF_REQ_MINLEN, OF10_STATS_MIN },
	{ "BARRIER_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "BARRIER_REPLY", NULL, OF_REQ_FIXLEN, 0 },
	{ "QUEUE_GET_CONFIG_REQUEST", of10_queue_get_config_request_print, OF_REQ_FIXLEN,
	  OF10_QUEUE_GET_CONFIG_REQUEST_LEN },
	{ "QUEUE_GET_CONFIG_REPLY", of10_queue_get_config_reply_print, OF_REQ_MINLEN,
	  OF10_QUEUE_GET_CONFIG_REPLY_MIN },
};

const struct of_msgtype *of10_msgtype(unsigned type)
{
	return type <= OFPT_MAX ? &of10_msgtypes[type] : NULL;
}
