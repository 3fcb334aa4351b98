#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""ATM, ARCNET and AppleTalk link types: SunATM (123) with LLC, LANE and
unknown traffic types, Q.2931 signalling and SSCOP, OAM F4/F5 cells
(loopback, AIS, RDI, with right and wrong CRC-10), ILMI/meta/broadcast
VCIs; RFC 1483 (11) with SNAP, NLPID, Cisco NLPID and the Fore 802.6
header; Linux CLIP (19) with and without LLC; ARCNET BSD (7) old and new
encapsulation, fragments and exception packets, and Linux ARCNET (129);
LocalTalk (114) with long and short DDP, NBP, ATP, and EtherTalk DDP in
Ethernet II and SNAP; each cut at several points.
Usage: atm.py OUTDIR (writes atm-*.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, IPv6, UDP, TCP, Ether, ARP, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

IPPKT = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / UDP(sport=1000, dport=2000) / Raw(b'hello'))
IP6PKT = raw(IPv6(src='2001:db8::1', dst='2001:db8::2') / TCP(sport=80, dport=3000, flags='SA'))
ETHPKT = raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') / IP(src='10.0.0.3', dst='10.0.0.4') /
             UDP(sport=53, dport=5353) / Raw(b'x' * 8))
SNAP_IP = b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + IPPKT
SNAP_IP6 = b'\xaa\xaa\x03\x00\x00\x00\x86\xdd' + IP6PKT


def crc10(data):
    acc = 0
    for b in data:
        t = ((acc >> 2) & 0xff) << 2
        for _ in range(8):
            t <<= 1
            if t & 0x400:
                t ^= 0x633
        acc = ((acc << 8) & 0x3ff) ^ (t & 0x3ff) ^ b
    return acc


def oam(vpi, vci, pt, celltype, functype, body, good=True, hec=True):
    hdr = struct.pack('>I', (vpi << 20) | (vci << 4) | (pt << 1))
    payload = bytes([celltype << 4 | functype]) + body.ljust(45, b'\x6a')[:45] + b'\x00\x00'
    c = crc10(payload[:46] + b'\x00\x00')
    # the CRC-10 sits in the low 10 bits of the last two bytes
    payload = payload[:46] + struct.pack('>H', c if good else c ^ 0x155)
    return hdr + (b'\x00' if hec else b'') + payload


def sunatm(direction, vpi, vci, body):
    return bytes([direction]) + bytes([vpi]) + struct.pack('>H', vci) + body


LOOPBACK = b'\x01' + struct.pack('>I', 0xdeadbeef) + bytes(range(1, 13)) + bytes(range(0x20, 0x2c))
AIS = b'\x02' + bytes(range(0x40, 0x50))
recs = [
    sunatm(0x02, 1, 100, SNAP_IP),
    sunatm(0x82, 1, 100, SNAP_IP6),
    sunatm(0x00, 2, 33, SNAP_IP),
    sunatm(0x01, 0, 40, b'\x00\x07' + ETHPKT),
    sunatm(0x81, 0, 40, b'\xff\x00\x01\x01\x00\x06' + b'\x00' * 20),
    sunatm(0x01, 0, 40, b'\xff\x00\x01\x01\x01\x77'),
    sunatm(0x01, 0, 40, b'\x00\x07' + ETHPKT[:10]),
    sunatm(0x02, 0, 5, b'\x09\x03\x00\x12\x34\x05\x80\x00\x10'),
    sunatm(0x02, 0, 5, b'\x09\x03\x00\x12\x34\x99'),
    sunatm(0x02, 0, 5, b'\x77\x00\x00'),
    sunatm(0x02, 0, 2, b'\x00' * 8),
    sunatm(0x02, 0, 1, b'\x00' * 8),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 1, 8, LOOPBACK)),
    sunatm(0x02, 0, 4, oam(0, 4, 0, 1, 8, LOOPBACK, good=False)),
    sunatm(0x02, 0, 4, oam(0, 4, 0, 1, 0, AIS)),
    sunatm(0x02, 0, 4, oam(0, 4, 0, 1, 1, AIS, good=False)),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 1, 4, b'')),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 2, 1, b'')),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 8, 0, b'')),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 15, 3, b'')),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 5, 3, b'')),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 1, 8, LOOPBACK)[:30]),
    sunatm(0x02, 0, 3, oam(0, 3, 0, 1, 0, AIS)[:12]),
    sunatm(0x02, 0, 3, b'\x00\x00'),
    sunatm(0x02, 0, 16, b'\x30\x10\x02\x01\x00'),
    sunatm(0x02, 0, 7, b'\xaa\xaa\x03\x00\x80\xc2\x00\x07' + b'\x00' * 8),
    sunatm(0x02, 1, 7, b'\xfe\xfe\x03\x83\x1b\x01\x00'),
    sunatm(0x02, 1, 7, b'\x42\x42\x03' + b'\x00' * 35),
    sunatm(0x02, 1, 7, b'\x30\x30\xbf'),
    sunatm(0x02, 1, 7, b'\xf0'),
    b'\x02\x01',
    b'',
]
cut = [(sunatm(0x02, 1, 100, SNAP_IP), n) for n in (4, 6, 9, 12, 30)]
pcapfile.write(os.path.join(out, 'atm-sunatm.pcap'), recs + cut, linktype=123)

