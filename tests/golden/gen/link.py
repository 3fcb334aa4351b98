#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Link-layer golden inputs: one pcap per link type (Ethernet, VLAN/QinQ,
Linux SLL/SLL2, BSD NULL/LOOP, RAW, IPV4, IPV6) with IP/ARP/unknown payloads,
802.3/LLC frames, and truncated copies (caplen < len at several cut points).
Usage: link.py OUTDIR. Timestamps are fixed."""
import os
import random
import struct
import sys

from scapy.all import (ARP, Dot1Q, Dot1AD, Dot3, Ether, ICMP, IP, IPv6, ICMPv6EchoRequest,
                       TCP, UDP, LLC, SNAP, STP, raw)

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T0 = 1700000000


def wpcap(name, linktype, recs, be=False):
    """recs: list of bytes or (bytes, caplen) tuples"""
    e = '>' if be else '<'
    with open(os.path.join(out, name), 'wb') as f:
        f.write(struct.pack(e + 'IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, linktype))
        for i, r in enumerate(recs):
            if isinstance(r, tuple):
                data, cap = r
            else:
                data, cap = r, len(r)
            cap = min(cap, len(data))
            f.write(struct.pack(e + 'IIII', T0 + i, (i * 1234567) % 1000000, cap, len(data)))
            f.write(data[:cap])


def cuts(data, points):
    return [(data, c) for c in points if c < len(data)]


MA = '00:11:22:33:44:55'
MB = '66:77:88:99:aa:bb'
BC = 'ff:ff:ff:ff:ff:ff'

icmp4 = IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP(id=7, seq=1) / (b'abcdefgh' * 4)
udp4 = IP(src='10.0.0.1', dst='10.0.0.2', id=2) / UDP(sport=1234, dport=9999) / b'hello\r\nworld\r\n\x01\x02\xff'
tcp4 = IP(src='10.0.0.2', dst='10.0.0.1', id=3) / TCP(sport=80, dport=40000, flags='S', seq=1000, window=512)
icmp6 = IPv6(src='fe80::1', dst='fe80::2') / ICMPv6EchoRequest(id=5, seq=2, data=b'xyz')

arp_req = ARP(op=1, hwsrc=MA, psrc='10.0.0.1', hwdst='00:00:00:00:00:00', pdst='10.0.0.2')
arp_req_t = ARP(op=1, hwsrc=MA, psrc='10.0.0.1', hwdst=MB, pdst='10.0.0.2')
arp_rep = ARP(op=2, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.1')
rarp_req = ARP(op=3, hwsrc=MA, psrc='0.0.0.0', hwdst=MA, pdst='0.0.0.0')
rarp_rep = ARP(op=4, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.9')
inarp_req = ARP(op=8, hwsrc=MA, psrc='10.0.0.1', hwdst=MB, pdst='0.0.0.0')
inarp_rep = ARP(op=9, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.1')
arp_nak = ARP(op=10, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.1')
arp_badop = ARP(op=77, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.1')
arp_hw = ARP(hwtype=6, op=1, hwsrc=MA, psrc='10.0.0.1', pdst='10.0.0.2')      # token ring
arp_hw_unk = ARP(hwtype=99, op=1, hwsrc=MA, psrc='10.0.0.1', pdst='10.0.0.2')
arp_hw_long = ARP(hwtype=32, hwlen=8, op=2, hwsrc=b'\x01\x02\x03\x04\x05\x06\x07\x08',
                  psrc='10.0.0.1', hwdst=b'\x00' * 8, pdst='10.0.0.2')
arp_ip6 = ARP(ptype=0x86dd, plen=16, op=1, hwsrc=MA, psrc='fe80::1', pdst='fe80::2')
arp_plen = ARP(ptype=0x0800, plen=6, op=1, hwsrc=MA, psrc=b'\x0a\0\0\1\0\0', pdst=b'\x0a\0\0\2\0\0')
arp_hln0 = ARP(hwlen=0, op=1, hwsrc=b'', hwdst=b'', psrc='10.0.0.1', pdst='10.0.0.2')
arp_fr = ARP(hwtype=15, hwlen=2, op=1, hwsrc=b'\x18\x41', hwdst=b'\x00\x00', psrc='10.0.0.1',
             pdst='10.0.0.2')
arp_fr_rep = ARP(hwtype=15, hwlen=2, op=2, hwsrc=b'\x18\x41', hwdst=b'\x00\x00', psrc='10.0.0.1',
                 pdst='10.0.0.2')
arp_trail = ARP(ptype=0x1000, op=2, hwsrc=MB, psrc='10.0.0.2', hwdst=MA, pdst='10.0.0.1')
# ATM ARP (RFC 2225): hrd 19, type/length bytes
atmarp = (struct.pack('>HHBBHBBBB', 19, 0x0800, 20, 0, 1, 4, 0, 0, 4)
          + bytes(range(1, 21)) + bytes([10, 0, 0, 1]) + bytes([10, 0, 0, 2]))
atmarp_rep = (struct.pack('>HHBBHBBBB', 19, 0x0800, 20, 2, 2, 4, 0, 0, 4)
              + bytes(range(1, 21)) + b'\xaa\xbb' + bytes([10, 0, 0, 1]) + bytes([10, 0, 0, 2]))

payload_unknown = b'\x01\x02\x03\x04ABCDEFGHIJKLMNOPQRSTUVWXYZ\x7f\x80\xfe 0123456789'


def eth(payload, t=None, dst=MB, src=MA):
    if t is None:
        return raw(Ether(dst=dst, src=src) / payload)
    return raw(Ether(dst=dst, src=src, type=t) / payload)


arps = [arp_req, arp_req_t, arp_rep, rarp_req, rarp_rep, inarp_req, inarp_rep, arp_nak,
        arp_badop, arp_hw, arp_hw_unk, arp_hw_long, arp_ip6, arp_plen, arp_hln0, arp_fr,
        arp_fr_rep, arp_trail]

ether = [eth(icmp4), eth(udp4), eth(tcp4), eth(icmp6)]
ether += [eth(a, 0x0806) for a in arps]
ether += [eth(arp_rep, 0x0806) + b'\0' * 18,            # padded to 60
          eth(arp_req, 0x8035, dst=BC),                 # RARP ethertype
          eth(atmarp, 0x0806), eth(atmarp_rep, 0x0806),
          eth(payload_unknown, 0x88b5),                 # local experimental
          eth(payload_unknown, 0x6004),                 # LAT: known name, no printer
          eth(payload_unknown, 0x0801),
          eth(b'', 0x88b6),                             # no payload at all
          ]
# 802.3 length field + 802.2 LLC
ether += [raw(Ether(dst=MB, src=MA) / LLC(dsap=0x12, ssap=0x34, ctrl=3) / payload_unknown),
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x12, ssap=0x12, ctrl=3) / payload_unknown),
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x13, ssap=0x13, ctrl=0xaf) / b'\x81\x01\x00'),
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0xf1, ssap=0xf1, ctrl=0xbf)),
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x04, ssap=0x05, ctrl=0xe3) / b'test'),
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x04, ssap=0x04) / b'\x01\x02' / b'data'),   # S frame
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x04, ssap=0x04) / b'\x00\x04' / b'data'),   # I frame
          raw(Ether(dst=MB, src=MA) / LLC(dsap=0x06, ssap=0x06, ctrl=3) / icmp4),
          raw(Ether(dst=MB, src=MA) / LLC() / SNAP(OUI=0, code=0x0800) / icmp4),
          raw(Ether(dst=MB, src=MA) / LLC() / SNAP(OUI=0, code=0x0806) / arp_req),
          raw(Ether(dst=MB, src=MA) / LLC() / SNAP(OUI=0, code=0x88b5) / payload_unknown),
          raw(Ether(dst=MB, src=MA) / LLC() / SNAP(OUI=0x00000c, code=0x1234) / payload_unknown),
          raw(Ether(dst=MB, src=MA) / LLC() / SNAP(OUI=0x123456, code=0x0001) / payload_unknown),
          # 802.3 length shorter than the frame (padding) and longer than it
          raw(Ether(dst=MB, src=MA, type=10) / LLC(dsap=0x12, ssap=0x12, ctrl=3) / b'1234567' / (b'\0' * 30)),
          raw(Ether(dst=MB, src=MA, type=1000) / LLC(dsap=0x12, ssap=0x12, ctrl=3) / b'short'),
          raw(Ether(dst=MB, src=MA, type=2) / b'\x12\x12'),
          ]
wpcap('link-ether.pcap', 1, ether)

vlan = [raw(Ether(dst=MB, src=MA) / Dot1Q(vlan=100) / icmp4),
        raw(Ether(dst=MB, src=MA) / Dot1Q(vlan=4095, prio=7, id=1) / arp_req),
        raw(Ether(dst=MB, src=MA) / Dot1Q(vlan=5, prio=3) / arp_rep),
        raw(Ether(dst=MB, src=MA) / Dot1AD(vlan=200) / Dot1Q(vlan=300, prio=1) / icmp6),
        raw(Ether(dst=MB, src=MA, type=0x9100) / Dot1Q(vlan=7) / udp4),
        raw(Ether(dst=MB, src=MA, type=0x9200) / Dot1Q(vlan=8) / tcp4),
        raw(Ether(dst=MB, src=MA) / Dot1Q(vlan=9, type=0x88b5) / payload_unknown),
        raw(Ether(dst=MB, src=MA) / Dot1Q(vlan=10) / LLC(dsap=0x12, ssap=0x12, ctrl=3) / b'abc'),
        raw(Ether(dst=MB, src=MA) / Dot1AD(vlan=1) / Dot1AD(vlan=2) / Dot1Q(vlan=3) / arp_req),
        ]
wpcap('link-vlan.pcap', 1, vlan)

trunc = []
for d, pts in ((eth(arp_req, 0x0806), (1, 6, 12, 13, 14, 15, 20, 21, 22, 27, 28, 30, 37, 40, 41)),
               (eth(icmp4), (14, 16, 33, 34, 40)),
               (eth(arp_hw_long, 0x0806), (30, 40)),
               (eth(atmarp, 0x0806), (20, 30, 50)),
               (eth(payload_unknown, 0x88b5), (20, 30)),
               (vlan[0], (13, 14, 15, 16, 17, 18, 20)),
               (vlan[3], (16, 18, 20, 22)),
               (vlan[1], (20, 30)),
               (ether[-5], (15, 16, 17, 20)),        # LLC/SNAP unknown
               (ether[-13], (15, 16, 17, 18, 30)),   # XID
               (ether[-9], (17, 20)),                # SNAP IPv4
               ):
    trunc += cuts(d, pts)
wpcap('link-trunc.pcap', 1, trunc)


def sll(pkttype, proto, payload, halen=6, addr=b'\x00\x11\x22\x33\x44\x55', hatype=1):
    a = (addr + b'\0' * 8)[:8]
    return struct.pack('>HHH', pkttype, hatype, halen) + a + struct.pack('>H', proto) + payload


def sll2(pkttype, proto, payload, ifindex=1, halen=6, addr=b'\x00\x11\x22\x33\x44\x55', hatype=1):
    a = (addr + b'\0' * 8)[:8]
    return struct.pack('>HHIHBB', proto, 0, ifindex, hatype, pkttype, halen) + a + payload


def cooked_set(f):
    recs = [f(0, 0x0800, raw(icmp4)), f(4, 0x0800, raw(udp4)), f(1, 0x0806, raw(arp_req)),
            f(2, 0x86dd, raw(icmp6)), f(3, 0x0806, raw(arp_rep)), f(7, 0x0800, raw(tcp4)),
            f(0, 0x88b5, payload_unknown), f(4, 0x6004, payload_unknown),
            f(0, 0x0004, raw(LLC(dsap=0x12, ssap=0x12, ctrl=3) / b'abc')),
            f(0, 0x0004, raw(LLC() / SNAP(OUI=0, code=0x0800) / icmp4)),
            f(0, 0x0005, payload_unknown),
            f(0, 0x8100, raw(Dot1Q(vlan=42, prio=5) / icmp4)),
            f(0, 0x8100, raw(Dot1Q(vlan=43, type=0x88b5) / payload_unknown)),
            f(0, 0x8100, raw(Dot1Q(vlan=44, type=20) / LLC(dsap=0x12, ssap=0x12, ctrl=3) / b'abc')),
            f(0, 0x8100, b'\x00\x01'),
            ]
    return recs


sllrecs = cooked_set(sll) + [
    sll(0, 0x0800, raw(icmp4), halen=4, addr=b'\x01\x02\x03\x04', hatype=778),
    sll(0, 0x0800, raw(icmp4), halen=0, addr=b'', hatype=772),
    sll(4, 0x88b5, payload_unknown, halen=0, addr=b''),
]
sllrecs += cuts(sllrecs[2], (4, 15, 16, 17, 30)) + cuts(sllrecs[11], (17, 19, 20, 22))
wpcap('link-sll.pcap', 113, sllrecs)

sll2recs = cooked_set(sll2) + [
    sll2(0, 0x0800, raw(icmp4), ifindex=9999),
    sll2(4, 0x88b5, payload_unknown, ifindex=424242, halen=0, addr=b''),
    sll2(0, 0x0806, raw(arp_req), ifindex=0, halen=4, addr=b'\x01\x02\x03\x04'),
]
sll2recs += cuts(sll2recs[2], (4, 19, 20, 21, 30)) + cuts(sll2recs[11], (21, 23, 24, 26))
wpcap('link-sll2.pcap', 276, sll2recs)


def null_le(af, payload):
    return struct.pack('<I', af) + payload


def null_be(af, payload):
    return struct.pack('>I', af) + payload


nullrecs = [null_le(2, raw(icmp4)), null_le(24, raw(icmp6)), null_le(28, raw(icmp6)),
            null_le(30, raw(icmp6)), null_be(2, raw(udp4)), null_be(30, raw(icmp6)),
            null_le(99, payload_unknown), null_le(6, payload_unknown),
            null_be(0x12345, payload_unknown)]
nullrecs += cuts(nullrecs[0], (2, 3, 4, 5, 20))
wpcap('link-null.pcap', 0, nullrecs)

looprecs = [null_be(2, raw(icmp4)), null_be(24, raw(icmp6)), null_be(99, payload_unknown),
            null_le(2, raw(tcp4))]
looprecs += cuts(looprecs[0], (3, 4, 10))
wpcap('link-loop.pcap', 108, looprecs)

rawrecs = [raw(icmp4), raw(icmp6), raw(udp4), raw(tcp4), b'\x55' + payload_unknown]
rawrecs += cuts(raw(icmp4), (1, 10, 20))
wpcap('link-raw.pcap', 101, rawrecs)
wpcap('link-raw12.pcap', 12, rawrecs[:3])
wpcap('link-ipv4.pcap', 228, [raw(icmp4), raw(udp4), raw(tcp4)] + cuts(raw(udp4), (8, 24)))
wpcap('link-ipv6.pcap', 229, [raw(icmp6), raw(IPv6(src='::1', dst='::1') / UDP(sport=5, dport=6) / b'q')])
# the same Ethernet capture written big-endian
wpcap('link-ether-be.pcap', 1, ether[:8], be=True)

# Spanning tree BPDUs over 802.3/LLC (and PVST+ over SNAP)
STPDST = '01:80:c2:00:00:00'


def stp_frame(bpdu, dst=STPDST):
    return raw(Dot3(dst=dst, src=MA) / LLC(dsap=0x42, ssap=0x42, ctrl=3) / bpdu)


mst_cfg = (b'\x00' + b'region1'.ljust(32, b'\0') + struct.pack('>H', 7) + bytes(range(16)))
msti = bytes([0x7c]) + bytes.fromhex('8001001122334455') + struct.pack('>I', 20000) + bytes([0x80, 0x80, 20])
mstp = (struct.pack('>HBBB', 0, 3, 2, 0x3c) + bytes.fromhex('8000001122334455') + struct.pack('>I', 0)
        + bytes.fromhex('8000001122334455') + struct.pack('>HHHHH', 0x8001, 0, 20 * 256, 2 * 256, 15 * 256)
        + b'\0' + struct.pack('>H', 64 + 16) + mst_cfg + struct.pack('>I', 0)
        + bytes.fromhex('8000001122334455') + bytes([20]) + msti)
stprecs = [stp_frame(STP(rootid=32768, rootmac=MA, bridgeid=32768, bridgemac=MB, portid=0x8001, age=1, maxage=20,
                         hellotime=2, fwddelay=15, pathcost=4)),
           stp_frame(STP(version=2, bpdutype=2, bpduflags=0x3c, rootmac=MA, bridgemac=MB) / b'\0'),
           stp_frame(STP(version=2, bpdutype=2, bpduflags=0x7e, rootmac=MA, bridgemac=MB) / b'\0'),
           stp_frame(raw(STP(bpdutype=0x80))[:4]),
           stp_frame(b'\0\0\x01\x00'),
           stp_frame(b'\x12\x34\x00\x00'),
           stp_frame(b'\0\0\x00\x00\x00' + b'\0' * 10),     # too short: invalid
           stp_frame(mstp),
           raw(Dot3(dst='01:00:0c:cc:cc:cd', src=MA) / LLC() / SNAP(OUI=0x00000c, code=0x010b)
               / STP(version=2, bpdutype=2, rootmac=MA, bridgemac=MB) / b'\0'),
           ]
stprecs += cuts(stprecs[0], (17, 20, 30, 40, 50)) + cuts(stprecs[7], (60, 100, 130))
wpcap('link-stp.pcap', 1, stprecs)

# dumps: offsets past 0xffff, odd lengths, -A's CR/LF rules, all byte values
rnd = bytes((i * 97 + 13) & 0xff for i in range(70001))
dumprecs = [eth(rnd, 0x88b5), eth(b'\r\n\r\rab\rc\r\n\r', 0x88b5), eth(b'x\r', 0x88b5),
            eth(b'\r', 0x88b5), eth(b'\r\rz', 0x88b5), eth(bytes(range(256)), 0x88b5),
            eth(udp4), (eth(bytes(range(256)), 0x88b5), 100)]
wpcap('link-dump.pcap', 1, dumprecs)


# Novell IPX: Ethernet II, 802.3 raw, 802.2 LLC, Linux cooked, BSD NULL
def ipx(dst_skt, data, src_skt=0x4003):
    ln = 30 + len(data)
    return (struct.pack('>HHBB', 0xffff, ln, 0, 4) + struct.pack('>I', 0x11) + bytes.fromhex('ffffffffffff')
            + struct.pack('>H', dst_skt) + struct.pack('>I', 0x22) + bytes.fromhex('000c29aabbcc')
            + struct.pack('>H', src_skt) + data)


sap_resp = struct.pack('>HH', 2, 4) + b'FILESERVER1'.ljust(48, b'\0') + struct.pack('>I', 0x22) + bytes(6) + b'\x04\x51\x00\x01'
ipxs = [ipx(0x0452, struct.pack('>HH', 1, 4)), ipx(0x0452, sap_resp), ipx(0x0453, struct.pack('>HIHH', 1, 0xffffffff, 0xffff, 0xffff)),
        ipx(0x0453, struct.pack('>HIHHIHH', 2, 0x22, 1, 2, 0x33, 2, 3)), ipx(0x0451, b'ncp'), ipx(0x0455, b'nb'),
        ipx(0x0456, b''), ipx(0x0553, b'x'), ipx(0x1234, b'abc'), ipx(0x0452, b'\x00'), ipx(0x0453, b'\x00')]
ipxrecs = [eth(x, 0x8137) for x in ipxs]
ipxrecs += [raw(Ether(dst=MB, src=MA, type=len(x)) / x) for x in ipxs[:3]]
ipxrecs += [raw(Ether(dst=MB, src=MA, type=len(x) + 3) / LLC(dsap=0xe0, ssap=0xe0, ctrl=3) / x) for x in ipxs[:3]]
ipxrecs += [eth(ipx(0x0452, sap_resp)[:29] + b'\x00', 0x8137)]
ipxrecs += cuts(ipxrecs[1], (20, 30, 40, 60, 100))
wpcap('link-ipx.pcap', 1, ipxrecs)
wpcap('link-ipx-sll.pcap', 113, [sll(0, 0x0001, x) for x in ipxs[:4]] + [sll(0, 0x0004, raw(LLC(dsap=0xe0, ssap=0xe0, ctrl=3)) + ipxs[4])])
wpcap('link-ipx-null.pcap', 0, [null_le(23, x) for x in ipxs[:4]])


# Seeded random frames: mutated ARP, LLC/SNAP/STP/IPX, VLAN stacks and
# unknown types behind every link header, whole or cut (a differential test
# against tcpdump; the same seed gives the same files).
R = random.Random(int(os.environ.get('LINK_RND_SEED', '4242')))


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def r_arp():
    hrd = R.choice([1, 1, 1, 6, 15, 19, 32, R.randrange(65536)])
    pro = R.choice([0x0800, 0x0800, 0x1000, 0x86dd, R.randrange(65536)])
    hln = R.choice([6, 6, 0, 2, 8, R.randrange(256)])
    pln = R.choice([4, 4, 16, 0, R.randrange(256)])
    op = R.choice([1, 2, 3, 4, 8, 9, 10, R.randrange(65536)])
    return struct.pack('>HHBBH', hrd, pro, hln, pln, op) + rb(R.randrange(0, 60))


def r_llc():
    k = R.randrange(6)
    if k == 0:
        return (bytes([0x42, 0x42, 3, 0, 0, R.choice([0, 2, 3, 4, 1]), R.choice([0, 2, 0x80, 7])])
                + rb(R.randrange(0, 140)))
    if k == 1:
        return (bytes([0xaa, 0xaa, 3]) + R.choice([b'\0\0\0', b'\0\0\x0c', b'\0\x80\xc2', rb(3)])
                + R.choice([b'\x08\x06', b'\x88\xb5', b'\x01\x0b', b'\x00\x0e', b'\x20\x00', rb(2)]) + rb(R.randrange(0, 60)))
    if k == 2:
        return bytes([R.randrange(256), R.randrange(256), R.choice([3, 0xaf, 0xbf, 0xe3, R.randrange(256)])]) + rb(R.randrange(0, 20))
    if k == 3:
        return bytes([0xff, 0xff]) + rb(R.randrange(0, 40))
    return rb(R.randrange(0, 30))


def r_lldp():
    out = b''
    for _ in range(R.randrange(0, 8)):
        t = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 127, 127, 127, R.randrange(128)])
        if t == 127:
            v = R.choice([b'\x00\x80\xc2', b'\x00\x12\x0f', b'\x00\x12\xbb', b'\x00\x00\x5e', b'\x00\x1b\x21', rb(3)])
            v += bytes([R.randrange(16)]) + rb(R.randrange(0, 30))
        elif t in (1, 2):
            v = bytes([R.randrange(9)]) + R.choice([b'\x01\x0a\x00\x00\x01', b'\x02' + rb(16), rb(6), rb(R.randrange(0, 10))])
        elif t == 8:
            al = R.randrange(0, 18)
            v = bytes([al]) + bytes([R.choice([1, 2, 6, 9])]) + rb(al) + rb(R.randrange(0, 10))
        else:
            v = rb(R.randrange(0, 12))
        out += struct.pack('>H', (t << 9) | (len(v) if R.random() < 0.9 else R.randrange(512))) + v
    return out + R.choice([b'\0\0', b'', rb(1)])


def r_payload(depth=0):
    k = R.randrange(7)
    if k == 6:
        return 0x88cc, r_lldp()
    if k in (0, 1):
        return 0x0806, r_arp()
    if k == 2:
        return R.choice([0x88b5, 0x6004, 0x0801, 0x8035, 0x8137, 0x9000, 0x8809, 0x888e, 0x8847, 0x88f7, 0x88e5]), rb(R.randrange(0, 70))
    if k == 3 and depth < 3:
        t, p = r_payload(depth + 1)
        return R.choice([0x8100, 0x88a8, 0x9100, 0x9200]), struct.pack('>HH', R.randrange(65536), t) + p
    lp = r_llc()
    return R.choice([len(lp), len(lp), R.randrange(1501)]), lp


def r_cut(d):
    return (d, len(d) if R.random() < 0.7 else R.randrange(1, len(d) + 1))


rnd_eth, rnd_sll, rnd_sll2, rnd_null = [], [], [], []
for i in range(1500):
    t, p = r_payload()
    rnd_eth.append(r_cut(bytes.fromhex('66778899aabb001122334455') + struct.pack('>H', t) + p))
for i in range(600):
    t, p = r_payload()
    if R.random() < 0.2:
        t = R.choice([1, 4, 5, 0x8100])
    hdr = (struct.pack('>HHH', R.choice([0, 1, 2, 3, 4, 7]), R.choice([1, 772, 778]), R.choice([6, 6, 0, 4, 9]))
           + rb(8) + struct.pack('>H', t))
    rnd_sll.append(r_cut(hdr + p))
    t, p = r_payload()
    if R.random() < 0.2:
        t = R.choice([1, 4, 5, 0x8100])
    hdr = (struct.pack('>HHIHBB', t, 0, R.choice([1, 1, 99999]), 1, R.choice([0, 1, 4, 9]), R.choice([6, 0, 7]))
           + rb(8))
    rnd_sll2.append(r_cut(hdr + p))
for i in range(200):
    af = R.choice([6, 99, 0x12345, 23, 23 << 24, 0x63000000])
    rnd_null.append(r_cut(struct.pack('<I', af) + rb(R.randrange(0, 40))))
wpcap('link-rnd-ether.pcap', 1, rnd_eth)
wpcap('link-rnd-sll.pcap', 113, rnd_sll)
wpcap('link-rnd-sll2.pcap', 276, rnd_sll2)
wpcap('link-rnd-null.pcap', 0, rnd_null)


# Ethernet configuration testing protocol (Cisco keepalives)
lb = [struct.pack('<HHH', 0, 1, 0) + bytes(40),
      struct.pack('<HH', 0, 2) + bytes.fromhex('001122334455') + struct.pack('<HHH', 0, 1, 7) + bytes(10),
      struct.pack('<HHHH', 8, 0, 0, 0) + struct.pack('<HH', 1, 3) + b'xyz',
      struct.pack('<H', 3) + b'abc' + struct.pack('<H', 9) + b'zz',
      struct.pack('<H', 200) + bytes(10), b'\0', struct.pack('<HH', 0, 1) + b'\x01',
      struct.pack('<HH', 0, 2) + b'\x01\x02']
lbrecs = [eth(x, 0x9000, dst=MA) for x in lb]
lbrecs += cuts(lbrecs[0], (15, 16, 17, 18, 20, 40)) + cuts(lbrecs[1], (19, 22, 30))
wpcap('link-loopback.pcap', 1, lbrecs)


# LLDP: a switch's usual TLVs, organisation TLVs, odd and cut ones
def tlv(t, v):
    return struct.pack('>H', (t << 9) | len(v)) + v


def org(oui, sub, v):
    return tlv(127, struct.pack('>I', oui)[1:] + bytes([sub]) + v)


LLDPDST = bytes.fromhex('0180c200000e')
std = (tlv(1, b'\x04' + bytes.fromhex('001122334455')) + tlv(2, b'\x05' + b'Gi1/0/7') + tlv(3, b'\x00\x78')
       + tlv(4, b'GigabitEthernet1/0/7') + tlv(5, b'sw-core-1') + tlv(6, b'Cisco IOS Software, C2960\nVersion 15')
       + tlv(7, b'\x00\x14\x00\x04') + tlv(8, b'\x05\x01\x0a\x00\x00\xfe\x02\x00\x00\x00\x01\x00')
       + org(0x0080c2, 1, b'\x00\x64') + org(0x0080c2, 3, b'\x00\x64\x05users')
       + org(0x00120f, 1, b'\x03\x6c\x03\x00\x1e') + org(0x00120f, 4, b'\x05\xee')
       + org(0x00120f, 3, b'\x03\x00\x00\x00\x07') + tlv(0, b''))
med = (tlv(1, b'\x07chassis') + tlv(2, b'\x03' + bytes.fromhex('001122334455')) + tlv(3, b'\x00\x78')
       + org(0x0012bb, 1, b'\x00\x33\x04') + org(0x0012bb, 2, b'\x01\x40\xc8\x2e')
       + org(0x0012bb, 4, b'\x51\x00\x9f') + org(0x0012bb, 5, b'hw 1.0') + org(0x0012bb, 10, b'model X')
       + org(0x0012bb, 3, b'\x03+15551234') + org(0x0012bb, 3, b'\x02\x0b\x02US\x03\x05Paris\x01\x00')
       + org(0x0012bb, 3, b'\x01' + bytes(range(1, 17)))
       + org(0x0012bb, 3, b'\x09abc') + org(0x00120f, 2, b'\x07\x01\x03') + org(0x0080c2, 2, b'\x06\x00\x0a')
       + org(0x0080c2, 4, b'\x04\x88\x8e\x01\x00') + org(0x0080c2, 7, b'\x03\x00\x00\x00\x09')
       + tlv(8, b'\x07\x06' + bytes.fromhex('001122334455') + b'\x03\x00\x00\x00\x05\x03abc')
       + tlv(8, b'\x11\x02' + bytes(16) + b'\x02\x00\x00\x00\x01\x00'))
dcb = (tlv(1, b'\x05\x01\x0a\x00\x00\x01') + tlv(2, b'\x04\x02' + bytes(16)) + tlv(3, b'\x00\x00')
       + org(0x0080c2, 8, b'\x81\x03') + org(0x0080c2, 9, b'\x83' + bytes.fromhex('01234567') + bytes(range(8)) + bytes(8))
       + org(0x0080c2, 10, b'\x00' + bytes.fromhex('76543210') + bytes(range(10, 18)) + bytes([2] * 8))
       + org(0x0080c2, 11, b'\xc8\x08') + org(0x0080c2, 12, b'\x00' + b'\x61\x89\x06' + b'\x83\x0c\xbc')
       + org(0x0080c2, 13, b'\x07\x0f\x25\x6a\xa5') + org(0x0080c2, 14, b'\x88\x00\x00\x05\x00\x10\x01')
       + org(0x0080c2, 99, b'xy') + org(0x00005e, 1, b'https://x.example/mud')
       + org(0x00005e, 2, b'abcd') + org(0x001b21, 1, b'dcbx') + org(0x123456, 1, b'zz') + tlv(9, b'odd')
       + org(0x001b21, 2, tlv(1, b'\x00\x00\x00\x00\x00\x07\x00\x00\x00\x06')
             + tlv(2, b'\x00\x00\xc0\x00\x01\x23\x45\x67' + bytes([12] * 8) + b'\x08')
             + tlv(3, b'\x00\x00\x80\x00\x08\x08')
             + tlv(4, b'\x00\x00\x80\x00' + b'\x89\x06\x00\x1b\x21\x08' + b'\x0c\xbc\x40\x00\x00\x10')
             + tlv(9, b'zz') + tlv(0, b''))
       + tlv(1, b'\x09what') + tlv(2, b'\x04\x63\x01\x02') + tlv(3, b'') + tlv(0, b''))
bad = [tlv(1, b'\x04\x00') + tlv(0, b''), tlv(3, b'\x01') + tlv(0, b''), tlv(7, b'\x00') + tlv(0, b''),
       tlv(127, b'\x00') + tlv(0, b''), tlv(8, b'\x09\x01\x0a'), tlv(5, b'name-that-is-cut-short'),
       tlv(2, b'\x04\x01\x0a\x00'), tlv(8, b'\x00\x00\x00\x00\x00\x00\x00'), b'\x02']
lldprecs = [raw(Ether(dst=LLDPDST, src=MA, type=0x88cc) / x) for x in [std, med, dcb] + bad]
lldprecs[-4] = lldprecs[-4][:-6]
lldprecs += cuts(lldprecs[0], (20, 40, 60, 100, 150)) + cuts(lldprecs[1], (50, 120, 200))
wpcap('link-lldp.pcap', 1, lldprecs)


# CDP over SNAP
def ctlv(t, v):
    return struct.pack('>HH', t, len(v) + 4) + v


cdp = (b'\x02\xb4\x12\x34' + ctlv(1, b'switch1.example.com') + ctlv(2, struct.pack('>I', 2) + b'\x01\x01\xcc\x00\x04\x0a\x00\x00\xfe'
       + b'\x02\x08\xaa\xaa\x03\x00\x00\x00\x86\xdd\x00\x10' + bytes(15) + b'\x01')
       + ctlv(3, b'GigabitEthernet0/1') + ctlv(4, b'\x00\x00\x00\x29') + ctlv(5, b'Cisco IOS\nVersion 12.2\nRELEASE')
       + ctlv(6, b'cisco WS-C2960') + ctlv(7, b'\x0a\x00\x00\x00\x18') + ctlv(8, b'\x00\x00\x0c\x01\x12')
       + ctlv(9, b'VTPDOM') + ctlv(10, b'\x00\x01') + ctlv(11, b'\x01') + ctlv(14, b'\x01\x00\x64')
       + ctlv(15, b'\x20\x00') + ctlv(16, b'\x1f\x40') + ctlv(17, b'\x00\x00\x05\xdc') + ctlv(18, b'\x00')
       + ctlv(19, b'\x00') + ctlv(20, b'sysname') + ctlv(21, b'\x06\x08\x2b') + ctlv(22, struct.pack('>I', 1)
       + b'\x05\x01\x99\x00\x02\xab\xcd') + ctlv(23, b'\x01room 5') + ctlv(0x63, b'??') + ctlv(10, b'\x01'))
cdpbad = [b'\x02\xb4', b'\x01\x3c\x00\x00\x00\x01\x00\x02', b'\x01\x3c\x00\x00\x00\x01\x00\x20abc',
          b'\x01\x3c\x00\x00' + ctlv(7, b'\x01\x02\x03') + ctlv(2, b'\x00\x00'),
          b'\x01\x3c\x00\x00' + ctlv(2, struct.pack('>I', 3) + b'\x01\x01\xcc\x00\x04\x0a')]


def cdpframe(x):
    return raw(Dot3(dst='01:00:0c:cc:cc:cc', src=MA) / LLC() / SNAP(OUI=0x00000c, code=0x2000) / x)


cdprecs = [cdpframe(cdp)] + [cdpframe(x) for x in cdpbad]
cdprecs += cuts(cdprecs[0], (25, 30, 40, 60, 120))
wpcap('link-cdp.pcap', 1, cdprecs)


# 802.1X EAPOL / EAP
def eapol(t, body=b'', ln=None):
    return struct.pack('>BBH', 2, t, len(body) if ln is None else ln) + body


def eap(code, ident, data=b'', ln=None):
    return struct.pack('>BBH', code, ident, 4 + len(data) if ln is None else ln) + data


eaps = [eapol(1), eapol(2), eapol(3, bytes(95)), eapol(4, b'abc'), eapol(9),
        eapol(0, eap(1, 1, b'\x01')), eapol(0, eap(2, 1, b'\x01user@example.com')),
        eapol(0, eap(1, 2, b'\x02hello')), eapol(0, eap(1, 2, b'\x02')), eapol(0, eap(2, 3, b'\x03\x0d\x15\x19')),
        eapol(0, eap(1, 4, b'\x0d\x20')), eapol(0, eap(2, 5, b'\x0d\x80\x00\x00\x01\x00' + b'x' * 10)),
        eapol(0, eap(2, 5, b'\x0d\xc0\x00')), eapol(0, eap(1, 6, b'\x15\x01')), eapol(0, eap(1, 7, b'\x2b\x21')),
        eapol(0, eap(1, 8, b'\x17\x05')), eapol(0, eap(1, 8, b'\x12\x0a')), eapol(0, eap(1, 9, b'\x04\x10' + bytes(16))),
        eapol(0, eap(3, 10)), eapol(0, eap(4, 11)), eapol(0, eap(7, 12)), eapol(0, eap(1, 13)),
        eapol(0, eap(1, 1, b'', ln=2)), eapol(0, eap(1, 1, b'\x01abc'), ln=20), eapol(0, b'', ln=0),
        eapol(0, eap(2, 1, b'\x01user@example.com'), ln=23) + b'', eapol(0, eap(1, 4, b'\x15'))]
eaprecs = [eth(x, 0x888e, dst='01:80:c2:00:00:03') for x in eaps]
eaprecs[-2] = eaprecs[-2][:-5]
eaprecs += cuts(eaprecs[6], (15, 17, 19, 21, 25))
wpcap('link-eapol.pcap', 1, eaprecs)


# LACP and Marker (slow protocols)
def lacp_info(t, sysmac, key, port, state):
    return struct.pack('>BBH', t, 20, 0x8000) + bytes.fromhex(sysmac) + struct.pack('>HHHB', key, 0x00ff, port, state) + bytes(3)


lacp = (b'\x01\x01' + lacp_info(1, '001122334455', 13, 1, 0x3d) + lacp_info(2, '66778899aabb', 7, 2, 0x85)
        + b'\x03\x10\x00\x32' + bytes(12) + b'\x00\x00' + bytes(50))
marker = b'\x02\x01' + b'\x01\x10\x00\x05' + bytes.fromhex('001122334455') + b'\x00\x00\x12\x34\x00\x00' + b'\x00\x00'
slows = [lacp, marker, b'\x01\x02', b'\x02\x09', b'\x0a\x01abc', b'\x01',
         b'\x01\x01\x01\x05abc' + bytes(3), b'\x01\x01\x01\x01', b'\x01\x01\x09\x04ab\x00\x00',
         b'\x01\x01\x01\x14' + bytes(10), b'\x01\x01\x03\x08' + bytes(6) + b'\x00\x00', b'\x02\x01\x01\x06abcd\x00\x00']
slowrecs = [eth(x, 0x8809, dst='01:80:c2:00:00:02') for x in slows]
slowrecs += cuts(slowrecs[0], (16, 20, 30, 40, 60))
wpcap('link-slow.pcap', 1, slowrecs)


# MPLS label stacks over Ethernet
def lbl(label, s, ttl=64, tc=0):
    return struct.pack('>I', (label << 12) | (tc << 9) | (s << 8) | ttl)


mplss = [lbl(100, 1) + raw(icmp4), lbl(100, 0) + lbl(200, 1, 63, 5) + raw(udp4), lbl(0, 1) + raw(tcp4),
         lbl(2, 1) + raw(icmp6), lbl(3, 1) + raw(icmp4), lbl(1, 0) + lbl(16, 1) + raw(icmp6),
         lbl(300, 1) + payload_unknown, lbl(300, 1) + b'\x99abc', lbl(300, 1), lbl(5, 0) + b'\x00\x01']
mplsrecs = [eth(x, 0x8847) for x in mplss] + [eth(mplss[0], 0x8848)]
mplsrecs += cuts(mplsrecs[1], (15, 18, 20, 22, 30))
wpcap('link-mpls.pcap', 1, mplsrecs)


# IEEE 1588 PTP over Ethernet
def ptph(mtype, ln, flags=0x0200, seq=1, control=0, lmi=0xfd, ver=2):
    return (struct.pack('>BBHBBH', mtype | 0x10 * (mtype == 0xd), ver, ln, 0, 0, flags) + struct.pack('>Q', 0x12345)
            + struct.pack('>I', 0) + bytes.fromhex('0011 22ff fe33 4455'.replace(' ', '')) + struct.pack('>HHBB', 1, seq, control, lmi))


ts = struct.pack('>HI', 0, 1700000000) + struct.pack('>I', 123456789)
pid = bytes.fromhex('001122fffe334455') + b'\x00\x01'
ptps = [ptph(0, 44) + ts, ptph(1, 44, control=1) + ts, ptph(8, 44, control=2) + ts, ptph(9, 54, control=3) + ts + pid,
        ptph(2, 54) + ts + pid, ptph(3, 54) + ts + pid, ptph(0xa, 54) + ts + pid,
        ptph(0xb, 64, flags=0x3c, control=5, lmi=1) + ts + struct.pack('>HBBBBHB', 37, 0, 128, 248, 0xfe, 0xffff, 128)
        + bytes.fromhex('001122fffe334455') + struct.pack('>HB', 0, 0xa0),
        ptph(0xc, 44) + pid, ptph(0xd, 48) + pid + b'\x01\x02\x03\x04', ptph(0x5, 34), ptph(0xb, 34, ver=1),
        ptph(0xb, 34, ver=7, flags=0xffff), b'\x00\x02\x00\x10']
ptprecs = [eth(x, 0x88f7, dst='01:1b:19:00:00:00') for x in ptps]
ptprecs += cuts(ptprecs[7], (20, 30, 48, 50, 60, 80))
wpcap('link-ptp.pcap', 1, ptprecs)


# 802.3ah Ethernet OAM (slow protocol subtype 3)
oinfo = struct.pack('>BBBHBBH', 1, 16, 1, 3, 0x05, 0x1d, 1518) + bytes.fromhex('00120f') + struct.pack('>I', 0xdeadbeef)
oevent = struct.pack('>BBH', 1, 40, 12) + struct.pack('>QQQQI', 10, 1, 3, 99, 7)
oams = [b'\x03\x00\x50\x00' + oinfo + oinfo[:1] + b'\x02' + oinfo[2:] + b'\x00\x00',
        b'\x03\x00\x08\x01\x00\x05' + oevent + b'\x02\x10' + bytes(14) + b'\xfe\x04ab' + b'\x00\x00',
        b'\x03\x00\x00\x04\x01', b'\x03\x00\x00\x04\x09', b'\x03\x00\x01\x02abcd', b'\x03\x00\x01\xfeabcd',
        b'\x03\x00\x00\x00\x01\x01', b'\x03\x00\x00\x00\x01\x20abc', b'\x03\x00\x00\x01\x00', b'\x03\x00',
        b'\x03\x00\x00\x07']
oamrecs = [eth(x, 0x8809, dst='01:80:c2:00:00:02') for x in oams]
oamrecs += cuts(oamrecs[0], (17, 20, 25, 40)) + cuts(oamrecs[1], (22, 30, 60))
wpcap('link-oam.pcap', 1, oamrecs)


# 802.1AE MACsec: encrypted, integrity only (IPv4 inside), with SCI, short length, bad
def sectag(tci_an, sl, pn, sci=None):
    return bytes([tci_an, sl]) + struct.pack('>I', pn) + (struct.pack('>Q', sci) if sci is not None else b'')


icv = bytes(range(0xa0, 0xb0))
macs = [sectag(0x2c, 0, 7, 0x0011223344550001) + payload_unknown + icv,
        sectag(0x20, 0, 8, 0x0011223344550001) + b'\x08\x00' + raw(icmp4) + icv,
        sectag(0x01, 0, 9) + b'\x08\x06' + raw(arp_req) + icv,
        sectag(0x00, 30, 10) + b'\x08\x06' + raw(arp_req) + icv,
        sectag(0x00, 0, 11) + b'\x81\x00\x00\x05\x08\x06' + raw(arp_req) + icv,
        sectag(0x80, 0, 1) + bytes(30), sectag(0x00, 0x40, 1) + bytes(30), sectag(0x00, 0, 1) + b'\x08\x06' + bytes(10),
        sectag(0x00, 60, 1) + b'\x08\x06' + bytes(30), sectag(0x28, 0, 3), b'\x2c\x00\x00']
macrecs = [eth(x, 0x88e5) for x in macs]
macrecs += cuts(macrecs[1], (16, 19, 24, 29, 40)) + cuts(macrecs[2], (20, 21, 25))
wpcap('link-macsec.pcap', 1, macrecs)


# Microsoft NLB heartbeats
nlb = bytes(8) + struct.pack('<I', 3) + bytes([10, 0, 0, 100]) + bytes([10, 0, 0, 3]) + bytes(20)
nlbrecs = [eth(nlb, 0x886f, dst='03:bf:0a:00:00:64')] + cuts(eth(nlb, 0x886f), (15, 22, 24, 28, 30, 33))
wpcap('link-msnlb.pcap', 1, nlbrecs)
