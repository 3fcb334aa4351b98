#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""ISO golden inputs: IS-IS PDUs (LAN and p2p hellos, LSP, CSNP, PSNP) over
802.3/LLC, EtherType 0xfefe and Cisco HDLC, bad headers (version, system-ID
length, fixed length, area count, PDU type), truncated copies; Cisco HDLC
frames with SLARP request, reply, keepalive (with and without uptime),
unknown codes, trailing bytes and an unknown protocol. Extended TLVs:
TE and SR sub-TLVs of extended IS and IP reachability, multi-topology,
router capability, SPB, authentication, checksum, purge originator, and
their lying lengths. CLNP data, echo and error report PDUs (with the
reported PDU inside, nested), segmentation, every option, and ES-IS ESH,
ISH and redirect PDUs with options; bad versions, length indicators and
option lengths, cuts. Frame Relay (link type 107): RFC 2427 NLPID
frames with 2-, 3- and 4-byte Q.922 addresses, pad bytes where they
belong and not, Cisco EtherType encapsulation, invalid addresses,
unknown NLPIDs, FRF.15 fragment headers (one too short), cuts. Juniper Ethernet (link type 178): the MGC header
with and without extension TLVs, without an L2 header, bad magic, an
extension length shorter than its TLVs.
Usage: iso.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import Ether, IP, ICMP, LLC, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T0 = 1700000000
MA = '00:11:22:33:44:55'
ISIS_MC = '01:80:c2:00:00:14'


def wpcap(name, linktype, recs):
    """recs: list of bytes or (bytes, caplen) tuples"""
    pcapfile.write(os.path.join(out, name), recs, linktype, T0)


SYS_A = bytes.fromhex('111122223333')
SYS_B = bytes.fromhex('4444aaaa0001')


def common(pdu_type, fixed_len, version=1, id_len=0, pdu_version=1, max_area=0):
    return bytes([0x83, fixed_len, version, id_len, pdu_type, pdu_version, 0, max_area])


def lan_iih(level=1, prio=64, tlvs=b'', **kw):
    hdr = (bytes([level]) + SYS_A + struct.pack('>H', 30)
           + struct.pack('>H', 27 + len(tlvs)) + bytes([prio]) + SYS_B + b'\x02')
    return common(15 if level == 1 else 16, 27, **kw) + hdr + tlvs


def ptp_iih(tlvs=b''):
    hdr = b'\x03' + SYS_B + struct.pack('>HHB', 9, 20 + len(tlvs), 0x05)
    return common(17, 20) + hdr + tlvs


def lsp(level=1, seq=0x2a, life=1199, tlvs=b''):
    hdr = (struct.pack('>HH', 27 + len(tlvs), life) + SYS_A + b'\x00\x00'
           + struct.pack('>IHB', seq, 0x1234, 0x03))
    return common(18 if level == 1 else 20, 27) + hdr + tlvs


def csnp(level=2):
    hdr = struct.pack('>H', 33) + SYS_A + b'\x00' + b'\x00' * 8 + b'\xff' * 8
    return common(24 if level == 1 else 25, 33) + hdr


def psnp(level=1):
    hdr = struct.pack('>H', 17) + SYS_B + b'\x00'
    return common(26 if level == 1 else 27, 17) + hdr


def llc(pdu):
    return raw(Ether(dst=ISIS_MC, src=MA) / LLC(dsap=0xfe, ssap=0xfe, ctrl=3) / pdu)


area = b'\x01\x04\x03\x49\x00\x0a'
pdus = [lan_iih(1), lan_iih(2, prio=0x85), ptp_iih(), lsp(1), lsp(2, seq=0xffffffff, life=5),
        csnp(1), csnp(2), psnp(1), psnp(2)]
isis = [llc(p) for p in pdus]
# bad headers
isis += [llc(common(15, 27, version=2) + b'\0' * 19),
         llc(common(15, 27, id_len=4) + b'\0' * 19),
         llc(common(15, 27, pdu_version=3) + b'\0' * 19),
         llc(common(15, 200) + b'\0' * 19),
         llc(common(15, 5) + b'\0' * 19),
         llc(common(15, 27, max_area=255) + b'\0' * 19),
         llc(common(15, 27, max_area=2) + lan_iih()[8:]),
         llc(common(15, 26) + b'\0' * 19),
         llc(common(26, 18) + b'\0' * 19),
         llc(common(18, 20) + b'\0' * 19),
         llc(common(9, 8) + b'\x01\x02\x03')]
