#!/bin/bash
# make bench, TUI: ptcpdump-top against termshark, both in panes of a private
# tmux server of a fixed size (tests/bench/tui_poll.py does the timing).
#   1. a BENCH_TUI_PACKETS (1 000 000) packet pcapng written by our own
#      writer (ptcpdump -r big.pcap -w big.pcapng), opened with -r: time to
#      the first screen with packet rows, memory (VmHWM/VmRSS) then and once
#      everything is loaded (termshark: bounded by BENCH_TUI_TERMSHARK_SECS,
#      120; its tshark children are counted too);
#   2. live at BENCH_TUI_PPS (100 000) packets/s for BENCH_TUI_LIVE_SECS (20)
#      from trafgen (a burst at full speed each second) on a veth
#      between two namespaces this script creates (root only): key press to
#      redraw latency (median/p95), CPU of the UI thread and of the others,
#      packets lost before the view (kernel + queue drops), packets the
#      spool dropped to stay under --spool-size (BENCH_TUI_SPOOL), and the
#      anonymous memory (RssAnon) at the end, with its growth per million
#      packets between 2 s in and the end (the slope, for runs shorter than
#      10M packets).
#   The store's targets are printed next to the figures, never asserted:
#   first screen <= 50 ms, <= 64 MiB RSS with every packet reachable (End
#   shows the last No.), live <= 64 MiB RssAnon.
# PTCPDUMP_TOP=path / PTCPDUMP=path run other binaries than build/;
# BENCH_TUI_FILE=0 / BENCH_TUI_LIVE=0 leave out part 1 / part 2.
# One line per measurement, skips (one line why) what cannot run, never
# fails the run.
set -u
cd "$(dirname "$0")/../.."
[ -n "${TUI_BOUNDED:-}" ] || TUI_BOUNDED=1 exec timeout 1800 "$0" "$@"
export LC_ALL=C.UTF-8 TZ=GMT0
unset TMUX
TOP=$(readlink -f "${PTCPDUMP_TOP:-build/ptcpdump-top}")
BIN=$(readlink -f "${PTCPDUMP:-build/ptcpdump}")
N=${BENCH_TUI_PACKETS:-1000000}
REPS=${BENCH_TUI_REPS:-3}
TS_SECS=${BENCH_TUI_TERMSHARK_SECS:-120}
PPS=${BENCH_TUI_PPS:-100000}
LSECS=${BENCH_TUI_LIVE_SECS:-20}
SIZE=160x45
POLL=$(readlink -f tests/bench/tui_poll.py)
SOCK=ptbench$$
# a packet row: "│ <No.> HH:MM:SS.frac" (ptcpdump-top), " <No.> <secs.frac> " (termshark)
ROW_TOP='│ +[0-9]+ [0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ '
ROW_TS='^ [0-9]+ +[0-9]+\.[0-9]+ '

skip() { echo "tui: skipped ($1)"; }
[ -x "$TOP" ] || { skip "${PTCPDUMP_TOP:-build/ptcpdump-top} is not built"; exit 0; }
command -v tmux >/dev/null || { skip "tmux is not installed"; exit 0; }

