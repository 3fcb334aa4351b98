#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""AppleTalk ARP (EtherType 0x80f3, and in 802.2 SNAP): requests,
responses, probes, and the ones tcpdump prints as raw fields (other
hardware or protocol types, address lengths, functions). Broken ones:
short messages, lengths below the message, copies cut by the snap
length. Usage: aarp.py OUTDIR."""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
SRC = bytes.fromhex('080007112233')
DST = bytes.fromhex('090007ffffff')


def aarp(op, htype=1, ptype=0x809b, halen=6, palen=4, spa=(0, 1000, 7), tpa=(0, 65535, 254)):
    return (struct.pack('>HHBBH', htype, ptype, halen, palen, op) + SRC + bytes([spa[0]])
            + struct.pack('>HB', spa[1], spa[2]) + bytes(6) + bytes([tpa[0]])
            + struct.pack('>HB', tpa[1], tpa[2]))


def eth(body):
    return DST + SRC + b'\x80\xf3' + body


def snap(body):
    frame = b'\xaa\xaa\x03\x00\x00\x00\x80\xf3' + body
    return DST + SRC + struct.pack('>H', len(frame)) + frame


msgs = [aarp(1), aarp(2), aarp(3), aarp(4), aarp(1, htype=6), aarp(2, ptype=0x0800),
        aarp(1, halen=8), aarp(3, palen=3), aarp(2, spa=(9, 1, 1), tpa=(0, 0, 0))]
recs = [eth(m) for m in msgs] + [snap(m) for m in msgs[:4]]
recs += [eth(msgs[0][:27]), eth(msgs[0][:6]), eth(b''), (eth(msgs[1]), 14 + 20), (eth(msgs[1]), 15)]
recs.append(eth(msgs[2] + b'trailer'))
pcapfile.write(os.path.join(out, 'aarp.pcap'), recs)
