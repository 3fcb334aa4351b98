// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Spanning Tree BPDUs: 802.1D STP, 802.1w RSTP, 802.1s MSTP and
 * 802.1aq SPB. Text as tcpdump 4.99 print-stp.c.
 *
 * Spec: IEEE 802.1D-2004 clause 9, IEEE 802.1Q-2005 clause 14.
 * BPDU: protocol id (2, zero), version (1), type (1), flags (1), root id (8),
 * root path cost (4), bridge id (8), port id (2), message age, max age,
 * hello time, forward delay (2 each, 1/256 s), v1 length (1); MSTP adds
 * v3 length (2) and the MST configuration and MSTI records.
 */
#include "dx.h"
#include "util.h"
#include "print.h"
#include "print-ether.h"

#define STP_BPDU_LEN 36		/* through the v1 length byte */
#define STP_BPDU_MSTP_MIN_LEN 102
#define STP_TIME_BASE 256

#define STP_PROTO_REGULAR 0x00
#define STP_PROTO_RAPID 0x02
#define STP_PROTO_MSTP 0x03
#define STP_PROTO_SPB 0x04

#define STP_BPDU_TYPE_CONFIG 0x00
#define STP_BPDU_TYPE_RSTP 0x02
#define STP_BPDU_TYPE_TOPO_CHANGE 0x80

#define MST_BPDU_MSTI_LENGTH 16
#define MST_BPDU_CONFIG_INFO_LENGTH 64
#define MST_VER3_LEN 36
#define MST_CONFIG_NAME 39
#define MST_CONFIG_DIGEST 73
#define MST_CIST_INT_PATH_COST 89
#define MST_CIST_BRIDGE_ID 93
#define MST_CIST_REMAIN_HOPS 101
#define MST_MSTI 102

#define SPB_BPDU_MIN_LEN 87
#define SPB_CONFIG_NAME 3
#define SPB_CONFIG_REV (SPB_CONFIG_NAME + 32)
#define SPB_CONFIG_DIGEST (SPB_CONFIG_REV + 2)
#define SPB_AGREEMENT (SPB_CONFIG_DIGEST + 16)
#define SPB_AGREEMENT_FORMAT (SPB_AGREEMENT + 2)
#define SPB_AGREEMENT_CON (SPB_AGREEMENT_FORMAT + 1)
#define SPB_AGREEMENT_EDGE (SPB_AGREEMENT_CON + 1)
#define SPB_AGREEMENT_DIGEST (SPB_AGREEMENT_EDGE + 2 + 8)

