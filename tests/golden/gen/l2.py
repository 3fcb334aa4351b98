#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Link-layer golden inputs beyond Ethernet: PPP (link types 9 and 50, with
and without address/control, PFC, pppd direction bytes, RFC 1662 octet
escapes), LCP/IPCP/IPV6CP/CCP/BACP packets with their options (good,
bogus lengths, lengths past the packet), CHAP, PAP, MLPPP; PPPoE discovery
and session over Ethernet, EtherType 0x880b; truncated copies.
Usage: l2.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import Ether, ICMP, IP, IPv6, ICMPv6EchoRequest, TCP, UDP, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

T0 = 1700000000
MA = '00:11:22:33:44:55'
MB = '66:77:88:99:aa:bb'


def wpcap(name, linktype, recs):
    """recs: list of bytes or (bytes, caplen) tuples"""
    pcapfile.write(os.path.join(out, name), recs, linktype, T0)


def cuts(data, points):
    return [(data, c) for c in points if c < len(data)]


def opt(t, v):
    return bytes([t, len(v) + 2]) + v


def cp(code, ident, body, length=None):
    """a control protocol packet: code, id, length, body"""
    n = len(body) + 4 if length is None else length
    return struct.pack('>BBH', code, ident, n) + body


def ppp(proto, payload, acfc=False):
    hdr = b'' if acfc else b'\xff\x03'
    return hdr + struct.pack('>H', proto) + payload


ip4 = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP(id=7, seq=1))
ip6 = raw(IPv6(src='2001:db8::1', dst='2001:db8::2') / ICMPv6EchoRequest(id=1, seq=2))
udp4 = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=2) / UDP(sport=1234, dport=9) / b'\x7e\x7d\x01')

lcp_opts = (opt(1, b'\x05\xdc') + opt(2, b'\x00\x0a\x00\x00') + opt(3, b'\xc2\x23\x05')
            + opt(3, b'\xc0\x23') + opt(5, b'\x12\x34\x56\x78') + opt(7, b'') + opt(8, b'')
            + opt(4, b'\xc0\x25\x00\x00\x00\x0a') + opt(13, b'\x06') + opt(17, b'\x05\xd4')
            + opt(19, b'\x02\x0a\x00\x00\x01') + opt(19, b'\x03\x00\x11\x22\x33\x44\x55')
            + opt(19, b'\x00') + opt(19, b'\x01\x41') + opt(19, b'\x09') + opt(23, b'\x00\x07')
            + opt(0, b'\x00\x00\x0c\x01') + opt(9, b'\x01') + opt(40, b'\xaa\xbb'))
lcp_bad = [opt(1, b'\x05'), opt(2, b'\x00'), opt(3, b'\xc2'), opt(5, b'\x01'), opt(3, b'\x12\x34'),
           opt(19, b'\x02\x01'), opt(19, b'\x03\x01'), opt(0, b'\x00'), opt(13, b''),
           opt(17, b'\x01'), opt(23, b'\x01'), opt(4, b'\x01'), b'\x01\x01', b'\x30\x00',
           b'\x01\x09\x05\xdc']
ipcp_opts = (opt(3, bytes([10, 0, 0, 1])) + opt(129, bytes([8, 8, 8, 8])) + opt(130, bytes([1, 1, 1, 1]))
             + opt(131, bytes([8, 8, 4, 4])) + opt(132, bytes([2, 2, 2, 2])) + opt(4, bytes([3, 3, 3, 3]))
             + opt(2, b'\x00\x2d\x0f\x01') + opt(1, bytes([10, 0, 0, 1, 10, 0, 0, 2]))
             + opt(2, b'\x00\x61' + struct.pack('>HHHHH', 15, 16, 256, 5, 40))
             + opt(2, b'\x00\x61' + struct.pack('>HHHHH', 15, 16, 256, 5, 40) + b'\x01\x02\x02\x04\x00\x00')
             + opt(2, b'\x12\x34') + opt(99, b'\x01\x02\x03'))
ipcp_bad = [opt(3, b'\x0a'), opt(1, b'\x0a'), opt(2, b'\x00'), opt(2, b'\x00\x61\x00'),
            opt(2, b'\x00\x61' + b'\x00' * 10 + b'\x01\x09'), b'\x03\x01']
