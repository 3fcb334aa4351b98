#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""OpenFlow 1.0 (TCP 6633 and 6653): hello, error, echo, vendor (Big
Switch and others), features, config, packet-in and -out with a frame,
flow mod and removed with matches and actions of each type (and bogus
lengths), port status and mod, stats requests and replies of each type,
barriers, queue configs with properties; unknown versions and types,
lengths below the header, several messages in one segment, a message
running past its segment, and copies cut by the snap length.
Usage: openflow.py OUTDIR (writes openflow.pcap and openflow-cut.pcap)"""
import os
import struct
import sys

from scapy.all import IP, TCP, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def seg(payload, sport=40000, dport=6653):
    t = TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=2000, window=8192)
    return raw(E / IP(src='10.0.0.1', dst='10.0.0.2', id=1) / t / Raw(payload))


def of(t, body=b'', ver=1, xid=0x1234, length=None):
    n = 8 + len(body) if length is None else length
    return struct.pack('!BBHI', ver, t, n, xid) + body


MAC = b'\x00\x1c\x73\x01\x02\x03'


def match(w=0, in_port=1, dl_type=0x0800, proto=6):
    return struct.pack('!IH6s6sHBxHBBxx4s4sHH', w, in_port, MAC, MAC[::-1], 10, 3, dl_type, 0x10, proto,
                       b'\x0a\x00\x00\x01', b'\x0a\x00\x00\x02', 80, 443)


def action(t, body):
    return struct.pack('!HH', t, 4 + len(body)) + body


ACTIONS = (action(0, struct.pack('!HH', 0xfffd, 128)) + action(0, struct.pack('!HH', 3, 0)) +
           action(1, struct.pack('!Hxx', 5)) + action(2, struct.pack('!Bxxx', 9)) + action(3, b'\0' * 4) +
           action(4, MAC + b'\0' * 6) + action(6, b'\x0a\x00\x00\x09') + action(8, b'\x20\0\0\0') +
           action(9, struct.pack('!Hxx', 22)) + action(11, struct.pack('!H6xI', 2, 0xffffffff)) +
           action(0xffff, struct.pack('!IIIIBxxx', 0x5c16c7, 1, 7, 0x81000065, 1)) +
           action(0xffff, struct.pack('!I', 0x2320)) + action(0x77, b'\0' * 4) + action(0, b'\0' * 8))


def port(no=1, name=b'eth1'):
    return struct.pack('!H6s16sIIIIII', no, MAC, name.ljust(16, b'\0'), 0x81, 0x201, 0x2a0, 0x2a0, 0xfff, 0x1000)


FRAME = raw(Ether(src='00:00:00:00:00:01', dst='ff:ff:ff:ff:ff:ff') / IP(src='1.1.1.1', dst='2.2.2.2') /
            UDP(sport=1, dport=2) / Raw(b'abcd'))

msgs = [
    of(0), of(0, b'\x00\x01'), of(1, struct.pack('!HH', 1, 6) + b'payload'), of(1, struct.pack('!HH', 9, 1)),
    of(2, b'ping'), of(3),
    of(4, struct.pack('!II', 0x5c16c7, 6) + struct.pack('!I', 3) + b'ls\n'),
    of(4, struct.pack('!IIB7x', 0x5c16c7, 1, 2)), of(4, struct.pack('!IIBxxx4s', 0x5c16c7, 0, 1, b'\xff\xff\xff\0')),
    of(4, struct.pack('!IIBxxx', 0x5c16c7, 3, 5)), of(4, struct.pack('!II', 0x5c16c7, 9)),
    of(4, struct.pack('!III', 0x5c16c7, 8, 1)), of(4, struct.pack('!II', 0x5c16c7, 99)),
    of(4, struct.pack('!I', 0xff000002) + b'xy'), of(4, struct.pack('!II', 0x5c16c7, 1)),
    of(5), of(6, struct.pack('!QIB3xII', 0x1122334455667788, 256, 2, 0x1ff, 0x8fff) + port() + port(0xfffe, b'local')),
    of(6, struct.pack('!QIB3xII', 1, 0, 1, 0, 0) + b'\0' * 10),
    of(7), of(8, struct.pack('!HH', 0, 128)), of(9, struct.pack('!HH', 7, 0xffff)),
    of(10, struct.pack('!IHHBx', 0xffffffff, len(FRAME), 2, 0) + FRAME), of(10, struct.pack('!IHHBx', 5, 0, 1, 9)),
    of(11, match() + struct.pack('!QHBxIIHxxQQ', 0xabc, 5, 1, 3, 4, 6, 7, 8)),
    of(12, struct.pack('!B7x', 1) + port(2)),
    of(13, struct.pack('!IHH', 0xffffffff, 0xfff8, 8) + action(0, struct.pack('!HH', 0xfffb, 0)) + FRAME),
    of(13, struct.pack('!IHH', 1, 1, 200)),
    of(14, match(0x3ffffe) + struct.pack('!QHHHHIHH', 1, 0, 10, 20, 30, 0xffffffff, 0, 1) + ACTIONS),
    of(14, match(0x3820e0 | (40 << 8), dl_type=0x0806) + struct.pack('!QHHHHIHH', 2, 3, 0, 0, 0, 7, 0xffff, 0x8) +
       action(1, struct.pack('!Hxx', 0xfff))),
    of(14, match(0x1, dl_type=0x0800, proto=1) + struct.pack('!QHHHHIHH', 3, 9, 0, 0, 0, 0, 2, 0)),
    of(15, struct.pack('!H6sIII4x', 3, MAC, 1, 0x100, 0x20)),
    of(16, struct.pack('!HH', 0, 0)), of(16, struct.pack('!HH', 1, 1) + match(0x3fffff) + struct.pack('!BxH', 0xff, 0xffff)),
    of(16, struct.pack('!HH', 4, 0) + struct.pack('!H6x', 0xfffc)), of(16, struct.pack('!HH', 5, 0) + struct.pack('!HxxI', 1, 0xffffffff)),
    of(16, struct.pack('!HH', 0xffff, 0) + struct.pack('!I', 0x5c16c7) + b'abc'), of(16, struct.pack('!HH', 3, 0) + b'x'),
    of(16, struct.pack('!HH', 9, 0)),
    of(17, struct.pack('!HH', 0, 1) + b'Maker'.ljust(256, b'\0') + b'HW'.ljust(256, b'\0') + b'SW'.ljust(256, b'\0') +
       b'123'.ljust(32, b'\0') + b'dp'.ljust(256, b'\0')),
    of(17, struct.pack('!HH', 1, 0) + struct.pack('!HBx', 96, 0) + match(0x3fffff) +
       struct.pack('!IIHHH6xQQQ', 1, 2, 3, 4, 5, 6, 7, 8) + action(0, struct.pack('!HH', 1, 0))),
    of(17, struct.pack('!HH', 2, 0) + struct.pack('!QQI4x', 1, 2, 3)),
    of(17, struct.pack('!HH', 3, 0) + struct.pack('!B3x32sIIIQQ', 0, b'classifier', 0x3fffff, 100, 2, 3, 4)),
    of(17, struct.pack('!HH', 4, 2) + struct.pack('!H6x', 1) + struct.pack('!12Q', *range(12))),
    of(17, struct.pack('!HH', 5, 0) + struct.pack('!HxxIQQQ', 1, 2, 3, 4, 5)),
    of(17, struct.pack('!HH', 0xffff, 0) + struct.pack('!I', 0x2320)), of(17, struct.pack('!HH', 7, 0) + b'zz'),
    of(18), of(19), of(19, b'x'),
    of(20, struct.pack('!Hxx', 0xfffe)),
    of(21, struct.pack('!H6x', 1) + struct.pack('!IHxx', 1, 40) + struct.pack('!HH4x', 0, 8) +
       struct.pack('!HH4xH6x', 1, 16, 500) + struct.pack('!HH4xH6x', 1, 16, 1001) +
       struct.pack('!HH4x', 1, 8)),
    of(21, struct.pack('!H6x', 1) + struct.pack('!IHxx', 2, 24) + struct.pack('!HH4x8x', 7, 16)),
    of(21, struct.pack('!H6x', 1) + struct.pack('!IHxx', 2, 99)),
    # header oddities
    of(0x30), of(0, ver=2), of(5, ver=0x99), of(2, length=4) + of(0), of(0, length=9),
    b'\x01', b'\x01\x00', b'\x01\x00\x00\x08\x00',
]
pkts = [seg(m, *((6653, 40000) if i % 4 == 1 else (40001, 6633) if i % 4 == 2 else ())) for i, m in enumerate(msgs)]
pkts.append(seg(of(0) + of(2, b'ab') + of(5) + of(18)))
pkts.append(seg(of(0), sport=6633, dport=23))
pkts.append(seg(of(0), sport=6633, dport=21))
pcapfile.write(os.path.join(out, 'openflow.pcap'), pkts)

HDR = 14 + 20 + 20
cuts = []
for m in (msgs[16], msgs[22], msgs[25], msgs[27], msgs[35], msgs[39], msgs[44], msgs[49], msgs[6]):
    p = seg(m)
    for n in sorted({1, 2, 4, 7, 8, 10, 12, 16, 20, 24, 30, 40, 48, 50, 56, 64, 72, 80, 100, 120, len(m) - 1}):
        if n < len(m):
            cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'openflow-cut.pcap'), cuts)
