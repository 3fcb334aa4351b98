// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Link Layer Discovery Protocol (EtherType 0x88cc), with the
 * IEEE 802.1, IEEE 802.3, TIA LLDP-MED, IANA and DCBX organisation TLVs.
 * Text as tcpdump 4.99 print-lldp.c.
 *
 * Spec: IEEE 802.1AB-2009, ANSI/TIA-1057, IEEE 802.1Qaz, RFC 8520 (MUD).
 * A frame is a list of TLVs: type (7 bits) and length (9 bits) in a
 * big-endian 16-bit word, then the value; type 0 ends the list.
 */
#include <inttypes.h>

#include "dx.h"
#include "print.h"
#include "util.h"
#include "print-ether.h"

#define LLDP_TYPE(x) (((x) & 0xfe00) >> 9)
#define LLDP_LEN(x) ((x) & 0x01ff)

enum {
	LLDP_END_TLV = 0,
	LLDP_CHASSIS_ID_TLV,
	LLDP_PORT_ID_TLV,
	LLDP_TTL_TLV,
	LLDP_PORT_DESCR_TLV,
	LLDP_SYSTEM_NAME_TLV,
	LLDP_SYSTEM_DESCR_TLV,
	LLDP_SYSTEM_CAP_TLV,
	LLDP_MGMT_ADDR_TLV,
	LLDP_PRIVATE_TLV = 127,
};

static const struct tok lldp_tlv_values[] = {
	{ LLDP_END_TLV, "End" },
	{ LLDP_CHASSIS_ID_TLV, "Chassis ID" },
	{ LLDP_PORT_ID_TLV, "Port ID" },
	{ LLDP_TTL_TLV, "Time to Live" },
	{ LLDP_PORT_DESCR_TLV, "Port Description" },
	{ LLDP_SYSTEM_NAME_TLV, "System Name" },
	{ LLDP_SYSTEM_DESCR_TLV, "System Description" },
	{ LLDP_SYSTEM_CAP_TLV, "System Capabilities" },
	{ LLDP_MGMT_ADDR_TLV, "Management Address" },
	{ LLDP_PRIVATE_TLV, "Organization specific" },
	{ 0, NULL }
};

static const struct tok lldp_chassis_subtype_values[] = {
	{ 1, "Chassis component" },
	{ 2, "Interface alias" },
	{ 3, "Port component" },
	{ 4, "MAC address" },
	{ 5, "Network address" },
	{ 6, "Interface name" },
	{ 7, "Local" },
	{ 0, NULL }
};

static const struct tok lldp_port_subtype_values[] = {
	{ 1, "Interface alias" },
	{ 2, "Port component" },
	{ 3, "MAC address" },
	{ 4, "Network Address" },
	{ 5, "Interface Name" },
	{ 6, "Agent circuit ID" },
	{ 7, "Local" },
	{ 0, NULL }
};

static const struct tok lldp_cap_values[] = {
	{ 1 << 0, "Other" },
	{ 1 << 1, "Repeater" },
	{ 1 << 2, "Bridge" },
	{ 1 << 3, "WLAN AP" },
	{ 1 << 4, "Router" },
	{ 1 << 5, "Telephone" },
	{ 1 << 6, "Docsis" },
	{ 1 << 7, "Station Only" },
	{ 0, NULL }
};

static const struct tok lldp_8021_subtype_values[] = {
	{ 1, "Port VLAN Id" },
	{ 2, "Port and Protocol VLAN ID" },
	{ 3, "VLAN name" },
	{ 4, "Protocol Identity" },
	{ 7, "Link aggregation" },
	{ 8, "Congestion Notification" },
	{ 9, "ETS Configuration" },
	{ 10, "ETS Recommendation" },
	{ 11, "Priority Flow Control Configuration" },
	{ 12, "Application Priority" },
	{ 13, "EVB" },
	{ 14, "CDCP" },
	{ 0, NULL }
};

