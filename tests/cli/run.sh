#!/bin/bash
# Command-line behaviour: errors, counts, -F, stdin/stdout files, pipes.
# Expected behaviour comes from tcpdump run on the same input here.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0
BIN=${BIN:-build/ptcpdump}
S=build/testdata/sample-mixed.pcap
U=build/testdata/sample-upstream-comments.pcapng
/usr/bin/python3 tests/data/mksamples.py build/testdata || { echo "FAIL cli: tests/data/mksamples.py"; exit 1; }
T=$(mktemp -d /tmp/ptcpdump-cli.XXXXXX)
trap 'rm -rf "$T"' EXIT

ok() { echo "PASS $1"; }
ko() { echo "FAIL $1${2:+: $2}"; }
check() { # name, condition exit status
	if [ "$2" -eq 0 ]; then ok "$1"; else ko "$1" "${3:-}"; fi
}
same() { # name, expected file, got file
	if cmp -s "$2" "$3"; then ok "$1"; else
		ko "$1" "differs at: $(diff "$2" "$3" | head -3 | tr '\n' ' ' | cut -c1-200)"
	fi
}

# bad filter: one line on stderr, exit 1, nothing on stdout
$BIN -n -r $S 'tcp porp 80' >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && [ ! -s "$T/out" ] && grep -q 'syntax error' "$T/err" && [ "$(grep -vc '^reading from' "$T/err")" -eq 1 ]
check "bad filter: one error line, exit 1" $? "rc=$rc $(cat "$T/err")"

# missing file
$BIN -n -r /nonexistent/x.pcap >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/err")" -eq 1 ] && grep -q 'No such file' "$T/err"
check "missing file: one error line, exit 1" $? "rc=$rc $(cat "$T/err")"

# empty file
: >"$T/empty.pcap"
$BIN -n -r "$T/empty.pcap" >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/err")" -eq 1 ]
check "empty file: one error line, exit 1" $? "rc=$rc $(cat "$T/err")"

# unknown option
$BIN --no-such-option >"$T/out" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'unrecognized option' "$T/err"
check "unknown option: error, exit 1" $? "rc=$rc"

# --version names ptcpdump and libpcap
$BIN --version >"$T/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q '^ptcpdump version' "$T/out" && grep -q '^libpcap version' "$T/out"
check "--version" $? "$(cat "$T/out")"

# -h
$BIN -h >"$T/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q 'Usage: ptcpdump' "$T/out"
check "-h" $?

# --count, with and without a filter and -c
for args in "--count" "--count udp" "-c 7 --count" "--count icmp or arp"; do
	# shellcheck disable=SC2086
	tcpdump -n -r $S $args >"$T/exp" 2>/dev/null
	# shellcheck disable=SC2086
	$BIN -n -r $S $args >"$T/got" 2>/dev/null
	same "count [$args]" "$T/exp" "$T/got"
done

# -F file with a comment
printf 'tcp # web only\nand port 80\n' >"$T/filter"
tcpdump -n -r $S -F "$T/filter" >"$T/exp" 2>/dev/null
$BIN -n -r $S -F "$T/filter" >"$T/got" 2>/dev/null
same "-F file" "$T/exp" "$T/got"
[ -s "$T/got" ]; check "-F file printed packets" $?

# -r - (stdin)
tcpdump -n -r $S -c 50 >"$T/exp" 2>/dev/null
$BIN -n -r - -c 50 <$S >"$T/got" 2>/dev/null
same "-r - (stdin)" "$T/exp" "$T/got"

# -w - | tcpdump -r -   and   | tshark -r -
$BIN -r $S -w - 2>/dev/null | tcpdump -n -r - >"$T/got" 2>/dev/null
tcpdump -n -r $S >"$T/exp" 2>/dev/null
same "-w - | tcpdump -r -" "$T/exp" "$T/got"
n=$($BIN -r $S -w - 2>/dev/null | tshark -r - 2>/dev/null | wc -l)
[ "$n" -eq 3000 ]; check "-w - | tshark -r - sees 3000 packets" $? "got $n"

# -w file.pcap is classic pcap, anything else pcapng
$BIN -r $S -w "$T/a.pcap" 2>/dev/null && $BIN -r $S -w "$T/a.pcapng" 2>/dev/null
[ "$(head -c4 "$T/a.pcap" | od -An -tx1 | tr -d ' ')" = "d4c3b2a1" ] || [ "$(head -c4 "$T/a.pcap" | od -An -tx1 | tr -d ' ')" = "4d3cb2a1" ]
check "-w x.pcap writes pcap" $?
[ "$(head -c4 "$T/a.pcapng" | od -An -tx1 | tr -d ' ')" = "0a0d0d0a" ]
check "-w x.pcapng writes pcapng" $?

# --print with -w prints and writes
$BIN -n -r $S -c 5 -w "$T/b.pcapng" --print >"$T/got" 2>/dev/null
tcpdump -n -r $S -c 5 >"$T/exp" 2>/dev/null
same "--print with -w" "$T/exp" "$T/got"
[ "$(tcpdump -r "$T/b.pcapng" 2>/dev/null | wc -l)" -eq 5 ]; check "-c 5 -w writes 5" $?

