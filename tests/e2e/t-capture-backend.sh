#!/bin/bash
# --backend: each backend captures the same curl and UDP exchange on a veth
# in another namespace; its packets are tcpdump's, its processes the tc
# backend's (or it says in one line what it cannot give). The fallback when
# TC cannot attach, and a bad --backend value.
. "$(dirname "$0")/lib-capture.sh"

netns_up || { ko "capture-backend: netns setup"; exit 0; }
http_up 200000 || { ko "capture-backend: http server"; exit 0; }
ip netns exec "$NSB" $PY -c "
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('$IPB', 5353))
while True:
    d, a = s.recvfrom(2048)
    s.sendto(d.upper(), a)
" >/dev/null 2>&1 &
PIDS="$PIDS $!"

BACKENDS="tc socket-filter"
ip netns exec "$NSA" tcpdump -i "$VA" -n -U --immediate-mode -w "$T/td.pcap" 2>"$T/td.err" &
TD=$!
PIDS="$PIDS $TD"
CAPS=""
for b in $BACKENDS; do
	cap "$b" --netns "/run/netns/$NSA" -i "$VA" --backend "$b" -w "$T/$b.pcapng" ||
		{ ko "capture-backend: start $b" "$(cat "$T/$b.err")"; exit 0; }
	CAPS="$CAPS $CAP_PID"
done
PTCPDUMP_TC_DISABLE=1 cap fallback --netns "/run/netns/$NSA" -i "$VA" -w "$T/fallback.pcapng" ||
	{ ko "capture-backend: start fallback" "$(cat "$T/fallback.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
for i in $(seq 1 50); do grep -q listening "$T/td.err" && break; sleep 0.1; done

ip netns exec "$NSA" curl -s -o /dev/null "http://$IPB:8080/blob" &
CURL=$!
wait $CURL
ip netns exec "$NSA" $PY -c "
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(2)
for i in range(3):
    s.sendto(b'ping %d' % i, ('$IPB', 5353))
    s.recvfrom(2048)
" &
UDPC=$!
wait $UDPC
sleep 0.5
for p in $CAPS; do stop "$p"; done
kill -INT "$TD"; wait "$TD" 2>/dev/null

tcpdump -r "$T/td.pcap" -n -S -t 2>/dev/null | sort >"$T/td.txt"
n_td=$(wc -l <"$T/td.txt")
for b in $BACKENDS fallback; do
	tcpdump -r "$T/$b.pcapng" -n -S -t 2>/dev/null | sort >"$T/$b.txt"
	[ "$n_td" -gt 10 ] && cmp -s "$T/td.txt" "$T/$b.txt"
	check "capture-backend: $b has tcpdump's packets ($n_td)" $? \
		"$(diff "$T/td.txt" "$T/$b.txt" | head -4 | tr '\n' ' ' | cut -c1-300)"
	"$BIN" -r "$T/$b.pcapng" -n >"$T/$b.read" 2>/dev/null
done

# the processes: tc names curl and the UDP client, both ways
n_curl=$(grep -c " curl\.$CURL [IO][nu]t* IP $IPA\.[0-9]* > $IPB\.8080:\| curl\.$CURL In IP $IPB\.8080 > " "$T/tc.read")
n_udp=$(grep -c " python3\.$UDPC \(Out IP $IPA\.[0-9]* > $IPB\.5353\|In IP $IPB\.5353 > \)" "$T/tc.read")
[ "$n_curl" -gt 5 ] && [ "$n_udp" = 6 ]
check "capture-backend: tc names curl ($n_curl) and the UDP client ($n_udp)" $?
# socket-filter: no processes, and one line that says so
! grep -q "curl\.\|python3\." "$T/socket-filter.read" &&
	[ "$(grep -c 'not attributed to processes' "$T/socket-filter.err")" = 1 ]
check "capture-backend: socket-filter names no process and says so" $? "$(head -3 "$T/socket-filter.err")"

# fallback: one line, then the next backend
[ "$(grep -c 'TC programs cannot be attached.*using --backend socket-filter' "$T/fallback.err")" = 1 ]
check "capture-backend: fallback says so in one line" $? "$(head -3 "$T/fallback.err")"
PTCPDUMP_TC_DISABLE=1 timeout 10 "$BIN" --netns "/run/netns/$NSA" -i "$VA" --backend tc -c 1 \
	>/dev/null 2>"$T/named.err"
rc=$?
[ $rc = 1 ] && grep -q 'cannot attach' "$T/named.err"
check "capture-backend: a named backend does not fall back (exit $rc)" $? "$(cat "$T/named.err")"

# bad values
"$BIN" --backend bogus -i "$VA" >/dev/null 2>"$T/bad.err"
rc=$?
[ $rc = 1 ] && [ "$(wc -l <"$T/bad.err")" = 1 ] && grep -q "backend" "$T/bad.err"
check "capture-backend: a bad --backend is a one-line error (exit $rc)" $? "$(cat "$T/bad.err")"
timeout 10 "$BIN" --netns "/run/netns/$NSA" -i "$VA" --backend socket-filter --pid 1 -c 1 \
	>/dev/null 2>"$T/sel.err"
rc=$?
[ $rc = 1 ] && [ "$(wc -l <"$T/sel.err")" = 1 ]
check "capture-backend: socket-filter with --pid is a one-line error (exit $rc)" $? "$(cat "$T/sel.err")"
