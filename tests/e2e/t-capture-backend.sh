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

BACKENDS="tc cgroup-skb tp-btf socket-filter"
ip netns exec "$NSA" tcpdump -i "$VA" -n -U --immediate-mode -w "$T/td.pcap" 2>"$T/td.err" &
TD=$!
PIDS="$PIDS $TD"
CAPS=""
for b in $BACKENDS; do
	cap "$b" --netns "/run/netns/$NSA" -i "$VA" --backend "$b" -w "$T/$b.pcapng" ||
		{ ko "capture-backend: start $b" "$(cat "$T/$b.err")"; exit 0; }
	CAPS="$CAPS $CAP_PID"
done
# cgroup-skb again, with the single-copy record path
PTCPDUMP_DYNPTR=1 cap cg-dynptr --netns "/run/netns/$NSA" -i "$VA" --backend cgroup-skb \
	-w "$T/cg-dynptr.pcapng" || { ko "capture-backend: start cg-dynptr" "$(cat "$T/cg-dynptr.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
PTCPDUMP_BACKEND_DISABLE=tc cap fallback --netns "/run/netns/$NSA" -i "$VA" -w "$T/fallback.pcapng" ||
	{ ko "capture-backend: start fallback" "$(cat "$T/fallback.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
# further down the chain: tp-btf, then socket-filter
PTCPDUMP_BACKEND_DISABLE=tc,cgroup-skb cap fallback2 --netns "/run/netns/$NSA" -i "$VA" \
	-w "$T/fallback2.pcapng" || { ko "capture-backend: start fallback2" "$(cat "$T/fallback2.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
PTCPDUMP_BACKEND_DISABLE=tc,cgroup-skb,tp-btf cap fallback3 --netns "/run/netns/$NSA" -i "$VA" \
	-w "$T/fallback3.pcapng" || { ko "capture-backend: start fallback3" "$(cat "$T/fallback3.err")"; exit 0; }
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
stop_all $CAPS
kill -INT "$TD"; wait "$TD" 2>/dev/null

tcpdump -r "$T/td.pcap" -n -S -t 2>/dev/null | sort >"$T/td.txt"
# cgroup-skb sees only the packets of local sockets: IP, not ARP
tcpdump -r "$T/td.pcap" -n -S -t ip 2>/dev/null | sort >"$T/td-ip.txt"
for b in $BACKENDS cg-dynptr fallback fallback2 fallback3; do
	ref=$T/td.txt
	case $b in cg*|fallback) ref=$T/td-ip.txt ;; esac
	n_td=$(wc -l <"$ref")
	tcpdump -r "$T/$b.pcapng" -n -S -t 2>/dev/null | sort >"$T/$b.txt"
	[ "$n_td" -gt 10 ] && cmp -s "$ref" "$T/$b.txt"
	check "capture-backend: $b has tcpdump's packets ($n_td)" $? \
		"$(diff "$ref" "$T/$b.txt" | head -4 | tr '\n' ' ' | cut -c1-300)"
	"$BIN" -r "$T/$b.pcapng" -n >"$T/$b.read" 2>/dev/null
done

# the processes: tc names curl and the UDP client, both ways
n_curl=$(grep -c " curl\.$CURL [IO][nu]t* IP $IPA\.[0-9]* > $IPB\.8080:\| curl\.$CURL In IP $IPB\.8080 > " "$T/tc.read")
n_udp=$(grep -c " python3\.$UDPC \(Out IP $IPA\.[0-9]* > $IPB\.5353\|In IP $IPB\.5353 > \)" "$T/tc.read")
[ "$n_curl" -gt 5 ] && [ "$n_udp" = 6 ]
check "capture-backend: tc names curl ($n_curl) and the UDP client ($n_udp)" $?
# cgroup-skb: the same processes as tc, behind upstream's made-up header
for b in cgroup-skb cg-dynptr; do
	grep -o " [a-z0-9]*\.[0-9]* [IO][nu]t* IP [0-9.]* > [0-9.]*:" "$T/tc.read" | sort >"$T/tc.who"
	grep -o " [a-z0-9]*\.[0-9]* [IO][nu]t* IP [0-9.]* > [0-9.]*:" "$T/$b.read" | sort >"$T/$b.who"
	[ -s "$T/tc.who" ] && cmp -s "$T/tc.who" "$T/$b.who"
	check "capture-backend: $b names tc's processes" $? \
		"$(diff "$T/tc.who" "$T/$b.who" | head -4 | tr '\n' ' ')"
done
n_fake=$(tcpdump -r "$T/cgroup-skb.pcapng" -n -e 2>/dev/null | grep -c ' 00:00:00:00:00:01 > 00:00:00:00:00:02, ethertype IPv4 ')
n_all=$(tcpdump -r "$T/cgroup-skb.pcapng" -n 2>/dev/null | wc -l)
[ "$n_fake" = "$n_all" ] && [ "$(grep -c 'made-up Ethernet header' "$T/cgroup-skb.err")" = 1 ]
check "capture-backend: cgroup-skb's made-up link header ($n_fake of $n_all), said in one line" $?

# tp-btf: tc's processes for what is sent; nothing for what is received,
# and one line that says so
grep " Out IP " "$T/tc.who" >"$T/tc.out.who"
grep " Out IP " "$T/tp-btf.read" | grep -o " [a-z0-9]*\.[0-9]* Out IP [0-9.]* > [0-9.]*:" | sort >"$T/tp.out.who"
[ -s "$T/tc.out.who" ] && cmp -s "$T/tc.out.who" "$T/tp.out.who" &&
	! grep -q " [a-z0-9]*\.[0-9]* In IP " "$T/tp-btf.read" &&
	[ "$(grep -c 'received packets are not attributed' "$T/tp-btf.err")" = 1 ]
check "capture-backend: tp-btf names the senders as tc does" $? \
	"$(diff "$T/tc.out.who" "$T/tp.out.who" | head -4 | tr '\n' ' ')"

# socket-filter: no processes, and one line that says so
! grep -q "curl\.\|python3\." "$T/socket-filter.read" &&
	[ "$(grep -c 'not attributed to processes' "$T/socket-filter.err")" = 1 ]
check "capture-backend: socket-filter names no process and says so" $? "$(head -3 "$T/socket-filter.err")"

# fallback: one line, then the next backend
[ "$(grep -c 'TC programs cannot be attached.*using --backend cgroup-skb' "$T/fallback.err")" = 1 ]
check "capture-backend: fallback says so in one line" $? "$(head -3 "$T/fallback.err")"
[ "$(grep -c 'TC programs cannot be attached.*using --backend tp-btf' "$T/fallback2.err")" = 1 ] &&
	! grep -q 'cgroup-skb' "$T/fallback2.err"
check "capture-backend: fallback past a backend that cannot load: tp-btf" $? "$(head -3 "$T/fallback2.err")"
[ "$(grep -c 'TC programs cannot be attached.*using --backend socket-filter' "$T/fallback3.err")" = 1 ]
check "capture-backend: and then socket-filter" $? "$(head -3 "$T/fallback3.err")"
PTCPDUMP_BACKEND_DISABLE=tc timeout 10 "$BIN" --netns "/run/netns/$NSA" -i "$VA" --backend tc -c 1 \
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
