#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""ZMTP/1.0 (-T zmtp1 over TCP, -T pgm_zmtp1 in PGM data): frames with
8-bit and 64-bit lengths, empty (length 0) frames, MORE and reserved flag
bits, bodies past -v's 128 bytes, frames longer than the segment and
64-bit lengths that would wrap the pointer; PGM ODATA/RDATA over UDP
(EPGM) and over IP protocol 113 with frame offsets 0, 0xffff, pointing
past the TSDU, after options, and other PGM types beside; copies cut by
the snap length at many points.
Usage: zmtp.py OUTDIR (writes zmtp.pcap, zmtp-cut.pcap, zmtp-pgm.pcap and
zmtp-pgm-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, TCP, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def seg(payload, sport=40000, dport=5555, v6=False):
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.2.2.1', dst='10.2.2.2', id=9)
    t = TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=2000, window=8192)
    return raw(E / ip / t / Raw(payload))


def frame(body=b'', flags=0, wide=False, length=None):
    n = 1 + len(body) if length is None else length
    if wide or n > 254:
        return b'\xff' + struct.pack('!Q', n) + bytes([flags]) + body
    return bytes([n, flags]) + body


TEXT = b'The quick brown fox jumps over the lazy dog. '
tcp_payloads = [
    frame(),
    frame(flags=1) + frame(b'hello'),
    frame(b'', 1) + frame(TEXT * 2) + frame(bytes(range(16))),
    frame(TEXT * 4),                      # 180 bytes: -v shows 128
    frame(TEXT * 8, 0x01, wide=True),     # a 64-bit length
    frame(b'x', wide=True),               # a 64-bit length under 255
    frame(b'reserved', 0xfe) + frame(b'all', 0xff),
    b'\x00' + frame(b'after an empty frame'),
    b'\x00\x00\x00',
    frame(b'short', length=40),           # longer than the segment
    frame(b'ab', length=0) + frame(b'cd'),
    b'\xff' + struct.pack('!Q', 0xfffffffffffffff7) + b'\x00' + b'y' * 20,   # would wrap
    b'\xff' + struct.pack('!Q', 0) + frame(b'z'),
    b'\xff\x00\x00',                      # 64-bit length cut by the segment
    b'\x05',                              # no flags byte
    bytes([200, 0]) + TEXT * 4 + b'!' * 19,
]
pkts = [seg(p, sport=40000 + i % 3, v6=(i % 5 == 4)) for i, p in enumerate(tcp_payloads)]
pkts.append(seg(frame(b'on bgp'), dport=179))
pkts.append(seg(frame(b'on http'), sport=80))
pkts.append(raw(E / IP(src='10.2.2.1', dst='10.2.2.2') / TCP(sport=1, dport=2, flags='S')))
pkts.append(raw(E / IP(src='10.2.2.1', dst='10.2.2.2') / UDP(sport=1, dport=2) / Raw(frame(b'udp'))))
pcapfile.write(os.path.join(out, 'zmtp.pcap'), pkts)

HDR = 14 + 20 + 20
cuts = []
for p in (frame(b'', 1) + frame(TEXT * 2) + frame(bytes(range(16))), frame(TEXT * 8, 0x01, wide=True)):
    s = seg(p)
    for n in sorted({1, 2, 3, 5, 9, 10, 11, 12, 40, 93, 94, 95, 100, 120, len(p) - 1}):
        if n < len(p):
            cuts.append((s, HDR + n))
pcapfile.write(os.path.join(out, 'zmtp-cut.pcap'), cuts)


def pgm(ptype, body, tsdu, opts=b'', sport=39236, dport=5563):
    flags = 0x01 if opts else 0
    hdr = struct.pack('!HHBBH6sH', sport, dport, ptype, flags, 0, b'\x47\xe3\xfd\xad\x9a\x9c', tsdu)
    return hdr + body + opts


def odata(data, seq=282, trail=0, rdata=False, opts=b'', tsdu=None):
    n = len(data) if tsdu is None else tsdu
    hdr = struct.pack('!HHBBH6sH', 39236, 5563, 5 if rdata else 4, 0x01 if opts else 0, 0,
                      b'\x47\xe3\xfd\xad\x9a\x9c', n)
    return hdr + struct.pack('!II', seq, trail) + opts + data


def dgram(offset, data):
    return struct.pack('!H', offset) + data


def epgm(p, v6=False):
    ip = IPv6(src='2001:db8::45', dst='ff05::16') if v6 else IP(src='10.0.0.45', dst='239.255.0.16', tos=0xb8, ttl=16)
    return raw(E / ip / UDP(sport=40251, dport=5563) / Raw(p))


def rawpgm(p):
    return raw(E / IP(src='10.0.0.45', dst='239.255.0.16', proto=113, ttl=16) / Raw(p))


OPT_LEN = struct.pack('!BBH', 0x00, 4, 20)
OPT_FRAG = struct.pack('!BBHIII', 0x81, 16, 0, 282, 0, 3000)
tail = TEXT * 3
datagrams = [
    odata(dgram(0, frame(b'first', 1) + frame(b'second'))),
    odata(dgram(0xffff, TEXT * 4)),                               # all continuation
    odata(dgram(0xffff, b'x'), tsdu=1),                           # offset 0xffff, tiny TSDU
    odata(dgram(12, b'end of last' + b'.' + frame(b'next'))),     # intermediate part first
    odata(dgram(len(tail), tail + frame(b'after')), rdata=True),  # intermediate part > 128 at -v
    odata(dgram(500, frame(b'too far'))),                         # past the TSDU
    odata(dgram(0, frame(b'q' * 300))),                           # a 64-bit frame
    odata(dgram(0, frame(b'declared longer', length=3000))),
    odata(dgram(1, b'Z' + frame(b'one byte before'))),
    odata(dgram(0, frame(b'with options')), opts=OPT_LEN + OPT_FRAG),
    odata(dgram(0, b'')),
    odata(b'\x00'),                                               # offset cut
    odata(b''),
    pgm(0, struct.pack('!IIIHH4s', 471, 0, 281, 1, 0, bytes([10, 0, 0, 45])), 0),  # SPM: no ZMTP
    pgm(11, struct.pack('!II', 7, 0), 0),                         # ACK
    pgm(12, b'', 0),                                              # SPMR
]
recs = []
for i, d in enumerate(datagrams):
    recs.append(epgm(d, v6=(i % 6 == 5)))
for d in datagrams[:6]:
    recs.append(rawpgm(d))
pcapfile.write(os.path.join(out, 'zmtp-pgm.pcap'), recs)

UHDR = 14 + 20 + 8
pcuts = []
for d in (odata(dgram(12, b'end of last' + b'.' + frame(b'next') + frame(TEXT * 2, 1))),
          odata(dgram(0, frame(b'q' * 300)))):
    s = epgm(d)
    for n in sorted({2, 16, 20, 24, 25, 26, 27, 30, 37, 38, 39, 45, 50, 60, 80, len(d) - 1}):
        if n < len(d):
            pcuts.append((s, UHDR + n))
pcapfile.write(os.path.join(out, 'zmtp-pgm-cut.pcap'), pcuts)
