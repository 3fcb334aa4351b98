#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""IPsec ESP encrypted by scapy, for -E: transport mode over IPv4 (UDP, TCP,
ICMP inside) and IPv6, tunnel mode, ESP in UDP 4500, AES-128/256-CBC,
3DES-CBC and Blowfish-CBC with HMAC-SHA1-96; an unknown SPI, a wrong key,
bodies shorter than the IV or not a whole number of blocks, and copies cut
by the snap length. One secrets file per SA (esp-sa-N.txt).
Usage: esp.py OUTDIR (writes esp.pcap and the secrets files)"""
import os
import sys

from scapy.all import ICMP, IP, TCP, UDP, Ether, ICMPv6EchoRequest, IPv6, raw
from scapy.layers.ipsec import ESP, SecurityAssociation

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')
K16 = bytes(range(1, 17))
K24 = bytes(range(0x40, 0x58))
K32 = bytes(range(0x80, 0xa0))
AUTH = bytes(range(0x10, 0x24))
# spi, dst, scapy cipher, key, tcpdump's algorithm name
SAS = [
    (0x1001, '10.0.0.2', 'AES-CBC', K16, 'aes128-cbc-hmac96'),
    (0x1002, '10.0.0.2', 'AES-CBC', K32, 'aes256-cbc-hmac96'),
    (0x1003, '10.0.0.2', '3DES', K24, '3des-cbc-hmac96'),
    (0x1004, '10.0.0.2', 'Blowfish', K16, 'blowfish-cbc-hmac96'),
    (0x1005, '2001:db8::2', 'AES-CBC', K16, 'aes128-cbc-hmac96'),
    (0x1006, '10.0.0.9', 'AES-CBC', K16, 'aes128-cbc-hmac96'),
]


def sa(spi, algo, key, tunnel=None):
    kw = {'tunnel_header': tunnel} if tunnel else {}
    return SecurityAssociation(ESP, spi=spi, crypt_algo=algo, crypt_key=key, auth_algo='HMAC-SHA1-96',
                               auth_key=AUTH, **kw)


v4 = IP(src='10.0.0.1', dst='10.0.0.2')
inner = [v4 / UDP(sport=5353, dport=53) / (b'\x12\x34\x01\x00\x00\x01' + bytes(6) + b'\x01a\x00\x00\x01\x00\x01'),
         v4 / TCP(sport=40000, dport=80, flags='S'), v4 / ICMP() / b'ping']
frames = []
for spi, dst, algo, key, _ in SAS[:4]:
    s = sa(spi, algo, key)
    for i, p in enumerate(inner):
        p = p.copy()
        p[IP].id = spi + i
        frames.append(raw(E / s.encrypt(IP(raw(p)), seq_num=i + 1)))
v6 = IPv6(src='2001:db8::1', dst='2001:db8::2') / ICMPv6EchoRequest(data=b'six')
frames.append(raw(E / sa(0x1005, 'AES-CBC', K16).encrypt(IPv6(raw(v6)), seq_num=1)))
# tunnel mode: the whole inner packet is carried
tun = sa(0x1006, 'AES-CBC', K16, tunnel=IP(src='10.0.0.8', dst='10.0.0.9'))
frames.append(raw(E / tun.encrypt(IP(raw(IP(src='192.168.1.1', dst='192.168.2.1') / UDP(sport=1, dport=2) / b'x')))))
# an unknown SPI, a wrong key
frames.append(raw(E / sa(0x2000, 'AES-CBC', K16).encrypt(IP(raw(inner[0])))))
frames.append(raw(E / sa(0x1001, 'AES-CBC', bytes(16)).encrypt(IP(raw(inner[1])))))
# ESP in UDP (NAT traversal, port 4500)
enc = sa(0x1001, 'AES-CBC', K16).encrypt(IP(raw(inner[2])), seq_num=9)
frames.append(raw(E / IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=4500, dport=4500) / raw(enc[ESP])))
# ESP bodies shorter than the IV, and not a whole number of blocks
frames.append(raw(E / IP(src='10.0.0.1', dst='10.0.0.2', proto=50) / (b'\x00\x00\x10\x01\x00\x00\x00\x01' + bytes(6))))
frames.append(raw(E / IP(src='10.0.0.1', dst='10.0.0.2', proto=50) / (b'\x00\x00\x10\x01\x00\x00\x00\x02' + bytes(37))))
recs = list(frames)
for f in frames[:3] + frames[12:14]:
    for n in (30, 38, 42, 50, 60, len(f) - 12, len(f) - 1):
        recs.append((f, n))
pcapfile.write(os.path.join(out, 'esp.pcap'), recs)
for i, (spi, dst, _, key, algo) in enumerate(SAS):
    with open(os.path.join(out, 'esp-sa-%d.txt' % (i + 1)), 'w') as fh:
        fh.write('0x%x@%s %s:0x%s\n' % (spi, dst, algo, key.hex()))
