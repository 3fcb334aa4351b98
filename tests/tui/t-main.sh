#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# ptcpdump-top driven in tmux (send-keys, capture-pane) on generated captures
# and the samples of tests/data, then live capture in network namespaces we create
# (root only).
# Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup test
PTCPDUMP=$ROOT/build/ptcpdump
SAMPLE=$ROOT/build/testdata/sample-upstream-comments.pcapng
/usr/bin/python3 tests/data/mksamples.py "$ROOT/build/testdata" || { echo "FAIL tui: tests/data/mksamples.py"; exit 1; }
NS=ptopt$$
netns="${NS}a ${NS}b"

if ! make -s build/ptcpdump-top >"$W/build.log" 2>&1 || [ ! -x "$TOP" ]; then
	fail "build ptcpdump-top"; tail -5 "$W/build.log"; exit 0
fi
if ! command -v tmux >/dev/null; then
	skip "tmux tests: tmux is not installed"; exit 0
fi
if ! /usr/bin/python3 tests/tui/gen.py "$W" >"$W/gen.log" 2>&1; then
	fail "generate captures"; tail -3 "$W/gen.log"; exit 0
fi

# ---- offline: the sample with processes, a container and a pod ----
start s 80 24
run_top s -r "$SAMPLE"
if ! wait_for s '23/23 pkts' 10; then
	fail "offline: sample loads (23/23 packets)"; screen s
