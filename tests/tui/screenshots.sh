#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make screenshots: drive ptcpdump-top in tmux, capture the screen with its
# colours (tmux capture-pane -e), turn it into HTML (aha) and into a PNG
# (headless chromium). Installs chromium and the Noto CJK and emoji fonts with
# apt-get when they are missing. The live scenes capture real traffic in a
# network namespace made here (an HTTP server, a loop of curl, a UDP sender),
# so they need root. Usage: tests/tui/screenshots.sh OUTDIR
set -eu
cd "$(dirname "$0")/../.."
OUT=${1:-screenshots}
TOP=$PWD/build/ptcpdump-top
SAMPLE=$PWD/build/testdata/sample-upstream-comments.pcapng
/usr/bin/python3 tests/data/mksamples.py "$PWD/build/testdata"
SOCK=ptop-shots-$$
W=$(mktemp -d /tmp/ptop-shots.XXXXXX)
PROFILE=$(mktemp -d)
NS=ptopshots$$
bg=
cleanup() {
	local p
	for p in $bg; do kill "$p" 2>/dev/null; done
	tmux -L "$SOCK" kill-server 2>/dev/null
	ip netns del "$NS" 2>/dev/null
	rm -rf "$W" "$PROFILE"
}
trap cleanup EXIT
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

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
need_font() { # need_font FAMILY PACKAGE
	fc-list | grep -q "$1" && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "screenshots: the font $1 is missing (apt-get install $2, as root)" >&2
		exit 1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" >&2
}
need_font "Noto Sans Mono CJK" fonts-noto-cjk
need_font "Noto Color Emoji" fonts-noto-color-emoji
[ -x "$TOP" ] || make -s build/ptcpdump-top
/usr/bin/python3 tests/tui/gen.py "$W" >/dev/null

T() { tmux -L "$SOCK" "$@"; }
# a session that outlives the scenes, so the server never exits between them
T new-session -d -s keep -x 80 -y 24 "sleep 3600"
# the fallback fonts' CJK and emoji glyphs are not two DejaVu cells wide: put
# each double-width character in a box of exactly two cells, as the terminal does
wide_cells() {
	/usr/bin/python3 -c '
import sys, unicodedata
out = []
for ch in sys.stdin.read():
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        out.append("<span style=\"display: inline-block; width: 2ch; height: 17px; line-height: 17px; vertical-align: top; overflow: hidden; text-align: center\">" + ch + "</span>")
    else:
        out.append(ch)
sys.stdout.write("".join(out))
'
}
# scene NAME COLS ROWS "ARGS" KEYS...: start, send keys, capture, render
scene() {
	local name=$1 cols=$2 rows=$3 args=$4 k
	shift 4
	T kill-session -t shot 2>/dev/null || true
	T new-session -d -s shot -x "$cols" -y "$rows" \
		"env TERM=screen-256color LANG=${SHOT_LANG:-C.UTF-8} TZ=GMT0 ${SHOT_ENV:-} $TOP $args; sleep 30"
	T set-option -t shot status off >/dev/null
	sleep "${SHOT_WAIT:-1}"
	for k in "$@"; do
		T send-keys -t shot "$k"
		sleep 0.2
	done
	sleep 0.5
	T capture-pane -e -N -p -t shot > "$W/$name.ansi"
	aha --black --title "ptcpdump-top: $name" < "$W/$name.ansi" |
		sed 's|<pre>|<pre style="font-family: DejaVu Sans Mono, Noto Sans Mono CJK SC, Noto Color Emoji, monospace; font-size: 14px; line-height: 17px; margin: 4px">|' |
		wide_cells > "$OUT/$name.html"
	chromium --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$PROFILE" --hide-scrollbars \
		--window-size=$((cols * 9 + 16)),$((rows * 17 + 16)) \
		--screenshot="$OUT/$name.png" "file://$OUT/$name.html" >/dev/null 2>&1
	[ -s "$OUT/$name.png" ] || { echo "screenshots: chromium wrote no $OUT/$name.png" >&2; exit 1; }
	echo "screenshots: $OUT/$name.png"
}

# live: the loopback of a namespace with an HTTP server, a shell running curl
# every 0.4 s, and a python3 process sending a UDP datagram every 0.1 s to another
if [ "$(id -u)" = 0 ] && ip netns add "$NS" 2>/dev/null; then
	ip -n "$NS" link set lo up
	mkdir -p "$W/www"
	head -c 20000 /dev/urandom | base64 >"$W/www/index.html"
	ip netns exec "$NS" /usr/bin/python3 -m http.server 8080 --bind 127.0.0.1 \
		--directory "$W/www" >/dev/null 2>&1 &
	bg="$bg $!"
	ip netns exec "$NS" bash -c 'while :; do curl -s -o /dev/null http://127.0.0.1:8080/; sleep 0.4; done' &
	bg="$bg $!"
	cat >"$W/metrics-server.py" <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 8125))
while True:
    s.recv(2048)
PY
	cat >"$W/metrics-agent.py" <<'PY'
import socket, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
while True:
    s.sendto(b"http.requests:1|c", ("127.0.0.1", 8125))
    time.sleep(0.1)
PY
	ip netns exec "$NS" /usr/bin/python3 "$W/metrics-server.py" &
	bg="$bg $!"
	sleep 0.3
	ip netns exec "$NS" /usr/bin/python3 "$W/metrics-agent.py" &
	bg="$bg $!"
	LIVE="--netns /run/netns/$NS -i lo"
	SHOT_WAIT=8 scene overview-120x36 120 36 "$LIVE" BTab Home Down Tab End Up Up
	SHOT_WAIT=8 scene small-80x24 80 24 "$LIVE"
	SHOT_WAIT=8 scene wide-180x45 180 45 "$LIVE" BTab Home Down
	SHOT_WAIT=8 scene drill-down 100 30 "$LIVE" BTab Home Down Enter
	SHOT_WAIT=8 scene follow-stream 100 30 "$LIVE 'tcp port 8080'" Tab End Up Up Up f
	SHOT_WAIT=10 scene graph 120 36 "$LIVE" BTab Home Down r
else
	echo "screenshots: the live scenes need root and a network namespace" >&2
fi
scene grouping-container 100 30 "-r $SAMPLE" t
scene filter-error 100 30 "-r $SAMPLE" / 'pname curl and tcp port 99999' Enter
scene filter-process 100 30 "-r $SAMPLE" / 'pname curl and tcp port 80' Enter
scene decode-hex 100 36 "-r $SAMPLE" Home Tab Down Down Down Down
scene marked 100 30 "-r $SAMPLE" Home Space Space Space BTab Home Down Down Down Space
scene help 100 40 "-r $SAMPLE" '?'
scene unicode-names 100 30 "-r $W/weird.pcapng"
SHOT_ENV=NO_COLOR=1 scene no-color 100 30 "-r $SAMPLE"
SHOT_LANG=C scene ascii-locale 100 30 "-r $SAMPLE"
