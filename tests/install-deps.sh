#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# make test (and .ci/run, make bench): the build packages of mk/install-deps.sh,
# then the tools the test suites and benchmarks use. The container runtimes
# are used only by the container e2e tests, which skip without them: failing
# to install those is reported, not fatal. The daemons installed here are
# neither started nor enabled: the tests start private ones of their own.
set -u
# shellcheck source=../mk/install-deps.sh
. "$(dirname "$0")/../mk/install-deps.sh"

TEST_PKGS="python3 golang-go openssl util-linux python3-scapy tcpdump tshark tmux iperf3 iproute2 curl procps psmisc bc time zsh
netsniff-ng libclang-rt-14-dev hyperfine termshark aha"
CONTAINER_PKGS="containerd runc busybox-static docker.io podman conmon netavark aardvark-dns
containernetworking-plugins slirp4netns uidmap catatonit"

# shellcheck disable=SC2086
install_pkgs "build packages" 1 $BUILD_PKGS || exit 1
# shellcheck disable=SC2086
install_pkgs "test tools" 1 $TEST_PKGS || exit 1
# shellcheck disable=SC2086
cmissing=$(missing_of $CONTAINER_PKGS)
if [ -n "$cmissing" ] && [ "$(id -u)" = 0 ]; then
	# no daemon is started while installing (policy-rc.d: 101 = not allowed)
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		trap 'rm -f /usr/sbin/policy-rc.d' EXIT
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
	fi
	# shellcheck disable=SC2086
	install_pkgs "container runtimes (container tests)" 0 $CONTAINER_PKGS
	# nor at the next boot, for the daemons installed here
	units=""
	case " $cmissing " in *" docker.io "*) units="$units docker.socket docker.service" ;; esac
	case " $cmissing " in *" containerd "*) units="$units containerd.service" ;; esac
	# shellcheck disable=SC2086
	[ -n "$units" ] && command -v systemctl >/dev/null &&
		systemctl disable $units >/dev/null 2>&1
fi
exit 0
