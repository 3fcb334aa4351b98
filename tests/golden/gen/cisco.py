#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Cisco SNAP and AoE golden inputs: DTP (PID 0x2004) with every TLV, a
zero type, lying and short TLV lengths; UDLD (PID 0x0111) with every TLV,
a TLV length that would loop, a length past the end, wrong interval and
sequence lengths; VTP (PID 0x2003) summary, subset (VLAN records with
TLVs, bad name padding, TLV lengths), request and join messages, a bad
domain length; ATA over Ethernet (EtherType 0x88a2) ATA, config query,
MAC mask list and reserve commands, error flag, lying counts and lengths;
VQP (UDP 1589) requests and responses with every object, unknown objects,
bad versions and lengths; OTV (UDP 8472) with an inner frame, short.
Truncated copies of each.
Usage: cisco.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

from scapy.all import Ether, IP, UDP, ICMP, raw  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T0 = 1700000000
SRC = bytes.fromhex('001122334455')
CDP_MC = bytes.fromhex('01000ccccccc')
BCAST = b'\xff' * 6


def snap(pid, payload):
    """802.3 + LLC/SNAP Cisco frame, padded to 60 bytes"""
    llc = b'\xaa\xaa\x03\x00\x00\x0c' + struct.pack('>H', pid) + payload
    f = CDP_MC + SRC + struct.pack('>H', len(llc)) + llc
    return f + b'\x00' * max(0, 60 - len(f))


def ether(etype, payload):
    f = BCAST + SRC + struct.pack('>H', etype) + payload
    return f + b'\x00' * max(0, 60 - len(f))


def wpcap(name, frames, cut=None):
    recs = frames if cut is None else [(f, min(len(f), cut)) for f in frames]
    pcapfile.write(os.path.join(out, name), recs, 1, T0)


def tlv2(t, v):
    return struct.pack('>HH', t, len(v) + 4) + v


# ---- DTP ----
dtp = [
    snap(0x2004, b'\x01' + tlv2(1, b'Lab\x00') + tlv2(2, b'\x03') + tlv2(3, b'\xa5') +
         tlv2(4, bytes.fromhex('00112233aabb')) + tlv2(9, b'xy')),
    snap(0x2004, b'\x01' + tlv2(1, b'dom') + b'\x00\x00\x00\x05zzzz'),       # zero type ends
    snap(0x2004, b'\x01' + struct.pack('>HH', 1, 200) + b'abcd'),           # length past end
    snap(0x2004, b'\x01' + struct.pack('>HH', 5, 2)),                       # length < 4
    snap(0x2004, b'\x01' + tlv2(2, b'\x03\x04')),                           # status length
    snap(0x2004, b'\x01' + tlv2(4, b'\x00\x11')),                           # neighbor length
    snap(0x2004, b'\x01' + tlv2(1, b'ab') + b'\x00\x01'),                   # 2 bytes remain
]
# ---- UDLD ----
udld = [
    snap(0x0111, bytes([0x21, 0x03]) + b'\x6d\x85' + tlv2(1, b'FOX0001') +
         tlv2(2, b'Gi0/1') + tlv2(3, b'\x00\x00\x00\x01ECHO\x01') + tlv2(4, b'\x07') +
         tlv2(5, b'\x05') + tlv2(6, b'switch-a') + tlv2(7, struct.pack('>I', 42)) +
         tlv2(0x99, b'qq')),
    snap(0x0111, bytes([0x42, 0xfc]) + b'\x00\x01' + struct.pack('>HH', 1, 4) + b'zzzzzzzz'),
    snap(0x0111, bytes([0x23, 0x00]) + b'\x00\x01' + struct.pack('>HH', 6, 300) + b'name'),
    snap(0x0111, bytes([0x21, 0x01]) + b'\x00\x01' + tlv2(4, b'\x07\x08')),
    snap(0x0111, bytes([0x21, 0x01]) + b'\x00\x01' + tlv2(7, b'\x07\x08')),
    snap(0x0111, bytes([0x21, 0x01]) + b'\x00\x01' + tlv2(1, b'a') + b'\x00\x02'),
    snap(0x0111, bytes([0x21])),
]


# ---- VTP ----
def vtp_hdr(code, b3, dom=b'cisco', ver=1, dlen=None):
    d = dom + b'\x00' * (32 - len(dom))
    return bytes([ver, code, b3, len(dom) if dlen is None else dlen]) + d


def vlan(vid, name, tlvs=b'', status=0, vtype=1, pad=None):
    padded = name + b'\x00' * ((4 - len(name) % 4) % 4 if pad is None else pad)
    rec = struct.pack('>BBBBHHI', 0, status, vtype, len(name), vid, 1500, 100000 + vid) + padded + tlvs
    return bytes([len(rec)]) + rec[1:]


vtp = [
    snap(0x2003, vtp_hdr(1, 1) + struct.pack('>I', 7) + bytes([10, 1, 2, 3]) +
         b'930301000900' + bytes(range(16))),
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) +
         vlan(1, b'default') +
         vlan(1002, b'fddi-default', b'\x06\x01\x00\x01\x09\x01\x00\x07\x03\x01\x00\x02',
              status=1, vtype=2) +
         vlan(1005, b'trbrf', b'\x07\x01\x00\x01\x0a\x01\x00\x00\x01\x01\x00\x05', vtype=5) +
         b'\x00'),
    snap(0x2003, vtp_hdr(3, 0) + struct.pack('>I', 1)),
    snap(0x2003, vtp_hdr(4, 0)),
    snap(0x2003, vtp_hdr(9, 0)),
    snap(0x2003, vtp_hdr(1, 0, dlen=0)),
    snap(0x2003, vtp_hdr(1, 0, dlen=40)),
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) + b'\x08' + b'\x00' * 7),  # record < 12
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) + vlan(3, b'abcdefgh', pad=0)[:1] +
         vlan(3, b'abcdefgh')[1:12] + b'abcd'),                                   # name past len
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) + vlan(4, b'v4', b'\x06\x05\x00\x01')),
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) + vlan(4, b'v4', b'\x06\x02\x00\x01\x00\x02')),
    snap(0x2003, vtp_hdr(2, 1) + struct.pack('>I', 7) + vlan(4, b'v4', b'\x06')),
    snap(0x2003, vtp_hdr(1, 1)[:20]),
]


