#!/usr/bin/python3
# Frames for the in-kernel filter test: argv[1] = output pcap.
# Mixed protocols, addresses, ports, flags, sizes and fragments, so that
# every expression in filter-exprs.txt matches some and not others.
import random
import sys

from scapy.all import (ARP, ICMP, IP, TCP, UDP, Dot1Q, Dot1AD, Ether, ICMPv6EchoRequest, IPv6,
                       Raw, DNS, DNSQR, GRE, wrpcap, IPOption_RR)

random.seed(7)
A = "02:00:00:00:00:01"
B = "02:00:00:00:00:02"
hosts4 = ["10.200.9.9", "192.0.2.1", "198.51.100.7", "203.0.113.5", "224.0.0.251", "10.1.2.3"]
hosts6 = ["2001:db8::1", "2001:db8::2", "fe80::1", "ff02::fb", "2001:db8:1::9"]
pkts = []
t = 1700000000.0


def add(p):
    global t
    t += 0.001
    p.time = t
    pkts.append(p)


for i in range(60):
    src, dst = random.sample(hosts4, 2)
    sport = random.choice([80, 443, 22, 1234, 1500, 53, 40000, 8080])
    dport = random.choice([80, 443, 22, 1234, 1999, 53, 65535, 8080])
    flags = random.choice(["S", "SA", "A", "PA", "FA", "R", "RA", "F"])
    pay = b"GET / HTTP/1.1\r\n\r\n" if i % 5 == 0 else bytes(random.randrange(256) for _ in range(random.choice([0, 10, 100, 600, 1400])))
    ttl = random.choice([1, 32, 64, 128, 255])
    add(Ether(src=random.choice([A, B]), dst=random.choice([A, B, "ff:ff:ff:ff:ff:ff", "01:00:5e:00:00:fb"])) /
        IP(src=src, dst=dst, ttl=ttl) / TCP(sport=sport, dport=dport, flags=flags, seq=i * 1000) / Raw(pay))
for i in range(40):
    src, dst = random.sample(hosts4, 2)
    sport = random.choice([53, 123, 5353, 1024, 33434, 2000])
    dport = random.choice([53, 123, 5353, 1024, 33434, 4789])
    if i % 4 == 0:
        add(Ether(src=B, dst=A) / IP(src=src, dst=dst) / UDP(sport=40000 + i, dport=53) /
            DNS(rd=1, qd=DNSQR(qname="example%d.com" % i)))
    else:
        body = (b"\xde\xad\xbe\xef" if i % 3 == 0 else b"\x00\x01\x02\x03") + bytes(random.choice([0, 20, 900]))
        add(Ether(src=B, dst=A) / IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(body))
for i in range(20):
    src, dst = random.sample(hosts4, 2)
    add(Ether(src=B, dst=A) / IP(src=src, dst=dst) / ICMP(type=random.choice([0, 8, 3, 11]), code=0) / Raw(b"x" * (i * 20)))
for i in range(20):
    src, dst = random.sample(hosts6, 2)
    k = i % 4
    if k == 0:
        l4 = TCP(sport=1234, dport=random.choice([80, 443]), flags="S")
    elif k == 1:
        l4 = UDP(sport=5353, dport=5353) / Raw(b"m" * 30)
    elif k == 2:
        l4 = ICMPv6EchoRequest(data=b"ping")
    else:
        l4 = TCP(sport=443, dport=50000 + i, flags="PA") / Raw(b"z" * 200)
    add(Ether(src=B, dst=A) / IPv6(src=src, dst=dst, hlim=random.choice([1, 64, 255])) / l4)
for i in range(10):
    add(Ether(src=B, dst="ff:ff:ff:ff:ff:ff") / ARP(op=1, psrc="10.200.9.%d" % i, pdst="10.200.9.1"))
    add(Ether(src=B, dst=A) / ARP(op=2, psrc="192.0.2.%d" % i, pdst="10.200.9.1", hwsrc=B))
# fragments, IP options, GRE
big = IP(src="192.0.2.1", dst="198.51.100.7", id=77) / UDP(sport=1000, dport=2000) / Raw(b"f" * 3000)
for f in big.fragment(fragsize=1000):
    add(Ether(src=B, dst=A) / f)
add(Ether(src=B, dst=A) / IP(src="203.0.113.5", dst="10.1.2.3", options=[IPOption_RR()]) / TCP(sport=22, dport=1234, flags="A"))
add(Ether(src=B, dst=A) / IP(src="203.0.113.5", dst="10.1.2.3", proto=47) / GRE() / IP(src="1.2.3.4", dst="5.6.7.8") / ICMP())
# VLAN tags (the receiving kernel moves them into skb metadata before TC)
for i in range(4):
    add(Ether(src=B, dst=A) / Dot1Q(vlan=100, prio=i % 2) / IP(src="192.0.2.1", dst="10.200.9.9") / TCP(sport=80, dport=1234 + i, flags="A"))
    add(Ether(src=B, dst=A) / Dot1Q(vlan=200) / IP(src="192.0.2.2", dst="10.1.2.3") / UDP(sport=5000, dport=53) / Raw(b"v" * 20))
add(Ether(src=B, dst="ff:ff:ff:ff:ff:ff") / Dot1Q(vlan=100) / ARP(op=1, psrc="10.200.9.7", pdst="10.200.9.1"))
add(Ether(src=B, dst=A) / Dot1AD(vlan=300) / Dot1Q(vlan=100) / IP(src="192.0.2.3", dst="10.1.2.3") / UDP(sport=1, dport=2))
# odd ethertypes and runts
add(Ether(src=B, dst=A, type=0x88cc) / Raw(b"\x02\x07\x04" + b"\x00" * 40))
add(Ether(src=B, dst=A, type=0x0800) / Raw(b"\x45\x00"))
wrpcap(sys.argv[1], pkts)
# the tagged ones alone: the kernel leaves them to user space to filter
wrpcap(sys.argv[1] + ".vlan", [p for p in pkts if p.haslayer(Dot1Q) or p.haslayer(Dot1AD)])
