// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.1ag Connectivity Fault Management (EtherType
 * 0x8902). Text as tcpdump 4.99.3 print-cfm.c.
 *
 * IEEE 802.1Q-2014 clause 21. Common header (4): MD level (3 bits) and
 * version (5 bits), opcode (1), flags (1), first TLV offset (1); the
 * opcode's fixed part (CCM: sequence 4, MEP ID 2, MD and MA names 48,
 * Y.1731 16; LTM: transaction 4, TTL 1, original and target MACs; LTR:
 * transaction 4, TTL 1, relay action 1); then TLVs of type (1) and
 * length (2), ended by type 0.
 */
#include "dx.h"
#include "print.h"
#include "util.h"
#include "ipproto.h"
#include "print-ether.h"

#define CFM_HDR_LEN 4u
#define CFM_CCM_LEN 70u
#define CFM_CCM_NAMES_LEN 48u
#define CFM_LTM_LEN 17u
#define CFM_LTR_LEN 6u
#define CFM_TLV_HDR_LEN 3u
#define MAC_LEN 6u

enum { CFM_CCM = 1, CFM_LBR, CFM_LBM, CFM_LTR, CFM_LTM };

static const struct tok cfm_opcodes[] = {
	{ CFM_CCM, "Continuity Check Message" },
	{ CFM_LBR, "Loopback Reply" },
	{ CFM_LBM, "Loopback Message" },
	{ CFM_LTR, "Linktrace Reply" },
	{ CFM_LTM, "Linktrace Message" },
	{ 0, NULL }
};

/* CCM interval field to seconds, as tcpdump's float table */
static const float ccm_interval_base[8] = { 0.0f, 0.003333f, 0.01f, 0.1f, 1.0f, 10.0f, 60.0f, 600.0f };

enum { MD_8021 = 0, MD_NONE, MD_DNS, MD_MAC, MD_CHAR };

static const struct tok cfm_md_formats[] = {
	{ MD_8021, "IEEE 802.1" },
	{ MD_NONE, "No MD Name present" },
	{ MD_DNS, "DNS string" },
	{ MD_MAC, "MAC + 16Bit Integer" },
	{ MD_CHAR, "Character string" },
	{ 0, NULL }
};

#define MA_CHAR 2

static const struct tok cfm_ma_formats[] = {
	{ 0, "IEEE 802.1" },
	{ 1, "Primary VID" },
	{ MA_CHAR, "Character string" },
	{ 3, "16Bit Integer" },
	{ 4, "RFC2685 VPN-ID" },
	{ 0, NULL }
};

static const struct tok cfm_ltm_flags[] = {
	{ 0x80, "Use Forwarding-DB only" },
	{ 0, NULL }
};

static const struct tok cfm_ltr_flags[] = {
	{ 0x80, "UseFDB Only" },
	{ 0x40, "FwdYes" },
	{ 0x20, "Terminal MEP" },
	{ 0, NULL }
};

static const struct tok cfm_relay_actions[] = {
	{ 1, "Exact Match" },
	{ 2, "Filtering DB" },
	{ 3, "MIP CCM DB" },
	{ 0, NULL }
};

enum {
	TLV_END = 0, TLV_SENDER_ID, TLV_PORT_STATUS, TLV_INTERFACE_STATUS, TLV_DATA,
	TLV_REPLY_INGRESS, TLV_REPLY_EGRESS, TLV_PRIVATE = 31
};

static const struct tok cfm_tlvs[] = {
	{ TLV_END, "End" },
	{ TLV_SENDER_ID, "Sender ID" },
	{ TLV_PORT_STATUS, "Port status" },
	{ TLV_INTERFACE_STATUS, "Interface status" },
	{ TLV_DATA, "Data" },
	{ TLV_REPLY_INGRESS, "Reply Ingress" },
	{ TLV_REPLY_EGRESS, "Reply Egress" },
	{ TLV_PRIVATE, "Organization Specific" },
	{ 0, NULL }
};

static const struct tok cfm_port_status[] = {
	{ 1, "Blocked" },
	{ 2, "Up" },
	{ 0, NULL }
};

static const struct tok cfm_if_status[] = {
	{ 1, "Up" },
	{ 2, "Down" },
	{ 3, "Testing" },
	{ 5, "Dormant" },
	{ 6, "not present" },
	{ 7, "lower Layer down" },
	{ 0, NULL }
};

