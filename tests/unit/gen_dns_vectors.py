#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
# Regenerate tests/unit/dns_vectors.h: DNS messages from the golden captures
# (tests/golden/gen/dns.py into /tmp/dnsp) with the text the installed
# tcpdump prints for them, from where its DNS printer starts.
# Usage: /usr/bin/python3 tests/golden/gen/dns.py /tmp/dnsp &&
#        tests/unit/gen_dns_vectors.py tests/unit/dns_vectors.h
import re, struct, subprocess, sys

def read_pcap(path):
    d = open(path, "rb").read()
    off = 24; out = []
    while off < len(d):
        _, _, cap, ln = struct.unpack("<IIII", d[off:off+16]); off += 16
        out.append((d[off:off+cap], ln)); off += cap
    return out

def td_lines(path, v):
    flags = ["-" + "v"*v] if v else []
    t = subprocess.run(["tcpdump", "-n", "-r", path] + flags, capture_output=True, text=True, env={"TZ": "GMT0"}).stdout
    pk = []
    for line in t.split("\n"):
        if re.match(r"^\d\d:\d\d:\d\d\.\d+ ", line): pk.append(line)
        elif line and pk: pk[-1] += "\n" + line
    return pk

UDP_HEAD = re.compile(r"\.\d+ > [^ ]+\.\d+: (\[udp sum ok\] )?")
TCP_HEAD = re.compile(r", length \d+")


def dns_text(line, tcp):
    """tcpdump's text from where domain_print starts"""
    if tcp:
        m = list(TCP_HEAD.finditer(line))[-1]
    else:
        m = UDP_HEAD.search(line)
    return line[m.end():]

def payload(data):
    ip = data[14:]
    if ip[0] >> 4 == 4:
        ihl = (ip[0] & 15) * 4; tot = ip[2] << 8 | ip[3]; proto = ip[9]; l4 = 14 + ihl; end = 14 + tot
    else:
        tot = (ip[4] << 8 | ip[5]) + 40; proto = ip[6]; l4 = 14 + 40; end = 14 + tot
    if proto == 17:
        sport = data[l4] << 8 | data[l4+1]
        return l4 + 8, end, 0, int(sport == 5353)
    doff = (data[l4+12] >> 4) * 4
    return l4 + doff, end, 1, 0

def cstr(s):
    o = '"'
    for ch in s:
        c = ord(ch)
        if ch in '"\\': o += "\\" + ch
        elif 32 <= c < 127: o += ch
        else: o += "\\%03o" % c
    return o + '"'

vecs = []
for name, step in (("basic",1),("types",1),("flags",5),("edns",1),("names",1),("short",9),("ipv6",1),("tcp",2),("mdns",1)):
    path = f"/tmp/dnsp/dns-{name}.pcap"
    pk = read_pcap(path)
    for v in range(4):
        td = td_lines(path, v)
        for i in range(0, len(pk), step):
            if (i // step + v) % 2: continue
            data, ln = pk[i]
            start, end, tcp, mdns = payload(data if len(data) >= 60 else data + bytes(60))
            exp = dns_text(td[i], tcp)
            full_len = end - start
            cap = max(0, min(len(data), end) - start)
            vecs.append((f"{name}#{i+1} -v{v}", data[start:start+cap], full_len, tcp, mdns, v, exp))
out = ["/* generated from tests/golden/gen/dns.py captures; text from tcpdump 4.99.3 */"]
out.append("static const struct dns_vec dns_vecs[] = {")
for (nm, b, ln, tcp, mdns, v, exp) in vecs:
    hexs = "".join("\\x%02x" % x for x in b)
    out.append(f'\t{{ "{nm}", {len(b)}, {ln}, {tcp}, {mdns}, {v},\n\t  "{hexs}",\n\t  {cstr(exp)} }},')
out.append("};")
open(sys.argv[1], "w").write("\n".join(out) + "\n")
print(len(vecs), "vectors")
