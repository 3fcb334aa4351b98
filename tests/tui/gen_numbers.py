#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# Captures for tests/tui/t-numbers.sh, written into argv[1] (fixed timestamps):
#   rate.pcap  classic pcap, 100 UDP packets of 100 bytes, 10 ms apart
#   big.pcap   1 100 000 UDP packets of 60 bytes, 1 ms apart (numbers past a million)
import struct
import sys

out = sys.argv[1]


def frame(size, sport, seq):
    # Ethernet / IPv4 / UDP 10.203.0.1:sport > 10.203.0.2:9 padded to size bytes
    payload = size - 14 - 20 - 8
    eth = b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01\x08\x00"
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + 8 + payload, seq & 0xFFFF, 0, 64, 17, 0,
                     bytes([10, 203, 0, 1]), bytes([10, 203, 0, 2]))
    s = sum(struct.unpack("!10H", ip))
    s = (s & 0xFFFF) + (s >> 16)
    s = (s & 0xFFFF) + (s >> 16)
    ip = ip[:10] + struct.pack("!H", ~s & 0xFFFF) + ip[12:]
    udp = struct.pack("!HHHH", sport, 9, 8 + payload, 0)
    return eth + ip + udp + b"\0" * payload


def pcap(path, n, size, step_us):
    base = 1700000000
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        pkts = [frame(size, 40000 + k, k) for k in range(16)]
        for i in range(n):
            us = i * step_us
            p = pkts[i % 16]
            f.write(struct.pack("<IIII", base + us // 1000000, us % 1000000, len(p), len(p)))
            f.write(p)


pcap(out + "/rate.pcap", 100, 100, 10000)
if len(sys.argv) < 3 or sys.argv[2] != "small":
    pcap(out + "/big.pcap", 1100000, 60, 1000)
