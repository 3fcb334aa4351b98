// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Bidirectional Forwarding Detection (UDP destination ports
 * 3784 control, 3785 echo, 4784 multihop, 6784 LAG). Text as tcpdump
 * 4.99.3 print-bfd.c.
 *
 * RFC 5880 (BFD), RFC 5881 (single hop), RFC 5883 (multihop), RFC 7130
 * (LAG); draft-katz-ward-bfd-01 (version 0).
 *
 * Control packet (24 bytes): version|diag (1: 3 + 5 bits), flags (1; in
 * v1 the top two bits are the state), detect multiplier (1), length (1),
 * my and your discriminator (4 each), desired min TX, required min RX and
 * required min echo RX interval (4 each, microseconds). With the A flag
 * an authentication section follows: type (1), length (1), key id (1),
 * then a password, or a reserved byte, a sequence number (4) and an MD5
 * digest (16) or SHA1 hash (20).
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define BFD_CONTROL_PORT 3784
#define BFD_ECHO_PORT 3785
#define BFD_MULTIHOP_PORT 4784
#define BFD_LAG_PORT 6784

#define BFD_HDRLEN 24u
#define BFD_FLAG_AUTH 0x04

#define BFD_AUTH_PASSWORD 1
#define BFD_AUTH_MD5 2
#define BFD_AUTH_MET_MD5 3
#define BFD_AUTH_SHA1 4
#define BFD_AUTH_MET_SHA1 5

static const struct tok bfd_auth_values[] = {
	{ BFD_AUTH_PASSWORD, "Simple Password" },
	{ BFD_AUTH_MD5, "Keyed MD5" },
	{ BFD_AUTH_MET_MD5, "Meticulous Keyed MD5" },
	{ BFD_AUTH_SHA1, "Keyed SHA1" },
	{ BFD_AUTH_MET_SHA1, "Meticulous Keyed SHA1" },
	{ 0, NULL }
};

static const struct tok bfd_diag_values[] = {
	{ 0, "No Diagnostic" },
	{ 1, "Control Detection Time Expired" },
	{ 2, "Echo Function Failed" },
	{ 3, "Neighbor Signaled Session Down" },
	{ 4, "Forwarding Plane Reset" },
	{ 5, "Path Down" },
	{ 6, "Concatenated Path Down" },
	{ 7, "Administratively Down" },
	{ 8, "Reverse Concatenated Path Down" },
	{ 0, NULL }
};

static const struct tok bfd_port_values[] = {
	{ BFD_CONTROL_PORT, "Control" },
	{ BFD_MULTIHOP_PORT, "Multihop" },
	{ BFD_LAG_PORT, "Lag" },
	{ 0, NULL }
};

static const struct tok bfd_v0_flag_values[] = {
	{ 0x80, "I Hear You" },
	{ 0x40, "Demand" },
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ BFD_FLAG_AUTH, "Authentication Present" },
	{ 0x02, "Reserved" },
	{ 0x01, "Reserved" },
	{ 0, NULL }
};

static const struct tok bfd_v1_flag_values[] = {
	{ 0x20, "Poll" },
	{ 0x10, "Final" },
	{ 0x08, "Control Plane Independent" },
	{ BFD_FLAG_AUTH, "Authentication Present" },
	{ 0x02, "Demand" },
	{ 0x01, "Multipoint" },
	{ 0, NULL }
};

static const struct tok bfd_v1_state_values[] = {
	{ 0, "AdminDown" },
	{ 1, "Down" },
	{ 2, "Init" },
	{ 3, "Up" },
	{ 0, NULL }
};

