#!/bin/bash
# make bench, TLS key logs: a Go client (crypto/tls) and an OpenSSL client
# (Debian's python3 on libssl3) each make BENCH_TLS_CONNS (1000) HTTPS
# connections over loopback, alone and under `ptcpdump -i lo -w FILE
# --write-keylog-file KEYS -- client`. The client times its own loop, so
# ptcpdump's start-up is not counted, and says the CPU time it spent in it
# (user + system: the uprobe traps are system time of the client).
# BENCH_TLS_REPS (7) pairs of runs, alone first in odd pairs and under
# ptcpdump first in even ones, so that a drift of the machine's speed
# weighs on both sides. The slowdown is the median under ptcpdump over the
# median alone, minus 1 (target: under 5 %); the line also gives the median
# and the range of the pairs' own ratios, and the spread of the runs alone
# (max/min - 1), which is what this machine's noise is, and, where tcpdump
# is installed, the same client while `tcpdump -i lo -w` captures (no
# keys), run in the same rounds: what capturing lo costs at all. Needs
# root, go, openssl, /usr/bin/python3.
set -u
cd "$(dirname "$0")/../.."
export LC_ALL=C
BIN=$(readlink -f "${PTCPDUMP:-build/ptcpdump}")
N=${BENCH_TLS_CONNS:-1000}
REPS=${BENCH_TLS_REPS:-7}
PORT=$(( 19500 + $$ % 400 ))
TCPDUMP=$(command -v tcpdump)
T=$(mktemp -d /tmp/ptcpdump-bench-tls.XXXXXX)
SRV=""
cleanup() {
	[ -n "$SRV" ] && kill "$SRV" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
skip() { echo "tls: skipped ($1)"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root"
[ -x "$BIN" ] || skip "${PTCPDUMP:-build/ptcpdump} is not built"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# one run alone: "wall cpu" into $T/alone
run_alone() {
	local t
	t=$("$@" 2>"$T/err") || return 1
	echo "$t" | tail -1 >>"$T/alone"
}

# one run under ptcpdump: "wall cpu" into $T/under
run_under() {
	local t
	rm -f "$T/keys"
	t=$("$BIN" -i lo -w "$T/cap.pcapng" --write-keylog-file "$T/keys" -- "$@" 2>"$T/err") || return 2
	echo "$t" | tail -1 >>"$T/under"
}

# one run while tcpdump -i lo -w captures (no keys: the cost of capturing
# alone, for scale): "wall cpu" into $T/tcpdump
run_tcpdump() {
	local t p j
	[ -n "$TCPDUMP" ] || return 0
	: >"$T/td.err"
	"$TCPDUMP" -i lo -w "$T/td.pcap" 2>"$T/td.err" &
	p=$!
	for j in $(seq 1 200); do grep -q '^listening' "$T/td.err" && break; sleep 0.02; done
	t=$("$@" 2>"$T/err")
	j=$?
	kill -INT "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	[ $j = 0 ] || return 1
	echo "$t" | tail -1 >>"$T/tcpdump"
}

# bench NAME CMD...: prints one line
bench() {
	local name=$1 alone under lines i r ca cu pairs td=""
	shift
	: >"$T/alone" ; : >"$T/under" ; : >"$T/tcpdump"
	for i in $(seq 1 "$REPS"); do
		if [ $((i % 2)) = 1 ]; then
			run_alone "$@" && run_under "$@" && run_tcpdump "$@"
		else
			run_tcpdump "$@" && run_under "$@" && run_alone "$@"
		fi
		r=$?
		if [ $r = 1 ]; then
			echo "tls $name: skipped (client failed: $(head -1 "$T/err"))"
			return
		elif [ $r = 2 ]; then
			echo "tls $name: ptcpdump run failed: $(grep -v '^listening\|captured\|received\|dropped' "$T/err" | head -1)"
			return
		fi
	done
	lines=$(grep -c . "$T/keys" 2>/dev/null)
	alone=$(cut -d' ' -f1 "$T/alone" | median)
	under=$(cut -d' ' -f1 "$T/under" | median)
	ca=$(cut -d' ' -f2 "$T/alone" | median)
	cu=$(cut -d' ' -f2 "$T/under" | median)
	if [ -s "$T/tcpdump" ]; then
		local tw tc
		tw=$(cut -d' ' -f1 "$T/tcpdump" | median)
		tc=$(cut -d' ' -f2 "$T/tcpdump" | median)
		td=$(printf '; under tcpdump -i lo -w (no keys) %.3f s, %+.1f %%, client CPU %+.1f %%' "$tw" \
			"$(echo "($tw / $alone - 1) * 100" | bc -l)" "$(echo "($tc / $ca - 1) * 100" | bc -l)")
	fi
	pairs=$(paste -d' ' "$T/alone" "$T/under" | awk '{ print ($3 / $1 - 1) * 100 }' | sort -n |
		awk '{ v[NR] = $1 } END { printf "%+.1f %% (%+.1f to %+.1f)", v[int((NR + 1) / 2)], v[1], v[NR] }')
	printf 'tls %-8s %d connections, %d pairs: alone %.3f s, under ptcpdump %.3f s, slowdown %+.1f %% (target < 5 %%); per pair %s; runs alone spread %.1f %%; client CPU %.3f against %.3f s (%+.1f %%)%s; %s key log lines in the last run\n' \
		"$name" "$N" "$REPS" "$alone" "$under" "$(echo "($under / $alone - 1) * 100" | bc -l)" \
		"$pairs" "$(cut -d' ' -f1 "$T/alone" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print (hi / lo - 1) * 100 }')" \
		"$ca" "$cu" "$(echo "($cu / $ca - 1) * 100" | bc -l)" "$td" "${lines:-0}"
}

if command -v go >/dev/null; then
	if GOCACHE=$T/gocache GO111MODULE=off HOME=${HOME:-/root} \
		go build -o "$T/tlsloop" tests/bench/tls/tlsloop.go 2>"$T/go.err"; then
		bench go "$T/tlsloop" "$PORT" "$N"
	else
		echo "tls go: skipped (go build failed: $(head -1 "$T/go.err"))"
	fi
else
	echo "tls go: skipped (no go compiler)"
fi

if command -v openssl >/dev/null && [ -x /usr/bin/python3 ]; then
	openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" \
		-days 1 -subj /CN=localhost >/dev/null 2>&1
	openssl s_server -accept $((PORT + 1)) -key "$T/key.pem" -cert "$T/cert.pem" -www \
		-quiet >/dev/null 2>&1 </dev/null &
	SRV=$!
	for _ in $(seq 1 100); do bash -c "</dev/tcp/127.0.0.1/$((PORT + 1))" 2>/dev/null && break; sleep 0.05; done
	bench openssl /usr/bin/python3 tests/bench/tls/tlsloop.py $((PORT + 1)) "$N"
else
	echo "tls openssl: skipped (needs openssl and /usr/bin/python3)"
fi
