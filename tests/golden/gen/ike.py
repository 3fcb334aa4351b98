#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""IKE golden inputs: IKEv1 main/quick mode exchanges (SA, proposals,
transforms with basic and variable attributes for ISAKMP, ESP, AH and
IPComp; KE, nonce, IDs of every address type, cert, cr, hash, sig,
notifications, deletes, vendor IDs; encrypted messages; initiator and
responder seen from both addresses, over IPv4 and IPv6), IKEv2 exchanges
(SA/proposal/transform, KE, nonce, notify types, IDs, auth, vendor ID,
traffic selectors, the encrypted payload, critical bits), UDP 4500 with the
non-ESP marker, ESP and NAT keep-alives, and broken messages: zero and
lying payload lengths, proposals and transforms longer than their holder,
attributes past their transform, unknown payload types and versions,
header lengths that disagree, truncated captures.
Usage: ike.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import Ether, IP, IPv6, UDP, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

A, B = '10.1.1.1', '10.2.2.2'
A6, B6 = '2001:db8::1', '2001:db8::2'
ICK = bytes.fromhex('a1a2a3a4a5a6a7a8')
RCK = bytes.fromhex('b1b2b3b4b5b6b7b8')
Z8 = b'\x00' * 8


def wpcap(name, recs):
    pcapfile.write(os.path.join(out, name), recs)


def gen(np, body, crit=0, length=None):
    """a generic payload header and body"""
    n = 4 + len(body) if length is None else length
    return struct.pack('>BBH', np, crit, n) + body


def chain(items):
    """items: (type, body[, crit[, length]]); links each to the next's type"""
    outb = b''
    for i, it in enumerate(items):
        nxt = items[i + 1][0] if i + 1 < len(items) else 0
        outb += gen(nxt, *it[1:])
    return (items[0][0] if items else 0), outb


def isakmp(items, ick=ICK, rck=Z8, ver=0x10, etype=2, flags=0, msgid=0, hlen=None, np=None):
    first, body = chain(items)
    if np is not None:
        first = np
    n = 28 + len(body) if hlen is None else hlen
    return ick + rck + struct.pack('>BBBBII', first, ver, etype, flags, msgid, n) + body


def udp4(payload, src=A, dst=B, sport=500, dport=500):
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') /
               IP(src=src, dst=dst, id=1) / UDP(sport=sport, dport=dport) / payload)


def udp6(payload, src=A6, dst=B6, sport=500, dport=500):
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') /
               IPv6(src=src, dst=dst) / UDP(sport=sport, dport=dport) / payload)


def tv(t, v):
    return struct.pack('>HH', 0x8000 | t, v)


def tlv(t, data):
    return struct.pack('>HH', t, len(data)) + data


def v1_transform(no, tid, attrs):
    return struct.pack('>BBH', no, tid, 0) + attrs


def v1_proposal(no, proto, transforms, spi=b''):
    """transforms: list of transform bodies; chained with next payload 3"""
    tb = b''
    for i, t in enumerate(transforms):
        tb += gen(3 if i + 1 < len(transforms) else 0, t)
    return struct.pack('>BBBB', no, proto, len(spi), len(transforms)) + spi + tb


def v1_sa(proposals, sit=1, doi=1):
    pb = b''
    for i, p in enumerate(proposals):
        pb += gen(2 if i + 1 < len(proposals) else 0, p)
    return struct.pack('>II', doi, sit) + pb


OAKLEY = (tv(1, 7) + tv(14, 128) + tv(2, 2) + tv(4, 2) + tv(3, 1) + tv(11, 1)
          + tlv(12, b'\x00\x01\x51\x80') + tv(30, 5))


def v1_id(idtype, data, proto=17, port=500):
    return struct.pack('>BBH', idtype, proto, port) + data


def v1_n(ntype, spi=b'', data=b'', doi=1, proto=1):
    return struct.pack('>IBBH', doi, proto, len(spi), ntype) + spi + data


def v1_d(spis, spi_size=4, doi=1, proto=3):
    return struct.pack('>IBBH', doi, proto, spi_size, len(spis)) + b''.join(spis)


# ---- IKEv1 --------------------------------------------------------------------

