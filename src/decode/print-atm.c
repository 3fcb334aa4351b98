// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: ATM link types: RFC 1483/2684 (LINKTYPE_ATM_RFC1483, 11), SunATM
 * (LINKTYPE_SUNATM, 123), Linux Classical IP over ATM (LINKTYPE_ATM_CLIP,
 * 19); the cells of the reserved VCIs (Q.2931 signalling, OAM F4/F5 with
 * their CRC-10) and LAN Emulation (LANE). Text as tcpdump 4.99.3
 * print-atm.c, print-sunatm.c, print-cip.c and print-lane.c.
 *
 * ITU-T I.610 (OAM cells: a 4-byte cell header, optionally its HEC byte,
 * then 48 bytes: cell type and function type, 45 function-specific bytes,
 * 6 reserved bits and a CRC-10 over the 48 bytes); the ATM Forum's LANE
 * v1 (a 2-byte LE client id, 0xff00 for LE control frames).
 */
#include "dx.h"
#include "print-atm.h"
#include "print-ether.h"
#include "print.h"

#include <string.h>

/* reserved VCIs of VPI 0 */
#define VCI_METAC	1	/* meta signalling */
#define VCI_BCC		2	/* broadcast signalling */
#define VCI_OAMF4SC	3	/* OAM F4, segment */
#define VCI_OAMF4EC	4	/* OAM F4, end to end */
#define VCI_PPC		5	/* point-to-point signalling */
#define VCI_ILMIC	16	/* ILMI */

#define Q2931		0x09	/* protocol discriminator of UNI 3.1 signalling */

#define ATM_UNKNOWN	0
#define ATM_LANE	1
#define ATM_LLC		2

#define ATM_HDR_LEN_NOHEC	4u
#define OAM_PAYLOAD_LEN		48u
#define OAM_FUNCTION_SPECIFIC_LEN 45u

#define LLC_UI		0x03
#define LLC_UI_HDR(sap) ((unsigned)(sap) << 16 | (unsigned)(sap) << 8 | LLC_UI)

static const struct tok msgtype_values[] = {
	{ 0x02, "Call_proceeding" },
	{ 0x07, "Connect" },
	{ 0x0f, "Connect_ack" },
	{ 0x05, "Setup" },
	{ 0x4d, "Release" },
	{ 0x5a, "Release_complete" },
	{ 0x46, "Restart" },
	{ 0x4e, "Restart_ack" },
	{ 0x7d, "Status" },
	{ 0x75, "Status_enquiry" },
	{ 0x80, "Add_party" },
	{ 0x81, "Add_party_ack" },
	{ 0x82, "Add_party_reject" },
	{ 0x83, "Drop_party" },
	{ 0x84, "Drop_party_ack" },
	{ 0, NULL }
};

static const struct tok oam_f_values[] = {
	{ VCI_OAMF4SC, "OAM F4 (segment)" },
	{ VCI_OAMF4EC, "OAM F4 (end)" },
	{ 0, NULL }
};

static const struct tok atm_pty_values[] = {
	{ 0, "user data, uncongested, SDU 0" },
	{ 1, "user data, uncongested, SDU 1" },
	{ 2, "user data, congested, SDU 0" },
	{ 3, "user data, congested, SDU 1" },
	{ 4, "VCC OAM F5 flow segment" },
	{ 5, "VCC OAM F5 flow end-to-end" },
	{ 6, "Traffic Control and resource Mgmt" },
	{ 0, NULL }
};

#define OAM_CELLTYPE_FM 0x1
#define OAM_CELLTYPE_PM 0x2
#define OAM_CELLTYPE_AD 0x8
#define OAM_CELLTYPE_SM 0xf

#define OAM_FM_AIS	0x0
#define OAM_FM_RDI	0x1
#define OAM_FM_CONTCHECK 0x4
#define OAM_FM_LOOPBACK	0x8

static const struct tok oam_celltype_values[] = {
	{ OAM_CELLTYPE_FM, "Fault Management" },
	{ OAM_CELLTYPE_PM, "Performance Management" },
	{ OAM_CELLTYPE_AD, "activate/deactivate" },
	{ OAM_CELLTYPE_SM, "System Management" },
	{ 0, NULL }
};

static const struct tok oam_fm_functype_values[] = {
	{ OAM_FM_AIS, "AIS" },
	{ OAM_FM_RDI, "RDI" },
	{ OAM_FM_CONTCHECK, "Continuity Check" },
	{ OAM_FM_LOOPBACK, "Loopback" },
	{ 0, NULL }
};

static const struct tok oam_pm_functype_values[] = {
	{ 0, "Forward Monitoring" },
	{ 1, "Backward Reporting" },
	{ 2, "Monitoring and Reporting" },
	{ 0, NULL }
};

