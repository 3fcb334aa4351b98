/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: IP protocol numbers and names, and the helpers shared by the
 * network-layer printers (print-ip.c, print-ip6*.c, print-icmp*.c,
 * print-ipsec.c). Not part of the public decoder API.
 */
#ifndef PTCPDUMP_DECODE_IPPROTO_H
#define PTCPDUMP_DECODE_IPPROTO_H

#include <stdint.h>

#include "dx.h"

/* IANA protocol numbers (own names: <netinet/in.h> lacks several) */
enum {
	IPP_HOPOPTS = 0,
	IPP_ICMP = 1,
	IPP_IGMP = 2,
	IPP_IPV4 = 4,
	IPP_TCP = 6,
	IPP_EGP = 8,
	IPP_PIGP = 9,
	IPP_UDP = 17,
	IPP_DCCP = 33,
	IPP_IPV6 = 41,
	IPP_ROUTING = 43,
	IPP_FRAGMENT = 44,
	IPP_RSVP = 46,
	IPP_GRE = 47,
	IPP_ESP = 50,
	IPP_AH = 51,
	IPP_MOBILE = 55,
	IPP_ICMPV6 = 58,
	IPP_NONE = 59,
	IPP_DSTOPTS = 60,
	IPP_MOBILITY_OLD = 62,
	IPP_ND = 77,
	IPP_EIGRP = 88,
	IPP_OSPF = 89,
	IPP_PIM = 103,
	IPP_IPCOMP = 108,
	IPP_VRRP = 112,
	IPP_PGM = 113,
	IPP_SCTP = 132,
	IPP_MOBILITY = 135,
	IPP_ETHERNET = 143,
};

/* "TCP", "UDP", ... as tcpdump's ipproto_values */
extern const struct tok ipproto_values[];
/* the /etc/protocols keyword tcpdump prints without -n, or NULL */
const char *netdb_protoname(unsigned proto);

/* print-null.c: BSD AF_ numbers' names (also RIP's address families) */
extern const struct tok bsd_af_values[];

/* tcpdump's in_cksum_shouldbe: the checksum field value that would be right */
uint16_t in_cksum_shouldbe(uint16_t sum, uint16_t computed);

/* tcpdump's print_unknown_data: hex dump of what is captured of [cp, cp+len) */
void ip_print_unknown_data(struct dx *dx, const uint8_t *cp, const char *ident, unsigned len);
/* nd_print_protocol_caps: dx->proto in upper case */
void ip_print_protocol_caps(struct dx *dx);

/* print-ip6opts.c: IPv6 extension headers; each returns the header length
 * to skip, or -1 when the caller must stop */
int hbhopt_process(struct dx *dx, const uint8_t *bp, int *found_jumbo, uint32_t *payload_len);
int dstopt_process(struct dx *dx, const uint8_t *bp);
int frag6_print(struct dx *dx, const uint8_t *bp, const uint8_t *ip6);
int rt6_print(struct dx *dx, const uint8_t *bp, const uint8_t *ip6);

/* print-ipsec.c: AH (returns its length or <= 0), IPComp */
int ah_print(struct dx *dx, const uint8_t *bp);
void ipcomp_print(struct dx *dx, const uint8_t *bp);

/* print-gre.c, print-vrrp.c */
void gre_print(struct dx *dx, const uint8_t *bp, unsigned length);
void vrrp_print(struct dx *dx, const uint8_t *bp, unsigned len, const uint8_t *iph, unsigned ttl,
		unsigned ver);

/* print-rsvp.c */
void rsvp_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-mobility.c: returns the header length or -1 */
int mobility_print(struct dx *dx, const uint8_t *bp);

/* print-mobile.c: minimal encapsulation (55) and IGRP (9) */
void mobile_print(struct dx *dx, const uint8_t *bp, unsigned length);
void igrp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-dccp.c */
void dccp_print(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned len);

/* print-ospf.c (OSPFv2, and the opaque LSA bodies OSPFv3 shares), print-ospf6.c */
void ospf_print(struct dx *dx, const uint8_t *bp, unsigned length);
int ospf_grace_lsa_print(struct dx *dx, const uint8_t *tptr, unsigned ls_length);
int ospf_te_lsa_print(struct dx *dx, const uint8_t *tptr, unsigned ls_length);
void ospf6_print(struct dx *dx, const uint8_t *bp, unsigned length);
/* the tree fields OSPFv2 and v3 headers share (bp[0..1] read); 1 when the
 * hdrlen header is captured and a tree is wanted, for the rest */
int ospf_hdr_fields(struct dx *dx, const uint8_t *bp, const char *type, unsigned hdrlen);

/* print-pim.c */
void pim_print(struct dx *dx, const uint8_t *bp, unsigned len, const uint8_t *iph);
void pimv1_print(struct dx *dx, const uint8_t *bp, unsigned len);	/* inside IGMP */

/* print-eigrp.c */
void eigrp_print(struct dx *dx, const uint8_t *bp, unsigned len);

/* print-egp.c */
void egp_print(struct dx *dx, const uint8_t *bp, unsigned length);

/* print-pgm.c */
void pgm_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph);

/* print-sctp.c */
void sctp_print(struct dx *dx, const uint8_t *bp, const uint8_t *iph, unsigned length);

/* print-igmp.c, print-dvmrp.c */
void dvmrp_print(struct dx *dx, const uint8_t *bp, unsigned len);
void igmp_print(struct dx *dx, const uint8_t *bp, unsigned length);

#endif