main1 = isakmp([(1, v1_sa([v1_proposal(1, 1, [v1_transform(1, 1, OAKLEY),
                                               v1_transform(2, 1, tv(1, 5) + tv(2, 1))])])),
                (13, b'\x4a\x13\x1c\x81\x07\x03\x58\x45\x5c\x57\x28\xf2\x0e\x95\x45\x2f'),
                (13, b'\xaf\xca\xd7\x13\x68\xa1\xf1\xc9\x6b\x86\x96\xfc\x77\x57\x01\x00')])
main2 = isakmp([(1, v1_sa([v1_proposal(1, 1, [v1_transform(1, 1, OAKLEY)])])),
                (13, b'\x4a\x13\x1c\x81\x07\x03\x58\x45')], rck=RCK)
main3 = isakmp([(4, bytes(range(64))), (10, bytes(range(100, 124))),
                (20, b'\x01' * 20), (20, b'\x02' * 20)], rck=RCK)
main4 = isakmp([(5, b'')], rck=RCK, flags=1)
ids = isakmp([(5, v1_id(1, bytes([192, 0, 2, 1]))),
              (5, v1_id(2, b'vpn.example.com', proto=0, port=0)),
              (5, v1_id(3, b'me@example.com\x01')),
              (5, v1_id(4, bytes([192, 0, 2, 0, 255, 255, 255, 0]), proto=6)),
              (5, v1_id(5, bytes.fromhex('20010db8000000000000000000000001'))),
              (5, v1_id(6, bytes.fromhex('20010db8' + '00' * 12 + 'ffffffff' + '00' * 12))),
              (5, v1_id(7, bytes([10, 0, 0, 1, 10, 0, 0, 9]))),
              (5, v1_id(8, bytes.fromhex('20010db8' + '00' * 11 + '01' + '20010db8' + '00' * 11 + 'ff'))),
              (5, v1_id(9, b'\x30\x03\x31\x01\x00')),
              (5, v1_id(11, b'keyid')),
              (5, v1_id(1, b'\x01\x02')),
              (5, v1_id(6, b'\x00' * 20)),
              (5, v1_id(42, b'\x01\x02\x03'))], rck=RCK, etype=32, msgid=0x11223344)
certs = isakmp([(6, b'\x04' + b'\x30\x82\x01\x00' * 4), (7, b'\x04'), (7, b'\x63abc'),
                (9, b'\x55' * 24), (8, b'\x66' * 20)], rck=RCK, etype=4)
notes = isakmp([(11, v1_n(24578, spi=ICK + RCK)),
                (11, v1_n(24577, spi=b'\x01\x02\x03\x04', data=b'\x00\x00\x00\x01', proto=3)),
                (11, v1_n(24577, spi=b'\x01\x02\x03\x04', data=b'\x00\x00\x00\x00', proto=3)),
                (11, v1_n(24576, spi=b'\x01\x02\x03\x04', data=tv(11, 1) + tlv(12, b'\x00\x00\x0e\x10'), proto=3)),
                (11, v1_n(14, data=bytes(range(40)))),
                (11, v1_n(8200)), (11, v1_n(16384)), (11, v1_n(16390)), (11, v1_n(40000)),
                (11, v1_n(5, doi=0, proto=2, spi=b'\xaa\xbb')), (11, v1_n(9000, doi=7)),
                (11, v1_n(20000, doi=0)), (11, v1_n(30000, doi=0))],
               rck=RCK, etype=5, msgid=0x0badcafe)
deletes = isakmp([(12, v1_d([b'\x11\x11\x11\x11', b'\x22\x22\x22\x22'])),
                  (12, v1_d([ICK + RCK], spi_size=16, proto=1)),
                  (12, v1_d([b'\x33\x33'], spi_size=2, doi=2, proto=9))],
                 rck=RCK, etype=5, msgid=1, flags=2)
