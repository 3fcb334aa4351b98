#!/usr/bin/python3
"""UDP application printers: NTP (123), BFD (3784/3785/4784/6784),
BOOTP/DHCP (67/68).

Each protocol gets well-formed packets and broken ones: lengths that lie,
packets cut short by the snap length, unknown versions and types.
"""
import os
import struct
import sys

from scapy.all import IP, UDP, Ether, Raw, wrpcap

out = sys.argv[1]
t0 = 1700000000


def ntp_time(mode, stratum, refid, extra=b"", poll=6, prec=-20):
    ts = struct.pack(">II", 3900000000, 0x80000000)
    ts2 = struct.pack(">II", 3900000001, 0x40000000)
    return struct.pack(">BBbbHHHH", (0 << 6) | (4 << 3) | mode, stratum, poll, prec,
                       1, 0x8000, 0, 0x0100) + refid + ts + ts2 + ts + ts2 + extra


def ntp_ctrl(count, data=b"", flags=0x82):
    return struct.pack(">BBHHHHH", (3 << 3) | 6, flags, 7, 0x0615, 0, 0, count) + data


ntp = [
    ntp_time(3, 0, b"\0\0\0\0"),
    ntp_time(4, 1, b"GPS\0"),
    ntp_time(4, 2, b"\x0a\x00\x00\x01", poll=-3),
    ntp_time(1, 62, b"\x0a\x00\x00\x02"),
    ntp_time(4, 3, b"\x0a\x00\x00\x01", struct.pack(">I", 9)),
    ntp_time(4, 3, b"\x0a\x00\x00\x01", struct.pack(">I", 9) + bytes(range(16))),
    ntp_time(4, 3, b"\x0a\x00\x00\x01", struct.pack(">I", 9) + bytes(range(20))),
    ntp_time(4, 3, b"\x0a\x00\x00\x01", bytes(7), poll=40),
    ntp_time(3, 16, b"\x0a\x00\x00\x01")[:30],     # shorter than a time message
    ntp_ctrl(0),
    ntp_ctrl(4, b"abcd", flags=0xe2),
    ntp_ctrl(40, b"abcd"),                         # count beyond the packet
    ntp_ctrl(0)[:8],
    bytes([(2 << 3) | 7]) + bytes(20),             # mode 7
]


def bfd(version, flags, auth=b"", state=3, diag=0, length=24):
    b = (flags & 0x3f) | (state << 6) if version == 1 else flags
    return struct.pack(">BBBBIIIII", (version << 5) | diag, b, 3, length + len(auth),
                       0x11, 0x22, 300000, 300000, 50000) + auth


bfdp = [
    (3784, bfd(1, 0x00)),
    (4784, bfd(1, 0x24, state=1, diag=1)),
    (6784, bfd(1, 0x04, bytes([1, 7, 5]) + b"secret0")),
    (3784, bfd(1, 0x04, bytes([2, 24, 1, 0]) + struct.pack(">I", 5) + bytes(range(16)))),
    (3784, bfd(1, 0x04, bytes([5, 28, 1, 0]) + struct.pack(">I", 6) + bytes(range(20)))),
    (3784, bfd(1, 0x04, bytes([4, 20, 1, 0]) + struct.pack(">I", 6) + bytes(range(12)))),
    (3784, bfd(1, 0x04, bytes([1, 30, 5]) + b"x")),
    (3784, bfd(1, 0x04, bytes([9, 4, 5, 0]))),
    (3784, bfd(0, 0xc4, bytes([1, 5, 2]) + b"pw")),
    (3784, bfd(3, 0x00)),
    (3784, bfd(1, 0x00)[:20]),
    (3784, bfd(1, 0x04, bytes([2, 24, 1, 0]) + struct.pack(">I", 5) + bytes(6))),
    (3785, bytes(range(16))),
]



def bootp(op, opts, htype=1, hlen=6, sname=b"", file=b"", magic=b"\x63\x82\x53\x63"):
    hdr = struct.pack(">BBBBIHH", op, htype, hlen, 1, 0x1234, 3, 0x8000)
    hdr += bytes([10, 0, 0, 9]) + bytes([10, 0, 0, 7]) + bytes(4) + bytes([10, 0, 0, 254])
    hdr += bytes.fromhex("020000000042") + bytes(10)
    hdr += sname.ljust(64, b"\0")[:64] + file.ljust(128, b"\0")[:128]
    return hdr + magic + opts


