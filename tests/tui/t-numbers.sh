#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# The numbers ptcpdump-top shows: counts against tcpdump and ptcpdump on the
# same packets, rates from the packets' own time (files) and from a steady
# live stream, columns wide enough for numbers past a million. Screens are
# compared with saved ones (tests/tui/screens/). Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup num
PTCPDUMP=$ROOT/build/ptcpdump
PORT=$((20000 + ($$ + 7) % 20000))

[ -x "$TOP" ] || { fail "numbers: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "numbers: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen_numbers.py "$W" >"$W/gen.log" 2>&1; then
	fail "numbers: generate captures"; tail -3 "$W/gen.log"; exit 0
fi
status_of() { screen "$1" | head -1; }

# ---- a file: rates from packet time (100 packets 10 ms apart: 101 p/s), not the clock ----
start r 80 24
run_top r -r "$W/rate.pcap"
if wait_for r '\| FILE \|' 10; then
	check "file rate: status and process rows from packet time (saved screen)" \
		wait_screen r numbers-rate.screen '13,$d'
	sleep 2.5
	check "file rate: unchanged 2.5 s later (wall clock plays no part)" \
		screen_is r numbers-rate.screen '13,$d'
	keys r Tab Home
	check "classic pcap: the frame line has no empty interface" \
		wait_for r '^ +Frame 1: 100 bytes on wire, 100 captured( +[│┃])?$'
	keys r q
else
	fail "file rate: loads"; screen r | head -3
fi

# ---- past a million: No. and PKTS keep every digit; the counts are tcpdump's ----
want=$(tcpdump -n -r "$W/big.pcap" 2>/dev/null | wc -l)
start b 160 40
run_top b -r "$W/big.pcap"
if wait_for b '\| FILE \|' 90; then
	keys b End
	check "1.1M packets: No. and PKTS columns keep their digits (saved screen)" \
		wait_screen b numbers-big.screen '19,$d'
	check "1.1M packets: status count is tcpdump's ($want)" \
		bash -c "tmux -L $SOCK capture-pane -p -t b | head -1 | grep -q ' $want/$want pkts '"
	check "1.1M packets: the last row is No. $want" wait_for b "^.*│ +$want 22:31:39\.999000 "
	keys b q
else
	fail "1.1M packets: loads"; screen b | head -3
fi

# the store keeps every packet of a file (its bytes are read back from it):
# none evicted, the first and the last are both reachable
start e 100 30
run_top e -r "$W/big.pcap"
if wait_for e '\| FILE \|' 90; then
	st=$(status_of e)
	stored=$(printf '%s' "$st" | sed -nE 's/.* ([0-9]+)\/([0-9]+) pkts .*/\2/p')
	check "store: all $want packets kept ($stored), none evicted" \
		bash -c "[ '$stored' = '$want' ] && ! printf '%s' '$st' | grep -q evicted"
	check "store: the file opens at No. 1" wait_for e "^ +1 [0-9]{2}:"
	keys e End
	check "store: the last row is No. $want" wait_for e "^ +$want 22:31:39\.999000 "
	keys e q
else
	fail "store: loads"; screen e | head -3
fi

# ---- live: the same traffic counted by ptcpdump and ptcpdump-top ----
if [ "$(id -u)" != 0 ]; then
	skip "numbers live: needs root"; exit 0
fi
mkdir -p "$W/www"
head -c 20000 /dev/urandom >"$W/www/blob"
/usr/bin/python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$W/www" >/dev/null 2>&1 &
bg="$bg $!"
for i in $(seq 1 50); do
	curl -s -m 1 -o /dev/null "http://127.0.0.1:$PORT/blob" && break
	sleep 0.1
done
start l 120 40
run_top l -i lo "tcp port $PORT"
"$PTCPDUMP" -n -i lo "tcp port $PORT" >"$W/ptcpdump.txt" 2>"$W/ptcpdump.err" &
pt=$!
bg="$bg $pt"
listening() {
	local i
	for i in $(seq 1 100); do
		grep -q 'listening on' "$W/ptcpdump.err" && return 0
		sleep 0.1
	done
	return 1
}
if wait_for l 'LIVE' 20 && listening; then
	sleep 0.5
	for i in $(seq 1 10); do
		curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/blob"
	done
	sleep 2
	kill -INT "$pt"
	wait "$pt" 2>/dev/null
	n=$(wc -l <"$W/ptcpdump.txt")
	ncurl=$(grep -c ' curl\.[0-9]* ' "$W/ptcpdump.txt")
	check "live: ptcpdump-top counts what ptcpdump counts ($n packets)" \
		wait_for l "\| $n/$n pkts \|" 5
	keys l / C-u 'pname curl' Enter
	check "live: curl's packets, as ptcpdump attributes them ($ncurl)" \
		wait_for l "\| $ncurl/$n pkts \|" 5
	keys l q
else
	fail "live: ptcpdump and ptcpdump-top start"; screen l | head -3; tail -3 "$W/ptcpdump.err"
fi

# ---- live: a steady 200 packets/s stream (400/s on lo: Out and In) ----
UPORT=$((PORT + 1))
start s 120 40
run_top s -i lo "udp port $UPORT"
if wait_for s 'LIVE' 20; then
	/usr/bin/python3 - "$UPORT" 8 >"$W/sent" <<'PY' &
import socket, sys, time
port, secs = int(sys.argv[1]), float(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
t0 = time.monotonic()
n = 0
while time.monotonic() - t0 < secs:
    # on schedule: packet n leaves at t0 + n / 200
    d = t0 + n / 200.0 - time.monotonic()
    if d > 0:
        time.sleep(d)
    s.sendto(b"x" * 100, ("127.0.0.1", port))
    n += 1
print(n / (time.monotonic() - t0))
PY
	snd=$!
	bg="$bg $snd"
	sleep 3
	rates=""
	for i in 1 2 3 4 5 6 7 8; do
		rates="$rates $(status_of s | sed -nE 's/.*\| ([0-9]+) p\/s .*/\1/p')"
		sleep 0.5
	done
	wait "$snd" 2>/dev/null
	sent=$(cat "$W/sent")
	# ~5 s of samples while the stream runs; each one within 20 % of 2 x the sent rate
	check "live rate: steady stream reads steady (samples:$rates; sent ${sent%.*}/s)" \
		/usr/bin/python3 -c "
import sys
want = 2 * float('$sent')
v = [int(x) for x in '$rates'.split()]
sys.exit(0 if len(v) == 8 and all(abs(x - want) <= 0.2 * want for x in v) else 1)"
	sleep 3
	check "live rate: 3 s after the stream the rate is 0" wait_for s '\| 0 p/s 0/s \|' 3
	keys s q
else
	fail "live rate: starts"
fi
# ---- live: packets with no process say why ----
NPORT=$((PORT + 2))
start y 150 40
run_top y -i lo "'udp port $NPORT or icmp'"
if wait_for y 'LIVE' 20; then
	# to a closed port: the In copy finds no socket, the port unreachable is the kernel's
	/usr/bin/python3 -c "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('127.0.0.1', $NPORT))"
	check "no process: one row per reason, under (no process)" \
		wait_for y '^ +\(no process\) +3 ' 5
	check "no process: the port unreachable, Out and In, is the kernel's" \
		wait_for y '^ +kernel +2 ' 3
	check "no process: the datagram's In copy found no socket" \
		wait_for y '^ +no socket +1 ' 3
	check "no process: the decode pane says why (last packet: ICMP)" \
		wait_for y 'Process: none: sent or answered by the kernel' 3
	keys y / C-u 'udp' Enter
	keys y End
	check "no process: the decode pane says why (no socket)" \
		wait_for y 'Process: none: no local socket: forwarded by this host, or for a closed port' 3
	keys y q
else
	fail "no process: starts"
fi
exit 0
