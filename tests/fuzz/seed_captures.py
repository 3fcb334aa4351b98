#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Fuzz seeds from a directory of capture files (tcpdump's test captures):
tests/fuzz/seed_captures.py CAPDIR OUTDIR

Writes OUTDIR/decode, ip, udp, tcp (one file per packet, in the framing of
tests/fuzz/fuzz_decode.c) and OUTDIR/capfile (the capture files themselves,
up to 64 KiB). Packets are kept per link type, IP protocol or port (up to
PER_KEY each, distinct contents only), so a capture of ten thousand DNS
packets does not crowd out the one packet of a rare protocol."""
import hashlib
import os
import shutil
import struct
import sys

PER_KEY = 24
MAX_PKT = 4096


def pcap_packets(data):
    """(linktype, bytes, wirelen) of each record of a pcap or pcapng file;
    stops quietly at the first damaged record."""
    if len(data) < 24:
        return
    magic = data[:4]
    if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1'):
        end = '<'
    elif magic in (b'\xa1\xb2\xc3\xd4', b'\xa1\xb2\x3c\x4d'):
        end = '>'
    elif magic == b'\x0a\x0d\x0d\x0a':
        yield from pcapng_packets(data)
        return
    else:
        return
    lt = struct.unpack(end + 'I', data[20:24])[0] & 0x0fffffff
    off = 24
    while off + 16 <= len(data):
        _, _, incl, orig = struct.unpack(end + 'IIII', data[off:off + 16])
        off += 16
        if incl > len(data) - off:
            incl = len(data) - off
        yield lt, data[off:off + incl], orig
        off += incl


def pcapng_packets(data):
    ifaces = []
    off = 0
    end = '<'
    while off + 12 <= len(data):
        btype = struct.unpack(end + 'I', data[off:off + 4])[0]
        if btype == 0x0a0d0d0a:
            bom = data[off + 8:off + 12]
            end = '<' if bom == b'\x4d\x3c\x2b\x1a' else '>'
            ifaces = []
        blen = struct.unpack(end + 'I', data[off + 4:off + 8])[0]
        if blen < 12 or off + blen > len(data):
            return
        body = data[off + 8:off + blen - 4]
        if btype == 1 and len(body) >= 2:
            ifaces.append(struct.unpack(end + 'H', body[:2])[0])
        elif btype == 6 and len(body) >= 20:
            ifid, _, _, cap, orig = struct.unpack(end + 'IIIII', body[:20])
            if ifid < len(ifaces):
                yield ifaces[ifid], body[20:20 + cap], orig
        elif btype == 3 and len(body) >= 4 and ifaces:
            orig = struct.unpack(end + 'I', body[:4])[0]
            yield ifaces[0], body[4:4 + orig], orig
        off += blen


def network_layer(lt, p):
    """(ethertype, offset) of the network header, or None."""
    if lt == 1:
        off, et = 14, None
        if len(p) >= 14:
            et = struct.unpack('>H', p[12:14])[0]
            while et in (0x8100, 0x88a8, 0x9100) and len(p) >= off + 4:
                et = struct.unpack('>H', p[off + 2:off + 4])[0]
                off += 4
        return (et, off) if et else None
    if lt == 113 and len(p) >= 16:
        return struct.unpack('>H', p[14:16])[0], 16
    if lt == 276 and len(p) >= 20:
        return struct.unpack('>H', p[0:2])[0], 20
    if lt in (0, 108) and len(p) >= 4:
        fam = struct.unpack('<I' if lt == 0 else '>I', p[:4])[0]
        if fam not in (2, 24, 28, 30):
            fam = struct.unpack('>I' if lt == 0 else '<I', p[:4])[0]
        return (0x0800 if fam == 2 else 0x86dd), 4
    if lt in (12, 14, 101, 228, 229) and p:
        return (0x0800 if p[0] >> 4 == 4 else 0x86dd), 0
    return None


def transport(lt, p):
    """(v6, ip protocol, payload bytes) of an unfragmented IP packet."""
    nl = network_layer(lt, p)
    if not nl:
        return None
    et, off = nl
    ip = p[off:]
    if et == 0x0800 and len(ip) >= 20 and ip[0] >> 4 == 4:
        ihl = (ip[0] & 15) * 4
        if ihl < 20 or struct.unpack('>H', ip[6:8])[0] & 0x1fff:
            return None
        return False, ip[9], ip[ihl:]
    if et == 0x86dd and len(ip) >= 40 and ip[0] >> 4 == 6:
        return True, ip[6], ip[40:]
    return None


def main():
    capdir, out = sys.argv[1], sys.argv[2]
    fams = ('decode', 'ip', 'udp', 'tcp', 'capfile')
    for f in fams:
        os.makedirs(os.path.join(out, f), exist_ok=True)
    per_key = {}
    seen = set()

    def keep(fam, key, blob):
        h = hashlib.sha1(blob).hexdigest()[:16]
        if (fam, h) in seen or per_key.get((fam, key), 0) >= PER_KEY:
            return
        seen.add((fam, h))
        per_key[(fam, key)] = per_key.get((fam, key), 0) + 1
        with open(os.path.join(out, fam, h), 'wb') as fh:
            fh.write(blob)

    for name in sorted(os.listdir(capdir)):
        if not name.endswith(('.pcap', '.pcapng', '.cap')):
            continue
        path = os.path.join(capdir, name)
        with open(path, 'rb') as fh:
            data = fh.read()
        if len(data) <= 65536:
            shutil.copyfile(path, os.path.join(out, 'capfile', name))
        for lt, p, orig in pcap_packets(data):
            p = p[:MAX_PKT]
            snap = 0x80 if orig > len(p) else 0
            nl = network_layer(lt, p)
            keep('decode', (lt, nl[0] if nl else None), bytes([snap]) + struct.pack('>H', lt & 0xffff) + p)
            t = transport(lt, p)
            if not t:
                continue
            v6, proto, pl = t
            keep('ip', proto, bytes([snap | int(v6), proto]) + pl)
            if proto == 17 and len(pl) >= 8:
                key = min(struct.unpack('>HH', pl[:4]))
                keep('udp', key, bytes([snap]) + pl[:4] + pl[8:])
            elif proto == 6 and len(pl) >= 20:
                doff = (pl[12] >> 4) * 4
                if doff >= 20 and len(pl) > doff:
                    key = min(struct.unpack('>HH', pl[:4]))
                    keep('tcp', key, bytes([snap]) + pl[:4] + pl[doff:])
    for f in fams:
        print('%s: %d seeds' % (f, len(os.listdir(os.path.join(out, f)))))


main()
