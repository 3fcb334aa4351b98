#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""RPKI-Router (TCP 323): every PDU type, several per segment, Error
Reports with an encapsulated PDU (itself an Error Report) and text.
Broken ones: lengths that lie (short, past the segment, wrapping the
encapsulated length), unknown types and versions, copies cut by the snap
length. Usage: rpki.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import IP, IPv6, TCP, Ether, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def seg(payload, v6=False, sport=323, dport=40000):
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.0.0.1', dst='10.0.0.2')
    return raw(Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb') / ip
               / TCP(sport=sport, dport=dport, flags='PA', seq=1000, ack=1) / payload)


def pdu(typ, mid=0, body=b'', ver=0, length=None):
    n = 8 + len(body) if length is None else length
    return struct.pack('>BBHI', ver, typ, mid, n) + body


def v4(pfx, plen, mlen, asn, flags=1):
    return pdu(4, body=struct.pack('>BBBB4sI', flags, plen, mlen, 0, bytes(pfx), asn))


def v6(pfx, plen, mlen, asn, flags=0):
    return pdu(6, body=struct.pack('>BBBB16sI', flags, plen, mlen, 0, bytes(pfx), asn))


def err(code, encap=b'', text=b'', encap_len=None, text_len=None):
    el = len(encap) if encap_len is None else encap_len
    tl = len(text) if text_len is None else text_len
    return pdu(10, code, struct.pack('>I', el) + encap + struct.pack('>I', tl) + text)


P6 = b'\x20\x01\x0d\xb8' + bytes(12)
good = [
    pdu(0, 0x1234, struct.pack('>I', 77)), pdu(1, 0xbeef, struct.pack('>I', 0xffffffff)),
    pdu(2), pdu(3, 0x0042), v4([192, 0, 2, 0], 24, 24, 64496), v4([10, 0, 0, 0], 8, 32, 0, 0),
    v6(P6, 32, 48, 4200000000), pdu(7, 9, struct.pack('>I', 5)), pdu(8),
    err(4), err(2, text=b'no data yet'), err(3, encap=pdu(2), text=b'bad\x01\xffreq'),
    err(7, encap=err(1, text=b'inner'), text=b'outer'), err(99, encap=v4([1, 2, 3, 4], 32, 32, 1)),
    pdu(5, 0, b'\x01\x02\x03\x04'), pdu(200, 0, b'hex'),
]
bad = [
    pdu(0, 1, b''), pdu(4, body=b'\x00' * 4), pdu(2, length=4), pdu(2, length=400),
    pdu(3, 1, b'\x00\x00'), err(0, encap_len=0xfffffffc), err(0, encap=pdu(2), encap_len=90),
    err(0, text=b'abc', text_len=0xffffffff), err(0, text=b'abc', text_len=40),
    pdu(10, 0, b'\x00'), pdu(2, ver=1) + pdu(2), pdu(2, ver=2), b'\x00\x02\x00',
]
recs = [seg(p, v6=(i % 4 == 3)) for i, p in enumerate(good + bad)]
recs.append(seg(b''.join(good[:9]), dport=323, sport=40001))
recs.append(seg(pdu(2) + pdu(3, 7) + pdu(99, 0, b'zz')))
recs.append((seg(b''.join(good[9:13])), 54 + 30))
recs.append((seg(good[12]), 54 + 20))
recs.append((seg(good[4]), 54 + 10))
pcapfile.write(os.path.join(out, 'rpki.pcap'), recs)
