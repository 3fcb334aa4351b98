#!/bin/bash
# Live capture options: -c, -Q, -D, -w .pcap, -C/-W rotation, -G, errors.
. "$(dirname "$0")/lib-capture.sh"

netns_up || { ko "capture-cli: netns setup"; exit 0; }
http_up 200000 || { ko "capture-cli: http server"; exit 0; }
NSP=/run/netns/$NSA
get() { ip netns exec "$NSA" curl -s -o /dev/null "http://$IPB:8080/$1"; }

# -c: exits by itself after N packets
cap c --netns "$NSP" -i "$VA" -n -c 5 tcp
C=$CAP_PID
get index.html
for i in $(seq 1 40); do kill -0 "$C" 2>/dev/null || break; sleep 0.05; done
kill -0 "$C" 2>/dev/null && { stop "$C"; false; } || wait "$C"
rc=$?
[ "$rc" -eq 0 ] && [ "$(wc -l <"$T/c.out")" -eq 5 ] && [ "$(stat_of "$T/c.err" captured)" = 5 ]
check "capture-cli: -c 5 stops after 5 packets" $? "rc $rc, $(wc -l <"$T/c.out") lines"

# -Q in / -Q out
cap qin --netns "$NSP" -i "$VA" -n -Q in; QI=$CAP_PID
cap qout --netns "$NSP" -i "$VA" -n -Q out; QO=$CAP_PID
get index.html
sleep 0.3
stop "$QI"; stop "$QO"
ni=$(grep -c ' In ' "$T/qin.out"); nio=$(grep -c ' Out ' "$T/qin.out")
no=$(grep -c ' Out ' "$T/qout.out"); noi=$(grep -c ' In ' "$T/qout.out")
[ "$ni" -gt 0 ] && [ "$nio" -eq 0 ] && [ "$no" -gt 0 ] && [ "$noi" -eq 0 ] &&
	[ "$(stat_of "$T/qin.err" 'received by filter')" = "$ni" ]
check "capture-cli: -Q in / -Q out in the kernel (in $ni, out $no)" $?

# -i twice: both interfaces, nothing else
cap two --netns "$NSP" -i "$VA" -i lo -n udp; TW=$CAP_PID
ip netns exec "$NSA" $PY -c "
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b'a', ('127.0.0.1', 9)); s.sendto(b'b', ('$IPB', 9))"
sleep 0.3
stop "$TW"
ino=$(stat -L -c %i "$NSP")
nl=$(grep -c " lo@$ino .*127.0.0.1.[0-9]* > 127.0.0.1.9: UDP" "$T/two.out")
nv=$(grep -c " $VA@$ino .*Out IP $IPA.[0-9]* > $IPB.9: UDP" "$T/two.out")
[ "$nl" -ge 1 ] && [ "$nv" -eq 1 ] && [ "$(grep -vc "lo@$ino\|$VA@$ino" "$T/two.out")" -eq 0 ]
check "capture-cli: -i $VA -i lo (lo $nl, veth $nv)" $? "$(tr '\n' '|' <"$T/two.out" | cut -c1-300)"

# -i a,b: a comma separated list is the same as -i a -i b
cap comma --netns "$NSP" -i "$VA,lo" -n udp; CM=$CAP_PID
ip netns exec "$NSA" $PY -c "
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b'a', ('127.0.0.1', 9)); s.sendto(b'b', ('$IPB', 9))"
sleep 0.3
stop "$CM"
nl=$(grep -c " lo@$ino .*127.0.0.1.[0-9]* > 127.0.0.1.9: UDP" "$T/comma.out")
nv=$(grep -c " $VA@$ino .*Out IP $IPA.[0-9]* > $IPB.9: UDP" "$T/comma.out")
[ "$nl" -ge 1 ] && [ "$nv" -eq 1 ] && [ "$(grep -vc "lo@$ino\|$VA@$ino" "$T/comma.out")" -eq 0 ]
check "capture-cli: -i $VA,lo (lo $nl, veth $nv)" $? "$(tr '\n' '|' <"$T/comma.out" | cut -c1-300)"

