// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IEEE 802.11 frames (LINKTYPE_IEEE802_11 105) and the radiotap
 * header before them (LINKTYPE_IEEE802_11_RADIO 127). Text as tcpdump
 * 4.99.3 print-802_11.c.
 *
 * IEEE Std 802.11-2016 clause 9 for the MAC header, the management frame
 * bodies and their elements; https://www.radiotap.org for the radiotap
 * fields, each aligned to its own size from the start of the header.
 */
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "print-ether.h"
#include "print.h"

#define FC_TYPE(fc) (((fc) >> 2) & 3u)
#define FC_SUBTYPE(fc) (((fc) >> 4) & 0xfu)
#define FC_TO_DS 0x0100u
#define FC_FROM_DS 0x0200u
#define FC_MORE_FRAG 0x0400u
#define FC_RETRY 0x0800u
#define FC_PWR_MGMT 0x1000u
#define FC_MORE_DATA 0x2000u
#define FC_PROTECTED 0x4000u
#define FC_ORDER 0x8000u

enum { T_MGMT, T_CTRL, T_DATA };

/* data subtype bits */
#define D_CF_ACK 1u
#define D_CF_POLL 2u
#define D_NULL 4u
#define D_QOS 8u

#define MGMT_HDRLEN 24u

static const struct tok mgmt_names[] = {
	{ 0, "Assoc Request" },
	{ 1, "Assoc Response" },
	{ 2, "ReAssoc Request" },
	{ 3, "ReAssoc Response" },
	{ 4, "Probe Request" },
	{ 5, "Probe Response" },
	{ 8, "Beacon" },
	{ 9, "ATIM" },
	{ 10, "Disassociation" },
	{ 11, "Authentication" },
	{ 12, "DeAuthentication" },
	{ 13, "Action" },
	{ 0, NULL }
};

static const struct tok ctrl_names[] = {
	{ 7, "Control Wrapper" },
	{ 8, "BAR" },
	{ 9, "BA" },
	{ 10, "Power Save-Poll" },
	{ 11, "Request-To-Send" },
	{ 12, "Clear-To-Send" },
	{ 13, "Acknowledgment" },
	{ 14, "CF-End" },
	{ 15, "CF-End+CF-Ack" },
	{ 0, NULL }
};

/* header length of each control subtype from 7 (Control Wrapper) on */
static const unsigned ctrl_hdrlen[9] = { 16, 20, 10, 16, 16, 10, 10, 16, 16 };

static const char *const auth_alg_names[] = { "Open System", "Shared Key", "EAP" };

/* HT data rates in Mb/s by MCS index: 20 MHz long, short GI; 40 MHz long, short GI */
static const float ht_rates[77][4] = {
	{ 6.5f, 7.2f, 13.5f, 15.0f },
	{ 13.0f, 14.4f, 27.0f, 30.0f },
	{ 19.5f, 21.7f, 40.5f, 45.0f },
	{ 26.0f, 28.9f, 54.0f, 60.0f },
	{ 39.0f, 43.3f, 81.0f, 90.0f },
	{ 52.0f, 57.8f, 108.0f, 120.0f },
	{ 58.5f, 65.0f, 121.5f, 135.0f },
	{ 65.0f, 72.2f, 135.0f, 150.0f },
	{ 13.0f, 14.4f, 27.0f, 30.0f },
	{ 26.0f, 28.9f, 54.0f, 60.0f },
	{ 39.0f, 43.3f, 81.0f, 90.0f },
	{ 52.0f, 57.8f, 108.0f, 120.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 104.0f, 115.6f, 216.0f, 240.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 130.0f, 144.4f, 270.0f, 300.0f },
	{ 19.5f, 21.7f, 40.5f, 45.0f },
	{ 39.0f, 43.3f, 81.0f, 90.0f },
	{ 58.5f, 65.0f, 121.5f, 135.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 156.0f, 173.3f, 324.0f, 360.0f },
	{ 175.5f, 195.0f, 364.5f, 405.0f },
	{ 195.0f, 216.7f, 405.0f, 450.0f },
	{ 26.0f, 28.9f, 54.0f, 60.0f },
	{ 52.0f, 57.8f, 108.0f, 120.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 104.0f, 115.6f, 216.0f, 240.0f },
	{ 156.0f, 173.3f, 324.0f, 360.0f },
	{ 208.0f, 231.1f, 432.0f, 480.0f },
	{ 234.0f, 260.0f, 486.0f, 540.0f },
	{ 260.0f, 288.9f, 540.0f, 600.0f },
	{ 0.0f, 0.0f, 6.0f, 6.7f },
	{ 39.0f, 43.3f, 81.0f, 90.0f },
	{ 52.0f, 57.8f, 108.0f, 120.0f },
	{ 65.0f, 72.2f, 135.0f, 150.0f },
	{ 58.5f, 65.0f, 121.5f, 135.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 97.5f, 108.3f, 202.5f, 225.0f },
	{ 52.0f, 57.8f, 108.0f, 120.0f },
	{ 65.0f, 72.2f, 135.0f, 150.0f },
	{ 65.0f, 72.2f, 135.0f, 150.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 91.0f, 101.1f, 189.0f, 210.0f },
	{ 91.0f, 101.1f, 189.0f, 210.0f },
	{ 104.0f, 115.6f, 216.0f, 240.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 97.5f, 108.3f, 202.5f, 225.0f },
	{ 97.5f, 108.3f, 202.5f, 225.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 136.5f, 151.7f, 283.5f, 315.0f },
	{ 136.5f, 151.7f, 283.5f, 315.0f },
	{ 156.0f, 173.3f, 324.0f, 360.0f },
	{ 65.0f, 72.2f, 135.0f, 150.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 91.0f, 101.1f, 189.0f, 210.0f },
	{ 78.0f, 86.7f, 162.0f, 180.0f },
	{ 91.0f, 101.1f, 189.0f, 210.0f },
	{ 104.0f, 115.6f, 216.0f, 240.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 104.0f, 115.6f, 216.0f, 240.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 130.0f, 144.4f, 270.0f, 300.0f },
	{ 130.0f, 144.4f, 270.0f, 300.0f },
	{ 143.0f, 158.9f, 297.0f, 330.0f },
	{ 97.5f, 108.3f, 202.5f, 225.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 136.5f, 151.7f, 283.5f, 315.0f },
	{ 117.0f, 130.0f, 243.0f, 270.0f },
	{ 136.5f, 151.7f, 283.5f, 315.0f },
	{ 156.0f, 173.3f, 324.0f, 360.0f },
	{ 175.5f, 195.0f, 364.5f, 405.0f },
	{ 156.0f, 173.3f, 324.0f, 360.0f },
	{ 175.5f, 195.0f, 364.5f, 405.0f },
	{ 195.0f, 216.7f, 405.0f, 450.0f },
	{ 195.0f, 216.7f, 405.0f, 450.0f },
	{ 214.5f, 238.3f, 445.5f, 495.0f },
};

