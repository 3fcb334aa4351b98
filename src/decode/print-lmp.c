// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Link Management Protocol (UDP port 701, -T lmp). Text as
 * tcpdump 4.99.3 print-lmp.c.
 * RFC 4204 (LMP), RFC 4207 (SONET/SDH data links), OIF UNI 1.0 (service
 * discovery)
 *
 * Header: version (4 bits) and reserved (2), flags (1), message type (1),
 * length (2, the whole message), reserved (2); then objects: N bit +
 * C-type (1), class (1), length (2, the whole object), value.
 */
#include "dx.h"
#include "gmpls.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define LMP_VERSION 1
#define LMP_HDRLEN 8u
#define LMP_OBJ_HDRLEN 4u

static const struct tok lmp_header_flag_values[] = {
	{ 0x01, "Control Channel Down" },
	{ 0x02, "LMP restart" },
	{ 0, NULL }
};

static const struct tok lmp_te_link_flag_values[] = {
	{ 0x01, "Fault Management Supported" },
	{ 0x02, "Link Verification Supported" },
	{ 0, NULL }
};

static const struct tok lmp_data_link_flag_values[] = {
	{ 0x01, "Data Link Port" },
	{ 0x02, "Allocated for user traffic" },
	{ 0x04, "Failed link" },
	{ 0, NULL }
};

static const struct tok lmp_channel_status_values[] = {
	{ 1, "Signal Okay" },
	{ 2, "Signal Degraded" },
	{ 3, "Signal Fail" },
	{ 0, NULL }
};

static const struct tok lmp_begin_verify_flag_values[] = {
	{ 0x0001, "Verify all links" },
	{ 0x0002, "Data link type" },
	{ 0, NULL }
};

static const struct tok lmp_begin_verify_error_values[] = {
	{ 0x01, "Link Verification Procedure Not supported" },
	{ 0x02, "Unwilling to verify" },
	{ 0x04, "Unsupported verification transport mechanism" },
	{ 0x08, "Link-Id configuration error" },
	{ 0x10, "Unknown object c-type" },
	{ 0, NULL }
};

static const struct tok lmp_link_summary_error_values[] = {
	{ 0x01, "Unacceptable non-negotiable LINK-SUMMARY parameters" },
	{ 0x02, "Renegotiate LINK-SUMMARY parameters" },
	{ 0x04, "Invalid TE-LINK Object" },
	{ 0x08, "Invalid DATA-LINK Object" },
	{ 0x10, "Unknown TE-LINK Object c-type" },
	{ 0x20, "Unknown DATA-LINK Object c-type" },
	{ 0, NULL }
};

static const struct tok lmp_sc_sp_flag_values[] = {
	{ 0x01, "RSVP Supported" },
	{ 0x02, "LDP Supported" },
	{ 0, NULL }
};

static const struct tok lmp_sc_cpsa_tp_flag_values[] = {
	{ 0x01, "Path/VC Overhead Transparency Supported" },
	{ 0x02, "Line/MS Overhead Transparency Supported" },
	{ 0x04, "Section/RS Overhead Transparency Supported" },
	{ 0, NULL }
};

static const struct tok lmp_sc_cpsa_cct_flag_values[] = {
	{ 0x01, "Contiguous Concatenation Types Supported" },
	{ 0, NULL }
};

static const struct tok lmp_sc_nsa_transparency_flag_values[] = {
	{ 0x01, "Standard SOH/RSOH Transparency Supported" },
	{ 0x02, "Standard LOH/MSOH Transparency Supported" },
	{ 0, NULL }
};

static const struct tok lmp_sc_nsa_tcm_flag_values[] = {
	{ 0x01, "Transparent Tandem Connection Monitoring Supported" },
	{ 0, NULL }
};

static const struct tok lmp_sc_nsa_diversity_flag_values[] = {
	{ 0x01, "Node Diversity Supported" },
	{ 0x02, "Link Diversity Supported" },
	{ 0x04, "SRLG Diversity Supported" },
	{ 0, NULL }
};