# NLPIDs other than IS-IS (null, IPv4) and an unknown one
isis += [llc(b'\x00\x01\x02'),
         llc(b'\xcc' + raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP())),
         llc(b'\x42\x01\x02\x03')]
# EtherType 0xfefe: a pad byte before the NLPID
isis += [raw(Ether(dst=ISIS_MC, src=MA, type=0xfefe) / (b'\xfe' + psnp()))]
wpcap('iso-isis.pcap', 1, isis)
# truncated inside the common header and inside the fixed header; a TLV
full = llc(lan_iih())
cut = [(full, c) for c in (17, 18, 22, 30, 40, 47)]
full = llc(lsp())
cut += [(full, c) for c in (25, 35, 45)]
cut += [llc(lan_iih(tlvs=area))]
wpcap('iso-isis-cut.pcap', 1, cut)


def tlv(t, v):
    return bytes([t, len(v)]) + v


metrics = b'\x0a\x80\x45\x80'
tl = (tlv(129, b'\xcc\x8e\x55') + tlv(132, bytes([10, 0, 0, 1, 10, 0, 0, 2]))
      + tlv(1, b'\x03\x49\x00\x0a\x01\x39') + tlv(6, SYS_B + SYS_A)
      + tlv(211, b'\x03\x00\x1e' + SYS_B) + tlv(211, b'\x00') + tlv(240, b'\x00\x00\x00\x00\x07' + SYS_B + b'\x00\x00\x00\x09')
      + tlv(137, b'router-1') + tlv(134, bytes([1, 2, 3, 4]))
      + tlv(2, b'\x00' + metrics + SYS_B + b'\x01') + tlv(3, metrics + SYS_A)
      + tlv(128, metrics + bytes([10, 1, 0, 0, 255, 255, 0, 0]) + b'\x8a\x80\x80\x80' + bytes([10, 2, 0, 0, 255, 0, 255, 0]))
      + tlv(130, b'\x4a\x80\x80\x80' + bytes([0, 0, 0, 0, 0, 0, 0, 0]))
      + tlv(9, b'\x04\xa0' + SYS_A + b'\x00\x00' + b'\x00\x00\x00\x0e\x59\x10')
      + tlv(8, b'\0' * 5) + tlv(99, b'\x01\x02\x03'))
bad = [tlv(1, b'\x09\x49'), tlv(128, b'\x0a' * 5), tlv(132, b'\x0a\x00'), tlv(9, b'\x00' * 10),
       tlv(2, b''), tlv(6, b'\x01\x02'), b'\x81\x30\xcc', b'\x81']
tlvp = [llc(lsp(tlvs=tl)), llc(lan_iih(tlvs=tl)), llc(ptp_iih(tlvs=tl))]
tlvp += [llc(lsp(tlvs=b)) for b in bad]
wpcap('iso-isis-tlv.pcap', 1, tlvp)


def stlv(t, v):
    return bytes([t, len(v)]) + v


def f32(x):
    return struct.pack('>f', x)


NODE_B = SYS_B + b'\x01'
te = (stlv(3, b'\x00\x00\x00\x05') + stlv(4, b'\x00\x00\x01\x80\x00\x00\x00\x02')
      + stlv(6, bytes([10, 0, 12, 1])) + stlv(8, bytes([10, 0, 12, 2]))
      + stlv(9, f32(125000000.0)) + stlv(10, f32(62500000.0))
      + stlv(11, f32(1000.0) * 8) + stlv(18, b'\x00\x00\x64')
      + stlv(19, b'\x00\x05') + stlv(20, b'\x12\x07')
      + stlv(22, b'\x00' + f32(1e6) + f32(2e6)) + stlv(29, b'\x00\x00\x0a\x02\x00\x07')
      + stlv(32, b'\x30\x00' + SYS_A + b'\x00\x00\x12')
      + stlv(32, b'\x00\x01' + SYS_A + b'\x00\x00\x00\x13')
      + stlv(32, b'\x20\x00' + SYS_A + b'\x00\x00\x14'))
iscd = (stlv(21, b'\x01\x02\x00\x00' + f32(1e8) * 8 + f32(1e3) + b'\x05\xdc')
        + stlv(21, b'\x64\x05\x00\x00' + f32(1e8) * 8 + f32(1e3) + b'\x01\x00\x00\x00')
        + stlv(21, b'\x33\x02\x00\x00' + f32(1e8) * 8 + b'\xaa\xbb') + stlv(99, b'\x01\x02'))


