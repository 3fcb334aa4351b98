#!/bin/bash
# Podman container attribution: podman
# with runc and cgroupfs (a containers.conf of ours), a busybox container
# with Kubernetes pod annotations and no network but its loopback, where a
# busybox nc client talks to a busybox nc server. ptcpdump in the
# container's netns must name the container (name and image from
# containers.json) and the pod (from the OCI annotations) on every packet.
# A second container, started after ptcpdump (--netns newly with
# --container-name), must be found, attached to and selected.
# Skipped when podman, runc or busybox are missing.
NAME=proc-podman
CN=ptproc-p$$
CN2=ptproc-late$$
IMG=localhost/ptproc-busybox-p$$:latest
STARTED=0
. "$(dirname "$0")/lib-proc.sh"
cleanup_more() {
	local h
	if [ $STARTED = 1 ]; then
		podman rm -f -t0 "$CN" "$CN2" >/dev/null 2>&1
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
CAP=$CAP_PID
# selection: by name, by a 12-digit id prefix, and a name nothing has yet;
# a host process in the container's namespace sends too, and must not show
F='tcp port 8080 or udp port 9999'
start_cap byname --netns "/proc/$CPID/ns/net" -i lo -n --container-name "$CN" "$F"
BYNAME=$CAP_PID
start_cap byid --netns "/proc/$CPID/ns/net" -i lo -n --container-id "${CID:0:12}" "$F"
BYID=$CAP_PID
start_cap nomatch --netns "/proc/$CPID/ns/net" -i lo -n --container-name "nosuch-$$" "$F"
NOMATCH=$CAP_PID
nsenter -t "$CPID" -n $PY -c '
import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(3): s.sendto(b"host", ("127.0.0.1", 9999))'
podman exec "$CN" /bin/busybox touch /tmp/go
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/cap.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
stop_cap "$CAP"
stop_cap "$BYNAME"
stop_cap "$BYID"
stop_cap "$NOMATCH"

n=$(grep -c ' IP ' "$T/cap.out")
cont=$(grep -cxF "    Container (name $CN, id $CID, image $IMG, labels {})" "$T/cap.out")
pod=$(grep -c "^    Pod (name mypod, namespace myns, UID , labels {}, annotations {.*\"io.kubernetes.pod.name\":\"mypod\"" "$T/cap.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ]; then
	ok "podman container and pod on every packet ($n)"
else
	ko "podman container and pod on every packet" "$n packets, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/cap.out" | cut -c1-250 | tr '\n' '|') $(head -2 "$T/cap.err" | tr '\n' '|')"
fi
n_all=$(grep -c ' IP ' "$T/cap.out")
for sel in byname byid; do
	n=$(grep -c ' IP ' "$T/$sel.out")
	c=$(grep -c "Container \[$CN\]" "$T/$sel.out")
	if [ "$n" -gt 0 ] && [ "$n" -eq "$n_all" ] && [ "$c" -eq "$n" ] && ! grep -q 'UDP' "$T/$sel.out"; then
		ok "--container-${sel#by} selects the container's packets and nothing else ($n)"
	else
		ko "--container-${sel#by} selection" "$n of $n_all packets, $c with the container; $(grep -m1 UDP "$T/$sel.out" | cut -c1-120) $(head -2 "$T/$sel.err" | tr '\n' '|')"
	fi
done
if [ "$(grep -c ' IP ' "$T/nomatch.out")" -eq 0 ] &&
	grep -q "^ptcpdump: --container-name nosuch-$$: no such container yet, waiting for it$" "$T/nomatch.err"; then
	ok "a container name nothing matches: one line, waits, no packets"
else
	ko "no-match container name" "$(head -3 "$T/nomatch.err" | tr '\n' '|')"
fi

# a container that does not exist yet, in a namespace that does not either
start_cap late --netns newly -i lo -n --container-name "$CN2" 'tcp port 8080'
LATE=$CAP_PID
podman run -d --name "$CN2" --network none "$IMG" /bin/busybox sh -c \
	'while [ ! -e /tmp/go ]; do sleep 0.1; done; nc -l -p 8080 -e echo hi & sleep 0.3; echo x | nc 127.0.0.1 8080; sleep 300' \
	>"$T/run2.out" 2>&1 || { ko "podman run (late)" "$(tail -2 "$T/run2.out")"; exit 0; }
CPID2=$(podman inspect -f '{{.State.Pid}}' "$CN2")
INO2=$(stat -L -c %i "/proc/$CPID2/ns/net")
sleep 1
podman exec "$CN2" /bin/busybox touch /tmp/go
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/late.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
stop_cap "$LATE"
n=$(grep -c ' IP ' "$T/late.out")
c=$(grep -c "^[0-9:.]* lo@$INO2 .*Container \[$CN2\]" "$T/late.out")
if [ "$n" -ge 8 ] && [ "$c" -eq "$n" ]; then
	ok "a container started after ptcpdump: its namespace joined, its packets selected ($n)"
else
	ko "container started after ptcpdump" "$n packets, $c in lo@$INO2 with the container; $(head -2 "$T/late.out" | cut -c1-160 | tr '\n' '|') $(head -3 "$T/late.err" | tr '\n' '|')"
fi
exit 0
