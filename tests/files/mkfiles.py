#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# Writes the capture files of tests/files/run.sh into argv[1]:
#   good-*.pcap(ng)  files every reader must take (compared with tcpdump)
#   bad-*.pcap(ng)   damaged files: tcpdump's packets, then its one-line error
# Timestamps are fixed; packet bytes come from scapy.
import os
import struct
import sys

from scapy.all import ARP, DNS, DNSQR, IP, TCP, UDP, Ether, IPv6, Raw  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

PKTS = [
    bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
          IP(src="10.1.0.1", dst="10.1.0.2", id=1) /
          TCP(sport=40000, dport=80, flags="S", seq=1000, window=8192)),
    bytes(Ether(src="02:00:00:00:00:02", dst="02:00:00:00:00:01") /
          IP(src="10.1.0.2", dst="10.1.0.1", id=2) /
          TCP(sport=80, dport=40000, flags="SA", seq=5000, ack=1001, window=8192)),
    bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
          IP(src="10.1.0.1", dst="10.1.0.53", id=3) /
          UDP(sport=5353, dport=53) / DNS(id=7, qd=DNSQR(qname="example.org"))),
    bytes(Ether(src="02:00:00:00:00:01", dst="ff:ff:ff:ff:ff:ff") /
          ARP(psrc="10.1.0.1", pdst="10.1.0.9", hwsrc="02:00:00:00:00:01")),
    bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
          IPv6(src="fd00::1", dst="fd00::2") /
          TCP(sport=40001, dport=443, flags="PA", seq=1, ack=1) / Raw(b"x" * 37)),
]
T0 = 1700000000  # 2023-11-14 22:13:20 UTC


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


# ---- classic pcap ----

def pcap_hdr(e="<", magic=0xA1B2C3D4, snap=262144, lt=1, vmaj=2, vmin=4):
    return struct.pack(e + "IHHiIII", magic, vmaj, vmin, 0, 0, snap, lt)


def pcap_rec(i, p, e="<", nano=False, caplen=None, wirelen=None):
    frac = (i * 123457 + 11) % (10**9 if nano else 10**6)
    cl = len(p) if caplen is None else caplen
    wl = len(p) if wirelen is None else wirelen
    return struct.pack(e + "IIII", T0 + i, frac, cl, wl) + p


def pcap_file(e="<", nano=False, n=len(PKTS), **kw):
    m = 0xA1B23C4D if nano else 0xA1B2C3D4
    return pcap_hdr(e, m, **kw) + b"".join(pcap_rec(i, PKTS[i % len(PKTS)], e, nano)
                                           for i in range(n))


write("good-le-us.pcap", pcap_file("<"))
write("good-be-us.pcap", pcap_file(">"))
write("good-le-ns.pcap", pcap_file("<", nano=True))
write("good-be-ns.pcap", pcap_file(">", nano=True))
write("good-snap0.pcap", pcap_file("<", snap=0))
write("good-empty.pcap", pcap_hdr())
# caplen above the file's snaplen but sane: libpcap cuts it to the snaplen
write("good-caplen-over-snap.pcap",
      pcap_hdr(snap=60) + pcap_rec(0, PKTS[0]) + pcap_rec(1, PKTS[4]) + pcap_rec(2, PKTS[3]))

# LINKTYPE_RAW (101) is DLT_RAW (12) inside libpcap: names and round trips
RAWP = bytes(IP(src="10.1.0.1", dst="10.1.0.2", id=9) / UDP(sport=1, dport=2) / Raw(b"hi"))
write("good-raw.pcap", pcap_hdr(snap=65535, lt=101) + pcap_rec(0, RAWP) + pcap_rec(1, RAWP))
SLLP = struct.pack(">HHH8sH", 0, 1, 6, b"\x02\0\0\0\0\x01\0\0", 0x0800) + RAWP
write("good-sll.pcap", pcap_hdr(snap=65535, lt=113) + pcap_rec(0, SLLP))

# big packets, around the length from which the writer sends the bytes
# from where they are (one writev) instead of copying them, and up to the
# snap length, between small ones
BIGP = [bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02", type=0x88b5) /
              Raw(bytes([n % 251]) * (n - 14)))
        for n in (32767, 32768, 32769, 65535, 100001, 262144)]
write("good-big.pcap", pcap_hdr() + b"".join(
    pcap_rec(i, p) for i, p in enumerate(x for b in BIGP for x in (b, PKTS[0]))))