else
	pass "offline: sample loads (23/23 packets)"
	check "a file opens at its first packet" wait_for s '^ +1 22:13:20\.001000 eth0 +Out curl\.31337 +IP 10\.44\.0\.1\.40001 > 10\.44\.0\.2'
	keys s End
	check "packet rows: number, time, iface, direction, process, tcpdump text" \
		wait_for s '^ +23 22:13:20\.020700 eth0 +Out - +ARP, Request who-has'
	check "packet rows: process of a packet" wait_for s 'busybox\.19090 +IP 10\.44\.0\.2\.80 > 10\.44'
	check "process tree: bash -> python3, curl" bash -c "tmux -L $SOCK capture-pane -p -t s |
		grep -qE '31300 bash ' && tmux -L $SOCK capture-pane -p -t s | grep -qE '27001 ├─python3\.11 python3 fetch\.py' &&
		tmux -L $SOCK capture-pane -p -t s | grep -qE '31337 └─curl -sS https://10\.44\.0\.2/api +10 +612'"
	check "process tree: busybox sh -> wget in container" wait_for s '19090 └─busybox wget .*\[api\] +8 '
	check "terminal is in the alternate screen while running" test "$(alt_on s)" = 1
	keys s t
	check "grouping t: container -> pod -> process" bash -c "tmux -L $SOCK capture-pane -p -t s |
		grep -qE '^ +pod cart\.staging +8 ' && tmux -L $SOCK capture-pane -p -t s | grep -qE '^ +container api +8 ' &&
		tmux -L $SOCK capture-pane -p -t s | grep -qE '19090 +busybox wget' &&
		tmux -L $SOCK capture-pane -p -t s | grep -qE '^ +\(host\) +14 '"
	keys s t
	check "grouping t: flat by bytes" bash -c "tmux -L $SOCK capture-pane -p -t s | sed -n 4p | grep -q '31337 curl'"
	keys s t
	check "grouping t: back to the tree" wait_for s 'NAME \[tree\]'
	# mouse (X10 sequences as a terminal sends them): click packet 3, wheel the list
	keys s Home
	T send-keys -t s -l $'\e[M +,'; T send-keys -t s -l $'\e[M#+,'; sleep 0.3
	check "mouse: a click selects the packet under it" wait_for s 'Decode: frame 3$'
	T send-keys -t s -l $'\e[Ma+,'; sleep 0.3
	check "mouse: the wheel scrolls the list" bash -c "tmux -L $SOCK capture-pane -p -t s | sed -n 10p | grep -qE '^ +4 22:13:20'"
	keys s End
	# drill-down: the process pane, curl (5th row), Enter; Esc goes back
	keys s BTab Home
	keys s Down Down Down Down
	keys s Enter
	check "drill-down: Enter on curl shows only its packets" wait_for s '10/23 pkts'
	check "drill-down: label shown" wait_for s 'Showing: pid 31337\+'
	check "drill-down: only curl rows" bash -c "! tmux -L $SOCK capture-pane -p -t s | sed -n 10,15p | grep -qv 'curl\.31337'"
	keys s Escape
	check "drill-down: Esc goes back to all packets" wait_for s '23/23 pkts'
	keys s BTab Home Down Enter
	check "drill-down: container/pod groups via busybox sh subtree (descendants)" wait_for s '8/23 pkts'
	keys s BSpace
	check "drill-down: Backspace goes back" wait_for s '23/23 pkts'
	# view filter: valid, invalid (error shown, previous kept), history
	keys s / C-u 'pname curl and tcp port 80' Enter
	check "filter: pname curl and tcp port 80" wait_for s '10/23 pkts'
	keys s / C-u 'tcp port 99999' Enter
	check "filter: invalid pcap part shows libpcap's error" wait_for s 'illegal port number 99999 > 65535'
	check "filter: invalid keeps the previous filter (count)" wait_for s '10/23 pkts'
	keys s Escape
	check "filter: invalid keeps the previous filter (text)" wait_for s '^Filter: pname curl and tcp port 80'
	keys s / C-u 'pid 31337 or (udp and pid x)' Enter
	check "filter: error points at the offending token" wait_for s "column 27: 'x' is not a process id"
	keys s Escape
	keys s / C-u Up Enter
	check "filter: history (Up recalls the last filter)" wait_for s '^Filter: pname curl and tcp port 80'
	keys s / C-a C-k 'container api or arp' Enter
	check "filter: container primitive or pcap" wait_for s '9/23 pkts'
	keys s / C-e C-w 'pod cart.staging' Enter
	check "filter: readline keys (C-e, C-w) and pod primitive" wait_for s '^Filter: container api or pod cart\.staging'
	keys s / C-u Enter
	check "filter: empty shows everything" wait_for s '23/23 pkts'
	# decode and hex panes: packet 1, the frame line highlights every byte
	keys s Home
	check "decode pane: the selected packet is decoded" wait_for s 'Decode: frame 1$'
	check "decode pane: layers from the decoder's field tree" wait_for s 'Transmission Control Protocol'
	keys s Tab Home
	check "decode pane: frame line of the selected packet" wait_for s 'Frame 1: 54 bytes on wire, 54 captured, on eth0, Out'
	check "decode pane: process lines" wait_for s 'Process: curl \(pid 31337\), args: curl -sS'
	check "hex pane: -X layout" wait_for s '^ 0x0000:  0200 0000 0002 0200 0000 0001 0800 4500  \.\.\.\.\.\.\.\.\.\.\.\.\.\.E\.'
	check "hex pane: frame line highlights bytes 0-53" wait_for s 'Hex  \[bytes 0-53\]'
	T capture-pane -e -p -t s > "$W/hex.ansi"
	check "hex pane: highlighted bytes are drawn in another colour" \
		grep -qE $'0x0000:.*\e\\[[0-9;]*m0200' "$W/hex.ansi"
	keys s Down Down Down
	if screen s | grep -qE 'Hex  \[bytes 0-13\]'; then
		pass "hex pane: a decode field highlights its own bytes (Ethernet 0-13)"
	else
		fail "hex pane: a decode field highlights its own bytes (Ethernet 0-13)"; screen s | tail -8
	fi
	keys s Right Down
	check "decode pane: Right unfolds a layer" wait_for s 'Hex  \[bytes [0-9]+-[0-9]+\]'
	# marking and saving: packets 1-3 in the list, then python3 (4 packets) in the process pane
	keys s BTab
	keys s Home Space Space Space
	check "marking: three packets marked" wait_for s 'marked 3'
	keys s BTab Home Down Down Down Space
	check "marking: a process marks all its packets" wait_for s 'marked 7'
	keys s w C-u "$W/out.pcapng" Enter
	check "write: message" wait_for s "wrote 7 packets to $W/out\.pcapng"
	if [ -s "$W/out.pcapng" ]; then
		tshark -r "$W/out.pcapng" -T fields -e frame.time_epoch -e frame.comment >"$W/out.txt" 2>/dev/null
		tshark -r "$SAMPLE" -T fields -e frame.time_epoch -e frame.comment \
			-Y 'frame.number <= 3 or (frame.number >= 11 and frame.number <= 14)' >"$W/exp.txt" 2>/dev/null
		check "write: tshark reads exactly the marked packets with their comments" cmp -s "$W/out.txt" "$W/exp.txt"
		"$PTCPDUMP" -r "$W/out.pcapng" 2>/dev/null >"$W/out.ptcpdump"
		"$PTCPDUMP" -r "$SAMPLE" 2>/dev/null | sed -n '1,3p;11,14p' >"$W/exp.ptcpdump"
		check "write: ptcpdump -r shows the same process info" cmp -s "$W/out.ptcpdump" "$W/exp.ptcpdump"
		check "write: interface name kept" bash -c "tshark -r $W/out.pcapng -T fields -e frame.interface_name 2>/dev/null | sort -u | grep -qx eth0"
	else
		fail "write: file written"
	fi
	keys s w C-u "$W/out.pcapng" Enter
	check "write: an existing file needs a second Enter" wait_for s 'out\.pcapng exists: Enter again to overwrite'
	keys s Enter
	check "write: second Enter overwrites" wait_for s "wrote 7 packets to $W/out\.pcapng"
	keys s U
	keys s w
	check "write: default name offered" wait_for s '^Write to: ptcpdump-top-[0-9]{8}-[0-9]{6}\.pcapng'
	keys s Escape
	# help, pause, search
	keys s '?'
	check "help: lists keys" wait_for s 'Up, k'
	keys s PgDn
	check "help: generated from the request table" wait_for s 'Write marked \(or all shown\) packets'
	keys s q
	check "help: any key closes" wait_for s 'NAME \[tree\]'
	keys s Tab Home s 'GET /' Enter
	check "search: selects the next match (packet 3)" wait_for s 'Decode: frame 3$'
	keys s n
	check "search: n finds the next one (packet 5)" wait_for s 'Decode: frame 5$'
	keys s N
	check "search: N goes back (packet 3)" wait_for s 'Decode: frame 3$'
	keys s p
	check "pause: status shows PAUSED" wait_for s 'PAUSED'
	keys s p
	# resize
	T resize-window -t s -x 160 -y 40 2>/dev/null || T resize-pane -t s -x 160 -y 40
	sleep 0.5
	check "resize 160x40: side-by-side layout" bash -c "tmux -L $SOCK capture-pane -p -t s | sed -n 3p | grep -q 'Processes\|PID' &&
		tmux -L $SOCK capture-pane -p -t s | sed -n 20p | grep -q '│'"
	check "resize 160x40: more rows, list on the right" wait_for s '^.{50,} +15 22:13:20\.015500'
	T resize-window -t s -x 80 -y 24 2>/dev/null || T resize-pane -t s -x 80 -y 24
	sleep 0.5
	keys s C-l
	check "resize back to 80x24: key bar on the last line" bash -c "tmux -L $SOCK capture-pane -p -t s | sed -n 24p | grep -q 'F1Help'"
	check "80x24: no line wider than the screen" bash -c "tmux -L $SOCK capture-pane -p -t s |
		/usr/bin/python3 -c 'import sys; sys.exit(max(len(l.rstrip(\"\\n\")) for l in sys.stdin) > 80)'"
	keys s q
	check "quit with q: exit status 0" wait_for s '^EXIT=0'
	check "quit with q: terminal restored (alternate screen off, prompt back)" \
		bash -c "[ \"\$(tmux -L $SOCK display -p -t s '#{alternate_on}')\" = 0 ] && tmux -L $SOCK capture-pane -p -t s | grep -q 'PROMPT\\$'"
