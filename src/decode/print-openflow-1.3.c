// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: OpenFlow 1.3 message bodies. Text as tcpdump 4.99.3
 * print-openflow-1.3.c.
 *
 * OpenFlow Switch Specification 1.3.5 (wire protocol 0x04). The common
 * header printer (print-openflow.c) checks each type's length constraint
 * from the table at the end and, with -v, calls the body printer here.
 * Decoded are the hello elements, errors, echo and experimenter data,
 * the features reply, switch config, port status, port mod, table mod,
 * queue config request, role and async messages. Packet in/out, flow
 * removed, flow/group/meter mod, multipart and queue config replies have
 * no body printer: only their header shows, as in tcpdump.
 */
#include <inttypes.h>

#include "dx.h"
#include "print-openflow.h"
#include "print.h"

#define OFPT_MAX 29u

#define OF13_PORT_NAME_LEN 16u
#define OF13_HELLO_ELEM_MIN 4u
#define OFPHET_VERSIONBITMAP 1u

/* body lengths (header excluded): fixed, or the minimum */
#define OF13_ERROR_MIN 4u
#define OF13_EXPERIMENTER_MIN 8u
#define OF13_FEATURES_REPLY_LEN 24u
#define OF13_SWITCH_CONFIG_LEN 4u
#define OF13_PORT_STATUS_LEN 72u
#define OF13_PORT_MOD_LEN 32u
#define OF13_TABLE_MOD_LEN 8u
#define OF13_QUEUE_GET_CONFIG_REQUEST_LEN 8u
#define OF13_ROLE_LEN 16u
#define OF13_ASYNC_LEN 24u

/* the unassigned bits of the bitmaps */
#define OFPCAP_U (~0x16fu)		/* capabilities */
#define OFPPC_U (~0x65u)		/* port config */
#define OFPPS_U (~0x7u)			/* port state */
#define OFPPF_U (~0xffffu)		/* port features */
#define OF_BIT_VER_U (~0x3fu)		/* hello version bitmap */
#define ASYNC_OFPR_U (~0x7u)		/* packet in reasons */
#define ASYNC_OFPPR_U (~0x7u)		/* port status / flow removed reasons */

#define OFPET_EXPERIMENTER 0xffffu

static const struct tok ofp_capabilities_bm[] = {
	{ 1u << 0, "FLOW_STATS" },
	{ 1u << 1, "TABLE_STATS" },
	{ 1u << 2, "PORT_STATS" },
	{ 1u << 3, "GROUP_STATS" },
	{ 1u << 5, "IP_REASM" },
	{ 1u << 6, "QUEUE_STATS" },
	{ 1u << 8, "PORT_BLOCKED" },
	{ 0, NULL }
};

static const struct tok ofptt_str[] = {
	{ 0xfe, "MAX" },
	{ 0xff, "ALL" },
	{ 0, NULL }
};

static const struct tok ofpcml_str[] = {
	{ 0xffe5, "MAX" },
	{ 0xffff, "NO_BUFFER" },
	{ 0, NULL }
};

static const struct tok ofppc_bm[] = {
	{ 1u << 0, "PORT_DOWN" },
	{ 1u << 2, "NO_RECV" },
	{ 1u << 5, "NO_FWD" },
	{ 1u << 6, "NO_PACKET_IN" },
	{ 0, NULL }
};

static const struct tok ofpps_bm[] = {
	{ 1u << 0, "LINK_DOWN" },
	{ 1u << 1, "BLOCKED" },
	{ 1u << 2, "LIVE" },
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
	{ 1u << 7, "40GB_FD" },
	{ 1u << 8, "100GB_FD" },
	{ 1u << 9, "1TB_FD" },
	{ 1u << 10, "OTHER" },
	{ 1u << 11, "COPPER" },
	{ 1u << 12, "FIBER" },
	{ 1u << 13, "AUTONEG" },
	{ 1u << 14, "PAUSE" },
	{ 1u << 15, "PAUSE_ASYM" },
	{ 0, NULL }
};

