#!/bin/bash
# Many short-lived clients in a row (each lives a few milliseconds): every
# one is named by its own pid, path and args on its packets, although most
# are gone before ptcpdump looks their pid up (the exec event carries the
# name, no /proc race). Runs in a namespace of our own, on loopback.
NAME=proc-churn
NS=ptpn$$
NETNS=$NS
N=40
. "$(dirname "$0")/lib-proc.sh"

ip netns add "$NS" || { ko "netns setup"; exit 0; }
ip -n "$NS" link set lo up
http_srv 64

start_cap cap --netns "/run/netns/$NS" -i lo -n -v \
	'tcp dst port 8080 and tcp[tcpflags] & tcp-syn != 0'

: >"$T/pids"
for i in $(seq 1 $N); do
	ip netns exec "$NS" curl -s -m 2 -o /dev/null "http://127.0.0.1:8080/req$i" &
	echo "$! $i" >>"$T/pids"
	wait $!
done
sleep 0.5
stop_cap "$CAP_PID"

# each curl's SYN (Out: the sender) must carry its own pid and argv
bad=0
while read -r pid i; do
	want="    Process (pid $pid, cmd /usr/bin/curl, args curl -s -m 2 -o /dev/null http://127.0.0.1:8080/req$i)"
	grep -qxF "$want" "$T/cap.out" || { bad=$((bad + 1)); [ $bad -le 2 ] && echo "  missing: $want"; }
done <"$T/pids"
if [ "$bad" -eq 0 ]; then
	ok "$N short-lived curls each named by pid, path and args"
else
	ko "$N short-lived curls each named" "$bad missing; $(grep -m2 '^    Process' "$T/cap.out" | tr '\n' '|')"
fi
exit 0
