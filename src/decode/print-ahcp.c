// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Ad-Hoc Configuration Protocol (UDP port 5359). Text as
 * tcpdump 4.99.3 print-ahcp.c.
 *
 * AHCP version 1: magic 43 (1), version (1), hop count (1), original
 * hop count (1), nonce (4), source id (8), destination id (8); then the
 * body: message type (1), MBZ (1), length (2), options: number (1),
 * length (1), data (none for Pad and Mandatory). The header from -v,
 * the options from -vv.
 */
#include <time.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define AHCP_MAGIC 43
#define AHCP1_HDRLEN 24u
#define AHCP1_BODY_MINLEN 4u

static const struct tok ahcp1_msgs[] = {
	{ 0, "Discover" },
	{ 1, "Offer" },
	{ 2, "Request" },
	{ 3, "Ack" },
	{ 4, "Nack" },
	{ 5, "Release" },
	{ 0, NULL }
};

enum {
	AO_PAD = 0, AO_MANDATORY = 1, AO_ORIGIN_TIME = 2, AO_EXPIRES = 3, AO_MY_IPV6 = 4,
	AO_MY_IPV4 = 5, AO_IPV6_PREFIX = 6, AO_IPV4_PREFIX = 7, AO_IPV6_ADDRESS = 8,
	AO_IPV4_ADDRESS = 9, AO_IPV6_DELEGATION = 10, AO_IPV4_DELEGATION = 11,
	AO_NAME_SERVER = 12, AO_NTP_SERVER = 13,
};

static const struct tok ahcp1_options[] = {
	{ AO_PAD, "Pad" },
	{ AO_MANDATORY, "Mandatory" },
	{ AO_ORIGIN_TIME, "Origin Time" },
	{ AO_EXPIRES, "Expires" },
	{ AO_MY_IPV6, "My-IPv6-Address" },
	{ AO_MY_IPV4, "My-IPv4-Address" },
	{ AO_IPV6_PREFIX, "IPv6 Prefix" },
	{ AO_IPV4_PREFIX, "IPv4 Prefix" },
	{ AO_IPV6_ADDRESS, "IPv6 Address" },
	{ AO_IPV4_ADDRESS, "IPv4 Address" },
	{ AO_IPV6_DELEGATION, "IPv6 Prefix Delegation" },
	{ AO_IPV4_DELEGATION, "IPv4 Prefix Delegation" },
	{ AO_NAME_SERVER, "Name Server" },
	{ AO_NTP_SERVER, "NTP Server" },
	{ 0, NULL }
};

/* " (invalid)", then the bytes must still be captured */
static void invalid(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_print_invalid(dx);
	DX_TCHECK(dx, cp, len);
}

/* a list of addresses of alen bytes, each with a prefix length when
 * with_plen; IPv4 when alen is 4 */
static void addresses_print(struct dx *dx, const uint8_t *cp, unsigned len, unsigned alen,
			    int with_plen)
{
	const char *sep = ": ";
	unsigned step = alen + (with_plen ? 1u : 0u);

	while (len) {
		if (len < step) {
			invalid(dx, cp, len);
			return;
		}
		dx_printf(dx, "%s%s", sep, alen == 4 ? GET_IPADDR_STRING(dx, cp) :
			  GET_IP6ADDR_STRING(dx, cp));
		if (with_plen)
			dx_printf(dx, "/%u", GET_U8(dx, cp + alen));
		cp += step;
		len -= step;
		sep = ", ";
	}
}

static void option_data(struct dx *dx, unsigned opt, const uint8_t *cp, unsigned len)
{
	time_t t;
	struct tm tm;
	char buf[64];

	switch (opt) {
	case AO_ORIGIN_TIME:
		if (len != 4) {
			invalid(dx, cp, len);
			break;
		}
		t = (time_t)GET_BE32(dx, cp);
		if (!gmtime_r(&t, &tm))
			dx_puts(dx, ": gmtime() error");
		else if (!strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm))
			dx_puts(dx, ": strftime() error");
		else
			dx_printf(dx, ": %s UTC", buf);
		break;
	case AO_EXPIRES:
		if (len != 4)
			invalid(dx, cp, len);
		else
			dx_printf(dx, ": %us", GET_BE32(dx, cp));
		break;
	case AO_MY_IPV6:
	case AO_IPV6_ADDRESS:
	case AO_NAME_SERVER:
	case AO_NTP_SERVER:
		addresses_print(dx, cp, len, 16, 0);
		break;
	case AO_MY_IPV4:
	case AO_IPV4_ADDRESS:
		addresses_print(dx, cp, len, 4, 0);
		break;
	case AO_IPV6_PREFIX:
	case AO_IPV6_DELEGATION:
		addresses_print(dx, cp, len, 16, 1);
		break;
	case AO_IPV4_DELEGATION:
		addresses_print(dx, cp, len, 4, 1);
		break;
	default:
		dx_printf(dx, " (Length %u)", len);
		DX_TCHECK(dx, cp, len);
		break;
	}
}

