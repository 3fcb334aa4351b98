#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Apple PKTAP (LINKTYPE_PKTAP 258, and 149 as old macOS files have it):
Ethernet, raw IP and PPP frames behind the header, a record with no data,
an unknown DLT (dumped), a header length too small and too big, a packet
shorter than the header, and frames cut inside the header and the frame.
Usage: pktap.py OUTDIR (writes pktap.pcap and pktap-149.pcap)"""
import os
import struct
import sys

from scapy.all import Ether, IP, TCP, UDP, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def hdr(dlt, rectype=1, hdrlen=108, ifname=b'en0', pid=4242, cmd=b'curl'):
    return (struct.pack('<III', hdrlen, rectype, dlt) + ifname.ljust(24, b'\0')
            + struct.pack('<IIIII', 0, 2, 14, 0, pid) + cmd.ljust(20, b'\0')
            + struct.pack('<IHHI', 0, 6, 0, pid) + cmd.ljust(20, b'\0'))


ip = IP(src='10.0.0.1', dst='10.0.0.2') / TCP(sport=50000, dport=443, flags='S')
eth = raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') / ip)
udp = raw(IP(src='10.0.0.2', dst='10.0.0.1') / UDP(sport=53, dport=40000) / (b'\0' * 12))
recs = [
    hdr(1) + eth,
    hdr(12) + udp,
    hdr(9) + b'\xff\x03\x00\x21' + raw(ip),
    hdr(1, rectype=0),
    hdr(1, rectype=7) + eth,
    hdr(9999) + b'unknown link type payload',
    hdr(1, hdrlen=40) + eth,
    hdr(1, hdrlen=4000) + eth,
    hdr(1)[:60],
    hdr(1, hdrlen=112) + b'\0' * 4 + eth,
]
recs += [(hdr(1) + eth, n) for n in (20, 107, 110, 130)]
pcapfile.write(os.path.join(out, 'pktap.pcap'), recs, linktype=258)
pcapfile.write(os.path.join(out, 'pktap-149.pcap'), recs[:4], linktype=149)
