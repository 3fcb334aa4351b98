#!/bin/bash
# Docker container attribution: our own dockerd (private data and exec
# roots, no iptables, no bridge), a busybox
# container with dockershim-style pod labels and no network but its
# loopback, where a busybox nc client talks to a busybox nc server.
# ptcpdump in the container's netns must name the container (name without
# the leading "/", id, image, labels) and the pod on every packet; the
# data root is found from dockerd's command line.
# Skipped when dockerd or the docker client is missing.
NAME=proc-docker
CN=ptproc-d$$
DPID=""
RUN_DOCKER_EXISTED=0
[ -d /run/docker ] && RUN_DOCKER_EXISTED=1
. "$(dirname "$0")/lib-proc.sh"
D=$T/docker
dk() { docker -H "unix://$D/docker.sock" "$@"; }
cleanup_more() {
	local i h
	if [ -n "$DPID" ]; then
		dk rm -f "$CN" >/dev/null 2>&1
		dk rmi -f ptproc-busybox:latest >/dev/null 2>&1
		kill -TERM "$DPID" 2>/dev/null
		for i in $(seq 1 100); do kill -0 "$DPID" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$DPID" 2>/dev/null
		wait "$DPID" 2>/dev/null
		grep -o " $D/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null
	fi
	if [ $RUN_DOCKER_EXISTED = 0 ]; then
		rmdir /run/docker/plugins /run/docker 2>/dev/null
	fi
	for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do rmdir "${h}docker" 2>/dev/null; done
}

for b in dockerd docker busybox; do
	command -v $b >/dev/null || { echo "SKIP $NAME: $b is not installed"; exit 0; }
done

mkdir -p "$D"
busybox_rootfs sh nc sleep echo touch

dockerd --iptables=false --ip-masq=false --bridge=none --data-root "$D/data" \
	--exec-root "$D/exec" --pidfile "$D/dockerd.pid" -H "unix://$D/docker.sock" \
	>"$D/dockerd.log" 2>&1 &
DPID=$!
up=0
for i in $(seq 1 150); do dk version >/dev/null 2>&1 && { up=1; break; }; sleep 0.1; done
[ $up = 1 ] || { ko "dockerd" "$(tail -3 "$D/dockerd.log" | tr '\n' '|')"; exit 0; }
dk import "$T/rootfs.tar" ptproc-busybox:latest >/dev/null 2>&1 || { ko "docker import"; exit 0; }

dk run -d --name "$CN" --network none \
	--label io.kubernetes.pod.name=mypod --label io.kubernetes.pod.namespace=myns \
	ptproc-busybox /bin/busybox sh -c \
	'while [ ! -e /tmp/go ]; do sleep 0.1; done; nc -l -p 8080 -e echo hi & sleep 0.3; echo x | nc 127.0.0.1 8080; sleep 300' \
	>"$T/run.out" 2>&1 || { ko "docker run" "$(tail -2 "$T/run.out")"; exit 0; }
CID=$(dk inspect -f '{{.Id}}' "$CN")
CPID=$(dk inspect -f '{{.State.Pid}}' "$CN")
[ -n "$CPID" ] && [ "$CPID" != 0 ] || { ko "container pid"; exit 0; }

start_cap cap --netns "/proc/$CPID/ns/net" -i lo -n -v 'tcp port 8080'
CAP=$CAP_PID
# the same from the engine API alone (test hook: the files are not read)
PTCPDUMP_CTR_NO_FILES=1 start_cap api --netns "/proc/$CPID/ns/net" -i lo -n -v \
	--docker-address "$D/docker.sock" 'tcp port 8080'
API=$CAP_PID
dk exec "$CN" /bin/busybox touch /tmp/go
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/cap.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
stop_cap "$CAP"
stop_cap "$API"

n=$(grep -c ' IP ' "$T/cap.out")
lbl='{"io.kubernetes.pod.name":"mypod","io.kubernetes.pod.namespace":"myns"}'
cont=$(grep -cxF "    Container (name $CN, id $CID, image ptproc-busybox, labels $lbl)" "$T/cap.out")
pod=$(grep -cxF "    Pod (name mypod, namespace myns, UID , labels $lbl, annotations {})" "$T/cap.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ]; then
	ok "docker container and pod on every packet ($n)"
else
	ko "docker container and pod on every packet" "$n packets, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/cap.out" | cut -c1-250 | tr '\n' '|') $(head -2 "$T/cap.err" | tr '\n' '|')"
fi
n=$(grep -c ' IP ' "$T/api.out")
cont=$(grep -cxF "    Container (name $CN, id $CID, image ptproc-busybox, labels $lbl)" "$T/api.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && ! grep -q warning "$T/api.err"; then
	ok "--docker-address: the engine API names the container when its files are not read ($n)"
else
	ko "--docker-address" "$n packets, container $cont: $(grep -m1 -E '^    Container' "$T/api.out" | cut -c1-200) $(head -2 "$T/api.err" | tr '\n' '|')"
fi
exit 0