static const struct tok lldp_8021_port_protocol_id_values[] = {
	{ 1 << 1, "supported" },
	{ 1 << 2, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_8023_subtype_values[] = {
	{ 1, "MAC/PHY configuration/status" },
	{ 2, "Power via MDI" },
	{ 3, "Link aggregation" },
	{ 4, "Max frame size" },
	{ 0, NULL }
};

static const struct tok lldp_tia_subtype_values[] = {
	{ 1, "LLDP-MED Capabilities" },
	{ 2, "Network policy" },
	{ 3, "Location identification" },
	{ 4, "Extended power-via-MDI" },
	{ 5, "Inventory - hardware revision" },
	{ 6, "Inventory - firmware revision" },
	{ 7, "Inventory - software revision" },
	{ 8, "Inventory - serial number" },
	{ 9, "Inventory - manufacturer name" },
	{ 10, "Inventory - model name" },
	{ 11, "Inventory - asset ID" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_altitude_type_values[] = {
	{ 1, "meters" },
	{ 2, "floors" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_lci_catype_values[] = {
	{ 1, "national subdivisions (state,canton,region,province,prefecture)" },
	{ 2, "county, parish, gun, district" },
	{ 3, "city, township, shi" },
	{ 4, "city division, borough, city district, ward chou" },
	{ 5, "neighborhood, block" },
	{ 6, "street" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_lci_what_values[] = {
	{ 0, "location of DHCP server" },
	{ 1, "location of the network element believed to be closest to the client" },
	{ 2, "location of the client" },
	{ 0, NULL }
};

static const struct tok lldp_mau_types_values[] = {
	{ 0, "Unknown" },
	{ 1, "AUI" },
	{ 2, "10BASE_5" },
	{ 3, "FOIRL" },
	{ 4, "10BASE2" },
	{ 5, "10BASET duplex mode unknown" },
	{ 6, "10BASEFP" },
	{ 7, "10BASEFB" },
	{ 8, "10BASEFL duplex mode unknown" },
	{ 9, "10BROAD36" },
	{ 10, "10BASET hdx" },
	{ 11, "10BASET fdx" },
	{ 12, "10BASEFL hdx" },
	{ 13, "10BASEFL fdx" },
	{ 14, "100BASET4" },
	{ 15, "100BASETX hdx" },
	{ 16, "100BASETX fdx" },
	{ 17, "100BASEFX hdx" },
	{ 18, "100BASEFX fdx" },
	{ 19, "100BASET2 hdx" },
	{ 20, "100BASET2 fdx" },
	{ 21, "1000BASEX hdx" },
	{ 22, "1000BASEX fdx" },
	{ 23, "1000BASELX hdx" },
	{ 24, "1000BASELX fdx" },
	{ 25, "1000BASESX hdx" },
	{ 26, "1000BASESX fdx" },
	{ 27, "1000BASECX hdx" },
	{ 28, "1000BASECX fdx" },
	{ 29, "1000BASET hdx" },
	{ 30, "1000BASET fdx" },
	{ 31, "10GBASEX" },
	{ 32, "10GBASELX4" },
	{ 33, "10GBASER" },
	{ 34, "10GBASEER" },
	{ 35, "10GBASELR" },
	{ 36, "10GBASESR" },
	{ 37, "10GBASEW" },
	{ 38, "10GBASEEW" },
	{ 39, "10GBASELW" },
	{ 40, "10GBASESW" },
	{ 0, NULL }
};

static const struct tok lldp_8023_autonegotiation_values[] = {
	{ 1 << 0, "supported" },
	{ 1 << 1, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_tia_capabilities_values[] = {
	{ 1 << 0, "LLDP-MED capabilities" },
	{ 1 << 1, "network policy" },
	{ 1 << 2, "location identification" },
	{ 1 << 3, "extended power via MDI-PSE" },
	{ 1 << 4, "extended power via MDI-PD" },
	{ 1 << 5, "Inventory" },
	{ 0, NULL }
};

static const struct tok lldp_tia_device_type_values[] = {
	{ 1, "endpoint class 1" },
	{ 2, "endpoint class 2" },
	{ 3, "endpoint class 3" },
	{ 4, "network connectivity" },
	{ 0, NULL }
};

static const struct tok lldp_tia_application_type_values[] = {
	{ 1, "voice" },
	{ 2, "voice signaling" },
	{ 3, "guest voice" },
	{ 4, "guest voice signaling" },
	{ 5, "softphone voice" },
	{ 6, "video conferencing" },
	{ 7, "streaming video" },
	{ 8, "video signaling" },
	{ 0, NULL }
};

static const struct tok lldp_tia_network_policy_bits_values[] = {
	{ 1 << 7, "Unknown" },
	{ 1 << 6, "Tagged" },
	{ 1 << 5, "reserved" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_data_format_values[] = {
	{ 1, "coordinate-based LCI" },
	{ 2, "civic address LCI" },
	{ 3, "ECS ELIN" },
	{ 0, NULL }
};

static const struct tok lldp_tia_location_datum_type_values[] = {
	{ 1, "World Geodesic System 1984" },
	{ 2, "North American Datum 1983 (NAVD88)" },
	{ 3, "North American Datum 1983 (MLLW)" },
	{ 0, NULL }
};

static const struct tok lldp_tia_power_source_values[] = {
	{ 1, "PSE - primary power source" },
	{ 2, "local - backup power source" },
	{ 3, "PSE+local - reserved" },
	{ 0, NULL }
};

static const struct tok lldp_tia_power_priority_values[] = {
	{ 1, "critical" },
	{ 2, "high" },
	{ 3, "low" },
	{ 0, NULL }
};

static const struct tok lldp_tia_inventory_values[] = {
	{ 5, "Hardware revision" },
	{ 6, "Firmware revision" },
	{ 7, "Software revision" },
	{ 8, "Serial number" },
	{ 9, "Manufacturer name" },
	{ 10, "Model name" },
	{ 11, "Asset ID" },
	{ 0, NULL }
};

static const struct tok lldp_pmd_capability_values[] = {
	{ 1 << 14, "10BASE-T hdx" },
	{ 1 << 13, "10BASE-T fdx" },
	{ 1 << 12, "100BASE-T4" },
	{ 1 << 11, "100BASE-TX hdx" },
	{ 1 << 10, "100BASE-TX fdx" },
	{ 1 << 9, "100BASE-T2 hdx" },
	{ 1 << 8, "100BASE-T2 fdx" },
	{ 1 << 7, "Pause for fdx links" },
	{ 1 << 6, "Asym PAUSE for fdx" },
	{ 1 << 5, "Sym PAUSE for fdx" },
	{ 1 << 4, "Asym and Sym PAUSE for fdx" },
	{ 1 << 3, "1000BASE-{X LX SX CX} hdx" },
	{ 1 << 2, "1000BASE-{X LX SX CX} fdx" },
	{ 1 << 1, "1000BASE-T hdx" },
	{ 1 << 0, "1000BASE-T fdx" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_values[] = {
	{ 1 << 0, "PSE" },
	{ 1 << 1, "supported" },
	{ 1 << 2, "enabled" },
	{ 1 << 3, "can be controlled" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_power_pairs_values[] = {
	{ 1, "signal" },
	{ 2, "spare" },
	{ 0, NULL }
};

static const struct tok lldp_mdi_power_class_values[] = {
	{ 1, "class0" },
	{ 2, "class1" },
	{ 3, "class2" },
	{ 4, "class3" },
	{ 5, "class4" },
	{ 0, NULL }
};

static const struct tok lldp_aggregation_values[] = {
	{ 1 << 0, "supported" },
	{ 1 << 1, "enabled" },
	{ 0, NULL }
};

static const struct tok lldp_intf_numb_subtype_values[] = {
	{ 2, "Interface Index" },
	{ 3, "System Port Number" },
	{ 0, NULL }
};

static const struct tok lldp_evb_mode_values[] = {
	{ 0, "Not Supported" },
	{ 1, "EVB Bridge" },
	{ 2, "EVB Station" },
	{ 3, "Reserved for future Standardization" },
	{ 0, NULL },
};

static const struct tok lldp_iana_subtype_values[] = {
	{ 1, "MUD-URL" },
	{ 0, NULL }
};

static const char *name(struct dx *dx, const struct tok *t, const char *dflt, unsigned v)
{
	return tok2str(dx, t, dflt, v);
}

/* tcpdump's print_unknown_data(): hex of what is captured of len bytes */
static void unknown_data(struct dx *dx, const uint8_t *p, const char *ident, unsigned len)
{
	size_t avail = DX_BYTES_AVAIL(dx, p);

	if (avail < len)
		len = (unsigned)avail;
	hex_print(dx, ident, p, len);
}

/*
 * tcpdump's bittok2str() appended directly: its buffer holds 1024 bytes,
 * more than dx's scratch strings, and the PMD and MED lists are long.
 */
static void bits_put(struct dx *dx, const struct tok *t, const char *none, unsigned v)
{
	const char *sep = "";
	int any = 0;

	for (; t->s; t++) {
		unsigned bit;

		for (bit = 1; bit; bit <<= 1) {
			if (t->v == (v & bit)) {
				dx_puts(dx, sep);
				dx_puts(dx, t->s);
				sep = ", ";
				any = 1;
				break;
			}
		}
	}
	if (!any)
		dx_puts(dx, none);
}

/* the 8 priorities of a bitmap, as "%-2d " each */
static void bit_row(struct dx *dx, unsigned v)
{
	int i;

	for (i = 0; i < 8; i++) {
		dx_putc(dx, (char)('0' + ((v >> i) & 1)));
		dx_puts(dx, "  ");
	}
}

static void eight_values(struct dx *dx, const uint8_t *p, int nibbles)
{
	unsigned v[8];
	int i;

	for (i = 0; i < 8; i++)
		v[i] = nibbles ? (i & 1 ? GET_U8(dx, p + i / 2) & 0x0f : GET_U8(dx, p + i / 2) >> 4)
			       : GET_U8(dx, p + i);
	dx_printf(dx, "%-3u %-3u %-3u %-3u %-3u %-3u %-3u %-3u", v[0], v[1], v[2], v[3], v[4], v[5],
		  v[6], v[7]);
}

static void ets_tables(struct dx *dx, const uint8_t *p)
{
	dx_puts(dx, "\n\t    Priority Assignment Table");
	dx_puts(dx, "\n\t     Priority : 0   1   2   3   4   5   6   7");
	DX_TCHECK(dx, p + 5, 4);
	dx_puts(dx, "\n\t     Value    : ");
	eight_values(dx, p + 5, 1);
	dx_puts(dx, "\n\t    TC Bandwidth Table");
	dx_puts(dx, "\n\t     TC%   : 0   1   2   3   4   5   6   7");
	DX_TCHECK(dx, p + 9, 8);
	dx_puts(dx, "\n\t     Value : ");
	eight_values(dx, p + 9, 0);
	dx_puts(dx, "\n\t    TSA Assignment Table");
	dx_puts(dx, "\n\t     Traffic Class: 0   1   2   3   4   5   6   7");
	DX_TCHECK(dx, p + 17, 8);
	dx_puts(dx, "\n\t     Value        : ");
	eight_values(dx, p + 17, 0);
}

/* returns 1 when the TLV should be hex dumped (-v) */
static int private_8021_print(struct dx *dx, const uint8_t *p, unsigned tlv_len)
{
	unsigned subtype, sublen, tval, i;

	if (tlv_len < 4)
		return 0;
	subtype = GET_U8(dx, p + 3);
	dx_printf(dx, "\n\t  %s Subtype (%u)", name(dx, lldp_8021_subtype_values, "unknown", subtype),
		  subtype);
	switch (subtype) {
	case 1:
		if (tlv_len < 6)
			return 0;
		dx_printf(dx, "\n\t    port vlan id (PVID): %u", GET_BE16(dx, p + 4));
		break;
	case 2:
		if (tlv_len < 7)
			return 0;
		dx_printf(dx, "\n\t    port and protocol vlan id (PPVID): %u, flags [%s] (0x%02x)",
			  GET_BE16(dx, p + 5),
			  bittok2str(dx, lldp_8021_port_protocol_id_values, "none", GET_U8(dx, p + 4)),
			  GET_U8(dx, p + 4));
		break;
	case 3:
		if (tlv_len < 6)
			return 0;
		dx_printf(dx, "\n\t    vlan id (VID): %u", GET_BE16(dx, p + 4));
		if (tlv_len < 7)
			return 0;
		sublen = GET_U8(dx, p + 6);
		if (tlv_len < 7 + sublen)
			return 0;
		dx_puts(dx, "\n\t    vlan name: ");
		dx_printjnp(dx, p + 7, sublen);
		break;
	case 4:
		if (tlv_len < 5)
			return 0;
		sublen = GET_U8(dx, p + 4);
		if (tlv_len < 5 + sublen)
			return 0;
		dx_puts(dx, "\n\t    protocol identity: ");
		dx_printjnp(dx, p + 5, sublen);
		break;
	case 7:
		if (tlv_len < 9)
			return 0;
		dx_printf(dx, "\n\t    aggregation status [%s], aggregation port ID %u",
			  bittok2str(dx, lldp_aggregation_values, "none", GET_U8(dx, p + 4)),
			  GET_BE32(dx, p + 5));
		break;
	case 8:
		if (tlv_len < 6)
			return 0;
		tval = GET_U8(dx, p + 4);
		dx_puts(dx, "\n\t    Pre-Priority CNPV Indicator");
		dx_puts(dx, "\n\t     Priority : 0  1  2  3  4  5  6  7");
		dx_puts(dx, "\n\t     Value    : ");
		bit_row(dx, tval);
		tval = GET_U8(dx, p + 5);
		dx_puts(dx, "\n\t    Pre-Priority Ready Indicator");
		dx_puts(dx, "\n\t     Priority : 0  1  2  3  4  5  6  7");
		dx_puts(dx, "\n\t     Value    : ");
		bit_row(dx, tval);
		break;
	case 9:
		if (tlv_len < 25)
			return 0;
		tval = GET_U8(dx, p + 4);
		dx_printf(dx, "\n\t    Willing:%u, CBS:%u, RES:%u, Max TCs:%u", tval >> 7,
			  (tval >> 6) & 0x02, (tval >> 3) & 0x07, tval & 0x07);
		ets_tables(dx, p);
		break;
	case 10:
		if (tlv_len < 25)
			return 0;
		dx_printf(dx, "\n\t    RES: %u", GET_U8(dx, p + 4));
		ets_tables(dx, p);
		break;
	case 11:
		if (tlv_len < 6)
			return 0;
		tval = GET_U8(dx, p + 4);
		dx_printf(dx, "\n\t    Willing: %u, MBC: %u, RES: %u, PFC cap:%u ", tval >> 7,
			  (tval >> 6) & 0x01, (tval >> 4) & 0x03, tval & 0x0f);
		dx_puts(dx, "\n\t    PFC Enable");
		tval = GET_U8(dx, p + 5);
		dx_puts(dx, "\n\t     Priority : 0  1  2  3  4  5  6  7");
		dx_puts(dx, "\n\t     Value    : ");
		bit_row(dx, tval);
		break;
	case 12:
		if (tlv_len < 5)
			return 0;
		dx_printf(dx, "\n\t    RES: %u", GET_U8(dx, p + 4));
		if (tlv_len <= 5)
			return 0;
		sublen = tlv_len - 5;
		if (sublen % 3 != 0)
			return 0;
		dx_puts(dx, "\n\t    Application Priority Table");
		for (i = 0; i < sublen; i += 3) {
			tval = GET_U8(dx, p + i + 5);
			dx_printf(dx, "\n\t      Priority: %u, RES: %u, Sel: %u, Protocol ID: %u",
				  tval >> 5, (tval >> 3) & 0x03, tval & 0x07, GET_BE16(dx, p + i + 6));
		}
		break;
	case 13:
		if (tlv_len < 9)
			return 0;
		dx_puts(dx, "\n\t    EVB Bridge Status");
		tval = GET_U8(dx, p + 4);
		dx_printf(dx, "\n\t      RES: %u, BGID: %u, RRCAP: %u, RRCTR: %u", tval >> 3,
			  (tval >> 2) & 0x01, (tval >> 1) & 0x01, tval & 0x01);
		dx_puts(dx, "\n\t    EVB Station Status");
		tval = GET_U8(dx, p + 5);
		dx_printf(dx, "\n\t      RES: %u, SGID: %u, RRREQ: %u,RRSTAT: %u", tval >> 4,
			  (tval >> 3) & 0x01, (tval >> 2) & 0x01, tval & 0x03);
		tval = GET_U8(dx, p + 6);
		dx_printf(dx, "\n\t    R: %u, RTE: %u, ", tval >> 5, tval & 0x1f);
		tval = GET_U8(dx, p + 7);
		dx_printf(dx, "EVB Mode: %s [%u]", name(dx, lldp_evb_mode_values, "unknown", tval >> 6),
			  tval >> 6);
		dx_printf(dx, "\n\t    ROL: %u, RWD: %u, ", (tval >> 5) & 0x01, tval & 0x1f);
		tval = GET_U8(dx, p + 8);
		dx_printf(dx, "RES: %u, ROL: %u, RKA: %u", tval >> 6, (tval >> 5) & 0x01, tval & 0x1f);
		break;
	case 14:
		if (tlv_len < 8)
			return 0;
		tval = GET_U8(dx, p + 4);
		dx_printf(dx, "\n\t    Role: %u, RES: %u, Scomp: %u ", tval >> 7, (tval >> 4) & 0x07,
			  (tval >> 3) & 0x01);
		dx_printf(dx, "ChnCap: %u", GET_BE16(dx, p + 6) & 0x0fff);
		sublen = tlv_len - 8;
		if (sublen % 3 != 0)
			return 0;
		for (i = 0; i < sublen; i += 3) {
			tval = GET_BE24(dx, p + i + 8);
			dx_printf(dx, "\n\t    SCID: %u, SVID: %u", tval >> 12, tval & 0x000fff);
		}
		break;
	default:
		return 1;
	}
	return 0;
}

static int private_8023_print(struct dx *dx, const uint8_t *p, unsigned tlv_len)
{
	unsigned subtype;

	if (tlv_len < 4)
		return 0;
	subtype = GET_U8(dx, p + 3);
	dx_printf(dx, "\n\t  %s Subtype (%u)", name(dx, lldp_8023_subtype_values, "unknown", subtype),
		  subtype);
	switch (subtype) {
	case 1:
		if (tlv_len < 9)
			return 0;
		dx_printf(dx, "\n\t    autonegotiation [%s] (0x%02x)",
			  bittok2str(dx, lldp_8023_autonegotiation_values, "none", GET_U8(dx, p + 4)),
			  GET_U8(dx, p + 4));
		dx_puts(dx, "\n\t    PMD autoneg capability [");
		bits_put(dx, lldp_pmd_capability_values, "unknown", GET_BE16(dx, p + 5));
		dx_printf(dx, "] (0x%04x)", GET_BE16(dx, p + 5));
		dx_printf(dx, "\n\t    MAU type %s (0x%04x)",
			  name(dx, lldp_mau_types_values, "unknown", GET_BE16(dx, p + 7)),
			  GET_BE16(dx, p + 7));
		break;
	case 2:
		if (tlv_len < 7)
			return 0;
		dx_printf(dx, "\n\t    MDI power support [%s], power pair %s, power class %s",
			  bittok2str(dx, lldp_mdi_values, "none", GET_U8(dx, p + 4)),
			  name(dx, lldp_mdi_power_pairs_values, "unknown", GET_U8(dx, p + 5)),
			  name(dx, lldp_mdi_power_class_values, "unknown", GET_U8(dx, p + 6)));
		break;
	case 3:
		if (tlv_len < 9)
			return 0;
		dx_printf(dx, "\n\t    aggregation status [%s], aggregation port ID %u",
			  bittok2str(dx, lldp_aggregation_values, "none", GET_U8(dx, p + 4)),
			  GET_BE32(dx, p + 5));
		break;
	case 4:
		if (tlv_len < 6)
			return 0;
		dx_printf(dx, "\n\t    MTU size %u", GET_BE16(dx, p + 4));
		break;
	default:
		return 1;
	}
	return 0;
}

static uint64_t latlon(struct dx *dx, const uint8_t *p)
{
	return (uint64_t)(GET_U8(dx, p) & 0x3) << 32 | GET_BE32(dx, p + 1);
}

static int private_tia_print(struct dx *dx, const uint8_t *p, unsigned tlv_len)
{
	unsigned subtype, fmt, lci_len, ca_type, ca_len, power;

	if (tlv_len < 4)
		return 0;
	subtype = GET_U8(dx, p + 3);
	dx_printf(dx, "\n\t  %s Subtype (%u)", name(dx, lldp_tia_subtype_values, "unknown", subtype),
		  subtype);
	switch (subtype) {
	case 1:
		if (tlv_len < 7)
			return 0;
		dx_puts(dx, "\n\t    Media capabilities [");
		bits_put(dx, lldp_tia_capabilities_values, "none", GET_BE16(dx, p + 4));
		dx_printf(dx, "] (0x%04x)", GET_BE16(dx, p + 4));
		dx_printf(dx, "\n\t    Device type [%s] (0x%02x)",
			  name(dx, lldp_tia_device_type_values, "unknown", GET_U8(dx, p + 6)),
			  GET_U8(dx, p + 6));
		break;
	case 2:
		if (tlv_len < 8)
			return 0;
		dx_printf(dx, "\n\t    Application type [%s] (0x%02x)",
			  name(dx, lldp_tia_application_type_values, "none", GET_U8(dx, p + 4)),
			  GET_U8(dx, p + 4));
		dx_printf(dx, ", Flags [%s]",
			  bittok2str(dx, lldp_tia_network_policy_bits_values, "none", GET_U8(dx, p + 5)));
		dx_printf(dx, "\n\t    Vlan id %u", (GET_BE16(dx, p + 5) & 0x1ffe) >> 1);
		dx_printf(dx, ", L2 priority %u", (GET_BE16(dx, p + 6) & 0x01ff) >> 6);
		dx_printf(dx, ", DSCP value %u", GET_BE16(dx, p + 6) & 0x003f);
		break;
	case 3:
		if (tlv_len < 5)
			return 0;
		fmt = GET_U8(dx, p + 4);
		dx_printf(dx, "\n\t    Location data format %s (0x%02x)",
			  name(dx, lldp_tia_location_data_format_values, "unknown", fmt), fmt);
		switch (fmt) {
		case 1:
			if (tlv_len < 21)
				return 0;
			dx_printf(dx, "\n\t    Latitude resolution %u, latitude value %" PRIu64,
				  GET_U8(dx, p + 5) >> 2, latlon(dx, p + 5));
			dx_printf(dx, "\n\t    Longitude resolution %u, longitude value %" PRIu64,
				  GET_U8(dx, p + 10) >> 2, latlon(dx, p + 10));
			dx_printf(dx, "\n\t    Altitude type %s (%u)",
				  name(dx, lldp_tia_location_altitude_type_values, "unknown",
				       GET_U8(dx, p + 15) >> 4),
				  GET_U8(dx, p + 15) >> 4);
			dx_printf(dx, "\n\t    Altitude resolution %u, altitude value 0x%x",
				  (GET_BE16(dx, p + 15) >> 6) & 0x3f, GET_BE32(dx, p + 16) & 0x3fffffff);
			dx_printf(dx, "\n\t    Datum %s (0x%02x)",
				  name(dx, lldp_tia_location_datum_type_values, "unknown", GET_U8(dx, p + 20)),
				  GET_U8(dx, p + 20));
			break;
		case 2:
			if (tlv_len < 6)
				return 0;
			lci_len = GET_U8(dx, p + 5);
			if (lci_len < 3 || tlv_len < 7 + lci_len)
				return 0;
			dx_printf(dx, "\n\t    LCI length %u, LCI what %s (0x%02x), Country-code ", lci_len,
				  name(dx, lldp_tia_location_lci_what_values, "unknown", GET_U8(dx, p + 6)),
				  GET_U8(dx, p + 6));
			dx_printjnp(dx, p + 7, 2);
			lci_len -= 3;
			p += 9;
			while (lci_len > 0) {
				if (lci_len < 2)
					return 0;
				ca_type = GET_U8(dx, p);
				ca_len = GET_U8(dx, p + 1);
				p += 2;
				lci_len -= 2;
				dx_printf(dx, "\n\t      CA type '%s' (%u), length %u: ",
					  name(dx, lldp_tia_location_lci_catype_values, "unknown", ca_type),
					  ca_type, ca_len);
				if (ca_type == 0 || ca_len == 0 || lci_len < ca_len)
					return 0;
				dx_printjnp(dx, p, ca_len);
				p += ca_len;
				lci_len -= ca_len;
			}
			break;
		case 3:
			dx_puts(dx, "\n\t    ECS ELIN id ");
			dx_printjnp(dx, p + 5, tlv_len - 5);
			break;
		default:
			dx_puts(dx, "\n\t    Location ID ");
			unknown_data(dx, p + 5, "\n\t      ", tlv_len - 5);
			break;
		}
		break;
	case 4:
		if (tlv_len < 7)
			return 0;
		/* tcpdump tests (byte & 0xC0 >> 6), i.e. the low two bits */
		dx_printf(dx, "\n\t    Power type [%s]", (GET_U8(dx, p + 4) & 3) ? "PD device" : "PSE device");
		dx_printf(dx, ", Power source [%s]",
			  name(dx, lldp_tia_power_source_values, "none", (GET_U8(dx, p + 4) & 0x30) >> 4));
		dx_printf(dx, "\n\t    Power priority [%s] (0x%02x)",
			  name(dx, lldp_tia_power_priority_values, "none", GET_U8(dx, p + 4) & 0x0f),
			  GET_U8(dx, p + 4) & 0x0f);
		power = GET_BE16(dx, p + 5);
		if (power < 1024)
			dx_printf(dx, ", Power %.1f Watts", (double)((float)power / 10));
		else
			dx_printf(dx, ", Power %u (Reserved)", power);
		break;
	case 5: case 6: case 7: case 8: case 9: case 10: case 11:
		dx_printf(dx, "\n\t  %s ", name(dx, lldp_tia_inventory_values, "unknown", subtype));
		dx_printjnp(dx, p + 4, tlv_len - 4);
		break;
	default:
		return 1;
	}
	return 0;
}

static int private_iana_print(struct dx *dx, const uint8_t *p, unsigned tlv_len)
{
	unsigned subtype, i;

	if (tlv_len < 8)
		return 0;
	subtype = GET_U8(dx, p + 3);
	dx_printf(dx, "\n\t  %s Subtype (%u)", name(dx, lldp_iana_subtype_values, "unknown", subtype),
		  subtype);
	if (subtype != 1)
		return 1;
	dx_puts(dx, "\n\t  MUD-URL=");
	for (i = 4; i < tlv_len; i++)
		dx_print_char(dx, GET_U8(dx, p + i));
	return 0;
}

static const struct tok lldp_dcbx_subtype_values[] = {
	{ 1, "DCB Capability Exchange Protocol Rev 1" },
	{ 2, "DCB Capability Exchange Protocol Rev 1.01" },
	{ 0, NULL }
};

/* "Oper_Version .. SubType" common to the DCBX feature TLVs */
static void dcbx_feature_head(struct dx *dx, const uint8_t *p)
{
	unsigned tval = GET_U8(dx, p + 2);

	dx_printf(dx, "\n\t      Oper_Version: %u", GET_U8(dx, p));
	dx_printf(dx, "\n\t      Max_Version: %u", GET_U8(dx, p + 1));
	dx_printf(dx, "\n\t      Info block(0x%02X): ", tval);
	dx_printf(dx, "Enable bit: %u, Willing bit: %u, Error Bit: %u", (tval & 0x80) ? 1 : 0,
		  (tval & 0x40) ? 1 : 0, (tval & 0x20) ? 1 : 0);
	dx_printf(dx, "\n\t      SubType: %u", GET_U8(dx, p + 3));
}

/* Intel DCBX (pre-802.1Qaz): version 1.01 has its own TLV list */
static int private_dcbx_print(struct dx *dx, const uint8_t *pptr, unsigned len)
{
	const uint8_t *tptr, *mptr;
	unsigned subtype, tlen, tlv, type, tlv_len, tval, i, pgval, uval;
	int hexdump = 0;

	if (len < 4)
		return 0;
	subtype = GET_U8(dx, pptr + 3);
	dx_printf(dx, "\n\t  %s Subtype (%u)", name(dx, lldp_dcbx_subtype_values, "unknown", subtype),
		  subtype);
	if (subtype == 1)
		return 1;
	tptr = pptr + 4;
	tlen = len - 4;
	while (tlen >= 2) {
		if (!DX_TTEST(dx, tptr, 2))
			return hexdump;
		tlv = GET_BE16(dx, tptr);
		type = LLDP_TYPE(tlv);
		tlv_len = LLDP_LEN(tlv);
		hexdump = 0;
		tlen -= 2;
		tptr += 2;
		if (!type || !tlv_len)
			break;
		if (!DX_TTEST(dx, tptr, tlv_len) || tlen < tlv_len)
			return hexdump;
		switch (type) {
		case 1:
			if (tlv_len < 10)
				return hexdump;
			dx_printf(dx, "\n\t    Control - Protocol Control (type 0x%x, length %u)", 1, tlv_len);
			dx_printf(dx, "\n\t      Oper_Version: %u", GET_U8(dx, tptr));
			dx_printf(dx, "\n\t      Max_Version: %u", GET_U8(dx, tptr + 1));
			dx_printf(dx, "\n\t      Sequence Number: %u", GET_BE32(dx, tptr + 2));
			dx_printf(dx, "\n\t      Acknowledgement Number: %u", GET_BE32(dx, tptr + 6));
			break;
		case 2:
			if (tlv_len < 17)
				return hexdump;
			dx_printf(dx, "\n\t    Feature - Priority Group (type 0x%x, length %u)", 2, tlv_len);
			dcbx_feature_head(dx, tptr);
			dx_puts(dx, "\n\t      Priority Allocation");
			pgval = GET_BE32(dx, tptr + 4);
			for (i = 0; i <= 7; i++)
				dx_printf(dx, "\n\t          PgId_%u: %u", i, (pgval >> (28 - 4 * i)) & 0xf);
			dx_puts(dx, "\n\t      Priority Group Allocation");
			for (i = 0; i <= 7; i++)
				dx_printf(dx, "\n\t          Pg percentage[%u]: %u", i, GET_U8(dx, tptr + 8 + i));
			dx_printf(dx, "\n\t      NumTCsSupported: %u", GET_U8(dx, tptr + 16));
			break;
		case 3:
			if (tlv_len < 6)
				return hexdump;
			dx_puts(dx, "\n\t    Feature - Priority Flow Control");
			dx_printf(dx, " (type 0x%x, length %u)", 3, tlv_len);
			dcbx_feature_head(dx, tptr);
			tval = GET_U8(dx, tptr + 4);
			dx_printf(dx, "\n\t      PFC Config (0x%02X)", tval);
			for (i = 0; i <= 7; i++)
				dx_printf(dx, "\n\t          Priority Bit %u: %s", i,
					  (tval & (1u << i)) ? "Enabled" : "Disabled");
			dx_printf(dx, "\n\t      NumTCPFCSupported: %u", GET_U8(dx, tptr + 5));
			break;
		case 4:
			if (tlv_len < 4)
				return hexdump;
			dx_printf(dx, "\n\t    Feature - Application (type 0x%x, length %u)", 4, tlv_len);
			dcbx_feature_head(dx, tptr);
			tval = tlv_len - 4;
			mptr = tptr + 4;
			while (tval >= 6) {
				dx_puts(dx, "\n\t      Application Value");
				dx_printf(dx, "\n\t          Application Protocol ID: 0x%04x", GET_BE16(dx, mptr));
				uval = GET_BE24(dx, mptr + 2);
				dx_printf(dx, "\n\t          SF (0x%x) Application Protocol ID is %s", uval >> 22,
					  (uval >> 22) ? "Socket Number" : "L2 EtherType");
				dx_printf(dx, "\n\t          OUI: 0x%06x", uval & 0x3fffff);
				dx_printf(dx, "\n\t          User Priority Map: 0x%02x", GET_U8(dx, mptr + 5));
				tval -= 6;
				mptr += 6;
			}
			break;
		default:
			hexdump = 1;
			break;
		}
		if (dx->opts->verbose > 1 || (dx->opts->verbose && hexdump))
			unknown_data(dx, tptr, "\n\t    ", tlv_len);
		tlen -= tlv_len;
		tptr += tlv_len;
	}
	return hexdump;
}

/* "AFI name (n): address", or 0 when the address does not fit */
static int network_addr_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned af;
	const char *afname;

	if (len < 1)
		return 0;
	len--;
	af = GET_U8(dx, p);
	afname = name(dx, dx_af_values, "Unknown", af);
	if ((af == 1 && len < 4) || (af == 2 && len < 16) || (af == 6 && len < 6))
		return 0;
	if (af != 1 && af != 2 && af != 6) {
		dx_printf(dx, "AFI %s (%u), no AF printer !", afname, af);
		return 1;
	}
	/* checked first: tcpdump formats the whole string before printing it */
	DX_TCHECK(dx, p + 1, af == 1 ? 4 : af == 2 ? 16 : 6);
	dx_printf(dx, "AFI %s (%u): ", afname, af);
	if (af == 1)
		dx_puts(dx, GET_IPADDR_STRING(dx, p + 1));
	else if (af == 2)
		dx_puts(dx, GET_IP6ADDR_STRING(dx, p + 1));
	else
		ether_addr_put(dx, p + 1);
	return 1;
}

static int mgmt_addr_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned alen, sub, oid_len, af;

	if (len < 1)
		return 0;
	alen = GET_U8(dx, p);
	p++;
	len--;
	if (len < alen)
		return 0;
	/* tcpdump builds the address string before printing the line */
	if (alen < 1)
		return 0;
	af = GET_U8(dx, p);
	if ((af == 1 && alen - 1 < 4) || (af == 2 && alen - 1 < 16) || (af == 6 && alen - 1 < 6))
		return 0;
	dx_printf(dx, "\n\t  Management Address length %u, ", alen);
	network_addr_print(dx, p, alen);
	p += alen;
	len -= alen;
	if (len < 5)
		return 0;
	sub = GET_U8(dx, p);
	dx_printf(dx, "\n\t  %s Interface Numbering (%u): %u",
		  name(dx, lldp_intf_numb_subtype_values, "Unknown", sub), sub, GET_BE32(dx, p + 1));
	p += 5;
	len -= 5;
	if (len) {
		oid_len = GET_U8(dx, p);
		if (len < 1u + oid_len)
			return 0;
		if (oid_len) {
			dx_printf(dx, "\n\t  OID length %u", oid_len);
			dx_printjnp(dx, p + 1, oid_len);
		}
	}
	return 1;
}

/* chassis and port id values share their layout, with different subtype numbers */
static int id_print(struct dx *dx, const uint8_t *p, unsigned tlv_len, const struct tok *subtypes,
		    unsigned mac_sub, unsigned net_sub, int *hexdump)
{
	unsigned subtype;

	if (tlv_len < 2)
		return 0;
	subtype = GET_U8(dx, p);
	dx_printf(dx, "\n\t  Subtype %s (%u): ", name(dx, subtypes, "Unknown", subtype), subtype);
	if (subtype == mac_sub) {
		if (tlv_len < 7)
			return 0;
		ether_addr_put(dx, p + 1);
	} else if (subtype == net_sub) {
		/* tcpdump prints nothing of the line's address when it does not fit */
		unsigned af = GET_U8(dx, p + 1), len = tlv_len - 2;

		if ((af == 1 && len < 4) || (af == 2 && len < 16) || (af == 6 && len < 6))
			return 0;
		network_addr_print(dx, p + 1, tlv_len - 1);
	} else if (subtype >= 1 && subtype <= 7) {
		dx_printjnp(dx, p + 1, tlv_len - 1);
	} else {
		*hexdump = 1;
	}
	return 1;
}

void lldp_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	const uint8_t *tptr = p;
	unsigned tlen = len;
	int v = dx->opts->verbose;

	dx_proto(dx, "lldp");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, p);

		DX_LAYER(dx, p, n < len ? n : len, "Link Layer Discovery Protocol");
	}
	dx_printf(dx, "LLDP, length %u", len);
	while (tlen >= 2) {
		unsigned tlv, type, tlv_len, cap, ena, oui;
		int hexdump = 0;

		/* tcpdump's print-lldp.c checks locally: " [|lldp]" ends the line, no longjmp */
		if (!DX_TTEST(dx, tptr, 2))
			goto trunc;
		tlv = GET_BE16(dx, tptr);
		type = LLDP_TYPE(tlv);
		tlv_len = LLDP_LEN(tlv);
		tlen -= 2;
		tptr += 2;
		DX_FIELD(dx, tptr - 2, tlv_len + 2, "%s TLV (%u), length %u",
			 name(dx, lldp_tlv_values, "Unknown", type), type, tlv_len);
		if (v)
			dx_printf(dx, "\n\t%s TLV (%u), length %u",
				  name(dx, lldp_tlv_values, "Unknown", type), type, tlv_len);
		if (!type || !tlv_len)
			break;
		if (!DX_TTEST(dx, tptr, tlv_len) || tlen < tlv_len)
			goto trunc;
		switch (type) {
		case LLDP_CHASSIS_ID_TLV:
			if (v && !id_print(dx, tptr, tlv_len, lldp_chassis_subtype_values, 4, 5, &hexdump))
				goto trunc;
			break;
		case LLDP_PORT_ID_TLV:
			if (v && !id_print(dx, tptr, tlv_len, lldp_port_subtype_values, 3, 4, &hexdump))
				goto trunc;
			break;
		case LLDP_TTL_TLV:
			if (v) {
				if (tlv_len < 2)
					goto trunc;
				dx_printf(dx, ": TTL %us", GET_BE16(dx, tptr));
			}
			break;
		case LLDP_PORT_DESCR_TLV:
			if (v) {
				dx_puts(dx, ": ");
				dx_printjnp(dx, tptr, tlv_len);
			}
			break;
		case LLDP_SYSTEM_NAME_TLV:
			/* also without -v, like CDP's device id */
			dx_puts(dx, ": ");
			dx_printjnp(dx, tptr, tlv_len);
			break;
		case LLDP_SYSTEM_DESCR_TLV:
			if (v) {
				dx_puts(dx, "\n\t  ");
				dx_printjnp(dx, tptr, tlv_len);
			}
			break;
		case LLDP_SYSTEM_CAP_TLV:
			if (v) {
				if (tlv_len < 4)
					goto trunc;
				cap = GET_BE16(dx, tptr);
				ena = GET_BE16(dx, tptr + 2);
				dx_printf(dx, "\n\t  System  Capabilities [%s] (0x%04x)",
					  bittok2str(dx, lldp_cap_values, "none", cap), cap);
				dx_printf(dx, "\n\t  Enabled Capabilities [%s] (0x%04x)",
					  bittok2str(dx, lldp_cap_values, "none", ena), ena);
			}
			break;
		case LLDP_MGMT_ADDR_TLV:
			if (v && !mgmt_addr_print(dx, tptr, tlv_len))
				goto trunc;
			break;
		case LLDP_PRIVATE_TLV:
			if (v) {
				if (tlv_len < 3)
					goto trunc;
				oui = GET_BE24(dx, tptr);
				dx_printf(dx, ": OUI %s (0x%06x)", ether_oui_name(oui), oui);
				switch (oui) {
				case 0x0080c2:
					hexdump = private_8021_print(dx, tptr, tlv_len);
					break;
				case 0x00120f:
					hexdump = private_8023_print(dx, tptr, tlv_len);
					break;
				case 0x00005e:
					hexdump = private_iana_print(dx, tptr, tlv_len);
					break;
				case 0x0012bb:
					hexdump = private_tia_print(dx, tptr, tlv_len);
					break;
				case 0x001b21:
					hexdump = private_dcbx_print(dx, tptr, tlv_len);
					break;
				default:
					hexdump = 1;
					break;
				}
			}
			break;
		default:
			hexdump = 1;
			break;
		}
		if (v > 1 || (v && hexdump))
			unknown_data(dx, tptr, "\n\t  ", tlv_len);
		tlen -= tlv_len;
		tptr += tlv_len;
	}
	DX_LAYER_END(dx);
	return;
trunc:
	DX_LAYER_END(dx);
	dx_print_trunc(dx);
}
