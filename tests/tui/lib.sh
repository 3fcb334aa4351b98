# SPDX-License-Identifier: GPL-2.0
# Helpers of the ptcpdump-top tests (sourced): PASS/FAIL lines, a private tmux
# server, waiting for and comparing screens.
# The sourcing script calls tui_setup NAME, which sets W (its scratch directory)
# and SOCK (tmux socket name).

TUI_DIR=${TUI_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}

pass() { echo "PASS tui: $*"; }
fail() { echo "FAIL tui: $*"; }
skip() { echo "SKIP tui: $*"; }
check() { # check "what" command...
	local what=$1; shift
	if "$@"; then
		pass "$what"
	else
		fail "$what"
		# TUI_DEBUG=1: show the screen of the failing step
		[ -n "${TUI_DEBUG:-}" ] && [ -n "${CUR:-}" ] && screen "$CUR" | sed 's/^/    | /'
	fi
}

T() { tmux -L "$SOCK" "$@"; }

# tui_setup NAME: what every test script starts with (after cd to the tree's
# root): ROOT, TOP (PTOP_TOP overrides), TZ, the scratch directory W, the tmux
# socket SOCK, and an EXIT trap that kills the pids listed in $bg, deletes the
# network namespaces listed in $netns, stops the tmux server and removes W.
tui_setup() {
	ROOT=$PWD
	TOP=${PTOP_TOP:-$ROOT/build/ptcpdump-top}
	export TZ=GMT0
	W=$(mktemp -d "/tmp/ptop-$1.XXXXXX")
	SOCK=ptop-$1-$$
	bg=
	netns=
	trap tui_cleanup EXIT
}
tui_cleanup() {
	local p
	for p in $bg; do kill "$p" 2>/dev/null; done
	[ -n "$bg" ] && wait $bg 2>/dev/null
	T kill-server 2>/dev/null
	for p in $netns; do ip netns del "$p" 2>/dev/null; done
	sleep 0.2
	rm -rf "$W" 2>/dev/null || { sleep 1; rm -rf "$W"; }
}
# start NAME COLS ROWS: an interactive shell with a known prompt
start() {
	CUR=$1
	T kill-session -t "$1" 2>/dev/null
	T new-session -d -s "$1" -x "$2" -y "$3" "env -i PATH=$PATH HOME=$W ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} ${UBSAN_OPTIONS:+UBSAN_OPTIONS=$UBSAN_OPTIONS} TERM=screen-256color LANG=${LANGV:-C.UTF-8} TZ=GMT0 ${EXTRA_ENV:-} PS1='PROMPT\$ ' bash --norc --noprofile"
	T set-option -t "$1" status off 2>/dev/null
	wait_for "$1" 'PROMPT\$' 15 >/dev/null
}
screen() { T capture-pane -p -t "$1"; }
# wait_for NAME REGEX [SECONDS]: 0 when the screen matches
wait_for() {
	local i n=$(( ${3:-8} * 10 ))
	for ((i = 0; i < n; i++)); do
		if screen "$1" | grep -qE -- "$2"; then return 0; fi
		sleep 0.1
	done
	return 1
}
keys() { T send-keys -t "$@"; sleep 0.3; }
alt_on() { T display -p -t "$1" '#{alternate_on}'; }
run_top() { # run_top NAME ARGS...: type the command into the shell
	local n=$1; shift
	T send-keys -t "$n" "$TOP $* ; echo EXIT=\$?" Enter
}
# the pid of the program running in session NAME (child of the pane's shell)
top_pid() {
	pgrep -P "$(T display -p -t "$1" '#{pane_pid}')" -x ptcpdump-top | head -1
}

# ---- saved screens (as tig's test suite): capture-pane compared to a file ----
# The parts that change from run to run (memory, paths; for live screens also
# the clock, rates and pids: MASK_LIVE) are masked the same way in the
# capture and in the file.
MASK_LIVE='s/[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}/HH:MM:SS.UUUUUU/g; s/\| [0-9]+ p\/s [0-9.]+[BKMG]?\/s \|/| R p\/s R\/s |/'
# mask_screen: stdin -> stdout
mask_screen() {
	sed -E \
		-e 's/mem [0-9.]+[BKMG]?/mem M/' -e 's/spool [0-9.]+[BKMG]?\/[0-9.]+[BKMG]?/spool S\/S/' \
		-e "s#${W}#\$W#g" \
		-e 's/ +$//'
}
# screen_is NAME EXPECTED-FILE [SED-SCRIPT]: the masked screen equals the file
# (SED-SCRIPT: extra masks for this screen). UPDATE_SCREENS=1 writes the file.
screen_is() {
	local name=$1 exp=$TUI_DIR/screens/$2 extra=${3:-}
	local got
	got=$(screen "$name" | mask_screen | sed -E "${extra:-s/^//}")
	if [ -n "${UPDATE_SCREENS:-}" ]; then
		# write it once the screen has settled (the same for a second)
		local again i
		for i in $(seq 1 20); do
			sleep 1
			again=$(screen "$name" | mask_screen | sed -E "${extra:-s/^//}")
			[ "$again" = "$got" ] && break
			got=$again
		done
		printf '%s\n' "$got" >"$exp"
		return 0
	fi
	if [ ! -f "$exp" ]; then
		echo "    missing $exp" >&2
		return 1
	fi
	if ! diff -u "$exp" <(printf '%s\n' "$got") >"$W/screen.diff"; then
		sed 's/^/    | /' "$W/screen.diff" | head -40
		return 1
	fi
	return 0
}
# wait_screen NAME EXPECTED-FILE [SED-SCRIPT] [SECONDS]: until screen_is holds
wait_screen() {
	local i n=$(( ${4:-5} * 5 ))
	for ((i = 0; i < n; i++)); do
		if screen_is "$1" "$2" "${3:-}" >/dev/null 2>&1; then return 0; fi
		sleep 0.2
	done
	screen_is "$1" "$2" "${3:-}"
}
