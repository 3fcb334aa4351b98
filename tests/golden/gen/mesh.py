#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Mesh and ad hoc routing golden inputs. OLSR (UDP 698) over IPv4 and
IPv6: Hello, Hello-LQ, TC, TC-LQ, MID, HNA (with a smart gateway and a
non-contiguous mask), name service, unknown types; message lengths that
lie (short, past the packet, zero), hello link lengths that lie, name
entry counts that overflow, cuts. AODV (UDP 654): RREQ, RREP (with a
Hello extension, a bad one and an unknown one), RERR with its items,
RREP-ACK, the IPv6 forms and draft-01 IPv6 types, an unknown type,
item counts past the packet, cuts. GeoNetworking (EtherType 0x8947 and
the old 0x0707): every header type, BTP-A/B with and without an ITS PDU
header, extended headers longer than the packet, a short common header;
CALM FAST (0x1111) with data and too short; cuts. LISP control (UDP
4342): Map-Register and Map-Notify with IPv4 and IPv6 EIDs and locators,
xTR-ID, trailing data, other types, zero and lying record counts, an
LCAF EID, an authentication length past the packet; cuts. Kerberos IV
(UDP 88, 750) requests, replies and errors in both byte orders, unknown
types, strings cut by the capture, other versions; Cisco Auto-RP (UDP
496) announcements and mappings, counts past the packet.
Usage: mesh.py OUTDIR. Timestamps are fixed."""
import os
import struct
import sys

from scapy.all import Ether, IP, IPv6, UDP, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pcapfile  # noqa: E402

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def wpcap(name, recs, linktype=1):
    pcapfile.write(os.path.join(out, name), recs, linktype)


def ip4(a):
    return bytes(int(x) for x in a.split('.'))


def ip6(a):
    import ipaddress
    return ipaddress.IPv6Address(a).packed


def udp4(port, payload, sport=None):
    return raw(Ether(src='00:11:22:33:44:55', dst='ff:ff:ff:ff:ff:ff') /
               IP(src='10.0.0.1', dst='10.0.0.255') /
               UDP(sport=sport or port, dport=port) / payload)


def udp6(port, payload, sport=None):
    return raw(Ether(src='00:11:22:33:44:55', dst='33:33:00:00:00:01') /
               IPv6(src='fe80::1', dst='ff02::1') /
               UDP(sport=sport or port, dport=port) / payload)


def cuts(pkts, keep=(60, 70, 80)):
    """truncated copies: (bytes, caplen)"""
    res = []
    for p in pkts:
        for k in keep:
            if k < len(p):
                res.append((p, k))
    return res


# ---- OLSR --------------------------------------------------------------

def olsr_msg(mtype, body, orig, v6=False, vtime=0x86, ttl=255, hops=0, seq=7, mlen=None):
    a = ip6(orig) if v6 else ip4(orig)
    n = 8 + len(a) + len(body) if mlen is None else mlen
    return struct.pack('>BBH', mtype, vtime, n) + a + struct.pack('>BBH', ttl, hops, seq) + body


def olsr_pkt(msgs, seq=0x1234, plen=None):
    body = b''.join(msgs)
    n = 4 + len(body) if plen is None else plen
    return struct.pack('>HH', n, seq) + body


def hello_link(code, addrs, lq=False, v6=False, hlen=None):
    data = b''
    for a in addrs:
        data += ip6(a) if v6 else ip4(a)
        if lq:
            data += bytes([200, 128, 0, 0])
    n = 4 + len(data) if hlen is None else hlen
    return struct.pack('>BBH', code, 0, n) + data


def hello(links, htime=0x05, will=3):
    return bytes([0, 0, htime, will]) + b''.join(links)


def name_entry(etype, addr, name, v6=False):
    a = ip6(addr) if v6 else ip4(addr)
    pad = (4 - len(name) % 4) % 4
    return struct.pack('>HH', etype, len(name)) + a + name + b'\0' * pad


O4 = '10.1.1.1'
O6 = 'fe80::1'
olsr4 = [
    olsr_pkt([olsr_msg(1, hello([hello_link(0x06, ['10.1.1.2', '10.1.1.3']),
                                 hello_link(0x01, ['10.1.1.4'])]), O4)]),
    olsr_pkt([olsr_msg(201, hello([hello_link(0x0a, ['10.1.1.2'], lq=True),
                                   hello_link(0x03, ['10.1.1.5', '10.1.1.6'], lq=True)]), O4)]),
    olsr_pkt([olsr_msg(2, struct.pack('>HH', 0x55, 0) + ip4('10.2.0.1') + ip4('10.2.0.2'), O4),
              olsr_msg(202, struct.pack('>HH', 0x56, 0) + ip4('10.2.0.3') + bytes([255, 1, 0, 0]),
                       O4)]),
    olsr_pkt([olsr_msg(3, ip4('10.3.0.1') + ip4('10.3.0.2') + b'\x01\x02', O4)]),
    olsr_pkt([olsr_msg(4, bytes(4) + bytes([0, 0x07, 0x59, 0xff]) +
                       ip4('10.4.0.0') + ip4('255.255.0.0') +
                       ip4('10.5.0.0') + ip4('255.0.255.0') +
                       bytes(4) + bytes([0, 0x1e, 0, 0]) +
                       ip4('10.6.0.0') + ip4('255.255.255.0') + b'\x00\x01', O4)]),
    olsr_pkt([olsr_msg(130, struct.pack('>HH', 1, 2) +
                       name_entry(1, '10.7.0.1', b'node-a') +
                       name_entry(2, '10.7.0.2', b'gw\x01x'), O4)]),
    olsr_pkt([olsr_msg(128, b'\x01\x02\x03\x04\x05', O4), olsr_msg(77, b'', O4)]),
    # lying lengths: a message longer than the packet, a short one, zero
    olsr_pkt([olsr_msg(1, hello([]), O4, mlen=400)]),
    olsr_pkt([olsr_msg(2, b'\0' * 4, O4, mlen=6)]),
    olsr_pkt([olsr_msg(3, ip4('10.3.0.1'), O4, mlen=0)]),
    olsr_pkt([olsr_msg(1, hello([hello_link(0x06, ['10.1.1.2'], hlen=99)]), O4)]),
    olsr_pkt([olsr_msg(1, hello([hello_link(0x06, ['10.1.1.2'], hlen=2)]), O4)]),
    olsr_pkt([olsr_msg(1, b'\0\0', O4)]),
    olsr_pkt([olsr_msg(2, b'\0\0', O4)]),
    olsr_pkt([olsr_msg(130, struct.pack('>HH', 1, 40) + name_entry(1, '10.7.0.1', b'x'), O4)]),
    olsr_pkt([olsr_msg(130, struct.pack('>HH', 1, 1) + struct.pack('>HH', 1, 200) +
                       ip4('10.7.0.1'), O4)]),
    olsr_pkt([olsr_msg(130, b'\0\1', O4)]),
    olsr_pkt([olsr_msg(3, ip4('10.3.0.1'), O4)], plen=2),
    olsr_pkt([olsr_msg(3, ip4('10.3.0.1'), O4)], plen=9000),
    olsr_pkt([olsr_msg(0, ip4('10.3.0.1'), O4)]),
    b'\x00',
]
olsr6 = [
    olsr_pkt([olsr_msg(1, hello([hello_link(0x06, ['10.1.1.2'])]), O6, v6=True)]),
    olsr_pkt([olsr_msg(201, hello([hello_link(0x06, ['fe80::2', 'fe80::3'], lq=True, v6=True)]),
                       O6, v6=True)]),
    olsr_pkt([olsr_msg(202, struct.pack('>HH', 9, 0) + ip6('fe80::4') + bytes([1, 2, 0, 0]),
                       O6, v6=True)]),
    olsr_pkt([olsr_msg(3, ip6('2001:db8::1') + ip6('2001:db8::2'), O6, v6=True)]),
    olsr_pkt([olsr_msg(4, ip6('2001:db8::') + ip6('ffff:ffff:ffff:ffff::') +
                       ip6('2001:db8:1::') + ip6('ffff:fff0::1'), O6, v6=True)]),
    olsr_pkt([olsr_msg(130, struct.pack('>HH', 1, 1) +
                       name_entry(1, '2001:db8::7', b'six', v6=True), O6, v6=True)]),
    olsr_pkt([olsr_msg(1, b'', O6, v6=True, mlen=10)]),
]
p4 = [udp4(698, p) for p in olsr4]
p6 = [udp6(698, p) for p in olsr6]
wpcap('mesh-olsr.pcap', p4 + p6)
wpcap('mesh-olsr-cut.pcap', cuts(p4 + p6, (46, 50, 60, 70, 80)))

# ---- AODV --------------------------------------------------------------


def rreq4(flags=0x38, ext=b''):
    return (struct.pack('>BBBBI', 1 | flags, 0, 0, 3, 0x11223344) + ip4('10.9.0.1') +
            struct.pack('>I', 5) + ip4('10.9.0.2') + struct.pack('>I', 6) + ext)


def rrep4(t=2, ext=b''):
    return (struct.pack('>BBBB', t, 0, 0x25, 2) + ip4('10.9.0.3') + struct.pack('>I', 8) +
            ip4('10.9.0.4') + struct.pack('>I', 3000) + ext)


def rerr(t, items, count=None, alen=4):
    body = b''
    for a, s in items:
        body += (ip6(a) if alen == 16 else ip4(a)) + struct.pack('>I', s)
    return struct.pack('>BBBB', t, 0x80, 0, len(items) if count is None else count) + body


def rreq6(t=1):
    if t == 1:
        return (struct.pack('>BBBBI', 1 | 0xc0, 0, 0, 1, 9) + ip6('2001:db8::1') +
                struct.pack('>I', 5) + ip6('2001:db8::2') + struct.pack('>I', 6))
    return (struct.pack('>BBBBIII', 16 | 0x08, 0, 0, 1, 9, 5, 6) + ip6('2001:db8::1') +
            ip6('2001:db8::2'))


def rrep6(t=2):
    if t == 2:
        return (struct.pack('>BBBB', 2 | 0x40, 0, 64, 1) + ip6('2001:db8::3') +
                struct.pack('>I', 7) + ip6('2001:db8::4') + struct.pack('>I', 100))
    return (struct.pack('>BBBBI', 17, 0, 64, 1, 7) + ip6('2001:db8::3') + ip6('2001:db8::4') +
            struct.pack('>I', 100) + b'\x01\x04\x00\x00\x03\xe8')


aodv4 = [
    rreq4(), rreq4(0xc0, b'\x01\x04\x00\x00\x03\xe8'), rrep4(), rrep4(0x82, b'\x01\x04\x00\x00\x01\x00'),
    rrep4(ext=b'\x01\x02\x00\x00\x00\x00'), rrep4(ext=b'\x07\x09'), rrep4(ext=b'\x01\x04\x00'),
    rrep4(ext=b'\x05'), rerr(3, [('10.9.1.1', 1), ('10.9.1.2', 2)]),
    rerr(3, [('10.9.1.1', 1)], count=5), rerr(3, [], count=0), b'\x04\x00', b'\x13\x00',
    b'\x09\x00\x00', rreq4()[:20], rrep4()[:10], b'\x03\x00',
]
aodv6 = [rreq6(1), rreq6(16), rrep6(2), rrep6(17), rerr(3, [('2001:db8::9', 4)], alen=16),
         rerr(18, [('2001:db8::9', 4), ('2001:db8::a', 5)], alen=16), rreq6(1)[:30],
         rerr(18, [('2001:db8::9', 4)], count=3, alen=16)]
a4 = [udp4(654, p) for p in aodv4]
a6 = [udp6(654, p) for p in aodv6]
wpcap('mesh-aodv.pcap', a4 + a6)
wpcap('mesh-aodv-cut.pcap', cuts(a4 + a6, (43, 50, 60, 80)))

# ---- GeoNetworking and CALM FAST ----------------------------------------


def geonet(nh=1, ht=1, sub=0, extra=b'', hops=3, ver=0, plen=None):
    body = extra
    n = len(body) if plen is None else plen
    lpv = bytes.fromhex('bc00000c426d54db') + struct.pack('>III', 7, 514769562, 56597275) + bytes(8)
    return bytes([ver << 4 | nh, ht << 4 | sub, 0, 0]) + struct.pack('>H', n) + bytes([0, hops]) + lpv + body


def eth(etype, payload, src='00:0c:42:6d:54:db'):
    return raw(Ether(src=src, dst='ff:ff:ff:ff:ff:ff', type=etype) / payload)


btp = struct.pack('>HH', 2001, 0) + b'\x01\x02' + b'hello'
gn = [
    geonet(0, 1, 0), geonet(1, 1, 0, btp), geonet(2, 5, 0, btp), geonet(2, 5, 1, bytes(32) + btp),
    geonet(1, 5, 1, bytes(10)), geonet(2, 0, 0, b'\x07\xd1'), geonet(1, 1, 0, b'\x07\xd1\x00\x00\x01'),
    geonet(3, 2, 0, bytes(24)), geonet(7, 3, 1, bytes(8)), geonet(0, 4, 2), geonet(0, 6, 1),
    geonet(0, 6, 7, ver=5), geonet(0, 9, 0), geonet(1, 1, 0, struct.pack('>HH', 1, 2) + b'\x01\x96'),
    geonet()[:20],
]
geo = [eth(0x8947, g) for g in gn] + [eth(0x0707, gn[1])]
calm = [eth(0x1111, b'\x05\x06payload'), eth(0x1111, b'\x05'), eth(0x1111, b'\x01\x02')]
wpcap('mesh-geonet.pcap', geo + calm)
wpcap('mesh-geonet-cut.pcap', cuts(geo + calm, (15, 20, 30, 50, 60)))

# ---- LISP control --------------------------------------------------------


def lisp_hdr(t, flags, records, auth=bytes(20), key=1, alen=None):
    n = len(auth) if alen is None else alen
    return (bytes([t << 4 | flags, 0, 1, records]) + bytes(8) + struct.pack('>HH', key, n) + auth)


def lisp_eid(addr, mask, locs, afi=None):
    a = ip6(addr) if ':' in addr else ip4(addr)
    f = afi if afi is not None else (2 if ':' in addr else 1)
    body = b''
    for la, fl in locs:
        b = ip6(la) if ':' in la else ip4(la)
        body += bytes([1, 100, 2, 50]) + struct.pack('>HH', fl, 2 if ':' in la else 1) + b
    return struct.pack('>IBBBBHH', 1440, len(locs), mask, 0x10, 0, 5, f) + a + body


XTR = bytes(range(16)) + struct.pack('>Q', 77)
lisp = [
    lisp_hdr(3, 2, 2) + lisp_eid('10.30.1.100', 32, [('20.20.8.253', 7)]) +
    lisp_eid('2001:db8::', 48, [('2001:db8::1', 1), ('20.20.8.1', 0)]) + XTR,
    lisp_hdr(4, 8, 1, key=2) + lisp_eid('10.30.1.0', 24, [('20.20.8.2', 4)]) + XTR,
    lisp_hdr(4, 0, 1, key=9) + lisp_eid('10.30.1.0', 24, []) + b'\xde\xad',
    lisp_hdr(3, 0, 0), lisp_hdr(1, 0, 1), lisp_hdr(8, 0, 1), lisp_hdr(15, 0, 1),
    lisp_hdr(3, 2, 1) + lisp_eid('10.30.1.0', 24, [('20.20.8.2', 0)]) + bytes(10),
    lisp_hdr(3, 0, 5) + lisp_eid('10.30.1.0', 24, [('20.20.8.2', 0)]),
    lisp_hdr(3, 0, 1) + lisp_eid('10.30.1.0', 24, [('20.20.8.2', 0)], afi=16387),
    lisp_hdr(3, 0, 1, alen=900) + bytes(8),
    lisp_hdr(3, 0, 1) + struct.pack('>IBBBBHH', 1, 3, 8, 0x60, 0, 0, 1) + ip4('10.0.0.0') +
    bytes([1, 1, 1, 1, 0, 0, 0, 9]),
    lisp_hdr(3, 0, 1)[:12],
]
lp = [udp4(4342, p, sport=4342) for p in lisp]
wpcap('mesh-lisp.pcap', lp)
wpcap('mesh-lisp-cut.pcap', cuts(lp, (50, 60, 70, 90, 110)))

# ---- Kerberos IV and Cisco Auto-RP -----------------------------------------

krb = [
    b'\x04\x02user\0inst\0REALM\0' + struct.pack('>I', 7) + b'\x60krbtgt\0REALM\0',
    b'\x04\x03user\0\0R\0' + bytes(4) + b'\x0ckrbtgt\0R\0',
    b'\x04\x06\x05REALM\0\x20\x30',
    b'\x04\x04user\0i\0R\0' + bytes(10) + b'\x01\x02',
    b'\x04\x05user\0i\0R\0' + bytes(10) + b'\x01\x02',
    b'\x04\x0auser\0i\0R\0' + bytes(4) + struct.pack('>I', 8 << 16) + b'unknown\0',
    b'\x04\x0buser\0i\0R\0' + bytes(4) + struct.pack('<I', 3) + b'x\0',
    b'\x04\x7e', b'\x04\x0c', b'\x04\x02user\0inst', b'\x04\x06\x05REALM',
    b'\x02\x00', b'\x6a\x82\x01', b'\x09',
]
autorp = [
    bytes([0x11, 2]) + struct.pack('>H', 181) + bytes(4) +
    ip4('10.0.0.9') + b'\x02\x02' + b'\x00\x04' + ip4('224.0.0.0') + b'\x03\x08' + ip4('239.0.0.0') +
    ip4('10.0.0.10') + b'\x07\x01' + b'\xfd\x10' + ip4('232.0.0.0'),
    bytes([0x12, 1]) + bytes(6) + ip4('10.0.0.9') + b'\x01\x00',
    bytes([0x33, 1]) + struct.pack('>H', 60) + bytes(4) + ip4('10.0.0.9') + b'\x01\x03' + bytes(6),
    bytes([0x11, 3]) + bytes(6) + ip4('10.0.0.9'), bytes([0x11, 1]) + bytes(6) + ip4('10.0.0.9') + b'\x01',
    bytes([0x11, 1, 0]),
]
ka = ([udp4(88, p, sport=1025) for p in krb] + [udp4(750, krb[0], sport=1025)] +
      [udp4(496, p, sport=496) for p in autorp])
wpcap('mesh-krb.pcap', ka)
wpcap('mesh-krb-cut.pcap', cuts(ka, (45, 50, 55)))
