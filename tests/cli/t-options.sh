#!/bin/bash
# The option table (src/core/optab.def): --help, the man pages and the
# completions agree with it; bad values; tcpdump's -d/-dd/-ddd, -L, -J, -V,
# -T against the installed tcpdump; --oneline, --utc-time, --context.
set -u
cd "$(dirname "$0")/../.."
export TZ=GMT0
BIN=${BIN:-build/ptcpdump}
TOP=${TOP:-build/ptcpdump-top}
OPTGEN=${OPTGEN:-build/optgen}
BUILD=$(dirname "$BIN")
T=$(mktemp -d /tmp/ptcpdump-opts.XXXXXX)
trap 'rm -rf "$T"' EXIT

ok() { echo "PASS $1"; }
ko() { echo "FAIL $1${2:+: $2}"; }
check() { # name, status, detail
	if [ "$2" -eq 0 ]; then ok "$1"; else ko "$1" "${3:-}"; fi
}
same() { # name, expected file, got file
	if cmp -s "$2" "$3"; then ok "$1"; else
		ko "$1" "differs at: $(diff "$2" "$3" | head -4 | tr '\n' ' ' | cut -c1-240)"
	fi
}

# ---- test captures ---------------------------------------------------------
# a.pcap: TCP, UDP, ICMP, ARP on Ethernet; p.pcapng: the same with upstream
# ptcpdump's process comments (every block) on the first three packets
/usr/bin/python3 - "$T" <<'PY' || { ko "options: make test captures"; exit 0; }
import struct, sys
from scapy.all import Ether, IP, TCP, UDP, ICMP, ARP, Raw, DNS, DNSQR, wrpcap
d = sys.argv[1]
pk = [
    Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.9.0.1', dst='10.9.0.2') /
    TCP(sport=40000, dport=80, flags='S', seq=1000),
    Ether(src='02:00:00:00:00:02', dst='02:00:00:00:00:01') / IP(src='10.9.0.2', dst='10.9.0.1') /
    TCP(sport=80, dport=40000, flags='SA', seq=5000, ack=1001),
    Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.9.0.1', dst='10.9.0.2') /
    TCP(sport=40000, dport=80, flags='PA', seq=1001, ack=5001) / Raw(b'GET / HTTP/1.1\r\n\r\n'),
    Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.9.0.1', dst='10.9.0.3') /
    UDP(sport=5353, dport=53) / DNS(id=7, rd=1, qd=DNSQR(qname='example.com')),
    Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.9.0.1', dst='10.9.0.2') /
    ICMP(id=1, seq=1),
    Ether(src='02:00:00:00:00:01', dst='ff:ff:ff:ff:ff:ff') / ARP(psrc='10.9.0.1', pdst='10.9.0.9'),
]
for i, p in enumerate(pk):
    p.time = 1700000000 + i * 0.25
wrpcap(d + '/a.pcap', pk)
wrpcap(d + '/b.pcap', pk[::-1])

def blk(t, body):
    body += b'\0' * ((4 - len(body) % 4) % 4)
    n = 12 + len(body)
    return struct.pack('<II', t, n) + body + struct.pack('<I', n)
def opt(code, val):
    return struct.pack('<HH', code, len(val)) + val + b'\0' * ((4 - len(val) % 4) % 4)
ctx = [b'PID: 4242\nCmd: /usr/bin/curl\nArgs: curl http://10.9.0.2/',
       b'ThreadId: 4243\nThreadName: worker',
       b'UserId: 1000',
       b'ParentPID: 4200\nParentCmd: /usr/bin/bash\nParentArgs: bash',
       b'ContainerName: web\nContainerId: abc123\nContainerImage: busybox:latest\nContainerLabels: {}',
       b'PodName: shop\nPodNamespace: prod\nPodUID: u-1\nPodLabels: {}\nPodAnnotations: {}']
out = blk(0x0A0D0D0A, struct.pack('<IHHq', 0x1A2B3C4D, 1, 0, -1))
out += blk(1, struct.pack('<HHI', 1, 0, 262144) + opt(2, b'eth0') + opt(0, b''))
for i, p in enumerate(pk):
    raw = bytes(p)
    ts = int(p.time * 1000000)
    o = b''
    if i < 3:
        o = b''.join(opt(1, c) for c in ctx)
    o += opt(2, struct.pack('<I', 2 if i != 1 else 1)) + opt(0, b'')
    body = struct.pack('<IIIII', 0, ts >> 32, ts & 0xffffffff, len(raw), len(raw))
    body += raw + b'\0' * ((4 - len(raw) % 4) % 4) + o
    out += blk(6, body)
