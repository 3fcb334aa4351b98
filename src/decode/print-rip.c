// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: RIP version 1 and 2 (UDP port 520). Text as tcpdump 4.99.3
 * print-rip.c.
 *
 * RFC 1058 (RIPv1), RFC 2453 (RIPv2), RFC 4822 (cryptographic
 * authentication). Header (4 bytes): command (1), version (1), unused
 * (2); then 20-byte entries: address family (2), route tag (2), address
 * (4), mask (4), next hop (4), metric (4). A family of 0xffff starts an
 * authentication entry. The entries from -v, a hex dump from -vv.
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

#define RIP_HDRLEN 4u
#define RIP_ROUTELEN 20u
#define RIP_AUTHLEN 16u
#define RIP_CRYPTO_HDRLEN 16u
#define BSD_AFNUM_INET 2

static const struct tok rip_cmds[] = {
	{ 1, "Request" },
	{ 2, "Response" },
	{ 3, "Trace on" },
	{ 4, "Trace off" },
	{ 5, "Poll" },
	{ 6, "Poll Entry" },
	{ 0, NULL }
};

/* the bytes an RFC 1058 entry took, 0 when it is cut short */
static unsigned entry_v1(struct dx *dx, const uint8_t *p, unsigned remaining)
{
	unsigned family;

	if (remaining < RIP_ROUTELEN || !DX_TTEST(dx, p, RIP_ROUTELEN))
		return 0;
	DX_FIELD(dx, p, RIP_ROUTELEN, "Route: %s, metric %u", GET_IPADDR_STRING(dx, p + 4),
		 GET_BE32(dx, p + 16));
	family = GET_BE16(dx, p);
	if (family != BSD_AFNUM_INET && family != 0) {
		dx_printf(dx, "\n\t AFI %s, ", tok2str(dx, bsd_af_values, "Unknown (%u)", family));
		ip_print_unknown_data(dx, p + 4, "\n\t  ", RIP_ROUTELEN - 4);
		return RIP_ROUTELEN;
	}
	if (GET_BE16(dx, p + 2) || GET_BE32(dx, p + 8) || GET_BE32(dx, p + 12)) {
		ip_print_unknown_data(dx, p, "\n\t  ", RIP_ROUTELEN);
		return RIP_ROUTELEN;
	}
	dx_printf(dx, "\n\t  %s%s, metric: %u", family == 0 ? "AFI 0, " : "",
		  GET_IPADDR_STRING(dx, p + 4), GET_BE32(dx, p + 16));
	return RIP_ROUTELEN;
}

/* the bytes an RFC 2453 entry took, 0 when it is cut short */
static unsigned entry_v2(struct dx *dx, const uint8_t *p, unsigned remaining)
{
	unsigned family, auth;

	if (remaining < 4 || !DX_TTEST(dx, p, 4))
		return 0;
	family = GET_BE16(dx, p);
	if (family == 0xffff) {
		auth = GET_BE16(dx, p + 2);
		remaining -= 4;
		DX_FIELD_IN(dx, p, auth == 1 || auth > 3 ? 4 + remaining : RIP_ROUTELEN, p + 4 + remaining,
			    "Authentication, type %u", auth);
		if (auth == 2) {
			dx_puts(dx, "\n\t  Simple Text Authentication data: ");
			dx_printjnp(dx, p + 4, RIP_AUTHLEN);
		} else if (auth == 3) {
			const uint8_t *c = p + 4;

			if (!DX_TTEST(dx, c, RIP_CRYPTO_HDRLEN) || remaining < RIP_CRYPTO_HDRLEN)
				return 0;
			dx_printf(dx, "\n\t  Auth header: Packet Len %u,", GET_BE16(dx, c));
			dx_printf(dx, " Key-ID %u,", GET_U8(dx, c + 2));
			dx_printf(dx, " Auth Data Len %u,", GET_U8(dx, c + 3));
			dx_printf(dx, " SeqNo %u,", GET_BE32(dx, c + 4));
			dx_printf(dx, " MBZ %u,", GET_BE32(dx, c + 8));
			dx_printf(dx, " MBZ %u", GET_BE32(dx, c + 12));
		} else if (auth == 1) {
			dx_puts(dx, "\n\t  Auth trailer:");
			ip_print_unknown_data(dx, p + 4, "\n\t  ", remaining);
			return 4 + remaining;
		} else {
			dx_printf(dx, "\n\t  Unknown (%u) Authentication data:", auth);
			ip_print_unknown_data(dx, p + 4, "\n\t  ", remaining);
			return 4 + remaining;
		}
	} else if (family != BSD_AFNUM_INET && family != 0) {
		DX_FIELD_IN(dx, p, RIP_ROUTELEN, p + remaining, "Route: address family %u", family);
		dx_printf(dx, "\n\t  AFI %s", tok2str(dx, bsd_af_values, "Unknown (%u)", family));
		ip_print_unknown_data(dx, p + 4, "\n\t  ", RIP_ROUTELEN - 4);
	} else {
		if (!DX_TTEST(dx, p, RIP_ROUTELEN) || remaining < RIP_ROUTELEN)
			return 0;
		DX_FIELD(dx, p, RIP_ROUTELEN, "Route: %s/%d, metric %u", GET_IPADDR_STRING(dx, p + 4),
			 dx_mask2plen(GET_BE32(dx, p + 8)), GET_BE32(dx, p + 16));
		dx_printf(dx, "\n\t  AFI %s, %15s/%-2d, tag 0x%04x, metric: %u, next-hop: ",
			  tok2str(dx, bsd_af_values, "%u", family), GET_IPADDR_STRING(dx, p + 4),
			  dx_mask2plen(GET_BE32(dx, p + 8)), GET_BE16(dx, p + 2), GET_BE32(dx, p + 16));
		if (GET_BE32(dx, p + 12))
			dx_puts(dx, GET_IPADDR_STRING(dx, p + 12));
		else
			dx_puts(dx, "self");
	}
	return RIP_ROUTELEN;
}

