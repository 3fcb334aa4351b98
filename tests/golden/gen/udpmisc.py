#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Small UDP printers: timed (525), Zephyr (2103/2104), lwres (921).
Well-formed messages of each kind and broken ones: a negative or huge
time, names without their NUL, notices whose fields run out, lengths that
lie, unknown versions and opcodes, copies cut by the snap length.
Usage: udpmisc.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import IP, IPv6, UDP, Ether, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def udp(sport, dport, payload, v6=False, ulen=None):
    u = UDP(sport=sport, dport=dport)
    if ulen is not None:
        u.len = ulen
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.0.0.1', dst='10.0.0.2')
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') / ip / u / payload)


def cut(pkt, n):
    return (pkt, n)


def wpcap(name, recs):
    pcapfile.write(os.path.join(out, name), recs)


# ---- timed ---------------------------------------------------------------
def tsp(typ, vers=1, seq=7, u=bytes(8), name=b'host.example'):
    return struct.pack('>BBH', typ, vers, seq) + u + name.ljust(256, b'\0')[:256]


def tsp_time(sec, usec):
    return struct.pack('>ii', sec, usec)


timed = [udp(525, 525, tsp(t)) for t in (0, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                         16, 17, 18, 19, 20, 21)]
timed += [
    udp(525, 525, tsp(1, u=tsp_time(3, 250000))),
    udp(525, 525, tsp(5, u=tsp_time(1700000000, 999999))),
    udp(525, 525, tsp(22, u=tsp_time(-1, 500000))),        # "-0.500000"
    udp(525, 525, tsp(23, u=tsp_time(-5, 1))),
    udp(525, 525, tsp(5, u=tsp_time(-5, 0))),
    udp(525, 525, tsp(5, u=tsp_time(4, -3))),              # negative usec: no more
    udp(525, 525, tsp(24, u=b'\x05' + bytes(7))),
    udp(525, 525, tsp(99, vers=9)),
    udp(525, 525, tsp(8, name=b'\x01ctl\x7fname')),
    udp(525, 525, tsp(8, name=b'A' * 256)),                # no NUL in 256 bytes
    udp(525, 525, tsp(8)[:40]),                            # short message
    udp(525, 525, tsp(8)[:3]),
    cut(udp(525, 525, tsp(5, u=tsp_time(1, 2))), 42 + 8 + 6),
    cut(udp(525, 525, tsp(8)), 42 + 20),
]
wpcap('timed.pcap', timed)


# ---- Zephyr --------------------------------------------------------------
def zfields(*fs):
    return b''.join(f + b'\0' for f in fs)


def notice(kind=b'2', cls=b'MESSAGE', inst=b'personal', op=b'', sender=b'alice@ATHENA',
           recip=b'bob@ATHENA', body=(), version=b'ZEPH0.2'):
    return zfields(version, b'11', kind, b'uid', b'1a2b', b'0', b'0', b'', cls, inst, op,
                   sender, recip, b'', b'0', b'0', b'muid', *body)


zephyr = [
    notice(),
    notice(recip=b'', op=b'PING'),
    notice(kind=b'5', body=(b'SENT',)),
    notice(kind=b'5', body=(b'LOST',)),
    notice(kind=b'6'),
    notice(kind=b'1f'),
    notice(cls=b'USER_LOCATE', op=b'USER_HIDE'),
    notice(cls=b'USER_LOCATE', op=b'USER_UNHIDE'),
    notice(cls=b'USER_LOCATE', op=b'LOCATE', inst=b'carol'),
    notice(cls=b'ZEPHYR_ADMIN', op=b'SomeThing'),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'SUBSCRIBE',
           body=(b'MESSAGE', b'*', b'')),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'SUBSCRIBE_NODEFS',
           body=(b'c', b'i', b'r')),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'UNSUBSCRIBE', body=(b'c', b'i')),
    notice(kind=b'5', cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'UNSUBSCRIBE', body=(b'x',)),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'GIMME'),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'GIMMEDEFS'),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'CLEARSUB'),
    notice(cls=b'ZEPHYR_CTL', inst=b'CLIENT', op=b'FLUSH'),
    notice(cls=b'ZEPHYR_CTL', inst=b'HM', op=b'BOOT'),
    notice(cls=b'ZEPHYR_CTL', inst=b'REALM', op=b'ADD_SUBSCRIBE'),
    notice(cls=b'ZEPHYR_CTL', inst=b'REALM', op=b'RLM_UNSUBSCRIBE'),
    notice(cls=b'ZEPHYR_CTL', inst=b'OTHER', op=b'X'),
    notice(cls=b'HM_CTL', inst=b'SERVER', op=b'SHUTDOWN'),
    notice(cls=b'HM_STAT', inst=b'HMST_CLIENT', op=b'GIMMESTATS'),
    notice(cls=b'WG_CTL', inst=b'Inst', op=b'Op'),
    notice(cls=b'LOGIN', op=b'USER_FLUSH'),
    notice(cls=b'LOGIN', op=b'REALM-VISIBLE'),
    notice(cls=b'LOGIN', op=b'OTHER'),
    notice(sender=b'', cls=b'C' * 200, inst=b'I' * 200),   # triple longer than 255
    notice(cls=b'ZEPHYR_ADMIN', op=b'X' * 300),
    notice(sender=b'ev\x01l\x90'),
    notice(version=b'ZEPH0.3'),
    notice(version=b'ZEPH'),
    notice(version=b'NOTZ'),
    notice()[:60],                                         # fields run out
    b'ZEPH0.2',                                            # no NUL at all
    b'',
]
zrecs = [udp(2104 if i % 2 else 6000, 2103 if i % 2 else 2104, z) for i, z in enumerate(zephyr)]
zrecs.append(cut(udp(2104, 2104, notice()), 42 + 30))
zrecs.append(udp(2104, 2104, notice(), ulen=8 + 40))
wpcap('zephyr.pcap', zrecs)


