#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# ptcpdump-top screens compared with saved ones (tests/tui/screens/*.screen),
# as tig's test suite does: a generated capture (tests/tui/gen.py), keys sent
# with tmux, capture-pane masked and compared. UPDATE_SCREENS=1 rewrites the
# files (check them before committing). Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup scr

[ -x "$TOP" ] || { fail "screens: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "screens: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen.py "$W" >"$W/gen.log" 2>&1; then
	fail "screens: generate captures"; tail -3 "$W/gen.log"; exit 0
fi
P=$W/procs.pcapng
# the decode and hex panes are left out where a screen is about the rest
TOP15='16,$d'

start a 80 24
run_top a -r "$P"
if wait_for a '\| FILE \|' 10; then
	check "process column: the name is cut, never the pid (python3~.27001)" \
		wait_screen a procs-80x24.screen "$TOP15"
	# d changes an open drill-down: python3.11 with its worker, then alone
	keys a BTab Home Down
	keys a Enter
	check "drill-down: python3.11 and its worker (pid 27001+)" \
		wait_screen a drill-desc.screen "$TOP15"
	keys a d
	check "drill-down: d leaves the worker out (pid 27001)" \
		wait_screen a drill-nodesc.screen "$TOP15"
	keys a d
	check "drill-down: d again brings it back" wait_screen a drill-desc.screen "$TOP15"
	keys a Escape
	# a libpcap error points at the word; the cursor stays at the end
	keys a / C-u 'tcp port 80 and hots 1.2.3.4' Enter
	check "filter: libpcap's error points at the word it names (column 17)" \
		wait_screen a filter-error.screen '3,23d'
	T capture-pane -e -p -t a | sed -n 2p >"$W/l2.ansi"
	check "filter: the word is highlighted" \
		grep -qE $'and (\e\\[[0-9;]*m)+hots\e\\[' "$W/l2.ansi"
	keys a C-u
	check "filter: C-u after an error clears the whole line" wait_screen a filter-cleared.screen '3,24d'
	keys a Escape
	# history: the first Up goes to the filter before the one in use
	keys a / C-u udp Enter
	keys a / C-u 'tcp port 8000' Enter
	keys a / Up
	check "filter history: the first Up is the previous filter, not the current one" \
		wait_screen a filter-history.screen '3,24d'
	keys a Escape / C-u Enter
	# help: wrapped, nothing cut at 80x24, every page
	keys a '?'
	check "help at 80x24: page 1, lines wrapped" wait_screen a help-1.screen
	keys a PgDn
	check "help at 80x24: page 2" wait_screen a help-2.screen
	keys a End
	check "help at 80x24: End shows the last page" wait_screen a help-end.screen
	keys a q
	keys a q
	check "quit" wait_for a '^EXIT=0' 5
else
	fail "screens: procs.pcapng loads"; screen a | head -3
fi

# 40 columns: rows are cut at the edge, never wrapped into the next one
start n 40 24
run_top n -r "$P"
if wait_for n '10/10 pkts' 10; then
	check "40 columns: no row spills into the next" wait_screen n narrow-40.screen "$TOP15"
	keys n C-l
	check "40 columns: the same after C-l" wait_screen n narrow-40.screen "$TOP15"
	keys n q
else
	fail "40 columns: loads"
fi

# the process pane: sort column (< > F6 I), fold (+ -), the view filter's counts
start o 80 24
run_top o -r "$P"
if wait_for o '10/10 pkts' 10; then
	keys o BTab
	keys o '>' '>'
	check "procs: > > sorts by PKTS, largest first (curl before python3.11), header PKTSv" \
		wait_screen o procs-sort-pkts.screen "$TOP15"
	keys o I
	check "procs: I inverts (python3.11 before curl, PKTS^)" \
		wait_screen o procs-sort-pkts-asc.screen "$TOP15"
	keys o F6 F6 F6
	check "procs: F6 goes round to PID, ascending" wait_screen o procs-80x24.screen "$TOP15"
	keys o Home -
	check "procs: - folds bash: one marked row with its subtree's counts" \
		wait_screen o procs-folded.screen "$TOP15"
	keys o +
	check "procs: + unfolds it" wait_screen o procs-80x24.screen "$TOP15"
	keys o / C-u 'pname curl' Enter
	check "procs: with the filter pname curl only curl (under bash) and its packets" \
		wait_screen o procs-filter.screen "$TOP15"
	keys o / C-u Enter
	keys o x
	check "procs: x hides exited processes (message)" wait_for o 'exited processes hidden' 3
	keys o q
	check "procs: quit" wait_for o '^EXIT=0' 5
else
	fail "procs: loads"
fi

# the sparkline: a minute of packet time, 5 s a cell, scaled to the largest cell
start h 100 24
run_top h -r "$W/hist.pcapng"
if wait_for h '90/90 pkts' 10; then
	check "procs: LAST 60s sparkline, curl ramping up, python3.11 one burst in the second cell" \
		wait_screen h procs-spark.screen '7,$d'
	keys h q
else
	fail "sparkline: hist.pcapng loads"
fi

# zoomed process pane at 200 columns: the header is not cut
start z 200 20
run_top z -r "$P"
if wait_for z '\| FILE' 10; then
	keys z BTab z
	check "zoomed process pane at 200 columns: full header" wait_screen z zoom-200.screen '11,$d'
	keys z q
else
	fail "zoom: loads"
fi

# the key bar comes from the key map: rebound keys show, a request no key reaches goes
printf 'bind q search\nbind x write\nbind p quit\n' >"$W/keys"
EXTRA_ENV="PTOP_KEYS=$W/keys" start k 80 24
run_top k -r "$P"
if wait_for k '10/10 pkts' 10; then
	check "key bar: the keys of the key map (q search, x write, p quit, no pause key)" \
		wait_screen k keybar-rebound.screen '1,23d'
	keys k p
	check "key bar: p quits" wait_for k '^EXIT=0' 5
else
	fail "key bar: loads"
fi

# warnings reach the screen: the socket-iterator one (forced with the proctab's test hook)
if [ "$(id -u)" = 0 ]; then
	EXTRA_ENV="PTCPDUMP_PROCTAB_DISABLE=iter,sockscan" start w 80 24
	run_top w -i lo
	if wait_for w 'LIVE' 20; then
		check "warnings: counted in the status line, shown on the message line" \
			wait_screen w warn-live.screen '2,23d; 1s/^.*(\| LIVE \| [0-9]+ warnings? \(\?\)).*$/\1/'
		keys w '?'
		check "warnings: listed at the top of the help screen" wait_screen w warn-help.screen '6,$d'
		keys w q q
		check "warnings: written to stderr again at exit" \
			wait_for w '^ptcpdump: warning: cannot run the socket iterators' 5
		check "warnings: exit 0" wait_for w '^EXIT=0' 5
	else
		fail "warnings: live capture starts"
	fi
else
	skip "warnings: live capture needs root"
fi

# help, man page and docs/tui.md name the same keys
keys_of_keymap() {
	sed -n '/^} defaults\[\] = {/,/^};/p' src/tui/keymap.c |
		grep -oE '\{ "[^"]+", REQ_[A-Z_]+, 0, [01] \}' | sed -E 's/\{ "([^"]+)".*/\1/'
}
check "the key map's defaults are found ($(keys_of_keymap | wc -l) shown keys)" \
	test "$(keys_of_keymap | wc -l)" -ge 40
dup=$(keys_of_keymap | sort | uniq -d | tr '\n' ' ')
check "no default key is bound to two requests${dup:+ (twice: $dup)}" test -z "$dup"
missing_doc="" missing_man=""
set -f	# keys such as ? and [ are not globs
for k in $(keys_of_keymap); do
	r=$(printf '%s' "$k" | sed 's/[][\\.*^$+?(){}|]/\\&/g')	# the key as a regex
	grep -qF -- "\`$k\`" docs/tui.md || grep -qE -- "(\`|/)$r(\`|/|,)" docs/tui.md ||
		missing_doc="$missing_doc $k"
	sed -n '/^\.SH KEYS/,/^\.SH VIEW/p' man/ptcpdump-top.8 | sed 's/\\-/-/g' |
		grep -qE -- "(^|[ \"/])$r([ \"/,]|$)" || missing_man="$missing_man $k"
done
set +f
check "docs/tui.md lists every default key${missing_doc:+ (missing:$missing_doc)}" test -z "$missing_doc"
check "the man page lists every default key${missing_man:+ (missing:$missing_man)}" test -z "$missing_man"
grp='pod.{1,3}container.{1,3}process'
check "help, docs and man page: the same grouping order (tree, pod, container, process, flat)" \
	bash -c "grep -qE 'tree / $grp / flat' src/tui/request.h &&
		grep -qE 'process tree / pod → container → process / flat' docs/tui.md &&
		grep -qE 'pod \\\\\\(-> container \\\\\\(-> process' man/ptcpdump-top.8"
exit 0
