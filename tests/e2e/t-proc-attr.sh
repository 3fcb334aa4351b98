#!/bin/bash
# Process attribution on loopback inside a namespace of our own: a python
# server that listened before ptcpdump started, curl and python clients
# started after. On lo every packet is seen twice: Out names the sender,
# In the receiver. Checks pid, comm, args, parent for client and server
# packets in both directions, TCP over IPv4 and IPv6, UDP, and -v.
NAME=proc-attr
NS=ptpa$$
NETNS=$NS
. "$(dirname "$0")/lib-proc.sh"

ip netns add "$NS" || { ko "netns setup"; exit 0; }
ip -n "$NS" link set lo up
ip netns exec "$NS" sysctl -qw net.ipv6.conf.lo.disable_ipv6=0

cat >"$T/srv.py" <<'EOF'
import socket, sys, threading
port = int(sys.argv[1])
def tcp(fam, addr, p=port):
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((addr, p)); s.listen(16)
    while True:
        c, _ = s.accept()
        c.recv(4096)
        c.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nhi\n")
        c.close()
def udp():
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("127.0.0.1", port))
    while True:
        d, a = u.recvfrom(2048)
        u.sendto(d.upper(), a)
threading.Thread(target=tcp, args=(socket.AF_INET6, "::1"), daemon=True).start()
threading.Thread(target=tcp, args=(socket.AF_INET, "127.0.0.1", port + 1), daemon=True).start()
threading.Thread(target=udp, daemon=True).start()
print("ready", flush=True)
tcp(socket.AF_INET, "127.0.0.1")
EOF
cat >"$T/cli.py" <<'EOF'
import socket, sys
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.sendto(b"ping", ("127.0.0.1", int(sys.argv[1])))
u.settimeout(2)
print(u.recvfrom(100)[0].decode())
EOF

# the server exists before ptcpdump: its listeners are only known from the start-up scan
ip netns exec "$NS" $PY "$T/srv.py" 8080 >"$T/srv.out" 2>&1 &
SRV=$!
PIDS="$PIDS $SRV"
for i in $(seq 1 100); do grep -q ready "$T/srv.out" && break; sleep 0.05; done
# a connection established before ptcpdump starts, used after; the server
# closes first, so the last FIN and ACK are its time-wait socket's
mkfifo "$T/go"
ip netns exec "$NS" $PY -c '
import socket, sys, time
c = socket.create_connection(("127.0.0.1", 8081)); print("connected", flush=True)
open(sys.argv[1]).read()
c.sendall(b"GET / HTTP/1.0\r\n\r\n"); c.recv(100)
# close well after the server did: its FIN comes to a socket in time-wait
time.sleep(0.3)
' "$T/go" >"$T/old.out" 2>&1 &
OLD=$!
PIDS="$PIDS $OLD"
for i in $(seq 1 100); do grep -q connected "$T/old.out" && break; sleep 0.05; done

start_cap v --netns "/run/netns/$NS" -i lo -n -v 'port 8080 or port 8081' ||
	{ ko "start" "$(head -3 "$T/v.err")"; exit 0; }
CV=$CAP_PID
start_cap plain --netns "/run/netns/$NS" -i lo -n 'port 8080 or port 8081' ||
	{ ko "start" "$(head -3 "$T/plain.err")"; exit 0; }
CP=$CAP_PID

ip netns exec "$NS" curl -s -m 3 -o /dev/null "http://127.0.0.1:8080/v4" &
C4=$!
wait $C4
ip netns exec "$NS" curl -s -m 3 -o /dev/null -g "http://[::1]:8080/v6" &
C6=$!
wait $C6
ip netns exec "$NS" $PY "$T/cli.py" 8080 >/dev/null &
CU=$!
wait $CU
echo go >"$T/go"
wait $OLD
# a socket made by the main thread, used by a thread named "sender"
ip netns exec "$NS" $PY -c '
import ctypes, socket, threading
c = socket.create_connection(("127.0.0.1", 8080))
def send():
    ctypes.CDLL(None).prctl(15, b"sender", 0, 0, 0)
    print(threading.get_native_id(), flush=True)
    c.sendall(b"GET / HTTP/1.0\r\n\r\n")
t = threading.Thread(target=send); t.start(); t.join()
c.recv(100)
' >"$T/thr.out" 2>&1 &
TC=$!
wait $TC
TID=$(head -1 "$T/thr.out")
sleep 0.5
stop_cap "$CP"
stop_cap "$CV"