quick = isakmp([(8, b'\x77' * 20),
                (1, v1_sa([v1_proposal(1, 3, [v1_transform(1, 12, tv(1, 1) + tlv(2, b'\x00\x00\x0e\x10') + tv(4, 1) + tv(5, 2) + tv(6, 256) + tv(3, 14)),
                                              v1_transform(2, 3, tv(4, 2) + tv(5, 1) + tv(99, 3))],
                                           spi=b'\xde\xad\xbe\xef'),
                           v1_proposal(2, 2, [v1_transform(1, 3, tv(5, 2))], spi=b'\x01\x02\x03\x04'),
                           v1_proposal(3, 4, [v1_transform(1, 2, tv(8, 4) + tv(9, 1))], spi=b'\x00\x01'),
                           v1_proposal(4, 9, [v1_transform(1, 7, tv(1, 1) + tlv(2, b'\xff'))])],
                          sit=3)),
                (10, b'\x88' * 16)], rck=RCK, etype=32, msgid=0x01020304, ver=0x10)
sa_other_doi = isakmp([(1, v1_sa([], doi=5, sit=9))], etype=1, ick=bytes(range(8)))
v1_list = [udp4(main1), udp4(main2, src=B, dst=A), udp4(main3), udp4(main3, src=B, dst=A),
           udp4(main4), udp4(main4, src='10.9.9.9', dst=A), udp4(ids), udp4(certs, src=B, dst=A),
           udp4(notes), udp4(deletes), udp4(quick), udp4(sa_other_doi, sport=7500, dport=1234),
           udp4(main1, sport=8500, dport=40000),
           udp6(main1), udp6(main2, src=B6, dst=A6), udp6(main3, src='2001:db8::9')]
wpcap('ike-v1.pcap', v1_list)

# ---- IKEv2 --------------------------------------------------------------------


def v2_t(ttype, tid, attrs=b''):
    return struct.pack('>BBH', ttype, 0, tid) + attrs


def v2_p(no, proto, transforms, spi=b''):
    tb = b''
    for i, t in enumerate(transforms):
        tb += gen(3 if i + 1 < len(transforms) else 0, t)
    return struct.pack('>BBBB', no, proto, len(spi), len(transforms)) + spi + tb


def v2_sa(props):
    pb = b''
    for i, p in enumerate(props):
        pb += gen(2 if i + 1 < len(props) else 0, p)
    return pb


def v2_n(ntype, spi=b'', data=b'', proto=0):
    return struct.pack('>BBH', proto, len(spi), ntype) + spi + data


SA2 = v2_sa([v2_p(1, 1, [v2_t(1, 12, tv(14, 128)), v2_t(1, 20, tv(14, 256)), v2_t(1, 3),
                         v2_t(2, 2), v2_t(2, 5), v2_t(3, 2), v2_t(3, 12), v2_t(4, 14),
                         v2_t(4, 19), v2_t(5, 0), v2_t(5, 1), v2_t(9, 1)]),
             v2_p(2, 3, [v2_t(1, 12, tv(14, 128)), v2_t(3, 2), v2_t(5, 0)],
                  spi=b'\xc0\xff\xee\x01')])
init_i = isakmp([(33, SA2), (34, struct.pack('>HH', 14, 0) + bytes(range(256)) * 1),
                 (40, bytes(range(32))),
                 (41, v2_n(16388, data=b'\x11' * 20)), (41, v2_n(16389, data=b'\x22' * 20)),
                 (43, b'strongSwan\x01\x02'), (43, b'abc')],
                ver=0x20, etype=34, flags=0x08)
init_r = isakmp([(41, v2_n(16390, data=b'\x33' * 8))], rck=RCK, ver=0x20, etype=34, flags=0x20)
init_r2 = isakmp([(41, v2_n(16390, data=bytes(range(40))))], rck=RCK, ver=0x20, etype=34,
                 flags=0x20)
