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
bad versions and lengths; OTV (UDP 8472) with an inner frame, short;
CFM (EtherType 0x8902, old 0xabcd): CCM with every MD and MA name format,
LTM, LTR, loopback and unknown opcodes, sender ID (chassis and management
address), status and organization TLVs, bad offsets and TLV lengths.
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


# ---- CFM ----
def cfm(op, flags, fixed, tlvs=b'', off=None, mdl=5, etype=0x8902):
    return ether(etype, bytes([mdl << 5, op, flags, len(fixed) if off is None else off]) +
                 fixed + tlvs)


def ctlv(t, v, ln=None):
    return bytes([t]) + struct.pack('>H', len(v) if ln is None else ln) + v


def ccm_names(mdf, md, maf, ma):
    n = bytes([mdf]) + (b'' if mdf == 1 else bytes([len(md)]) + md) + bytes([maf, len(ma)]) + ma
    return n + b'\x00' * (48 - len(n))


def ccm(names, ival=4):
    return struct.pack('>IH', 0x1234, 7) + names + b'\x00' * 16


sender = ctlv(1, bytes([6, 4]) + bytes.fromhex('00aabbccddee') + bytes([3]) + b'\x2b\x06\x01' +
              bytes([4]) + bytes([10, 0, 0, 1]))
cfm_f = [
    cfm(1, 0x84, ccm(ccm_names(4, b'mdname', 2, b'ma-1')),
        ctlv(2, b'\x02') + ctlv(3, b'\x01') + sender + b'\x00'),
    cfm(1, 0x01, ccm(ccm_names(1, b'', 3, b'\x00\x05')), ctlv(31, b'\x00\x12\x0f\x01ab') + b'\x00'),
    cfm(1, 0x07, ccm(ccm_names(3, bytes.fromhex('00aabbccddee0001'), 0, b'xy')), b'\x00'),
    cfm(1, 0x03, ccm(ccm_names(3, bytes.fromhex('00aabbccddee'), 2, b'm')), b'\x00'),
    cfm(1, 0x03, ccm(ccm_names(0, b'\x01\x02', 1, b'\x00\x0a')), b'\x00'),
    cfm(1, 0x03, ccm(bytes([4, 47]) + b'x' * 46), b'\x00'),
    cfm(1, 0x03, ccm(bytes([1, 2, 50]) + b'x' * 45), b'\x00'),
    cfm(1, 0, ccm(ccm_names(4, b'a', 2, b'b')), off=20),
    cfm(5, 0x80, struct.pack('>IB', 9, 64) + bytes.fromhex('00aabbccddee001122334455'),
        ctlv(7, b'\x01\x02') + b'\x00'),
    cfm(4, 0x60, struct.pack('>IBB', 9, 63, 1), ctlv(5, b'\x01' + bytes(6)) +
        ctlv(6, b'\x02' + bytes(6)) + b'\x00'),
    cfm(4, 0, struct.pack('>IBB', 9, 63, 1), off=3),
    cfm(3, 0, struct.pack('>I', 77), ctlv(4, b'datadata') + b'\x00'),
    cfm(2, 0, struct.pack('>I', 77), ctlv(1, bytes([4, 5, 1, 10, 0, 0, 2])) +
        ctlv(1, bytes([3, 5, 2, 1, 2])) + ctlv(1, bytes([2, 4, 0xaa])) + b'\x00', etype=0xabcd),
    cfm(2, 0, struct.pack('>I', 77), ctlv(1, bytes([0, 2, 1, 2])) + ctlv(1, b'') +
        ctlv(1, bytes([9, 2])) + b'\x00'),
    cfm(2, 0, struct.pack('>I', 77), ctlv(1, bytes([0, 2, 1, 2, 9])) + b'\x00'),
    cfm(2, 0, struct.pack('>I', 77), ctlv(2, b'') + b'\x00'),
    cfm(2, 0, struct.pack('>I', 77), ctlv(31, b'ab') + b'\x00'),
    cfm(2, 0, struct.pack('>I', 77), ctlv(4, b'ab', ln=300)),
    cfm(0x77, 0, b'\x01\x02\x03', b'\x09\x00'),
    cfm(1, 0, b'', off=200),
    ether(0x8902, bytes([0x03, 1, 0, 0])),
]
cfm_f = [f[:14 + 200] for f in cfm_f]

wpcap('cisco-cfm.pcap', cfm_f)
wpcap('cisco-cfm-cut.pcap', cfm_f, 50)
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
