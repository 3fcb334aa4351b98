#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# ptcpdump-top tests: the model's unit test (no curses), then every
# tests/tui/t-*.sh (the real program driven in tmux; live parts as root).
# Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
W=$(mktemp -d /tmp/ptop-unit.XXXXXX)
trap 'rm -rf "$W"' EXIT

# the model is not in libptcpdump.a: its unit test is built here
if make -s SAN=1 build-san/test_tui_model >"$W/unit.log" 2>&1; then
	ASAN_OPTIONS=halt_on_error=1 ./build-san/test_tui_model | sed 's/^\(PASS\|FAIL\) /\1 tui unit: /'
else
	echo "FAIL tui unit: build"; tail -5 "$W/unit.log"
fi
if make -s SAN=1 build-san/test_tui_stream >"$W/stream.log" 2>&1; then
	ASAN_OPTIONS=halt_on_error=1 ./build-san/test_tui_stream | sed 's/^\(PASS\|FAIL\) /\1 tui unit: /'
else
	echo "FAIL tui unit: build test_tui_stream"; tail -5 "$W/stream.log"
fi
for t in tests/tui/t-*.sh; do
	"$t"
done
exit 0
