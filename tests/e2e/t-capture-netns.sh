#!/bin/bash
# --netns with several namespaces: a path, a name, a comma list, any and
# newly. Each namespace's lo has ifindex 1: the packets must still come
# out under the right lo@inode, on screen and in the pcapng file.
. "$(dirname "$0")/lib-capture.sh"
NSC=ptcc$$
cleanup_ns() { ip netns del "$NSC" 2>/dev/null; cleanup; }
trap cleanup_ns EXIT

netns_up || { ko "capture-netns: netns setup"; exit 0; }
INOA=$(stat -L -c %i "/run/netns/$NSA")
INOB=$(stat -L -c %i "/run/netns/$NSB")
# send one UDP datagram to addr:9 from inside namespace $1 (or here: -)
send() {
	local pre=()
	[ "$1" != - ] && pre=(ip netns exec "$1")
	"${pre[@]}" $PY -c 'import socket, sys; socket.socket(2, 2).sendto(b"x", (sys.argv[1], 9))' "$2"
}
# lines of $1.out for destination addr $2 on interface $3
lines() { grep -c "^[0-9:.]* $3 .*> $2\.9: UDP" "$T/$1.out"; }

cap two --netns "$NSA" --netns "/run/netns/$NSB" -i lo -n udp port 9 ||
	{ ko "capture-netns: start" "$(head -3 "$T/two.err")"; exit 0; }
C1=$CAP_PID
cap file --netns "$NSA,$NSB" -i lo -w "$T/two.pcapng" udp port 9 ||
	{ ko "capture-netns: start -w" "$(head -3 "$T/file.err")"; exit 0; }
C2=$CAP_PID
send "$NSA" 127.0.0.11
send "$NSB" 127.0.0.12
send - 127.0.0.13
sleep 0.5
stop "$C1"
stop "$C2"
a=$(lines two 127.0.0.11 "lo@$INOA") b=$(lines two 127.0.0.12 "lo@$INOB")
n=$(grep -c 'UDP' "$T/two.out")
check "capture-netns: two namespaces: each lo under its own inode (A $a, B $b of $n lines)" \
	$([ "$a" = 2 ] && [ "$b" = 2 ] && [ "$n" = 4 ]; echo $?) "$(head -5 "$T/two.out")"
got=$(tshark -r "$T/two.pcapng" -T fields -e frame.interface_name -e ip.dst 2>/dev/null | sort | uniq -c |
	awk '{print $1, $2, $3}' | sort | tr '\n' ';')
# in the order of the inodes, which need not be A's first
want=$(printf '2 lo@%s 127.0.0.11\n2 lo@%s 127.0.0.12\n' "$INOA" "$INOB" | sort | tr '\n' ';')
check "capture-netns: --netns A,B -w: the pcapng names each packet's interface" \
	$([ "$got" = "$want" ]; echo $?) "got '$got' want '$want'"

cap any --netns any -i lo -n udp port 9 || { ko "capture-netns: start any" "$(head -3 "$T/any.err")"; exit 0; }
C1=$CAP_PID
send "$NSA" 127.0.0.21
send - 127.0.0.22
sleep 0.5
stop "$C1"
a=$(lines any 127.0.0.21 "lo@$INOA") h=$(lines any 127.0.0.22 lo)
check "capture-netns: any: a namespace from before start and ours ($a, $h)" \
	$([ "$a" = 2 ] && [ "$h" = 2 ]; echo $?) "$(head -5 "$T/any.out")"

cap newly --netns newly -i lo -n udp port 9 || { ko "capture-netns: start newly" "$(head -3 "$T/newly.err")"; exit 0; }
C1=$CAP_PID
send "$NSA" 127.0.0.31
ip netns add "$NSC" && ip -n "$NSC" link set lo up
INOC=$(stat -L -c %i "/run/netns/$NSC")
send "$NSC" 127.0.0.32
INOU=$(unshare -n sh -c 'ip link set lo up; stat -L -c %i /proc/self/ns/net; exec "$0" -c "import socket, time
socket.socket(2, 2).sendto(b\"x\", (\"127.0.0.33\", 9)); time.sleep(0.3)"' $PY)
sleep 0.5
# the unshared namespace is gone with its process: we must not keep it alive
held=1
for i in $(seq 1 40); do
	ls -l "/proc/$C1/fd" 2>/dev/null | grep -q "net:\[$INOU\]" || { held=0; break; }
	sleep 0.25
done
check "capture-netns: newly: a namespace nothing else holds is let go ($INOU)" $held
stop "$C1"
old=$(lines newly 127.0.0.31 .) c=$(lines newly 127.0.0.32 "lo@$INOC")
u=$(grep '> 127.0.0.33.9: UDP' "$T/newly.out" | head -1 | awk '{print $2}')
check "capture-netns: newly: not a namespace from before start ($old)" $([ "$old" = 0 ]; echo $?)
check "capture-netns: newly: one created by ip netns add ($c)" $([ "$c" = 2 ]; echo $?) \
	"$(cat "$T/newly.out" "$T/newly.err" | head -6)"
check "capture-netns: newly: one made by unshare -n (${u:-none})" \
	$([ "$u" = "lo@$INOU" ]; echo $?) "$(head -6 "$T/newly.out")"

"$BIN" --netns nosuch$$ -i lo >"$T/bad.out" 2>"$T/bad.err"
rc=$?
check "capture-netns: a missing name: one line, exit 1" \
	$([ $rc = 1 ] && [ "$(wc -l <"$T/bad.err")" = 1 ] && grep -q "/run/netns/nosuch$$" "$T/bad.err"; echo $?) \
	"rc $rc: $(cat "$T/bad.err")"
"$BIN" --netns /proc/self/ns/mnt -i lo >"$T/bad.out" 2>"$T/bad.err"
rc=$?
check "capture-netns: not a network namespace: one line, exit 1" \
	$([ $rc = 1 ] && grep -q "not a network namespace" "$T/bad.err"; echo $?) "rc $rc: $(cat "$T/bad.err")"
"$BIN" --netns "$NSA,$NSB" -i nosuchif0 >"$T/bad.out" 2>"$T/bad.err"
rc=$?
check "capture-netns: an interface in none of them: one line, exit 1" \
	$([ $rc = 1 ] && grep -q "nosuchif0: No such device" "$T/bad.err"; echo $?) "rc $rc: $(cat "$T/bad.err")"