fi

# ---- SIGTERM restores the terminal ----
start k 80 24
run_top k -r "$SAMPLE"
if wait_for k '23/23 pkts' 10; then
	# the program is the child of the pane's shell: signal exactly that pid
	shpid=$(T display -p -t k '#{pane_pid}')
	toppid=$(pgrep -P "$shpid" -x ptcpdump-top | head -1)
	[ -n "$toppid" ] && kill -TERM "$toppid"
	check "SIGTERM: program ends" wait_for k '^EXIT=143' 5
	check "SIGTERM: terminal restored (alternate screen off)" test "$(alt_on k)" = 0
	T send-keys -t k 'stty -a | grep -o " echo \| icanon " | tr -d " " | sort | tr "\n" ,; echo' Enter
	check "SIGTERM: tty modes restored (echo, icanon)" wait_for k '^echo,icanon,$'
else
	fail "SIGTERM: program starts"
fi

# ---- names of any width and with control bytes ----
start u 80 24
run_top u -r "$W/weird.pcapng"
if wait_for u '6/6 pkts' 10; then
	check "unicode: CJK process name and args" wait_for u '4242 ├─中文名 --下载 https://例子\.测试/ +2 +108'
	check "unicode: emoji process name" wait_for u '4343 ├─🚀rocket launch 🌕 +2 +108'
	check "escaping: control bytes shown escaped" wait_for u '4444 └─evil\^\[\[31mred \^Gbell\^\[\]0;title\^G \^\? +2 +108'
	T capture-pane -e -p -t u > "$W/u.ansi"
	check "escaping: no raw ESC [31m or OSC from the data" bash -c "! grep -qaF \$'\\e]0;title' $W/u.ansi && ! grep -aq \$'red\\e' $W/u.ansi"
	check "unicode: columns line up (display width)" /usr/bin/python3 - "$SOCK" <<'PY'
