// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Ethernet II / 802.3 frames, 802.1Q VLAN and QinQ tags, the
 * EtherType dispatcher and a minimal 802.2 LLC/SNAP printer.
 *
 * IEEE 802.3 (frame format), IEEE 802.1Q (C-tag 0x8100, S-tag 0x88a8,
 * pre-standard 0x9100/0x9200), IEEE 802.1AE (MACsec SecTAG), IEEE 802.2
 * (LLC), RFC 1042 (SNAP).
 * Text matches tcpdump 4.99 print-ether.c / print-llc.c.
 *
 * Wire format: dst MAC (6), src MAC (6), type/length (2); a type/length
 * <= 1500 is an 802.3 length followed by an LLC header; each VLAN tag is
 * TCI (2: PCP 3 bits, DEI 1 bit, VID 12 bits) then the inner type (2).
 */
#include <inttypes.h>

#include "dx.h"
#include "util.h"
#include "print.h"
#include "print-ether.h"

#define ETHER_HDRLEN 14
#define MAC_ADDR_LEN 6
#define MAX_ETHERNET_LENGTH_VAL 1500

#define ETHERTYPE_IP 0x0800
#define ETHERTYPE_ARP 0x0806
#define ETHERTYPE_REVARP 0x8035
#define ETHERTYPE_IPV6 0x86dd
#define ETHERTYPE_8021Q 0x8100
#define ETHERTYPE_8021Q9100 0x9100
#define ETHERTYPE_8021Q9200 0x9200
#define ETHERTYPE_8021QINQ 0x88a8
#define ETHERTYPE_JUMBO 0x8870
#define ETHERTYPE_MACSEC 0x88e5
#define ETHERTYPE_ARISTA 0xd28b

const struct tok ethertype_values[] = {
	{ 0x0800, "IPv4" },
	{ 0x8847, "MPLS unicast" },
	{ 0x8848, "MPLS multicast" },
	{ 0x86dd, "IPv6" },
	{ 0x8100, "802.1Q" },
	{ 0x9100, "802.1Q-9100" },
	{ 0x88a8, "802.1Q-QinQ" },
	{ 0x9200, "802.1Q-9200" },
	{ 0x88e5, "802.1AE MACsec" },
	{ 0x0200, "PUP" },
	{ 0x0806, "ARP" },
	{ 0x8035, "Reverse ARP" },
	{ 0x0600, "NS" },
	{ 0x0500, "Sprite" },
	{ 0x1000, "Trail" },
	{ 0x6001, "MOP DL" },
	{ 0x6002, "MOP RC" },
	{ 0x6003, "DN" },
	{ 0x6004, "LAT" },
	{ 0x6007, "SCA" },
	{ 0x6558, "TEB" },
	{ 0x8038, "Lanbridge" },
	{ 0x803c, "DEC DNS" },
	{ 0x803e, "DEC DTS" },
	{ 0x805b, "VEXP" },
	{ 0x805c, "VPROD" },
	{ 0x809b, "Appletalk" },
	{ 0x80f3, "Appletalk ARP" },
	{ 0x8137, "IPX" },
	{ 0x880b, "PPP" },
	{ 0x8808, "MPCP" },
	{ 0x8809, "Slow Protocols" },
	{ 0x8863, "PPPoE D" },
	{ 0x8864, "PPPoE S" },
	{ 0x888e, "EAPOL" },
	{ 0x8899, "Realtek protocols" },
	{ 0x886f, "MS NLB heartbeat" },
	{ 0x8870, "Jumbo" },
	{ 0x894f, "NSH" },
	{ 0x9000, "Loopback" },
	{ 0xfefe, "OSI" },
	{ 0x00fe, "GRE-OSI" },
	{ 0xabcd, "CFM (old)" },
	{ 0x8902, "CFM" },
	{ 0x893a, "IEEE1905.1" },
	{ 0x88cc, "LLDP" },
	{ 0x88ca, "TIPC" },
	{ 0x0707, "GeoNet (old)" },
	{ 0x8947, "GeoNet" },
	{ 0x1111, "CALM FAST" },
	{ 0x88a2, "AoE" },
	{ 0x88f7, "PTP" },
	{ 0xd28b, "Arista Vendor Specific Protocol" },
	{ 0, NULL }
};

void ether_addr_fmt(char *dst, const uint8_t *a)
{
	int i;

	for (i = 0; i < MAC_ADDR_LEN; i++) {
		dst = dx_w_hex2(dst, a[i]);
		*dst++ = i < MAC_ADDR_LEN - 1 ? ':' : '\0';
	}
}

/* "0x%0*x" with n hex digits, no printf */
void ether_put_hex(struct dx *dx, unsigned v, int n)
{
	char b[12];
	int i;

	b[0] = '0';
	b[1] = 'x';
	for (i = 0; i < n && i < 8; i++)
		b[2 + i] = dx_hexdig[(v >> (4 * (n - 1 - i))) & 0xf];
	b[2 + i] = '\0';
	dx_puts(dx, b);
}

const char *ether_type_name(unsigned type)
{
	const char *s = tok2str_or_null(ethertype_values, type);

	return s ? s : "Unknown";
}