static const char *const status_text[] = {
	"Successful",	/* 0 */
	"Unspecified failure",	/* 1 */
	"TDLS wakeup schedule rejected but alternative schedule provided",	/* 2 */
	"TDLS wakeup schedule rejected",	/* 3 */
	"Reserved",	/* 4 */
	"Security disabled",	/* 5 */
	"Unacceptable lifetime",	/* 6 */
	"Not in same BSS",	/* 7 */
	"Reserved",	/* 8 */
	"Reserved",	/* 9 */
	"Cannot Support all requested capabilities in the Capability Information field",	/* 10 */
	"Reassociation denied due to inability to confirm that association exists",	/* 11 */
	"Association denied due to reason outside the scope of this standard",	/* 12 */
	"Responding STA does not support the specified authentication algorithm",	/* 13 */
	"Received an Authentication frame with authentication transaction sequence number out of expected sequence",	/* 14 */
	"Authentication rejected because of challenge failure",	/* 15 */
	"Authentication rejected due to timeout waiting for next frame in sequence",	/* 16 */
	"Association denied because AP is unable to handle additional associated STAs",	/* 17 */
	"Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set field in the VHT Operation parameter",	/* 18 */
	"Association denied due to requesting STA not supporting the short preamble option",	/* 19 */
	"Reserved",	/* 20 */
	"Reserved",	/* 21 */
	"Association request rejected because Spectrum Management capability is required",	/* 22 */
	"Association request rejected because the information in the Power Capability element is unacceptable",	/* 23 */
	"Association request rejected because the information in the Supported Channels element is unacceptable",	/* 24 */
	"Association denied due to requesting STA not supporting the Short Slot Time option",	/* 25 */
	"Reserved",	/* 26 */
	"Association denied because the requested STA does not support HT features",	/* 27 */
	"R0KH unreachable",	/* 28 */
	"Association denied because the requesting STA does not support the phased coexistence operation (PCO) transition time required by the AP",	/* 29 */
	"Association request rejected temporarily; try again later",	/* 30 */
	"Robust management frame policy violation",	/* 31 */
	"Unspecified, QoS-related failure",	/* 32 */
	"Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA",	/* 33 */
	"Association denied due to excessive frame loss rates and/or poor conditions on current operating channel",	/* 34 */
	"Association (with QoS BSS) denied because the requesting STA does not support the QoS facility",	/* 35 */
	"Reserved",	/* 36 */
	"The request has been declined",	/* 37 */
	"The request has not been successful as one or more parameters have invalid values",	/* 38 */
	"The allocation or TS has not been created because the request cannot be honored; however, a suggested TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS with the suggested changes to the TSPEC/DMG TSPEC",	/* 39 */
	"Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",	/* 40 */
	"Invalid group cipher",	/* 41 */
	"Invalid pairwise cipher",	/* 42 */
	"Invalid AKMP",	/* 43 */
	"Unsupported RSNE version",	/* 44 */
	"Invalid RSNE capabilities",	/* 45 */
	"Cipher suite rejected because of security policy",	/* 46 */
	"The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or allocation, in response to a request, after the time indicated in the TS Delay element",	/* 47 */
	"Direct Link is not allowed in the BSS by policy",	/* 48 */
	"The Destination STA is not present within this BSS",	/* 49 */
	"The Destination STA is not a QoS STA",	/* 50 */
	"Association denied because the listen interval is too large",	/* 51 */
	"Invalid FT Action frame count",	/* 52 */
	"Invalid pairwise master key identifier (PMKID)",	/* 53 */
	"Invalid MDE",	/* 54 */
	"Invalid FTE",	/* 55 */
	"Requested TCLAS processing is not supported by the AP or PCP",	/* 56 */
	"The AP or PCP has insufficient TCLAS processing resources to satisfy the request",	/* 57 */
	"The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that the STA transition to a different BSS to set up the TS",	/* 58 */
	"GAS Advertisement Protocol not supported",	/* 59 */
	"No outstanding GAS request",	/* 60 */
	"GAS Response not received from the Advertisement Server",	/* 61 */
	"STA timed out waiting for GAS Query Response",	/* 62 */
	"LARGE GAS Response is larger than query response length limit",	/* 63 */
	"Request refused because home network does not support request",	/* 64 */
	"Advertisement Server in the network is not currently reachable",	/* 65 */
	"Reserved",	/* 66 */
	"Request refused due to permissions received via SSPN interface",	/* 67 */
	"Request refused because the AP or PCP does not support unauthenticated access",	/* 68 */
	"Reserved",	/* 69 */
	"Reserved",	/* 70 */
	"Reserved",	/* 71 */
	"Invalid contents of RSNE",	/* 72 */
	"U-APSD coexistence is not supported",	/* 73 */
	"Requested U-APSD coexistence mode is not supported",	/* 74 */
	"Requested Interval/Duration value cannot be supported with U-APSD coexistence",	/* 75 */
	"Authentication is rejected because an Anti-Clogging Token is required",	/* 76 */
	"Authentication is rejected because the offered finite cyclic group is not supported",	/* 77 */
	"The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT",	/* 78 */
	"Transmission failure",	/* 79 */
	"Requested TCLAS Not Supported",	/* 80 */
	"TCLAS Resources Exhausted",	/* 81 */
	"Rejected with Suggested BSS transition",	/* 82 */
	"Reject with recommended schedule",	/* 83 */
	"Reject because no wakeup schedule specified",	/* 84 */
	"Success, the destination STA is in power save mode",	/* 85 */
	"FST pending, in process of admitting FST session",	/* 86 */
	"Performing FST now",	/* 87 */
	"FST pending, gap(s) in block ack window",	/* 88 */
	"Reject because of U-PID setting",	/* 89 */
	"Reserved",	/* 90 */
	"Reserved",	/* 91 */
	"(Re)Association refused for some external reason",	/* 92 */
	"(Re)Association refused because of memory limits at the AP",	/* 93 */
	"(Re)Association refused because emergency services are not supported at the AP",	/* 94 */
	"GAS query response not yet received",	/* 95 */
	"Reject since the request is for transition to a frequency band subject to DSE procedures and FST Initiator is a dependent STA",	/* 96 */
	"Requested TCLAS processing has been terminated by the AP",	/* 97 */
	"The TS schedule conflicts with an existing schedule; an alternative schedule is provided",	/* 98 */
	"The association has been denied; however, one or more Multi-band elements are included that can be used by the receiving STA to join the BSS",	/* 99 */
	"The request failed due to a reservation conflict",	/* 100 */
	"The request failed due to exceeded MAF limit",	/* 101 */
	"The request failed due to exceeded MCCA track limit",	/* 102 */
	"Association denied because the information in theSpectrum Management field is unacceptable",	/* 103 */
	"Association denied because the requesting STA does not support VHT features",	/* 104 */
	"Enablement denied",	/* 105 */
	"Enablement denied due to restriction from an authorized GDB",	/* 106 */
	"Authorization deenabled",	/* 107 */
};

