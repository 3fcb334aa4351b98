#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# ptcpdump-top: the decode pane's tree comes from the decoder state the
# packet list used, so a TCP segment mid-stream shows in the tree the same
# relative sequence number as in its list row (a decoder started afresh
# would show the absolute one). Offline, on a capture made here.
# Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup seq

if ! make -s build/ptcpdump-top >"$W/build.log" 2>&1 || [ ! -x "$TOP" ]; then
	fail "seq: build ptcpdump-top"; tail -5 "$W/build.log"; exit 0
fi
if ! command -v tmux >/dev/null; then
	skip "seq: tmux is not installed"; exit 0
fi
# handshake, then two data segments and an ACK, ISNs far from 0
if ! /usr/bin/python3 - "$W/seq.pcap" >"$W/gen.log" 2>&1 <<'EOF'
import sys
from scapy.all import Ether, IP, TCP, Raw, wrpcap
c, s = ("10.7.0.1", 41000), ("10.7.0.2", 80)
ci, si = 3000000000, 123456789
def seg(src, dst, flags, seq, ack, data=b""):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src=src[0], dst=dst[0]) / \
        TCP(sport=src[1], dport=dst[1], flags=flags, seq=seq, ack=ack, window=8192)
    return p / Raw(data) if data else p
pkts = [seg(c, s, "S", ci, 0), seg(s, c, "SA", si, ci + 1), seg(c, s, "A", ci + 1, si + 1),
        seg(c, s, "PA", ci + 1, si + 1, b"x" * 100), seg(c, s, "PA", ci + 101, si + 1, b"y" * 50),
        seg(s, c, "A", si + 1, ci + 151)]
for i, p in enumerate(pkts):
    p.time = 1700000000 + i / 1000
wrpcap(sys.argv[1], pkts)
EOF
then
	fail "seq: generate the capture"; tail -3 "$W/gen.log"; exit 0
fi

start s 120 40
run_top s -r "$W/seq.pcap"
if ! wait_for s '6/6 pkts' 10; then
	fail "seq: capture loads (6/6 packets)"; exit 0
fi
keys s Home Down Down Down Down
check "seq: list row 5 has relative seq 101:151" wait_for s ' 5 .*seq 101:151, ack 1'
check "seq: decode pane on frame 5" wait_for s 'Decode: frame 5$'
check "seq: the tree's TCP layer has the list's relative seq (101)" \
	wait_for s 'Transmission Control Protocol, Src Port: 41000, Dst Port: 80, Seq: 101, Len: 50'
keys s Down
check "seq: the other direction too (frame 6, seq 1)" \
	wait_for s 'Transmission Control Protocol, Src Port: 80, Dst Port: 41000, Seq: 1, Len: 0'
[ -n "${SEQ_DEBUG:-}" ] && screen s
keys s q
exit 0
