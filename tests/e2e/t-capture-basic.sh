#!/bin/bash
# Live capture on a veth in another netns: every packet tcpdump sees, with
# the same bytes, interface names, directions, the process, the counts.
. "$(dirname "$0")/lib-capture.sh"
NSA_PATH=/run/netns/$NSA

netns_up || { ko "capture-basic: netns setup"; exit 0; }
http_up 300000 || { ko "capture-basic: http server"; exit 0; }

ip netns exec "$NSA" tcpdump -i "$VA" -n -U --immediate-mode -w "$T/td.pcap" 2>"$T/td.err" &
TD=$!
PIDS="$PIDS $TD"
cap print --netns "/run/netns/$NSA" -i "$VA" -n || { ko "capture-basic: start" "$(cat "$T/print.err")"; exit 0; }
P1=$CAP_PID
PTCPDUMP_DYNPTR=1 cap write --netns "/run/netns/$NSA" -i "$VA" -w "$T/our.pcapng" || { ko "capture-basic: start -w" "$(cat "$T/write.err")"; exit 0; }
P2=$CAP_PID
# (-w and deep: the single-copy dynptr path; print: the scratch path)
# reads far into GSO packets: past the linear data, the filter's slow path
DEEP='tcp and tcp[3000:2] >= 0 and tcp[20000:1] >= 0'
PTCPDUMP_DYNPTR=1 cap deep --netns "$NSA_PATH" -i "$VA" -w "$T/deep.pcap" "$DEEP" || { ko "capture-basic: start deep" "$(cat "$T/deep.err")"; exit 0; }
P3=$CAP_PID
for i in $(seq 1 50); do grep -q listening "$T/td.err" && break; sleep 0.1; done

ip netns exec "$NSA" curl -s -o /dev/null "http://$IPB:8080/index.html" &
CURL1=$!
wait $CURL1
ip netns exec "$NSA" curl -s -o /dev/null "http://$IPB:8080/blob" &
CURL2=$!
wait $CURL2
sleep 0.5
stop "$P1"
stop "$P2"
stop "$P3"
kill -INT "$TD"; wait "$TD" 2>/dev/null

n_td=$(tcpdump -r "$T/td.pcap" -n 2>/dev/null | wc -l)
n_out=$(wc -l <"$T/print.out")
n_cap=$(stat_of "$T/print.err" captured)
n_recv=$(stat_of "$T/print.err" "received by filter")
n_drop=$(stat_of "$T/print.err" "dropped by kernel")
[ "$n_td" -gt 10 ] && [ "$n_out" -eq "$n_td" ] && [ "$n_cap" = "$n_out" ]
check "capture-basic: as many packets as tcpdump" $? "tcpdump $n_td, printed $n_out, captured $n_cap"
[ "$n_recv" = "$n_cap" ] && [ "$n_drop" = 0 ]
check "capture-basic: kernel counts (received $n_recv, dropped $n_drop)" $?

# the same bytes: tcpdump's text of both files, timestamps cut, sorted
tcpdump -r "$T/td.pcap" -n -S -t 2>/dev/null | sort >"$T/td.txt"
tcpdump -r "$T/our.pcapng" -n -S -t 2>/dev/null | sort >"$T/our.txt"
cmp -s "$T/td.txt" "$T/our.txt"
check "capture-basic: -w file has tcpdump's packets" $? "$(diff "$T/td.txt" "$T/our.txt" | head -4 | tr '\n' ' ' | cut -c1-300)"
big=$(tcpdump -r "$T/our.pcapng" -n 2>/dev/null | awk '{for(i=1;i<=NF;i++) if($i=="length"){l=$(i+1)+0; if(l>m)m=l}} END{print m+0}')
[ "$big" -gt 1500 ] || ip netns exec "$NSA" ethtool -k "$VA" 2>/dev/null | grep -q 'tcp-segmentation-offload: off'
check "capture-basic: GSO super-packets kept whole (largest $big)" $?

n_dw=$(tcpdump -r "$T/td.pcap" -n "$DEEP" 2>/dev/null | wc -l)
n_dg=$(tcpdump -r "$T/deep.pcap" -n 2>/dev/null | wc -l)
[ "$n_dw" -gt 0 ] && [ "$n_dw" = "$n_dg" ]
check "capture-basic: filter reading past the linear data ($n_dg of $n_dw)" $?
ino=$(stat -L -c %i "/run/netns/$NSA")
bad=$(grep -vc " $VA@$ino " "$T/print.out")
check "capture-basic: interface name $VA@netns" "$bad" "$bad lines without it"
outs=$(grep -c " Out IP $IPA\." "$T/print.out")
ins=$(grep -c " In IP $IPB\." "$T/print.out")
wrong=$(grep -Ec " Out IP $IPB\.| In IP $IPA\." "$T/print.out")
[ "$outs" -gt 0 ] && [ "$ins" -gt 0 ] && [ "$wrong" -eq 0 ]
check "capture-basic: directions (out $outs, in $ins, wrong $wrong)" $?
if grep -q " curl\.$CURL1 Out " "$T/print.out" && grep -q " curl\.$CURL2 Out " "$T/print.out"; then
	ok "capture-basic: curl's pid on its packets"
else
	ko "capture-basic: curl's pid on its packets" "curl $CURL1/$CURL2: $(grep -m2 Out "$T/print.out" | cut -c1-120 | tr '\n' '|')"
fi

# pcapng: interface name and direction as tshark reads them
tshark -r "$T/our.pcapng" -T fields -e frame.interface_name -e frame.packet_flags_direction \
	-e ip.src 2>/dev/null | sort | uniq -c >"$T/tshark.txt"
grep -Eq "^ *[0-9]+ $VA	0x0*2	$IPA\$|^ *[0-9]+ $VA	2	$IPA\$" "$T/tshark.txt" &&
	grep -Eq "^ *[0-9]+ $VA	0x0*1	$IPB\$|^ *[0-9]+ $VA	1	$IPB\$" "$T/tshark.txt"
check "capture-basic: tshark reads names and directions" $? "$(tr '\n\t' '| ' <"$T/tshark.txt")"
tshark -r "$T/our.pcapng" -T fields -e frame.comment 2>/dev/null | grep -q "PID: $CURL2\\\\nCmd: [^ ]*curl\\\\nArgs: curl -s -o /dev/null http://$IPB:8080/blob"
check "capture-basic: process comments in the pcapng (tshark)" $? "$(tshark -r "$T/our.pcapng" -T fields -e frame.comment 2>/dev/null | grep -m1 PID)"
"$BIN" -r "$T/our.pcapng" -n >"$T/reread.out" 2>/dev/null
n_rr=$(wc -l <"$T/reread.out")
[ "$n_rr" -eq "$n_td" ] && grep -q " $VA .*Out IP $IPA\." "$T/reread.out" &&
	grep -q " $VA curl\.$CURL2 Out IP $IPA\." "$T/reread.out"
check "capture-basic: ptcpdump -r reads it back ($n_rr)" $?
exit 0
