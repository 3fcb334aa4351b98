#!/bin/bash
# Process attribution across a veth pair between two namespaces of our own:
# A (clients, 10.201.N.1) <-> B (python HTTP server, 10.201.N.2, listening
# before ptcpdump starts). One ptcpdump in each namespace. On A's side every
# packet, In and Out, belongs to the client that made the connection; on B's
# side to the server (SYN and SYN-ACK included: request sockets resolve to
# the listener). Also checks args and the parent.
NAME=proc-veth
NET=$(( ($$ % 200) + 20 ))
NSA=ptpva$$
NSB=ptpvb$$
VA=ppva$$
VB=ppvb$$
IPA=10.201.$NET.1
IPB=10.201.$NET.2
NETNS="$NSA $NSB"
. "$(dirname "$0")/lib-proc.sh"

ip netns add "$NSA" && ip netns add "$NSB" &&
	ip link add "$VA" netns "$NSA" type veth peer name "$VB" netns "$NSB" ||
	{ ko "netns setup"; exit 0; }
for ns in "$NSA" "$NSB"; do ip -n "$ns" link set lo up; done
ip -n "$NSA" addr add "$IPA/24" dev "$VA"
ip -n "$NSB" addr add "$IPB/24" dev "$VB"
ip -n "$NSA" link set "$VA" up
ip -n "$NSB" link set "$VB" up

mkdir -p "$T/www"
echo hello >"$T/www/index.html"
ip netns exec "$NSB" $PY -m http.server 8080 --bind "$IPB" --directory "$T/www" >/dev/null 2>&1 &
SRV=$!
PIDS="$PIDS $SRV"
up=0
for i in $(seq 1 100); do
	ip netns exec "$NSA" curl -s -m 1 -o /dev/null "http://$IPB:8080/" && { up=1; break; }
	sleep 0.05
done
[ $up = 1 ] || { ko "http server"; exit 0; }

start_cap a --netns "/run/netns/$NSA" -i "$VA" -n 'tcp port 8080' ||
	{ ko "start in A" "$(head -3 "$T/a.err")"; exit 0; }
CA=$CAP_PID
start_cap b --netns "/run/netns/$NSB" -i "$VB" -n 'tcp port 8080' ||
	{ ko "start in B" "$(head -3 "$T/b.err")"; exit 0; }
CB=$CAP_PID

ip netns exec "$NSA" curl -s -m 3 -o /dev/null "http://$IPB:8080/index.html" &
C1=$!
wait $C1
ip netns exec "$NSA" $PY -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=3).read()' "http://$IPB:8080/" &
C2=$!
wait $C2
sleep 0.5
stop_cap "$CA"
stop_cap "$CB"

cat >"$T/check.py" <<'EOF'
import re, sys
path, allowed, parent = sys.argv[1], sys.argv[2], int(sys.argv[3])
allowed = {int(p): c for p, c in (x.split(":") for x in allowed.split(","))}
rx = re.compile(r'^\S+ \S+ (?:(\S+)\.(\d+) )?(In|Out) IP (\S+) > (\S+): (.*)$')
seen, bad, n = set(), [], 0
for line in open(path):
    m = rx.match(line.rstrip("\n"))
    if not m:
        continue
    n += 1
    comm, pid, d, src, dst, rest = m.groups()
    pid = int(pid) if pid else 0
    # a handler thread may answer: an optional Thread block, then the parent
    if pid not in allowed or comm != allowed[pid] or \
       not re.search(r'(, Thread \[[^\]]*\])?, ParentProc \[bash\.%d\]$' % parent, rest):
        bad.append(line.strip()[:220])
        continue
    flags = re.match(r'Flags \[([^\]]*)\]', rest)
    seen.add((pid, d, flags.group(1) if flags else ""))
print("lines %d wrong %d" % (n, len(bad)))
for b in bad[:3]:
    print("  " + b)
dirs = {(p, d) for p, d, f in seen}
ok = n > 0 and not bad and all((p, d) in dirs for p in allowed for d in ("In", "Out"))
if len(sys.argv) > 4:          # the listener's side: SYN in and SYN-ACK out named too
    s = int(sys.argv[4])
    ok = ok and (s, "In", "S") in seen and (s, "Out", "S.") in seen
sys.exit(0 if ok else 1)
EOF
res=$($PY "$T/check.py" "$T/a.out" "$C1:curl,$C2:python3" "$$")
if [ $? -eq 0 ]; then
	ok "client side: curl and python clients on every packet, In and Out ($res)"
else
	ko "client side" "$(echo "$res" | tr '\n' ' ' | cut -c1-600)"
fi
res=$($PY "$T/check.py" "$T/b.out" "$SRV:python3" "$$" "$SRV")
if [ $? -eq 0 ]; then
	ok "server side: pre-existing listener's process on every packet incl. SYN/SYN-ACK ($res)"
else
	ko "server side" "$(echo "$res" | tr '\n' ' ' | cut -c1-600)"
fi
exit 0