static const struct tok stp_proto_values[] = {
	{ STP_PROTO_REGULAR, "802.1d" },
	{ STP_PROTO_RAPID, "802.1w" },
	{ STP_PROTO_MSTP, "802.1s" },
	{ STP_PROTO_SPB, "802.1aq" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_flag_values[] = {
	{ 0x01, "Topology change" },
	{ 0x02, "Proposal" },
	{ 0x10, "Learn" },
	{ 0x20, "Forward" },
	{ 0x40, "Agreement" },
	{ 0x80, "Topology change ACK" },
	{ 0, NULL }
};

static const struct tok stp_bpdu_type_values[] = {
	{ STP_BPDU_TYPE_CONFIG, "Config" },
	{ STP_BPDU_TYPE_RSTP, "Rapid STP" },
	{ STP_BPDU_TYPE_TOPO_CHANGE, "Topology Change" },
	{ 0, NULL }
};

static const struct tok rstp_obj_port_role_values[] = {
	{ 0x00, "Unknown" },
	{ 0x01, "Alternate" },
	{ 0x02, "Root" },
	{ 0x03, "Designated" },
	{ 0, NULL }
};

static const char *port_role(struct dx *dx, unsigned flags)
{
	return tok2str(dx, rstp_obj_port_role_values, "Unknown", (flags & 0x0c) >> 2);
}

/* "pppp.aa:bb:cc:dd:ee:ff" */
static void bridge_id_print(struct dx *dx, const uint8_t *p)
{
	char b[24], *q = b;
	int i;

	DX_TCHECK(dx, p, 8);
	for (i = 0; i < 8; i++) {
		if (i == 2)
			*q++ = '.';
		else if (i > 2)
			*q++ = ':';
		q = dx_w_hex2(q, p[i]);
	}
	*q = '\0';
	dx_puts(dx, b);
}

static void timers_print(struct dx *dx, const uint8_t *p)
{
	dx_printf(dx, "\n\tmessage-age %.2fs, max-age %.2fs, hello-time %.2fs, forwarding-delay %.2fs",
		  (double)((float)GET_BE16(dx, p + 27) / STP_TIME_BASE),
		  (double)((float)GET_BE16(dx, p + 29) / STP_TIME_BASE),
		  (double)((float)GET_BE16(dx, p + 31) / STP_TIME_BASE),
		  (double)((float)GET_BE16(dx, p + 33) / STP_TIME_BASE));
}

static void config_bpdu_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned flags = GET_U8(dx, p + 4);

	dx_puts(dx, ", Flags [");
	dx_puts(dx, bittok2str(dx, stp_bpdu_flag_values, "none", flags));
	dx_putc(dx, ']');
	DX_TCHECK(dx, p + 17, 10);	/* tcpdump prints nothing of a cut sentence */
	dx_puts(dx, ", bridge-id ");
	bridge_id_print(dx, p + 17);
	dx_printf(dx, ".%04x, length %u", GET_BE16(dx, p + 25), length);
	if (!dx->opts->verbose)
		return;
	timers_print(dx, p);
	DX_TCHECK(dx, p + 5, 12);
	dx_puts(dx, "\n\troot-id ");
	bridge_id_print(dx, p + 5);
	dx_printf(dx, ", root-pathcost %u", GET_BE32(dx, p + 13));
	if (GET_U8(dx, p + 2) == STP_PROTO_RAPID) {
		dx_puts(dx, ", port-role ");
		dx_puts(dx, port_role(dx, flags));
	}
}

static void mstp_bpdu_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned flags = GET_U8(dx, p + 4);
	unsigned v3len, len, off;

	dx_puts(dx, ", CIST Flags [");
	dx_puts(dx, bittok2str(dx, stp_bpdu_flag_values, "none", flags));
	dx_printf(dx, "], length %u", length);
	if (!dx->opts->verbose)
		return;
	dx_puts(dx, "\n\tport-role ");
	dx_puts(dx, port_role(dx, flags));
	DX_TCHECK(dx, p + 5, 12);
	dx_puts(dx, ", CIST root-id ");
	bridge_id_print(dx, p + 5);
	dx_printf(dx, ", CIST ext-pathcost %u", GET_BE32(dx, p + 13));
	DX_TCHECK(dx, p + 17, 8);
	dx_puts(dx, "\n\tCIST regional-root-id ");
	bridge_id_print(dx, p + 17);
	dx_printf(dx, ", CIST port-id %04x,", GET_BE16(dx, p + 25));
	timers_print(dx, p);
	dx_printf(dx, "\n\tv3len %u, ", GET_BE16(dx, p + MST_VER3_LEN));
	dx_puts(dx, "MCID Name ");
	dx_printjnp(dx, p + MST_CONFIG_NAME, 32);
	dx_printf(dx, ", rev %u,\n\t\tdigest %08x%08x%08x%08x, ", GET_BE16(dx, p + MST_CONFIG_NAME + 32),
		  GET_BE32(dx, p + MST_CONFIG_DIGEST), GET_BE32(dx, p + MST_CONFIG_DIGEST + 4),
		  GET_BE32(dx, p + MST_CONFIG_DIGEST + 8), GET_BE32(dx, p + MST_CONFIG_DIGEST + 12));
	dx_printf(dx, "CIST int-root-pathcost %u,", GET_BE32(dx, p + MST_CIST_INT_PATH_COST));
	DX_TCHECK(dx, p + MST_CIST_BRIDGE_ID, 8);
	dx_puts(dx, "\n\tCIST bridge-id ");
	bridge_id_print(dx, p + MST_CIST_BRIDGE_ID);
	dx_printf(dx, ", CIST remaining-hops %u", GET_U8(dx, p + MST_CIST_REMAIN_HOPS));

	v3len = GET_BE16(dx, p + MST_VER3_LEN);
	if (v3len <= MST_BPDU_CONFIG_INFO_LENGTH)
		return;
	len = v3len - MST_BPDU_CONFIG_INFO_LENGTH;
	for (off = MST_MSTI; len >= MST_BPDU_MSTI_LENGTH; off += MST_BPDU_MSTI_LENGTH) {
		unsigned mflags = GET_U8(dx, p + off);

		dx_printf(dx, "\n\tMSTI %u, Flags [%s], port-role %s", GET_BE16(dx, p + off + 1) & 0x0fff,
			  bittok2str(dx, stp_bpdu_flag_values, "none", mflags), port_role(dx, mflags));
		DX_TCHECK(dx, p + off + 1, 12);
		dx_puts(dx, "\n\t\tMSTI regional-root-id ");
		bridge_id_print(dx, p + off + 1);
		dx_printf(dx, ", pathcost %u", GET_BE32(dx, p + off + 9));
		dx_printf(dx, "\n\t\tMSTI bridge-prio %u, port-prio %u, hops %u", GET_U8(dx, p + off + 13) >> 4,
			  GET_U8(dx, p + off + 14) >> 4, GET_U8(dx, p + off + 15));
		len -= MST_BPDU_MSTI_LENGTH;
	}
}

