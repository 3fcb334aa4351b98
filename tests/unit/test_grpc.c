// SPDX-License-Identifier: GPL-2.0
/*
 * The protobuf reader behind the containerd API client: the encodings of
 * the protobuf documentation's examples, every truncation of them (ASan
 * catches a read past the end), hostile lengths and keys, and what
 * pb__put_bytes and pb__put_varint write read back. grpc__call itself is exercised against
 * a real containerd in tests/e2e/t-proc-container.sh.
 */
#define HARNESS_SUITE "grpc"
#include "harness.h"

#include <stdlib.h>

#include "capture/grpc.h"

/* field 1 = 150 (varint), field 2 = "testing", field 3 = fixed32 1, field 4 = fixed64 2 */
static const uint8_t sample[] = {
	0x08, 0x96, 0x01,
	0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g',
	0x1d, 0x01, 0x00, 0x00, 0x00,
	0x21, 0x02, 0, 0, 0, 0, 0, 0, 0,
};

static int count(const uint8_t *p, size_t n, int *bad)
{
	struct pb b = { p, p + n };
	struct pb_field f;
	int r, k = 0;

	while ((r = pb__next(&b, &f)) == 1) {
		k++;
		if (f.type == 2 && (f.data < p || f.data + f.len > p + n))
			*bad = 1;
	}
	return r < 0 ? -1 : k;
}

static void t_sample(void)
{
	struct pb b = { sample, sample + sizeof(sample) };
	struct pb_field f;

	CHECK(pb__next(&b, &f) == 1 && f.num == 1 && f.type == 0 && f.v == 150);
	CHECK(pb__next(&b, &f) == 1 && f.num == 2 && f.type == 2 && f.len == 7 &&
	      !memcmp(f.data, "testing", 7));
	CHECK(pb__next(&b, &f) == 1 && f.num == 3 && f.type == 5 && f.v == 1);
	CHECK(pb__next(&b, &f) == 1 && f.num == 4 && f.type == 1 && f.v == 2);
	CHECK(pb__next(&b, &f) == 0);
}

static void t_truncated(void)
{
	size_t n;
	int bad = 0;

	for (n = 0; n < sizeof(sample); n++) {
		/* a copy of exactly n bytes: ASan sees any read beyond */
		uint8_t *p = malloc(n ? n : 1);
		int k;

		memcpy(p, sample, n);
		k = count(p, n, &bad);
		if (n == 0 || n == 3 || n == 12 || n == 17)
			check(k >= 0, "a prefix that ends between fields reads cleanly");
		else
			check(k == -1, "a prefix that ends inside a field is malformed");
		free(p);
	}
	CHECK(!bad);
}

static void t_hostile(void)
{
	static const uint8_t huge_len[] = { 0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 'x' };
	static const uint8_t long_varint[] = { 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
					       0xff, 0xff, 0xff, 0xff };
	static const uint8_t group[] = { 0x0b, 0x0c };
	static const uint8_t field0[] = { 0x00, 0x01 };
	int bad = 0;

	CHECK(count(huge_len, sizeof(huge_len), &bad) == -1);
	CHECK(count(long_varint, sizeof(long_varint), &bad) == -1);
	CHECK(count(group, sizeof(group), &bad) == -1);
	CHECK(count(field0, sizeof(field0), &bad) == -1);
	CHECK(!bad);
}

static void t_put(void)
{
	uint8_t buf[300], big[200];
	struct pb b;
	struct pb_field f;
	size_t n;

	n = pb__put_bytes(buf, sizeof(buf), 0, 2, "testing", 7);
	CHECK(n == 9 && !memcmp(buf, sample + 3, 9));
	n = pb__put_varint(buf, sizeof(buf), 0, 1, 150);
	CHECK(n == 3 && !memcmp(buf, sample, 3));
	CHECK(pb__put_varint(buf, 2, 0, 1, 150) == 0);
	memset(big, 'a', sizeof(big));
	/* a length of 200 takes two bytes, field 16 a two-byte key */
	n = pb__put_bytes(buf, sizeof(buf), 0, 16, big, sizeof(big));
	CHECK(n == 2 + 2 + sizeof(big));
	b = (struct pb){ buf, buf + n };
	CHECK(pb__next(&b, &f) == 1 && f.num == 16 && f.len == sizeof(big) && f.data == buf + 4);
	CHECK(pb__put_bytes(buf, 100, 0, 1, big, sizeof(big)) == 0);
	CHECK(pb__put_bytes(buf, 2, 0, 1, "", 0) == 2);
	CHECK(pb__put_bytes(buf, 1, 0, 1, "", 0) == 0);
}

int main(void)
{
	run("protobuf: the documentation's encodings", t_sample);
	run("protobuf: every truncation is malformed or ends between fields", t_truncated);
	run("protobuf: hostile lengths, varints, groups, field 0", t_hostile);
	run("protobuf: what pb__put_bytes writes reads back", t_put);
	return harness_end(NULL);
}