# RFC 1483 / 2684
recs = [
    SNAP_IP, SNAP_IP6,
    b'\xfe\xfe\x03\xcc' + IPPKT,
    b'\x06\x06\x03' + IPPKT,
    b'\x03\xcc' + IPPKT,
    b'\x03\x83\x1b\x01\x00',
    bytes(range(20)) + SNAP_IP,
    bytes(range(20)) + b'\x30\x30\xbf' + b'\x00' * 10,
    bytes(range(16)),
    b'\xaa\xaa\x03\x00\x00\x00\x12\x34' + b'\x01' * 10,
    b'\xaa\xaa',
]
cut = [(SNAP_IP, n) for n in (2, 3, 5, 8, 20)] + [(bytes(range(20)) + SNAP_IP, 12)]
pcapfile.write(os.path.join(out, 'atm-rfc1483.pcap'), recs + cut, linktype=11)

# Linux Classical IP over ATM
recs = [SNAP_IP, SNAP_IP6, IPPKT, b'\xaa\xaa\x03\x00\x00\x00\x88\xcc\x02', b'\x45\x00', b'\xaa\xaa\x03']
cut = [(SNAP_IP, n) for n in (1, 6, 10)] + [(IPPKT, 8)]
pcapfile.write(os.path.join(out, 'atm-cip.pcap'), recs + cut, linktype=19)

# ARCNET, BSD: src, dst, type [, split flag, seqid [exception: 4 more]]
ARP_BODY = raw(ARP(hwtype=7, ptype=0x0800, hwlen=1, plen=4, op=1, psrc='10.0.0.1', pdst='10.0.0.2',
                   hwsrc=b'\x01'.ljust(6, b'\x00'), hwdst=b'\x00' * 6))[:16]
recs = [
    b'\x01\x02\xf0' + IPPKT,
    b'\x01\x02\xf1' + ARP_BODY,
    b'\x01\x02\x80' + b'\x00' * 6,
    b'\x03\x04\xd4\x00\x00\x07' + IPPKT,
    b'\x03\x04\xc4\x00\x00\x08' + IP6PKT,
    b'\x03\x04\xd5\x00\x00\x09' + ARP_BODY,
    b'\x03\x04\xd6\x00\x00\x09' + ARP_BODY,
    b'\x03\x04\xd4\x03\x12\x34' + IPPKT,
    b'\x03\x04\xd4\x04\x12\x34' + IPPKT[:20],
    b'\x03\x04\xd4\xff\xff\xff\xd4\x00\x56\x78' + IPPKT,
    b'\x03\x04\xd4\xff\xff\xff\xd4\x05\x56\x78' + IPPKT,
    b'\x03\x04\xfa\x00\x00\x01' + b'\xff\xff\x00\x1e' + b'\x00' * 26,
    b'\x03\x04\xdd\x00\x00\x01' + b'\x00\x14\x00\x00\x00\x05\x00\x07\x10\x20\x02\x04\x03' + b'\x40\x00\x00\x01\x00\x00\x00\x00',
    b'\x03\x04\xf7\x00\x00\x01' + b'\x11' * 10,
    b'\x03\x04\xd4\x00',
    b'\x03\x04\xd4\xff\xff\xff\x00',
    b'\x03\x04',
]
pcapfile.write(os.path.join(out, 'atm-arcnet.pcap'), recs, linktype=7)

# Linux ARCNET: src, dst, offset (2), type [, flag, seqid]
recs = [
    b'\x01\x02\x00\x00\xf0' + IPPKT,
    b'\x01\x02\x00\x00\xd4\x00\x00\x01' + IPPKT,
    b'\x01\x02\x00\x00\xc4\x00\x00\x01' + IP6PKT,
    b'\x01\x02\x00\x00\xd5\x00\x00\x01' + ARP_BODY,
    b'\x01\x02\x00\x00\xdd\x00\x00\x01' + b'\x30' * 10,
    b'\x01\x02\x00\x00\xdd\x00\x00\x01' + b'\x00\x14\x00\x00\x00\x05\x00\x07\x10\x20\x02\x04\x03' + b'\x40\x00\x00\x01\x00\x00\x00\x00',
    b'\x01\x02\x00\x00\x99\x00\x00\x01' + b'\x22' * 6,
    b'\x01\x02\x00\x00\xd4\x00',
    b'\x01\x02\x00',
]
pcapfile.write(os.path.join(out, 'atm-arcnet-linux.pcap'), recs, linktype=129)