# an interface whose name has a comma is not split
CN="pc,$$"
if ip -n "$NSA" link add name "$CN" type veth peer name "pd$$" 2>/dev/null; then
	"$BIN" --netns "$NSP" -L -i "$CN" >"$T/cn.got" 2>&1
	head -1 "$T/cn.got" | grep -qxF "Data link types for $CN (use option -y to set):"
	check "capture-cli: -i $CN names that interface" $? "$(head -1 "$T/cn.got")"
	"$BIN" --netns "$NSP" -L -i "lo,$VA" >"$T/cn.got" 2>&1
	head -1 "$T/cn.got" | grep -qxF "Data link types for lo (use option -y to set):"
	check "capture-cli: -i lo,$VA is split (lo first)" $? "$(head -1 "$T/cn.got")"
fi

# -L, -d on the veth: tcpdump's words; the link types a subset of tcpdump's
ip netns exec "$NSA" tcpdump -L -i "$VA" >"$T/l.exp" 2>&1
"$BIN" --netns "$NSP" -L -i "$VA" >"$T/l.got" 2>&1
head -1 "$T/l.got" | cmp -s - <(head -1 "$T/l.exp") && [ "$(wc -l <"$T/l.got")" -ge 2 ] &&
	[ -z "$(tail -n +2 "$T/l.got" | grep -vxFf "$T/l.exp")" ] && grep -qx '  EN10MB (Ethernet)' "$T/l.got"
check "capture-cli: -L -i $VA" $? "$(tr '\n' '|' <"$T/l.got")"
ip netns exec "$NSA" tcpdump -dd -i "$VA" 'tcp port 8080' >"$T/dd.exp" 2>&1
"$BIN" --netns "$NSP" -dd -i "$VA" 'tcp port 8080' >"$T/dd.got" 2>&1
cmp -s "$T/dd.exp" "$T/dd.got"
check "capture-cli: -dd -i $VA = tcpdump" $? "$(diff "$T/dd.exp" "$T/dd.got" | head -3 | tr '\n' '|')"

# -w x.pcap: classic pcap, Ethernet, readable by tcpdump
cap wp --netns "$NSP" -i "$VA" -w "$T/x.pcap"; WP=$CAP_PID
get index.html
sleep 0.3
stop "$WP"
file_lt=$(tcpdump -r "$T/x.pcap" -n 2>&1 >/dev/null | head -1)
n=$(tcpdump -r "$T/x.pcap" -n 2>/dev/null | wc -l)
[ "$n" -gt 5 ] && [ "$n" = "$(stat_of "$T/wp.err" captured)" ] && echo "$file_lt" | grep -q 'link-type EN10MB'
check "capture-cli: -w file.pcap ($n packets)" $? "$file_lt"

# -w - | tcpdump -r -
( "$BIN" --netns "$NSP" -i "$VA" -c 6 -w - 2>"$T/pipe.err" | tcpdump -r - -n >"$T/pipe.out" 2>/dev/null ) &
PP=$!
PIDS="$PIDS $PP"
for i in $(seq 1 60); do grep -q listening "$T/pipe.err" 2>/dev/null && break; sleep 0.05; done
get index.html
for i in $(seq 1 60); do kill -0 "$PP" 2>/dev/null || break; sleep 0.05; done
wait "$PP"
[ "$(wc -l <"$T/pipe.out")" -eq 6 ]
check "capture-cli: -w - | tcpdump -r -" $? "$(wc -l <"$T/pipe.out") lines"

# -C 1 (MB) -W 3: x.pcapng0 .. x.pcapng2, wrapping, each a full file
cap rot --netns "$NSP" -i "$VA" -w "$T/r.pcapng" -C 1 -W 3; R=$CAP_PID
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do get blob; done
sleep 0.3
stop "$R"
files=$(cd "$T" && ls r.pcapng* | tr '\n' ' ')
okr=0
for f in r.pcapng0 r.pcapng1 r.pcapng2; do
	tshark -r "$T/$f" -T fields -e frame.interface_name 2>/dev/null | head -1 | grep -q "$VA" || okr=1
