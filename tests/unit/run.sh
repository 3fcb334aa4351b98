#!/bin/bash
# Unit tests: each tests/unit/test_*.c is one program, linked with the
# project library (build/, and build-san/ when it exists), that prints
# PASS/FAIL lines. A program that does not build or crashes is a FAIL.
set -u
cd "$(dirname "$0")/../.."
out=build/unit
mkdir -p "$out"
LIBS="$(pkg-config --libs libpcap libbpf libelf zlib 2>/dev/null || echo -lpcap -lbpf -lelf -lz) -lpthread"
for b in build build-san; do
	[ -e "$b/libptcpdump.a" ] || continue
	san=""; tag=""
	[ "$b" = build-san ] && san="-O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" && tag=" [build-san]"
	for t in tests/unit/test_*.c; do
		[ -e "$t" ] || continue
		n=$(basename "$t" .c)
		exe="$out/$n${tag:+-san}"
		# shellcheck disable=SC2086
		if ! cc -std=gnu11 -g -O2 -D_GNU_SOURCE -Isrc -I"$b" -Itests/unit $san -Wall -Wextra -Werror \
			-o "$exe" "$t" "$b/libptcpdump.a" $LIBS 2>"$out/$n.log"; then
			echo "FAIL $n$tag: does not build: $(grep -m1 error "$out/$n.log")"
			continue
		fi
		timeout 300 "$exe" > "$out/$n.out" 2>&1; rc=$?
		grep -E '^(PASS|FAIL|SKIP)' "$out/$n.out" | sed "s/\$/$tag/"
		if [ $rc -ne 0 ] && ! grep -q '^FAIL' "$out/$n.out"; then
			echo "FAIL $n$tag: exit $rc: $(grep -m1 -E 'ERROR|runtime error' "$out/$n.out")"
		fi
	done
done
