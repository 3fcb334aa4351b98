# Helpers for the live capture tests (sourced by t-capture-*.sh).
# Creates two namespaces joined by a veth pair:
#   $NSA ($VA, 10.200.$NET.1)  <->  $NSB ($VB, 10.200.$NET.2)
# and removes them, the processes we started and the temp dir on exit.
set -u
BIN=${BIN:-build/ptcpdump}
BIN=$(readlink -f "$BIN")
PY=/usr/bin/python3
NET=$(( ($$ % 200) + 20 ))
NSA=ptca$$
NSB=ptcb$$
VA=pva$$
VB=pvb$$
IPA=10.200.$NET.1
IPB=10.200.$NET.2
T=$(mktemp -d /tmp/ptcpdump-e2e.XXXXXX)
# a private copy: a rebuild while the test runs must not pull it away
cp "$BIN" "$T/ptcpdump" && BIN=$T/ptcpdump
PIDS=""

ok() { echo "PASS $1"; }
ko() { echo "FAIL $1${2:+: $2}"; }
check() { # name, status, detail
	if [ "$2" -eq 0 ]; then ok "$1"; else ko "$1" "${3:-}"; fi
}

cleanup() {
	local p
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	for p in $PIDS; do wait "$p" 2>/dev/null; done
	ip netns del "$NSA" 2>/dev/null
	ip netns del "$NSB" 2>/dev/null
	ip link del "$VA" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

netns_up() {
	ip netns add "$NSA" || return 1
	ip netns add "$NSB" || return 1
	ip link add "$VA" netns "$NSA" type veth peer name "$VB" netns "$NSB" || return 1
	local ns
	for ns in "$NSA" "$NSB"; do
		ip -n "$ns" link set lo up
		ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1
		ip netns exec "$ns" sysctl -qw net.ipv6.conf.default.disable_ipv6=1
	done
	ip -n "$NSA" addr add "$IPA/24" dev "$VA"
	ip -n "$NSB" addr add "$IPB/24" dev "$VB"
	ip -n "$NSA" link set "$VA" up
	ip -n "$NSB" link set "$VB" up
	ip netns exec "$NSA" sysctl -qw "net.ipv6.conf.$VA.disable_ipv6=1"
	ip netns exec "$NSB" sysctl -qw "net.ipv6.conf.$VB.disable_ipv6=1"
}

# start ptcpdump in the background: cap NAME args...; stdout/stderr in $T/NAME.{out,err}
cap() {
	local name=$1
	shift
	"$BIN" "$@" >"$T/$name.out" 2>"$T/$name.err" &
	CAP_PID=$!
	PIDS="$PIDS $CAP_PID"
	# ready when the "listening on" line is out (or it died)
	local i
	for i in $(seq 1 100); do
		grep -q 'listening on' "$T/$name.err" 2>/dev/null && return 0
		kill -0 "$CAP_PID" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# stop each of these captures
stop_all() {
	local p
	for p in "$@"; do stop "$p"; done
}

# stop a capture with SIGINT and wait for it (bounded)
stop() {
	local pid=$1 i
	kill -INT "$pid" 2>/dev/null
	for i in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.05
	done
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
}

# HTTP server in $NSB on port 8080 serving $T/www
http_up() {
	mkdir -p "$T/www"
	head -c "${1:-100000}" /dev/urandom >"$T/www/blob"
	echo hello >"$T/www/index.html"
	ip netns exec "$NSB" $PY -m http.server 8080 --bind "$IPB" --directory "$T/www" \
		>/dev/null 2>&1 &
	PIDS="$PIDS $!"
	local i
	for i in $(seq 1 100); do
		ip netns exec "$NSA" curl -s -m 1 -o /dev/null "http://$IPB:8080/index.html" && return 0
		sleep 0.05
	done
	return 1
}

stat_of() { # file, word ("captured", "received by filter", ...)
	sed -n "s/^\([0-9]*\) packets\{0,1\} $2\$/\1/p" "$1" | tail -1
}
