#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# Hostile-input golden inputs: small captures modelled on what the fuzzer
# and CVE reproducers of tcpdump's own test set exercise (bad record
# lengths, time stamps tcpdump cannot convert, ...), written byte by byte.
# Each reproduces a difference found against tcpdump; hostile.list runs them.
# Usage: hostile.py OUTDIR  (writes hostile-*.pcap, fixed timestamps)
import os
import struct
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)


def pcap(name, recs, magic=0xA1B2C3D4, snaplen=65535, linktype=1):
    """recs: (sec, frac, data, caplen or None, len or None); lengths may lie."""
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(struct.pack("<IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype))
        for sec, frac, data, caplen, length in recs:
            cap = len(data) if caplen is None else caplen
            wire = len(data) if length is None else length
            f.write(struct.pack("<IIII", sec, frac, cap, wire))
            f.write(data[:cap])


# a small valid Ethernet + ARP request
ARP = (bytes.fromhex("ffffffffffff" "020000000001" "0806")
       + bytes.fromhex("0001080006040001" "020000000001" "0a000001" "000000000000" "0a000002"))
BASE = 1700000000

# ---- time stamps -------------------------------------------------------
# tcpdump 4.99 takes ts_sec as a signed 32-bit number and prints
# "[Error converting time]" for any with bit 31 set; -ttt/-ttttt deltas are
# a UTC time of day (wrap at 24 h); a zero time leaves the reference unset.
pcap("hostile-ts.pcap", [
    (BASE, 5, ARP, None, None),
    (BASE + 25 * 3600 + 61, 7, ARP, None, None),	# > 24 h later
    (BASE + 3, 999999, ARP, None, None),		# back in time
    (BASE + 100 * 86400, 0, ARP, None, None),		# 100 days later
    (0x7FFFFFFF, 0, ARP, None, None),			# the last good second
    (0x80000000, 1, ARP, None, None),			# 2038: bit 31
    (0xFFFFFFFF, 2, ARP, None, None),			# 2106
    (5, 3, ARP, None, None),
])
pcap("hostile-ts-zero.pcap", [
    (0, 0, ARP, None, None),
    (10, 5, ARP, None, None),
    (0, 0, ARP, None, None),
    (20, 0, ARP, None, None),
    (0, 1, ARP, None, None),
    (7, 0, ARP, None, None),
])
pcap("hostile-ts-zero-ns.pcap", [
    (0, 999, ARP, None, None),				# 0 in microseconds
    (10, 5000, ARP, None, None),
    (0, 0, ARP, None, None),
    (7, 999, ARP, None, None),
    (0x80000000, 0, ARP, None, None),
], magic=0xA1B23C4D)

# ---- record lengths tcpdump calls an invalid header ----------------------
pcap("hostile-badlen.pcap", [
    (BASE, 0, ARP, None, None),
    (BASE + 1, 0, ARP, 0, 0),				# caplen==0, len==0
    (BASE + 2, 0, ARP, 0, 42),				# caplen==0
    (BASE + 3, 0, ARP, None, 0),			# len==0
    (BASE + 4, 0, ARP, None, 20),			# len < caplen
    (BASE + 5, 0, ARP, None, 262145),			# len > MAXIMUM_SNAPLEN
    (BASE + 6, 0, ARP, 0, 300000),			# caplen==0 and len too big
    (BASE + 7, 0, ARP, None, None),
], snaplen=0)

# ---- flag lists longer than 128 bytes (bittok2str) -----------------------
def tlv(t, v):
    return struct.pack(">H", t << 9 | len(v)) + v


LLDP = (bytes.fromhex("0180c200000e" "020000000001" "88cc")
        + tlv(1, b"\x04" + bytes.fromhex("020000000001"))
        + tlv(2, b"\x03" + bytes.fromhex("020000000001"))
        + tlv(3, struct.pack(">H", 120))
        + tlv(127, bytes.fromhex("00120f" "01" "03") + struct.pack(">HH", 0xFFFF, 30))
        + tlv(0, b""))
pcap("hostile-longflags.pcap", [(BASE, 0, LLDP, None, None)])


# ---- pcapng ------------------------------------------------------------
def block(btype, body):
    body += b"\0" * (-len(body) % 4)
    total = 12 + len(body)
    return struct.pack("<II", btype, total) + body + struct.pack("<I", total)


def pcapng(name, snaplen, pkts):
    """one section, one Ethernet IDB; pkts: (data, caplen or None)"""
    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 1, 0, snaplen))
    for i, (data, caplen) in enumerate(pkts):
        cap = len(data) if caplen is None else caplen
        t = (BASE + i) * 1000000
        out += block(6, struct.pack("<IIIII", 0, t >> 32, t & 0xFFFFFFFF, cap, len(data))
                     + data[:cap])
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out)


# libpcap keeps an IDB snaplen up to INT_MAX, so a record longer than
# tcpdump's MAXIMUM_SNAPLEN reads and prints as an invalid header
pcapng("hostile-ng-bigsnap.pcapng", 0x7FFFFFFF, [(ARP, None), (bytes(300000), None), (ARP, None)])
pcapng("hostile-ng-524k.pcapng", 524288, [(ARP, None), (ARP + bytes(262200), None), (ARP, None)])


# ---- pcapng comments that name no process --------------------------------
def opt(code, val):
    return struct.pack("<HH", code, len(val)) + val + b"\0" * (-len(val) % 4)


def pcapng_comments(name, comments):
    """an IDB named eth0; one ARP per entry, with these opt_comments"""
    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", 1, 0, 262144) + opt(2, b"eth0") + opt(0, b""))
    data = ARP + b"\0" * (-len(ARP) % 4)
    for i, cs in enumerate(comments):
        t = (BASE + i) * 1000000
        opts = b"".join(opt(1, c) for c in cs) + (opt(0, b"") if cs else b"")
        out += block(6, struct.pack("<IIIII", 0, t >> 32, t & 0xFFFFFFFF, len(ARP), len(ARP))
                     + data + opts)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out)


# keys that make no process, container or pod: tcpdump's line, no "eth0"
pcapng_comments("hostile-ng-noproc.pcapng", [
    [],
    [b"UserId: 1000"],
    [b"PID: 0\nCmd: /bin/sh"],
    [b"PID: 99999999999999999999\nCmd: /bin/sh"],
    [b"ThreadId: 7\nThreadName: x", b"ParentPID: 1\nParentCmd: /sbin/init"],
    [b"ContainerName: \nContainerId: \nContainerImage: busybox"],
    [b"PodName: \nPodNamespace: default"],
])
