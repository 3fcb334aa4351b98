#!/bin/bash
# make bench, live capture: ptcpdump (eBPF TC/TCX) against tcpdump (AF_PACKET)
# on a veth pair between two network namespaces this script creates
# (10.210.x.y inside them only), back to back in the same run, medians of
# BENCH_LIVE_REPS runs (default 3) of BENCH_LIVE_SECS (5). Needs root, iperf3, trafgen, jq.
#   1. workload overhead: iperf3 TCP throughput with no capture, with
#      ptcpdump -w and with tcpdump -w capturing on the veth, at each snap
#      length of BENCH_LIVE_SNAPS ("128 262144"): throughput, capture CPU
#      after start-up (total and per packet saved), packets saved and dropped;
#   2. high packet rate: trafgen sends BENCH_LIVE_PKTS 64-byte UDP packets
#      as fast as it can; packets captured and dropped and CPU seconds per
#      million packets of each tool with the same small -B (BENCH_LIVE_RATE_BUF,
#      1024 KiB), and the rate the sender reached while each one captured;
#   3. selective filter: iperf3 TCP while the capture matches none of it
#      ('port 9', and for ptcpdump also --pid of an idle process); CPU while
#      the traffic runs;
#   4. start-up: CPU and wall time of "-i lo -w" until "listening on"
#      (medians of BENCH_STARTUP_REPS runs, default 10; on its own,
#      BENCH_LIVE_ONLY=4, it sets up no namespaces).
# PTCPDUMP=path runs another binary than build/ptcpdump; BENCH_LIVE_ONLY=1,4
# runs only those parts. BENCH_LIVE_BACKENDS="tc tp-btf socket-filter
# cgroup-skb" runs the whole bench once per ptcpdump --backend (default: the
# default backend only), each line tagged live[BACKEND].
# Prints one line per measurement; skips (one line why) what cannot run;
# never fails the run.
set -u
cd "$(dirname "$0")/../.."
if [ -n "${BENCH_LIVE_BACKENDS:-}" ]; then
	for b in $BENCH_LIVE_BACKENDS; do
		BENCH_LIVE_BACKENDS= BENCH_LIVE_BACKEND=$b "$0" "$@" | sed "s/^live /live[$b] /"
	done
	exit 0
fi
# the whole script is bounded (SIGTERM runs the cleanup)
[ -n "${LIVE_BOUNDED:-}" ] || LIVE_BOUNDED=1 exec timeout 1500 "$0" "$@"
export LC_ALL=C
BIN=$(readlink -f "${PTCPDUMP:-build/ptcpdump}")
SECS=${BENCH_LIVE_SECS:-5}
REPS=${BENCH_LIVE_REPS:-3}
BUF=${BENCH_LIVE_BUF:-8192}
# BENCH_LIVE_BUF=default: no -B, each tool's own default ring
BOPT=(-B "$BUF")
[ "$BUF" = default ] && BOPT=()
PKTS=${BENCH_LIVE_PKTS:-1000000}
RBUF=${BENCH_LIVE_RATE_BUF:-1024}
SNAPS=${BENCH_LIVE_SNAPS:-128 262144}

