#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Unit tests: builds every tests/unit/test_*.c against build-san/libptcpdump.a
# with the ASan/UBSan flags of `make SAN=1` and runs it. A test prints its own
# PASS/FAIL lines; a test that does not build, crashes or exits non-zero
# without a FAIL line gets one here.
set -u
cd "$(dirname "$0")/../.."
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ ! -f build-san/libptcpdump.a ] || [ -n "$(find src -newer build-san/libptcpdump.a -name '*.[ch]' 2>/dev/null | head -1)" ]; then
	make -s -j2 SAN=1 build-san/libptcpdump.a >/dev/null 2>&1 || true
fi
if [ ! -f build-san/libptcpdump.a ]; then
	echo "FAIL unit: build-san/libptcpdump.a does not build (make SAN=1)"
	exit 1
fi
# test_fields decodes the golden suite's captures: make them as it does
mkdir -p build/golden/pcap
for g in tests/golden/gen/*.py; do
	[ -e "$g" ] || continue
	stamp="build/golden/pcap/.$(basename "$g").stamp"
	if [ ! -e "$stamp" ] || [ "$g" -nt "$stamp" ]; then
		/usr/bin/python3 "$g" build/golden/pcap >build/golden/pcap/.gen.log 2>&1 && touch "$stamp"
	fi
done
CC=${CC:-cc}
SAN="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CFLAGS="-std=gnu11 -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE -DPTCPDUMP_VERSION=\"test\" -Isrc -Ibuild-san $(pkg-config --cflags libpcap libbpf 2>/dev/null)"
LIBS="$(pkg-config --libs libpcap libbpf libelf zlib libcrypto 2>/dev/null || echo -lpcap -lbpf -lelf -lz -lcrypto) -lpthread"
[ -n "$(pkg-config --libs ncursesw 2>/dev/null)" ] && LIBS="$LIBS $(pkg-config --libs ncursesw)"
out=build-san/unit
mkdir -p "$out"
rc=0
for t in tests/unit/test_*.c; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .c)
	# shellcheck disable=SC2086
	if ! $CC $SAN $CFLAGS -o "$out/$name" "$t" build-san/libptcpdump.a $LIBS >"$out/$name.build.log" 2>&1; then
		echo "FAIL $name: does not build"
		sed 's/^/    /' "$out/$name.build.log" | head -20
		rc=1
		continue
	fi
	log="$out/$name.log"
	timeout 300 "$out/$name" >"$log" 2>&1
	st=$?
	cat "$log"
	if [ $st -ne 0 ] && ! grep -q '^FAIL' "$log"; then
		echo "FAIL $name: exit status $st"
		rc=1
	fi
	[ $st -ne 0 ] && rc=1
done
# the capture file readers once more with a 16-byte starting buffer, so every
# block moves and grows the buffer (catches pointers kept across cf_need())
if [ -e tests/unit/test_capfile.c ]; then
	# shellcheck disable=SC2086
	if $CC $SAN $CFLAGS -DCAPFILE_IBUF_INITIAL=16 -DCAPFILE_IBUF_MIN=16 -o "$out/test_capfile16" \
		tests/unit/test_capfile.c src/capture/capfile*.c src/capture/pcap_read.c \
		src/capture/pcapng_read.c src/capture/proc_comment.c >"$out/test_capfile16.build.log" 2>&1; then
		if timeout 300 "$out/test_capfile16" >"$out/test_capfile16.log" 2>&1; then
			echo "PASS capfile: all of the above with a 16-byte input buffer"
		else
			grep -v '^PASS' "$out/test_capfile16.log" | head -20
			echo "FAIL capfile: with a 16-byte input buffer"
			rc=1
		fi
	else
		echo "FAIL capfile: 16-byte buffer build"
		head -20 "$out/test_capfile16.build.log"
		rc=1
	fi
fi
exit $rc