ip6cp_opts = opt(1, bytes.fromhex('0211 22ff fe33 4455')) + opt(2, b'\x00\x2d') + opt(1, b'\x01\x02')
ccp_opts = (opt(21, b'\x2f') + opt(24, b'\xa5\x01') + opt(26, b'\x78\x00') + opt(26, b'\x75\x07')
            + opt(18, b'\x00\x00\x00\x01') + opt(1, b'') + opt(21, b'') + opt(24, b'\x01')
            + opt(26, b'\x01'))
bacp_opts = opt(1, b'\x01\x02\x03\x04') + opt(1, b'\x01') + opt(2, b'\x05')

ctrl = [ppp(0xc021, cp(1, 1, lcp_opts)),
        ppp(0xc021, cp(2, 1, lcp_opts[:20])),
        ppp(0xc021, cp(4, 9, opt(40, b'\x01'))),
        ppp(0xc021, cp(3, 2, opt(1, b'\x05\xdc')))]
ctrl += [ppp(0xc021, cp(1, 3, b)) for b in lcp_bad]
ctrl += [ppp(0xc021, cp(1, 4, b''), acfc=True),
         ppp(0xc021, cp(5, 5, b'bye')),
         ppp(0xc021, cp(6, 5, b'')),
         ppp(0xc021, cp(7, 6, b'\x20\x01\x00\x04')),
         ppp(0xc021, cp(8, 7, b'\x80\x57\x01\x01\x00\x08\x01\x02\x03\x04')),
         ppp(0xc021, cp(8, 7, b'\x12\x34')),
         ppp(0xc021, cp(9, 8, b'\x11\x22\x33\x44')),
         ppp(0xc021, cp(10, 8, b'\x11\x22\x33\x44' + b'trailing data')),
         ppp(0xc021, cp(11, 9, b'\x01\x02\x03\x04')),
         ppp(0xc021, cp(12, 10, b'\x01\x02\x03\x04' + b'hello\x01world')),
         ppp(0xc021, cp(13, 11, b'\x01\x02\x03\x04\x00\x00\x0e\x10')),
         ppp(0xc021, cp(0, 12, b'\x01\x02\x03\x04\x00\x00\x0c\x01\x02\x03')),
         ppp(0xc021, cp(20, 13, b'\x01\x02\x03\x04')),
         ppp(0xc021, cp(1, 14, b'', length=2)),
         ppp(0xc021, cp(1, 15, lcp_opts[:8], length=200)),
         ppp(0xc021, b'\x01\x02'),
         ppp(0x8021, cp(1, 20, ipcp_opts))]
ctrl += [ppp(0x8021, cp(1, 21, b)) for b in ipcp_bad]
ctrl += [ppp(0x8057, cp(1, 30, ip6cp_opts)),
         ppp(0x80fd, cp(1, 40, ccp_opts)),
         ppp(0x80fd, cp(14, 41, b'\x00\x00')),
         ppp(0xc02b, cp(1, 50, bacp_opts)),
         ppp(0x8023, cp(1, 60, opt(1, b'\x00'))),
         ppp(0x8281, cp(2, 61, b''))]
wpcap('l2-ppp-ctrl.pcap', 9, ctrl)

