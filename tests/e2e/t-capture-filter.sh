#!/bin/bash
# The pcap filter runs in the kernel and matches exactly what tcpdump
# matches: frames from a generated pcap are sent into a veth, each
# expression of filter-exprs.txt is captured (-Q in) by its own instance
# (several at once), and the count is compared with `tcpdump -r FILE EXPR`.
# "matched in kernel" == captured proves user space got no other packets.
. "$(dirname "$0")/lib-capture.sh"
D=$(dirname "$0")

netns_up || { ko "capture-filter: netns setup"; exit 0; }
$PY "$D/gen-filter.py" "$T/gen.pcap" >/dev/null 2>&1 || { ko "capture-filter: gen-filter.py"; exit 0; }
# packets, not lines (some packets print several lines)
npk() { tcpdump -r "$1" -n -tt "${@:2}" 2>/dev/null | grep -Ec '^[0-9]+\.[0-9]+ '; }
total=$(npk "$T/gen.pcap")
nvlan=$(npk "$T/gen.pcap.vlan")
mapfile -t exprs <"$D/filter-exprs.txt"
bad=0
i=0
while [ $i -lt ${#exprs[@]} ]; do
	batch=()
	pids=()
	for j in $(seq 0 11); do
		k=$((i + j))
		[ $k -lt ${#exprs[@]} ] || break
		batch+=("$k")
		# odd ones: the single-copy dynptr path (when the kernel has it)
		PTCPDUMP_DYNPTR=$((k % 2)) PTCPDUMP_STATS=1 cap "f$k" -w "$T/f$k.pcap" --print --netns "/run/netns/$NSA" -i "$VA" -Q in -B 1024 -n "${exprs[$k]}" ||
			{ ko "capture-filter: start '${exprs[$k]}'" "$(head -2 "$T/f$k.err")"; bad=1; }
		pids+=("$CAP_PID")
	done
	ip netns exec "$NSB" $PY "$D/send-pcap.py" "$T/gen.pcap" "$VB" || ko "capture-filter: send"
	sleep 0.5
	for p in "${pids[@]}"; do stop "$p"; done
	for k in "${batch[@]}"; do
		e=${exprs[$k]}
		want=$(npk "$T/gen.pcap" "$e")
		got=$(grep -Ec '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]+ ' "$T/f$k.out")
		inf=$(npk "$T/f$k.pcap")
		cap_n=$(stat_of "$T/f$k.err" captured)
		recv=$(stat_of "$T/f$k.err" "received by filter")
		kern=$(sed -n 's/^\([0-9]*\) packets matched in kernel$/\1/p' "$T/f$k.err")
		tcpdump -r "$T/gen.pcap" -n -t "$e" >"$T/want$k.txt" 2>/dev/null
		tcpdump -r "$T/f$k.pcap" -n -t >"$T/got$k.txt" 2>/dev/null
		# VLAN-tagged frames are filtered in user space (their tag is not in
		# the data the kernel filter reads); a filter that loops runs there too
		vwant=$(npk "$T/gen.pcap.vlan" "$e")
		if grep -q 'filter runs in user space' "$T/f$k.err"; then
			kwant=$((total - nvlan))
		else
			kwant=$((want - vwant))
		fi
		if cmp -s "$T/want$k.txt" "$T/got$k.txt" && [ "$got" = "$want" ] && [ "$cap_n" = "$want" ] &&
			[ "$kern" = "$kwant" ] && [ "$inf" = "$want" ] && [ "$recv" = "$total" ]; then
			ok "capture-filter: $e ($want)"
		else
			ko "capture-filter: $e" "tcpdump $want, printed $got, file $inf, captured $cap_n, kernel $kern/$kwant, received $recv/$total"
		fi
	done
	i=$((i + ${#batch[@]}))
done

# the printed text is what the same decoder prints for the file (-r)
for k in 0 1 4; do
	"$BIN" -r "$T/f$k.pcap" -n -t >"$T/want.txt" 2>/dev/null
	sed -E 's/^[0-9:.]+ [^ ]+ In //' "$T/f$k.out" >"$T/got.txt"
	cmp -s "$T/want.txt" "$T/got.txt"
	check "capture-filter: printed text = ptcpdump -r of the file (${exprs[$k]})" $? \
		"$(diff "$T/want.txt" "$T/got.txt" | head -3 | tr '\n' ' ' | cut -c1-300)"
done
exit 0
