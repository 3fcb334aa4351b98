#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""OpenFlow 1.3 (version 4, TCP 6653): hello with version-bitmap elements
(one word, several words, a bogus and an unknown element, lying element
lengths), errors of each type with their codes and data, echo, experimenter,
features, config, port status and port mod, table mod, queue-config
request, role and async messages, the header-only messages (packet-in/out,
flow/group/meter mod, multipart, barrier), unknown types, every body with
a length too short and too long for its type, and copies cut by the snap
length.
Usage: openflow13.py OUTDIR (writes openflow13.pcap, openflow13-cut.pcap)"""
import os
import struct
import sys

from scapy.all import IP, TCP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
MAC = b'\x00\x1c\x73\x01\x02\x03'


def seg(payload, sport=40000, dport=6653):
    t = TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=2000, window=8192)
    return raw(E / IP(src='10.0.0.1', dst='10.0.0.2', id=1) / t / Raw(payload))


def of(t, body=b'', xid=0x1234, length=None):
    n = 8 + len(body) if length is None else length
    return struct.pack('!BBHI', 4, t, n, xid) + body


def port(no=1, name=b'eth1', config=0x65, state=0x7):
    return struct.pack('!I4x6s2x16sIIIIIIII', no, MAC, name.ljust(16, b'\0'), config, state, 0x2840, 0x2840,
                       0xffff, 0x0, 10000000, 10000000)


def elem(t, body, length=None):
    n = 4 + len(body) if length is None else length
    b = struct.pack('!HH', t, n) + body
    return b + b'\0' * (-len(b) % 8)


msgs = [
    of(0),
    of(0, elem(1, struct.pack('!I', 0x12))),
    of(0, elem(1, struct.pack('!II', 0x10, 0x80000001))),
    of(0, elem(1, b'\0\0\0')),
    of(0, elem(7, b'abcd') + elem(1, struct.pack('!I', 0x10))),
    of(0, elem(1, struct.pack('!I', 0x10), length=2)),
    of(0, elem(1, struct.pack('!I', 0x10), length=60)),
    of(2, b'ping'), of(3), of(3, b'\x00' * 40),
    of(4, struct.pack('!II', 0x2320, 7) + b'nicira data'),
    of(4, struct.pack('!II', 0x5c16c7, 1)),
    of(4, b'\0\0'),
    of(5),
    of(6, struct.pack('!QIBB2xII', 0x0000001122334455, 256, 254, 0, 0x14f, 0)),
    of(6, struct.pack('!QIBB2xII', 1, 0, 1, 3, 0xffffffff, 0)),
    of(6, b'\0' * 10),
    of(7),
    of(8, struct.pack('!HH', 0, 128)), of(8, struct.pack('!HH', 3, 0xffff)), of(9, struct.pack('!HH', 1, 0xffe5)),
    of(12, struct.pack('!B7x', 0) + port()), of(12, struct.pack('!B7x', 2) + port(0xfffffffe, b'local', 1, 4)),
    of(12, struct.pack('!B7x', 9) + port(0xfffffff8, b'in')), of(12, b'\0' * 20),
    of(16, struct.pack('!I4x6s2xIII4x', 3, MAC, 0x45, 0x65, 0x2840)),
    of(16, struct.pack('!I4x6s2xIII4x', 0xfffffffd, MAC, 0, 0xffffffff, 0xffffffff)),
    of(17, struct.pack('!B3xI', 0, 3)), of(17, struct.pack('!B3xI', 0xff, 0)),
    of(22, struct.pack('!I4x', 5)), of(22, struct.pack('!I4x', 0xffffffff)),
    of(24, struct.pack('!I4xQ', 0, 0)), of(24, struct.pack('!I4xQ', 2, 0x1122334455667788)),
    of(25, struct.pack('!I4xQ', 3, 7)), of(25, struct.pack('!I4xQ', 9, 7)),
    of(26),
    of(27, struct.pack('!IIIIII', 3, 0, 7, 1, 0xf, 0x30)), of(28, struct.pack('!IIIIII', 0, 0, 0, 0, 0, 0)),
    of(10, b'\0' * 40), of(11, b'\0' * 48), of(13, b'\0' * 24), of(14, b'\0' * 48), of(15, b'\0' * 16),
    of(18, struct.pack('!HH4x', 0, 0)), of(19, struct.pack('!HH4x', 13, 1)), of(20), of(21), of(23, b'\0' * 8),
    of(29, b'\0' * 8), of(30), of(0x63),
]
for t, code in ((0, 1), (1, 5), (2, 3), (3, 9), (4, 2), (5, 1), (6, 3), (7, 4), (8, 5), (9, 1), (10, 2),
                (11, 0), (12, 6), (13, 3), (0xffff, 1), (99, 0), (1, 77)):
    msgs.append(of(1, struct.pack('!HH', t, code) + of(14, b'\0' * 8)[:16]))
msgs.append(of(1, struct.pack('!HHHI', 0xffff, 3, 0, 0x2320) + b'exp'))
msgs.append(of(1, b'\0'))
# lengths too short and too long for the type
for t in (6, 8, 12, 16, 17, 22, 24, 27):
    msgs.append(of(t, b'\0' * 4))
    msgs.append(of(t, b'\0' * 90))
msgs.append(of(0, length=4))
msgs.append(of(12, struct.pack('!B7x', 0) + port(), length=40))
pkts = [seg(m, *((6653, 40000) if i % 3 == 1 else ())) for i, m in enumerate(msgs)]
pkts.append(seg(of(0) + of(2, b'ab') + of(5) + of(27, struct.pack('!IIIIII', 1, 2, 3, 4, 5, 6))))
pcapfile.write(os.path.join(out, 'openflow13.pcap'), pkts)

HDR = 14 + 20 + 20
cuts = []
for m in (msgs[2], msgs[14], msgs[21], msgs[25], msgs[31], msgs[36], msgs[55]):
    p = seg(m)
    for n in sorted({1, 4, 8, 10, 12, 16, 20, 24, 30, 40, 48, 56, 64, 72, len(m) - 1}):
        if n < len(m):
            cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'openflow13-cut.pcap'), cuts)