static const struct tok lmp_msg_type_values[] = {
	{ 1, "Config" },
	{ 2, "Config ACK" },
	{ 3, "Config NACK" },
	{ 4, "Hello" },
	{ 5, "Begin Verify" },
	{ 6, "Begin Verify ACK" },
	{ 7, "Begin Verify NACK" },
	{ 8, "End Verify" },
	{ 9, "End Verify ACK" },
	{ 10, "Test" },
	{ 11, "Test Status Success" },
	{ 12, "Test Status Failure" },
	{ 13, "Test Status ACK" },
	{ 14, "Link Summary" },
	{ 15, "Link Summary ACK" },
	{ 16, "Link Summary NACK" },
	{ 17, "Channel Status" },
	{ 18, "Channel Status ACK" },
	{ 19, "Channel Status Request" },
	{ 20, "Channel Status Response" },
	{ 50, "Service Config" },
	{ 51, "Service Config ACK" },
	{ 52, "Service Config NACK" },
	{ 0, NULL }
};

#define LMP_OBJ_CC_ID 1
#define LMP_OBJ_NODE_ID 2
#define LMP_OBJ_LINK_ID 3
#define LMP_OBJ_INTERFACE_ID 4
#define LMP_OBJ_MESSAGE_ID 5
#define LMP_OBJ_CONFIG 6
#define LMP_OBJ_HELLO 7
#define LMP_OBJ_VERIFY_BEGIN 8
#define LMP_OBJ_VERIFY_BEGIN_ACK 9
#define LMP_OBJ_VERIFY_ID 10
#define LMP_OBJ_TE_LINK 11
#define LMP_OBJ_DATA_LINK 12
#define LMP_OBJ_CHANNEL_STATUS 13
#define LMP_OBJ_CHANNEL_STATUS_REQ 14
#define LMP_OBJ_ERROR_CODE 20
#define LMP_OBJ_SERVICE_CONFIG 51

static const struct tok lmp_obj_values[] = {
	{ LMP_OBJ_CC_ID, "Control Channel ID" },
	{ LMP_OBJ_NODE_ID, "Node ID" },
	{ LMP_OBJ_LINK_ID, "Link ID" },
	{ LMP_OBJ_INTERFACE_ID, "Interface ID" },
	{ LMP_OBJ_MESSAGE_ID, "Message ID" },
	{ LMP_OBJ_CONFIG, "Configuration" },
	{ LMP_OBJ_HELLO, "Hello" },
	{ LMP_OBJ_VERIFY_BEGIN, "Verify Begin" },
	{ LMP_OBJ_VERIFY_BEGIN_ACK, "Verify Begin ACK" },
	{ LMP_OBJ_VERIFY_ID, "Verify ID" },
	{ LMP_OBJ_TE_LINK, "TE Link" },
	{ LMP_OBJ_DATA_LINK, "Data Link" },
	{ LMP_OBJ_CHANNEL_STATUS, "Channel Status" },
	{ LMP_OBJ_CHANNEL_STATUS_REQ, "Channel Status Request" },
	{ LMP_OBJ_ERROR_CODE, "Error Code" },
	{ LMP_OBJ_SERVICE_CONFIG, "Service Config" },
	{ 0, NULL }
};

#define LMP_SUBOBJ_SWITCHING_TYPE 1
#define LMP_SUBOBJ_WAVELENGTH 2

static const struct tok lmp_data_link_subobj_values[] = {
	{ LMP_SUBOBJ_SWITCHING_TYPE, "Interface Switching Type" },
	{ LMP_SUBOBJ_WAVELENGTH, "Wavelength" },
	{ 0, NULL }
};

#define CT(cls, ct) ((cls) * 256 + (ct))

