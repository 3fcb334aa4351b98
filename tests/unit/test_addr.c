// SPDX-License-Identifier: GPL-2.0
/*
 * \summary: unit test of the address formatters (src/decode/addr.c):
 * dx_fmt_ip6 must give exactly the text of the C library's inet_ntop for
 * every shape of address (zero runs of each length and place, ties between
 * runs, IPv4-mapped and -compatible tails, random words with small values),
 * and cut nothing when the buffer is short. Prints PASS/FAIL lines.
 */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/dx.h"

#define HARNESS_SUITE "addr"
#include "harness.h"

static void check_one(const uint8_t *a)
{
	char want[INET6_ADDRSTRLEN], got[64];

	if (!inet_ntop(AF_INET6, a, want, sizeof(want))) {
		fail("inet_ntop failed");
		return;
	}
	memset(got, 'x', sizeof(got));
	dx_fmt_ip6(got, sizeof(got), a);
	if (strcmp(want, got) != 0)
		fail("dx_fmt_ip6 gave \"%s\", inet_ntop \"%s\"", got, want);
	else
		h_passed++;
}

/* every pattern of zero and non-zero words, the non-zero ones from vals */
static void zero_patterns(void)
{
	static const unsigned vals[] = { 1, 0xffff, 0x10, 0xabc, 0x2001 };
	unsigned mask, v;
	uint8_t a[16];
	int i;

	for (mask = 0; mask < 256; mask++) {
		for (v = 0; v < sizeof(vals) / sizeof(vals[0]); v++) {
			for (i = 0; i < 8; i++) {
				unsigned w = mask >> i & 1 ? vals[(v + (unsigned)i) % 5] : 0;

				a[2 * i] = (uint8_t)(w >> 8);
				a[2 * i + 1] = (uint8_t)w;
			}
			check_one(a);
		}
	}
}

/* ::a.b.c.d, ::ffff:a.b.c.d and their near misses */
static void ipv4_tails(void)
{
	static const uint8_t tails[][4] = { { 0, 0, 0, 0 }, { 0, 0, 0, 1 }, { 0, 0, 1, 0 },
					    { 1, 2, 3, 4 }, { 255, 255, 255, 255 }, { 0, 1, 0, 0 } };
	static const unsigned w5[] = { 0, 0xffff, 0xfffe, 1 };
	uint8_t a[16];
	size_t t, k;

	for (t = 0; t < sizeof(tails) / sizeof(tails[0]); t++) {
		for (k = 0; k < sizeof(w5) / sizeof(w5[0]); k++) {
			memset(a, 0, sizeof(a));
			a[10] = (uint8_t)(w5[k] >> 8);
			a[11] = (uint8_t)w5[k];
			memcpy(a + 12, tails[t], 4);
			check_one(a);
			a[9] = 1;
			check_one(a);
		}
	}
}

static void random_words(void)
{
	uint8_t a[16];
	int n, i;

	srand(12345);
	for (n = 0; n < 200000; n++) {
		for (i = 0; i < 16; i++) {
			int r = rand();

			/* mostly zero bytes so that runs and short groups are common */
			a[i] = (r & 3) ? 0 : (uint8_t)(r >> 8);
		}
		check_one(a);
	}
}

static void short_buffer(void)
{
	static const uint8_t a[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };
	char b[8];

	memset(b, 'x', sizeof(b));
	dx_fmt_ip6(b, sizeof(b), a);
	CHECK(b[0] == '\0');
	dx_fmt_ip6(b, 0, a);
	CHECK(b[0] == '\0');
}

int main(void)
{
	run("dx_fmt_ip6 equals inet_ntop for every zero-run pattern", zero_patterns);
	run("dx_fmt_ip6 equals inet_ntop for IPv4-mapped and -compatible tails", ipv4_tails);
	run("dx_fmt_ip6 equals inet_ntop for 200000 random addresses", random_words);
	run("dx_fmt_ip6 writes an empty string when the buffer is short", short_buffer);
	return harness_end(NULL);
}
