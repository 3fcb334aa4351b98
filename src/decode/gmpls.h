/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: GMPLS and Diffserv-TE name tables (gmpls.c), as tcpdump's gmpls.h */
#ifndef PTCPDUMP_DECODE_GMPLS_H
#define PTCPDUMP_DECODE_GMPLS_H

#include "dx.h"	/* struct tok */

#define GMPLS_PSC1 1
#define GMPLS_PSC2 2
#define GMPLS_PSC3 3
#define GMPLS_PSC4 4
#define GMPLS_TSC 100

extern const struct tok gmpls_link_prot_values[];
extern const struct tok gmpls_switch_cap_values[];
extern const struct tok gmpls_switch_cap_tsc_indication_values[];
extern const struct tok gmpls_encoding_values[];
extern const struct tok diffserv_te_bc_values[];

#endif
