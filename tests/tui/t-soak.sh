#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Live soak of the sanitizer build: ptcpdump-top -i lo in tmux for about a
# minute while a loop starts a few hundred short-lived curl processes against
# a local http.server and keys are pressed (movement, grouping, filter edits,
# drill-down, help). The program must stay alive with no ASan/UBSan report.
# Root only. Prints PASS/FAIL/SKIP lines.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup soak
TOP=${PTOP_SAN_TOP:-$ROOT/build-san/ptcpdump-top}
SOAK_SECS=${SOAK_SECS:-55}
SOAK_MIN_PROCS=${SOAK_MIN_PROCS:-220}
PORT=$((20000 + $$ % 20000))

if [ "$(id -u)" != 0 ]; then
	skip "soak: needs root"; exit 0
fi
if [ ! -x "$TOP" ] && ! make -s SAN=1 build-san/ptcpdump-top >"$W/build.log" 2>&1; then
	fail "soak: build the sanitizer ptcpdump-top"; tail -5 "$W/build.log"; exit 0
fi
command -v tmux >/dev/null || { skip "soak: tmux is not installed"; exit 0; }
command -v curl >/dev/null || { skip "soak: curl is not installed"; exit 0; }

mkdir -p "$W/www"
echo hello >"$W/www/index.html"
/usr/bin/python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$W/www" >/dev/null 2>&1 &
bg="$bg $!"
for i in $(seq 1 50); do
	curl -s -m 1 -o /dev/null "http://127.0.0.1:$PORT/" && break
	sleep 0.1
done

# reports go to files: the screen belongs to curses
ASAN_OPTIONS="abort_on_error=1:log_path=$W/asan"
UBSAN_OPTIONS="abort_on_error=1:print_stacktrace=1:log_path=$W/ubsan"
start soak 120 40
run_top soak -i lo
if ! wait_for soak 'LIVE' 20; then
	fail "soak: starts"; screen soak | head -5; exit 0
fi
pid=$(top_pid soak)

# each request is a new process (a new process context in the model)
(
	n=0
	end=$((SECONDS + SOAK_SECS))
	while [ $SECONDS -lt $end ]; do
		curl -s -m 2 -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null
		n=$((n + 1))
		echo "$n" >"$W/count"
		sleep 0.05
	done
) &
loop=$!
bg="$bg $loop"

ks=(j j k PgDn PgUp Home End t t t BTab j j Enter Escape BTab Enter Tab Tab Right Left
	/ C-u 'tcp port' ' '"$PORT" Enter / C-a C-k 'pname curl' Enter / C-u Enter
	d BTab Enter d Escape '?' j q s GET Enter n N z z Space U C-l p p Tab G)
k=0
end=$((SECONDS + SOAK_SECS))
alive=1
while [ $SECONDS -lt $end ]; do
	T send-keys -t soak "${ks[k]}"
	k=$(( (k + 1) % ${#ks[@]} ))
	sleep 0.4
	if ! kill -0 "$pid" 2>/dev/null; then
		alive=0
		break
	fi
done
wait "$loop" 2>/dev/null
procs=$(cat "$W/count" 2>/dev/null || echo 0)
check "soak: $procs curl processes started (at least $SOAK_MIN_PROCS)" test "$procs" -ge "$SOAK_MIN_PROCS"
check "soak: ptcpdump-top stays alive for ${SOAK_SECS}s of churn and keys" test "$alive" = 1
reports=$(cat "$W"/asan* "$W"/ubsan* 2>/dev/null)
if [ -z "$reports" ]; then
	pass "soak: no sanitizer report"
else
	fail "soak: no sanitizer report"
	printf '%s\n' "$reports" | grep -E 'ERROR|runtime error|#[0-9] ' | head -15 | sed 's/^/    | /'
fi
if [ "$alive" = 1 ]; then
	keys soak Escape Escape Escape
	keys soak q
	check "soak: quits cleanly (exit 0)" wait_for soak '^EXIT=0' 10
fi
exit 0
