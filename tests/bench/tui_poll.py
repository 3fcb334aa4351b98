#!/usr/bin/python3
"""Timing helpers for tui.bench.sh: full-screen programs in a private tmux server.

The screen is read with capture-pane through one tmux control-mode client
(tmux -C), so a poll costs a round trip to the server, not a new process.

usage:
  tui_poll.py start SOCK WxH REGEX TIMEOUT -- CMD...
      start CMD in a new detached session "b" of the tmux server SOCK (-L)
      with a window of WxH cells; poll the pane until a line matches REGEX
      or TIMEOUT seconds pass. Prints "PID SECONDS" (SECONDS: from just
      before the session is created to the first matching screen, or
      "timeout").
  tui_poll.py wait SOCK REGEX TIMEOUT
      poll until a line matches; prints the seconds waited or "timeout".
  tui_poll.py keys SOCK N OPEN OPEN_REGEX CLOSE
      N times: send the key OPEN and time until the program's output makes
      a line of the pane match OPEN_REGEX, then send CLOSE and time until no
      line matches it. The time is that of the program's last output (tmux's
      %output notification) before the pane showed the change. Prints
      "open_median open_p95 close_median close_p95 samples" in ms.
  tui_poll.py screen SOCK
      print the pane.
"""
import os
import re
import select
import statistics
import subprocess
import sys
import time


def tmux(sock, *args):
    return subprocess.run(["tmux", "-L", sock, *args], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True,
                          errors="replace").stdout


class Ctl:
    """a control-mode client of session "b" """

    def __init__(self, sock, size=None):
        self.p = subprocess.Popen(["tmux", "-L", sock, "-C", "attach-session", "-t", "b"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, bufsize=0)
        self.fd = self.p.stdout.fileno()
        self.buf = b""
        self.last_output = 0.0
        if size:
            self.cmd("refresh-client -C " + size.replace("x", ","))
        while True:  # skip the attach's own reply
            out = self.cmd("display-message -p SYNC-tui-poll")
            if out is None or (out and out[-1] == "SYNC-tui-poll"):
                break

    def line(self, timeout=None):
        """the next line from tmux; "" on timeout, None at the end"""
        end = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                return ""
            r, _, _ = select.select([self.fd], [], [], left)
            if not r:
                return ""
            data = os.read(self.fd, 1 << 16)
            if not data:
                return None
            self.buf += data
        line, self.buf = self.buf.split(b"\n", 1)
        if line.startswith(b"%output "):
            self.last_output = time.monotonic()
        return line.decode(errors="replace")

    def send(self, c):
        try:
            self.p.stdin.write((c + "\n").encode())
            return True
        except OSError:
            return False

    def cmd(self, c):
        """run one command, return its output lines (None when tmux is gone)"""
        if not self.send(c):
            return None
        out, inside = [], False
        while True:
            line = self.line()
            if line is None:
                return None
            if line.startswith("%begin"):
                inside, out = True, []
            elif inside and (line.startswith("%end") or line.startswith("%error")):
                return out
            elif inside:
                out.append(line)
            # notifications (%output ...) between replies are skipped

    def changed(self, rx, want, timeout):
        """after a key: seconds until the program's output (tmux's %output
        notifications) makes the pane match RX (want) or stop matching it;
        the time is that of the last output before the pane showed it"""
        t0 = time.monotonic()
        self.last_output = 0.0
        while True:
            scr = self.screen()
            if scr is None:
                return None
            if (rx.search(scr) is not None) == want:
                return max(self.last_output - t0, 0.0) if self.last_output else time.monotonic() - t0
            left = timeout - (time.monotonic() - t0)
            if left <= 0:
                return None
            while True:  # the next output
                line = self.line(left)
                if line is None or line == "":
                    break
                if line.startswith("%output "):
                    break

    def drain(self, secs):
        end = time.monotonic() + secs
        while time.monotonic() < end:
            if self.line(end - time.monotonic()) is None:
                return

    def screen(self):
        out = self.cmd("capture-pane -p -t b")
        return None if out is None else "\n".join(out)

    def close(self):
        try:
            self.p.stdin.close()
        except OSError:
            pass
        self.p.wait()


def poll(ctl, rx, timeout, want=True, step=0.0, samples=None):
    t0 = time.monotonic()
    while True:
        a = time.monotonic()
        scr = ctl.screen()
        now = time.monotonic()
        if samples is not None:
            samples.append(now - a)
        if scr is None:
            return None
        if (rx.search(scr) is not None) == want:
            return now - t0
        if now - t0 > timeout:
            return None
        if step:
            time.sleep(step)


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def shquote(s):
    if re.fullmatch(r"[A-Za-z0-9_./=:,+@%-]+", s):
        return s
    return "'" + s.replace("'", "'\\''") + "'"


def main(argv):
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "start" and len(argv) > 7 and argv[6] == "--":
        sock, size, rx, timeout = argv[2], argv[3], re.compile(argv[4], re.M), float(argv[5])
        w, h = size.split("x")
        t0 = time.monotonic()
        tmux(sock, "new-session", "-d", "-s", "b", "-x", w, "-y", h,
             "exec " + " ".join(shquote(a) for a in argv[7:]))
        tmux(sock, "set-option", "-g", "window-size", "manual")
        pid = tmux(sock, "list-panes", "-t", "b", "-F", "#{pane_pid}").strip() or "0"
        ctl = Ctl(sock, size)
        t = poll(ctl, rx, timeout - (time.monotonic() - t0), step=0.01)
        print(pid, "timeout" if t is None else "%.3f" % (time.monotonic() - t0))
        ctl.close()
        return 0
    if cmd == "wait" and len(argv) == 5:
        ctl = Ctl(argv[2])
        t = poll(ctl, re.compile(argv[3], re.M), float(argv[4]), step=0.01)
        print("timeout" if t is None else "%.3f" % t)
        ctl.close()
        return 0
    if cmd == "keys" and len(argv) == 7:
        sock, n, key, rx, close = argv[2], int(argv[3]), argv[4], re.compile(argv[5], re.M), argv[6]
        ctl = Ctl(sock)
        opens, closes = [], []
        for _ in range(n):
            for k, want, res in ((key, True, opens), (close, False, closes)):
                ctl.drain(0.1)
                ctl.send("send-keys -t b " + k)
                t = ctl.changed(rx, want, 5)
                if t is not None:
                    res.append(t * 1000)
        ctl.drain(0.1)
        ctl.close()
        if not opens or not closes:
            print("n/a n/a n/a n/a", min(len(opens), len(closes)))
            return 0
        print("%.1f %.1f %.1f %.1f %d" % (statistics.median(opens), pct(opens, 95),
                                          statistics.median(closes), pct(closes, 95),
                                          min(len(opens), len(closes))))
        return 0
    if cmd == "screen" and len(argv) == 3:
        sys.stdout.write(tmux(argv[2], "capture-pane", "-p", "-t", "b"))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