def opt(tag, val):
    return bytes([tag, len(val)]) + val


dhcp_all = b"".join([
    opt(53, b"\x01"), opt(50, bytes([10, 0, 0, 7])), opt(55, bytes([1, 3, 6, 15, 28, 42, 121, 200])),
    opt(61, b"\x01\x02\x00\x00\x00\x00\x42"), opt(61, b"\x00client"), opt(12, b"host\x01"),
    opt(81, b"\x05\x00\x00fqdn.example"), opt(81, b"\xf1\x01\x02x"), opt(81, b"\x00"),
    opt(77, b"\x03abc\x02de"), opt(77, b"\x00"), opt(77, b"\x05ab"), opt(77, b"\x01"),
    opt(82, b"\x01\x03eth\x02\x02ab\x09\x02\xff\xfe\x01\x09x"),
    opt(121, bytes([24, 192, 168, 1, 10, 0, 0, 1, 0, 10, 0, 0, 1])), opt(121, bytes([33, 1, 2, 3, 4])),
    opt(249, bytes([16, 172, 16, 10, 0, 0, 1, 8])), opt(121, b"\x01"),
    opt(46, b"\x08"), opt(46, b""), opt(52, b"\x03"), opt(2, struct.pack(">i", -3600)),
    opt(19, b"\x00\x01\x05"), opt(21, bytes(8)), opt(26, b"\x05\xdc\x00"), opt(23, b"\x40"),
    opt(51, struct.pack(">I", 86400) + b"\x01"), opt(200, b"\x01\x02\x03\x04"), opt(201, b"\x01\x02"),
    opt(202, b"\x01"), opt(99, b""), b"\x00\x00\x00", opt(53, b"\x63"), b"\xff", b"\x00" * 4,
])
bootpp = [
    (68, 67, bootp(1, dhcp_all)),
    (67, 68, bootp(2, opt(53, b"\x05") + opt(54, bytes([10, 0, 0, 1])) + b"\xff", sname=b"srv",
                   file=b"pxe/boot.0")),
    (67, 68, bootp(2, b"", magic=b"CMU\0" + struct.pack(">I", 3) + bytes(range(1, 33)))),
    (67, 68, bootp(3, b"", htype=6, hlen=8, magic=b"\x01\x02\x03\x04")),
    (68, 67, bootp(1, b"", sname=b"x" * 64)),
    (68, 67, bootp(1, opt(15, b"example.org") + bytes([12, 40]) + b"short")),
    (68, 67, bootp(1, b"")[:100]),
]

pkts = []
for i, pl in enumerate(ntp):
    pkts.append((40000 + i, 123, pl))
for dp, pl in bfdp:
    pkts.append((50000, dp, pl))
for sp, dp, pl in bootpp:
    pkts.append((sp, dp, pl))
frames = []
for i, (sp, dp, pl) in enumerate(pkts):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
        IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1) / UDP(sport=sp, dport=dp) / Raw(pl)
    p.time = t0 + i
    frames.append(p)
wrpcap(os.path.join(out, "udp-app.pcap"), frames)


# the same packets cut at 70 bytes (caplen < length): every printer's truncation
def snap_pcap(path, frames, snap):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snap, 1))
        for p in frames:
            b = bytes(p)
            f.write(struct.pack("<IIII", int(p.time), 0, min(len(b), snap), len(b)) + b[:snap])


snap_pcap(os.path.join(out, "udp-app-snap.pcap"), frames, 70)


# ---- more UDP application printers, each in its own capture and cut short -----

def app_pcap(name, pkts, v6=False, snap=90):
    frames = []
    for i, (sp, dp, pl) in enumerate(pkts):
        if v6:
            from scapy.all import IPv6
            ip = IPv6(src="fe80::1", dst="ff02::1:2")
        else:
            ip = IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1)
        p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / ip / \
            UDP(sport=sp, dport=dp) / Raw(pl)
        p.time = t0 + i
        frames.append(p)
    wrpcap(os.path.join(out, name + ".pcap"), frames)
    snap_pcap(os.path.join(out, name + "-snap.pcap"), frames, snap)


def radius(code, attrs, length=None, ident=7):
    body = b"".join(attrs)
    n = 20 + len(body) if length is None else length
    return struct.pack(">BBH", code, ident, n) + bytes(range(16)) + body


