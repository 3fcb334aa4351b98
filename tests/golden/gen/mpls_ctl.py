#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""MPLS control-plane golden inputs: LDP (UDP hello, TCP initialization,
address, label mapping with prefix and pseudowire FECs, notification,
unknown messages and TLVs), and broken copies: short PDU and message
lengths, TLVs past their message, short TLV values, a message longer than
its PDU, truncated captures. LSP ping: echo requests and replies with
every Target FEC Stack sub-TLV, downstream mappings of each address type,
BFD discriminator, vendor and unknown TLVs; broken: bad version, short
header, sub-TLVs of the wrong length or past their TLV, padding past the
end, TLVs past the packet, cut captures. LMP: config, hello, begin
verify, TE and data links with subobjects, channel status, error codes,
service config, unknown objects; broken: bad version, short and long
message lengths, objects too short, not a multiple of 4, of the wrong
length or past the message, cut captures.
Usage: mpls_ctl.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import Ether, IP, UDP, TCP, RawPcapWriter, raw

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T0 = 1700000000
MA, MB = '00:11:22:33:44:55', '00:aa:bb:cc:dd:ee'


def wpcap(name, recs, linktype=1):
    """recs: list of bytes or (bytes, caplen) tuples"""
    w = RawPcapWriter(os.path.join(out, name), linktype=linktype, snaplen=262144)
    w.write_header(None)
    for i, r in enumerate(recs):
        data, cap = r if isinstance(r, tuple) else (r, len(r))
        w.write_packet(data[:cap], sec=T0 + i, usec=(i * 1234567) % 1000000,
                       caplen=min(cap, len(data)), wirelen=len(data))
    w.close()


def udp(payload, sport, dport, src='10.0.0.1', dst='10.0.0.2'):
    return raw(Ether(src=MA, dst=MB) / IP(src=src, dst=dst, ttl=1) /
               UDP(sport=sport, dport=dport) / payload)


def tcp(payload, sport, dport, src='10.0.0.1', dst='10.0.0.2'):
    return raw(Ether(src=MA, dst=MB) / IP(src=src, dst=dst) /
               TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=2000) / payload)


# ---- LDP -----------------------------------------------------------------

def ldp_tlv(t, v, u=0, f=0):
    return struct.pack('>HH', (u << 15) | (f << 14) | t, len(v)) + v


def ldp_msg(t, tlvs, mid=1, u=0, length=None):
    body = struct.pack('>I', mid) + tlvs
    return struct.pack('>HH', (u << 15) | t, len(body) if length is None else length) + body


def ldp_pdu(msgs, lsr='10.1.0.2', space=0, version=1, length=None):
    body = bytes(map(int, lsr.split('.'))) + struct.pack('>H', space) + msgs
    return struct.pack('>HH', version, len(body) if length is None else length) + body


IP4 = lambda a: bytes(map(int, a.split('.')))
hello = ldp_msg(0x100, ldp_tlv(0x400, struct.pack('>HH', 15, 0xc000)) +
                ldp_tlv(0x401, IP4('10.1.0.2')) + ldp_tlv(0x402, struct.pack('>I', 7)) +
                ldp_tlv(0x403, bytes(range(16))), mid=0x11970)
init = ldp_msg(0x200, ldp_tlv(0x500, struct.pack('>HHBBHI', 1, 30, 0, 0, 0xc000, 0) +
                              IP4('10.9.9.9') + b'\0\0') +
               ldp_tlv(0x503, struct.pack('>HHII', 0x800f, 0, 120000, 0)), mid=2)
keep = ldp_msg(0x201, b'', mid=3)
addr = ldp_msg(0x300, ldp_tlv(0x101, struct.pack('>H', 1) + IP4('10.1.0.2') + IP4('192.0.2.1')) +
               ldp_tlv(0x101, struct.pack('>H', 2) + bytes(16)) +
               ldp_tlv(0x101, struct.pack('>H', 77) + b'\1\2\3'), mid=4)
pwparms = (bytes([1, 4]) + struct.pack('>H', 1500) + bytes([3, 6]) + b'ab\x01c' +
           bytes([0x0c, 4, 0x03, 0x06]) + bytes([0x22, 3, 0x99]))
