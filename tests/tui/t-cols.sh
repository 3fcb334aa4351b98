#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Packet list columns: the chooser (c, Space, [ ]), columns empty for the whole file
# hidden (a plain pcap has no interface, direction or process), Info last, and
# search matches highlighted in the rows. The capture is tests/tui/gen_stream.py's
# plain pcap: its packets are 1 ms apart, the first one (a SYN) is 54 bytes.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup cols

[ -x "$TOP" ] || { fail "columns: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "columns: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen_stream.py "$W" >"$W/gen.log" 2>&1; then
	fail "columns: generate the capture"; tail -3 "$W/gen.log"; exit 0
fi

start a 100 30
run_top a -r "$W/stream.pcap"
if wait_for a '\| FILE \|' 10; then
	keys a z
	check "columns: a plain pcap has no Iface, Dir or Process column; Info gets the rest" \
		wait_for a '^  No\. Time +Info +Packets' 5
	check "columns: the row is number, time, tcpdump text" \
		wait_for a '^ +1 22:13:20\.000000 IP 10\.1\.0\.1\.40000 > 10\.1\.0\.2\.8080: Flags \[S\]' 5
	# the chooser: Len (5th) on, Rel (3rd) on
	keys a c
	check "columns: c opens the chooser, empty columns say so" \
		wait_for a 'Process +process \(name\.pid\) +\(empty in every packet so far' 5
	keys a Down Down Space Down Down Space
	keys a Escape
	check "columns: Rel and Len on: seconds since the first packet, length on the wire" \
		wait_for a '^ +3 22:13:20\.002000 0\.002000    54 IP 10\.1\.0\.1\.40000 > ' 5
	# Len (5th) to the front
	keys a c Home Down Down Down Down '[' '[' '[' '['
	keys a Escape
	check "columns: [ moves a column left (Len first)" \
		wait_for a '^    Len +No\. Time +Rel +Info' 5
	check "columns: the rows follow the header" \
		wait_for a '^ +54 +1 22:13:20\.000000 0\.000000 IP ' 5
	keys a s 'length 7' Enter
	T capture-pane -e -p -t a >"$W/ansi"
	check "columns: search matches highlighted in the rows" \
		grep -qP '\e\[[0-9;]*43m(\e\[[0-9;]*m)*length 7' "$W/ansi"
	keys a q
	check "columns: quits" wait_for a 'EXIT=0' 5
	check "columns: the choice is kept in ~/.config/ptcpdump-top/columns, in order" \
		bash -c "grep -v '^#' '$W/.config/ptcpdump-top/columns' | head -5 | tr '\n' ' ' | grep -qx 'Len on No. on Time on Rel on Delta off '"
else
	fail "columns: ptcpdump-top did not start"
fi

# the next run starts with the kept columns; a broken file: one warning, the defaults
start b 100 30
run_top b -r "$W/stream.pcap"
if wait_for b '\| FILE \|' 10; then
	keys b z
	check "columns: the next run has the kept columns" wait_for b '^    Len +No\. Time +Rel +Info' 5
	keys b q
	wait_for b 'EXIT=0' 5 >/dev/null
else
	fail "columns: second run did not start"
fi
printf 'Len on\nBogus on\n' >"$W/.config/ptcpdump-top/columns"
start c 100 30
run_top c -r "$W/stream.pcap"
if wait_for c '\| FILE \|' 10; then
	check "columns: a broken file: one warning naming its line, on the status bar" \
		wait_for c '^ .*\| 1 warning \(\?\) \|' 5
	check "columns: the warning says which line" wait_for c 'columns:2: expected a column' 3
	keys c z
	check "columns: and the default columns" wait_for c '^  No\. Time +Info +Packets' 5
	keys c q
	check "columns: quits after a broken file" wait_for c 'EXIT=0' 5
else
	fail "columns: broken file: did not start"
fi
exit 0
