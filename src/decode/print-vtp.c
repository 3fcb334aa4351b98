// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco VLAN Trunking Protocol (SNAP 00:00:0c, PID 0x2003).
 * Text as tcpdump 4.99.3 print-vtp.c.
 *
 * Header (36): version (1), code (1), followers or sequence number (1),
 * management domain length (1), domain name (32, zero padded). Summary
 * advertisements add the configuration revision (4), the updater's
 * address (4), a timestamp (12) and an MD5 digest (16); subset
 * advertisements the revision (4) then VLAN info records: length (1),
 * status (1), type (1), name length (1), ISL VLAN id (2), MTU (2),
 * 802.10 SAID (4), the name padded to 4 bytes, then TLVs of type (1) and
 * length (1, in 16-bit words). Advertisement requests carry a start value.
 */
#include "dx.h"
#include "print.h"
#include "ipproto.h"
#include "print-ether.h"

#define VTP_HDR_LEN 36u
#define VTP_DOMAIN_LEN 32u
#define VTP_VLAN_FIXED_LEN 12u

enum { VTP_SUMMARY = 1, VTP_SUBSET, VTP_REQUEST, VTP_JOIN };

static const struct tok vtp_msg_types[] = {
	{ VTP_SUMMARY, "Summary advertisement" },
	{ VTP_SUBSET, "Subset advertisement" },
	{ VTP_REQUEST, "Advertisement request" },
	{ VTP_JOIN, "Join message" },
	{ 0, NULL }
};

/* what the third header byte is, by message type */
static const struct tok vtp_byte3_names[] = {
	{ VTP_SUMMARY, "Followers" },
	{ VTP_SUBSET, "Seq number" },
	{ VTP_REQUEST, "Rsvd" },
	{ VTP_JOIN, "Rsvd" },
	{ 0, NULL }
};

static const struct tok vtp_vlan_types[] = {
	{ 1, "Ethernet" },
	{ 2, "FDDI" },
	{ 3, "TrCRF" },
	{ 4, "FDDI-net" },
	{ 5, "TrBRF" },
	{ 0, NULL }
};

static const struct tok vtp_vlan_status[] = {
	{ 0, "Operational" },
	{ 1, "Suspended" },
	{ 0, NULL }
};

enum {
	VTP_TLV_SR_RING = 1, VTP_TLV_SR_BRIDGE, VTP_TLV_STP_TYPE, VTP_TLV_PARENT,
	VTP_TLV_TRANS_BRIDGED, VTP_TLV_PRUNING, VTP_TLV_BRIDGE_TYPE, VTP_TLV_ARP_HOPS,
	VTP_TLV_STE_HOPS, VTP_TLV_BACKUP_CRF
};

static const struct tok vtp_vlan_tlvs[] = {
	{ VTP_TLV_SR_RING, "Source-Routing Ring Number TLV" },
	{ VTP_TLV_SR_BRIDGE, "Source-Routing Bridge Number TLV" },
	{ VTP_TLV_STP_TYPE, "STP type TLV" },
	{ VTP_TLV_PARENT, "Parent VLAN TLV" },
	{ VTP_TLV_TRANS_BRIDGED, "Translationally bridged VLANs TLV" },
	{ VTP_TLV_PRUNING, "Pruning TLV" },
	{ VTP_TLV_BRIDGE_TYPE, "Bridge Type TLV" },
	{ VTP_TLV_ARP_HOPS, "Max ARP Hop Count TLV" },
	{ VTP_TLV_STE_HOPS, "Max STE Hop Count TLV" },
	{ VTP_TLV_BACKUP_CRF, "Backup CRF Mode TLV" },
	{ 0, NULL }
};

static const struct tok vtp_stp_types[] = {
	{ 1, "SRT" },
	{ 2, "SRB" },
	{ 3, "Auto" },
	{ 0, NULL }
};

