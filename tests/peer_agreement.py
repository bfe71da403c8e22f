#!/usr/bin/env python3
"""Score zonelint against the peers' own test suites.

For every EXPECTED.tsv row of ../shared/corpus/peer-suites/*: a `valid`
file must give no error, an `invalid` or `invalid-semantic` one at least
one.  For scope `parse` files (record-level parser tests, which may lack
an SOA) only syntax-* and input-* errors count.  Prints `N of M agree` per
suite and overall, writes the disagreements to build/peer-disagreements.tsv,
and fails when the overall count drops below tests/peer_agreement.floor (a
ratchet: raise it as agreement improves).  Known disagreements and why are
in tests/peer-disagreements.md.

usage: tests/peer_agreement.py ZONELINT [--verbose]
"""
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(TOP), "shared", "corpus", "peer-suites")
FINDING = re.compile(r"^(.*?):(?:\d+:\d+:)? (error|warning|note): .* \[([a-z0-9-]+)\]$")


def counted_errors(output, scope):
    errors = []
    for line in output.splitlines():
        m = FINDING.match(line)
        if not m or m.group(2) != "error":
            continue
        rule = m.group(3)
        if scope == "parse" and not rule.startswith(("syntax-", "input-")):
            continue
        errors.append(line)
    return errors


def run_one(zonelint, suite_dir, row, tmp):
    # physical paths: ../shared may be a symbolic link, and ".." in a path
    # relative to it would climb from where the link points
    path = os.path.realpath(os.path.join(suite_dir, row["file"]))
    rundir = os.path.realpath(os.path.join(suite_dir, row["rundir"] or "."))
    with open(path, "rb") as f:
        data = f.read()
    if b"@TMPDIR@" in data:  # Knot's include tests: see the corpus README
        copy = os.path.join(os.path.realpath(tmp), os.path.basename(path))
        with open(copy, "wb") as f:
            f.write(data.replace(b"@TMPDIR@", os.path.abspath(rundir).encode()))
        path = copy
    rel = os.path.relpath(path, rundir)
    args = [zonelint, "--color", "never", "--no-config", "--allow-include-outside", "--origin", row["origin"], rel]
    try:
        p = subprocess.run(args, cwd=rundir, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, ["timeout"]
    out = p.stdout.decode("utf-8", "replace")
    if p.returncode not in (0, 1, 2) or p.returncode < 0:
        return None, ["crash: exit %d" % p.returncode]
    errors = counted_errors(out, row["scope"])
    return len(errors) > 0, errors


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    zonelint = os.path.abspath(sys.argv[1])
    verbose = "--verbose" in sys.argv
    if not os.path.isdir(CORPUS):
        print("peer suites not found at %s" % CORPUS)
        return 1
    total = agree = 0
    rows_out = []
    with tempfile.TemporaryDirectory() as tmp:
        for suite in sorted(os.listdir(CORPUS)):
            suite_dir = os.path.join(CORPUS, suite)
            tsv = os.path.join(suite_dir, "EXPECTED.tsv")
            if not os.path.isfile(tsv):
                continue
            with open(tsv, encoding="utf-8") as f:
                header = f.readline().rstrip("\n").split("\t")
                rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
            s_total = s_agree = 0
            for row in rows:
                failed, errors = run_one(zonelint, suite_dir, row, tmp)
                want_fail = row["expect"] != "valid"
                ok = failed is not None and failed == want_fail
                s_total += 1
                s_agree += ok
                if not ok:
                    why = errors[0] if errors else "no error reported"
                    rows_out.append((suite, row["file"], row["expect"], row["scope"], why, row["note"]))
                    if verbose:
                        print("  disagree %s/%s (%s): %s" % (suite, row["file"], row["expect"], why))
            print("peers: %-8s %3d of %3d agree" % (suite, s_agree, s_total))
            total += s_total
            agree += s_agree
    print("peers: overall  %3d of %3d agree (%.1f%%)" % (agree, total, 100.0 * agree / max(total, 1)))
    os.makedirs(os.path.join(TOP, "build"), exist_ok=True)
    with open(os.path.join(TOP, "build", "peer-disagreements.tsv"), "w", encoding="utf-8") as f:
        f.write("suite\tfile\texpect\tscope\tzonelint\tnote\n")
        for r in rows_out:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    with open(os.path.join(TOP, "tests", "peer_agreement.floor")) as f:
        floor = int(f.read().split()[0])
    if agree < floor:
        print("peers: FAIL: %d agree, below the recorded floor of %d" % (agree, floor))
        return 1
    if agree > floor:
        print("peers: %d is above the floor of %d: raise tests/peer_agreement.floor" % (agree, floor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
