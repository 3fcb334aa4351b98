// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: Linux "cooked" captures, LINUX_SLL (v1) and LINUX_SLL2
 *
 * Spec: libpcap's sll.h / https://www.tcpdump.org/linktypes/LINKTYPE_LINUX_SLL.html
 * and LINKTYPE_LINUX_SLL2.html. Text as tcpdump 4.99 print-sll.c.
 *
 * v1 (16 bytes): packet type (2), ARPHRD type (2), address length (2),
 *   address (8, padded), protocol (2).
 * v2 (20 bytes): protocol (2), reserved (2), ifindex (4), ARPHRD type (2),
 *   packet type (1), address length (1), address (8).
 * All big-endian. The protocol is an EtherType, or 1 (802.3 IPX) / 4 (802.2).
 */
#include <net/if.h>

#include "dx.h"
#include "print.h"
#include "print-ether.h"

#define SLL_HDR_LEN 16
#define SLL2_HDR_LEN 20
#define MAC_ADDR_LEN 6
#define MAX_ETHERNET_LENGTH_VAL 1500
#define LINUX_SLL_P_802_3 0x0001
#define LINUX_SLL_P_802_2 0x0004
#define ETHERTYPE_8021Q 0x8100

static const char *const pkttype_names[] = { "In", "B", "M", "P", "Out" };

static const char *pkttype_name(unsigned t)
{
	return t < 5 ? pkttype_names[t] : "?";
}

/* "%*s" / "%-*s" without printf */
static void put_padded(struct dx *dx, const char *s, unsigned width, int left)
{
	size_t n = 0;

	while (s[n])
		n++;
	if (!left)
		for (; n < width; n++)
			dx_putc(dx, ' ');
	dx_puts(dx, s);
	if (left)
		for (; n < width; n++)
			dx_putc(dx, ' ');
}

/* the -e part both versions share: "[MAC ]ethertype ..., length N: " */
static void cooked_type_print(struct dx *dx, unsigned halen, const uint8_t *addr,
			      unsigned ether_type, unsigned length)
{
	if (halen == MAC_ADDR_LEN) {
		ether_addr_put(dx, addr);
		dx_putc(dx, ' ');
	}
	if (dx->opts->quiet)
		return;
	if (ether_type <= MAX_ETHERNET_LENGTH_VAL) {
		if (ether_type == LINUX_SLL_P_802_3) {
			dx_puts(dx, "802.3");
		} else if (ether_type == LINUX_SLL_P_802_2) {
			dx_puts(dx, "802.2");
		} else {
			dx_puts(dx, "ethertype Unknown (");
			ether_put_hex(dx, ether_type, 4);
			dx_putc(dx, ')');
		}
	} else {
		dx_puts(dx, "ethertype ");
		dx_puts(dx, ether_type_name(ether_type));
		dx_puts(dx, " (");
		ether_put_hex(dx, ether_type, 4);
		dx_putc(dx, ')');
	}
	dx_puts(dx, ", length ");
	dx_putu(dx, length);
	dx_puts(dx, ": ");
}

static void sll_print(struct dx *dx, const uint8_t *h, unsigned length)
{
	dx_proto(dx, "sll");
	put_padded(dx, pkttype_name(GET_BE16(dx, h)), 3, 0);
	dx_putc(dx, ' ');
	cooked_type_print(dx, GET_BE16(dx, h + 4), h + 6, GET_BE16(dx, h + 14), length);
}

static void sll2_print(struct dx *dx, const uint8_t *h, unsigned length)
{
	dx_proto(dx, "sll2");
	dx_puts(dx, "ifindex ");
	dx_putu(dx, GET_BE32(dx, h + 4));
	dx_putc(dx, ' ');
	cooked_type_print(dx, GET_U8(dx, h + 11), h + 12, GET_BE16(dx, h), length);
}

/*
 * The part after the cooked header, common to v1 and v2. hdr_print
 * prints the header when the payload is unknown and -e was not given.
 * Returns the link header length.
 */
static unsigned cooked_payload(struct dx *dx, const uint8_t *h, unsigned hdrlen,
			       unsigned ether_type, unsigned length, unsigned caplen,
			       void (*hdr_print)(struct dx *, const uint8_t *, unsigned))
{
	const uint8_t *p = h + hdrlen;
	unsigned base = hdrlen;
	int llc_hdrlen;

	length -= hdrlen;
	caplen -= hdrlen;
	for (;;) {
		if (ether_type <= MAX_ETHERNET_LENGTH_VAL) {
			if (ether_type == LINUX_SLL_P_802_2) {
				llc_hdrlen = llc_print(dx, p, length, caplen, NULL, NULL);
				if (llc_hdrlen >= 0) {
					hdrlen += (unsigned)llc_hdrlen;
					break;
				}
			} else if (ether_type == LINUX_SLL_P_802_3) {
				ipx_print(dx, p, length);	/* Novell 802.3 IPX */
				break;
			}
			ether_default_print(dx, p, caplen);
			break;
		}
		if (ether_type == ETHERTYPE_8021Q) {
			unsigned tci;

			if (caplen < 4) {
				dx_proto(dx, "vlan");
				dx_print_trunc(dx);
				return hdrlen + caplen;
			}
			tci = GET_BE16(dx, p);
			ether_type = GET_BE16(dx, p + 2);
			DX_LAYER(dx, p, 4, "802.1Q Virtual LAN, PRI: %u, DEI: %u, ID: %u", tci >> 13,
				 (tci >> 12) & 1, tci & 0xfff);
			DX_FIELD(dx, p, 2, "Priority: %u", tci >> 13);
			DX_FIELD(dx, p, 2, "DEI: %u", (tci >> 12) & 1);
			DX_FIELD(dx, p, 2, "ID: %u", tci & 0xfff);
			DX_FIELD(dx, p + 2, 2, "Type: 0x%04x", ether_type);
			DX_LAYER_END(dx);
			if (dx->opts->link_header) {
				ether_tci_print(dx, tci);
				dx_puts(dx, ", ");
			}
			if (ether_type <= MAX_ETHERNET_LENGTH_VAL)
				ether_type = LINUX_SLL_P_802_2;
			if (!dx->opts->quiet) {
				dx_puts(dx, "ethertype ");
				dx_puts(dx, ether_type_name(ether_type));
				dx_puts(dx, ", ");
			}
			p += 4;
			length -= 4;
			caplen -= 4;
			hdrlen += 4;
			continue;
		}
		if (ethertype_print(dx, ether_type, p, length, caplen, NULL, NULL) == 0) {
			if (!dx->opts->link_header)
				hdr_print(dx, h, length + base);	/* as tcpdump: minus VLAN tags */
			ether_default_print(dx, p, caplen);
		}
		break;
	}
	return hdrlen;
}

