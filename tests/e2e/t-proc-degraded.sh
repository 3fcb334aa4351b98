#!/bin/bash
# A kernel without some attribution hooks (simulated with the test hook
# PTCPDUMP_PROCTAB_DISABLE): exactly one stderr line per missing feature,
# each naming what is lost, and the hooks that remain still name the
# processes once their sockets send or receive.
NAME=proc-degraded
NS=ptpd$$
NETNS=$NS
. "$(dirname "$0")/lib-proc.sh"

ip netns add "$NS" || { ko "netns setup"; 
# no socket iterators, but pidfd_getfd: the /proc scan names the listener
# that existed before start on the very first packets (SYN-ACK), silently
PTCPDUMP_PROCTAB_DISABLE=iter start_cap scan --netns "/run/netns/$NS" -i lo -n 'tcp port 8080'
ip netns exec "$NS" curl -s -m 3 -o /dev/null "http://127.0.0.1:8080/" &
C=$!
wait $C
sleep 0.5
stop_cap "$CAP_PID"
if grep -q "python3\.$SRV Out IP 127.0.0.1.8080 > .*Flags \[S\.\]" "$T/scan.out" &&
	grep -q "python3\.$SRV In IP .* > 127.0.0.1.8080: Flags \[S\]" "$T/scan.out" &&
	! grep -q warning "$T/scan.err"; then
	ok "without socket iterators the /proc scan names a pre-existing listener on its SYN"
else
	ko "/proc scan fallback" "$(grep warning "$T/scan.err" | head -1) $(cut -c1-120 "$T/scan.out" | head -4 | tr '\n' '|')"
fi
exit 0; }
ip -n "$NS" link set lo up
http_srv

PTCPDUMP_PROCTAB_DISABLE=sock_create,iter,sockscan,tcp_sendmsg_locked \
	start_cap cap --netns "/run/netns/$NS" -i lo -n 'tcp port 8080'
ip netns exec "$NS" curl -s -m 3 -o /dev/null "http://127.0.0.1:8080/" &
C=$!
wait $C
sleep 0.5
stop_cap "$CAP_PID"

n=$(grep -c 'warning' "$T/cap.err")
if [ "$n" -eq 3 ] && [ "$(grep -c 'warning.*sock_create.*: ' "$T/cap.err")" -eq 1 ] &&
	[ "$(grep -c 'warning.*iterator.*: ' "$T/cap.err")" -eq 1 ] &&
	[ "$(grep -c 'warning.*tcp_sendmsg_locked: ' "$T/cap.err")" -eq 1 ]; then
	ok "one warning line per missing feature (3)"
else
	ko "one warning line per missing feature" "$n lines: $(grep warning "$T/cap.err" | cut -c1-120 | tr '\n' '|')"
fi
# after their first receive/send the sockets are named: the server's reply
# and curl's FIN
if grep -q "python3\.$SRV Out IP 127.0.0.1.8080 > .*length [1-9]" "$T/cap.out" &&
	grep -q "curl\.$C Out IP .* > 127.0.0.1.8080: Flags \[F" "$T/cap.out"; then
	ok "remaining hooks still name client and server"
else
	ko "remaining hooks still name client and server" "$(cut -c1-120 "$T/cap.out" | head -20 | tr '\n' '|')"
fi

# no socket iterators, but pidfd_getfd: the /proc scan names the listener
# that existed before start on the very first packets (SYN-ACK), silently
PTCPDUMP_PROCTAB_DISABLE=iter start_cap scan --netns "/run/netns/$NS" -i lo -n 'tcp port 8080'
ip netns exec "$NS" curl -s -m 3 -o /dev/null "http://127.0.0.1:8080/" &
C=$!
wait $C
sleep 0.5
stop_cap "$CAP_PID"
if grep -q "python3\.$SRV Out IP 127.0.0.1.8080 > .*Flags \[S\.\]" "$T/scan.out" &&
	grep -q "python3\.$SRV In IP .* > 127.0.0.1.8080: Flags \[S\]" "$T/scan.out" &&
	! grep -q warning "$T/scan.err"; then
	ok "without socket iterators the /proc scan names a pre-existing listener on its SYN"
else
	ko "/proc scan fallback" "$(grep warning "$T/scan.err" | head -1) $(cut -c1-120 "$T/scan.out" | head -4 | tr '\n' '|')"
fi
exit 0
