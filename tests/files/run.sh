#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Capture file suite: reading, writing and damaged files, checked against
# tcpdump 4.99 and tshark. Prints one PASS/FAIL/SKIP line per check.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0 LC_ALL=C.UTF-8
PT=${PTCPDUMP:-build/ptcpdump}
DATA=build/testdata
MIXED=$DATA/sample-mixed.pcap
UPC=$DATA/sample-upstream-comments.pcapng
T=$(mktemp -d /tmp/ptcpdump-files.XXXXXX)
trap 'rm -rf "$T"' EXIT

pass() { echo "PASS files: $*"; }
fail() { echo "FAIL files: $*"; }
skip() { echo "SKIP files: $*"; }
# check NAME CMD...: PASS when CMD succeeds
check() {
	local name=$1
	shift
	if "$@"; then pass "$name"; else fail "$name"; fi
}
same() { # same FILE1 FILE2: equal and not empty
	[ -s "$1" ] && cmp -s "$1" "$2" || { diff "$1" "$2" 2>&1 | head -5 | sed 's/^/    /' >&2; return 1; }
}

if [ ! -x "$PT" ]; then
	fail "$PT not built"
	exit 1
fi
have_tshark=1
command -v tshark >/dev/null || have_tshark=0
TS() { tshark "$@" 2>/dev/null; }

/usr/bin/python3 tests/files/mkfiles.py "$T/in" || { fail "mkfiles.py"; exit 1; }
/usr/bin/python3 tests/data/mksamples.py "$DATA" || { fail "tests/data/mksamples.py"; exit 1; }

# ---- reading: every good file reads the same bytes and ns timestamps as tcpdump ----
for f in "$T"/in/good-*; do
	b=$(basename "$f")
	"$PT" -r "$f" -w "$T/$b.out.pcapng" 2>/dev/null
	tcpdump --nano -n -xx -r "$f" >"$T/$b.td" 2>/dev/null
	tcpdump --nano -n -xx -r "$T/$b.out.pcapng" >"$T/$b.pt" 2>/dev/null
	if [ ! -s "$T/$b.td" ]; then
		# files with no packets: both must read as empty
		check "$b: read (no packets)" [ ! -s "$T/$b.pt" -a -s "$T/$b.out.pcapng" ]
		continue
	fi
	check "$b: packets and ns timestamps equal tcpdump's (via pcapng)" same "$T/$b.td" "$T/$b.pt"
	case $b in *.pcap)
		"$PT" -r "$f" -w "$T/$b.out.pcap" 2>/dev/null
		tcpdump --nano -n -xx -r "$T/$b.out.pcap" >"$T/$b.pt2" 2>/dev/null
		check "$b: same via pcap" same "$T/$b.td" "$T/$b.pt2"
		tcpdump -r "$f" 2>&1 >/dev/null | head -1 >"$T/$b.lt1"
		"$PT" -r "$f" 2>&1 >/dev/null | head -1 >"$T/$b.lt2"
		check "$b: link-type line like tcpdump's" same "$T/$b.lt1" "$T/$b.lt2" ;;
	esac
done

