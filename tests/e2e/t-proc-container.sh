#!/bin/bash
# Container and pod attribution with containerd + ctr: a busybox container in a fake Kubernetes pod (kubepods cgroup,
# CRI annotations) joins a namespace of ours and connects through a veth to
# a python server in a second namespace. ptcpdump in the container's netns
# must name the container and the pod on the container's packets.
# Skipped when containerd, ctr, runc or busybox are missing, or when a
# containerd already runs (we start our own and stop it).
NAME=proc-container
NET=$(( ($$ % 200) + 20 ))
NSC=ptpcc$$
NSH=ptpch$$
VC=ppcc$$
VH=ppch$$
IPH=10.201.$NET.1
IPC=10.201.$NET.2
CNS=ptproc$$			# containerd namespace
CID=ptproc-c$$
PODUID=1b4e28ba-2fa1-11d2-883f-0016d3cca427
CG=/kubepods/besteffort/pod$PODUID/$CID
CTRD=""
NETNS="$NSC $NSH"
. "$(dirname "$0")/lib-proc.sh"
cleanup_more() {
	local h
	if [ -n "$CTRD" ]; then
		ctr -n "$CNS" task kill -s KILL "$CID" >/dev/null 2>&1
		sleep 0.5
		ctr -n "$CNS" task delete -f "$CID" >/dev/null 2>&1
		ctr -n "$CNS" container rm "$CID" >/dev/null 2>&1
		ctr -n "$CNS" image rm localhost/ptproc-busybox:latest >/dev/null 2>&1
		ctr -n "$CNS" content ls -q 2>/dev/null | xargs -r ctr -n "$CNS" content rm >/dev/null 2>&1
		ctr namespaces rm "$CNS" >/dev/null 2>&1
		kill -TERM "$CTRD" 2>/dev/null
		wait "$CTRD" 2>/dev/null
	fi
	# runc leaves the (empty) parents of the container's cgroup
	for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do
		rmdir "${h}kubepods/besteffort/pod$PODUID/$CID" "${h}kubepods/besteffort/pod$PODUID" \
			"${h}kubepods/besteffort" "${h}kubepods" 2>/dev/null
	done
}

for b in containerd ctr runc busybox; do
	command -v $b >/dev/null || { echo "SKIP $NAME: $b is not installed"; exit 0; }
done
if [ -S /run/containerd/containerd.sock ]; then
	echo "SKIP $NAME: a containerd is already running"
	exit 0
fi

# image: busybox rootfs as a docker archive (no registry)
mkdir -p "$T/rootfs/proc" "$T/rootfs/sys" "$T/rootfs/dev"
busybox_rootfs sh nc sleep
$PY "$(dirname "$0")/mkimg.py" "$T/rootfs.tar" "$T/img.tar" localhost/ptproc-busybox:latest ||
	{ ko "image"; exit 0; }

containerd >"$T/containerd.log" 2>&1 &
CTRD=$!
for i in $(seq 1 100); do ctr version >/dev/null 2>&1 && break; sleep 0.1; done
ctr -n "$CNS" image import "$T/img.tar" >/dev/null 2>&1 || { ko "ctr image import" "$(tail -2 "$T/containerd.log")"; exit 0; }

ip netns add "$NSC" && ip netns add "$NSH" &&
	ip link add "$VC" netns "$NSC" type veth peer name "$VH" netns "$NSH" ||
	{ ko "netns setup"; exit 0; }
for ns in "$NSC" "$NSH"; do ip -n "$ns" link set lo up; done
ip -n "$NSH" addr add "$IPH/24" dev "$VH"
ip -n "$NSC" addr add "$IPC/24" dev "$VC"
ip -n "$NSH" link set "$VH" up
ip -n "$NSC" link set "$VC" up

ip netns exec "$NSH" $PY -c '
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("0.0.0.0", 18083)); s.listen(8)
while True:
    c, _ = s.accept(); c.sendall(b"from-host\n"); c.close()