# Each line: which process should it name? Out: the sender, In: the receiver.
# The server owns port 8080; each client its ephemeral port.
cat >"$T/check.py" <<'EOF'
import re, sys
out, srv, c4, c6, cu, old, tc, parent = sys.argv[1], *map(int, sys.argv[2:9])
rx = re.compile(r'^\S+ \S+ (?:(\S+)\.(\d+) )?(In|Out) (IP6?) (\S+)\.(\d+) > (\S+)\.(\d+): (.*)$')
clients = {c4: "curl", c6: "curl", cu: "python3", old: "python3", tc: "python3"}
seen, bad, n = {}, [], 0
for line in open(out):
    m = rx.match(line.rstrip("\n"))
    if not m:
        continue
    n += 1
    comm, pid, d, ip, sa, sp, da, dp, rest = m.groups()
    pid = int(pid) if pid else 0
    local_port = sp if d == "Out" else dp
    if local_port in ("8080", "8081"):
        want, wcomm = srv, "python3"
    else:
        want, wcomm = pid if pid in clients else -1, clients.get(pid, "?")
    if pid != want or comm != wcomm or \
       not re.search(r"(, Thread \[[^\]]*\])?, ParentProc \[bash\.%d\]$" % parent, rest):
        bad.append(line.strip()[:200])
        continue
    proto = "udp" if "UDP" in rest else ip
    if "8081" in (sp, dp):
        proto = "old" 
    seen.setdefault((pid, d, proto), 0)
    seen[(pid, d, proto)] += 1
need = [(srv, "Out", "IP"), (srv, "In", "IP"), (srv, "Out", "IP6"), (srv, "In", "IP6"),
        (srv, "Out", "udp"), (srv, "In", "udp"), (c4, "Out", "IP"), (c4, "In", "IP"),
        (c6, "Out", "IP6"), (c6, "In", "IP6"), (cu, "Out", "udp"), (cu, "In", "udp"),
        (srv, "Out", "old"), (srv, "In", "old"), (old, "Out", "old"), (old, "In", "old")]
miss = [k for k in need if k not in seen]
print("lines %d, wrong %d, missing %s" % (n, len(bad), miss))
for b in bad[:3]:
    print("  " + b)
sys.exit(0 if n and not bad and not miss else 1)
EOF
res=$($PY "$T/check.py" "$T/plain.out" "$SRV" "$C4" "$C6" "$CU" "$OLD" "$TC" "$$")
if [ $? -eq 0 ]; then
	ok "client and server named on every packet, both directions, v4/v6/udp, old connection ($(echo "$res" | head -1))"
else
	ko "client and server named on every packet" "$(echo "$res" | tr '\n' ' ' | cut -c1-600)"
fi

# -v: the full process and parent lines
want_srv="    Process (pid $SRV, cmd $PY, args $PY $T/srv.py 8080)"
want_c4="    Process (pid $C4, cmd /usr/bin/curl, args curl -s -m 3 -o /dev/null http://127.0.0.1:8080/v4)"
want_par="    ParentProc (pid $$, cmd $(readlink -f /proc/$$/exe), args "
if grep -qxF "$want_srv" "$T/v.out" && grep -qxF "$want_c4" "$T/v.out" &&
	grep -qF "$want_par" "$T/v.out"; then
	ok "-v Process/ParentProc lines (pre-existing server, short-lived curl)"
else
	ko "-v Process/ParentProc lines" "$(grep -m4 -E '^    (Process|ParentProc)' "$T/v.out" | tr '\n' '|' | cut -c1-500)"
fi
if grep -q "^    Thread (tid $C4, name curl)" "$T/v.out" && grep -q "^    User (uid 0)" "$T/v.out"; then
	ok "-v Thread and User lines"
else
	ko "-v Thread and User lines" "$(grep -m3 -E '^    (Thread|User)' "$T/v.out" | tr '\n' '|')"
fi
# the thread that sent: named on the request it sent
if grep -q "python3\.$TC Out IP 127.0.0.1\.[0-9]* > 127.0.0.1.8080: Flags \[P\.\].*, Thread \[sender\.$TID\], ParentProc \[bash\.$$\]\$" "$T/plain.out"; then
	ok "Thread [sender.$TID] on the packet its thread sent"
else
	ko "Thread block" "$(grep "python3\.$TC Out" "$T/plain.out" | grep 'P\.' | cut -c1-250 | head -2 | tr '\n' '|')"
fi
# no warnings about missing kernel features on this kernel
if grep -qi 'warning' "$T/plain.err"; then
	ko "no missing-feature warnings" "$(grep -i -m2 warning "$T/plain.err" | tr '\n' '|')"
else
	ok "no missing-feature warnings"
fi
exit 0