# 6 MB of them for -C rotation
write("rot-big.pcap", pcap_hdr() + b"".join(
    pcap_rec(i, p) for i, p in enumerate(x for _ in range(12) for b in BIGP for x in (b, PKTS[0]))))

good = pcap_file("<", n=3)
write("bad-empty.pcap", b"")
write("bad-short2.pcap", b"\xd4\xc3")
write("bad-magic.pcap", b"this is not a capture file at all\n")
write("bad-short-header.pcap", pcap_hdr()[:10])
write("bad-archaic.pcap", pcap_hdr(vmaj=1, vmin=0) + pcap_rec(0, PKTS[0]))
write("bad-version.pcap", pcap_hdr(vmaj=3, vmin=0) + pcap_rec(0, PKTS[0]))
write("bad-trunc-rechdr.pcap", good + pcap_rec(3, PKTS[3])[:9])
write("bad-trunc-data.pcap", good + pcap_rec(3, PKTS[3])[:16 + 20])
write("bad-trunc-data-be.pcap", pcap_file(">", n=3) + pcap_rec(3, PKTS[3], ">")[:16 + 20])
write("bad-caplen-huge.pcap", good + pcap_rec(3, PKTS[3], caplen=0xFFFFFFF0))
write("bad-caplen-max.pcap", good + pcap_rec(3, PKTS[3], caplen=262145))
write("bad-caplen-over-snap-trunc.pcap", pcap_hdr(snap=60) + pcap_rec(0, PKTS[0]) +
      pcap_rec(1, PKTS[4])[:16 + 70])


# ---- pcapng ----

def opt(code, val, e="<"):
    pad = (-len(val)) % 4
    return struct.pack(e + "HH", code, len(val)) + val + b"\0" * pad


def opts(lst, e="<"):
    if not lst:
        return b""
    return b"".join(opt(c, v, e) for c, v in lst) + struct.pack(e + "HH", 0, 0)


def block(btype, body, e="<", total=None, trailer=None):
    body += b"\0" * ((-len(body)) % 4)
    tl = len(body) + 12
    return (struct.pack(e + "II", btype, tl if total is None else total) + body +
            struct.pack(e + "I", tl if trailer is None else trailer))


def shb(e="<", o=(), vmaj=1, vmin=0):
    return block(0x0A0D0D0A, struct.pack(e + "IHHq", 0x1A2B3C4D, vmaj, vmin, -1) +
                 opts(list(o), e), e)


def idb(e="<", lt=1, snap=262144, o=()):
    return block(1, struct.pack(e + "HHI", lt, 0, snap) + opts(list(o), e), e)


def epb(ifid, ticks, p, e="<", o=(), caplen=None, wirelen=None):
    cl = len(p) if caplen is None else caplen
    wl = len(p) if wirelen is None else wirelen
    data = p + b"\0" * ((-len(p)) % 4)
    return block(6, struct.pack(e + "IIIII", ifid, ticks >> 32, ticks & 0xFFFFFFFF, cl, wl) +
                 data + opts(list(o), e), e)


def spb(p, e="<"):
    return block(3, struct.pack(e + "I", len(p)) + p, e)


def dsb(text, e="<"):
    return block(0x0A, struct.pack(e + "II", 0x544C534B, len(text)) + text, e)


def ns(i):
    return (T0 + i) * 10**9 + (i * 123456789 + 7) % 10**9


def ng_file(e="<", n=len(PKTS)):
    s = shb(e, [(4, b"mkfiles")]) + idb(e, o=[(2, b"eth0"), (9, b"\x09")])
    for i in range(n):
        s += epb(0, ns(i), PKTS[i % len(PKTS)], e,
                 o=[(1, b"PID: %d\nCmd: /usr/bin/curl\nArgs: curl x" % (100 + i)),
                    (2, struct.pack(e + "I", 1 + i % 2))])
    return s


