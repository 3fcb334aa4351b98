#!/bin/bash
# Golden tests: the expected output is made here, by the installed tcpdump,
# from the same input; ptcpdump must print the same bytes.
#   tests/golden/gen/*.py OUTDIR   make the input captures (scapy, fixed times)
#   tests/golden/cases/*.list      lines: NAME FILE [FLAGS...]
# FILE is a name in OUTDIR, or data:NAME for a sample from tests/data/mksamples.py.
# BIN=build-san/ptcpdump runs the same cases on another binary.
# Each case also runs under the sanitizer build when it exists.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0
out=build/golden
mkdir -p "$out/pcap"
for g in tests/golden/gen/*.py; do
	[ -e "$g" ] || continue
	stamp="$out/pcap/.$(basename "$g").stamp"
	if [ ! -e "$stamp" ] || [ "$g" -nt "$stamp" ]; then
		if /usr/bin/python3 "$g" "$out/pcap" >"$out/gen.log" 2>&1; then
			touch "$stamp"
		else
			echo "FAIL generator $g: $(tail -1 "$out/gen.log")"
		fi
	fi
done
/usr/bin/python3 tests/data/mksamples.py build/testdata || echo "FAIL generator tests/data/mksamples.py"
BINS=${BIN:-build/ptcpdump}
[ -z "${BIN:-}" ] && [ -x build-san/ptcpdump ] && BINS="$BINS build-san/ptcpdump"
filter=${1:-}
for list in tests/golden/cases/*.list; do
	[ -e "$list" ] || continue
	while read -r name file flags; do
		case "$name" in ''|'#'*) continue ;; esac
		[ -n "$filter" ] && [[ "$name" != *$filter* ]] && continue
		case "$file" in
		data:*) f=build/testdata/${file#data:} ;;
		*) f=$out/pcap/$file ;;
		esac
		if [ ! -e "$f" ]; then echo "FAIL $name: missing input $f"; continue; fi
		# flags are shell words (an -E SA is one quoted word); @PCAP@ is the
		# directory of the generated inputs (secrets files beside them)
		flags=${flags//@PCAP@/$out/pcap}
		eval "set -- $flags"
		exp=$(tcpdump -n -r "$f" "$@" 2>/dev/null)
		for bin in $BINS; do
			tag=$name; [ "$bin" != build/ptcpdump ] && tag="$name [$(dirname "$bin")]"
			got=$(timeout 60 "$bin" -n -r "$f" "$@" 2>"$out/stderr"); rc=$?
			if [ $rc -ge 124 ] || grep -q 'Sanitizer\|runtime error' "$out/stderr"; then
				echo "FAIL $tag: crashed (rc $rc): $(grep -m1 -E 'ERROR|runtime error' "$out/stderr")"
			elif [ "$exp" == "$got" ]; then
				echo "PASS $tag"
			else
				line=$(cmp <(echo "$exp") <(echo "$got") 2>/dev/null | grep -Eo 'line [0-9]+' | grep -Eo '[0-9]+')
				echo "FAIL $tag (-r $file $flags) first difference at line ${line:-?}:"
				echo "    tcpdump : $(echo "$exp" | sed -n "${line:-1}p" | cut -c1-220)"
				echo "    ptcpdump: $(echo "$got" | sed -n "${line:-1}p" | cut -c1-220)"
			fi
		done
	done < "$list"
done