static const char *const reason_text[] = {
	"Reserved",	/* 0 */
	"Unspecified reason",	/* 1 */
	"Previous authentication no longer valid",	/* 2 */
	"Deauthenticated because sending STA is leaving (or has left) IBSS or ESS",	/* 3 */
	"Disassociated due to inactivity",	/* 4 */
	"Disassociated because AP is unable to handle all currently  associated STAs",	/* 5 */
	"Class 2 frame received from nonauthenticated STA",	/* 6 */
	"Class 3 frame received from nonassociated STA",	/* 7 */
	"Disassociated because sending STA is leaving (or has left) BSS",	/* 8 */
	"STA requesting (re)association is not authenticated with responding STA",	/* 9 */
	"Disassociated because the information in the Power Capability element is unacceptable",	/* 10 */
	"Disassociated because the information in the Supported Channels element is unacceptable",	/* 11 */
	"Disassociated due to BSS transition management",	/* 12 */
	"Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",	/* 13 */
	"Message integrity code (MIC) failure",	/* 14 */
	"4-Way Handshake timeout",	/* 15 */
	"Group key handshake timeout",	/* 16 */
	"Information element in 4-Way Handshake different from (Re)AssociationRequest/Probe Response/Beacon frame",	/* 17 */
	"Invalid group cipher",	/* 18 */
	"Invalid pairwise cipher",	/* 19 */
	"Invalid AKMP",	/* 20 */
	"Unsupported RSNE version",	/* 21 */
	"Invalid RSNE capabilities",	/* 22 */
	"IEEE 802.1X authentication failed",	/* 23 */
	"Cipher suite rejected because of the security policy",	/* 24 */
	"TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link",	/* 25 */
	"TDLS direct-link teardown for unspecified reason",	/* 26 */
	"Disassociated because session terminated by SSP request",	/* 27 */
	"Disassociated because of lack of SSP roaming agreement",	/* 28 */
	"Requested service rejected because of SSP cipher suite or AKM requirement",	/* 29 */
	"Requested service not authorized in this location",	/* 30 */
	"TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service characteristics or operational mode (e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)",	/* 31 */
	"Disassociated for unspecified, QoS-related reason",	/* 32 */
	"Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA",	/* 33 */
	"Disassociated because of excessive number of frames that need to be acknowledged, but are not acknowledged due to AP transmissions and/or poor channel conditions",	/* 34 */
	"Disassociated because STA is transmitting outside the limits of its TXOPs",	/* 35 */
	"Requested from peer STA as the STA is leaving the BSS (or resetting)",	/* 36 */
	"Requested from peer STA as it does not want to use the mechanism",	/* 37 */
	"Requested from peer STA as the STA received frames using the mechanism for which a set up is required",	/* 38 */
	"Requested from peer STA due to time out",	/* 39 */
	"Reserved",	/* 40 */
	"Reserved",	/* 41 */
	"Reserved",	/* 42 */
	"Reserved",	/* 43 */
	"Reserved",	/* 44 */
	"Peer STA does not support the requested cipher suite",	/* 45 */
	"In a DLS Teardown frame: The teardown was initiated by the DLS peer. In a Disassociation frame: Disassociated because authorized access limit reached",	/* 46 */
	"In a DLS Teardown frame: The teardown was initiated by the AP. In a Disassociation frame: Disassociated due to external service requirements",	/* 47 */
	"Invalid FT Action frame count",	/* 48 */
	"Invalid pairwise master key identifier (PMKID)",	/* 49 */
	"Invalid MDE",	/* 50 */
	"Invalid FTE",	/* 51 */
	"Mesh peering canceled for unknown reasons",	/* 52 */
	"The mesh STA has reached the supported maximum number of peer mesh STAs",	/* 53 */
	"The received information violates the Mesh Configuration policy configured in the mesh STA profile",	/* 54 */
	"The mesh STA has received a Mesh Peering Close frame requesting to close the mesh peering",	/* 55 */
	"The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, without receiving a Mesh Peering Confirm frame",	/* 56 */
	"The confirmTimer for the mesh peering instance times out",	/* 57 */
	"The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match",	/* 58 */
	"The mesh STA receives inconsistent information about the mesh parameters between mesh peering Management frames",	/* 59 */
	"The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the pairwise ciphersuite or group ciphersuite",	/* 60 */
	"The mesh STA does not have proxy information for this external destination",	/* 61 */
	"The mesh STA does not have forwarding information for this destination",	/* 62 */
	"The mesh STA determines that the link to the next hop of an active path in its forwarding information is no longer usable",	/* 63 */
	"The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS",	/* 64 */
	"The mesh STA performs channel switch to meet regulatory requirements",	/* 65 */
	"The mesh STA performs channel switching with unspecified reason",	/* 66 */
};

#define N_STATUS (sizeof(status_text) / sizeof(status_text[0]))
#define N_REASON (sizeof(reason_text) / sizeof(reason_text[0]))

static const char *status_name(unsigned v)
{
	return v < N_STATUS ? status_text[v] : "n/a";
}

static const char *reason_name(unsigned v)
{
	return v < N_REASON ? reason_text[v] : "Reserved";
}

/* ---- management frame bodies ------------------------------------------ */

/* the first of each element kind the body holds, as the text shows it */
struct wifi_elems {
	int have_ssid, have_rates, have_ds, have_tim, have_cf, have_challenge;
	uint8_t ssid_len, rates_len, channel;
	uint8_t ssid[33];
	uint8_t rates[16];
};

/* Walk the elements in [p, p+length): 1 when all were whole, 0 when cut
 * or one is too long for its kind (the text then ends with " [|802.11]"). */
static int parse_elements(struct dx *dx, struct wifi_elems *e, const uint8_t *p, unsigned length)
{
	while (length != 0) {
		unsigned id, elen;

		if (!DX_TTEST(dx, p, 2) || length < 2)
			return 0;
		id = p[0];
		elen = p[1];
		if (!DX_TTEST(dx, p + 2, elen))
			return 0;
		if (length < elen + 2)
			return 0;
		DX_FIELD(dx, p, 2 + elen, "Element %u, length %u", id, elen);
		switch (id) {
		case 0:		/* SSID */
			if (elen > 32)
				return 0;
			if (!e->have_ssid) {
				memcpy(e->ssid, p + 2, elen);
				e->ssid[elen] = 0;
				e->ssid_len = (uint8_t)elen;
				e->have_ssid = 1;
			}
			break;
		case 16:	/* challenge text */
			if (elen > 253)
				return 0;
			e->have_challenge = 1;
			break;
		case 1:		/* supported rates */
			if (elen > 16)
				return 0;
			if (!e->have_rates && elen != 0) {
				memcpy(e->rates, p + 2, elen);
				e->rates_len = (uint8_t)elen;
				e->have_rates = 1;
			}
			break;
		case 3:		/* DS parameter set */
			if (elen == 1 && !e->have_ds) {
				e->channel = p[2];
				e->have_ds = 1;
			}
			break;
		case 4:		/* CF parameter set */
			if (elen == 6)
				e->have_cf = 1;
			break;
		case 5:		/* TIM */
			if (elen > 3 && elen - 3 > 251)
				return 0;
			if (elen > 3)
				e->have_tim = 1;
			break;
		default:
			break;
		}
		p += 2 + elen;
		length -= 2 + elen;
	}
	return 1;
}

