#!/usr/bin/env python3
"""The README's example runs are the golden cases' output.

A line `<!-- golden: CASE -->` in README.md (or `<!-- golden: CASE
nofix -->`, for a block shown through `grep -v '^    fix'`) stands before
a fenced block whose lines after the `$ zonelint ...` line, up to the
next `$ ` line or the fence, must be tests/golden/CASE/expected (without
its fix lines for nofix).  So the README cannot show output zonelint no
longer gives.

usage: tests/readme_check.py
"""
import os
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"^<!-- golden: ([a-z0-9-]+)( nofix)? -->$")


def blocks(lines):
    """(case, nofix, shown lines) for each marked block."""
    for i, line in enumerate(lines):
        m = MARK.match(line)
        if not m:
            continue
        j = i + 1
        while j < len(lines) and lines[j] != "```":
            j += 1  # the fence that opens the block
        j += 1
        while j < len(lines) and not lines[j].startswith("$ zonelint"):
            j += 1  # its zonelint command
        shown = []
        for k in range(j + 1, len(lines)):
            if lines[k] == "```" or lines[k].startswith("$ "):
                break
            shown.append(lines[k])
        yield m.group(1), bool(m.group(2)), shown


def main():
    with open(os.path.join(TOP, "README.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    failed = n = 0
    for case, nofix, shown in blocks(lines):
        n += 1
        path = os.path.join(TOP, "tests", "golden", case, "expected")
        with open(path, encoding="utf-8") as f:
            want = f.read().split("\n")[:-1]
        if nofix:
            want = [l for l in want if not l.startswith("    fix")]
        if shown != want:
            failed += 1
            print("FAIL README.md: the block marked golden %s is not %s" %
                  (case, os.path.relpath(path, TOP)))
    print("readme: %d blocks, %d failed" % (n, failed))
    sys.exit(1 if failed or n == 0 else 0)


if __name__ == "__main__":
    main()