static const struct tok lmp_ctype_values[] = {
	{ CT(LMP_OBJ_CC_ID, 1), "Local" },
	{ CT(LMP_OBJ_CC_ID, 2), "Remote" },
	{ CT(LMP_OBJ_NODE_ID, 1), "Local" },
	{ CT(LMP_OBJ_NODE_ID, 2), "Remote" },
	{ CT(LMP_OBJ_LINK_ID, 1), "IPv4 Local" },
	{ CT(LMP_OBJ_LINK_ID, 2), "IPv4 Remote" },
	{ CT(LMP_OBJ_LINK_ID, 3), "IPv6 Local" },
	{ CT(LMP_OBJ_LINK_ID, 4), "IPv6 Remote" },
	{ CT(LMP_OBJ_LINK_ID, 5), "Unnumbered Local" },
	{ CT(LMP_OBJ_LINK_ID, 6), "Unnumbered Remote" },
	{ CT(LMP_OBJ_INTERFACE_ID, 1), "IPv4 Local" },
	{ CT(LMP_OBJ_INTERFACE_ID, 2), "IPv4 Remote" },
	{ CT(LMP_OBJ_INTERFACE_ID, 3), "IPv6 Local" },
	{ CT(LMP_OBJ_INTERFACE_ID, 4), "IPv6 Remote" },
	{ CT(LMP_OBJ_INTERFACE_ID, 5), "Unnumbered Local" },
	{ CT(LMP_OBJ_INTERFACE_ID, 6), "Unnumbered Remote" },
	{ CT(LMP_OBJ_MESSAGE_ID, 1), "1" },
	{ CT(LMP_OBJ_MESSAGE_ID, 2), "2" },
	{ CT(LMP_OBJ_CONFIG, 1), "1" },
	{ CT(LMP_OBJ_HELLO, 1), "1" },
	{ CT(LMP_OBJ_VERIFY_BEGIN, 1), "1" },
	{ CT(LMP_OBJ_VERIFY_BEGIN_ACK, 1), "1" },
	{ CT(LMP_OBJ_VERIFY_ID, 1), "1" },
	{ CT(LMP_OBJ_TE_LINK, 1), "IPv4" },
	{ CT(LMP_OBJ_TE_LINK, 2), "IPv6" },
	{ CT(LMP_OBJ_TE_LINK, 3), "Unnumbered" },
	{ CT(LMP_OBJ_DATA_LINK, 1), "IPv4" },
	{ CT(LMP_OBJ_DATA_LINK, 2), "IPv6" },
	{ CT(LMP_OBJ_DATA_LINK, 3), "Unnumbered" },
	{ CT(LMP_OBJ_CHANNEL_STATUS, 1), "IPv4" },
	{ CT(LMP_OBJ_CHANNEL_STATUS, 2), "IPv6" },
	{ CT(LMP_OBJ_CHANNEL_STATUS, 3), "Unnumbered" },
	{ CT(LMP_OBJ_CHANNEL_STATUS_REQ, 1), "IPv4" },
	{ CT(LMP_OBJ_CHANNEL_STATUS_REQ, 2), "IPv6" },
	{ CT(LMP_OBJ_CHANNEL_STATUS_REQ, 3), "Unnumbered" },
	{ CT(LMP_OBJ_ERROR_CODE, 1), "1" },
	{ CT(LMP_OBJ_ERROR_CODE, 2), "2" },
	{ CT(LMP_OBJ_SERVICE_CONFIG, 1), "1" },
	{ CT(LMP_OBJ_SERVICE_CONFIG, 2), "2" },
	{ CT(LMP_OBJ_SERVICE_CONFIG, 3), "3" },
	{ CT(LMP_OBJ_SERVICE_CONFIG, 4), "4" },
	{ 0, NULL }
};

/* UNI 1.0 9.4.2 client port link types */
#define LMP_CPSA_LINK_TYPE_SDH 5
#define LMP_CPSA_LINK_TYPE_SONET 6

/* the value's length is not the one its C-type needs: 1 */
static int obj_len_wrong(struct dx *dx, int wrong)
{
	if (wrong)
		dx_puts(dx, " (not correct for object)");
	return wrong;
}

/*
 * an identifier of asz bytes at p after label: an IPv4 (4) or IPv6 (16)
 * address, or a number (0: unnumbered, 4 bytes), then its first 4 bytes in
 * hex
 */
static void id_print(struct dx *dx, const char *label, const uint8_t *p, unsigned asz)
{
	uint32_t v = GET_BE32(dx, p);

	if (asz == 4)
		dx_printf(dx, "%s%s (0x%08x)", label, GET_IPADDR_STRING(dx, p), v);
	else if (asz == 16)
		dx_printf(dx, "%s%s (0x%08x)", label, GET_IP6ADDR_STRING(dx, p), v);
	else
		dx_printf(dx, "%s%u (0x%08x)", label, v, v);
	DX_FIELD(dx, p, asz ? asz : 4, "%s0x%08x", label + 6, v);
}

