#!/bin/bash
# Fuzz suite: builds the libFuzzer targets (make fuzz) and runs each one for
# a bounded time on a scratch copy of its seed corpus: the committed seeds
# (tests/fuzz/corpus/), inputs that once failed (tests/fuzz/regress/) and,
# when tcpdump's test captures are in the cache the tcpdump suite fills
# (${PTCPDUMP_CACHE:-~/.cache/ptcpdump}), their packets and files
# (tests/fuzz/seed_captures.py).
# A crash, leak, sanitizer report or timeout is a FAIL naming the reproducer;
# re-run it with: build/fuzz/<target> <reproducer>.
#   FUZZ_TIME=seconds per target (default 15)
set -u
cd "$(dirname "$0")/../.."
T=${FUZZ_TIME:-15}
dir=build/fuzz
if ! command -v clang >/dev/null 2>&1; then
	echo "SKIP fuzz: clang not installed"; exit 0
fi
mkdir -p "$dir"
if [ -z "${NO_BUILD:-}" ] && ! FUZZ_TIME= make -s fuzz >"$dir.build.log" 2>&1; then
	echo "FAIL fuzz build: $(grep -m1 -E 'error' "$dir.build.log")"
	exit 0
fi
seeds=
ver=$(tcpdump --version 2>&1 | sed -n 's/^tcpdump version \([0-9.]*\).*/\1/p')
caps=${PTCPDUMP_CACHE:-${HOME:-/root}/.cache/ptcpdump}/tcpdump-$ver/tests
if [ -n "$ver" ] && [ -d "$caps" ]; then
	seeds=$dir/seeds-tcpdump-$ver
	if [ ! -d "$seeds" ]; then
		rm -rf "$seeds.tmp"
		if /usr/bin/python3 tests/fuzz/seed_captures.py "$caps" "$seeds.tmp" >"$dir/seeds.log" 2>&1; then
			mv "$seeds.tmp" "$seeds"
		else
			echo "FAIL fuzz seeds: $(tail -1 "$dir/seeds.log")"
			seeds=
		fi
	fi
fi
for t in decode ip udp tcp capfile; do
	bin=$dir/fuzz_$t
	[ -x "$bin" ] || continue
	work=$dir/run-$t
	rm -rf "$work"
	mkdir -p "$work/corpus" "$work/crash"
	cp tests/fuzz/corpus/$t/* "$work/corpus/" 2>/dev/null
	# inputs that once failed stay as regression seeds
	[ -d tests/fuzz/regress/$t ] && cp tests/fuzz/regress/$t/* "$work/corpus/" 2>/dev/null
	[ -n "$seeds" ] && cp "$seeds/$t"/* "$work/corpus/" 2>/dev/null
	nseed=$(ls "$work/corpus" | wc -l)
	maxlen=4096
	[ $t = capfile ] && maxlen=65536
	"$bin" -max_total_time="$T" -timeout=10 -rss_limit_mb=2048 -max_len=$maxlen \
		-print_final_stats=0 -artifact_prefix="$work/crash/" \
		"$work/corpus" >"$work/log" 2>&1
	rc=$?
	repro=$(ls "$work/crash/" 2>/dev/null | head -1)
	execs=$(grep -Eo '#[0-9]+' "$work/log" | tail -1)
	execs=${execs#\#}
	if [ $rc -eq 0 ] && [ -z "$repro" ]; then
		echo "PASS fuzz_$t (${T}s, ${execs:-?} runs from $nseed seeds)"
	else
		why=$(grep -m1 -E 'ERROR|runtime error|fuzz_[a-z]+:|Timeout|out-of-memory' "$work/log")
		echo "FAIL fuzz_$t: ${why:-exit $rc}; reproducer: ${repro:+$work/crash/$repro} (log $work/log)"
	fi
done
