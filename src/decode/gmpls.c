// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: GMPLS (RFC 3471, RFC 4202, RFC 4205) and Diffserv-TE (RFC 4124)
 * names, shared by the traffic-engineering parts of OSPF and IS-IS
 */
#include "gmpls.h"

const struct tok gmpls_link_prot_values[] = {
	{ 0x01, "Extra Traffic" },
	{ 0x02, "Unprotected" },
	{ 0x04, "Shared" },
	{ 0x08, "Dedicated 1:1" },
	{ 0x10, "Dedicated 1+1" },
	{ 0x20, "Enhanced" },
	{ 0x40, "Reserved" },
	{ 0x80, "Reserved" },
	{ 0, NULL }
};

const struct tok gmpls_switch_cap_values[] = {
	{ 1, "Packet-Switch Capable-1" },
	{ 2, "Packet-Switch Capable-2" },
	{ 3, "Packet-Switch Capable-3" },
	{ 4, "Packet-Switch Capable-4" },
	{ 51, "Layer-2 Switch Capable" },
	{ 100, "Time-Division-Multiplex" },
	{ 150, "Lambda-Switch Capable" },
	{ 200, "Fiber-Switch Capable" },
	{ 0, NULL }
};

const struct tok gmpls_encoding_values[] = {
	{ 1, "Packet" },
	{ 2, "Ethernet V2/DIX" },
	{ 3, "ANSI/ETSI PDH" },
	{ 4, "Reserved" },
	{ 5, "SDH ITU-T G.707/SONET ANSI T1.105" },
	{ 6, "Reserved" },
	{ 7, "Digital Wrapper" },
	{ 8, "Lambda (photonic)" },
	{ 9, "Fiber" },
	{ 10, "Reserved" },
	{ 11, "FiberChannel" },
	{ 0, NULL }
};

const struct tok diffserv_te_bc_values[] = {
	{ 0, "Russian dolls" },
	{ 1, "Maximum allocation" },
	{ 254, "Maximum allocation with E-LSP support" },
	{ 0, NULL }
};

const struct tok gmpls_switch_cap_tsc_indication_values[] = {
	{ 0, "Standard SONET/SDH" },
	{ 1, "Arbitrary SONET/SDH" },
	{ 0, NULL }
};