static const struct tok oam_ad_functype_values[] = {
	{ 0, "Performance Monitoring" },
	{ 1, "Continuity Check" },
	{ 0, NULL }
};

static const struct tok oam_loopback_indicator_values[] = {
	{ 0, "Reply" },
	{ 1, "Request" },
	{ 0, NULL }
};

static const struct tok lane_opcode_values[] = {
	{ 0x0001, "configure request" },
	{ 0x0101, "configure response" },
	{ 0x0002, "join request" },
	{ 0x0102, "join response" },
	{ 0x0003, "ready query" },
	{ 0x0103, "ready indication" },
	{ 0x0004, "register request" },
	{ 0x0104, "register response" },
	{ 0x0005, "unregister request" },
	{ 0x0105, "unregister response" },
	{ 0x0006, "ARP request" },
	{ 0x0106, "ARP response" },
	{ 0x0007, "flush request" },
	{ 0x0107, "flush response" },
	{ 0x0008, "NARP request" },
	{ 0x0009, "topology request" },
	{ 0, NULL }
};

/* CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1) of I.610 over n bytes already
 * checked; 0 over a cell that carries its CRC */
static unsigned crc10(const uint8_t *p, unsigned n)
{
	unsigned acc = 0, i, t, j;

	for (i = 0; i < n; i++) {
		/* the table entry for the accumulator's top 8 bits, computed */
		t = ((acc >> 2) & 0xff) << 2;
		for (j = 0; j < 8; j++) {
			t <<= 1;
			if (t & 0x400)
				t ^= 0x633;
		}
		acc = ((acc << 8) & 0x3ff) ^ (t & 0x3ff) ^ p[i];
	}
	return acc;
}

/* an 802.2 frame; the bytes taken, the payload dumped in hex when unknown */
static unsigned atm_llc_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen)
{
	int hl = llc_print(dx, p, length, caplen, NULL, NULL);

	if (hl < 0) {
		ether_default_print(dx, p, caplen);
		hl = -hl;
	}
	return (unsigned)hl;
}

/* Q.2931 (UNI 3.1) signalling on VCI 5: the message type and call reference */
static void sig_print(struct dx *dx, const uint8_t *p)
{
	unsigned disc = GET_U8(dx, p), type, ref;

	if (disc != Q2931) {
		DX_LAYER(dx, p, 1, "SSCOP, protocol %u", disc);
		DX_LAYER_END(dx);
		dx_printf(dx, "SSCOP, proto %u ", disc);
		return;
	}
	type = GET_U8(dx, p + 5);
	ref = GET_BE24(dx, p + 2);
	DX_LAYER(dx, p, 6, "Q.2931 signalling, %s", tok2str(dx, msgtype_values, "msgtype#%u", type));
	DX_FIELD(dx, p, 1, "Protocol discriminator: Q.2931 (0x%02x)", disc);
	DX_FIELD(dx, p + 2, 3, "Call reference: 0x%06x", ref);
	DX_FIELD(dx, p + 5, 1, "Message type: %s (0x%02x)", tok2str(dx, msgtype_values, "msgtype#%u", type),
		 type);
	DX_LAYER_END(dx);
	dx_printf(dx, "Q.2931:%s CALL_REF:0x%06x", tok2str(dx, msgtype_values, "msgtype#%u", type), ref);
}

/* LANE: LE control frames, or an Ethernet frame after the LE client id */
static void lane_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen)
{
	unsigned hdr, op;

	dx_proto(dx, "lane");
	hdr = GET_BE16(dx, p);
	if (hdr == 0xff00) {
		op = GET_BE16(dx, p + 4);
		DX_LAYER(dx, p, 6, "LAN Emulation control, %s", tok2str(dx, lane_opcode_values, "opcode-#%u", op));
		DX_FIELD(dx, p + 2, 1, "Protocol: 0x%x", GET_U8(dx, p + 2));
		DX_FIELD(dx, p + 3, 1, "Version: 0x%x", GET_U8(dx, p + 3));
		DX_FIELD(dx, p + 4, 2, "Opcode: %s (0x%04x)", tok2str(dx, lane_opcode_values, "opcode-#%u", op), op);
		DX_LAYER_END(dx);
		dx_printf(dx, "lec: proto %x vers %x %s", GET_U8(dx, p + 2), GET_U8(dx, p + 3),
			  tok2str(dx, lane_opcode_values, "opcode-#%u", op));
		return;
	}
	DX_LAYER(dx, p, 2, "LAN Emulation, LE client id 0x%x", hdr);
	DX_LAYER_END(dx);
	length -= 2;
	caplen -= 2;
	/* the client id prints once the Ethernet header is known to be there */
	if (caplen >= 14 && length >= 14)
		dx_printf(dx, "lecid:%x ", hdr);
	ether_print(dx, p + 2, length, caplen);
}

