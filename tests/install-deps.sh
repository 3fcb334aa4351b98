#!/bin/bash
# Installs every Debian package ptcpdump needs to build, test and benchmark.
# Idempotent: does nothing when everything is there.
# The container runtimes are only used by the container e2e tests, which skip
# without them: a failure to install those is reported, not fatal.
set -e
PKGS="build-essential pkg-config clang llvm libpcap-dev libbpf-dev bpftool libelf-dev zlib1g-dev
libncurses-dev libunistring-dev tcpdump tshark tmux iperf3 python3 python3-scapy netsniff-ng
hyperfine termshark iproute2 curl aha libclang-rt-14-dev procps psmisc bc time"
CONTAINER_PKGS="containerd runc busybox-static docker.io podman conmon netavark aardvark-dns
containernetworking-plugins slirp4netns uidmap catatonit"

missing_of() {
	local p out=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || out="$out $p"
	done
	echo "$out"
}
# shellcheck disable=SC2086
missing=$(missing_of $PKGS)
# shellcheck disable=SC2086
cmissing=$(missing_of $CONTAINER_PKGS)
[ -z "$missing$cmissing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "install-deps: missing packages:$missing$cmissing (run as root: sudo make deps)" >&2
	[ -z "$missing" ] && exit 0
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
if [ -n "$missing" ]; then
	echo "install-deps: installing$missing"
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing
fi
if [ -n "$cmissing" ]; then
	echo "install-deps: installing$cmissing (container tests)"
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $cmissing ||
		echo "install-deps: could not install$cmissing: container tests will skip" >&2
fi
exit 0