import subprocess, sys, unicodedata
s = subprocess.run(["tmux", "-L", sys.argv[1], "capture-pane", "-p", "-t", "u"], capture_output=True, text=True).stdout.splitlines()
def width(t):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in t)
rows = [l for l in s[4:7] if l.strip()]
# the PKTS column ends at the same display column on every process row
ends = set()
for l in rows:
    i = l.rfind(" 2 ")
    ends.add(width(l[:i + 2]))
sys.exit(0 if len(ends) == 1 and len(rows) == 3 else 1)
PY
	keys u q
else
	fail "unicode: file loads"; screen u
fi

# ---- no UTF-8 locale: ASCII glyphs; NO_COLOR: no colours ----
LANGV=C start a 80 24
run_top a -r "$SAMPLE"
if wait_for a '23/23 pkts' 15; then
	check "ASCII locale: tree glyphs fall back to ASCII" wait_for a '31337 `-curl'
	check "ASCII locale: non-ASCII escaped, never raw" bash -c "! tmux -L $SOCK capture-pane -p -t a | grep -qP '[^\\x00-\\x7f]'"
	keys a q
else
	fail "ASCII locale: starts"
fi
EXTRA_ENV=NO_COLOR=1 start c 80 24
run_top c -r "$SAMPLE"
if wait_for c '23/23 pkts' 10; then
	T capture-pane -e -p -t c > "$W/c.ansi"
	check "NO_COLOR: no colour sequences, attributes only" bash -c "! grep -aqE $'\\e\\\\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)[0-9;]*m' $W/c.ansi && grep -aq $'\\e\\\\[7m' $W/c.ansi"
	keys c q
else
	fail "NO_COLOR: starts"
fi

# ---- the store: a file is read again, every packet stays reachable ----
start m 100 30
run_top m -r "$W/many.pcap"
if wait_for m 'FILE' 20; then
	check "store: no packet of a file is evicted" bash -c "! tmux -L $SOCK capture-pane -p -t m | grep -q evicted"
	check "store: a file needs no spool" bash -c "! tmux -L $SOCK capture-pane -p -t m | grep -q 'spool '"
	keys m End
	check "store: the newest packet is there" wait_for m '^ +20000 '
	keys m Home
	check "store: the first packet is there too" wait_for m '^ +1 [0-9]{2}:'
	keys m q
else
	fail "store: file loads"; screen m
fi

# -r -: packets from a pipe (read once: they go to the spool), keys from the terminal
start m 100 30
T send-keys -t m "cat $W/many.pcap | $TOP -r - ; echo EXIT=\$?" Enter
if wait_for m 'FILE' 20; then
	check "-r -: every packet of the pipe is stored" wait_for m '\| 20000/20000 pkts \|'
	check "-r -: the packets are in a spool" wait_for m '\| spool [0-9.]+[KMG]?/[0-9.]+[KMG]? \|'
	keys m End
	check "-r -: the keys work (End shows the last packet)" wait_for m '^ +20000 '
	keys m Home
	check "-r -: the first packet is read back from the spool" wait_for m '^ +1 [0-9]{2}:'
	keys m q
	check "-r -: quits cleanly" wait_for m 'EXIT=0'
else
	fail "-r -: a pipe loads"; screen m
