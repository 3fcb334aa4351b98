#!/bin/bash
# Cost per packet of live capture (root; not part of make test): frames are
# sent into a veth from a netns with a raw socket; the kernel's own BPF
# statistics (kernel.bpf_stats_enabled) give ns per packet of the TC program,
# /proc/PID/stat the user+sys CPU of ptcpdump while the packets flow.
#   N=packets SZ=UDP payload bytes tests/e2e/bench-capture.sh
# For tests/bench (make bench) to reuse.
cd "$(dirname "$0")/../.." || exit 1
. tests/e2e/lib-capture.sh
netns_up || exit 1
old_stats=$(sysctl -n kernel.bpf_stats_enabled)
N=${N:-200000}
SZ=${SZ:-58}
cat > $T/send.py <<'PY'
import socket, sys
from scapy.all import Ether, IP, UDP, Raw
f = bytes(Ether(src="02:00:00:00:00:02", dst="02:00:00:00:00:01")/IP(src="192.0.2.1", dst="10.9.9.9")/UDP(sport=1000, dport=2000)/Raw(b"x"*int(sys.argv[3])))
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW); s.bind((sys.argv[1], 0))
for i in range(int(sys.argv[2])): s.send(f)
PY
sysctl -qw kernel.bpf_stats_enabled=1
run() {
	local label=$1; shift
	cap b --netns /run/netns/$NSA -i $VA -Q in -B 65536 "$@"
	local P=$CAP_PID
	local ids=$(grep -h prog_id /proc/$P/fdinfo/* 2>/dev/null | awk '{print $2}' | sort -u)
	local id
	for id in $ids; do bpftool prog show id $id | grep -q "name pt_eth_in" && break; done
	local ut0=$(awk '{print $14+$15}' /proc/$P/stat)
	ip netns exec $NSB $PY $T/send.py $VB $N $SZ
	sleep 1
	local st=$(bpftool prog show id $id | grep -o 'run_time_ns [0-9]* run_cnt [0-9]*')
	local ut=$(awk '{print $14+$15}' /proc/$P/stat)
	stop $P
	local rt=$(echo $st | awk '{print $2}') rc=$(echo $st | awk '{print $4}')
	echo "$label: bpf $((rt / (rc>0?rc:1))) ns/pkt ($rc pkts); user+sys $(((ut-ut0)*10000000/N)) ns/pkt; $(stat_of $T/b.err captured) captured, $(stat_of $T/b.err 'dropped by kernel') dropped"
}
run "no filter, -w /dev/null" -w /dev/null
PTCPDUMP_NO_OWNER=1 run "no filter, no owner lookup, -w /dev/null" -w /dev/null
run "filter 'tcp port 80' (no match)" -w /dev/null tcp port 80
run "filter 'udp port 2000' (match), -w" -w /dev/null udp port 2000
run "no filter, print -n >/dev/null" -n
sysctl -qw kernel.bpf_stats_enabled="$old_stats"
