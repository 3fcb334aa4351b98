// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: PIMv2 printer (PIMv1 by version only)
 * RFC 7761 (PIM-SM), RFC 3973 (PIM-DM), RFC 5015 (BIDIR-PIM), RFC 5059 (BSR)
 */
#include "dx.h"
#include "ipproto.h"
#include "print.h"
#include "util.h"

enum {
	PIMV2_HELLO = 0,
	PIMV2_REGISTER,
	PIMV2_REGISTER_STOP,
	PIMV2_JOIN_PRUNE,
	PIMV2_BOOTSTRAP,
	PIMV2_ASSERT,
	PIMV2_GRAFT,
	PIMV2_GRAFT_ACK,
	PIMV2_CANDIDATE_RP,
	PIMV2_PRUNE_REFRESH,
	PIMV2_DF_ELECTION,
	PIMV2_ECMP_REDIRECT,
};

static const struct tok pimv2_type_values[] = {
	{ PIMV2_HELLO, "Hello" },
	{ PIMV2_REGISTER, "Register" },
	{ PIMV2_REGISTER_STOP, "Register Stop" },
	{ PIMV2_JOIN_PRUNE, "Join / Prune" },
	{ PIMV2_BOOTSTRAP, "Bootstrap" },
	{ PIMV2_ASSERT, "Assert" },
	{ PIMV2_GRAFT, "Graft" },
	{ PIMV2_GRAFT_ACK, "Graft Acknowledgement" },
	{ PIMV2_CANDIDATE_RP, "Candidate RP Advertisement" },
	{ PIMV2_PRUNE_REFRESH, "Prune Refresh" },
	{ PIMV2_DF_ELECTION, "DF Election" },
	{ PIMV2_ECMP_REDIRECT, "ECMP Redirect" },
	{ 0, NULL }
};

static const struct tok pimv2_hello_option_values[] = {
	{ 1, "Hold Time" },
	{ 2, "LAN Prune Delay" },
	{ 18, "DR Priority (Old)" },
	{ 19, "DR Priority" },
	{ 20, "Generation ID" },
	{ 21, "State Refresh Capability" },
	{ 22, "Bi-Directional Capability" },
	{ 24, "Address List" },
	{ 65001, "Address List (Old)" },
	{ 0, NULL }
};

static const struct tok pimv2_register_flag_values[] = {
	{ 0x80000000, "Border" },
	{ 0x40000000, "Null" },
	{ 0, NULL }
};

static const struct tok pimv2_df_election_flag_values[] = {
	{ 1, "Offer" },
	{ 2, "Winner" },
	{ 3, "Backoff" },
	{ 4, "Pass" },
	{ 0, NULL }
};

enum addrtype { ADDR_UNICAST, ADDR_GROUP, ADDR_SOURCE };

/* an encoded address (RFC 7761 4.9.1); its length, or -1 */
static int addr_print(struct dx *dx, const uint8_t *bp, unsigned len, enum addrtype at,
		      unsigned addr_len)
{
	int v6, hdrlen;

	if (addr_len == 0) {
		if (len < 2)
			return -1;
		switch (GET_U8(dx, bp)) {
		case 1:
			v6 = 0;
			addr_len = 4;
			break;
		case 2:
			v6 = 1;
			addr_len = 16;
			break;
		default:
			return -1;
		}
		if (GET_U8(dx, bp + 1) != 0)
			return -1;
		hdrlen = 2;
	} else {
		if (addr_len == 4)
			v6 = 0;
		else if (addr_len == 16)
			v6 = 1;
		else
			return -1;
		hdrlen = 0;
	}
	bp += hdrlen;
	len -= (unsigned)hdrlen;
	if (at == ADDR_UNICAST) {
		if (len < addr_len || !DX_TTEST(dx, bp, addr_len))
			return -1;
		dx_puts(dx, v6 ? GET_IP6ADDR_STRING(dx, bp) : GET_IPADDR_STRING(dx, bp));
		return hdrlen + (int)addr_len;
	}
	if (len < addr_len + 2 || !DX_TTEST(dx, bp, addr_len + 2))
		return -1;
	dx_puts(dx, v6 ? GET_IP6ADDR_STRING(dx, bp + 2) : GET_IPADDR_STRING(dx, bp + 2));
	if (bp[1] != (v6 ? 128 : 32))
		dx_printf(dx, "/%u", bp[1]);
	if (bp[0]) {
		if (at == ADDR_GROUP) {
			dx_printf(dx, "(0x%02x)", bp[0]);
		} else {
			dx_printf(dx, "(%s%s%s", (bp[0] & 0x04) ? "S" : "",
				  (bp[0] & 0x02) ? "W" : "",
				  (bp[0] & 0x01) ? "R" : "");
			if (bp[0] & 0xf8)
				dx_printf(dx, "+0x%02x", bp[0] & 0xf8);
			dx_putc(dx, ')');
		}
	}
	return hdrlen + 2 + (int)addr_len;
}