/* the address size of a TE link, data link or channel status C-type (1
 * IPv4, 2 IPv6, 3 unnumbered); -1 for another */
static int ctype_asz(unsigned ctype)
{
	switch (ctype) {
	case 1:
		return 4;
	case 2:
		return 16;
	case 3:
		return 0;
	default:
		return -1;
	}
}

/* the subobjects of a data link object: 1 when one has no decoder (then
 * the object is dumped) */
static int data_link_subobjs(struct dx *dx, const uint8_t *p, int len)
{
	while (len > 0) {
		unsigned type = GET_U8(dx, p), slen = GET_U8(dx, p + 1);

		dx_printf(dx, "\n\t    Subobject, Type: %s (%u), Length: %u",
			  tok2str(dx, lmp_data_link_subobj_values, "Unknown", type), type, slen);
		if (slen < 4) {
			dx_puts(dx, " (too short)");
			break;
		}
		if (slen % 4) {
			dx_puts(dx, " (not a multiple of 4)");
			break;
		}
		if ((unsigned)len < slen) {
			dx_puts(dx, " (goes past the end of the object)");
			break;
		}
		DX_FIELD(dx, p, slen, "Subobject: %s (%u)",
			 tok2str(dx, lmp_data_link_subobj_values, "Unknown", type), type);
		switch (type) {
		case LMP_SUBOBJ_SWITCHING_TYPE:
			dx_printf(dx, "\n\t      Switching Type: %s (%u)",
				  tok2str(dx, gmpls_switch_cap_values, "Unknown", GET_U8(dx, p + 2)),
				  GET_U8(dx, p + 2));
			dx_printf(dx, "\n\t      Encoding Type: %s (%u)",
				  tok2str(dx, gmpls_encoding_values, "Unknown", GET_U8(dx, p + 3)),
				  GET_U8(dx, p + 3));
			dx_printf(dx, "\n\t      Min Reservable Bandwidth: %.3f Mbps",
				  dx_bw_mbps(GET_BE32(dx, p + 4)));
			dx_printf(dx, "\n\t      Max Reservable Bandwidth: %.3f Mbps",
				  dx_bw_mbps(GET_BE32(dx, p + 8)));
			break;
		case LMP_SUBOBJ_WAVELENGTH:
			dx_printf(dx, "\n\t      Wavelength: %u", GET_BE32(dx, p + 4));
			break;
		default:
			return 1;
		}
		len -= (int)slen;
		p += slen;
	}
	return 0;
}

/* a TE link (te) or data link object: flags, local and remote ids */
static int link_obj(struct dx *dx, const uint8_t *p, unsigned len, unsigned ctype, int te)
{
	int asz = ctype_asz(ctype);
	unsigned need;

	if (asz < 0)
		return 1;
	need = 4 + 2 * (asz ? (unsigned)asz : 4);
	if (obj_len_wrong(dx, te ? len != need : len < need))
		return 0;
	dx_printf(dx, "\n\t    Flags: [%s]",
		  bittok2str(dx, te ? lmp_te_link_flag_values : lmp_data_link_flag_values, "none",
			     GET_U8(dx, p)));
	id_print(dx, te ? "\n\t    Local Link-ID: " : "\n\t    Local Interface ID: ", p + 4,
		 (unsigned)asz);
	id_print(dx, te ? "\n\t    Remote Link-ID: " : "\n\t    Remote Interface ID: ",
		 p + 4 + (need - 4) / 2, (unsigned)asz);
	if (te)
		return 0;
	return data_link_subobjs(dx, p + need, (int)(len - need));
}

/* channel status (with_status: id and status pairs) or channel status
 * request (ids) */