/* tcpdump's ieee8021q_tci_string(): "vlan V, p P[, DEI]" */
void ether_tci_print(struct dx *dx, unsigned tci)
{
	dx_puts(dx, "vlan ");
	dx_putu(dx, tci & 0xfff);
	dx_puts(dx, ", p ");
	dx_putu(dx, tci >> 13);
	if (tci & 0x1000)
		dx_puts(dx, ", DEI");
}

void default_dump(struct dx *dx, const uint8_t *p, unsigned caplen, int always)
{
	const struct pt_opts *o = dx->opts;

	if (caplen && dx->tree) {
		DX_LAYER(dx, p, caplen, "Data (%u bytes)", caplen);
		DX_LAYER_END(dx);
	}
	/* -q, -x and -X suppress the raw dump of unknown payloads (not -A),
	 * except where tcpdump dumps unconditionally */
	if (!always && (o->quiet || o->hex || o->hex_ascii))
		return;
	hex_and_ascii_print(dx, "\n\t", p, caplen);
}

void ether_default_print(struct dx *dx, const uint8_t *p, unsigned caplen)
{
	default_dump(dx, p, caplen, 0);
}

static void addresses_print(struct dx *dx, const uint8_t *src, const uint8_t *dst)
{
	ether_addr_put(dx, src);
	dx_puts(dx, " > ");
	ether_addr_put(dx, dst);
	dx_puts(dx, ", ");
}

static void type_print(struct dx *dx, unsigned type)
{
	const char *s = tok2str_or_null(ethertype_values, type);

	if (!dx->opts->quiet) {
		dx_puts(dx, "ethertype ");
		dx_puts(dx, s ? s : "Unknown");
		dx_puts(dx, " (");
		ether_put_hex(dx, type, 4);
		dx_putc(dx, ')');
	} else if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "Unknown Ethertype (");
		ether_put_hex(dx, type, 4);
		dx_putc(dx, ')');
	}
}

static void length_print(struct dx *dx, unsigned length)
{
	dx_puts(dx, ", length ");
	dx_putu(dx, length);
	dx_puts(dx, ": ");
}

/* ---- 802.2 LLC / SNAP (the parts tcpdump prints without a sub-printer) ---- */

#define LLC_U_FMT 3
#define LLC_GSAP 1
#define LLC_IG 1
#define LLC_S_FMT 1
#define LLC_U_POLL 0x10
#define LLC_IS_POLL 0x0100
#define LLC_XID_FI 0x81
#define LLC_UI 0x03
#define LLC_XID 0xaf
#define LLCSAP_GLOBAL 0xff
#define LLCSAP_SNAP 0xaa

static const struct tok llc_values[] = {
	{ 0x00, "Null" },
	{ 0xff, "Global" },
	{ 0x02, "802.1B I" },
	{ 0x03, "802.1B G" },
	{ 0x06, "IP" },
	{ 0x04, "SNA" },
	{ 0x0e, "ProWay NM" },
	{ 0x42, "STP" },
	{ 0x4e, "RS511" },
	{ 0x7e, "ISO8208" },
	{ 0x8e, "ProWay" },
	{ 0xaa, "SNAP" },
	{ 0xe0, "IPX" },
	{ 0xf0, "NetBeui" },
	{ 0xfe, "OSI" },
	{ 0, NULL },
};

static const struct tok llc_cmd_values[] = {
	{ 0x03, "ui" },
	{ 0xe3, "test" },
	{ 0xaf, "xid" },
	{ 0x63, "ua" },
	{ 0x43, "disc" },
	{ 0x0f, "dm" },
	{ 0x6f, "sabme" },
	{ 0x87, "frmr" },
	{ 0, NULL }
};

static const struct tok llc_flag_values[] = {
	{ 0, "Command" },
	{ LLC_GSAP, "Response" },
	{ LLC_U_POLL, "Poll" },
	{ LLC_GSAP | LLC_U_POLL, "Final" },
	{ LLC_IS_POLL, "Poll" },
	{ LLC_GSAP | LLC_IS_POLL, "Final" },
	{ 0, NULL }
};

static const struct tok llc_ig_flag_values[] = {
	{ 0, "Individual" },
	{ LLC_IG, "Group" },
	{ 0, NULL }
};

static const struct tok llc_supervisory_values[] = {
	{ 0, "Receiver Ready" },
	{ 1, "Receiver not Ready" },
	{ 2, "Reject" },
	{ 0, NULL }
};

static const struct tok oui_values[] = {
	{ 0x000000, "Ethernet" },
	{ 0x00000c, "Cisco" },
	{ 0x00005e, "IANA" },
	{ 0x000081, "Nortel Networks SONMP" },
	{ 0x0000f8, "Cisco bridged" },
	{ 0x0080c2, "Ethernet bridged" },
	{ 0x00a03e, "ATM Forum" },
	{ 0x00e02f, "DOCSIS Spanning Tree" },
	{ 0x080007, "Appletalk" },
	{ 0x009069, "Juniper" },
	{ 0x080009, "Hewlett-Packard" },
	{ 0x00120f, "IEEE 802.3 Private" },
	{ 0x0012bb, "ANSI/TIA" },
	{ 0x001b21, "DCBX" },
	{ 0x002320, "Nicira Networks" },
	{ 0x5c16c7, "Big Switch Networks" },
	{ 0xb0d2f5, "Vello Systems" },
	{ 0x002481, "HP" },
	{ 0x0004ea, "HP-Labs" },
	{ 0x748771, "Infoblox Inc" },
	{ 0xa42305, "Open Networking Lab" },
	{ 0x00049f, "Freescale" },
	{ 0x0015ad, "Netronome" },
	{ 0x001018, "Broadcom" },
	{ 0x00e004, "PMC-Sierra" },
	{ 0xd0f0db, "Ericsson" },
	{ 0, NULL }
};