fi

# -r - from a writer that is not done: packets show as they come, grouped by
# the processes in their comments
start g 100 30
T send-keys -t g "/usr/bin/python3 $ROOT/tests/tui/slowpipe.py $SAMPLE 10 $W/go $W/stop | $TOP -r - ; echo EXIT=\$?" Enter
if wait_for g '\| 10/10 pkts \|' 10; then
	pass "-r - growing: the first 10 packets show while the writer waits"
	check "-r - growing: grouped by the process in their comments" wait_for g 'curl'
	screen g | grep -q 'python3' && fail "-r - growing: a packet not yet written is shown"
	touch "$W/go"
	check "-r - growing: the rest show when they come" wait_for g '\| 23/23 pkts \|'
	check "-r - growing: their processes too" wait_for g 'python3'
	keys g q
	gone=1
	for _ in $(seq 1 50); do
		screen g | grep -q 'pkts |' || { gone=0; break; }
		sleep 0.1
	done
	check "-r - growing: q quits while the writer holds the pipe open" test $gone = 0
	touch "$W/stop"
	check "-r - growing: exit status 0" wait_for g 'EXIT=0'
else
	fail "-r - growing: packets show while the writer waits"; screen g
	touch "$W/go" "$W/stop"
fi

# ---- user key bindings (tig-style "bind KEY REQUEST" lines) ----
printf '# test\nbind x quit\nbind C-s search\n' > "$W/keys"
EXTRA_ENV="PTOP_KEYS=$W/keys" start kb 80 24
run_top kb -r "$SAMPLE"
if wait_for kb '23/23 pkts' 10; then
	keys kb '?'
	check "key file: the help lists the new binding" wait_for kb 'C-s, s, F3|s, F3, C-s'
	keys kb q x
	check "key file: bind x quit" wait_for kb '^EXIT=0' 5
else
	fail "key file: starts"
fi
printf 'bind x nosuchrequest\n' > "$W/badkeys"
EXTRA_ENV="PTOP_KEYS=$W/badkeys" start kc 80 24
run_top kc -r "$SAMPLE"
check "key file: an error is shown, defaults stay" wait_for kc "badkeys:1: unknown request 'nosuchrequest'" 10
keys kc q
check "key file: defaults still work" wait_for kc '^EXIT=0' 5

# ---- capture filter on -r, bad options ----
start f 80 24
run_top f -r "$SAMPLE" arp
check "-r with a capture filter expression" wait_for f '1/1 pkts' 10
keys f q
out=$("$TOP" -r /nonexistent 2>&1 </dev/tty >/dev/tty); rc=$?
if [ -z "$out" ]; then out=$("$TOP" -r /nonexistent 2>&1); rc=$?; fi
check "missing file: one error line, exit 1" bash -c "[ $rc = 1 ] && [ \$(printf '%s\n' \"$out\" | wc -l) = 1 ]"
out=$("$TOP" -r "$SAMPLE" 'tcp port 99999' 2>&1); rc=$?
check "invalid capture filter: libpcap's error, exit 1" bash -c "[ $rc = 1 ] && printf '%s' \"$out\" | grep -q 'illegal port number'"

# ---- live ----
if [ "$(id -u)" != 0 ]; then
	skip "live: needs root"
	exit 0
fi
if ! ip netns add "${NS}a" 2>/dev/null; then
	skip "live: cannot create network namespaces"
	exit 0
fi
ip netns add "${NS}b"
ip link add "v${NS}a" type veth peer name "v${NS}b"
ip link set "v${NS}a" netns "${NS}a"
ip link set "v${NS}b" netns "${NS}b"
ip -n "${NS}a" addr add 10.202.7.1/24 dev "v${NS}a"
ip -n "${NS}b" addr add 10.202.7.2/24 dev "v${NS}b"
ip -n "${NS}a" link set "v${NS}a" up
ip -n "${NS}b" link set "v${NS}b" up
ip -n "${NS}a" link set lo up
ip -n "${NS}b" link set lo up
ip netns exec "${NS}b" /usr/bin/python3 -m http.server 8080 --bind 10.202.7.2 >/dev/null 2>&1 &
srv=$!
bg="$bg $srv"
sleep 0.5
start l 100 30
T send-keys -t l "$TOP --netns /var/run/netns/${NS}a -i v${NS}a ; echo EXIT=\$?" Enter
if ! wait_for l 'LIVE' 15; then
	fail "live: starts"; screen l
	kill $srv 2>/dev/null
	exit 0