/* 1 correct, 0 incorrect, -1 unverified */
static int check_cksum(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned len)
{
	unsigned v;

	if (!DX_TTEST(dx, bp, len))
		return -1;
	v = GET_U8(dx, iph) >> 4;
	if (v == 4)
		return dx_in_cksum_fold(dx_in_cksum_add(0, bp, len)) ? 0 : 1;
	if (v == 6)
		return nextproto6_cksum(dx, iph, bp, len, len, IPP_PIM) ? 0 : 1;
	return -1;
}

#define ADDR(at) do { \
	if ((adv = addr_print(dx, bp, len, (at), alen)) < 0) \
		goto trunc; \
	bp += adv; \
	len -= (unsigned)adv; \
} while (0)

static void hello_print(struct dx *dx, const uint8_t *bp, unsigned len, unsigned alen)
{
	unsigned otype, olen, want = 4;
	int adv;

	while (len > 0) {

		if (len < 4)
			goto trunc;
		otype = GET_BE16(dx, bp);
		olen = GET_BE16(dx, bp + 2);
		dx_printf(dx, "\n\t  %s Option (%u), length %u, Value: ",
			  tok2str(dx, pimv2_hello_option_values, "Unknown", otype), otype, olen);
		bp += 4;
		len -= 4;
		if (len < olen || !DX_TTEST(dx, bp, olen))
			goto trunc;
		switch (otype) {
		case 1:
			if (olen != 2) {
				want = 2;
				goto badlen;
			}
			dx_put_relts(dx, GET_BE16(dx, bp));
			break;
		case 2: {
			unsigned lan_delay, override;

			if (olen != 4)
				goto badlen;
			lan_delay = GET_BE16(dx, bp);
			override = GET_BE16(dx, bp + 2);
			dx_printf(dx, "\n\t    T-bit=%u, LAN delay %ums, Override interval %ums",
				  (lan_delay & 0x8000) ? 1 : 0, lan_delay & 0x7fff, override);
			break;
		}
		case 18:
		case 19:
			if (olen == 0)
				dx_puts(dx, "Bi-Directional Capability (Old)");
			else if (olen == 4)
				dx_printf(dx, "%u", GET_BE32(dx, bp));
			else
				goto badlen;
			break;
		case 20:
			if (olen != 4)
				goto badlen;
			dx_printf(dx, "0x%08x", GET_BE32(dx, bp));
			break;
		case 21:
			if (olen != 4)
				goto badlen;
			dx_printf(dx, "v%u", bp[0]);
			if (bp[1] != 0) {
				dx_puts(dx, ", interval ");
				dx_put_relts(dx, bp[1]);
			}
			if (GET_BE16(dx, bp + 2) != 0)
				dx_printf(dx, " ?0x%04x?", GET_BE16(dx, bp + 2));
			break;
		case 22:
			break;
		case 24:
		case 65001:
			if (dx->opts->verbose > 1) {
				const uint8_t *ptr = bp;
				unsigned plen = len;

				while (ptr < bp + olen) {
					dx_puts(dx, "\n\t    ");
					adv = addr_print(dx, ptr, plen, ADDR_UNICAST, alen);
					if (adv < 0)
						goto trunc;
					ptr += adv;
					plen -= (unsigned)adv;
				}
			}
			break;
		default:
			if (dx->opts->verbose <= 1)
				ip_print_unknown_data(dx, bp, "\n\t    ", olen);
			break;
		}
		if (dx->opts->verbose > 1)
			ip_print_unknown_data(dx, bp, "\n\t    ", olen);
		bp += olen;
		len -= olen;
	}
	return;
badlen:
	dx_printf(dx, "[option length %u != %u]", olen, want);
	dx_print_invalid(dx);
	return;
trunc:
	dx_print_trunc(dx);
}

