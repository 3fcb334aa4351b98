#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""NFS v2 and v3 over ONC RPC (port 2049): calls and the replies the xid
map pairs with them (GETATTR, SETATTR, LOOKUP, ACCESS, READLINK, READ,
WRITE, CREATE, MKDIR, REMOVE, RENAME, LINK, READDIR, READDIRPLUS, FSSTAT,
STATFS, FSINFO, PATHCONF, COMMIT), over UDP and over TCP behind a record
mark, over IPv6, with AUTH_UNIX and AUTH_NULL credentials, NFS errors,
replies whose call was not seen, denied and not accepted replies, bad RPC
versions, unknown procedures, and copies cut by the snap length.
Usage: nfs.py OUTDIR (writes nfs.pcap and nfs-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, TCP, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
CLI, SRV = '10.2.2.1', '10.2.2.9'
CLI6, SRV6 = '2001:db8::1', '2001:db8::9'


def u32(*v):
    return struct.pack('!%dI' % len(v), *v)


def u64(*v):
    return struct.pack('!%dQ' % len(v), *v)


def opaque(b):
    return u32(len(b)) + b + b'\0' * (-len(b) % 4)


def auth_unix(name=b'client', uid=1000, gid=100, gids=(100, 10)):
    body = u32(0x5a5a) + opaque(name) + u32(uid, gid, len(gids), *gids)
    return u32(1) + opaque(body)


AUTH_NULL = u32(0, 0)


def call(xid, vers, proc, args, cred=None, prog=100003, rpcvers=2):
    return u32(xid, 0, rpcvers, prog, vers, proc) + (auth_unix() if cred is None else cred) + AUTH_NULL + args


def reply(xid, res, astat=0):
    return u32(xid, 1, 0) + AUTH_NULL + u32(astat) + res


def denied(xid, body):
    return u32(xid, 1, 1) + body


def udp(p, toserver=True, v6=False, cport=801):
    if v6:
        ip = IPv6(src=CLI6, dst=SRV6) if toserver else IPv6(src=SRV6, dst=CLI6)
    else:
        ip = IP(src=CLI, dst=SRV, id=9) if toserver else IP(src=SRV, dst=CLI, id=9)
    u = UDP(sport=cport, dport=2049) if toserver else UDP(sport=2049, dport=cport)
    return raw(E / ip / u / Raw(p))


def tcp(p, toserver=True, v6=False, cport=912, mark=None):
    if v6:
        ip = IPv6(src=CLI6, dst=SRV6) if toserver else IPv6(src=SRV6, dst=CLI6)
    else:
        ip = IP(src=CLI, dst=SRV, id=9) if toserver else IP(src=SRV, dst=CLI, id=9)
    t = TCP(sport=cport, dport=2049) if toserver else TCP(sport=2049, dport=cport)
    t.flags, t.seq, t.ack, t.window = 'PA', 5000, 6000, 4096
    m = u32(0x80000000 | len(p)) if mark is None else u32(mark)
    return raw(E / ip / t / Raw(m + p))


FH2 = bytes(range(1, 33))
FH3 = opaque(bytes.fromhex('01000601a1b2c3d4000000020000000500000011'))
FH3B = opaque(bytes(range(64)))


def fattr2(typ=1, mode=0o100644, size=4096):
    return u32(typ, mode, 1, 1000, 100, size, 4096, 0, 8, 0x801, 12345, 1000000, 5, 1000001, 6, 1000002, 7)


def fattr3(typ=1, mode=0o100644, size=4096):
    return u32(typ, mode, 2, 1000, 100) + u64(size, 8192) + u32(8, 1) + u64(0x801, 12345) + \
        u32(1000000, 5, 1000001, 6, 1000002, 7)


def post(a=None):
    return u32(0) if a is None else u32(1) + a


def pre(present=True):
    return u32(1) + u64(4096) + u32(999, 1, 998, 2) if present else u32(0)


def wcc():
    return pre() + post(fattr3())


def sattr3(mode=0o644, uid=None, size=None, atime=1, mtime=2):
    s = u32(1, mode) if mode is not None else u32(0)
    s += u32(1, uid) if uid is not None else u32(0)
    s += u32(0)
    s += u32(1) + u64(size) if size is not None else u32(0)
    s += u32(atime) + (u32(10, 20) if atime == 2 else b'')
    s += u32(mtime) + (u32(30, 40) if mtime == 2 else b'')
    return s


def name(s):
    return opaque(s)


# (call args, reply results) for version 3
V3 = [
    (0, b'', b''),
    (1, FH3, u32(0) + fattr3()),
    (1, FH3B, u32(0) + fattr3(2, 0o40755, 512)),
    (1, FH3, u32(70)),
    (2, FH3 + sattr3() + u32(0), u32(0) + wcc()),
    (2, FH3 + sattr3(None, 7, 100, 2, 1) + u32(1, 1000000, 3), u32(1) + wcc()),
    (3, FH3 + name(b'hello.txt'), u32(0) + FH3B + post(fattr3()) + post(fattr3(2))),
    (3, FH3 + name(b'missing'), u32(2) + post(fattr3(2))),
    (4, FH3 + u32(0x3f), u32(0) + post(fattr3()) + u32(0x1f)),
    (5, FH3, u32(0) + post() + name(b'/target/of/link')),
    (6, FH3 + u64(8192) + u32(1024), u32(0) + post(fattr3()) + u32(5, 1) + opaque(b'abcde')),
    (6, FH3 + u64(0) + u32(4), u32(13) + post()),
    (7, FH3 + u64(4096) + u32(6, 0) + opaque(b'payload'), u32(0) + wcc() + u32(6, 0) + u64(0x1122)),
    (7, FH3 + u64(1) + u32(6, 2) + opaque(b'xyzxyz'), u32(0) + pre(False) + post() + u32(6, 2) + u64(1)),
    (7, FH3 + u64(2) + u32(3, 7) + opaque(b'abc'), u32(28) + wcc()),
    (8, FH3 + name(b'new.c') + u32(0) + sattr3(), u32(0) + u32(1) + FH3B + post(fattr3()) + wcc()),
    (8, FH3 + name(b'excl') + u32(2) + u64(0xdeadbeef), u32(17) + wcc()),
    (8, FH3 + name(b'guard') + u32(1) + sattr3(0o600, 0, 0), u32(0) + u32(0) + post() + wcc()),
    (9, FH3 + name(b'dir') + sattr3(0o755), u32(0) + u32(1) + FH3 + post(fattr3(2)) + wcc()),
    (10, FH3 + name(b'sl') + sattr3() + name(b'/tmp/x'), u32(0) + u32(0) + post() + wcc()),
    (11, FH3 + name(b'dev') + u32(3) + sattr3() + u32(8, 1), u32(0) + u32(0) + post() + wcc()),
    (12, FH3 + name(b'gone'), u32(0) + wcc()),
    (13, FH3 + name(b'dir'), u32(66) + wcc()),
    (14, FH3 + name(b'a') + FH3B + name(b'b'), u32(0) + wcc() + wcc()),
    (15, FH3 + FH3B + name(b'hard'), u32(0) + post(fattr3()) + wcc()),
    (16, FH3 + u64(0) + u64(0) + u32(4096),
     u32(0) + post(fattr3(2)) + u64(7) + u32(1) + u64(11) + name(b'.') + u64(1) +
     u32(1) + u64(12) + name(b'file') + u64(2) + u32(0, 1)),
    (16, FH3 + u64(5) + u64(7) + u32(512), u32(10003) + post()),
    (17, FH3 + u64(0) + u64(0) + u32(512, 4096), u32(0) + post() + u64(9) + u32(0, 1)),
    (18, FH3, u32(0) + post(fattr3()) + u64(1 << 40, 1 << 30, 1 << 29, 100000, 5000, 4000) + u32(0)),
    (19, FH3, u32(0) + post() + u32(65536, 32768, 4096, 65536, 32768, 4096, 8192) + u64(1 << 63) +
     u32(0, 1) + u32(0x1b)),
    (20, FH3, u32(0) + post() + u32(32000, 255, 1, 0, 1, 1)),
    (21, FH3 + u64(0) + u32(0), u32(0) + wcc() + u64(0x55)),
    (22, FH3, u32(0)),
]

V2 = [
    (0, b'', b''),
    (1, FH2, u32(0) + fattr2()),
    (1, FH2, u32(70)),
    (2, FH2 + u32(0o644, 0xffffffff, 0xffffffff, 0, 1, 2, 3, 4), u32(0) + fattr2()),
    (4, FH2 + name(b'etc'), u32(0) + FH2 + fattr2(2, 0o40755)),
    (4, FH2 + name(b'nope'), u32(2)),
    (5, FH2, u32(0) + name(b'../lnk')),
    (6, FH2 + u32(0, 8192, 0), u32(0) + fattr2() + opaque(b'data')),
    (8, FH2 + u32(0, 512, 0) + opaque(b'written'), u32(0) + fattr2()),
    (9, FH2 + name(b'f') + u32(0o644, 1, 2, 0, 0, 0, 0, 0), u32(0) + FH2 + fattr2()),
    (10, FH2 + name(b'f'), u32(13)),
    (11, FH2 + name(b'a') + FH2 + name(b'b'), u32(0)),
    (12, FH2 + FH2 + name(b'l'), u32(0)),
    (13, FH2 + name(b's') + name(b'/to') + u32(0o777, 0, 0, 0, 0, 0, 0, 0), u32(0)),
    (14, FH2 + name(b'd') + u32(0o755, 0, 0, 0, 0, 0, 0, 0), u32(0) + FH2 + fattr2(2)),
    (15, FH2 + name(b'd'), u32(66)),
    (16, FH2 + u32(0, 1024), u32(0) + u32(1, 5) + name(b'.') + u32(1) + u32(1, 6) + name(b'x') + u32(2) + u32(0, 1)),
    (17, FH2, u32(0) + u32(8192, 4096, 100000, 50000, 40000)),
    (18, FH2, u32(0)),
]

pkts = []
xid = 0x1000


def pair(vers, proc, args, res, transport, **kw):
    global xid
    xid += 1
    pkts.append(transport(call(xid, vers, proc, args), True, **kw))
    if res is not None:
        pkts.append(transport(reply(xid, res), False, **kw))


for i, (proc, args, res) in enumerate(V3):
    pair(3, proc, args, res, udp if i % 3 else tcp, v6=(i % 7 == 5))
for i, (proc, args, res) in enumerate(V2):
    pair(2, proc, args, res, tcp if i % 4 == 1 else udp, v6=(i % 5 == 3))

# calls with other credentials and RPC headers
xid += 1
pkts.append(udp(call(xid, 3, 1, FH3, cred=AUTH_NULL)))
pkts.append(udp(call(xid + 1, 3, 1, FH3, cred=auth_unix(b'x' * 40, 0, 0, tuple(range(16))))))
pkts.append(udp(call(xid + 2, 3, 1, FH3, rpcvers=3)))
pkts.append(udp(call(xid + 3, 4, 1, FH3)))
pkts.append(udp(call(xid + 4, 3, 1, FH3, prog=100005)))
pkts.append(udp(call(xid + 5, 3, 99, FH3)))
# replies whose call was not seen
pkts.append(udp(reply(0x7777, u32(0) + fattr3()), False))
pkts.append(tcp(reply(0x7778, u32(2)), False))
# replies to seen calls: not accepted, denied
for astat, tail in ((1, b''), (2, u32(2, 3)), (3, b''), (4, b''), (5, b''), (9, b'')):
    xid += 1
    pkts.append(udp(call(xid, 3, 1, FH3)))
    pkts.append(udp(reply(xid, tail, astat), False))
for body in (u32(0, 2, 2), u32(1, 1), u32(1, 2), u32(1, 5), u32(1, 13), u32(2)):
    xid += 1
    pkts.append(udp(call(xid, 3, 4, FH3 + u32(1))))
    pkts.append(udp(denied(xid, body), False))
# reply with an unknown reply_stat and a message type that is neither
xid += 1
pkts.append(udp(call(xid, 3, 1, FH3)))
pkts.append(udp(u32(xid, 1, 7), False))
pkts.append(udp(u32(xid, 2, 0, 0), False))
# TCP record marks: no last-fragment bit, a length past the segment
xid += 1
pkts.append(tcp(call(xid, 3, 1, FH3), mark=len(call(xid, 3, 1, FH3))))
pkts.append(tcp(call(xid + 1, 3, 1, FH3), mark=0x80001000))
pkts.append(tcp(b'', mark=0x80000000))
pcapfile.write(os.path.join(out, 'nfs.pcap'), pkts)

# calls and replies cut by the snap length at many points
cuts = []
HU, HT = 14 + 20 + 8, 14 + 20 + 20 + 4
for vers, proc, args, res in ((3, 1, FH3, u32(0) + fattr3()),
                              (3, 3, FH3 + name(b'hello.txt'), u32(0) + FH3B + post(fattr3()) + post(fattr3(2))),
                              (3, 6, FH3 + u64(8192) + u32(1024), u32(0) + post(fattr3()) + u32(5, 1) + opaque(b'abcde')),
                              (3, 7, FH3 + u64(4096) + u32(6, 0) + opaque(b'payload'), u32(0) + wcc() + u32(6, 0) + u64(1)),
                              (3, 8, FH3 + name(b'new.c') + u32(0) + sattr3(), u32(0) + u32(1) + FH3B + post(fattr3()) + wcc()),
                              (3, 18, FH3, u32(0) + post(fattr3()) + u64(1, 2, 3, 4, 5, 6) + u32(0)),
                              (2, 1, FH2, u32(0) + fattr2()),
                              (2, 16, FH2 + u32(0, 1024), u32(0) + u32(1, 5) + name(b'.') + u32(1) + u32(0, 1))):
    xid += 1
    c, r = call(xid, vers, proc, args), reply(xid, res)
    for n in sorted({4, 8, 12, 20, 24, 28, 40, 44, 48, 52, 60, 64, 72, 80, 100, len(c) - 1}):
        if n < len(c):
            cuts.append((udp(c), HU + n))
    cuts.append(udp(c))
    for n in sorted({4, 8, 12, 20, 24, 28, 32, 36, 40, 60, 100, 120, len(r) - 1}):
        if n < len(r):
            cuts.append((udp(r, False), HU + n))
    xid += 1
    c, r = call(xid, vers, proc, args), reply(xid, res)
    cuts.append(tcp(c))
    for n in (2, 6, 30, 50):
        cuts.append((tcp(r, False), HT + n))
pcapfile.write(os.path.join(out, 'nfs-cut.pcap'), cuts)
