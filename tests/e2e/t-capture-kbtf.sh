#!/bin/bash
# --kernel-btf: the kernel's types from a copy of its BTF file give the same
# packets and processes as /sys/kernel/btf/vmlinux; a kernel without BTF
# of its own (PTCPDUMP_KBTF_SYSFS names a missing file) still captures and
# names the client with the copy, saying in one line what it goes without,
# and takes process events from raw tracepoints (--pname of a new process,
# --follow-forks, a short-lived process's args); with neither, or a
# --kernel-btf that cannot be read, one line and exit 1.
. "$(dirname "$0")/lib-capture.sh"

netns_up || { ko "capture-kbtf: netns setup"; exit 0; }
http_up 20000 || { ko "capture-kbtf: http server"; exit 0; }
cp /sys/kernel/btf/vmlinux "$T/vmlinux.btf" || { ko "capture-kbtf: copy the BTF file"; exit 0; }

CAPS=""
cap sys --netns "/run/netns/$NSA" -i "$VA" -w "$T/sys.pcapng" ||
	{ ko "capture-kbtf: start" "$(cat "$T/sys.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
cap file --kernel-btf "$T/vmlinux.btf" --netns "/run/netns/$NSA" -i "$VA" -w "$T/file.pcapng" ||
	{ ko "capture-kbtf: start --kernel-btf" "$(cat "$T/file.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"
PTCPDUMP_KBTF_SYSFS=$T/none cap nobtf --kernel-btf "$T/vmlinux.btf" --netns "/run/netns/$NSA" \
	-i "$VA" -w "$T/nobtf.pcapng" ||
	{ ko "capture-kbtf: start without the kernel's BTF" "$(cat "$T/nobtf.err")"; exit 0; }
CAPS="$CAPS $CAP_PID"

# a client that outlives its packets: without exec events a process is
# named from /proc when its first packet is read
ip netns exec "$NSA" $PY -c "
import time, urllib.request
urllib.request.urlopen('http://$IPB:8080/blob').read()
time.sleep(1)
" &
CLI=$!
wait $CLI
sleep 0.5
stop_all $CAPS

for n in sys file nobtf; do
	"$BIN" -r "$T/$n.pcapng" -n 2>/dev/null | cut -d' ' -f2- >"$T/$n.txt"
done
n=$(grep -c " python3\.$CLI " "$T/sys.txt")
[ "$n" -gt 5 ] && cmp -s "$T/sys.txt" "$T/file.txt"
check "capture-kbtf: --kernel-btf copy: the same packets and processes ($n of the client's)" $? \
	"$(diff "$T/sys.txt" "$T/file.txt" | head -4 | tr '\n' ' ')"
n=$(grep -c " python3\.$CLI [IO][nu]t* IP $IPA\.[0-9]* > $IPB\.8080:" "$T/nobtf.txt")
[ "$n" -gt 2 ] && [ "$(wc -l <"$T/nobtf.txt")" = "$(wc -l <"$T/sys.txt")" ]
check "capture-kbtf: no kernel BTF, --kernel-btf copy: every packet, the client's named ($n)" $? \
	"$(head -3 "$T/nobtf.err")"
[ "$(grep -c 'no BTF of its own' "$T/nobtf.err")" = 1 ] &&
	grep -q 'no BTF of its own.*process events from raw tracepoints' "$T/nobtf.err" &&
	! grep -q 'lacks tracepoint\|cannot attach' "$T/nobtf.err"
check "capture-kbtf: no kernel BTF: one line says what is gone" $? "$(head -3 "$T/nobtf.err")"

# without the kernel's BTF the process events come from raw tracepoints:
# --pname selects a process that starts after the capture, before its
# first packet (its comm is the name of the link it is run by); curl is
# not selected
ln -s "$PY" "$T/ptksel$$"
PTCPDUMP_KBTF_SYSFS=$T/none cap pname --kernel-btf "$T/vmlinux.btf" --netns "/run/netns/$NSA" \
	-i "$VA" -n --pname "ptksel$$" ||
	{ ko "capture-kbtf: start --pname without the kernel's BTF" "$(cat "$T/pname.err")"; exit 0; }
PNAME=$CAP_PID
ip netns exec "$NSA" "$T/ptksel$$" -c "
import urllib.request
urllib.request.urlopen('http://$IPB:8080/blob').read()
" &
SEL=$!
wait $SEL
ip netns exec "$NSA" curl -s -m 3 -o /dev/null "http://$IPB:8080/index.html"
sleep 0.5
stop $PNAME
n=$(grep -c " ptksel$$\.$SEL [IO][nu]t* IP $IPA\.[0-9]* > $IPB\.8080:" "$T/pname.out")
[ "$n" -gt 5 ] && ! grep -v " ptksel$$\.$SEL " "$T/pname.out" | grep -q " IP "
check "capture-kbtf: no kernel BTF: --pname selects a process started later ($n packets)" $? \
	"$(grep -v " ptksel$$\.$SEL " "$T/pname.out" | head -2 | tr '\n' ' ') $(head -2 "$T/pname.err")"

# --follow-forks: a child forked after the start of a selected process is
# selected from its fork event
mkfifo "$T/go"
# (": done" keeps bash from exec-ing curl in place: curl is a forked child)
ip netns exec "$NSA" bash -c "read x <'$T/go'; curl -s -m 3 -o /dev/null http://$IPB:8080/index.html; : done" &
PAR=$!
PIDS="$PIDS $PAR"
PTCPDUMP_KBTF_SYSFS=$T/none cap follow --kernel-btf "$T/vmlinux.btf" --netns "/run/netns/$NSA" \
	-i "$VA" -n --pid "$PAR" --follow-forks 'port 8080' ||
	{ ko "capture-kbtf: start --follow-forks without the kernel's BTF" "$(cat "$T/follow.err")"; exit 0; }
FOLLOW=$CAP_PID
echo go >"$T/go"
wait $PAR
sleep 0.5
stop $FOLLOW
n=$(grep -c " curl\.[0-9]* [IO][nu]t* IP $IPA\.[0-9]* > $IPB\.8080:" "$T/follow.out")
[ "$n" -ge 3 ]
check "capture-kbtf: no kernel BTF: --follow-forks selects a child forked later ($n packets)" $? \
	"$(head -2 "$T/follow.out" | tr '\n' ' ') $(head -2 "$T/follow.err")"

# a process that is gone before its packet is read (the capture is
# stopped meanwhile) is named from its exec event: path and argv
cat >"$T/udp1.py" <<EOF
import socket, sys
socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', (sys.argv[1], 9))
EOF
ln -s "$PY" "$T/ptkudp$$"
PTCPDUMP_KBTF_SYSFS=$T/none cap short --kernel-btf "$T/vmlinux.btf" --netns "/run/netns/$NSA" \
	-i "$VA" -n -v 'udp port 9' ||
	{ ko "capture-kbtf: start -v without the kernel's BTF" "$(cat "$T/short.err")"; exit 0; }
SHORT=$CAP_PID
kill -STOP $SHORT
ip netns exec "$NSA" "$T/ptkudp$$" "$T/udp1.py" "$IPB" &
UDP=$!
wait $UDP
kill -CONT $SHORT
sleep 0.5
stop $SHORT
want="    Process (pid $UDP, cmd $T/ptkudp$$, args $T/ptkudp$$ $T/udp1.py $IPB)"
grep -qxF "$want" "$T/short.out"
check "capture-kbtf: no kernel BTF: a process gone before its packet is read, with its args" $? \
	"$(grep -m1 '^    Process' "$T/short.out") $(head -2 "$T/short.err")"

PTCPDUMP_KBTF_SYSFS=$T/none timeout 10 "$BIN" -i lo -c 1 >/dev/null 2>"$T/none.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$T/none.err")" = 1 ] && grep -q -- '--kernel-btf FILE' "$T/none.err"
check "capture-kbtf: no BTF at all: one line naming --kernel-btf, exit 1 ($rc)" $? "$(head -2 "$T/none.err")"
timeout 10 "$BIN" --kernel-btf "$T/missing.btf" -i lo -c 1 >/dev/null 2>"$T/missing.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$T/missing.err")" = 1 ] &&
	grep -q -- "--kernel-btf $T/missing.btf: No such file" "$T/missing.err"
check "capture-kbtf: unreadable --kernel-btf: one line, exit 1 ($rc)" $? "$(head -2 "$T/missing.err")"
echo garbage >"$T/bad.btf"
timeout 10 "$BIN" --kernel-btf "$T/bad.btf" -i lo -c 1 >/dev/null 2>"$T/bad.err"
rc=$?
[ "$rc" = 1 ] && [ "$(wc -l <"$T/bad.err")" = 1 ] && grep -q 'not a BTF file' "$T/bad.err"
check "capture-kbtf: --kernel-btf not BTF: one line, exit 1 ($rc)" $? "$(head -2 "$T/bad.err")"
exit 0