static void pimv2_print(struct dx *dx, const uint8_t *bp, unsigned len, const uint8_t *iph)
{
	const uint8_t *pim = bp;
	unsigned typever, alen, type, sum;
	int adv;

	dx_proto(dx, "pimv2");
	if (len < 2) {
		dx_printf(dx, "[length %u < 2]", len);
		dx_print_invalid(dx);
		return;
	}
	typever = GET_U8(dx, bp);
	type = typever & 0x0f;
	alen = GET_U8(dx, bp + 1) & 0x0f;
	if (alen != 0)
		dx_puts(dx, ", RFC2117-encoding");
	if (len < 4) {
		dx_printf(dx, "[length %u < 4]", len);
		dx_print_invalid(dx);
		return;
	}
	sum = GET_BE16(dx, bp + 2);
	dx_printf(dx, ", cksum 0x%04x ", sum);
	if (sum == 0) {
		dx_puts(dx, "(unverified)");
	} else {
		int st;

		if (type == PIMV2_REGISTER) {
			/* the checksum covers the header only, but some senders sum it all */
			st = check_cksum(dx, bp, iph, 8);
			if (st == 0)
				st = check_cksum(dx, bp, iph, len);
		} else {
			st = check_cksum(dx, bp, iph, len);
		}
		dx_puts(dx, st == 1 ? "(correct)" : st == 0 ? "(incorrect)" : "(unverified)");
	}
	bp += 4;
	len -= 4;
	switch (type) {
	case PIMV2_HELLO:
		hello_print(dx, bp, len, alen);
		return;
	case PIMV2_REGISTER: {
		unsigned v;

		if (len < 4 || !DX_TTEST(dx, bp, 4))
			goto trunc;
		dx_printf(dx, ", Flags [ %s ]\n\t",
			  tok2str(dx, pimv2_register_flag_values, "none", GET_BE32(dx, bp)));
		bp += 4;
		len -= 4;
		if (len == 0)
			goto trunc;
		v = GET_U8(dx, bp) >> 4;
		if (v == 0) {
			const char *s = GET_IPADDR_STRING(dx, bp + 12);
			const char *d = GET_IPADDR_STRING(dx, bp + 16);

			dx_printf(dx, "IP-Null-header %s > %s", s, d);
		} else if (v == 4) {
			ip_print(dx, bp, len);
		} else if (v == 6) {
			ip6_print(dx, bp, len);
		} else {
			dx_printf(dx, "IP ver %u", v);
		}
		break;
	}
	case PIMV2_REGISTER_STOP:
		dx_puts(dx, " group=");
		ADDR(ADDR_GROUP);
		dx_puts(dx, " source=");
		ADDR(ADDR_UNICAST);
		break;
	case PIMV2_JOIN_PRUNE:
	case PIMV2_GRAFT:
	case PIMV2_GRAFT_ACK: {
		unsigned ngroup, holdtime, njoin, nprune, i, j;

		if (type != PIMV2_GRAFT_ACK) {
			dx_puts(dx, ", upstream-neighbor: ");
			ADDR(ADDR_UNICAST);
		}
		if (len < 4 || !DX_TTEST(dx, bp, 4))
			goto trunc;
		ngroup = bp[1];
		holdtime = GET_BE16(dx, bp + 2);
		dx_printf(dx, "\n\t  %u group(s)", ngroup);
		if (type != PIMV2_GRAFT_ACK) {
			dx_puts(dx, ", holdtime: ");
			if (holdtime == 0xffff)
				dx_puts(dx, "infinite");
			else
				dx_put_relts(dx, holdtime);
		}
		bp += 4;
		len -= 4;
		for (i = 0; i < ngroup; i++) {
			dx_printf(dx, "\n\t    group #%u: ", i + 1);
			ADDR(ADDR_GROUP);
			if (len < 4 || !DX_TTEST(dx, bp, 4))
				goto trunc;
			njoin = GET_BE16(dx, bp);
			nprune = GET_BE16(dx, bp + 2);
			dx_printf(dx, ", joined sources: %u, pruned sources: %u", njoin, nprune);
			bp += 4;
			len -= 4;
			for (j = 0; j < njoin; j++) {
				dx_printf(dx, "\n\t      joined source #%u: ", j + 1);
				ADDR(ADDR_SOURCE);
			}
			for (j = 0; j < nprune; j++) {
				dx_printf(dx, "\n\t      pruned source #%u: ", j + 1);
				ADDR(ADDR_SOURCE);
			}
		}
		break;
	}
	case PIMV2_BOOTSTRAP: {
		unsigned i, j, frpcnt;

		if (len < 2)
			goto trunc;
		dx_printf(dx, " tag=%x", GET_BE16(dx, bp));
		bp += 2;
		len -= 2;
		if (len < 1)
			goto trunc;
		dx_printf(dx, " hashmlen=%u", GET_U8(dx, bp));
		if (len < 2 || !DX_TTEST(dx, bp + 2, 1))
			goto trunc;
		dx_printf(dx, " BSRprio=%u", GET_U8(dx, bp + 1));
		bp += 2;
		len -= 2;
		dx_puts(dx, " BSR=");
		ADDR(ADDR_UNICAST);
		for (i = 0; len > 0; i++) {
			dx_printf(dx, " (group%u: ", i);
			ADDR(ADDR_GROUP);
			if (len < 1)
				goto trunc;
			dx_printf(dx, " RPcnt=%u", GET_U8(dx, bp));
			if (len < 2)
				goto trunc;
			frpcnt = GET_U8(dx, bp + 1);
			dx_printf(dx, " FRPcnt=%u", frpcnt);
			if (len < 4)
				goto trunc;
			bp += 4;
			len -= 4;
			for (j = 0; j < frpcnt && len > 0; j++) {
				dx_printf(dx, " RP%u=", j);
				ADDR(ADDR_UNICAST);
				if (len < 2)
					goto trunc;
				dx_puts(dx, ",holdtime=");
				dx_put_relts(dx, GET_BE16(dx, bp));
				if (len < 3)
					goto trunc;
				dx_printf(dx, ",prio=%u", GET_U8(dx, bp + 2));
				if (len < 4)
					goto trunc;
				bp += 4;
				len -= 4;
			}
			dx_putc(dx, ')');
		}
		break;
	}
	case PIMV2_ASSERT:
		dx_puts(dx, " group=");
		ADDR(ADDR_GROUP);
		dx_puts(dx, " src=");
		ADDR(ADDR_UNICAST);
		if (len < 8 || !DX_TTEST(dx, bp, 8))
			goto trunc;
		if (bp[0] & 0x80)
			dx_puts(dx, " RPT");
		dx_printf(dx, " pref=%u", GET_BE32(dx, bp) & 0x7fffffff);
		dx_printf(dx, " metric=%u", GET_BE32(dx, bp + 4));
		break;
	case PIMV2_CANDIDATE_RP: {
		unsigned i, pfxcnt;

		if (len < 1)
			goto trunc;
		dx_printf(dx, " prefix-cnt=%u", GET_U8(dx, bp));
		pfxcnt = bp[0];
		if (len < 2)
			goto trunc;
		dx_printf(dx, " prio=%u", GET_U8(dx, bp + 1));
		if (len < 4)
			goto trunc;
		dx_puts(dx, " holdtime=");
		dx_put_relts(dx, GET_BE16(dx, bp + 2));
		bp += 4;
		len -= 4;
		dx_puts(dx, " RP=");
		ADDR(ADDR_UNICAST);
		for (i = 0; i < pfxcnt && len > 0; i++) {
			dx_printf(dx, " Group%u=", i);
			ADDR(ADDR_GROUP);
		}
		break;
	}
	case PIMV2_PRUNE_REFRESH:
		dx_puts(dx, " src=");
		ADDR(ADDR_UNICAST);
		dx_puts(dx, " grp=");
		ADDR(ADDR_GROUP);
		dx_puts(dx, " forwarder=");
		ADDR(ADDR_UNICAST);
		if (len < 2)
			goto trunc;
		dx_puts(dx, " TUNR ");
		dx_put_relts(dx, GET_BE16(dx, bp));
		break;
	case PIMV2_DF_ELECTION: {
		unsigned sub = GET_U8(dx, pim + 1) >> 4;

		dx_printf(dx, "\n\t  %s,",
			  tok2str(dx, pimv2_df_election_flag_values, "Unknown", sub));
		dx_puts(dx, " rpa=");
		ADDR(ADDR_UNICAST);
		dx_printf(dx, " sender pref=%u", GET_BE32(dx, bp));
		dx_printf(dx, " sender metric=%u", GET_BE32(dx, bp + 4));
		bp += 8;
		len -= 8;
		if (sub == 3 || sub == 4) {
			const char *w = sub == 3 ? "offer" : "new winner";

			dx_printf(dx, "\n\t  %s addr=", w);
			ADDR(ADDR_UNICAST);
			dx_printf(dx, " %s pref=%u", w, GET_BE32(dx, bp));
			dx_printf(dx, " %s metric=%u", w, GET_BE32(dx, bp + 4));
			bp += 8;
			len -= 8;
			if (sub == 3)
				dx_printf(dx, " interval %dms", (int)GET_BE16(dx, bp));
		}
		break;
	}
	default:
		dx_printf(dx, " [type %u]", type);
		break;
	}
	return;
trunc:
	dx_print_trunc(dx);
}