enum {
	CHASSIS_COMPONENT = 1, CHASSIS_IF_ALIAS, CHASSIS_PORT_COMPONENT, CHASSIS_MAC,
	CHASSIS_NETWORK_ADDR, CHASSIS_IF_NAME, CHASSIS_LOCAL
};

static const struct tok cfm_chassis_types[] = {
	{ 0, "Reserved" },
	{ CHASSIS_COMPONENT, "Chassis component" },
	{ CHASSIS_IF_ALIAS, "Interface alias" },
	{ CHASSIS_PORT_COMPONENT, "Port component" },
	{ CHASSIS_MAC, "MAC address" },
	{ CHASSIS_NETWORK_ADDR, "Network address" },
	{ CHASSIS_IF_NAME, "Interface name" },
	{ CHASSIS_LOCAL, "Locally assigned" },
	{ 0, NULL }
};

/* a one-byte address family then the address; 1 when a hex dump should follow */
static int cfm_network_addr_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned af;

	if (len < 1) {
		dx_puts(dx, "\n\t  Network Address Type (invalid, no data");
		return 0;
	}
	af = GET_U8(dx, p);
	dx_printf(dx, "\n\t  Network Address Type %s (%u)", tok2str(dx, dx_af_values, "Unknown", af), af);
	switch (af) {
	case 1:
		if (len != 1 + 4) {
			dx_printf(dx, "(invalid IPv4 address length %u)", len - 1);
			return 1;
		}
		dx_printf(dx, ", %s", GET_IPADDR_STRING(dx, p + 1));
		return 0;
	case 2:
		if (len != 1 + 16) {
			dx_printf(dx, "(invalid IPv6 address length %u)", len - 1);
			return 1;
		}
		dx_printf(dx, ", %s", GET_IP6ADDR_STRING(dx, p + 1));
		return 0;
	default:
		return 1;
	}
}

/* the CCM fixed part at tptr (70 bytes, checked); 0 to stop printing */
static int cfm_ccm_print(struct dx *dx, const uint8_t *tptr, unsigned flags)
{
	const uint8_t *np = tptr + 6;
	unsigned left = CFM_CCM_NAMES_LEN, ival, fmt, nlen;

	ival = flags & 0x07;
	dx_printf(dx, ", Flags [CCM Interval %u%s]", ival, flags & 0x80 ? ", RDI" : "");
	DX_FIELD(dx, tptr - 2, 1, "Flags: CCM Interval %u%s", ival, flags & 0x80 ? ", RDI" : "");
	if (ival)
		dx_printf(dx, "\n\t  CCM Interval %.3fs, min CCM Lifetime %.3fs, max CCM Lifetime %.3fs",
			  (double)ccm_interval_base[ival], ccm_interval_base[ival] * 3.25,
			  ccm_interval_base[ival] * 3.5);
	dx_printf(dx, "\n\t  Sequence Number 0x%08x, MA-End-Point-ID 0x%04x", GET_BE32(dx, tptr),
		  GET_BE16(dx, tptr + 4));
	DX_FIELD(dx, tptr, 4, "Sequence Number: 0x%08x", GET_BE32(dx, tptr));
	DX_FIELD(dx, tptr + 4, 2, "MA-End-Point-ID: 0x%04x", GET_BE16(dx, tptr + 4));
	fmt = GET_U8(dx, np);
	np++;
	left--;
	if (fmt != MD_NONE) {
		nlen = GET_U8(dx, np);
		np++;
		left--;
		dx_printf(dx, "\n\t  MD Name Format %s (%u), MD Name length %u",
			  tok2str(dx, cfm_md_formats, "Unknown", fmt), fmt, nlen);
		/* room for the MA format, length and one byte of name */
		if (nlen > left - 3) {
			dx_printf(dx, " (too large, must be <= %u)", left - 2);
			return 0;
		}
		DX_FIELD(dx, np - 2, 2 + nlen, "MD Name Format: %s (%u), length %u",
			 tok2str(dx, cfm_md_formats, "Unknown", fmt), fmt, nlen);
		dx_puts(dx, "\n\t  MD Name: ");
		switch (fmt) {
		case MD_DNS:
		case MD_CHAR:
			dx_printjnp(dx, np, nlen);
			break;
		case MD_MAC:
			if (nlen == MAC_LEN)
				dx_printf(dx, "\n\t  MAC %s", GET_ETHERADDR_STRING(dx, np));
			else
				dx_puts(dx, "\n\t  MAC (length invalid)");
			break;
		default:
			ip_print_unknown_data(dx, np, "\n\t    ", nlen);
			break;
		}
		np += nlen;
		left -= nlen;
	} else {
		dx_printf(dx, "\n\t  MD Name Format %s (%u)", tok2str(dx, cfm_md_formats, "Unknown", fmt), fmt);
		DX_FIELD(dx, np - 1, 1, "MD Name Format: %s (%u)", tok2str(dx, cfm_md_formats, "Unknown", fmt), fmt);
	}
	fmt = GET_U8(dx, np);
	nlen = GET_U8(dx, np + 1);
	np += 2;
	left -= 2;
	dx_printf(dx, "\n\t  MA Name-Format %s (%u), MA name length %u",
		  tok2str(dx, cfm_ma_formats, "Unknown", fmt), fmt, nlen);
	if (nlen > left) {
		dx_printf(dx, " (too large, must be <= %u)", left);
		return 0;
	}
	DX_FIELD(dx, np - 2, 2 + nlen, "MA Name-Format: %s (%u), length %u",
		 tok2str(dx, cfm_ma_formats, "Unknown", fmt), fmt, nlen);
	dx_puts(dx, "\n\t  MA Name: ");
	if (fmt == MA_CHAR)
		dx_printjnp(dx, np, nlen);
	else
		ip_print_unknown_data(dx, np, "\n\t    ", nlen);
	return 1;
}