static int channel_obj(struct dx *dx, const uint8_t *p, unsigned len, unsigned ctype,
		       int with_status)
{
	int asz = ctype_asz(ctype);
	unsigned isz, step, off;

	if (asz < 0)
		return 1;
	isz = asz ? (unsigned)asz : 4;
	step = isz + (with_status ? 4 : 0);
	for (off = 0; off + step <= len; off += step) {
		uint32_t st;

		id_print(dx, "\n\t    Interface ID: ", p + off, (unsigned)asz);
		if (!with_status)
			continue;
		st = GET_BE32(dx, p + off + isz);
		dx_printf(dx, "\n\t\t    Active: %s (%u)", st >> 31 ? "Allocated" : "Non-allocated",
			  st >> 31);
		dx_printf(dx, "\n\t\t    Direction: %s (%u)",
			  (st >> 30) & 1 ? "Transmit" : "Receive", (st >> 30) & 1);
		dx_printf(dx, "\n\t\t    Channel Status: %s (%u)",
			  tok2str(dx, lmp_channel_status_values, "Unknown", st & 0x3ffffff),
			  st & 0x3ffffff);
	}
	return 0;
}

static int service_config_obj(struct dx *dx, const uint8_t *p, unsigned len, unsigned ctype)
{
	unsigned lt;

	switch (ctype) {
	case 1:
		if (obj_len_wrong(dx, len != 4))
			break;
		dx_printf(dx, "\n\t Flags: %s",
			  bittok2str(dx, lmp_sc_sp_flag_values, "none", GET_U8(dx, p)));
		dx_printf(dx, "\n\t  UNI Version: %u", GET_U8(dx, p + 1));
		break;
	case 2:
		if (obj_len_wrong(dx, len != 16))
			break;
		lt = GET_U8(dx, p);
		dx_printf(dx, "\n\t Link Type: %s (%u)",
			  tok2str(dx, lmp_sd_service_config_cpsa_link_type_values, "Unknown", lt), lt);
		if (lt == LMP_CPSA_LINK_TYPE_SDH || lt == LMP_CPSA_LINK_TYPE_SONET)
			dx_printf(dx, "\n\t Signal Type: %s (%u)",
				  tok2str(dx, lt == LMP_CPSA_LINK_TYPE_SDH
					  ? lmp_sd_service_config_cpsa_signal_type_sdh_values
					  : lmp_sd_service_config_cpsa_signal_type_sonet_values,
					  "Unknown", GET_U8(dx, p + 1)),
				  GET_U8(dx, p + 1));
		dx_printf(dx, "\n\t Transparency: %s",
			  bittok2str(dx, lmp_sc_cpsa_tp_flag_values, "none", GET_U8(dx, p + 2)));
		dx_printf(dx, "\n\t Contiguous Concatenation Types: %s",
			  bittok2str(dx, lmp_sc_cpsa_cct_flag_values, "none", GET_U8(dx, p + 3)));
		dx_printf(dx, "\n\t Minimum NCC: %u", GET_BE16(dx, p + 4));
		dx_printf(dx, "\n\t Maximum NCC: %u", GET_BE16(dx, p + 6));
		dx_printf(dx, "\n\t Minimum NVC:%u", GET_BE16(dx, p + 8));
		dx_printf(dx, "\n\t Maximum NVC:%u", GET_BE16(dx, p + 10));
		id_print(dx, "\n\t    Local Interface ID: ", p + 12, 4);
		break;
	case 3:
		if (obj_len_wrong(dx, len != 8))
			break;
		dx_printf(dx, "\n\t Transparency Flags: %s",
			  bittok2str(dx, lmp_sc_nsa_transparency_flag_values, "none",
				     GET_BE32(dx, p)));
		dx_printf(dx, "\n\t TCM Monitoring Flags: %s",
			  bittok2str(dx, lmp_sc_nsa_tcm_flag_values, "none", GET_U8(dx, p + 7)));
		break;
	case 4:
		if (obj_len_wrong(dx, len != 4))
			break;
		dx_printf(dx, "\n\t Diversity: Flags: %s",
			  bittok2str(dx, lmp_sc_nsa_diversity_flag_values, "none", GET_U8(dx, p + 3)));
		break;
	default:
		return 1;
	}
	return 0;
}

