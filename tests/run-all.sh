#!/bin/bash
# make test: builds (normal and ASan/UBSan) and runs every suite.
# A suite is tests/<name>/run.sh printing "PASS <what>", "FAIL <what>" or
# "SKIP <what>: <why>" lines; this script counts them.
set -u
cd "$(dirname "$0")/.."
export TZ=GMT0 LC_ALL=C.UTF-8
log=$(mktemp -d /tmp/ptcpdump-test.XXXXXX)
echo "== build"
if ! make -j2 all >"$log/build.log" 2>&1; then
	tail -40 "$log/build.log"; echo "0 passed, 1 failed"; exit 1
fi
if ! make -j2 SAN=1 all >"$log/build-san.log" 2>&1; then
	tail -40 "$log/build-san.log"; echo "0 passed, 1 failed"; exit 1
fi
make -s check-deps || { echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0 skip=0
suites=${SUITES:-"meta unit golden files cli tcpdump fuzz e2e tui"}
for s in $suites; do
	[ -x "tests/$s/run.sh" ] || continue
	echo "== $s"
	while IFS= read -r line; do
		# a suite's own summary must not pass for the final count line
		case "$line" in
		*[0-9]" passed, "[0-9]*" failed"*) echo "  ($s) ${line//passed/ok}" ;;
		*) echo "$line" ;;
		esac
		case "$line" in
		PASS*) pass=$((pass + 1)) ;;
		FAIL*) fail=$((fail + 1)) ;;
		SKIP*) skip=$((skip + 1)) ;;
		esac
	done < <(timeout 1800 "tests/$s/run.sh" 2>&1)
done
rm -rf "$log"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
