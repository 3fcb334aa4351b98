#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# Test captures for tests/tui/run.sh, written into argv[1] (fixed timestamps):
#   weird.pcapng  processes whose names/args are CJK, emoji, control bytes (pcapng
#                 laid out as upstream ptcpdump writes it: one opt_comment per block)
#   many.pcap     20000 TCP/UDP packets (scapy): every one stays reachable
#   procs.pcapng  bash -> python3.11 (pid 27001) -> its worker, bash -> curl, and a
#                 packet without a process, for the screens of tests/tui/t-screens.sh
#   hist.pcapng, graph.pcapng  (below)
# Further arguments: write only the captures named (e.g. "graph"; many.pcap is slow).
import struct
import sys

from scapy.all import IP, TCP, UDP, Ether, Raw, wrpcap

out = sys.argv[1]
only = sys.argv[2:]


def opt(code, data):
    pad = (4 - len(data) % 4) % 4
    return struct.pack("<HH", code, len(data)) + data + b"\0" * pad


def block(btype, body):
    n = 12 + len(body)
    return struct.pack("<II", btype, n) + body + struct.pack("<I", n)


def shb():
    body = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1)
    body += opt(4, b"ptcpdump test") + opt(0, b"")
    return block(0x0A0D0D0A, body)


def idb(name):
    body = struct.pack("<HHI", 1, 0, 262144)
    body += opt(2, name) + opt(9, b"\x09") + opt(0, b"")
    return block(1, body)


def epb(ts_ns, data, comments, flags):
    pad = (4 - len(data) % 4) % 4
    body = struct.pack("<IIIII", 0, ts_ns >> 32, ts_ns & 0xFFFFFFFF, len(data), len(data))
    body += data + b"\0" * pad
    for c in comments:
        body += opt(1, c)
    body += opt(2, struct.pack("<I", flags)) + opt(0, b"")
    return block(6, body)


def proc(pid, cmd, args, ppid=None, pcmd=None, pargs=None):
    c = [b"PID: %d\nCmd: %s\nArgs: %s" % (pid, cmd, args)]
    if ppid:
        c.append(b"ParentPID: %d\nParentCmd: %s\nParentArgs: %s" % (ppid, pcmd, pargs))
    return c


procs = [
    proc(4242, "/usr/bin/中文名".encode(), "中文名 --下载 https://例子.测试/".encode(),
         4200, b"/bin/bash", b"bash"),
    proc(4343, "/opt/🚀rocket".encode(), "🚀rocket launch 🌕".encode(),
         4200, b"/bin/bash", b"bash"),
    proc(4444, b"/tmp/evil\x1b[31mred", b"evil\x1b[31mred \x07bell\x1b]0;title\x07 \x7f",
         4200, b"/bin/bash", b"bash"),
]
base = 1700000000 * 10**9
with open(out + "/weird.pcapng", "wb") as f:
    f.write(shb())
    f.write(idb(b"eth0"))
    n = 0
    for i, p in enumerate(procs):
        for k in range(2):
            pkt = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / \
                IP(src="10.202.0.1", dst="10.202.0.2") / \
                TCP(sport=41000 + i, dport=443, flags="S" if k == 0 else "A", seq=1000)
            f.write(epb(base + n * 1000000, bytes(pkt), p, 2))
            n += 1

pkts = []
for i in range(20000 if not only or "many" in only else 0):
    if i % 4 == 3:
        p = Ether() / IP(src="10.202.1.1", dst="10.202.1.2") / UDP(sport=5000, dport=53) / Raw(b"x" * 40)
    else:
        p = Ether() / IP(src="10.202.1.1", dst="10.202.1.2") / \
            TCP(sport=40000 + i % 50, dport=80, flags="PA", seq=i) / Raw(b"y" * 60)
    p.time = 1700000000 + i * 0.001
    pkts.append(p)
if pkts:
    wrpcap(out + "/many.pcap", pkts)

# bash(27000) -> python3.11(27001) -> worker(27002); bash -> curl(27050); one unattributed
srv = proc(27001, b"/usr/bin/python3.11", b"python3.11 -m http.server 8000",
           27000, b"/bin/bash", b"bash")
wrk = proc(27002, b"/usr/bin/python3.11", b"python3.11 worker.py",
           27001, b"/usr/bin/python3.11", b"python3.11 -m http.server 8000")
