#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""SNMP (UDP 161/162): v1 get, get-next, set, response and trap PDUs,
v2c get-bulk, inform, v2 trap and report with exceptions, counters,
gauges, 64-bit counters, IP addresses and opaque values, v3 messages with
USM parameters; broken BER: lengths that lie (longer than the datagram,
long forms with too many octets), high tag numbers, unknown tags of every
class, zero-length integers, wrong element types at each position, v1/v2
PDU mix-ups, unknown versions and security models, bad message flags,
extra bytes after sequences; the port on either side and beside others;
and copies cut by the snap length at many points.
Usage: snmp.py OUTDIR (writes snmp.pcap and snmp-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, UDP, IPv6, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def dgram(payload, sport=40948, dport=161, v6=False):
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.1.1.11', dst='10.1.1.10', id=7)
    return raw(E / ip / UDP(sport=sport, dport=dport) / Raw(payload))


def blen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body, length=None):
    return bytes([tag]) + (blen(len(body)) if length is None else length) + body


def integer(v, tag=0x02):
    n = 1
    while not -(1 << (8 * n - 1)) <= v < (1 << (8 * n - 1)):
        n += 1
    return tlv(tag, v.to_bytes(n, 'big', signed=True))


def uns(v, tag):
    n = max(1, (v.bit_length() + 7) // 8)
    return tlv(tag, v.to_bytes(n, 'big'))


def octets(s, tag=0x04):
    return tlv(tag, s)


def null():
    return b'\x05\x00'


def subid(v):
    b = [v & 0x7f]
    v >>= 7
    while v:
        b.insert(0, 0x80 | (v & 0x7f))
        v >>= 7
    return bytes(b)


def oid(s):
    a = [int(x) for x in s.strip('.').split('.')]
    body = subid(a[0] * 40 + a[1]) + b''.join(subid(x) for x in a[2:])
    return tlv(0x06, body)


def seq(*items, tag=0x30):
    return tlv(tag, b''.join(items))


def vb(name, value=None):
    return seq(oid(name) if isinstance(name, str) else name, null() if value is None else value)


def vbl(*vbs):
    return seq(*vbs)


def pdu(ptype, reqid, err, idx, binds):
    return seq(integer(reqid), integer(err), integer(idx), binds, tag=0xa0 | ptype)


def msg(version, community, p):
    return seq(integer(version), octets(community), p)


def trap(enterprise, agent, generic, specific, ts, binds, agent_tag=0x40):
    return seq(oid(enterprise), tlv(agent_tag, agent), integer(generic), integer(specific),
               uns(ts, 0x43), binds, tag=0xa4)


def v3(flags=b'\x04', model=3, usm=None, scoped=None, msgid=12345, maxsize=65507):
    if usm is None:
        usm = seq(octets(bytes.fromhex('80001f8880e9bd0c1d12667a5100000000')), integer(3), integer(1234),
                  octets(b'admin'), octets(b'\x11' * 12), octets(b''))
    if scoped is None:
        scoped = seq(octets(bytes.fromhex('80001f8880e9bd0c1d12')), octets(b'ctx'),
                     pdu(0, 77, 0, 0, vbl(vb('1.3.6.1.2.1.1.1.0'))))
    hdr = seq(integer(msgid), integer(maxsize), octets(flags), integer(model))
    return seq(integer(3), hdr, octets(usm), scoped)


SYS = '1.3.6.1.2.1.1.1.0'
UP = '1.3.6.1.2.1.1.3.0'
IF = '1.3.6.1.2.1.2.2.1.10.3'
ENT = '1.3.6.1.4.1.3830.1.1.2.2.1'

good = [
    msg(0, b'public', pdu(0, 1, 0, 0, vbl(vb(SYS), vb(UP)))),
    msg(0, b'private', pdu(1, 2, 0, 0, vbl(vb('1.3.6.1.2.1.2')))),
    msg(0, b'public', pdu(2, 1, 0, 0, vbl(vb(SYS, octets(b'Linux box 5.10')), vb(UP, uns(123456, 0x43))))),
    msg(0, b'secret', pdu(3, 3, 0, 0, vbl(vb('1.3.6.1.2.1.1.5.0', octets(b'router1')),
                                          vb('1.3.6.1.2.1.1.7.0', integer(-72))))),
    msg(0, b'public', pdu(2, 9, 2, 1, vbl(vb(SYS)))),
    msg(0, b'public', pdu(2, 9, 25, 1, vbl(vb(SYS)))),
    msg(0, b'public', pdu(2, 9, 5, 0, vbl(vb(SYS)))),
    msg(0, b'public', pdu(2, 9, 0, 4, vbl(vb(SYS)))),
    msg(0, b'public', pdu(2, 9, -3, 1, vbl(vb(SYS)))),
    msg(0, b'public', pdu(0, 9, 3, 2, vbl(vb(SYS)))),
    msg(0, b'public', pdu(3, 9, 0, 2, vbl(vb(SYS, integer(5))))),
    msg(0, b'public', pdu(0, 10, 0, 0, vbl(vb(SYS, integer(5))))),
    msg(0, b'tr\x01p', trap(ENT, b'\x61\xf2\x18\x0b', 6, 52, 61498489,
                            vbl(vb('1.3.6.1.4.1.3830.1.1.2.1.1.1', integer(3)),
                                vb('1.3.6.1.4.1.3830.1.1.2.1.1.3', octets(b'%SMSA-E-POLLERR'))))),
    msg(0, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x00\x01', 2, 0, 100, vbl(vb(IF, uns(7, 0x41))))),
    msg(0, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x00\x01', 3, 5, 100, vbl())),
    msg(0, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x00\x01', 9, 5, 100, vbl())),
    msg(0, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x01', 0, 0, 0, vbl())),
    msg(0, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x00\x01', -1, 0, 0, vbl())),
    msg(1, b'public', pdu(5, 44, 0, 10, vbl(vb(IF), vb('1.3.6.1.2.1.31.1.1.1.6')))),
    msg(1, b'public', pdu(2, 44, 0, 0, vbl(vb(IF, uns(0xffffffff, 0x41)), vb('1.3.6.1.2.1.2.2.1.5.1', uns(1000000000, 0x42)),
                                           vb('1.3.6.1.2.1.31.1.1.1.6.1', uns(0x123456789abcdef0, 0x46)),
                                           vb('1.3.6.1.2.1.4.20.1.1', tlv(0x40, b'\xc0\xa8\x01\x01')),
                                           vb('1.3.6.1.2.1.1.2.0', oid('1.3.6.1.4.1.8072.3.2.10')),
                                           vb('1.3.6.1.2.1.1.9', b'\x80\x00'), vb('1.3.6.1.2.1.1.10', b'\x81\x00'),
                                           vb('1.3.6.1.2.1.1.11', b'\x82\x00'),
                                           vb('1.3.6.1.2.1.1.12', octets(b'\x00\x01\xfe')),
                                           vb('1.3.6.1.2.1.1.13', tlv(0x44, b'\x01\x02')),
                                           vb('1.3.6.1.2.1.1.14', tlv(0x45, b'\x07'))))),
    msg(1, b'public', pdu(6, 45, 0, 0, vbl(vb(UP, uns(5, 0x43)), vb('1.3.6.1.6.3.1.1.4.1.0', oid('1.3.6.1.6.3.1.1.5.1'))))),
    msg(1, b'public', pdu(7, 46, 0, 0, vbl(vb(UP, uns(5, 0x43))))),
    msg(1, b'public', pdu(8, 47, 0, 0, vbl(vb('1.3.6.1.6.3.15.1.1.4.0', uns(3, 0x41))))),
    msg(1, b'public', pdu(7, 46, 1, 1, vbl())),
    msg(1, b'public', pdu(2, 48, 0, 0, vbl(vb('2.999.1', integer(1)), vb('0.0', integer(0)),
                                           vb('1.3.268435455.4294967295', integer(2147483647))))),
    msg(0, b'public', pdu(5, 1, 0, 0, vbl())),
    msg(0, b'public', pdu(6, 1, 0, 0, vbl())),
    msg(0, b'public', pdu(8, 1, 0, 0, vbl())),
    msg(1, b'public', trap('1.3.6.1.4.1.9', b'\x0a\x00\x00\x01', 0, 0, 0, vbl())),
    v3(),
    v3(flags=b'\x07', usm=seq(octets(b'\x80\x00\x00\x01'), integer(0), integer(0), octets(b'us\x02r'),
                                 octets(b''), octets(b''))),
    v3(flags=b'\x00', model=2),
    v3(flags=b'\x02'),
    v3(flags=b'\x01\x02'),
    v3(usm=seq(octets(b'e'), integer(1), integer(2), octets(b'u'), octets(b''), octets(b''), octets(b'xx'))),
    v3(usm=octets(b'not a seq')),
    v3(usm=seq(integer(1))),
    v3(usm=seq(octets(b'e'), octets(b'x'))),
    v3(usm=seq(octets(b'e'), integer(1), octets(b'x'))),
    v3(usm=seq(octets(b'e'), integer(1), integer(2), integer(3))),
    v3(usm=seq(octets(b'e'), integer(1), integer(2), octets(b'u'), null())),
    v3(usm=seq(octets(b'e'), integer(1), integer(2), octets(b'u'), octets(b''), null())),
    v3(scoped=octets(b'x')),
    v3(scoped=seq(integer(1))),
    v3(scoped=seq(octets(b'e'), integer(1))),
    v3(scoped=seq(octets(b'e'), octets(b'\xff'), pdu(2, 1, 0, 0, vbl(vb(SYS, octets(b'v')))))),
    v3(scoped=seq(octets(b'e'), octets(b'c'), pdu(4, 1, 0, 0, vbl()))),
    seq(integer(3), seq(octets(b'x'))),
    seq(integer(3), seq(integer(1), octets(b'x'))),
    seq(integer(3), seq(integer(1), integer(2), integer(3))),
    seq(integer(3), seq(integer(1), integer(2), octets(b'\x04'), octets(b'x'))),
    seq(integer(3), seq(integer(1), integer(2), octets(b'\x04'), integer(3), integer(9)), octets(b''), null()),
    seq(integer(3), seq(integer(1), integer(2), octets(b'\x04'), integer(3)), integer(4)),
    seq(integer(3), octets(b'x')),
]

bad = [
    # versions and outer shapes
    msg(2, b'public', pdu(0, 1, 0, 0, vbl())),
    msg(7, b'public', pdu(0, 1, 0, 0, vbl())),
    msg(-1, b'public', pdu(0, 1, 0, 0, vbl())),
    octets(b'not snmp'),
    seq(octets(b'x')),
    seq(integer(0), integer(5)),
    seq(integer(0), octets(b'public'), integer(1)),
    seq(integer(0), octets(b'public'), null()),
    msg(0, b'public', pdu(0, 1, 0, 0, vbl())) + b'\x00\x00\x00',
    msg(0, b'public', pdu(0, 1, 0, 0, vbl()) + b'\x01\x02'),
    msg(0, b'public', pdu(0, 1, 0, 0, vbl() + b'\x05')),
    seq(integer(0), octets(b'public'), seq(octets(b'x'), integer(0), integer(0), vbl(), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), octets(b'x'), integer(0), vbl(), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), null(), vbl(), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), integer(1), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), seq(integer(1)), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), seq(seq(integer(1))), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), seq(seq(oid(SYS))), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), seq(seq(oid(SYS))), tag=0xa0)),
    seq(integer(0), octets(b'public'), seq(integer(1), integer(0), integer(0), seq(seq(oid(SYS), integer(1)) + b'\x07'), tag=0xa2)),
    seq(integer(0), octets(b'public'), seq(null(), tag=0xa4)),
    seq(integer(0), octets(b'public'), seq(oid(ENT), integer(1), tag=0xa4)),
    seq(integer(0), octets(b'public'), seq(oid(ENT), tlv(0x40, b'\1\2\3\4'), null(), tag=0xa4)),
    seq(integer(0), octets(b'public'), seq(oid(ENT), tlv(0x40, b'\1\2\3\4'), integer(6), null(), tag=0xa4)),
    seq(integer(0), octets(b'public'), seq(oid(ENT), tlv(0x40, b'\1\2\3\4'), integer(6), integer(1), integer(5), tag=0xa4)),
    seq(integer(0), octets(b'public'), seq(oid(ENT), tlv(0x40, b'\1\2\3\4'), integer(6), integer(1), uns(5, 0x43), tag=0xa4)),
    # BER errors: lengths that lie, long forms, tags
    b'',
    b'\x30',
    b'\x30\x84\x00\x00',
    b'\x30\x82\x01\x00' + integer(0),
    b'\x30\x10' + integer(0),
    b'\x30\x89\x00\x00\x00\x00\x00\x00\x00\x00\x03' + integer(0) + b'\x04\x00',
    b'\x30\x84\x00\x00\x00\x05' + integer(0) + b'\x04\x00' + b'\x00\x00\x00\x00',
    b'\x30\x80',
    b'\x3f\x85\x10\x00',
    b'\x3f\x10\x00',
    b'\x1f\x81\x82\x83\x84\x00\x00',
    b'\x1f\x81',
    b'\x1f',
    b'\x7f\x05\x00',
    b'\x30\x03\x02\x00\x00',
    b'\x30\x05\x02\x03\x00\x00',
    b'\x30\x06\x02\x04\x80\x00\x00\x00',
    b'\x30\x07\x02\x05\x01\x02\x03\x04\x05',
    b'\x30\x02\x01\x00',
    b'\x30\x02\x13\x00',
    b'\x30\x02\x1e\x00',
    b'\x30\x02\x51\x00',
    b'\x30\x02\x47\x00',
    b'\x30\x02\x44\x01',
    b'\x30\x02\xc0\x00',
    b'\x30\x02\xc1\x00',
    b'\x30\x02\x85\x00',
    b'\x30\x02\x31\x00',
    b'\x30\x02\x24\x00',
    b'\x30\x02\x72\x00',
    b'\x30\x02\xe0\x00',
    b'\x30\x02\x10\x00',
    b'\x30\x02\x12\x00',
    b'\x31\x00',
    b'\x24\x00',
    b'\x61\x00',
    b'\xe0\x00',
    b'\xa0\x00',
    b'\x40\x03\x01\x02\x03',
    b'\x13\x02ab',
    b'\x05\x00',
    b'\x06\x03\x2b\x06\x01',
    b'\x04\x03abc',
    b'\x04\x03a\x00c',
    b'\x80\x00',
    b'\x83\x00',
    b'\x43\x05\x01\x02\x03\x04\x05',
    msg(0, b'public', pdu(0, 1, 0, 0, vbl(vb(tlv(0x06, b'\x2b\x86'), null())))),
    msg(0, b'public', pdu(0, 1, 0, 0, vbl(vb(tlv(0x06, b''), null())))),
    msg(0, b'public', pdu(0, 1, 0, 0, vbl(vb(tlv(0x06, b'\xff\xff\xff\xff\x7f'), null())))),
    msg(0, b'public', pdu(0, 1, 0, 0, vbl(vb(tlv(0x06, b'\x8f\xff\xff\xff\x7f\x01'), null())))),
    msg(0, b'public', pdu(2, 1, 0, 0, vbl(vb(SYS, b'\x02\x00')))),
    msg(0, b'public', pdu(2, 1, 0, 0, vbl(vb(SYS, b'\x04\x85\x00')))),
    msg(0, b'public', pdu(2, 1, 0, 0, vbl(vb(SYS, b'\x04\x05ab')))),
    msg(0, b'', pdu(2, 1, 0, 0, vbl())),
    msg(0, b'publi', pdu(2, 1, 0, 0, vbl())),
    msg(0, b'publicc', pdu(2, 1, 0, 0, vbl())),
]