static const struct tok cisco_values[] = {
	{ 0x2000, "CDP" },
	{ 0x2003, "VTP" },
	{ 0x2004, "DTP" },
	{ 0x0111, "UDLD" },
	{ 0x010b, "PVST" },
	{ 0x010c, "VLAN Bridge" },
	{ 0, NULL }
};

static const struct tok bridged_values[] = {
	{ 0x0001, "Ethernet + FCS" },
	{ 0x0007, "Ethernet w/o FCS" },
	{ 0x0002, "802.4 + FCS" },
	{ 0x0008, "802.4 w/o FCS" },
	{ 0x0003, "Token Ring + FCS" },
	{ 0x0009, "Token Ring w/o FCS" },
	{ 0x0004, "FDDI + FCS" },
	{ 0x000a, "FDDI w/o FCS" },
	{ 0x0005, "802.6 + FCS" },
	{ 0x000b, "802.6 w/o FCS" },
	{ 0x000e, "BPDU" },
	{ 0, NULL },
};

/* A MAC address as tcpdump's etheraddr_string() (see dx_etheraddr_string). */
void ether_addr_put(struct dx *dx, const uint8_t *p)
{
	dx_puts(dx, GET_ETHERADDR_STRING(dx, p));
}

const char *ether_oui_lookup(unsigned oui)
{
	return tok2str_or_null(oui_values, oui);
}

const char *ether_oui_name(unsigned oui)
{
	const char *s = ether_oui_lookup(oui);

	return s ? s : "Unknown";
}

/* the names of a SNAP PID depend on the OUI */
static const char *snap_pid_name(unsigned orgcode, unsigned pid)
{
	const struct tok *t = NULL;
	const char *s;

	switch (orgcode) {
	case 0x000000:
	case 0x0000f8:
	case 0x080007:
		t = ethertype_values;
		break;
	case 0x00000c:
		t = cisco_values;
		break;
	case 0x0080c2:
		t = bridged_values;
		break;
	default:
		break;
	}
	s = t ? tok2str_or_null(t, pid) : NULL;
	return s ? s : "Unknown";
}

/* first "name" match even when a value repeats, like tcpdump's tok2str */
static const char *tok_or(const struct tok *t, unsigned v, const char *dflt)
{
	const char *s = tok2str_or_null(t, v);

	return s ? s : dflt;
}

int snap_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
	       const uint8_t *src, const uint8_t *dst, unsigned bridge_pad)
{
	unsigned orgcode, et;
	int ret;

	dx_proto(dx, "snap");
	if (!DX_TTEST(dx, p, 5) || caplen < 5 || length < 5) {
		dx_print_trunc(dx);
		return 1;
	}
	orgcode = GET_BE24(dx, p);
	et = GET_BE16(dx, p + 3);
	DX_LAYER(dx, p, 5, "SNAP, OUI 0x%06x, PID 0x%04x", orgcode, et);
	DX_FIELD(dx, p, 3, "Organization Code: 0x%06x", orgcode);
	DX_FIELD(dx, p + 3, 2, "%s: 0x%04x", orgcode == 0 ? "Type" : "PID", et);
	DX_LAYER_END(dx);
	if (dx->opts->link_header) {
		dx_puts(dx, "oui ");
		dx_puts(dx, tok_or(oui_values, orgcode, "Unknown"));
		dx_puts(dx, " (");
		ether_put_hex(dx, orgcode, 6);
		dx_puts(dx, orgcode == 0 ? "), ethertype " : "), pid ");
		dx_puts(dx, snap_pid_name(orgcode, et));
		dx_puts(dx, " (");
		ether_put_hex(dx, et, 4);
		dx_putc(dx, ')');
		length_print(dx, length - 5);
	}
	p += 5;
	length -= 5;
	caplen -= 5;
	if (orgcode == 0x000000 || orgcode == 0x0000f8 ||
	    (orgcode == 0x080007 && et == 0x809b)) {
		ret = ethertype_print(dx, et, p, length, caplen, src, dst);
		if (ret)
			return ret;
	}
	if (orgcode == 0x00000c && et == 0x2000) {
		cdp_print(dx, p, length);
		return 1;
	}
	if (orgcode == 0x00000c && et == 0x2003) {
		vtp_print(dx, p, length);
		return 1;
	}
	if (orgcode == 0x00000c && et == 0x2004) {
		dtp_print(dx, p, length);
		return 1;
	}
	if (orgcode == 0x00000c && et == 0x0111) {
		udld_print(dx, p, length);
		return 1;
	}
	/* RFC 2684 bridged Ethernet, with or without its FCS, after the pad */
	if (orgcode == 0x0080c2 && (et == 0x0001 || et == 0x0007)) {
		DX_TCHECK(dx, p, bridge_pad);
		ether_print(dx, p + bridge_pad, length - bridge_pad, caplen - bridge_pad);
		return 1;
	}
	/* Cisco PVST+ / VLAN bridge and RFC 2684 bridged BPDUs */
	if ((orgcode == 0x00000c && (et == 0x010b || et == 0x010c)) ||
	    (orgcode == 0x0080c2 && et == 0x000e)) {
		stp_print(dx, p, length);
		return 1;
	}
	if (!dx->opts->link_header) {
		if (src && dst) {
			ether_addr_put(dx, src);
			dx_puts(dx, " > ");
			ether_addr_put(dx, dst);
			dx_putc(dx, ' ');
		}
		if (orgcode == 0) {
			dx_puts(dx, "SNAP, ethertype ");
			dx_puts(dx, ether_type_name(et));
		} else {
			dx_puts(dx, "SNAP, oui ");
			dx_puts(dx, tok_or(oui_values, orgcode, "Unknown"));
			dx_puts(dx, " (");
			ether_put_hex(dx, orgcode, 6);
			dx_puts(dx, "), pid ");
			dx_puts(dx, snap_pid_name(orgcode, et));
		}
		dx_puts(dx, " (");
		ether_put_hex(dx, et, 4);
		dx_putc(dx, ')');
		length_print(dx, length);
	}
	return 0;
}

