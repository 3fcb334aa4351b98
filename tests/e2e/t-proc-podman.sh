#!/bin/bash
# Podman container attribution: podman
# with runc and cgroupfs (a containers.conf of ours), a busybox container
# with Kubernetes pod annotations and no network but its loopback, where a
# busybox nc client talks to a busybox nc server. ptcpdump in the
# container's netns must name the container (name and image from
# containers.json) and the pod (from the OCI annotations) on every packet.
# Skipped when podman, runc or busybox are missing.
NAME=proc-podman
CN=ptproc-p$$
IMG=localhost/ptproc-busybox-p$$:latest
STARTED=0
. "$(dirname "$0")/lib-proc.sh"
cleanup_more() {
	local h
	if [ $STARTED = 1 ]; then
		podman rm -f -t0 "$CN" >/dev/null 2>&1
		podman rmi -f "$IMG" >/dev/null 2>&1
	fi
	for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do
		rmdir "${h}libpod_parent/conmon" "${h}libpod_parent" 2>/dev/null
	done
}

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

busybox_rootfs sh nc sleep echo touch
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

start_cap cap --netns "/proc/$CPID/ns/net" -i lo -n -v 'tcp port 8080'
podman exec "$CN" /bin/busybox touch /tmp/go
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/cap.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
stop_cap "$CAP_PID"

n=$(grep -c ' IP ' "$T/cap.out")
cont=$(grep -cxF "    Container (name $CN, id $CID, image $IMG, labels {})" "$T/cap.out")
pod=$(grep -c "^    Pod (name mypod, namespace myns, UID , labels {}, annotations {.*\"io.kubernetes.pod.name\":\"mypod\"" "$T/cap.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ]; then
	ok "podman container and pod on every packet ($n)"
else
	ko "podman container and pod on every packet" "$n packets, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/cap.out" | cut -c1-250 | tr '\n' '|') $(head -2 "$T/cap.err" | tr '\n' '|')"
fi
exit 0