auth = isakmp([(35, struct.pack('>BBH', 1, 0, 0) + bytes([10, 1, 1, 1])),
               (36, struct.pack('>BBH', 2, 0, 0) + b'responder.example'),
               (35, struct.pack('>BBH', 3, 0, 0) + b'user@example.com\x07'),
               (35, struct.pack('>BBH', 5, 0, 0) + bytes(16)),
               (35, struct.pack('>BBH', 9, 0, 0) + b'\x30\x00'),
               (35, struct.pack('>BBH', 10, 0, 0) + b'\x30\x01'),
               (35, struct.pack('>BBH', 11, 0, 0) + b'kid'),
               (35, struct.pack('>BBH', 77, 0, 0) + b'zz'),
               (39, struct.pack('>BBBB', 2, 0, 0, 0) + b'\x44' * 48),
               (39, struct.pack('>BBBB', 9, 0, 0, 0) + b'\x45' * 4),
               (37, b'\x04' + b'\x99' * 30), (38, b'\x04' + b'\x98' * 20),
               (44, b'\x01\x00\x00\x00' + b'\x07\x00\x00\x10\x00\x00\xff\xff' + bytes(8)),
               (45, b'\x01\x00\x00\x00'), (47, b'\x01\x00\x00\x00\x00\x01\x00\x00'),
               (48, b'\x01\x01\x00\x05\x01'), (42, b'\x03\x04\x00\x01\xaa\xbb\xcc\xdd'),
               (41, v2_n(16384)), (41, v2_n(14, spi=b'\x01\x02\x03\x04', proto=3)),
               (41, v2_n(1, spi=b'\x01\x02\x03\x04')), (41, v2_n(16393, spi=b'\x05\x06\x07\x08', proto=3)),
               (41, v2_n(100)), (41, v2_n(9000)), (41, v2_n(30000)), (41, v2_n(50000)),
               (41, v2_n(16391), 0x80), (40, b'\x01' * 16, 0x80)],
              rck=RCK, ver=0x20, etype=35, flags=0x08, msgid=1)
enc = isakmp([(46, b'\x00' * 16 + b'\x5a' * 48)], rck=RCK, ver=0x20, etype=35, flags=0x28,
             msgid=2, np=35)
enc_c = isakmp([(46, b'\x5b' * 32, 0x80)], rck=RCK, ver=0x20, etype=37, flags=0x18, msgid=3,
               np=39)
v2_enc_flag = isakmp([(40, b'\x01' * 8)], rck=RCK, ver=0x20, etype=36, flags=0x09, msgid=4)
child = isakmp([(33, v2_sa([v2_p(1, 3, [v2_t(1, 12, tv(14, 256))], spi=b'\x0a\x0b\x0c\x0d')])),
                (40, b'\x02' * 4), (44, bytes(8)), (45, bytes(8))],
               rck=RCK, ver=0x20, etype=36, flags=0x08, msgid=5)
v2_list = [udp4(init_i), udp4(init_r, src=B, dst=A), udp4(init_r2, src=B, dst=A),
           udp4(auth), udp4(enc), udp4(enc_c), udp4(v2_enc_flag), udp4(child),
           udp6(init_i), udp6(auth, src=B6, dst=A6)]
wpcap('ike-v2.pcap', v2_list)

# ---- UDP 4500 -----------------------------------------------------------------

natt = [udp4(b'\x00\x00\x00\x00' + init_i, sport=4500, dport=4500),
        udp4(b'\x00\x00\x00\x00' + main3, sport=4500, dport=4500),
        udp4(b'\x00\x00\x00\x00' + auth, src=B, dst=A, sport=4500, dport=4500),
        udp4(b'\x12\x34\x56\x78\x00\x00\x00\x01' + bytes(range(48)), sport=4500, dport=4500),
        udp4(b'\xff', sport=4500, dport=4500),
        udp4(b'\xfe', sport=4500, dport=4500),
        udp4(b'\x00\x00', sport=4500, dport=4500),
        udp4(b'\x00\x00\x00\x00', sport=4500, dport=4500),
        udp4(b'\x12\x34\x56\x78\x00\x00', sport=4500, dport=1000),
        udp6(b'\x00\x00\x00\x00' + init_r, sport=4500, dport=4500),
        udp6(b'\xab\xcd\xef\x01\x00\x00\x00\x05' + bytes(24), sport=4500, dport=4500)]
wpcap('ike-natt.pcap', natt)

# ---- broken -------------------------------------------------------------------