static void options_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	while (len) {
		unsigned opt, olen;

		opt = GET_U8(dx, cp);
		cp++;
		len--;
		dx_printf(dx, "\n\t %s", tok2str(dx, ahcp1_options, "Unknown-%u", opt));
		if (opt == AO_PAD || opt == AO_MANDATORY) {
			DX_FIELD(dx, cp - 1, 1, "Option: %s", tok2str(dx, ahcp1_options, "?", opt));
			continue;
		}
		if (!len)
			goto bad;
		olen = GET_U8(dx, cp);
		cp++;
		len--;
		if (olen > len)
			goto bad;
		DX_FIELD(dx, cp - 2, olen + 2, "Option: %s, length %u",
			 tok2str(dx, ahcp1_options, "Unknown-%u", opt), olen);
		option_data(dx, opt, cp, olen);
		cp += olen;
		len -= olen;
	}
	return;
bad:
	invalid(dx, cp, len);
}

static void body_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned type, mbz, body_len;

	if (len < AHCP1_BODY_MINLEN) {
		invalid(dx, cp, len);
		return;
	}
	type = GET_U8(dx, cp);
	mbz = GET_U8(dx, cp + 1);
	body_len = GET_BE16(dx, cp + 2);
	DX_FIELD(dx, cp, 1, "Message type: %s (%u)", tok2str(dx, ahcp1_msgs, "Unknown-%u", type), type);
	DX_FIELD(dx, cp + 2, 2, "Body length: %u", body_len);
	cp += 4;
	len -= 4;
	if (dx->opts->verbose) {
		dx_printf(dx, "\n\t%s", tok2str(dx, ahcp1_msgs, "Unknown-%u", type));
		if (mbz)
			dx_printf(dx, ", MBZ %u", mbz);
		dx_printf(dx, ", Length %u", body_len);
	}
	if (body_len > len) {
		invalid(dx, cp, len);
		return;
	}
	if (dx->opts->verbose >= 2)
		options_print(dx, cp, body_len);
	else
		DX_TCHECK(dx, cp, body_len);
}

void ahcp_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	unsigned version;

	dx_proto(dx, "ahcp");
	ip_print_protocol_caps(dx);
	DX_LAYER(dx, cp, len, "Ad-Hoc Configuration Protocol");
	if (len < 2 || GET_U8(dx, cp) != AHCP_MAGIC)
		goto bad;
	version = GET_U8(dx, cp + 1);
	DX_FIELD(dx, cp + 1, 1, "Version: %u", version);
	cp += 2;
	len -= 2;
	if (version != 1) {
		dx_printf(dx, " Version %u (unknown)", version);
		DX_TCHECK(dx, cp, len);
		DX_LAYER_END(dx);
		return;
	}
	dx_puts(dx, " Version 1");
	if (len < AHCP1_HDRLEN - 2)
		goto bad;
	if (!dx->opts->verbose) {
		DX_TCHECK(dx, cp, AHCP1_HDRLEN - 2);
	} else {
		dx_printf(dx, "\n\tHopcount %u", GET_U8(dx, cp));
		dx_printf(dx, ", Original Hopcount %u", GET_U8(dx, cp + 1));
		dx_printf(dx, ", Nonce 0x%08x", GET_BE32(dx, cp + 2));
		dx_printf(dx, ", Source Id %s", dx_le64addr_string(dx, cp + 6, 8));
		dx_printf(dx, ", Destination Id %s", dx_le64addr_string(dx, cp + 14, 8));
	}
	DX_FIELD(dx, cp + 2, 4, "Nonce: 0x%08x", GET_BE32(dx, cp + 2));
	cp += AHCP1_HDRLEN - 2;
	len -= AHCP1_HDRLEN - 2;
	body_print(dx, cp, len);
	DX_LAYER_END(dx);
	return;
bad:
	invalid(dx, cp, len);
	DX_LAYER_END(dx);
}
