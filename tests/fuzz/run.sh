#!/bin/bash
# Fuzz suite: builds the libFuzzer targets (make fuzz) and runs each one for
# a bounded time on a scratch copy of its seed corpus (tests/fuzz/corpus/).
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
if ! make -s fuzz >"$dir.build.log" 2>&1; then
	echo "FAIL fuzz build: $(grep -m1 -E 'error' "$dir.build.log")"
	exit 0
fi
for t in decode capfile; do
	bin=$dir/fuzz_$t
	[ -x "$bin" ] || continue
	work=$dir/run-$t
	rm -rf "$work"
	mkdir -p "$work/corpus" "$work/crash"
	cp tests/fuzz/corpus/$t/* "$work/corpus/" 2>/dev/null
	# inputs that once failed stay as regression seeds
	[ -d tests/fuzz/regress/$t ] && cp tests/fuzz/regress/$t/* "$work/corpus/" 2>/dev/null
	"$bin" -max_total_time="$T" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
		-print_final_stats=0 -artifact_prefix="$work/crash/" \
		"$work/corpus" >"$work/log" 2>&1
	rc=$?
	repro=$(ls "$work/crash/" 2>/dev/null | head -1)
	execs=$(grep -Eo '#[0-9]+' "$work/log" | tail -1)
	if [ $rc -eq 0 ] && [ -z "$repro" ]; then
		echo "PASS fuzz_$t (${T}s, ${execs:-?} runs)"
	else
		why=$(grep -m1 -E 'ERROR|runtime error|fuzz_[a-z]+:|Timeout|out-of-memory' "$work/log")
		echo "FAIL fuzz_$t: ${why:-exit $rc}; reproducer: ${repro:+$work/crash/$repro} (log $work/log)"
	fi
done
