// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: OpenFlow common header (TCP ports 6633 and 6653). Text as
 * tcpdump 4.99.3 print-openflow.c.
 *
 * A segment is taken to begin on a message boundary and may hold several
 * messages. Each starts with version (1), type (1), length (2, the header
 * included) and transaction id (4). The version picks the type table
 * (1.0 and 1.3 are known); with -v the table's body printer decodes the
 * body after its length constraint holds. A message may go on past the
 * segment: its body is decoded as far as the capture goes, and the loop
 * ends there. A length below the header's ends the whole segment.
 */
#include "dx.h"
#include "print-ether.h"
#include "print-openflow.h"
#include "print.h"

static const struct tok of_versions[] = {
	{ 0x01, "1.0" },
	{ 0x02, "1.1" },
	{ 0x03, "1.2" },
	{ 0x04, "1.3" },
	{ 0x05, "1.4" },
	{ 0x06, "1.5" },
	{ 0, NULL }
};

const struct tok of_onf_exp_names[] = {
	{ 0x4f4e4600, "ONF Extensions" },
	{ 0xff000001, "Budapest University of Technology and Economics" },
	{ 0xff000002, "NoviFlow" },
	{ 0xff000003, "L3+ Extensions, Vendor Neutral" },
	{ 0xff000004, "L4-L7 Extensions" },
	{ 0xff000005, "Wireless and Mobility Extensions" },
	{ 0xff000006, "Forwarding Abstractions Extensions" },
	{ 0xff000007, "Optical Transport Extensions" },
	{ 0xff000008, "Network Benchmarking Lab, NCTU" },
	{ 0xff000009, "Mobile Packet Core Extensions" },
	{ 0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN" },
	{ 0, NULL }
};

const struct tok of_config_str[] = {
	{ 0, "FRAG_NORMAL" },
	{ 1, "FRAG_DROP" },
	{ 2, "FRAG_REASM" },
	{ 0, NULL }
};

const struct tok of_port_reason_str[] = {
	{ 0, "ADD" },
	{ 1, "DELETE" },
	{ 2, "MODIFY" },
	{ 0, NULL }
};

const char *of_vendor_name(uint32_t vendor)
{
	const char *s;

	if ((vendor & 0xff000000u) == 0)
		s = ether_oui_lookup(vendor);
	else
		s = tok2str_or_null(of_onf_exp_names, vendor);
	return s ? s : "unknown";
}

void of_bitmap_print(struct dx *dx, const struct tok *t, uint32_t v, uint32_t u)
{
	if (v & ~u)
		dx_printf(dx, " (%s)", bittok2str(dx, t, "", v));
	if (v & u)
		dx_puts(dx, " (bogus)");
}

void of_bitmap32(struct dx *dx, const char *pfx, const uint8_t *cp,
		 const struct tok *t, uint32_t u)
{
	uint32_t v = GET_BE32(dx, cp);

	dx_printf(dx, "%s0x%08x", pfx, v);
	of_bitmap_print(dx, t, v, u);
}

void of_data_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	if (len == 0)
		return;
	dx_printf(dx, "\n\t data (%u octets)", len);
	if (dx->opts->verbose >= 2)
		hex_and_ascii_print(dx, "\n\t  ", cp, len);
	else
		DX_TCHECK(dx, cp, len);
}

void of_error_print(struct dx *dx, const uint8_t *cp, unsigned len, const struct tok *types,
		    const struct tok *const *codes, size_t ncodes)
{
	unsigned type, code;

	/* type (2), code (2), data */
	type = GET_BE16(dx, cp);
	dx_printf(dx, "\n\t type %s", tok2str(dx, types, "invalid (0x%04x)", type));
	code = GET_BE16(dx, cp + 2);
	if (type < ncodes)
		dx_printf(dx, ", code %s", tok2str(dx, codes[type], "invalid (0x%04x)", code));
	else
		dx_printf(dx, ", code invalid (0x%04x)", code);
	of_data_print(dx, cp + 4, len - 4);
}

void of_invalid(struct dx *dx, const uint8_t *cp, unsigned len)
{
	dx_print_invalid(dx);
	DX_TCHECK(dx, cp, len);
}