static const struct tok pimv1_type_str[] = {
	{ 0, "Query" },
	{ 1, "Register" },
	{ 2, "Register-Stop" },
	{ 3, "Join/Prune" },
	{ 4, "RP-reachable" },
	{ 5, "Assert" },
	{ 6, "Graft" },
	{ 7, "Graft-ACK" },
	{ 0, NULL }
};

static void pimv1_join_prune_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned ngroups, njoin, nprune, njp;
	int vv = dx->opts->verbose > 1;

	/* a single group with a single source: one line */
	if (DX_TTEST(dx, bp, 30) && bp[11] == 1 &&
	    (njoin = GET_BE16(dx, bp + 20)) + GET_BE16(dx, bp + 22) == 1) {
		unsigned hold;

		dx_printf(dx, " RPF %s ", GET_IPADDR_STRING(dx, bp));
		hold = GET_BE16(dx, bp + 6);
		if (hold != 180) {
			dx_puts(dx, "Hold ");
			dx_put_relts(dx, hold);
		}
		{
			const char *s = GET_IPADDR_STRING(dx, bp + 26);
			const char *g = GET_IPADDR_STRING(dx, bp + 12);

			dx_printf(dx, "%s (%s/%u, %s", njoin ? "Join" : "Prune", s, bp[25] & 0x3f,
				  g);
		}
		if (GET_BE32(dx, bp + 16) != 0xffffffff)
			dx_printf(dx, "/%s", GET_IPADDR_STRING(dx, bp + 16));
		dx_printf(dx, ") %s%s %s", (bp[24] & 0x01) ? "Sparse" : "Dense",
			  (bp[25] & 0x80) ? " WC" : "", (bp[25] & 0x40) ? "RP" : "SPT");
		return;
	}
	if (len < 4)
		goto trunc;
	if (vv)
		dx_putc(dx, '\n');
	dx_printf(dx, " Upstream Nbr: %s", GET_IPADDR_STRING(dx, bp));
	bp += 4;
	len -= 4;
	if (len < 4)
		goto trunc;
	if (vv)
		dx_putc(dx, '\n');
	dx_puts(dx, " Hold time: ");
	dx_put_relts(dx, GET_BE16(dx, bp + 2));
	if (!vv)
		return;
	bp += 4;
	len -= 4;
	if (len < 4)
		goto trunc;
	ngroups = GET_U8(dx, bp + 3);
	bp += 4;
	len -= 4;
	while (ngroups != 0) {
		if (len < 4)
			goto trunc;
		dx_printf(dx, "\n\tGroup: %s", GET_IPADDR_STRING(dx, bp));
		bp += 4;
		len -= 4;
		if (len < 4)
			goto trunc;
		if (GET_BE32(dx, bp) != 0xffffffff)
			dx_printf(dx, "/%s", GET_IPADDR_STRING(dx, bp));
		bp += 4;
		len -= 4;
		if (len < 4)
			goto trunc;
		njoin = GET_BE16(dx, bp);
		nprune = GET_BE16(dx, bp + 2);
		dx_printf(dx, " joined: %u pruned: %u", njoin, nprune);
		bp += 4;
		len -= 4;
		for (njp = 0; njp < njoin + nprune; njp++) {
			const char *a;
			unsigned f0, f1;

			if (len < 6)
				goto trunc;
			f0 = GET_U8(dx, bp);
			f1 = GET_U8(dx, bp + 1);
			a = GET_IPADDR_STRING(dx, bp + 2);
			dx_printf(dx, "\n\t%s %s%s%s%s/%u", njp < njoin ? "Join " : "Prune",
				  (f0 & 0x01) ? "Sparse " : "Dense ", (f1 & 0x80) ? "WC " : "",
				  (f1 & 0x40) ? "RP " : "SPT ", a, f1 & 0x3f);
			bp += 6;
			len -= 6;
		}
		ngroups--;
	}
	return;
