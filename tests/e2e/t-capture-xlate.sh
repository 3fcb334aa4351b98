#!/bin/bash
# Differential test of the classic -> eBPF filter translator: the kernel runs
# each translated filter (BPF_PROG_TEST_RUN) on many packets, truncated and
# altered ones included, and must agree with libpcap's bpf_filter().
set -u
cd "$(dirname "$0")/../.."
D=tests/e2e
T=$(mktemp -d /tmp/ptcpdump-xlate.XXXXXX)
trap 'rm -rf "$T"' EXIT
LIB=${LIB:-build/libptcpdump.a}
[ -f "$LIB" ] || { echo "FAIL capture-xlate: $LIB is not built"; exit 0; }
# shellcheck disable=SC2046
if ! cc -std=gnu11 -O1 -g -D_GNU_SOURCE -Isrc -Ibuild -o "$T/xlate-diff" "$D/xlate-diff.c" "$LIB" \
	$(pkg-config --libs libbpf libpcap 2>/dev/null || echo -lbpf -lpcap -lelf -lz) -lpthread 2>"$T/cc.err"; then
	echo "FAIL capture-xlate: build: $(head -3 "$T/cc.err" | tr '\n' ' ')"
	exit 0
fi
/usr/bin/python3 "$D/gen-filter.py" "$T/gen.pcap" >/dev/null 2>&1 || { echo "FAIL capture-xlate: gen-filter.py"; exit 0; }
"$T/xlate-diff" "$T/gen.pcap" "$D/filter-exprs.txt" 7 | sed 's/^\(PASS\|FAIL\|SKIP\) xlate: /\1 capture-xlate: /'