chal = b'\x10' + bytes(range(16)) + b'router'
auth = [ppp(0xc223, cp(1, 1, chal)),
        ppp(0xc223, cp(2, 1, b'\x04\xaa\xbb\xcc\xdd' + b'user\x07')),
        ppp(0xc223, cp(3, 1, b'Welcome')),
        ppp(0xc223, cp(4, 1, b'E=691 R=1')),
        ppp(0xc223, cp(1, 2, b'\x30\x01')),
        ppp(0xc223, b'\x01\x02'),
        ppp(0xc223, cp(9, 3, b'??')),
        ppp(0xc023, cp(1, 1, b'\x04user\x06secret')),
        ppp(0xc023, cp(2, 1, b'\x02OK')),
        ppp(0xc023, cp(3, 1, b'\x06failed')),
        ppp(0xc023, cp(1, 2, b'\x09ab')),
        ppp(0xc023, cp(1, 2, b'', length=5)),
        ppp(0xc023, cp(2, 2, b'')),
        ppp(0xc023, cp(1, 3, b'\x02ab', length=40)),
        ppp(0xc023, cp(1, 3, b'\x02ab', length=3)),
        ppp(0xc023, b'\x01'),
        ppp(0xc02d, b'\x01\x02\x00\x04'),
        ppp(0x003d, b'\x80\x01' + ip4),
        ppp(0x003d, b'\x40\xff'),
        ppp(0x003d, b'\x00'),
        ppp(0x0021, ip4),
        ppp(0x0057, ip6),
        ppp(0x0800, ip4),
        ppp(0x002f, ip4),
        b'\xff\x03\x21' + ip4,
        b'\x21' + ip4,
        b'\x00\x03\x00\x21' + ip4,
        b'\x01\x03\x00\x57' + ip6,
        ppp(0x00fd, b'\x00\x01\x02'),
        ppp(0x0201, b'\x01\x02\x03'),
        ppp(0x4321, b'\x01\x02\x03'),
        ppp(0x002d, b'\x45\x00'),
        b'\xff\x03\x00',
        b'\xff']


def esc(b):
    o = bytearray()
    for c in b:
        if c in (0x7d, 0x7e) or c < 0x20:
            o += bytes([0x7d, c ^ 0x20])
        else:
            o.append(c)
    return bytes(o)


# octet escapes: a protocol 0x7eXX sends the rest through RFC 1662 un-escaping
auth += [b'\xff\x03\x7e' + esc(b'\x21' + udp4),
         b'\xff\x03\x7e' + esc(b'\x57' + ip6),
         b'\xff\x03\x7e' + esc(b'\xff\x03\xc0\x21' + cp(9, 1, b'\x01\x02\x03\x04')),
         b'\xff\x03\x7e' + esc(b'\xc0\x21' + cp(9, 2, b'\x01\x02\x03\x04')),
         b'\xff\x03\x7e' + esc(b'\x7e\x01\x02'),
         b'\xff\x03\x7e\x7d',
         b'\xff\x03\x7e\x7d\x41']
wpcap('l2-ppp-data.pcap', 9, auth)
full = ppp(0xc021, cp(1, 1, lcp_opts))
cut = cuts(full, (1, 3, 5, 7, 9, 13, 20, 30, 45))
full = ppp(0x8021, cp(1, 20, ipcp_opts))
cut += cuts(full, (12, 30, 50, 56, 70, 85))
full = ppp(0xc223, cp(1, 1, chal))
cut += cuts(full, (6, 10, 28))
full = ppp(0xc023, cp(1, 1, b'\x04user\x06secret'))
cut += cuts(full, (9, 14))
full = ppp(0x003d, b'\x80\x01')
cut += cuts(full, (5,))
cut += cuts(b'\xff\x03\x7e' + esc(b'\x21' + udp4), (10, 30))
wpcap('l2-ppp-cut.pcap', 9, cut)

hdlc = [b'\xff\x03\xc0\x21' + cp(9, 1, b'\x01\x02\x03\x04'),
        b'\xff\x03\x00\x21' + ip4,
        b'\xff\x03\x12\x34\x01\x02',
        b'\x0f\x00\x08\x00' + ip4,
        b'\x8f\x00\x80\x35' + b'\x00\x00\x00\x00' + b'\x00' * 10,
        b'\x10\x20\x30\x40\x50',
        b'\xff\x03\x7e' + esc(b'\x21' + udp4),
        (b'\xff\x03\x00\x21' + ip4, 3),
        (b'\x0f\x00\x08\x00' + ip4, 1),
        b'\xff\x03']
wpcap('l2-ppp-hdlc.pcap', 50, hdlc)


def tags(*ts):
    return b''.join(struct.pack('>HH', t, len(v)) + v for t, v in ts)


def pppoe(code, sid, payload, length=None, vt=0x11):
    n = len(payload) if length is None else length
    return struct.pack('>BBHH', vt, code, sid, n) + payload


