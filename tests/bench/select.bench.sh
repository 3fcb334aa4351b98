#!/bin/bash
# make bench, selection by container: with BENCH_SEL_CTRS (20) podman
# containers running (runc, host network) and one of them streaming TCP to
# a server on this host's loopback, what does a capture of an idle
# container (--container-name) cost, against an idle process (--pid) and
# no selection? CPU seconds of ptcpdump per second of traffic, and the
# traffic's throughput, medians of BENCH_SEL_REPS (3) runs of
# BENCH_SEL_SECS (3) seconds each. Needs root, podman, runc, busybox.
# Prints one line per measurement; skips (one line why) what cannot run.
set -u
cd "$(dirname "$0")/../.."
[ -n "${SEL_BOUNDED:-}" ] || SEL_BOUNDED=1 exec timeout 900 "$0" "$@"
export LC_ALL=C
BIN=$(readlink -f "${PTCPDUMP:-build/ptcpdump}")
N=${BENCH_SEL_CTRS:-20}
REPS=${BENCH_SEL_REPS:-3}
SECS=${BENCH_SEL_SECS:-3}
PORT=$(( 19000 + $$ % 500 ))
PFX=ptbench$$
IMG=localhost/ptbench-busybox-$$:latest
T=$(mktemp -d /tmp/ptcpdump-bench-sel.XXXXXX)
PIDS=""
cleanup() {
	local p
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	podman rm -f -t0 $(podman ps -aq --filter "name=^$PFX") >/dev/null 2>&1
	podman rmi -f "$IMG" >/dev/null 2>&1
	rm -rf "$T"
}
trap cleanup EXIT
skip() { echo "select: skipped ($1)"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root"
[ -x "$BIN" ] || skip "${PTCPDUMP:-build/ptcpdump} is not built"
for t in podman runc busybox /usr/bin/python3; do
	command -v "$t" >/dev/null || skip "$t is not installed"
done
cat >"$T/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF=$T/containers.conf
mkdir -p "$T/rootfs/bin" "$T/rootfs/dev" "$T/rootfs/tmp"
cp "$(readlink -f "$(command -v busybox)")" "$T/rootfs/bin/busybox"
for a in sh nc sleep cat; do ln -sf busybox "$T/rootfs/bin/$a"; done
tar -C "$T/rootfs" -cf "$T/rootfs.tar" .
podman import --change 'CMD ["/bin/sh"]' "$T/rootfs.tar" "$IMG" >/dev/null 2>&1 ||
	skip "podman import failed"
for i in $(seq 1 "$N"); do
	podman run -d --name "$PFX-$i" --network host "$IMG" /bin/busybox sleep 3600 \
		>/dev/null 2>"$T/run.err" || skip "podman run failed: $(tail -1 "$T/run.err")"
done
IDLE=$PFX-2
IDLE_PID=$(podman inspect -f '{{.State.Pid}}' "$IDLE")

# the sink: counts what it read, prints it when told to stop
cat >"$T/sink.py" <<'EOF'
import signal, socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(4)
print("ready", flush=True)
n = 0
def done(*_):
    print(n, flush=True); sys.exit(0)
signal.signal(signal.SIGTERM, done)
while True:
    c, _ = s.accept()
    while True:
        b = c.recv(1 << 16)
        if not b:
            break
        n += len(b)
    c.close()
EOF

cpu_of() { # utime+stime of a pid, in clock ticks
	awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# one run: run_once none (no ptcpdump) | run_once cap [selection flags];
# prints "cpu_s_per_s mbit_per_s"
run_once() {
	local mode=$1 cap="" c0 c1 bytes
	shift
	/usr/bin/python3 "$T/sink.py" "$PORT" >"$T/sink.out" &
	local sink=$!
	PIDS="$PIDS $sink"
	for _ in $(seq 1 100); do grep -q ready "$T/sink.out" && break; sleep 0.05; done
	if [ "$mode" != none ]; then
		"$BIN" -i lo -w /dev/null "$@" "tcp port $PORT" 2>"$T/cap.err" &
		cap=$!
		PIDS="$PIDS $cap"
		for _ in $(seq 1 200); do grep -q 'listening on' "$T/cap.err" && break; sleep 0.05; done
		c0=$(cpu_of "$cap")
	fi
	timeout -s INT "$SECS" podman exec "$PFX-1" /bin/busybox sh -c \
		"cat /dev/zero | nc 127.0.0.1 $PORT" >/dev/null 2>&1
	if [ -n "$cap" ]; then
		c1=$(cpu_of "$cap")
		kill -INT "$cap"
		wait "$cap" 2>/dev/null
	fi
	kill -TERM "$sink"
	wait "$sink" 2>/dev/null
	bytes=$(tail -1 "$T/sink.out")
	awk -v c0="${c0:-0}" -v c1="${c1:-0}" -v hz="$(getconf CLK_TCK)" -v s="$SECS" -v b="${bytes:-0}" \
		'BEGIN { printf "%.4f %.0f\n", (c1 - c0) / hz / s, b * 8 / s / 1e6 }'
}

median_of() { # mode flags...: the medians of REPS runs, each column on its own
	local i mid=$(( (REPS + 1) / 2 ))
	for i in $(seq 1 "$REPS"); do run_once "$@"; done >"$T/runs"
	echo "$(sort -g -k1,1 "$T/runs" | sed -n "${mid}p" | cut -d' ' -f1)" \
		"$(sort -g -k2,2 "$T/runs" | sed -n "${mid}p" | cut -d' ' -f2)"
}

read -r c_none m_none < <(median_of none)
read -r c_all m_all < <(median_of cap)
read -r c_pid m_pid < <(median_of cap --pid "$IDLE_PID")
read -r c_ctr m_ctr < <(median_of cap --container-name "$IDLE")
printf 'select: %d containers, TCP from one over lo, %ds x %d: throughput Mbit/s: none %s, capture all %s, --pid idle %s, --container-name idle %s\n' \
	"$N" "$SECS" "$REPS" "$m_none" "$m_all" "$m_pid" "$m_ctr"
printf 'select: ptcpdump CPU s per s of traffic: capture all %s, --pid idle %s, --container-name idle %s (ratio container/pid %s)\n' \
	"$c_all" "$c_pid" "$c_ctr" "$(awk -v a="$c_ctr" -v b="$c_pid" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a (both 0)" }')"
exit 0