mapping = ldp_msg(0x400, ldp_tlv(0x100, b'\x02\x00\x01\x18\xc0\x00\x02') +
                  ldp_tlv(0x100, b'\x02\x00\x02\x40' + bytes(8)) +
                  ldp_tlv(0x100, b'\x02\x00\x01\x21\0\0\0\0\0') +
                  ldp_tlv(0x100, b'\x02\x00\x09\x08\x01') +
                  ldp_tlv(0x100, b'\x01') + ldp_tlv(0x100, b'\x03') +
                  ldp_tlv(0x100, b'\x80' + struct.pack('>HBII', 0x8005, 4 + len(pwparms), 9, 100) +
                          pwparms) +
                  ldp_tlv(0x100, b'\x80' + struct.pack('>HBI', 0x0004, 0, 9)) +
                  ldp_tlv(0x100, b'\x80' + struct.pack('>HBII', 0x0004, 2, 9, 5)) +
                  ldp_tlv(0x200, struct.pack('>I', 16)) + ldp_tlv(0x601, struct.pack('>H', 9000)),
                  mid=5)
notif = ldp_msg(0x001, ldp_tlv(0x300, struct.pack('>II', 0xc0000001, 4), u=1) +
                ldp_tlv(0x300, struct.pack('>II', 0x19, 0)), mid=6, u=1)
unknown = (ldp_msg(0x401, ldp_tlv(0x100, b'\x01'), mid=7) +
           ldp_msg(0x3e10, b'\xde\xad', mid=8) +
           ldp_msg(0x400, ldp_tlv(0x103, b'\x05') + ldp_tlv(0x3f00, b'\x01\x02', u=1, f=1), mid=9))
ldp = [udp(ldp_pdu(hello), 646, 646, dst='224.0.0.2'),
       tcp(ldp_pdu(init + keep), 33000, 646),
       tcp(ldp_pdu(addr), 646, 33000),
       tcp(ldp_pdu(mapping), 646, 33000),
       tcp(ldp_pdu(notif), 646, 33000),
       tcp(ldp_pdu(unknown), 646, 33000),
       tcp(ldp_pdu(keep) + ldp_pdu(keep, lsr='10.1.0.3', space=2), 646, 33000)]
wpcap('ldp.pcap', ldp)

short = lambda t, v, n: ldp_tlv(t, v[:n])
bad = [udp(ldp_pdu(hello, version=2), 646, 646),
       udp(ldp_pdu(hello, length=4), 646, 646),
       udp(ldp_pdu(ldp_msg(0x100, b'', length=2)), 646, 646),
       udp(ldp_pdu(ldp_msg(0x100, ldp_tlv(0x400, b'\0' * 20)[:4] + b'\0\0', length=10)), 646, 646),
       udp(ldp_pdu(ldp_msg(0x100, short(0x400, b'\0\1\0\0', 2) + short(0x401, b'\1\1\1\1', 3) +
                           short(0x403, bytes(16), 8) + short(0x402, b'\0\0\0\1', 1) +
                           short(0x101, b'\0', 1) + short(0x500, bytes(8), 4) +
                           short(0x100, b'', 0) + short(0x100, b'\x02\x00', 2) +
                           short(0x100, b'\x80\0\0\0\0\0\0', 5) +
                           short(0x100, b'\x80\0\5\4\0\0\0\0\0\0', 10) +
                           ldp_tlv(0x100, b'\x80\0\5\x20' + bytes(7)) +
                           short(0x200, b'\0\0', 2) + short(0x300, bytes(8), 6) +
                           short(0x503, bytes(12), 8) + short(0x601, b'\0', 1))), 646, 646),
       udp(ldp_pdu(hello, length=200), 646, 646),
       udp(ldp_pdu(ldp_msg(0x100, b'', length=300)), 646, 646),
       udp(ldp_pdu(hello)[:18], 646, 646),
       tcp(ldp_pdu(mapping), 646, 33000)[:120],
       (tcp(ldp_pdu(mapping), 646, 33000), 100),
       (udp(ldp_pdu(hello), 646, 646), 62),
       (udp(ldp_pdu(hello), 646, 646), 44)]
wpcap('ldp-bad.pcap', bad)


# ---- LSP ping ------------------------------------------------------------

def lsp_tlv(t, v, pad=True):
    b = struct.pack('>HH', t, len(v)) + v
    return b + b'\0' * (-len(v) % 4 if pad else 0)


