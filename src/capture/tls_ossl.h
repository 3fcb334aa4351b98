/* SPDX-License-Identifier: GPL-2.0 */
/* \summary: where a libssl build keeps a connection's secrets, measured on a handshake */
#ifndef PTCPDUMP_CAPTURE_TLS_OSSL_H
#define PTCPDUMP_CAPTURE_TLS_OSSL_H

#include <stddef.h>

struct pt_ossl_offs;

/*
 * Measure and verify the offsets for the libssl file PATH (in a child
 * process that loads it). 0 with o filled; -errno with a reason in why.
 * version gets OpenSSL_version() of that library when it could be read.
 */
int tls_ossl__measure(const char *path, struct pt_ossl_offs *o, char *version, size_t vlen,
		      char *why, size_t whylen);

#endif
