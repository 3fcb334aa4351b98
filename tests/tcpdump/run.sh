#!/bin/bash
# tcpdump's own test suite as the oracle: every line of its tests/TESTLIST
# (name, capture, expected output, options) is run through the installed
# tcpdump and through ptcpdump with `-# -n -r CAPTURE OPTIONS`, as tcpdump's
# TESTrun does, and the two outputs compared byte for byte. The expected
# files of the source package are not used: the installed tcpdump is the
# reference, so the comparison holds for its exact version. The tests of
# its tests/*.tests files (perl lists read by TESTrun) count too, each when
# its config_set key is set and its config_unset key is not, for the keys of
# the installed tcpdump: HAVE_LIBCRYPTO when it links OpenSSL, HAVE_FPTYPE1
# or 2 from --fp-type, ENABLE_SMB when it prints eapon1 the SMB way;
# HAVE_CAPSICUM, IS_OPENBSD and HAVE_NO_PRINTF_Z are never set on Linux.
#
# The source package comes from Debian's mirror (the version of the
# installed tcpdump) into ${PTCPDUMP_CACHE:-~/.cache/ptcpdump}; without it
# the suite is skipped. Checks:
#   - the number of identical outputs does not fall below tests/tcpdump/floor
#     (raise the floor when a printer lands; the list of failing tests is
#     in $OUT/failing.txt);
#   - the ASan/UBSan build, with reports that abort, survives every capture
#     with every option set of the list.
#   KEEP=1 keeps $OUT; ONLY=name runs one test and shows the diff.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0 LC_ALL=C
BIN=$(readlink -f "${BIN:-build/ptcpdump}")
SANBIN=$(readlink -f "${SANBIN:-build-san/ptcpdump}")
NAME=tcpdump-suite

ver=$(tcpdump --version 2>&1 | sed -n 's/^tcpdump version \([0-9.]*\).*/\1/p')
if [ -z "$ver" ]; then
	echo "SKIP $NAME: tcpdump is not installed"
	exit 0
fi
cache=${PTCPDUMP_CACHE:-${HOME:-/root}/.cache/ptcpdump}
src=$cache/tcpdump-$ver
if [ ! -f "$src/tests/TESTLIST" ]; then
	mkdir -p "$cache"
	url=http://deb.debian.org/debian/pool/main/t/tcpdump/tcpdump_$ver.orig.tar.gz
	if ! curl -sf --max-time 120 -o "$cache/tcpdump_$ver.orig.tar.gz" "$url" ||
		! tar -C "$cache" -xzf "$cache/tcpdump_$ver.orig.tar.gz" ||
		[ ! -f "$src/tests/TESTLIST" ]; then
		echo "SKIP $NAME: cannot fetch tcpdump $ver's source ($url)"
		exit 0
	fi