static void print_ssid(struct dx *dx, const struct wifi_elems *e)
{
	unsigned i;

	if (!e->have_ssid)
		return;
	dx_puts(dx, " (");
	for (i = 0; i < e->ssid_len && e->ssid[i]; i++)
		dx_print_char(dx, e->ssid[i]);
	dx_putc(dx, ')');
}

static void print_rates(struct dx *dx, const struct wifi_elems *e)
{
	const char *sep = " [";
	unsigned i;

	if (!e->have_rates)
		return;
	for (i = 0; i < e->rates_len; i++) {
		unsigned r = e->rates[i];

		dx_printf(dx, "%s%2.1f%s", sep, .5 * (r & 0x7f), r & 0x80 ? "*" : "");
		sep = " ";
	}
	if (e->rates_len)
		dx_puts(dx, " Mbit]");
}

static void print_channel(struct dx *dx, const struct wifi_elems *e, unsigned cap)
{
	if (e->have_ds)
		dx_printf(dx, " CH: %u", e->channel);
	if (cap & 0x10)
		dx_puts(dx, ", PRIVACY");
}

/* Beacon and Probe Response: time stamp, interval, capabilities, elements */
static int beacon_body(struct dx *dx, const uint8_t *p, unsigned length, int beacon)
{
	struct wifi_elems e;
	unsigned cap;
	int ret;

	memset(&e, 0, sizeof(e));
	if (!DX_TTEST(dx, p, 12))
		return 0;
	if (length < 12)
		return 0;
	DX_FIELD(dx, p, 8, "Timestamp: %llu", (unsigned long long)GET_LE64(dx, p));
	DX_FIELD(dx, p + 8, 2, "Beacon interval: %u", GET_LE16(dx, p + 8));
	cap = GET_LE16(dx, p + 10);
	DX_FIELD(dx, p + 10, 2, "Capabilities: 0x%04x", cap);
	ret = parse_elements(dx, &e, p + 12, length - 12);
	print_ssid(dx, &e);
	print_rates(dx, &e);
	if (beacon)
		dx_puts(dx, cap & 1 ? " ESS" : " IBSS");
	print_channel(dx, &e, cap);
	return ret;
}

/* The n little-endian 16-bit fixed fields a body starts with, into v and
 * the tree as names[i] ("%u" in each); 0 when cut or longer than the body */
static int fixed_fields(struct dx *dx, const uint8_t *p, unsigned length, unsigned n, unsigned *v,
			const char *const *names)
{
	unsigned i;

	if (!DX_TTEST(dx, p, 2 * n) || length < 2 * n)
		return 0;
	for (i = 0; i < n; i++) {
		v[i] = GET_LE16(dx, p + 2 * i);
		DX_FIELD(dx, p + 2 * i, 2, "%s: %u", names[i], v[i]);
	}
	return 1;
}

static int assoc_response_body(struct dx *dx, const uint8_t *p, unsigned length)
{
	static const char *const names[] = { "Capabilities", "Status", "Association ID" };
	struct wifi_elems e;
	unsigned v[3];
	int ret;

	memset(&e, 0, sizeof(e));
	if (!fixed_fields(dx, p, length, 3, v, names))
		return 0;
	ret = parse_elements(dx, &e, p + 6, length - 6);
	dx_printf(dx, " AID(%x) :%s: %s", v[2] & 0x3fff, v[0] & 0x10 ? " PRIVACY " : "",
		  status_name(v[1]));
	return ret;
}

/* Assoc Request, and ReAssoc Request (with the current AP) when reassoc */
static int assoc_request_body(struct dx *dx, const uint8_t *p, unsigned length, int reassoc)
{
	struct wifi_elems e;
	unsigned fixed = reassoc ? 10 : 4;
	int ret;

	memset(&e, 0, sizeof(e));
	if (!DX_TTEST(dx, p, fixed))
		return 0;
	if (length < fixed)
		return 0;
	DX_FIELD(dx, p, 2, "Capabilities: 0x%04x", GET_LE16(dx, p));
	DX_FIELD(dx, p + 2, 2, "Listen interval: %u", GET_LE16(dx, p + 2));
	ret = parse_elements(dx, &e, p + fixed, length - fixed);
	print_ssid(dx, &e);
	if (reassoc) {
		dx_puts(dx, " AP : ");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, p + 4));
	} else {
		print_rates(dx, &e);
	}
	return ret;
}

static int auth_body(struct dx *dx, const uint8_t *p, unsigned length)
{
	static const char *const names[] = { "Algorithm", "Transaction sequence", "Status" };
	struct wifi_elems e;
	unsigned v[3], alg, seq;
	const char *alg_s, *st;
	int ret;

	memset(&e, 0, sizeof(e));
	if (!fixed_fields(dx, p, length, 3, v, names))
		return 0;
	alg = v[0];
	seq = v[1];
	ret = parse_elements(dx, &e, p + 6, length - 6);
	alg_s = alg < 3 ? auth_alg_names[alg] : "Reserved";
	st = seq % 2 ? status_name(v[2]) : "";
	if (alg == 1 && (seq == 2 || seq == 3))
		dx_printf(dx, " (%s)-%x [Challenge Text] %s", alg_s, seq, st);
	else
		dx_printf(dx, " (%s)-%x: %s", alg_s, seq, st);
	return ret;
}

/* Disassociation and DeAuthentication: a reason code */
static int reason_body(struct dx *dx, const uint8_t *src, const uint8_t *p, unsigned length, int deauth)
{
	unsigned reason;

	if (!DX_TTEST(dx, p, 2))
		return 0;
	if (length < 2)
		return 0;
	reason = GET_LE16(dx, p);
	DX_FIELD(dx, p, 2, "Reason: %u", reason);
	if (deauth && !dx->opts->link_header) {
		dx_puts(dx, " (");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, src));
		dx_puts(dx, ")");
	}
	dx_puts(dx, ": ");
	dx_puts(dx, reason_name(reason));
	return 1;
}

static const char *act_name(struct dx *dx, const char *const *names, unsigned n, unsigned first, unsigned v)
{
	char *b;

	if (v >= first && v - first < n)
		return names[v - first];
	b = dx_namebuf(dx);
	snprintf(b, DX_NAMEBUF_LEN, "Act#%u", v);
	return b;
}