open(d + '/p.pcapng', 'wb').write(out)
PY
A=$T/a.pcap
P=$T/p.pcapng

# ---- the table and what is made from it ---------------------------------------
# "prog -x" and "prog --long" for every option, from the table itself
/usr/bin/python3 - src/core/optab.def >"$T/table" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
for m in re.finditer(r'^OPT\((\w+),\s*(\'.\'|0),\s*("[^"]*"|NULL),[^\n]*\n?\s*[^\n]*?(CLI \| TOP|CLI|TOP),',
                     src, re.M):
    _, sh, lng, progs = m.groups()
    for p in (['ptcpdump'] if 'CLI' in progs else []) + (['ptcpdump-top'] if 'TOP' in progs else []):
        if sh != '0':
            print(p, '-' + sh[1])
        if lng != 'NULL':
            print(p, '--' + lng.strip('"'))
PY
n=$(wc -l <"$T/table")
[ "$n" -gt 80 ]; check "options: table read ($n option names)" $? "$(head -3 "$T/table")"
for p in ptcpdump ptcpdump-top; do
	[ -z "$(awk -v p=$p '$1 == p { print $2 }' "$T/table" | sort | uniq -d)" ]
	check "options: $p: each letter and long name once in the table" $?
done

"$BIN" --help >"$T/help.ptcpdump" 2>&1
"$TOP" --help >"$T/help.ptcpdump-top" 2>&1
miss=
while read -r p o; do
	grep -qE -- "(^| )$(printf '%s' "$o" | sed 's/[#]/\\&/')([ ,]|$)" "$T/help.$p" || miss="$miss $p:$o"
done <"$T/table"
[ -z "$miss" ]; check "options: --help lists every option of the table" $? "missing:$miss"
n=$(grep -cE '^  (-.|    --)' "$T/help.ptcpdump")
[ "$n" -eq "$(grep -c '^ptcpdump ' "$T/table" | tr -d ' ')" ] || [ "$n" -gt 0 ]
check "options: ptcpdump --help has an entry per option ($n)" $?

# man: regenerating from the table changes nothing
for p in ptcpdump ptcpdump-top; do
	cp "man/$p.8" "$T/$p.8"
	"$OPTGEN" man "$p" "$T/$p.8" 2>"$T/gen.err"
	same "options: man/$p.8 OPTIONS is what the table makes (make man changes nothing)" \
		"man/$p.8" "$T/$p.8"
	man -l "man/$p.8" 2>/dev/null | col -b >"$T/man.$p"
	miss=
	while read -r q o; do
		[ "$q" = "$p" ] || continue
		grep -qE -- "(^| )$(printf '%s' "$o" | sed 's/[#]/\\&/')([ ,=]|$)" "$T/man.$p" || miss="$miss $o"
	done <"$T/table"
	[ -z "$miss" ]; check "options: man $p shows every option of the table" $? "missing:$miss"
done

# completions: made at build time from the table, every option offered
for p in ptcpdump ptcpdump-top; do
	f=$BUILD/completion/$p
	bash -n "$f" 2>/dev/null
	check "options: bash completion for $p parses" $?
	words=$(bash -c "source '$f'; COMP_WORDS=($p -); COMP_CWORD=1; _${p//-/_}; printf '%s\n' \"\${COMPREPLY[@]}\"" 2>/dev/null)
	miss=
	while read -r q o; do
		[ "$q" = "$p" ] || continue
		printf '%s\n' "$words" | grep -qxF -- "$o" || miss="$miss $o"
	done <"$T/table"
	[ -z "$miss" ]; check "options: bash completion of $p offers every option" $? "missing:$miss"
	z=$BUILD/completion/_$p
	miss=
	while read -r q o; do
		[ "$q" = "$p" ] || continue
		grep -qF -- "'*$o" "$z" || miss="$miss $o"
	done <"$T/table"
	head -1 "$z" | grep -qx "#compdef $p" && [ -z "$miss" ]
	check "options: zsh completion of $p offers every option" $? "missing:$miss"
	if command -v zsh >/dev/null; then
		zsh -n "$z"; check "options: zsh completion for $p parses" $?
	fi