done
[ "$files" = "r.pcapng0 r.pcapng1 r.pcapng2 " ] && [ $okr -eq 0 ]
check "capture-cli: -C 1 -W 3 rotation ($files)" $?
# -z: the command runs on each file that a rotation closes
printf '#!/bin/sh\ncp "$1" "$1.z"\n' >"$T/post.sh"
chmod +x "$T/post.sh"
cap rotz --netns "$NSP" -i "$VA" -w "$T/z.pcap" -C 1 -z "$T/post.sh"; R=$CAP_PID
for i in 1 2 3 4 5 6 7 8; do get blob; done
sleep 0.3
stop "$R"
sleep 0.5
zs=$(cd "$T" && ls z.pcap* | tr '\n' ' ')
last=$(cd "$T" && ls z.pcap* | grep -v '\.z$' | sort -V | tail -1)
case "$zs" in "z.pcap z.pcap.z z.pcap1 "*) cmp -s "$T/z.pcap" "$T/z.pcap.z" && [ ! -e "$T/$last.z" ] ;; *) false ;; esac
check "capture-cli: -C 1 -z runs the command on each file a rotation closes ($zs)" $?
cap rot2 --netns "$NSP" -i "$VA" -w "$T/s.pcap" -C 1; R=$CAP_PID
for i in 1 2 3 4 5 6 7 8; do get blob; done
sleep 0.3
stop "$R"
files=$(cd "$T" && ls s.pcap* | tr '\n' ' ')
case "$files" in "s.pcap s.pcap1 "*) true ;; *) false ;; esac
check "capture-cli: -C 1 names x, x1, x2 ($files)" $?

# -D: tcpdump's format
"$BIN" -D --netns "$NSP" >"$T/d.out" 2>"$T/d.err"
grep -Eq "^[0-9]+\\.$VA \\[Up, Running, Connected\\]\$" "$T/d.out" &&
	grep -Eq '^[0-9]+\.any \(Pseudo-device that captures on all interfaces\) \[Up, Running\]$' "$T/d.out" &&
	grep -Eq '^[0-9]+\.lo \[Up, Running, Loopback\]$' "$T/d.out"
check "capture-cli: -D" $? "$(tr '\n' '|' <"$T/d.out")"

# errors: one line, exit 1
"$BIN" -i nosuch0 -n >"$T/e.out" 2>"$T/e.err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/e.err")" -eq 1 ] && grep -q 'nosuch0: No such device exists' "$T/e.err"
check "capture-cli: missing interface" $? "rc $rc: $(cat "$T/e.err")"
"$BIN" --netns "$NSP" -i "$VA" -n 'tcp porrt 80' >"$T/e.out" 2>"$T/e.err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/e.err")" -eq 1 ] && grep -q 'syntax error' "$T/e.err"
check "capture-cli: bad filter" $? "rc $rc: $(cat "$T/e.err")"
"$BIN" --netns "$NSP" -i "$VA" -w /nonexistent/dir/x.pcap >"$T/e.out" 2>"$T/e.err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/e.err")" -eq 1 ] && grep -q 'No such file or directory' "$T/e.err"
check "capture-cli: -w into a missing directory" $? "rc $rc: $(cat "$T/e.err")"
"$BIN" --netns /nonexistent/ns -n >"$T/e.out" 2>"$T/e.err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/e.err")" -eq 1 ]
check "capture-cli: bad --netns" $? "rc $rc: $(cat "$T/e.err")"
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
	setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" -i lo -n >"$T/e.out" 2>"$T/e.err"; rc=$?
	[ $rc -eq 1 ] && [ "$(wc -l <"$T/e.err")" -eq 1 ] && grep -qi 'permission' "$T/e.err"
	check "capture-cli: not root" $? "rc $rc: $(cat "$T/e.err")"
fi
exit 0