trunc:
	dx_print_trunc(dx);
}

void pimv1_print(struct dx *dx, const uint8_t *bp, unsigned len)
{
	unsigned type;

	dx_proto(dx, "pimv1");
	type = GET_U8(dx, bp + 1);
	dx_printf(dx, " %s", tok2str(dx, pimv1_type_str, "[type %u]", type));
	switch (type) {
	case 0:
		if (DX_TTEST(dx, bp + 8, 1)) {
			unsigned m = bp[8] >> 4;

			if (m == 0)
				dx_puts(dx, " Dense-mode");
			else if (m == 1)
				dx_puts(dx, " Sparse-mode");
			else if (m == 2)
				dx_puts(dx, " Sparse-Dense-mode");
			else
				dx_printf(dx, " mode-%u", m);
		}
		if (dx->opts->verbose) {
			dx_puts(dx, " (Hold-time ");
			dx_put_relts(dx, GET_BE16(dx, bp + 10));
			dx_putc(dx, ')');
		}
		break;
	case 1: {
		const char *s, *d;

		if (!DX_TTEST(dx, bp + 8, 20))
			goto trunc;
		s = GET_IPADDR_STRING(dx, bp + 20);
		d = GET_IPADDR_STRING(dx, bp + 24);
		dx_printf(dx, " for %s > %s", s, d);
		break;
	}
	case 2: {
		const char *s = GET_IPADDR_STRING(dx, bp + 8), *d = GET_IPADDR_STRING(dx, bp + 12);

		dx_printf(dx, " for %s > %s", s, d);
		break;
	}
	case 4:
		if (dx->opts->verbose) {
			dx_printf(dx, " group %s", GET_IPADDR_STRING(dx, bp + 8));
			if (GET_BE32(dx, bp + 12) != 0xffffffff)
				dx_printf(dx, "/%s", GET_IPADDR_STRING(dx, bp + 12));
			dx_printf(dx, " RP %s hold ", GET_IPADDR_STRING(dx, bp + 16));
			dx_put_relts(dx, GET_BE16(dx, bp + 22));
		}
		break;
	case 5: {
		const char *s = GET_IPADDR_STRING(dx, bp + 16), *d = GET_IPADDR_STRING(dx, bp + 8);

		dx_printf(dx, " for %s > %s", s, d);
		if (GET_BE32(dx, bp + 12) != 0xffffffff)
			dx_printf(dx, "/%s", GET_IPADDR_STRING(dx, bp + 12));
		{
			unsigned f = GET_U8(dx, bp + 20);
			uint32_t pref = GET_BE32(dx, bp + 20) & 0x7fffffff;

			dx_printf(dx, " %s pref %u metric %u", (f & 0x80) ? "RP-tree" : "SPT", pref,
				  GET_BE32(dx, bp + 24));
		}
		break;
	}
	case 3:
	case 6:
	case 7:
		if (dx->opts->verbose) {
			if (len < 8)
				goto trunc;
			pimv1_join_prune_print(dx, bp + 8, len - 8);
		}
		break;
	default:
		break;
	}
	if ((GET_U8(dx, bp + 4) >> 4) != 1)
		dx_printf(dx, " [v%u]", GET_U8(dx, bp + 4) >> 4);
	return;
trunc:
	dx_print_trunc(dx);
}

