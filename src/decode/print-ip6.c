// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: IPv6 printer: fixed header and the chain of extension headers
 * RFC 8200 (IPv6), RFC 2675 (jumbograms), RFC 8754 (SRH)
 *
 * Output is tcpdump 4.99's print-ip6.c, byte for byte.
 */
#include <string.h>

#include "dx.h"
#include "ipproto.h"
#include "print.h"

#define IP6_HDRLEN 40

/* where the destination of the pseudo header is: the last address of a
 * routing header if there is one, else the IPv6 destination */
static const uint8_t *ip6_finddst(struct dx *dx, const uint8_t *ip6)
{
	const uint8_t *cp = ip6, *dst = ip6 + 24, *p;
	unsigned advance = IP6_HDRLEN, nh = GET_U8(dx, ip6 + 6), len, i;

	while (cp < dx->snapend) {
		cp += advance;
		switch (nh) {
		case IPP_HOPOPTS:
		case IPP_DSTOPTS:
		case IPP_MOBILITY_OLD:
		case IPP_MOBILITY:
			advance = (GET_U8(dx, cp + 1) + 1u) << 3;
			nh = GET_U8(dx, cp);
			break;
		case IPP_FRAGMENT:
			advance = 8;
			nh = GET_U8(dx, cp);
			break;
		case IPP_ROUTING:
			if (!DX_TTEST(dx, cp, 4))
				goto done;
			len = cp[1];
			switch (cp[2]) {
			case 0:
			case 2:
				if (len % 2 == 1)
					goto done;
				len >>= 1;
				p = cp + 8;
				for (i = 0; i < len; i++, p += 16) {
					if (!DX_TTEST(dx, p, 16))
						goto done;
					dst = p;
				}
				break;
			case 4:
				if (len % 2 == 1)
					goto done;
				/* segments are in reverse order: [0] is the final one */
				if (DX_TTEST(dx, cp + 8, 16))
					dst = cp + 8;
				break;
			default:
				break;
			}
			goto done;
		default:
			goto done;
		}
	}
done:
	DX_TCHECK(dx, dst, 16);
	return dst;
}

uint16_t nextproto6_cksum(struct dx *dx, const uint8_t *ip6h, const uint8_t *data, unsigned len,
			  unsigned covlen, uint8_t next_proto)
{
	uint8_t ph[40];
	const uint8_t *dst = ip6h + 24;
	uint32_t sum;

	DX_TCHECK(dx, ip6h, IP6_HDRLEN);
	memcpy(ph, ip6h + 8, 16);
	switch (ip6h[6]) {
	case IPP_HOPOPTS:
	case IPP_DSTOPTS:
	case IPP_MOBILITY_OLD:
	case IPP_MOBILITY:
	case IPP_FRAGMENT:
	case IPP_ROUTING:
		dst = ip6_finddst(dx, ip6h);
		break;
	default:
		break;
	}
	memcpy(ph + 16, dst, 16);
	ph[32] = (uint8_t)(len >> 24);
	ph[33] = (uint8_t)(len >> 16);
	ph[34] = (uint8_t)(len >> 8);
	ph[35] = (uint8_t)len;
	ph[36] = ph[37] = ph[38] = 0;
	ph[39] = next_proto;
	sum = dx_in_cksum_add(0, ph, sizeof(ph));
	sum = dx_in_cksum_add(sum, data, covlen);
	return dx_in_cksum_fold(sum);
}

