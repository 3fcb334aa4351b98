// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: M3UA, the MTP3 User Adaptation Layer (RFC 4666), carried in
 * SCTP DATA chunks with PPID 3 and shown from -vv. Text as tcpdump 4.99.3
 * print-m3ua.c.
 *
 * Common header (8 bytes): version (1, only release 1 is decoded),
 * reserved (1), message class (1), message type (1), message length (4,
 * the header included; it must match the payload size). Parameters
 * follow: tag (2), length (2, header included), value, padded to 4 bytes.
 * Only the Network Appearance, Routing Context and Correlation ID get a
 * value, and that value is read from the parameter's own first four bytes
 * (its tag and length), as tcpdump does; the others show their length.
 */
#include "dx.h"
#include "print.h"
#include "print-m3ua.h"

#define M3UA_HDRL 8u
#define M3UA_PHDRL 4u

enum {
	MSGC_MGMT = 0, MSGC_TRANSFER = 1, MSGC_SSNM = 2, MSGC_ASPSM = 3,
	MSGC_ASPTM = 4, MSGC_RKM = 9
};

static const struct tok msg_classes[] = {
	{ MSGC_MGMT, "Management" },
	{ MSGC_TRANSFER, "Transfer" },
	{ MSGC_SSNM, "SS7" },
	{ MSGC_ASPSM, "ASP" },
	{ MSGC_ASPTM, "ASP" },
	{ MSGC_RKM, "Routing Key Management" },
	{ 0, NULL }
};

static const struct tok mgmt_msgs[] = {
	{ 0, "Error" },
	{ 1, "Notify" },
	{ 0, NULL }
};

static const struct tok transfer_msgs[] = {
	{ 1, "Data" },
	{ 0, NULL }
};

static const struct tok ssnm_msgs[] = {
	{ 1, "Destination Unavailable" },
	{ 2, "Destination Available" },
	{ 3, "Destination State Audit" },
	{ 4, "Signalling Congestion" },
	{ 5, "Destination User Part Unavailable" },
	{ 6, "Destination Restricted" },
	{ 0, NULL }
};

static const struct tok aspsm_msgs[] = {
	{ 1, "Up" },
	{ 2, "Down" },
	{ 3, "Heartbeat" },
	{ 4, "Up Acknowledgement" },
	{ 5, "Down Acknowledgement" },
	{ 6, "Heartbeat Acknowledgement" },
	{ 0, NULL }
};

static const struct tok asptm_msgs[] = {
	{ 1, "Active" },
	{ 2, "Inactive" },
	{ 3, "Active Acknowledgement" },
	{ 4, "Inactive Acknowledgement" },
	{ 0, NULL }
};

static const struct tok rkm_msgs[] = {
	{ 1, "Registration Request" },
	{ 2, "Registration Response" },
	{ 3, "Deregistration Request" },
	{ 4, "Deregistration Response" },
	{ 0, NULL }
};

#define P_NETWORK_APPEARANCE 0x0200
#define P_ROUTING_CTX 0x0006
#define P_CORR_ID 0x0013

static const struct tok param_names[] = {
	{ 0x0004, "INFO String" },
	{ P_ROUTING_CTX, "Routing Context" },
	{ 0x0007, "Diagnostic Info" },
	{ 0x0009, "Heartbeat Data" },
	{ 0x000b, "Traffic Mode Type" },
	{ 0x000c, "Error Code" },
	{ 0x000d, "Status" },
	{ 0x0011, "ASP Identifier" },
	{ 0x0012, "Affected Point Code" },
	{ P_CORR_ID, "Correlation ID" },
	{ P_NETWORK_APPEARANCE, "Network Appearance" },
	{ 0x0204, "User/Cause" },
	{ 0x0205, "Congestion Indications" },
	{ 0x0206, "Concerned Destination" },
	{ 0x0207, "Routing Key" },
	{ 0x0208, "Registration Result" },
	{ 0x0209, "Deregistration Result" },
	{ 0x020a, "Local Routing Key Identifier" },
	{ 0x020b, "Destination Point Code" },
	{ 0x020c, "Service Indicators" },
	{ 0x020e, "Originating Point Code List" },
	{ 0x0210, "Protocol Data" },
	{ 0x0212, "Registration Status" },
	{ 0x0213, "Deregistration Status" },
	{ 0, NULL }
};

