#!/bin/bash
# make bench, live capture: ptcpdump (eBPF TC/TCX) against tcpdump (AF_PACKET)
# on a veth pair between two network namespaces this script creates
# (10.210.x.y inside them only), back to back in the same run, medians of
# BENCH_LIVE_REPS runs (default 5) of BENCH_LIVE_SECS (3). Needs root, iperf3, trafgen, jq.
#   1. workload overhead: iperf3 TCP throughput with no capture, with
#      ptcpdump -w and with tcpdump -w capturing on the veth;
#   2. high packet rate: trafgen sends BENCH_LIVE_PKTS 64-byte UDP packets
#      as fast as it can; packets captured and dropped and CPU seconds per
#      million packets of each tool with the same -B;
#   3. selective filter: iperf3 TCP while the capture matches none of it
#      ('port 9', and for ptcpdump also --pid of an idle process).
# PTCPDUMP=path runs another binary than build/ptcpdump.
# Prints one line per measurement; skips (one line why) what cannot run;
# never fails the run.
set -u
cd "$(dirname "$0")/../.."
# the whole script is bounded (SIGTERM runs the cleanup)
[ -n "${LIVE_BOUNDED:-}" ] || LIVE_BOUNDED=1 exec timeout 1500 "$0" "$@"
export LC_ALL=C
BIN=$(readlink -f "${PTCPDUMP:-build/ptcpdump}")
SECS=${BENCH_LIVE_SECS:-3}
REPS=${BENCH_LIVE_REPS:-5}
BUF=${BENCH_LIVE_BUF:-8192}
PKTS=${BENCH_LIVE_PKTS:-1000000}

skip() { echo "live: skipped ($1)"; exit 0; }
[ "$(id -u)" = 0 ] || skip "needs root"
[ -x "$BIN" ] || skip "${PTCPDUMP:-build/ptcpdump} is not built"
for t in tcpdump iperf3 trafgen jq ip /usr/bin/time; do
	command -v "$t" >/dev/null || skip "$t is not installed"
done

T=$(mktemp -d /tmp/ptcpdump-bench.XXXXXX)
. tests/bench/live_lib.sh
trap live_cleanup EXIT
trap 'exit 1' INT TERM

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

order() { # rep modes... -> the modes, reversed on even reps
	local rep=$1
	shift
	if [ $((rep % 2)) = 1 ]; then echo "$@"; else echo "$@" | tr ' ' '\n' | tac | tr '\n' ' '; fi
}
pct() { # dropped captured -> percent of received
	awk -v d="${1:-}" -v c="${2:-}" 'BEGIN { if (d == "" || c == "") print "n/a"; else if (d + c == 0) print "0.0%"; else printf "%.1f%%", 100 * d / (d + c) }'
}

# ---- 1. workload overhead: iperf3 TCP, capture to a file -------------------
for f in w.none w.pt w.td wd.pt wd.td wc.pt wc.td rr rc.pt rc.td rd.pt rd.td rp.pt rp.td ru.pt ru.td \
	s.none s.td s.pt s.ptpid sc.td sc.pt sc.ptpid sn.td sn.pt sn.ptpid; do
	: >"$T/$f"
done
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" none pt td); do
		case $m in
		none) iperf_tcp "$SECS" >>"$T/w.none" ;;
		pt | td)
			f=$T/x.pcapng
			[ "$m" = td ] && f=$T/x.pcap
			if cap_start "$m" "w$m" "$NSA" "$VA" -B "$BUF" -w "$f"; then
				bw=$(iperf_tcp "$SECS")
				cap_stop
				echo "$bw" >>"$T/w.$m"
				echo "$(pct "$(stat_of "w$m" 'dropped by kernel')" "$(stat_of "w$m" captured)")" >>"$T/wd.$m"
				cap_cpu "w$m" >>"$T/wc.$m"
			else
				cap_stop
				echo "live: $m did not start: $(head -c 200 "$T/w$m.err" | tr '\n' ' ')"
			fi
			rm -f "$f"
			;;
		esac
	done