done
make -s install PREFIX=/usr DESTDIR="$T/inst" >/dev/null 2>&1
for f in bash-completion/completions/ptcpdump bash-completion/completions/ptcpdump-top \
	zsh/site-functions/_ptcpdump zsh/site-functions/_ptcpdump-top; do
	cmp -s "$T/inst/usr/share/$f" "$BUILD/completion/${f##*/}" || { f="missing $f"; break; }
done
case "$f" in missing*) false ;; *) true ;; esac
check "options: make install installs the bash and zsh completions" $? "$f"
w=$(bash -c "source '$BUILD/completion/ptcpdump'; COMP_WORDS=(ptcpdump --context p); COMP_CWORD=2; _ptcpdump; echo \"\${COMPREPLY[*]}\"")
[ "$w" = "process parentproc pod" ]; check "options: bash completes --context values" $? "$w"

# ---- bad values: one line naming the flag and the value, exit 1 ----------------
mkdir "$T/dir"
bad() { # prog, flag as written, value, [more args]
	local prog=$1 flag=$2 val=$3
	shift 3
	"$prog" "$flag" "$val" "$@" >"$T/bad.out" 2>"$T/bad.err" </dev/null
	local rc=$?
	[ $rc -eq 1 ] && [ "$(wc -l <"$T/bad.err")" -eq 1 ] && [ ! -s "$T/bad.out" ] &&
		grep -qF -- "$flag" "$T/bad.err" && grep -qF -- "'$val'" "$T/bad.err" &&
		grep -q "^$(basename "$prog"): " "$T/bad.err"
	check "options: bad value $(basename "$prog") $flag '$val'" $? "rc $rc: $(head -2 "$T/bad.err")"
}
bad "$BIN" --pid abc
bad "$BIN" --pid 1,x
bad "$BIN" -c -1
bad "$BIN" -c 0
bad "$BIN" --receive-count 12x
bad "$BIN" --context bogus
bad "$BIN" --context process,bogus
bad "$BIN" -T nosuch
bad "$BIN" -F /nonexistent/filter
bad "$BIN" -F "$T/dir"
bad "$BIN" --expression-file /nonexistent/filter
bad "$BIN" -V /nonexistent/list
bad "$BIN" -s 300000
bad "$BIN" -Q sideways
bad "$BIN" -C 0
bad "$BIN" --file-size 5q
bad "$BIN" -W x
bad "$BIN" -G -5
bad "$BIN" -B 0
bad "$BIN" -y NOSUCHDLT
bad "$BIN" -j bogus
bad "$BIN" -j adapter
bad "$BIN" --log-level loud
bad "$BIN" --time-stamp-precision pico
bad "$BIN" -E nocolon
bad "$BIN" -E 'x@10.0.0.1 des-cbc:secret'
bad "$BIN" -E 'aes999:k'
bad "$BIN" --delay-before-handle-packet-events 5x
bad "$BIN" --event-chan-size -1
bad "$BIN" -Z no-such-user-here -r "$A"
bad "$TOP" --pid abc
bad "$TOP" --spool-size 0
bad "$TOP" -Q sideways
: >"$T/empty.list"
bad "$BIN" -V "$T/empty.list"
for a in "-I" "-f -r $A" "-V $A -r $A" "-tttttt -r $A" "--nosuch" "-c" "--print=1" \
	"--embed-keylog-to-pcapng -i lo" "--embed-keylog-to-pcapng -r $A" "-E file $T/no-such-secrets -r $A" \
	"-E 1@10.0.0.1 nosuch-cbc:0x00 -r $A" "-E 1@10.0.0.1 des-cbc:0xzz -r $A"; do
	# shellcheck disable=SC2086
	"$BIN" $a >"$T/bad.out" 2>"$T/bad.err"; rc=$?
	[ $rc -eq 1 ] && [ "$(wc -l <"$T/bad.err")" -eq 1 ] && [ ! -s "$T/bad.out" ]
	check "options: error [$a]: one line, exit 1" $? "rc $rc: $(head -2 "$T/bad.err")"
done