/* the body of one message whose header said type mt (NULL: unknown) */
static void of_body_print(struct dx *dx, const uint8_t *cp, unsigned len,
			  const struct of_msgtype *mt)
{
	if (mt) {
		if ((mt->req == OF_REQ_FIXLEN && len != mt->req_len) ||
		    (mt->req == OF_REQ_MINLEN && len < mt->req_len)) {
			of_invalid(dx, cp, len);
			return;
		}
		if (dx->opts->verbose && mt->decoder) {
			mt->decoder(dx, cp, len);
			return;
		}
	}
	DX_TCHECK(dx, cp, len);
}

/* a tree node's length: n bytes from p, cut at end */
static size_t of_clip(const uint8_t *p, size_t n, const uint8_t *end)
{
	if (p >= end)
		return 0;
	return n < (size_t)(end - p) ? n : (size_t)(end - p);
}

void openflow_print(struct dx *dx, const uint8_t *cp, unsigned len)
{
	const uint8_t *end;
	size_t avail;

	dx_proto(dx, "openflow");
	dx_puts(dx, ": OpenFlow");
	avail = DX_BYTES_AVAIL(dx, cp);
	end = cp + (len < avail ? len : avail);
	DX_LAYER(dx, cp, (size_t)(end - cp), "OpenFlow");
	while (len) {
		const struct of_msgtype *mt = NULL;
		const uint8_t *msg = cp;
		unsigned version, type, length, xid;
		size_t node = dx_tree_next(dx);

		version = GET_U8(dx, cp);
		DX_SUBTREE(dx, msg, of_clip(msg, len, end), "OpenFlow message");
		DX_FIELD(dx, cp, 1, "Version: %s (0x%02x)",
			 tok2str(dx, of_versions, "unknown", version), version);
		cp++;
		len--;
		dx_printf(dx, "\n\tversion %s", tok2str(dx, of_versions, "unknown (0x%02x)", version));
		if (len < 1)
			goto partial_header;
		type = GET_U8(dx, cp);
		if (version == 0x01)
			mt = of10_msgtype(type);
		else if (version == 0x04)
			mt = of13_msgtype(type);
		if (mt && mt->name)
			dx_printf(dx, ", type %s", mt->name);
		else
			dx_printf(dx, ", type unknown (0x%02x)", type);
		DX_FIELD(dx, cp, 1, "Type: %s (%u)", mt && mt->name ? mt->name : "unknown", type);
		cp++;
		len--;
		if (len < 2)
			goto partial_header;
		length = GET_BE16(dx, cp);
		dx_printf(dx, ", length %u%s", length, length < OF_HEADER_LEN ? " (too short!)" : "");
		DX_FIELD(dx, cp, 2, "Length: %u", length);
		cp += 2;
		len -= 2;
		if (len < 4)
			goto partial_header;
		xid = GET_BE32(dx, cp);
		dx_printf(dx, ", xid 0x%08x", xid);
		DX_FIELD(dx, cp, 4, "Transaction ID: 0x%08x", xid);
		cp += 4;
		len -= 4;
		if (length < OF_HEADER_LEN) {
			DX_LAYER_END(dx);
			of_invalid(dx, cp, len);
			break;
		}
		if (dx->tree) {
			dx_tree_relabel(dx, node, "OpenFlow %s %s",
					tok2str(dx, of_versions, "unknown", version),
					mt && mt->name ? mt->name : "unknown");
			dx_tree_set_end(dx, node, msg + of_clip(msg, length, end));
		}
		DX_FIELD(dx, cp, of_clip(cp, length - OF_HEADER_LEN, end), "Body (%u bytes)",
			 length - OF_HEADER_LEN);
		DX_LAYER_END(dx);
		of_body_print(dx, cp, length - OF_HEADER_LEN, mt);
		if (length - OF_HEADER_LEN > len)
			break;
		cp += length - OF_HEADER_LEN;
		len -= length - OF_HEADER_LEN;
		continue;
partial_header:
		DX_LAYER_END(dx);
		dx_puts(dx, " (end of TCP payload)");
		DX_TCHECK(dx, cp, len);
		break;
	}
	DX_LAYER_END(dx);
}
