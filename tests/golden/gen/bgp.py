#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# BGP golden inputs (TCP 179): OPEN with capabilities, UPDATE with path
# attributes and MP_REACH/MP_UNREACH NLRI, NOTIFICATION, KEEPALIVE,
# ROUTE-REFRESH, several messages in a segment, and lying lengths and
# short captures.
# Usage: bgp.py OUTDIR  (writes bgp.pcap, fixed timestamps)
import struct
import sys

from scapy.all import Ether, IP, TCP, Raw

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
BASE = 1700000000
MARK = b"\xff" * 16


def msg(t, body):
    return MARK + struct.pack("!HB", 19 + len(body), t) + body


def attr(flags, t, val):
    if flags & 0x10:
        return struct.pack("!BBH", flags, t, len(val)) + val
    return struct.pack("!BBB", flags, t, len(val)) + val


def update(withdrawn=b"", attrs=b"", nlri=b""):
    return msg(2, struct.pack("!H", len(withdrawn)) + withdrawn + struct.pack("!H", len(attrs)) + attrs + nlri)


def cap(code, val):
    return bytes([code, len(val)]) + val


caps = (cap(1, bytes.fromhex("00010001")) + cap(1, bytes.fromhex("00020001")) + cap(2, b"") +
        cap(128, b"") + cap(64, bytes.fromhex("8078 00010180")) + cap(65, struct.pack("!I", 4200000000)) +
        cap(69, bytes.fromhex("00010103 00020102")) + cap(69, bytes.fromhex("000101")) + cap(8, bytes.fromhex("00010401")) +
        cap(71, b"") + cap(99, b"\x01\x02") + cap(1, b"\x00"))
opt = bytes([2, len(caps)]) + caps + bytes([1, 2, 0, 0])
OPEN = msg(1, struct.pack("!BHHIB", 4, 23456, 90, 0x0a000001, len(opt)) + opt)

ext = (bytes.fromhex("0002 012c 0000012c") + bytes.fromhex("0102 0a000001 0064") + bytes.fromhex("0202 fa56ea00 0001") +
       bytes.fromhex("4004 fde8 4b3ebc20") + bytes.fromhex("0306 00000000 0501") + bytes.fromhex("800a 13 00 05dc 0000") +
       bytes.fromhex("030c 00000000 0008") + bytes.fromhex("0009 fde8 00000000") + bytes.fromhex("9999 010203040506"))
attrs = (attr(0x40, 1, b"\x00") + attr(0x40, 2, bytes.fromhex("0202 fde8 fde9 0101 0001")) + attr(0x40, 3, bytes.fromhex("0a000002")) +
         attr(0x80, 4, struct.pack("!I", 10)) + attr(0x40, 5, struct.pack("!I", 100)) + attr(0x40, 6, b"") +
         attr(0xc0, 7, bytes.fromhex("fde8 0a000003")) + attr(0xc0, 8, bytes.fromhex("fde80001 ffffff01 ffffff02")) +
         attr(0x80, 9, bytes.fromhex("0a000004")) + attr(0x80, 10, bytes.fromhex("0a000005 0a000006")) +
         attr(0xc0, 16, ext) + attr(0xc0, 32, struct.pack("!III", 65000, 1, 2)) + attr(0xc0, 17, bytes.fromhex("0201 fa56ea00")) +
         attr(0xc0, 18, bytes.fromhex("fa56ea00 0a000007")) + attr(0x80, 26, bytes.fromhex("01000b 00000000000007d0")) +
         attr(0xc0, 22, bytes.fromhex("00 03 000641 0a000008 e8000001")) + attr(0xc0, 99, b"abc") + attr(0x40, 1, b"\x00\x01") +
         attr(0xc0, 128, bytes.fromhex("0000fde8") + attr(0x40, 1, b"\x02") + attr(0x40, 5, struct.pack("!I", 7))))
UPD = update(bytes.fromhex("18 0a0102 10 ac10"), attrs, bytes.fromhex("18 c0a801 20 c0a80201 00"))

