// SPDX-License-Identifier: GPL-2.0
/*
 * SHA-256/384, HMAC and TLS 1.3 HKDF-Expand-Label against Python's hashlib
 * and hmac (OpenSSL underneath), asked at run time over a pipe, at every
 * length around the block and padding boundaries.
 */
#define HARNESS_SUITE "sha2"
#include "harness.h"

#include <stdlib.h>
#include <unistd.h>

#include "core/sha2.h"

static const char oracle[] =
	"import sys, hashlib, hmac\n"
	"for line in sys.stdin:\n"
	"    kind, n = line.split()\n"
	"    data = bytes((i * 7 + 3) & 0xff for i in range(int(n)))\n"
	"    if kind == 'e256' or kind == 'e384':\n"
	"        hf = hashlib.sha256 if kind == 'e256' else hashlib.sha384\n"
	"        L = hf().digest_size\n"
	"        lab = b'tls13 c hs traffic'\n"
	"        info = L.to_bytes(2, 'big') + bytes([len(lab)]) + lab + bytes([len(data)]) + data\n"
	"        out = hmac.new(bytes(range(L)), info + b'\\x01', hf).digest()\n"
	"    elif kind.startswith('h'):\n"
	"        out = hmac.new(bytes(range(int(n) // 2 + 1)), data, kind[1:]).digest()\n"
	"    else:\n"
	"        out = hashlib.new(kind, data).digest()\n"
	"    print(out.hex(), flush=True)\n";

static void hex(const uint8_t *p, size_t n, char *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", p[i]);
}

int main(void)
{
	static const size_t lens[] = { 0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128,
				       129, 200, 255 };
	static const char *const kinds[] = { "sha256", "sha384", "hsha256", "hsha384", "e256",
					     "e384" };
	char cmd[2048], want[256], got[256], line[512];
	uint8_t data[300], out[SHA2_MAX], sec[256];
	size_t i, k, j;
	FILE *in, *res;

	/* python reads our questions on stdin and answers on a file we read back */
	snprintf(cmd, sizeof(cmd), "/usr/bin/python3 -c \"$PT_ORACLE\" > /tmp/ptcpdump-sha2.%d",
		 (int)getpid());
	setenv("PT_ORACLE", oracle, 1);
	in = popen(cmd, "w");
	if (!in) {
		fail("cannot start python3");
		return harness_end(NULL);
	}
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++)
			fprintf(in, "%s %zu\n", kinds[k], lens[i]);
	if (pclose(in) != 0) {
		fail("python3 oracle failed");
		return harness_end(NULL);
	}
	snprintf(cmd, sizeof(cmd), "/tmp/ptcpdump-sha2.%d", (int)getpid());
	res = fopen(cmd, "r");
	if (!res) {
		fail("no oracle output");
		return harness_end(NULL);
	}
	for (j = 0; j < sizeof(data); j++)
		data[j] = (uint8_t)(j * 7 + 3);
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		const char *kd = kinds[k];
		enum sha2_kind sk = strstr(kd, "384") ? SHA2_384 : SHA2_256;

		case_begin(kd);
		for (i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
			size_t n = lens[i];

			if (!fgets(line, sizeof(line), res)) {
				fail("%s %zu: no answer", kd, n);
				continue;
			}
			line[strcspn(line, "\n")] = '\0';
			snprintf(want, sizeof(want), "%s", line);
			if (kd[0] == 's') {
				sha2(sk, data, n, out);
			} else if (kd[0] == 'h') {
				for (j = 0; j <= n / 2; j++)
					sec[j] = (uint8_t)j;
				hmac_sha2(sk, sec, n / 2 + 1, data, n, out);
			} else {
				for (j = 0; j < (size_t)sk; j++)
					sec[j] = (uint8_t)j;
				if (tls13_expand_label(sk, sec, "c hs traffic", data, n, out,
						       (size_t)sk)) {
					fail("%s %zu: refused", kd, n);
					continue;
				}
			}
			hex(out, (size_t)sk, got);
			if (strcmp(got, want))
				fail("%s of %zu bytes: %s, python says %s", kd, n, got, want);
			else
				check(1, kd);
		}
		case_end();
	}
	fclose(res);
	unlink(cmd);
	return harness_end("checks against hashlib");
}