def lsp(tlvs=b'', mtype=1, mode=2, rc=0, sub=0, seq=1, rcvd=(0, 0), version=1):
    return (struct.pack('>HHBBBBII', version, 0, mtype, mode, rc, sub, 0x1234abcd, seq) +
            struct.pack('>IIII', 3900000000, 0x80000000, *rcvd) + tlvs)


RD0 = struct.pack('>HHI', 0, 65000, 7)
RD1 = struct.pack('>H', 1) + IP4('10.0.0.9') + struct.pack('>H', 3)
IP6 = bytes.fromhex('20010db8000000000000000000000001')
# tcpdump reads each sub-TLV after the first 4 bytes early: one per stack
fecs = (lsp_tlv(1, IP4('10.9.0.0') + b'\x10') + lsp_tlv(2, IP6 + b'\x40') +
        lsp_tlv(3, IP4('10.0.0.8') + struct.pack('>HH', 0, 7) + IP4('10.0.0.4') +
                IP4('10.0.0.1') + struct.pack('>HH', 0, 0x21)) +
        lsp_tlv(4, IP6 + struct.pack('>HH', 0, 7) + IP6 + IP6 + struct.pack('>HH', 0, 9)) +
        lsp_tlv(6, RD0 + IP4('192.0.2.0') + b'\x18') + lsp_tlv(7, RD1 + IP6 + b'\x30') +
        lsp_tlv(8, RD0 + struct.pack('>HHH', 1, 2, 5)) +
        lsp_tlv(9, IP4('10.0.0.2') + struct.pack('>IH', 100, 4)) +
        lsp_tlv(10, IP4('10.0.0.1') + IP4('10.0.0.2') + struct.pack('>IH', 101, 0x40)) +
        lsp_tlv(12, IP4('10.8.0.0') + b'\x0f') + lsp_tlv(13, IP6 + b'\x80') +
        lsp_tlv(11, b'\1\2\3') + lsp_tlv(5, b''))
fec_list = []
i = 0
while i < len(fecs):
    n = 4 + struct.unpack('>H', fecs[i + 2:i + 4])[0]
    n += -n % 4
    fec_list.append(fecs[i:i + n])
    i += n
ds4 = struct.pack('>HBB', 1500, 1, 0) + IP4('10.0.0.6') + IP4('10.0.0.5') + b'\x00\x00\x00\x00'
ds4u = struct.pack('>HBB', 1500, 2, 0) + IP4('10.0.0.6') + struct.pack('>I', 17) + bytes(4)
ds6 = struct.pack('>HBB', 9000, 3, 0) + IP6 + IP6 + bytes(4) + b'\x00\x06\x41\x01'
ds6u = struct.pack('>HBB', 9000, 4, 0) + IP6 + struct.pack('>I', 18) + bytes(4)
dsx = struct.pack('>HBB', 1500, 9, 0) + bytes(4)
lspp = [udp(lsp(b''.join(lsp_tlv(1, f) for f in fec_list)), 4786, 3503, dst='127.0.0.1'),
        udp(lsp(lsp_tlv(1, fecs)), 4786, 3503),
        udp(lsp(lsp_tlv(2, ds4) + lsp_tlv(2, ds4u) + lsp_tlv(2, ds6) + lsp_tlv(2, ds6u) +
                lsp_tlv(2, dsx), mtype=2, rc=8, sub=1, rcvd=(3900000001, 0x40000000)),
            3503, 4786),
        udp(lsp(lsp_tlv(15, struct.pack('>I', 0xdeadbeef)) + lsp_tlv(5, struct.pack('>I', 9)) +
                lsp_tlv(5, struct.pack('>I', 99999)) + lsp_tlv(3, b'\1' * 9) +
                lsp_tlv(9, b'\2\0\0\0') + lsp_tlv(0xfc00, b'xyz') + lsp_tlv(10, b'\xc0') +
                lsp_tlv(7, bytes(8)) + lsp_tlv(0x7777, b''), mtype=2, rc=3, sub=2), 3503, 4786),
        udp(lsp(mtype=7, mode=9, rc=77), 3503, 4786),
        udp(lsp(lsp_tlv(1, lsp_tlv(1, IP4('10.9.0.0') + b'\x10')), seq=2, rc=13), 4786, 3503)]
wpcap('lspping.pcap', lspp)