static int action_body(struct dx *dx, const uint8_t *src, const uint8_t *p, unsigned length)
{
	static const char *const ba[] = { "ADDBA Request", "ADDBA Response", "DELBA" };
	static const char *const ht[] = { "TxChWidth", "MIMOPwrSave" };
	static const char *const mesh[] = {
		"MeshLink", "HWMP", "Gate Announcement", "Congestion Control",
		"MCCA Setup Request", "MCCA Setup Reply", "MCCA Advertisement Request",
		"MCCA Advertisement", "MCCA Teardown", "TBTT Adjustment Request",
		"TBTT Adjustment Response"
	};
	static const char *const multihop[] = { "Proxy Update", "Proxy Update Confirmation" };
	static const char *const selfprot[] = {
		"Peering Open", "Peering Confirm", "Peering Close", "Group Key Inform",
		"Group Key Acknowledge"
	};
	unsigned cat, act;

	if (!DX_TTEST(dx, p, 2))
		return 0;
	if (length < 2)
		return 0;
	if (dx->opts->link_header) {
		dx_puts(dx, ": ");
	} else {
		dx_puts(dx, " (");
		dx_puts(dx, GET_ETHERADDR_STRING(dx, src));
		dx_puts(dx, "): ");
	}
	cat = p[0];
	act = p[1];
	DX_FIELD(dx, p, 1, "Category: %u", cat);
	DX_FIELD(dx, p + 1, 1, "Action: %u", act);
	switch (cat) {
	case 0: dx_printf(dx, "Spectrum Management Act#%u", act); break;
	case 1: dx_printf(dx, "QoS Act#%u", act); break;
	case 2: dx_printf(dx, "DLS Act#%u", act); break;
	case 3: dx_printf(dx, "BA %s", act_name(dx, ba, 3, 0, act)); break;
	case 7: dx_printf(dx, "HT %s", act_name(dx, ht, 2, 0, act)); break;
	case 13: dx_printf(dx, "MeshAction %s", act_name(dx, mesh, 11, 0, act)); break;
	case 14: dx_printf(dx, "MultiohopAction %s", act_name(dx, multihop, 2, 0, act)); break;
	case 15: dx_printf(dx, "SelfprotectAction %s", act_name(dx, selfprot, 5, 1, act)); break;
	case 127: dx_printf(dx, "Vendor Act#%u", act); break;
	default: dx_printf(dx, "Reserved(%u) Act#%u", cat, act); break;
	}
	return 1;
}

/* " IV:..." of a WEP/TKIP/CCMP header; 0 when cut */
static int wep_print(struct dx *dx, const uint8_t *p)
{
	uint32_t iv;

	if (!DX_TTEST(dx, p, 4))
		return 0;
	iv = GET_LE32(dx, p);
	DX_FIELD(dx, p, 4, "IV 0x%06x, key ID %u", iv & 0xffffff, iv >> 30);
	dx_printf(dx, " IV:%3x Pad %x KeyID %x", iv & 0xffffff, (iv >> 24) & 0x3f, iv >> 30);
	return 1;
}

static int mgmt_body_print(struct dx *dx, unsigned fc, const uint8_t *src, const uint8_t *p, unsigned length)
{
	unsigned st = FC_SUBTYPE(fc);
	int ret;

	dx_puts(dx, tok2str(dx, mgmt_names, "Unhandled Management subtype(%x)", st));
	if (fc & FC_PROTECTED)
		return wep_print(dx, p);
	DX_LAYER(dx, p, DX_BYTES_AVAIL(dx, p) < length ? DX_BYTES_AVAIL(dx, p) : length,
		 "IEEE 802.11 %s", tok2str(dx, mgmt_names, "management subtype %u", st));
	switch (st) {
	case 0: ret = assoc_request_body(dx, p, length, 0); break;
	case 1: case 3: ret = assoc_response_body(dx, p, length); break;
	case 2: ret = assoc_request_body(dx, p, length, 1); break;
	case 4: {
		struct wifi_elems e;

		memset(&e, 0, sizeof(e));
		ret = parse_elements(dx, &e, p, length);
		print_ssid(dx, &e);
		print_rates(dx, &e);
		break;
	}
	case 5: ret = beacon_body(dx, p, length, 0); break;
	case 8: ret = beacon_body(dx, p, length, 1); break;
	case 10: ret = reason_body(dx, src, p, length, 0); break;
	case 11: ret = auth_body(dx, p, length); break;
	case 12: ret = reason_body(dx, src, p, length, 1); break;
	case 13: ret = action_body(dx, src, p, length); break;
	default: ret = 1; break;
	}
	DX_LAYER_END(dx);
	return ret;
}

/* ---- control frames ----------------------------------------------------- */

static void ctrl_body_print(struct dx *dx, unsigned fc, const uint8_t *p)
{
	unsigned st = FC_SUBTYPE(fc);
	int e = dx->opts->link_header;

	dx_puts(dx, tok2str(dx, ctrl_names, "Unknown Ctrl Subtype", st));
	switch (st) {
	case 8: {	/* BAR */
		const char *ra = GET_ETHERADDR_STRING(dx, p + 4);
		const char *ta = GET_ETHERADDR_STRING(dx, p + 10);

		if (!e)
			dx_printf(dx, " RA:%s TA:%s CTL(%x) SEQ(%u) ", ra, ta, GET_LE16(dx, p + 16),
				  GET_LE16(dx, p + 18));
		break;
	}
	case 10:	/* PS-Poll */
		dx_printf(dx, " AID(%x)", GET_LE16(dx, p + 2));
		break;
	case 11:	/* RTS: the transmitter */
		if (!e)
			dx_printf(dx, " TA:%s ", GET_ETHERADDR_STRING(dx, p + 10));
		break;
	case 9: case 12: case 13: case 14: case 15:
		if (!e)
			dx_printf(dx, " RA:%s ", GET_ETHERADDR_STRING(dx, p + 4));
		break;
	default:
		break;
	}
}

/* ---- the MAC header with -e --------------------------------------------- */

static void data_header_print(struct dx *dx, unsigned fc, const uint8_t *p)
{
	static const char *const order[4][4] = {
		{ "DA", "SA", "BSSID", NULL },
		{ "BSSID", "SA", "DA", NULL },
		{ "DA", "BSSID", "SA", NULL },
		{ "RA", "TA", "DA", "SA" },
	};
	unsigned st = FC_SUBTYPE(fc), ds = (fc >> 8) & 3, i;	/* ds: To DS 1, From DS 2 */
	const char *a[4];

	if (st & (D_CF_ACK | D_CF_POLL | D_QOS)) {
		dx_puts(dx, "CF ");
		if (st & D_CF_ACK)
			dx_puts(dx, st & D_CF_POLL ? "Ack/Poll" : "Ack");
		else if (st & D_CF_POLL)
			dx_puts(dx, "Poll");
		if (st & D_QOS)
			dx_puts(dx, "+QoS");
		dx_putc(dx, ' ');
	}
	for (i = 0; i < 4 && order[ds][i]; i++)
		a[i] = GET_ETHERADDR_STRING(dx, p + 4 + 6 * i + (i == 3 ? 2 : 0));
	for (i = 0; i < 4 && order[ds][i]; i++)
		dx_printf(dx, "%s:%s ", order[ds][i], a[i]);
}

