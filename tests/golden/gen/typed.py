#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Payloads tcpdump decodes only under -T: RTP (v1 and v2, with options,
extensions, H.261), RTCP compounds (SR, RR, SDES, BYE, unknown types,
counts that lie), vat/vt, and DNS/RESP on odd ports over UDP and TCP.
Broken ones: lengths below each header, option and extension lengths past
the end, copies cut by the snap length. Usage: typed.py OUTDIR."""
import os
import struct
import sys

from scapy.all import IP, TCP, UDP, Ether, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def udp(payload, sport=5004, dport=5006):
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
               / IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=sport, dport=dport) / payload)


def tcp(payload, sport=40000, dport=8053):
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
               / IP(src='10.0.0.1', dst='10.0.0.2')
               / TCP(sport=sport, dport=dport, flags='PA', seq=1, ack=1) / payload)


def wpcap(name, recs):
    pcapfile.write(os.path.join(out, name), recs)


def rtp2(pt=0, seq=1, ts=1000, ssrc=0x1234, marker=0, ext=None, body=b'\0' * 20):
    b0 = 0x80 | (0x10 if ext is not None else 0)
    hdr = struct.pack('>BBHII', b0, (marker << 7) | pt, seq, ts, ssrc)
    if ext is not None:
        hdr += ext
    return hdr + body


def rtp1(opt=None, marker=0, contype=3):
    w0 = (1 << 30) | (0x800000 if opt is not None else 0) | (marker << 22) | (contype << 16) | 9
    return struct.pack('>III', w0, 77, 0xabcdef) + (opt or b'') + b'\1' * 8


rtp = [
    rtp2(), rtp2(pt=96, marker=1, seq=65535, ts=0xffffffff),
    rtp2(pt=31, body=b'\x12\x34\x56\x78' + b'\0' * 8),          # H.261 word
    rtp2(ext=struct.pack('>HH', 0xbede, 1) + b'\1\2\3\4'),
    rtp2(ext=struct.pack('>HH', 0xbede, 200), body=b''),         # !ext
    rtp1(), rtp1(opt=struct.pack('>I', 0x80010000)),             # last option
    rtp1(opt=struct.pack('>II', 0x00010000, 0x80010000)),
    rtp1(opt=struct.pack('>I', 0x00000000)),                     # zero length: !opt
    rtp1(opt=struct.pack('>I', 0x80ff0000)),                     # past the end: !opt
    b'\x80\x00\x00\x01\x00\x00\x00\x02', b'\x80\x00\x00', b'', b'\x80' * 11,
]
recs = [udp(p) for p in rtp]
recs.append((udp(rtp2()), 42 + 10))
wpcap('rtp.pcap', recs)


def rtcp(pt, cnt, body, length=None, ssrc=0x5555):
    words = (8 + len(body)) // 4 - 1 if length is None else length
    return struct.pack('>BBHI', 0x80 | cnt, pt, words, ssrc) + body


rr_block = struct.pack('>IIIIII', 0x99, 0x01000005, 4000, 12, 0x00018000, 0x00020000)
sr_info = struct.pack('>IIIII', 3900000000, 0x80000000, 160, 42, 6720)
rtcps = [
    rtcp(200, 0, sr_info), rtcp(200, 1, sr_info + rr_block),
    rtcp(200, 2, sr_info + rr_block + rr_block) + rtcp(202, 1, b'\1\4host\0\0\0\0\0\0'),
    rtcp(201, 1, rr_block), rtcp(201, 0, b''), rtcp(201, 3, rr_block),     # count lies
    rtcp(203, 1, b''), rtcp(204, 0, b'name'), rtcp(200, 0, sr_info, length=99),
    rtcp(201, 1, rr_block) + rtcp(203, 1, b'') + b'\x80\xc9',
    b'\x80\xc8\x00', b'',
]
wpcap('rtcp.pcap', [udp(p) for p in rtcps] + [(udp(rtcps[1]), 42 + 30)])

vat = [struct.pack('>HHI', 0x0001, 0x0000, 12345) + b'\0' * 8,
       struct.pack('>HHI', 0x0000, 0x2000, 1) + b'x' * 4,
       struct.pack('>HHI', 0x3f1f, 0x8000, 0xffffffff),
       struct.pack('>H', 0x8403) + b'video', b'\0\0\0', b'\1']
wpcap('vat.pcap', [udp(p, 3456, 3456) for p in vat] + [udp(p, 5000, 5002) for p in vat])

dnsq = struct.pack('>HHHHHH', 0x1234, 0x0100, 1, 0, 0, 0) + b'\3www\7example\0\0\1\0\1'
dns = [udp(dnsq, 40000, 8053), tcp(struct.pack('>H', len(dnsq)) + dnsq),
       tcp(b'*1\r\n$4\r\nPING\r\n', 40001, 7000), udp(dnsq[:7], 40000, 8053)]
wpcap('typed-dns.pcap', dns)