done
bn=$(median <"$T/w.none")
bp=$(median <"$T/w.pt")
bt=$(median <"$T/w.td")
printf 'live iperf3 TCP Gbit/s while capturing -w (-B %s, %s s, median of %s): ptcpdump %s tcpdump %s ratio %s (target >= 1.00)  no capture %s  drops ptcpdump %s tcpdump %s  CPU s ptcpdump %s tcpdump %s\n' \
	"$BUF" "$SECS" "$REPS" "${bp:-n/a}" "${bt:-n/a}" "$(ratio "$bp" "$bt")" "${bn:-n/a}" \
	"$(tr '\n' ' ' <"$T/wd.pt")" "$(tr '\n' ' ' <"$T/wd.td")" \
	"$(median <"$T/wc.pt")" "$(median <"$T/wc.td")"

# ---- 2. high packet rate: trafgen 64-byte UDP, capture on the receiving side
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" pt td); do
		f=$T/x.pcapng
		[ "$m" = td ] && f=$T/x.pcap
		if cap_start "$m" "r$m" "$NSB" "$VB" -B "$BUF" -w "$f" udp port 7777; then
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
			awk -v a="$t0" -v b="$t1" -v n="$PKTS" 'BEGIN { printf "%d\n", n / (b - a) }' >>"$T/rr"
		else
			cap_stop
			echo "live: $m did not start: $(head -c 200 "$T/r$m.err" | tr '\n' ' ')"
		fi
		rm -f "$f"
	done
done
rate=$(median <"$T/rr")
printf 'live %s 64-byte UDP packets at ~%s pps (trafgen, -B %s, -w, median of %s): captured ptcpdump %s tcpdump %s  dropped ptcpdump %s (%s%%) tcpdump %s (%s%%) (target: no more than tcpdump)\n' \
	"$PKTS" "${rate:-n/a}" "$BUF" "$REPS" \
	"$(median <"$T/rc.pt")" "$(median <"$T/rc.td")" \
	"$(median <"$T/rd.pt")" "$(median <"$T/rp.pt")" \
	"$(median <"$T/rd.td")" "$(median <"$T/rp.td")"
up=$(median <"$T/ru.pt")
ut=$(median <"$T/ru.td")
printf 'live CPU s per million packets captured: ptcpdump %s tcpdump %s ratio %s (target <= 1.00)\n' \
	"${up:-n/a}" "${ut:-n/a}" "$(ratio "$up" "$ut")"

# ---- 3. selective filter under heavy non-matching traffic ------------------
sleep 3600 &
IDLE=$!
PIDS="$PIDS $IDLE"
for rep in $(seq 1 "$REPS"); do
	for m in $(order "$rep" none td pt ptpid); do
		case $m in
		none) iperf_tcp "$SECS" >>"$T/s.none"; continue ;;
		td) args=(td std "$NSA" "$VA" -B "$BUF" -w "$T/x.pcap" port 9) ;;
		pt) args=(pt spt "$NSA" "$VA" -B "$BUF" -w "$T/x.pcapng" port 9) ;;
		ptpid) args=(pt sptpid "$NSA" "$VA" -B "$BUF" -w "$T/x.pcapng" --pid "$IDLE") ;;
		esac
		if cap_start "${args[@]}"; then
			iperf_tcp "$SECS" >>"$T/s.$m"
			cap_stop
			cap_cpu "${args[1]}" >>"$T/sc.$m"
			stat_of "${args[1]}" captured >>"$T/sn.$m"
		else
			cap_stop
			echo "live: $m did not start: $(head -c 200 "$T/${args[1]}.err" | tr '\n' ' ')"
		fi
		rm -f "$T/x.pcap" "$T/x.pcapng"
	done
done
bn=$(median <"$T/s.none")
ct=$(median <"$T/sc.td")
for m in pt ptpid; do
	what="'port 9'"
	[ "$m" = ptpid ] && what="--pid <idle>"
	cp=$(median <"$T/sc.$m")
	bp=$(median <"$T/s.$m")
	bt=$(median <"$T/s.td")
	printf "live selective (ptcpdump %s, tcpdump 'port 9') under iperf3 TCP, median of %s: CPU s ptcpdump %s tcpdump %s ratio %s (target <= 1.00, near 0)  Gbit/s ptcpdump %s tcpdump %s no capture %s (ptcpdump/no capture %s, target ~1.00)  captured %s/%s\n" \
		"$what" "$REPS" "${cp:-n/a}" "${ct:-n/a}" "$(ratio "$cp" "$ct")" "${bp:-n/a}" "${bt:-n/a}" "${bn:-n/a}" \
		"$(ratio "$bp" "$bn")" "$(tail -1 "$T/sn.$m")" "$(tail -1 "$T/sn.td")"
done
exit 0
