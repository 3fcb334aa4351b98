#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make check-deps: the module boundaries of src/ and bpf/.

Every #include "..." in src/ and bpf/ is resolved to a file as the compiler
would find it: next to the including file, then in src/ (-Isrc), then among
the headers the build generates into the build directory (vmlinux.h and one
<name>.skel.h per bpf/<name>.bpf.c, from mk/bpf.mk). An include that
resolves to nothing is an error. The resolved file's module is then checked
against the table below. Angle includes are checked where a module must not
reach a library: curses only in the TUI's drawing files, libbpf only in
capture and bpf/.

The TUI's model files (the curses-free objects that tests/tui links on
their own, TUI_MODEL_OBJ in mk/tui.mk, given on the command line) must not
reach curses, draw.h or theme.h through any chain of project headers.

Usage: check-deps.py [--root DIR] [--build DIR] [MODEL_FILE...]
Prints one line per violation and exits 1 when there is any.
"""
import os
import re
import sys

# module -> the modules its files may include
ALLOWED = {
    "core": {"core"},
    "decode": {"core", "decode"},
    "capture": {"core", "capture", "bpf-abi", "skeleton"},
    "cli": {"core", "decode", "capture", "cli"},
    "tui": {"core", "decode", "capture", "tui"},
    "bpf": {"bpf-abi", "bpf-kernel", "vmlinux"},
}
# files that may include curses
CURSES_FILES = {"src/tui/draw.c", "src/tui/draw.h", "src/tui/theme.c", "src/tui/theme.h"}
# headers a model file must not reach
MODEL_FORBIDDEN = {"src/tui/draw.h", "src/tui/theme.h"}

QUOTE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
ANGLE = re.compile(r'^\s*#\s*include\s*<([^>]+)>')
CURSES = re.compile(r'^(n?curses|ncursesw/.*|curses/.*|term|panel|menu|form)\.h$|^ncursesw/')


def owner_of(rel):
    """The row of ALLOWED that a file's own includes are checked against."""
    return "bpf" if rel.startswith("bpf/") else module_of(rel)


def module_of(rel):
    """The module a file (path relative to the root) belongs to."""
    parts = rel.split("/")
    if parts[0] == "src" and len(parts) > 2:
        return parts[1]
    if parts[0] == "bpf":
        # *.bpf.h and *.bpf.c are kernel-side only; the other headers are
        # shared with user space (map keys, event records)
        return "bpf-kernel" if ".bpf." in parts[-1] else "bpf-abi"
    if parts[0] == "<generated>":
        return "vmlinux" if parts[1] == "vmlinux.h" else "skeleton"
    return "other"


