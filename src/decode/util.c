// SPDX-License-Identifier: GPL-2.0
/* \summary: output helpers shared by the printers */
#include "util.h"

#include "../core/strbuf.h"

const char dx_hexdig[17] = "0123456789abcdef";

const struct tok dx_af_values[] = {
	{ 0, "Reserved" },
	{ 1, "IPv4" },
	{ 2, "IPv6" },
	{ 3, "NSAP" },
	{ 4, "HDLC" },
	{ 5, "BBN 1822" },
	{ 6, "802" },
	{ 7, "E.163" },
	{ 8, "E.164" },
	{ 9, "F.69" },
	{ 10, "X.121" },
	{ 11, "Novell IPX" },
	{ 12, "Appletalk" },
	{ 13, "Decnet IV" },
	{ 14, "Banyan Vines" },
	{ 15, "E.164 with NSAP subaddress" },
	{ 25, "VPLS" },
	{ 196, "Layer-2 VPN" },
	{ 0, NULL },
};

/* L2VPN encapsulation types (RFC 4446), tcpdump's l2vpn_encaps_values */
const struct tok dx_l2vpn_encaps_values[] = {
	{ 0, "Reserved" },
	{ 1, "Frame Relay" },
	{ 2, "ATM AAL5 SDU VCC transport" },
	{ 3, "ATM transparent cell transport" },
	{ 4, "Ethernet (VLAN) Tagged Mode" },
	{ 5, "Ethernet Raw Mode" },
	{ 6, "Cisco HDLC" },
	{ 7, "PPP" },
	{ 8, "SONET/SDH Circuit Emulation Service over MPLS" },
	{ 9, "ATM n-to-one VCC cell transport" },
	{ 10, "ATM n-to-one VPC cell transport" },
	{ 11, "IP layer 2 transport" },
	{ 15, "Frame Relay Port mode" },
	{ 17, "Structure-agnostic E1 over packet" },
	{ 18, "Structure-agnostic T1 (DS1) over packet" },
	{ 19, "VPLS" },
	{ 20, "Structure-agnostic T3 (DS3) over packet" },
	{ 21, "Nx64kbit/s Basic Service using Structure-aware" },
	{ 25, "Frame Relay DLCI" },
	{ 40, "Structure-agnostic E3 over packet" },
	{ 41, "Octet-aligned playload for Structure-agnostic DS1 circuits" },
	{ 42, "E1 Nx64kbit/s with CAS using Structure-aware" },
	{ 43, "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware" },
	{ 44, "DS1 (SF) Nx64kbit/s with CAS using Structure-aware" },
	{ 0, NULL }
};

/* MPLS pseudowire types (RFC 4446), tcpdump's mpls_pw_types_values */
const struct tok dx_mpls_pw_types_values[] = {
	{ 0x0000, "Reserved" },
	{ 0x0001, "Frame Relay DLCI (Martini Mode)" },
	{ 0x0002, "ATM AAL5 SDU VCC transport" },
	{ 0x0003, "ATM transparent cell transport" },
	{ 0x0004, "Ethernet VLAN" },
	{ 0x0005, "Ethernet" },
	{ 0x0006, "Cisco-HDLC" },
	{ 0x0007, "PPP" },
	{ 0x0008, "SONET/SDH Circuit Emulation Service over MPLS" },
	{ 0x0009, "ATM n-to-one VCC cell transport" },
	{ 0x000a, "ATM n-to-one VPC cell transport" },
	{ 0x000b, "IP Layer2 Transport" },
	{ 0x000c, "ATM one-to-one VCC Cell Mode" },
	{ 0x000d, "ATM one-to-one VPC Cell Mode" },
	{ 0x000e, "ATM AAL5 PDU VCC transport" },
	{ 0x000f, "Frame-Relay Port mode" },
	{ 0x0010, "SONET/SDH Circuit Emulation over Packet" },
	{ 0x0011, "Structure-agnostic E1 over Packet" },
	{ 0x0012, "Structure-agnostic T1 (DS1) over Packet" },
	{ 0x0013, "Structure-agnostic E3 over Packet" },
	{ 0x0014, "Structure-agnostic T3 (DS3) over Packet" },
	{ 0x0015, "CESoPSN basic mode" },
	{ 0x0016, "TDMoIP basic mode" },
	{ 0x0017, "CESoPSN TDM with CAS" },
	{ 0x0018, "TDMoIP TDM with CAS" },
	{ 0x0019, "Frame Relay DLCI" },
	{ 0x0040, "IP-interworking" },
	{ 0, NULL }
};