static void ip6_tree(struct dx *dx, const uint8_t *bp)
{
	uint32_t flow =
		(uint32_t)bp[0] << 24 | (uint32_t)bp[1] << 16 | (uint32_t)bp[2] << 8 | bp[3];
	unsigned tc = (flow >> 20) & 0xff;
	char src[64], dst[64];

	dx_fmt_ip6(src, sizeof(src), bp + 8);
	dx_fmt_ip6(dst, sizeof(dst), bp + 24);
	DX_LAYER(dx, bp, IP6_HDRLEN, "Internet Protocol Version 6, Src: %s, Dst: %s", src, dst);
	DX_FIELD(dx, bp, 1, "Version: %u", bp[0] >> 4);
	DX_FIELD(dx, bp, 2, "Traffic Class: 0x%02x (DSCP %u, ECN %u)", tc, tc >> 2, tc & 3);
	DX_FIELD(dx, bp + 1, 3, "Flow Label: 0x%05x", flow & 0xfffff);
	DX_FIELD(dx, bp + 4, 2, "Payload Length: %u", bp[4] << 8 | bp[5]);
	DX_FIELD(dx, bp + 6, 1, "Next Header: %s (%u)",
		 tok2str(dx, ipproto_values, "unknown", bp[6]),
		 bp[6]);
	DX_FIELD(dx, bp + 7, 1, "Hop Limit: %u", bp[7]);
	DX_FIELD(dx, bp + 8, 16, "Source Address: %s", src);
	DX_FIELD(dx, bp + 24, 16, "Destination Address: %s", dst);
	DX_LAYER_END(dx);
}

/* nd_change_snaplen: re-derive the end from the snapend saved below ours */
static void ip6_change_snaplen(struct dx *dx, const uint8_t *bp, unsigned newlen)
{
	const uint8_t *prev =
		dx->snap_depth >= 2 ? dx->snap_stack[dx->snap_depth - 2] : dx->snapend;

	if (prev >= bp && newlen <= (size_t)(prev - bp))
		dx->snapend = bp + newlen;
}

static void ip6_verbose_header(struct dx *dx, const uint8_t *bp, unsigned nh, unsigned plen)
{
	uint32_t flow = GET_BE32(dx, bp);

	dx_putc(dx, '(');
	if (flow & 0x0ff00000)
		dx_printf(dx, "class 0x%02x, ", (flow & 0x0ff00000) >> 20);
	if (flow & 0x000fffff)
		dx_printf(dx, "flowlabel 0x%05x, ", flow & 0x000fffff);
	dx_puts(dx, "hlim ");
	dx_putu(dx, bp[7]);
	dx_puts(dx, ", next-header ");
	dx_puts(dx, tok2str(dx, ipproto_values, "unknown", nh));
	dx_puts(dx, " (");
	dx_putu(dx, nh);
	dx_puts(dx, ") payload length: ");
	dx_putu(dx, plen);
	dx_puts(dx, ") ");
}