void pim_print(struct dx *dx, const uint8_t *bp, unsigned len, const uint8_t *iph)
{
	unsigned tv;

	dx_proto(dx, "pim");
	tv = GET_U8(dx, bp);
	DX_LAYER(dx, bp, len, "Protocol Independent Multicast v%u, %s", tv >> 4,
		 tok2str(dx, pimv2_type_values, "Unknown Type", tv & 0x0f));
	DX_FIELD(dx, bp, 1, "Version: %u, Type: %s (%u)", tv >> 4,
		 tok2str(dx, pimv2_type_values, "Unknown Type", tv & 0x0f), tv & 0x0f);
	if (dx->tree && DX_TTEST(dx, bp, 4)) {
		DX_FIELD(dx, bp + 1, 1, "Reserved: 0x%02x", bp[1]);
		DX_FIELD(dx, bp + 2, 2, "Checksum: 0x%04x", GET_BE16(dx, bp + 2));
	}
	DX_LAYER_END(dx);
	if ((tv >> 4) != 2) {
		dx_printf(dx, "PIMv%u, length %u", tv >> 4, len);
		return;
	}
	if (!dx->opts->verbose) {
		dx_printf(dx, "PIMv2, %s, length %u",
			  tok2str(dx, pimv2_type_values, "Unknown Type", tv & 0x0f), len);
		return;
	}
	dx_printf(dx, "PIMv2, length %u\n\t%s", len,
		  tok2str(dx, pimv2_type_values, "Unknown Type", tv & 0x0f));
	pimv2_print(dx, bp, len, iph);
}
