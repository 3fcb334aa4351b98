#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""TIPC (EtherType 0x88ca): data messages of each importance with short
and long headers and every message type, connection manager and name
distributor messages, internal (broadcast, bundler, link state,
changeover, fragmenter) messages, neighbour detection requests and
responses, an unknown user, and messages cut at every word.
Usage: tipc.py OUTDIR (writes tipc.pcap, fixed times)"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

ETH = bytes.fromhex('01005e000001' '001122334455' '88ca')


def w0(ver, user, hsize, msize):
    return (ver << 29) | (user << 25) | (hsize << 21) | msize


def node(z, c, n):
    return (z << 24) | (c << 12) | n


def msg(words, pad=0):
    return ETH + b''.join(struct.pack('>I', w & 0xffffffff) for w in words) + b'\x00' * pad


recs = []
for user in (0, 1, 2, 3, 8, 11):
    for mtype in range(5):
        recs.append(msg([w0(2, user, 10, 60), (mtype << 29) | (3 << 16) | 77, (5 << 16) | 9,
                         node(1, 1, 2), 1000 + user, 2000, node(1, 2, 3), node(1, 4, 5), 42, 0, 0]))
    recs.append(msg([w0(1, user, 6, 24), 1 << 29, 0, node(1, 1, 9), 11, 12]))
for user in (5, 6, 7, 10, 12):
    recs.append(msg([w0(2, user, 10, 40), (2 << 29) | (4 << 16) | 5, (6 << 16) | 7, node(1, 1, 1),
                     (8 << 16) | 9, (10 << 16), node(2, 3, 4), node(5, 6, 7), 123, (4 << 16) | 1500]))
for mtype in (0, 1, 2):
    recs.append(msg([w0(2, 13, 6, 44), (mtype << 29) | 4321, node(1, 1, 0), node(1, 1, 7), 4711, 1], pad=16))
recs.append(msg([w0(2, 4, 6, 24), 0, 0, 0, 0, 0]))
recs.append(msg([w0(2, 15, 6, 24), 0]))
full = msg([w0(2, 0, 10, 60), 0, 0, node(1, 1, 2), 1, 2, node(1, 2, 3), node(1, 4, 5), 0, 0, 0])
recs += [(full, 14 + n) for n in (2, 4, 12, 20, 24, 28, 30)]
full = msg([w0(2, 7, 10, 40), 0, 0, node(1, 1, 1), 0, 0, node(2, 3, 4), node(5, 6, 7), 1, 2])
recs += [(full, 14 + n) for n in (8, 30, 34, 38)]
full = msg([w0(2, 13, 6, 44), 0, node(1, 1, 0), node(1, 1, 7), 4711, 1])
recs += [(full, 14 + n) for n in (10, 16, 22)]
pcapfile.write(os.path.join(out, 'tipc.pcap'), recs)
