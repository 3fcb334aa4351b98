#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Copy (y): the packet's line, a decode field's value, a field's bytes in hex
# and a process reach tmux's paste buffer through OSC 52 (set-clipboard on)
# and are appended to the copy file (--copy-file, else $XDG_RUNTIME_DIR).
# The capture is tests/tui/gen.py's graph.pcapng (its first packet: other.py's
# UDP 10.202.7.3.41070 > 10.202.7.2.9, 18 bytes of payload).
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup copy

[ -x "$TOP" ] || { fail "copy: build ptcpdump-top first"; exit 0; }
command -v tmux >/dev/null || { skip "copy: tmux is not installed"; exit 0; }
if ! /usr/bin/python3 tests/tui/gen.py "$W" graph >"$W/gen.log" 2>&1; then
	fail "copy: generate the capture"; tail -3 "$W/gen.log"; exit 0
fi
# the paste buffer holds exactly the text (tmux keeps the newest on top)
buffer_is() {
	[ "$(T show-buffer 2>/dev/null)" = "$1" ] || { echo "    buffer: $(T show-buffer 2>&1)" >&2; return 1; }
}
LINE1='22:13:20.000000 IP 10.202.7.3.41070 > 10.202.7.2.9: UDP, length 18'

start a 100 30
T set-option -g set-clipboard on
T delete-buffer 2>/dev/null
run_top a --copy-file "$W/copied" -r "$W/graph.pcapng"
if wait_for a '\| FILE \|' 10; then
	keys a y
	check "copy: y in the list: the packet's line in the paste buffer" buffer_is "$LINE1"
	check "copy: the message names the copy file" \
		wait_for a "copied the packet's line \(66 bytes\) to the clipboard and $W/copied" 3
	# decode pane: the UDP layer unfolded, its first field
	keys a Tab End Up Right Down
	keys a y
	check "copy: y in the decode pane: the field's value" buffer_is 41070
	keys a Tab y
	check "copy: y in the hex pane: the field's bytes in hex" buffer_is a06e
	keys a BTab BTab BTab Home y
	check "copy: y in the process pane: pid and command line" buffer_is "27070 python3 sender.py"
	check "copy: the copy file has every copy, a line each" \
		diff <(printf '%s\n' "$LINE1" 41070 a06e "27070 python3 sender.py") "$W/copied"
	keys a q
	check "copy: quits" wait_for a 'EXIT=0' 5
else
	fail "copy: ptcpdump-top did not start"
fi

# the default copy file: $XDG_RUNTIME_DIR/ptcpdump-top.copy; a copy file that
# cannot be written is one message, the clipboard still gets the text
mkdir -p "$W/run" "$W/dir.copy"
EXTRA_ENV="XDG_RUNTIME_DIR=$W/run" start b 100 30
T set-option -g set-clipboard on
run_top b -r "$W/graph.pcapng"
if wait_for b '\| FILE \|' 10; then
	keys b y
	check "copy: default file under \$XDG_RUNTIME_DIR" \
		bash -c "[ \"\$(cat '$W/run/ptcpdump-top.copy')\" = '$LINE1' ]"
	keys b q
else
	fail "copy: ptcpdump-top did not start (default file)"
fi
start c 100 30
T set-option -g set-clipboard on
T delete-buffer 2>/dev/null
run_top c --copy-file "$W/dir.copy" -r "$W/graph.pcapng"
if wait_for c '\| FILE \|' 10; then
	keys c y
	check "copy: an unwritable copy file: one message, the clipboard still has it" \
		bash -c "tmux -L $SOCK capture-pane -p -t c | tail -1 | grep -q 'to the clipboard; .*dir.copy: Is a directory' && [ \"\$(tmux -L $SOCK show-buffer)\" = '$LINE1' ]"
	keys c q
	check "copy: still quits cleanly" wait_for c 'EXIT=0' 5
else
	fail "copy: ptcpdump-top did not start (bad file)"
fi
exit 0