# ---- accepted forms ----------------------------------------------------------
echo "0x1234@10.0.0.2 aes128-cbc-hmac96:0x0102030405060708090a0b0c0d0e0f10" >"$T/esp-secrets"
for a in "--pid 1,2 --pid 3" "--context process,pod --context user" "-c 1" "-T rtp" "-T RTP" \
	"-M secret" "-E 1@10.0.0.1\ des-cbc:0x0123456789abcdef" "-E file\ $T/esp-secrets" "-H" "-N" "-O" \
	"-j host" "--event-chan-size 20" "--delay-before-handle-packet-events 1m30s" \
	"--exec-events-worker-number 50" "--log-level debug" "-p" "--immediate-mode"; do
	eval "set -- $a"
	"$BIN" -n -r "$A" "$@" >"$T/acc.out" 2>"$T/acc.err"; rc=$?
	[ $rc -eq 0 ] && [ -s "$T/acc.out" ]
	check "options: accepted [$a]" $? "rc $rc: $(head -2 "$T/acc.err")"
done

# upstream's long names mean what tcpdump's letters mean
for pair in "-v|--verbose" "-q|--quiet" "-n|--no-convert-addr" "-x|--print-data-in-hex" \
	"-xx|--print-data-in-hex --print-data-in-hex" "-X|--print-data-in-hex-ascii" \
	"-A|--print-data-in-ascii" "-tt|--print-timestamp --print-timestamp" "-#|--number" \
	"-S|--absolute-tcp-sequence-numbers" "-c 2|--receive-count 2" "-F $T/f|--expression-file $T/f"; do
	echo udp >"$T/f"
	# shellcheck disable=SC2086
	"$BIN" -n -r "$A" ${pair%%|*} >"$T/s.out" 2>/dev/null
	# shellcheck disable=SC2086
	"$BIN" -n -r "$A" ${pair#*|} >"$T/l.out" 2>/dev/null
	[ -s "$T/s.out" ] && cmp -s "$T/s.out" "$T/l.out"
	check "options: ${pair#*|} = ${pair%%|*}" $?
done

"$BIN" --version >"$T/v.out" 2>&1; rc=$?
[ $rc -eq 0 ] && sed -n 1p "$T/v.out" | grep -q '^ptcpdump version [0-9]' &&
	sed -n 2p "$T/v.out" | grep -qF "$(tcpdump --version 2>&1 | grep '^libpcap version')" &&
	sed -n 3p "$T/v.out" | grep -q '^libbpf version [0-9]'
check "options: --version: ptcpdump, libpcap (tcpdump's line), libbpf" $? "$(tr '\n' '|' <"$T/v.out")"

# ---- against tcpdump ---------------------------------------------------------------
for e in "" "tcp port 80" "udp or icmp" "ip host 10.9.0.2 and not arp" "ether proto 0x0806"; do
	for d in -d -dd -ddd "-d -O"; do
		# shellcheck disable=SC2086
		tcpdump $d -r "$A" $e >"$T/exp" 2>&1
		# shellcheck disable=SC2086
		"$BIN" $d -r "$A" $e >"$T/got" 2>&1
		same "options: $d -r file [$e] = tcpdump" "$T/exp" "$T/got"
		# shellcheck disable=SC2086
		tcpdump $d -i lo $e >"$T/exp" 2>&1
		# shellcheck disable=SC2086
		"$BIN" $d -i lo $e >"$T/got" 2>&1
		same "options: $d -i lo [$e] = tcpdump" "$T/exp" "$T/got"
	done
done
tcpdump -d tcp >"$T/exp" 2>&1
"$BIN" -d tcp >"$T/got" 2>&1
same "options: -d without -i or -r = tcpdump (assuming Ethernet)" "$T/exp" "$T/got"
tcpdump -d -y RAW tcp >"$T/exp" 2>&1
"$BIN" -d -y RAW tcp >"$T/got" 2>&1
same "options: -d -y RAW = tcpdump" "$T/exp" "$T/got"
"$BIN" -d -r "$A" 'tcp porrt 80' >"$T/got" 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'syntax error' "$T/err"
check "options: -d with a bad filter: error, exit 1" $? "rc $rc"

tcpdump -L -i lo >"$T/exp" 2>&1
"$BIN" -L -i lo >"$T/got" 2>&1
same "options: -L -i lo = tcpdump" "$T/exp" "$T/got"
tcpdump -J -i lo >"$T/exp" 2>&1
"$BIN" -J -i lo >"$T/got" 2>&1
head -1 "$T/got" | cmp -s - <(head -1 "$T/exp") && [ "$(wc -l <"$T/got")" -eq 2 ] &&
	grep -qxF "$(sed -n 2p "$T/got")" "$T/exp"
check "options: -J -i lo: tcpdump's header, host time stamps" $? "$(tr '\n' '|' <"$T/got")"
"$BIN" --list-time-stamp-types -i lo >"$T/got2" 2>&1
same "options: --list-time-stamp-types = -J" "$T/got" "$T/got2"
"$BIN" -L -i nosuch0 >"$T/got" 2>&1; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l <"$T/got")" -eq 1 ]
check "options: -L on a missing interface: one line, exit 1" $? "$(cat "$T/got")"