v6nh = bytes.fromhex("20010db8000000000000000000000001 fe800000000000000000000000000001")
mp = [
    attr(0x90, 14, bytes.fromhex("0002 01 20") + v6nh + b"\x00" + bytes.fromhex("30 20010db80001 40 20010db800020000")),
    attr(0x90, 14, bytes.fromhex("0001 04 04 0a000001 00") + bytes.fromhex("38 0006a1 0a0b0c")),
    attr(0x90, 14, bytes.fromhex("0001 80 0c 0000000000000000 0a000001 00") +
         bytes.fromhex("70 0186a1 00000064000001f4 0a0b0c")),
    attr(0x90, 14, bytes.fromhex("0001 84 04 0a000001 00") + bytes.fromhex("60 0000fde8 00020064000000c8") +
         b"\x00" + bytes.fromhex("28 0000fde8 00") + bytes.fromhex("10 00000001")),
    attr(0x90, 14, bytes.fromhex("0001 05 04 0a000001 00") +
         bytes.fromhex("01 0c 0000000100000002 0a000009") + bytes.fromhex("07 16 000000010000000a 0000fde8 20 0a00000a 20 e8000001")),
    attr(0x90, 14, bytes.fromhex("0019 41 04 0a000001 00") + bytes.fromhex("0011 00000001000000c8 0001 0000 000641 01 0008 ff")),
    attr(0x90, 14, bytes.fromhex("0001 46 04 0a000001 00") + bytes.fromhex("0211 0000000100000001 00000000 30 0a0b0c0d0e0f")),
    attr(0x90, 14, bytes.fromhex("0001 01 04 0a000001 00") + bytes.fromhex("00000001 18 0a0b0c 00000002 18 0a0b0d")),
    attr(0x90, 15, bytes.fromhex("0002 01") + bytes.fromhex("40 20010db800030000")),
    attr(0x90, 15, bytes.fromhex("0001 04")),
]
MPUPD = [update(attrs=a) for a in mp]

NOTIF = [msg(3, bytes([1, 2])), msg(3, bytes([5, 1])), msg(3, bytes([6, 1]) + bytes.fromhex("0001 01 00000064")),
         msg(3, bytes([6, 2, 7]) + b"goodbye" + b"xy"), msg(3, bytes([6, 4, 0])), msg(3, bytes([6, 2, 40]) + b"short"),
         msg(3, bytes([4, 0])), msg(3, bytes([9, 9]))]
KA = msg(4, b"")
RR = msg(5, bytes.fromhex("0001 00 01"))

E = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")


def seg(data, sport=40000, dport=179):
    return bytes(E / IP(src="10.0.0.1", dst="10.0.0.2", id=1) / TCP(sport=sport, dport=dport, flags="PA", seq=1, ack=1) / Raw(data))


pkts = [(seg(OPEN), None), (seg(KA + KA), None), (seg(UPD, 179, 40000), None), (seg(RR + msg(5, b"\x00")), None),
        (seg(update()), None), (seg(msg(9, b"abc")), None), (seg(b"junk" + KA), None)]
pkts += [(seg(m), None) for m in MPUPD + NOTIF]
# lying lengths: message length below 19, past the segment, withdrawn and attribute lengths too long
bad = [MARK + b"\x00\x05\x04", MARK + b"\x00\x60\x02" + b"\x00" * 4,
       msg(2, bytes.fromhex("0040 18 0a")), msg(2, bytes.fromhex("0000 0050 4001 01 00")),
       msg(2, bytes.fromhex("0000 0004 40 02 08 02")), msg(2, bytes.fromhex("0000 0003 50 0e 00")),
       msg(2, bytes.fromhex("0000 0007 40 02 04 0209 0001")), msg(2, bytes.fromhex("0000 0000 21 0a0b")),
       msg(1, bytes.fromhex("04 fde8 005a 0a000001 0a 02 20 01")), msg(1, bytes.fromhex("04"))]
pkts += [(seg(m), None) for m in bad]
# short captures
for cut in (60, 80, 120, 200):
    pkts.append((seg(UPD), cut))
pkts.append((seg(OPEN), 90))
pkts.append((seg(MPUPD[4]), 110))

with open(f"{OUT}/bgp.pcap", "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
    for i, (data, caplen) in enumerate(pkts):
        c = len(data) if caplen is None else min(caplen, len(data))
        f.write(struct.pack("<IIII", BASE + i, 0, c, len(data)))
        f.write(data[:c])