lbad = [udp(lsp(version=2), 4786, 3503),
        udp(lsp()[:31], 4786, 3503),
        udp(lsp(lsp_tlv(1, lsp_tlv(1, bytes(6)) + lsp_tlv(2, bytes(5)) + lsp_tlv(3, bytes(4)) +
                        lsp_tlv(4, bytes(20)) + lsp_tlv(6, bytes(4)) + lsp_tlv(7, bytes(4)) +
                        lsp_tlv(8, bytes(4)) + lsp_tlv(9, bytes(4)) + lsp_tlv(10, bytes(4)) +
                        lsp_tlv(12, bytes(4)) + lsp_tlv(13, bytes(4)))), 4786, 3503),
        udp(lsp(lsp_tlv(1, b'\0\1\0')), 4786, 3503),
        udp(lsp(lsp_tlv(1, struct.pack('>HH', 1, 40) + bytes(4))), 4786, 3503),
        udp(lsp(lsp_tlv(1, lsp_tlv(1, bytes(5), pad=False))), 4786, 3503),
        udp(lsp(lsp_tlv(2, b'\0\1') + lsp_tlv(2, struct.pack('>HBB', 1, 1, 0) + bytes(4)) +
                lsp_tlv(2, struct.pack('>HBB', 1, 2, 0) + bytes(8)) +
                lsp_tlv(2, struct.pack('>HBB', 1, 3, 0) + bytes(20)) +
                lsp_tlv(2, struct.pack('>HBB', 1, 4, 0) + bytes(16)) +
                lsp_tlv(15, b'\1') + lsp_tlv(5, b'\1\2')), 3503, 4786),
        udp(lsp(lsp_tlv(15, struct.pack('>I', 1), pad=False)[:6]), 3503, 4786),
        udp(lsp(struct.pack('>HH', 3, 100) + bytes(8)), 3503, 4786),
        udp(lsp(lsp_tlv(3, b'\1\2\3', pad=False)), 3503, 4786),
        udp(lsp(b'\0\1'), 3503, 4786),
        (udp(lsp(lsp_tlv(1, fecs)), 4786, 3503), 120),
        (udp(lsp(lsp_tlv(1, fecs)), 4786, 3503), 70),
        (udp(lsp(lsp_tlv(2, ds6)), 4786, 3503), 90)]
wpcap('lspping-bad.pcap', lbad)


# ---- LMP -----------------------------------------------------------------

def lmp_obj(cls, ctype, v, n=1, length=None):
    return struct.pack('>BBH', (n << 7) | ctype, cls,
                       len(v) + 4 if length is None else length) + v


def lmp(mtype, objs=b'', flags=0, version=1, length=None):
    return struct.pack('>HBBHH', version << 12, flags, mtype,
                       len(objs) + 8 if length is None else length, 0) + objs


def ip4(a):
    return bytes(int(x) for x in a.split('.'))


