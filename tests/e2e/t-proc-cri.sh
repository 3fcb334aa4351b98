#!/bin/bash
# Pods through the CRI, as a kubelet makes them: a containerd of our own
# (private root, state and socket, its CRI plugin on) runs a pod sandbox
# and a busybox container through tests/e2e/cri-pod.c. With the runtime's
# files out of reach, --cri-runtime-address must name the container and
# the pod, with the pod's own labels and annotations, which only the CRI
# knows; --pod-name selects the pod's packets.
# Skipped when containerd, ctr, runc or busybox are missing.
NAME=proc-cri
PODUID=6f1e1c0a-4b5e-4c1e-9d7a-00000000c41$(( $$ % 10 ))
PORT=$(( 18100 + $$ % 400 ))
CTRD=""
POD_ID=""
. "$(dirname "$0")/lib-proc.sh"
cleanup_more() {
	local h m
	[ -n "$POD_ID" ] && timeout 30 "$T/cri-pod" "$T/c.sock" --remove "$POD_ID" >/dev/null 2>&1
	if [ -n "$CTRD" ]; then
		kill -TERM "$CTRD" 2>/dev/null
		wait "$CTRD" 2>/dev/null
	fi
	grep -o " $T[^ ]*" /proc/mounts | sort -r | while read -r m; do umount -l "$m"; done
	for h in /sys/fs/cgroup/*/ /sys/fs/cgroup/unified/; do
		for m in "${h}kubepods/besteffort/pod$PODUID"/*/; do rmdir "$m" 2>/dev/null; done
		rmdir "${h}kubepods/besteffort/pod$PODUID" "${h}kubepods/besteffort" "${h}kubepods" 2>/dev/null
	done
}

for b in containerd ctr runc busybox; do
	command -v $b >/dev/null || { echo "SKIP $NAME: $b is not installed"; exit 0; }
done
cc -std=gnu11 -O1 -g -D_GNU_SOURCE -Isrc -o "$T/cri-pod" tests/e2e/cri-pod.c src/capture/grpc.c \
	>"$T/cc.log" 2>&1 || { ko "build cri-pod" "$(head -3 "$T/cc.log")"; exit 0; }

# images: the sandbox's (it must stay up: sleep) and the container's
busybox_rootfs sh nc sleep
$PY "$(dirname "$0")/mkimg.py" "$T/rootfs.tar" "$T/pause.tar" registry.k8s.io/pause:3.6 /bin/sleep 100000 &&
	$PY "$(dirname "$0")/mkimg.py" "$T/rootfs.tar" "$T/img.tar" localhost/ptcri-busybox:latest /bin/sh ||
	{ ko "images"; exit 0; }

# no CAP_SYS_RESOURCE here: the sandbox's oom_score_adj must not go below ours
cat >"$T/config.toml" <<EOF
version = 2
root = "$T/root"
state = "$T/state"
[grpc]
  address = "$T/c.sock"
[plugins."io.containerd.grpc.v1.cri"]
  restrict_oom_score_adj = true
EOF
containerd --config "$T/config.toml" >"$T/containerd.log" 2>&1 &
CTRD=$!
for i in $(seq 1 100); do ctr --address "$T/c.sock" version >/dev/null 2>&1 && break; sleep 0.1; done
for img in pause img; do
	ctr --address "$T/c.sock" -n k8s.io image import "$T/$img.tar" >/dev/null 2>&1 ||
		{ ko "ctr image import" "$(tail -2 "$T/containerd.log")"; exit 0; }
done

$PY -c '
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(8)
while True:
    c, _ = s.accept(); c.recv(100); c.sendall(b"from-host\n"); c.close()
' "$PORT" &
PIDS="$PIDS $!"

F="tcp port $PORT"
PTCPDUMP_CTR_NO_FILES=1 start_cap cri -i lo -n -v --cri-runtime-address "$T/c.sock" "$F" ||
	{ ko "start" "$(head -3 "$T/cri.err")"; exit 0; }
C1=$CAP_PID
PTCPDUMP_CTR_NO_FILES=1 start_cap sel -i lo -n --cri-runtime-address "$T/c.sock" \
	--pod-name mypod.myns "$F" || { ko "start --pod-name" "$(head -3 "$T/sel.err")"; exit 0; }
C2=$CAP_PID
ids=$(timeout 90 "$T/cri-pod" "$T/c.sock" mypod myns "$PODUID" localhost/ptcri-busybox:latest web \
	/bin/sh -c "sleep 1; echo x | nc 127.0.0.1 $PORT; sleep 300" 2>"$T/cri-pod.err") ||
	{ ko "CRI RunPodSandbox/CreateContainer" "$(cat "$T/cri-pod.err") $(grep -m2 level=error "$T/containerd.log" | cut -c1-300)"; exit 0; }
POD_ID=${ids%% *}
CID=${ids##* }
for i in $(seq 1 60); do [ "$(grep -c 'Flags \[F' "$T/cri.out")" -ge 4 ] && break; sleep 0.1; done
sleep 0.3
stop_cap "$C1"
stop_cap "$C2"

# on lo every packet shows twice: the container's nc names the half it sent or
# received, the host's python server the other half
n=$(grep -c ' IP ' "$T/cri.out")
nc=$(grep -cE '^    Process \(pid [0-9]+, cmd /bin/busybox, args nc 127.0.0.1 ' "$T/cri.out")
cont=$(grep -cxF "    Container (name web, id $CID, image localhost/ptcri-busybox:latest, labels {\"tier\":\"web\"})" "$T/cri.out")
pod=$(grep -cxF "    Pod (name mypod, namespace myns, UID $PODUID, labels {\"app\":\"ptcri\"}, annotations {\"ptcpdump.test/note\":\"pod annotation\"})" "$T/cri.out")
if [ "$nc" -gt 0 ] && [ "$cont" -eq "$nc" ] && [ "$pod" -eq "$nc" ] && [ $((nc * 2)) -eq "$n" ]; then
	ok "--cri-runtime-address: the CRI names the container, the pod and its labels and annotations ($nc of $n)"
else
	ko "--cri-runtime-address" "$n packets, $nc of nc, container $cont, pod $pod: $(grep -m2 -E '^    (Container|Pod)' "$T/cri.out" | cut -c1-250 | tr '\n' '|') $(head -3 "$T/cri.err" | tr '\n' '|')"
fi
s=$(grep -c ' IP ' "$T/sel.out")
sp=$(grep -c "Pod \[mypod.myns\]" "$T/sel.out")
if [ "$s" -eq "$nc" ] && [ "$sp" -eq "$s" ]; then
	ok "--pod-name through the CRI: the pod's packets and nothing else ($s)"
else
	ko "--pod-name through the CRI" "$s packets ($nc wanted), $sp with the pod: $(head -2 "$T/sel.out" | cut -c1-160 | tr '\n' '|') $(head -3 "$T/sel.err" | tr '\n' '|')"
fi
exit 0