def ra(t, val):
    """a RADIUS attribute: type, length (2 + value), value"""
    return bytes([t, len(val) + 2]) + val


radius_attrs = [
    ra(1, b"alice"), ra(2, bytes(16)), ra(4, bytes([10, 0, 0, 1])), ra(5, struct.pack(">I", 7)),
    ra(6, struct.pack(">I", 2)), ra(6, struct.pack(">I", 99)), ra(7, struct.pack(">I", 1)),
    ra(8, b"\xff\xff\xff\xff"), ra(14, b"\xff\xff\xff\xfe"), ra(10, struct.pack(">I", 3)),
    ra(23, b"\xff\xff\xff\xfe"), ra(27, struct.pack(">I", 30)), ra(28, struct.pack(">I", 125)),
    ra(46, struct.pack(">I", 7384)), ra(37, bytes(4)), ra(38, bytes(4)), ra(38, struct.pack(">I", 5)),
    ra(64, b"\x01\x00\x00\x03"), ra(65, b"\x00\x00\x00\x01"), ra(83, b"\x02\x00\x00\x09"),
    ra(56, b"\x31\x00\x00\x7b"), ra(56, b"\x33\x00\x00\x01"), ra(58, b"\x32vlan"),
    ra(69, b"\x01\x12\x34secret"), ra(69, b"\x01\x12"), ra(66, b"\x03host"), ra(81, b"grp"),
    ra(82, b"\x00id"), ra(55, struct.pack(">I", 1700000000)), ra(55, b"\x01"),
    ra(124, bytes.fromhex("0000030000000003")), ra(124, b"\x00"),
    ra(97, bytes([0, 64, 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1])), ra(97, bytes([0, 129])),
    ra(97, bytes([0, 80, 0x20, 0x01])), ra(97, b"\x00"), ra(123, bytes([0, 0])),
    ra(125, bytes([64]) + bytes(range(16))), ra(125, bytes([200]) + bytes(16)), ra(125, bytes(3)),
    ra(95, bytes(range(16))), ra(95, bytes(4)), ra(126, b"\x31example.net"), ra(126, b"\x39"),
    ra(126, b"\x39x"),
    ra(127, struct.pack(">HBB", 1, 1, 5) + struct.pack(">II", 3900000000, 0) + bytes(8) + b"GPS"),
    ra(127, bytes(10)), ra(128, b"\x00\x02here"), ra(128, b"\x00"),
    ra(129, b"\x80\x01" + struct.pack(">II", 3900000000, 1 << 31) + b"note"),
    ra(129, b"\x00\x00" + bytes(8)), ra(129, bytes(3)),
    ra(70, bytes(range(16))), ra(70, bytes(3)), ra(71, b"\x01\x06" + bytes(range(12))),
    ra(71, bytes(2)), ra(84, bytes(range(9))), ra(84, bytes(4)), ra(101, struct.pack(">I", 404)),
    ra(101, struct.pack(">I", 9)), ra(101, b"\x01"),
    ra(26, struct.pack(">I", 9) + b"\x01\x05abc" + b"\x02\x03z"), ra(26, struct.pack(">I", 77777) + b"\x01\x01"),
    ra(26, struct.pack(">I", 311) + b"\x01\x09ab"), ra(26, b"\x00\x00"),
    ra(79, bytes([2, 0, 0, 10, 1]) + b"alice"), ra(79, bytes([2, 0, 0, 99, 1])),
    ra(18, b"hi\x01\x7fthere\0tail"), ra(76, struct.pack(">I", 1)), ra(61, struct.pack(">I", 15)),
    ra(59, b"\x01\x02"), ra(200, b"\x01\x02"), ra(0, b"\x01"), ra(12, b"\x01\x02"),
]
radiusp = [
    (40000, 1812, radius(1, radius_attrs[:40])),
    (1812, 40000, radius(2, radius_attrs[40:])),
    (40000, 1813, radius(4, [ra(40, struct.pack(">I", 1)), ra(45, struct.pack(">I", 9)), b"\x05\x01"])),
    (1646, 1646, radius(5, [ra(49, struct.pack(">I", 1)), b"\x05\x09\x00\x00"])),
    (40000, 3799, radius(40, [], length=12)),
    (40000, 1700, radius(43, [ra(1, b"bob")], length=200)),
    (40000, 1645, radius(99, [ra(1, b"bob")])[:15]),
    (40000, 1812, radius(12, [b"\x01"])),
]
app_pcap("radius", radiusp)


