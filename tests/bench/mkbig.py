#!/usr/bin/python3
"""Make a large mixed capture by repeating a sample's packets with fresh times.

usage: mkbig.py IN.pcap OUT.pcap COUNT
Keeps the order and kinds of packets of IN (TCP with options, UDP, DNS,
ICMP, ICMPv6, ARP, IPv6 ...), rewrites timestamps so they increase by 10 us.
"""
import struct
import sys

src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(src, "rb").read()
magic = data[:4]
if magic not in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
    sys.exit("mkbig: need a little-endian pcap")
nano = magic == b"\x4d\x3c\xb2\xa1"
pkts = []
off = 24
while off + 16 <= len(data):
    _, _, incl, orig = struct.unpack_from("<IIII", data, off)
    pkts.append((incl, orig, data[off + 16:off + 16 + incl]))
    off += 16 + incl
with open(dst, "wb") as f:
    f.write(b"\xd4\xc3\xb2\xa1" + data[4:24])
    sec, usec = 1700000000, 0
    out = []
    for i in range(count):
        incl, orig, body = pkts[i % len(pkts)]
        out.append(struct.pack("<IIII", sec, usec, incl, orig))
        out.append(body)
        usec += 10
        if usec >= 1000000:
            sec, usec = sec + 1, usec - 1000000
        if len(out) > 20000:
            f.write(b"".join(out))
            out = []
    f.write(b"".join(out))
