#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TCP-MD5 signature option (RFC 2385): segments over IPv4 and IPv6 signed
with the secret "s3cret" (with and without payload, with other options
around the signature), one with a wrong signature, a signature option of
the wrong length, and copies cut inside the payload and inside the option,
for -M right, wrong and absent.
Usage: tcpmd5.py OUTDIR (writes tcpmd5.pcap and tcpmd5-cut.pcap)"""
import hashlib
import os
import struct
import sys

from scapy.all import IP, IPv6, TCP, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
SECRET = b's3cret'
E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def signed(v6=False, payload=b'', extra=(), bad=False, siglen=18):
    opts = list(extra) + [('NOP', None), ('NOP', None)]
    t = TCP(sport=179, dport=50651, flags='PA' if payload else 'S', seq=1000, ack=2000 if payload else 0,
            window=8192, options=opts + [(19, b'\0' * 16)])
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.1.1.11', dst='10.1.1.10', id=7)
    pkt = ip / t / Raw(payload) if payload else ip / t
    b = bytearray(raw(pkt))
    hl = 40 if v6 else 20
    th = bytes(b[hl:hl + 20])
    th = th[:16] + b'\0\0' + th[18:]
    doff = (b[hl + 12] >> 4) * 4
    data = bytes(b[hl + doff:])
    if v6:
        pseudo = bytes(b[8:40]) + struct.pack('>I', len(b) - 40) + b'\0\0\0\x06'
    else:
        pseudo = bytes(b[12:20]) + b'\0\x06' + struct.pack('>H', len(b) - 20)
    sig = hashlib.md5(pseudo + th + data + SECRET).digest()
    if bad:
        sig = bytes([sig[0] ^ 1]) + sig[1:]
    at = bytes(b).index(b'\x13\x12' + b'\0' * 16, hl)
    b[at + 2:at + 18] = sig
    if siglen != 18:
        b[at + 1] = siglen
    return bytes(raw(E / (IPv6() if v6 else IP())))[:14] + bytes(b)


pkts = [
    signed(),
    signed(payload=b'hello bgp'),
    signed(v6=True),
    signed(v6=True, payload=b'\xff' * 19),
    signed(extra=[('MSS', 1460)]),
    signed(payload=b'x' * 40, bad=True),
    signed(siglen=10),
]
pcapfile.write(os.path.join(out, 'tcpmd5.pcap'), pkts)
full = signed(payload=b'y' * 30)
cuts = [(full, len(full) - 5), (full, 14 + 20 + 20 + 8), (signed(v6=True), 14 + 40 + 20 + 4)]
pcapfile.write(os.path.join(out, 'tcpmd5-cut.pcap'), cuts)