fi
OUT=$(mktemp -d /tmp/ptcpdump-tcpdump.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$OUT"' EXIT

# the config keys of the installed tcpdump that the .tests files test
keys=" "
tcpdump --version 2>&1 | grep -q '^OpenSSL\|libcrypto' && keys="$keys HAVE_LIBCRYPTO "
[ "$(tcpdump --fp-type 2>/dev/null)" = 9877.895 ] && keys="$keys HAVE_FPTYPE1 " || keys="$keys HAVE_FPTYPE2 "
(cd "$src" && tcpdump -# -n -r tests/eapon1.pcap 2>/dev/null | cmp -s - tests/eapon1.out) &&
	keys="$keys ENABLE_SMB "

# TESTLIST's lines, then one line "name input output args" per test of the
# .tests files that applies here (@TESTDIR@: the tests directory)
tests_list() {
	cat "$src/tests/TESTLIST"
	for f in "$src"/tests/*.tests; do
		[ -f "$f" ] || continue
		KEYS=$keys TESTDIR=$src/tests perl -e '
			our $testlist;
			do $ARGV[0] or exit 1;
			for my $t (@$testlist) {
				my ($s, $u) = ($t->{config_set}, $t->{config_unset});
				next if defined $s && index($ENV{KEYS}, " $s ") < 0;
				next if defined $u && index($ENV{KEYS}, " $u ") >= 0;
				(my $a = $t->{args} // "") =~ s/\@TESTDIR\@/$ENV{TESTDIR}/g;
				print "$t->{name} $t->{input} $t->{output} $a\n";
			}' "$f"
	done
}

same=0 total=0 crashes=0
: >"$OUT/failing.txt"
: >"$OUT/crashes.txt"
while read -r name input output options; do
	case "$name" in '' | '#'*) continue ;; esac
	[ -n "${ONLY:-}" ] && [ "$name" != "$ONLY" ] && continue
	total=$((total + 1))
	# options are shell words, as TESTrun hands them to system()
	eval "set -- $options" 2>/dev/null || { echo "$name (options)" >>"$OUT/failing.txt"; continue; }
	# a file named by the options is read after tcpdump, as root, became
	# its own user; -Z root keeps it able to read the tests directory
	zroot=()
	case "$options" in *"$src/tests/"*) [ "$(id -u)" = 0 ] && zroot=(-Z root) ;; esac
	(cd "$src" && tcpdump "${zroot[@]}" -# -n -r "tests/$input" "$@" >"$OUT/want" 2>/dev/null)
	echo "status $?" >>"$OUT/want"
	(cd "$src" && "$BIN" -# -n -r "tests/$input" "$@" >"$OUT/got" 2>/dev/null)
	echo "status $?" >>"$OUT/got"
	if cmp -s "$OUT/want" "$OUT/got"; then
		same=$((same + 1))
	else
		echo "$name" >>"$OUT/failing.txt"
		[ -n "${ONLY:-}" ] && diff "$OUT/want" "$OUT/got" | head -40
	fi
	if [ -x "$SANBIN" ]; then
		(cd "$src" && ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 \
			UBSAN_OPTIONS=abort_on_error=1:halt_on_error=1:print_stacktrace=1 \
			"$SANBIN" -# -n -r "tests/$input" "$@" >/dev/null 2>"$OUT/san.err")
		st=$?
		if [ $st -ge 128 ] || grep -q 'runtime error\|AddressSanitizer\|LeakSanitizer' "$OUT/san.err"; then
			crashes=$((crashes + 1))
			echo "$name: $(grep -m1 'runtime error\|ERROR: AddressSanitizer' "$OUT/san.err" | cut -c1-200) (status $st)" >>"$OUT/crashes.txt"
		fi
	fi
done < <(tests_list)

# every capture of the suite once more with the most printing options
ncap=0
if [ -x "$SANBIN" ] && [ -z "${ONLY:-}" ]; then
	for f in "$src"/tests/*.pcap "$src"/tests/*.pcapng "$src"/tests/*.cap; do
		[ -f "$f" ] || continue
		ncap=$((ncap + 1))
		ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 \
			UBSAN_OPTIONS=abort_on_error=1:halt_on_error=1:print_stacktrace=1 \
			"$SANBIN" -n -r "$f" -vvv -e -X >/dev/null 2>"$OUT/san.err"
		st=$?
		if [ $st -ge 128 ] || grep -q 'runtime error\|AddressSanitizer\|LeakSanitizer' "$OUT/san.err"; then
			crashes=$((crashes + 1))
			echo "$(basename "$f") -vvv -e -X: $(grep -m1 'runtime error\|ERROR: AddressSanitizer' "$OUT/san.err" | cut -c1-200) (status $st)" >>"$OUT/crashes.txt"
		fi
	done
fi

floor=$(cat tests/tcpdump/floor 2>/dev/null || echo 0)
if [ -n "${ONLY:-}" ]; then
	echo "$NAME: $ONLY: $([ "$same" = 1 ] && echo identical || echo differs)"
	exit 0
fi
if [ "$same" -ge "$floor" ]; then
	echo "PASS $NAME: $same of $total TESTLIST and .tests outputs byte-identical to tcpdump $ver (floor $floor)"
else
	echo "FAIL $NAME: $same of $total TESTLIST and .tests outputs byte-identical to tcpdump $ver, below the floor of $floor"
fi
if [ ! -x "$SANBIN" ]; then
	echo "FAIL $NAME: $SANBIN is not built (make SAN=1)"
elif [ "$crashes" -eq 0 ]; then
	echo "PASS $NAME: the ASan/UBSan build survives all $total tests and $ncap captures with -vvv -e -X"
else
	echo "FAIL $NAME: $crashes sanitizer reports: $(head -3 "$OUT/crashes.txt" | tr '\n' '|')"
fi
exit 0