# ---- lwres ---------------------------------------------------------------
def lwhdr(op, body, flags=0, vers=0, length=None, serial=0x1234):
    n = 28 + len(body) if length is None else length
    return struct.pack('>IHHIIIIHH', n, vers, flags, serial, op, 0, 4096, 0, 0) + body


def lwname(s, nul=b'\0'):
    return struct.pack('>H', len(s)) + s + nul


def lwaddr(fam, a):
    return struct.pack('>IH', fam, len(a)) + a


V4 = bytes([192, 0, 2, 1])
V6 = bytes.fromhex('20010db8000000000000000000000001')
lw = [
    lwhdr(0, b''),
    lwhdr(0, b'', flags=1),
    lwhdr(0, b'', flags=3),
    lwhdr(0x10001, struct.pack('>II', 0, 1) + lwname(b'www.example.com')),
    lwhdr(0x10001, struct.pack('>II', 1, 2) + lwname(b'a.example')),
    lwhdr(0x10001, struct.pack('>II', 0, 3) + lwname(b'b')),
    lwhdr(0x10001, struct.pack('>II', 0, 0x14) + lwname(b'c', nul=b'X')),
    lwhdr(0x10002, struct.pack('>I', 0) + lwaddr(1, V4)),
    lwhdr(0x10002, struct.pack('>I', 0) + lwaddr(2, V6)),
    lwhdr(0x10002, struct.pack('>I', 0) + lwaddr(7, b'\x01\x02\x03')),
    lwhdr(0x10002, struct.pack('>I', 0) + lwaddr(1, b'\x01\x02')),        # too short
    lwhdr(0x10003, struct.pack('>IHH', 0, 1, 28) + lwname(b'mx.example')),
    lwhdr(0x10003, struct.pack('>IHH', 0, 3, 99) + lwname(b'chaos')),
    lwhdr(0x10001, struct.pack('>IHHH', 0, 2, 2, 9) + b'h.example\0' + lwname(b'al1')
          + lwname(b'al2') + lwaddr(1, V4) + lwaddr(2, V6), flags=1),
    lwhdr(0x10001, struct.pack('>IHHH', 0, 0, 1, 1) + b'h\0' + lwaddr(1, b'\x01'), flags=1),
    lwhdr(0x10001, struct.pack('>IHHH', 0, 40, 1, 1) + b'h\0' + lwname(b'x'), flags=1),
    lwhdr(0x10002, struct.pack('>IHH', 0, 1, 4) + b'name\0' + lwname(b'alias'), flags=1),
    lwhdr(0x10003, struct.pack('>IHHIHH', 0, 1, 1, 3725, 2, 1) + lwname(b'r.example')
          + struct.pack('>H', 4) + V4 + struct.pack('>H', 2) + b'\xab\xcd'
          + struct.pack('>H', 3) + b'sig', flags=1),
    lwhdr(0x10003, struct.pack('>IHHIHH', 0, 4, 16, 0, 0, 0) + lwname(b''), flags=1),
    lwhdr(0x20000, b'\x01\x02\x03\x04'),
    lwhdr(0x20000, b'', flags=1),
    lwhdr(0, b'', vers=1),
    lwhdr(0, b'', vers=2, length=8),
    lwhdr(0, b'junk', length=28),                          # [extra]
    lwhdr(0, b'', length=1000),                            # lying length
    lwhdr(0, b'', length=0xfffffff0),
    lwhdr(0x10001, struct.pack('>II', 0, 1) + struct.pack('>H', 500) + b'short'),
    lwhdr(0, b'')[:20],
]
lrecs = [udp(921 if i % 3 == 0 else 3000 + i, 921, p, v6=(i % 5 == 4)) for i, p in enumerate(lw)]
lrecs.append(cut(udp(4000, 921, lw[13]), 42 + 45))
lrecs.append(cut(udp(4000, 921, lw[3]), 42 + 12))
wpcap('lwres.pcap', lrecs)
