#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""IEEE 802.15.4 frames (link types 195 with FCS and 230 without): data,
acknowledgement, beacon (frame versions 0, 1 and 2), MAC command,
multipurpose (short and long frame control), reserved, fragment and
extended frame types; every address mode with and without PAN ID
compression in the old and the 2015 rules; sequence number suppression;
header IEs of every known element and reserved ones, payload IEs of each
group with nested MLME sub-IEs; auxiliary security headers of each key id
mode and security level, with and without a frame counter; right and wrong
2-byte FCS; and frames cut by the snap length at many points.
Usage: wpan.py OUTDIR (writes wpan.pcap, wpan-nofcs.pcap and wpan-cut.pcap)"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def crc16(data):
    """reflected CCITT polynomial, initial value 0 (802.15.4 FCS)"""
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc


def fcs(frame):
    return frame + struct.pack('<H', crc16(frame))


def bad_fcs(frame):
    return frame + struct.pack('<H', crc16(frame) ^ 0x5a5a)


ALEN = {0: 0, 1: 0, 2: 2, 3: 8}
SHORT = {0: b'', 2: b'\x34\x12', 3: bytes(range(0x11, 0x19))}
SHORT2 = {0: b'', 2: b'\xcd\xab', 3: bytes(range(0xa1, 0xa9))}


def fc(ftype, dm=2, sm=2, ver=0, sec=0, pend=0, ar=0, panc=0, seqs=0, ie=0):
    return (ftype | sec << 3 | pend << 4 | ar << 5 | panc << 6 | seqs << 8 | ie << 9 |
            dm << 10 | ver << 12 | sm << 14)


def pans(dm, sm, ver, panc):
    """which PAN ids the header carries, as the standard's tables say"""
    dl, sl = ALEN[dm], ALEN[sm]
    if ver < 2:
        dp, sp = 1, 0 if panc else 1
        return dp if dl else 0, sp if sl else 0
    dp, sp = (1, 0) if panc else (1, 1)
    dp = dp if dl else 0
    sp = sp if sl else 0
    if panc:
        if dl == 0 and sl == 0:
            dp = 1
        elif (dl == 0) != (sl == 0) or (dl == 8 and sl == 8):
            dp = sp = 0
    elif dl == 8 and sl == 8:
        dp, sp = 1, 0
    return dp, sp


def std(ftype, body=b'', dm=2, sm=2, ver=0, sec=0, pend=0, ar=0, panc=0, seqs=0, ie=0, seq=0x5c,
        dpan=0xbeef, span=0xcafe):
    f = fc(ftype, dm, sm, ver, sec, pend, ar, panc, seqs, ie)
    h = struct.pack('<H', f) + (b'' if seqs else bytes([seq]))
    dp, sp = pans(dm, sm, ver, panc)
    if dp:
        h += struct.pack('<H', dpan)
    h += SHORT.get(dm, b'')
    if sp:
        h += struct.pack('<H', span)
    h += SHORT2.get(sm, b'')
    return h + body


def hie(eid, data):
    return struct.pack('<H', (len(data) & 0x7f) | (eid & 0xff) << 7) + data


def pie(gid, data):
    return struct.pack('<H', 0x8000 | (len(data) & 0x3ff) | (gid & 0xf) << 11) + data


def mshort(sid, data):
    return struct.pack('<H', (len(data) & 0xff) | (sid & 0x7f) << 8) + data


def mlong(sid, data):
    return struct.pack('<H', 0x8000 | (len(data) & 0x3ff) | (sid & 0xf) << 11) + data


HT1 = hie(0x7e, b'')
HT2 = hie(0x7f, b'')
PT = pie(0xf, b'')
PAY = b'\x41\x60\x00\x00\x00\x00\x11\x40'


def aux(level, kmode, fc_supp=0, counter=0x01020304, src=b''):
    h = bytes([level | kmode << 3 | fc_supp << 5])
    if not fc_supp:
        h += struct.pack('<I', counter)
    if kmode == 2:
        h += src or b'\x01\x02\x03\x04'
    elif kmode == 3:
        h += src or bytes(range(0x71, 0x79))
    if kmode:
        h += b'\x07'
    return h


frames = []
# data frames, 2003/2006 rules: each address mode pair with and without compression
for ver in (0, 1):
    for dm in (0, 2, 3):
        for sm in (0, 2, 3):
            for panc in (0, 1):
                frames.append(std(1, PAY, dm, sm, ver, panc=panc, seq=dm * 16 + sm))
# the same under the 2015 rules, and reserved mode 1 on either side
for dm in (0, 2, 3):
    for sm in (0, 2, 3):
        for panc in (0, 1):
            frames.append(std(1, b'\xde\xad', dm, sm, 2, panc=panc, seq=0x80 + dm * 16 + sm))