def d6opt(code, val):
    return struct.pack(">HH", code, len(val)) + val


def dns_name(*labels):
    return b"".join(bytes([len(x)]) + x for x in labels) + b"\0"


duid_llt = struct.pack(">HHI", 1, 1, 123456) + bytes.fromhex("020000000001")
ia_addr = d6opt(5, bytes.fromhex("20010db8000000000000000000000001") + struct.pack(">II", 300, 600)
                + d6opt(13, b"\x00\x00ok"))
d6opts = b"".join([
    d6opt(1, duid_llt), d6opt(2, struct.pack(">H", 2) + bytes(range(10))),
    d6opt(1, struct.pack(">HH", 3, 1) + bytes.fromhex("020000000002")), d6opt(2, b"\x00\x09"),
    d6opt(1, b"\x00"), d6opt(1, b"\x00\x01\x00"), d6opt(2, b"\x00\x02\x01"), d6opt(2, b"\x00\x03"),
    d6opt(3, struct.pack(">III", 1, 3600, 5400) + ia_addr), d6opt(3, bytes(4)),
    d6opt(4, struct.pack(">I", 9) + ia_addr), d6opt(4, b"\x01"),
    d6opt(25, struct.pack(">III", 2, 100, 200) + d6opt(26, struct.pack(">IIB", 250, 300, 56)
                                                       + bytes.fromhex("2a000001000101000000000000000000"))),
    d6opt(26, bytes(5)), d6opt(5, bytes(3)),
    d6opt(6, struct.pack(">HHHH", 23, 24, 64, 999)), d6opt(6, b"\x00"), d6opt(43, struct.pack(">H", 1)),
    d6opt(7, b"\x0a"), d6opt(7, b""), d6opt(8, b"\x00\x64"), d6opt(8, b"\x01"),
    d6opt(11, bytes([2, 1, 0]) + bytes(8) + bytes(range(3)) + struct.pack(">I", 7) + bytes(range(16))),
    d6opt(11, bytes([3, 1, 0]) + bytes(8) + b"\x01" + bytes(range(16))),
    d6opt(11, bytes([3, 9, 4]) + bytes(8) + b"\x07" + bytes(range(16))),
    d6opt(11, bytes([2, 1, 0]) + bytes(8) + bytes(5)), d6opt(11, bytes([7, 1, 0]) + bytes(8)),
    d6opt(11, bytes(5)), d6opt(14, b""), d6opt(20, b""),
    d6opt(18, bytes(range(14))), d6opt(38, b"ab"), d6opt(19, b"\x05"), d6opt(19, b"\x0b"), d6opt(19, b"\x07"),
    d6opt(19, b""), d6opt(23, bytes(16) + bytes.fromhex("20010db8000000000000000000000053")),
    d6opt(23, bytes(10)), d6opt(31, bytes(16)),
    d6opt(24, dns_name(b"example", b"com") + dns_name(b"eng", b"example", b"com")),
    d6opt(21, dns_name(b"sip", b"example")), d6opt(24, b"\x05abc"),
    d6opt(13, struct.pack(">H", 2) + b"none"), d6opt(13, struct.pack(">H", 300)), d6opt(13, b"\x00"),
    d6opt(13, struct.pack(">H", 77)),
    d6opt(32, struct.pack(">I", 86400)), d6opt(46, b"\x01"), d6opt(37, struct.pack(">I", 9) + bytes(range(12))),
    d6opt(37, b"\x00"), d6opt(44, b"\x01" + bytes(16) + d6opt(1, duid_llt)), d6opt(44, b"\x05" + bytes(16)),
    d6opt(44, bytes(3)), d6opt(45, d6opt(46, struct.pack(">I", 5))), d6opt(45, b""),
    d6opt(47, bytes(16) + bytes(range(12))), d6opt(47, bytes(3)),
    d6opt(56, d6opt(1, bytes(16)) + d6opt(2, bytes(4)) + d6opt(3, dns_name(b"ntp", b"example")) + d6opt(9, b"")),
    d6opt(56, d6opt(1, bytes(30))), d6opt(56, b"\x00"),
    d6opt(64, dns_name(b"aftr", b"example", b"net")), d6opt(64, b"\x09ab\x00"), d6opt(64, b"\x00"),
    d6opt(41, b"EST5EDT"), d6opt(42, b"Europe/Paris"), d6opt(112, b"https://mud.example/x"), d6opt(112, b"ab"),
    d6opt(16, b"\x00\x00\x00\x09abc"), d6opt(300, b"xyz"),
])
relay_inner = struct.pack(">I", (1 << 24) | 0x1234) + d6opt(1, duid_llt) + d6opt(8, b"\x00\x00")
relay = bytes([12, 0]) + bytes.fromhex("20010db8000000000000000000000001") + \
    bytes.fromhex("fe800000000000000000000000000002")
