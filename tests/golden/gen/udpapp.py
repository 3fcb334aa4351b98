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
