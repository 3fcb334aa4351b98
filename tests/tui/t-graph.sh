#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The traffic graph pane (r): the selected process's traffic per second over
# 5 minutes, out and in apart. A file with known packet times
# (tests/tui/gen.py graph.pcapng: 50 out of 100 bytes in the first 5 s, 25 in
# of 400 bytes in the next 5 s, 10 out in the 5 s after) gives known heights
# and labels; live, a process sends a known number of UDP packets over lo.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup graph

[ -x "$TOP" ] || { fail "graph: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "graph: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen.py "$W" graph >"$W/gen.log" 2>&1; then
	fail "graph: generate the capture"; tail -3 "$W/gen.log"; exit 0
fi

start a 100 30
run_top a -r "$W/graph.pcapng"
if wait_for a '\| FILE \|' 10; then
	keys a BTab Home r
	# out: 1000 B/s in the first column, 200 B/s (5/8 of a 3-row bar) two later;
	# in: 2000 B/s between them; 60 out packets (6000 B), 25 in (10000 B)
	check "graph: r shows the selected process's bytes per second, out and in (saved screen)" \
		wait_screen a graph-bytes.screen '1,17d'
	check "graph: totals and largest rates are the file's" \
		wait_for a 'out: 60 packets, 5\.9K in the last 5m; largest 10 p/s, 1000/s' 3
	check "graph: in apart" wait_for a 'in: 25 packets, 9\.8K in the last 5m; largest 5\.0 p/s, 2\.0K/s' 3
	keys a Tab Tab Enter
	check "graph: Enter in the graph pane: packets per second (saved screen)" \
		wait_screen a graph-packets.screen '1,17d'
	sleep 2
	check "graph: unchanged 2 s later (packet time, not the clock)" \
		screen_is a graph-packets.screen '1,17d'
	keys a BTab BTab Down
	check "graph: follows the process under the cursor" \
		wait_for a 'Traffic: 27071 python3, packets per second' 3
	check "graph: one packet, no in chart" \
		bash -c "tmux -L $SOCK capture-pane -p -t a | grep -q 'out: 1 packet, 60 in the last 5m' && ! tmux -L $SOCK capture-pane -p -t a | grep -q '^ in: '"
	keys a r
	check "graph: r again gives the decode and hex panes back" \
		bash -c "! tmux -L $SOCK capture-pane -p -t a | grep -q 'Traffic:' && tmux -L $SOCK capture-pane -p -t a | grep -q '^ Hex'"
	keys a q
	check "graph: quits" wait_for a 'EXIT=0' 5
else
	fail "graph: ptcpdump-top did not start"
fi

# ---- live: 40 UDP packets from a known process over lo ----
if [ "$(id -u)" != 0 ]; then
	skip "graph live: needs root"; exit 0
fi
PORT=$((20000 + ($$ + 11) % 20000))
start l 120 40
run_top l -i lo "udp port $PORT"
if wait_for l 'LIVE' 20; then
	/usr/bin/python3 - "$PORT" >"$W/pid" <<'PY' &
import os, socket, sys, time
port = int(sys.argv[1])
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(("127.0.0.1", port))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(os.getpid(), flush=True)
time.sleep(0.5)
for i in range(40):
    s.sendto(b"x" * 72, ("127.0.0.1", port))
    r.recv(2048)
time.sleep(60)
PY
	snd=$!
	bg="$bg $snd"
	# 40 sent, each seen leaving and arriving on lo; a frame is 14 + 20 + 8 + 72 bytes
	if wait_for l "\| 80/80 pkts \|" 15; then
		keys l / C-u "pid $snd" Enter t t BTab Home r
		check "graph live: the sender's 40 packets out, 4.5K" \
			wait_for l "out: 40 packets, 4\.5K in the last 5m" 5
		check "graph live: and the same 40 in" \
			wait_for l "in: 40 packets, 4\.5K in the last 5m" 5
		check "graph live: the graph is the sender's" wait_for l "Traffic: $snd python3" 3
	else
		fail "graph live: 80 packets captured"; screen l | head -3
	fi
	keys l q
	check "graph live: quits" wait_for l 'EXIT=0' 5
else
	fail "graph live: starts"
fi
exit 0