dhcp6p = [
    (546, 547, struct.pack(">I", (1 << 24) | 0xabcdef) + d6opts[:700]),
    (547, 546, struct.pack(">I", (7 << 24) | 0xabcdef) + d6opts[700:]),
    (547, 547, relay + d6opt(9, relay_inner) + d6opt(18, b"eth0")),
    (547, 547, relay + d6opt(9, relay_inner[:9] + b"\x00\x20") + d6opt(18, b"eth0")),
    (547, 547, bytes([13, 1]) + bytes(20)),
    (546, 547, struct.pack(">I", (3 << 24) | 1) + d6opt(3, struct.pack(">III", 1, 2, 3) + b"\x00\x05\x00\x30")
     + d6opt(8, b"\x00\x01")),
    (546, 547, struct.pack(">I", (11 << 24) | 1) + d6opt(23, bytes(16))[:10]),
    (546, 547, struct.pack(">I", (99 << 24) | 1) + b"\x00\x08\x00"),
    (546, 547, b"\x01\x00"),
]
app_pcap("dhcp6", dhcp6p, v6=True, snap=120)


def btlv(t, body):
    return bytes([t, len(body)]) + body


def babel(tlvs, trailer=b"", bodylen=None):
    body = b"".join(tlvs)
    n = len(body) if bodylen is None else bodylen
    return bytes([42, 2]) + struct.pack(">H", n) + body + trailer


