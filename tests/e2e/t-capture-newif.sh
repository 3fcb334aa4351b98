#!/bin/bash
# No -i (and -i any): every interface of the namespace, including lo and
# ones created while running; raw-IP devices (tun) are LINKTYPE_RAW and the
# filter is compiled for them.
. "$(dirname "$0")/lib-capture.sh"
D=$(dirname "$0")

netns_up || { ko "capture-newif: netns setup"; exit 0; }
NSP=/run/netns/$NSA
NSC=ptcc$$
VX=pvx$$
VY=pvy$$
IPX=10.200.$NET.5
IPY=10.200.$NET.6
TUN=ptun$$
cleanup_c() { ip netns del "$NSC" 2>/dev/null; cleanup; }
trap cleanup_c EXIT

cap all --netns "$NSP" -n || { ko "capture-newif: start" "$(cat "$T/all.err")"; exit 0; }
ALL=$CAP_PID
cap anyudp --netns "$NSP" -i any -n udp || { ko "capture-newif: start any" "$(cat "$T/anyudp.err")"; exit 0; }
ANY=$CAP_PID
# traffic on lo
ip netns exec "$NSA" $PY -c "import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.sendto(b'x'*10, ('127.0.0.1', 9999))"
# a new veth pair to a new namespace, created after the start
ip netns add "$NSC"
ip link add "$VX" netns "$NSA" type veth peer name "$VY" netns "$NSC"
ip netns exec "$NSC" sysctl -qw net.ipv6.conf.all.disable_ipv6=1
ip -n "$NSA" addr add "$IPX/30" dev "$VX"
ip -n "$NSC" addr add "$IPY/30" dev "$VY"
ip -n "$NSA" link set "$VX" up
ip -n "$NSC" link set "$VY" up
sleep 0.3
ip netns exec "$NSA" $PY -c "
import socket
s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3): s.sendto(b'y'*20, ('$IPY', 7777))"
# a tun device (no L2 header) fed with IP packets from a pcap
$PY - "$T/tun.pcap" <<'PYEOF' 2>/dev/null
import sys
from scapy.all import IP, UDP, TCP, Raw, wrpcap
p = [IP(src="192.0.2.1", dst="10.9.9.9") / UDP(sport=1000, dport=53) / Raw(b"q" * 12) for _ in range(4)]
p += [IP(src="192.0.2.2", dst="10.9.9.9") / TCP(sport=1000, dport=80, flags="S") for _ in range(3)]
wrpcap(sys.argv[1], p)
PYEOF
coproc TUNP { ip netns exec "$NSA" $PY "$D/send-pcap.py" "$T/tun.pcap" "$TUN" tun; }
PIDS="$PIDS $TUNP_PID"
read -r -t 5 line <&"${TUNP[0]}"
sleep 0.5	# the new device is attached
echo go >&"${TUNP[1]}"
wait "$TUNP_PID" 2>/dev/null
sleep 0.3
stop "$ALL"
stop "$ANY"

ino=$(stat -L -c %i "$NSP")
grep -q "^[0-9:.]* lo@$ino .*127.0.0.1.9999: UDP, length 10" "$T/all.out"
check "capture-newif: lo is captured without -i" $? "$(head -3 "$T/all.out" | tr '\n' '|')"
n=$(grep -c " $VX@$ino \(\S* \)\{0,1\}Out IP $IPX\.[0-9]* > $IPY\.7777: UDP, length 20" "$T/all.out")
[ "$n" -eq 3 ]
check "capture-newif: a veth created while running is captured ($n of 3)" $? "$(grep "$VX" "$T/all.out" | head -3 | tr '\n' '|')"
nt=$(grep -c " $TUN@$ino In IP 192.0.2.[12]" "$T/all.out")
[ "$nt" -eq 7 ]
check "capture-newif: tun device, raw IP ($nt of 7)" $? "$(grep "$TUN" "$T/all.out" | head -2 | tr '\n' '|')"
nu=$(grep -c " $TUN@$ino In IP 192.0.2.1.1000 > 10.9.9.9.53" "$T/anyudp.out")
nn=$(grep -vc "UDP\|udp\|\.53: " "$T/anyudp.out")
[ "$nu" -eq 4 ] && [ "$nn" -eq 0 ]
check "capture-newif: -i any with a filter, raw and Ethernet ($nu tun udp, $nn other)" $? "$(head -4 "$T/anyudp.out" | tr '\n' '|')"
exit 0
