#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""RX, the RPC transport of AFS (UDP 7000-7009): data packets carrying calls
and the replies that answer them for the file server (7000), cache manager
callbacks (7001), protection server (7002), volume location server (7003),
kauth (7004), volume server (7005) and basic overseer (7007), Ubik calls on
7002 and 7003 with replies and aborts, aborts answering file server calls,
acks with and without ack lists and trailing MTU words, busy, ackall,
challenge, response, debug, params, version and unknown packet types, every
flag bit, unknown opcodes, replies with no matching call, and copies cut by
the snap length at many points.
Usage: rx.py OUTDIR (writes rx.pcap and rx-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
CLI, SRV = '10.2.0.1', '10.2.0.2'
CPORT = 7100

DATA, ACK, BUSY, ABORT, ACKALL = 1, 2, 3, 4, 5


def dgram(payload, sport, dport, src=CLI, dst=SRV, v6=False):
    if v6:
        ip = IPv6(src='2001:db8::1' if src == CLI else '2001:db8::2', dst='2001:db8::2' if dst == SRV else '2001:db8::1')
    else:
        ip = IP(src=src, dst=dst, id=9)
    return raw(E / ip / UDP(sport=sport, dport=dport) / Raw(payload))


def hdr(ptype, flags, call=1, seq=1, serial=1, cid=0x8a2c1004, epoch=0x3f5e7a10, status=0, sec=2, spare=0, svc=1):
    return struct.pack('!IIIIIBBBBHH', epoch, cid, call, seq, serial, ptype, flags, status, sec, spare, svc)


def u(*vals):
    return b''.join(struct.pack('!I', v & 0xffffffff) for v in vals)


def l64(v):
    return struct.pack('!Q', v)


def s(b):
    return u(len(b)) + b + b'\0' * (-len(b) % 4)


def v(name, n):
    return b''.join(struct.pack('!I', c) for c in name.ljust(n, b'\0')[:n])


FID = u(536870918, 2, 3)
STAT = u(0x0f, 1136239445, 1000, 1000, 0o755, 0)
UUID = u(*range(1, 12))

pkts = []
call_no = [100]


def exchange(port, op, args=b'', reply=None, rtype=DATA, v6=False, cflags=0x03, rflags=0x04, svc=1):
    """A call to port and, when reply is not None, its answer."""
    call_no[0] += 1
    n = call_no[0]
    pkts.append(dgram(hdr(DATA, cflags, call=n, svc=svc) + u(op) + args, CPORT, port, v6=v6))
    if reply is not None:
        pkts.append(dgram(hdr(rtype, rflags, call=n, svc=svc) + reply, port, CPORT, SRV, CLI, v6=v6))


# file server
exchange(7000, 130, FID + u(0, 65536), b'\0' * 8)
exchange(7000, 131, FID, s(b'2\n0\nsystem:administrators 127\n'))
exchange(7000, 132, FID, u(*range(21)))
exchange(7000, 133, FID + STAT + u(0, 100, 100))
exchange(7000, 134, FID + s(b'1\n0\nuser 15\n'))
exchange(7000, 135, FID + STAT, b'')
exchange(7000, 136, FID + s(b'oldfile'), u(103), rtype=ABORT)
exchange(7000, 137, FID + s(b'newfile.txt') + STAT, FID + u(1, 2))
exchange(7000, 138, FID + s(b'a') + FID + s(b'bb'))
exchange(7000, 139, FID + s(b'ln') + s(b'/afs/target'))
exchange(7000, 140, FID + s(b'hard') + FID)
exchange(7000, 141, FID + s(b'dir') + STAT, FID)
exchange(7000, 142, FID + s(b'dir'), u(0xffffff9c), rtype=ABORT)
exchange(7000, 148, s(b'root.cell'))
exchange(7000, 149, u(536870918))
exchange(7000, 151, b'', s(b'root.afs'))
exchange(7000, 153, b'', u(1136239445, 500))
exchange(7000, 154, s(b'user.bob'))
exchange(7000, 155, u(2) + FID + FID)
exchange(7000, 156, FID, u(77), rtype=ABORT)
exchange(7000, 65537, FID + l64(1 << 33) + l64(4096))
exchange(7000, 65538, FID + STAT + l64(0) + l64(10) + l64(10))
exchange(7000, 65541, u(0x0a020001))
exchange(7000, 999, u(1, 2), u(3))
exchange(7000, 132, FID, u(0), rtype=BUSY)
# callbacks
exchange(7001, 204, u(2) + FID + FID + u(2) + u(1, 3600, 1) + u(1, 7200, 2), b'')
exchange(7001, 206, b'', b'')
exchange(7001, 213, b'', UUID)
exchange(7001, 214, UUID, u(0))
exchange(7001, 65538, b'', u(0), rtype=ABORT)
# protection server, with Ubik
exchange(7002, 500, s(b'alice') + u(1001, 0), u(0))
exchange(7002, 503, u(1001, 0xffffff00))
exchange(7002, 504, u(2) + v(b'alice', 64) + v(b'bob', 64), u(2, 1001, 1002))
exchange(7002, 505, u(2, 1001, 1002), u(2) + v(b'alice', 64) + v(b'bob', 64))
exchange(7002, 508, u(1001), u(3, 1001, 0xfffffffe, 0xffffff00))
exchange(7002, 509, s(b'grp') + u(1, 0xfffffffe))
exchange(7002, 510, b'', u(1200, 0xffffff80))
exchange(7002, 513, u(1001) + s(b'alicia') + u(1, 2))
exchange(7002, 10000, u(1, 1136239445, 1136000000, 3, 1136000000, 4), b'')
exchange(7002, 10000, u(0, 1136239445, 1136000000, 3, 1136000000, 4), u(1136239500), rtype=ABORT)
exchange(7002, 20004, b'', u(1136000000, 99))
exchange(7002, 20002, u(1136000000, 5, 0, 64, 128, 1))
exchange(7002, 20006, u(0, 4096, 1136000000, 7), u(5), rtype=ABORT)
exchange(7002, 20012, u(1, 2, 3, 4, 5, 6))
exchange(7002, 10003, u(0x0a020002))
# volume location server, with Ubik
exchange(7003, 501, v(b'vol.a', 65))
exchange(7003, 503, u(536870918, 0), v(b'root.cell', 65) + u(*range(40)))
exchange(7003, 504, s(b'root.cell'), v(b'root.cell', 65) + u(*range(40)))
exchange(7003, 505, u(1), u(536870999))
exchange(7003, 507, u(536870918, 1))
exchange(7003, 508, u(536870918, 2))
exchange(7003, 509, u(536870918, 7))
exchange(7003, 510, u(0), u(5, 1) + v(b'vol.b', 65) + u(*range(40)))
exchange(7003, 518, u(536870918, 0), v(b'vol.n', 65) + u(*range(60)))
exchange(7003, 526, u(536870918, 0), v(b'vol.u', 65) + u(*range(120)))
exchange(7003, 519, s(b'vol.n'), u(17), rtype=ABORT)
exchange(7003, 20000, u(1136000000, 1), b'')
exchange(7003, 20003, u(1136000000, 1, 0, 512))
# kauth
exchange(7004, 21, s(b'admin') + s(b''))
exchange(7004, 23, u(3) + s(b'EXAMPLE.ORG') + s(b'\x01\x02\x03\x04\x05') + s(b'afs') + s(b''))
exchange(7004, 4, s(b'bob') + s(b'inst') + u(7))
exchange(7004, 12, s(b'carol'), u(1), rtype=ABORT)
exchange(7004, 99, b'')
# volume server
exchange(7005, 100, u(1) + s(b'vol.new') + u(0, 0), u(536871000, 12))
exchange(7005, 103, u(12, 1136239445, 0x0a020003, 7005, 0, 13))
exchange(7005, 104, u(12), u(0))
exchange(7005, 105, u(12, 0, 1) + s(b'vol.clone'), u(536871001))
exchange(7005, 108, u(536870918, 1, 2), u(14))
exchange(7005, 109, u(14, 0))
exchange(7005, 110, u(3), u(536870918, 1))
exchange(7005, 112, u(14), s(b'vol.x'))
exchange(7005, 113, u(14), u(*range(1, 11)) + u(*([1136239445] * 6)))
exchange(7005, 116, u(1, 0), u(1) + v(b'vol.l', 32) + u(*range(20)))
exchange(7005, 123, u(14, 1136239445))
exchange(7005, 128, u(14, 1136239445) + u(1) + u(0x0a020003, 7005, 0))
exchange(7005, 65538, u(14, 0, 1))
exchange(7005, 107, u(14), u(9), rtype=ABORT)
# basic overseer
exchange(7007, 80, s(b'simple') + s(b'ptserver'))
exchange(7007, 82, s(b'fs') + u(1))
exchange(7007, 84, u(0), u(0))
exchange(7007, 86, s(b'fs') + u(2))
exchange(7007, 105, s(b'/usr/afs/bin/x') + u(10, 0, 1136239445))
exchange(7007, 108, s(b'/bin/true'))
exchange(7007, 91, u(5))
# no printer on these ports
exchange(7006, 1, u(1), u(2))
exchange(7009, 1, u(1), u(2))
# IPv6
exchange(7000, 132, FID, b'', v6=True)
exchange(7002, 10000, u(1, 1136239445, 1136000000, 3, 1136000000, 4), b'', v6=True)

# replies with no call; a call that is not the first packet; second packets
pkts.append(dgram(hdr(DATA, 0x04, call=999) + u(1, 2), 7000, CPORT, SRV, CLI))
pkts.append(dgram(hdr(DATA, 0x01, call=102, seq=2) + u(1, 2), CPORT, 7000))
pkts.append(dgram(hdr(DATA, 0x00, call=102, seq=2) + u(1, 2), 7000, CPORT, SRV, CLI))
pkts.append(dgram(hdr(DATA, 0x01, call=2000) + b'\0\0', CPORT, 7000))
pkts.append(dgram(hdr(DATA, 0x01, call=2001), CPORT, 7000))
pkts.append(dgram(hdr(DATA, 0x01, call=2002) + u(132) + FID[:5], CPORT, 7000))
pkts.append(dgram(hdr(DATA, 0x01, call=2003) + u(137) + FID + s(b'x' * 300) + STAT, CPORT, 7000))


# acks
def ack(acks=b'', first=1, prev=0, serial=3, reason=1, flags=0x00, extra=None, pad=True, buf=32, skew=5):
    body = struct.pack('!HHIIIBB', buf, skew, first, prev, serial, reason, len(acks)) + acks
    if pad:
        body += b'\0' * 3
    if extra is not None:
        body += u(*extra)
    return hdr(ACK, flags, seq=0, serial=serial)+ body


for a in (ack(), ack(b'\1\1\1\1', first=5), ack(b'\1\0\1\1\0\0\1', first=10, reason=2),
          ack(b'\0\0\1\0\1\1\1\0', first=1, reason=3, extra=(1444, 1444, 32, 4)),
          ack(b'\1', reason=4, extra=(1444,)), ack(reason=5, flags=0x20, extra=(1444, 1444)),
          ack(b'\1\0', reason=6, flags=0x02), ack(reason=7), ack(reason=8, extra=(1, 2, 3)),
          ack(reason=9), ack(reason=0), ack(reason=42, flags=0x01),
          ack(b'\0' * 20 + b'\1' * 20, first=1000), ack(b'\1\1', pad=False),
          ack(b'\1\1\1\1\1', pad=False, extra=(9, 9, 9, 9))):
    pkts.append(dgram(a, 7000, CPORT, SRV, CLI))

# other packet types and every flag bit
for t, f in ((BUSY, 0x00), (ABORT, 0x00), (ACKALL, 0x01), (6, 0x00), (7, 0x01), (8, 0x00), (9, 0x00),
             (10, 0x00), (13, 0x00), (0, 0x00), (255, 0xff), (DATA, 0x3e), (DATA, 0x20), (DATA, 0xc0),
             (ACK, 0x3f), (ACK, 0x20), (BUSY, 0x3f), (6, 0x1e)):
    pkts.append(dgram(hdr(t, f, call=3000 + t, seq=3, serial=t + f) + u(7), 7000, CPORT, SRV, CLI))
pkts.append(dgram(hdr(ABORT, 0x01, call=4000, seq=0) + u(5), CPORT, 7003))
pkts.append(dgram(hdr(DATA, 0x02, call=4001, seq=4, status=1, sec=0, spare=9, svc=52), CPORT, 7001))
pkts.append(dgram(hdr(7, 0x03, call=4002, svc=0xffff, cid=0xffffffff, epoch=0), CPORT, 7004))
# short RX headers
pkts.append(dgram(hdr(DATA, 1)[:27], CPORT, 7000))
pkts.append(dgram(b'\x01', CPORT, 7000))
pkts.append(dgram(hdr(ACK, 0) + b'\0' * 10, 7000, CPORT, SRV, CLI))
pkts.append(dgram(hdr(ACK, 0) + struct.pack('!HHIIIBB', 1, 1, 1, 0, 1, 1, 9) + b'\1\1', 7000, CPORT, SRV, CLI))
pcapfile.write(os.path.join(out, 'rx.pcap'), pkts)

# calls, replies and acks cut by the snap length at many points; each cut
# call comes with its whole reply so that the pairing is exercised too
HDR = 14 + 20 + 8
cuts = []
call_no[0] = 5000
for port, op, args, rep in (
        (7000, 133, FID + STAT + u(0, 100, 100), None),
        (7000, 137, FID + s(b'newfile.txt') + STAT, FID + u(1, 2)),
        (7000, 138, FID + s(b'abc') + FID + s(b'defg'), None),
        (7000, 65537, FID + l64(1 << 33) + l64(4096), None),
        (7001, 204, u(2) + FID + FID + u(2) + u(1, 3600, 1) + u(1, 7200, 2), None),
        (7001, 214, UUID, None),
        (7002, 504, u(2) + v(b'alice', 64) + v(b'bob', 64), None),
        (7002, 10000, u(1, 1136239445, 1136000000, 3, 1136000000, 4), None),
        (7003, 506, u(536870918, 1) + v(b'vol.a', 65), None),
        (7004, 23, u(3) + s(b'EXAMPLE.ORG') + s(b'\x01\x02\x03') + s(b'afs') + s(b'i'), None),
        (7005, 103, u(12, 1136239445, 0x0a020003, 7005, 0, 13), None),
        (7005, 117, u(14) + s(b'v') + u(1, 2, 3, 4), None),
        (7007, 105, s(b'/usr/afs/bin/x') + u(10, 0, 1136239445), None)):
    call_no[0] += 1
    n = call_no[0]
    c = dgram(hdr(DATA, 0x03, call=n) + u(op) + args, CPORT, port)
    m = len(c) - HDR
    for k in sorted({1, 4, 20, 27, 28, 30, 31, 32, 34, 36, 40, 44, 48, 52, 56, 60, 64, 70, 80, 100, 150,
                     200, 300, m - 1}):
        if k < m:
            cuts.append((c, HDR + k))
    cuts.append(c)
for port, op, args, rep in (
        (7000, 131, FID, s(b'2\n0\nsystem:administrators 127\n')),
        (7000, 153, b'', u(1136239445, 500)),
        (7000, 142, FID, u(103)),
        (7001, 213, b'', UUID),
        (7002, 505, u(2, 1001, 1002), u(2) + v(b'alice', 64) + v(b'bob', 64)),
        (7002, 20004, b'', u(1136000000, 99)),
        (7003, 503, u(536870918, 0), v(b'root.cell', 65) + u(*range(40))),
        (7003, 510, u(0), u(5, 1) + v(b'vol.b', 65) + u(*range(40))),
        (7005, 113, u(14), u(*range(1, 11)) + u(*([1136239445] * 6))),
        (7005, 116, u(1, 0), u(1) + v(b'vol.l', 32) + u(*range(20)))):
    call_no[0] += 1
    n = call_no[0]
    rtype = ABORT if op == 142 else DATA
    cuts.append(dgram(hdr(DATA, 0x03, call=n) + u(op) + args, CPORT, port))
    r = dgram(hdr(rtype, 0x04, call=n) + rep, port, CPORT, SRV, CLI)
    m = len(r) - HDR
    for k in sorted({1, 20, 27, 28, 29, 30, 32, 36, 40, 44, 60, 100, 200, 300, m - 1}):
        if k < m:
            cuts.append((r, HDR + k))
for a in (ack(b'\1\0\1\1\0\0\1', first=10, reason=2, extra=(1444, 1444, 32, 4)),):
    p = dgram(a, 7000, CPORT, SRV, CLI)
    m = len(p) - HDR
    for k in range(1, m):
        cuts.append((p, HDR + k))
pcapfile.write(os.path.join(out, 'rx-cut.pcap'), cuts)
