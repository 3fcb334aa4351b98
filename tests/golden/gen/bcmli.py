#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Broadcom LI shim golden inputs (UDP source port 49152): every
direction, packet type and subtype value, the largest LI ID, intercepted
IPv4, IPv6 and Ethernet (untagged, one and two VLAN tags) packets,
"undecided" with an IPv4, an IPv6 and a non-IP payload, unknown types, a
payload shorter than the shim, an empty payload, 49152 as the destination
only (not decoded) and with DNS as the other port (DNS wins). bcmli-cut.pcap
cuts packets inside the shim and inside the intercepted packet.
Usage: bcmli.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

from scapy.all import Ether, Dot1Q, IP, IPv6, UDP, TCP, ICMP, Raw, raw  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

PORT = 49152
HDR = 14 + 20 + 8


def shim(direction, ptype, subtype, li_id):
    return struct.pack(">I", (direction & 7) << 29 | (ptype & 0xf) << 25 |
                       (subtype & 7) << 22 | (li_id & 0x3fffff))


def udp4(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IP(src="198.51.100.1", dst="198.51.100.2", id=3, tos=2, ttl=59) /
               UDP(sport=sp, dport=dp) / Raw(pl))


inner4 = raw(IP(src="10.1.1.1", dst="10.2.2.2", id=77) / UDP(sport=1234, dport=5678) /
             Raw(b"hello"))
inner4_icmp = raw(IP(src="10.1.1.1", dst="10.2.2.2", id=78) / ICMP(id=5, seq=9) /
                  Raw(b"ping" * 4))
inner6 = raw(IPv6(src="2001:db8::a", dst="2001:db8::b") /
             TCP(sport=40000, dport=80, flags="S", seq=1))
eth0 = raw(Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb", type=0x0800) / raw(inner4))
eth1 = raw(Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb") / Dot1Q(vlan=100, type=0x0800) /
           raw(inner4_icmp))
eth2 = raw(Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb", type=0x88a8) /
           Dot1Q(vlan=10, type=0x8100) / Dot1Q(vlan=20, type=0x86dd) / raw(inner6))

frames = [
    udp4(PORT, 49153, shim(3, 4, 2, 66666) + inner4),
    udp4(PORT, 49153, shim(3, 4, 2, 66666) + inner6),
    udp4(PORT, 49153, shim(3, 4, 2, 66666) + b"\x00" * 28),     # undecided, not IP
    udp4(PORT, 49153, shim(2, 5, 3, 1) + inner4_icmp),
    udp4(PORT, 49153, shim(2, 6, 3, 2) + inner6),
    udp4(PORT, 49153, shim(2, 7, 3, 3) + eth0),
    udp4(PORT, 49153, shim(2, 7, 1, 4) + eth1),
    udp4(PORT, 49153, shim(2, 7, 2, 0x3fffff) + eth2),
    udp4(PORT, 49153, shim(1, 0, 0, 0) + inner4),               # unknown type
    udp4(PORT, 49153, shim(0, 15, 7, 5) + inner4),
    udp4(PORT, 49153, shim(7, 8, 4, 6) + b"abcd"),
    udp4(PORT, 49153, shim(4, 5, 5, 7) + b"\x45"),              # IPv4 too short
    udp4(PORT, 49153, shim(5, 7, 6, 8) + b"\x00" * 6),          # Ethernet too short
    udp4(PORT, 49153, shim(6, 4, 0, 9) + b"\x60" + b"\x00" * 10),
    udp4(PORT, 49153, shim(3, 4, 2, 10)),                       # nothing after the shim
    udp4(PORT, 49153, b""),
    udp4(PORT, 49153, b"\x01"),
    udp4(PORT, 49153, b"\x01\x02\x03"),
    udp4(49153, PORT, shim(3, 4, 2, 11) + inner4),              # destination only
    udp4(PORT, 53, shim(3, 4, 2, 12) + inner4),                 # DNS comes first
    udp4(PORT, PORT, shim(3, 5, 2, 13) + inner4),
]
pcapfile.write(os.path.join(out, "bcmli.pcap"), frames)

full4 = udp4(PORT, 49153, shim(3, 4, 2, 66666) + inner4)
fulle = udp4(PORT, 49153, shim(2, 7, 2, 66666) + eth2)
cut = [(full4, HDR + n) for n in (0, 1, 2, 3, 4, 5, 12, 24, 30)]
cut += [(fulle, HDR + n) for n in (4, 10, 16, 20, 40, 60)]
pcapfile.write(os.path.join(out, "bcmli-cut.pcap"), cut)