/* SMI network management private enterprise codes (IANA), tcpdump's smi_values */
const struct tok dx_smi_values[] = {
	{ 0, "IETF (reserved)" }, { 5, "ACC" }, { 9, "Cisco" }, { 11, "Hewlett Packard" },
	{ 42, "Sun Microsystems" }, { 61, "Merit" }, { 74, "AT&T" }, { 161, "Motorola" },
	{ 166, "Shiva" }, { 193, "Ericsson AB" }, { 255, "Cisco VPN 5000" },
	{ 307, "Livingston" }, { 311, "Microsoft" }, { 429, "3Com" }, { 529, "Ascend" },
	{ 1584, "Bay Networks" }, { 1991, "Foundry" }, { 2180, "Versanet" },
	{ 2352, "Redback" }, { 2636, "Juniper Networks" }, { 2637, "Aptis" },
	{ 2937, "Deutsche Telekom AG" }, { 3054, "Ixia Communications" },
	{ 3076, "Cisco VPN 3000" }, { 3085, "CoSine Communications" }, { 3199, "Shasta" },
	{ 3224, "Netscreen" }, { 3309, "Nomadix" }, { 3414, "T-Mobile" },
	{ 3561, "The Broadband Forum" }, { 3902, "ZTE" }, { 4329, "Siemens" },
	{ 4491, "CableLabs" }, { 4874, "Unisphere Networks" }, { 5263, "Cisco BBSM" },
	{ 5535, "3rd Generation Partnership Project 2 (3GPP2)" }, { 5806, "SK Telecom" },
	{ 5925, "ipUnplugged" }, { 5948, "Issanni Communications" }, { 5951, "Netscaler" },
	{ 6490, "T-Mobile" }, { 6618, "Quintum" }, { 6728, "Interlink" }, { 7951, "CNCTC" },
	{ 8164, "Starent Networks" }, { 8744, "Colubris" }, { 10415, "3GPP" },
	{ 10529, "Gemtek-Systems" }, { 10704, "Barracuda Networks" },
	{ 10923, "Ericsson AB - Packet Core Networks" }, { 11665, "dacom" },
	{ 11862, "Columbia University" }, { 12356, "Fortinet" },
	{ 12951, "Verizon Wireless" }, { 13745, "Plixer" }, { 14122, "Wi-Fi Alliance" },
	{ 16787, "T-Systems Nova" },
	{ 20942, "China Telecom - Guangzhou Research Institute" },
	{ 26866, "Gigamon Systems" }, { 32622, "CACE Technologies" }, { 35632, "ntop" },
	{ 46098, "Ericsson Canada" },
	{ 0, NULL }
};

void dx_put_hex(struct dx *dx, uint64_t v)
{
	char b[16];
	int i = 16;

	do {
		b[--i] = dx_hexdig[v & 0xf];
		v >>= 4;
	} while (v);
	strbuf_add(dx->out, b + i, (size_t)(16 - i));
}

const char *dx_isonsap_fmt(struct dx *dx, const uint8_t *a, unsigned len)
{
	char *b, *w;
	unsigned i;

	if (len < 1 || len > 20)
		return "isonsap_string: illegal length";
	b = w = dx_namebuf(dx);
	for (i = 0; i < len; i++) {
		w = dx_w_hex2(w, a[i]);
		if ((i & 1) == 0 && i + 1 < len)
			*w++ = '.';
	}
	*w = '\0';
	return b;
}

const char *dx_isonsap_string(struct dx *dx, const uint8_t *p, unsigned len)
{
	DX_TCHECK(dx, p, len);
	return dx_isonsap_fmt(dx, p, len);
}

void dx_put_hexbytes(struct dx *dx, const uint8_t *p, unsigned n, char sep)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		uint8_t c = GET_U8(dx, p + i);

		if (i && sep)
			dx_putc(dx, sep);
		dx_put_hex2(dx, c);
	}
}

void dx_put_relts(struct dx *dx, uint32_t secs)
{
	static const char unit[] = "ywdhms";
	static const uint32_t size[] = { 31536000, 604800, 86400, 3600, 60, 1 };
	unsigned i;

	if (secs == 0) {
		dx_puts(dx, "0s");
		return;
	}
	for (i = 0; secs > 0 && i < 6; i++) {
		if (secs >= size[i]) {
			dx_putu(dx, secs / size[i]);
			dx_putc(dx, unit[i]);
			secs %= size[i];
		}
	}
}

int dx_mask2plen(uint32_t mask)
{
	int plen;

	for (plen = 32; plen >= 0; plen--)
		if ((plen ? ~0u << (32 - plen) : 0u) == mask)
			return plen;
	return -1;
}

unsigned dx_mask62plen(const uint8_t *mask)
{
	unsigned plen = 0, i, bits;

	/* as tcpdump: whole 0xff bytes, then the leading ones of the first
	 * other byte when it is a prefix mask; the rest is not looked at */
	for (i = 0; i < 16; i++) {
		unsigned b = mask[i];

		for (bits = 0; bits < 8 && (b & (0x80u >> bits)); bits++)
			;
		if ((uint8_t)(b << bits) == 0)
			plen += bits;
		if (b != 0xff)
			break;
	}
	return plen;
}