/*
 * The Sender ID TLV value at *tptr (*tlv_len bytes, *tlen left in the
 * PDU): the chassis ID and management address. Moves *tptr, *tlen and
 * *tlv_len past what it read (tcpdump dumps the rest from the value's
 * start). -1 to stop printing, 1 for a hex dump, 0 otherwise; *skip_dump
 * set when the TLV ends without the optional dump.
 */
static int cfm_sender_id_print(struct dx *dx, const uint8_t **tptr, unsigned *tlen,
			       unsigned *tlv_len, int *skip_dump)
{
	const uint8_t *p = *tptr;
	unsigned clen, ctype, mlen;
	int hexdump = 0;

	*skip_dump = 0;
	if (*tlv_len < 1) {
		dx_puts(dx, " (too short, must be >= 1)");
		*skip_dump = 1;
		return 0;
	}
	clen = GET_U8(dx, p);
	p++;
	(*tlen)--;
	(*tlv_len)--;
	if (clen) {
		if (*tlv_len < 1) {
			dx_puts(dx, "\n\t  (TLV too short)");
			*skip_dump = 1;
			goto out;
		}
		ctype = GET_U8(dx, p);
		(*tlv_len)--;
		dx_printf(dx, "\n\t  Chassis-ID Type %s (%u), Chassis-ID length %u",
			  tok2str(dx, cfm_chassis_types, "Unknown", ctype), ctype, clen);
		if (*tlv_len < clen) {
			dx_puts(dx, "\n\t  (TLV too short)");
			*skip_dump = 1;
			goto out;
		}
		switch (ctype) {
		case CHASSIS_MAC:
			if (clen != MAC_LEN) {
				dx_puts(dx, " (invalid MAC address length)");
				hexdump = 1;
				break;
			}
			dx_printf(dx, "\n\t  MAC %s", GET_ETHERADDR_STRING(dx, p + 1));
			break;
		case CHASSIS_NETWORK_ADDR:
			hexdump |= cfm_network_addr_print(dx, p + 1, clen);
			break;
		case CHASSIS_IF_NAME:
		case CHASSIS_IF_ALIAS:
		case CHASSIS_LOCAL:
		case CHASSIS_COMPONENT:
		case CHASSIS_PORT_COMPONENT:
			dx_printjnp(dx, p + 1, clen);
			break;
		default:
			hexdump = 1;
			break;
		}
		*tlv_len -= clen;
		p += 1 + clen;
		*tlen -= 1 + clen;
	}
	if (*tlv_len == 0)
		goto out;
	mlen = GET_U8(dx, p);
	p++;
	(*tlen)--;
	(*tlv_len)--;
	dx_printf(dx, "\n\t  Management Address Domain Length %u", mlen);
	if (mlen) {
		if (*tlv_len < mlen) {
			dx_puts(dx, "\n\t  (TLV too short)");
			*skip_dump = 1;
			goto out;
		}
		*tlv_len -= mlen;
		hex_print(dx, "\n\t  Management Address Domain: ", p, mlen);
		p += mlen;
		*tlen -= mlen;
		if (*tlv_len < 1) {
			dx_puts(dx, " (Management Address Length is missing)");
			hexdump = 1;
			goto out;
		}
		mlen = GET_U8(dx, p);
		p++;
		(*tlen)--;
		(*tlv_len)--;
		dx_printf(dx, "\n\t  Management Address Length %u", mlen);
		if (mlen) {
			if (*tlv_len < mlen) {
				dx_puts(dx, "\n\t  (TLV too short)");
				hexdump = -1;
				goto out;
			}
			*tlv_len -= mlen;
			hex_print(dx, "\n\t  Management Address: ", p, mlen);
			p += mlen;
			*tlen -= mlen;
		}
	}
out:
	*tptr = p;
	return hexdump;
}

