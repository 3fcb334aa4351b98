#!/usr/bin/python3
"""Timing helpers for tui.bench.sh: full-screen programs in a private tmux server.

usage:
  tui_poll.py start SOCK WxH REGEX TIMEOUT -- CMD...
      start CMD in a new detached session "b" of the tmux server SOCK (-L)
      with a window of WxH cells; poll capture-pane until a line matches
      REGEX or TIMEOUT seconds pass. Prints "PID SECONDS" (SECONDS: from
      just before the session is created to the first matching screen, or
      "timeout").
  tui_poll.py wait SOCK REGEX TIMEOUT
      poll until a line matches; prints the seconds waited or "timeout".
  tui_poll.py keys SOCK N OPEN OPEN_REGEX CLOSE
      N times: send the key OPEN and time until a line matches OPEN_REGEX,
      then send CLOSE and time until no line matches it. Prints
      "open_median open_p95 close_median close_p95 samples" in milliseconds.
  tui_poll.py screen SOCK
      print the pane.
"""
import re
import statistics
import subprocess
import sys
import time


def tmux(sock, *args, check=False):
    return subprocess.run(["tmux", "-L", sock, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, check=check, text=True,
                          errors="replace").stdout


def screen(sock):
    return tmux(sock, "capture-pane", "-p", "-t", "b")


def poll(sock, rx, timeout, want=True):
    t0 = time.monotonic()
    while True:
        found = rx.search(screen(sock)) is not None
        now = time.monotonic()
        if found == want:
            return now - t0
        if now - t0 > timeout:
            return None
        time.sleep(0.002)


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "start" and len(argv) > 6 and argv[6] == "--":
        sock, size, rx, timeout = argv[2], argv[3], re.compile(argv[4], re.M), float(argv[5])
        w, h = size.split("x")
        t0 = time.monotonic()
        tmux(sock, "new-session", "-d", "-s", "b", "-x", w, "-y", h,
             "exec " + " ".join(shquote(a) for a in argv[7:]))
        pid = tmux(sock, "list-panes", "-t", "b", "-F", "#{pane_pid}").strip() or "0"
        while True:
            if rx.search(screen(sock)):
                print(pid, "%.3f" % (time.monotonic() - t0))
                return 0
            if time.monotonic() - t0 > timeout:
                print(pid, "timeout")
                return 0
            time.sleep(0.002)
    if cmd == "wait" and len(argv) == 5:
        t = poll(argv[2], re.compile(argv[3], re.M), float(argv[4]))
        print("timeout" if t is None else "%.3f" % t)
        return 0
    if cmd == "keys" and len(argv) == 7:
        sock, n, key, rx, close = argv[2], int(argv[3]), argv[4], re.compile(argv[5], re.M), argv[6]
        opens, closes = [], []
        for _ in range(n):
            tmux(sock, "send-keys", "-t", "b", key)
            t = poll(sock, rx, 5)
            if t is not None:
                opens.append(t * 1000)
            time.sleep(0.05)
            tmux(sock, "send-keys", "-t", "b", close)
            t = poll(sock, rx, 5, want=False)
            if t is not None:
                closes.append(t * 1000)
            time.sleep(0.1)
        if not opens or not closes:
            print("n/a n/a n/a n/a", len(opens))
            return 0
        print("%.1f %.1f %.1f %.1f %d" % (statistics.median(opens), pct(opens, 95),
                                          statistics.median(closes), pct(closes, 95), len(opens)))
        return 0
    if cmd == "screen" and len(argv) == 3:
        sys.stdout.write(screen(argv[2]))
        return 0
    sys.stderr.write(__doc__)
    return 2


def shquote(s):
    if re.fullmatch(r"[A-Za-z0-9_./=:,+@%-]+", s):
        return s
    return "'" + s.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
