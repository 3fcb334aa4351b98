#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Checks of the tree itself: `make check-deps` passes on the tree and fails
# on each module-boundary violation planted in a temporary copy of it; the
# tree refers to nothing outside itself.
set -u
cd "$(dirname "$0")/../.." || exit 1
W=$(mktemp -d /tmp/ptcpdump-meta.XXXXXX)
trap 'rm -rf "$W"' EXIT

if out=$(make -s check-deps 2>&1); then
	echo "PASS meta: check-deps passes on the tree"
else
	echo "FAIL meta: check-deps fails on the tree"
	printf '%s\n' "$out" | head -20 | sed 's/^/    /'
fi

# plant FILE LINE WHAT EXPECT: a copy of the tree with LINE added after
# FILE's first #include; check-deps must fail and print EXPECT
plant() {
	local file=$1 line=$2 what=$3 expect=$4 t="$W/tree" out
	rm -rf "$t"
	mkdir -p "$t"
	cp -r Makefile mk src bpf "$t/"
	if ! grep -q '^#include' "$t/$file"; then
		echo "FAIL meta: $what: $file has no #include to plant after"
		return
	fi
	awk -v add="$line" '{ print } !done && /^#include/ { print add; done = 1 }' \
		"$t/$file" >"$t/planted" && mv "$t/planted" "$t/$file"
	if out=$(make -s -C "$t" check-deps 2>&1); then
		echo "FAIL meta: check-deps passes with $what"
	elif ! printf '%s\n' "$out" | grep -qF -- "$expect"; then
		echo "FAIL meta: check-deps fails with $what, but does not say '$expect'"
		printf '%s\n' "$out" | head -5 | sed 's/^/    /'
	else
		echo "PASS meta: check-deps fails with $what"
	fi
}

plant src/cli/run.c '#include "tui/app.h"' '"tui/app.h" in src/cli/run.c' \
	'src/cli/run.c:'
plant src/decode/print-udp.c '#include "capture/live.h"' '"capture/live.h" in a printer' \
	'src/decode/print-udp.c:'
plant src/tui/model.c '#include "draw.h"' '"draw.h" in src/tui/model.c' \
	'TUI model file src/tui/model.c must not include src/tui/draw.h'
plant src/tui/model.h '#include "theme.h"' '"theme.h" in a header the model files include' \
	'must not include src/tui/theme.h (via'
plant src/tui/lineedit.c '#include <curses.h>' '<curses.h> in src/tui/lineedit.c' \
	'src/tui/lineedit.c:'
plant src/core/strbuf.c '#include "decode/dx.h"' 'core including decode' 'src/core/strbuf.c:'
plant src/capture/capfile.c '#include "../cli/cli.h"' 'capture including cli' \
	'src/capture/capfile.c:'
plant src/core/strbuf.c '#include "nosuch.h"' 'an include that resolves to nothing' \
	'does not resolve to a file'
plant bpf/capture.bpf.c '#include "../src/core/pkt.h"' 'bpf/ including src/' \
	'bpf/capture.bpf.c:'
plant src/decode/dx.c '#include "capture.skel.h"' 'a skeleton outside src/capture' \
	'src/decode/dx.c:'

# nothing in the tree points outside it, or at how it was written
files=$(git ls-files 2>/dev/null)
[ -n "$files" ] || files=$(find . -path ./build -prune -o -path ./build-san -prune -o -path ./.git -prune -o -type f -print)
if hits=$(printf '%s\n' "$files" | grep -v '^tests/meta/run.sh$' |
	  xargs -d '\n' grep -nIE '\.\./shared|/work/shared|(^|[^a-z_])shared/(data|spec|DESIGN|STYLE|CONTAINERS)' 2>/dev/null); then
	echo "FAIL meta: the tree refers to a shared/ folder beside it"
	printf '%s\n' "$hits" | head -10 | sed 's/^/    /'
else
	echo "PASS meta: no reference to files outside the tree"
fi
if hits=$(printf '%s\n' "$files" | grep -E '^(src|bpf|tests|mk)/' | grep -v '^tests/meta/run.sh$' |
	  xargs -d '\n' grep -nIE 'Owner: (the )?[a-z]+ engineer|[Oo]wner: the ' 2>/dev/null); then
	echo "FAIL meta: notes about who wrote the code"
	printf '%s\n' "$hits" | head -10 | sed 's/^/    /'
else
	echo "PASS meta: no notes about who wrote the code"
fi