void oam_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned hec)
{
	const uint8_t *q;
	const struct tok *ft;
	uint32_t cell;
	unsigned vpi, vci, pt, clp, ctype, ftype, i, cksum, good;

	dx_proto(dx, "oam");
	cell = GET_BE32(dx, p + hec);
	ctype = GET_U8(dx, p + ATM_HDR_LEN_NOHEC + hec) >> 4;
	ftype = GET_U8(dx, p + ATM_HDR_LEN_NOHEC + hec) & 0x0f;
	vpi = (cell >> 20) & 0xff;
	vci = (cell >> 4) & 0xffff;
	pt = (cell >> 1) & 0x7;
	clp = cell & 1;
	DX_LAYER(dx, p, ATM_HDR_LEN_NOHEC + hec + OAM_PAYLOAD_LEN, "%s, vpi %u, vci %u",
		 tok2str(dx, oam_f_values, "OAM F5", vci), vpi, vci);
	DX_FIELD(dx, p + hec, 4, "Cell header: 0x%08x (vpi %u, vci %u, payload type %u, clp %u)", cell, vpi,
		 vci, pt, clp);
	dx_printf(dx, "%s, vpi %u, vci %u, payload [ %s ], clp %u, length %u",
		  tok2str(dx, oam_f_values, "OAM F5", vci), vpi, vci,
		  tok2str(dx, atm_pty_values, "Unknown", pt), clp, length);
	DX_FIELD(dx, p + ATM_HDR_LEN_NOHEC + hec, 1, "Cell type: %s (%u), function type %u",
		 tok2str(dx, oam_celltype_values, "unknown", ctype), ctype, ftype);
	if (!dx->opts->verbose) {
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, "\n\tcell-type %s (%u)", tok2str(dx, oam_celltype_values, "unknown", ctype), ctype);
	ft = ctype == OAM_CELLTYPE_FM ? oam_fm_functype_values :
	     ctype == OAM_CELLTYPE_PM ? oam_pm_functype_values :
	     ctype == OAM_CELLTYPE_AD ? oam_ad_functype_values : NULL;
	if (!ft)
		dx_printf(dx, ", func-type unknown (%u)", ftype);
	else
		dx_printf(dx, ", func-type %s (%u)", tok2str(dx, ft, "none", ftype), ftype);
	p += ATM_HDR_LEN_NOHEC + hec;
	q = p + 1;
	if (ctype == OAM_CELLTYPE_FM && ftype == OAM_FM_LOOPBACK) {
		DX_TCHECK(dx, q, OAM_FUNCTION_SPECIFIC_LEN);
		DX_FIELD(dx, q, 1, "Loopback indicator: %s",
			 tok2str(dx, oam_loopback_indicator_values, "Unknown", GET_U8(dx, q) & 1));
		DX_FIELD(dx, q + 1, 4, "Correlation tag: 0x%08x", GET_BE32(dx, q + 1));
		DX_FIELD(dx, q + 5, 12, "Location ID");
		DX_FIELD(dx, q + 17, 12, "Source ID");
		dx_printf(dx, "\n\tLoopback-Indicator %s, Correlation-Tag 0x%08x",
			  tok2str(dx, oam_loopback_indicator_values, "Unknown", GET_U8(dx, q) & 1),
			  GET_BE32(dx, q + 1));
		/* tcpdump prints the 16-bit words at the odd offsets of each ID */
		dx_puts(dx, "\n\tLocation-ID ");
		for (i = 1; i < 12; i += 2)
			dx_printf(dx, "%04x ", GET_BE16(dx, q + 5 + i));
		dx_puts(dx, "\n\tSource-ID   ");
		for (i = 1; i < 12; i += 2)
			dx_printf(dx, "%04x ", GET_BE16(dx, q + 17 + i));
	} else if (ctype == OAM_CELLTYPE_FM && (ftype == OAM_FM_AIS || ftype == OAM_FM_RDI)) {
		DX_TCHECK(dx, q, OAM_FUNCTION_SPECIFIC_LEN);
		DX_FIELD(dx, q, 1, "Failure type: 0x%02x", GET_U8(dx, q));
		DX_FIELD(dx, q + 1, 16, "Failure location");
		dx_printf(dx, "\n\tFailure-type 0x%02x", GET_U8(dx, q));
		dx_puts(dx, "\n\tLocation-ID ");
		for (i = 1; i < 16; i += 2)
			dx_printf(dx, "%04x ", GET_BE16(dx, q + 1 + i));
	}
	cksum = GET_BE16(dx, p + 1 + OAM_FUNCTION_SPECIFIC_LEN) & 0x3ff;
	good = crc10(p, OAM_PAYLOAD_LEN) == 0;
	DX_FIELD(dx, p + 1 + OAM_FUNCTION_SPECIFIC_LEN, 2, "CRC-10: 0x%03x (%s)", cksum,
		 good ? "correct" : "incorrect");
	DX_LAYER_END(dx);
	dx_printf(dx, "\n\tcksum 0x%03x (%scorrect)", cksum, good ? "" : "in");
}

