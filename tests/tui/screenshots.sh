#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make screenshots: drive ptcpdump-top in tmux, capture the screen with its
# colours (tmux capture-pane -e), turn it into HTML (aha) and into a PNG
# (headless chromium). Installs chromium with apt-get when it is missing.
# Usage: tests/tui/screenshots.sh OUTDIR
set -eu
cd "$(dirname "$0")/../.."
OUT=${1:-screenshots}
TOP=$PWD/build/ptcpdump-top
SAMPLE=$PWD/build/testdata/sample-upstream-comments.pcapng
/usr/bin/python3 tests/data/mksamples.py "$PWD/build/testdata"
SOCK=ptop-shots-$$
W=$(mktemp -d /tmp/ptop-shots.XXXXXX)
PROFILE=$(mktemp -d)
trap 'tmux -L $SOCK kill-server 2>/dev/null; rm -rf "$W" "$PROFILE"' EXIT
mkdir -p "$OUT"

need() {
	command -v "$1" >/dev/null && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "screenshots: $1 is missing (apt-get install $2, as root)" >&2
		exit 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" >&2
}
need tmux tmux
need aha aha
need chromium chromium
[ -x "$TOP" ] || make -s build/ptcpdump-top
/usr/bin/python3 tests/tui/gen.py "$W" >/dev/null

T() { tmux -L "$SOCK" "$@"; }
# a session that outlives the scenes, so the server never exits between them
T new-session -d -s keep -x 80 -y 24 "sleep 3600"
# scene NAME COLS ROWS "ARGS" KEYS...: start, send keys, capture, render
scene() {
	local name=$1 cols=$2 rows=$3 args=$4 k
	shift 4
	T kill-session -t shot 2>/dev/null || true
	T new-session -d -s shot -x "$cols" -y "$rows" \
		"env TERM=screen-256color LANG=${SHOT_LANG:-C.UTF-8} TZ=GMT0 ${SHOT_ENV:-} $TOP $args; sleep 30"
	T set-option -t shot status off >/dev/null
	sleep 1
	for k in "$@"; do
		T send-keys -t shot "$k"
		sleep 0.2
	done
	sleep 0.5
	T capture-pane -e -N -p -t shot > "$W/$name.ansi"
	aha --black --title "ptcpdump-top: $name" < "$W/$name.ansi" |
		sed 's|<pre>|<pre style="font-family: DejaVu Sans Mono, monospace; font-size: 14px; line-height: 17px; margin: 4px">|' \
		> "$OUT/$name.html"
	chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$PROFILE" --hide-scrollbars \
		--window-size=$((cols * 9 + 16)),$((rows * 17 + 16)) \
		--screenshot="$PWD/$OUT/$name.png" "file://$PWD/$OUT/$name.html" >/dev/null 2>&1
	echo "screenshots: $OUT/$name.png"
}

scene overview-120x36 120 36 "-r $SAMPLE" BTab Home Down Down Down Down Tab
scene small-80x24 80 24 "-r $SAMPLE"
scene wide-180x45 180 45 "-r $SAMPLE" BTab Home Down
scene grouping-container 100 30 "-r $SAMPLE" t
scene drill-down 100 30 "-r $SAMPLE" BTab Home Down Enter
scene filter-error 100 30 "-r $SAMPLE" / 'pname curl and tcp port 99999' Enter
scene filter-process 100 30 "-r $SAMPLE" / 'pname curl and tcp port 80' Enter
scene decode-hex 100 36 "-r $SAMPLE" Home Tab Down Down Down Down
scene marked 100 30 "-r $SAMPLE" Home Space Space Space BTab Home Down Down Down Space
scene help 100 40 "-r $SAMPLE" '?'
scene unicode-names 100 30 "-r $W/weird.pcapng"
SHOT_ENV=NO_COLOR=1 scene no-color 100 30 "-r $SAMPLE"
SHOT_LANG=C scene ascii-locale 100 30 "-r $SAMPLE"
