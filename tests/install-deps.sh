#!/bin/bash
# Installs every Debian package ptcpdump needs to build, test and benchmark.
# Idempotent: does nothing when everything is there.
set -e
PKGS="build-essential pkg-config clang llvm libpcap-dev libbpf-dev bpftool libelf-dev zlib1g-dev
libncurses-dev libunistring-dev tcpdump tshark tmux iperf3 python3 python3-scapy netsniff-ng
hyperfine termshark iproute2 curl aha libclang-rt-14-dev procps psmisc bc time
containerd runc busybox-static"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "install-deps: missing packages:$missing (run as root: sudo make deps)" >&2
	exit 1
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends $missing
