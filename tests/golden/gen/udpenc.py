#!/usr/bin/python3
"""UDP payloads handed to other printers: PTP (319/320), MPLS in UDP (6635),
the overlays VXLAN (4789), VXLAN-GPE (4790), Geneve (6081) and NSH,
TFTP (69, and -T tftp on other ports), syslog (514)."""
import os
import sys

from scapy.all import ICMP, IP, UDP, Ether, IPv6, Raw, wrpcap

out = sys.argv[1]
t0 = 1700000000
ptp_sync = bytes.fromhex("0002002c00000000000000000000000000000000001122fffe334455000100010000")
ptp_ann = bytes.fromhex("0b02004000000000000000000000000000000000001122fffe33445500010002050100") + bytes(30)
inner = bytes(IP(src="1.2.3.4", dst="5.6.7.8") / ICMP())
cases = [
    (319, 319, ptp_sync + bytes(10)),
    (320, 320, ptp_ann),
    (320, 320, ptp_ann[:20]),
    (40000, 6635, bytes.fromhex("0001f140") + inner),
    (6635, 40000, bytes.fromhex("00064040") + bytes.fromhex("0001f140") + inner),
    (40000, 6635, bytes.fromhex("0001")),
]
pkts = []
for i, (sp, dp, pl) in enumerate(cases):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
        IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1) / UDP(sport=sp, dport=dp) / Raw(pl)
    p.time = t0 + i
    pkts.append(p)
wrpcap(os.path.join(out, "udp-enc.pcap"), pkts)

# overlays: good headers, then every length and count lying
eth_in = bytes(Ether(src="02:00:00:00:00:0a", dst="02:00:00:00:00:0b") / IP(src="1.2.3.4", dst="5.6.7.8") / ICMP())
vx = bytes.fromhex("08000000") + (100).to_bytes(3, "big") + b"\0"
gopt = bytes.fromhex("0000 8001 0000000c") + bytes.fromhex("0101 0102 11223344 55667788")
gen = bytes([len(gopt) // 4, 0x40]) + bytes.fromhex("0800 00000a 00")
nsh1 = bytes.fromhex("0006 0101 000309 07") + bytes.fromhex("00000001 00000002 00000003 00000004")
nsh2 = bytes.fromhex("0006 0201 ffffff ff") + bytes.fromhex("0001 0201 12000000 0002 0302 12340000")
nsh2_bad = bytes.fromhex("0004 0201 000001 01") + bytes.fromhex("0001 0208 12000000 00000000")
gpe = lambda nxt: bytes([0x0c, 0, 0, nxt]) + (0xffffff).to_bytes(3, "big") + b"\0"
ov = [
    (40000, 4789, vx + eth_in),
    (4789, 40000, bytes.fromhex("00000000000001ff") + eth_in),
    (40000, 4789, vx[:5]),
    (40000, 6081, gen + gopt + inner),
    (40000, 6081, bytes.fromhex("00006558 00000b 07") + eth_in),
    (6081, 40000, bytes.fromhex("0000 86dd 00000c 00") + bytes(IPv6(src="fe80::1", dst="fe80::2") / UDP())),
    (40000, 6081, bytes.fromhex("0300 0800 00000a 00") + bytes.fromhex("0000 801f 00000000")),
    (40000, 6081, bytes.fromhex("0500 0800 00000a 00") + bytes(8)),
    (40000, 6081, bytes.fromhex("8000 0800 00000a 00") + inner),
    (40000, 6081, bytes.fromhex("0000 1234 00000a 00") + b"xx"),
    (40000, 6081, bytes.fromhex("0000")),
    (4790, 4790, gpe(4) + nsh1 + inner),
    (4790, 4790, gpe(4) + nsh2 + inner),
    (4790, 4790, gpe(4) + nsh2_bad + inner),
    (4790, 4790, gpe(4) + bytes.fromhex("0001 0101 000001 01") + inner),
    (4790, 4790, gpe(4) + bytes.fromhex("0007 0101 000001 01") + bytes(20) + inner),
    (4790, 4790, gpe(4) + bytes.fromhex("003f 0101 000001 01") + inner),
    (4790, 4790, gpe(4) + bytes.fromhex("4006 0101 000001 01") + inner),
    (4790, 4790, gpe(4) + nsh1[:4] + bytes.fromhex("000001 01") + nsh1[8:] [:4]),
    (4790, 4790, gpe(4) + bytes.fromhex("0002 0f09 000001 01")),
    (4790, 4790, gpe(1) + inner),
    (4790, 4790, gpe(3) + eth_in),
    (4790, 4790, gpe(9) + inner),
    (4790, 4790, gpe(1)[:6]),
]
opkts = []
for i, (sp, dp, pl) in enumerate(ov):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
        IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1) / UDP(sport=sp, dport=dp) / Raw(pl)
    p.time = t0 + i
    opkts.append(p)
# NSH straight on Ethernet, and cut short inside the context headers
for j, body in enumerate((nsh1 + inner, nsh1[:14])):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02", type=0x894f) / Raw(body)
    p.time = t0 + 100 + j
    opkts.append(p)
wrpcap(os.path.join(out, "overlay.pcap"), opkts)

# TFTP: each opcode, options, and strings with no NUL or cut short
tf = [
    (40001, 69, b"\0\1boot.img\0octet\0blksize\0001428\0tsize\0000\0"),
    (40001, 69, b"\0\2up\x01load\0netascii\0"),
    (69, 40001, b"\0\6blksize\0001428\0"),
    (40002, 40001, b"\0\3\0\1" + bytes(20)),
    (40001, 40002, b"\0\4\0\1"),
    (40002, 40001, b"\0\5\0\1File not found\0"),
    (40002, 40001, b"\0\5\0\x09odd\0"),
    (40001, 69, b"\0\1noterm"),
    (40001, 69, b"\0\1name\0mode"),
    (40001, 69, b"\0\1"),
    (40001, 69, b"\0\4\0"),
    (40001, 69, b"\0\5\0\1"),
    (40001, 69, b"\0\x0a\0\0"),
    (40001, 69, b"\0"),
]
tpkts = []
for i, (sp, dp, pl) in enumerate(tf):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
        IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1) / UDP(sport=sp, dport=dp) / Raw(pl)
    p.time = t0 + i
    tpkts.append(p)
