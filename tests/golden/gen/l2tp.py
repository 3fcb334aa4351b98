#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""L2TP golden inputs (UDP port 1701): control messages (SCCRQ, SCCRP,
SCCCN, ICRQ, ICCN, HELLO, StopCCN, CDN, WEN, SLI...) carrying every AVP
type tcpdump decodes, hidden and vendor AVPs, AVPs too short for their
value, ZLB acks; data messages with PPP LCP, IPCP and IPv4 inside, with
and without sequence numbers and offset padding; L2F and unknown versions;
length fields that lie (AVP past the message, message past the datagram,
smaller than the header, control without L). l2tp-cut.pcap cuts packets
inside the header, the offset padding and an AVP.
Usage: l2tp.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

from scapy.all import Ether, IP, IPv6, UDP, ICMP, Raw, raw  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

PORT = 1701
HDR = 14 + 20 + 8

F_T, F_L, F_S, F_O, F_P = 0x8000, 0x4000, 0x0800, 0x0200, 0x0100


def l2tp(flags, tunnel, session, body=b"", ns=None, nr=None, pad=None,
         length=None, ver=2):
    h = b""
    if flags & F_S:
        h += struct.pack(">HH", ns or 0, nr or 0)
    if flags & F_O:
        h += struct.pack(">H", len(pad)) + pad
    total = 6 + (2 if flags & F_L else 0) + len(h) + len(body)
    if length is None:
        length = total
    w = struct.pack(">H", flags | ver)
    if flags & F_L:
        w += struct.pack(">H", length)
    return w + struct.pack(">HH", tunnel, session) + h + body


def ctrl(tunnel, session, avps, ns=0, nr=0, length=None, extra=0):
    return l2tp(F_T | F_L | F_S | extra, tunnel, session, b"".join(avps), ns=ns, nr=nr,
                length=length)


def avp(t, val=b"", m=True, h=False, vendor=0, length=None):
    if length is None:
        length = 6 + len(val)
    w = (0x8000 if m else 0) | (0x4000 if h else 0) | (length & 0x3ff)
    return struct.pack(">HHH", w, vendor, t) + val


def u16(v):
    return struct.pack(">H", v)


def u32(v):
    return struct.pack(">I", v)


def msg(t):
    return avp(0, u16(t))


def udp4(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IP(src="192.0.2.1", dst="192.0.2.2", id=7) / UDP(sport=sp, dport=dp) / Raw(pl))


def udp6(sp, dp, pl):
    return raw(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
               IPv6(src="2001:db8::1", dst="2001:db8::2") / UDP(sport=sp, dport=dp) / Raw(pl))


LCP_CONFREQ = bytes.fromhex("ff03c021010100140104058c05061234567807020802")
IPCP_CONFREQ = bytes.fromhex("ff03802101020010030600000000810600000000")
ipv4 = raw(IP(src="10.0.0.1", dst="10.0.0.2", id=1) / ICMP(id=1, seq=1) / Raw(b"ping"))
PPP_IP = b"\xff\x03\x00\x21" + ipv4
PPP_IP_PFC = b"\x21" + ipv4

sccrq = ctrl(0, 0, [
    msg(1), avp(2, u16(0x0100)), avp(3, u32(3)), avp(4, u32(3)),
    avp(5, bytes.fromhex("0102030405060708"), m=False), avp(6, u16(0x0690), m=False),
    avp(7, b"lac.example"), avp(8, b"Vendor\x01Inc\x7f", m=False), avp(9, u16(4711)),
    avp(10, u16(8)), avp(11, bytes.fromhex("deadbeefcafe")),
])
sccrp = ctrl(4711, 0, [
    msg(2), avp(2, u16(0x0100)), avp(3, u32(1)), avp(4, u32(2)), avp(7, b"lns"),
    avp(9, u16(99)), avp(13, bytes(range(16))), avp(11, b"\x00" * 16),
], ns=0, nr=1)
scccn = ctrl(99, 0, [msg(3), avp(13, bytes(range(16, 32)))], ns=1, nr=1)
icrq = ctrl(99, 0, [
    msg(10), avp(14, u16(1234)), avp(15, u32(0xdeadbeef)), avp(18, u32(1)),
    avp(21, b"5551234"), avp(22, b"5556789"), avp(23, b"sub"), avp(25, u32(7)),
    avp(16, u32(9600)), avp(17, u32(64000)), avp(20, u16(0)),
], ns=2, nr=1)
iccn = ctrl(99, 1234, [
    msg(12), avp(24, u32(115200)), avp(19, u32(3)), avp(26, LCP_CONFREQ[4:]),
    avp(27, LCP_CONFREQ[4:]), avp(28, LCP_CONFREQ[4:]), avp(29, u16(2)),
    avp(30, b"user@example"), avp(31, bytes(range(8))), avp(32, u16(0x1234)),
    avp(33, bytes(range(16))), avp(29, u16(9)), avp(38, u32(28800)),
    avp(39), avp(37, b"grp1"), avp(36, bytes.fromhex("0011223344")),
], ns=3, nr=2)
hello = ctrl(99, 0, [msg(6)], ns=4, nr=3)
stopccn = ctrl(99, 0, [
    msg(4), avp(9, u16(4711)), avp(1, u16(2) + u16(6) + b"going down"),
], ns=5, nr=4)
cdn = ctrl(99, 1234, [
    msg(14), avp(1, u16(3)), avp(1, u16(1) + u16(2)), avp(1, u16(1) + b"\x01"),
    avp(14, u16(1234)), avp(12, u16(16) + b"\x02" + b"normal"), avp(12, u16(17) + b"\x03"),
    avp(46, u16(3) + u16(0xc021) + b"\x01" + b"LCP down"), avp(46, u16(1) + u16(0) + b"\x07"),
], ns=6, nr=5)
wen = ctrl(99, 1234, [msg(15), avp(34, u16(0) + b"".join(u32(i) for i in range(1, 7)))])
sli = ctrl(99, 1234, [msg(16), avp(35, u16(0) + u32(0xffffffff) + u32(0x000a0000))])
other_msgs = [ctrl(99, 0, [msg(t)]) for t in (7, 8, 9, 11, 5, 0, 200)]
hidden = ctrl(99, 1234, [
    msg(10), avp(14, bytes.fromhex("a1b2c3d4e5f6"), h=True), avp(30, b"secret!!", h=True),
    avp(36, bytes(range(16))), avp(300, b"xx", h=True), avp(77, b"unknown"),
])
vendor = ctrl(99, 0, [msg(6), avp(1, b"\x01\x02\x03", vendor=9), avp(0xffff, vendor=311),
                      avp(5, bytes(4), vendor=0x2a, m=False, h=True)])
