// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Multipath TCP options (TCP option kind 30)
 *
 * RFC 8684 (MPTCP v1) and RFC 6824 (v0). Text matches tcpdump 4.99.3
 * print-mptcp.c: "mptcp LEN SUBTYPE ..." inside the TCP options list.
 *
 * Wire format: kind (1) = 30, length (1), subtype (high 4 bits) + subtype
 * specific bits (low 4), then the subtype's fields. Subtypes: 0 capable,
 * 1 join, 2 dss, 3 add-addr, 4 remove-addr, 5 prio, 6 fail, 7 fast-close;
 * anything above prints as "unknown" (tcpdump 4.99.3 predates MP_TCPRST).
 *
 * tcp_print() narrows the readable area to the option before calling us,
 * so a read past the option ends the packet with " [|mptcp]".
 */
#include "dx.h"
#include "util.h"
#include "print.h"

#define TH_SYN 0x02
#define TH_ACK 0x10

#define MP_CAPABLE_C 0x80
#define MP_JOIN_B 0x01
#define MP_DSS_F 0x10
#define MP_DSS_m 0x08
#define MP_DSS_M 0x04
#define MP_DSS_a 0x02
#define MP_DSS_A 0x01
#define MP_PRIO_B 0x01

static const struct tok mptcp_addr_subecho_bits[] = {
	{ 0x6, "v0-ip6" },
	{ 0x4, "v0-ip4" },
	{ 0x1, "v1-echo" },
	{ 0x0, "v1" },
	{ 0, NULL }
};

static int dummy_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	(void)dx;
	(void)opt;
	(void)opt_len;
	(void)flags;
	return 1;
}

static int mp_capable_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	unsigned version;

	if (!((opt_len == 12 || opt_len == 4) && (flags & TH_SYN)) &&
	    !((opt_len == 20 || opt_len == 22) && (flags & (TH_SYN | TH_ACK)) == TH_ACK))
		return 0;
	version = GET_U8(dx, opt + 2) & 0xf;
	if (version > 1) {
		dx_puts(dx, " Unknown Version (");
		dx_putu(dx, version);
		dx_putc(dx, ')');
		return 1;
	}
	dx_puts(dx, " v");
	dx_putu(dx, version);
	if (GET_U8(dx, opt + 3) & MP_CAPABLE_C)
		dx_puts(dx, " csum");
	if (opt_len == 12 || opt_len >= 20) {
		dx_puts(dx, " {0x");
		dx_put_hex(dx, GET_BE64(dx, opt + 4));
		if (opt_len >= 20) {
			dx_puts(dx, ",0x");
			dx_put_hex(dx, GET_BE64(dx, opt + 12));
		}
		dx_putc(dx, '}');
	}
	return 1;
}

static int mp_join_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	unsigned i;

	if (!(opt_len == 12 && (flags & TH_SYN)) &&
	    !(opt_len == 16 && (flags & (TH_SYN | TH_ACK)) == (TH_SYN | TH_ACK)) &&
	    !(opt_len == 24 && (flags & TH_ACK)))
		return 0;
	if (opt_len != 24) {
		if (GET_U8(dx, opt + 2) & MP_JOIN_B)
			dx_puts(dx, " backup");
		dx_puts(dx, " id ");
		dx_putu(dx, GET_U8(dx, opt + 3));
	}
	switch (opt_len) {
	case 12:	/* SYN */
		dx_puts(dx, " token 0x");
		dx_put_hex(dx, GET_BE32(dx, opt + 4));
		dx_puts(dx, " nonce 0x");
		dx_put_hex(dx, GET_BE32(dx, opt + 8));
		break;
	case 16:	/* SYN/ACK */
		dx_puts(dx, " hmac 0x");
		dx_put_hex(dx, GET_BE64(dx, opt + 4));
		dx_puts(dx, " nonce 0x");
		dx_put_hex(dx, GET_BE32(dx, opt + 12));
		break;
	case 24:	/* ACK */
		dx_puts(dx, " hmac 0x");
		for (i = 0; i < 20; i++)
			dx_put_hex2(dx, GET_U8(dx, opt + 4 + i));
		break;
	default:
		break;
	}
	return 1;
}

/* " PREFIX" then an 8- or 4-byte number; 0 when it does not fit */
static int dss_number(struct dx *dx, const char *prefix, const uint8_t **opt, unsigned *opt_len,
		      int wide)
{
	unsigned n = wide ? 8 : 4;

	if (*opt_len < n)
		return 0;
	dx_puts(dx, prefix);
	dx_putu(dx, wide ? GET_BE64(dx, *opt) : GET_BE32(dx, *opt));
	*opt += n;
	*opt_len -= n;
	return 1;
}

