#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Juniper PIC link types: the capture header ("MGC", flags, extension
TLVs), then ATM1 (137) and ATM2 (135) cookies with OAM cells, SNAP,
NLPID, Cisco NLPID and bare IP; ES (132) SA headers of every type; PPP
(179), C-HDLC (181), PPPoE (167) and PPPoE-over-ATM (168) frames; the
no-L2 flag, bad magic numbers, LS/AS cookie ids and cut frames.
Usage: juniper.py OUTDIR (writes juniper-*.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, UDP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

IPPKT = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / UDP(sport=1000, dport=2000) / Raw(b'hello'))
IP6PKT = raw(IPv6(src='2001:db8::1', dst='2001:db8::2') / UDP(sport=1, dport=2))
ETH = raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') / IP(src='10.0.0.3', dst='10.0.0.4') /
          UDP(sport=53, dport=5353))
EXT = struct.pack('>H', 12) + b'\x01\x04\x07\x00\x00\x00' + b'\x03\x01\x08' + b'\x04\x01\x02'


def hdr(flags=0, ext=False):
    return b'MGC' + bytes([flags | (0x80 if ext else 0)]) + (EXT if ext else b'')


def oam_cell():
    return struct.pack('>I', (0 << 20) | (3 << 4)) + b'\x18' + b'\x01' + b'\x00' * 44 + b'\x00\x00'


atm1 = [
    hdr(1) + b'\x00\x00\x00\x01' + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + IPPKT,
    hdr(0, ext=True) + b'\x00\x00\x00\x02' + b'\xfe\xfe\x03\xcc' + IPPKT,
    hdr(1) + b'\x80\x00\x00\x03' + oam_cell(),
    hdr(0) + b'\x00\x00\x00\x04' + b'\x03\xcc' + IPPKT,
    hdr(1) + b'\x00\x00\x00\x05' + IPPKT,
    hdr(1) + b'\x00\x00\x00\x06' + IP6PKT,
    hdr(1) + b'\x00\x00\x00\x07' + b'\x11\x22\x33\x44',
    hdr(1) + b'\x54\x00\x00\x08\x00\x00' + IPPKT,
    hdr(1) + b'\x47\x00\x00\x09\x00\x00\x00\x00' + IPPKT,
    hdr(3) + b'\x00\x00\x00\x00' + IPPKT,
    hdr(2) + b'\x00\x00\x00\x00' + b'\x99',
    b'XYZ\x00' + IPPKT,
    (hdr(1) + b'\x00\x00\x00\x01' + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + IPPKT, 6),
    (hdr(1) + b'\x00\x00\x00\x01' + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + IPPKT, 10),
    b'MG',
]
pcapfile.write(os.path.join(out, 'juniper-atm1.pcap'), atm1, linktype=137)

atm2 = [
    hdr(1) + b'\x00\x00\x00\x00\x00\x00\x00\x00' + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + IPPKT,
    hdr(1) + b'\x00\x00\x00\x00\x00\x00\x00\x10' + b'\x00\x00\x00\x00' + oam_cell(),
    hdr(0) + b'\x00\x00\x00\x05\x00\x00\x00\x00' + ETH,
    hdr(1) + b'\x00\x00\x00\x00\x00\x00\x00\x00' + b'\x03\xcc' + IPPKT,
    hdr(1) + b'\x00\x00\x00\x00\x00\x00\x00\x00' + IPPKT,
]
pcapfile.write(os.path.join(out, 'juniper-atm2.pcap'), atm2, linktype=135)


def sa(t, idx=7, ttl=64, spi=0x1234):
    return struct.pack('>HBBI', idx, ttl, t, spi) + bytes([10, 1, 1, 1]) + bytes([10, 2, 2, 2])


es = [hdr(1) + sa(t) + (b'\x00' * 16 if t in (3, 4, 5) else b'') + IPPKT for t in (1, 2, 3, 4, 5)]
es += [hdr(0) + sa(9) + IPPKT, hdr(0) + sa(1)[:10], (hdr(0) + sa(3) + b'\x00' * 16 + IPPKT, 24)]
pcapfile.write(os.path.join(out, 'juniper-es.pcap'), es, linktype=132)

ppp = [hdr(1) + b'\xff\x03\x00\x21' + IPPKT, hdr(0) + b'\xc0\x21\x01\x01\x00\x04', hdr(1) + b'\x00\x57' + IP6PKT]
pcapfile.write(os.path.join(out, 'juniper-ppp.pcap'), ppp, linktype=179)
chdlc = [hdr(1) + b'\x0f\x00\x08\x00' + IPPKT, hdr(0) + b'\x8f\x00\x86\xdd' + IP6PKT, hdr(0) + b'\x0f\x00']
pcapfile.write(os.path.join(out, 'juniper-chdlc.pcap'), chdlc, linktype=181)
pppoe = [hdr(1) + raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb', type=0x8864) /
                      Raw(b'\x11\x00\x00\x01\x00\x06\x00\x21' + IPPKT[:4]))]
pcapfile.write(os.path.join(out, 'juniper-pppoe.pcap'), pppoe, linktype=167)
pppoe_atm = [hdr(1) + b'\x88\x63' + b'\x11\x09\x00\x00\x00\x04\x01\x01\x00\x00', hdr(0) + b'\x12\x34\x00\x00']
pcapfile.write(os.path.join(out, 'juniper-pppoe-atm.pcap'), pppoe_atm, linktype=168)
