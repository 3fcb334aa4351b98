// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Cisco Discovery Protocol (SNAP OUI 00:00:0c, PID 0x2000).
 * Text as tcpdump 4.99 print-cdp.c.
 *
 * Header: version (1), TTL (1), checksum (2); then TLVs of type (2) and
 * length (2, including these 4 bytes) and value. There is no public spec;
 * the TLV list follows tcpdump's and Wireshark's.
 */
#include <string.h>

#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define CDP_HEADER_LEN 4
#define CDP_TLV_HEADER_LEN 4
#define T_DEV_ID 0x01
#define T_MAX 0x17
#define PT_NLPID 1
#define PT_IEEE_802_2 2
#define NLPID_IP 0xcc

static const struct tok cdp_capability_values[] = {
	{ 0x01, "Router" },
	{ 0x02, "Transparent Bridge" },
	{ 0x04, "Source Route Bridge" },
	{ 0x08, "L2 Switch" },
	{ 0x10, "L3 capable" },
	{ 0x20, "IGMP snooping" },
	{ 0x40, "L1 capable" },
	{ 0, NULL }
};

/* nd_printn(): escaped bytes, longjmp when cut */
static void printn(struct dx *dx, const uint8_t *p, unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++)
		dx_print_char(dx, GET_U8(dx, p + i));
}

static void print_string(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_putc(dx, '\'');
	printn(dx, p, len);
	dx_putc(dx, '\'');
}

static void print_power(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned val = 0;

	if (len == 1)
		val = GET_U8(dx, p);
	else if (len == 2)
		val = GET_BE16(dx, p);
	else if (len == 3)
		val = GET_BE24(dx, p);
	dx_printf(dx, "%1.2fW", val / 1000.0);
}

static void print_capability(struct dx *dx, const uint8_t *p, unsigned len)
{
	uint32_t val = GET_BE32(dx, p);

	(void)len;
	dx_printf(dx, "(0x%08x): %s", val, bittok2str(dx, cdp_capability_values, "none", val));
}

/* the version string, each line indented */
static void print_version(struct dx *dx, const uint8_t *p, unsigned len)
{
	unsigned i;

	dx_puts(dx, "\n\t  ");
	for (i = 0; i < len; i++) {
		uint8_t c = GET_U8(dx, p + i);

		if (c == '\n')
			dx_puts(dx, "\n\t  ");
		else
			dx_print_char(dx, c);
	}
}

static void print_uint16(struct dx *dx, const uint8_t *p, unsigned len)
{
	(void)len;
	dx_putu(dx, GET_BE16(dx, p));
}

static void print_duplex(struct dx *dx, const uint8_t *p, unsigned len)
{
	(void)len;
	dx_puts(dx, GET_U8(dx, p) ? "full" : "half");
}

static void print_ata186(struct dx *dx, const uint8_t *p, unsigned len)
{
	if (len == 2)
		dx_printf(dx, "unknown 0x%04x", GET_BE16(dx, p));
	else
		dx_printf(dx, "app %u, vlan %u", GET_U8(dx, p), GET_BE16(dx, p + 1));
}

static void print_mtu(struct dx *dx, const uint8_t *p, unsigned len)
{
	(void)len;
	dx_printf(dx, "%u bytes", GET_BE32(dx, p));
}

static void print_uint8x(struct dx *dx, const uint8_t *p, unsigned len)
{
	(void)len;
	dx_printf(dx, "0x%02x", GET_U8(dx, p));
}

static void print_phys_loc(struct dx *dx, const uint8_t *p, unsigned len)
{
	dx_printf(dx, "0x%02x", GET_U8(dx, p));
	if (len > 1) {
		dx_putc(dx, '/');
		printn(dx, p + 1, len - 1);
	}
}

