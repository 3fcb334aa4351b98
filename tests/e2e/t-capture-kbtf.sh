#!/bin/bash
# --kernel-btf: the kernel's types from a copy of its BTF file give the same
# packets and processes as /sys/kernel/btf/vmlinux; a kernel without BTF
# of its own (PTCPDUMP_KBTF_SYSFS names a missing file) still captures and
# names the client with the copy, saying in one line what it goes without; with
# neither, or a --kernel-btf that cannot be read, one line and exit 1.
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
	! grep -q 'lacks tracepoint' "$T/nobtf.err"
check "capture-kbtf: no kernel BTF: one line says what is gone" $? "$(head -3 "$T/nobtf.err")"

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