/* an AAL5 frame on (vpi, vci) */
static void atm_print(struct dx *dx, unsigned vpi, unsigned vci, unsigned traftype,
			  const uint8_t *p, unsigned length, unsigned caplen)
{
	dx_proto(dx, "atm");
	if (dx->opts->link_header)
		dx_printf(dx, "VPI:%u VCI:%u ", vpi, vci);
	if (vpi == 0) {
		switch (vci) {
		case VCI_PPC:
			sig_print(dx, p);
			return;
		case VCI_BCC:
			dx_puts(dx, "broadcast sig: ");
			return;
		case VCI_OAMF4SC:
		case VCI_OAMF4EC:
			oam_print(dx, p, length, 1);
			return;
		case VCI_METAC:
			dx_puts(dx, "meta: ");
			return;
		case VCI_ILMIC:
			dx_puts(dx, "ilmi: ");
			snmp_print(dx, p, length);
			return;
		}
	}
	if (traftype == ATM_LANE)
		lane_print(dx, p, length, caplen);
	else	/* LLC when the type is not known */
		atm_llc_print(dx, p, length, caplen);
}

unsigned sunatm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned dir, vpi, vci, traftype;

	dx_proto(dx, "sunatm");
	dir = GET_U8(dx, p);
	if (dx->opts->link_header)
		dx_puts(dx, dir & 0x80 ? "Tx: " : "Rx: ");
	switch (dir & 0x0f) {
	case 1:
		traftype = ATM_LANE;
		break;
	case 2:
		traftype = ATM_LLC;
		break;
	default:
		traftype = ATM_UNKNOWN;
		break;
	}
	vpi = GET_U8(dx, p + 1);
	vci = GET_BE16(dx, p + 2);
	DX_LAYER(dx, p, 4, "SunATM, %s, VPI %u, VCI %u", dir & 0x80 ? "Tx" : "Rx", vpi, vci);
	DX_FIELD(dx, p, 1, "Direction and type: 0x%02x (%s, %s)", dir, dir & 0x80 ? "transmit" : "receive",
		 traftype == ATM_LANE ? "LANE" : traftype == ATM_LLC ? "LLC" : "unknown");
	DX_FIELD(dx, p + 1, 1, "VPI: %u", vpi);
	DX_FIELD(dx, p + 2, 2, "VCI: %u", vci);
	DX_LAYER_END(dx);
	/* tcpdump counts the pseudo-header alone as the link header */
	atm_print(dx, vpi, vci, traftype, p + 4, length - 4, caplen - 4);
	return 4;
}

unsigned atm_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	unsigned hdr = 0;
	uint32_t llc;

	dx_proto(dx, "atm");
	/* Cisco-style NLPID: a UI byte, then the NLPID */
	if (GET_U8(dx, p) == LLC_UI) {
		if (dx->opts->link_header)
			dx_puts(dx, "CNLPID ");
		DX_LAYER(dx, p, 1, "ATM, Cisco NLPID encapsulation");
		DX_LAYER_END(dx);
		isoclns_print(dx, p + 1, length - 1);
		return 1;
	}
	llc = GET_BE24(dx, p);
	if (llc != LLC_UI_HDR(0xaa) && llc != LLC_UI_HDR(0xfe) && llc != LLC_UI_HDR(0x06)) {
		/* taken for the 802.6 MAC header of the Fore driver, 20 bytes */
		if (dx->opts->link_header)
			dx_printf(dx, "%08x%08x %08x%08x ", GET_BE32(dx, p), GET_BE32(dx, p + 4),
				  GET_BE32(dx, p + 8), GET_BE32(dx, p + 12));
		DX_TCHECK(dx, p, 20);
		DX_LAYER(dx, p, 20, "IEEE 802.6 MAC header");
		DX_LAYER_END(dx);
		p += 20;
		length -= 20;
		caplen -= 20;
		hdr = 20;
	}
	return hdr + atm_llc_print(dx, p, length, caplen);
}

unsigned cip_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	static const uint8_t rfc1483_llc[6] = { 0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00 };

	/* no header of its own: the name for " [|cip]" only, not a layer */
	dx->proto = "cip";
	if (dx->opts->link_header)
		dx_printf(dx, "%u: ", length);
	DX_TCHECK(dx, p, sizeof(rfc1483_llc));
	if (memcmp(p, rfc1483_llc, sizeof(rfc1483_llc)) == 0)
		return atm_llc_print(dx, p, length, caplen);
	/* no LLC header: IP */
	ip_print(dx, p, length);
	return 0;
}