static void sap_name(struct dx *dx, const char *kind, unsigned sap)
{
	const char *s = tok2str_or_null(llc_values, sap);

	if (s) {
		dx_puts(dx, s);
	} else {
		dx_puts(dx, "Unknown ");
		dx_puts(dx, kind);
		dx_puts(dx, " ");
		ether_put_hex(dx, sap, 2);
	}
}

int llc_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
	      const uint8_t *src, const uint8_t *dst)
{
	unsigned dsap_field, ssap_field, dsap, ssap, control;
	int hdrlen, is_u;

	dx_proto(dx, "llc");
	if (caplen < 3) {
		dx_print_trunc(dx);
		default_dump(dx, p, caplen, 1);
		return (int)caplen;
	}
	if (length < 3) {
		dx_print_trunc(dx);
		default_dump(dx, p, caplen, 1);
		return (int)length;
	}
	dsap_field = GET_U8(dx, p);
	ssap_field = GET_U8(dx, p + 1);
	control = GET_U8(dx, p + 2);
	if ((control & LLC_U_FMT) == LLC_U_FMT) {
		is_u = 1;
		hdrlen = 3;
	} else {
		if (caplen < 4) {
			dx_print_trunc(dx);
		default_dump(dx, p, caplen, 1);
			return (int)caplen;
		}
		if (length < 4) {
			dx_print_trunc(dx);
		default_dump(dx, p, caplen, 1);
			return (int)length;
		}
		control = GET_LE16(dx, p + 2);
		is_u = 0;
		hdrlen = 4;
	}
	if (ssap_field == LLCSAP_GLOBAL && dsap_field == LLCSAP_GLOBAL) {
		/* Novell "raw" 802.3 IPX: no LLC header, the IPX checksum 0xffff */
		if (dx->opts->link_header)
			dx_puts(dx, "IPX 802.3: ");
		ipx_print(dx, p, length);
		return 0;
	}
	dsap = dsap_field & ~LLC_IG & 0xff;
	ssap = ssap_field & ~LLC_GSAP & 0xff;
	DX_LAYER(dx, p, (size_t)hdrlen, "Logical-Link Control, DSAP 0x%02x, SSAP 0x%02x", dsap, ssap);
	DX_FIELD(dx, p, 1, "DSAP: %s (0x%02x)", tok_or(llc_values, dsap, "Unknown"), dsap);
	DX_FIELD(dx, p + 1, 1, "SSAP: %s (0x%02x)", tok_or(llc_values, ssap, "Unknown"), ssap);
	DX_FIELD(dx, p + 2, (size_t)hdrlen - 2, "Control: 0x%0*x", is_u ? 2 : 4, control);
	DX_LAYER_END(dx);
	if (dx->opts->link_header) {
		dx_puts(dx, "LLC, dsap ");
		dx_puts(dx, tok_or(llc_values, dsap, "Unknown"));
		dx_puts(dx, " (");
		ether_put_hex(dx, dsap, 2);
		dx_puts(dx, ") ");
		dx_puts(dx, tok_or(llc_ig_flag_values, dsap_field & LLC_IG, "Unknown"));
		dx_puts(dx, ", ssap ");
		dx_puts(dx, tok_or(llc_values, ssap, "Unknown"));
		dx_puts(dx, " (");
		ether_put_hex(dx, ssap, 2);
		dx_puts(dx, ") ");
		dx_puts(dx, tok_or(llc_flag_values, ssap_field & LLC_GSAP, "Unknown"));
		dx_puts(dx, ", ctrl ");
		ether_put_hex(dx, control, is_u ? 2 : 4);
		dx_puts(dx, ": ");
	}
	p += hdrlen;
	length -= (unsigned)hdrlen;
	caplen -= (unsigned)hdrlen;

	if (ssap == LLCSAP_SNAP && dsap == LLCSAP_SNAP && control == LLC_UI) {
		if (!snap_print(dx, p, length, caplen, src, dst, 2))
			return -(hdrlen + 5);
		return hdrlen + 5;
	}
	if (ssap == 0x42 && dsap == 0x42 && control == LLC_UI) {
		stp_print(dx, p, length);
		return hdrlen;
	}
	if (ssap == 0xfe && dsap == 0xfe && control == LLC_UI) {
		isoclns_print(dx, p, length);
		return hdrlen;
	}
	if (ssap == 0xe0 && dsap == 0xe0 && control == LLC_UI) {
		if (dx->opts->link_header)
			dx_puts(dx, "IPX 802.2: ");
		ipx_print(dx, p, length);
		return hdrlen;
	}
	if (ssap == 0x06 && dsap == 0x06 && control == LLC_UI) {
		/* RFC 948 IP over 802.3 */
		ip_print(dx, p, length);
		return hdrlen;
	}
	if (!dx->opts->link_header) {
		if (ssap == dsap) {
			if (src && dst) {
				ether_addr_put(dx, src);
				dx_puts(dx, " > ");
				ether_addr_put(dx, dst);
				dx_putc(dx, ' ');
			}
			sap_name(dx, "DSAP", dsap);
			dx_putc(dx, ' ');
		} else {
			if (src && dst) {
				ether_addr_put(dx, src);
				dx_putc(dx, ' ');
			}
			sap_name(dx, "SSAP", ssap);
			dx_puts(dx, " > ");
			if (src && dst) {
				ether_addr_put(dx, dst);
				dx_putc(dx, ' ');
			}
			sap_name(dx, "DSAP", dsap);
			dx_putc(dx, ' ');
		}
	}
	if (is_u) {
		const char *cmd = tok2str_or_null(llc_cmd_values, control & 0xef);

		dx_puts(dx, "Unnumbered, ");
		if (cmd) {
			dx_puts(dx, cmd);
		} else {
			dx_put_hex2(dx, control & 0xef);
		}
		dx_puts(dx, ", Flags [");
		dx_puts(dx, tok_or(llc_flag_values, (ssap_field & LLC_GSAP) | (control & LLC_U_POLL), "?"));
		dx_puts(dx, "], length ");
		dx_putu(dx, length + (unsigned)hdrlen);
		if ((control & ~LLC_U_POLL) == LLC_XID) {
			if (length == 0)
				return hdrlen;
			if (caplen < 1) {
				dx_print_trunc(dx);
				return hdrlen;
			}
			if (GET_U8(dx, p) == LLC_XID_FI) {
				if (caplen < 3 || length < 3) {
					dx_print_trunc(dx);
					if (caplen > 0)
						hex_and_ascii_print(dx, "\n\t", p, caplen);
				} else {
					dx_puts(dx, ": ");
					dx_put_hex2(dx, GET_U8(dx, p + 1));
					dx_putc(dx, ' ');
					dx_put_hex2(dx, GET_U8(dx, p + 2));
				}
				return hdrlen;
			}
		}
	} else if ((control & LLC_S_FMT) == LLC_S_FMT) {
		dx_puts(dx, "Supervisory, ");
		dx_puts(dx, tok_or(llc_supervisory_values, (control >> 2) & 3, "?"));
		dx_puts(dx, ", rcv seq ");
		dx_putu(dx, (control >> 9) & 0x7f);
		dx_puts(dx, ", Flags [");
		dx_puts(dx, tok_or(llc_flag_values, (ssap_field & LLC_GSAP) | (control & LLC_IS_POLL), "?"));
		dx_puts(dx, "], length ");
		dx_putu(dx, length + (unsigned)hdrlen);
		return hdrlen;
	} else {
		dx_puts(dx, "Information, send seq ");
		dx_putu(dx, (control >> 1) & 0x7f);
		dx_puts(dx, ", rcv seq ");
		dx_putu(dx, (control >> 9) & 0x7f);
		dx_puts(dx, ", Flags [");
		dx_puts(dx, tok_or(llc_flag_values, (ssap_field & LLC_GSAP) | (control & LLC_IS_POLL), "?"));
		dx_puts(dx, "], length ");
		dx_putu(dx, length + (unsigned)hdrlen);
	}
	return -hdrlen;
}