# files tcpdump cannot read whole (byte order changing between sections): tshark decides
f=$T/in/ours-mixed-blocks.pcapng
if [ $have_tshark = 1 ] && [ -e "$f" ]; then
	"$PT" -r "$f" -w "$T/mb.pcapng" 2>/dev/null
	# (tshark 4.0 names interfaces of later sections after the first section's,
	# and shows no time for SPBs: those fields are left out)
	flds=(-T fields -e frame.len -e frame.cap_len -e frame.packet_flags_direction
		-e frame.comment -e eth.src -e eth.dst -e eth.type)
	TS -r "$f" "${flds[@]}" >"$T/mb.ts1"
	TS -r "$T/mb.pcapng" "${flds[@]}" >"$T/mb.ts2"
	check "sections in both byte orders, SPB/OPB/DSB, unknown blocks: same as tshark" \
		same "$T/mb.ts1" "$T/mb.ts2"
	tcpdump --nano -n -xx -r "$f" 2>/dev/null | head -10 >"$T/mb.td1"
	tcpdump --nano -n -xx -r "$T/mb.pcapng" 2>/dev/null | head -10 >"$T/mb.td2"
	check "first section of the mixed file: bytes and times equal tcpdump's" same "$T/mb.td1" "$T/mb.td2"
	"$PT" -n -r "$f" >"$T/mb.txt" 2>/dev/null
	check "second section (big-endian) read: 4 packets, be0 outbound" \
		sh -c "[ \$(wc -l <'$T/mb.txt') -eq 4 ] && grep -q ' be0 Out ARP' '$T/mb.txt'"
fi

# ---- pcap -> pcapng -> pcap keeps every byte and ns timestamp ----
"$PT" -r "$MIXED" -w "$T/m.pcapng" 2>/dev/null
"$PT" -r "$T/m.pcapng" -w "$T/m2.pcap" 2>/dev/null
"$PT" -r "$MIXED" -w "$T/m3.pcap" 2>/dev/null
tcpdump --nano -n -xx -r "$MIXED" >"$T/m.td" 2>/dev/null
tcpdump --nano -n -xx -r "$T/m2.pcap" >"$T/m2.td" 2>/dev/null
check "pcap -> pcapng -> pcap: every byte and ns timestamp" same "$T/m.td" "$T/m2.td"
check "pcap -> pcap: byte-identical file" cmp -s "$MIXED" "$T/m3.pcap"
if [ $have_tshark = 1 ]; then
	TS -r "$MIXED" -T fields -e frame.time_epoch -e frame.len >"$T/m.ts1"
	TS -r "$T/m.pcapng" -T fields -e frame.time_epoch -e frame.len >"$T/m.ts2"
	check "tshark reads our pcapng: same times and lengths" same "$T/m.ts1" "$T/m.ts2"
fi

# ---- upstream's comments survive our writer; tshark sees them ----
"$PT" -r "$UPC" -w "$T/u.pcapng" 2>/dev/null
if [ $have_tshark = 1 ]; then
	flds=(-T fields -e frame.time_epoch -e frame.len -e frame.interface_name
		-e frame.packet_flags_direction -e frame.comment)
	TS -r "$UPC" "${flds[@]}" >"$T/u.ts1"
	TS -r "$T/u.pcapng" "${flds[@]}" >"$T/u.ts2"
	check "tshark: our comments, interface names, directions equal upstream's" \
		same "$T/u.ts1" "$T/u.ts2"
	check "tshark: comment shows process block" grep -q 'PID: 31337\\nCmd: /usr/bin/curl' "$T/u.ts2"
	check "tshark: interface name and outbound flag" grep -q "$(printf 'eth0\t0x00000002')" "$T/u.ts2"
	capinfos "$T/u.pcapng" >"$T/u.cap" 2>/dev/null
	check "SHB: application, OS, hardware" grep -q "Capture application: ptcpdump " "$T/u.cap"
	check "SHB: os linux, hardware $(uname -m)" \
		sh -c "grep -q 'Capture oper-sys: *linux' '$T/u.cap' && grep -q 'Capture hardware: *$(uname -m)' '$T/u.cap'"
	check "IDB: if_tsresol 9" grep -q "Time resolution = 0x09" "$T/u.cap"
	"$PT" -r "$MIXED" -w "$T/f.pcapng" tcp port 80 2>/dev/null
	capinfos "$T/f.pcapng" >"$T/f.cap" 2>/dev/null
	check "IDB: if_filter is the expression" grep -q "tcp port 80" "$T/f.cap"
	"$PT" -r "$UPC" -w - 2>/dev/null | TS -r - -T fields -e frame.comment >"$T/u.ts4"
	cut -f5 "$T/u.ts1" >"$T/u.ts5"
	check "tshark reads the stream of -w -" same "$T/u.ts5" "$T/u.ts4"