def ddp(dnet, snet, dnode, snode, dskt, sskt, typ, body):
    return struct.pack('>HHHHBBBBB', 13 + len(body), 0, dnet, snet, dnode, snode, dskt, sskt, typ) + body


def cstr(s):
    return bytes([len(s)]) + s


def nbp_tuple(net, node, skt, enum, obj, typ, zone):
    return struct.pack('>HBBB', net, node, skt, enum) + cstr(obj) + cstr(typ) + cstr(zone)


NBP_LKUP = b'\x21\x07' + nbp_tuple(100, 5, 253, 0, b'printer', b'LaserWriter', b'*')
NBP_BRRQ = b'\x12\x08' + nbp_tuple(101, 6, 2, 3, b'=', b'AFPServer', b'Zone A')
NBP_REPLY = b'\x32\x09' + nbp_tuple(100, 5, 253, 1, b'lw1', b'LaserWriter', b'*') + \
    nbp_tuple(100, 7, 250, 2, b'lw2', b'LaserWriter', b'*')
NBP_BAD = b'\x31\x0a' + struct.pack('>HBBB', 100, 5, 253, 1) + b'\x40' + b'a' * 40
ATP = [b'\x40\x07\x12\x34\x00\x00\x00\x00', b'\x60\x0f\x12\x35\x00\x00\x00\x01extra',
       b'\x58\xa5\x12\x36\x00\x00\x00\x00', b'\x90\x02\x12\x37\xde\xad\xbe\xef' + b'data',
       b'\xa8\x01\x12\x38\x00\x00\x00\x00', b'\xc0\x03\x12\x39\x00\x00\x00\x00',
       b'\xf8\xff\x12\x3a\x00\x00\x00\x00', b'\x00\x00\x12\x3b\x00\x00\x00\x00']
bodies = [(2, NBP_LKUP), (2, NBP_BRRQ), (2, NBP_REPLY), (2, NBP_BAD), (2, b'\x21\x07\x00'),
          (2, b'\x51\x07' + b'\x00' * 8)] + [(3, a) for a in ATP] + \
    [(3, b'\x40\x00'), (1, b'\x00' * 4), (4, b'\x01abc'), (5, b''), (22, b''), (23, b''), (0x4b, b''),
     (99, b'zz')]
ltalk = [b'\x02\x01\x02' + ddp(100, 200, 2, 1, 2, 253, t, b) for t, b in bodies]
ltalk += [b'\x02\x01\x02' + ddp(100, 200, 255, 1, 4, 6, 4, b'\x01'),
          b'\x05\x06\x01' + struct.pack('>HBBB', 9, 2, 253, 2) + NBP_LKUP,
          b'\x05\x06\x01' + struct.pack('>HBBB', 9, 4, 4, 3) + ATP[3],
          b'\x05\x06\x01\x00', b'\x05\x06\x02' + b'\x00' * 5, b'\x05\x06\x4b\x00\x00', b'\x05\x06']
ltalk += [(b'\x02\x01\x02' + ddp(100, 200, 2, 1, 2, 253, 2, NBP_REPLY), n) for n in (2, 10, 16, 20, 30, 45)]
ltalk += [(b'\x05\x06\x01' + struct.pack('>HBBB', 9, 2, 253, 2) + NBP_LKUP, 6)]
pcapfile.write(os.path.join(out, 'atm-ltalk.pcap'), ltalk, linktype=114)

E = Ether(src='00:11:22:33:44:55', dst='09:00:07:ff:ff:ff')
eth = [raw(E / Raw(b'')) [:12] + b'\x80\x9b' + ddp(100, 200, 2, 1, 2, 253, t, b) for t, b in bodies[:8]]
eth += [raw(E)[:12] + struct.pack('>H', 13 + 8 + 8 + len(NBP_LKUP)) + b'\xaa\xaa\x03\x08\x00\x07\x80\x9b' +
        ddp(100, 200, 2, 1, 2, 253, 2, NBP_LKUP)]
eth += [raw(E)[:12] + b'\x80\x9b' + b'\x00' * 5, (raw(E)[:12] + b'\x80\x9b' + ddp(1, 2, 3, 4, 5, 6, 3, ATP[0]), 20)]
pcapfile.write(os.path.join(out, 'atm-ethertalk.pcap'), eth)

# KIP: LLAP in UDP on the AppleTalk ports
kip = [raw(Ether() / IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=16512 + i, dport=200) /
           Raw(b'\x02\x01\x02' + ddp(100, 200, 2, 1, 2, 253, t, b))) for i, (t, b) in enumerate(bodies[:4])]
kip += [raw(Ether() / IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=1000, dport=770) / Raw(b'\x02\x01\x01abc'))]
pcapfile.write(os.path.join(out, 'atm-kip.pcap'), kip)
