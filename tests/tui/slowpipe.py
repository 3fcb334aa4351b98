# A pcapng writer that takes its time, for `ptcpdump-top -r -`: copies the
# section header, interfaces and the first N packets of FILE to stdout,
# then waits until the file GO exists, copies the rest, and holds the pipe
# open until STOP exists (or 60 s). Usage: slowpipe.py FILE N GO STOP
import os
import struct
import sys
import time

path, first, go, stop = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
data = open(path, "rb").read()
blocks, off = [], 0
while off + 12 <= len(data):
    btype, blen = struct.unpack_from("<II", data, off)
    blocks.append((btype, data[off:off + blen]))
    off += blen


def wait(name):
    for _ in range(600):
        if os.path.exists(name):
            return
        time.sleep(0.1)


out = sys.stdout.buffer
n = 0
for i, (btype, raw) in enumerate(blocks):
    if btype == 6:  # an enhanced packet block
        if n == first:
            out.flush()
            wait(go)
        n += 1
    out.write(raw)
out.flush()
wait(stop)