void rip_print(struct dx *dx, const uint8_t *dat, unsigned length)
{
	unsigned len, vers, cmd, size;
	unsigned (*entry)(struct dx *, const uint8_t *, unsigned);
	const uint8_t *p;

	dx_proto(dx, "rip");
	len = (unsigned)DX_BYTES_AVAIL(dx, dat);
	if (len > length)
		len = length;
	if (len < RIP_HDRLEN) {
		dx_print_trunc(dx);
		return;
	}
	len -= RIP_HDRLEN;
	vers = GET_U8(dx, dat + 1);
	cmd = GET_U8(dx, dat);
	DX_LAYER(dx, dat, length, "Routing Information Protocol, version %u", vers);
	DX_FIELD(dx, dat, 1, "Command: %s (%u)", tok2str(dx, rip_cmds, "unknown command (%u)", cmd),
		 cmd);
	DX_FIELD(dx, dat + 1, 1, "Version: %u", vers);
	dx_printf(dx, "%sRIPv%u", dx->opts->verbose >= 1 ? "\n\t" : "", vers);
	if (vers == 0) {
		ip_print_unknown_data(dx, dat, "\n\t", length);
		DX_LAYER_END(dx);
		return;
	}
	dx_printf(dx, ", %s, length: %u", tok2str(dx, rip_cmds, "unknown command (%u)", cmd), length);
	if (dx->opts->verbose < 1) {
		DX_LAYER_END(dx);
		return;
	}
	switch (cmd) {
	case 1:
	case 2:
		if (vers == 1) {
			dx_printf(dx, ", routes: %u", length / RIP_ROUTELEN);
			entry = entry_v1;
		} else if (vers == 2) {
			dx_printf(dx, ", routes: %u or less", length / RIP_ROUTELEN);
			entry = entry_v2;
		} else {
			dx_puts(dx, ", unknown version");
			break;
		}
		p = dat + RIP_HDRLEN;
		while (len != 0) {
			size = entry(dx, p, len);
			if (size == 0) {
				dx_print_trunc(dx);
				break;
			}
			if (len < size) {
				dx_printf(dx, " [remaining entries length %u < %u]", len, size);
				dx_print_invalid(dx);
				break;
			}
			p += size;
			len -= size;
		}
		break;
	case 4:
	case 5:
	case 6:
		break;
	default:
		if (dx->opts->verbose <= 1)
			ip_print_unknown_data(dx, dat, "\n\t", length);
		break;
	}
	if (dx->opts->verbose > 1)
		ip_print_unknown_data(dx, dat, "\n\t", length);
	DX_LAYER_END(dx);
}
