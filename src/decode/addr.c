// SPDX-License-Identifier: GPL-2.0
/* \summary: address and port strings, with optional name lookup through opts->resolver */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "dx.h"
#include "util.h"
#include "print-ether.h"

static const struct name_resolver *resolver(const struct dx *dx)
{
	if (dx->opts->no_resolve)
		return NULL;
	return dx->opts->resolver;
}

void dx_fmt_ip4(char *dst, size_t n, const uint8_t *a)
{
	char tmp[16];
	char *q = tmp;
	int i;

	for (i = 0; i < 4; i++) {
		unsigned v = a[i];

		if (v >= 100)
			*q++ = (char)('0' + v / 100);
		if (v >= 10)
			*q++ = (char)('0' + v / 10 % 10);
		*q++ = (char)('0' + v % 10);
		if (i < 3)
			*q++ = '.';
	}
	*q = '\0';
	if ((size_t)(q - tmp) < n)
		memcpy(dst, tmp, (size_t)(q - tmp) + 1);
	else if (n)
		dst[0] = '\0';
}

/*
 * The text inet_ntop(AF_INET6) gives (RFC 5952: lower-case hex, the first
 * longest run of two or more zero groups as "::", IPv4-mapped and
 * IPv4-compatible addresses with a dotted tail), without its printf.
 */
void dx_fmt_ip6(char *dst, size_t n, const uint8_t *a)
{
	static const char hex[] = "0123456789abcdef";
	char tmp[48];
	char *q = tmp;
	unsigned w[8];
	int i, best = -1, best_len = 0, run = -1, len = 0;

	for (i = 0; i < 8; i++) {
		w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
		if (w[i] == 0) {
			if (run < 0)
				run = i, len = 0;
			if (++len > best_len)
				best = run, best_len = len;
		} else {
			run = -1;
		}
	}
	if (best_len < 2)
		best = -1;
	for (i = 0; i < 8; i++) {
		if (i == best) {
			*q++ = ':';
			if (i + best_len == 8)
				*q++ = ':';
			i += best_len - 1;
			continue;
		}
		if (i)
			*q++ = ':';
		if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
			char v4[16];

			dx_fmt_ip4(v4, sizeof(v4), a + 12);
			memcpy(q, v4, strlen(v4));
			q += strlen(v4);
			break;
		}
		if (w[i] >= 0x1000)
			*q++ = hex[w[i] >> 12];
		if (w[i] >= 0x100)
			*q++ = hex[w[i] >> 8 & 15];
		if (w[i] >= 0x10)
			*q++ = hex[w[i] >> 4 & 15];
		*q++ = hex[w[i] & 15];
	}
	*q = '\0';
	if ((size_t)(q - tmp) < n)
		memcpy(dst, tmp, (size_t)(q - tmp) + 1);
	else if (n)
		dst[0] = '\0';
}

const char *dx_ipaddr_string(struct dx *dx, const uint8_t *p)
{
	DX_TCHECK(dx, p, 4);
	return dx_ip4_name(dx, p);
}

const char *dx_ip4_name(struct dx *dx, const uint8_t *p)
{
	const struct name_resolver *r = resolver(dx);
	char *b;

	if (r && r->ip4) {
		const char *name = r->ip4(r->ctx, p);

		if (name)
			return name;
	}
	b = dx_namebuf(dx);
	dx_fmt_ip4(b, DX_NAMEBUF_LEN, p);
	return b;
}

const char *dx_ip6addr_string(struct dx *dx, const uint8_t *p)
{
	DX_TCHECK(dx, p, 16);
	return dx_ip6_name(dx, p);
}

const char *dx_ip6_name(struct dx *dx, const uint8_t *p)
{
	const struct name_resolver *r = resolver(dx);
	char *b;

	if (r && r->ip6) {
		const char *name = r->ip6(r->ctx, p);

		if (name)
			return name;
	}
	b = dx_namebuf(dx);
	dx_fmt_ip6(b, DX_NAMEBUF_LEN, p);
	return b;
}

/*
 * tcpdump's etheraddr_string(): with -n the bare address; without, a name
 * from the resolver (/etc/ethers), "Broadcast", or the address followed by
 * " (oui NAME)" from tcpdump's small OUI table ("Unknown" for most vendors).
 */
const char *dx_etheraddr_string(struct dx *dx, const uint8_t *p)
{
	const struct name_resolver *r = resolver(dx);
	char *b, *q;
	int i;

	DX_TCHECK(dx, p, 6);
	if (r && r->mac) {
		const char *name = r->mac(r->ctx, p);

		if (name)
			return name;
	}
	if (!dx->opts->no_resolve && (p[0] & p[1] & p[2] & p[3] & p[4] & p[5]) == 0xff)
		return "Broadcast";
	b = q = dx_namebuf(dx);
	for (i = 0; i < 6; i++) {
		if (i)
			*q++ = ':';
		q = dx_w_hex2(q, p[i]);
	}
	*q = '\0';
	if (!dx->opts->no_resolve)
		snprintf(q, DX_NAMEBUF_LEN - 17, " (oui %s)",
			 ether_oui_name((unsigned)(p[0] << 16 | p[1] << 8 | p[2])));
	return b;
}

const char *dx_le64addr_string(struct dx *dx, const uint8_t *p, unsigned len)
{
	char *b = dx_namebuf(dx), *q = b;
	unsigned i;

	DX_TCHECK(dx, p, len);
	for (i = 0; i < len && (size_t)(q - b) + 4 < DX_NAMEBUF_LEN; i++) {
		if (i)
			*q++ = ':';
		q = dx_w_hex2(q, p[i]);
	}
	*q = '\0';
	return b;
}

static const char *port_string(struct dx *dx, unsigned port, int udp)
{
	const struct name_resolver *r = resolver(dx);
	char *b;

	if (r) {
		const char *name = udp ? (r->udp_port ? r->udp_port(r->ctx, port) : NULL)
				       : (r->tcp_port ? r->tcp_port(r->ctx, port) : NULL);
		if (name)
			return name;
	}
	b = dx_namebuf(dx);
	{
		char tmp[12];
		int i = sizeof(tmp);

		tmp[--i] = '\0';
		do {
			tmp[--i] = (char)('0' + port % 10);
			port /= 10;
		} while (port && i > 0);
		memcpy(b, tmp + i, sizeof(tmp) - (size_t)i);
	}
	return b;
}

const char *dx_tcpport_string(struct dx *dx, unsigned port)
{
	return port_string(dx, port, 0);
}

const char *dx_udpport_string(struct dx *dx, unsigned port)
{
	return port_string(dx, port, 1);
}
