#!/bin/bash
# Process selection, in a namespace of our own (loopback): --pid, --pname,
# -f (children forked after start join; without -f they do not), and
# -- command (only the command's packets, its parent is ptcpdump, and
# ptcpdump ends with it).
NAME=proc-select
NS=ptps$$
NETNS=$NS
. "$(dirname "$0")/lib-proc.sh"
# the distinct "comm.pid" words of a capture's packet lines
owners() {
	sed -n 's/^[^ ]* [^ ]* \([^ ]*\.[0-9]*\) \(In\|Out\) .*/\1/p' "$1" | sort -u | tr '\n' ' '
}
lines() { grep -cE ' (In|Out) IP' "$1"; }

ip netns add "$NS" || { ko "netns setup"; exit 0; }
ip -n "$NS" link set lo up
http_srv
URL=http://127.0.0.1:8080/
NSX="ip netns exec $NS"

# ---- --pid and --pname ----------------------------------------------------
start_cap pid --netns "/run/netns/$NS" -i lo -n --pid "$SRV" 'port 8080' ||
	{ ko "start --pid" "$(head -3 "$T/pid.err")"; exit 0; }
CPID=$CAP_PID
start_cap pname --netns "/run/netns/$NS" -i lo -n --pname curl 'port 8080' ||
	{ ko "start --pname" "$(head -3 "$T/pname.err")"; exit 0; }
CPN=$CAP_PID
$NSX curl -s -m 3 -o /dev/null "$URL" &
C1=$!
wait $C1
$NSX $PY -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=3).read()' "$URL" &
P1=$!
wait $P1
sleep 0.5
stop_cap "$CPID"
stop_cap "$CPN"
o=$(owners "$T/pid.out")
[ "$o" = "python3.$SRV " ] && [ "$(lines "$T/pid.out")" -ge 8 ]
[ $? -eq 0 ] && ok "--pid: only the server's packets ($(lines "$T/pid.out") lines)" ||
	ko "--pid" "owners '$o', want python3.$SRV; $(lines "$T/pid.out") lines"
o=$(owners "$T/pname.out")
[ "$o" = "curl.$C1 " ] && [ "$(lines "$T/pname.out")" -ge 4 ]
[ $? -eq 0 ] && ok "--pname curl: only curl's packets ($(lines "$T/pname.out") lines)" ||
	ko "--pname" "owners '$o', want curl.$C1; $(lines "$T/pname.out") lines"

# ---- -f: children forked after start -------------------------------------
mkfifo "$T/go1" "$T/go2"
# (": done" keeps bash from exec-ing curl in place: curl is a forked child)
$NSX bash -c "read x <'$T/go1'; curl -s -m 3 -o /dev/null $URL; : done" &
B1=$!
$NSX bash -c "read x <'$T/go2'; curl -s -m 3 -o /dev/null $URL; : done" &
B2=$!
PIDS="$PIDS $B1 $B2"
start_cap follow --netns "/run/netns/$NS" -i lo -n --pid "$B1" --follow-forks 'port 8080' ||
	{ ko "start -f" "$(head -3 "$T/follow.err")"; exit 0; }
CF=$CAP_PID
start_cap nofollow --netns "/run/netns/$NS" -i lo -n --pid "$B2" 'port 8080' ||
	{ ko "start --pid without -f" "$(head -3 "$T/nofollow.err")"; exit 0; }
CNF=$CAP_PID
echo go >"$T/go1"
wait $B1
echo go >"$T/go2"
wait $B2
sleep 0.5
stop_cap "$CF"
stop_cap "$CNF"
o=$(owners "$T/follow.out")
case "$o" in
"curl."[0-9]*" ") [ "$o" != "curl.$B1 " ] && grep -q ", ParentProc \[bash\.$B1\]\$" "$T/follow.out" ;;
*) false ;;
esac
[ $? -eq 0 ] && ok "-f: the child curl of --pid $B1 is followed ($o)" ||
	ko "-f" "owners '$o', want a curl child of bash.$B1: $(head -1 "$T/follow.out" | cut -c1-200)"
