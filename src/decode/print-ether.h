/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: helpers shared by the link-layer printers (ether, sll, null, arp) */
#ifndef PTCPDUMP_DECODE_PRINT_ETHER_H
#define PTCPDUMP_DECODE_PRINT_ETHER_H

#include <stdint.h>

#include "dx.h"	/* struct dx, struct tok */

/* tcpdump's ethertype_values */
extern const struct tok ethertype_values[];
/* name of an EtherType, "Unknown" when none */
const char *ether_type_name(unsigned type);
/* "0x" and n lower-case hex digits */
void ether_put_hex(struct dx *dx, unsigned v, int n);
/* "vlan V, p P[, DEI]" of an 802.1Q TCI */
void ether_tci_print(struct dx *dx, unsigned tci);
/* ND_DEFAULTPRINT: hex and ASCII of an unknown payload unless -q/-x/-X */
void ether_default_print(struct dx *dx, const uint8_t *p, unsigned caplen);
/* the same dump; always: also with -q/-x/-X, where tcpdump dumps regardless */
void default_dump(struct dx *dx, const uint8_t *p, unsigned caplen, int always);
/* append a MAC address as tcpdump does: " (oui NAME)" added without -n */
void ether_addr_put(struct dx *dx, const uint8_t *p);
/* a MAC address as aa:bb:cc:dd:ee:ff (no name lookup) into dst[18+] */
void ether_addr_fmt(char *dst, const uint8_t *a);
/* Ethernet frame at p: returns the link header length (tcpdump's hdrlen) */
unsigned ether_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen);
/* the same with a switch tag of tag_len bytes after the addresses, which
 * tag_fn prints (it may read tag_len bytes at p: they are captured) */
typedef void (*ether_tag_fn)(struct dx *dx, const uint8_t *p);
unsigned ether_switch_tag_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
				ether_tag_fn tag_fn, unsigned tag_len);
/* print-arista.c: the header after EtherType 0xd28b; the bytes it takes
 * before the next EtherType, or -1 for a subtype or format it does not know */
int arista_ethertype_print(struct dx *dx, const uint8_t *bp, unsigned len);
/* 802.2 LLC: header length, negative when the payload was not printed */
int llc_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
	      const uint8_t *src, const uint8_t *dst);

/* RFC 1042 SNAP (OUI, PID) and its payload; 1 if printed, 0 if unknown;
 * src and dst (or NULL) are the MAC addresses tcpdump shows then;
 * bridge_pad bytes come before an RFC 2684 bridged frame (2 after LLC) */
int snap_print(struct dx *dx, const uint8_t *p, unsigned length, unsigned caplen,
	       const uint8_t *src, const uint8_t *dst, unsigned bridge_pad);

/* print-stp.c: 802.1D/w/s/aq BPDU after the LLC header */
void stp_print(struct dx *dx, const uint8_t *p, unsigned length);

/* print-ipx.c: Novell IPX datagram */
void ipx_print(struct dx *dx, const uint8_t *p, unsigned length);

/* print-loopback.c: Ethernet configuration testing protocol (0x9000) */
void loopback_print(struct dx *dx, const uint8_t *cp, unsigned len);

/* print-lldp.c: Link Layer Discovery Protocol (0x88cc) */
void lldp_print(struct dx *dx, const uint8_t *p, unsigned len);
/* tcpdump's oui_values name of an OUI, "Unknown" when none */
const char *ether_oui_name(unsigned oui);
/* the same, NULL when none */
const char *ether_oui_lookup(unsigned oui);

/* print-cdp.c: Cisco Discovery Protocol (SNAP 00:00:0c/0x2000) */
void cdp_print(struct dx *dx, const uint8_t *tptr, unsigned length);

/* print-eap.c: 802.1X EAPOL (0x888e) */
void eapol_print(struct dx *dx, const uint8_t *cp);

/* print-slow.c: 802.3 slow protocols (0x8809): LACP, Marker */
void slow_print(struct dx *dx, const uint8_t *pptr, unsigned len);

/* print-mpls.c: MPLS label stack (0x8847, 0x8848) and its payload */
void mpls_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-ptp.c: IEEE 1588 PTP (0x88f7, UDP 319/320) */
void ptp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-cfm.c: 802.1ag CFM (0x8902) */
void cfm_print(struct dx *dx, const uint8_t *pptr, unsigned length);
/* print-aoe.c: ATA over Ethernet (0x88a2) */
void aoe_print(struct dx *dx, const uint8_t *cp, unsigned len);

/* Cisco SNAP protocols: print-dtp.c (PID 0x2004), print-udld.c (0x0111),
 * print-vtp.c (0x2003) */
void dtp_print(struct dx *dx, const uint8_t *tptr, unsigned length);
void udld_print(struct dx *dx, const uint8_t *tptr, unsigned length);
void vtp_print(struct dx *dx, const uint8_t *pptr, unsigned length);

#endif