def eth(t, payload, dst=MB):
    return raw(Ether(src=MA, dst=dst, type=t)) + payload


disc = tags((0x0101, b''), (0x0120, b'\x05\xdc'), (0x0103, b'\x16\x37\x2c\x16'))
pado = tags((0x0101, b'internet'), (0x0102, b'BRAS-01'), (0x0104, bytes(range(20))),
            (0x0105, b'\x00\x00\x0d\xe9\x01\x02'), (0x0110, b'relay'),
            (0x0201, b'no such service'), (0x0202, b''), (0x0203, b'generic failure'),
            (0x0999, b'x'), (0x0102, b'A' * 100))
poe = [eth(0x8863, pppoe(0x09, 0, disc), dst='ff:ff:ff:ff:ff:ff'),
       eth(0x8863, pppoe(0x07, 0, pado)),
       eth(0x8863, pppoe(0x19, 0, disc)),
       eth(0x8863, pppoe(0x65, 0x1234, disc)),
       eth(0x8863, pppoe(0xa7, 0x1234, b'')),
       eth(0x8863, pppoe(0xa7, 0x1234, tags((0, b''), (0x0101, b'after EOL')))),
       eth(0x8863, pppoe(0x33, 0, b'')),
       eth(0x8863, pppoe(0x09, 0, disc + b'\x00' * 1500)),
       eth(0x8863, pppoe(0x09, 0, disc, length=200)),
       eth(0x8863, pppoe(0x09, 0, disc, vt=0x21)),
       eth(0x8863, pppoe(0x09, 0, disc, vt=0x12)),
       eth(0x8863, pppoe(0x09, 0, tags((0x0101, b'abc'))[:5], length=20)),
       eth(0x8863, b'\x11\x09\x00'),
       eth(0x8864, pppoe(0, 0x17, b'\xc0\x21' + cp(9, 106, b'\x00\x0c\xa4\xcb'))),
       eth(0x8864, pppoe(0, 0x17, b'\x00\x21' + ip4)),
       eth(0x8864, pppoe(0, 0x17, b'\x00\x57' + ip6)),
       eth(0x8864, pppoe(0, 0x17, b'\x80\x21' + cp(1, 3, ipcp_opts[:18]))),
       eth(0x8864, pppoe(0, 0x17, b'\xc0\x21' + cp(1, 1, lcp_opts[:16]), length=8)),
       eth(0x8864, pppoe(0, 0, b'\x00')),
       eth(0x880b, b'\xff\x03\xc0\x21' + cp(9, 5, b'\x01\x02\x03\x04')),
       eth(0x880b, b'\x80\xfd' + cp(1, 6, ccp_opts[:7])),
       eth(0x880b, b'')]
wpcap('l2-pppoe.pcap', 1, poe)
full = eth(0x8863, pppoe(0x07, 0, pado))
pcut = cuts(full, (16, 20, 22, 25, 30, 40, 60))
full = eth(0x8864, pppoe(0, 0x17, b'\xc0\x21' + cp(1, 1, lcp_opts)))
pcut += cuts(full, (21, 23, 26, 30))
wpcap('l2-pppoe-cut.pcap', 1, pcut)


# switch tags: Marvell DSA/EDSA (284/285), Broadcom (281, 282 prepended)
def dsa(mode, tagged=0, dev=0, port=1, trunk=0, cfi=0, pri=0, vid=0, code=0):
    b0 = mode << 6 | tagged << 5 | dev
    b1 = port << 3 | trunk << 2 | cfi
    if mode == 0:
        b1 |= (code >> 1 & 3) << 1
        b2 = pri << 5 | (code & 1) << 4 | vid >> 8
    else:
        b2 = pri << 5 | vid >> 8
    return bytes([b0, b1, b2, vid & 0xff])


def mac(s):
    return bytes.fromhex(s.replace(':', ''))


def tagged(tag, payload, t=0x0800):
    return mac(MB) + mac(MA) + tag + struct.pack('>H', t) + payload