n=$(lines "$T/nofollow.out")
[ "$n" -eq 0 ] && ok "--pid without -f: children not selected" || ko "--pid without -f" "$n lines: $(owners "$T/nofollow.out")"

# ---- -- command -----------------------------------------------------------
# other traffic at the same time must not show
( for i in $(seq 1 30); do $NSX curl -s -m 1 -o /dev/null "$URL"; sleep 0.05; done ) &
NOISE=$!
PIDS="$PIDS $NOISE"
"$BIN" --netns "/run/netns/$NS" -i lo -n 'port 8080' -- \
	ip netns exec "$NS" curl -s -m 3 -o /dev/null "$URL?cmd" >"$T/cmd.out" 2>"$T/cmd.err" &
CC=$!
( sleep 20; kill -9 $CC ) 2>/dev/null &
WD=$!
PIDS="$PIDS $CC $WD"
wait $CC
rc=$?
kill $NOISE $WD 2>/dev/null
o=$(owners "$T/cmd.out")
case "$o" in
"curl."[0-9]*" ") grep -q ", ParentProc \[ptcpdump\.$CC\]\$" "$T/cmd.out" ;;
*) false ;;
esac
[ $? -eq 0 ] && [ "$rc" -eq 0 ] && [ "$(lines "$T/cmd.out")" -ge 4 ]
[ $? -eq 0 ] && ok "-- command: only its packets, parent ptcpdump, exits with it ($o)" ||
	ko "-- command" "rc $rc, owners '$o': $(head -2 "$T/cmd.out" | cut -c1-200 | tr '\n' '|') $(head -2 "$T/cmd.err" | tr '\n' '|')"
# ---- --uid: a user's processes, started before and after the capture ----
# a server of uid 65534 from before start, and a client of that uid after;
# root's curl must not show
$NSX setpriv --reuid=65534 --regid=65534 --clear-groups $PY -c '
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8090)); s.listen(8); print("ready", flush=True)
while True:
    c, _ = s.accept(); c.recv(100); c.sendall(b"HTTP/1.0 200 OK\r\n\r\nok"); c.close()
' >"$T/usrv.out" 2>&1 &
USRV=$!
PIDS="$PIDS $USRV"
for i in $(seq 1 100); do grep -q ready "$T/usrv.out" && break; sleep 0.05; done
start_cap uid --netns "/run/netns/$NS" -i lo -n --uid 65534,4242 'port 8090 or port 8080' ||
	{ ko "start --uid" "$(head -3 "$T/uid.err")"; exit 0; }
CU=$CAP_PID
$NSX setpriv --reuid=65534 --regid=65534 --clear-groups curl -s -m 3 -o /dev/null http://127.0.0.1:8090/ &
UC=$!
wait $UC
$NSX curl -s -m 3 -o /dev/null "$URL" &
RC=$!
wait $RC
$NSX curl -s -m 3 -o /dev/null http://127.0.0.1:8090/ &
RC2=$!
wait $RC2
sleep 0.5
stop_cap "$CU"
o=$(owners "$T/uid.out")
# the server (pre-existing) and the uid-65534 curl; never root's curls, on any line
if [ "$o" = "$(printf 'curl.%s python3.%s ' "$UC" "$USRV" | tr ' ' '\n' | sort | grep . | tr '\n' ' ')" ] &&
	! grep -q "curl\.\($RC\|$RC2\) " "$T/uid.out"; then
	ok "--uid 65534,4242: that user's server and client only ($(lines "$T/uid.out") lines)"
else
	ko "--uid" "owners '$o', want curl.$UC python3.$USRV"
fi
$BIN --uid abc -i lo >/dev/null 2>"$T/uidbad.err"
rc=$?
[ $rc -eq 1 ] && [ "$(cat "$T/uidbad.err")" = "ptcpdump: invalid --uid value 'abc': not a user id" ] &&
	ok "--uid abc: one line naming flag and value, exit 1" ||
	ko "--uid abc" "rc $rc: $(head -2 "$T/uidbad.err" | tr '\n' '|')"
exit 0