/* the TLVs from tptr, tlen bytes */
static void cfm_tlvs_print(struct dx *dx, const uint8_t *tptr, unsigned tlen)
{
	unsigned type, len, v;
	const uint8_t *vp;
	int hexdump, skip_dump;

	while (tlen > 0) {
		type = GET_U8(dx, tptr);
		dx_printf(dx, "\n\t%s TLV (0x%02x)", tok2str(dx, cfm_tlvs, "Unknown", type), type);
		if (type == TLV_END) {
			DX_FIELD(dx, tptr, 1, "End TLV");
			return;
		}
		if (tlen < CFM_TLV_HDR_LEN) {
			dx_puts(dx, "\n\t\t packet is too short");
			return;
		}
		DX_TCHECK(dx, tptr, CFM_TLV_HDR_LEN);
		len = GET_BE16(dx, tptr + 1);
		dx_printf(dx, ", length %u", len);
		tptr += CFM_TLV_HDR_LEN;
		tlen -= CFM_TLV_HDR_LEN;
		vp = tptr;
		if (tlen < len) {
			dx_puts(dx, "\n\t\t packet is too short");
			return;
		}
		DX_TCHECK(dx, tptr, len);
		DX_FIELD(dx, tptr - CFM_TLV_HDR_LEN, CFM_TLV_HDR_LEN + len, "%s TLV (0x%02x), length %u",
			 tok2str(dx, cfm_tlvs, "Unknown", type), type, len);
		hexdump = 0;
		skip_dump = 0;
		switch (type) {
		case TLV_PORT_STATUS:
		case TLV_INTERFACE_STATUS:
			if (len < 1) {
				dx_puts(dx, " (too short, must be >= 1)");
				return;
			}
			v = GET_U8(dx, tptr);
			dx_printf(dx, ", Status: %s (%u)",
				  tok2str(dx, type == TLV_PORT_STATUS ? cfm_port_status : cfm_if_status,
					  "Unknown", v), v);
			break;
		case TLV_PRIVATE:
			if (len < 4) {
				dx_puts(dx, " (too short, must be >= 4)");
				return;
			}
			dx_printf(dx, ", Vendor: %s (%u), Sub-Type %u", ether_oui_name(GET_BE24(dx, tptr)),
				  GET_BE24(dx, tptr), GET_U8(dx, tptr + 3));
			hexdump = 1;
			break;
		case TLV_SENDER_ID:
			hexdump = cfm_sender_id_print(dx, &tptr, &tlen, &len, &skip_dump);
			if (hexdump < 0)
				return;
			break;
		default:
			hexdump = 1;
			break;
		}
		if (!skip_dump && (hexdump || dx->opts->verbose > 1))
			ip_print_unknown_data(dx, vp, "\n\t  ", len);
		tptr += len;
		tlen -= len;
	}
}