static const struct tok ofphet_str[] = {
	{ OFPHET_VERSIONBITMAP, "VERSIONBITMAP" },
	{ 0, NULL }
};

static const struct tok ofpp_str[] = {
	{ 0xffffff00u, "MAX" },
	{ 0xfffffff8u, "IN_PORT" },
	{ 0xfffffff9u, "TABLE" },
	{ 0xfffffffau, "NORMAL" },
	{ 0xfffffffbu, "FLOOD" },
	{ 0xfffffffcu, "ALL" },
	{ 0xfffffffdu, "CONTROLLER" },
	{ 0xfffffffeu, "LOCAL" },
	{ 0xffffffffu, "ANY" },
	{ 0, NULL }
};

static const struct tok ofpcr_str[] = {
	{ 0, "NOCHANGE" },
	{ 1, "EQUAL" },
	{ 2, "MASTER" },
	{ 3, "SLAVE" },
	{ 0, NULL }
};

/* bit N-1 stands for wire version N */
static const struct tok ofverbm_str[] = {
	{ 1u << 0, "1.0" },
	{ 1u << 1, "1.1" },
	{ 1u << 2, "1.2" },
	{ 1u << 3, "1.3" },
	{ 1u << 4, "1.4" },
	{ 1u << 5, "1.5" },
	{ 0, NULL }
};

static const struct tok async_ofpr_bm[] = {
	{ 1u << 0, "NO_MATCH" },
	{ 1u << 1, "ACTION" },
	{ 1u << 2, "INVALID_TTL" },
	{ 0, NULL }
};

static const struct tok async_ofppr_bm[] = {
	{ 1u << 0, "ADD" },
	{ 1u << 1, "DELETE" },
	{ 1u << 2, "MODIFY" },
	{ 0, NULL }
};

static const struct tok ofpet_str[] = {
	{ 0, "HELLO_FAILED" },
	{ 1, "BAD_REQUEST" },
	{ 2, "BAD_ACTION" },
	{ 3, "BAD_INSTRUCTION" },
	{ 4, "BAD_MATCH" },
	{ 5, "FLOW_MOD_FAILED" },
	{ 6, "GROUP_MOD_FAILED" },
	{ 7, "PORT_MOD_FAILED" },
	{ 8, "TABLE_MOD_FAILED" },
	{ 9, "QUEUE_OP_FAILED" },
	{ 10, "SWITCH_CONFIG_FAILED" },
	{ 11, "ROLE_REQUEST_FAILED" },
	{ 12, "METER_MOD_FAILED" },
	{ 13, "TABLE_FEATURES_FAILED" },
	{ OFPET_EXPERIMENTER, "EXPERIMENTER" },
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
	{ 2, "BAD_MULTIPART" },
	{ 3, "BAD_EXPERIMENTER" },
	{ 4, "BAD_EXP_TYPE" },
	{ 5, "EPERM" },
	{ 6, "BAD_LEN" },
	{ 7, "BUFFER_EMPTY" },
	{ 8, "BUFFER_UNKNOWN" },
	{ 9, "BAD_TABLE_ID" },
	{ 10, "IS_SLAVE" },
	{ 11, "BAD_PORT" },
	{ 12, "BAD_PACKET" },
	{ 13, "MULTIPART_BUFFER_OVERFLOW" },
	{ 0, NULL }
};

static const struct tok ofpbac_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_EXPERIMENTER" },
	{ 3, "BAD_EXP_TYPE" },
	{ 4, "BAD_OUT_PORT" },
	{ 5, "BAD_ARGUMENT" },
	{ 6, "EPERM" },
	{ 7, "TOO_MANY" },
	{ 8, "BAD_QUEUE" },
	{ 9, "BAD_OUT_GROUP" },
	{ 10, "MATCH_INCONSISTENT" },
	{ 11, "UNSUPPORTED_ORDER" },
	{ 12, "BAD_TAG" },
	{ 13, "BAD_SET_TYPE" },
	{ 14, "BAD_SET_LEN" },
	{ 15, "BAD_SET_ARGUMENT" },
	{ 0, NULL }
};

