#!/bin/bash
# End-to-end live capture tests: root only (skipped loudly otherwise).
# Each t-*.sh sets up its own network namespaces and veth pairs (addresses
# 10.200.x.y only inside them), bounds its time and cleans up with a trap;
# it prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0 LC_ALL=C.UTF-8
BIN=${BIN:-build/ptcpdump}
if [ "$(id -u)" != 0 ]; then
	echo "SKIP e2e: live capture tests need root"
	exit 0
fi
if [ ! -x "$BIN" ]; then
	echo "FAIL e2e: $BIN is not built"
	exit 0
fi
for t in tests/e2e/t-*.sh; do
	[ -f "$t" ] || continue
	out=$(BIN=$BIN timeout 300 bash "$t" 2>&1)
	rc=$?
	printf '%s\n' "$out" | grep -E '^(PASS|FAIL|SKIP) '
	if [ $rc -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL '; then
		echo "FAIL $(basename "$t"): exited with $rc"
		printf '%s\n' "$out" | tail -5 | sed 's/^/    /'
	fi
done
exit 0