V6 = bytes.fromhex('20010db8000000000000000000000001')
V6B = bytes.fromhex('20010db8000000000000000000000002')
BW = struct.pack('>f', 125000000.0)
lgood = [
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7)) + lmp_obj(5, 1, struct.pack('>I', 42)) +
            lmp_obj(2, 1, ip4('10.9.0.1')) + lmp_obj(6, 1, struct.pack('>HH', 10, 40))), 701, 701),
    udp(lmp(4, lmp_obj(1, 2, struct.pack('>I', 9), n=0) + lmp_obj(7, 1, struct.pack('>II', 5, 4)),
            flags=3), 701, 701),
    udp(lmp(5, lmp_obj(3, 1, ip4('10.2.0.1')) + lmp_obj(3, 4, V6) + lmp_obj(4, 6, struct.pack('>I', 77)) +
            lmp_obj(8, 1, struct.pack('>HHIBBH', 3, 100, 4, 5, 0, 0x8000) + BW + struct.pack('>I', 1550)) +
            lmp_obj(9, 1, struct.pack('>HH', 30, 2)) + lmp_obj(10, 1, struct.pack(">I", 99))), 40000, 701),
    udp(lmp(14, lmp_obj(11, 1, b'\x03\0\0\0' + ip4('10.3.0.1') + ip4('10.3.0.2')) +
            lmp_obj(11, 2, b'\x01\0\0\0' + V6 + V6B) +
            lmp_obj(12, 1, b'\x07\0\0\0' + ip4('10.4.0.1') + ip4('10.4.0.2') +
                    struct.pack('>BBBB', 1, 12, 150, 8) + BW + BW + struct.pack('>BBHI', 2, 8, 0, 1310)) +
            lmp_obj(12, 3, b'\x02\0\0\0' + struct.pack('>II', 11, 12) + struct.pack('>BBH', 9, 4, 0))),
        701, 701),
    udp(lmp(17, lmp_obj(13, 1, ip4('10.5.0.1') + struct.pack('>I', 0xc0000001) +
                        ip4('10.5.0.2') + struct.pack('>I', 3)) +
            lmp_obj(13, 2, V6 + struct.pack('>I', 0x80000002)) +
            lmp_obj(14, 3, struct.pack('>II', 1, 2))), 701, 701),
    udp(lmp(7, lmp_obj(20, 1, struct.pack('>I', 0x13)) + lmp_obj(20, 2, struct.pack('>I', 0x3c)) +
            lmp_obj(20, 3, struct.pack('>I', 1))), 701, 701),
    udp(lmp(50, lmp_obj(51, 1, b'\x03\x01\0\0') +
            lmp_obj(51, 2, struct.pack('>BBBBHHHH', 5, 7, 7, 1, 1, 4, 2, 8) + ip4('10.6.0.1')) +
            lmp_obj(51, 3, struct.pack('>II', 3, 1)) + lmp_obj(51, 4, b'\0\0\0\x07') +
            lmp_obj(51, 9, b'abcd') + lmp_obj(99, 1, b'\x01\x02\x03\x04')), 701, 701),
    udp(lmp(77, lmp_obj(1, 1, struct.pack('>I', 1))), 701, 701),
]
wpcap('lmp.pcap', lgood)
lbad = [
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7)), version=2), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7)), length=4), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7)), length=200), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, b'', length=2)), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7), length=6)), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>II', 7, 8)) + lmp_obj(6, 1, b'') +
            lmp_obj(12, 1, b'\0' * 8)), 701, 701),
    udp(lmp(14, lmp_obj(12, 1, b'\0' * 12 + struct.pack('>BBH', 1, 2, 0)) +
            lmp_obj(12, 1, b'\0' * 12 + struct.pack('>BBH', 2, 6, 0) + b'\0' * 4) +
            lmp_obj(12, 1, b'\0' * 12 + struct.pack('>BBH', 2, 12, 0))), 701, 701),
    udp(lmp(1, lmp_obj(1, 1, struct.pack('>I', 7)) + lmp_obj(5, 1, struct.pack('>I', 1)),
            length=16), 701, 701),
    (udp(lmp(17, lmp_obj(13, 1, ip4('10.5.0.1') + struct.pack('>I', 1))), 701, 701), 58),
    (udp(lmp(1, b''), 701, 701), 46),
]
wpcap('lmp-bad.pcap', lbad)

# ---- RSVP (IP protocol 46) -----------------------------------------------

def rsvp_obj(cls, ct, body, length=None):
    return struct.pack('>HBB', 4 + len(body) if length is None else length, cls, ct) + body


def rsvp_msg(objs, mtype=1, flags=0, version=1, ttl=64, length=None):
    return struct.pack('>BBHBBH', version << 4 | flags, mtype, 0x1234, ttl, 0,
                       8 + len(objs) if length is None else length) + objs


def rsvp_ip(payload, src='10.0.0.1', dst='10.0.0.2'):
    return raw(Ether(src=MA, dst=MB) / IP(src=src, dst=dst, ttl=64, proto=46) / payload)


def ero_v4(addr, loose=0, flags=0):
    return struct.pack('>BB', loose << 7 | 1, 8) + IP4(addr) + struct.pack('>BB', 32, flags)


r_session = rsvp_obj(1, 7, IP4('10.9.0.1') + struct.pack('>HH', 0, 4) + IP4('10.9.0.2'))
r_hop = rsvp_obj(3, 1, IP4('10.1.2.1') + struct.pack('>I', 0x98006700))
r_time = rsvp_obj(5, 1, struct.pack('>I', 30000))
r_ero = rsvp_obj(20, 1, ero_v4('10.1.2.2') + ero_v4('10.2.3.3', loose=1) +
                 struct.pack('>BBBBI', 3, 8, 1, 1, 1234))
