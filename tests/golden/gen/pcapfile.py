# SPDX-License-Identifier: GPL-2.0
"""Shared by the golden generators: write a classic pcap file with fixed
timestamps; pad to 32 bits. run.sh runs every gen/*.py with OUTDIR; this one
makes nothing."""
import struct


def write(path, recs, linktype=1, t0=1700000000, usec_step=1234567):
    """recs: bytes or (bytes, caplen); record i is stamped t0 + i seconds"""
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, linktype))
        for i, r in enumerate(recs):
            data, cap = r if isinstance(r, tuple) else (r, len(r))
            cap = min(cap, len(data))
            f.write(struct.pack('<IIII', t0 + i, (i * usec_step) % 1000000, cap, len(data)))
            f.write(data[:cap])


def pad4(b):
    """b with zero bytes up to a multiple of 4"""
    return b + b'\0' * (-len(b) % 4)