/* ---- 802.1AE MACsec SecTAG --------------------------------------------- */

#define MACSEC_DEFAULT_ICV_LEN 16
#define MACSEC_TCI_VERSION 0x80
#define MACSEC_TCI_SC 0x20
#define MACSEC_TCI_FLAGS 0x7c
#define MACSEC_TCI_CONFID 0x0c
#define MACSEC_AN_MASK 0x03
#define MACSEC_SL_MASK 0x3f
#define MACSEC_SECTAG_LEN_NOSCI 6
#define MACSEC_SECTAG_LEN_SCI 14

static const struct tok macsec_flag_values[] = {
	{ 0x08, "E" },
	{ 0x04, "C" },
	{ 0x40, "S" },
	{ 0x10, "B" },
	{ 0x20, "I" },
	{ 0, NULL }
};

static void macsec_header_print(struct dx *dx, const uint8_t *tag, unsigned short_length)
{
	unsigned tci = GET_U8(dx, tag);

	dx_printf(dx, "an %u, pn %u, flags %s", tci & MACSEC_AN_MASK, GET_BE32(dx, tag + 2),
		  bittok2str_nosep(dx, macsec_flag_values, "none", tci & MACSEC_TCI_FLAGS));
	if (short_length != 0)
		dx_printf(dx, ", sl %u", short_length);
	if (tci & MACSEC_TCI_SC)
		dx_printf(dx, ", sci %016" PRIx64, GET_BE64(dx, tag + 6));
	dx_puts(dx, ", ");
}