short = ctrl(99, 0, [
    avp(0), avp(1), avp(1, b"\x00\x01\x02"), avp(2, b"\x01"), avp(3, u16(1)), avp(4, b"\x00"),
    avp(5, bytes(7)), avp(6, b"\x01"), avp(12, u16(1)), avp(13, bytes(15)),
    avp(15, u16(1)), avp(18, b"\x00"), avp(19, b""), avp(29, b"\x00"), avp(32, b"\x01"),
    avp(34, b"\x00"), avp(34, u16(0) + u32(1) + u32(2)), avp(35, u16(0)),
    avp(35, u16(0) + u32(1) + b"\x01"), avp(46, u16(1) + u16(2)), avp(9, b""),
])
zlb = ctrl(99, 0, [], ns=7, nr=6)
prio = ctrl(99, 0, [msg(6)], extra=F_P)

frames = [
    udp4(40000, PORT, sccrq), udp4(PORT, 40000, sccrp), udp4(40000, PORT, scccn),
    udp4(40000, PORT, icrq), udp4(PORT, PORT, iccn), udp4(PORT, PORT, hello),
    udp4(PORT, PORT, stopccn), udp4(PORT, PORT, cdn), udp4(PORT, PORT, wen),
    udp4(PORT, PORT, sli),
] + [udp4(PORT, PORT, m) for m in other_msgs] + [
    udp4(PORT, PORT, hidden), udp4(PORT, PORT, vendor), udp4(PORT, PORT, short),
    udp4(PORT, PORT, zlb), udp4(PORT, PORT, prio), udp6(PORT, PORT, hello),
    # data messages
    udp4(PORT, PORT, l2tp(0, 99, 1234, LCP_CONFREQ)),
    udp4(PORT, PORT, l2tp(F_L, 99, 1234, IPCP_CONFREQ)),
    udp4(PORT, PORT, l2tp(F_L | F_S, 99, 1234, PPP_IP, ns=10, nr=20)),
    udp4(PORT, PORT, l2tp(F_O, 99, 1234, PPP_IP_PFC, pad=b"\x00\x00\x00")),
    udp4(PORT, PORT, l2tp(F_O | F_S | F_P, 99, 1234, PPP_IP, ns=1, nr=2, pad=b"")),
    udp6(PORT, 50000, l2tp(F_L, 7, 8, PPP_IP)),
    udp4(PORT, PORT, l2tp(0, 1, 2, b"")),
    udp4(PORT, PORT, l2tp(0, 1, 2, b"\xff\x03")),
    # other versions
    udp4(PORT, PORT, l2tp(F_T | F_L, 1, 2, ver=1)),
    udp4(PORT, PORT, l2tp(F_T | F_L, 1, 2, ver=3)),
    udp4(PORT, PORT, b"\x00"),
    udp4(PORT, PORT, b""),
    # lengths that lie
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host", length=40)])),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host", length=3)])),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host", length=0x3ff)])),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host")], length=200)),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host")], length=4)),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6), avp(7, b"host")], length=14)),
    udp4(PORT, PORT, l2tp(F_T | F_S, 99, 0, msg(6))),
    udp4(PORT, PORT, l2tp(F_L | F_O, 99, 1234, PPP_IP, pad=b"\x00" * 4, length=10)),
    udp4(PORT, PORT, l2tp(F_O, 99, 1234, b"\x00\xff", pad=b"")[:8] + b"\x01\x00"),
    udp4(PORT, PORT, ctrl(99, 0, [msg(6)]) + b"trailing"),
]
pcapfile.write(os.path.join(out, "l2tp.pcap"), frames)

# cut inside the header, the offset padding, an AVP and the PPP frame
cut = []
full = udp4(PORT, PORT, sccrq)
cut += [(full, HDR + n) for n in (0, 1, 2, 3, 5, 7, 9, 11, 12, 13, 17, 19, 20, 30, 60)]
data = udp4(PORT, PORT, l2tp(F_O | F_S, 99, 1234, PPP_IP, ns=1, nr=2, pad=b"\x00" * 6))
cut += [(data, HDR + n) for n in (9, 11, 12, 14, 18, 20, 22, 24, 40)]
cut.append((udp4(PORT, PORT, cdn), HDR + 70))
pcapfile.write(os.path.join(out, "l2tp-cut.pcap"), cut)
