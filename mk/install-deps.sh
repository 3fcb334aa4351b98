#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make deps: the Debian packages that building and running ptcpdump and
# ptcpdump-top need, and nothing else. Idempotent: does nothing when they
# are all there. tests/install-deps.sh uses install_pkgs for the test tools.
set -u

BUILD_PKGS="build-essential pkg-config clang bpftool libbpf-dev libpcap-dev libelf-dev
zlib1g-dev libncurses-dev libunistring-dev libssl-dev"

# the packages of "$@" that are not installed
missing_of() {
	local p out=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || out="$out $p"
	done
	echo "$out"
}

apt_updated=0
# install_pkgs WHAT REQUIRED PKG...: installs the missing PKGs (apt-get update
# first, once per run). A failure is fatal (status 1) only when REQUIRED is 1.
install_pkgs() {
	local what=$1 required=$2 missing
	shift 2
	missing=$(missing_of "$@")
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "install-deps: missing $what:$missing (run as root)" >&2
		[ "$required" = 1 ] && return 1
		return 0
	fi
	export DEBIAN_FRONTEND=noninteractive
	if [ $apt_updated = 0 ]; then
		apt-get update -q || { [ "$required" = 1 ] && return 1; }
		apt_updated=1
	fi
	echo "install-deps: installing $what:$missing"
	# shellcheck disable=SC2086
	if ! apt-get install -y -q --no-install-recommends $missing; then
		echo "install-deps: could not install$missing" >&2
		[ "$required" = 1 ] && return 1
	fi
	return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	# shellcheck disable=SC2086
	install_pkgs "build packages" 1 $BUILD_PKGS
fi
