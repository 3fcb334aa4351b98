#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# DNS golden inputs: queries and responses over UDP (IPv4, IPv6), TCP and
# mDNS, every record type print-domain.c knows, EDNS(0) options, odd
# flags, hostile names (pointer loops, bad label types, long names) and
# captures cut at many points. DNS messages are built byte by byte so
# that malformed ones are exactly what we want; scapy adds the lower layers.
# Usage: dns.py OUTDIR  (writes dns-*.pcap, fixed timestamps)
import os
import struct
import sys

from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
BASE = 1700000000


def write_pcap(path, pkts):
    """pkts: list of (bytes, caplen or None). Own writer so that caplen < len works."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for i, (data, caplen) in enumerate(pkts):
            cap = len(data) if caplen is None else min(caplen, len(data))
            f.write(struct.pack("<IIII", BASE + i, (i * 1000) % 1000000, cap, len(data)))
            f.write(data[:cap])


# ---- DNS byte builders ------------------------------------------------------

def name(s):
    if s in ("", "."):
        return b"\x00"
    out = b""
    for lab in s.rstrip(".").split("."):
        b = lab.encode("latin-1")
        out += bytes([len(b)]) + b
    return out + b"\x00"


def labels(*labs):
    """raw labels (bytes), root-terminated"""
    return b"".join(bytes([len(l)]) + l for l in labs) + b"\x00"


def ptr(off):
    return struct.pack(">H", 0xC000 | off)


def hdr(id_, flags, qd=0, an=0, ns=0, ar=0):
    return struct.pack(">HHHHHH", id_, flags, qd, an, ns, ar)


def q(nm, typ=1, cls=1):
    return (name(nm) if isinstance(nm, str) else nm) + struct.pack(">HH", typ, cls)


def rr(nm, typ, rdata, ttl=300, cls=1):
    n = name(nm) if isinstance(nm, str) else nm
    return n + struct.pack(">HHIH", typ, cls, ttl, len(rdata)) + rdata


def opt(options=b"", size=4096, ext_rcode=0, version=0, flags=0):
    return b"\x00" + struct.pack(">HHBBHH", 41, size, ext_rcode, version, flags,
                                 len(options)) + options


def eo(code, data):
    return struct.pack(">HH", code, len(data)) + data


def ip4(s):
    return bytes(int(x) for x in s.split("."))


def ip6(s):
    import ipaddress
    return ipaddress.IPv6Address(s).packed


def cstr(b):
    if isinstance(b, str):
        b = b.encode("latin-1")
    return bytes([len(b)]) + b


QID = 44427
RD = 0x0100
RESP = 0x8180  # QR RD RA


# ---- framing ----------------------------------------------------------------

def udp4(payload, sport=37668, dport=53, src="10.0.2.15", dst="114.114.114.114"):
    return bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
                 IP(src=src, dst=dst, id=1, flags="DF") /
                 UDP(sport=sport, dport=dport) / Raw(payload))


def udp4r(payload):
    return udp4(payload, sport=53, dport=37668, src="114.114.114.114", dst="10.0.2.15")


def udp6(payload, sport=40000, dport=53, src="fd00::15", dst="fd00::53"):
    return bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
                 IPv6(src=src, dst=dst, hlim=64) /
                 UDP(sport=sport, dport=dport) / Raw(payload))


def udp6r(payload):
    return udp6(payload, sport=53, dport=40000, src="fd00::53", dst="fd00::15")


def tcp4(payload, sport=45000, dport=53, seq=1000, ack=2000, prefix=True, plen=None):
    if prefix:
        payload = struct.pack(">H", len(payload) if plen is None else plen) + payload
    return bytes(Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") /
                 IP(src="10.0.0.1", dst="10.0.0.53", id=2, flags="DF") /
                 TCP(sport=sport, dport=dport, flags="PA", seq=seq, ack=ack, window=512) /
                 Raw(payload))


def tcp4r(payload, seq=2000, **kw):
    return tcp4(payload, sport=53, dport=45000, seq=seq, ack=1000, **kw)


def mdns(payload, src="192.168.1.10"):
    return bytes(Ether(src="02:00:00:00:00:01", dst="01:00:5e:00:00:fb") /
                 IP(src=src, dst="224.0.0.251", ttl=255, id=3) /
                 UDP(sport=5353, dport=5353) / Raw(payload))


# ---- messages -----------------------------------------------------------------

def basic():
    m = []
    qq = hdr(QID, RD, 1) + q("qq.com")
    m.append(udp4(qq))
    # two A answers, pointer to the question name
    r = hdr(QID, RESP, 1, 2) + q("qq.com") + rr(ptr(12), 1, ip4("1.2.3.4"), ttl=59) + \
        rr(ptr(12), 1, ip4("5.6.7.8"), ttl=3600)
    m.append(udp4r(r))
    # AAAA query/response
    m.append(udp4(hdr(2, RD, 1) + q("www.example.com", 28)))
    r = hdr(2, RESP, 1) + q("www.example.com", 28)
    edge = len(r) + 12
    r += rr(ptr(12), 5, name("edge.example.net"), ttl=86400)
    nxt = len(r) + 12
    r += rr(ptr(edge), 5, b"\x04next" + ptr(edge + 5), ttl=90061) + \
        rr(ptr(nxt), 28, ip6("2001:db8::1"), ttl=31536000 + 86400 * 8 + 7)
    r = r[:6] + struct.pack(">H", 3) + r[8:]
    m.append(udp4r(r))
    # NXDomain with SOA in authority
    r = hdr(3, 0x8183, 1, 0, 1) + q("nope.example.org") + \
        rr(name("example.org"), 6, name("ns1.example.org") + name("hostmaster.example.org") +
           struct.pack(">IIIII", 2023010101, 7200, 3600, 1209600, 300), ttl=0)
    m.append(udp4r(r))
    # MX, TXT, SRV, PTR, NS
    r = hdr(4, RESP, 1, 2) + q("example.com", 15) + \
        rr(ptr(12), 15, struct.pack(">H", 10) + name("mx1.example.com")) + \
        rr(ptr(12), 15, struct.pack(">H", 20) + b"\x03mx2" + ptr(12))
    m.append(udp4r(r))
    r = hdr(5, RESP, 1, 1) + q("example.com", 16) + \
        rr(ptr(12), 16, cstr("v=spf1 -all") + cstr("") + cstr(b"a\"b\x01\x7f\xff\x80 z"))
    m.append(udp4r(r))
    r = hdr(6, RESP, 1, 2) + q("_sip._tcp.example.com", 33) + \
        rr(ptr(12), 33, struct.pack(">HHH", 10, 60, 5060) + name("sip1.example.com")) + \
        rr(ptr(12), 33, struct.pack(">HHH", 20, 0, 5061) + b"\x04sip2" + ptr(22))
    m.append(udp4r(r))
    r = hdr(7, RESP, 1, 1) + q("4.3.2.1.in-addr.arpa", 12) + \
        rr(ptr(12), 12, name("host.example.com"))
    m.append(udp4r(r))
    r = hdr(8, RESP, 1, 2, 0, 2) + q("example.com", 2)
    a = len(r) + 12
    r += rr(ptr(12), 2, name("a.iana-servers.net"))
    b = len(r) + 12
    r += rr(ptr(12), 2, b"\x01b" + ptr(a + 2)) + \
        rr(ptr(a), 1, ip4("199.43.135.53")) + rr(ptr(b), 28, ip6("2001:500:8f::53"))
    m.append(udp4r(r))
    # root query, ANY, AXFR, class CHAOS / HS / ANY / odd
    m.append(udp4(hdr(9, 0, 1) + q(".", 2)))
    m.append(udp4(hdr(10, RD, 1) + q("example.com", 255)))
    m.append(udp4(hdr(11, 0, 1) + q("version.bind", 16, 3)))
    m.append(udp4(hdr(12, 0, 1) + q("x.example", 1, 4)))
    m.append(udp4(hdr(13, 0, 1) + q("x.example", 1, 255)))
    m.append(udp4(hdr(14, 0, 1) + q("x.example", 1, 254)))
    r = hdr(11, 0x8580, 1, 1) + q("version.bind", 16, 3) + rr(ptr(12), 16, cstr("9.18.1"), cls=3)
    m.append(udp4r(r))
    return m


def types():
    m = []
    # unknown and rarer types: printed by name only
    for t in (65534, 257, 13, 43, 46, 48, 47, 50, 52, 64, 65, 99, 249, 251, 252, 253, 254,
              10, 11, 3, 17, 29, 35, 44, 45, 255, 256, 1000):
        m.append(udp4(hdr(100 + (t % 100), RD, 1) + q("t.example", t)))
    # responses with those types: rdata not decoded
    r = hdr(200, RESP, 1, 6) + q("t.example", 255) + \
        rr(ptr(12), 13, cstr("PC") + cstr("Linux")) + \
        rr(ptr(12), 257, b"\x00\x05issueletsencrypt.org") + \
        rr(ptr(12), 43, struct.pack(">HBB", 12345, 8, 2) + bytes(32)) + \
        rr(ptr(12), 46, bytes(30)) + rr(ptr(12), 48, struct.pack(">HBB", 257, 3, 13) + bytes(8)) + \
        rr(ptr(12), 65534, b"\x01\x02\x03")
    m.append(udp4r(r))
    # DNAME, URI, UNSPECA, A6, TSIG, NULL
    r = hdr(201, RESP, 1, 5) + q("t.example", 255) + \
        rr(ptr(12), 39, name("other.example")) + \
        rr(ptr(12), 256, struct.pack(">HH", 10, 1) + b"https://example.com/") + \
        rr(ptr(12), 104, b"free text\x01") + \
        rr(ptr(12), 38, bytes([64]) + bytes(range(1, 9)) + name("pfx.example")) + \
        rr(ptr(12), 10, b"")
    m.append(udp4r(r))
    r = hdr(202, RESP, 1, 3) + q("t.example", 38) + \
        rr(ptr(12), 38, bytes([0]) + ip6("2001:db8::5")) + \
        rr(ptr(12), 38, bytes([128]) + name("only.prefix")) + \
        rr(ptr(12), 38, bytes([200]))
    m.append(udp4r(r))
    tsig = name("key.example") + name("hmac-sha256") + struct.pack(">HIH", 0, 1700000000, 300) + \
        struct.pack(">H", 4) + b"\xaa\xbb\xcc\xdd" + struct.pack(">HHH", 203, 0, 0)
    r = hdr(203, 0x8400, 1, 1, 0, 1) + q("t.example") + rr(ptr(12), 1, ip4("10.1.1.1")) + \
        rr(name("key.example"), 250, tsig, ttl=0, cls=255)
    m.append(udp4r(r))
    # a well-formed TSIG: algorithm, time signed, fudge, MAC, original id, error, other
    tsig = name("hmac-sha256") + struct.pack(">HIH", 0, 1700000000, 300) + \
        struct.pack(">H", 4) + b"\xaa\xbb\xcc\xdd" + struct.pack(">HHH", 207, 18, 0)
    r = hdr(207, 0x8400, 1, 1, 0, 1) + q("t.example") + rr(ptr(12), 1, ip4("10.1.1.2")) + \
        rr(name("key.example"), 250, tsig, ttl=0, cls=255)
    m.append(udp4r(r))
    # URI with length < 4 (tcpdump prints to the end of the capture)
    r = hdr(204, RESP, 1, 1) + q("t.example", 256) + rr(ptr(12), 256, b"\x00\x01")
    m.append(udp4r(r))
    # TXT with an overlong string inside the RR
    r = hdr(205, RESP, 1, 1) + q("t.example", 16) + rr(ptr(12), 16, b"\x05ab")
    m.append(udp4r(r))
    # empty TXT, short MX / SRV / TSIG rdata
    r = hdr(208, RESP, 1, 4) + q("t.example", 16) + rr(ptr(12), 16, b"") + \
        rr(ptr(12), 15, b"\x00") + rr(ptr(12), 33, b"\x00\x01\x00") + rr(ptr(12), 250, b"\x00")
    m.append(udp4r(r))
    # SOA short rdata
    r = hdr(206, RESP, 1, 1) + q("t.example", 6) + rr(ptr(12), 6, name("a") + name("b") + b"\x00" * 10)
    m.append(udp4r(r))
    return m


def flags():
    m = []
    # every opcode, query and response; all flag bits
    for op in range(16):
        m.append(udp4(hdr(300 + op, op << 11 | RD, 1) + q("op.example")))
        m.append(udp4r(hdr(300 + op, 0x8000 | op << 11, 1) + q("op.example")))
    for rc in range(16):
        m.append(udp4r(hdr(400 + rc, 0x8180 | rc, 1) + q("rc.example")))
    m.append(udp4r(hdr(420, 0x87b0, 1) + q("all.example")))       # AA TC RD RA AD CD
    m.append(udp4r(hdr(421, 0x8000 | 0x0040, 1) + q("z.example")))  # Z bit, no RA
    m.append(udp4(hdr(422, 0x0010 | RD, 1) + q("cd.example")))       # CD
    m.append(udp4(hdr(423, 0x07ff & ~0x0100, 1) + q("b2.example")))  # weird bits
    m.append(udp4(hdr(424, 0x0040, 1) + q("b2.example")))
    # iquery framing, odd counts on queries
    m.append(udp4(hdr(425, 1 << 11, 0, 1) + rr(name("iq.example"), 1, ip4("1.1.1.1"))))
    m.append(udp4(hdr(426, 1 << 11, 1, 2) + q("iq.example")))
    m.append(udp4(hdr(427, RD, 2, 0, 0, 0) + q("a.example") + q("b.example", 28)))
    m.append(udp4(hdr(428, RD, 0)))
    m.append(udp4(hdr(429, RD, 1, 1, 1, 1) + q("c.example") + rr(ptr(12), 1, ip4("1.2.3.4")) +
                  rr(ptr(12), 2, name("ns.c.example")) + rr(ptr(12), 1, ip4("4.3.2.1"))))
    # responses: no question, several questions
    m.append(udp4r(hdr(430, RESP, 0, 1) + rr(name("noq.example"), 1, ip4("9.9.9.9"))))
    m.append(udp4r(hdr(431, RESP, 2, 2) + q("a.example") + q("b.example") +
                   rr(ptr(12), 1, ip4("1.0.0.1")) + rr(ptr(23), 1, ip4("1.0.0.2"))))
    # update message (opcode 5) with zone/prereq/update sections
    m.append(udp4(hdr(432, 5 << 11, 1, 0, 1, 0) + q("example.com", 6) +
                  rr(name("new.example.com"), 1, ip4("192.0.2.1"))))
    return m


def edns():
    m = []
    m.append(udp4(hdr(500, RD | 0x0020, 1, 0, 0, 1) + q("edns.example") + opt()))
    m.append(udp4(hdr(501, RD, 1, 0, 0, 1) + q("edns.example") + opt(flags=0x8000, size=1232)))
    opts = eo(3, b"") + eo(5, bytes([8, 13, 15, 99])) + eo(6, bytes([1, 2, 4, 9])) + \
        eo(7, bytes([1, 2])) + eo(8, struct.pack(">HBB", 1, 24, 0) + bytes([192, 0, 2])) + \
        eo(10, bytes(range(8))) + eo(11, struct.pack(">H", 1234)) + eo(9, struct.pack(">I", 86400)) + \
        eo(12, bytes(5)) + eo(14, struct.pack(">HH", 20326, 19036)) + eo(99, b"\x01\xfe")
    m.append(udp4(hdr(502, RD, 1, 0, 0, 1) + q("edns.example") + opt(opts)))
    opts = eo(8, struct.pack(">HBB", 2, 56, 0) + ip6("2001:db8:1::")[:7]) + \
        eo(10, bytes(range(24))) + eo(3, b"ns1") + eo(13, name("chain.example")) + eo(16, b"") + \
        eo(17, b"ab")
    m.append(udp4r(hdr(503, RESP, 1, 1, 0, 1) + q("edns.example") + rr(ptr(12), 1, ip4("1.1.1.1")) +
                   opt(opts, flags=0x8000)))
    # invalid option contents
    opts = eo(8, b"\x00\x01\x18") + eo(8, struct.pack(">HBB", 3, 8, 0) + b"\x01") + \
        eo(8, struct.pack(">HBB", 1, 40, 0) + bytes(5)) + eo(8, struct.pack(">HBB", 1, 16, 0) + bytes(1)) + \
        eo(10, bytes(7)) + eo(10, bytes(12)) + eo(10, bytes(41)) + eo(11, b"\x00") + \
        eo(9, b"\x00\x00") + eo(14, b"\x00\x01\x02")
    m.append(udp4(hdr(504, RD, 1, 0, 0, 1) + q("bad.example") + opt(opts)))
    # extended rcode: BadVers (16), BADCOOKIE (23), big (4095)
    for ext, rc in ((1, 0), (1, 7), (255, 15), (0, 3)):
        m.append(udp4r(hdr(505 + ext, 0x8180 | rc, 1, 0, 0, 1) + q("x.example") + opt(ext_rcode=ext)))
    # CHAIN names are read with the option's end as pointer base
    m.append(udp4(hdr(512, RD, 1, 0, 0, 1) + q("x.example") +
                  opt(eo(13, b"\x01a\xc0\x00") + eo(3, b"\x03bcd\x00"))))
    m.append(udp4(hdr(513, RD, 1, 0, 0, 1) + q("x.example") + opt(eo(13, b"\x05ab"))))
    # OPT not first in the additional section, and an OPT with an option cut short
    m.append(udp4r(hdr(510, RESP, 1, 0, 0, 2) + q("x.example") + rr(name("a.x.example"), 1, ip4("1.1.1.1")) +
                   opt(ext_rcode=1)))
    m.append(udp4(hdr(511, RD, 1, 0, 0, 1) + q("x.example") +
                  b"\x00" + struct.pack(">HHBBHH", 41, 512, 0, 0, 0, 6) + eo(3, b"abcdef")[:6]))
    # OPT with class != IN shown nowhere; mDNS-ish OPT
    return m


def names():
    m = []
    # odd bytes in labels
    m.append(udp4(hdr(600, RD, 1) + q(labels(b"a b", b"c.d", b"\x00\x01\x1b[31m", b"\xff\x80\x7f", b"x"))))
    # forward pointer, self pointer, pointer loop, pointer out of the packet
    m.append(udp4(hdr(601, RD, 1) + ptr(20) + struct.pack(">HH", 1, 1) + b"\x03abc\x00"))
    m.append(udp4(hdr(602, RD, 1) + ptr(12) + struct.pack(">HH", 1, 1)))
    m.append(udp4r(hdr(603, RESP, 1, 1) + q("loop.example") + b"\x01a" + ptr(30) + struct.pack(">HHIH", 1, 1, 5, 4) + ip4("1.1.1.1")))
    m.append(udp4r(hdr(604, RESP, 1, 1) + q("loop.example") + rr(ptr(0x3fff), 1, ip4("1.1.1.1"))))
    # mutual loop: two names pointing at each other (second pointer moves forward)
    body = hdr(605, RESP, 1, 2) + q("m.example")
    a_off = len(body)
    body += b"\x01a" + ptr(a_off + 16) + struct.pack(">HHIH", 1, 1, 5, 4) + ip4("1.1.1.1")
    body += b"\x01b" + ptr(a_off) + struct.pack(">HHIH", 1, 1, 5, 4) + ip4("2.2.2.2")
    m.append(udp4r(body))
    # pointer into the middle of a label, pointer chain
    m.append(udp4r(hdr(606, RESP, 1, 2) + q("deep.sub.example") + rr(ptr(17), 1, ip4("3.3.3.3")) +
                   rr(b"\x01z" + ptr(17), 5, b"\x01y" + ptr(34))))
    # bad label types: reserved 0x80, extended 0x42, bit-string labels
    m.append(udp4(hdr(607, RD, 1) + b"\x03abc\x80xyz\x00" + struct.pack(">HH", 1, 1)))
    m.append(udp4(hdr(608, RD, 1) + b"\x03abc\x42\x00" + struct.pack(">HH", 1, 1)))
    m.append(udp4(hdr(609, RD, 1) + b"\x41\x20\x0a\x00\x00\x01\x07arpa\x00" + struct.pack(">HH", 12, 1)))
    m.append(udp4(hdr(610, RD, 1) + b"\x41\x05\xf8\x00" + struct.pack(">HH", 12, 1)))
    m.append(udp4(hdr(611, RD, 1) + b"\x41\x0c\xab\xcd\x00" + struct.pack(">HH", 12, 1)))
    m.append(udp4(hdr(612, RD, 1) + b"\x41\x00" + bytes(range(32)) + b"\x00" + struct.pack(">HH", 12, 1)))
    m.append(udp4r(hdr(613, RESP, 1, 1) + q("r.example") + rr(b"\x01a\x80", 1, ip4("1.1.1.1"))))
    # long names: 4 x 63 labels (> 255), and exactly at the limit
    lab = b"a" * 63
    m.append(udp4(hdr(614, RD, 1) + q(labels(lab, lab, lab, lab))))
    m.append(udp4(hdr(615, RD, 1) + q(labels(lab, lab, lab, b"b" * 61))))
    m.append(udp4(hdr(616, RD, 1) + q(labels(lab, lab, lab, b"b" * 62))))
    m.append(udp4(hdr(617, RD, 1) + q(labels(*([b"c" * 9] * 30)))))
    # label length 64..191 is reserved/extended territory; 0x3f max label
    m.append(udp4(hdr(618, RD, 1) + q(labels(b"x" * 63, b"y"))))
    return m


def short():
    m = []
    full = hdr(700, RESP, 1, 2, 1, 2) + q("cut.example.com") + rr(ptr(12), 5, name("alias.example.net")) + \
        rr(b"\x05alias\x07example\x03net\x00", 1, ip4("7.7.7.7")) + \
        rr(b"\x07example\x03net\x00", 2, name("ns.example.net")) + \
        rr(b"\x02ns\x07example\x03net\x00", 1, ip4("8.8.8.8")) + opt(eo(10, bytes(16)), flags=0x8000)
    # length < 12 and empty payloads
    for n in (0, 1, 5, 11):
        m.append(udp4(full[:n]))
    # the whole message cut by the capture at every byte (eth+ip+udp = 42)
    pkt = udp4r(full)
    cuts = [(pkt, c) for c in range(42, len(pkt), 1)]
    # query with EDNS cut at every byte
    qm = hdr(701, RD, 1, 0, 0, 1) + q("cut.example.com", 28) + opt(eo(8, struct.pack(">HBB", 1, 24, 0) + bytes(3)))
    pq = udp4(qm)
    cuts += [(pq, c) for c in range(42, len(pq), 1)]
    # counts larger than what is there (no capture cut)
    m2 = [udp4r(hdr(702, RESP, 1, 5) + q("more.example") + rr(ptr(12), 1, ip4("1.1.1.1"))),
          udp4r(hdr(703, RESP, 1, 1, 3, 3) + q("more.example") + rr(ptr(12), 1, ip4("1.1.1.1"))),
          udp4r(hdr(704, RESP, 3, 0) + q("more.example")),
          udp4(hdr(705, RD, 4, 2, 1, 1) + q("more.example")),
          udp4r(hdr(706, RESP, 1, 1) + q("more.example") + ptr(12) + b"\x00\x01\x00"),
          udp4r(hdr(707, RESP, 1, 1) + q("more.example") + rr(ptr(12), 1, ip4("1.1.1.1"))[:-2]),
          udp4r(hdr(708, RESP, 65535, 65535, 65535, 65535) + q("more.example")),
          udp4(hdr(709, RD, 65535, 65535, 65535, 65535) + q("more.example")),
          udp4r(hdr(710, RESP, 1, 1) + q("more.example") + rr(ptr(12), 1, b"\x01\x02")),
          udp4r(hdr(711, RESP, 1, 1) + q("more.example") + rr(ptr(12), 28, b"\x01\x02"))]
    return [(p, None) for p in m] + cuts + [(p, None) for p in m2]


def ipv6():
    m = []
    m.append(udp6(hdr(800, RD, 1) + q("v6.example", 28)))
    m.append(udp6r(hdr(800, RESP, 1, 2) + q("v6.example", 28) + rr(ptr(12), 28, ip6("::1")) +
                   rr(ptr(12), 28, ip6("::ffff:192.0.2.1"))))
    m.append(udp6r(hdr(801, RESP, 1, 4) + q("v6.example", 28) + rr(ptr(12), 28, ip6("fe80::1:0:0:0")) +
                   rr(ptr(12), 28, ip6("2001:db8:0:0:1:0:0:1")) + rr(ptr(12), 28, ip6("::")) +
                   rr(ptr(12), 28, ip6("::192.0.2.9"))))
    m.append(udp6(hdr(802, RD, 1, 0, 0, 1) + q("v6.example", 28) + opt(eo(8, struct.pack(">HBB", 2, 48, 0) + ip6("2001:db8:5::")[:6]))))
    return m


def tcp():
    m = []
    qm = hdr(900, RD, 1) + q("tcp.example")
    m.append(tcp4(qm))
    rm = hdr(900, RESP, 1, 2) + q("tcp.example") + rr(ptr(12), 1, ip4("1.1.1.1")) + rr(ptr(12), 1, ip4("2.2.2.2"))
    m.append(tcp4r(rm))
    # zone transfer answer over TCP with SOA
    soa = name("ns1.example.org") + name("admin.example.org") + struct.pack(">IIIII", 1, 2, 3, 4, 5)
    m.append(tcp4r(hdr(901, 0x8480, 1, 3) + q("example.org", 252) + rr(ptr(12), 6, soa) +
                   rr(ptr(12), 2, name("ns1.example.org")) + rr(ptr(12), 6, soa), seq=5000))
    # wrong prefix, short prefix, prefix only, two messages in one segment
    m.append(tcp4(qm, plen=99, seq=1100))
    m.append(tcp4(b"\x00", prefix=False, seq=1200))
    m.append(tcp4(b"\x00\x00", prefix=False, seq=1300))
    m.append(tcp4(b"\x00\x05abcde", prefix=False, seq=1400))
    m.append(tcp4(struct.pack(">H", len(qm)) + qm + struct.pack(">H", len(qm)) + qm, prefix=False, seq=1500))
    m.append(tcp4(hdr(902, RD, 1, 0, 0, 1) + q("tcp.example") + opt(eo(11, b""))))
    pkts = [(p, None) for p in m]
    # a TCP response cut by the capture
    p = tcp4r(rm, seq=6000)
    pkts += [(p, c) for c in range(54, len(p), 3)]
    return pkts


def mdns_msgs():
    m = []
    m.append(mdns(hdr(0, 0, 2) + q("_http._tcp.local", 12, 0x8001) + q("host.local", 1, 1)))
    m.append(mdns(hdr(0, 0x8400, 0, 3, 0, 1) +
                  rr(name("host.local"), 1, ip4("192.168.1.10"), ttl=120, cls=0x8001) +
                  rr(name("_http._tcp.local"), 12, name("web._http._tcp.local"), ttl=4500) +
                  rr(name("web._http._tcp.local"), 16, cstr("path=/"), cls=0x8001, ttl=4500) +
                  rr(name("host.local"), 28, ip6("fe80::1"), cls=0x8001, ttl=120)))
    m.append(mdns(hdr(0, 0, 1) + q("x.local", 255, 0x8003)))
    m.append(mdns(hdr(0, 0x8400, 0, 1) + rr(name("x.local"), 47, b"\xc0\x0c\x00\x05\x00\x00\x80\x00\x40", cls=0x8001)))
    return [(p, None) for p in m]


def fuzz(count=400, seed=1234):
    """Seeded mutations of the messages above (payload only: the lower
    headers stay consistent, so every case reaches the DNS printer)."""
    import random
    rnd = random.Random(seed)
    corpus = []
    for p in basic() + types() + edns() + names() + ipv6() + [x for x, _ in mdns_msgs()]:
        off = 14 + (20 if p[14] >> 4 == 4 else 40) + 8
        corpus.append((p[off:], p[14] >> 4 == 6))
    out = []
    for _ in range(count):
        base, v6 = rnd.choice(corpus)
        pl = bytearray(base)
        for _ in range(rnd.randint(1, 6)):
            if not pl:
                break
            k = rnd.random()
            pos = rnd.randrange(len(pl))
            if k < 0.4:
                pl[pos] = rnd.randrange(256)
            elif k < 0.55:
                pl[pos] = rnd.choice([0xc0, 0xc1, 0x40, 0x41, 0x80, 0x3f, 0x00, 0xff])
            elif k < 0.7 and pos + 1 < len(pl):
                pl[pos] = 0xc0
                pl[pos + 1] = rnd.randrange(min(256, len(pl)))
            elif k < 0.8:
                del pl[pos:pos + rnd.randint(1, 8)]
            elif k < 0.9:
                pl[pos:pos] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 8)))
            else:
                c = rnd.randrange(4)
                pl[4 + 2 * c:6 + 2 * c] = struct.pack(">H", rnd.choice([0, 1, 2, 3, 255, 65535]))
        pl = bytes(pl)
        if v6:
            p, hl = udp6(pl), 62
        elif rnd.random() < 0.15:
            p, hl = tcp4(pl), 56
        else:
            p, hl = rnd.choice([udp4, udp4r, mdns])(pl), 42
        cap = None
        if rnd.random() < 0.3 and len(p) > hl:
            cap = rnd.randrange(hl, len(p) + 1)
        out.append((p, cap))
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    write_pcap(os.path.join(OUT, "dns-basic.pcap"), [(p, None) for p in basic()])
    write_pcap(os.path.join(OUT, "dns-types.pcap"), [(p, None) for p in types()])
    write_pcap(os.path.join(OUT, "dns-flags.pcap"), [(p, None) for p in flags()])
    write_pcap(os.path.join(OUT, "dns-edns.pcap"), [(p, None) for p in edns()])
    write_pcap(os.path.join(OUT, "dns-names.pcap"), [(p, None) for p in names()])
    write_pcap(os.path.join(OUT, "dns-short.pcap"), short())
    write_pcap(os.path.join(OUT, "dns-ipv6.pcap"), [(p, None) for p in ipv6()])
    write_pcap(os.path.join(OUT, "dns-tcp.pcap"), tcp())
    write_pcap(os.path.join(OUT, "dns-mdns.pcap"), mdns_msgs())
    write_pcap(os.path.join(OUT, "dns-fuzz.pcap"), fuzz())


if __name__ == "__main__":
    main()
