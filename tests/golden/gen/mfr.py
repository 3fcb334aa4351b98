#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""FRF.16 multilink frame relay (LINKTYPE_MFR) and Q.933 signalling (LMI)
over frame relay, FRF.16 and PPP/OSI. Control frames with every IE
(bundle and link ids, magic numbers right and wrong, a timeval timestamp,
vendor and unknown ones), whole frames and fragments carrying Q.922 with
IP and LMI, Q.933 status enquiries and replies in ANSI (locking shift to
codeset 5) and CCITT form with report type, link verify and PVC status
IEs of every DLCI length. Broken ones: IE lengths of 0, 1 and past the
end, call references longer than the frame, bad DLCI encodings, cuts by
the snap length. Usage: mfr.py OUTDIR."""
import os
import struct
import sys

from scapy.all import IP, UDP, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

IPPKT = raw(IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=1000, dport=2000) / b'hello')


def ie(t, v):
    return bytes([t, len(v) + 2]) + v


def ctrl(msg, ies=b'', b0=0xe1):
    return bytes([b0, 0, msg]) + ies


def q922(dlci):
    return bytes([(dlci >> 2) & 0xfc, ((dlci & 0x0f) << 4) | 1])


def lmi(msg, ies, ref=b'\x01\x00', shift=b''):
    return ref + bytes([msg]) + shift + ies


def qie(code, v):
    return bytes([code, len(v)]) + v


ANSI = b'\x95'          # locking shift to codeset 5
q933 = [
    lmi(0x75, qie(0x01, b'\x00') + qie(0x03, b'\x05\x04'), shift=ANSI),
    lmi(0x7d, qie(0x01, b'\x00') + qie(0x03, b'\x06\x05') + qie(0x07, b'\x00\x90\x82')
        + qie(0x07, b'\x01\x08\x80\x8a'), shift=ANSI),
    lmi(0x75, qie(0x51, b'\x01') + qie(0x53, b'\x10\x0f')),
    lmi(0x7d, qie(0x51, b'\x00') + qie(0x57, b'\x01\x08\x00\x80\x8a') + qie(0x57, b'\x81\x80\x82')
        + qie(0x57, b'\x01\x00') + qie(0x57, b'\x01\x08\x80')),
    lmi(0x05, qie(0x04, b'\x88\x90') + b'\xa1' + qie(0x70, b'\x815551234')),
    lmi(0x05, b'\x9d' + qie(0x01, b'\x02') + qie(0x01, b'\x02')),          # non-locking shift
    lmi(0x45, qie(0x08, b'\x80\x90'), ref=b'\x02\x12\x34'),
    lmi(0x99, b'', ref=b'\x01\x05'), lmi(0x7d, qie(0x01, b'')),             # zero length IE
    lmi(0x7d, qie(0x53, b'\x01')), lmi(0x7d, qie(0x01, b'\x00')[:1]),
    lmi(0x7d, bytes([0x03, 40]) + b'\x01\x02'), b'\x0f\x01', b'\x01', b'',
]


def fr_q933(body, dlci=0):
    return q922(dlci) + b'\x03\x08' + body


mfr = [
    ctrl(1, ie(1, b'bundle-1\x00') + ie(2, b'link-A') + ie(3, b'\x12\x34\x56\x78')),
    ctrl(2, ie(3, b'\x00\x00\x00\x01') + ie(5, struct.pack('<qq', 1700000000, 250000))),
    ctrl(4, ie(5, b'\x01\x02\x03\x04') + ie(6, b'\x00\x00\x09vendor') + ie(7, b'\x01')),
    ctrl(5, ie(3, b'\x12\x34')), ctrl(6, ie(9, b'xyz') + ie(0, b'')), ctrl(7, b'\x02\x01zz'),
    ctrl(99, b''), ctrl(3, ie(1, b'B' * 60)), ctrl(4, bytes([3, 40]) + b'\x01\x02'),
    b'\xc0\x05' + q922(100) + b'\x03\xcc' + IPPKT,
    b'\x80\x06' + q922(100) + b'\x03\xcc' + IPPKT[:20],
    b'\x00\x07' + IPPKT[20:], b'\x40\x08' + b'tail',
    b'\xc0\x09' + fr_q933(q933[1]), b'\xc0\x0a' + fr_q933(q933[3]),
    b'\xe1', b'\xe1\x00\x04',
]
recs = mfr + [(mfr[0], 10), (mfr[9], 8), (mfr[1], 20)]
pcapfile.write(os.path.join(out, 'mfr.pcap'), recs, linktype=182)

fr = [fr_q933(b) for b in q933] + [(fr_q933(q933[1]), 12), (fr_q933(q933[3]), 14)]
pcapfile.write(os.path.join(out, 'fr-q933.pcap'), fr, linktype=107)
# PPP (OSI, protocol 0x0023) carrying NLPID Q.933
ppp = [b'\xff\x03\x00\x23\x08' + b for b in q933[:6]]
pcapfile.write(os.path.join(out, 'ppp-q933.pcap'), ppp, linktype=9)