frames += [std(1, b'', 1, 2), std(1, b'', 2, 1), std(1, b'\x01', 3, 3, 3)]
# flags, sequence number suppression in old and new versions
frames += [std(1, PAY, pend=1, ar=1, panc=1), std(1, PAY, ver=0, seqs=1), std(1, PAY, ver=2, seqs=1, ar=1),
           std(1, b'', 2, 2, panc=1)]
# acknowledgements: plain and enhanced with a header IE
frames += [struct.pack('<HB', 0x0002, 0x33), struct.pack('<HB', 0x0012, 0x34),
           std(2, hie(0x1e, b'\x10\x80') + HT2, 2, 0, 2, ie=1, panc=1),
           std(2, hie(0x1e, b'\x10\x00'), 0, 0, 2, seqs=1, ie=1)]
# beacons, versions 0/1: superframe spec, GTS and pending addresses
gts = bytes([0x82, 0x05]) + b'\x34\x12\x15' + b'\x78\x56\x3a'
pend = bytes([0x12]) + b'\x01\x00' + bytes(range(0x21, 0x29))
frames += [std(0, b'\xff\xcf\x00\x00' + b'\x00\x01\x02', 0, 2, 0),
           std(0, b'\x12\x8f' + gts + pend + b'beacon', 0, 3, 1),
           std(0, b'\x12\x4f\x81\x00\x34\x12\x15\x00', 0, 2, 0),
           std(0, b'\x12\x4f\x07\x00', 0, 2, 0),
           std(0, b'\x12\x4f\x00\x77' + b'\x01\x02' * 10, 0, 2, 0),
           std(0, b'\x12', 0, 2, 0), std(0, b'\x12\x4f', 0, 2, 0), std(0, b'\x12\x4f\x00', 0, 2, 0)]
# enhanced beacon (2015) with header and payload IEs
sync = mshort(0x1a, b'\x01\x02\x03\x04\x05\x06')
slotf = mshort(0x1b, b'\x01\x00\x65\x00\x02' + b'\x00\x00\x00\x00\x0f' + b'\x01\x00\x02\x00\x02')
tslot = mshort(0x1c, b'\x00')
tslot_full = mshort(0x1c, bytes([1]) + b'\x10\x00' * 11 + b'\x20\x00\x00' + b'\x30\x00')
hop = mlong(0x9, b'\x00')
frames += [std(0, HT1 + pie(1, sync + slotf + tslot + hop) + PT + b'eb', 0, 2, 2, ie=1, panc=0),
           std(0, HT1 + pie(1, tslot_full + mlong(0x9, b'\x01\x02\x00\x03\x00\x10\x00\x00\x00\x01\x02'
                                                     b'\x03\x04\x05\x06\x07\x08\x09\x00\x01\x00')), 0, 3, 2, ie=1),
           std(0, HT1 + pie(1, b''.join(mshort(s, b'\x01\x02') for s in range(0x1d, 0x37))), 0, 2, 2, ie=1),
           std(0, HT1 + pie(1, mshort(0x08, b'\x00\x12\x4b\x99') + mshort(0x08, b'\x00\x12') +
                            mlong(0x0a, b'\x01') + mshort(0x10, b'\x02') + mshort(0x7f, b'')), 0, 2, 2, ie=1)]
# header IEs: every known element with data, reserved ids, terminators
hdr = b''.join(hie(e, bytes(range(1, 9))) for e in
               (0x00, 0x1a, 0x1b, 0x1d, 0x1e, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2a, 0x2b, 0x2c, 0x40))
frames += [std(1, hdr + HT2 + PAY, 2, 2, 2, ie=1, panc=1),
           std(1, hie(0x1a, b'\x01\x02\x03\x04') + hie(0x1a, b'\x01\x02\x03\x04\x05\x06') +
               hie(0x1b, b'\x01\x02\x03\x04\x05') + hie(0x1d, b'\x01\x02') + hie(0x1d, b'\x01\x02\x03\x04') +
               hie(0x1e, b'\xff\x0f') + hie(0x1e, b'\x01\x88') + hie(0x2b, b'\x01') + hie(0x00, b'\x00\x12\x4b') +
               HT2, 3, 3, 2, ie=1),
           std(1, hie(0x1c, b'\x12\x8f\x01\x02\x03\x04\x05\x06\x07\x08\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09'
                      b'\x0a\x0b\x0c\x0d') + hie(0x21, b'\x12\x8f\x01\x02\x03\x04\x05\x06\x07\x08\x00\x01\x02'
                                               b'\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f'), 2, 2, 2,
               ie=1, panc=1),
           std(1, hie(0x1c, b'\x12\x8f\x01'), 2, 2, 2, ie=1, panc=1),
           std(1, struct.pack('<H', 0x8000 | 3 << 7 | 2) + b'\x01\x02' + struct.pack('<H', 0x4000 | 5 << 7 | 1) +
               b'\x01' + HT2, 2, 2, 2, ie=1, panc=1),
           std(1, hie(0x1a, b'\x01\x02\x03\x04\x05\x06\x07\x08\x09'), 2, 2, 2, ie=1, panc=1),
           std(1, hie(0x1a, b'\x01\x02\x03'), 2, 2, 2, ie=1, panc=1),
           std(1, b'\x01', 2, 2, 2, ie=1, panc=1)]
