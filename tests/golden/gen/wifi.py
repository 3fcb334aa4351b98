#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""IEEE 802.11 frames, bare (LINKTYPE_IEEE802_11) and after a radiotap
header (LINKTYPE_IEEE802_11_RADIO): management frames (beacon, probe
request and response, (re)association, authentication, deauthentication,
disassociation, action) with their elements, control frames (RTS, CTS,
ACK, BA, BAR, PS-Poll, CF-End), data frames in all four address layouts,
QoS with a mesh control header, protected frames, LLC/SNAP payloads;
radiotap fields of every kind tcpdump prints, extended presence bitmaps,
vendor namespaces, the FCS and padding flags; frames cut by the snap
length at many points and elements with bad lengths.
Usage: wifi.py OUTDIR (writes wifi.pcap, wifi-rt.pcap, wifi-cut.pcap,
wifi-rt-cut.pcap)"""
import os
import struct
import sys

from scapy.all import (IP, UDP, LLC, SNAP, Dot11, Dot11Beacon, Dot11Elt, Dot11ProbeReq, Dot11ProbeResp,
                       Dot11AssoReq, Dot11AssoResp, Dot11ReassoReq, Dot11Auth, Dot11Deauth, Dot11Disas,
                       Dot11QoS, Raw, raw)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

A1, A2, A3, A4 = '00:11:22:33:44:55', '66:77:88:99:aa:bb', '02:00:00:00:00:01', '02:00:00:00:00:02'


def elts(ssid=b'home', rates=b'\x82\x84\x8b\x96\x0c\x12\x18\x24', ch=6, extra=b''):
    e = b''
    if ssid is not None:
        e += bytes([0, len(ssid)]) + ssid
    if rates is not None:
        e += bytes([1, len(rates)]) + rates
    if ch is not None:
        e += b'\x03\x01' + bytes([ch])
    return e + extra


def mgmt(sub, body, fc_flags=0, addr=(A1, A2, A3)):
    return raw(Dot11(type=0, subtype=sub, FCfield=fc_flags, ID=314, addr1=addr[0], addr2=addr[1],
                     addr3=addr[2], SC=0x1230)) + body


TIM = b'\x05\x04\x00\x01\x00\x00'
CF = b'\x04\x06\x01\x02\x03\x00\x04\x00'
frames = [
    mgmt(8, struct.pack('<QHH', 123456789, 100, 0x0011) + elts(extra=TIM + CF)),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0002) + elts(ssid=b'', rates=b'', ch=None) + elts(ssid=b'a\x01b')),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0001) + elts(ssid=b'x' * 32)),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0001) + elts(ssid=b'y' * 33)),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0001) + b'\x01\x11' + b'\x02' * 17),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0001) + b'\x05\x02\x00\x01'),
    mgmt(8, struct.pack('<QHH', 1, 100, 0x0001) + b'\x03\x02\x01\x02' + b'\xdd\x09'),
    mgmt(4, elts(ch=None)),
    mgmt(4, b''),
    mgmt(5, struct.pack('<QHH', 9, 200, 0x0411) + elts(ssid=b'n\x00ul')),
    mgmt(0, struct.pack('<HH', 0x0431, 10) + elts(ch=None)),
    mgmt(1, struct.pack('<HHH', 0x0011, 0, 0xc001) + elts(ssid=None, ch=None)),
    mgmt(1, struct.pack('<HHH', 0x0001, 200, 0x0005)),
    mgmt(2, struct.pack('<HH', 0x0001, 10) + bytes.fromhex('020000000009') + elts(ch=None)),
    mgmt(3, struct.pack('<HHH', 0x0011, 17, 3)),
    mgmt(11, struct.pack('<HHH', 0, 1, 0)),
    mgmt(11, struct.pack('<HHH', 0, 2, 0)),
    mgmt(11, struct.pack('<HHH', 1, 2, 0) + b'\x10\x04abcd'),
    mgmt(11, struct.pack('<HHH', 1, 3, 15)),
    mgmt(11, struct.pack('<HHH', 7, 5, 999)),
    mgmt(12, struct.pack('<H', 3)),
    mgmt(12, struct.pack('<H', 500)),
    mgmt(10, struct.pack('<H', 8)),
    mgmt(9, b''),
    mgmt(14, b'\x00'),
    mgmt(8, b'\x11\x22\x33\x44', fc_flags=0x40),
]
for cat, act in ((0, 4), (1, 1), (2, 0), (3, 0), (3, 1), (3, 2), (3, 9), (7, 0), (7, 1), (7, 5), (13, 10),
                 (13, 11), (14, 1), (14, 2), (15, 1), (15, 5), (15, 0), (127, 3), (50, 2)):
    frames.append(mgmt(13, bytes([cat, act]) + b'\x00\x00'))

ctrl = [
    bytes.fromhex('b400') + b'\x10\x00' + bytes.fromhex('001122334455' '66778899aabb'),      # RTS
    bytes.fromhex('c400') + b'\x10\x00' + bytes.fromhex('001122334455'),                      # CTS
    bytes.fromhex('d410') + b'\x00\x00' + bytes.fromhex('001122334455'),                      # ACK
    bytes.fromhex('9400') + b'\x10\x00' + bytes.fromhex('001122334455') + b'\x00' * 8,        # BA
    bytes.fromhex('8400') + b'\x10\x00' + bytes.fromhex('001122334455' '66778899aabb') + b'\x05\x00\x30\x01',
    bytes.fromhex('a410') + b'\x01\xc0' + bytes.fromhex('001122334455' '66778899aabb'),      # PS-Poll
    bytes.fromhex('e400') + b'\x00\x00' + bytes.fromhex('ffffffffffff' '66778899aabb'),      # CF-End
    bytes.fromhex('f400') + b'\x00\x00' + bytes.fromhex('ffffffffffff' '66778899aabb'),
    bytes.fromhex('7400') + b'\x00\x00' + bytes.fromhex('001122334455') + b'\xd4\x00' + b'\x00' * 4,
    bytes.fromhex('2400') + b'\x00\x00' + bytes.fromhex('001122334455'),                      # reserved
    bytes.fromhex('0c00') + b'\x00' * 22,                                                      # type 3
]
frames += ctrl

PAY = raw(LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(code=0x0800) /
          IP(src='10.0.0.1', dst='10.0.0.2', id=1) / UDP(sport=1234, dport=9999) / Raw(b'hello'))
for ds in range(4):
    frames.append(raw(Dot11(type=2, subtype=0, FCfield=ds, ID=44, addr1=A1, addr2=A2, addr3=A3,
                            addr4=A4 if ds == 3 else None, SC=0x10)) + PAY)
frames.append(raw(Dot11(type=2, subtype=8, FCfield=1, ID=44, addr1=A1, addr2=A2, addr3=A3) /
                  Dot11QoS(TID=5)) + PAY)
for ae in range(4):
    mesh = bytes([ae, 31]) + struct.pack('<I', 77) + bytes.fromhex('020000000003020000000004020000000005')[:6 * ae]
    frames.append(raw(Dot11(type=2, subtype=8, FCfield=3, ID=44, addr1=A1, addr2=A2, addr3=A3, addr4=A4) /
                      Dot11QoS(TID=1)) + mesh + PAY)
frames.append(raw(Dot11(type=2, subtype=4, FCfield=0x11, addr1=A1, addr2=A2, addr3=A3)))
frames.append(raw(Dot11(type=2, subtype=12, FCfield=1, addr1=A1, addr2=A2, addr3=A3)) + b'\x00\x00')
frames.append(raw(Dot11(type=2, subtype=0, FCfield=0x41, addr1=A1, addr2=A2, addr3=A3)) + b'\x01\x02\x03\x60' + b'x' * 16)
frames.append(raw(Dot11(type=2, subtype=1, FCfield=0x2e02, addr1=A1, addr2=A2, addr3=A3)) +
              raw(LLC(dsap=0x42, ssap=0x42, ctrl=3)) + b'\x00' * 35)
frames.append(raw(Dot11(type=2, subtype=3, FCfield=0x8002, addr1=A1, addr2=A2, addr3=A3)) + b'\xf0\xf0\x03abcdef')
frames.append(raw(Dot11(type=2, subtype=2, addr1=A1, addr2=A2, addr3=A3)) + b'\xaa\xaa\x03\x00\x00\x00\x88\xb5xyz')
pcapfile.write(os.path.join(out, 'wifi.pcap'), frames, linktype=105)


def rt(fields, present, ext=(), body=b''):
    """radiotap: fields is the packed data after the presence words"""
    words = [present] + list(ext)
    hl = 4 + 4 * len(words) + len(fields)
    return struct.pack('<BBH', 0, 0, hl) + b''.join(struct.pack('<I', w) for w in words) + fields + body


B = frames[0]
D = frames[len(frames) - 6]
rts = [
    # TSFT, flags, rate, channel, signal, noise, antenna
    rt(struct.pack('<QBBHHbbB', 123456789, 0x02, 22, 2437, 0x00a0, -40, -90, 1) + b'\x00', 0x0000086f, body=B),
    # flags: FCS at the end, data padding, every flag bit
    rt(struct.pack('<B', 0x10), 0x2, body=B + b'\xde\xad\xbe\xef'),
    rt(struct.pack('<B', 0x5f), 0x2, body=B[:24] + b'\x00' * 12 + b'\x00\x00\x00\x00'),
    rt(struct.pack('<BB', 0x20, 0), 0x2, body=D[:26] + b'\x00\x00' + D[26:]),
    rt(struct.pack('<B', 0x10), 0x2, body=b'\xd4\x00'),
    # rate as MCS, FHSS, lock quality, tx attenuation, dB tx attenuation, dBm tx power, dB signal/noise
    rt(struct.pack('<BxBBHhbbBB', 0x85, 3, 7, 40, -5, -3, 17, 30, 20) + b'\x00\x00', 0x00003794, body=B),
    # channel flags
    rt(struct.pack('<HH', 5180, 0x0140), 0x8, body=B),
    rt(struct.pack('<HH', 5180, 0x4140), 0x8, body=B),
    rt(struct.pack('<HH', 2412, 0x8480), 0x8, body=B),
    rt(struct.pack('<HH', 2412, 0x00c0), 0x8, body=B),
    rt(struct.pack('<HH', 2412, 0x0890), 0x8, body=B),
    rt(struct.pack('<HH', 2412, 0x0080), 0x8, body=B),
    # XCHANNEL beside CHANNEL, with HT flags
    rt(struct.pack('<HHIHBB', 2412, 0xa0, 0x100a0, 2412, 1, 20), 0x40008, body=B),
    rt(struct.pack('<IHBB', 0x400c0, 5200, 40, 20), 0x40000, body=B),
    rt(struct.pack('<IHBB', 0x20140, 5200, 40, 20), 0x40000, body=B),
    # MCS: known bits, rates, out-of-range index
    rt(struct.pack('<BBB', 0x3f, 0x35, 7), 0x80000, body=B),
    rt(struct.pack('<BBB', 0x07, 0x00, 32), 0x80000, body=B),
    rt(struct.pack('<BBB', 0x07, 0x01, 32), 0x80000, body=B),
    rt(struct.pack('<BBB', 0x02, 0x01, 15), 0x80000, body=B),
    rt(struct.pack('<BBB', 0x07, 0x06, 80), 0x80000, body=B),
    rt(struct.pack('<BBHHB', 0x1b, 0x0a, 2412, 0xa0, 3) + b'\x00', 0x80008, body=B),
    # A-MPDU status, RX flags, VHT
    rt(struct.pack('<HxxIHBB', 0, 7, 0, 0, 0), 0x104000, body=B),
    rt(struct.pack('<HBB4BBBH', 0x44, 0x04, 4, 0x92, 0x11, 0, 0x31, 0x05, 1, 0), 0x200000, body=B),
    rt(struct.pack('<HBB4BBBH', 0x40, 0x00, 21, 0, 0, 0, 0, 0, 1, 0), 0x200000, body=B),
    # unknown field bits stop the header
    rt(b'\x00' * 4, 0x8000, body=B),
    rt(b'\x00' * 4, 0x10002, body=B),
    # extended bitmaps: radiotap namespace again, a vendor namespace, unknown high bits
    rt(struct.pack('<B', 0) + b'\x00' * 3 + struct.pack('<b', -50), 0xa0000002, ext=(0x00000020,), body=B),
    rt(struct.pack('<BB', 11, 0) + b'\x00\x10\x18\x01\x04\x00' + b'\xaa' * 4 + struct.pack('<b', -60),
       0xc0000006, ext=(0xa0000001, 0x00000020), body=B),
    rt(b'', 0x80000000, ext=(0x00000001,), body=B),
    rt(b'\x00' * 8, 0x80000000, ext=(0x80000000, 0x00000000), body=B),
    rt(struct.pack('<B', 0) + b'\x00', 0x40000002, body=B),
    rt(b'', 0x60000000, body=B),
    # header length bad: less than 8, more than the packet
    struct.pack('<BBHI', 0, 0, 4, 0) + B,
    struct.pack('<BBHI', 0, 0, 200, 0) + B,
    struct.pack('<BBH', 0, 0, 8),
    # a field cut by the header length
    rt(b'\x00\x00', 0x1, body=B),
]
pcapfile.write(os.path.join(out, 'wifi-rt.pcap'), rts, linktype=127)

cuts = []
for f in (frames[0], frames[9], frames[13], frames[17], frames[20], frames[len(frames) - 12],
          frames[len(frames) - 8], frames[len(frames) - 4]):
    for n in sorted({1, 2, 3, 4, 10, 16, 22, 23, 24, 25, 26, 28, 30, 31, 32, 34, 36, 38, 40, 44, 48, 50, 60,
                     len(f) - 1}):
        if n < len(f):
            cuts.append((f, n))
pcapfile.write(os.path.join(out, 'wifi-cut.pcap'), cuts, linktype=105)
cuts = []
for r in (rts[0], rts[1], rts[5], rts[22], rts[27]):
    for n in sorted({4, 7, 8, 10, 12, 16, 20, 24, 26, 30, 40, 60, len(r) - 2, len(r) - 1}):
        if n < len(r):
            cuts.append((r, n))
pcapfile.write(os.path.join(out, 'wifi-rt-cut.pcap'), cuts, linktype=127)
