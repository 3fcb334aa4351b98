#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Follow stream (f): the screens of a generated conversation (tests/tui/gen_stream.py)
# compared with what its payloads say they must be: TCP reordered, a
# retransmission left out, a gap, hex (H), UDP; the colours and markers per
# direction; Esc and q go back. tshark's own follow output, when tshark is
# there, must hold the same bytes the expected screens were made from.
# Live (root): a conversation on a namespace's loopback, where every packet is
# taken going out and coming in, is shown once, and grows on screen while it
# goes on.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup stream

[ -x "$TOP" ] || { fail "stream: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "stream: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen_stream.py "$W" >"$W/gen.log" 2>&1; then
	fail "stream: generate the capture"; tail -3 "$W/gen.log"; exit 0
fi
read -r N_TCP N_UDP <"$W/stream.nums"

# the screen's first lines (as many as the expected file has), trailing blanks cut
screen_head() { # screen_head NAME FILE
	diff -u "$2" <(screen "$1" | sed -E 's/ +$//' | head -n "$(wc -l <"$2")") >"$W/diff" &&
		return 0
	sed 's/^/    | /' "$W/diff" | head -30
	return 1
}
wait_head() {
	local i
	for ((i = 0; i < 25; i++)); do
		screen_head "$1" "$2" >/dev/null && return 0
		sleep 0.2
	done
	screen_head "$1" "$2"
}
# select_num NAME N: the list's row of packet N (a file opens at packet 1)
select_num() {
	local i
	keys "$1" Home
	for ((i = 1; i < $2; i++)); do T send-keys -t "$1" Down; done
	sleep 0.3
}

start a 80 24
run_top a -r "$W/stream.pcap"
if wait_for a '\| FILE \|' 10; then
	select_num a "$N_TCP"
	keys a f
	check "stream: TCP in sequence order, retransmission left out, the gap marked" \
		wait_head a "$W/stream-tcp.expect"
	T capture-pane -e -p -t a >"$W/color"
	check "stream: client lines in red, server lines in blue" \
		bash -c "sed -n 4p '$W/color' | grep -q $'\e\\[31m' &&
			 sed -n 8p '$W/color' | grep -q $'\e\\[34m'"
	keys a H
	check "stream: H shows the bytes as hex, numbered per direction" \
		wait_head a "$W/stream-tcp-hex.expect"
	keys a H
	check "stream: H again: text" wait_head a "$W/stream-tcp.expect"
	keys a Escape
	check "stream: Esc goes back to the list" wait_for a '\| FILE \|' 5
	select_num a "$N_UDP"
	keys a f
	check "stream: UDP datagrams of both directions in order" \
		wait_head a "$W/stream-udp.expect"
	keys a q
	check "stream: q goes back (it does not quit)" wait_for a '\| FILE \|' 5
	keys a q
	check "stream: ptcpdump-top quits after" wait_for a 'EXIT=0' 5
else
	fail "stream: ptcpdump-top did not start"
fi

# live: a TCP conversation on the loopback of a namespace of ours, one line
# every 1.5 s; the stream screen stays open and shows the new lines
if [ "$(id -u)" = 0 ] && ip netns add "ptst$$" 2>/dev/null; then
	netns="ptst$$"
	ip -n "$netns" link set lo up
	cat >"$W/talk.py" <<'PY'
import socket, sys, time
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 7070))
srv.listen(1)
open(sys.argv[1], "w").close()
while not __import__("os").path.exists(sys.argv[2]):
    time.sleep(0.05)
c = socket.create_connection(("127.0.0.1", 7070))
s, _ = srv.accept()
for i in range(1, 6):
    c.sendall(b"line %d from the client\n" % i)
    s.recv(100)
    s.sendall(b"reply %d\n" % i)
    c.recv(100)
    time.sleep(1.5)
PY
	ip netns exec "$netns" /usr/bin/python3 "$W/talk.py" "$W/ready" "$W/go" &
	bg="$bg $!"
	for i in $(seq 1 50); do [ -e "$W/ready" ] && break; sleep 0.1; done
	start l 120 30
	run_top l --netns "/run/netns/$netns" -i lo "'tcp port 7070'"
	if wait_for l '\| LIVE \|' 20; then
		touch "$W/go"
		wait_for l 'line 1 from the client|Flags \[P\.\]' 10
		keys l Tab End
		keys l f
		check "stream live: the conversation so far" wait_for l '^> line 1 from the client' 10
		check "stream live: each packet once, its copy on lo counted apart" \
			wait_for l '^> client 127\.0\.0\.1:[0-9]+ +[0-9]+ pkts +[0-9]+ bytes +\([0-9]+ copies elsewhere left out\)$' 5
		check "stream live: no byte counted as retransmitted" \
			eval '! screen l | grep -q retransmitted'
		check "stream live: new lines appear while the screen is open" \
			wait_for l '^< reply 3' 10
		keys l q
		keys l q
		check "stream live: quits" wait_for l 'EXIT=0' 5
	else
		fail "stream live: ptcpdump-top started"; screen l | head -5
	fi
else
	skip "stream live: needs root and a network namespace"
fi

# the expected screens were made from the payloads; tshark reassembles them the same
if command -v tshark >/dev/null; then
	tshark -r "$W/stream.pcap" -q -z follow,tcp,raw,0 2>/dev/null >"$W/follow.raw"
	cli=$(grep -E '^[0-9a-f]+$' "$W/follow.raw" | tr -d '\n')
	# tshark writes a gap as a block of its own: "[10 bytes missing in capture file]"
	gap=$(printf '[10 bytes missing in capture file]' | od -An -tx1 | tr -d ' \n')00
	srv=$(grep -E $'^\t[0-9a-f]+$' "$W/follow.raw" | tr -d '\t' | grep -vx "$gap" | tr -d '\n')
	grep -qx $'\t'"$gap" "$W/follow.raw" || srv="$srv (no gap of 10 bytes)"
	read -r exp_cli exp_srv <"$W/stream-tcp.raw"
	check "stream: tshark's follow has the bytes of the expected screens" \
		test "$cli" = "$exp_cli" -a "$srv" = "$exp_srv"
else
	skip "stream: tshark is not installed"
fi
exit 0