/* the authentication section after the header */
static void bfd_auth_print(struct dx *dx, const uint8_t *p)
{
	unsigned type, alen, key, i, hlen;
	const char *what;

	DX_TCHECK(dx, p, 4);
	type = GET_U8(dx, p);
	alen = GET_U8(dx, p + 1);
	dx_printf(dx, "\n\tAuthentication: %s (%u), length: %u",
		  tok2str(dx, bfd_auth_values, "Unknown", type), type, alen);
	DX_SUBTREE(dx, p, alen, "Authentication: %s (%u)", tok2str(dx, bfd_auth_values, "Unknown", type),
		   type);
	DX_FIELD(dx, p, 1, "Type: %u", type);
	DX_FIELD(dx, p + 1, 1, "Length: %u", alen);
	key = GET_U8(dx, p + 2);
	dx_printf(dx, "\n\t  Auth Key ID: %u", key);
	DX_FIELD(dx, p + 2, 1, "Key ID: %u", key);

	switch (type) {
	case BFD_AUTH_PASSWORD:
		/* the password is 1 to 16 bytes after the 3 of the header */
		if (alen < 4 || alen > 19) {
			dx_printf(dx, "[invalid length %u]", alen);
			break;
		}
		dx_puts(dx, ", Password: ");
		if (dx_printn(dx, p + 3, alen - 3))
			dx_trunc(dx);
		DX_FIELD(dx, p + 3, alen - 3, "Password (%u bytes)", alen - 3);
		break;
	case BFD_AUTH_MD5:
	case BFD_AUTH_MET_MD5:
	case BFD_AUTH_SHA1:
	case BFD_AUTH_MET_SHA1:
		if (type == BFD_AUTH_MD5 || type == BFD_AUTH_MET_MD5) {
			hlen = 16;
			what = "Digest";
		} else {
			hlen = 20;
			what = "Hash";
		}
		if (alen != 8 + hlen) {
			dx_printf(dx, "[invalid length %u]", alen);
			break;
		}
		dx_printf(dx, ", Sequence Number: 0x%08x", GET_BE32(dx, p + 4));
		DX_FIELD(dx, p + 4, 4, "Sequence Number: 0x%08x", GET_BE32(dx, p + 4));
		DX_TCHECK(dx, p + 8, hlen);
		dx_printf(dx, "\n\t  %s: ", what);
		for (i = 0; i < hlen; i++)
			dx_printf(dx, "%02x", GET_U8(dx, p + 8 + i));
		DX_FIELD(dx, p + 8, hlen, "%s (%u bytes)", what, hlen);
		break;
	default:
		break;
	}
	DX_LAYER_END(dx);
}

struct bfd_walk {
	const uint8_t *bp;
	unsigned flags;
};

/* the header after its first line, as -v prints it */
static void bfd_control_body(struct dx *dx, void *arg)
{
	const struct bfd_walk *w = arg;
	const uint8_t *bp = w->bp;
	unsigned mult = GET_U8(dx, bp + 2), blen = GET_U8(dx, bp + 3);
	uint32_t mydisc = GET_BE32(dx, bp + 4), yourdisc = GET_BE32(dx, bp + 8);
	uint32_t tx = GET_BE32(dx, bp + 12), rx = GET_BE32(dx, bp + 16);
	uint32_t echo = GET_BE32(dx, bp + 20);

	dx_printf(dx, "\n\tDetection Timer Multiplier: %u (%u ms Detection time), BFD Length: %u",
		  mult, mult * tx / 1000, blen);
	DX_FIELD(dx, bp + 2, 1, "Detect Time Multiplier: %u", mult);
	DX_FIELD(dx, bp + 3, 1, "Message Length: %u", blen);
	dx_printf(dx, "\n\tMy Discriminator: 0x%08x", mydisc);
	DX_FIELD(dx, bp + 4, 4, "My Discriminator: 0x%08x", mydisc);
	dx_printf(dx, ", Your Discriminator: 0x%08x", yourdisc);
	DX_FIELD(dx, bp + 8, 4, "Your Discriminator: 0x%08x", yourdisc);
	dx_printf(dx, "\n\t  Desired min Tx Interval:    %4u ms", tx / 1000);
	DX_FIELD(dx, bp + 12, 4, "Desired Min TX Interval: %u us", tx);
	dx_printf(dx, "\n\t  Required min Rx Interval:   %4u ms", rx / 1000);
	DX_FIELD(dx, bp + 16, 4, "Required Min RX Interval: %u us", rx);
	dx_printf(dx, "\n\t  Required min Echo Interval: %4u ms", echo / 1000);
	DX_FIELD(dx, bp + 20, 4, "Required Min Echo Interval: %u us", echo);
	if (w->flags & BFD_FLAG_AUTH)
		bfd_auth_print(dx, bp + BFD_HDRLEN);
}

