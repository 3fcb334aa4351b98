// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: TLS record headers (TCP port 443), for the field tree only
 *
 * tcpdump 4.99 prints nothing for TLS, so neither does this: it names the
 * layer (the protocol class a viewer shows) and adds a field tree of the
 * records that start in this segment. RFC 8446 5.1: content type (1),
 * legacy version (2), length (2), then the fragment; a handshake fragment
 * starts with its message type. Nothing here reads past the captured
 * bytes, so it never truncates the text.
 */
#include "dx.h"
#include "print.h"

static const struct tok tls_content_types[] = {
	{ 20, "Change Cipher Spec" }, { 21, "Alert" }, { 22, "Handshake" },
	{ 23, "Application Data" }, { 24, "Heartbeat" }, { 0, NULL },
};

static const struct tok tls_handshake_types[] = {
	{ 1, "Client Hello" }, { 2, "Server Hello" }, { 4, "New Session Ticket" },
	{ 8, "Encrypted Extensions" }, { 11, "Certificate" }, { 12, "Server Key Exchange" },
	{ 13, "Certificate Request" }, { 14, "Server Hello Done" }, { 15, "Certificate Verify" },
	{ 16, "Client Key Exchange" }, { 20, "Finished" }, { 0, NULL },
};

/* a record header: a known content type and a 3.x version */
static int tls_record_at(const struct dx *dx, const uint8_t *p, const uint8_t *end)
{
	return p + 5 <= end && DX_TTEST(dx, p, 5) && tok2str_or_null(tls_content_types, p[0]) &&
	       p[1] == 3 && p[2] <= 4;
}

void tls_print(struct dx *dx, const uint8_t *p, unsigned len)
{
	const uint8_t *end = p + len;

	if (!tls_record_at(dx, p, end))
		return;	/* a continued record, or not TLS: no layer */
	dx_proto(dx, "tls");
	if (!dx->tree)
		return;
	DX_LAYER(dx, p, len, "Transport Layer Security");
	while (tls_record_at(dx, p, end)) {
		unsigned rlen = (unsigned)(p[3] << 8 | p[4]);
		const char *type = tok2str(dx, tls_content_types, "type %u", p[0]);
		size_t span = (size_t)(end - p) < 5u + rlen ? (size_t)(end - p) : 5u + rlen;

		DX_SUBTREE(dx, p, span, "TLS record: %s, length %u", type, rlen);
		DX_FIELD(dx, p, 1, "Content type: %s (%u)", type, p[0]);
		DX_FIELD(dx, p + 1, 2, "Version: 0x%04x", (unsigned)(p[1] << 8 | p[2]));
		DX_FIELD(dx, p + 3, 2, "Length: %u", rlen);
		if (p[0] == 22 && rlen > 0 && span > 5 && DX_TTEST(dx, p + 5, 1))
			DX_FIELD(dx, p + 5, 1, "Handshake type: %s (%u)",
				 tok2str(dx, tls_handshake_types, "type %u", p[5]), p[5]);
		DX_LAYER_END(dx);
		if (span < 5u + rlen)
			break;
		p += span;
	}
	DX_LAYER_END(dx);
}