msgs = good + bad
pkts = []
for i, m in enumerate(msgs):
    if i % 5 == 1:
        pkts.append(dgram(m, sport=161, dport=40000))
    elif i % 7 == 3:
        pkts.append(dgram(m, sport=40001, dport=162, v6=True))
    elif i % 11 == 4:
        pkts.append(dgram(m, sport=162, dport=40002))
    else:
        pkts.append(dgram(m))
# the ports beside others: the lower rank of tcpdump's chain wins
pkts.append(dgram(good[0], sport=161, dport=123))
pkts.append(dgram(good[0], sport=161, dport=500))
pkts.append(dgram(good[0], sport=162, dport=4500))
pkts.append(dgram(good[0], sport=161, dport=1701))
pkts.append(dgram(good[0], sport=88, dport=162))
pkts.append(dgram(good[0], sport=162, dport=161))
pcapfile.write(os.path.join(out, 'snmp.pcap'), pkts)

# -T snmp: datagrams on other ports
typed = [dgram(m, sport=5000, dport=6000) for m in good[:4] + good[12:14] + good[28:30]]
pcapfile.write(os.path.join(out, 'snmp-typed.pcap'), typed)

# the same messages cut by the snap length at many points
HDR = 14 + 20 + 8
cuts = []
for m in (good[2], good[3], good[12], good[19], good[28], good[29], bad[30]):
    p = dgram(m)
    for n in range(0, len(m), 1 if len(m) < 80 else 3):
        cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'snmp-cut.pcap'), cuts)
