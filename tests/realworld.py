#!/usr/bin/env python3
"""Read every real-world zone of ../shared/corpus/real-world/ and check
that it reads without a syntax error, or that the syntax errors found are
exactly the real ones recorded in tests/realworld-expected.tsv (file, the
error lines, and why each is real).

usage: tests/realworld.py ZONELINT
"""
import os
import re
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(TOP), "shared", "corpus", "real-world")
FINDING = re.compile(r"^(.*?):(\d+):(\d+): error: .* \[((?:syntax|input)-[a-z-]+)\]$|^(.*?): error: .* \[(input-[a-z-]+)\]$")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    zonelint = os.path.abspath(sys.argv[1])
    expected = {}
    with open(os.path.join(TOP, "tests", "realworld-expected.tsv"), encoding="utf-8") as f:
        f.readline()
        for line in f:
            if line.strip():
                file, lines, why = line.rstrip("\n").split("\t")
                expected[file] = (lines, why)
    with open(os.path.join(CORPUS, "SOURCES.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
    bad = 0
    for row in rows:
        path = os.path.realpath(os.path.join(CORPUS, row["file"]))  # see peer_agreement.py
        rundir = os.path.realpath(os.path.join(CORPUS, row["rundir"] or "."))
        rel = os.path.relpath(path, rundir)
        p = subprocess.run([zonelint, "--color", "never", "--no-config", "--allow-include-outside", "--origin", row["origin"], rel],
                           cwd=rundir, capture_output=True, timeout=120)
        if p.returncode not in (0, 1, 2):
            print("realworld: FAIL %s: exit status %d" % (row["file"], p.returncode))
            bad += 1
            continue
        got = []
        for line in p.stdout.decode("utf-8", "replace").splitlines():
            m = FINDING.match(line)
            if m:
                got.append("%s:%s" % (m.group(4), m.group(2)) if m.group(4) else "%s:0" % m.group(6))
        got_s = ",".join(got) or "-"
        want = expected.get(row["file"], ("-", ""))[0]
        if got_s != want:
            print("realworld: FAIL %s: syntax findings %s, expected %s" % (row["file"], got_s, want))
            print("  " + "\n  ".join(p.stdout.decode("utf-8", "replace").splitlines()[:5]))
            bad += 1
    known = sum(1 for r in rows if r["file"] in expected)
    print("realworld: %d of %d zones read as expected (%d clean, %d with known real errors)"
          % (len(rows) - bad, len(rows), len(rows) - known, known))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