void cfm_print(struct dx *dx, const uint8_t *pptr, unsigned length)
{
	const uint8_t *tptr = pptr;
	unsigned mdv, ver, opcode, flags, offset, tlen, need = 0;
	const char *opname;

	dx_proto(dx, "cfm");
	if (length < CFM_HDR_LEN)
		goto tooshort;
	DX_TCHECK(dx, pptr, CFM_HDR_LEN);
	mdv = GET_U8(dx, pptr);
	ver = mdv & 0x1f;
	if (ver != 0) {
		dx_printf(dx, "CFMv%u not supported, length %u", ver, length);
		return;
	}
	opcode = GET_U8(dx, pptr + 1);
	opname = tok2str(dx, cfm_opcodes, "unknown (%u)", opcode);
	dx_printf(dx, "CFMv%u %s, MD Level %u, length %u", ver, opname, mdv >> 5, length);
	if (!dx->opts->verbose)
		return;
	DX_LAYER(dx, pptr, length, "Connectivity Fault Management, %s", opname);
	DX_FIELD(dx, pptr, 1, "MD Level: %u, Version: %u", mdv >> 5, ver);
	DX_FIELD(dx, pptr + 1, 1, "Opcode: %s", opname);
	flags = GET_U8(dx, pptr + 2);
	offset = GET_U8(dx, pptr + 3);
	dx_printf(dx, "\n\tFirst TLV offset %u", offset);
	DX_FIELD(dx, pptr + 3, 1, "First TLV offset: %u", offset);
	tptr += CFM_HDR_LEN;
	tlen = length - CFM_HDR_LEN;
	if (offset > tlen) {
		dx_printf(dx, " (too large, must be <= %u)", tlen);
		goto done;
	}
	switch (opcode) {
	case CFM_CCM:
		need = CFM_CCM_LEN;
		if (offset < need) {
			dx_printf(dx, " (too small 1, must be >= %u)", need);
			goto done;
		}
		break;
	case CFM_LTM:
		need = CFM_LTM_LEN;
		if (offset < need) {
			dx_printf(dx, " (too small 4, must be >= %u)", need);
			goto done;
		}
		break;
	case CFM_LTR:
		need = CFM_LTR_LEN;
		if (offset < need) {
			dx_printf(dx, " (too small 5, must be >= %u)", need);
			goto done;
		}
		break;
	default:
		break;
	}
	if (tlen < need) {
		DX_LAYER_END(dx);
		goto tooshort;
	}
	DX_TCHECK(dx, tptr, need);
	switch (opcode) {
	case CFM_CCM:
		if (!cfm_ccm_print(dx, tptr, flags))
			goto done;
		break;
	case CFM_LTM:
		dx_printf(dx, ", Flags [%s]", bittok2str(dx, cfm_ltm_flags, "none", flags));
		dx_printf(dx, "\n\t  Transaction-ID 0x%08x, ttl %u", GET_BE32(dx, tptr), GET_U8(dx, tptr + 4));
		dx_printf(dx, "\n\t  Original-MAC %s, Target-MAC %s", GET_ETHERADDR_STRING(dx, tptr + 5),
			  GET_ETHERADDR_STRING(dx, tptr + 11));
		DX_FIELD(dx, tptr, 4, "Transaction-ID: 0x%08x", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr + 4, 1, "TTL: %u", GET_U8(dx, tptr + 4));
		DX_FIELD(dx, tptr + 5, 6, "Original-MAC: %s", GET_ETHERADDR_STRING(dx, tptr + 5));
		DX_FIELD(dx, tptr + 11, 6, "Target-MAC: %s", GET_ETHERADDR_STRING(dx, tptr + 11));
		break;
	case CFM_LTR:
		dx_printf(dx, ", Flags [%s]", bittok2str(dx, cfm_ltr_flags, "none", flags));
		dx_printf(dx, "\n\t  Transaction-ID 0x%08x, ttl %u", GET_BE32(dx, tptr), GET_U8(dx, tptr + 4));
		dx_printf(dx, "\n\t  Replay-Action %s (%u)",
			  tok2str(dx, cfm_relay_actions, "Unknown", GET_U8(dx, tptr + 5)), GET_U8(dx, tptr + 5));
		DX_FIELD(dx, tptr, 4, "Transaction-ID: 0x%08x", GET_BE32(dx, tptr));
		DX_FIELD(dx, tptr + 4, 1, "TTL: %u", GET_U8(dx, tptr + 4));
		DX_FIELD(dx, tptr + 5, 1, "Relay action: %u", GET_U8(dx, tptr + 5));
		break;
	default:
		/* no decoder: the bytes before the TLVs (tcpdump's count) */
		ip_print_unknown_data(dx, tptr, "\n\t  ", tlen - offset);
		break;
	}
	cfm_tlvs_print(dx, tptr + offset, tlen - offset);
done:
	DX_LAYER_END(dx);
	return;
tooshort:
	dx_puts(dx, "\n\t\t packet is too short");
}