/* the TLVs after a VLAN name, len bytes at tptr; 0 when malformed */
static int vtp_vlan_tlvs_print(struct dx *dx, const uint8_t *tptr, unsigned len)
{
	unsigned type, tlv_len, v;

	while (len > 0) {
		if (len < 2)
			return 0;
		type = GET_U8(dx, tptr);
		tlv_len = GET_U8(dx, tptr + 1);
		dx_printf(dx, "\n\t\t%s (0x%04x) TLV", tok2str(dx, vtp_vlan_tlvs, "Unknown", type), type);
		if (len < tlv_len * 2 + 2) {
			dx_puts(dx, " (TLV goes past the end of the packet)");
			return 0;
		}
		DX_TCHECK(dx, tptr, tlv_len * 2 + 2);
		/* the value is one 16-bit word */
		if (tlv_len != 1) {
			dx_printf(dx, " (invalid TLV length %u != 1)", tlv_len);
			return 0;
		}
		v = GET_BE16(dx, tptr + 2);
		DX_FIELD(dx, tptr, 4, "%s (%u): %u", tok2str(dx, vtp_vlan_tlvs, "Unknown", type), type, v);
		switch (type) {
		case VTP_TLV_STE_HOPS:
			dx_printf(dx, ", %u", v);
			break;
		case VTP_TLV_PRUNING:
			dx_printf(dx, ", %s (%u)", v == 1 ? "Enabled" : "Disabled", v);
			break;
		case VTP_TLV_STP_TYPE:
			dx_printf(dx, ", %s (%u)", tok2str(dx, vtp_stp_types, "Unknown", v), v);
			break;
		case VTP_TLV_BRIDGE_TYPE:
			dx_printf(dx, ", %s (%u)", v == 1 ? "SRB" : "SRT", v);
			break;
		case VTP_TLV_BACKUP_CRF:
			dx_printf(dx, ", %s (%u)", v == 1 ? "Backup" : "Not backup", v);
			break;
		default:
			ip_print_unknown_data(dx, tptr, "\n\t\t  ", 2 + tlv_len * 2);
			break;
		}
		len -= 2 + tlv_len * 2;
		tptr += 2 + tlv_len * 2;
	}
	return 1;
}

/* the VLAN info records of a subset advertisement; 0 when malformed */
static int vtp_subset_print(struct dx *dx, const uint8_t *pptr, const uint8_t *tptr, unsigned length)
{
	unsigned len, name_len, padded;

	while ((unsigned)(tptr - pptr) < length) {
		len = GET_U8(dx, tptr);
		if (len == 0)
			break;
		DX_TCHECK(dx, tptr, len);
		if (len < VTP_VLAN_FIXED_LEN)
			return 0;
		DX_SUBTREE(dx, tptr, len, "VLAN %u", GET_BE16(dx, tptr + 4));
		dx_printf(dx, "\n\tVLAN info status %s, type %s, VLAN-id %u, MTU %u, SAID 0x%08x, Name ",
			  tok2str(dx, vtp_vlan_status, "Unknown", GET_U8(dx, tptr + 1)),
			  tok2str(dx, vtp_vlan_types, "Unknown", GET_U8(dx, tptr + 2)),
			  GET_BE16(dx, tptr + 4), GET_BE16(dx, tptr + 6), GET_BE32(dx, tptr + 8));
		DX_FIELD(dx, tptr + 1, 1, "Status: %s", tok2str(dx, vtp_vlan_status, "Unknown", GET_U8(dx, tptr + 1)));
		DX_FIELD(dx, tptr + 2, 1, "Type: %s", tok2str(dx, vtp_vlan_types, "Unknown", GET_U8(dx, tptr + 2)));
		DX_FIELD(dx, tptr + 4, 2, "VLAN-id: %u", GET_BE16(dx, tptr + 4));
		DX_FIELD(dx, tptr + 6, 2, "MTU: %u", GET_BE16(dx, tptr + 6));
		DX_FIELD(dx, tptr + 8, 4, "SAID: 0x%08x", GET_BE32(dx, tptr + 8));
		name_len = GET_U8(dx, tptr + 3);
		len -= VTP_VLAN_FIXED_LEN;
		tptr += VTP_VLAN_FIXED_LEN;
		/* names are padded to 32-bit boundaries */
		padded = 4 * ((name_len + 3) / 4);
		if (len < padded) {
			DX_LAYER_END(dx);
			return 0;
		}
		dx_printjnp(dx, tptr, name_len);
		DX_FIELD(dx, tptr, padded, "Name length: %u", name_len);
		len -= padded;
		tptr += padded;
		if (!vtp_vlan_tlvs_print(dx, tptr, len)) {
			DX_LAYER_END(dx);
			return 0;
		}
		tptr += len;
		DX_LAYER_END(dx);
	}
	return 1;
}