static void tree_sll(struct dx *dx, const uint8_t *p)
{
	unsigned halen = GET_BE16(dx, p + 4);
	unsigned proto = GET_BE16(dx, p + 14);
	char mac[24];

	DX_LAYER(dx, p, SLL_HDR_LEN, "Linux cooked capture v1");
	DX_FIELD(dx, p, 2, "Packet type: %s (%u)", pkttype_name(GET_BE16(dx, p)), GET_BE16(dx, p));
	DX_FIELD(dx, p + 2, 2, "Link-layer address type: %u", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 2, "Link-layer address length: %u", halen);
	if (halen == MAC_ADDR_LEN) {
		ether_addr_fmt(mac, p + 6);
		DX_FIELD(dx, p + 6, 6, "Source: %s", mac);
	} else {
		DX_FIELD(dx, p + 6, 8, "Source (%u bytes)", halen);
	}
	DX_FIELD(dx, p + 14, 2, "Protocol: %s (0x%04x)", ether_type_name(proto), proto);
	DX_LAYER_END(dx);
}

static void tree_sll2(struct dx *dx, const uint8_t *p, const char *ifname)
{
	unsigned halen = GET_U8(dx, p + 11);
	unsigned proto = GET_BE16(dx, p);
	char mac[24];

	DX_LAYER(dx, p, SLL2_HDR_LEN, "Linux cooked capture v2, %s", ifname);
	DX_FIELD(dx, p, 2, "Protocol: %s (0x%04x)", ether_type_name(proto), proto);
	DX_FIELD(dx, p + 2, 2, "Reserved: %u", GET_BE16(dx, p + 2));
	DX_FIELD(dx, p + 4, 4, "Interface index: %u (%s)", GET_BE32(dx, p + 4), ifname);
	DX_FIELD(dx, p + 8, 2, "Link-layer address type: %u", GET_BE16(dx, p + 8));
	DX_FIELD(dx, p + 10, 1, "Packet type: %s (%u)", pkttype_name(GET_U8(dx, p + 10)),
		 GET_U8(dx, p + 10));
	DX_FIELD(dx, p + 11, 1, "Link-layer address length: %u", halen);
	if (halen == MAC_ADDR_LEN) {
		ether_addr_fmt(mac, p + 12);
		DX_FIELD(dx, p + 12, 6, "Source: %s", mac);
	} else {
		DX_FIELD(dx, p + 12, 8, "Source (%u bytes)", halen);
	}
	DX_LAYER_END(dx);
}

unsigned sll_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	dx_proto(dx, "sll");
	DX_TCHECK(dx, p, SLL_HDR_LEN);
	if (dx->tree)
		tree_sll(dx, p);
	if (dx->opts->link_header)
		sll_print(dx, p, length);
	/* ARPHRD_IEEE80211_RADIOTAP (803) would be radiotap: not decoded here */
	return cooked_payload(dx, p, SLL_HDR_LEN, GET_BE16(dx, p + 14), length, caplen, sll_print);
}

unsigned sll2_if_print(struct dx *dx, const uint8_t *p, unsigned caplen, unsigned length)
{
	char ifname[IF_NAMESIZE + 1];

	dx_proto(dx, "sll2");
	DX_TCHECK(dx, p, SLL2_HDR_LEN);
	/*
	 * tcpdump names the interface by asking THIS host for the ifindex
	 * (if_indextoname), even when reading a file; "?" when it has none.
	 */
	if (!if_indextoname(GET_BE32(dx, p + 4), ifname)) {
		ifname[0] = '?';
		ifname[1] = '\0';
	}
	if (dx->tree)
		tree_sll2(dx, p, ifname);
	put_padded(dx, ifname, 5, 1);
	dx_putc(dx, ' ');
	put_padded(dx, pkttype_name(GET_U8(dx, p + 10)), 3, 1);
	dx_putc(dx, ' ');
	if (dx->opts->link_header)
		sll2_print(dx, p, length);
	return cooked_payload(dx, p, SLL2_HDR_LEN, GET_BE16(dx, p), length, caplen, sll2_print);
}