skip() { echo "live: skipped ($1)"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root"
[ -x "$BIN" ] || skip "${PTCPDUMP:-build/ptcpdump} is not built"
for t in tcpdump iperf3 trafgen jq ip /usr/bin/time; do
	command -v "$t" >/dev/null || skip "$t is not installed"
done

# captures write to tmpfs when there is one, so the disk is not measured
T=$(mktemp -d /dev/shm/ptcpdump-bench.XXXXXX 2>/dev/null || mktemp -d /tmp/ptcpdump-bench.XXXXXX)
. tests/bench/live_lib.sh
trap live_cleanup EXIT
trap 'exit 1' INT TERM
# a private copy: others may rebuild build/ while this runs
cp "$BIN" "$T/ptcpdump" && BIN=$T/ptcpdump

want() { [ -z "${BENCH_LIVE_ONLY:-}" ] || [[ ",$BENCH_LIVE_ONLY," == *",$1,"* ]]; }
# parts 1-3 run traffic between two namespaces; part 4 needs only lo
if want 1 || want 2 || want 3; then
netns_up || skip "cannot create the network namespaces"
iperf_up || skip "iperf3 server did not start"

# does live capture work at all?
if ! cap_start pt smoke "$NSA" "$VA" -w "$T/smoke.pcapng"; then
	cap_stop
	skip "ptcpdump live capture does not start: $(head -c 200 "$T/smoke.err" | tr '\n' ' ')"
fi
for _ in 1 2 3; do # SYN and RST each
	timeout 2 ip netns exec "$NSA" bash -c "exec 3<>/dev/tcp/$IPB/9" 2>/dev/null
done
sleep 0.3
cap_stop
n=$(stat_of smoke captured)
[ "${n:-0}" -ge 6 ] || skip "ptcpdump live capture saw ${n:-no} packets of 3 refused connections"
fi

order() { # rep modes... -> the modes, reversed on even reps
	local rep=$1
	shift
	if [ $((rep % 2)) = 1 ]; then echo "$@"; else echo "$@" | tr ' ' '\n' | tac | tr '\n' ' '; fi
}
pct() { # dropped captured -> percent of received
	awk -v d="${1:-}" -v c="${2:-}" 'BEGIN { if (d == "" || c == "") print "n/a"; else if (d + c == 0) print "0.0%"; else printf "%.1f%%\n", 100 * d / (d + c) }'
}

# median of column C of the per-run lines in $T/FILE
colmed() { awk -v c="$2" '{ print $c }' "$T/$1" | median; }
# median Gbit per CPU second (iperf3 + capture) of the runs in $T/FILE
eff() { awk '$3 + $4 > 0 { printf "%.2f\n", $2 / ($3 + $4) }' "$T/$1" | median; }

workload_part() {
# ---- 1. workload overhead: iperf3 TCP, capture to a file, at each snap length
# w.SNAP.MODE: "Gbit/s Gbit iperf3-CPU-s capture-CPU-s captured dropped" per run
# (capture CPU from "listening on" to the stop: start-up excluded)
local snap
for snap in $SNAPS; do
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" none pt td); do
		case $m in
		none) iperf_tcp "$SECS" | awk '{ print $0, 0, 0, 0 }' >>"$T/w.$snap.none" ;;
		pt | td)
			f=$T/x.pcapng
			[ "$m" = td ] && f=$T/x.pcap
			if cap_start "$m" "w$m" "$NSA" "$VA" "${BOPT[@]}" -s "$snap" -w "$f"; then
				r=$(iperf_tcp "$SECS")
				c=$(cap_cpu_now)
				cap_stop
				[ -n "$r" ] && echo "$r ${c:-0} $(stat_of "w$m" captured) $(stat_of "w$m" 'dropped by kernel')" >>"$T/w.$snap.$m"
			else
				cap_stop
				echo "live: $m did not start: $(head -c 200 "$T/w$m.err" | tr '\n' ' ')"
			fi
			rm -f "$f"
			;;
		esac
	done
done
w=w.$snap
bn=$(colmed "$w.none" 1)
bp=$(colmed "$w.pt" 1)
bt=$(colmed "$w.td" 1)
cp=$(colmed "$w.pt" 4)
ct=$(colmed "$w.td" 4)
np=$(colmed "$w.pt" 5)
nt=$(colmed "$w.td" 5)
dp=$(colmed "$w.pt" 6)
dt=$(colmed "$w.td" 6)
# CPU per million packets saved, per run
upp=$(awk '$5 > 0 { printf "%.3f\n", $4 / $5 * 1e6 }' "$T/$w.pt" 2>/dev/null | median)
upt=$(awk '$5 > 0 { printf "%.3f\n", $4 / $5 * 1e6 }' "$T/$w.td" 2>/dev/null | median)
printf 'live iperf3 TCP -s %s -B %s -w, %s s, median of %s: Gbit/s ptcpdump %s tcpdump %s ratio %s (target >= 1.00) no capture %s\n' \
	"$snap" "$BUF" "$SECS" "$REPS" "${bp:-n/a}" "${bt:-n/a}" "$(ratio "$bp" "$bt")" "${bn:-n/a}"
printf 'live iperf3 TCP -s %s: capture CPU s (start-up excluded) ptcpdump %s tcpdump %s ratio %s; per million packets saved ptcpdump %s tcpdump %s ratio %s (target <= 2.00)\n' \
	"$snap" "${cp:-n/a}" "${ct:-n/a}" "$(ratio "$cp" "$ct")" "${upp:-n/a}" "${upt:-n/a}" "$(ratio "$upp" "$upt")"