' &
PIDS="$PIDS $!"

start_cap cap --netns "/run/netns/$NSC" -i "$VC" -n -v 'tcp port 18083'
CAP1=$CAP_PID
# the same with the runtime's files out of reach: containerd's API must tell
PTCPDUMP_CTR_NO_FILES=1 start_cap api --netns "/run/netns/$NSC" -i "$VC" -n -v \
	--containerd-address /run/containerd/containerd.sock 'tcp port 18083'
CAP2=$CAP_PID

ctr -n "$CNS" run -d --with-ns "network:/run/netns/$NSC" --cgroup "$CG" \
	--label io.kubernetes.pod.name=mypod --label io.kubernetes.pod.namespace=myns \
	--label io.kubernetes.container.name=web --label io.kubernetes.pod.uid=$PODUID \
	--annotation io.kubernetes.cri.container-type=container \
	--annotation io.kubernetes.cri.sandbox-name=mypod \
	--annotation io.kubernetes.cri.sandbox-namespace=myns \
	--annotation io.kubernetes.cri.container-name=web \
	--annotation io.kubernetes.cri.image-name=localhost/ptproc-busybox:latest \
	localhost/ptproc-busybox:latest "$CID" /bin/busybox sh -c \
	"nc -w 3 $IPH 18083 </dev/null; sleep 300" >"$T/ctr.out" 2>&1 ||
	{ ko "ctr run" "$(tail -2 "$T/ctr.out")"; exit 0; }
for i in $(seq 1 60); do grep -q 'Flags \[F' "$T/cap.out" && break; sleep 0.1; done
sleep 0.3
stop_cap "$CAP1"
stop_cap "$CAP2"

n=$(grep -c ' IP ' "$T/cap.out")
outs=$(grep -c " Out IP " "$T/cap.out")
ins=$(grep -c " In IP " "$T/cap.out")
cont=$(grep -cxF "    Container (name web, id $CID, image localhost/ptproc-busybox:latest, labels {})" "$T/cap.out")
pod=$(grep -c "^    Pod (name mypod, namespace myns, UID $PODUID, labels {}, annotations {.*\"io.kubernetes.cri.container-name\":\"web\"" "$T/cap.out")
proc=$(grep -cE '^    Process \(pid [0-9]+, cmd /bin/busybox, args nc -w 3 ' "$T/cap.out")
if [ "$outs" -gt 0 ] && [ "$ins" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ] && [ "$proc" -eq "$n" ]; then
	ok "container and pod on every packet ($outs out, $ins in)"
else
	ko "container and pod on every packet" "$outs out, $ins in, container $cont, pod $pod, process $proc: $(grep -m3 -E '^    (Process|Container|Pod)' "$T/cap.out" | cut -c1-200 | tr '\n' '|')"
fi
LBL='{"io.containerd.image.config.stop-signal":"SIGTERM","io.kubernetes.container.name":"web","io.kubernetes.pod.name":"mypod","io.kubernetes.pod.namespace":"myns","io.kubernetes.pod.uid":"'$PODUID'"}'
n=$(grep -c ' IP ' "$T/api.out")
cont=$(grep -cxF "    Container (name web, id $CID, image localhost/ptproc-busybox:latest, labels $LBL)" "$T/api.out")
pod=$(grep -c "^    Pod (name mypod, namespace myns, UID $PODUID, labels {.*}, annotations {.*\"io.kubernetes.cri.container-name\":\"web\"" "$T/api.out")
if [ "$n" -gt 0 ] && [ "$cont" -eq "$n" ] && [ "$pod" -eq "$n" ]; then
	ok "--containerd-address: containerd's API names the container and pod when its files are not read ($n)"
else
	ko "--containerd-address: containerd's API" "$n packets, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/api.out" | cut -c1-300 | tr '\n' '|') $(head -2 "$T/api.err" | tr '\n' '|')"
fi
exit 0