static void spb_bpdu_print(struct dx *dx, const uint8_t *p, unsigned off)
{
	const uint8_t *q = p + off;
	unsigned agr;

	if (!dx->opts->verbose)
		return;
	dx_printf(dx, "\n\tv4len %u, ", GET_BE16(dx, q));
	dx_puts(dx, "AUXMCID Name ");
	dx_printjnp(dx, q + SPB_CONFIG_NAME, 32);
	dx_printf(dx, ", Rev %u,\n\t\tdigest %08x%08x%08x%08x", GET_BE16(dx, q + SPB_CONFIG_REV),
		  GET_BE32(dx, q + SPB_CONFIG_DIGEST), GET_BE32(dx, q + SPB_CONFIG_DIGEST + 4),
		  GET_BE32(dx, q + SPB_CONFIG_DIGEST + 8), GET_BE32(dx, q + SPB_CONFIG_DIGEST + 12));
	agr = GET_U8(dx, q + SPB_AGREEMENT);
	dx_printf(dx, "\n\tAgreement num %u, Discarded Agreement num %u, Agreement valid-flag %u,"
		      "\n\tRestricted role-flag: %u, Format id %u cap %u, Convention id %u cap %u,"
		      "\n\tEdge count %u, Agreement digest %08x%08x%08x%08x%08x",
		  agr >> 6, (agr >> 4) & 3, (agr >> 3) & 1, (agr >> 2) & 1,
		  GET_U8(dx, q + SPB_AGREEMENT_FORMAT) >> 4, GET_U8(dx, q + SPB_AGREEMENT_FORMAT),
		  GET_U8(dx, q + SPB_AGREEMENT_CON) >> 4, GET_U8(dx, q + SPB_AGREEMENT_CON),
		  GET_BE16(dx, q + SPB_AGREEMENT_EDGE), GET_BE32(dx, q + SPB_AGREEMENT_DIGEST),
		  GET_BE32(dx, q + SPB_AGREEMENT_DIGEST + 4), GET_BE32(dx, q + SPB_AGREEMENT_DIGEST + 8),
		  GET_BE32(dx, q + SPB_AGREEMENT_DIGEST + 12),
		  GET_BE32(dx, q + SPB_AGREEMENT_DIGEST + 16));
}