void vtp_print(struct dx *dx, const uint8_t *pptr, unsigned length)
{
	const uint8_t *tptr = pptr;
	unsigned type, mgmtd_len;

	dx_proto(dx, "vtp");
	if (length < VTP_HDR_LEN) {
		dx_print_invalid(dx);
		DX_TCHECK(dx, pptr, length);
		return;
	}
	DX_TCHECK(dx, tptr, VTP_HDR_LEN);
	type = GET_U8(dx, tptr + 1);
	dx_printf(dx, "VTPv%u, Message %s (0x%02x), length %u", GET_U8(dx, tptr),
		  tok2str(dx, vtp_msg_types, "Unknown message type", type), type, length);
	DX_LAYER(dx, pptr, length, "VLAN Trunking Protocol, version %u", GET_U8(dx, tptr));
	DX_FIELD(dx, tptr, 1, "Version: %u", GET_U8(dx, tptr));
	DX_FIELD(dx, tptr + 1, 1, "Code: %s (0x%02x)",
		 tok2str(dx, vtp_msg_types, "Unknown message type", type), type);
	DX_FIELD(dx, tptr + 2, 1, "%s: %u", tok2str(dx, vtp_byte3_names, "Unknown", type),
		 GET_U8(dx, tptr + 2));
	if (!dx->opts->verbose)
		goto tcheck;
	dx_puts(dx, "\n\tDomain name: ");
	mgmtd_len = GET_U8(dx, tptr + 3);
	if (mgmtd_len < 1 || mgmtd_len > VTP_DOMAIN_LEN) {
		dx_printf(dx, " [invalid MgmtD Len %u]", mgmtd_len);
		goto invalid;
	}
	dx_printjnp(dx, tptr + 4, mgmtd_len);
	DX_FIELD(dx, tptr + 3, 1 + VTP_DOMAIN_LEN, "Management domain length: %u", mgmtd_len);
	dx_printf(dx, ", %s: %u", tok2str(dx, vtp_byte3_names, "Unknown", type), GET_U8(dx, tptr + 2));
	tptr += VTP_HDR_LEN;
	switch (type) {
	case VTP_SUMMARY:
		dx_printf(dx, "\n\t  Config Rev %x, Updater %s", GET_BE32(dx, tptr),
			  GET_IPADDR_STRING(dx, tptr + 4));
		DX_FIELD(dx, tptr, 4, "Configuration revision: %u", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr + 4, 4, "Updater: %s", GET_IPADDR_STRING(dx, tptr + 4));
		dx_printf(dx, ", Timestamp 0x%08x 0x%08x 0x%08x", GET_BE32(dx, tptr + 8),
			  GET_BE32(dx, tptr + 12), GET_BE32(dx, tptr + 16));
		DX_FIELD(dx, tptr + 8, 12, "Update timestamp");
		dx_printf(dx, ", MD5 digest: %08x%08x%08x%08x", GET_BE32(dx, tptr + 20),
			  GET_BE32(dx, tptr + 24), GET_BE32(dx, tptr + 28), GET_BE32(dx, tptr + 32));
		DX_FIELD(dx, tptr + 20, 16, "MD5 digest");
		break;
	case VTP_SUBSET:
		dx_printf(dx, ", Config Rev %x", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr, 4, "Configuration revision: %u", GET_BE32(dx, tptr));
		if (!vtp_subset_print(dx, pptr, tptr + 4, length))
			goto invalid;
		break;
	case VTP_REQUEST:
		dx_printf(dx, "\n\tStart value: %u", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr, 4, "Start value: %u", GET_BE32(dx, tptr));
		break;
	default:
		break;
	}
	DX_LAYER_END(dx);
	return;
invalid:
	dx_print_invalid(dx);
tcheck:
	DX_TCHECK(dx, pptr, length);
	DX_LAYER_END(dx);
}