/*
 * The SecTAG at *bp (tcpdump's macsec_print): 0 when the payload is
 * encrypted (the caller dumps it), > 0 a link header length to return
 * (a problem), -1 to go on with the EtherType after the SecTAG, with the
 * ICV cut off the lengths and the readable area.
 */
static int macsec_print(struct dx *dx, const uint8_t **bp, unsigned *lengthp, unsigned *caplenp,
			unsigned *hdrlenp, const uint8_t *src, const uint8_t *dst)
{
	const char *save = dx->proto;
	const uint8_t *tag = *bp;
	unsigned caplen = *caplenp, hdrlen = *hdrlenp, tag_len, tci, sl;

	dx_proto(dx, "macsec");
	if (caplen < MACSEC_SECTAG_LEN_NOSCI || *lengthp < MACSEC_SECTAG_LEN_NOSCI)
		goto trunc;
	tci = GET_U8(dx, tag);
	tag_len = MACSEC_SECTAG_LEN_NOSCI;
	if (tci & MACSEC_TCI_SC) {
		tag_len = MACSEC_SECTAG_LEN_SCI;
		if (caplen < MACSEC_SECTAG_LEN_SCI || *lengthp < MACSEC_SECTAG_LEN_SCI)
			goto trunc;
	}
	if ((GET_U8(dx, tag + 1) & ~MACSEC_SL_MASK) != 0 || (tci & MACSEC_TCI_VERSION)) {
		dx_print_invalid(dx);
		dx->proto = save;
		return (int)(hdrlen + caplen);
	}
	sl = GET_U8(dx, tag + 1) & MACSEC_SL_MASK;
	DX_LAYER(dx, tag, tag_len, "802.1AE Security tag, AN %u, PN %u", tci & MACSEC_AN_MASK,
		 GET_BE32(dx, tag + 2));
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		macsec_header_print(dx, tag, sl);
	*bp += tag_len;
	*hdrlenp += tag_len;
	*lengthp -= tag_len;
	*caplenp -= tag_len;
	if (tci & MACSEC_TCI_CONFID) {
		if (!dx->opts->link_header) {
			if (src && dst) {
				ether_addr_put(dx, src);
				dx_puts(dx, " > ");
				ether_addr_put(dx, dst);
				dx_putc(dx, ' ');
			}
			dx_puts(dx, "802.1AE MACsec, ");
			macsec_header_print(dx, tag, sl);
		}
		dx->proto = save;
		return 0;
	}
	if (*lengthp < MACSEC_DEFAULT_ICV_LEN || *caplenp < MACSEC_DEFAULT_ICV_LEN)
		goto trunc;
	*lengthp -= MACSEC_DEFAULT_ICV_LEN;
	*caplenp -= MACSEC_DEFAULT_ICV_LEN;
	/* the ICV ends the frame: hide it from the payload printers */
	dx_push_snaplen(dx, dx->pkt_start, (size_t)(dx->snapend - dx->pkt_start) - MACSEC_DEFAULT_ICV_LEN);
	if (sl != 0) {
		if (sl > *lengthp || sl > *caplenp)
			goto trunc;
		if (*lengthp > sl)
			*lengthp = sl;
		if (*caplenp > sl)
			*caplenp = sl;
	}
	dx->proto = save;
	return -1;
trunc:
	dx_print_trunc(dx);
	dx->proto = save;
	return (int)(hdrlen + caplen);
}

/* Microsoft Network Load Balancing heartbeat (0x886f; undocumented) */
static void msnlb_print(struct dx *dx, const uint8_t *p)
{
	const char *ip;
	unsigned prio;

	dx_proto(dx, "msnlb");
	dx_puts(dx, "MS NLB heartbeat");
	prio = GET_LE32(dx, p + 8);
	dx_puts(dx, ", host priority: ");
	dx_putu(dx, prio);
	ip = GET_IPADDR_STRING(dx, p + 12);
	dx_puts(dx, ", cluster IP: ");
	dx_puts(dx, ip);
	ip = GET_IPADDR_STRING(dx, p + 16);
	dx_puts(dx, ", host IP: ");
	dx_puts(dx, ip);
}

/* ---- Ethernet -------------------------------------------------------- */