# ---- AoE ----
def aoe(flags, cmd, arg, err=0, major=0x0102, minor=3, tag=0x11223344):
    return ether(0x88a2, bytes([0x10 | flags, err]) + struct.pack('>HBBI', major, minor, cmd, tag) + arg)


aoe_f = [
    aoe(0, 0, bytes([0x53, 0, 2, 0x20, 1, 2, 3, 4, 5, 6, 0, 0]) + b'D' * 20),
    aoe(8, 0, bytes([0x00, 0, 2, 0x20, 1, 2, 3, 4, 5, 6, 0, 0])),
    aoe(0, 0, bytes([0x53, 0, 2])),
    aoe(8, 1, struct.pack('>HHBBH', 16, 0x4019, 2, 0x10, 9) + b'shelf-1/0'),
    aoe(8, 1, struct.pack('>HHBBH', 16, 0x4019, 2, 0x1f, 9) + b'ab'),
    aoe(0, 1, struct.pack('>HHBBH', 16, 0x4019, 2, 0x12, 2000)),
    aoe(0, 2, bytes([0, 1, 0, 2]) + bytes([0, 1]) + bytes.fromhex('00aabbccddee') +
        bytes([0, 7]) + bytes.fromhex('001122334466')),
    aoe(0, 2, bytes([0, 9, 9, 5]) + b'\x00' * 8),
    aoe(0, 3, bytes([1, 2]) + bytes.fromhex('00aabbccddee001122334466')),
    aoe(0, 3, bytes([7, 3]) + bytes.fromhex('00aabbccddee001122334466')),
    aoe(0, 3, bytes([1, 1, 9])),
    aoe(0xc, 0x7f, b'', err=3),
    aoe(4, 1, b'', err=42),
    ether(0x88a2, bytes([0x20, 0, 0, 0])),
    ether(0x88a2, bytes([0x10, 0, 0])),
]



# ---- VQP ----
def udp(port, payload, sport=40000):
    return raw(Ether(src='00:11:22:33:44:55', dst='00:aa:bb:cc:dd:ee') /
               IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=sport, dport=port) / payload)


def vobj(t, v, ln=None):
    return struct.pack('>IH', t, len(v) if ln is None else ln) + v


vqp_objs = (vobj(0xc01, bytes([10, 0, 0, 9])) + vobj(0xc02, b'Fa0/1') +
            vobj(0xc04, b'dom') + vobj(0xc05, b'pkt\x00xx') + vobj(0xc06, bytes(6)) +
            vobj(0xc08, bytes.fromhex('00aabbccddee')) + vobj(0x1234, b'abcd') +
            vobj(0xc03, b''))
vqp = [
    udp(1589, bytes([1, 1, 0, 9]) + struct.pack('>I', 0x1000) + vqp_objs),
    udp(1589, bytes([1, 2, 3, 2]) + struct.pack('>I', 2) + vobj(0xc03, b'vlan10') +
        vobj(0xc08, bytes.fromhex('00aabbccddee')), sport=1589),
    udp(1589, bytes([1, 9, 9, 2]) + struct.pack('>I', 3) + vobj(0xc01, b'abc')),
    udp(1589, bytes([1, 3, 5, 2]) + struct.pack('>I', 4) + vobj(0xc06, b'ab')),
    udp(1589, bytes([1, 4, 0, 3]) + struct.pack('>I', 5) + vobj(0xc02, b'ab', ln=90)),
    udp(1589, bytes([1, 4, 0, 3]) + struct.pack('>I', 5) + b'\x00\x00'),
    udp(1589, bytes([2, 1, 0, 0]) + struct.pack('>I', 6)),
    udp(1589, bytes([1, 1, 0])),
]
# ---- OTV ----
inner = raw(Ether(src='00:01:02:03:04:05', dst='00:06:07:08:09:0a') /
            IP(src='192.168.1.1', dst='192.168.1.2') / ICMP())
otv = [
    udp(8472, bytes([0x08, 0, 0, 5, 0, 0, 7, 0]) + inner),
    udp(8472, bytes([0x00, 1, 2, 3, 4, 5, 6, 0]) + inner, sport=8472),
    udp(8472, bytes([0x08, 0, 0, 5, 0])),
]

wpcap('cisco-vqp.pcap', vqp)
wpcap('cisco-vqp-cut.pcap', vqp, 56)
wpcap('cisco-otv.pcap', otv)
wpcap('cisco-otv-cut.pcap', otv, 60)
wpcap('cisco-dtp.pcap', dtp)
wpcap('cisco-dtp-cut.pcap', dtp, 28)
wpcap('cisco-udld.pcap', udld)
wpcap('cisco-udld-cut.pcap', udld, 32)
wpcap('cisco-vtp.pcap', vtp)
wpcap('cisco-vtp-cut.pcap', vtp, 70)
wpcap('cisco-aoe.pcap', aoe_f)
wpcap('cisco-aoe-cut.pcap', aoe_f, 30)