void ip6_print(struct dx *dx, const uint8_t *bp, unsigned length)
{
	const uint8_t *cp;
	unsigned len, total_advance = 0;
	uint32_t payload_len;
	uint8_t ph = 255, nh;
	int advance, pushed, fragmented = 0;
	int found_ext = 0, found_jumbo = 0, found_hbh = 0;

	dx_proto(dx, "ip6");
	if (!DX_TTEST(dx, bp, IP6_HDRLEN)) {
		dx_print_trunc(dx);
		return;
	}
	if (length < IP6_HDRLEN) {
		dx_puts(dx, "truncated-ip6 ");
		dx_putu(dx, length);
		return;
	}
	if (!dx->opts->link_header)
		dx_puts(dx, "IP6 ");
	if ((bp[0] >> 4) != 6) {
		dx_puts(dx, "version error: ");
		dx_putu(dx, bp[0] >> 4);
		dx_puts(dx, " != 6");
		return;
	}
	payload_len = (uint32_t)(bp[4] << 8 | bp[5]);
	/* a zero payload length announces a jumbogram: use what is there
	 * until the Jumbo Payload option tells */
	if (payload_len != 0) {
		len = payload_len + IP6_HDRLEN;
		if (length < len) {
			dx_puts(dx, "truncated-ip6 - ");
			dx_putu(dx, len - length);
			dx_puts(dx, " bytes missing!");
		}
	} else {
		len = length + IP6_HDRLEN;
	}
	nh = bp[6];
	if (dx->opts->verbose)
		ip6_verbose_header(dx, bp, nh, payload_len);
	if (dx->tree)
		ip6_tree(dx, bp);

	pushed = dx_push_snaplen(dx, bp, len) == 0;
	cp = bp;
	advance = IP6_HDRLEN;
	while (cp < dx->snapend && advance > 0) {
		if (len < (unsigned)advance)
			goto trunc;
		cp += advance;
		len -= (unsigned)advance;
		total_advance += (unsigned)advance;

		if (cp == bp + IP6_HDRLEN && nh != IPP_TCP && nh != IPP_UDP && nh != IPP_DCCP &&
		    nh != IPP_SCTP) {
			const char *s = GET_IP6ADDR_STRING(dx, bp + 8);
			const char *d = GET_IP6ADDR_STRING(dx, bp + 24);

			dx_puts(dx, s);
			dx_puts(dx, " > ");
			dx_puts(dx, d);
			dx_puts(dx, ": ");
		}

		switch (nh) {
		case IPP_HOPOPTS:
			/* only right after the IPv6 header, and only once (RFC 8200) */
			if (found_hbh) {
				dx_puts(dx, "[The Hop-by-Hop Options header was already found]");
				dx_print_invalid(dx);
				goto out;
			}
			if (ph != 255) {
				dx_puts(dx,
					"[The Hop-by-Hop Options header don't follow the IPv6 header]");
				dx_print_invalid(dx);
				goto out;
			}
			advance = hbhopt_process(dx, cp, &found_jumbo, &payload_len);
			if (payload_len == 0 && found_jumbo == 0) {
				dx_puts(dx, "[No valid Jumbo Payload Hop-by-Hop option found]");
				dx_print_invalid(dx);
				goto out;
			}
			if (advance < 0)
				goto out;
			found_ext = 1;
			found_hbh = 1;
			nh = GET_U8(dx, cp);
			break;
		case IPP_DSTOPTS:
			advance = dstopt_process(dx, cp);
			if (advance < 0)
				goto out;
			found_ext = 1;
			nh = GET_U8(dx, cp);
			break;
		case IPP_FRAGMENT:
			advance = frag6_print(dx, cp, bp);
			if (advance < 0 || dx->snapend <= cp + advance)
				goto out;
			found_ext = 1;
			nh = GET_U8(dx, cp);
			fragmented = 1;
			break;
		case IPP_MOBILITY_OLD:
		case IPP_MOBILITY:
			/* the payload after a mobility header is not decoded */
			mobility_print(dx, cp);
			goto out;
		case IPP_ROUTING:
			if (!DX_TTEST(dx, cp, 1))
				goto trunc;
			advance = rt6_print(dx, cp, bp);
			if (advance < 0)
				goto out;
			found_ext = 1;
			nh = GET_U8(dx, cp);
			break;
		default:
			/* not an extension header: the payload */
			if (found_jumbo) {
				len = payload_len + IP6_HDRLEN;
				if (len < total_advance)
					goto trunc;
				if (length < len) {
					dx_puts(dx, "truncated-ip6 - ");
					dx_putu(dx, len - length);
					dx_puts(dx, " bytes missing!");
				}
				ip6_change_snaplen(dx, bp, len);
				len -= total_advance;
			} else if (payload_len == 0) {
				if (found_ext)
					goto trunc;
				len = IP6_HDRLEN;
				ip6_change_snaplen(dx, bp, len);
				len -= total_advance;
			}
			ip_demux_print(dx, cp, len, 6, fragmented, bp[7], nh, bp);
			goto out;
		}
		ph = nh;
		dx_proto(dx, "ip6");
	}
	goto out;
trunc:
	dx_print_trunc(dx);
out:
	if (pushed)
		dx_pop_snaplen(dx);
}