static const struct tok ofpbic_str[] = {
	{ 0, "UNKNOWN_INST" },
	{ 1, "UNSUP_INST" },
	{ 2, "BAD_TABLE_ID" },
	{ 3, "UNSUP_METADATA" },
	{ 4, "UNSUP_METADATA_MASK" },
	{ 5, "BAD_EXPERIMENTER" },
	{ 6, "BAD_EXP_TYPE" },
	{ 7, "BAD_LEN" },
	{ 8, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpbmc_str[] = {
	{ 0, "BAD_TYPE" },
	{ 1, "BAD_LEN" },
	{ 2, "BAD_TAG" },
	{ 3, "BAD_DL_ADDR_MASK" },
	{ 4, "BAD_NW_ADDR_MASK" },
	{ 5, "BAD_WILDCARDS" },
	{ 6, "BAD_FIELD" },
	{ 7, "BAD_VALUE" },
	{ 8, "BAD_MASK" },
	{ 9, "BAD_PREREQ" },
	{ 10, "DUP_FIELD" },
	{ 11, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpfmfc_str[] = {
	{ 0, "UNKNOWN" },
	{ 1, "TABLE_FULL" },
	{ 2, "BAD_TABLE_ID" },
	{ 3, "OVERLAP" },
	{ 4, "EPERM" },
	{ 5, "BAD_TIMEOUT" },
	{ 6, "BAD_COMMAND" },
	{ 7, "BAD_FLAGS" },
	{ 0, NULL }
};

static const struct tok ofpgmfc_str[] = {
	{ 0, "GROUP_EXISTS" },
	{ 1, "INVALID_GROUP" },
	{ 2, "WEIGHT_UNSUPPORTED" },
	{ 3, "OUT_OF_GROUPS" },
	{ 4, "OUT_OF_BUCKETS" },
	{ 5, "CHAINING_UNSUPPORTED" },
	{ 6, "WATCH_UNSUPPORTED" },
	{ 7, "LOOP" },
	{ 8, "UNKNOWN_GROUP" },
	{ 9, "CHAINED_GROUP" },
	{ 10, "BAD_TYPE" },
	{ 11, "BAD_COMMAND" },
	{ 12, "BAD_BUCKET" },
	{ 13, "BAD_MATCH" },
	{ 14, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofppmfc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_HW_ADDR" },
	{ 2, "BAD_CONFIG" },
	{ 3, "BAD_ADVERTISE" },
	{ 4, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofptmfc_str[] = {
	{ 0, "BAD_TABLE" },
	{ 1, "BAD_CONFIG" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpqofc_str[] = {
	{ 0, "BAD_PORT" },
	{ 1, "BAD_QUEUE" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofpscfc_str[] = {
	{ 0, "BAD_FLAGS" },
	{ 1, "BAD_LEN" },
	{ 2, "EPERM" },
	{ 0, NULL }
};

static const struct tok ofprrfc_str[] = {
	{ 0, "STALE" },
	{ 1, "UNSUP" },
	{ 2, "BAD_ROLE" },
	{ 0, NULL }
};

static const struct tok ofpmmfc_str[] = {
	{ 0, "UNKNOWN" },
	{ 1, "METER_EXISTS" },
	{ 2, "INVALID_METER" },
	{ 3, "UNKNOWN_METER" },
	{ 4, "BAD_COMMAND" },
	{ 5, "BAD_FLAGS" },
	{ 6, "BAD_RATE" },
	{ 7, "BAD_BURST" },
	{ 8, "BAD_BAND" },
	{ 9, "BAD_BAND_VALUE" },
	{ 10, "OUT_OF_METERS" },
	{ 11, "OUT_OF_BANDS" },
	{ 0, NULL }
};

static const struct tok ofptffc_str[] = {
	{ 0, "BAD_TABLE" },
	{ 1, "BAD_METADATA" },
	{ 2, "BAD_TYPE" },
	{ 3, "BAD_LEN" },
	{ 4, "BAD_ARGUMENT" },
	{ 5, "EPERM" },
	{ 0, NULL }
};

/* the codes of error types 0..13; experimenter errors define none */
static const struct tok *const of13_error_codes[] = {
	ofphfc_str, ofpbrc_str, ofpbac_str, ofpbic_str, ofpbmc_str,
	ofpfmfc_str, ofpgmfc_str, ofppmfc_str, ofptmfc_str, ofpqofc_str,
	ofpscfc_str, ofprrfc_str, ofpmmfc_str, ofptffc_str,
};

static const char *of13_port(struct dx *dx, uint32_t port)
{
	return tok2str(dx, ofpp_str, "%u", port);
}

/* a 64-byte port description: port_no (4), pad (4), hw_addr (6),
 * pad (2), name (16), config, state, curr, advertised, supported, peer,
 * curr_speed, max_speed (4 each) */
static void of13_port_print(struct dx *dx, const uint8_t *cp)
{
	dx_printf(dx, "\n\t  port_no %s", of13_port(dx, GET_BE32(dx, cp)));
	dx_printf(dx, ", hw_addr %s", GET_ETHERADDR_STRING(dx, cp + 8));
	dx_puts(dx, ", name '");
	dx_printjnp(dx, cp + 16, OF13_PORT_NAME_LEN);
	dx_putc(dx, '\'');
	cp += 16 + OF13_PORT_NAME_LEN;
	if (dx->opts->verbose < 2) {
		DX_TCHECK(dx, cp, 32);
		return;
	}
	of_bitmap32(dx, "\n\t   config ", cp, ofppc_bm, OFPPC_U);
	of_bitmap32(dx, "\n\t   state ", cp + 4, ofpps_bm, OFPPS_U);
	of_bitmap32(dx, "\n\t   curr ", cp + 8, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   advertised ", cp + 12, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   supported ", cp + 16, ofppf_bm, OFPPF_U);
	of_bitmap32(dx, "\n\t   peer ", cp + 20, ofppf_bm, OFPPF_U);
	dx_printf(dx, "\n\t   curr_speed %ukbps", GET_BE32(dx, cp + 24));
	dx_printf(dx, "\n\t   max_speed %ukbps", GET_BE32(dx, cp + 28));
}

static void of13_features_reply_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* datapath_id (8), n_buffers (4), n_tables (1), auxiliary_id (1),
	 * pad (2), capabilities (4), reserved (4) */
	dx_printf(dx, "\n\t dpid 0x%016" PRIx64, GET_BE64(dx, cp));
	dx_printf(dx, ", n_buffers %u", GET_BE32(dx, cp + 8));
	dx_printf(dx, ", n_tables %u", GET_U8(dx, cp + 12));
	dx_printf(dx, ", auxiliary_id %u", GET_U8(dx, cp + 13));
	of_bitmap32(dx, "\n\t capabilities ", cp + 16, ofp_capabilities_bm, OFPCAP_U);
	DX_TCHECK(dx, cp + 20, 4);
}

static void of13_switch_config_msg_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	dx_printf(dx, "\n\t flags %s",
		  tok2str(dx, of_config_str, "invalid (0x%04x)", GET_BE16(dx, cp)));
	dx_printf(dx, ", miss_send_len %s", tok2str(dx, ofpcml_str, "%u", GET_BE16(dx, cp + 2)));
}

static void of13_table_mod_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* table_id (1), pad (3), config (4) */
	dx_printf(dx, "\n\t table_id %s", tok2str(dx, ofptt_str, "%u", GET_U8(dx, cp)));
	dx_printf(dx, ", config 0x%08x", GET_BE32(dx, cp + 4));
}

static void of13_role_msg_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* role (4), pad (4), generation_id (8) */
	dx_printf(dx, "\n\t role %s", tok2str(dx, ofpcr_str, "invalid (0x%08x)", GET_BE32(dx, cp)));
	dx_printf(dx, ", generation_id 0x%016" PRIx64, GET_BE64(dx, cp + 8));
}

static void of13_async_msg_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* three masks, each for the equal/master role and the slave role */
	of_bitmap32(dx, "\n\t packet_in_mask[EM] ", cp, async_ofpr_bm, ASYNC_OFPR_U);
	of_bitmap32(dx, "\n\t packet_in_mask[S] ", cp + 4, async_ofpr_bm, ASYNC_OFPR_U);
	of_bitmap32(dx, "\n\t port_status_mask[EM] ", cp + 8, async_ofppr_bm, ASYNC_OFPPR_U);
	of_bitmap32(dx, "\n\t port_status_mask[S] ", cp + 12, async_ofppr_bm, ASYNC_OFPPR_U);
	of_bitmap32(dx, "\n\t flow_removed_mask[EM] ", cp + 16, async_ofppr_bm, ASYNC_OFPPR_U);
	of_bitmap32(dx, "\n\t flow_removed_mask[S] ", cp + 20, async_ofppr_bm, ASYNC_OFPPR_U);
}

static void of13_port_mod_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* port_no (4), pad (4), hw_addr (6), pad (2), config (4), mask (4),
	 * advertise (4), pad (4) */
	dx_printf(dx, "\n\t port_no %s", of13_port(dx, GET_BE32(dx, cp)));
	dx_printf(dx, ", hw_addr %s", GET_ETHERADDR_STRING(dx, cp + 8));
	of_bitmap32(dx, "\n\t  config ", cp + 16, ofppc_bm, OFPPC_U);
	of_bitmap32(dx, "\n\t  mask ", cp + 20, ofppc_bm, OFPPC_U);
	of_bitmap32(dx, "\n\t  advertise ", cp + 24, ofppf_bm, OFPPF_U);
	DX_TCHECK(dx, cp + 28, 4);
}

static void of13_port_status_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* reason (1), pad (7), port description; tcpdump's fallback text
	 * for an unknown reason lacks its conversion and prints literally */
	dx_printf(dx, "\n\t reason %s",
		  tok2str(dx, of_port_reason_str, "invalid (0x02x)", GET_U8(dx, cp)));
	of13_port_print(dx, cp + 8);
}

/* hello elements: type (2), length (2, these 4 included), contents; only
 * a version bitmap of one 32-bit word is decoded */
static void of13_hello_elements_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned type, elen;

		if (len < OF13_HELLO_ELEM_MIN)
			goto invalid;
		type = GET_BE16(dx, cp);
		dx_printf(dx, "\n\t type %s", tok2str(dx, ofphet_str, "unknown (0x%04x)", type));
		elen = GET_BE16(dx, cp + 2);
		dx_printf(dx, ", length %u", elen);
		OF_ADVANCE(cp, len, OF13_HELLO_ELEM_MIN);
		if (elen < OF13_HELLO_ELEM_MIN || elen - OF13_HELLO_ELEM_MIN > len)
			goto invalid;
		elen -= OF13_HELLO_ELEM_MIN;
		if (type == OFPHET_VERSIONBITMAP && elen == 4) {
			uint32_t bitmap = GET_BE32(dx, cp);

			dx_printf(dx, ", bitmap 0x%08x", bitmap);
			of_bitmap_print(dx, ofverbm_str, bitmap, OF_BIT_VER_U);
		} else {
			if (type == OFPHET_VERSIONBITMAP)
				dx_puts(dx, " (bogus)");
			DX_TCHECK(dx, cp, elen);
		}
		OF_ADVANCE(cp, len, elen);
	}
	return;
invalid:
	of_invalid(dx, cp, len);
}

static void of13_experimenter_message_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	uint32_t experimenter = GET_BE32(dx, cp);

	/* experimenter (4), exp_type (4), data */
	dx_printf(dx, "\n\t experimenter 0x%08x (%s)", experimenter, of_vendor_name(experimenter));
	dx_printf(dx, ", exp_type 0x%08x", GET_BE32(dx, cp + 4));
	of_data_print(dx, cp + 8, len - 8);
}

static void of13_queue_get_config_request_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	(void)len;
	/* port (4), pad (4) */
	dx_printf(dx, "\n\t port %s", of13_port(dx, GET_BE32(dx, cp)));
	DX_TCHECK(dx, cp + 4, 4);
}

