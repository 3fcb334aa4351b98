#!/usr/bin/python3
# Send every frame of a pcap on an interface: send-pcap.py FILE IFACE [tun]
# (raw AF_PACKET socket; with "tun": write the IP packets into a new tun
# device IFACE, which the kernel then receives on that device)
import fcntl
import os
import socket
import struct
import sys
import time

from scapy.all import rdpcap

frames = [bytes(p) for p in rdpcap(sys.argv[1])]
if len(sys.argv) > 3 and sys.argv[3] == "tun":
    fd = os.open("/dev/net/tun", os.O_RDWR)
    TUNSETIFF, IFF_TUN, IFF_NO_PI = 0x400454ca, 0x0001, 0x1000
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", sys.argv[2].encode(), IFF_TUN | IFF_NO_PI))
    os.system("ip link set %s up" % sys.argv[2])
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    sys.stdin.readline()
    for f in frames:
        os.write(fd, f)
    time.sleep(0.3)
    sys.exit(0)
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind((sys.argv[2], 0))
for f in frames:
    s.send(f)
