#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""ForCES (RFC 5810) in SCTP DATA chunks (ports 6704-6706, PPIDs 21-23):
every message type, LFBselect with operations holding PATH-DATA trees
(FULLDATA, SPARSEDATA, RESULT, KEYINFO, table ranges and appends),
association results and teardown reasons, redirects with METADATA and
REDIRECTDATA, and broken messages: lying and zero TLV lengths, bad total
lengths, unknown types, nested PATH-DATA; plus cut copies.
Usage: forces.py OUTDIR (writes forces.pcap and forces-cut.pcap)"""
import os
import struct
import sys

from scapy.all import IP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def tlv(t, data, length=None, pad=True):
    b = struct.pack('>HH', t, len(data) + 4 if length is None else length) + data
    return pcapfile.pad4(b) if pad else b


def ilv(t, data, length=None):
    return pcapfile.pad4(struct.pack('>II', t, len(data) + 8 if length is None else length) + data)


def msg(tom, body, sid=0x40000001, did=2, cor=7, flags=0xc0400000, words=None):
    n = (24 + len(body)) // 4 if words is None else words
    return struct.pack('>BBHIIQI', 0x10, tom, n, sid, did, cor, flags) + body


def pkt(payload, sport=6704, dport=1234, ppid=0):
    chunk = struct.pack('>BBHIHHI', 0, 3, 16 + len(payload), 1, 0, 0, ppid) + payload
    sctp = struct.pack('>HHII', sport, dport, 1, 0) + pcapfile.pad4(chunk)
    return raw(E / IP(src='10.0.0.1', dst='10.0.0.2', proto=132, id=1) / Raw(sctp))


def pdata(flags, ids, content=b''):
    return struct.pack('>HH', flags, len(ids)) + b''.join(struct.pack('>I', i) for i in ids) + content


def lfbs(cls, inst, ops):
    return tlv(0x1000, struct.pack('>II', cls, inst) + b''.join(ops))


FULL = tlv(0x112, bytes(range(20)))
RES = tlv(0x114, b'\0\0\0\0')
msgs = [
    msg(0x0f, b''),
    msg(0x01, lfbs(1, 1, [tlv(11, tlv(0x110, pdata(0, [1, 2], FULL)))])),
    msg(0x01, b''),
    msg(0x03, lfbs(2, 1, [tlv(1, tlv(0x110, pdata(0, [3], tlv(0x113, ilv(5, b'abcdef') + ilv(6, b'xy'))))),
                          tlv(5, tlv(0x110, pdata(4, [1, 2, 3]))), tlv(12, b'\0' * 8)])),
    msg(0x13, lfbs(2, 1, [tlv(3, tlv(0x110, pdata(0, [3], RES))),
                          tlv(6, tlv(0x110, pdata(0, [4], tlv(0x114, b'\x17\0\0\0')))),
                          tlv(13, tlv(0x110, pdata(0, [1], RES)))])),
    msg(0x04, lfbs(1, 2, [tlv(7, tlv(0x110, pdata(2, [1], struct.pack('>HHII', 0, 12, 1, 9)))),
                          tlv(8, tlv(0x110, pdata(1, [1], b'\0\0\0\1' + tlv(0x111, b'ab'))))])),
    msg(0x14, lfbs(1, 2, [tlv(9, tlv(0x110, pdata(0, [1, 2], tlv(0x110, pdata(0, [5], FULL))))),
                          tlv(10, tlv(0x110, pdata(0, [1], tlv(0x112, b'abc'))))])),
    msg(0x05, lfbs(0xffffffff, 3, [tlv(11, tlv(0x110, pdata(0, [1], FULL)))])),
    msg(0x11, tlv(0x10, struct.pack('>I', 0)), sid=2, did=0x40000001, flags=0x3fffffff),
    msg(0x11, tlv(0x10, struct.pack('>I', 2)), sid=0x80000000, did=0xc0000001),
    msg(0x11, tlv(0x10, struct.pack('>I', 7))),
    msg(0x02, tlv(0x11, struct.pack('>I', 1)), did=0xfffffffd),
    msg(0x02, tlv(0x11, struct.pack('>I', 9)), did=0xfffffffe),
    msg(0x02, tlv(0x11, struct.pack('>I', 300)), did=0xffffffff),
    msg(0x02, tlv(0x11, b'\0\0\0\1\0\0\0\0')),
    msg(0x06, tlv(1, tlv(0x115, ilv(1, b'meta') + ilv(2, b'\1\2')) + tlv(0x116, b'packet-bytes') + tlv(0x99, b'zz'))),
    msg(0x06, tlv(1, b'\0\0\0\0')),
    # broken: unknown types, lengths that lie
    msg(0x08, b''), msg(0x12, b''), msg(0x00, b''),
    msg(0x03, b'', words=20), msg(0x03, tlv(0x1000, b'\0' * 12), words=3),
    msg(0x0f, tlv(0x1000, b'\0' * 8)),
    msg(0x03, b''),
    msg(0x03, tlv(0x1000, b'\0' * 20, length=200)),
    msg(0x03, tlv(0x1000, b'\0' * 20, length=0)),
    msg(0x03, tlv(0x2000, b'\0' * 20)),
    msg(0x03, lfbs(1, 1, [tlv(9, b'\0' * 12)])),
    msg(0x03, lfbs(1, 1, [tlv(0x8001, b'\0' * 12), tlv(1, b'\0' * 2)])),
    msg(0x03, lfbs(1, 1, [tlv(1, b'\0' * 12, length=0)])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(0, [1], tlv(0x112, b'abcd', length=40))))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(0, [1], tlv(0x112, b'abcd', length=0))))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(0, [1], tlv(0x150, b'abcd'))))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, struct.pack('>HH', 0, 9) + b'\0' * 8))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(3, [1], b'\0' * 12)))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(0, [1], tlv(0x113, b'\0\0')))),
                          tlv(1, tlv(0x110, pdata(0, [1], tlv(0x113, ilv(1, b'ab', length=90)))))])),
    msg(0x03, lfbs(1, 1, [tlv(1, tlv(0x110, pdata(0, [1], tlv(0x112, b'abcde', pad=False))))])),
    msg(0x13, lfbs(1, 1, [tlv(3, tlv(0x110, pdata(0, [1], tlv(0x114, b'\0' * 8)))),
                          tlv(13, tlv(0x2000, pdata(0, [1])))])),
    msg(0x06, tlv(1, tlv(0x115, ilv(1, b'm', length=3)) + tlv(0x116, b'x', length=99))),
]
# PATH-DATA nested 6 deep
inner = FULL
for i in range(6):
    inner = tlv(0x110, pdata(0, [i], inner))
msgs.append(msg(0x03, lfbs(1, 1, [tlv(1, inner)])))
pkts = [pkt(m) for m in msgs]
pkts.append(pkt(msgs[1], sport=1234, dport=6706))
pkts.append(pkt(msgs[1], sport=1234, dport=80, ppid=22))
pcapfile.write(os.path.join(out, 'forces.pcap'), pkts)

HDR = 14 + 20 + 12 + 16
cuts = []
for m in (msgs[1], msgs[3], msgs[5], msgs[15], msgs[-1]):
    p = pkt(m)
    for n in (1, 10, 23, 24, 26, 30, 34, 40, 50, 60, 80, len(m) - 1):
        if n < len(m):
            cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'forces-cut.pcap'), cuts)