static void print_addr(struct dx *dx, const uint8_t *p, unsigned l)
{
	static const uint8_t prot_ipv6[] = { 0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x86, 0xdd };
	unsigned num;

	if (l < 4) {
		dx_puts(dx, " (not enough space for num)");
		goto invalid;
	}
	num = GET_BE32(dx, p);
	p += 4;
	l -= 4;
	while (num) {
		unsigned pt, pl, al;

		if (l < 2) {
			dx_puts(dx, " (not enough space for PT+PL)");
			goto invalid;
		}
		pt = GET_U8(dx, p);
		pl = GET_U8(dx, p + 1);
		p += 2;
		l -= 2;
		if (l < pl + 2) {
			dx_puts(dx, " (not enough space for P+AL)");
			goto invalid;
		}
		al = GET_BE16(dx, p + pl);
		if (pt == PT_NLPID && pl == 1 && GET_U8(dx, p) == NLPID_IP && al == 4) {
			p += pl + 2;
			l -= pl + 2;
			if (l < al) {
				dx_puts(dx, " (not enough space for A)");
				goto invalid;
			}
			DX_TCHECK(dx, p, 4);
			dx_printf(dx, "IPv4 (%u) %s", num, GET_IPADDR_STRING(dx, p));
			p += al;
			l -= al;
		} else if (pt == PT_IEEE_802_2 && pl == 8 && DX_TTEST(dx, p, 8) &&
			   memcmp(p, prot_ipv6, 8) == 0 && al == 16) {
			p += pl + 2;
			l -= pl + 2;
			if (l < al) {
				dx_puts(dx, " (not enough space for A)");
				goto invalid;
			}
			DX_TCHECK(dx, p, 16);
			dx_printf(dx, "IPv6 (%u) %s", num, GET_IP6ADDR_STRING(dx, p));
			p += al;
			l -= al;
		} else {
			dx_printf(dx, "pt=0x%02x, pl=%u, pb=", pt, pl);
			for (; pl != 0; pl--, p++, l--)
				dx_printf(dx, " %02x", GET_U8(dx, p));
			dx_printf(dx, ", al=%u, a=", al);
			p += 2;
			l -= 2;
			if (l < al) {
				dx_puts(dx, " (not enough space for A)");
				goto invalid;
			}
			for (; al != 0; al--, p++, l--)
				dx_printf(dx, " %02x", GET_U8(dx, p));
		}
		num--;
		if (num)
			dx_putc(dx, ' ');
	}
	if (l)
		dx_printf(dx, " (%u bytes of stray data)", l);
	return;
invalid:
	DX_TCHECK(dx, p, l);
}

static void print_prefixes(struct dx *dx, const uint8_t *p, unsigned l)
{
	if (l % 5) {
		dx_printf(dx, " [length %u is not a multiple of 5]", l);
		DX_TCHECK(dx, p, l);
		return;
	}
	dx_printf(dx, " IPv4 Prefixes (%u):", l / 5);
	for (; l > 0; l -= 5, p += 5) {
		DX_TCHECK(dx, p, 5);
		dx_printf(dx, " %u.%u.%u.%u/%u", p[0], p[1], p[2], p[3], p[4]);
	}
}

struct cdp_tlvinfo {
	const char *name;
	void (*printer)(struct dx *dx, const uint8_t *p, unsigned len);
	int min_len, max_len;
};

static const struct cdp_tlvinfo cdptlvs[T_MAX + 1] = {
	[T_DEV_ID] = { "Device-ID", print_string, -1, -1 },
	[0x02] = { "Address", print_addr, -1, -1 },
	[0x03] = { "Port-ID", print_string, -1, -1 },
	[0x04] = { "Capability", print_capability, 4, 4 },
	[0x05] = { "Version String", print_version, -1, -1 },
	[0x06] = { "Platform", print_string, -1, -1 },
	[0x07] = { "Prefixes", print_prefixes, -1, -1 },
	[0x08] = { "Protocol-Hello option", NULL, -1, -1 },
	[0x09] = { "VTP Management Domain", print_string, -1, -1 },
	[0x0a] = { "Native VLAN ID", print_uint16, 2, 2 },
	[0x0b] = { "Duplex", print_duplex, 1, 1 },
	[0x0e] = { "ATA-186 VoIP VLAN assignment", print_ata186, 3, 3 },
	[0x0f] = { "ATA-186 VoIP VLAN request", print_ata186, 2, 3 },
	[0x10] = { "power consumption", print_power, 1, 3 },
	[0x11] = { "MTU", print_mtu, 4, 4 },
	[0x12] = { "AVVID trust bitmap", print_uint8x, 1, 1 },
	[0x13] = { "AVVID untrusted ports CoS", print_uint8x, 1, 1 },
	[0x14] = { "System Name", print_string, -1, -1 },
	[0x15] = { "System Object ID (not decoded)", NULL, -1, -1 },
	[0x16] = { "Management Addresses", print_addr, 4, -1 },
	[0x17] = { "Physical Location", print_phys_loc, 1, -1 },
};