write("good-le.pcapng", ng_file("<"))
write("good-be.pcapng", ng_file(">"))
# default resolution (usec), 10^-3, 2^-20 and an if_tsoffset, one interface each
s = shb() + idb(o=[(2, b"usec")])
s += idb(o=[(2, b"msec"), (9, b"\x03")])
s += idb(o=[(2, b"bin20"), (9, b"\x94")])
s += idb(o=[(2, b"off"), (9, b"\x09"), (14, struct.pack("<q", 1000))])
s += epb(0, (T0 * 10**6) + 123456, PKTS[0])
s += epb(1, (T0 * 10**3) + 789, PKTS[1])
s += epb(2, (T0 << 20) + (1 << 19) + 3, PKTS[2])
s += epb(3, 5 * 10**9 + 42, PKTS[3])
write("good-tsresol.pcapng", s)
# unknown blocks (NRB, ISB, custom, a made-up type) and unknown options are skipped;
# SPBs, a DSB, a second section in the other byte order
s = shb(o=[(2, b"hw"), (3, b"os"), (4, b"app"), (2988, b"custom-opt")])
s += block(0x99, b"\x01\x02\x03\x04")
s += idb(o=[(2, b"eth1"), (77, b"unknown-opt"), (9, b"\x06"), (11, b"\x00tcp port 80"),
            (1, b"ifIndex: 2, netNsInode: 4026531840, netNsPath: /proc/1/ns/net")])
s += block(4, struct.pack("<HH", 1, 9) + bytes([10, 1, 0, 1]) + b"host\0\0\0\0" +
           struct.pack("<HH", 0, 0))
s += dsb(b"CLIENT_RANDOM 00 11\n")
s += epb(0, T0 * 10**6 + 1, PKTS[0], o=[(99, b"zzz"), (1, b"just a note")])
s += spb(PKTS[1])
s += block(5, struct.pack("<III", 0, 0, 0))
s += shb(">") + idb(">", o=[(2, b"be0"), (9, b"\x09")])
s += epb(0, ns(7), PKTS[3], ">", o=[(2, struct.pack(">I", 2))])
s += block(2, struct.pack(">HHIIII", 0, 0, ns(8) >> 32, ns(8) & 0xFFFFFFFF,
                          len(PKTS[2]), len(PKTS[2])) + PKTS[2] + b"\0" * ((-len(PKTS[2])) % 4),
           ">")
write("ours-mixed-blocks.pcapng", s)

gng = ng_file("<", 3)
write("bad-ng-no-idb.pcapng", shb())
write("bad-ng-short-shb.pcapng", b"\x0a\x0d\x0d\x0a\x1c\x00\x00")
write("bad-ng-bom.pcapng", b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00\x11\x22\x33\x44" + b"\0" * 16)
write("bad-ng-shb-insane.pcapng", b"\x0a\x0d\x0d\x0a" + struct.pack("<II", 0x7FFFFFF0, 0x1A2B3C4D))
write("bad-ng-shb-version.pcapng", shb(vmaj=2, vmin=0) + idb())
write("bad-ng-trunc-shb.pcapng", shb()[:20])
write("bad-ng-epb-before-idb.pcapng", shb() + epb(0, ns(0), PKTS[0]) + idb())
write("bad-ng-len-small.pcapng", gng + struct.pack("<II", 6, 8) + b"\0" * 8)
write("bad-ng-len-odd.pcapng", gng + struct.pack("<II", 6, 30) + b"\0" * 26)
write("bad-ng-trailer.pcapng", gng + epb(0, ns(3), PKTS[3])[:-4] + struct.pack("<I", 999))
write("bad-ng-len-past-eof.pcapng", gng + epb(0, ns(3), PKTS[3])[:50])
write("bad-ng-len-huge.pcapng", gng + struct.pack("<II", 6, 0x7FFFFFF0) + b"\0" * 64)
write("bad-ng-trunc-blockhdr.pcapng", gng + b"\x06\x00\x00")
write("bad-ng-bad-ifid.pcapng", gng + epb(5, ns(3), PKTS[3]))
write("bad-ng-caplen-snap.pcapng", shb() + idb(snap=64) + epb(0, ns(0), PKTS[3]) +
      epb(0, ns(1), PKTS[4]))
write("bad-ng-caplen-block.pcapng", gng + epb(0, ns(3), PKTS[3], caplen=4000))
write("bad-ng-epb-short.pcapng", gng + block(6, b"\0" * 8))
write("bad-ng-tsresol-len.pcapng", shb() + idb(o=[(9, b"\x09\x09")]) + epb(0, 1, PKTS[0]))
write("bad-ng-tsresol-high.pcapng", shb() + idb(o=[(9, b"\x20")]) + epb(0, 1, PKTS[0]))
write("bad-ng-second-shb-bom.pcapng", gng + b"\x0a\x0d\x0d\x0a\x1c\x00\x00\x00\x01\x02\x03\x04"
      + b"\0" * 16)
