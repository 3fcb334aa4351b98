#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""M3UA (RFC 4666) in SCTP DATA chunks (PPID 3, port 2905): every message
class with each of its types and an unknown one, unknown classes, a
version other than 1, each parameter tag (the value-printing ones with
short values), an unknown tag, odd lengths that need padding, parameter
lengths below the header or past the message and the packet, a message
length that disagrees with the chunk, messages shorter than the header,
two messages in one packet, IPv6, PPID 3 off port 2905 and port 2905
with another PPID, and copies cut by the snap length at many points.
Usage: m3ua.py OUTDIR (writes m3ua.pcap and m3ua-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def chunk(payload, ppid=3, tsn=1, sid=0, ssn=0, flags=3):
    hdr = struct.pack('>BBHIHHI', 0, flags, 16 + len(payload), tsn, sid, ssn, ppid)
    return pcapfile.pad4(hdr + payload)


def pkt(chunks, sport=2905, dport=2905, v6=False):
    sctp = struct.pack('>HHII', sport, dport, 0x11223344, 0) + b''.join(chunks)
    if v6:
        ip = IPv6(src='2001:db8::1', dst='2001:db8::2', nh=132)
    else:
        ip = IP(src='10.0.0.1', dst='10.0.0.2', proto=132, id=1)
    return raw(E / ip / Raw(sctp))


def param(tag, value, length=None, pad=True):
    n = 4 + len(value) if length is None else length
    b = struct.pack('>HH', tag, n) + value
    return pcapfile.pad4(b) if pad else b


def msg(cls, typ, body=b'', ver=1, length=None):
    n = 8 + len(body) if length is None else length
    return struct.pack('>BBBBI', ver, 0, cls, typ, n) + body


RC = param(0x0006, struct.pack('>I', 7))
NA = param(0x0200, struct.pack('>I', 0x11223344))
PD = param(0x0210, bytes.fromhex('00000001000000020302010105') + b'\x81\x90\x84')

msgs = []
# every class and type, plus one unknown type of each class
types = {0: 3, 1: 2, 2: 7, 3: 7, 4: 5, 9: 5}
for cls, top in types.items():
    for typ in range(top + 1):
        msgs.append(msg(cls, typ, RC))
# unknown classes, and a version this printer does not decode
for cls in (5, 6, 8, 10, 200):
    msgs.append(msg(cls, 1, RC))
msgs.append(msg(1, 1, NA + RC + PD, ver=2))
msgs.append(msg(1, 1, NA + RC + PD, ver=0))

# each known parameter tag with a 4-byte value, and an unknown one
tags = [0x0004, 0x0006, 0x0007, 0x0009, 0x000b, 0x000c, 0x000d, 0x0011, 0x0012,
        0x0013, 0x0200, 0x0204, 0x0205, 0x0206, 0x0207, 0x0208, 0x0209, 0x020a,
        0x020b, 0x020c, 0x020e, 0x0210, 0x0212, 0x0213, 0x0001, 0x0201, 0xffff]
msgs.append(msg(0, 0, b''.join(param(t, struct.pack('>I', 0x01020304 + t)) for t in tags)))
# strings and odd lengths that need padding
msgs.append(msg(3, 1, param(0x0004, b'asp-1') + param(0x0011, b'\0\0\0\x2a')))
msgs.append(msg(3, 3, param(0x0009, b'hb') + param(0x0009, b'beat!!!')))
msgs.append(msg(1, 1, NA + RC + PD + param(0x0013, struct.pack('>I', 99))))
# value-printing tags with values shorter than 4, and empty
for t in (0x0006, 0x0200, 0x0013):
    msgs.append(msg(4, 1, param(t, b'\x01\x02')))
    msgs.append(msg(4, 1, param(t, b'')))
    msgs.append(msg(4, 1, param(t, b'\x01\x02\x03\x04\x05\x06\x07\x08')))
# no parameters at all
msgs.append(msg(3, 3))
msgs.append(msg(0, 1))
# parameter length below its header, 0, and trailing bytes short of a header
msgs.append(msg(1, 1, param(0x0006, b'', length=3) + b'\0' * 4))
msgs.append(msg(1, 1, param(0x0006, b'', length=0) + b'\0' * 4))
msgs.append(msg(1, 1, RC + b'\x02\x10'))
msgs.append(msg(1, 1, RC + b'\x02'))
# parameter longer than the message but inside the packet's chunk padding
msgs.append(msg(1, 1, param(0x0210, b'\xaa\xbb', length=8, pad=False)))
msgs.append(msg(1, 1, RC + param(0x0210, b'\xaa\xbb\xcc', length=9, pad=False)))
# message length that disagrees with the chunk
msgs.append(msg(1, 1, RC, length=100))
msgs.append(msg(1, 1, RC, length=8))
msgs.append(msg(1, 1, RC, length=0))
msgs.append(msg(7, 1, RC, length=3))

pkts = [pkt([chunk(m, tsn=i + 1, ssn=i)]) for i, m in enumerate(msgs)]
# messages shorter than the common header
for n in (1, 4, 7):
    pkts.append(pkt([chunk(msg(1, 1, RC)[:n])]))
# a parameter whose length runs past the end of the packet
pkts.append(pkt([chunk(msg(1, 1, param(0x0210, b'\xaa' * 8, length=200, pad=False)))]))
pkts.append(pkt([chunk(msg(1, 1, RC + param(0x0006, b'\x01', length=60, pad=False)))]))
# two messages in one packet, IPv6, and the port/PPID combinations
two = [chunk(msg(3, 1, RC), tsn=10), chunk(msg(1, 1, NA + PD), tsn=11, sid=1)]
pkts.append(pkt(two))
pkts.append(pkt([chunk(msg(1, 1, NA + RC + PD))], v6=True))
pkts.append(pkt([chunk(msg(4, 3, RC))], sport=40000, dport=5000))
pkts.append(pkt([chunk(msg(4, 3, RC), ppid=0)]))
pkts.append(pkt([chunk(msg(4, 3, RC), ppid=4)]))
pkts.append(pkt([chunk(msg(4, 3, RC), ppid=21)], sport=40000, dport=5000))
pcapfile.write(os.path.join(out, 'm3ua.pcap'), pkts)

# the same kind of messages cut by the snap length at many points
HDR = 14 + 20 + 12 + 16
cuts = []
for m in (msg(1, 1, NA + RC + PD), msg(3, 1, param(0x0004, b'asp-1') + RC), msg(0, 0, RC)):
    p = pkt([chunk(m)])
    for n in range(0, len(p) - HDR + 1, 3):
        cuts.append((p, HDR + n))
    cuts.append((p, len(p) - 1))
p = pkt(two)
for n in range(HDR - 4, len(p), 5):
    cuts.append((p, n))
pcapfile.write(os.path.join(out, 'm3ua-cut.pcap'), cuts)