void cdp_print(struct dx *dx, const uint8_t *tptr, unsigned length)
{
	unsigned orig_length = length;
	int v = dx->opts->verbose;

	dx_proto(dx, "cdp");
	if (dx->tree) {
		size_t n = DX_BYTES_AVAIL(dx, tptr);

		DX_LAYER(dx, tptr, n < length ? n : length, "Cisco Discovery Protocol");
	}
	if (length < CDP_HEADER_LEN) {
		dx_printf(dx, " (packet length %u < %u)", length, CDP_HEADER_LEN);
		goto invalid;
	}
	DX_TCHECK(dx, tptr, 2);
	dx_printf(dx, "CDPv%u, ttl: %us", tptr[0], tptr[1]);
	if (v)
		dx_printf(dx, ", checksum: 0x%04x (unverified), length %u", GET_BE16(dx, tptr + 2),
			  orig_length);
	else
		(void)GET_BE16(dx, tptr + 2);
	tptr += CDP_HEADER_LEN;
	length -= CDP_HEADER_LEN;
	while (length) {
		const struct cdp_tlvinfo *info;
		const char *name;
		unsigned type, len;
		int covered = 0;

		if (length < CDP_TLV_HEADER_LEN) {
			dx_printf(dx, " (remaining packet length %u < %u)", length, CDP_TLV_HEADER_LEN);
			goto invalid;
		}
		type = GET_BE16(dx, tptr);
		len = GET_BE16(dx, tptr + 2);
		info = type <= T_MAX ? &cdptlvs[type] : NULL;
		name = (info && info->name) ? info->name : "unknown field type";
		if (len < CDP_TLV_HEADER_LEN) {
			if (v)
				dx_printf(dx, "\n\t%s (0x%02x), TLV length: %u byte%s (too short)", name,
					  type, len, len == 1 ? "" : "s");
			else
				dx_printf(dx, ", %s TLV length %u too short", name, len);
			goto invalid;
		}
		if (len > length) {
			dx_printf(dx, " (TLV length %u > %u)", len, length);
			goto invalid;
		}
		DX_FIELD(dx, tptr, len, "%s (0x%02x), length %u", name, type, len);
		tptr += CDP_TLV_HEADER_LEN;
		length -= CDP_TLV_HEADER_LEN;
		len -= CDP_TLV_HEADER_LEN;
		if (!v && type == T_DEV_ID)
			dx_puts(dx, ", Device-ID ");
		else if (v)
			dx_printf(dx, "\n\t%s (0x%02x), value length: %u byte%s: ", name, type, len,
				  len == 1 ? "" : "s");
		if (info) {
			if ((info->min_len > 0 && len < (unsigned)info->min_len) ||
			    (info->max_len > 0 && len > (unsigned)info->max_len)) {
				dx_puts(dx, " (malformed TLV)");
			} else if (v || type == T_DEV_ID) {
				if (info->printer)
					info->printer(dx, tptr, len);
				else
					DX_TCHECK(dx, tptr, len);
				covered = 1;
			}
		}
		if (!covered) {
			DX_TCHECK(dx, tptr, len);
			hex_print(dx, "\n\t  ", tptr, len);
		}
		tptr += len;
		length -= len;
	}
	DX_LAYER_END(dx);
	if (v < 1)
		dx_printf(dx, ", length %u", orig_length);
	return;
invalid:
	DX_LAYER_END(dx);
	dx_print_invalid(dx);
	DX_TCHECK(dx, tptr, length);
}
