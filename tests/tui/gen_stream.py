#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# A capture for the follow-stream tests (tests/tui/t-stream.sh), written into
# argv[1], with what the stream screens must show, made from the payloads
# themselves (not from ptcpdump-top):
#   stream.pcap   a TCP conversation 10.1.0.1:40000 -> 10.1.0.2:8080 whose
#                 request comes in two segments, the second before the first,
#                 then the first retransmitted; the reply has bytes that are not
#                 printable and 10 bytes never captured (a gap); an unrelated TCP
#                 flow and UDP packets are mixed in; and a UDP conversation
#                 10.1.0.1:5000 <-> 10.1.0.3:53535
#   stream-tcp.expect / stream-tcp-hex.expect / stream-udp.expect
#                 the screens (80 columns) of the TCP stream as text and hex, the
#                 UDP stream as text: title, the two sides, the lines (no key bar)
#   stream.nums   the packet numbers to select: the TCP reply, the UDP reply
#   stream-tcp.raw the bytes of each TCP direction in hex (client, server)
import sys

from scapy.all import IP, TCP, UDP, Ether, Raw, wrpcap

out = sys.argv[1]
C, S, U = "10.1.0.1", "10.1.0.2", "10.1.0.3"
CP, SP = 40000, 8080
ISN_C, ISN_S = 1000, 50000
REQ1 = b"GET /index.html HTTP/1.1\r\n"
REQ2 = b"Host: example\r\nUser-Agent: t\r\n\r\n"
REP1 = b"HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\nbin:\x00\x01\x02\tend\n"
LOST = b"0123456789"
REP2 = b"after the gap\r\nlast line without newline"

pkts = []
t = [1700000000.0]


def add(p):
    p.time = t[0]
    t[0] += 0.001
    pkts.append(p)


def tcp(src, dst, sport, dport, flags, seq, ack, data=b""):
    p = Ether() / IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags=flags, seq=seq,
                                             ack=ack)
    return p / Raw(data) if data else p


add(tcp(C, S, CP, SP, "S", ISN_C, 0))
add(tcp(S, C, SP, CP, "SA", ISN_S, ISN_C + 1))
add(tcp(C, S, CP, SP, "A", ISN_C + 1, ISN_S + 1))
# an unrelated flow (same hosts, another client port) and a UDP packet
add(tcp(C, S, 40001, SP, "PA", 7, 9, b"NOT THIS STREAM\n"))
add(Ether() / IP(src=C, dst=S) / UDP(sport=CP, dport=SP) / Raw(b"NOR THIS\n"))
# the second segment first, then the first, then the first again
add(tcp(C, S, CP, SP, "PA", ISN_C + 1 + len(REQ1), ISN_S + 1, REQ2))
add(tcp(C, S, CP, SP, "PA", ISN_C + 1, ISN_S + 1, REQ1))
add(tcp(C, S, CP, SP, "PA", ISN_C + 1, ISN_S + 1, REQ1))
n_reply = len(pkts) + 1
add(tcp(S, C, SP, CP, "PA", ISN_S + 1, ISN_C + 1 + len(REQ1 + REQ2), REP1))
# LOST is never captured: the next segment starts 10 bytes further on
add(tcp(S, C, SP, CP, "PA", ISN_S + 1 + len(REP1) + len(LOST),
        ISN_C + 1 + len(REQ1 + REQ2), REP2))
add(tcp(C, S, CP, SP, "FA", ISN_C + 1 + len(REQ1 + REQ2), ISN_S + 1 + len(REP1 + LOST + REP2)))
add(tcp(S, C, SP, CP, "FA", ISN_S + 1 + len(REP1 + LOST + REP2), ISN_C + 2 + len(REQ1 + REQ2)))
UQ, UR = [b"ping 1\n", b"ping 2\n"], [b"pong\x7f\n"]
add(Ether() / IP(src=C, dst=U) / UDP(sport=5000, dport=53535) / Raw(UQ[0]))
add(Ether() / IP(src=C, dst=U) / UDP(sport=5000, dport=53535) / Raw(UQ[1]))
n_udp = len(pkts) + 1
add(Ether() / IP(src=U, dst=C) / UDP(sport=53535, dport=5000) / Raw(UR[0]))
wrpcap(out + "/stream.pcap", pkts)


def printable(b):
    return "".join(chr(c) if 0x20 <= c < 0x7F else "." for c in b)


def text_lines(marker, data):
    """a newline ends a line (a CR before it is not shown); 78 columns at most"""
    lines = []
    for i, part in enumerate(data.split(b"\n")):
        if i == len(data.split(b"\n")) - 1 and not part:
            break
        if data.find(b"\n") >= 0 and i < data.count(b"\n") and part.endswith(b"\r"):
            part = part[:-1]
        while len(part) > 78:
            lines.append(marker + " " + printable(part[:78]))
            part = part[78:]
        lines.append((marker + " " + printable(part)).rstrip())
    return lines


def hex_lines(marker, data, base=0):
    lines = []
    for o in range(0, len(data), 16):
        b = data[o:o + 16]
        h = "".join("%02x " % c for c in b) + "   " * (16 - len(b))
        lines.append(("%s %08x  %s %s" % (marker, base + o, h, printable(b))).rstrip())
    return lines


def side(m, who, addr, port, pkts, nbytes, extra=""):
    return "%s %s %s:%d  %d pkts  %d bytes%s" % (m, who, addr, port, pkts, nbytes, extra)


req = REQ1 + REQ2
# client: SYN, ACK, 3 data segments, FIN; server: SYN-ACK, 2 data, FIN
head_tcp = [side(">", "client", C, CP, 6, len(req), "  %d retransmitted" % len(REQ1)),
            side("<", "server", S, SP, 4, len(REP1 + REP2), "  %d missing" % len(LOST))]
gap = "< [%d bytes missing]" % len(LOST)
with open(out + "/stream-tcp.expect", "w") as f:
    lines = [" Follow TCP stream (text)  %s:%d <-> %s:%d" % (C, CP, S, SP)] + head_tcp
    lines += text_lines(">", req) + text_lines("<", REP1) + [gap] + text_lines("<", REP2)
    f.write("\n".join(lines) + "\n")
with open(out + "/stream-tcp-hex.expect", "w") as f:
    lines = [" Follow TCP stream (hex)  %s:%d <-> %s:%d" % (C, CP, S, SP)] + head_tcp
    lines += hex_lines(">", req) + hex_lines("<", REP1) + [gap]
    lines += hex_lines("<", REP2, len(REP1))
    f.write("\n".join(lines) + "\n")
with open(out + "/stream-udp.expect", "w") as f:
    lines = [" Follow UDP stream (text)  %s:%d <-> %s:%d" % (C, 5000, U, 53535),
             side(">", "client", C, 5000, 2, len(b"".join(UQ))),
             side("<", "server", U, 53535, 1, len(UR[0]))]
    lines += text_lines(">", b"".join(UQ)) + text_lines("<", UR[0])
    f.write("\n".join(lines) + "\n")
with open(out + "/stream.nums", "w") as f:
    f.write("%d %d\n" % (n_reply, n_udp))
with open(out + "/stream-tcp.raw", "w") as f:
    f.write("%s %s\n" % (req.hex(), (REP1 + REP2).hex()))