static void of13_error_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	of_error_print(dx, cp, len, ofpet_str, of13_error_codes,
		       sizeof(of13_error_codes) / sizeof(of13_error_codes[0]));
}

static const struct of_msgtype of13_msgtypes[OFPT_MAX + 1] = {
	{ "HELLO", of13_hello_elements_print, OF_REQ_MINLEN, 0 },
	{ "ERROR", of13_error_print, OF_REQ_MINLEN, OF13_ERROR_MIN },
	{ "ECHO_REQUEST", of_data_print, OF_REQ_MINLEN, 0 },
	{ "ECHO_REPLY", of_data_print, OF_REQ_MINLEN, 0 },
	{ "EXPERIMENTER", of13_experimenter_message_print, OF_REQ_MINLEN, OF13_EXPERIMENTER_MIN },
	{ "FEATURES_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "FEATURES_REPLY", of13_features_reply_print, OF_REQ_FIXLEN, OF13_FEATURES_REPLY_LEN },
	{ "GET_CONFIG_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "GET_CONFIG_REPLY", of13_switch_config_msg_print, OF_REQ_FIXLEN, OF13_SWITCH_CONFIG_LEN },
	{ "SET_CONFIG", of13_switch_config_msg_print, OF_REQ_FIXLEN, OF13_SWITCH_CONFIG_LEN },
	{ "PACKET_IN", NULL, OF_REQ_NONE, 0 },
	{ "FLOW_REMOVED", NULL, OF_REQ_NONE, 0 },
	{ "PORT_STATUS", of13_port_status_print, OF_REQ_FIXLEN, OF13_PORT_STATUS_LEN },
	{ "PACKET_OUT", NULL, OF_REQ_NONE, 0 },
	{ "FLOW_MOD", NULL, OF_REQ_NONE, 0 },
	{ "GROUP_MOD", NULL, OF_REQ_NONE, 0 },
	{ "PORT_MOD", of13_port_mod_print, OF_REQ_FIXLEN, OF13_PORT_MOD_LEN },
	{ "TABLE_MOD", of13_table_mod_print, OF_REQ_FIXLEN, OF13_TABLE_MOD_LEN },
	{ "MULTIPART_REQUEST", NULL, OF_REQ_NONE, 0 },
	{ "MULTIPART_REPLY", NULL, OF_REQ_NONE, 0 },
	{ "BARRIER_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "BARRIER_REPLY", NULL, OF_REQ_FIXLEN, 0 },
	{ "QUEUE_GET_CONFIG_REQUEST", of13_queue_get_config_request_print, OF_REQ_FIXLEN,
	  OF13_QUEUE_GET_CONFIG_REQUEST_LEN },
	{ "QUEUE_GET_CONFIG_REPLY", NULL, OF_REQ_NONE, 0 },
	{ "ROLE_REQUEST", of13_role_msg_print, OF_REQ_FIXLEN, OF13_ROLE_LEN },
	{ "ROLE_REPLY", of13_role_msg_print, OF_REQ_FIXLEN, OF13_ROLE_LEN },
	{ "GET_ASYNC_REQUEST", NULL, OF_REQ_FIXLEN, 0 },
	{ "GET_ASYNC_REPLY", of13_async_msg_print, OF_REQ_FIXLEN, OF13_ASYNC_LEN },
	{ "SET_ASYNC", of13_async_msg_print, OF_REQ_FIXLEN, OF13_ASYNC_LEN },
	{ "METER_MOD", NULL, OF_REQ_NONE, 0 },
};

const struct of_msgtype *of13_msgtype(unsigned type)
{
	return type <= OFPT_MAX ? &of13_msgtypes[type] : NULL;
}
