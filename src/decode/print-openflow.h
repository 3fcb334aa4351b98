/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: OpenFlow (TCP ports 6633, 6653): the common header printer
 * (print-openflow.c) and what the version printers (print-openflow-1.0.c,
 * print-openflow-1.3.c) share with it
 */
#ifndef PTCPDUMP_DECODE_PRINT_OPENFLOW_H
#define PTCPDUMP_DECODE_PRINT_OPENFLOW_H

#include <stdint.h>

#include "dx.h"

#define OF_HEADER_LEN 8u	/* version, type, length, xid */
#define OF_OUI_BSN 0x5c16c7u	/* Big Switch Networks */

/* move the cursor cp, with len bytes left, n bytes on; OF_ADVANCE_CHK
 * first checks that they are captured */
#define OF_ADVANCE(cp, len, n) do { (cp) += (n); (len) -= (n); } while (0)
#define OF_ADVANCE_CHK(dx, cp, len, n) do { DX_TCHECK((dx), (cp), (n)); \
	(cp) += (n); (len) -= (n); } while (0)

/* the message body's length constraint */
enum of_req {
	OF_REQ_NONE,	/* any length */
	OF_REQ_FIXLEN,	/* exactly req_len bytes */
	OF_REQ_MINLEN,	/* req_len bytes or more */
};

/* body printer: cp and len are the message past its common header */
typedef void (*of_body_fn)(struct dx *dx, const uint8_t *cp, unsigned len);

struct of_msgtype {
	const char *name;
	of_body_fn decoder;	/* NULL: the body is not decoded */
	uint8_t req;		/* enum of_req */
	uint16_t req_len;
};

/* ": OpenFlow" and the messages of one TCP segment */
void openflow_print(struct dx *dx, const uint8_t *cp, unsigned len);

/* message type tables of the version printers; NULL past their end */
const struct of_msgtype *of10_msgtype(unsigned type);
const struct of_msgtype *of13_msgtype(unsigned type);

/* ONF experimenter IDs (the vendor IDs whose top byte is not 0) */
extern const struct tok of_onf_exp_names[];
/* an OUI's name, or an ONF experimenter's; "unknown" when neither */
const char *of_vendor_name(uint32_t vendor);
/* " (NAME, NAME)" of the bits of v that t names, " (bogus)" when v has
 * bits of u (the unassigned ones) */
void of_bitmap_print(struct dx *dx, const struct tok *t, uint32_t v, uint32_t u);
/* "PFX0xXXXXXXXX" of the 32-bit bitmap at cp and its names as above */
void of_bitmap32(struct dx *dx, const char *pfx, const uint8_t *cp,
		 const struct tok *t, uint32_t u);
/* switch config flags and port status reasons, the same in 1.0 and 1.3 */
extern const struct tok of_config_str[];
extern const struct tok of_port_reason_str[];
/* "\n\t data (N octets)" and, from -vv, their hex and ASCII */
void of_data_print(struct dx *dx, const uint8_t *cp, unsigned len);
/* an error message's body: its type (names in types), its code (names in
 * codes[type] for a type below ncodes) and its data */
void of_error_print(struct dx *dx, const uint8_t *cp, unsigned len, const struct tok *types,
		    const struct tok *const *codes, size_t ncodes);
/* " (invalid)" and the rest of len checked, as tcpdump's invalid: labels */
void of_invalid(struct dx *dx, const uint8_t *cp, unsigned len);

#endif