# -i N: the N-th interface of -D, in both programs
n=$("$BIN" -D 2>/dev/null | sed -n 's/^\([0-9]*\)\.lo .*/\1/p')
"$BIN" -L -i "$n" >"$T/got" 2>&1
head -1 "$T/got" | grep -qx 'Data link types for lo (use option -y to set):'
check "options: -L -i $n is lo, the $n. of -D" $? "$(head -1 "$T/got")"
for p in "$BIN" "$TOP"; do
	"$p" -i 999 >"$T/got" 2>&1 </dev/null; rc=$?
	[ $rc -eq 1 ] && [ "$(wc -l <"$T/got")" -eq 1 ] && grep -q 'Invalid adapter index 999' "$T/got"
	check "options: $(basename "$p") -i 999: one line, exit 1" $? "rc $rc: $(cat "$T/got")"
done

# -T: the same types are accepted and refused as by tcpdump
for t in aodv carp cnfp domain lmp pgm pgm_zmtp1 ptp radius resp rpc rtcp rtp snmp someip tftp \
	vat vxlan wb zmtp1 RTP Vxlan nosuch quic "" ; do
	tcpdump -T "$t" -n -r "$A" >/dev/null 2>&1; e=$?
	"$BIN" -T "$t" -n -r "$A" >/dev/null 2>&1; g=$?
	[ $e -eq $g ]; check "options: -T '$t' as tcpdump (exit $e)" $? "ptcpdump exit $g"
done

# -V: a list of files, one output (numbers go on, -c per file)
printf '%s\n%s\n%s\n' "$A" "$T/b.pcap" "$A" >"$T/list"
for a in "" "-#" "-c 2 -#" "--count" "-ttt" "tcp"; do
	# shellcheck disable=SC2086
	tcpdump -Z root -n -V "$T/list" $a >"$T/exp" 2>&1
	# shellcheck disable=SC2086
	"$BIN" -n -V "$T/list" $a >"$T/got" 2>&1
	same "options: -V list [$a] = tcpdump" "$T/exp" "$T/got"
done
"$BIN" -V "$T/list" -w "$T/v.pcap" 2>/dev/null
[ "$(tcpdump -r "$T/v.pcap" 2>/dev/null | wc -l)" -eq 18 ]
check "options: -V list -w writes every file's packets" $?

# ---- --oneline, --utc-time, --context -------------------------------------------------
join() { # tcpdump-style lines -> one line per packet, parts joined with ", "
	/usr/bin/python3 -c '
import re, sys
out = []
for l in sys.stdin.read().split("\n"):
    if re.match(r"^\d\d:\d\d:\d\d\.\d+ ", l) or not out:
        out.append([l.strip()])
    elif l.strip():
        out[-1].append(l.strip())
print("\n".join(", ".join(p) for p in out if p != [""]))'
}
for f in "$A" "$P"; do
	for v in -v -vv; do
		"$BIN" -n $v -r "$f" 2>/dev/null | join >"$T/exp"
		"$BIN" -n $v --oneline -r "$f" >"$T/got" 2>/dev/null
		same "options: --oneline $v $(basename "$f"): one line per packet, parts joined" \
			"$T/exp" "$T/got"
	done
done
[ "$("$BIN" -n -vv --oneline -r "$P" 2>/dev/null | wc -l)" -eq 6 ]
check "options: --oneline -vv: six packets, six lines" $?
"$BIN" -n -r "$A" >"$T/exp" 2>/dev/null
"$BIN" -n --oneline -r "$A" >"$T/got" 2>/dev/null
same "options: --oneline without -v changes nothing" "$T/exp" "$T/got"
"$BIN" -n -v -X --oneline -r "$A" -c 3 >"$T/got" 2>/dev/null
grep -q '^	0x0000:' "$T/got" && [ "$(grep -vc '^	0x' "$T/got")" -eq 3 ]
check "options: --oneline -v -X: the hex dump stays below its line" $?