printf 'live iperf3 TCP -s %s: packets saved ptcpdump %s tcpdump %s ratio %s (target >= 2.00 at full snap length)  dropped ptcpdump %s tcpdump %s\n' \
	"$snap" "${np:-n/a}" "${nt:-n/a}" "$(ratio "$np" "$nt")" "${dp:-n/a}" "${dt:-n/a}"
ep=$(eff "$w.pt")
et=$(eff "$w.td")
en=$(eff "$w.none")
printf 'live iperf3 TCP -s %s: Gbit per CPU second (iperf3 both ends + capture) ptcpdump %s tcpdump %s ratio %s (target >= 1.00)  no capture %s\n' \
	"$snap" "${ep:-n/a}" "${et:-n/a}" "$(ratio "$ep" "$et")" "${en:-n/a}"
done
}

rate_part() {
# ---- 2. high packet rate: trafgen 64-byte UDP, capture on the receiving side
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" pt td); do
		f=$T/x.pcapng
		[ "$m" = td ] && f=$T/x.pcap
		if cap_start "$m" "r$m" "$NSB" "$VB" -B "$RBUF" -w "$f" udp port 7777; then
			t0=$(date +%s.%N)
			trafgen_run "$PKTS" 0
			t1=$(date +%s.%N)
			sleep 0.5
			cap_stop
			c=$(stat_of "r$m" captured)
			d=$(stat_of "r$m" 'dropped by kernel')
			cpu=$(cap_cpu "r$m")
			echo "$c" >>"$T/rc.$m"
			echo "$d" >>"$T/rd.$m"
			awk -v c="${c:-0}" -v d="${d:-0}" 'BEGIN { if (c + d > 0) printf "%.2f\n", 100 * d / (c + d) }' >>"$T/rp.$m"
			awk -v u="${cpu:-}" -v c="${c:-0}" 'BEGIN { if (u != "" && c > 0) printf "%.3f\n", u / c * 1e6 }' >>"$T/ru.$m"
			awk -v a="$t0" -v b="$t1" -v n="$PKTS" 'BEGIN { printf "%d\n", n / (b - a) }' >>"$T/rr.$m"
		else
			cap_stop
			echo "live: $m did not start: $(head -c 200 "$T/r$m.err" | tr '\n' ' ')"
		fi
		rm -f "$f"
	done
done
printf 'live %s 64-byte UDP packets from trafgen (-B %s, -w, median of %s): captured ptcpdump %s tcpdump %s  dropped ptcpdump %s (%s%%) tcpdump %s (%s%%) (target: no more than tcpdump)  sender pps ptcpdump %s tcpdump %s\n' \
	"$PKTS" "$RBUF" "$REPS" \
	"$(median <"$T/rc.pt")" "$(median <"$T/rc.td")" \
	"$(median <"$T/rd.pt")" "$(median <"$T/rp.pt")" \
	"$(median <"$T/rd.td")" "$(median <"$T/rp.td")" "$(median <"$T/rr.pt")" "$(median <"$T/rr.td")"
up=$(median <"$T/ru.pt")
ut=$(median <"$T/ru.td")
printf 'live CPU s per million packets captured: ptcpdump %s tcpdump %s ratio %s (target <= 1.00)\n' \
	"${up:-n/a}" "${ut:-n/a}" "$(ratio "$up" "$ut")"

}

selective_part() {
# ---- 3. selective filter under heavy non-matching traffic ------------------
sleep 3600 &
IDLE=$!
PIDS="$PIDS $IDLE"
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" none td pt ptpid idle); do
		case $m in
		idle) # ptcpdump's own cost with no traffic (process tracking of the whole machine)
			if cap_start pt sidle "$NSA" "$VA" -B "$BUF" -w "$T/x.pcapng" port 9; then
				sleep "$SECS"
				cap_cpu_now >>"$T/s.idle"
			fi
			cap_stop
			rm -f "$T/x.pcapng"
			continue
			;;
		none) iperf_tcp "$SECS" | awk '{ print $0, 0 }' >>"$T/s.none"; continue ;;
		td) args=(td std "$NSA" "$VA" -B "$BUF" -w "$T/x.pcap" port 9) ;;
		pt) args=(pt spt "$NSA" "$VA" -B "$BUF" -w "$T/x.pcapng" port 9) ;;
		ptpid) args=(pt sptpid "$NSA" "$VA" -B "$BUF" -w "$T/x.pcapng" --pid "$IDLE") ;;
		esac
		if cap_start "${args[@]}"; then
			r=$(iperf_tcp "$SECS")
			c=$(cap_cpu_now)
			[ -n "$r" ] && echo "$r ${c:-0}" >>"$T/s.$m"
			cap_stop
			stat_of "${args[1]}" captured >>"$T/sn.$m"
		else
			cap_stop
			echo "live: $m did not start: $(head -c 200 "$T/${args[1]}.err" | tr '\n' ' ')"
		fi
		rm -f "$T/x.pcap" "$T/x.pcapng"
	done