wrpcap(os.path.join(out, "tftp.pcap"), tpkts)

# syslog: priorities in and out of the tables, bad and cut-short headers
sl = [b"<13>Dec  2 10:00:00 host app: hello\0", b"<191>x", b"<0>", b"<1234>four digits",
      b"13>no bracket", b"<13", b"<", b"<7a>letter", b"<>empty", b"<999>\x01\x7f\xff ctl"]
spkts = []
for i, pl in enumerate(sl):
    p = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
        IP(src="10.0.0.1", dst="10.0.0.2", id=i + 1) / UDP(sport=40000 + i, dport=514) / Raw(pl)
    p.time = t0 + i
    spkts.append(p)
wrpcap(os.path.join(out, "syslog.pcap"), spkts)


# DLT_NULL files: libpcap compiles "ip6" for a savefile as any BSD AF_INET6
# value and swaps the AF word of a big-endian file; filters must match as
# tcpdump's do.
def null_pcap(path, big, records):
    import struct
    e = ">" if big else "<"
    with open(path, "wb") as f:
        f.write(struct.pack(e + "IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 0))
        for i, (af, body) in enumerate(records):
            pay = struct.pack(e + "I", af) + body
            f.write(struct.pack(e + "IIII", t0 + i, 0, len(pay), len(pay)) + pay)


from scapy.all import ICMPv6EchoRequest  # noqa: E402

v6 = bytes(IPv6(src="fe80::1", dst="ff02::1") / ICMPv6EchoRequest())
v4 = bytes(IP(src="1.2.3.4", dst="5.6.7.8") / ICMP())
for big in (False, True):
    null_pcap(os.path.join(out, "null-%s.pcap" % ("be" if big else "le")), big,
              [(24, v6), (28, v6), (30, v6), (2, v4), (10, v6)])
