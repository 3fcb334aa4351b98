#!/usr/bin/env python3
# A docker-archive image (what `ctr image import` and `docker load` read)
# from a plain rootfs tar, with no registry:
#   mkimg.py ROOTFS_TAR OUT_TAR REPO:TAG [CMD...]   (CMD: /bin/sh when none)
import hashlib, io, json, sys, tarfile
rootfs, out, ref = sys.argv[1:4]
cmd = sys.argv[4:] or ["/bin/sh"]
layer = open(rootfs, 'rb').read()
diff = 'sha256:' + hashlib.sha256(layer).hexdigest()
cfg = json.dumps({"architecture": "amd64", "os": "linux",
                  "config": {"Cmd": cmd, "Env": ["PATH=/bin"]},
                  "rootfs": {"type": "layers", "diff_ids": [diff]}}).encode()
name = hashlib.sha256(cfg).hexdigest() + '.json'
man = json.dumps([{"Config": name, "RepoTags": [ref], "Layers": ["layer/layer.tar"]}]).encode()
with tarfile.open(out, 'w') as t:
    for n, data in ((name, cfg), ("layer/layer.tar", layer), ("manifest.json", man)):
        ti = tarfile.TarInfo(n); ti.size = len(data); t.addfile(ti, io.BytesIO(data))