def ext_is(node, metric, subs):
    return node + struct.pack('>I', metric)[1:] + bytes([len(subs)]) + subs


def ext_ip(metric, bits, pfx, subs=None, up=True):
    ctl = bits | (0 if up else 0x80) | (0x40 if subs is not None else 0)
    r = struct.pack('>IB', metric, ctl) + pfx[:(bits + 7) // 8]
    return r + (bytes([len(subs)]) + subs if subs is not None else b'')


def ext_ip6(metric, bits, pfx, subs=None, ext=False):
    ctl = (0x40 if ext else 0) | (0x20 if subs is not None else 0)
    r = struct.pack('>IBB', metric, ctl, bits) + pfx[:(bits + 7) // 8]
    return r + (bytes([len(subs)]) + subs if subs is not None else b'')


ipsub = (stlv(1, b'\x00\x00\x00\x64\x00\x00\x00\x65') + stlv(2, b'\x00\x00\x00\x01\x00\x00\x00\x02')
         + stlv(3, b'\x40\x00\x00\x00\x00\x28') + stlv(3, b'\x08\x01\x00\x3e\x80')
         + stlv(117, b'\x00\x00\x00\x07') + stlv(44, b'\xaa'))
p6 = bytes.fromhex('20010db8000100000000000000000000')
sr = b'\xc0\x00\x03\xe8' + stlv(1, b'\x00\x0f\xa0')
mcid = b'\x00' + b'region-one'.ljust(32, b'\0') + b'\x00\x01' + bytes(range(16))
spb_inst = (bytes(range(8)) + b'\x00\x00\x00\x0a' + b'\x80\x00' + b'\x00\x10\x00\x05' + b'\x01'
            + b'\xe0' + b'\x00\x80\xc2\x01' + b'\x06\x40\x07')
ext = (tlv(22, ext_is(NODE_B, 10, te)) + tlv(22, ext_is(NODE_B, 20, iscd))
       + tlv(22, ext_is(NODE_B, 0xffffff, b'') + ext_is(SYS_A + b'\x02', 5, b''))
       + tlv(24, NODE_B + b'\x00')
       + tlv(135, ext_ip(10, 24, bytes([10, 1, 2, 0])) + ext_ip(20, 32, bytes([7, 7, 7, 1]), ipsub)
             + ext_ip(30, 0, b'', up=False))
       + tlv(236, ext_ip6(10, 64, p6) + ext_ip6(5, 128, bytes(range(16)), stlv(1, b'\x00\x00\x00\x09'), ext=True))
       + tlv(222, b'\x00\x02' + ext_is(NODE_B, 7, b''))
       + tlv(235, b'\x80\x00' + ext_ip(1, 8, b'\x0a'))
       + tlv(237, b'\x40\x02' + ext_ip6(1, 48, p6))
       + tlv(229, b'\x00\x00\x80\x02\x4f\xff\x00\x07')
       + tlv(7, b'\x00\x01\x00\x02\x00\x03') + tlv(7, b'\x00\x05\x00')
       + tlv(10, b'\x01secret') + tlv(10, b'\x36' + bytes(range(16))) + tlv(10, b'\x03\x00\x07\xaa\xbb')
       + tlv(10, b'\xff\x01\x02') + tlv(10, b'\x36\x01\x02')
       + tlv(13, b'\x01' + SYS_A) + tlv(13, b'\x02' + SYS_A + SYS_B) + tlv(13, b'\x00')
       + tlv(14, b'\x05\xd4') + tlv(4, SYS_A + SYS_B)
       + tlv(5, metrics + b'\x06\x49\x00\x01' + b'\x01')
       + tlv(131, b'\x02\xfd\xe8') + tlv(131, b'\x01\x01\x02')
       + tlv(138, NODE_B + b'\x01' + bytes([10, 0, 0, 1, 10, 0, 0, 2]) + b'\x00\x00\x00\x11')
       + tlv(232, p6) + tlv(241, b'\x00\x00\x01\x00')
       + tlv(242, bytes([7, 7, 7, 1]) + b'\x03' + stlv(2, sr) + stlv(9, b'\x01'))
       + tlv(250, b'\x00\x00\x0c\x01\x02')
       + tlv(143, b'\x00\x01' + stlv(4, mcid + mcid) + stlv(5, b'\x3f' + bytes(range(32)))
             + stlv(6, b'\x00\x80\xc2\x01\x06\x48'))
       + tlv(144, b'\x80\x01' + stlv(1, spb_inst) + stlv(3, b'\x00\x11\x22\x33\x44\x55\x00\x07'
                                                         + b'\xc0\x00\x00\x64'))
       + tlv(12, b'\x00\x00') + tlv(12, b'\x12\x34'))
# lying lengths: a sub-TLV longer than its sum, past the TLV, a sum past
# the TLV, a bad prefix length, a sub-TLV length that wraps the sum, a
# short router capability, an odd MT list, short SPB sub-TLVs
extbad = [tlv(22, NODE_B + b'\x00\x00\x01\x04' + stlv(3, b'\x00\x00\x00\x01')),
          tlv(22, NODE_B + b'\x00\x00\x01\x08' + b'\x03\x06\x00\x00'),
          tlv(22, NODE_B + b'\x00\x00\x01\x30' + stlv(3, b'\x00\x00\x00\x01')),
          tlv(22, NODE_B + b'\x00\x00'),
          tlv(135, struct.pack('>IB', 1, 40) + b'\x0a\x00\x00\x00\x00'),
          tlv(135, struct.pack('>IB', 1, 0x48) + b'\x0a' + b'\x03' + stlv(3, b'\x00\x00\x00\x00\x00\x01')),
          tlv(135, struct.pack('>IB', 1, 0x48) + b'\x0a' + b'\x04' + stlv(1, b'\x00\x00\x00\x01')),
          tlv(236, struct.pack('>IBB', 1, 0, 200)),
          tlv(242, b'\x01\x02\x03'), tlv(242, bytes([1, 2, 3, 4, 0]) + b'\x02\x02\x00\x00'),
          tlv(229, b'\x00\x02\x00'),
          tlv(143, b'\x00\x01' + stlv(4, b'\x00' * 10)), tlv(143, b'\x00\x01' + b'\x06\x09' + b'\x00' * 4),
          tlv(144, b'\x00\x01' + stlv(1, b'\x00' * 12)), tlv(144, b'\x00\x01' + stlv(3, b'\x00' * 4)),
          tlv(13, b'\x02' + SYS_A), tlv(7, b'\x00'), tlv(10, b'')]
extp = [llc(lsp(tlvs=ext)), llc(lsp(2, tlvs=ext[:200]))]
extp += [llc(lsp(tlvs=b)) for b in extbad]
full = llc(lsp(tlvs=tlv(22, ext_is(NODE_B, 10, te))))
extp += [(full, c) for c in (60, 75, 100)]
full = llc(lsp(tlvs=tlv(135, ext_ip(20, 32, bytes([7, 7, 7, 1]), ipsub))))
extp += [(full, c) for c in (60, 70)]
wpcap('iso-isis-ext.pcap', 1, extp)


NSAP_A = bytes.fromhex('490001111122223333') + b'\x00'
NSAP_B = bytes.fromhex('47000580ffff0000000001') + SYS_B + b'\x00'


def clnp(ptype, opts=b'', data=b'', seg=None, flags=0x00, lifetime=33, li=None, ver=1,
         src=NSAP_A, dst=NSAP_B):
    body = bytes([len(dst)]) + dst + bytes([len(src)]) + src
    if seg is not None:
        body += struct.pack('>HHH', *seg)
        flags |= 0x80
    body += opts
    hl = 9 + len(body) if li is None else li
    total = 9 + len(body) + len(data)
    return (bytes([0x81, hl, ver, lifetime, flags | ptype]) + struct.pack('>HH', total, 0)
            + body + data)


copts = (stlv(205, b'\x0e') + stlv(195, b'\xc5') + stlv(195, b'\x40') + stlv(197, b'\x80\x05')
         + stlv(193, b'\x21') + stlv(193, b'\x93') + stlv(193, b'\x41') + stlv(204, b'\0\0')
         + stlv(200, b'\x01\x03' + bytes([len(NSAP_A)]) + NSAP_A + b'\x00')
         + stlv(203, b'\x00\x01' + b'\x02\x49\x00') + stlv(203, b'\x00\x00')
         + stlv(200, b'\x00\x09\x00') + stlv(200, b'\x00\x02\x05\x01') + stlv(99, b'\x01\x02'))
inner = clnp(28, data=b'\x01\x02\x03')
cl = [clnp(28, data=b'hello'), clnp(30, flags=0x20), clnp(31, data=inner), clnp(31, data=b'\x01\x02'),
      clnp(1, opts=stlv(193, b'\x22'), data=inner), clnp(1, data=clnp(1, data=inner)),
      clnp(29), clnp(17), clnp(28, seg=(0x1234, 8, 400), flags=0x60, data=b'xy'),
      clnp(28, opts=copts)]
# bad: version, li past the PDU, li below the minimum, li short of the
# addresses and the segment part, option length past li, short options
cl += [clnp(28, ver=2), clnp(28, li=200), clnp(28, li=5), clnp(28, li=12),
       clnp(28, li=30), clnp(28, li=31, seg=(1, 2, 3)),
       clnp(28, opts=b'\xcd\x05\x00'), clnp(28, opts=b'\xcd'), clnp(28, opts=stlv(205, b'')),
       clnp(28, opts=stlv(200, b'\x00')), clnp(28, opts=stlv(197, b'\x01')),
       clnp(28, opts=stlv(195, b'')), clnp(28, opts=stlv(193, b''))]
clp = [llc(c) for c in cl]
clp += [raw(Ether(dst=ISIS_MC, src=MA, type=0xfefe) / (b'\xfe' + clnp(30)))]
full = llc(clnp(28, opts=copts))
clp += [(full, c) for c in (20, 25, 40, 60, 90)]


def esis(ptype, rest, li=None, ver=1, hold=300, nlpid=0x82):
    hl = 9 + len(rest) if li is None else li
    return bytes([nlpid, hl, ver, 0, ptype]) + struct.pack('>HH', hold, 0) + rest


eopts = (stlv(198, b'\x00\x3c') + stlv(198, b'\x01') + stlv(197, b'\x01\x02') + stlv(226, b'\xff')
         + stlv(129, b'\x81\xcc\x8e'))
es = [esis(2, b'\x02' + bytes([len(NSAP_A)]) + NSAP_A + bytes([len(NSAP_B)]) + NSAP_B + eopts),
      esis(4, bytes([len(NSAP_B)]) + NSAP_B + stlv(198, b'\x00\x0a')),
      esis(6, bytes([len(NSAP_A)]) + NSAP_A + b'\x06' + bytes.fromhex('00aabbccddee')
           + bytes([len(NSAP_B)]) + NSAP_B),
      esis(6, b'\x02\x49\x00' + b'\x03\x01\x02\x03' + b'\x00'),
      esis(6, b'\x02\x49\x00' + b'\x00' + b'\x00'),
      esis(9, b'\x01\x02\x03\x04'),
      esis(2, b'\x00')]
es += [esis(2, b'\x01\x02', ver=3), esis(2, b'\x01\x02', li=80), esis(2, b'\x01\x02', li=9),
       esis(2, b'\x03\x02\x49\x00'), esis(2, b'\x01\x09\x49'), esis(4, b'\x05\x49'),
       esis(4, b'\x01\x49\x81'), esis(4, b'\x01\x49' + b'\x81\x05\x01'),
       esis(6, b'\x05\x01'), esis(6, b'\x01\x49\x09\x01'), esis(6, b'\x01\x49\x00', li=12),
       b'\x82\x01']
esp = [llc(e) for e in es]
full = llc(es[0])
esp += [(full, c) for c in (20, 30, 40, 50)]
wpcap('iso-clnp.pcap', 1, clp + esp)


def q922(dlci, n=2, flags=0):
    """a Q.922 address of n bytes; flags: 0x02 C/R, 0x08 FECN, 0x04 BECN, 0x02 DE (2nd byte)"""
    if n == 2:
        return bytes([((dlci >> 2) & 0xfc) | (flags >> 8 & 2), ((dlci << 4) & 0xf0) | (flags & 0x0e) | 1])
    if n == 3:
        return bytes([((dlci >> 9) & 0xfc), ((dlci >> 3) & 0xf0) | (flags & 0x0e), ((dlci << 2) & 0xfc) | 1])
    return bytes([((dlci >> 15) & 0xfc), ((dlci >> 9) & 0xf0) | (flags & 0x0e), ((dlci >> 5) << 1) & 0xfe,
                  ((dlci << 2) & 0xfc) | 3])


ip4 = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP(id=7, seq=1))
fr = [q922(100) + b'\x03\x83' + lsp(tlvs=tl),
      q922(100, flags=0x20e) + b'\x03\x82' + es[0],
      q922(17) + b'\x03\x81' + clnp(28, data=b'abc'),
      q922(16) + b'\x03\xcc' + ip4,
      q922(16) + b'\x03\x8e' + bytes.fromhex('6000000000083a40' + 'fe80' + '00' * 13 + '01' + 'ff02' + '00' * 13 + '01')
      + b'\x80\x00\x00\x00\x00\x01\x00\x01',
      q922(300, 3) + b'\x03\x00\x83' + psnp(), q922(300, 3) + b'\x03\x83' + psnp(),
      q922(5000, 4) + b'\x03\x00\xcc' + ip4, q922(20) + b'\x03\x00\xcc' + ip4,
      q922(22) + b'\x08\x00' + ip4, q922(22) + b'\x12\x34\x03\x83',
      q922(0) + b'\x03\x42\x01\x02\x03', q922(99) + b'\x03\x80\x00\x00\x00\x08\x00',
      q922(99) + b'\x03\x80\x00\x00\x0c\x12\x34\x01\x02',
      b'\x01\x02\x03\x04', b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00',
      b'\x18\x40\x55\x66\x77', q922(9) + b'\x03', q922(9) + b'\x44', b'\x18\x41\x03',
      q922(40) + b'\x03\xb1\xc1\x23data', q922(41) + b'\x03\xb1\x3e\xff',
      q922(42) + b'\x03\xb1\x80']
full = q922(100) + b'\x03\x83' + lsp(tlvs=tl)
fr += [(full, c) for c in (3, 5, 20, 40)]
wpcap('iso-fr.pcap', 107, fr)


def jnx(flags, frame, ext=None):
    h = b'MGC' + bytes([flags])
    if ext is not None:
        h += struct.pack('>H', len(ext)) + ext
    return h + frame


ip6 = bytes.fromhex('6000000000083a40' + 'fe80' + '00' * 13 + '01' + 'ff02' + '00' * 13 + '01') + \
    b'\x80\x00\x00\x00\x00\x01\x00\x01'
jext = (stlv(1, b'\x05\x00\x00\x00') + stlv(2, b'ge-0/0/0') + stlv(3, b'\x01') + stlv(4, b'\x2c\x01')
        + stlv(5, b'\x00') + stlv(6, b'\x0e') + stlv(7, b'\x02') + stlv(8, b'\x01') + stlv(130, b'\x00\x01')
        + stlv(9, b'\x01\x02\x03\x04\x05'))
jn = [jnx(0x00, llc(psnp())), jnx(0x01, llc(lsp(tlvs=tl))), jnx(0x81, llc(csnp()), jext),
      jnx(0xc5, raw(Ether(dst=ISIS_MC, src=MA) / ip4), stlv(3, b'\x01')),
      jnx(0x03, b'\0\0\0\0' + ip4), jnx(0x02, b'\0\0\0\0' + ip6), jnx(0x02, b'\0\0\0\0\x01\x02'),
      jnx(0x82, b'\0\0\0\0' + ip4, stlv(1, b'\x07')),
      b'MGX\x00' + llc(psnp()), jnx(0x80, llc(psnp()), b'\x01\x05\x00'),
      jnx(0x80, llc(psnp()), b'\x00\x05\x00\x00'), jnx(0x80, llc(psnp()), b'')]
full = jnx(0x81, llc(csnp()), jext)
jn += [(full, c) for c in (3, 5, 12, 40)]
wpcap('iso-juniper.pcap', 178, jn)


def chdlc(proto, payload, addr=0x0f):
    return struct.pack('>BBH', addr, 0, proto) + payload


def slarp(code, rest):
    return chdlc(0x8035, struct.pack('>I', code) + rest, addr=0x8f)


ip4 = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP(id=7, seq=1))
hd = [slarp(0, b'\0' * 10 + b'\xff\xff'),
      slarp(1, bytes([10, 1, 2, 3, 255, 255, 255, 252]) + b'\0\0' + b'\0\0'),
      slarp(2, struct.pack('>IIH', 1, 0, 0xffff)),
      slarp(2, struct.pack('>IIHI', 0x1234, 0x1233, 0xffff, 90061000)),
      slarp(2, struct.pack('>IIHI', 2, 3, 0xffff, 1000) + b'junk'),
      slarp(7, b'\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a'),
      slarp(0, b'\0' * 4),
      chdlc(0x0800, ip4),
      chdlc(0x1234, b'\x01\x02\x03\x04'),
      chdlc(0xfefe, b'\xfe' + lan_iih()),
      chdlc(0xfefe, csnp()),
      chdlc(0xfefe, b'\x83'),
      b'\x0f\x00\x08']
full = slarp(2, struct.pack('>IIHI', 5, 6, 0xff, 12345678))
hd += [(full, c) for c in (3, 6, 12, 20)]
wpcap('iso-chdlc.pcap', 104, hd)
