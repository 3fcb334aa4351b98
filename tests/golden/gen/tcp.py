#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# TCP/UDP/HTTP golden inputs: handshakes and data over IPv4 and IPv6 with
# relative sequence numbers (several interleaved connections, equal ports,
# a reused tuple), every TCP option tcpdump names (and malformed ones),
# MPTCP subtypes, checksums right and wrong, bad data offsets, RST payloads,
# HTTP and other text protocols, DNS over TCP, UDP lengths and checksums,
# and the same packets cut at many capture lengths.
# Usage: tcp.py OUTDIR  (writes tcp-*.pcap and udp-*.pcap, fixed timestamps)
import struct
import sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, Raw  # noqa: E402
from scapy.all import IPv6ExtHdrHopByHop, IPv6ExtHdrDestOpt, IPv6ExtHdrFragment  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
BASE = 1700000000

E = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
A4, B4, C4 = "10.1.0.1", "10.1.0.2", "192.168.7.9"
A6, B6 = "fd00:1::1", "fd00:1::2"


def write_pcap(path, pkts, linktype=1):
    """pkts: list of bytes or (bytes, caplen). Own writer so that caplen < len works."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, linktype))
        for i, p in enumerate(pkts):
            data, caplen = (p, None) if isinstance(p, (bytes, bytearray)) else p
            cap = len(data) if caplen is None else min(caplen, len(data))
            f.write(struct.pack("<IIII", BASE + i, (i * 1371) % 1000000, cap, len(data)))
            f.write(bytes(data[:cap]))


def v4(sport, dport, flags="", seq=0, ack=0, opts=None, data=b"", src=A4, dst=B4, **kw):
    t = TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=kw.pop("window", 8192),
            options=opts or [], **kw)
    return bytes(E / IP(src=src, dst=dst, id=1) / t / Raw(data)) if data else \
        bytes(E / IP(src=src, dst=dst, id=1) / t)


def v6(sport, dport, flags="", seq=0, ack=0, opts=None, data=b"", src=A6, dst=B6, **kw):
    t = TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=kw.pop("window", 8192),
            options=opts or [], **kw)
    p = E / IPv6(src=src, dst=dst) / t
    return bytes(p / Raw(data)) if data else bytes(p)


def raw_opts(ipver, sport, dport, flags, optbytes, data=b"", seq=1000, ack=2000, doff=None):
    """TCP header with options given as raw bytes (padded to 4 unless doff forces)."""
    ob = bytes(optbytes)
    pad = (-len(ob)) % 4
    ob_p = ob + b"\x00" * pad
    off = doff if doff is not None else (20 + len(ob_p)) // 4
    t = TCP(sport=sport, dport=dport, flags=flags, seq=seq, ack=ack, window=512, dataofs=off)
    body = bytes(t)[:20]
    seg = body + ob_p + data
    if ipver == 4:
        p = E / IP(src=A4, dst=B4, proto=6) / Raw(seg)
        b = bytearray(bytes(p))
        return fix_tcp_cksum4(b)
    p = E / IPv6(src=A6, dst=B6, nh=6) / Raw(seg)
    b = bytearray(bytes(p))
    return fix_tcp_cksum6(b)


def csum(data):
    if len(data) % 2:
        data += b"\x00"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def fix_tcp_cksum4(b, proto=6, off=16):
    ihl = (b[14] & 0xF) * 4
    seg = b[14 + ihl:]
    seg[off:off + 2] = b"\x00\x00"
    ph = bytes(b[26:34]) + struct.pack("!BBH", 0, proto, len(seg))
    c = csum(ph + bytes(seg))
    seg[off:off + 2] = struct.pack("!H", c)
    return bytes(b[:14 + ihl]) + bytes(seg)


def fix_tcp_cksum6(b, proto=6, off=16):
    seg = b[54:]
    seg[off:off + 2] = b"\x00\x00"
    ph = bytes(b[22:54]) + struct.pack("!IxxxB", len(seg), proto)
    c = csum(ph + bytes(seg))
    seg[off:off + 2] = struct.pack("!H", c)
    return bytes(b[:54]) + bytes(seg)


def flip_cksum(b, pos):
    b = bytearray(b)
    b[pos] ^= 0x5A
    return bytes(b)


TSO = [("MSS", 1460), ("SAckOK", b""), ("Timestamp", (12345, 0)), ("NOP", None), ("WScale", 7)]


def handshake(mk, cport, sport, isn_c, isn_s, payloads, opts=True, fin=True):
    """client mk(...) packets: SYN, SYN-ACK, ACK, data both ways, FIN exchange."""
    pk = []
    c2s = dict(sport=cport, dport=sport)
    s2c = dict(sport=sport, dport=cport, src=None, dst=None)
    rev = {}
    if mk is v4:
        rev = dict(src=B4, dst=A4)
    else:
        rev = dict(src=B6, dst=A6)
    s2c.update(rev)
    pk.append(mk(flags="S", seq=isn_c, opts=TSO if opts else None, **c2s))
    pk.append(mk(flags="SA", seq=isn_s, ack=isn_c + 1, opts=TSO if opts else None, **s2c))
    cseq, sseq = isn_c + 1, isn_s + 1
    pk.append(mk(flags="A", seq=cseq, ack=sseq, **c2s))
    for who, data in payloads:
        if who == "c":
            pk.append(mk(flags="PA", seq=cseq, ack=sseq, data=data,
                         opts=[("NOP", None), ("NOP", None), ("Timestamp", (100, 200))], **c2s))
            cseq += len(data)
            pk.append(mk(flags="A", seq=sseq, ack=cseq, **s2c))
        else:
            pk.append(mk(flags="PA", seq=sseq, ack=cseq, data=data, **s2c))
            sseq += len(data)
            pk.append(mk(flags="A", seq=cseq, ack=sseq, **c2s))
    if fin:
        pk.append(mk(flags="FA", seq=cseq, ack=sseq, **c2s))
        pk.append(mk(flags="FA", seq=sseq, ack=cseq + 1, **s2c))
        pk.append(mk(flags="A", seq=cseq + 1, ack=sseq + 1, **c2s))
    return pk


HTTP_REQ = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8.0\r\nAccept: */*\r\n\r\n"
HTTP_RSP = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
            b"<html></html>")


def gen_basic():
    pk = []
    pk += handshake(v4, 41000, 80, 1000000, 3000000000, [("c", HTTP_REQ), ("s", HTTP_RSP)])
    pk += handshake(v6, 50000, 8080, 4294967000, 7, [("c", b"POST /x HTTP/1.0\r\n\r\n"),
                                                       ("s", b"HTTP/1.0 404 Not Found\r\n\r\n")])
    # interleaved connections, same port on both ends, reversed collating order
    a = handshake(v4, 5555, 5555, 10, 20, [("c", b"a" * 10), ("s", b"b" * 20)], opts=False)
    b = handshake(v4, 9000, 22, 500, 600, [("c", b"c" * 5)], opts=False)
    for x, y in zip(a, b):
        pk += [x, y]
    pk += a[len(b):] + b[len(a):]
    # the same tuple again: a new SYN restarts relative numbering
    pk += handshake(v4, 41000, 80, 77777, 88888, [("c", b"GET / HTTP/1.1\r\n\r\n")], opts=False)
    # mid-stream with no handshake: the first ACK records the base
    pk.append(v4(6000, 7000, "A", seq=123456, ack=654321))
    pk.append(v4(6000, 7000, "PA", seq=123456, ack=654321, data=b"hello"))
    pk.append(v4(7000, 6000, "A", seq=654321, ack=123461))
    # flags: none, all, URG with pointer, ECE/CWR
    pk.append(v4(1, 2, "", seq=5))
    pk.append(v4(1, 2, "FSRPAUEC", seq=5, ack=6, urgptr=77))
    pk.append(v4(1, 2, "PAU", seq=5, ack=6, urgptr=3, data=b"urgent"))
    pk.append(v4(3, 4, "SEC", seq=9))
    pk.append(v6(3, 4, "R", seq=9))
    pk.append(v6(3, 4, "RA", seq=9, ack=10))
    # SACK blocks relative and absolute
    pk.append(v4(41000, 80, "A", seq=1000001, ack=3000000001,
                 opts=[("NOP", None), ("NOP", None), ("SAck", (1000101, 1000201, 1000301, 1000401))]))
    pk.append(v4(80, 41000, "A", seq=3000000001, ack=1000001,
                 opts=[("NOP", None), ("NOP", None), ("SAck", (3000000101, 3000000201))]))
    # bad checksums (v4 and v6)
    pk.append(flip_cksum(v4(41000, 80, "PA", seq=1000001, ack=3000000001, data=b"xyz"), 14 + 20 + 16))
    pk.append(flip_cksum(v6(50000, 8080, "A", seq=1, ack=2), 14 + 40 + 16))
    pk.append(flip_cksum(v4(1, 2, "S", seq=1), 14 + 20 + 17))
    # IPv6 extension headers before TCP (ports only), first fragments (no cksum)
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrHopByHop() / TCP(sport=1, dport=2, flags="S")))
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrDestOpt() /
                    TCP(sport=80, dport=2, flags="PA", ack=5) / Raw(HTTP_RSP)))
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrFragment(m=1) / TCP(sport=1, dport=2, flags="S")))
    pk.append(bytes(E / IP(src=A4, dst=B4, flags="MF") / TCP(sport=1, dport=2, flags="PA") / Raw(b"x" * 20)))
    # window 0, large numbers
    pk.append(v4(65535, 1, "A", seq=0xFFFFFFFF, ack=0xFFFFFFFF, window=0))
    return pk


def gen_opts():
    pk = []
    O = lambda b, **kw: raw_opts(4, 1234, 4321, kw.pop("flags", "A"), b, **kw)  # noqa: E731
    O6 = lambda b, **kw: raw_opts(6, 1234, 4321, kw.pop("flags", "A"), b, **kw)  # noqa: E731
    good = [
        b"\x02\x04\x05\xb4",                         # mss
        b"\x03\x03\x07",                             # wscale
        b"\x04\x02",                                 # sackOK
        b"\x01\x01\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02",  # TS
        b"\x06\x06\x01\x02\x03\x04",                 # echo
        b"\x07\x06\x01\x02\x03\x04",                 # echoreply
        b"\x0b\x06\x00\x00\x00\x09",                 # cc
        b"\x0c\x06\x00\x00\x00\x09",                 # ccnew
        b"\x0d\x06\x00\x00\x00\x09",                 # ccecho
        b"\x13\x12" + bytes(range(16)),              # md5
        b"\x14\x04\xab\x05",                         # scps
        b"\x1c\x04\x01\x2d",                         # uto (minutes)
        b"\x1c\x04\x01\x2c",                         # uto (seconds)
        b"\x1d\x04\x05\x06",                         # tcp-ao no mac
        b"\x1d\x08\x05\x06\xaa\xbb\xcc\xdd",         # tcp-ao mac
        b"\x1d\x03\x05",                             # tcp-ao invalid
        b"\x22\x02",                                 # tfo cookiereq
        b"\x22\x0a" + bytes(range(8)),               # tfo cookie
        b"\x22\x05\x01\x02\x03",                     # tfo invalid (odd)
        b"\x22\x04\x01\x02",                         # tfo invalid (short)
        b"\xfe\x04\xf9\x89",                         # exp-tfo cookiereq
        b"\xfe\x0c\xf9\x89" + bytes(range(8)),       # exp-tfo cookie
        b"\xfe\x06\xf9\x89\x01\x02",                 # exp-tfo invalid? (2 bytes: too short)
        b"\xfe\x06\x12\x34\x01\x02",                 # exp unknown magic
        b"\xfe\x03\x12",                             # exp too short -> bad opt
        b"\x63\x05\x01\x02\x03",                     # unknown-99
        b"\x63\x02",                                 # unknown-99 no data
        b"\x05\x0a\x00\x00\x00\x01\x00\x00\x00\x02",  # sack 1
        b"\x05\x0b\x00\x00\x00\x01\x00\x00\x00\x02\x00",  # invalid sack
        b"\x02\x05\x05\xb4\x01",                     # mss with len 5 -> [len 5]
        b"\x03\x02",                                 # wscale len 2 -> LENCHECK
        b"\x04\x03\x00",                             # sackOK len 3
        b"\x08\x0b" + b"\x00" * 9,                   # TS len 11
        b"\x02\x01",                                 # len < 2 -> bad opt first
        b"\x01\x02\x01",                             # nop then len < 2
        b"\x01\x02\x30\x02\x04",                     # nop then len > remaining
        b"\x00\x02\x04\x05\xb4",                     # eol then data
        b"\x01\x00\x01\x01",                         # nop eol ...
        b"\x13\x11" + bytes(15),                     # md5 wrong len
    ]
    for ob in good:
        pk.append(O(ob))
    for ob in good[:24]:
        pk.append(O6(ob, flags="SA"))
    # md5 with payload, and with the payload cut (snaplen too short)
    m = O(b"\x13\x12" + bytes(range(16)), data=b"payload!", flags="PA")
    pk.append(m)
    pk.append((m, len(m) - 3))
    # mptcp
    mp = [
        (b"\x1e\x0c\x01\x81" + bytes.fromhex("0102030405060708"), "S"),        # capable v1 csum key
        (b"\x1e\x04\x01\x00", "S"),                                           # capable v1 no key
        (b"\x1e\x0c\x00\x00" + bytes.fromhex("00000000000000ff"), "S"),        # capable v0
        (b"\x1e\x14\x01\x01" + bytes(range(1, 17)), "A"),                      # capable ack 2 keys
        (b"\x1e\x16\x01\x01" + bytes(range(1, 19)), "A"),                      # capable len 22
        (b"\x1e\x0c\x05\x00" + bytes(8), "S"),                                 # unknown version
        (b"\x1e\x0c\x01\x00" + bytes(8), "A"),                                 # capable bad flags
        (b"\x1e\x0c\x11\x03" + bytes.fromhex("aabbccdd11223344"), "S"),        # join syn backup
        (b"\x1e\x10\x10\x02" + bytes(range(12)), "SA"),                        # join syn/ack
        (b"\x1e\x18\x10\x00" + bytes(range(20)), "A"),                         # join ack
        (b"\x1e\x0c\x10\x00" + bytes(8), "A"),                                 # join bad
        (b"\x1e\x08\x20\x01" + struct.pack(">I", 99), "A"),                    # dss ack4
        (b"\x1e\x0c\x20\x03" + struct.pack(">Q", 2 ** 40), "A"),               # dss ack8
        (b"\x1e\x12\x20\x04" + struct.pack(">IIH", 5, 6, 7) + b"\x00\x00"[:0] + b"\xab\xcd", "A"),
        (b"\x1e\x14\x20\x1f" + struct.pack(">IIIH", 1, 2, 3, 4) + b"\x12\x34", "A"),  # dss fin
        (b"\x1e\x1c\x20\x0f" + struct.pack(">QQIH", 1, 2, 3, 4), "A"),         # dss 8/8 no csum
        (b"\x1e\x06\x20\x01\x00\x00", "A"),                                    # dss ack short
        (b"\x1e\x08\x20\x01\x00\x00\x00\x01", "S"),                            # dss on syn
        (b"\x1e\x08\x30\x05\x0a\x00\x00\x01", "A"),                            # add-addr v1 v4
        (b"\x1e\x0a\x34\x05\x0a\x00\x00\x01\x1f\x90", "A"),                    # v0-ip4 port
        (b"\x1e\x10\x31\x05\x0a\x00\x00\x01" + bytes(range(8)), "A"),          # v1-echo hmac
        (b"\x1e\x12\x30\x05\x0a\x00\x00\x01\x00\x50" + bytes(range(8)), "A"),  # port+hmac
        (b"\x1e\x14\x36\x07" + bytes(15) + b"\x01", "A"),                      # v0-ip6
        (b"\x1e\x16\x30\x07" + bytes(15) + b"\x01\x01\xbb", "A"),              # ip6 port
        (b"\x1e\x1c\x30\x07" + bytes(15) + b"\x01" + bytes(range(8)), "A"),    # ip6 hmac
        (b"\x1e\x1e\x30\x07" + bytes(15) + b"\x01\x00\x16" + bytes(range(8)), "A"),
        (b"\x1e\x08\x3f\x05\x0a\x00\x00\x01", "A"),                            # bad version/echo
        (b"\x1e\x09\x30\x05\x0a\x00\x00\x01\x00", "A"),                        # add-addr bad len
        (b"\x1e\x06\x40\x01\x02\x03", "A"),                                    # rem-addr
        (b"\x1e\x03\x40", "A"),                                                # rem-addr short
        (b"\x1e\x04\x51\x02", "A"),                                            # prio backup id
        (b"\x1e\x03\x50", "A"),                                                # prio non-backup
        (b"\x1e\x05\x50\x00\x00", "A"),                                        # prio bad
        (b"\x1e\x0c\x60\x00" + struct.pack(">Q", 12345678901), "A"),           # fail
        (b"\x1e\x0b\x60\x00" + bytes(7), "A"),                                 # fail bad
        (b"\x1e\x0c\x70\x00" + bytes.fromhex("0011223344556677"), "A"),        # fast-close
        (b"\x1e\x04\x80\x00", "A"),                                            # tcprst -> unknown
        (b"\x1e\x04\xf0\x00", "A"),                                            # unknown
        (b"\x1e\x02", "A"),                                                    # too short
    ]
    for ob, fl in mp:
        pk.append(O(ob, flags=fl))
    # mptcp followed by more options
    pk.append(O(b"\x1e\x04\x51\x02\x01\x01\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02"))
    pk.append(O6(b"\x1e\x08\x20\x01" + struct.pack(">I", 99) + b"\x01\x01\x04\x02", flags="PA",
                 data=b"data"))
    return pk


def gen_bad():
    pk = []
    # data offset < 5
    for off in (0, 1, 4):
        pk.append(raw_opts(4, 80, 1000, "A", b"", doff=off))
        pk.append(raw_opts(6, 80, 1000, "A", b"", doff=off))
    # data offset past the segment (no payload, header 20)
    pk.append(raw_opts(4, 1000, 80, "A", b"", doff=15))
    pk.append(raw_opts(6, 1000, 80, "SA", b"", doff=8))
    # IP says fewer bytes than the TCP header
    p = bytearray(v4(1, 2, "A", seq=1, ack=2))
    p[16:18] = struct.pack(">H", 20 + 12)
    pk.append(bytes(p))
    # EOL then the padding is cut off: "remaining caplen < header length"
    e = raw_opts(4, 1000, 80, "PA", b"\x00" + b"\x00" * 11, data=b"GET / HTTP/1.1\r\n\r\n")
    pk.append((e, 14 + 20 + 24))
    pk.append((e, 14 + 20 + 28))
    # bad option first, later
    pk.append(raw_opts(4, 1000, 80, "PA", b"\x02\x01", data=b"zz"))
    pk.append(raw_opts(4, 1000, 80, "PA", b"\x02\x04\x05\xb4\x02\x09", data=b"zz"))
    return pk


def gen_app():
    pk = []
    P = lambda sp, dp, data, fl="PA", mk=v4: mk(sp, dp, fl, seq=1, ack=1, data=data)  # noqa: E731
    # HTTP variants
    pk.append(P(41000, 80, HTTP_REQ))
    pk.append(P(80, 41000, HTTP_RSP))
    pk.append(P(41000, 8080, b"get /lower HTTP/1.1\r\nX: y\r\n\r\n"))
    pk.append(P(41000, 80, b"NOTHTTP something\r\n"))
    pk.append(P(41000, 80, b"\x16\x03\x01\x02\x00binary"))
    pk.append(P(41000, 80, b"GET /no-line-end HTTP/1.1"))
    pk.append(P(41000, 80, b"GET /cr HTTP/1.1\r"))
    pk.append(P(41000, 80, b"GET /crx HTTP/1.1\rX\n"))
    pk.append(P(41000, 80, b"GET /lf HTTP/1.1\nHost: a\n\nbody line\nmore\x01bin\n"))
    pk.append(P(41000, 80, b"GET\t/tab\tHTTP/1.1\r\n\r\n"))
    pk.append(P(41000, 80, b"   GET / HTTP/1.1\r\n"))
    pk.append(P(80, 41000, b"HTTP/1.1 2000 Weird\r\n"))
    pk.append(P(80, 41000, b"HTTP/1.1 20 Weird\r\n"))
    pk.append(P(80, 41000, b"HTTP/1.1     301 Moved\r\n\r\n"))
    pk.append(P(80, 41000, b"HTTP/1.1 404"))
    pk.append(P(80, 41000, b"X" * 200 + b" 200 long token\r\n"))
    pk.append(P(80, 41000, b"PROPFIND /dav HTTP/1.1\r\nDepth: 1\r\n\r\n<xml>\r\n"))
    pk.append(P(80, 41000, b"HTTP/1.1 200 OK\r\nA: b\x80c\r\n\r\n"))
    pk.append(P(41000, 80, HTTP_REQ, mk=v6))
    # truncated HTTP: cut inside the first line, inside headers
    h = P(41000, 80, HTTP_REQ)
    for cut in (54 + 3, 54 + 10, 54 + 30, 54 + 50, len(h) - 2):
        pk.append((h, cut))
    # other text protocols
    pk.append(P(41000, 21, b"USER anonymous\r\n"))
    pk.append(P(21, 41000, b"220 FTP ready\r\n230 ok\r\n"))
    pk.append(P(41000, 25, b"EHLO example.com\r\n"))
    pk.append(P(43, 41000, b"% whois\r\n"))
    pk.append(P(41000, 554, b"DESCRIBE rtsp://x/ RTSP/1.0\r\nCSeq: 1\r\n\r\n"))
    pk.append(P(8554, 41000, b"RTSP/1.0 200 OK\r\n\r\n"))
    pk.append(P(22, 41000, b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"))
    pk.append(P(41000, 22, b"SSH-2.0-Go\n"))
    pk.append(P(41000, 22, b"\x00\x00\x01\x00binary"))
    pk.append(P(41000, 22, b"SSH-2.0-noeol"))
    # port precedence: smtp (25) beats http (80)
    pk.append(P(25, 80, b"220 mail\r\n"))
    pk.append(P(80, 53, b"GET / HTTP/1.1\r\n\r\n"))
    # DNS over TCP
    q = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x07example\x03com\x00\x00\x01\x00\x01"
    pk.append(P(41000, 53, struct.pack(">H", len(q)) + q))
    # RST with payload (short, long, cut)
    pk.append(v4(80, 41000, "R", seq=1, data=b"connection reset by peer"))
    pk.append(v4(80, 41000, "RA", seq=1, ack=1, data=b"x" * 40 + b"\x01\x80"))
    r = v4(80, 41000, "R", seq=1, data=b"abcdefghijklmnop\x00\x7f\xff")
    pk.append(r)
    pk.append((r, len(r) - 10))
    # BEEP: 4-byte keywords ("MSG" and "END" only match with a NUL)
    for d in (b"MSG\x00abc", b"MSG abc", b"RPY 1 2", b"ERR x", b"ANS ", b"NUL ", b"SEQ 1", b"END\x00",
              b"RP", b"\x00\x01\x02\x03"):
        pk.append(P(41000, 10288, d))
    # RESP (redis): pipelines, every type, bad lengths, cut elements
    for d in (b"*2\r\n$4\r\nINCR\r\n$1\r\nz\r\n*2\r\n$4\r\nINCR\r\n$1\r\nz\r\n", b"PING\r\nPING\r\n",
              b"+OK\r\n", b"-ERR unknown\r\n", b":1000\r\n", b"$-1\r\n", b"*-1\r\n", b"*0\r\n", b"$0\r\n\r\n",
              b"$-2\r\n", b"$99999999999\r\n", b"$abc\r\n", b"$3\r\nab", b"$3\r\nabcdef\r\n", b"\r\n\r\nPING",
              b"PING", b"+OK", b"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nv\x00\x01\x80y\r\n",
              b"$5\r\nhello\r\n+OK\r\n:5\r\n", b"*1\r\n*1\r\n*1\r\n+deep\r\n", b"\n", b"$-1x", b"$1\rx",
              b"*2\r\n+a\r\n"):
        pk.append(P(6379, 40000, d))
    r = P(40000, 6379, b"*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n")
    for cut in range(54, len(r), 3):
        pk.append((r, cut))
    # Telnet commands: negotiation, subnegotiation (auth, encrypt, others), cuts
    for d in (b"\xff\xfd\x01", b"\xff\xfb\x03\xff\xfd\x18", b"\xff\xfa\x18\x01\xff\xf0",
              b"\xff\xfa\x18\x00xterm\xff\xf0", b"\xff\xfa\x25\x01\x02\x03\xff\xf0", b"\xff\xfa\x26\x00\x01\xff\xf0",
              b"\xff\xfa\x26\x07\x05\x09\xff\xf0", b"\xff\xff", b"\xff\xf1", b"\xff\xec", b"\xff\x10", b"\xff",
              b"\xff\xfd", b"\xff\xfa\x18", b"\xff\xfa\x99\x01\xff\xf0", b"\xff\xfd\x63", b"hello\xff\xfd\x01",
              b"\xff\xfd\x01hello", b"\xff\xfa\x1f\x00\x50\x00\x18\xff\xf0\xff\xfb\x01"):
        t = P(23, 41000, d)
        pk.append(t)
        pk.append((t, len(t) - 1))
    # unknown port with data
    pk.append(P(40000, 40001, b"some data"))
    return pk


def gen_trunc():
    """The same segments cut at every length through the headers."""
    full4 = raw_opts(4, 41000, 80, "PA",
                     b"\x02\x04\x05\xb4\x01\x03\x03\x07\x04\x02\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02"
                     b"\x05\x0a\x00\x00\x00\x01\x00\x00\x00\x02\x13\x12" + bytes(16) +
                     b"\x1e\x0c\x20\x03" + bytes(8),
                     data=b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    full6 = raw_opts(6, 41000, 80, "SA",
                     b"\x02\x04\x05\xb4\x01\x03\x03\x07\x04\x02\x08\x0a\x00\x00\x00\x01\x00\x00\x00\x02"
                     b"\x22\x06\x01\x02\x03\x04\xfe\x04\xf9\x89\x1d\x04\x01\x02")
    mp = raw_opts(4, 1, 2, "SA", b"\x1e\x10\x10\x02" + bytes(range(12)) + b"\x01\x01\x04\x02")
    pk = []
    for full, l3 in ((full4, 34), (full6, 54), (mp, 34)):
        for cut in range(l3 - 2, len(full) + 1):
            pk.append((full, cut))
    return pk


def udp4(sport, dport, data=b"", src=A4, dst=B4, **kw):
    return bytes(E / IP(src=src, dst=dst, id=1, **kw) / UDP(sport=sport, dport=dport) / Raw(data))


def udp6(sport, dport, data=b"", src=A6, dst=B6):
    return bytes(E / IPv6(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(data))


def gen_udp():
    pk = []
    dnsq = b"\xab\xcd\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x03www\x07example\x03com\x00\x00\x01\x00\x01"
    mdns = b"\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x05_http\x04_tcp\x05local\x00\x00\x0c\x00\x01"
    pk.append(udp4(5000, 6000, b"x" * 100))
    pk.append(udp6(5000, 6000, b"x" * 33))
    pk.append(udp4(40000, 53, dnsq))
    pk.append(udp6(53, 40000, dnsq))
    pk.append(udp4(5353, 5353, mdns, dst="224.0.0.251"))
    pk.append(udp6(5353, 5353, mdns, dst="ff02::fb"))
    pk.append(udp4(40000, 5355, b"\x00\x01\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x01a\x00\x00\x01\x00\x01"))
    pk.append(udp4(53, 123, dnsq))            # precedence: DNS over NTP
    pk.append(udp4(1, 2))                    # empty payload
    # SIP request/response/other, vat and vt (destination 3456 only)
    pk.append(udp4(5060, 5060, b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP x\r\n\r\n"))
    pk.append(udp4(5060, 40000, b"SIP/2.0 180 Ringing\r\n\r\n"))
    pk.append(udp6(40000, 5060, b"\x00\x01binary"))
    pk.append(udp4(40000, 3456, b"\x00\x9f\x00\x10\x00\x00\x00\x07audio"))
    pk.append(udp4(40000, 3456, b"\x3f\x00\x00\x10\x00\x00\x00\x07"))
    pk.append(udp4(40000, 3456, b"\xf0\x21"))
    pk.append(udp4(40000, 3456, b"\x00"))
    pk.append(udp4(40000, 3456, b"\x00\x00\x00"))
    pk.append(udp4(3456, 40000, b"\x00\x00\x00"))
    # checksum: zero, bad (v4, v6)
    p = bytearray(udp4(5000, 6000, b"abc"))
    p[40:42] = b"\x00\x00"
    pk.append(bytes(p))
    p = bytearray(udp4(5000, 6000, b"abc"))
    p[40] ^= 0x11
    pk.append(bytes(p))
    p = bytearray(udp6(5000, 6000, b"abcd"))
    p[60] ^= 0x11
    pk.append(bytes(p))
    # UDP length field: bigger than IP payload, smaller, < 8
    for ulen in (200, 10, 8, 7, 0):
        p = bytearray(udp4(5000, 6000, b"0123456789"))
        p[38:40] = struct.pack(">H", ulen)
        pk.append(bytes(p))
        p = bytearray(udp6(5000, 6000, b"0123456789"))
        p[58:60] = struct.pack(">H", ulen)
        pk.append(bytes(p))
    # IP payload shorter than a UDP header
    p = bytearray(udp4(5000, 6000, b""))
    p[16:18] = struct.pack(">H", 20 + 6)
    pk.append(bytes(p))
    # first fragment (MF): no checksum check, no "bad length"
    pk.append(udp4(5000, 6000, b"y" * 40, flags="MF"))
    p = bytearray(udp4(5000, 6000, b"y" * 40, flags="MF"))
    p[38:40] = struct.pack(">H", 1000)
    p = bytearray(fix_ip4(p))
    pk.append(bytes(p))
    # IPv6 extension headers before UDP, IPv6 first fragment
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrDestOpt() / UDP(sport=1, dport=2) / Raw(b"abc")))
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrHopByHop() / UDP(sport=53, dport=2) / Raw(dnsq)))
    pk.append(bytes(E / IPv6(src=A6, dst=B6) / IPv6ExtHdrFragment(m=1) / UDP(sport=1, dport=2) / Raw(b"abc")))
    # truncated captures
    d = udp4(40000, 53, dnsq)
    for cut in range(34, 34 + 12):
        pk.append((d, cut))
    d6 = udp6(5000, 6000, b"z" * 20)
    for cut in range(54, 54 + 10):
        pk.append((d6, cut))
    return pk


def fix_ip4(b):
    b = bytearray(b)
    b[24:26] = b"\x00\x00"
    b[24:26] = struct.pack("!H", csum(bytes(b[14:34])))
    return b


def gen_random(seed=20231114, n=2000):
    """Seeded random segments: options (right and wrong), data offsets, flags,
    payloads for the port printers, UDP lengths, checksums, IP lengths, cuts."""
    import random
    rng = random.Random(seed)
    KNOWN = [0,1,2,3,4,5,6,7,8,11,12,13,19,20,28,29,30,34,254,99]
    def rand_opts():
        o = b""
        for _ in range(rng.randint(0, 6)):
            k = rng.choice(KNOWN)
            if k in (0, 1):
                o += bytes([k]); continue
            r = rng.random()
            if k == 30:
                sub = rng.randint(0, 9) << 4 | rng.randint(0, 15)
                ln = rng.choice([3, 4, 8, 10, 12, 16, 18, 20, 22, 24, 28, 30, rng.randint(0, 40)])
                body = bytes([sub]) + bytes(rng.getrandbits(8) for _ in range(max(0, ln - 3)))
                o += bytes([k, ln]) + body[:max(0, ln - 2)]
                continue
            if k == 254:
                ln = rng.randint(0, 14)
                body = rng.choice([b"\xf9\x89", b"\x12\x34", b""]) + bytes(rng.getrandbits(8) for _ in range(12))
                o += bytes([k, ln]) + body[:max(0, ln - 2)]
                continue
            ln = rng.randint(0, 20) if r < 0.3 else {2:4,3:3,4:2,5:10,6:6,7:6,8:10,11:6,12:6,13:6,19:18,20:4,28:4,29:rng.randint(2,10),34:rng.choice([2,4,6,10,18,19]),99:rng.randint(2,6)}[k]
            o += bytes([k, ln]) + bytes(rng.getrandbits(8) for _ in range(max(0, ln - 2)))
        return o

    def payload():
        c = rng.random()
        if c < 0.3: return b""
        if c < 0.5: return rng.choice([b"GET / HTTP/1.1\r\nHost: a\r\n\r\n", b"HTTP/1.1 200 OK\r\n\r\nbody", b"SSH-2.0-x\r\n", b"220 ok\r\n", b"MSG\0", b"INVITE x SIP/2.0\r\n"])[:rng.randint(0, 30)]
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 60)))

    PORTS = [80, 8080, 22, 21, 25, 43, 554, 8554, 10288, 5060, 3456, 5353, 5355, 1, 1000, 40000, 65535]
    E = b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01"
    pk = []
    conns = [(rng.choice(PORTS), rng.choice(PORTS), rng.getrandbits(32), rng.getrandbits(32)) for _ in range(20)]
    for i in range(n):
        v6 = rng.random() < 0.4
        udp = rng.random() < 0.25
        sp, dp, s0, a0 = rng.choice(conns)
        if rng.random() < 0.5: sp, dp = dp, sp
        data = payload()
        if udp:
            ulen = 8 + len(data)
            if rng.random() < 0.2: ulen = rng.randint(0, 80)
            seg = struct.pack("!HHHH", sp, dp, ulen, 0) + data
            proto = 17
        else:
            opts = rand_opts()
            opts += b"\0" * ((-len(opts)) % 4)
            doff = (20 + len(opts)) // 4
            if rng.random() < 0.1: doff = rng.randint(0, 15)
            fl = rng.getrandbits(8) if rng.random() < 0.3 else rng.choice([0x02, 0x12, 0x10, 0x18, 0x11, 0x04, 0x14])
            seg = struct.pack("!HHIIBBHHH", sp, dp, (s0 + rng.randint(0, 5000)) & 0xffffffff, (a0 + rng.randint(0, 5000)) & 0xffffffff, (doff << 4) & 0xff, fl, rng.getrandbits(16), 0, rng.getrandbits(16)) + opts + data
            proto = 6
        if v6:
            src, dst = bytes.fromhex("fd000000000000000000000000000001"), bytes.fromhex("fd000000000000000000000000000002")
            if rng.random() < 0.5: src, dst = dst, src
            ph = src + dst + struct.pack("!IxxxB", len(seg), proto)
            ck = csum(ph + seg) if rng.random() < 0.8 else rng.getrandbits(16)
            off = 6 if udp else 16
            seg = seg[:off] + struct.pack("!H", ck) + seg[off+2:]
            plen = len(seg) if rng.random() < 0.9 else rng.randint(0, len(seg) + 10)
            ip = struct.pack("!IHBB", 0x60000000, plen, proto, 64) + src + dst
            frame = E + b"\x86\xdd" + ip + seg
        else:
            src, dst = bytes([10,0,0,1]), bytes([10,0,0,2])
            if rng.random() < 0.5: src, dst = dst, src
            ph = src + dst + struct.pack("!BBH", 0, proto, len(seg))
            ck = csum(ph + seg) if rng.random() < 0.8 else rng.getrandbits(16)
            off = 6 if udp else 16
            seg = seg[:off] + struct.pack("!H", ck) + seg[off+2:]
            tot = 20 + len(seg) if rng.random() < 0.9 else rng.randint(20, 20 + len(seg) + 10)
            fr = 0x2000 if rng.random() < 0.05 else 0
            ip = struct.pack("!BBHHHBBH", 0x45, 0, tot, 1, fr, 64, proto, 0) + src + dst
            ip = ip[:10] + struct.pack("!H", csum(ip)) + ip[12:]
            frame = E + b"\x08\x00" + ip + seg
        cap = len(frame) if rng.random() < 0.7 else rng.randint(14, len(frame))
        pk.append((frame, cap))
    return pk

def gen_text(seed=7, n=1500):
    """Seeded random text-protocol payloads (HTTP, FTP, SMTP, WHOIS, RTSP,
    SSH, SIP, RESP ports): tokens, blanks, CR/LF forms, bytes that are not
    text, long tokens, and cut captures."""
    import random
    rng = random.Random(seed)
    toks = [b"GET", b"get", b"HTTP/1.1", b"200", b"2000", b"20", b"OK", b" ", b"  ", b"\t", b"\r\n", b"\r",
            b"\n", b"\x80", b"\x01", b"\x00", b"USER", b"DESCRIBE", b"RTSP/1.0", b"SIP/2.0", b"INVITE",
            b"SSH-2.0-x", b"X" * 130, b"/", b"Host:", b"a", b"\x7f", b"~", b"*1", b"$3", b"+OK"]
    pk = []
    for _ in range(n):
        d = b"".join(rng.choice(toks) for _ in range(rng.randint(1, 14)))
        port = rng.choice([80, 8080, 21, 25, 43, 554, 8554, 22, 5060, 6379])
        if port == 5060 and rng.random() < 0.5:
            f = bytes(E / IP(src=A4, dst=B4) / UDP(sport=40000, dport=port) / Raw(d))
        else:
            f = bytes(E / IP(src=A4, dst=B4) / TCP(sport=40000, dport=port, flags="PA") / Raw(d))
        pk.append((f, len(f) if rng.random() < 0.7 else rng.randint(34, len(f))))
    return pk


def main():
    write_pcap(f"{OUT}/tcp-basic.pcap", gen_basic())
    write_pcap(f"{OUT}/tcp-opts.pcap", gen_opts())
    write_pcap(f"{OUT}/tcp-bad.pcap", gen_bad())
    write_pcap(f"{OUT}/tcp-app.pcap", gen_app())
    write_pcap(f"{OUT}/tcp-trunc.pcap", gen_trunc())
    write_pcap(f"{OUT}/udp-basic.pcap", gen_udp())
    write_pcap(f"{OUT}/tcp-random.pcap", gen_random())
    write_pcap(f"{OUT}/tcp-text.pcap", gen_text())


main()
