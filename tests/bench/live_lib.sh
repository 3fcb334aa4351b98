# Helpers for the live capture benchmarks (sourced by live.bench.sh and
# tui.bench.sh). Two namespaces joined by a veth pair:
#   $NSA ($VA, $IPA = 10.210.$NET.1)  <->  $NSB ($VB, $IPB = 10.210.$NET.2)
# all traffic stays inside them; everything is removed on exit.
# The caller sets BIN (build/ptcpdump) and T (a temp dir) before sourcing.
set -u
NET=$(( ($$ % 200) + 20 ))
NSA=pbna$$
NSB=pbnb$$
VA=pbva$$
VB=pbvb$$
IPA=10.210.$NET.1
IPB=10.210.$NET.2
PIDS=""

live_cleanup() {
	local p
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	for p in $PIDS; do wait "$p" 2>/dev/null; done
	ip netns del "$NSA" 2>/dev/null
	ip netns del "$NSB" 2>/dev/null
	ip link del "$VA" 2>/dev/null
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}

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
	ip -n "$NSA" addr add "$IPA/24" dev "$VA" || return 1
	ip -n "$NSB" addr add "$IPB/24" dev "$VB" || return 1
	ip -n "$NSA" link set "$VA" up || return 1
	ip -n "$NSB" link set "$VB" up || return 1
	MACA=$(cat "/sys/class/net/$VA/address" 2>/dev/null || ip netns exec "$NSA" cat "/sys/class/net/$VA/address")
	MACB=$(ip netns exec "$NSB" cat "/sys/class/net/$VB/address")
	return 0
}

# iperf3 server in $NSB for the whole run
iperf_up() {
	timeout 1800 ip netns exec "$NSB" iperf3 -s -B "$IPB" >/dev/null 2>&1 &
	PIDS="$PIDS $!"
	local i
	for i in $(seq 1 50); do
		ip netns exec "$NSB" ss -ltn 2>/dev/null | grep -q "$IPB:5201" && return 0
		sleep 0.1
	done
	return 1
}

# TCP from $NSA to $NSB for SECONDS: prints "Gbit/s Gbit iperf3-CPU-seconds"
# (sender and receiver; without IRQ time accounting their softirq work, where
# the capture hooks run, is in it too); nothing when iperf3 failed
iperf_tcp() { # seconds
	timeout $(($1 + 20)) ip netns exec "$NSA" iperf3 -c "$IPB" -t "$1" -J >"$T/iperf.json" 2>/dev/null
	jq -r '.end | select(.sum_received.bits_per_second != null) | [.sum_received.bits_per_second,
		.sum_received.seconds, .cpu_utilization_percent.host_total + .cpu_utilization_percent.remote_total] | @tsv' \
		"$T/iperf.json" 2>/dev/null | awk '{ printf "%.2f %.2f %.2f\n", $1 / 1e9, $1 * $2 / 1e9, $3 * $2 / 100 }'
}

# trafgen: COUNT small UDP packets (64 bytes on the wire) $NSA -> $NSB at
# RATE pps (0: as fast as it goes) from TG_CPUS processes (1); through the
# qdisc path unless TG_BYPASS=1 (TC egress hooks on $VA only see packets
# that take it; $VB's ingress sees them all)
trafgen_run() { # count rate
	cat >"$T/tg.cfg" <<-EOF
		{ eth(da=$MACB, sa=$MACA, type=0x0800), ipv4(saddr=$IPA, daddr=$IPB, proto=17, ttl=64), udp(sp=4000, dp=7777), fill(0x41, 18) }
	EOF
	local rate=()
	[ "$2" != 0 ] && rate=(-b "$2pps")
	local q=-q
	[ "${TG_BYPASS:-0}" = 1 ] && q=
	timeout $(($1 / 20000 + 30)) ip netns exec "$NSA" trafgen --no-sock-mem -Q $q -P "${TG_CPUS:-1}" \
		-o "$VA" -i "$T/tg.cfg" -n "$1" "${rate[@]}" >"$T/tg.out" 2>&1
}

