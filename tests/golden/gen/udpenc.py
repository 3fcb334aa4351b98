#!/usr/bin/python3
"""UDP payloads handed to other printers: PTP (319/320), MPLS in UDP (6635)."""
import os
import sys

from scapy.all import ICMP, IP, UDP, Ether, Raw, wrpcap

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


from scapy.all import ICMPv6EchoRequest, IPv6  # noqa: E402

v6 = bytes(IPv6(src="fe80::1", dst="ff02::1") / ICMPv6EchoRequest())
v4 = bytes(IP(src="1.2.3.4", dst="5.6.7.8") / ICMP())
for big in (False, True):
    null_pcap(os.path.join(out, "null-%s.pcap" % ("be" if big else "le")), big,
              [(24, v6), (28, v6), (30, v6), (2, v4), (10, v6)])