T=$(mktemp -d /tmp/ptcpdump-bench.XXXXXX)
LIVE_LIB=0
cleanup() {
	tmux -L "$SOCK" kill-server 2>/dev/null
	if [ "$LIVE_LIB" = 1 ]; then live_cleanup; else rm -rf "$T"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM
# private copies: others may rebuild build/ while this runs
cp "$TOP" "$T/ptcpdump-top" && TOP=$T/ptcpdump-top
[ -x "$BIN" ] && cp "$BIN" "$T/ptcpdump" && BIN=$T/ptcpdump

mem_of() { # PID -> "hwm rss" in KiB
	awk '/^VmHWM:/ { h = $2 } /^VmRSS:/ { r = $2 } END { print h + 0, r + 0 }' "/proc/$1/status" 2>/dev/null
}
tree_rss() { # PID -> KiB of resident memory of PID and all its descendants
	ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
		{ pp[$1] = $2; rss[$1] = $3 }
		END { for (p in rss) { q = p; while (q != "" && q != root && q in pp && q != 1) q = pp[q]
			if (q == root) s += rss[p] }
			print s + 0 }'
}
mib() { awk -v k="${1:-}" 'BEGIN { if (k == "") print "n/a"; else printf "%.1f", k / 1024 }'; }
median() {
	grep -E '^[0-9.]+$' | sort -g | awk '{ a[NR] = $1 } END {
		if (NR == 0) print ""; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
ratio() {
	awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'
}
stop_tui() {
	tmux -L "$SOCK" kill-server 2>/dev/null
	sleep 0.3
}

# ---- 1. a big file -----------------------------------------------------------
file_part() {
D=build/bench
mkdir -p "$D"
BIGP=$D/mixed-$N.pcap
BIG=$D/mixed-$N.pcapng
if [ ! -s "$BIG" ]; then
	if [ ! -x "$BIN" ]; then
		skip "no $BIG and ${PTCPDUMP:-build/ptcpdump} is not built"
		return
	fi
	/usr/bin/python3 tests/data/mksamples.py build/testdata || { skip "tests/data/mksamples.py failed"; return; }
	[ -s "$BIGP" ] || timeout 600 /usr/bin/python3 tests/bench/mkbig.py build/testdata/sample-mixed.pcap "$BIGP" "$N"
	timeout 600 "$BIN" -r "$BIGP" -w "$BIG.tmp" 2>/dev/null && mv "$BIG.tmp" "$BIG"
	rm -f "$BIG.tmp"
	[ -s "$BIG" ] || { skip "could not write $BIG"; return; }
fi

for f in top.first top.loaded top.mem1 top.mem2 top.kept top.evicted top.cpu; do : >"$T/$f"; done
for rep in $(seq 1 "$REPS"); do
	read -r pid first < <("$POLL" start "$SOCK" "$SIZE" "$ROW_TOP" 30 -- "$TOP" -r "$BIG")
	if [ "$first" = timeout ] || [ "${pid:-0}" = 0 ]; then
		echo "tui: ptcpdump-top showed no packet rows in 30 s: $("$POLL" screen "$SOCK" | head -3 | tr -s ' \n' ' ' | cut -c1-200)"
		stop_tui
		continue
	fi
	echo "$first" >>"$T/top.first"
	mem_of "$pid" >>"$T/top.mem1"
	# loaded: the status line says FILE
	loaded=$("$POLL" wait "$SOCK" '\| FILE \|' 120)
	[ "$loaded" != timeout ] && awk -v a="$first" -v b="$loaded" 'BEGIN { printf "%.3f\n", a + b }' >>"$T/top.loaded"
	sleep 2
	mem_of "$pid" >>"$T/top.mem2"
	st=$("$POLL" screen "$SOCK" | head -1)
	printf '%s\n' "$st" | sed -n 's/.*| [0-9]*\/\([0-9]*\) pkts |.*/\1/p' >>"$T/top.kept"
	ev=$(printf '%s' "$st" | sed -n 's/.*| evicted \([0-9]*\).*/\1/p')
	echo "${ev:-0}" >>"$T/top.evicted"
	awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13) / hz }' "/proc/$pid/stat" >>"$T/top.cpu"
	stop_tui
done
# the same start with a program that prints one packet row at once: what
# tmux itself and the polling add to the first screen
: >"$T/base.first"
for rep in $(seq 1 "$REPS"); do
	read -r pid first < <("$POLL" start "$SOCK" "$SIZE" "$ROW_TOP" 10 -- /bin/sh -c 'printf "\342\224\202 1 00:00:00.000000 IP\n"; exec sleep 30')
	[ "$first" != timeout ] && echo "$first" >>"$T/base.first"
	stop_tui
done
# once more: End, until the last packet is on screen (every one reachable)
read -r pid first < <("$POLL" start "$SOCK" "$SIZE" "$ROW_TOP" 30 -- "$TOP" -r "$BIG")
full=""
full_end=no
if [ "$first" != timeout ] && [ "$("$POLL" wait "$SOCK" '\| FILE \|' 120)" != timeout ]; then
	tmux -L "$SOCK" send-keys End
	[ "$("$POLL" wait "$SOCK" "│ +$N [0-9][0-9]:" 30)" != timeout ] && full_end=yes
	tmux -L "$SOCK" send-keys Home
	"$POLL" wait "$SOCK" "│ +1 [0-9][0-9]:" 30 >/dev/null
	sleep 1
	full=$(mem_of "$pid")
	full_kept=$("$POLL" screen "$SOCK" | head -1 | sed -n 's/.*| [0-9]*\/\([0-9]*\) pkts |.*/\1/p')
fi
stop_tui
tf=$(median <"$T/top.first" 2>/dev/null)
tb=$(median <"$T/base.first" 2>/dev/null)
own=$(awk -v a="${tf:-}" -v b="${tb:-}" 'BEGIN { if (a == "" || b == "") print "n/a"; else printf "%.3f", a - b }')
tl=$(median <"$T/top.loaded" 2>/dev/null)
m1h=$(awk '{ print $1 }' "$T/top.mem1" 2>/dev/null | median)
m1r=$(awk '{ print $2 }' "$T/top.mem1" 2>/dev/null | median)
m2h=$(awk '{ print $1 }' "$T/top.mem2" 2>/dev/null | median)
m2r=$(awk '{ print $2 }' "$T/top.mem2" 2>/dev/null | median)
tc=$(median <"$T/top.cpu" 2>/dev/null)
tk=$(median <"$T/top.kept" 2>/dev/null)
tev=$(median <"$T/top.evicted" 2>/dev/null)

# termshark: once (it is slow), bounded
if command -v termshark >/dev/null; then
	: >"$T/ts.tree"
	read -r pid ts_first < <("$POLL" start "$SOCK" "$SIZE" "$ROW_TS" "$TS_SECS" -- termshark -r "$BIG")
	ts_m1=$(mem_of "${pid:-0}")
	ts_t1=$(tree_rss "${pid:-0}")
	# settle: wait for <Stop> to go away (all loaded), sampling the tree's memory
	start=$(date +%s.%N)
	ts_done=""
	ts_pct=""
	while :; do
		el=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
		awk -v e="$el" -v f="${ts_first%timeout}" -v l="$TS_SECS" 'BEGIN { exit !(e + f >= l) }' && break
		kill -0 "${pid:-0}" 2>/dev/null || break
		tree_rss "$pid" >>"$T/ts.tree"
		scr=$("$POLL" screen "$SOCK")
		p=$(printf '%s\n' "$scr" | sed -n 's/.* \([0-9]\{1,3\}\) % .*/\1/p' | head -1)
		[ -n "$p" ] && ts_pct=$p
		if ! printf '%s\n' "$scr" | head -4 | grep -q '<Stop>' && printf '%s\n' "$scr" | grep -Eq "$ROW_TS"; then
			ts_done=$(awk -v e="$el" -v f="${ts_first%timeout}" 'BEGIN { printf "%.1f", e + f }')
			break
		fi
		sleep 1
	done
	[ -n "$ts_done" ] && sleep 2
	ts_m2=$(mem_of "${pid:-0}")
	tree_rss "${pid:-0}" >>"$T/ts.tree"
	ts_tpeak=$(sort -n "$T/ts.tree" | tail -1)
	stop_tui
else
	ts_first=""
fi

kib_pkt() { awk -v k="${1:-}" -v n="${2:-}" 'BEGIN { if (k == "" || n == "" || n + 0 == 0) print ""; else printf "%.2f", k / n }'; }
top_pp=$(kib_pkt "$m2h" "$tk")
if [ -n "$ts_first" ]; then
	ts_reach=${ts_done:+"all loaded in $ts_done s"}
	ts_reach=${ts_reach:-"loading bounded at $TS_SECS s, reached ${ts_pct:-?} %"}
	ts_n=$N
	[ -z "$ts_done" ] && ts_n=$(awk -v p="${ts_pct:-0}" -v n="$N" 'BEGIN { printf "%d", n * p / 100 }')
	ts_peak=$(awk -v a="${ts_m2% *}" -v b="$ts_tpeak" 'BEGIN { print (b > a ? b : a) }')
	ts_pp=$(kib_pkt "$ts_peak" "$ts_n")
	printf 'tui -r %s packets, first screen s (median of %s): ptcpdump-top %s (%s beyond tmux start %s; target <= 0.050) termshark %s ratio %s  all loaded: ptcpdump-top %s s, termshark %s\n' \
		"$N" "$REPS" "${tf:-n/a}" "$own" "${tb:-n/a}" "$ts_first" "$(ratio "$tf" "${ts_first%timeout}")" "${tl:-n/a}" "$ts_reach"
	printf 'tui -r memory MiB at first screen: ptcpdump-top HWM %s RSS %s  termshark HWM %s RSS %s (with tshark children %s)\n' \
		"$(mib "$m1h")" "$(mib "$m1r")" "$(mib "${ts_m1% *}")" "$(mib "${ts_m1#* }")" "$(mib "$ts_t1")"
	printf 'tui -r memory MiB settled: ptcpdump-top HWM %s RSS %s (%s packets kept, %s evicted, CPU s %s)  termshark HWM %s RSS %s, peak with tshark children %s (%s)  ratio %s (target <= 0.10)\n' \
		"$(mib "$m2h")" "$(mib "$m2r")" "${tk:-n/a}" "${tev:-n/a}" "${tc:-n/a}" \
		"$(mib "${ts_m2% *}")" "$(mib "${ts_m2#* }")" "$(mib "$ts_tpeak")" "$ts_reach" "$(ratio "$m2h" "$ts_peak")"
	printf 'tui -r memory MiB after End and Home: ptcpdump-top HWM %s RSS %s (%s packets kept, End showed No. %s: %s; target <= 64)  termshark %s (%s)\n' \
		"$(mib "${full% *}")" "$(mib "${full#* }")" "${full_kept:-n/a}" "$N" "$full_end" "$(mib "$ts_peak")" "$ts_reach"
	printf 'tui -r memory KiB per packet held: ptcpdump-top %s (%s packets) termshark with tshark %s (%s packets) ratio %s (target <= 0.10)\n' \
		"${top_pp:-n/a}" "${tk:-n/a}" "${ts_pp:-n/a}" "$ts_n" "$(ratio "$top_pp" "$ts_pp")"
else
	printf 'tui -r %s packets, first screen s (median of %s): ptcpdump-top %s (%s beyond tmux start %s; target <= 0.050), loaded in %s s; memory MiB HWM/RSS at first screen %s/%s settled %s/%s (%s packets kept, %s KiB each); termshark not installed\n' \
		"$N" "$REPS" "${tf:-n/a}" "$own" "${tb:-n/a}" "${tl:-n/a}" "$(mib "$m1h")" "$(mib "$m1r")" "$(mib "$m2h")" "$(mib "$m2r")" "${tk:-n/a}" "${top_pp:-n/a}"
	printf 'tui -r memory MiB after End and Home: ptcpdump-top HWM %s RSS %s (%s packets kept, End showed No. %s: %s; target <= 64)\n' \
		"$(mib "${full% *}")" "$(mib "${full#* }")" "${full_kept:-n/a}" "$N" "$full_end"
fi

}

# ---- 2. live at $PPS packets/s -----------------------------------------------
live() {
	if [ "$(id -u)" != 0 ]; then skip "live part needs root"; return; fi
	local t
	for t in trafgen ip; do
		command -v "$t" >/dev/null || { skip "live part: $t is not installed"; return; }
	done
	. tests/bench/live_lib.sh
	LIVE_LIB=1
	netns_up || { skip "live part: cannot create the network namespaces"; return; }
	local args=(--netns "/run/netns/$NSB" -i "$VB")
	[ -n "${BENCH_TUI_SPOOL:-}" ] && args+=(--spool-size "$BENCH_TUI_SPOOL")
	local pid up
	read -r pid up < <("$POLL" start "$SOCK" "$SIZE" '\| LIVE \|' 20 -- "$TOP" "${args[@]}")
	if [ "$up" = timeout ]; then
		skip "live part: ptcpdump-top did not reach LIVE: $("$POLL" screen "$SOCK" | head -2 | tr -s ' \n' ' ' | cut -c1-200)"
		return
	fi
	# idle latency first, then under load
	read -r io ip95 ic ic95 in < <("$POLL" keys "$SOCK" 20 '?' 'ptcpdump-top help' x)
	trafgen_paced "$PPS" "$LSECS" &
	local tg=$!
	sleep 2
	local hz c0 t0 c1 t1 tid
	hz=$(getconf CLK_TCK)
	thr_cpu() { # PID -> "tid ticks" for each thread
		for tid in /proc/"$1"/task/*; do
			awk -v t="${tid##*/}" '{ sub(/^.*\) /, ""); print t, $12 + $13 }' "$tid/stat" 2>/dev/null
		done
	}
	thr_cpu "$pid" >"$T/thr0"
	local anon0 anon1 stored0
	anon0=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status")
	stored0=$("$POLL" screen "$SOCK" | head -1 | sed -n 's/.*| \([0-9]*\)\/\([0-9]*\) pkts |.*/\2/p')
	t0=$(date +%s.%N)
	read -r lo lp95 lc lc95 ln < <("$POLL" keys "$SOCK" 30 '?' 'ptcpdump-top help' x)
	wait "$tg"
	t1=$(date +%s.%N)
	thr_cpu "$pid" >"$T/thr1"
	local sent
	local tgsecs
	read -r sent tgsecs <"$T/tg.sent"
	sleep 2
	local st
	anon1=$(awk '/^RssAnon:/ { print $2 }' "/proc/$pid/status")
	st=$("$POLL" screen "$SOCK" | head -1)
	local stored drops evicted mem
	stored=$(printf '%s' "$st" | sed -n 's/.*| \([0-9]*\)\/\([0-9]*\) pkts |.*/\2/p')
	drops=$(printf '%s' "$st" | sed -n 's/.*| drops \([0-9]*\) |.*/\1/p')
	evicted=$(printf '%s' "$st" | sed -n 's/.*| evicted \([0-9]*\).*/\1/p')
	mem=$(printf '%s' "$st" | sed -n 's/.*| mem \([^ |]*\) |.*/\1/p')
	local ui other el
	el=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')
	ui=$(awk -v p="$pid" -v hz="$hz" -v el="$el" 'NR == FNR { c0[$1] = $2; next } $1 == p { printf "%.0f", 100 * ($2 - c0[$1]) / hz / el }' "$T/thr0" "$T/thr1")
	other=$(awk -v p="$pid" -v hz="$hz" -v el="$el" 'NR == FNR { c0[$1] = $2; next } $1 != p { s += $2 - c0[$1] } END { printf "%.0f", 100 * s / hz / el }' "$T/thr0" "$T/thr1")
	printf 'tui live key->redraw ms (? opens help, x closes: from send-keys to the output that shows it; %s samples idle, %s at %s pkt/s): idle open %s p95 %s close %s p95 %s  loaded open %s p95 %s close %s p95 %s (target: p95 <= 10 under load)\n' \
		"${in:-0}" "${ln:-0}" "$PPS" "${io:-n/a}" "${ip95:-n/a}" "${ic:-n/a}" "${ic95:-n/a}" "${lo:-n/a}" "${lp95:-n/a}" "${lc:-n/a}" "${lc95:-n/a}"
	local achieved
	achieved=$(awk -v s="${tgsecs:-0}" -v n="${sent:-0}" 'BEGIN { if (s > 0) printf "%d", n / s; else print "n/a" }')
	printf 'tui live %s pkt/s (reached %s) for %s s: CPU %% UI thread %s other threads %s  sent %s kept %s lost before the view (kernel+queue drops) %s dropped from the spool %s (mem %s)\n' \
		"$PPS" "$achieved" "$LSECS" "${ui:-n/a}" "${other:-n/a}" "${sent:-n/a}" "${stored:-n/a}" "${drops:-n/a}" "${evicted:-0}" "${mem:-n/a}"
	printf 'tui live RssAnon MiB: %s at %s packets, %s at %s packets; slope %s MiB per million packets, so %s MiB at 10M (target <= 64)\n' \
		"$(mib "$anon0")" "${stored0:-n/a}" "$(mib "$anon1")" "${stored:-n/a}" \
		"$(awk -v a="${anon0:-0}" -v b="${anon1:-0}" -v n0="${stored0:-0}" -v n1="${stored:-0}" 'BEGIN { if (n1 > n0) printf "%.2f", (b - a) / 1024 / ((n1 - n0) / 1e6); else print "n/a" }')" \
		"$(awk -v a="${anon0:-0}" -v b="${anon1:-0}" -v n0="${stored0:-0}" -v n1="${stored:-0}" 'BEGIN { if (n1 > n0) printf "%.1f", (b + (b - a) / (n1 - n0) * (1e7 - n1)) / 1024; else print "n/a" }')"
	stop_tui
}
[ "${BENCH_TUI_FILE:-1}" = 0 ] || file_part
[ "${BENCH_TUI_LIVE:-1}" = 0 ] || live
exit 0
