#!/bin/bash
# TLS key logs, end to end, in a namespace of our own: ptcpdump runs a Go
# program (plain and stripped) and OpenSSL clients (curl, python3) against
# local servers, writes the key log (--write-keylog-file, SSLKEYLOGFILE) or
# embeds it (--embed-keylog-to-pcapng), and tshark must decrypt the HTTP
# inside. For curl the lines must be exactly those curl writes itself.
NAME=tls-keys
NS=pttk$$
NETNS=$NS
. "$(dirname "$0")/lib-proc.sh"

ip netns add "$NS" || { ko "netns setup"; exit 0; }
ip -n "$NS" link set lo up
IN="ip netns exec $NS"

# decrypted HTTP request URIs of a capture, one per line, sorted
uris() {
	tshark -r "$1" ${2:+-o "tls.keylog_file:$2"} -Y http.request -T fields \
		-e http.request.uri 2>/dev/null | sort | tr '\n' ' '
}

# ---- Go ----------------------------------------------------------------
if ! command -v go >/dev/null; then
	echo "SKIP $NAME: Go programs: no go compiler (golang-go)"
else
	export GOCACHE=$T/gocache GO111MODULE=off HOME=${HOME:-/root}
	if ! go build -o "$T/gotls" tests/e2e/tls/gotls.go 2>"$T/go.err" ||
		! go build -ldflags='-s -w' -o "$T/gotls-s" tests/e2e/tls/gotls.go 2>>"$T/go.err"; then
		ko "go build" "$(head -3 "$T/go.err" | tr '\n' '|')"
	else
		$IN "$BIN" -i lo --log-level debug -w "$T/go.pcapng" --write-keylog-file "$T/go.keys" \
			-- "$T/gotls" 8443 /go-plain >"$T/go.out" 2>"$T/go.err"
		got=$(uris "$T/go.pcapng" "$T/go.keys")
		if [ "$got" = "/go-plain /go-plain " ] && [ "$(grep -c . "$T/go.out")" -eq 2 ]; then
			ok "Go (symtab): --write-keylog-file decrypts TLS 1.3 and 1.2 ($(grep -c . "$T/go.keys") lines)"
		else
			ko "Go --write-keylog-file" "uris '$got'; $(head -3 "$T/go.err" | tr '\n' '|')"
		fi
		$IN "$BIN" -i lo --log-level debug -w "$T/gos.pcapng" --embed-keylog-to-pcapng \
			-- "$T/gotls-s" 8444 /go-stripped >"$T/gos.out" 2>"$T/gos.err"
		got=$(uris "$T/gos.pcapng")
		if [ "$got" = "/go-stripped /go-stripped " ]; then
			ok "Go stripped (pclntab): --embed-keylog-to-pcapng, tshark decrypts with no key file"
		else
			ko "Go stripped --embed-keylog-to-pcapng" "uris '$got'; $(head -3 "$T/gos.err" | tr '\n' '|')"
		fi
		# the uprobe sits on the prologue's jbe (emulated by the kernel), not
		# on the stack check's cmp (single-stepped: a second trap per hit)
		probed() {
			local o
			o=$(sed -n 's/.*probed at 0x\([0-9a-f]*\) past the stack check.*/\1/p' "$1" | head -1)
			[ -n "$o" ] && od -An -tx1 -j $((16#$o)) -N 2 "$2" | tr -d ' \n' | grep -Eq '^(0f86|76)'
		}
		probed "$T/go.err" "$T/gotls" && probed "$T/gos.err" "$T/gotls-s" &&
			ok "Go: the uprobe is on the jump past the stack check (plain and stripped)" ||
			ko "Go probe point" "$(grep -h 'probed at' "$T/go.err" "$T/gos.err" | head -2 | tr '\n' '|')"
		# -r of the embedded file into a new one keeps the keys
		"$BIN" -r "$T/gos.pcapng" -w "$T/gos2.pcapng" 2>/dev/null
		got=$(uris "$T/gos2.pcapng")
		[ "$got" = "/go-stripped /go-stripped " ] && ok "-r of an embedded key log into -w keeps it" ||
			ko "-r -w keeps the key log" "uris '$got'"
		# a Go program running before the capture, selected by --pname
		$IN "$T/gotls" 8446 /go-pname 2500 >/dev/null 2>&1 &
		GP=$!
		PIDS="$PIDS $GP"
		sleep 0.5
		$IN "$BIN" -i lo -w "$T/gp.pcapng" --write-keylog-file "$T/gp.keys" --pname gotls \
			'tcp port 8446' >/dev/null 2>"$T/gp.err" &
		GC=$!
		PIDS="$PIDS $GC"
		wait $GP
		sleep 0.5
		kill -INT $GC 2>/dev/null
		wait $GC
		got=$(uris "$T/gp.pcapng" "$T/gp.keys")
		[ "$got" = "/go-pname /go-pname " ] && ok "a running Go program selected by --pname: its keys decrypt" ||
			ko "--pname Go program" "uris '$got'; $(head -2 "$T/gp.err" | tr '\n' '|')"
		# SSLKEYLOGFILE names the file when --write-keylog-file is absent
		$IN env SSLKEYLOGFILE="$T/env.keys" "$BIN" -i lo -w "$T/env.pcapng" \
			-- "$T/gotls" 8445 /go-env >/dev/null 2>"$T/env.err"
		got=$(uris "$T/env.pcapng" "$T/env.keys")
		[ "$got" = "/go-env /go-env " ] && ok "SSLKEYLOGFILE is the key log file" ||
			ko "SSLKEYLOGFILE" "uris '$got'; $(head -2 "$T/env.err" | tr '\n' '|')"
	fi
fi

# ---- OpenSSL -----------------------------------------------------------
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" -days 1 \
	-subj /CN=localhost >/dev/null 2>&1
$IN openssl s_server -accept 9443 -key "$T/key.pem" -cert "$T/cert.pem" -www -quiet \
	>/dev/null 2>&1 &
PIDS="$PIDS $!"
for i in $(seq 1 100); do $IN bash -c '</dev/tcp/127.0.0.1/9443' 2>/dev/null && break; sleep 0.05; done

for v in 1.3 1.2; do
	rm -f "$T/curl$v.own"
	# curl writes its own key log too: the reference (ptcpdump itself has no SSLKEYLOGFILE)
	$IN "$BIN" -i lo -w "$T/curl$v.pcapng" --write-keylog-file "$T/curl$v.keys" -- \
		env SSLKEYLOGFILE="$T/curl$v.own" curl -sk --tlsv$v --tls-max $v \
		"https://127.0.0.1:9443/curl-$v" -o /dev/null >/dev/null 2>"$T/curl$v.err"
	got=$(uris "$T/curl$v.pcapng" "$T/curl$v.keys")
	want=$(grep -v '^EXPORTER_SECRET\|^#' "$T/curl$v.own" 2>/dev/null | sort)
	mine=$(sort "$T/curl$v.keys" 2>/dev/null)
	if [ "$got" = "/curl-$v " ] && [ -n "$want" ] && [ "$want" = "$mine" ]; then
		ok "OpenSSL curl TLS $v: decrypted, lines identical to curl's own SSLKEYLOGFILE ($(grep -c . "$T/curl$v.keys"))"
	else
		ko "OpenSSL curl TLS $v" "uris '$got'; ours $(grep -c . "$T/curl$v.keys" 2>/dev/null) lines, curl's $(echo "$want" | grep -c .); $(head -2 "$T/curl$v.err" | tr '\n' '|')"
	fi
done
# the server (not selected) logs nothing: every line is curl's
if [ "$(sort -u "$T/curl1.3.keys" | wc -l)" -eq "$(grep -c . "$T/curl1.3.keys")" ]; then
	ok "each line once; only the traced command's secrets"
else
	ko "duplicate lines" "$(sort "$T/curl1.3.keys" | uniq -d | cut -c1-60 | head -2)"
fi

# embedded: OpenSSL's secrets are read after its handshake, so the writer
# holds the packets back a moment; every run must decrypt, not most
n=0
for i in 1 2 3; do
	$IN "$BIN" -i lo -w "$T/ce$i.pcapng" --embed-keylog-to-pcapng -- curl -sk \
		"https://127.0.0.1:9443/embed-$i" -o /dev/null >/dev/null 2>&1
	[ "$(uris "$T/ce$i.pcapng")" = "/embed-$i " ] && n=$((n + 1))
done
[ $n -eq 3 ] && ok "OpenSSL curl --embed-keylog-to-pcapng: 3 of 3 runs decrypt with no key file" ||
	ko "OpenSSL curl --embed-keylog-to-pcapng" "$n of 3 runs decrypt"
# the held packets all reach the file, in order, as tcpdump reads them
if [ "$(tcpdump -r "$T/ce1.pcapng" 2>/dev/null | wc -l)" -eq "$($BIN -r "$T/ce1.pcapng" 2>/dev/null | wc -l)" ] &&
	tcpdump -r "$T/ce1.pcapng" -tt 2>/dev/null | awk '{ if ($1 < last) exit 1; last = $1 }'; then
	ok "held packets all written, in time order"
else
	ko "held packets" "$(tcpdump -r "$T/ce1.pcapng" 2>&1 | tail -2 | tr '\n' '|')"
fi

# python: SSL_read_ex/SSL_write_ex
$IN "$BIN" -i lo -w "$T/py.pcapng" --embed-keylog-to-pcapng -- $PY -c '
import ssl, urllib.request
c = ssl.create_default_context(); c.check_hostname = False; c.verify_mode = ssl.CERT_NONE
urllib.request.urlopen("https://127.0.0.1:9443/python", context=c).read()
' >/dev/null 2>"$T/py.err"
got=$(uris "$T/py.pcapng")
[ "$got" = "/python " ] && ok "OpenSSL python3 (SSL_write_ex): embedded keys decrypt" ||
	ko "OpenSSL python3" "uris '$got'; $(head -2 "$T/py.err" | tr '\n' '|')"

# openssl s_client itself, TLS 1.3
printf 'GET /s_client HTTP/1.0\r\n\r\n' >"$T/req.txt"
$IN "$BIN" -i lo --log-level debug -w "$T/sc.pcapng" --embed-keylog-to-pcapng -- openssl \
	s_client -connect 127.0.0.1:9443 -quiet <"$T/req.txt" >/dev/null 2>"$T/sc.err"
got=$(uris "$T/sc.pcapng")
[ "$got" = "/s_client " ] && ok "openssl s_client: embedded keys decrypt" ||
	ko "openssl s_client" "uris '$got'; $(grep -v '^depth\|^verify\|^ptcpdump: ' "$T/sc.err" | head -2 | tr '\n' '|')"
# the OpenSSL uprobes sit on instructions the kernel emulates (a push or a
# call), not on the "sub $n,%rsp" that SSL_read starts with (single-stepped:
# a second trap per hit)
ssl_probed() {
	local lib offs o
	lib=$(sed -n 's/^ptcpdump: TLS keys: \([^:]*libssl[^:]*\): .*probed at .*/\1/p' "$1" | head -1)
	offs=$(sed -n 's/.*probed at \(.*\) (the read\/write internals).*/\1/p' "$1" | head -1)
	[ -n "$lib" ] && [ -n "$offs" ] || return 1
	for o in ${offs//,/ }; do
		case $o in 0x*) ;; *) return 1 ;; esac
		od -An -tx1 -j $((o)) -N 2 "$lib" | tr -d ' \n' | grep -Eq '^(5[0-7]|415[0-7]|e8)' || return 1
	done
}
ssl_probed "$T/sc.err" && ok "OpenSSL: the uprobes are on instructions the kernel emulates" ||
	ko "OpenSSL probe points" "$(grep -h 'probed at' "$T/sc.err" | head -2 | tr '\n' '|')"

# a libssl of the process's own (a container's, here a copy through
# LD_LIBRARY_PATH): found in its mappings after its exec, probed before
# its first request a moment later
mkdir -p "$T/ssl"
cp "$(readlink -f /usr/lib/x86_64-linux-gnu/libssl.so.3 2>/dev/null || readlink -f /lib/x86_64-linux-gnu/libssl.so.3)" "$T/ssl/libssl.so.3"
$IN "$BIN" -i lo -w "$T/own.pcapng" --write-keylog-file "$T/own.keys" -- \
	env LD_LIBRARY_PATH="$T/ssl" $PY -c '
import ssl, time, urllib.request
c = ssl.create_default_context(); c.check_hostname = False; c.verify_mode = ssl.CERT_NONE
time.sleep(1.5)
for i in range(2):
    urllib.request.urlopen("https://127.0.0.1:9443/own%d" % i, context=c).read()
' >/dev/null 2>"$T/own.err"
got=$(uris "$T/own.pcapng" "$T/own.keys")
[ "$got" = "/own0 /own1 " ] && ok "a process's own libssl copy: found in its mappings, keys decrypt" ||
	ko "own libssl copy" "uris '$got'; $(grep -i warn "$T/own.err" | head -2 | tr '\n' '|')"

# a command that is neither Go nor OpenSSL: one debug line with --log-level debug, else none
$IN "$BIN" -i lo --log-level debug --write-keylog-file "$T/t.keys" -- true >/dev/null 2>"$T/dbg.err"
$IN "$BIN" -i lo --write-keylog-file "$T/t.keys" -- true >/dev/null 2>"$T/nodbg.err"
if [ "$(grep -c 'TLS keys: .*/true: not a Go program' "$T/dbg.err")" -eq 1 ] &&
	! grep -q 'TLS keys' "$T/nodbg.err"; then
	ok "neither Go nor OpenSSL: one debug line, nothing at the default level"
else
	ko "debug line" "$(grep 'TLS' "$T/dbg.err" "$T/nodbg.err" | head -3 | tr '\n' '|')"
fi

# a key log file that cannot be written: one line, exit 1, nothing started
$IN "$BIN" -i lo --write-keylog-file /nonexistent/dir/k -- true >/dev/null 2>"$T/bad.err"
rc=$?
if [ $rc -eq 1 ] && [ "$(wc -l <"$T/bad.err")" -eq 1 ] && grep -q 'nonexistent' "$T/bad.err"; then
	ok "unwritable --write-keylog-file: one line, exit 1"
else
	ko "unwritable --write-keylog-file" "rc $rc: $(head -3 "$T/bad.err" | tr '\n' '|')"
fi
exit 0
