/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: SHA-256 and SHA-384 (FIPS 180-4), HMAC (RFC 2104) and TLS 1.3's
 * HKDF-Expand-Label (RFC 8446 section 7.1), for key log lines derived from
 * the secrets a TLS library keeps
 */
#ifndef PTCPDUMP_CORE_SHA2_H
#define PTCPDUMP_CORE_SHA2_H

#include <stddef.h>
#include <stdint.h>

enum sha2_kind {
	SHA2_256 = 32,	/* the value is the digest size */
	SHA2_384 = 48,
};

#define SHA2_MAX 64

/* out gets the digest (kind bytes) */
void sha2(enum sha2_kind kind, const void *p, size_t n, uint8_t *out);
void hmac_sha2(enum sha2_kind kind, const uint8_t *key, size_t klen, const void *msg, size_t n,
	       uint8_t *out);
/*
 * HKDF-Expand-Label(secret, label, context, len) with the hash of kind;
 * len at most the digest size; label without the "tls13 " prefix.
 * 0, or -1 when len or the label does not fit.
 */
int tls13_expand_label(enum sha2_kind kind, const uint8_t *secret, const char *label,
		       const uint8_t *ctx, size_t ctxlen, uint8_t *out, size_t len);

#endif