else
	skip "tshark checks: tshark not installed"
fi

# ---- process lines from upstream's comments ----
"$PT" -n -r "$UPC" >"$T/u.txt" 2>/dev/null
l1=$(sed -n 1p "$T/u.txt")
check "process line: curl prefix" sh -c "echo '$l1' | grep -q '^22:13:20.001000 eth0 curl.31337 Out IP 10.44.0.1.40001 > 10.44.0.2.80: '"
check "process line: parent suffix" sh -c "echo '$l1' | grep -q ', ParentProc \[bash.31300\]\$'"
check "process line: python3 with parent bash" \
	grep -q 'eth0 python3[.0-9]*\.27001 Out IP .*, ParentProc \[bash\.31300\]$' "$T/u.txt"
check "process line: container and pod" \
	grep -q 'eth0 busybox\.19090 Out IP .*, ParentProc \[busybox\.19000\], Container \[api\], Pod \[cart\.staging\]$' "$T/u.txt"
check "process line: packet without process" grep -q '^22:13:20.020700 eth0 Out ARP' "$T/u.txt"
check "23 packets" [ "$(wc -l <"$T/u.txt")" -eq 23 ]
check "comments round trip through our writer: same lines" \
	sh -c "'$PT' -n -r '$T/u.pcapng' 2>/dev/null | cmp -s - '$T/u.txt'"

# ---- -w - to a pipe, -r - from a pipe ----
tcpdump -n -r "$MIXED" >"$T/p.td" 2>/dev/null
"$PT" -r "$MIXED" -w - 2>/dev/null | tcpdump -n -r - >"$T/p.pt" 2>/dev/null
check "ptcpdump -r x -w - | tcpdump -n -r - equals tcpdump -n -r x" same "$T/p.td" "$T/p.pt"
"$PT" -r "$MIXED" -w - 2>/dev/null | "$PT" -r - -w "$T/p2.pcap" 2>/dev/null
tcpdump --nano -n -xx -r "$T/p2.pcap" >"$T/p2.td" 2>/dev/null
check "ptcpdump -w - | ptcpdump -r - keeps every byte" same "$T/m.td" "$T/p2.td"
"$PT" -n -r "$MIXED" >"$T/s1" 2>/dev/null
"$PT" -n -r - <"$MIXED" >"$T/s2" 2>/dev/null
check "-r - from stdin equals -r file" same "$T/s1" "$T/s2"
# a slow writer: packets come out while the pipe is still open
( cat "$T/in/good-le-us.pcap"; sleep 2 ) | timeout 10 "$PT" -l -n -r - >"$T/slow" 2>/dev/null &
sleep 1
check "-r - prints packets before the pipe closes" [ "$(wc -l <"$T/slow")" -eq 5 ]
wait
# -w - | head: the writer sees the closed pipe and stops with an error, no hang
timeout 20 sh -c "'$PT' -r '$MIXED' -w - 2>'$T/epipe' | head -c 1000 >/dev/null"
check "-w - into a closed pipe ends (non-zero, no hang)" [ $? -ne 124 ]
if [ -w /dev/full ]; then
	"$PT" -r "$MIXED" -w /dev/full 2>"$T/full"
	st=$?
	check "-w /dev/full: exit 1 and an error" sh -c "[ $st -eq 1 ] && grep -q 'No space left on device' '$T/full'"
fi

