# Helpers for the process attribution tests (sourced by t-proc-*.sh, which
# set NAME, and NETNS to the namespaces they create, before sourcing).
# Sets BIN, PY, T (a temp dir) and PIDS (processes to kill). On exit it
# kills $PIDS, runs the test's cleanup_more when the test defines one,
# deletes the namespaces in $NETNS and removes $T (kept when KEEP is set).
set -u
BIN=$(readlink -f "${BIN:-build/ptcpdump}")
PY=/usr/bin/python3
T=$(mktemp -d /tmp/ptcpdump-proc.XXXXXX)
PIDS=""

ok() { echo "PASS $NAME: $1"; }
ko() { echo "FAIL $NAME: $1${2:+: $2}"; }
cleanup() {
	local p ns
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	for p in $PIDS; do wait "$p" 2>/dev/null; done
	if declare -F cleanup_more >/dev/null; then cleanup_more; fi
	for ns in ${NETNS:-}; do ip netns del "$ns" 2>/dev/null; done
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# start ptcpdump in the background: start_cap NAME args...; its stdout and
# stderr in $T/NAME.{out,err}, its pid in CAP_PID; ready when the
# "listening on" line is out (1 when it died or took over 10 s)
start_cap() {
	local name=$1 i
	shift
	"$BIN" "$@" >"$T/$name.out" 2>"$T/$name.err" &
	CAP_PID=$!
	PIDS="$PIDS $CAP_PID"
	for i in $(seq 1 200); do
		grep -q 'listening on' "$T/$name.err" 2>/dev/null && return 0
		kill -0 "$CAP_PID" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# stop a capture with SIGINT and wait for it (5 s, then SIGKILL)
stop_cap() {
	local i
	kill -INT "$1" 2>/dev/null
	for i in $(seq 1 100); do kill -0 "$1" 2>/dev/null || break; sleep 0.05; done
	kill -9 "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

# an HTTP/1.0 server on 127.0.0.1:8080 in namespace $NS (listen backlog
# ${1:-16}) answering "hi" to every request; up once it printed "ready";
# its pid in SRV
http_srv() {
	local i
	cat >"$T/srv.py" <<'EOF'
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8080)); s.listen(int(sys.argv[1]))
print("ready", flush=True)
while True:
    c, _ = s.accept(); c.recv(4096)
    c.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nhi\n"); c.close()
EOF
	ip netns exec "$NS" $PY "$T/srv.py" "${1:-16}" >"$T/srv.out" 2>&1 &
	SRV=$!
	PIDS="$PIDS $SRV"
	for i in $(seq 1 100); do grep -q ready "$T/srv.out" && break; sleep 0.05; done
}

# $T/rootfs.tar: a busybox root file system (bin, etc, tmp, a root user)
# with the applets named in the arguments
busybox_rootfs() {
	local a
	mkdir -p "$T/rootfs/bin" "$T/rootfs/etc" "$T/rootfs/tmp"
	cp "$(readlink -f "$(command -v busybox)")" "$T/rootfs/bin/busybox"
	for a in "$@"; do ln -sf busybox "$T/rootfs/bin/$a"; done
	echo 'root:x:0:0:root:/root:/bin/sh' >"$T/rootfs/etc/passwd"
	tar -C "$T/rootfs" -cf "$T/rootfs.tar" .
}
