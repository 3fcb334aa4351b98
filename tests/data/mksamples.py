#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Sample captures for the test suites, written into OUTDIR.

    sample-mixed.pcap
        3000 Ethernet frames, ten kinds in turn (HTTP request with TCP
        timestamps, SYN-ACK with every common option, DNS query and answer,
        ICMP and ICMPv6 echo, IPv6 TCP, ARP, a large UDP datagram, a full
        TCP segment), with gaps of 1 to 999 microseconds. Classic pcap,
        microseconds, little-endian.

    sample-upstream-comments.pcapng
        23 frames in the layout upstream (Go) ptcpdump writes: a section
        header naming the application, one interface block per interface
        with if_name and if_tsresol 9 (nanoseconds), and enhanced packet
        blocks with epb_flags giving the direction and one opt_comment per
        context (process, parent, container, pod), in upstream's
        "Key: value" lines. Processes: curl 31337 and python3 27001 (parent
        bash 31300), busybox wget 19090 in container "api" of pod "cart" in
        namespace "staging" (parent sh 19000); the last frame (ARP) has no
        process.

Only the standard library is used; the same bytes come out every time.
Usage: mksamples.py OUTDIR   (rewrites a file only when this script is newer)
"""
import os
import struct
import sys

MAC1 = bytes.fromhex("020000000001")
MAC2 = bytes.fromhex("020000000002")
BCAST = b"\xff" * 6


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a):
    return bytes(int(x) for x in a.split("."))


def ip6(a):
    # only the fd00::N form is used here
    head, tail = a.split("::")
    return bytes.fromhex(head.rjust(4, "0")) + b"\0" * 12 + struct.pack("!H", int(tail, 16))


def ether(dst, src, etype, payload):
    return dst + src + struct.pack("!H", etype) + payload


def ipv4(src, dst, proto, payload):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0,
                      ip4(src), ip4(dst))
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def ipv6(src, dst, nxt, payload):
    return struct.pack("!IHBB", 6 << 28, len(payload), nxt, 64) + ip6(src) + ip6(dst) + payload


def l4_csum(pseudo_src, pseudo_dst, proto, seg, v6):
    if v6:
        pseudo = pseudo_src + pseudo_dst + struct.pack("!IxxxB", len(seg), proto)
    else:
        pseudo = pseudo_src + pseudo_dst + struct.pack("!xBH", proto, len(seg))
    return csum(pseudo + seg)


def tcp(src, dst, sport, dport, seq, ack, flags, win, opts=b"", data=b"", v6=False):
    off = (20 + len(opts)) // 4
    seg = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, off << 4, flags, win, 0, 0)
    seg += opts + data
    a, b = (ip6(src), ip6(dst)) if v6 else (ip4(src), ip4(dst))
    c = l4_csum(a, b, 6, seg, v6)
    seg = seg[:16] + struct.pack("!H", c) + seg[18:]
    return ipv6(src, dst, 6, seg) if v6 else ipv4(src, dst, 6, seg)


def udp(src, dst, sport, dport, data):
    seg = struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data
    c = l4_csum(ip4(src), ip4(dst), 17, seg, False) or 0xFFFF
    return ipv4(src, dst, 17, seg[:6] + struct.pack("!H", c) + seg[8:])


def dns_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def dns_query(qid, name):
    return struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + dns_name(name) + struct.pack("!HH", 1, 1)


def dns_answer(qid, name, addrs):
    msg = struct.pack("!HHHHHH", qid, 0x8180, 1, len(addrs), 0, 0)
    msg += dns_name(name) + struct.pack("!HH", 1, 1)
    for a in addrs:
        msg += dns_name(name) + struct.pack("!HHIH", 1, 1, 0, 4) + ip4(a)
    return msg


def icmp_echo(src, dst, ident, seq, data):
    msg = struct.pack("!BBHHH", 8, 0, 0, ident, seq) + data
    msg = msg[:2] + struct.pack("!H", csum(msg)) + msg[4:]
    return ipv4(src, dst, 1, msg)


def icmp6_echo(src, dst, ident, seq, data):
    msg = struct.pack("!BBHHH", 128, 0, 0, ident, seq) + data
    c = l4_csum(ip6(src), ip6(dst), 58, msg, True)
    return ipv6(src, dst, 58, msg[:2] + struct.pack("!H", c) + msg[4:])


def arp_request(sender_mac, sender, target):
    return struct.pack("!HHBBH", 1, 0x0800, 6, 4, 1) + sender_mac + ip4(sender) + b"\0" * 6 + ip4(target)


# TCP flags
FIN, SYN, PSH, ACK = 0x01, 0x02, 0x08, 0x10


def mixed_frames():
    get = (b"GET / HTTP/1.1\r\nHost: example.org\r\nUser-Agent: curl/7.81.0\r\n"
           b"Accept: */*\r\n\r\n")
    ts_opt = b"\x01\x01\x08\x0a" + struct.pack("!II", 3934018248, 1103153989)
    synack_opt = (b"\x02\x04\x05\xac\x04\x02\x08\x0a" + struct.pack("!II", 1103153989, 3934018003)
                  + b"\x01\x03\x03\x07")
    e = lambda p, t=0x0800, dst=MAC2: ether(dst, MAC1, t, p)
    return [
        e(tcp("10.0.0.1", "10.0.0.2", 41966, 80, 1664327469, 3647722907, PSH | ACK, 8192,
              ts_opt, get)),
        e(tcp("10.0.0.2", "10.0.0.1", 80, 41966, 3647722906, 1664327469, SYN | ACK, 8192,
              synack_opt)),
        e(udp("10.0.0.1", "10.0.0.3", 37668, 53, dns_query(44427, "qq.com"))),
        e(udp("10.0.0.3", "10.0.0.1", 53, 37668,
              dns_answer(44427, "qq.com", ["203.205.254.157", "113.108.81.189"]))),
        e(icmp_echo("10.0.0.1", "10.0.0.4", 7, 1, b"x" * 56)),
        e(icmp6_echo("fd00::1", "fd00::2", 3, 9, b"y" * 32), 0x86DD),
        e(tcp("fd00::1", "fd00::2", 50000, 443, 100, 200, ACK, 8192, b"",
              b"\x17\x03\x03" + b"z" * 200, v6=True), 0x86DD),
        e(arp_request(bytes.fromhex("02fc00000001"), "10.0.0.1", "10.0.0.9"), 0x0806, BCAST),
        e(udp("10.0.0.1", "10.0.0.2", 5000, 6000, b"q" * 1200)),
        e(tcp("10.0.0.2", "10.0.0.1", 80, 41966, 3647722907, 1664327543, ACK, 502, b"",
              b"H" * 1400)),
    ]


def write_mixed(count=3000):
    frames = mixed_frames()
    out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1)]
    t = 1700000000 * 1000000 + 332
    seed = 12345
    for i in range(count):
        f = frames[i % len(frames)]
        out.append(struct.pack("<IIII", t // 1000000, t % 1000000, len(f), len(f)) + f)
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        t += 1 + (seed >> 8) % 999
    return b"".join(out)


# ---- pcapng in upstream ptcpdump's layout ----

def opt(code, value):
    pad = (-len(value)) % 4
    return struct.pack("<HH", code, len(value)) + value + b"\0" * pad


def block(btype, body):
    n = 12 + len(body)
    return struct.pack("<II", btype, n) + body + struct.pack("<I", n)


def shb(appl):
    body = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1) + opt(4, appl.encode()) + opt(0, b"")
    return block(0x0A0D0D0A, body)


def idb(name):
    body = struct.pack("<HHI", 1, 0, 262144) + opt(2, name.encode()) + opt(9, b"\x09") + opt(0, b"")
    return block(1, body)


def epb(ifid, ts_ns, frame, flags, comments):
    body = struct.pack("<IIIII", ifid, ts_ns >> 32, ts_ns & 0xFFFFFFFF, len(frame), len(frame))
    body += frame + b"\0" * ((-len(frame)) % 4)
    body += opt(2, struct.pack("<I", flags))
    for c in comments:
        body += opt(1, c.encode())
    return block(6, body + opt(0, b""))


IN, OUT = 1, 2


def proc_comment(pid, cmd, args):
    return "PID: %d\nCmd: %s\nArgs: %s" % (pid, cmd, args)


def parent_comment(pid, cmd, args):
    return "ParentPID: %d\nParentCmd: %s\nParentArgs: %s" % (pid, cmd, args)


CURL = [proc_comment(31337, "/usr/bin/curl", "curl -sS https://10.44.0.2/api"),
        parent_comment(31300, "/usr/bin/bash", "bash")]
PYTHON = [proc_comment(27001, "/usr/bin/python3.11", "python3 fetch.py --once"),
          parent_comment(31300, "/usr/bin/bash", "bash")]
WGET = [proc_comment(19090, "/bin/busybox", "wget -q -O - http://10.44.0.2/"),
        parent_comment(19000, "/bin/busybox", "sh"),
        "ContainerName: api\n"
        "ContainerId: 3f5c0a9b1d2e4f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8\n"
        "ContainerImage: localhost/busybox:latest\nContainerLabels: {}",
        "PodName: cart\nPodNamespace: staging\nPodUID: 0b6f7c3e-1111-2222-3333-444455556666\n"
        'PodLabels: {"app":"cart"}\nPodAnnotations: {}']


def http_exchange(sport, start_us, requests, ctx):
    """SYN, SYN-ACK, then requests each acknowledged: [(us, frame, flags, ctx)]."""
    cli, srv = "10.44.0.1", "10.44.0.2"
    out_ = lambda p: ether(MAC2, MAC1, 0x0800, p)
    in_ = lambda p: ether(MAC1, MAC2, 0x0800, p)
    pk = [(start_us, out_(tcp(cli, srv, sport, 80, 1000, 0, SYN, 8192)), OUT, ctx),
          (start_us + 300, in_(tcp(srv, cli, 80, sport, 0, 1001, SYN | ACK, 8192)), IN, ctx)]
    t = start_us + 1300
    for _ in range(requests):
        pk.append((t, out_(tcp(cli, srv, sport, 80, 1000, 0, PSH | ACK, 8192, b"",
                               b"GET / HTTP/1.1\r\n\r\n")), OUT, ctx))
        pk.append((t + 300, in_(tcp(srv, cli, 80, sport, 0, 1001, ACK, 8192)), IN, ctx))
        t += 1300
    return pk


def write_upstream():
    pk = http_exchange(40001, 1000, 4, CURL)
    for i in range(4):
        q = dns_query(100 + i, "cart.example")
        pk.append((8500 + 2000 * i,
                   ether(MAC2, MAC1, 0x0800, udp("10.44.0.1", "10.44.0.53", 50000 + i, 53, q)),
                   OUT, PYTHON))
    pk += http_exchange(40002, 15500, 3, WGET)
    pk.append((20700, ether(BCAST, MAC1, 0x0806,
                            arp_request(bytes.fromhex("02fc00000001"), "10.44.0.1", "10.44.0.9")),
               OUT, []))
    out = [shb("ptcpdump test"), idb("eth0"), idb("lo")]
    base = 1700000000 * 10**9
    for us, frame, flags, ctx in pk:
        out.append(epb(0, base + us * 1000, frame, flags, ctx))
    return b"".join(out)


def main():
    if len(sys.argv) != 2:
        print("usage: mksamples.py OUTDIR", file=sys.stderr)
        return 2
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    me = os.path.getmtime(os.path.abspath(__file__))
    for name, make in (("sample-mixed.pcap", write_mixed),
                       ("sample-upstream-comments.pcapng", write_upstream)):
        path = os.path.join(outdir, name)
        if os.path.exists(path) and os.path.getmtime(path) >= me:
            continue
        tmp = "%s.%d.tmp" % (path, os.getpid())
        with open(tmp, "wb") as f:
            f.write(make())
        os.replace(tmp, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
