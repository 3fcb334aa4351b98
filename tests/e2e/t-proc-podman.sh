#!/bin/bash
# Podman container attribution (../shared/CONTAINERS.md section 1): podman
# with runc and cgroupfs (a containers.conf of ours), a busybox container
# with Kubernetes pod annotations and no network but its loopback, where a
# busybox nc client talks to a busybox nc server. ptcpdump in the
# container's netns must name the container (name and image from
# containers.json) and the pod (from the OCI annotations) on every packet.
# Skipped when podman, runc or busybox are missing.
set -u
BIN=$(readlink -f "${BIN:-build/ptcpdump}")
T=$(mktemp -d /tmp/ptcpdump-proc.XXXXXX)
CN=ptproc-p$$
IMG=localhost/ptproc-busybox-p$$:latest
PIDS=""
STARTED=0
NAME=proc-podman

ok() { echo "PASS $NAME: $1"; }
ko() { echo "FAIL $NAME: $1${2:+: $2}"; }
cleanup() {
	local p
	for p in $PIDS; do kill -9 "$p" 2>/dev/null; done
	for p in $PIDS; do wait "$p" 2>/dev/null; done
	if [ $STARTED = 1 ]; then
		podman rm -f -t0 "$CN" >/dev/null 2>&1
		podman rmi -f "$IMG" >/dev/null 2>&1
	fi
	for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do
		rmdir "${h}libpod_parent/conmon" "${h}libpod_parent" 2>/dev/null
	done
	[ -n "${KEEP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

for b in podman runc busybox; do
	command -v $b >/dev/null || { echo "SKIP $NAME: $b is not installed"; exit 0; }
done
cat >"$T/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF=$T/containers.conf

mkdir -p "$T/rootfs/bin" "$T/rootfs/etc" "$T/rootfs/tmp"
cp "$(readlink -f "$(command -v busybox)")" "$T/rootfs/bin/busybox"
for a in sh nc sleep echo touch; do ln -sf busybox "$T/rootfs/bin/$a"; done
echo 'root:x:0:0:root:/root:/bin/sh' >"$T/rootfs/etc/passwd"
tar -C "$T/rootfs" -cf "$T/rootfs.tar" .
STARTED=1
podman import --change 'CMD ["/bin/sh"]' "$T/rootfs.tar" "$IMG" >"$T/import.out" 2>&1 ||
	{ ko "podman import" "$(tail -2 "$T/import.out")"; exit 0; }

podman run -d --name "$CN" --network none \
	--annotation io.kubernetes.pod.name=mypod --annotation io.kubernetes.pod.namespace=myns \
	"$IMG" /bin/busybox sh -c \
	'while [ ! -e /tmp/go ]; do sleep 0.1; done; nc -l -p 8080 -e echo hi & sleep 0.3; echo x | nc 127.0.0.1 8080; sleep 300' \
	>"$T/run.out" 2>&1 || { ko "podman run" "$(tail -2 "$T/run.out")"; exit 0; }
CID=$(podman inspect -f '{{.Id}}' "$CN")
CPID=$(podman inspect -f '{{.State.Pid}}' "$CN")
[ -n "$CPID" ] && [ "$CPID" != 0 ] || { ko "container pid"; exit 0; }

"$BIN" --netns "/proc/$CPID/ns/net" -i lo -n -v 'tcp port 8080' >"$T/cap.out" 2>"$T/cap.err" &
CP=$!
PIDS="$PIDS $CP"
for i in $(seq 1 200); do grep -q 'listening on' "$T/cap.err" && break; sleep 0.05; done
podman exec "$CN" /bin/busybox touch /tmp/go
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/cap.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
kill -INT "$CP"
for i in $(seq 1 100); do kill -0 "$CP" 2>/dev/null || break; sleep 0.05; done

n=$(grep -c ' IP ' "$T/cap.out")
cont=$(grep -cxF "    Container (name $CN, id $CID, image $IMG, labels {})" "$T/cap.out")
pod=$(grep -c "^    Pod (name mypod, namespace myns, UID , labels {}, annotations {.*\"io.kubernetes.pod.name\":\"mypod\"" "$T/cap.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ]; then
	ok "podman container and pod on every packet ($n)"
else
	ko "podman container and pod on every packet" "$n packets, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/cap.out" | cut -c1-250 | tr '\n' '|') $(head -2 "$T/cap.err" | tr '\n' '|')"
fi
exit 0