fi
pass "live: starts"
for i in 1 2 3; do
	ip netns exec "${NS}a" curl -s -m 2 -o /dev/null http://10.202.7.2:8080/ &
	cpid=$!
	wait $cpid
done
check "live: packets appear with the process" wait_for l 'curl\.[0-9]+ +IP 10\.202\.7\.1\.[0-9]+ > 10\.202\.7\.2\.8080' 10
# a pane row: pid, curl (its arguments once its exec event is in), PKTS > 0, a rate
check "live: process pane lists curl with traffic" \
	wait_for l '^ +[0-9]+ [^0-9]*curl( [^ ].*)? +[1-9][0-9]* +[0-9.]+[KMG]? +[0-9.]+[KMG]?/s' 10
check "live: exited processes stay, marked exited" wait_for l 'curl \(exited\)' 5
# scroll away: rows stay, new packets only bump the badge (and shrink the
# scroll bar's thumb, the last column, left out here)
keys l Home
rows4() { screen l | sed -n '/No\. Time/,/Decode/p' | sed 1d | head -4 | sed -E 's/[│┃]$//'; }
before=$(rows4)
ip netns exec "${NS}a" curl -s -m 2 -o /dev/null http://10.202.7.2:8080/
sleep 1
after=$(rows4)
check "live: scrolled list stays put" test "$before" = "$after"
check "live: +N new badge" wait_for l '\+[0-9]+ new' 3
keys l End
check "live: End follows again (badge gone)" bash -c "! tmux -L $SOCK capture-pane -p -t l | grep -qE '\\+[0-9]+ new'"
# view filter with a process primitive on live packets
keys l / C-u 'pname curl and tcp port 8080' Enter
check "live: view filter pname curl keeps only curl's packets" bash -c "tmux -L $SOCK capture-pane -p -t l |
	sed -n '/No\\. Time/,/Decode/p' | sed '1d;\$d' | grep -E '^ +[0-9]+ ' | grep -vq 'curl\\.' && exit 1 || exit 0"
check "live: the status counts shown/stored" wait_for l '\| ([0-9]+)/([0-9]+) pkts'
keys l / C-u Enter
# pause: packets are stored, the view stands still; resume shows them
keys l p
check "live: pause" wait_for l 'PAUSED'
shown=$(screen l | grep -oE '[0-9]+/[0-9]+ pkts' | head -1 | cut -d/ -f1)
ip netns exec "${NS}a" curl -s -m 2 -o /dev/null http://10.202.7.2:8080/
sleep 1
check "live: while paused the view does not grow" bash -c "tmux -L $SOCK capture-pane -p -t l | grep -qE '^ *[^ ]+ \\| $shown/[0-9]+ pkts'"
keys l p
check "live: resume brings the stored packets in" bash -c "sleep 0.5; tmux -L $SOCK capture-pane -p -t l | grep -oE '[0-9]+/[0-9]+ pkts' | head -1 |
	awk -F'[/ ]' '{ exit !(\$1 == \$2 && \$1 > $shown) }'"
keys l q
check "live: quit restores the terminal" wait_for l '^EXIT=0' 5
kill $srv 2>/dev/null
wait $srv 2>/dev/null

# -- command: traced with its children (-f); its output must not reach the screen
start cm 100 30
T send-keys -t cm "$TOP --follow-forks -i lo -- sh -c 'sleep 1; printf OUT-%d 42; curl -s -m 1 http://127.0.0.1:1/; printf ERR-%d 42 >&2' ; echo EXIT=\$?" Enter
check "live -- command: the command's packets, attributed" wait_for cm 'curl\.[0-9]+ +IP 127\.0\.0\.1\.[0-9]+ > 127\.0\.0\.1\.1: Flags \[S\]' 15
check "live -- command: the capture ends with the command" wait_for cm '\| ENDED \|' 10
check "live -- command: its output does not reach the screen" bash -c "! tmux -L $SOCK capture-pane -p -t cm | grep -qE 'OUT-42|ERR-42'"
keys cm q
check "live -- command: quit" wait_for cm '^EXIT=0' 5
exit 0
