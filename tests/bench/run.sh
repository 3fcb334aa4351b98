#!/bin/bash
# make bench: speed and memory as ratios against tcpdump, measured in the same run.
# Never part of make test. Prints one line per measurement.
# BENCH_PACKETS=N sizes the offline captures; BENCH_READ_ONLY=1 stops after them.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0
N=${BENCH_PACKETS:-300000}
D=build/bench
mkdir -p "$D"
/usr/bin/python3 tests/data/mksamples.py build/testdata || exit 1
/usr/bin/python3 tests/bench/mkheavy.py build/testdata || exit 1

best_of() { # runs the command 5 times, prints the best CPU time (user+sys) in microseconds
	local best=999999999 t
	for _ in 1 2 3 4 5; do
		/usr/bin/time -o "$D/time" -f '%U %S' "$@" >/dev/null 2>&1
		t=$(tail -1 "$D/time" | awk '{ printf "%d", ($1 + $2) * 1000000 }')
		[ "$t" -lt "$best" ] && best=$t
	done
	[ "$best" -lt 1000 ] && best=1000
	echo "$best"
}
maxrss() { # KiB
	/usr/bin/time -o "$D/time" -f %M "$@" >/dev/null 2>&1
	tail -1 "$D/time"
}
# offline decoding: a mixed capture (TCP with options, UDP, DNS, ICMP, ARP,
# IPv6), a DNS-heavy one and an overlay-heavy one (VXLAN/Geneve), each
# scaled to N packets; ptcpdump's CPU time as a ratio of tcpdump's
for kind in mixed dns overlay; do
	BIG=$D/$kind-$N.pcap
	[ -e "$BIG" ] || /usr/bin/python3 tests/bench/mkbig.py "build/testdata/sample-$kind.pcap" "$BIG" "$N"
	echo "input: $BIG ($N packets, $(du -h "$BIG" | cut -f1))"
	for flags in "" "-v" "-X"; do
		same=identical
		# shellcheck disable=SC2086
		cmp -s <(tcpdump -n -r "$BIG" $flags 2>/dev/null) <(build/ptcpdump -n -r "$BIG" $flags 2>/dev/null) || same=DIFFERENT
		# shellcheck disable=SC2086
		t_td=$(best_of tcpdump -n -r "$BIG" $flags)
		# shellcheck disable=SC2086
		t_pt=$(best_of build/ptcpdump -n -r "$BIG" $flags)
		# shellcheck disable=SC2086
		m_td=$(maxrss tcpdump -n -r "$BIG" $flags)
		# shellcheck disable=SC2086
		m_pt=$(maxrss build/ptcpdump -n -r "$BIG" $flags)
		printf 'read %-7s -n %-3s CPU s: tcpdump %6.3f ptcpdump %6.3f  ratio %.2f (target <= 0.45)  maxrss %s/%s KiB  output %s\n' \
			"$kind" "$flags" "$(echo "$t_td / 1000000" | bc -l)" "$(echo "$t_pt / 1000000" | bc -l)" \
			"$(echo "$t_pt / $t_td" | bc -l)" "$m_pt" "$m_td" "$same"
	done
done
[ -n "${BENCH_READ_ONLY:-}" ] && exit 0
for b in tests/bench/*.bench.sh; do
	[ -x "$b" ] && "$b"
done
exit 0