/* the value of one object (len bytes at p): 1 when it is to be dumped */
static int obj_print(struct dx *dx, unsigned cls, unsigned ctype, const uint8_t *p, unsigned len)
{
	uint32_t v;

	switch (cls) {
	case LMP_OBJ_CC_ID:
	case LMP_OBJ_NODE_ID:
		if (ctype != 1 && ctype != 2)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			id_print(dx, cls == LMP_OBJ_CC_ID ? "\n\t    Control Channel ID: "
				 : "\n\t    Node ID: ", p, cls == LMP_OBJ_CC_ID ? 0 : 4);
		return 0;
	case LMP_OBJ_LINK_ID:
	case LMP_OBJ_INTERFACE_ID:
		if (ctype < 1 || ctype > 6)
			return 1;
		if (ctype <= 2 && !obj_len_wrong(dx, len != 4))
			id_print(dx, "\n\t    IPv4 Link ID: ", p, 4);
		else if (ctype > 2 && ctype <= 4 && !obj_len_wrong(dx, len != 16))
			id_print(dx, "\n\t    IPv6 Link ID: ", p, 16);
		else if (ctype > 4 && !obj_len_wrong(dx, len != 4))
			id_print(dx, "\n\t    Link ID: ", p, 0);
		return 0;
	case LMP_OBJ_MESSAGE_ID:
		if (ctype != 1 && ctype != 2)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			id_print(dx, ctype == 1 ? "\n\t    Message ID: " : "\n\t    Message ID Ack: ",
				 p, 0);
		return 0;
	case LMP_OBJ_CONFIG:
		if (ctype != 1)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			dx_printf(dx, "\n\t    Hello Interval: %u\n\t    Hello Dead Interval: %u",
				  GET_BE16(dx, p), GET_BE16(dx, p + 2));
		return 0;
	case LMP_OBJ_HELLO:
		if (ctype != 1)
			return 1;
		if (!obj_len_wrong(dx, len != 8))
			dx_printf(dx, "\n\t    Tx Seq: %u, Rx Seq: %u", GET_BE32(dx, p),
				  GET_BE32(dx, p + 4));
		return 0;
	case LMP_OBJ_TE_LINK:
	case LMP_OBJ_DATA_LINK:
		return link_obj(dx, p, len, ctype, cls == LMP_OBJ_TE_LINK);
	case LMP_OBJ_VERIFY_BEGIN:
		if (ctype != 1)
			return 1;
		if (obj_len_wrong(dx, len != 20))
			return 0;
		dx_printf(dx, "\n\t    Flags: %s",
			  bittok2str(dx, lmp_begin_verify_flag_values, "none", GET_BE16(dx, p)));
		dx_printf(dx, "\n\t    Verify Interval: %u", GET_BE16(dx, p + 2));
		dx_printf(dx, "\n\t    Data links: %u", GET_BE32(dx, p + 4));
		dx_printf(dx, "\n\t    Encoding type: %s",
			  tok2str(dx, gmpls_encoding_values, "Unknown", GET_U8(dx, p + 8)));
		v = GET_BE16(dx, p + 10);
		/* tcpdump tests the decimal 8000, not bit 0x8000 */
		dx_printf(dx, "\n\t    Verify Transport Mechanism: %u (0x%x)%s", v, v,
			  v & 8000 ? " (Payload test messages capable)" : "");
		dx_printf(dx, "\n\t    Transmission Rate: %.3f Mbps", dx_bw_mbps(GET_BE32(dx, p + 12)));
		dx_printf(dx, "\n\t    Wavelength: %u", GET_BE32(dx, p + 16));
		return 0;
	case LMP_OBJ_VERIFY_BEGIN_ACK:
		if (ctype != 1)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			dx_printf(dx, "\n\t    Verify Dead Interval: %u\n\t    Verify Transport Response: %u",
				  GET_BE16(dx, p), GET_BE16(dx, p + 2));
		return 0;
	case LMP_OBJ_VERIFY_ID:
		if (ctype != 1)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			dx_printf(dx, "\n\t    Verify ID: %u", GET_BE32(dx, p));
		return 0;
	case LMP_OBJ_CHANNEL_STATUS:
	case LMP_OBJ_CHANNEL_STATUS_REQ:
		return channel_obj(dx, p, len, ctype, cls == LMP_OBJ_CHANNEL_STATUS);
	case LMP_OBJ_ERROR_CODE:
		if (ctype != 1 && ctype != 2)
			return 1;
		if (!obj_len_wrong(dx, len != 4))
			dx_printf(dx, "\n\t    Error Code: %s",
				  bittok2str(dx, ctype == 1 ? lmp_begin_verify_error_values
					     : lmp_link_summary_error_values, "none",
					     GET_BE32(dx, p)));
		return 0;
	case LMP_OBJ_SERVICE_CONFIG:
		return service_config_obj(dx, p, len, ctype);
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, p, "\n\t    ", len);
		return 0;
	}
}

