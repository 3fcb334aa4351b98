// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: VRRP printer
 * RFC 3768 (VRRPv2), RFC 5798 (VRRPv3)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"

static const struct tok auth2str[] = {
	{ 0, "none" },
	{ 1, "simple" },
	{ 2, "ah" },
	{ 0, NULL }
};

/* the fixed header's fields, when it is captured (the text reads them later, or at -v only) */
static void vrrp_fields(struct dx *dx, const uint8_t *bp, unsigned version)
{
	if (!dx->tree || !DX_TTEST(dx, bp, 8))
		return;
	DX_FIELD(dx, bp, 1, "Version: %u, Type: %u", version, bp[0] & 0x0f);
	DX_FIELD(dx, bp + 1, 1, "Virtual Router ID: %u", bp[1]);
	DX_FIELD(dx, bp + 2, 1, "Priority: %u", bp[2]);
	DX_FIELD(dx, bp + 3, 1, "Address count: %u", bp[3]);
	if (version == 2) {
		DX_FIELD(dx, bp + 4, 1, "Auth type: %s", tok2str(dx, auth2str, NULL, bp[4]));
		DX_FIELD(dx, bp + 5, 1, "Advertisement interval: %us", bp[5]);
	} else {
		DX_FIELD(dx, bp + 4, 2, "Max advertisement interval: %ucs",
			 (bp[4] & 0x0fu) << 8 | bp[5]);
	}
	DX_FIELD(dx, bp + 6, 2, "Checksum: 0x%04x", (unsigned)(bp[6] << 8 | bp[7]));
}

static void vrrp_body(struct dx *dx, const uint8_t *bp, unsigned len, unsigned version,
		      unsigned type, unsigned ttl, unsigned ver, const uint8_t *iph);

void vrrp_print(struct dx *dx, const uint8_t *bp, unsigned len, const uint8_t *iph, unsigned ttl,
		unsigned ver)
{
	unsigned version, type;

	dx_proto(dx, "vrrp");
	ip_print_protocol_caps(dx);
	version = GET_U8(dx, bp) >> 4;
	type = bp[0] & 0x0f;
	if (type == 1)
		dx_printf(dx, "v%u, Advertisement", version);
	else
		dx_printf(dx, "v%u, unknown type (%u)", version, type);
	DX_LAYER(dx, bp, len, "Virtual Router Redundancy Protocol v%u", version);
	vrrp_fields(dx, bp, version);
	vrrp_body(dx, bp, len, version, type, ttl, ver, iph);
	DX_LAYER_END(dx);
}

static void vrrp_body(struct dx *dx, const uint8_t *bp, unsigned len, unsigned version,
		      unsigned type, unsigned ttl, unsigned ver, const uint8_t *iph)
{
	const uint8_t *end = bp + len;
	unsigned auth_type = 0, naddrs, i;
	char c;

	if (ttl != 255)
		dx_printf(dx, ", (ttl %u)", ttl);
	if (version < 2 || version > 3 || type != 1)
		return;
	dx_printf(dx, ", vrid %u, prio %u", GET_U8(dx, bp + 1), GET_U8(dx, bp + 2));
	if (version == 2) {
		auth_type = GET_U8(dx, bp + 4);
		dx_printf(dx, ", authtype %s", tok2str(dx, auth2str, NULL, auth_type));
		dx_printf(dx, ", intvl %us, length %u", GET_U8(dx, bp + 5), len);
	} else {
		unsigned intvl = (GET_U8(dx, bp + 4) & 0x0f) << 8 | GET_U8(dx, bp + 5);

		dx_printf(dx, ", intvl %ucs, length %u", intvl, len);
	}
	if (!dx->opts->verbose)
		return;
	naddrs = GET_U8(dx, bp + 3);
	if (DX_TTEST(dx, bp, len)) {
		uint16_t sum;

		if (version == 2)
			sum = dx_in_cksum_fold(dx_in_cksum_add(0, bp, len));
		else if (ver == 4)
			sum = nextproto4_cksum(dx, iph, bp, len, len, IPP_VRRP);
		else
			sum = nextproto6_cksum(dx, iph, bp, len, len, IPP_VRRP);
		if (sum)
			dx_printf(dx, ", (bad vrrp cksum %x)", GET_BE16(dx, bp + 6));
	}
	dx_puts(dx, ", addrs");
	if (naddrs > 1)
		dx_printf(dx, "(%u)", naddrs);
	dx_putc(dx, ':');
	c = ' ';
	bp += 8;
	for (i = 0; i < naddrs; i++) {
		const char *a = ver == 4 ? GET_IPADDR_STRING(dx, bp) : GET_IP6ADDR_STRING(dx, bp);

		dx_putc(dx, c);
		dx_puts(dx, a);
		DX_FIELD_IN(dx, bp, ver == 4 ? 4 : 16, end, "Virtual IP address: %s", a);
		bp += ver == 4 ? 4 : 16;
		c = ',';
	}
	if (version == 2 && auth_type == 1) {
		dx_puts(dx, " auth \"");
		dx_printjnp(dx, bp, 8);
		dx_putc(dx, '"');
	}
}