static void ctrl_header_print(struct dx *dx, unsigned fc, const uint8_t *p)
{
	const char *a, *b;

	switch (FC_SUBTYPE(fc)) {
	case 8:
		a = GET_ETHERADDR_STRING(dx, p + 4);
		b = GET_ETHERADDR_STRING(dx, p + 10);
		dx_printf(dx, " RA:%s TA:%s CTL(%x) SEQ(%u) ", a, b, GET_LE16(dx, p + 16),
			  GET_LE16(dx, p + 18));
		break;
	case 9: case 12: case 13:
		dx_printf(dx, "RA:%s ", GET_ETHERADDR_STRING(dx, p + 4));
		break;
	case 10:
		a = GET_ETHERADDR_STRING(dx, p + 4);
		dx_printf(dx, "BSSID:%s TA:%s ", a, GET_ETHERADDR_STRING(dx, p + 10));
		break;
	case 11:
		a = GET_ETHERADDR_STRING(dx, p + 4);
		dx_printf(dx, "RA:%s TA:%s ", a, GET_ETHERADDR_STRING(dx, p + 10));
		break;
	case 14: case 15:
		a = GET_ETHERADDR_STRING(dx, p + 4);
		dx_printf(dx, "RA:%s BSSID:%s ", a, GET_ETHERADDR_STRING(dx, p + 10));
		break;
	default:
		break;
	}
}

static void hdr_print(struct dx *dx, unsigned fc, const uint8_t *p, unsigned hdrlen, unsigned meshlen)
{
	if (dx->opts->verbose) {
		if (fc & FC_MORE_DATA)
			dx_puts(dx, "More Data ");
		if (fc & FC_MORE_FRAG)
			dx_puts(dx, "More Fragments ");
		if (fc & FC_PWR_MGMT)
			dx_puts(dx, "Pwr Mgmt ");
		if (fc & FC_RETRY)
			dx_puts(dx, "Retry ");
		if (fc & FC_ORDER)
			dx_puts(dx, "Strictly Ordered ");
		if (fc & FC_PROTECTED)
			dx_puts(dx, "Protected ");
		if (FC_TYPE(fc) != T_CTRL || FC_SUBTYPE(fc) != 10)
			dx_printf(dx, "%uus ", GET_LE16(dx, p + 2));
	}
	if (meshlen) {
		const uint8_t *mc = p + hdrlen - meshlen;
		unsigned ae = GET_U8(dx, mc) & 3, ttl = GET_U8(dx, mc + 1);

		dx_printf(dx, "MeshData (AE %u TTL %u seq %u", ae, ttl, GET_LE32(dx, mc + 2));
		if (ae > 0)
			dx_printf(dx, " A4:%s", GET_ETHERADDR_STRING(dx, mc + 6));
		if (ae > 1)
			dx_printf(dx, " A5:%s", GET_ETHERADDR_STRING(dx, mc + 12));
		if (ae > 2)
			dx_printf(dx, " A6:%s", GET_ETHERADDR_STRING(dx, mc + 18));
		dx_puts(dx, ") ");
	}
	switch (FC_TYPE(fc)) {
	case T_MGMT: {
		const char *bssid = GET_ETHERADDR_STRING(dx, p + 16);
		const char *da = GET_ETHERADDR_STRING(dx, p + 4);

		dx_printf(dx, "BSSID:%s DA:%s SA:%s ", bssid, da, GET_ETHERADDR_STRING(dx, p + 10));
		break;
	}
	case T_CTRL:
		ctrl_header_print(dx, fc, p);
		break;
	case T_DATA:
		data_header_print(dx, fc, p);
		break;
	default:
		break;
	}
}

/* The header length of frame control fc, 0 after printing why it is unknown */
static unsigned header_length(struct dx *dx, unsigned fc)
{
	unsigned len;

	switch (FC_TYPE(fc)) {
	case T_MGMT:
		return MGMT_HDRLEN;
	case T_CTRL:
		if (FC_SUBTYPE(fc) >= 7)
			return ctrl_hdrlen[FC_SUBTYPE(fc) - 7];
		dx_printf(dx, "unknown 802.11 ctrl frame subtype (%u)", FC_SUBTYPE(fc));
		return 0;
	case T_DATA:
		len = (fc & FC_TO_DS) && (fc & FC_FROM_DS) ? 30 : 24;
		if (FC_SUBTYPE(fc) & D_QOS)
			len += 2;
		return len;
	default:
		dx_printf(dx, "unknown 802.11 frame type (%u)", FC_TYPE(fc));
		return 0;
	}
}

static const struct tok type_names[] = {
	{ T_MGMT, "Management" },
	{ T_CTRL, "Control" },
	{ T_DATA, "Data" },
	{ 0, NULL }
};

/* An 802.11 frame: pad rounds the header up to 4 bytes (Atheros), fcslen
 * bytes of FCS end the frame. Returns tcpdump's header length. */
static unsigned wifi_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned orig_caplen, int pad,
			   unsigned fcslen)
{
	unsigned caplen = orig_caplen, fc, hdrlen, meshlen = 0;
	const uint8_t *src, *dst;
	int llc_len;

	dx_proto(dx, "802.11");
	if (length < fcslen) {
		dx_print_trunc(dx);
		return caplen;
	}
	length -= fcslen;
	if (caplen > length) {
		caplen = length;
		dx_push_snaplen(dx, p, caplen);
	}
	if (caplen < 2) {
		dx_print_trunc(dx);
		return orig_caplen;
	}
	fc = GET_LE16(dx, p);
	hdrlen = header_length(dx, fc);
	if (hdrlen == 0)
		return 0;
	if (pad)
		hdrlen = (hdrlen + 3) & ~3u;
	if (dx->opts->mesh_headers && FC_TYPE(fc) == T_DATA && (FC_SUBTYPE(fc) & D_QOS)) {
		unsigned f;

		if (!DX_TTEST(dx, p + hdrlen, 1)) {
			dx_print_trunc(dx);
			return hdrlen;
		}
		f = p[hdrlen];
		meshlen = (f & ~3u) ? 0 : 6 * (1 + (f & 3));
		hdrlen += meshlen;
	}
	if (caplen < hdrlen) {
		dx_print_trunc(dx);
		return hdrlen;
	}
	DX_LAYER(dx, p, hdrlen, "IEEE 802.11 %s frame", tok2str(dx, type_names, "type %u", FC_TYPE(fc)));
	DX_FIELD(dx, p, 2, "Frame control: 0x%04x (type %u, subtype %u)", fc, FC_TYPE(fc), FC_SUBTYPE(fc));
	DX_FIELD(dx, p + 2, 2, "Duration/ID: %u", GET_LE16(dx, p + 2));
	if (hdrlen >= 10)
		DX_FIELD(dx, p + 4, 6, "Address 1: %s", GET_ETHERADDR_STRING(dx, p + 4));
	if (hdrlen >= 16)
		DX_FIELD(dx, p + 10, 6, "Address 2: %s", GET_ETHERADDR_STRING(dx, p + 10));
	if (FC_TYPE(fc) != T_CTRL) {
		DX_FIELD(dx, p + 16, 6, "Address 3: %s", GET_ETHERADDR_STRING(dx, p + 16));
		DX_FIELD(dx, p + 22, 2, "Sequence control: 0x%04x", GET_LE16(dx, p + 22));
	}
	if (meshlen)
		DX_FIELD(dx, p + hdrlen - meshlen, meshlen, "Mesh control");
	DX_LAYER_END(dx);
	if (dx->opts->link_header)
		hdr_print(dx, fc, p, hdrlen, meshlen);
	length -= hdrlen;
	caplen -= hdrlen;
	switch (FC_TYPE(fc)) {
	case T_MGMT:
		if (!mgmt_body_print(dx, fc, p + 10, p + hdrlen, length)) {
			dx_print_trunc(dx);
			return hdrlen;
		}
		break;
	case T_CTRL:
		ctrl_body_print(dx, fc, p);
		break;
	case T_DATA:
		if (FC_SUBTYPE(fc) & D_NULL)
			return hdrlen;
		if (fc & FC_PROTECTED) {
			dx_puts(dx, "Data");
			if (!wep_print(dx, p + hdrlen)) {
				dx_print_trunc(dx);
				return hdrlen;
			}
			break;
		}
		switch ((fc >> 8) & 3) {
		case 0: src = p + 10; dst = p + 4; break;
		case 1: src = p + 10; dst = p + 16; break;
		case 2: src = p + 16; dst = p + 4; break;
		default: src = p + 24; dst = p + 16; break;
		}
		llc_len = llc_print(dx, p + hdrlen, length, caplen, src, dst);
		if (llc_len < 0) {
			ether_default_print(dx, p + hdrlen, caplen);
			llc_len = -llc_len;
		}
		hdrlen += (unsigned)llc_len;
		break;
	default:
		break;
	}
	return hdrlen;
}