# payload IEs of each group after HT1
mpx = [pie(3, b'\x00\x00\x08\x06\x01'), pie(3, b'\x01\x06\x01\x02'), pie(3, b'\x02\x10\x00\x00\x05\x01\x02'),
       pie(3, b'\x0a\x10\x00\x00\x05\x01\x02'), pie(3, b'\x04\x10\x00\x00\x09\x01\x02'), pie(3, b'\x06\x01'),
       pie(3, b'\x06\x01\x02\x03'), pie(3, b'\x03\x01\x02'), pie(3, b'\x05'), pie(3, b'\x07\x09'), pie(3, b'\x00')]
frames += [std(1, HT1 + pie(0, b'\x01\x02\x03') + pie(2, b'\x00\x12\x4b\x01\x02') + pie(2, b'\x00\x12') +
               pie(5, b'\x01\x02\x03') + pie(5, b'') + pie(7, b'\x09') + pie(1, b'') + PT + PAY, 2, 2, 2, ie=1,
               panc=1)]
frames += [std(1, HT1 + m + PT, 2, 2, 2, ie=1, panc=1) for m in mpx]
frames += [std(1, HT1 + struct.pack('<H', 0x0003) + b'\x01\x02\x03', 2, 2, 2, ie=1, panc=1),
           std(1, HT1 + pie(1, b'\x05'), 2, 2, 2, ie=1, panc=1),
           std(1, HT1 + pie(1, mshort(0x1a, b'\x01\x02\x03\x04\x05\x06\x07')), 2, 2, 2, ie=1, panc=1),
           std(1, HT1 + pie(0, b'\x01\x02\x03\x04\x05')[:5], 2, 2, 2, ie=1, panc=1)]
# secured frames: each key id mode, levels with and without MIC, frame counter suppressed
mic = bytes(range(0xe0, 0xf0))
frames += [std(1, aux(5, 1) + b'\x99' * 6 + mic[:4], 2, 2, 1, sec=1, panc=1),
           std(1, aux(7, 2) + b'\x99' * 3 + mic, 3, 3, 1, sec=1),
           std(1, aux(2, 3) + b'\x99' * 3 + mic[:8], 2, 3, 1, sec=1, panc=1),
           std(1, aux(4, 0) + b'\x99' * 3, 2, 2, 1, sec=1, panc=1),
           std(1, aux(6, 1, fc_supp=1) + hie(0x1e, b'\x01\x00') + HT1 + pie(1, sync) + mic[:8], 2, 2, 2, sec=1,
               ie=1, panc=1),
           std(1, aux(1, 1, fc_supp=1) + HT1 + pie(1, sync) + b'\x55' + mic[:4], 2, 2, 2, sec=1, ie=1, panc=1),
           std(3, aux(5, 2) + b'\x04' + mic[:4], 2, 2, 1, sec=1, panc=1),
           std(0, aux(3, 1) + b'\x12\x8f\x00\x00' + mic, 0, 2, 1, sec=1),
           std(1, aux(7, 1) + b'\x01\x02', 2, 2, 1, sec=1, panc=1),
           std(1, b'', 2, 2, 1, sec=1, panc=1),
           std(1, aux(5, 3)[:6], 2, 2, 1, sec=1, panc=1),
           std(1, aux(5, 2)[:7], 2, 2, 1, sec=1, panc=1),
           std(1, b'\x0d\x01', 2, 2, 1, sec=1, panc=1)]
# MAC commands: each known command with its data, short and reserved ones
cmds = [b'\x01\x8e', b'\x01', b'\x02\x34\x12\x00', b'\x02\x34\x12\x01', b'\x02\x34\x12\x02', b'\x02\x34\x12\x03',
        b'\x02\x34\x12\x80', b'\x02\x34\x12\x90', b'\x02\x34', b'\x03\x01', b'\x03\x02', b'\x03\x03', b'\x03',
        b'\x04', b'\x05', b'\x06', b'\x07', b'\x08\xef\xbe\x00\x00\x0b\x34\x12', b'\x08\xef\xbe\x00\x00\x0b\x34\x12\x00',
        b'\x08\xef\xbe', b'\x09\x3f', b'\x09', b'\x0a\x01', b'\x0b\x01', b'\x0c\x01\x02', b'\x13\x01', b'\x14',
        b'\x15', b'\x16', b'\x17', b'\x18', b'\x19', b'\x1a', b'\x1b', b'\x1c', b'\x1d\x01', b'\x20', b'\x21',
        b'\x22', b'\x23', b'\x24\x00\x12\x4b', b'\x2f\x01', b'\x30\x01', b'\xff']