# ---- damaged files: tcpdump's packets first, then its one-line error, exit 1 ----
norm() { sed -e 's/^p\?tcpdump: //' -e 's/^pcap_loop: //' "$1" | grep -v '^reading from file'; }
for f in "$T"/in/bad-*; do
	b=$(basename "$f")
	tcpdump -n -r "$f" >"$T/$b.td" 2>"$T/$b.tde"
	"$PT" -r "$f" -w - 2>"$T/$b.pte" | tcpdump -n -r - >"$T/$b.pt" 2>/dev/null
	"$PT" -n -r "$f" >"$T/$b.txt" 2>/dev/null
	st=$?
	norm "$T/$b.tde" >"$T/$b.tdn"
	norm "$T/$b.pte" >"$T/$b.ptn"
	ok=1
	cmp -s "$T/$b.td" "$T/$b.pt" || { ok=0; echo "    packets differ" >&2; }
	cmp -s "$T/$b.tdn" "$T/$b.ptn" || { ok=0; echo "    tcpdump: $(cat "$T/$b.tdn")  ptcpdump: $(cat "$T/$b.ptn")" >&2; }
	[ "$(wc -l <"$T/$b.ptn")" -eq 1 ] || ok=0
	# the good packets are printed before the error
	[ "$(wc -l <"$T/$b.txt")" -eq "$(wc -l <"$T/$b.td")" ] || { ok=0; echo "    printed $(wc -l <"$T/$b.txt") lines" >&2; }
	case $b in *.pcap) cmp -s "$T/$b.txt" "$T/$b.td" || { ok=0; echo "    text differs" >&2; } ;; esac
	[ $st -eq 1 ] || { ok=0; echo "    exit status $st" >&2; }
	if [ $ok = 1 ]; then
		pass "$b: $(head -c 60 "$T/$b.ptn") ($(wc -l <"$T/$b.td") packets first)"
	else
		fail "$b"
	fi
done
# -C (and -W) rotate a file read with -r as tcpdump does: the same files, byte for byte
mkdir -p "$T/rot"
for args in "-C 1" "-C 2 -W 3"; do
	rm -f "$T/rot"/*
	# shellcheck disable=SC2086
	tcpdump -Z root -r "$T/in/rot-big.pcap" $args -w "$T/rot/td.pcap" 2>/dev/null
	# shellcheck disable=SC2086
	"$PT" -r "$T/in/rot-big.pcap" $args -w "$T/rot/pt.pcap" 2>/dev/null
	ok=1 n=0
	for f in "$T"/rot/td.pcap*; do
		[ -e "$f" ] || { ok=0; break; }
		n=$((n + 1))
		cmp -s "$f" "$T/rot/pt${f##*/td}" || ok=0
	done
	[ "$(ls "$T"/rot/pt.pcap* | wc -l)" -eq "$n" ] || ok=0
	check "-r -w $args: the same $n files as tcpdump's" [ $ok = 1 -a $n -gt 2 ]
done
# open errors read like tcpdump's
for args in "-r $T" "-r $T/nonexistent.pcap" "-r $T/in/good-le-us.pcap -w $T/no/dir/x.pcap"; do
	# shellcheck disable=SC2086
	tcpdump -n $args >/dev/null 2>"$T/oe.td"
	# shellcheck disable=SC2086
	"$PT" -n $args >/dev/null 2>"$T/oe.pt"
	st=$?
	norm "$T/oe.td" >"$T/oe.tdn"
	norm "$T/oe.pt" >"$T/oe.ptn"
	check "open error like tcpdump: ${args//$T/T}: $(sed "s|$T|T|g" "$T/oe.ptn")" \
		sh -c "[ $st -eq 1 ] && cmp -s '$T/oe.tdn' '$T/oe.ptn'"
done
# bounded memory on lying lengths
for b in bad-ng-len-huge.pcapng bad-caplen-huge.pcap bad-ng-len-past-eof.pcapng; do
	/usr/bin/time -o "$T/rss" -f %M "$PT" -n -r "$T/in/$b" >/dev/null 2>&1
	rss=$(tail -1 "$T/rss")
	check "$b: max RSS ${rss} KiB < 64 MiB" [ "${rss:-999999}" -lt 65536 ]
done
exit 0
