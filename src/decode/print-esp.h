/* SPDX-License-Identifier: GPL-2.0 */
/*
 * \summary: ESP printer with -E decryption (print-esp.c), called by the IP
 * demultiplexer and the UDP encapsulation of print-isakmp.c, which also
 * decrypts IKEv2 encrypted payloads with the -E secrets
 */
#ifndef PTCPDUMP_DECODE_PRINT_ESP_H
#define PTCPDUMP_DECODE_PRINT_ESP_H

#include <stddef.h>
#include <stdint.h>

struct dx;
struct dx_esp_state;

/* "ESP(spi=..,seq=..), length N", then, when an -E SA matches and the
 * payload decrypts, ": " and the inner packet (iph: the outer IP header) */
void esp_print(struct dx *dx, const uint8_t *bp, unsigned length, const uint8_t *iph,
	       unsigned ver, int fragmented, unsigned ttl_hl);

/* the decoder's view before a decrypted buffer replaced it */
struct esp_view {
	const uint8_t *start, *end;
	int snap_depth;
	void *tree;
};

/*
 * IKEv2: decrypt the encrypted payload's data [p, end) with the "ikev2"
 * SA of the cookies spii/spir (initiator: the I flag). On success the
 * decoder reads the plaintext (returned, *len bytes) until esp_view_end.
 */
const uint8_t *esp_ikev2_decrypt(struct dx *dx, int initiator, const uint8_t *spii,
				 const uint8_t *spir, const uint8_t *p, const uint8_t *end,
				 unsigned *len, struct esp_view *v);
void esp_view_end(struct dx *dx, const struct esp_view *v);

/* Check an -E argument (SAs, "file NAME" read now): 0, or -1 with why */
int esp_secrets_check(const char *arg, char *why, size_t n);

void esp_state_free(struct dx_esp_state *st);

#endif