unsigned ieee802_11_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	return wifi_print(dx, p, length, caplen, 0, 0);
}

/* ---- radiotap ----------------------------------------------------------- */

/* reads inside the radiotap header, each field aligned to its size */
struct rt_cur {
	const uint8_t *buf;
	unsigned len, next;
};

/* the offset of an n-byte field at the next n-byte boundary, -1 past the header */
static int rt_reserve(const struct rt_cur *c, unsigned n)
{
	unsigned at = (c->next + n - 1) / n * n;

	return at + n > c->len ? -1 : (int)at;
}

static int rt_take(struct dx *dx, struct rt_cur *c, unsigned n, uint64_t *v)
{
	int at = n == 1 ? (c->next >= c->len ? -1 : (int)c->next) : rt_reserve(c, n);

	if (at < 0)
		return -1;
	switch (n) {
	case 1: *v = GET_U8(dx, c->buf + at); break;
	case 2: *v = GET_LE16(dx, c->buf + at); break;
	case 4: *v = GET_LE32(dx, c->buf + at); break;
	default: *v = GET_LE64(dx, c->buf + at); break;
	}
	c->next = (unsigned)at + n;
	return 0;
}

#define RT_MCS 19
#define RT_XCHANNEL 18
#define CH_TURBO 0x10u
#define CH_CCK 0x20u
#define CH_OFDM 0x40u
#define CH_2GHZ 0x80u
#define CH_5GHZ 0x100u
#define CH_DYN 0x400u
#define CH_GFSK 0x800u
#define CH_HALF 0x4000u
#define CH_QUARTER 0x8000u
#define CH_HT20 0x10000u
#define CH_HT40U 0x20000u
#define CH_HT40D 0x40000u
#define CH_IS(f, m) (((f) & (m)) == (m))

static void chan_print(struct dx *dx, unsigned freq, uint32_t flags, uint32_t present)
{
	dx_printf(dx, "%u MHz", freq);
	if (present & (1u << RT_MCS)) {
		dx_puts(dx, " 11n");
	} else {
		if (CH_IS(flags, CH_2GHZ | CH_GFSK))
			dx_puts(dx, " FHSS");
		if (CH_IS(flags, CH_5GHZ | CH_OFDM))
			dx_puts(dx, flags & CH_HALF ? " 11a/10Mhz" : flags & CH_QUARTER ? " 11a/5Mhz" : " 11a");
		if (CH_IS(flags, CH_2GHZ | CH_OFDM) || CH_IS(flags, CH_2GHZ | CH_DYN))
			dx_puts(dx, flags & CH_HALF ? " 11g/10Mhz" : flags & CH_QUARTER ? " 11g/5Mhz" : " 11g");
		else if (CH_IS(flags, CH_2GHZ | CH_CCK))
			dx_puts(dx, " 11b");
		if (flags & CH_TURBO)
			dx_puts(dx, " Turbo");
	}
	if (flags & CH_HT20)
		dx_puts(dx, " ht/20");
	else if (flags & CH_HT40D)
		dx_puts(dx, " ht/40-");
	else if (flags & CH_HT40U)
		dx_puts(dx, " ht/40+");
	dx_putc(dx, ' ');
}

static const char *const vht_bw[32] = {
	"20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)", "80 MHz", "80 MHz (L)",
	"80 MHz (U)", "80 MHz (LL)", "80 MHz (LU)", "80 MHz (UL)", "80 MHz (UU)",
	"160 MHz", "160 MHz (L)", "160 MHz (U)", "160 MHz (LL)", "160 MHz (LU)",
	"160 MHz (UL)", "160 MHz (UU)", "160 MHz (LLL)", "160 MHz (LLU)",
	"160 MHz (LUL)", "160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)",
	"160 MHz (UUL)", "160 MHz (UUU)", "unknown (26)", "unknown (27)",
	"unknown (28)", "unknown (29)", "unknown (30)", "unknown (31)"
};

static const char *const ht_bw[4] = { "20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)" };

/* the sizes of each field's parts, by radiotap bit number (0: unknown) */
static const uint8_t rt_parts[22][12] = {
	[0] = { 8 }, [1] = { 1 }, [2] = { 1 }, [3] = { 2, 2 }, [4] = { 1, 1 },
	[5] = { 1 }, [6] = { 1 }, [7] = { 2 }, [8] = { 2 }, [9] = { 1 },
	[10] = { 1 }, [11] = { 1 }, [12] = { 1 }, [13] = { 1 }, [14] = { 2 },
	[18] = { 4, 2, 1, 1 }, [19] = { 1, 1, 1 }, [20] = { 4, 2, 1, 1 },
	[21] = { 2, 1, 1, 1, 1, 1, 1, 1, 1, 2 },
};

