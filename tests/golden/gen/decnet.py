#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""DECnet Phase IV (EtherType 0x6003): routing init, verification, test,
level 1 and level 2 routing, router and endnode hellos, padded messages, a
future version, data with short and long headers carrying every NSP
message (data segments, link service, interrupt, acks, connect initiate,
confirm, disconnect, no-op), an unknown control message, and the same
messages cut at every few bytes and with lying length words.
Usage: decnet.py OUTDIR (writes decnet.pcap, fixed times)"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def addr(area, node):
    return struct.pack('<H', (area << 10) | node)


def eth(body, lie=0):
    return (bytes.fromhex('aa0004000a04' 'aa0004000104' '6003')
            + struct.pack('<H', len(body) + lie) + body)


A, B, C = addr(1, 4), addr(1, 10), addr(2, 7)
msgs = [
    # routing layer control messages
    bytes([0x01]) + B + bytes([0x02]) + struct.pack('<H', 1498) + bytes([2, 0, 0]) + struct.pack('<H', 15)
    + b'\0',
    bytes([0x03]) + B + bytes([0o17]),
    bytes([0x05]) + B + bytes([0o252]) + b'\xaa' * 4,
    bytes([0x07, 0]) + B + b'\0' + struct.pack('<HHH', 2, 1, (3 << 10) | 5) + struct.pack('<H', 0x1234),
    bytes([0x09, 0]) + B + b'\0' + struct.pack('<HHHH', 3, 1, (2 << 10) | 4, (1 << 10) | 8),
    bytes([0x0b, 2, 0, 0]) + bytes.fromhex('aa0004000a04') + bytes([0x02]) + struct.pack('<H', 1498)
    + bytes([64, 0]) + struct.pack('<H', 15) + b'\0' + bytes([14]) + bytes.fromhex('aa0004000104') + bytes([0x80 | 64]),
    bytes([0x0d, 2, 0, 0]) + bytes.fromhex('aa0004000104') + bytes([0x03]) + struct.pack('<H', 1498)
    + b'\0' + bytes(8) + bytes(5) + bytes.fromhex('aa0004000a04')[-2:] + struct.pack('<H', 10) + b'\0' + bytes([0o252, 0o252]),
    bytes([0x0f]) + b'\x01\x02\x03',
    # padding, then a hello; a future version
    bytes([0x83, 0, 0]) + bytes([0x03]) + B + bytes([1]),
    bytes([0x41]) + b'\0' * 8,
]


def short(payload, flags=0x02):
    return bytes([flags]) + A + B + bytes([3]) + payload


def long(payload, flags=0x26):
    return (bytes([flags, 0, 0]) + bytes.fromhex('aa0004000104') + bytes([0, 0])
            + bytes.fromhex('aa0004000a04') + bytes([0, 2, 0, 0]) + payload)


def nsp(flg, *words, tail=b''):
    return bytes([flg]) + C + A + b''.join(struct.pack('<H', w) for w in words) + tail


nsps = [
    nsp(0x60, 0x8005, 0xa003, 7, tail=b'hello world'),
    nsp(0x20, 0x8005, 9, tail=b'first'),
    nsp(0x40, 0x9002, 10, tail=b'last'),
    nsp(0x00, 11, tail=b'middle'),
    nsp(0x10, 0x8001, 0xb002, 3, tail=bytes([0x01, 5])),
    nsp(0x10, 4, tail=bytes([0x04, 1])),
    nsp(0x30, 0x8001, 5, tail=b'intr'),
    nsp(0x04, 0x8006),
    nsp(0x04, 0x9006, 0xa001),
    nsp(0x14, 0x8002, 0xb003),
    nsp(0x24)[:3],
    nsp(0x18)[:3] + A + bytes([0x05, 0x02]) + struct.pack('<H', 1459) + b'\x01\x00\x03rsh',
    nsp(0x68)[:3] + A + bytes([0x01, 0x01]) + struct.pack('<H', 230),
    nsp(0x28)[:5] + bytes([0x09, 0x02]) + struct.pack('<H', 1459) + b'\x02ok',
    nsp(0x38)[:5] + struct.pack('<H', 38) + b'\x00',
    nsp(0x48)[:5] + struct.pack('<H', 41),
    nsp(0x48)[:5] + struct.pack('<H', 999),
    nsp(0x08)[:1] + b'\0\0',
    nsp(0x78)[:5],
]
msgs += [short(n) for n in nsps]
msgs += [long(n) for n in nsps[:6]]
msgs += [short(nsps[0], flags=0x0a), long(nsps[1], flags=0x3e)]

frames = [eth(m) for m in msgs]
# lying length words: longer and shorter than the frame
frames += [eth(msgs[0], lie=40), eth(msgs[10], lie=-3), eth(short(nsps[0]), lie=-20)]
# cut bodies: every few bytes of a few messages
for m in (msgs[0], msgs[5], msgs[6], short(nsps[0]), short(nsps[11]), long(nsps[4])):
    for n in range(1, len(m), 3):
        frames.append(eth(m[:n], lie=len(m) - n))
recs = list(frames)
# snapped copies: the wire length is longer than what was captured
for f in frames[:30]:
    for cut in (15, 17, 22, 26):
        if cut < len(f):
            recs.append((f, cut))
pcapfile.write(os.path.join(out, 'decnet.pcap'), recs)