rid = bytes(range(1, 9))
babel_tlvs = [
    b"\x00", btlv(1, bytes(3)), btlv(2, struct.pack(">HHH", 0, 0x1234, 400)), btlv(2, bytes(2)),
    btlv(3, struct.pack(">H", 0x1234)), btlv(3, b""),
    btlv(4, struct.pack(">HHH", 0x8000, 7, 400) + btlv(3, struct.pack(">I", 1234567)) + b"\x00"
         + btlv(1, b"\0") + btlv(2, b"\x01\xff") + btlv(0x85, b"")),
    btlv(4, struct.pack(">HHH", 0, 8, 0) + b"\x03\x09"), btlv(4, bytes(2)),
    btlv(5, bytes([2, 0]) + struct.pack(">HH", 96, 400) + bytes.fromhex("fe800000000000000000000000000001")
         + btlv(3, struct.pack(">II", 1, 2))),
    btlv(5, bytes([1, 0]) + struct.pack(">HH", 96, 0) + bytes([10, 0, 0, 1])),
    btlv(5, bytes([3, 0]) + struct.pack(">HH", 96, 400) + bytes(8) + btlv(3, b"\x00")),
    btlv(5, bytes([0, 0]) + struct.pack(">HH", 1, 1)), btlv(5, bytes([9, 0]) + bytes(4)),
    btlv(6, bytes(2) + rid), btlv(6, bytes(3)),
    btlv(7, bytes([1, 0, 10, 0, 0, 254])), btlv(7, bytes([0, 0])), btlv(7, bytes([2, 0, 1])),
    btlv(8, bytes([2, 0x80, 64, 0]) + struct.pack(">HHH", 400, 5, 96) + bytes.fromhex("20010db800000001")
         + btlv(2, b"\x01\x02")),
    btlv(8, bytes([2, 0x40, 64, 6]) + struct.pack(">HHH", 0xffff, 6, 0xffff) + bytes.fromhex("0002")),
    btlv(8, bytes([1, 0x81, 24, 0]) + struct.pack(">HHH", 400, 5, 96) + bytes([192, 168, 1])),
    btlv(8, bytes([1, 0, 32, 2]) + struct.pack(">HHH", 400, 5, 96) + bytes([9, 9])),
    btlv(8, bytes([0, 0, 0, 0]) + struct.pack(">HHH", 400, 5, 96)), btlv(8, bytes([1, 0, 40, 0]) + bytes(8)),
    btlv(8, bytes(5)),
    btlv(9, bytes([2, 48]) + bytes.fromhex("20010db80001")), btlv(9, bytes([0, 0])), btlv(9, bytes([1, 33])),
    btlv(10, bytes([1, 16]) + struct.pack(">HBB", 9, 3, 0) + rid + bytes([10, 1])), btlv(10, bytes(4)),
    btlv(11, struct.pack(">HI", 3, 99)), btlv(12, struct.pack(">H", 1) + bytes(range(16))), btlv(12, bytes(3)),
    btlv(13, bytes([2, 16, 48, 0]) + struct.pack(">HHH", 400, 1, 2) + bytes(6) + bytes([0x20, 0x01])),
    btlv(14, bytes([1, 8, 16]) + bytes([10, 10, 1])), btlv(14, bytes([0, 0, 0])),
    btlv(15, bytes([2, 16]) + struct.pack(">HBB", 1, 2, 0) + rid + bytes(2)), btlv(16, bytes(16)),
    btlv(17, struct.pack(">I", 5) + b"ix"), btlv(17, b"\x01"), btlv(18, bytes(8)), btlv(19, bytes(200)),
    btlv(99, b"x"),
]
babelp = [(6696, 6696, babel([t])) for t in babel_tlvs] + [
    (6696, 6696, babel(babel_tlvs[19:23])),
    (6697, 6697, babel(babel_tlvs[:3], trailer=btlv(16, bytes(8)) + b"\x00")),
    (6696, 6696, babel([btlv(4, bytes(6))], bodylen=40)),
    (6696, 6696, babel([btlv(4, bytes(6))], trailer=b"\x04")),
    (6696, 6696, babel([b"\x04\x30" + bytes(4)])),
    (6696, 6696, bytes([42, 1, 0, 0])), (6696, 6696, bytes([41, 2, 0, 0])), (6696, 6696, bytes([42, 2])),
]
app_pcap("babel", babelp, v6=True, snap=100)


def htlv(t, body):
    return struct.pack(">HH", t, len(body)) + body + bytes(-len(body) % 4)