frames += [std(3, c, 3, 3, 0, ar=1, seq=i) for i, c in enumerate(cmds)]
frames += [std(3, b'', 2, 2, 0, panc=1), std(3, b'\x07', 2, 0, 0, dpan=0xffff), std(3, b'\x07', 2, 0, 2),
           std(3, hie(0x1e, b'\x01\x00') + HT2 + b'\x01\x8e', 3, 3, 2, ie=1)]
# multipurpose frames: short frame control, long with each option
mp = [bytes([0x05 | 2 << 4 | 0 << 6, 0x11]) + b'\x34\x12' + PAY,
      bytes([0x05 | 3 << 4 | 0 << 6, 0x12]) + SHORT[3] + PAY,
      bytes([0x05, 0x13]) + PAY,
      bytes([0x05 | 2 << 4 | 2 << 6, 0x14]) + b'\x34\x12\xcd\xab']


def mpl(dm, sm, pan=1, sec=0, seqs=0, pend=0, ver=0, ar=0, ie=0, body=b''):
    f = 0x0d | dm << 4 | sm << 6 | pan << 8 | sec << 9 | seqs << 10 | pend << 11 | ver << 12 | ar << 14 | ie << 15
    h = struct.pack('<H', f) + (b'' if seqs else b'\x42')
    if pan:
        h += b'\xef\xbe'
    return h + SHORT.get(dm, b'') + SHORT2.get(sm, b'') + body


mp += [mpl(2, 2, body=PAY), mpl(3, 3, pan=0, pend=1, ar=1, body=PAY), mpl(0, 3, seqs=1, ver=1, body=PAY),
       mpl(2, 0, ie=1, body=hie(0x1e, b'\x01\x00') + HT1 + pie(1, sync) + PT + PAY),
       mpl(2, 2, sec=1, body=aux(5, 1) + b'\x99' * 4 + mic[:4]),
       mpl(2, 2, sec=1, ie=1, body=aux(6, 2) + HT1 + pie(1, sync) + mic[:8]),
       mpl(2, 2, sec=1, body=aux(3, 3) + b'\x01'), mpl(2, 2, sec=1), mpl(1, 2), mpl(2, 1),
       mpl(2, 2, ie=1, body=b'\x01'), mpl(2, 2, ie=1, body=hie(0x1a, b'\x01\x02\x03\x04\x05\x06\x07\x08') + HT2)]
frames += mp
# reserved, fragment and extended frame types
frames += [struct.pack('<HB', 0x8804 | t, 1) + b'\x01\x02\x03\x04' for t in (0, 2, 3)]

recs = [fcs(f) for f in frames]
# wrong FCS, and frames too short for one
recs += [bad_fcs(frames[0]), bad_fcs(mp[0]), bad_fcs(mp[4]), frames[0][:-1] + b'\x00\x00']
recs += [b'', b'\x41', b'\x41\x88', b'\x41\x88\x01', b'\x05', b'\x05\x11', b'\x05\x11\x00', b'\x0d\x01', b'\x0d\x01\x42',
         b'\x42\x00', b'\x00\xc0\x01']
pcapfile.write(os.path.join(out, 'wpan.pcap'), recs, linktype=195)
pcapfile.write(os.path.join(out, 'wpan-nofcs.pcap'), frames, linktype=230)

# rich frames cut by the snap length at many points
cuts = []
rich = [frames[1], std(0, b'\x12\x8f' + gts + pend + b'beacon', 0, 3, 1), frames[-1],
        std(1, hdr[:30] + HT1 + pie(1, sync + slotf + hop) + PT + PAY, 2, 2, 2, ie=1, panc=1),
        std(1, aux(7, 3) + b'\x99' * 3 + mic, 3, 3, 1, sec=1), std(3, cmds[17], 3, 3, 0), mp[4], mp[8]]
for f in rich:
    full = fcs(f)
    for n in sorted(set([1, 2, 3, 4, 5, 7, 9, 12, 15, 20, 25, 30, 40, 50, len(full) - 3, len(full) - 2,
                         len(full) - 1])):
        if 0 < n < len(full):
            cuts.append((full, n))
pcapfile.write(os.path.join(out, 'wpan-cut.pcap'), cuts, linktype=195)