cli = proc(27050, b"/usr/bin/curl", b"curl -s http://10.202.9.2:8000/",
           27000, b"/bin/bash", b"bash")
C, S = ("10.202.9.1", 41000), ("10.202.9.2", 8000)
flows = [  # (process, from, to, flags, payload, direction 1 in / 2 out)
    (cli, C, S, "S", b"", 2), (srv, S, C, "SA", b"", 2), (cli, C, S, "A", b"", 2),
    (cli, C, S, "PA", b"GET / HTTP/1.1\r\nHost: 10.202.9.2\r\n\r\n", 2),
    (srv, S, C, "PA", b"HTTP/1.0 200 OK\r\n\r\nhello\n", 2),
    (wrk, ("10.202.9.2", 5353), ("10.202.9.9", 9999), None, b"q" * 20, 2),
    (wrk, ("10.202.9.2", 5353), ("10.202.9.9", 9999), None, b"q" * 20, 2),
    (cli, C, S, "FA", b"", 2), (srv, S, C, "FA", b"", 2), (None, C, S, "R", b"", 1),
]
with open(out + "/procs.pcapng", "wb") as f:
    f.write(shb())
    f.write(idb(b"eth0"))
    for n, (p, a, b, fl, pay, d) in enumerate(flows):
        ip = IP(src=a[0], dst=b[0])
        mine, theirs = (1000, 5000) if a == C else (5000, 1000)
        l4 = UDP(sport=a[1], dport=b[1]) if fl is None else \
            TCP(sport=a[1], dport=b[1], flags=fl, seq=mine + (fl not in ("S", "SA")),
                ack=0 if fl == "S" else theirs + 1)
        pkt = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / ip / l4 / Raw(pay)
        f.write(epb(base + 10**9 + n * 1000000, bytes(pkt), p or [], d))

# hist.pcapng: a minute of traffic for the sparkline: curl ramps up over the
# minute (5 s spans of 1..12 packets of 100 bytes), python3.11 sends one burst
# in the first span only
up = proc(27060, b"/usr/bin/curl", b"curl -s http://10.202.9.2:8000/big")
dn = proc(27061, b"/usr/bin/python3.11", b"python3.11 burst.py")
with open(out + "/hist.pcapng", "wb") as f:
    f.write(shb())
    f.write(idb(b"eth0"))
    for span in range(12):
        for k in range(span + 1):
            pkt = Ether() / IP(src="10.202.9.1", dst="10.202.9.2") / \
                UDP(sport=41001, dport=8000) / Raw(b"u" * 58)
            f.write(epb(base + (span * 5 + 1) * 10**9 + k * 10**6, bytes(pkt), up, 2))
    for k in range(12):
        pkt = Ether() / IP(src="10.202.9.2", dst="10.202.9.1") / \
            UDP(sport=8000, dport=41002) / Raw(b"d" * 58)
        f.write(epb(base + 2 * 10**9 + k * 10**6, bytes(pkt), dn, 2))

# graph.pcapng: known traffic for the graph pane (5 s slots from the epoch;
# base is a multiple of 5 s): sender.py (27070) sends 50 packets of 100 bytes
# in the first slot (10 p/s, 1000 B/s), receives 25 of 400 bytes in the
# second (5 p/s, 2000 B/s), sends 10 of 100 bytes in the third (2 p/s,
# 200 B/s); other.py (27071) sends one packet
snd = proc(27070, b"/usr/bin/python3", b"python3 sender.py")
oth = proc(27071, b"/usr/bin/python3", b"python3 other.py")


def udp(size, a, b):
    pkt = Ether() / IP(src=a, dst=b) / UDP(sport=41070, dport=9)
    return bytes(pkt / Raw(b"g" * (size - len(pkt))))


with open(out + "/graph.pcapng", "wb") as f:
    f.write(shb())
    f.write(idb(b"eth0"))
    f.write(epb(base, udp(60, "10.202.7.3", "10.202.7.2"), oth, 2))
    for k in range(50):
        f.write(epb(base + k * 10**8, udp(100, "10.202.7.1", "10.202.7.2"), snd, 2))
    for k in range(25):
        f.write(epb(base + 5 * 10**9 + k * 2 * 10**8, udp(400, "10.202.7.2", "10.202.7.1"),
                    snd, 1))
    for k in range(10):
        f.write(epb(base + 10 * 10**9 + k * 5 * 10**8, udp(100, "10.202.7.1", "10.202.7.2"),
                    snd, 2))