r_rro = rsvp_obj(21, 1, ero_v4('10.1.2.1', flags=9))
r_attr = rsvp_obj(207, 7, struct.pack('>BBBB', 7, 7, 0x06, 6) + b'tunnel' + bytes(2))
r_frr = rsvp_obj(205, 1, struct.pack('>BBBBf', 7, 0, 16, 0, 1.25e6) + struct.pack('>III', 1, 2, 3))
r_frr7 = rsvp_obj(205, 7, struct.pack('>BBBBf', 3, 3, 4, 0, 5e5) + struct.pack('>II', 0xf0, 0x0f))
r_uni = rsvp_obj(229, 1, struct.pack('>HBB', 8, 1, 1) + IP4('192.0.2.1') +
                 struct.pack('>HBB', 16, 4, 0) + struct.pack('>III', 0x80000002, 7, 99) +
                 struct.pack('>HBB', 8, 5, 0) + struct.pack('>I', 3 << 24))
r_style = rsvp_obj(8, 1, struct.pack('>I', 10))
r_ctype = rsvp_obj(66, 1, struct.pack('>I', 3))
r_sess4 = rsvp_obj(1, 1, IP4('10.9.0.9') + struct.pack('>BBH', 17, 1, 5000))
rsvp_ok = [
    rsvp_ip(rsvp_msg(r_session + r_hop + r_time + r_ero + r_attr + r_frr + r_ctype)),
    rsvp_ip(rsvp_msg(r_session + r_hop + r_time + r_style + r_rro, mtype=2, flags=1)),
    rsvp_ip(rsvp_msg(rsvp_obj(22, 1, struct.pack('>II', 0x4a44672b, 0xe86eb75b)) +
                     rsvp_obj(131, 1, struct.pack('>II', 120000, 30000)) +
                     rsvp_obj(134, 1, struct.pack('>I', 0x103)), mtype=20, flags=1)),
    rsvp_ip(rsvp_msg(r_sess4 + r_frr7 + r_uni, mtype=5)),
    rsvp_ip(rsvp_msg(rsvp_msg(r_sess4 + r_hop, mtype=6) + rsvp_msg(r_sess4, mtype=1), mtype=12)),
    rsvp_ip(rsvp_msg(rsvp_obj(99, 3, b'abcd') + rsvp_obj(3, 2, bytes(20)), mtype=3)),
    rsvp_ip(rsvp_msg(bytes(8), mtype=42)),
]
wpcap('rsvp.pcap', rsvp_ok)

rsvp_bad = [
    rsvp_ip(rsvp_msg(b'', version=2)),
    rsvp_ip(rsvp_msg(b'', length=4)),
    rsvp_ip(rsvp_msg(rsvp_obj(1, 1, bytes(8), length=10))),
    rsvp_ip(rsvp_msg(rsvp_obj(1, 1, b'', length=0))),
    rsvp_ip(rsvp_msg(rsvp_obj(1, 7, bytes(12), length=64))),
    rsvp_ip(rsvp_msg(rsvp_obj(1, 7, bytes(4)))),
    rsvp_ip(rsvp_msg(rsvp_obj(20, 1, ero_v4('10.1.1.1') + bytes(4)))),
    rsvp_ip(rsvp_msg(rsvp_obj(20, 1, struct.pack('>BB', 1, 40) + bytes(6)))),
    rsvp_ip(rsvp_msg(rsvp_obj(20, 1, struct.pack('>BB', 1, 6) + bytes(6)))),
    rsvp_ip(rsvp_msg(rsvp_obj(229, 1, struct.pack('>HBB', 2, 1, 1) + bytes(4)))),
    rsvp_ip(rsvp_msg(rsvp_obj(229, 1, struct.pack('>HBB', 6, 1, 1) + bytes(2)))),
    rsvp_ip(rsvp_msg(rsvp_obj(229, 1, struct.pack('>HBB', 4, 3, 0) + struct.pack('>HBB', 4, 9, 4)))),
    rsvp_ip(rsvp_msg(rsvp_obj(207, 7, struct.pack('>BBBB', 0, 0, 0, 40)))),
    rsvp_ip(rsvp_msg(rsvp_msg(r_sess4, length=60), mtype=12)),
    (rsvp_ip(rsvp_msg(r_session + r_hop + r_ero)), 70),
    (rsvp_ip(rsvp_msg(r_session)), 38),
]
wpcap('rsvp-bad.pcap', rsvp_bad)