/* the objects after the header, tlen bytes at p (-v) */
static void lmp_objs_print(struct dx *dx, const uint8_t *p, unsigned tlen)
{
	while (tlen > 0) {
		unsigned cls, raw, ctype, olen;
		int dump;

		olen = GET_BE16(dx, p + 2);
		raw = GET_U8(dx, p);
		ctype = raw & 0x7f;
		cls = GET_U8(dx, p + 1);
		dx_printf(dx,
			  "\n\t  %s Object (%u), Class-Type: %s (%u) Flags: [%snegotiable], length: %u",
			  tok2str(dx, lmp_obj_values, "Unknown", cls), cls,
			  tok2str(dx, lmp_ctype_values, "Unknown", CT(cls, ctype)), ctype,
			  raw & 0x80 ? "" : "non-", olen);
		if (olen < LMP_OBJ_HDRLEN) {
			dx_puts(dx, " (too short)");
			return;
		}
		if (olen % 4) {
			dx_puts(dx, " (not a multiple of 4)");
			return;
		}
		DX_TCHECK(dx, p, olen);
		DX_SUBTREE(dx, p, olen, "%s Object (%u), Class-Type: %s (%u)",
			   tok2str(dx, lmp_obj_values, "Unknown", cls), cls,
			   tok2str(dx, lmp_ctype_values, "Unknown", CT(cls, ctype)), ctype);
		dump = obj_print(dx, cls, ctype, p + LMP_OBJ_HDRLEN, olen - LMP_OBJ_HDRLEN);
		if (dx->opts->verbose > 1 || dump)
			ip_print_unknown_data(dx, p + LMP_OBJ_HDRLEN, "\n\t    ",
					      olen - LMP_OBJ_HDRLEN);
		DX_LAYER_END(dx);
		if (tlen < olen) {
			dx_printf(dx, " [remaining objects length %u < %u]", tlen, olen);
			dx_print_invalid(dx);
			return;
		}
		p += olen;
		tlen -= olen;
	}
}

void lmp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned version, type, flags, tlen;

	dx_proto(dx, "lmp");
	DX_TCHECK(dx, p, LMP_HDRLEN);
	version = GET_BE16(dx, p) >> 12;
	if (version != LMP_VERSION) {
		dx_printf(dx, "LMP version %u packet not supported", version);
		return;
	}
	type = GET_U8(dx, p + 3);
	DX_LAYER(dx, p, length, "Link Management Protocol");
	DX_FIELD(dx, p, 1, "Version: %u", version);
	DX_FIELD(dx, p + 3, 1, "Message Type: %s (%u)",
		 tok2str(dx, lmp_msg_type_values, "unknown", type), type);
	if (!dx->opts->verbose) {
		dx_printf(dx, "LMPv%u %s Message, length: %u", version,
			  tok2str(dx, lmp_msg_type_values, "unknown (%u)", type), length);
		DX_LAYER_END(dx);
		return;
	}
	tlen = GET_BE16(dx, p + 4);
	flags = GET_U8(dx, p + 2);
	dx_printf(dx, "\n\tLMPv%u, msg-type: %s, Flags: [%s], length: %u", version,
		  tok2str(dx, lmp_msg_type_values, "unknown, type: %u", type),
		  bittok2str(dx, lmp_header_flag_values, "none", flags), tlen);
	DX_FIELD(dx, p + 2, 1, "Flags: [%s]", bittok2str(dx, lmp_header_flag_values, "none", flags));
	DX_FIELD(dx, p + 4, 2, "Length: %u", tlen);
	if (tlen < LMP_HDRLEN) {
		dx_puts(dx, " (too short)");
	} else {
		if (tlen > length) {
			dx_puts(dx, " (too long)");
			tlen = length;
		}
		lmp_objs_print(dx, p + LMP_HDRLEN, tlen - LMP_HDRLEN);
	}
	DX_LAYER_END(dx);
}
