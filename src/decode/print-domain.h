/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: DNS wire format and names of print-domain.c */
#ifndef PTCPDUMP_DECODE_PRINT_DOMAIN_H
#define PTCPDUMP_DECODE_PRINT_DOMAIN_H

#include <stdint.h>

#include "dx.h"	/* struct dx, struct tok */

/* header flags */
#define DNS_QR(f) ((f) & 0x8000)
#define DNS_OPCODE(f) (((f) >> 11) & 0xF)
#define DNS_AA(f) ((f) & 0x0400)
#define DNS_TC(f) ((f) & 0x0200)
#define DNS_RD(f) ((f) & 0x0100)
#define DNS_RA(f) ((f) & 0x0080)
#define DNS_AD(f) ((f) & 0x0020)
#define DNS_CD(f) ((f) & 0x0010)
#define DNS_RCODE(f) ((f) & 0x000F)

#define DNS_HDRLEN 12
#define OP_IQUERY 1
#define MAXCDNAME 255

/* the two top bits of a label's length byte */
#define LBL_MASK 0xc0
#define LBL_POINTER 0xc0
#define LBL_RESERVED 0x80
#define LBL_EXTENDED 0x40	/* EDNS(0) extended label type */
#define LBL_NORMAL 0x00
#define ELT_BITLABEL 0x01

enum {
	T_A = 1, T_NS = 2, T_CNAME = 5, T_SOA = 6, T_PTR = 12, T_HINFO = 13, T_MX = 15,
	T_TXT = 16, T_AAAA = 28, T_SRV = 33, T_A6 = 38, T_DNAME = 39, T_OPT = 41,
	T_UNSPECA = 104, T_TSIG = 250, T_URI = 256,
};

enum { C_IN = 1, C_QU = 0x8000, C_CACHE_FLUSH = 0x8000 };

enum {
	E_NSID = 3, E_DAU = 5, E_DHU = 6, E_N3U = 7, E_ECS = 8, E_EXPIRE = 9, E_COOKIE = 10,
	E_KEEPALIVE = 11, E_PADDING = 12, E_CHAIN = 13, E_KEYTAG = 14,
};

/* " FormErr" ... " BadCookie", indexed by RCODE ("" for 0) */
extern const char *const dns_rcode_str[24];
extern const struct tok dns_class_names[];
extern const struct tok dns_edns_opt_names[];
/* name of an RR type, "Type%u" (in the dx name buffer) when unknown */
const char *dns_type_name(struct dx *dx, unsigned t);

#endif
