#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# TLS keys in ptcpdump-top's saved selections: live on the loopback of a
# namespace of ours with --embed-keylog-to-pcapng, a curl fetches over
# TLS 1.3 from openssl s_server, the packets are saved with w, and tshark
# must decrypt the saved file with no key file. Root only.
set -u
cd "$(dirname "$0")/../.."
. tests/tui/lib.sh
tui_setup tls
NS=pttt$$
netns=$NS

if [ "$(id -u)" != 0 ]; then
	skip "tls: needs root"; exit 0
fi
for b in tmux curl openssl tshark; do
	command -v $b >/dev/null || { skip "tls: $b is not installed"; exit 0; }
done
ip netns add "$NS" && ip -n "$NS" link set lo up || { fail "tls: netns setup"; exit 0; }
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$W/key.pem" -out "$W/cert.pem" -days 1 \
	-subj /CN=localhost >/dev/null 2>&1
ip netns exec "$NS" openssl s_server -accept 9443 -key "$W/key.pem" -cert "$W/cert.pem" -www \
	-quiet >/dev/null 2>&1 &
bg="$bg $!"
for i in $(seq 1 100); do ip netns exec "$NS" bash -c '</dev/tcp/127.0.0.1/9443' 2>/dev/null && break; sleep 0.05; done

start s 120 30
run_top s --netns "/run/netns/$NS" -i lo --embed-keylog-to-pcapng "'tcp port 9443'"
if ! wait_for s 'LIVE' 20; then
	fail "tls: ptcpdump-top started"; screen s | head -5; exit 0
fi
ip netns exec "$NS" curl -sk --tlsv1.3 https://127.0.0.1:9443/tui-keys -o /dev/null
check "tls: the exchange is on screen" wait_for s '[1-9][0-9]/[0-9]+ pkts' 10
keys s w C-u "$W/sel.pcapng" Enter
check "tls: saved" wait_for s "wrote [0-9]+ packets to $W/sel\.pcapng" 10
got=$(tshark -r "$W/sel.pcapng" -Y http.request -T fields -e http.request.uri 2>/dev/null | tr '\n' ' ')
check "tls: tshark decrypts the saved selection with its embedded keys ('$got')" [ "$got" = "/tui-keys " ]
keys s q
exit 0