bad = [
    # a payload of length 0 ends the chain; a length past the message
    isakmp([(13, b'', 0, 0), (13, b'abcd')], rck=RCK),
    isakmp([(13, b'abcd', 0, 200)], rck=RCK),
    isakmp([(13, b'abcd', 0, 4)], rck=RCK, ver=0x20, etype=34),
    # unknown payload types, chained and at the head
    isakmp([(15, b'\x01\x02'), (99, b'\x03\x04'), (200, b'x')], rck=RCK),
    isakmp([(15, b'\x01\x02'), (99, b'\x03\x04')], rck=RCK, ver=0x20, etype=99),
    # version 3, version 0, a header length that disagrees
    isakmp([(13, b'abcd')], ver=0x30),
    isakmp([(13, b'abcd')], ver=0x01, rck=RCK),
    isakmp([(13, b'abcd')], rck=RCK, hlen=9999),
    isakmp([(40, b'abcd')], rck=RCK, ver=0x20, etype=34, hlen=12),
    # IKEv2 proposal longer than its SA, transform longer than its proposal
    isakmp([(33, gen(0, struct.pack('>BBBB', 1, 1, 0, 1) + gen(0, v2_t(1, 12)), 0, 40))],
           ver=0x20, etype=34, flags=8),
    isakmp([(33, gen(0, struct.pack('>BBBB', 1, 1, 0, 1) + gen(0, v2_t(1, 12), 0, 60)))],
           ver=0x20, etype=34, flags=8),
    isakmp([(33, gen(0, struct.pack('>BBBB', 1, 1, 16, 1) + b'\x01' * 4))],
           ver=0x20, etype=34, flags=8),
    isakmp([(33, gen(0, struct.pack('>BBBB', 1, 1, 0, 1) + gen(0, v2_t(1, 12), 0, 4)))],
           ver=0x20, etype=34, flags=8),
    isakmp([(33, gen(0, b'\x01\x02\x03', 0, 4))], ver=0x20, etype=34, flags=8),
    isakmp([(33, gen(0, struct.pack('>BBBB', 1, 1, 0, 2) + gen(7, v2_t(4, 2)) + gen(0, b'zz')))],
           ver=0x20, etype=34, flags=8),
    # attributes past the transform, a variable attribute too long
    isakmp([(1, v1_sa([v1_proposal(1, 1, [v1_transform(1, 1, tv(1, 7) + struct.pack('>HH', 12, 40) + b'\x00\x01')])]))]),
    isakmp([(1, v1_sa([v1_proposal(1, 5, [v1_transform(1, 1, struct.pack('>HH', 12, 40) + b'\x00\x01')])]))]),
    isakmp([(33, v2_sa([v2_p(1, 1, [v2_t(1, 12, struct.pack('>HH', 14, 9) + b'\x01')])]))],
           ver=0x20, etype=34, flags=8),
    # short payloads for their type
    isakmp([(34, b'\x00\x0e')], ver=0x20, etype=34, flags=8),
    isakmp([(35, b'\x01\x00')], ver=0x20, etype=35, flags=8, rck=RCK),
    isakmp([(39, b'\x02')], ver=0x20, etype=35, flags=8, rck=RCK),
    isakmp([(11, b'\x00\x00\x00\x01\x01')], rck=RCK, etype=5),
    isakmp([(12, b'\x00\x00\x00\x01\x03\x04\x00\x09' + b'\x01' * 8)], rck=RCK, etype=5),
    isakmp([(5, v1_id(2, b''))], rck=RCK),
    isakmp([(1, b'\x00\x00\x00\x01')], rck=RCK),
    isakmp([(1, v1_sa([], sit=1) + b'\x00\x00')], rck=RCK),
    isakmp([(2, b'\x01\x01\x08\x01')], rck=RCK),
    isakmp([(3, b'\x01')], rck=RCK),
    isakmp([(41, b'\x00\x08\x40\x06\x01')], ver=0x20, etype=34, flags=0x20, rck=RCK),
    # a message shorter than its header
    ICK + RCK + b'\x0d\x10\x02',
]
bad_list = [udp4(m) for m in bad]
# cut captures of whole messages
bad_list += [(udp4(main1), 42 + 40), (udp4(main1), 42 + 100), (udp4(quick), 42 + 90),
             (udp4(init_i), 42 + 60), (udp4(init_i), 42 + 200), (udp4(auth), 42 + 150),
             (udp4(notes), 42 + 60), (udp4(notes), 42 + 100), (udp4(ids), 42 + 64),
             (udp4(init_r2), 42 + 50), (udp4(b'\x00\x00\x00\x00' + init_i, sport=4500, dport=4500), 42 + 20),
             (udp4(b'\x12\x34\x56\x78\x00\x00\x00\x01' + bytes(8), sport=4500, dport=4500), 42 + 6)]
wpcap('ike-bad.pcap', bad_list)
