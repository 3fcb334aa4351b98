#!/bin/bash
# The packet ring's size: -B KiB as given; without -B, 8 MiB, or, when whole
# packets are kept on a link with a known speed (veth: 10 Gbit/s), 25 ms of
# its line rate (32 MiB here). Read from the map's fdinfo (max_entries of the
# ring buffer map, map_type 27) of the running capture.
. "$(dirname "$0")/lib-capture.sh"

netns_up || { ko "capture-ring: netns setup"; exit 0; }
NSP=/run/netns/$NSA

# the largest ring buffer map the process holds, in bytes
ring_of() {
	local f best=0 n
	for f in /proc/"$1"/fdinfo/*; do
		grep -q '^map_type:[[:space:]]*27$' "$f" 2>/dev/null || continue
		n=$(sed -n 's/^max_entries:[[:space:]]*//p' "$f")
		[ "${n:-0}" -gt "$best" ] && best=$n
	done
	echo "$best"
}
ring() { # name, expected bytes, ptcpdump args...
	local name=$1 want=$2 got
	shift 2
	cap "$name" "$@" -w /dev/null
	got=$(ring_of "$CAP_PID")
	stop "$CAP_PID"
	[ "$got" = "$want" ]
	check "capture-ring: $name: ring of $want bytes" $? "got $got"
}
speed=$(ip netns exec "$NSA" cat /sys/class/net/"$VA"/speed 2>/dev/null)
if [ "$speed" = 10000 ]; then
	ring "veth, whole packets" 33554432 --netns "$NSP" -i "$VA"
else
	echo "SKIP capture-ring: $VA reports speed '${speed}', not 10000"
fi
ring "veth, -s 128" 8388608 --netns "$NSP" -i "$VA" -s 128
ring "veth, -B 4096" 4194304 --netns "$NSP" -i "$VA" -B 4096
ring "lo (no link speed)" 8388608 --netns "$NSP" -i lo
