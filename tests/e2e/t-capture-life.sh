#!/bin/bash
# Several instances on one interface, stopping one, kill -9, clsact fallback
# and the removal of a dead instance's clsact filters.
. "$(dirname "$0")/lib-capture.sh"

netns_up || { ko "capture-life: netns setup"; exit 0; }
http_up 50000 || { ko "capture-life: http server"; exit 0; }
NSP=/run/netns/$NSA
get() { ip netns exec "$NSA" curl -s -o /dev/null "http://$IPB:8080/$1"; }
prog_ids() { bpftool prog show 2>/dev/null | sed -n 's/^\([0-9]*\): sched_cls  name pt_\(eth\|raw\)_.*/\1/p' | sort; }

# -- two instances; stopping the first does not disturb the second
ip netns exec "$NSA" tcpdump -i "$VA" -n -U --immediate-mode -w "$T/td.pcap" 2>"$T/td.err" &
TD=$!
PIDS="$PIDS $TD"
cap one --netns "$NSP" -i "$VA" -n || { ko "capture-life: start 1" "$(cat "$T/one.err")"; exit 0; }
P1=$CAP_PID
cap two --netns "$NSP" -i "$VA" -n || { ko "capture-life: start 2" "$(cat "$T/two.err")"; exit 0; }
P2=$CAP_PID
for i in $(seq 1 50); do grep -q listening "$T/td.err" && break; sleep 0.1; done
get index.html
sleep 0.3
kill -TERM "$P1"
wait "$P1"
rc1=$?
get blob
get index.html
sleep 0.3
stop "$P2"
kill -INT "$TD"; wait "$TD" 2>/dev/null
n_td=$(tcpdump -r "$T/td.pcap" -n 2>/dev/null | wc -l)
n1=$(stat_of "$T/one.err" captured)
n2=$(stat_of "$T/two.err" captured)
[ "$rc1" -eq 0 ] && [ -n "$n1" ] && [ "$n1" -gt 0 ] && [ "$n1" -lt "$n_td" ]
check "capture-life: SIGTERM stops one instance with its counts ($n1, rc $rc1)" $?
[ "$n2" = "$n_td" ] && [ "$(wc -l <"$T/two.out")" -eq "$n_td" ]
check "capture-life: the other instance saw every packet ($n2 of $n_td)" $?

# -- kernel drops: a stopped reader and a full ring buffer (-B 1024 = 1 MiB)
cat >"$T/flood.py" <<'PYEOF'
import socket, sys
f = bytes.fromhex("020000000001020000000002") + b"\x88\xb5" + b"z" * 1400
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind((sys.argv[1], 0))
for i in range(int(sys.argv[2])):
    s.send(f)
PYEOF
cap drop --netns "$NSP" -i "$VA" -Q in -B 1024 -w /dev/null || ko "capture-life: start drop"
DP=$CAP_PID
kill -STOP "$DP"
ip netns exec "$NSB" $PY "$T/flood.py" "$VB" 3000
kill -CONT "$DP"
sleep 0.5
stop "$DP"
dc=$(stat_of "$T/drop.err" captured)
dr=$(stat_of "$T/drop.err" "received by filter")
dd=$(stat_of "$T/drop.err" "dropped by kernel")
[ -n "$dd" ] && [ "$dd" -gt 0 ] && [ "$dr" -eq 3000 ] && [ $((dc + dd)) -eq "$dr" ]
check "capture-life: kernel drops counted ($dc captured + $dd dropped = $dr received)" $?

# -- kill -9: TCX links go with the process
cap k9 --netns "$NSP" -i "$VA" -n || ko "capture-life: start k9"
# its own capture programs: the prog fds it holds
mine=$(for f in /proc/"$CAP_PID"/fdinfo/*; do sed -n 's/^prog_id:[[:space:]]*//p' "$f"; done 2>/dev/null |
	sort -u | comm -12 - <(prog_ids))
kill -9 "$CAP_PID"; wait "$CAP_PID" 2>/dev/null
sleep 0.5
after=$(prog_ids)
left=$(comm -12 <(echo "$mine") <(echo "$after") | grep -c .)
[ -n "$mine" ] && [ "$left" -eq 0 ]
check "capture-life: kill -9 leaves no program attached (TCX; $(echo $mine | wc -w) programs)" $? "left $left of $(echo $mine)"
ip netns exec "$NSA" tc filter show dev "$VA" ingress | grep -q pt_eth
check "capture-life: TCX mode adds no clsact filter" $((1 - $?))

# -- clsact fallback: filters visible in tc, removed on exit
filters() { ip netns exec "$NSA" tc filter show dev "$VA" "$1" 2>/dev/null | grep -c 'pt_eth_'; }
PTCPDUMP_FORCE_CLSACT=1 cap c1 --netns "$NSP" -i "$VA" -n || ko "capture-life: start clsact" "$(cat "$T/c1.err")"
C1=$CAP_PID
in1=$(filters ingress)
out1=$(filters egress)
get index.html
sleep 0.3
stop "$C1"
nc1=$(stat_of "$T/c1.err" captured)
[ "$in1" -eq 1 ] && [ "$out1" -eq 1 ] && [ "$(filters ingress)" -eq 0 ] && [ "$(filters egress)" -eq 0 ] &&
	[ -n "$nc1" ] && [ "$nc1" -gt 0 ]
check "capture-life: clsact filters while running, none after SIGINT ($nc1 packets)" $?

# two clsact instances killed -9 leave their filters; the next start removes them
PTCPDUMP_FORCE_CLSACT=1 cap c2 --netns "$NSP" -i "$VA" -n; C2=$CAP_PID
PTCPDUMP_FORCE_CLSACT=1 cap c3 --netns "$NSP" -i "$VA" -n; C3=$CAP_PID
kill -9 "$C2" "$C3"; wait "$C2" "$C3" 2>/dev/null
stale=$(filters ingress)
PTCPDUMP_FORCE_CLSACT=1 cap c4 --netns "$NSP" -i "$VA" -n; C4=$CAP_PID
now=$(filters ingress)
stop "$C4"
end=$(filters ingress)
[ "$stale" -eq 2 ] && [ "$now" -eq 1 ] && [ "$end" -eq 0 ]
check "capture-life: stale clsact filters of dead instances removed (2 -> 1 -> 0)" $? "$stale -> $now -> $end"
exit 0