nid = bytes([1, 2, 3, 4])
v4m = bytes(10) + b"\xff\xff"
hncp_tlvs = [
    htlv(1, b""), htlv(1, b"x"), htlv(2, nid), htlv(2, b""), htlv(3, nid + struct.pack(">I", 5)), htlv(3, b"x"),
    htlv(4, bytes(range(8))), htlv(4, b""),
    htlv(5, nid + struct.pack(">IIQ", 3, 1500, 0xabc) + htlv(32, b"\x00\x00\x12\x34ua") + htlv(0, b"")),
    htlv(5, bytes(3)), htlv(8, nid + struct.pack(">II", 1, 2)), htlv(8, b""),
    htlv(9, struct.pack(">II", 1, 20000)), htlv(9, b""), htlv(10, b"\x01" + bytes(3) + bytes(range(32)) + b"cn"),
    htlv(10, bytes(36)), htlv(32, b"\x00\x00\x12\x34agent"), htlv(32, b"\x00"),
    htlv(33, htlv(34, struct.pack(">II", 1000, 2000) + bytes([48]) + bytes.fromhex("20010db80001")
                  + bytes(3) + htlv(43, b"\x00"))
         + htlv(34, struct.pack(">II", 1, 2) + bytes([120]) + v4m + bytes([10, 1, 2, 3]))
         + htlv(34, struct.pack(">II", 1, 2) + bytes([200]) + bytes(16)) + htlv(34, bytes(4))
         + htlv(37, bytes([6, 4, 10, 0, 0, 1, 119, 5, 3]) + b"abc\x00")
         + htlv(38, struct.pack(">HH", 23, 16) + bytes(16) + struct.pack(">HH", 24, 5) + b"\x03abc\x00")),
    htlv(37, b""), htlv(37, bytes([6, 3, 1, 2, 3])), htlv(37, bytes([6])), htlv(38, b""),
    htlv(38, struct.pack(">HH", 23, 3) + b"abc"), htlv(38, struct.pack(">HH", 31, 9)),
    htlv(43, b"\x00"), htlv(43, b"\x00\x01"), htlv(43, bytes([64]) + bytes(8)), htlv(43, bytes([129]) + b"\x03lan\x00"),
    htlv(43, bytes([130]) + b"opaque"), htlv(43, bytes([131])), htlv(43, bytes([131, 1])), htlv(43, bytes([140])),
    htlv(43, bytes([129]) + b"\x09ab"), htlv(43, b""), htlv(43, bytes([70, 1])),
    htlv(35, struct.pack(">IB", 9, 0x1f) + bytes([64]) + bytes(8) + htlv(2, nid)), htlv(35, bytes(3)),
    htlv(35, struct.pack(">IB", 9, 1) + bytes([129])),
    htlv(36, struct.pack(">I", 7) + v4m + bytes([192, 168, 0, 1])), htlv(36, struct.pack(">I", 7) + bytes(16)),
    htlv(36, bytes(4)), htlv(39, v4m + bytes([1, 1, 1, 1]) + b"\x05" + b"\x04home\x00" + htlv(1, b"")),
    htlv(39, bytes(16) + b"\x02" + b"\x09ab"), htlv(39, bytes(3)), htlv(40, b"\x04home\x03arp\x00"),
    htlv(40, b""), htlv(41, bytes(16) + b"\x04node" + htlv(2, nid)), htlv(41, bytes(16) + b"\x50"),
    htlv(41, bytes(16) + b"\x50" + bytes(80)), htlv(41, bytes(3)), htlv(42, bytes(range(32))), htlv(42, bytes(3)),
    htlv(100, b"x"), htlv(800, b""), htlv(7, b""), htlv(2000, b"ab"),
]
hncpp = [(8231, 8231, b"".join(hncp_tlvs[:25])), (8231, 8231, b"".join(hncp_tlvs[25:]))] + \
    [(8231, 8231, t) for t in hncp_tlvs] + [
    (8231, 8231, htlv(5, nid + bytes(16) + htlv(1, b"") + htlv(1, b"") + htlv(2, nid) + htlv(1, b""))),
    (8231, 8231, struct.pack(">HH", 2, 40) + nid), (8231, 8231, b"\x00\x01\x00"),
    (8231, 8231, htlv(2, nid)[:6] + htlv(1, b"")),
]
app_pcap("hncp", hncpp, v6=True, snap=100)


def ripe(fam, tag, addr, mask, nh, metric):
    return struct.pack(">HH4s4s4sI", fam, tag, bytes(addr), bytes(mask), bytes(nh), metric)


def rip(cmd, vers, entries):
    return bytes([cmd, vers, 0, 0]) + b"".join(entries)


r_good = ripe(2, 7, [10, 1, 0, 0], [255, 255, 0, 0], [10, 0, 0, 1], 3)
r_self = ripe(2, 0, [10, 2, 0, 0], [255, 255, 255, 128], [0, 0, 0, 0], 1)
r_any = ripe(0, 0, [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], 16)
ripp = [
    (520, 520, rip(1, 1, [r_any])),
    (520, 520, rip(2, 1, [ripe(2, 0, [10, 3, 0, 0], [0] * 4, [0] * 4, 2), ripe(2, 1, [10, 4, 0, 0], [0] * 4, [0] * 4, 2),
                          ripe(23, 0, [1, 2, 3, 4], [0] * 4, [0] * 4, 2), ripe(99, 0, [0] * 4, [0] * 4, [0] * 4, 1)])),
    (520, 520, rip(2, 2, [r_good, r_self, ripe(2, 0, [10, 5, 0, 0], [255, 0, 255, 0], [0] * 4, 1),
                          ripe(30, 0, [0] * 4, [0] * 4, [0] * 4, 1)])),
    (520, 520, rip(1, 2, [struct.pack(">HH", 0xffff, 2) + b"secretpassword!!", r_any])),
    (520, 520, rip(2, 2, [struct.pack(">HH", 0xffff, 3) + struct.pack(">HBBIII", 44, 1, 16, 99, 0, 0), r_good,
                          struct.pack(">HH", 0xffff, 1) + bytes(range(16))])),
    (520, 520, rip(2, 2, [struct.pack(">HH", 0xffff, 9) + bytes(6)])),
    (520, 520, rip(2, 2, [struct.pack(">HH", 0xffff, 3) + bytes(6)])),
    (520, 520, rip(2, 2, [r_good, r_good[:12]])),
    (520, 520, rip(2, 1, [r_good[:10]])),
    (520, 520, rip(2, 3, [r_good])),
    (520, 520, rip(0, 0, [r_good])),
    (520, 520, rip(3, 2, [b"trace"])),
    (520, 520, rip(4, 2, [])),
    (520, 520, rip(9, 2, [b"xy"])),
    (520, 520, b"\x02"),
]
app_pcap("rip", ripp, snap=70)