# closed pipe: ends at once, exit status non-zero or 0 but no hang, no crash
timeout 20 bash -c "$BIN -n -r $S | head -1 >/dev/null"; rc=$?
[ $rc -ne 124 ]; check "closed stdout pipe does not hang" $?

# full disk: /dev/full
$BIN -r $S -w /dev/full >"$T/out" 2>"$T/err"; rc=$?
[ $rc -ne 0 ] && [ "$(grep -vc '^reading from' "$T/err")" -eq 1 ]
check "-w /dev/full: one error line, exit non-zero" $? "rc=$rc $(cat "$T/err")"
$BIN -n -r $S >/dev/full 2>"$T/err"; rc=$?
[ $rc -ne 0 ] && grep -q 'No space' "$T/err"
check "stdout on a full disk: error, exit non-zero" $? "rc=$rc $(cat "$T/err")"

# the upstream ptcpdump pcapng: process info shown as a live capture shows it
$BIN -n -r $U >"$T/got" 2>/dev/null
grep -q ' curl.31337 Out IP .*, ParentProc \[bash.31300\]$' "$T/got"
check "upstream pcapng: curl line with parent" $? "$(head -1 "$T/got")"
grep -q 'busybox.19090 .*, ParentProc \[busybox.19000\], Container \[api\], Pod \[cart.staging\]' "$T/got"
check "upstream pcapng: container and pod" $? "$(grep -m1 busybox "$T/got")"
$BIN -n -v -r $U >"$T/got" 2>/dev/null
grep -q '^    Process (pid 31337, cmd /usr/bin/curl, args curl -sS https://10.44.0.2/api)$' "$T/got"
check "upstream pcapng -v: Process line" $?
grep -q '^    ParentProc (pid 31300, cmd /usr/bin/bash, args bash)$' "$T/got"
check "upstream pcapng -v: ParentProc line" $?

# without -n: host names (reverse lookups answered or failing fast) and service names
tcpdump -r $S -c 300 >"$T/exp" 2>/dev/null
timeout 60 $BIN -r $S -c 300 >"$T/got" 2>/dev/null
same "names without -n" "$T/exp" "$T/got"
grep -q '\.http: ' "$T/got"; check "without -n ports print as services" $?
for f in build/golden/pcap/ip-icmp6.pcap build/golden/pcap/link-ether.pcap; do
	[ -e "$f" ] || continue
	tcpdump -e -v -r "$f" >"$T/exp" 2>/dev/null
	timeout 60 $BIN -e -v -r "$f" >"$T/got" 2>/dev/null
	same "MAC names (oui, Broadcast) without -n: $(basename "$f")" "$T/exp" "$T/got"
done

# TLS key logs (pcapng DSB) read with -r are written again with -w, before the packets
/usr/bin/python3 - "$T/keys.pcapng" <<'PY'
import struct, sys
def blk(t, body):
    body += b'\0' * ((4 - len(body) % 4) % 4)
    n = 12 + len(body)
    return struct.pack('<II', t, n) + body + struct.pack('<I', n)
key = b'CLIENT_RANDOM 00 11\n'
open(sys.argv[1], 'wb').write(
    blk(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1)) +
    blk(1, struct.pack('<HHI', 1, 0, 262144)) +
    blk(10, struct.pack('<II', 0x544c534b, len(key)) + key) +
    blk(6, struct.pack('<IIIII', 0, 0, 1000, 60, 60) + bytes(60)))
PY
$BIN -r "$T/keys.pcapng" -w "$T/keys2.pcapng" 2>/dev/null
off_key=$(grep -abo CLIENT_RANDOM "$T/keys2.pcapng" | cut -d: -f1)
[ -n "$off_key" ] && [ "$(tshark -r "$T/keys2.pcapng" 2>/dev/null | wc -l)" -eq 1 ]
check "-r pcapng with TLS keys -w keeps the DSB" $?

# make install honours PREFIX and DESTDIR (binaries and man pages)
make -s install PREFIX=/opt/pt DESTDIR="$T/inst" >/dev/null 2>&1
[ -x "$T/inst/opt/pt/bin/ptcpdump" ] && [ -f "$T/inst/opt/pt/share/man/man8/ptcpdump.8" ] &&
	"$T/inst/opt/pt/bin/ptcpdump" --version >/dev/null
check "make install PREFIX DESTDIR" $?

# pcapng with process info: with the ptcpdump parts taken out, the text is tcpdump's
strip() {
	sed -E -e 's/^(( *[0-9]+  )?[0-9:.]+ )eth0 ([^ ]+\.[0-9]+ )?(In|Out) /\1/' \
		-e 's/, ParentProc \[[^]]*\](, Container \[[^]]*\])?(, Pod \[[^]]*\])?$//' \
		-e '/^    (Process|ParentProc|Container|Pod|Thread|User) \(/d'
}
for flags in "" "-v" "-e" "-X" "-vv -x" "-A" "-q" "-#"; do
	# shellcheck disable=SC2086
	tcpdump -n -r $U $flags >"$T/exp" 2>/dev/null
	# shellcheck disable=SC2086
	$BIN -n -r $U $flags 2>/dev/null | strip >"$T/got"
	same "upstream pcapng minus process parts = tcpdump [$flags]" "$T/exp" "$T/got"
done

# the option table: --help, man, completions, tcpdump-compatible flags
./tests/cli/t-options.sh