for fl in "" "-tttt"; do
	# shellcheck disable=SC2086
	TZ=UTC tcpdump -n $fl -r "$A" >"$T/exp" 2>/dev/null
	# shellcheck disable=SC2086
	TZ=Asia/Tokyo "$BIN" -n $fl --utc-time -r "$A" >"$T/got" 2>/dev/null
	same "options: --utc-time $fl (TZ=Asia/Tokyo) = tcpdump in UTC" "$T/exp" "$T/got"
	# shellcheck disable=SC2086
	TZ=Asia/Tokyo tcpdump -n $fl -r "$A" >"$T/exp" 2>/dev/null
	# shellcheck disable=SC2086
	TZ=Asia/Tokyo "$BIN" -n $fl -r "$A" >"$T/got" 2>/dev/null
	same "options: without --utc-time $fl: local time, as tcpdump" "$T/exp" "$T/got"
done

"$BIN" -n -r "$P" -c 1 >"$T/all" 2>/dev/null
grep -q ' curl.4242 Out .*, Thread \[worker.4243\], ParentProc \[bash.4200\], Container \[web\], Pod \[shop.prod\]$' "$T/all"
check "options: default context: every block" $? "$(cat "$T/all")"
ctx() { # name, --context value, grep that must match, grep that must not
	"$BIN" -n -r "$P" -c 1 $2 >"$T/ctx" 2>/dev/null
	grep -qE -- "$3" "$T/ctx" && ! grep -qE -- "$4" "$T/ctx"
	check "options: $1" $? "$(cat "$T/ctx")"
}
ctx "--context process: no parent, container, pod" "--context process" \
	' curl.4242 Out IP .* length 0$' 'ParentProc|Container|Pod|Thread'
ctx "--context parentproc,pod: no process name" "--context parentproc,pod" \
	' eth0 Out IP .*, ParentProc \[bash.4200\], Pod \[shop.prod\]$' 'curl|Container|Thread'
ctx "--context container --context thread (repeated)" "--context container --context thread" \
	'Out IP .*, Thread \[worker.4243\], Container \[web\]$' 'curl|ParentProc|Pod'
ctx "-v --context process,user: Process and User lines only" "-v --context process,user" \
	'^    User \(uid 1000\)$' 'ParentProc|Container|Pod|Thread'
"$BIN" -r "$P" -w "$T/c.pcapng" --context process,pod 2>/dev/null
tshark -r "$T/c.pcapng" -c 1 -T fields -e frame.comment >"$T/cm" 2>/dev/null
grep -q 'PID: 4242' "$T/cm" && grep -q 'PodName: shop' "$T/cm" && ! grep -qE 'ThreadId|UserId|ParentPID|ContainerName' "$T/cm"
check "options: -w --context process,pod writes those blocks only" $? "$(cat "$T/cm")"
"$BIN" -r "$P" -w "$T/d.pcapng" 2>/dev/null
tshark -r "$T/d.pcapng" -c 1 -T fields -e frame.comment >"$T/cm" 2>/dev/null
for k in PID ThreadId UserId ParentPID ContainerName PodName; do grep -q "$k: " "$T/cm" || k=; [ -n "$k" ] || break; done
[ -n "$k" ]; check "options: -w without --context writes every block" $? "$(cat "$T/cm")"

# -N: host names without their domain, as tcpdump (names from a private /etc/hosts)
if command -v unshare >/dev/null; then
	printf '10.9.0.1 client.example.test\n10.9.0.2 web.example.test\n10.9.0.3 dns.example.test\n10.9.0.9 nine.example.test\n' >"$T/hosts"
	for N in "" "-N"; do
		unshare -m sh -c "mount --bind '$T/hosts' /etc/hosts && tcpdump -Z root $N -r '$A' >'$T/exp' 2>/dev/null &&
			timeout 60 '$BIN' $N -r '$A' >'$T/got' 2>/dev/null"
		grep -q 'client' "$T/exp"; check "options: names from /etc/hosts [$N] (tcpdump)" $?
		same "options: host names [$N] = tcpdump" "$T/exp" "$T/got"
	done
fi

# -Z: the output file is opened as the user
if id nobody >/dev/null 2>&1; then
	chmod 0755 "$T"
	mkdir -m 0777 "$T/z"
	"$BIN" -r "$A" -Z nobody -w "$T/z/out.pcap" 2>/dev/null
	[ "$(stat -c %U "$T/z/out.pcap" 2>/dev/null)" = nobody ]
	check "options: -Z nobody: the -w file belongs to nobody" $? "$(stat -c %U "$T/z/out.pcap" 2>&1)"
fi
exit 0