# RATE packets each second for SECONDS seconds: one trafgen -n RATE at full
# speed at the start of every second (trafgen's own -b paces packet by packet
# with a sleep each and falls far behind on a busy machine); the count sent
# is added up in $T/tg.sent: "packets seconds"
trafgen_paced() { # rate seconds
	local i next now sent=0 n t0
	t0=$(date +%s.%N)
	next=$t0
	for i in $(seq 1 "$2"); do
		trafgen_run "$1" 0
		n=$(tr -d '\r' <"$T/tg.out" | sed -n 's/^ *\([0-9]*\) packets outgoing.*/\1/p' | tail -1)
		sent=$((sent + ${n:-0}))
		next=$(awk -v t="$next" 'BEGIN { printf "%.3f", t + 1 }')
		now=$(date +%s.%N)
		awk -v a="$now" -v b="$next" 'BEGIN { exit !(b > a) }' &&
			sleep "$(awk -v a="$now" -v b="$next" 'BEGIN { printf "%.3f", b - a }')"
	done
	awk -v n="$sent" -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%d %.2f\n", n, b - a }' >"$T/tg.sent"
}

# start a capture under /usr/bin/time: cap_start pt|td NAME NS DEV args...
# ptcpdump runs in our namespace with --netns, tcpdump inside the namespace.
# Sets CAP_W (the time process) and CAP_PID (the capture itself).
cap_start() {
	local tool=$1 name=$2 ns=$3 dev=$4
	shift 4
	rm -f "$T/$name".*
	if [ "$tool" = pt ]; then
		/usr/bin/time -o "$T/$name.time" -f '%U %S %M' \
			"$BIN" --netns "/run/netns/$ns" -i "$dev" ${BENCH_LIVE_BACKEND:+--backend "$BENCH_LIVE_BACKEND"} \
			"$@" >"$T/$name.out" 2>"$T/$name.err" &
	else
		ip netns exec "$ns" /usr/bin/time -o "$T/$name.time" -f '%U %S %M' \
			tcpdump -i "$dev" "$@" >"$T/$name.out" 2>"$T/$name.err" &
	fi
	CAP_W=$!
	PIDS="$PIDS $CAP_W"
	CAP_PID=""
	CAP_CPU0=0
	local i
	for i in $(seq 1 200); do
		[ -z "$CAP_PID" ] && CAP_PID=$(pgrep -P "$CAP_W" | head -1)
		if [ -n "$CAP_PID" ] && grep -q 'listening on' "$T/$name.err" 2>/dev/null; then
			CAP_CPU0=$(proc_cpu "$CAP_PID")
			return 0
		fi
		kill -0 "$CAP_W" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}

# SIGINT, wait (bounded), then KILL; the time file then has "user sys maxrss"
cap_stop() {
	local i
	[ -n "$CAP_PID" ] && kill -INT "$CAP_PID" 2>/dev/null
	for i in $(seq 1 200); do
		kill -0 "$CAP_W" 2>/dev/null || break
		sleep 0.05
	done
	[ -n "$CAP_PID" ] && kill -9 "$CAP_PID" 2>/dev/null
	wait "$CAP_W" 2>/dev/null
}

proc_cpu() { # PID -> CPU seconds so far (all threads; schedstat's ns, not 10 ms ticks)
	cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk 'NF { s += $1; n++ } END { if (n) printf "%.4f", s / 1e9 }'
}

# NAME -> user+sys seconds from "listening" to the exit (start-up excluded)
cap_cpu() {
	tail -1 "$T/$1.time" 2>/dev/null | awk -v c0="${CAP_CPU0:-0}" 'NF >= 2 { d = $1 + $2 - c0; printf "%.2f\n", d < 0 ? 0 : d }'
}

# user+sys seconds since "listening", before stopping (exit work excluded)
cap_cpu_now() {
	awk -v c1="$(proc_cpu "$CAP_PID")" -v c0="${CAP_CPU0:-0}" 'BEGIN { if (c1 != "") printf "%.4f\n", c1 - c0 }'
}

stat_of() { # NAME word ("captured", "dropped by kernel", ...)
	sed -n "s/^\([0-9]*\) packets\{0,1\} $2\$/\1/p" "$T/$1.err" | tail -1
}

median() { # numbers on stdin (empty lines ignored) -> median
	grep -E '^[0-9.eE+-]+$' | sort -g | awk '{ a[NR] = $1 } END {
		if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

ratio() { # a b -> a/b with 2 decimals, "n/a" when either is missing or b is 0
	awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'
}