tags_ = [dsa(3, port=1), dsa(3, trunk=1, port=3, dev=2, tagged=1, vid=100, pri=5),
         dsa(1, port=4, vid=4095, cfi=1), dsa(0, port=2, code=2), dsa(0, port=2, code=7),
         dsa(2, port=5, trunk=1), dsa(2, port=5)]
sw = [tagged(t, ip4) for t in tags_]
sw += [tagged(dsa(3), ip6, 0x86dd), tagged(dsa(3), b'\x81\x00\x00\x64\x08\x00' + ip4, 0x8100),
       tagged(dsa(3), b'\x01\x02\x03', 0x1234), tagged(dsa(3), b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4, 30),
       (tagged(dsa(3), ip4), 15), (tagged(dsa(3), ip4), 17), (tagged(dsa(3), ip4), 24)]
wpcap('l2-dsa.pcap', 284, sw)
esw = [tagged(b'\xda\xda\x00\x00' + t, ip4) for t in tags_]
esw += [tagged(b'\x08\x00\x01\x02' + dsa(3), ip4), (tagged(b'\xda\xda\x00\x00' + dsa(3), ip4), 19),
        (tagged(b'\xda\xda\x00\x00' + dsa(3), ip4), 21)]
wpcap('l2-edsa.pcap', 285, esw)
brcm = [b'\x20\x00\x00\x80', b'\x20\x1f\x01\xff', b'\x00\x00\x20\x05', b'\x00\x05\x01\xe3',
        b'\x00\x00\x03\x00', b'\x40\x00\x00\x00', b'\xe0\x82\x00\x01']
bsw = [tagged(t, ip4) for t in brcm] + [tagged(brcm[0], b'\x01\x02', 0x9999), (tagged(brcm[0], ip4), 16)]
wpcap('l2-brcm.pcap', 281, bsw)
pre = [t + raw(Ether(src=MA, dst=MB) / IP(src='10.0.0.1', dst='10.0.0.2', id=1) / ICMP()) for t in brcm]
pre += [(brcm[0] + raw(Ether(src=MA, dst=MB)) + ip4, 3), (brcm[0] + raw(Ether(src=MA, dst=MB)) + ip4, 10)]
wpcap('l2-brcm-prepend.pcap', 282, pre)


# Arista TapAgg timestamps (EtherType 0xd28b) on Ethernet
def arista(sub, ver, ts, inner_t, payload):
    return (raw(Ether(src=MA, dst=MB, type=0xd28b)) + struct.pack('>HH', sub, ver) + ts
            + struct.pack('>H', inner_t) + payload)


ar = [arista(1, 0x0010, struct.pack('>II', 1559162199, 944724424), 0x0800, ip4),
      arista(1, 0x0110, struct.pack('>II', 1559162199, 1944724424), 0x8100, b'\x00\x64\x08\x00' + ip4),
      arista(1, 0x0021, struct.pack('>HI', 1234, 999999999), 0x86dd, ip6),
      arista(1, 0x0021, struct.pack('>HI', 1234, 3999999999), 0x0800, ip4),
      arista(1, 0x0230, b'\x00' * 8, 0x0800, ip4),
      arista(2, 0x0010, b'\x00' * 8, 0x0800, ip4),
      (arista(1, 0x0010, struct.pack('>II', 1, 2), 0x0800, ip4), 15),
      (arista(1, 0x0010, struct.pack('>II', 1, 2), 0x0800, ip4), 20)]
wpcap('l2-arista.pcap', 1, ar)

# IP over InfiniBand (242), Solaris ipnet (226)
ib = [b'\x00' * 20 + bytes(range(20)) + b'\x08\x00\x00\x00' + ip4,
      b'\x00' * 40 + b'\x86\xdd\x00\x00' + ip6,
      b'\x00' * 40 + b'\x08\x06\x00\x00' + bytes.fromhex('0001080006040001') + b'\x00' * 20,
      b'\x00' * 40 + b'\x12\x34\x00\x00' + b'\x01\x02\x03',
      (b'\x00' * 40 + b'\x08\x00\x00\x00' + ip4, 30), b'\x00' * 30]
wpcap('l2-ipoib.pcap', 242, ib)


def ipnet(fam, payload, zs=0, zd=0xffffffff):
    return struct.pack('>BBHIIIII', 1, fam, 0, len(payload), 2, 0, zs, zd) + payload


