#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Seeds for the fuzz targets: tests/fuzz/gen_corpus.py [OUTDIR]
(default: tests/fuzz/corpus). decode/: flags byte, 2-byte link type,
frame; ip/, udp/, tcp/: the framings of fuzz_ip, fuzz_udp and fuzz_tcp (see
fuzz_decode.c); capfile/: small pcap and pcapng files."""
import os
import struct
import sys

from scapy.all import (ARP, DNS, DNSQR, Dot1AD, Dot1Q, Dot3, Ether, STP, ICMP, IP, IPv6, LLC, SNAP, TCP,
                       UDP, ICMPv6EchoRequest, IPv6ExtHdrFragment, raw)
from scapy.utils import PcapNgWriter, PcapWriter

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'corpus')
dec = os.path.join(out, 'decode')
cap = os.path.join(out, 'capfile')
os.makedirs(dec, exist_ok=True)
os.makedirs(cap, exist_ok=True)

SEL = {'ether': 1, 'sll': 113, 'sll2': 276, 'null': 0, 'loop': 108, 'raw': 101, 'ipv4': 228, 'ipv6': 229}
A, B = '00:11:22:33:44:55', '66:77:88:99:aa:bb'
tcp = IP(src='10.0.0.1', dst='10.0.0.2') / TCP(sport=40000, dport=80, flags='PA', seq=1, ack=2,
                                              options=[('MSS', 1460), ('SAckOK', b''),
                                                       ('Timestamp', (1, 2)), ('WScale', 7)]) \
    / b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'
dns = IP(src='10.0.0.1', dst='10.0.0.53') / UDP(sport=5353, dport=53) / DNS(rd=1, qd=DNSQR(qname='example.com'))
icmp = IP(src='10.0.0.1', dst='10.0.0.2') / ICMP() / b'ping'
v6 = IPv6(src='2001:db8::1', dst='2001:db8::2') / IPv6ExtHdrFragment(id=5) / ICMPv6EchoRequest(data=b'x')
arp = ARP(op=1, hwsrc=A, psrc='10.0.0.1', pdst='10.0.0.2')


def sll(proto, payload):
    return struct.pack('>HHH', 0, 1, 6) + bytes.fromhex('001122334455') + b'\0\0' + struct.pack('>H', proto) + payload


def sll2(proto, payload):
    return struct.pack('>HHIHBB', proto, 0, 1, 1, 4, 6) + bytes.fromhex('0011223344550000') + payload


seeds = {
    'ether-tcp': ('ether', raw(Ether(src=A, dst=B) / tcp)),
    'ether-dns': ('ether', raw(Ether(src=A, dst=B) / dns)),
    'ether-arp': ('ether', raw(Ether(src=A, dst=B) / arp)),
    'ether-v6frag': ('ether', raw(Ether(src=A, dst=B) / v6)),
    'ether-qinq': ('ether', raw(Ether(src=A, dst=B) / Dot1AD(vlan=1) / Dot1Q(vlan=2) / icmp)),
    'ether-llc': ('ether', raw(Ether(src=A, dst=B) / LLC(dsap=0x12, ssap=0x12, ctrl=0xaf) / b'\x81\x01\x00')),
    'ether-snap': ('ether', raw(Ether(src=A, dst=B) / LLC() / SNAP(OUI=0, code=0x0800) / icmp)),
    'ether-stp': ('ether', raw(Dot3(dst='01:80:c2:00:00:00', src=A) / LLC(dsap=0x42, ssap=0x42, ctrl=3)
                               / STP(version=2, bpdutype=2, rootmac=A, bridgemac=B) / b'\0')),
    'ether-lldp': ('ether', raw(Ether(src=A, dst='01:80:c2:00:00:0e', type=0x88cc)
                                / bytes.fromhex('020704001122334455040705476931' '2f302f3706020078'
                                                '0a0373773108070a00000000000000fe'
                                                'fe06008 0c2010064 0000'.replace(' ', '')))),
    'ether-lacp': ('ether', raw(Ether(src=A, dst='01:80:c2:00:00:02', type=0x8809)
                                / (b'\x01\x01\x01\x14\x80\x00' + bytes.fromhex('001122334455')
                                   + b'\x00\x0d\x00\xff\x00\x01\x3d\x00\x00\x00\x00\x00'))),
    'ether-oam': ('ether', raw(Ether(src=A, dst='01:80:c2:00:00:02', type=0x8809)
                               / b'\x03\x00\x50\x00\x01\x10\x01\x00\x03\x05\x1d\x05\xee\x00\x12\x0f\xde\xad\xbe\xef')),
    'ether-eapol': ('ether', raw(Ether(src=A, dst='01:80:c2:00:00:03', type=0x888e)
                                 / b'\x02\x00\x00\x09\x02\x01\x00\x09\x01user')),
    'ether-mpls': ('ether', raw(Ether(src=A, dst=B, type=0x8847) / b'\x00\x06\x41\x40' / icmp)),
    'ether-ptp': ('ether', raw(Ether(src=A, dst='01:1b:19:00:00:00', type=0x88f7)
                               / (b'\x00\x02\x00\x2c' + bytes(30) + bytes(10)))),
    'ether-cdp': ('ether', raw(Dot3(dst='01:00:0c:cc:cc:cc', src=A) / LLC() / SNAP(OUI=0x00000c, code=0x2000)
                               / b'\x02\xb4\x00\x00\x00\x01\x00\x0bsw1\x00\x05\x00\x07a\nb')),
    'ether-loopback': ('ether', raw(Ether(src=A, dst=A, type=0x9000) / (b'\x00\x00\x01\x00\x00\x00' + bytes(8)))),
    'ether-unknown': ('ether', raw(Ether(src=A, dst=B, type=0x88b5) / b'\x01\x02hello')),
    'sll-icmp': ('sll', sll(0x0800, raw(icmp))),
    'sll-vlan': ('sll', sll(0x8100, raw(Dot1Q(vlan=3) / arp))),
    'sll2-arp': ('sll2', sll2(0x0806, raw(arp))),
    'null-v6': ('null', struct.pack('<I', 24) + raw(v6)),
    'loop-v4': ('loop', struct.pack('>I', 2) + raw(tcp)),
    'raw-dns': ('raw', raw(dns)),
    'ipv4-icmp': ('ipv4', raw(icmp)),
    'ipv6-echo': ('ipv6', raw(v6)),
}
for name, (lt, data) in seeds.items():
    with open(os.path.join(dec, name), 'wb') as f:
        f.write(b'\0' + struct.pack('>H', SEL[lt]) + data)
    # a snapped copy (flags bit 7: wire length > caplen)
    with open(os.path.join(dec, name + '-snap'), 'wb') as f:
        f.write(b'\x80' + struct.pack('>H', SEL[lt]) + data[:len(data) * 2 // 3])

# above IP: protocol byte + payload; above UDP/TCP: ports + payload
fam = {'ip': [], 'udp': [], 'tcp': []}
for p in (tcp, dns, icmp):
    fam['ip'].append(bytes([0, p.proto]) + raw(p.payload))
fam['ip'].append(bytes([1, 58]) + raw(v6[IPv6ExtHdrFragment].payload))
fam['udp'].append(b'\0' + raw(dns[UDP])[:4] + raw(dns[UDP].payload))
fam['tcp'].append(b'\0' + raw(tcp[TCP])[:4] + raw(tcp[TCP].payload))
for f, blobs in fam.items():
    os.makedirs(os.path.join(out, f), exist_ok=True)
    for i, b in enumerate(blobs):
        with open(os.path.join(out, f, 'seed%d' % i), 'wb') as fh:
            fh.write(b)

pk = [Ether(src=A, dst=B) / tcp, Ether(src=A, dst=B) / dns, Ether(src=A, dst=B) / arp]
for i, p in enumerate(pk):
    p.time = 1700000000 + i
w = PcapWriter(os.path.join(cap, 'ether.pcap'), linktype=1, sync=True)
for p in pk:
    w.write(p)
w.close()
w = PcapWriter(os.path.join(cap, 'ether-ns-be.pcap'), linktype=1, nano=True, endianness='>', sync=True)
for p in pk:
    w.write(p)
w.close()
w = PcapNgWriter(os.path.join(cap, 'ether.pcapng'))
for p in pk:
    p.comment = b'PID: 1\nCmd: /bin/true\nArgs: true'
    w.write(p)
w.close()