static int mp_dss_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	unsigned mflags;

	if (opt_len < 4)
		return 0;
	if (flags & TH_SYN)
		return 0;
	mflags = GET_U8(dx, opt + 3);
	if (mflags & MP_DSS_F)
		dx_puts(dx, " fin");
	opt += 4;
	opt_len -= 4;
	if (mflags & MP_DSS_A) {
		/* tcpdump prints " ack " before it knows the number fits */
		dx_puts(dx, " ack ");
		if (!dss_number(dx, "", &opt, &opt_len, mflags & MP_DSS_a))
			return 0;
	}
	if (mflags & MP_DSS_M) {
		dx_puts(dx, " seq ");
		if (!dss_number(dx, "", &opt, &opt_len, mflags & MP_DSS_m))
			return 0;
		if (!dss_number(dx, " subseq ", &opt, &opt_len, 0))
			return 0;
		if (opt_len < 2)
			return 0;
		dx_puts(dx, " len ");
		dx_putu(dx, GET_BE16(dx, opt));
		opt += 2;
		opt_len -= 2;
		if (opt_len >= 2) {
			dx_puts(dx, " csum 0x");
			dx_put_hex(dx, GET_BE16(dx, opt));
			opt_len -= 2;
		}
	}
	return opt_len == 0;
}

static int add_addr_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	const char *s;

	(void)flags;
	if (!(opt_len == 8 || opt_len == 10 || opt_len == 16 || opt_len == 18 || opt_len == 20 ||
	      opt_len == 22 || opt_len == 28 || opt_len == 30))
		return 0;
	s = tok2str_or_null(mptcp_addr_subecho_bits, GET_U8(dx, opt + 2) & 0xf);
	dx_putc(dx, ' ');
	dx_puts(dx, s ? s : "[bad version/echo]");
	dx_puts(dx, " id ");
	dx_putu(dx, GET_U8(dx, opt + 3));
	if (opt_len == 8 || opt_len == 10 || opt_len == 16 || opt_len == 18) {
		dx_putc(dx, ' ');
		dx_puts(dx, GET_IPADDR_STRING(dx, opt + 4));
		if (opt_len == 10 || opt_len == 18) {
			dx_putc(dx, ':');
			dx_putu(dx, GET_BE16(dx, opt + 8));
		}
		if (opt_len == 16 || opt_len == 18) {
			dx_puts(dx, " hmac 0x");
			dx_put_hex(dx, GET_BE64(dx, opt + (opt_len == 16 ? 8 : 10)));
		}
	} else {
		dx_putc(dx, ' ');
		dx_puts(dx, GET_IP6ADDR_STRING(dx, opt + 4));
		if (opt_len == 22 || opt_len == 30) {
			dx_putc(dx, ':');
			dx_putu(dx, GET_BE16(dx, opt + 20));
		}
		if (opt_len == 28 || opt_len == 30) {
			dx_puts(dx, " hmac 0x");
			dx_put_hex(dx, GET_BE64(dx, opt + (opt_len == 28 ? 20 : 22)));
		}
	}
	return 1;
}

static int remove_addr_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	unsigned i;

	(void)flags;
	if (opt_len < 4)
		return 0;
	dx_puts(dx, " id");
	for (i = 0; i < opt_len - 3; i++) {
		dx_putc(dx, ' ');
		dx_putu(dx, GET_U8(dx, opt + 3 + i));
	}
	return 1;
}

static int mp_prio_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	(void)flags;
	if (opt_len != 3 && opt_len != 4)
		return 0;
	dx_puts(dx, (GET_U8(dx, opt + 2) & MP_PRIO_B) ? " backup" : " non-backup");
	if (opt_len == 4) {
		dx_puts(dx, " id ");
		dx_putu(dx, GET_U8(dx, opt + 3));
	}
	return 1;
}

static int mp_fail_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	(void)flags;
	if (opt_len != 12)
		return 0;
	dx_puts(dx, " seq ");
	dx_putu(dx, GET_BE64(dx, opt + 4));
	return 1;
}

static int mp_fast_close_print(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags)
{
	(void)flags;
	if (opt_len != 12)
		return 0;
	dx_puts(dx, " key 0x");
	dx_put_hex(dx, GET_BE64(dx, opt + 4));
	return 1;
}

static const struct {
	const char *name;
	int (*print)(struct dx *dx, const uint8_t *opt, unsigned opt_len, uint8_t flags);
} mptcp_options[] = {
	{ "capable", mp_capable_print },
	{ "join", mp_join_print },
	{ "dss", mp_dss_print },
	{ "add-addr", add_addr_print },
	{ "rem-addr", remove_addr_print },
	{ "prio", mp_prio_print },
	{ "fail", mp_fail_print },
	{ "fast-close", mp_fast_close_print },
	{ "unknown", dummy_print },
};

int mptcp_print(struct dx *dx, const uint8_t *cp, unsigned len, uint8_t flags)
{
	unsigned subtype, raw;
	int r;

	dx_proto(dx, "mptcp");
	if (len < 3)
		return 0;
	raw = GET_U8(dx, cp + 2);
	subtype = raw >> 4;
	if (subtype > 8)
		subtype = 8;
	DX_SUBTREE(dx, cp, len, "Multipath TCP: %s", mptcp_options[subtype].name);
	DX_FIELD(dx, cp + 1, 1, "Length: %u", len);
	DX_FIELD(dx, cp + 2, 1, "Subtype: %s (%u)", mptcp_options[subtype].name, raw >> 4);
	DX_FIELD(dx, cp + 2, 1, "Version or flags: 0x%x", raw & 0xf);
	dx_putc(dx, ' ');
	dx_putu(dx, len);
	dx_putc(dx, ' ');
	dx_puts(dx, mptcp_options[subtype].name);
	r = mptcp_options[subtype].print(dx, cp, len, flags);
	DX_LAYER_END(dx);
	return r;
}
