#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""LBL whiteboard (UDP destination port 4567): kill, announcements with
site lists and names, repair requests and replies, drawing operations
with every operation type, SKIP/HOLE runs inside and outside the range,
page vector requests and replies, unknown types, flags, messages shorter
than their type and copies cut by the snap length.
Usage: wb.py OUTDIR (writes wb.pcap and wb-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def pkt(body, dport=4567, sport=3000):
    return raw(Ether(src='00:11:22:33:44:55', dst='01:00:5e:00:00:01') /
               IP(src='10.0.0.1', dst='224.2.0.1', id=3) / UDP(sport=sport, dport=dport) / Raw(body))


def hdr(t, flags=0):
    return struct.pack('>IIHBB', 0x0a000001, 12345, 1, t, flags)


def page(sid, uid):
    return struct.pack('>II', sid, uid)


def dop(ts, typ, body=b''):
    d = struct.pack('>IHBB', ts, len(body), 0, typ) + body
    return d + b'\x00' * (-len(d) % 4)


def pgstate(slot, sid, uid, ids):
    return struct.pack('>I', slot) + page(sid, uid) + struct.pack('>HH', len(ids) << 8, 0) + \
        b''.join(struct.pack('>II', a, o) for a, o in ids)


ops = b''.join(dop(0, t, b'x' * t) for t in range(2, 14))
msgs = [
    hdr(4),
    hdr(4, 1),
    hdr(1) + struct.pack('>I', 9) + page(0x0a000002, 3) + struct.pack('>I', 4) + page(0x0a000003, 5) +
    struct.pack('>HH', 2, 0) + struct.pack('>IIII', 0x0a000004, 10, 0x0a000005, 20) + b'site-a\x00pad',
    hdr(1) + struct.pack('>I', 1) + page(1, 1) + struct.pack('>I', 1) + page(1, 1) + struct.pack('>HH', 0, 0),
    hdr(1) + struct.pack('>I', 1) + page(1, 1) + struct.pack('>I', 1) + page(1, 1) + struct.pack('>HH', 50, 0),
    hdr(2) + struct.pack('>I', 0x0a000009) + page(0x0a000002, 7) + struct.pack('>II', 100, 110),
    hdr(3) + struct.pack('>I', 0x0a000009) + page(0x0a000002, 7) + struct.pack('>II', 1, 12) + ops,
    hdr(0) + page(0x0a000002, 8) + struct.pack('>II', 1, 12) + ops,
    hdr(0, 2) + page(0x0a000002, 8) + struct.pack('>II', 5, 9) + dop(0, 2) + dop(7, 14) + dop(0, 3) + dop(0, 99),
    hdr(0) + page(0x0a000002, 8) + struct.pack('>II', 5, 9) + dop(20, 15) + dop(0, 3),
    hdr(0) + page(0x0a000002, 8) + struct.pack('>II', 5, 9) + dop(2, 14) + dop(0, 3),
    hdr(5) + page(0x0a000002, 9) + struct.pack('>II', 3, 4),
    hdr(7) + struct.pack('>I', 2) + pgstate(1, 0x0a000002, 1, [(0x0a000006, 1)]) +
    pgstate(2, 0x0a000002, 2, [(0x0a000007, 2), (0x0a000008, 3)]),
    hdr(7) + struct.pack('>I', 0),
    hdr(6), hdr(99),
    hdr(2) + b'\x00' * 8, hdr(3) + b'\x00' * 8, hdr(0) + b'\x00' * 8, hdr(5) + b'\x00' * 8,
    hdr(7), hdr(1) + b'\x00' * 20, b'\x00' * 6,
]
recs = [pkt(m) for m in msgs] + [pkt(msgs[2], sport=4567, dport=3000)]
pcapfile.write(os.path.join(out, 'wb.pcap'), recs)
cut = [(pkt(m), n) for m in (msgs[2], msgs[6], msgs[12]) for n in (44, 50, 58, 66, 74, 80, 90)]
pcapfile.write(os.path.join(out, 'wb-cut.pcap'), cut)
