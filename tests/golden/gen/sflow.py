#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""sFlow v5 (UDP 6343): IPv4 and IPv6 agents, flow, counter, expanded and
unknown samples with every counter record (generic, ethernet, token ring,
100BaseVG, VLAN, processor) and flow record (raw packet, ethernet frame,
extended switch, the known undecoded ones, unknown and enterprise ones);
broken datagrams: other versions and agent types, short headers, sample
and record lengths that lie, counts past what is there, bodies shorter
than their type; and copies cut by the snap length at many points.
Usage: sflow.py OUTDIR (writes sflow.pcap and sflow-cut.pcap, fixed times)"""
import os
import struct
import sys

from scapy.all import IP, UDP, IPv6, Ether, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

E = Ether(src='00:11:22:33:44:55', dst='66:77:88:99:aa:bb')


def dgram(payload, sport=40948, dport=6343, v6=False):
    ip = IPv6(src='2001:db8::1', dst='2001:db8::2') if v6 else IP(src='10.1.1.11', dst='10.1.1.10', id=7)
    return raw(E / ip / UDP(sport=sport, dport=dport) / Raw(payload))


def hdr(nsamples, version=5, ipv=1, agent=b'\x0f\xb8\x08\x04', agent_id=2, seq=204720, uptime=2612972293):
    if ipv != 1 and len(agent) == 4:
        agent = bytes.fromhex('20010db8000000000000000000000099')
    return struct.pack('!II', version, ipv) + agent + struct.pack('!IIII', agent_id, seq, uptime, nsamples)


def sflow(samples, n=None, **kw):
    return hdr(len(samples) if n is None else n, **kw) + b''.join(samples)


def sample(fmt, body, length=None):
    return struct.pack('!II', fmt, len(body) if length is None else length) + body


def rec(fmt, body, length=None):
    return struct.pack('!II', fmt, len(body) if length is None else length) + body


def counter_sample(recs, n=None, expanded=False, seq=87096, idx=55, length=None):
    n = len(recs) if n is None else n
    if expanded:
        head = struct.pack('!IIII', seq, 0, idx, n)
    else:
        head = struct.pack('!IBBHI', seq, 0, idx >> 16, idx & 0xffff, n)
    return sample(4 if expanded else 2, head + b''.join(recs), length)


def flow_sample(recs, n=None, expanded=False, length=None):
    n = len(recs) if n is None else n
    if expanded:
        head = struct.pack('!IIIIIIIIIII', 11, 0, 3, 512, 9000, 1, 0, 3, 0, 4, n)
    else:
        head = struct.pack('!IBBHIIIIII', 11, 0, 0, 3, 512, 9000, 1, 3, 4, n)
    return sample(3 if expanded else 1, head + b''.join(recs), length)


GENERIC = struct.pack('!IIQIIQ6IQ6I', 55, 117, 1000000000, 1, 3, 820721, 9601, 0, 1302, 0, 0, 0,
                      178785248, 9736, 132958, 2213534, 0, 0, 2)
GENERIC2 = struct.pack('!IIQIIQ6IQ6I', 7, 6, 400000000000, 9, 2, 1 << 40, 1, 2, 3, 4, 5, 6,
                       1 << 63, 7, 8, 9, 10, 11, 1)
ETHER = struct.pack('!13I', *range(1, 14))
BASEVG = struct.pack('!IQIQIIIIIQIQQQ', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
VLAN = struct.pack('!IQIIII', 100, 123456789012, 5, 6, 7, 8)
PROC = struct.pack('!IIIQQ', 10, 20, 30, 8 << 30, 1 << 30)

CREC = [rec(1, GENERIC), rec(2, ETHER), rec(3, b'\0' * 12), rec(4, BASEVG), rec(5, VLAN), rec(1001, PROC)]

RAWHDR = struct.pack('!IIII', 1, 1518, 4, 128) + b'\xaa' * 128
FREC = [rec(1, RAWHDR), rec(1, struct.pack('!IIII', 11, 60, 0, 0)), rec(1, struct.pack('!IIII', 99, 1, 2, 3)),
        rec(2, struct.pack('!I8s8sI', 64, b'\1' * 8, b'\2' * 8, 0x800)),
        rec(1001, struct.pack('!IIII', 10, 1, 20, 2)),
        rec(3, b'\0' * 32), rec(4, b'\0' * 56), rec(1002, b'\0' * 16), rec(1006, b'\0' * 8), rec(1012, b'\0' * 4)]

msgs = [
    sflow([counter_sample(CREC[:2], expanded=True), counter_sample(CREC[:2], expanded=True, idx=56)]),
    sflow([counter_sample(CREC)]),
    sflow([counter_sample(CREC, expanded=True, seq=0xffffffff, idx=0xffffff)]),
    sflow([counter_sample([rec(1, GENERIC2)])], ipv=2),
    sflow([flow_sample(FREC)]),
    sflow([flow_sample(FREC[:5], expanded=True)], ipv=2, agent_id=0),
    # unknown counter and flow types, enterprise records
    sflow([counter_sample([rec(7, b'\x01\x02\x03\x04\x05\x06\x07\x08\x09'), rec(0, b'abcd'),
                           rec((9 << 20) | 1, GENERIC), rec((1 << 12) | 2, ETHER)])]),
    sflow([flow_sample([rec(5, b'zzzz'), rec(0, b''), rec(2000, b'\xff' * 20), rec((1 << 12) | 1, RAWHDR),
                        rec(0xfffff001, b'\0' * 16)])]),
    # unknown sample types, enterprise bits in the sample format
    sflow([sample(5, b'\x10' * 24), sample(0x1000 | 2, counter_sample(CREC[:1])[8:]), sample(9, b'\x20' * 3)]),
    sflow([sample(0, b'\0' * 8), counter_sample(CREC[:1])]),
    sflow([sample(2, b'', length=0), counter_sample(CREC[:1])]),
    # counts past what is there, and zero
    sflow([counter_sample(CREC[:1])], n=5),
    sflow([counter_sample(CREC[:1])], n=0),
    sflow([counter_sample(CREC[:1], n=3)]),
    sflow([flow_sample(FREC[:2], n=0x7fffffff)]),
    sflow([counter_sample(CREC[:2], n=0xffffffff)], n=0xffffffff),
    # lengths that lie
    sflow([counter_sample(CREC[:1], length=4000)]),
    sflow([counter_sample(CREC[:1], length=20)]),
    sflow([counter_sample(CREC[:1], length=8)]),
    sflow([counter_sample([rec(1, GENERIC, length=4)])]),
    sflow([counter_sample([rec(1, GENERIC[:40])])]),
    sflow([counter_sample([rec(2, ETHER, length=0xfffffff0)])]),
    sflow([counter_sample([rec(1, GENERIC[:80])]), counter_sample(CREC[1:2])]),
    sflow([flow_sample([rec(1, b'\0' * 8)])]),
    sflow([flow_sample([rec(2, b'\0' * 20)])]),
    sflow([flow_sample([rec(1001, b'\0' * 12)])]),
    sflow([flow_sample([rec(1, RAWHDR, length=2000)])]),
    sflow([sample(1, b'\0' * 30)]), sflow([sample(3, b'\0' * 40)]),
    sflow([sample(2, b'\0' * 10)]), sflow([sample(4, b'\0' * 12)]),
    sflow([counter_sample(CREC[:1])])[:-3],
    sflow([counter_sample(CREC[:1])]) + b'\x01\x02\x03',
    # header oddities
    sflow([counter_sample(CREC[:1])], version=4), sflow([], version=2), sflow([], version=0xffffffff),
    sflow([counter_sample(CREC[1:2])], ipv=3), sflow([counter_sample(CREC[1:2])], ipv=0),
    hdr(1)[:27], hdr(1)[:20], hdr(1, ipv=2)[:39], hdr(1, ipv=2)[:28], hdr(1, ipv=3)[:32],
    hdr(0), hdr(0, ipv=2), b'\0\0\0\x05', b'\0\0\0\x05\0\0\0\x01\x0a', b'',
]

pkts = []
for i, m in enumerate(msgs):
    if i % 5 == 1:
        pkts.append(dgram(m, sport=6343, dport=40000))
    elif i % 7 == 3:
        pkts.append(dgram(m, v6=True))
    else:
        pkts.append(dgram(m))
# the port beside others: the lower rank of tcpdump's chain wins
pkts.append(dgram(sflow([counter_sample(CREC[:1])]), sport=6343, dport=53))
pkts.append(dgram(sflow([counter_sample(CREC[:1])]), sport=6343, dport=4789))
pkts.append(dgram(sflow([counter_sample(CREC[:1])]), sport=1985, dport=6343))
pkts.append(dgram(sflow([counter_sample(CREC[:1])]), sport=6343, dport=6343))
pcapfile.write(os.path.join(out, 'sflow.pcap'), pkts)

# the same datagrams cut by the snap length at many points
HDR = 14 + 20 + 8
cuts = []
for m in (msgs[1], msgs[3], msgs[4], msgs[6], msgs[8], msgs[16], msgs[19]):
    p = dgram(m)
    for n in sorted({1, 4, 6, 8, 12, 20, 27, 28, 30, 36, 39, 40, 44, 48, 52, 56, 60, 64, 70, 80, 100, 120,
                     140, 150, 160, 200, 250, 300, 400, 500, len(m) - 1}):
        if n < len(m):
            cuts.append((p, HDR + n))
pcapfile.write(os.path.join(out, 'sflow-cut.pcap'), cuts)