int ethertype_print(struct dx *dx, unsigned ether_type, const uint8_t *p, unsigned length,
		    unsigned caplen, const uint8_t *src, const uint8_t *dst)
{
	(void)dst;
	switch (ether_type) {
	case ETHERTYPE_IP:
		ip_print(dx, p, length);
		return 1;
	case ETHERTYPE_IPV6:
		ip6_print(dx, p, length);
		return 1;
	case ETHERTYPE_ARP:
	case ETHERTYPE_REVARP:
		arp_print(dx, p, length, caplen);
		return 1;
	case 0x8847:
	case 0x8848:
		mpls_print(dx, p, length);
		return 1;
	case 0x88f7:
		ptp_print(dx, p, length);
		return 1;
	case 0x8809:
		slow_print(dx, p, length);
		return 1;
	case 0x888e:
		eapol_print(dx, p);
		return 1;
	case 0x88cc:
		lldp_print(dx, p, length);
		return 1;
	case 0x886f:
		msnlb_print(dx, p);
		return 1;
	case 0x894f:
		nsh_print(dx, p, length);
		return 1;
	case 0x9000:
		loopback_print(dx, p, length);
		return 1;
	case 0x88a2:
		aoe_print(dx, p, length);
		return 1;
	case 0x8902:
	case 0xabcd:	/* pre-standard CFM */
		cfm_print(dx, p, length);
		return 1;
	case 0x0707:	/* GeoNetworking before 2013 */
	case 0x8947:
		geonet_print(dx, p, length, src);
		return 1;
	case 0x1111:
		calm_fast_print(dx, p, length, src);
		return 1;
	case 0xfefe:
		/* one byte before the NLPID, as tcpdump */
		if (length == 0 || caplen == 0) {
			dx_proto(dx, "isoclns");
			dx_print_trunc(dx);
			return 1;
		}
		DX_TCHECK(dx, p, 1);
		isoclns_print(dx, p + 1, length - 1);
		return 1;
	case 0x8863:	/* PPPoE discovery */
	case 0x8864:	/* PPPoE session */
	case 0x3c12:	/* 3Com's pre-standard PPPoE values */
	case 0x3c13:
		pppoe_print(dx, p, length);
		return 1;
	case 0x880b:
		if (length) {
			dx_puts(dx, ": ");
			ppp_print(dx, p, length);
		}
		return 1;
	case 0x80f3:
		aarp_print(dx, p, length);
		return 1;
	case 0x88ca:
		tipc_print(dx, p, length);
		return 1;
	case 0x6003:
		decnet_print(dx, p, length, caplen);
		return 1;
	case 0x809b:
		if (dx->opts->verbose)
			dx_puts(dx, "et1 ");
		atalk_print(dx, p, length);
		return 1;
	case 0x8137:
		dx_puts(dx, "(NOV-ETHII) ");
		ipx_print(dx, p, length);
		return 1;
	default:
		return 0;
	}
}

static int is_vlan_type(unsigned t)
{
	return t == ETHERTYPE_8021Q || t == ETHERTYPE_8021Q9100 || t == ETHERTYPE_8021Q9200 ||
	       t == ETHERTYPE_8021QINQ;
}

static void tree_ether(struct dx *dx, const uint8_t *p, unsigned type)
{
	char s[24], d[24];

	ether_addr_fmt(s, p + MAC_ADDR_LEN);
	ether_addr_fmt(d, p);
	DX_LAYER(dx, p, ETHER_HDRLEN, "%s, Src: %s, Dst: %s",
		 type <= MAX_ETHERNET_LENGTH_VAL ? "IEEE 802.3 Ethernet" : "Ethernet II", s, d);
	DX_FIELD(dx, p, MAC_ADDR_LEN, "Destination: %s", d);
	DX_FIELD(dx, p + MAC_ADDR_LEN, MAC_ADDR_LEN, "Source: %s", s);
	if (type <= MAX_ETHERNET_LENGTH_VAL)
		DX_FIELD(dx, p + 12, 2, "Length: %u", type);
	else
		DX_FIELD(dx, p + 12, 2, "Type: %s (0x%04x)", ether_type_name(type), type);
	DX_LAYER_END(dx);
}

static void tree_vlan(struct dx *dx, const uint8_t *p, unsigned outer, unsigned tci, unsigned type)
{
	DX_LAYER(dx, p, 4, "%s, PRI: %u, DEI: %u, ID: %u",
		 outer == ETHERTYPE_8021QINQ ? "802.1ad Service VLAN" : "802.1Q Virtual LAN",
		 tci >> 13, (tci >> 12) & 1, tci & 0xfff);
	DX_FIELD(dx, p, 2, "Priority: %u", tci >> 13);
	DX_FIELD(dx, p, 2, "DEI: %u", (tci >> 12) & 1);
	DX_FIELD(dx, p, 2, "ID: %u", tci & 0xfff);
	if (type <= MAX_ETHERNET_LENGTH_VAL)
		DX_FIELD(dx, p + 2, 2, "Length: %u", type);
	else
		DX_FIELD(dx, p + 2, 2, "Type: %s (0x%04x)", ether_type_name(type), type);
	DX_LAYER_END(dx);
}

/* tcpdump's ether_common_print: a switch tag of tag_len bytes may sit
 * between the addresses and the type (print-dsa.c, print-brcmtag.c) */