ipn = [ipnet(2, ip4), ipnet(26, ip6), ipnet(7, b'\x01\x02\x03\x04'), (ipnet(2, ip4), 20)]
wpcap('l2-ipnet.pcap', 226, ipn)


# Linux vsockmon (271): little-endian header, virtio transport header
def vsock(op, transport, payload=b'', vop=5, thl=None):
    th = b''
    if transport == 2:
        th = struct.pack('<QQIIIHHIII', 3, 2, 1024, 1234, len(payload), 1, vop, 0, 262144, 7)
    h = struct.pack('<QQIIHHH2s', 3, 2, 1024, 1234, op, transport, len(th) if thl is None else thl, b'\0\0')
    return h + th + payload


vs = [vsock(1, 2, vop=1), vsock(4, 2, b'hello vsock\x00\x01'), vsock(2, 2, vop=4), vsock(3, 1),
      vsock(9, 2, vop=9), vsock(4, 0, b'data'), vsock(4, 7), vsock(4, 2), (vsock(4, 2, b'xy'), 40),
      (vsock(1, 2), 20)]
wpcap('l2-vsock.pcap', 271, vs)


# NFLOG (239): TLVs in little-endian
def tlv_le(t, v):
    n = 4 + len(v)
    return struct.pack('<HH', n, t) + v + b'\0' * ((4 - n % 4) % 4)


nf = [b'\x02\x00\x00\x14' + tlv_le(1, b'\x08\x00\x03\x00') + tlv_le(10, b'pfx\0') + tlv_le(9, ip4),
      b'\x0a\x00\x00\x01' + tlv_le(9, ip6),
      b'\x07\x00\x00\x01' + tlv_le(9, b'\x01\x02\x03'),
      b'\x02\x01\x00\x01' + tlv_le(9, ip4),
      b'\x02\x00\x00\x01' + struct.pack('<HH', 2, 1) + ip4,
      b'\x02\x00\x00\x01' + struct.pack('<HH', 400, 1) + ip4,
      (b'\x02\x00\x00\x01' + tlv_le(1, b'\x08\x00\x03\x00') + tlv_le(9, ip4), 6),
      b'\x02\x00']
wpcap('l2-nflog.pcap', 239, nf)

# SLIP (8) with the 16-byte BPF header: direction, compressed header copy
tcp4 = raw(IP(src='10.0.0.1', dst='10.0.0.2', id=3) / TCP(sport=1, dport=2) / b'payload')
sl = [b'\x00\x40' + b'\x00' * 14 + ip4,
      b'\x01\x70' + b'\x00' * 8 + b'\x05' + b'\x00' * 5 + tcp4,
      b'\x00\x70' + b'\x00' * 8 + b'\x07' + b'\x00' * 5 + tcp4,
      b'\x01\xcb\x05\x12\x34' + b'\x00' * 11 + tcp4,
      b'\x01\xc0\x05\x12\x34' + b'\x00' * 11 + tcp4,
      b'\x01\x8f\x12\x34' + b'\x00' * 12 + tcp4,
      b'\x01\xaf\x12\x34\x05\x06\x00\x01\x00\x07\x00\x08\x00\x09\x00' + b'\x00' + tcp4,
      b'\x00\x87\x12\x34\x05\x00\xff\xfe\x07\x00\x00\x00\x00' + b'\x00' * 3 + tcp4,
      b'\x00\x20' + b'\x00' * 14 + ip4,
      b'\x05\x40' + b'\x00' * 14 + ip4,
      b'\x05\x80' + b'\x00' * 14 + ip4,
      b'\x00\x40' + b'\x00' * 14 + ip6,
      b'\x00\x40' + b'\x00' * 14 + b'\xe0\x00',
      (b'\x00\x40' + b'\x00' * 14 + ip4, 12), (b'\x00\x40' + b'\x00' * 14 + ip4, 16),
      (b'\x01\x70' + b'\x00' * 8 + b'\x05' + b'\x00' * 5 + tcp4, 40)]
wpcap('l2-slip.pcap', 8, sl)