class Checker:
    def __init__(self, root, build):
        self.root = os.path.abspath(root)
        self.build = build
        self.errors = []
        self.includes = {}  # rel path -> [(line, name, resolved rel or None)]
        bpf_dir = os.path.join(self.root, "bpf")
        self.generated = {"vmlinux.h"}
        if os.path.isdir(bpf_dir):
            for f in os.listdir(bpf_dir):
                if f.endswith(".bpf.c"):
                    self.generated.add(f[: -len(".bpf.c")] + ".skel.h")

    def rel(self, path):
        return os.path.relpath(os.path.normpath(path), self.root)

    def resolve(self, including, name):
        """The file `#include "name"` in `including` (relative path) names."""
        here = os.path.dirname(os.path.join(self.root, including))
        dirs = [here, os.path.join(self.root, "src")]
        if including.startswith("bpf/"):
            dirs = [here, os.path.join(self.root, "bpf")]
        for d in dirs:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                r = self.rel(p)
                if r.startswith(".."):
                    return None
                return r
        # generated into the build directory by mk/bpf.mk
        if "/" not in name and name in self.generated:
            return "<generated>/" + name
        if self.build and os.path.isfile(os.path.join(self.root, self.build, name)):
            return "<generated>/" + name
        return None

    def scan(self, rel):
        if rel in self.includes:
            return self.includes[rel]
        out = []
        self.includes[rel] = out
        if rel.startswith("<generated>"):
            return out
        try:
            with open(os.path.join(self.root, rel), encoding="utf-8", errors="replace") as f:
                lines = f.readlines()
        except OSError as e:
            self.errors.append("%s: %s" % (rel, e.strerror))
            return out
        for n, line in enumerate(lines, 1):
            m = QUOTE.match(line)
            if m:
                out.append((n, '"%s"' % m.group(1), self.resolve(rel, m.group(1))))
                continue
            m = ANGLE.match(line)
            if m:
                out.append((n, "<%s>" % m.group(1), None))
        return out

    def err(self, rel, line, inc, why):
        self.errors.append("%s:%d: #include %s: %s" % (rel, line, inc, why))

    def check_file(self, rel):
        mod = owner_of(rel)
        allowed = ALLOWED.get(mod)
        for line, inc, target in self.scan(rel):
            if inc.startswith("<"):
                lib = inc[1:-1]
                if CURSES.match(lib) and rel not in CURSES_FILES:
                    self.err(rel, line, inc, "curses is used only by %s"
                             % ", ".join(sorted(f for f in CURSES_FILES if f.endswith(".c"))))
                if lib.startswith("bpf/") and mod not in ("capture", "bpf"):
                    self.err(rel, line, inc, "libbpf belongs to src/capture and bpf/")
                if mod == "bpf" and not lib.startswith(("bpf/", "linux/")):
                    self.err(rel, line, inc, "bpf/ uses only libbpf's and the kernel's headers")
                continue
            if target is None:
                self.err(rel, line, inc, "does not resolve to a file (looked next to it, in %s, "
                         "and among the generated headers)"
                         % ("bpf/" if rel.startswith("bpf/") else "src/"))
                continue
            tmod = module_of(target)
            if allowed is not None and tmod not in allowed:
                self.err(rel, line, inc, "%s is in %s; %s may include only %s"
                         % (target, tmod, mod, ", ".join(sorted(allowed))))

    def check_model(self, model):
        """No chain of project includes from a model file reaches curses."""
        seen = set()
        stack = [(model, [model])]
        while stack:
            rel, chain = stack.pop()
            if rel in seen:
                continue
            seen.add(rel)
            for line, inc, target in self.scan(rel):
                via = " (via %s)" % " -> ".join(chain) if len(chain) > 1 else ""
                if inc.startswith("<"):
                    if CURSES.match(inc[1:-1]):
                        self.err(rel, line, inc, "TUI model file %s must not use curses%s"
                                 % (model, via))
                    continue
                if target in MODEL_FORBIDDEN:
                    self.err(rel, line, inc, "TUI model file %s must not include %s%s"
                             % (model, target, via))
                    continue
                if target and target.startswith("src/"):
                    stack.append((target, chain + [target]))

    def run(self, models):
        files = []
        for top in ("src", "bpf"):
            for d, _, names in os.walk(os.path.join(self.root, top)):
                for f in names:
                    if f.endswith((".c", ".h")):
                        files.append(self.rel(os.path.join(d, f)))
        for rel in sorted(files):
            self.check_file(rel)
        if not models and os.path.isdir(os.path.join(self.root, "src", "tui")):
            self.errors.append("no TUI model files given (TUI_MODEL_OBJ in mk/tui.mk)")
        for m in models:
            if not os.path.isfile(os.path.join(self.root, m)):
                self.errors.append("%s: TUI model file does not exist" % m)
                continue
            self.check_model(m)
        # a header reached along several paths reports once
        seen = set()
        errors = [e for e in self.errors if not (e in seen or seen.add(e))]
        for e in errors:
            print("check-deps: " + e)
        return 1 if errors else 0


def main(argv):
    root, build, models = ".", "build", []
    i = 0
    while i < len(argv):
        if argv[i] in ("--root", "--build") and i + 1 < len(argv):
            if argv[i] == "--root":
                root = argv[i + 1]
            else:
                build = argv[i + 1]
            i += 2
            continue
        if argv[i].startswith("-"):
            print("usage: check-deps.py [--root DIR] [--build DIR] [MODEL_FILE...]",
                  file=sys.stderr)
            return 2
        models.append(argv[i])
        i += 1
    rc = Checker(root, build).run(models)
    if rc == 0:
        print("check-deps: ok")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
