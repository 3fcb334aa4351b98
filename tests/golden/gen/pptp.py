#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""PPTP control messages (TCP 1723): each of the 15 control message types
with known and unknown result, error and reason codes, nonzero reserved
fields, a wrong magic cookie, management and unknown message types,
control types 0 and past 15, names with control bytes and without their
NUL, phone number counts past 64, IPv6, the port on either side and beside
telnet's, messages shorter than their type, and copies cut by the snap
length at many points.
Usage: pptp.py OUTDIR (writes pptp.pcap and pptp-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, TCP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

MAGIC = 0x1A2B3C4D
E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def seg(payload, sport=3025, dport=1723, v6=False):
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.1.1.11', dst='10.1.1.10', id=7)
    t = TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=2000, window=8192)
    return raw(E / ip / t / Raw(payload))


def msg(ctrl, body, mtype=1, magic=MAGIC, rsv=0, length=None):
    n = 12 + len(body) if length is None else length
    return struct.pack('!HHIHH', n, mtype, magic, ctrl, rsv) + body


def name(s, n=64):
    return s[:n].ljust(n, b'\0')


def sccrq(ver=0x0100, rsv=0, fcap=1, bcap=1, chans=0, firm=2160, host=b'', vendor=b'Microsoft Windows NT'):
    return msg(1, struct.pack('!HHIIHH', ver, rsv, fcap, bcap, chans, firm) + name(host) + name(vendor))


def sccrp(res=1, err=0, fcap=3, bcap=3, host=b'local', vendor=b'MoretonBay'):
    return msg(2, struct.pack('!HBBIIHH', 0x0100, res, err, fcap, bcap, 1, 1) + name(host) + name(vendor))


def stopccrq(reason, r1=0, r2=0):
    return msg(3, struct.pack('!BBH', reason, r1, r2))


def stopccrp(res, err, r=0):
    return msg(4, struct.pack('!BBH', res, err, r))


def echorq(i):
    return msg(5, struct.pack('!I', i))


def echorp(i, res, err, r=0):
    return msg(6, struct.pack('!IBBH', i, res, err, r))


def ocrq(btype=3, ftype=3, nlen=0, phone=b'', sub=b'', r=0):
    return msg(7, struct.pack('!HHIIIIHHHH', 5, 30760, 300, 100000000, btype, ftype, 64, 0, nlen, r) +
               name(phone) + name(sub))


def ocrp(res=1, err=0):
    return msg(8, struct.pack('!HHBBHIHHI', 5, 6, res, err, 0, 100000000, 64, 0, 7))


def icrq(btype=1, dlen=0, glen=0, dialed=b'', dialing=b'', sub=b''):
    return msg(9, struct.pack('!HHIIHH', 9, 10, btype, 11, dlen, glen) + name(dialed) + name(dialing) + name(sub))


def icrp(res=1, err=0, r=0):
    return msg(10, struct.pack('!HHBBHHH', 9, 12, res, err, 16, 2, r))


def iccn(ftype=2, r=0):
    return msg(11, struct.pack('!HHIHHI', 12, r, 64000, 16, 2, ftype))


def ccrq(r=0):
    return msg(12, struct.pack('!HH', 9, r))


def cdn(res=4, err=0, stats=b'rx 100 tx 200', r=0):
    return msg(13, struct.pack('!HBBHH', 9, res, err, 3, r) + name(stats, 128))


def wen():
    return msg(14, struct.pack('!HHIIIIII', 12, 0, 1, 2, 3, 4, 5, 6))


def sli(send=0xffffffff, recv=0x000a0000, r=0):
    return msg(15, struct.pack('!HHII', 12, r, send, recv))


msgs = [
    sccrq(), sccrq(ver=0x0203, rsv=5, fcap=2, bcap=2, host=b'host\x01\x7f\xc3end'),
    sccrq(fcap=0, bcap=0, host=b'h' * 64, vendor=b'v' * 64),
    sccrp(), sccrp(res=5, err=6, fcap=0, bcap=0), sccrp(res=9, err=7),
    stopccrq(1), stopccrq(2), stopccrq(3, r1=1), stopccrq(0, r2=2), stopccrq(4),
    stopccrp(1, 0), stopccrp(2, 3, r=9), stopccrp(0, 1),
    echorq(0), echorq(0xffffffff),
    echorp(7, 1, 0), echorp(8, 2, 4, r=1), echorp(9, 3, 9),
    ocrq(), ocrq(1, 1, 10, b'5551234567'), ocrq(2, 2, 200, b'1' * 64, b'sub'), ocrq(0, 4, 3, b'12345', r=3),
    ocrq(3, 3, 5, b'12\x00345'),
    ocrp(), ocrp(7, 5), ocrp(8, 0), ocrp(0, 0),
    icrq(), icrq(2, 4, 5, b'1234', b'98765', b'sa'), icrq(3, 99, 64, b'9' * 64, b'8' * 64, b's' * 64), icrq(4),
    icrp(), icrp(2, 1), icrp(3, 2, r=4), icrp(4, 8),
    iccn(), iccn(1, r=1), iccn(3), iccn(9),
    ccrq(), ccrq(r=65535),
    cdn(), cdn(1, 0, b''), cdn(2, 6, b'\x1b[0m\tstats\n', r=2), cdn(3, 1, b'x' * 128), cdn(5, 0),
    wen(), sli(), sli(0, 1, r=8),
    # header oddities
    msg(1, b'', mtype=2), msg(0, b'', mtype=3), msg(16, b'\x00' * 8), msg(0xffff, b''),
    sccrq()[:4] + b'\xde\xad\xbe\xef' + sccrq()[8:], msg(5, struct.pack('!I', 3), rsv=7, length=99),
    # bodies shorter than their type: the reads stop at the segment's end
    echorq(1)[:14], sccrq()[:40], ocrq()[:30], cdn()[:20], msg(6, b'\x00\x00\x00\x01\x02'),
    b'\x00', b'\x00\x10\x00\x01\x1a\x2b', b'\x00\x10\x00\x01\x1a\x2b\x3c\x4d\x00',
]

pkts = []
for i, m in enumerate(msgs):
    if i % 5 == 1:
        pkts.append(seg(m, sport=1723, dport=3025))
    elif i % 7 == 3:
        pkts.append(seg(m, v6=True))
    else:
        pkts.append(seg(m))
# both ports have printers: telnet comes first in tcpdump's order
pkts.append(seg(echorq(5), sport=1723, dport=23))
pkts.append(seg(echorq(5), sport=1723, dport=179))
pkts.append(seg(echorq(5), sport=6379, dport=1723))
pkts.append(seg(echorq(5), sport=1723, dport=1723))
pcapfile.write(os.path.join(out, 'pptp.pcap'), pkts)

# the same messages cut by the snap length at many points
HDR = 14 + 20 + 20
cuts = []
for m in (sccrq(), sccrp(host=b'abcdefgh'), stopccrq(2, 1, 1), echorp(1, 2, 3, 4), ocrq(1, 1, 10, b'5551234567', b'sub'),
          ocrp(), icrq(2, 4, 5, b'1234', b'98765', b'sa'), icrp(), iccn(), ccrq(1), cdn(), wen(), sli()):
    p = seg(m)
    for n in sorted({1, 2, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 24, 26, 28, 29, 30,
                     36, 40, 44, 60, 92, 93, 100, 140, 144, 145, 150, 200, len(m) - 1}):
        if n < len(m):
            cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'pptp-cut.pcap'), cuts)
