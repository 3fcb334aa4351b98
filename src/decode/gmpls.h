/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: GMPLS, Diffserv-TE and LMP service-discovery name tables (gmpls.c), as tcpdump's gmpls.h */
#ifndef PTCPDUMP_DECODE_GMPLS_H
#define PTCPDUMP_DECODE_GMPLS_H

#include "dx.h"	/* struct tok */

#define GMPLS_PSC1 1
#define GMPLS_PSC2 2
#define GMPLS_PSC3 3
#define GMPLS_PSC4 4
#define GMPLS_L2SC 51
#define GMPLS_TSC 100
#define GMPLS_LSC 150
#define GMPLS_FSC 200

extern const struct tok gmpls_link_prot_values[];
extern const struct tok gmpls_switch_cap_values[];
extern const struct tok gmpls_switch_cap_tsc_indication_values[];
extern const struct tok gmpls_encoding_values[];
extern const struct tok diffserv_te_bc_values[];
extern const struct tok gmpls_payload_values[];	/* generalized PIDs */
/* LMP service discovery (OIF UNI 1.0 9.4.2): client port service attributes */
extern const struct tok lmp_sd_service_config_cpsa_link_type_values[];
extern const struct tok lmp_sd_service_config_cpsa_signal_type_sdh_values[];
extern const struct tok lmp_sd_service_config_cpsa_signal_type_sonet_values[];

#endif
