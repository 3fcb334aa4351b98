#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""SOME/IP golden inputs (UDP port 30490): every message type and return
code, events and methods, unknown type and code values, a payload, the
port as source or destination, IPv6, a datagram shorter than the 16-byte
header, and a TCP segment to port 30490 (tcpdump 4.99.3 has no SOME/IP
over TCP). someip-other.pcap holds SOME/IP on other ports for -T someip.
someip-cut.pcap cuts each packet inside the header.
Usage: someip.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw, raw  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

PORT = 30490
HDR = 14 + 20 + 8


def someip(service, method, mtype, rcode=0, client=1, session=1, pver=1, iver=1,
           payload=b"", event=False, length=None):
    mid = (service << 16) | (0x8000 if event else 0) | (method & 0x7fff)
    if length is None:
        length = 8 + len(payload)
    return struct.pack(">IIHHBBBB", mid, length, client, session, pver, iver,
                       mtype, rcode) + payload


def udp4(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IP(src="192.0.2.1", dst="192.0.2.2", id=7) / UDP(sport=sp, dport=dp) / Raw(pl))


def udp6(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IPv6(src="2001:db8::1", dst="2001:db8::2") / UDP(sport=sp, dport=dp) / Raw(pl))


def tcp4(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IP(src="192.0.2.1", dst="192.0.2.2", id=8) /
               TCP(sport=sp, dport=dp, flags="PA", seq=1000, ack=2000) / Raw(pl))


mtypes = [0x00, 0x01, 0x02, 0x20, 0x21, 0x22, 0x80, 0x81, 0xa0, 0xa1, 0x03, 0xff]
rcodes = list(range(0x10)) + [0x10, 0x5e, 0xff]

frames = []
for i, t in enumerate(mtypes):
    frames.append(udp4(40000 + i, PORT, someip(0x1234, i, t, client=i, session=0x100 + i)))
for i, r in enumerate(rcodes):
    frames.append(udp4(PORT, 41000 + i, someip(0x0042, 0x7fff, 0x80, r, event=(i & 1) == 1)))
frames += [
    udp4(PORT, PORT, someip(0xffff, 0x0100, 0x02, event=True, client=0, session=0,
                            payload=bytes(range(40)))),
    udp4(PORT, 53000, someip(1, 2, 0x00, length=0xffffffff, pver=0xff, iver=0)),
    udp4(PORT, 53001, someip(0, 0, 0x00, length=0)),
    udp6(50000, PORT, someip(7, 8, 0x01, payload=b"abcdefgh")),
    udp4(50001, PORT, someip(1, 2, 0x00)[:15]),       # 15 bytes: shorter than a header
    udp4(50002, PORT, b""),                            # empty
    udp4(50003, PORT, b"\x01"),
    tcp4(50004, PORT, someip(1, 2, 0x00)),             # tcpdump 4.99.3: not over TCP
    tcp4(PORT, 50005, someip(3, 4, 0x80)),
]
pcapfile.write(os.path.join(out, "someip.pcap"), frames)

# cut inside the header: at every field boundary and inside fields
full = udp4(40000, PORT, someip(0x1234, 0x56, 0x02, 0x01, payload=b"xyz"))
cut = [(full, HDR + n) for n in (0, 1, 2, 3, 4, 6, 8, 10, 12, 13, 14, 15, 16, 17)]
cut.append((udp6(PORT, 40001, someip(9, 9, 0x81, 0x09)), 14 + 40 + 8 + 9))
pcapfile.write(os.path.join(out, "someip-cut.pcap"), cut)

# other ports, for -T someip (the port dispatch would not pick them)
other = [
    udp4(1111, 2222, someip(5, 6, 0x22, 0x0e, payload=b"tp")),
    udp4(53, 2222, someip(5, 6, 0x00)),
    udp6(3333, 4444, someip(5, 6, 0xa0, event=True)),
    udp4(1111, 2222, b"\x00\x01\x02"),
    (udp4(1111, 2222, someip(5, 6, 0x00)), HDR + 9),
]
pcapfile.write(os.path.join(out, "someip-other.pcap"), other)