static unsigned ether_common(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
			     ether_tag_fn tag_fn, unsigned tag_len)
{
	const uint8_t *src, *dst, *frame = p;
	unsigned orig_length, hdrlen, length_type;
	int printed_length, llc_hdrlen;
	int eflag = dx->opts->link_header;

	if (length < caplen) {
		dx_puts(dx, "[length ");
		dx_putu(dx, length);
		dx_puts(dx, " < caplen ");
		dx_putu(dx, caplen);
		dx_putc(dx, ']');
		dx_print_invalid(dx);
		return length;
	}
	if (caplen < ETHER_HDRLEN + tag_len) {
		dx_print_trunc(dx);
		return caplen;
	}
	orig_length = length;
	dst = p;
	src = p + MAC_ADDR_LEN;
	length -= 2 * MAC_ADDR_LEN;
	caplen -= 2 * MAC_ADDR_LEN;
	p += 2 * MAC_ADDR_LEN;
	hdrlen = 2 * MAC_ADDR_LEN;
	if (eflag)
		addresses_print(dx, src, dst);
	if (tag_fn)
		tag_fn(dx, p);
	length -= tag_len;
	caplen -= tag_len;
	p += tag_len;
	hdrlen += tag_len;

recurse:
	printed_length = 0;
	length_type = GET_BE16(dx, p);
	if (dx->tree && p == frame + 2 * MAC_ADDR_LEN + tag_len)
		tree_ether(dx, frame, length_type);
	length -= 2;
	caplen -= 2;
	p += 2;
	hdrlen += 2;

	if (length_type == ETHERTYPE_MACSEC) {
		int ret;

		if (eflag) {
			type_print(dx, length_type);
			length_print(dx, orig_length);
			printed_length = 1;
		}
		ret = macsec_print(dx, &p, &length, &caplen, &hdrlen, src, dst);
		if (ret == 0) {
			/* encrypted: the payload as raw data */
			ether_default_print(dx, p, caplen);
			return hdrlen;
		}
		if (ret > 0)
			return (unsigned)ret;
		length_type = GET_BE16(dx, p);
		if (caplen < 2) {
			dx_printf(dx, " [caplen %u < 2]", caplen);	/* ND_LCHECK_U */
			return hdrlen;
		}
		length -= 2;
		caplen -= 2;
		p += 2;
		hdrlen += 2;
	}

	while (is_vlan_type(length_type)) {
		unsigned tci, inner;

		if (caplen < 4) {
			dx_proto(dx, "vlan");
			dx_print_trunc(dx);
			return hdrlen + caplen;
		}
		if (length < 4) {
			dx_proto(dx, "vlan");
			dx_print_trunc(dx);
			return hdrlen + length;
		}
		tci = GET_BE16(dx, p);
		inner = GET_BE16(dx, p + 2);
		if (dx->tree)
			tree_vlan(dx, p, length_type, tci, inner);
		if (eflag) {
			type_print(dx, length_type);
			if (!printed_length) {
				length_print(dx, orig_length);
				printed_length = 1;
			} else {
				dx_puts(dx, ", ");
			}
			ether_tci_print(dx, tci);
			dx_puts(dx, ", ");
		}
		length_type = inner;
		p += 4;
		length -= 4;
		caplen -= 4;
		hdrlen += 4;
	}

	if (length_type <= MAX_ETHERNET_LENGTH_VAL) {
		/* an 802.3 length: trust it only when it is not past the frame */
		if (length_type < length) {
			length = length_type;
			if (caplen > length)
				caplen = length;
		}
		dx_push_snaplen(dx, p, length);
		if (eflag) {
			dx_puts(dx, "802.3");
			if (!printed_length)
				length_print(dx, length);
		}
		llc_hdrlen = llc_print(dx, p, length, caplen, src, dst);
		if (llc_hdrlen < 0) {
			ether_default_print(dx, p, caplen);
			llc_hdrlen = -llc_hdrlen;
		}
		hdrlen += (unsigned)llc_hdrlen;
		dx_pop_snaplen(dx);
	} else if (length_type == ETHERTYPE_ARISTA) {
		int used;

		if (caplen < 2 || length < 2) {
			dx_puts(dx, "[|arista]");
			return hdrlen + (caplen < 2 ? caplen : length);
		}
		/* the type is printed even without -e, as tcpdump */
		type_print(dx, length_type);
		length_print(dx, orig_length);
		used = arista_ethertype_print(dx, p, length);
		if (used > 0) {
			p += used;
			length -= (unsigned)used;
			caplen -= (unsigned)used;
			hdrlen += (unsigned)used;
			goto recurse;
		}
		if (!eflag) {
			addresses_print(dx, src, dst);
			type_print(dx, length_type);
			length_print(dx, orig_length);
		}
		ether_default_print(dx, p, caplen);
	} else if (length_type == ETHERTYPE_JUMBO) {
		llc_hdrlen = llc_print(dx, p, length, caplen, src, dst);
		if (llc_hdrlen < 0) {
			ether_default_print(dx, p, caplen);
			llc_hdrlen = -llc_hdrlen;
		}
		hdrlen += (unsigned)llc_hdrlen;
	} else {
		if (eflag) {
			type_print(dx, length_type);
			if (!printed_length)
				length_print(dx, orig_length);
			else
				dx_puts(dx, ", ");
		}
		if (ethertype_print(dx, length_type, p, length, caplen, src, dst) == 0) {
			if (!eflag) {
				addresses_print(dx, src, dst);
				type_print(dx, length_type);
				length_print(dx, orig_length);
			}
			ether_default_print(dx, p, caplen);
		}
	}
	return hdrlen;
}

unsigned ether_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen)
{
	dx_proto(dx, "ether");
	return ether_common(dx, p, length, caplen, NULL, 0);
}

unsigned ether_switch_tag_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
				ether_tag_fn tag_fn, unsigned tag_len)
{
	return ether_common(dx, p, length, caplen, tag_fn, tag_len);
}

unsigned ether_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	return ether_print(dx, p, length, caplen);
}