static void stp_tree(struct dx *dx, const uint8_t *p, unsigned length)
{
	size_t n = DX_BYTES_AVAIL(dx, p);

	if (n > length)
		n = length;
	DX_LAYER(dx, p, n, "Spanning Tree Protocol");
	if (n >= 5) {
		DX_FIELD(dx, p, 2, "Protocol Identifier: 0x%04x", (unsigned)(p[0] << 8 | p[1]));
		DX_FIELD(dx, p + 2, 1, "Protocol Version: %u", p[2]);
		DX_FIELD(dx, p + 3, 1, "BPDU Type: 0x%02x", p[3]);
		DX_FIELD(dx, p + 4, 1, "Flags: 0x%02x", p[4]);
	}
	if (n >= STP_BPDU_LEN) {
		DX_FIELD(dx, p + 5, 8, "Root Identifier");
		DX_FIELD(dx, p + 13, 4, "Root Path Cost: %u",
			 (unsigned)p[13] << 24 | (unsigned)p[14] << 16 | (unsigned)p[15] << 8 | p[16]);
		DX_FIELD(dx, p + 17, 8, "Bridge Identifier");
		DX_FIELD(dx, p + 25, 2, "Port identifier: 0x%04x", (unsigned)(p[25] << 8 | p[26]));
		DX_FIELD(dx, p + 27, 8, "Timers (message age, max age, hello, forward delay)");
	}
	DX_LAYER_END(dx);
}

void stp_print(struct dx *dx, const uint8_t *p, unsigned length)
{
	unsigned version, type, mstp_len, spb_len;

	dx_proto(dx, "stp");
	if (dx->tree)
		stp_tree(dx, p, length);
	if (length < 4)
		goto invalid;
	if (GET_BE16(dx, p)) {
		dx_printf(dx, "unknown STP version, length %u", length);
		return;
	}
	version = GET_U8(dx, p + 2);
	dx_puts(dx, "STP ");
	dx_puts(dx, tok2str(dx, stp_proto_values, "Unknown STP protocol (0x%02x)", version));
	if (version > STP_PROTO_SPB || version == 1)
		return;
	type = GET_U8(dx, p + 3);
	dx_puts(dx, ", ");
	dx_puts(dx, tok2str(dx, stp_bpdu_type_values, "Unknown BPDU Type (0x%02x)", type));
	switch (type) {
	case STP_BPDU_TYPE_CONFIG:
		if (length < STP_BPDU_LEN - 1)
			goto invalid;
		config_bpdu_print(dx, p, length);
		break;
	case STP_BPDU_TYPE_RSTP:
		if (version == STP_PROTO_RAPID) {
			if (length < STP_BPDU_LEN)
				goto invalid;
			config_bpdu_print(dx, p, length);
		} else if (version == STP_PROTO_MSTP || version == STP_PROTO_SPB) {
			if (length < STP_BPDU_MSTP_MIN_LEN)
				goto invalid;
			if (GET_U8(dx, p + 35) != 0)
				goto invalid;
			mstp_len = GET_BE16(dx, p + MST_VER3_LEN) + 2u;
			if (length < STP_BPDU_LEN + mstp_len)
				goto invalid;
			mstp_bpdu_print(dx, p, length);
			if (version == STP_PROTO_SPB) {
				spb_len = GET_BE16(dx, p + MST_VER3_LEN + mstp_len) + 2u;
				if (length < STP_BPDU_LEN + mstp_len + spb_len || spb_len < SPB_BPDU_MIN_LEN)
					goto invalid;
				spb_bpdu_print(dx, p, STP_BPDU_LEN + mstp_len);
			}
		}
		break;
	default:
		/* Topology Change Notification: nothing follows */
		break;
	}
	return;
invalid:
	dx_print_invalid(dx);
}