done
core() { awk -v c="${1:-}" -v s="$SECS" 'BEGIN { if (c == "") print "n/a"; else printf "%.1f", 100 * c / s }'; }
bn=$(colmed s.none 1)
en=$(eff s.none)
ct=$(colmed s.td 4)
bt=$(colmed s.td 1)
et=$(eff s.td)
for m in pt ptpid; do
	what="'port 9'"
	[ "$m" = ptpid ] && what="--pid <idle>"
	cp=$(colmed "s.$m" 4)
	bp=$(colmed "s.$m" 1)
	ep=$(eff "s.$m")
	printf "live selective (ptcpdump %s, tcpdump 'port 9') under %s s of iperf3 TCP, median of %s: capture CPU s ptcpdump %s tcpdump %s (%s%% and %s%% of a core; target: near 0, clock tick 0.01 s; ptcpdump with no traffic at all %s s)  Gbit per CPU s ptcpdump %s tcpdump %s no capture %s (ptcpdump/no capture %s, target ~1.00)  Gbit/s ptcpdump %s tcpdump %s no capture %s  captured %s/%s\n" \
		"$what" "$SECS" "$REPS" "${cp:-n/a}" "${ct:-n/a}" "$(core "$cp")" "$(core "$ct")" "$(median <"$T/s.idle")" "${ep:-n/a}" "${et:-n/a}" "${en:-n/a}" \
		"$(ratio "$ep" "$en")" "${bp:-n/a}" "${bt:-n/a}" "${bn:-n/a}" "$(tail -1 "$T/sn.$m")" "$(tail -1 "$T/sn.td")"
done
}

startup_part() {
# ---- 4. start-up: "-i lo -w" on an idle loopback until "listening on" ----
# CPU (all threads) and wall time, medians of BENCH_STARTUP_REPS (default 10)
local reps=${BENCH_STARTUP_REPS:-10}
for rep in $(seq 1 "$reps"); do
	for m in $(order "$rep" pt td); do
		rm -f "$T/st.err"
		t0=$(date +%s%N)
		if [ "$m" = pt ]; then
			"$BIN" -i lo -w "$T/st.pcapng" 2>"$T/st.err" &
		else
			tcpdump -i lo -w "$T/st.pcap" 2>"$T/st.err" &
		fi
		p=$!
		for _ in $(seq 1 2000); do
			grep -q 'listening on' "$T/st.err" 2>/dev/null && break
			kill -0 "$p" 2>/dev/null || break
			sleep 0.002
		done
		t1=$(date +%s%N)
		proc_cpu "$p" >>"$T/st.cpu.$m"
		echo >>"$T/st.cpu.$m"
		echo $(((t1 - t0) / 1000000)) >>"$T/st.ms.$m"
		kill -INT "$p" 2>/dev/null
		wait "$p" 2>/dev/null
		rm -f "$T/st.pcapng" "$T/st.pcap"
	done
done
cp=$(median <"$T/st.cpu.pt")
ct=$(median <"$T/st.cpu.td")
wp=$(median <"$T/st.ms.pt")
wt=$(median <"$T/st.ms.td")
printf 'live start-up -i lo -w until "listening on", median of %s: CPU s ptcpdump %s tcpdump %s ratio %s (target: ptcpdump < 0.050)  wall ms ptcpdump %s tcpdump %s (target: ptcpdump < 100; polled every 2 ms)\n' \
	"$reps" "${cp:-n/a}" "${ct:-n/a}" "$(ratio "$cp" "$ct")" "${wp:-n/a}" "${wt:-n/a}"
}

want 1 && workload_part
want 2 && rate_part
want 3 && selective_part
want 4 && startup_part
exit 0