def ripng_e(prefix, tag, plen, metric):
    return bytes.fromhex(prefix) + struct.pack(">HBB", tag, plen, metric)


ripngp = [
    (521, 521, bytes([1, 1, 0, 0]) + ripng_e("00" * 16, 0, 0, 16)),
    (521, 521, bytes([1, 1, 0, 0]) + ripng_e("20010db8" + "00" * 12, 0, 32, 1)),
    (521, 521, bytes([2, 1, 0, 0]) + ripng_e("20010db8" + "00" * 12, 5, 32, 1) + ripng_e("20010db9" + "00" * 12, 0, 48, 0)),
    (521, 521, bytes([2, 1, 0, 0]) + ripng_e("20010db8" + "00" * 12, 0, 32, 1) + b"abc"),
    (521, 521, bytes([7, 1, 0, 0])),
    (521, 521, bytes([2, 2, 0, 0])),
    (521, 521, bytes([2, 1, 0])),
    (521, 521, b"\x02"),
]
app_pcap("ripng", ripngp, v6=True, snap=80)


def hsrp(op, state, res=0, ver=0, auth=b"cisco"):
    return bytes([ver, op, state, 3, 10, 100, 1, res]) + auth.ljust(8, b"\0")[:8] + bytes([10, 0, 0, 254])


hsrpp = [(1985, 1985, hsrp(0, 16)), (1985, 1985, hsrp(1, 4, res=3)), (40000, 1985, hsrp(2, 8, auth=b"12345678")),
         (1985, 1985, hsrp(7, 3)), (1985, 1985, hsrp(0, 16, ver=1)), (1985, 1985, hsrp(0, 16)[:12]),
         (1985, 40000, hsrp(0, 16))]
app_pcap("hsrp", hsrpp, snap=60)


def ahcp(body_type, opts, mbz=0, blen=None, ver=1, magic=43):
    hdr = bytes([magic, ver, 1, 2]) + struct.pack(">I", 0xdeadbeef) + bytes(range(8)) + b"\xff" * 8
    return hdr + bytes([body_type, mbz]) + struct.pack(">H", len(opts) if blen is None else blen) + opts


def aopt(n, data):
    return bytes([n, len(data)]) + data


ahcp_opts = b"".join([
    b"\x00", b"\x01", aopt(2, struct.pack(">I", 1700000000)), aopt(2, b"\x01"), aopt(3, struct.pack(">I", 3600)),
    aopt(3, b""), aopt(4, bytes(16)), aopt(4, bytes(20)), aopt(5, bytes([10, 0, 0, 1, 10, 0, 0, 2])), aopt(5, b"\x01"),
    aopt(6, bytes(16) + b"\x40"), aopt(7, bytes([10, 0, 0, 0, 8])), aopt(8, bytes(16)), aopt(9, bytes(4)),
    aopt(10, bytes(17) + bytes(3)), aopt(11, bytes([10, 0, 0, 0, 8])), aopt(12, bytes(16)), aopt(13, bytes(16)),
    aopt(99, b"zz"),
])
ahcpp = [(5359, 5359, ahcp(1, ahcp_opts)), (5359, 5359, ahcp(0, b"", mbz=5)), (5359, 5359, ahcp(3, b"\x02")),
         (5359, 5359, ahcp(3, b"\x02\x09ab")), (5359, 5359, ahcp(9, b"", blen=50)), (5359, 5359, ahcp(2, b"")[:26]),
         (5359, 5359, ahcp(2, b"")[:20]), (5359, 5359, ahcp(2, b"", ver=2)), (5359, 5359, ahcp(2, b"", magic=1)),
         (5359, 5359, b"\x2b")]
app_pcap("ahcp", ahcpp, snap=80)
