#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Make the two protocol-heavy samples make bench scales up with mkbig.py.

usage: mkheavy.py OUTDIR
  sample-dns.pcap      DNS over UDP and TCP: queries and answers with
                       compressed names, A/AAAA/CNAME/MX/TXT/SRV/PTR/SOA
                       records, EDNS0, NXDOMAIN, as a resolver sees them
  sample-overlay.pcap  VXLAN and Geneve (with options) carrying TCP, UDP,
                       ICMP and IPv6, as a Kubernetes node's uplink sees them
"""
import os
import sys

from scapy.all import (DNS, DNSQR, DNSRR, DNSRROPT, Ether, ICMP, IP, IPv6,
                       TCP, UDP, Raw, wrpcap)
from scapy.contrib.geneve import GENEVE
from scapy.layers.vxlan import VXLAN

CLIENT_MAC, SERVER_MAC = "02:00:00:00:00:01", "02:00:00:00:00:02"


def dns_frames():
    frames = []
    names = ["www.example.com", "api.internal.example.net",
             "_http._tcp.svc.cluster.local", "mail.example.org",
             "4.3.2.1.in-addr.arpa", "cdn.example.com", "nx.example.invalid"]
    for i in range(200):
        qid = 0x1000 + i
        name = names[i % len(names)]
        sport = 30000 + i
        kind = i % 7
        qtype = ["A", "AAAA", "SRV", "MX", "PTR", "CNAME", "A"][kind]
        query = DNS(id=qid, rd=1, qd=DNSQR(qname=name, qtype=qtype),
                    ar=DNSRROPT(rclass=4096))
        if kind == 0:
            an = (DNSRR(rrname=name, type="A", ttl=300, rdata="192.0.2.%d" % (i % 250 + 1)) /
                  DNSRR(rrname=name, type="A", ttl=300, rdata="192.0.2.%d" % (i % 250 + 2)))
        elif kind == 1:
            an = DNSRR(rrname=name, type="AAAA", ttl=300, rdata="2001:db8::%x" % (i + 1))
        elif kind == 2:
            an = DNSRR(rrname=name, type="TXT", ttl=60, rdata=["v=spf1 -all", "k=%d" % i])
        elif kind == 3:
            an = DNSRR(rrname=name, type="CNAME", ttl=120, rdata="mx1." + name)
        elif kind == 4:
            an = DNSRR(rrname=name, type="PTR", ttl=3600, rdata="host%d.example.com" % i)
        elif kind == 5:
            an = (DNSRR(rrname=name, type="CNAME", ttl=30, rdata="edge.example.net") /
                  DNSRR(rrname="edge.example.net", type="A", ttl=30, rdata="198.51.100.7"))
        else:
            an = None
        reply = DNS(id=qid, qr=1, rd=1, ra=1, rcode=3 if an is None else 0,
                    qd=DNSQR(qname=name, qtype=qtype), an=an,
                    ar=DNSRROPT(rclass=1232))
        cl = Ether(src=CLIENT_MAC, dst=SERVER_MAC) / IP(src="10.1.0.5", dst="10.1.0.53")
        sv = Ether(src=SERVER_MAC, dst=CLIENT_MAC) / IP(src="10.1.0.53", dst="10.1.0.5")
        if i % 10 == 9:
            q = bytes(query)
            r = bytes(reply)
            frames.append(cl / TCP(sport=sport, dport=53, flags="PA", seq=1, ack=1) /
                          Raw(len(q).to_bytes(2, "big") + q))
            frames.append(sv / TCP(sport=53, dport=sport, flags="PA", seq=1, ack=1 + 2 + len(q)) /
                          Raw(len(r).to_bytes(2, "big") + r))
        else:
            frames.append(cl / UDP(sport=sport, dport=53) / query)
            frames.append(sv / UDP(sport=53, dport=sport) / reply)
    return frames


def inner(i):
    e = Ether(src="0a:58:0a:f4:00:%02x" % (i % 200), dst="0a:58:0a:f4:01:%02x" % (i % 200))
    kind = i % 5
    if kind == 0:
        return e / IP(src="10.244.0.%d" % (i % 250 + 1), dst="10.244.1.9") / \
            TCP(sport=40000 + i, dport=8080, flags="PA", seq=1000 * i, ack=7,
                options=[("NOP", None), ("NOP", None), ("Timestamp", (i, i + 1))]) / \
            Raw(b"GET /healthz HTTP/1.1\r\nHost: svc\r\n\r\n")
    if kind == 1:
        return e / IP(src="10.244.1.9", dst="10.244.0.%d" % (i % 250 + 1)) / \
            TCP(sport=8080, dport=40000 + i, flags="A", seq=7, ack=1000 * i + 40)
    if kind == 2:
        return e / IP(src="10.244.0.3", dst="10.96.0.10") / UDP(sport=50000 + i, dport=53) / \
            DNS(id=i, rd=1, qd=DNSQR(qname="kubernetes.default.svc.cluster.local"))
    if kind == 3:
        return e / IP(src="10.244.0.4", dst="10.244.1.4") / ICMP(id=i, seq=i) / Raw(b"x" * 56)
    return e / IPv6(src="fd00:10:244::%x" % (i + 1), dst="fd00:10:244:1::9") / \
        TCP(sport=41000 + i, dport=443, flags="S", seq=i, options=[("MSS", 1410), ("SAckOK", b"")])


def overlay_frames():
    frames = []
    for i in range(500):
        outer = Ether(src="52:54:00:00:00:01", dst="52:54:00:00:00:02") / \
            IP(src="192.168.10.1", dst="192.168.10.2", id=i, flags="DF")
        if i % 2 == 0:
            frames.append(outer / UDP(sport=55000 + i % 1000, dport=4789) /
                          VXLAN(vni=1 + i % 16, flags=0x08) / inner(i))
        else:
            frames.append(outer / UDP(sport=55000 + i % 1000, dport=6081) /
                          GENEVE(vni=100 + i % 16, proto=0x6558,
                                 options=b"\x01\x02\x03\x01\x00\x00\x00\x2a" if i % 4 == 1 else b"") /
                          inner(i))
    return frames


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    wrpcap(os.path.join(out, "sample-dns.pcap"), dns_frames())
    wrpcap(os.path.join(out, "sample-overlay.pcap"), overlay_frames())


if __name__ == "__main__":
    main()