static void bfd_control_print(struct dx *dx, const uint8_t *bp, unsigned len, unsigned port)
{
	struct bfd_walk w;
	unsigned vd, version, diag, flags, state = 0;
	const char *fl;

	DX_TCHECK(dx, bp, BFD_HDRLEN);
	vd = GET_U8(dx, bp);
	version = vd >> 5;
	diag = vd & 0x1f;
	flags = GET_U8(dx, bp + 1);
	w.bp = bp;
	w.flags = flags;
	DX_LAYER(dx, bp, len, "Bidirectional Forwarding Detection Control Message, version %u",
		 version);
	DX_FIELD(dx, bp, 1, "Version: %u, Diagnostic: %s (0x%02x)", version,
		 tok2str(dx, bfd_diag_values, "unknown", diag), diag);
	switch (version) {
	case 0:
	case 1:
		if (version == 0) {
			fl = bittok2str(dx, bfd_v0_flag_values, "none", flags);
		} else {
			state = (flags & 0xc0) >> 6;
			fl = bittok2str(dx, bfd_v1_flag_values, "none", flags & 0x3f);
		}
		DX_FIELD(dx, bp + 1, 1, "Flags: [%s]%s%s", fl, version ? ", State " : "",
			 version ? tok2str(dx, bfd_v1_state_values, "unknown (%u)", state) : "");
		if (!dx->opts->verbose) {
			if (version == 0)
				dx_printf(dx, "BFDv0, Control, Flags: [%s], length: %u", fl, len);
			else
				dx_printf(dx, "BFDv1, %s, State %s, Flags: [%s], length: %u",
					  tok2str(dx, bfd_port_values, "unknown (%u)", port),
					  tok2str(dx, bfd_v1_state_values, "unknown (%u)", state), fl,
					  len);
			dx_tree_only(dx, bfd_control_body, &w);
			break;
		}
		if (version == 0)
			dx_printf(dx, "BFDv0, length: %u\n\tControl, Flags: [%s]", len, fl);
		else
			dx_printf(dx, "BFDv1, length: %u\n\t%s, State %s, Flags: [%s]", len,
				  tok2str(dx, bfd_port_values, "unknown (%u)", port),
				  tok2str(dx, bfd_v1_state_values, "unknown (%u)", state), fl);
		dx_printf(dx, ", Diagnostic: %s (0x%02x)", tok2str(dx, bfd_diag_values, "unknown", diag),
			  diag);
		bfd_control_body(dx, &w);
		break;
	default:
		dx_printf(dx, "BFDv%u, Control, length: %u", version, len);
		DX_FIELD_IN(dx, bp + 1, len > 1 ? len - 1 : 0, bp + len, "Data (%u bytes)",
			    len > 1 ? len - 1 : 0);
		if (dx->opts->verbose)
			ip_print_unknown_data(dx, bp, "\n\t", len);
		break;
	}
	DX_LAYER_END(dx);
}

void bfd_print(struct dx *dx, const uint8_t *bp, unsigned len, unsigned port)
{
	dx_proto(dx, "bfd");
	if (port == BFD_CONTROL_PORT || port == BFD_MULTIHOP_PORT || port == BFD_LAG_PORT) {
		bfd_control_print(dx, bp, len, port);
		return;
	}
	if (port == BFD_ECHO_PORT)
		dx_printf(dx, "BFD, Echo, length: %u", len);
	else
		dx_printf(dx, "BFD, unknown (%u), length: %u", port, len);
	DX_LAYER(dx, bp, len, "Bidirectional Forwarding Detection %s", port == BFD_ECHO_PORT ? "Echo" : "");
	DX_FIELD(dx, bp, len, "Data (%u bytes)", len);
	if (dx->opts->verbose)
		ip_print_unknown_data(dx, bp, "\n\t", len);
	DX_LAYER_END(dx);
}