static const struct tok *class_msgs(unsigned msg_class)
{
	switch (msg_class) {
	case MSGC_MGMT: return mgmt_msgs;
	case MSGC_TRANSFER: return transfer_msgs;
	case MSGC_SSNM: return ssnm_msgs;
	case MSGC_ASPSM: return aspsm_msgs;
	case MSGC_ASPTM: return asptm_msgs;
	case MSGC_RKM: return rkm_msgs;
	}
	return NULL;
}

/* the value of the parameter at p (vlen value bytes after its header) */
static void param_value(struct dx *dx, const uint8_t *p, unsigned tag, unsigned vlen)
{
	switch (tag) {
	case P_NETWORK_APPEARANCE:
	case P_ROUTING_CTX:
	case P_CORR_ID:
		if (vlen < 4) {
			dx_print_invalid(dx);
			break;
		}
		dx_printf(dx, "0x%08x", GET_BE32(dx, p));
		break;
	default:
		dx_printf(dx, "(length %u)", vlen + M3UA_PHDRL);
		break;
	}
	DX_TCHECK(dx, p, vlen);
}

/* the parameters in [buf, buf+size) */
static void params_print(struct dx *dx, const uint8_t *buf, unsigned size)
{
	unsigned off = 0;

	while (off < size) {
		const uint8_t *p = buf + off;
		unsigned tag, plen, pad;

		if (size - off < M3UA_PHDRL)
			goto invalid;
		tag = GET_BE16(dx, p);
		dx_printf(dx, "\n\t\t\t%s: ",
			  tok2str(dx, param_names, "Unknown Parameter (0x%04x)", tag));
		plen = GET_BE16(dx, p + 2);
		if (plen < M3UA_PHDRL)
			goto invalid;
		pad = (off + plen) % 4;
		pad = pad ? 4 - pad : 0;
		DX_TCHECK(dx, p, plen + pad);
		DX_FIELD_IN(dx, p, plen, buf + size, "Parameter: %s, length %u",
			    tok2str(dx, param_names, "Unknown (0x%04x)", tag), plen);
		param_value(dx, p, tag, plen - M3UA_PHDRL);
		off += plen + pad;
	}
	return;
invalid:
	dx_print_invalid(dx);
	DX_TCHECK(dx, buf, size);
}

void m3ua_print(struct dx *dx, const uint8_t *bp, unsigned size)
{
	const struct tok *msgs;
	unsigned msg_class, msg_type;
	uint32_t mlen;

	dx_proto(dx, "m3ua");
	if (size < M3UA_HDRL) {
		dx_print_invalid(dx);
		DX_TCHECK(dx, bp, size);
		return;
	}
	DX_TCHECK(dx, bp, M3UA_HDRL);
	if (GET_U8(dx, bp) != 1)
		return;
	msg_class = GET_U8(dx, bp + 2);
	msg_type = GET_U8(dx, bp + 3);
	mlen = GET_BE32(dx, bp + 4);
	msgs = class_msgs(msg_class);
	DX_LAYER(dx, bp, size, "MTP 3 User Adaptation Layer");
	DX_FIELD(dx, bp, 1, "Version: %u", GET_U8(dx, bp));
	DX_FIELD(dx, bp + 2, 1, "Message Class: %s (%u)",
		 tok2str(dx, msg_classes, "Unknown", msg_class), msg_class);
	DX_FIELD(dx, bp + 3, 1, "Message Type: %s (%u)",
		 msgs ? tok2str(dx, msgs, "Unknown", msg_type) : "Unknown", msg_type);
	DX_FIELD(dx, bp + 4, 4, "Message Length: %u", mlen);
	dx_printf(dx, "\n\t\t%s",
		  tok2str(dx, msg_classes, "Unknown message class %u", msg_class));
	if (msgs)
		dx_printf(dx, " %s Message", tok2str(dx, msgs, "Unknown (0x%02x)", msg_type));
	if (mlen != size)
		dx_printf(dx, "\n\t\t\t@@@@@@ Corrupted length %u of message @@@@@@", mlen);
	else
		params_print(dx, bp + M3UA_HDRL, size - M3UA_HDRL);
	DX_LAYER_END(dx);
}