/* One field: 0 when printed, -1 when the header cannot be read on */
static int rt_field(struct dx *dx, struct rt_cur *c, unsigned bit, uint8_t *flagsp, uint32_t present)
{
	uint64_t v[12];
	unsigned i, n = 0, start = c->next;

	if (bit > 21 || !rt_parts[bit][0]) {
		dx_printf(dx, "[bit %u] ", bit);
		return -1;
	}
	for (n = 0; n < 12 && rt_parts[bit][n]; n++)
		if (rt_take(dx, c, rt_parts[bit][n], &v[n]) != 0) {
			dx_print_trunc(dx);
			return -1;
		}
	DX_FIELD(dx, c->buf + start, c->next - start, "Radiotap field %u", bit);
	switch (bit) {
	case 0:
		dx_printf(dx, "%lluus tsft ", (unsigned long long)v[0]);
		break;
	case 1:
		*flagsp = (uint8_t)v[0];
		if (v[0] & 0x01)
			dx_puts(dx, "cfp ");
		if (v[0] & 0x02)
			dx_puts(dx, "short preamble ");
		if (v[0] & 0x04)
			dx_puts(dx, "wep ");
		if (v[0] & 0x08)
			dx_puts(dx, "fragmented ");
		if (v[0] & 0x40)
			dx_puts(dx, "bad-fcs ");
		break;
	case 2:
		if (v[0] >= 0x80 && v[0] <= 0x8f)
			dx_printf(dx, "MCS %u ", (unsigned)v[0] & 0x7f);
		else
			dx_printf(dx, "%2.1f Mb/s ", .5 * (double)v[0]);
		break;
	case 3:
		if (!(present & (1u << RT_XCHANNEL)))
			chan_print(dx, (unsigned)v[0], (uint32_t)v[1], present);
		break;
	case 4:
		dx_printf(dx, "fhset %u fhpat %u ", (unsigned)v[0], (unsigned)v[1]);
		break;
	case 5:
		dx_printf(dx, "%ddBm signal ", (int8_t)v[0]);
		break;
	case 6:
		dx_printf(dx, "%ddBm noise ", (int8_t)v[0]);
		break;
	case 7:
		dx_printf(dx, "%u sq ", (unsigned)v[0]);
		break;
	case 8:
		dx_printf(dx, "%d tx power ", -(int)(int16_t)v[0]);
		break;
	case 9:
		dx_printf(dx, "%ddB tx attenuation ", -(int)(int8_t)v[0]);
		break;
	case 10:
		dx_printf(dx, "%ddBm tx power ", (int8_t)v[0]);
		break;
	case 11:
		dx_printf(dx, "antenna %u ", (unsigned)v[0]);
		break;
	case 12:
		dx_printf(dx, "%udB signal ", (unsigned)v[0]);
		break;
	case 13:
		dx_printf(dx, "%udB noise ", (unsigned)v[0]);
		break;
	case 18:
		chan_print(dx, (unsigned)v[1], (uint32_t)v[0], present);
		break;
	case 19: {
		unsigned known = (unsigned)v[0], fl = (unsigned)v[1], mcs = (unsigned)v[2];

		if (known & 0x02) {
			float rate = 0.0f;

			if (mcs <= 76 && (known & 0x05))
				rate = ht_rates[mcs][((fl & 3) == 1 ? 2 : 0) + (fl & 0x04 ? 1 : 0)];
			if (rate != 0.0f)
				dx_printf(dx, "%.1f Mb/s MCS %u ", (double)rate, mcs);
			else
				dx_printf(dx, "MCS %u ", mcs);
		}
		if (known & 0x01)
			dx_printf(dx, "%s ", ht_bw[fl & 3]);
		if (known & 0x04)
			dx_printf(dx, "%s GI ", fl & 0x04 ? "short" : "long");
		if (known & 0x08)
			dx_printf(dx, "%s ", fl & 0x08 ? "greenfield" : "mixed");
		if (known & 0x10)
			dx_printf(dx, "%s FEC ", fl & 0x10 ? "LDPC" : "BCC");
		if (known & 0x20)
			dx_printf(dx, "RX-STBC%u ", (fl & 0x60) >> 5);
		break;
	}
	case 21: {
		unsigned known = (unsigned)v[0], fl = (unsigned)v[1], coding = (unsigned)v[7];

		for (i = 0; i < 4; i++) {
			unsigned ms = (unsigned)v[3 + i];

			if ((ms & 0x0f) == 0)
				continue;
			dx_printf(dx, "User %u MCS %u ", i, ms >> 4);
			dx_printf(dx, "%s FEC ", coding & (1u << i) ? "LDPC" : "BCC");
		}
		if (known & 0x40)
			dx_printf(dx, "%s ", vht_bw[v[2] & 0x1f]);
		if (known & 0x04)
			dx_printf(dx, "%s GI ", fl & 0x04 ? "short" : "long");
		break;
	}
	default:	/* RX flags, A-MPDU status: skipped */
		break;
	}
	return 0;
}

#define RT_NAMESPACE (1u << 29)
#define RT_VENDOR (1u << 30)
#define RT_EXT (1u << 31)

unsigned ieee802_11_radio_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	struct rt_cur c;
	unsigned len, nwords = 1, w, bit0 = 0, skip = 0;
	int vendor = 0, stop = 0;
	uint8_t flags = 0;

	dx_proto(dx, "802.11_radio");
	if (caplen < 8) {
		dx_print_trunc(dx);
		return caplen;
	}
	len = GET_LE16(dx, p + 2);
	if (len < 8 || caplen < len) {
		dx_print_trunc(dx);
		return caplen;
	}
	while (4 * nwords + 4 <= len && (GET_LE32(dx, p + 4 * nwords) & RT_EXT))
		nwords++;
	if (4 * nwords + 4 > len) {
		dx_print_trunc(dx);
		return caplen;
	}
	c.buf = p;
	c.len = len;
	c.next = 4 + 4 * nwords;
	DX_LAYER(dx, p, len, "Radiotap header, length %u", len);
	DX_FIELD(dx, p, 1, "Version: %u", p[0]);
	DX_FIELD(dx, p + 2, 2, "Length: %u", len);
	DX_FIELD(dx, p + 4, 4 * nwords, "Present flags");
	for (w = 0; w < nwords; w++) {
		uint32_t present = GET_LE32(dx, p + 4 + 4 * w);
		uint64_t v;

		if (vendor) {
			if (c.next + skip > c.len)
				break;
			c.next += skip;
			skip = 0;
		} else if (!stop) {
			uint32_t rest;

			for (rest = present; rest; rest &= rest - 1) {
				unsigned bitno = (unsigned)__builtin_ctz(rest);

				if (bitno >= 29)
					break;
				if (rt_field(dx, &c, bit0 + bitno, &flags, present) != 0) {
					stop = 1;
					break;
				}
			}
			if (stop)
				break;
		}
		switch (present & (RT_NAMESPACE | RT_VENDOR)) {
		case 0:
			bit0 += 32;
			break;
		case RT_NAMESPACE:
			bit0 = 0;
			vendor = 0;
			skip = 0;
			break;
		case RT_VENDOR:
			bit0 = 0;
			vendor = 1;
			/* the OUI, sub-namespace and skip length follow where
			 * the cursor is, after checking room at the next
			 * 2-byte boundary */
			if (rt_reserve(&c, 2) < 0 || rt_take(dx, &c, 1, &v) || rt_take(dx, &c, 1, &v) ||
			    rt_take(dx, &c, 1, &v) || rt_take(dx, &c, 1, &v) || rt_take(dx, &c, 2, &v)) {
				dx_print_trunc(dx);
				break;
			}
			skip = (unsigned)v;
			break;
		default:
			break;
		}
	}
	DX_LAYER_END(dx);
	return len + wifi_print(dx, p + len, length - len, caplen - len, flags & 0x20 ? 1 : 0,
				flags & 0x10 ? 4 : 0);
}
