#!/usr/bin/env python3
"""zonelint --explain RULE --examples DIR for every rule, each example run
from DIR with the arguments it wrote (cd DIR && zonelint $(cat args-X)).

Asserted, for every rule: --examples succeeds and writes bad/, good/,
args-bad and args-good (one line each); the bad example gives the rule's
finding exactly once and the good example never (what tests/check_rules.c
asserts in-process, here through the command line).

Measured and printed, not asserted (the examples are short and many are
not whole zones): how many good examples are clean (nothing printed,
exit status 0) and how many bad examples give their finding and no
other.  --list prints the rules behind each count.

usage: tests/examples_check.py ZONELINT [--list]
"""
import os
import re
import subprocess
import sys
import tempfile

# syntax-encoding's bad example is a UTF-16 file, which the rule's text
# describes but cannot hold (tests/check_rules.c makes the file itself):
# written as text, it gives no finding of its rule; soa-serial-regression's
# needs a baseline, which its text describes (check_rules.c gives it one)
NOT_WRITABLE = {"syntax-encoding", "soa-serial-regression"}
FINDING = re.compile(r"^\S.*: (error|warning|note): .* \[([a-z0-9-]+)\]$")


def lint(zl, d, which):
    with open(os.path.join(d, "args-" + which)) as f:
        lines = f.read().split("\n")
    assert len(lines) == 2 and lines[1] == "", "args-%s is not one line" % which
    p = subprocess.run([zl] + lines[0].split(), cwd=d, capture_output=True, text=True)
    rules = [m.group(2) for m in map(FINDING.match, p.stdout.splitlines()) if m]
    return p.returncode, p.stdout, rules


def main():
    zl = os.path.abspath(sys.argv[1])
    listing = subprocess.run([zl, "--no-config", "--list-rules"], capture_output=True,
                             text=True, check=True).stdout
    ids = [l.split()[0] for l in listing.splitlines()]
    bad, clean, exact, others = [], [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for rid in ids:
            d = os.path.join(tmp, rid)
            # from tmp, the lint root, where DIR may be made
            p = subprocess.run([zl, "--no-config", "--explain", rid, "--examples", rid],
                               cwd=tmp, capture_output=True, text=True)
            if p.returncode != 0:
                bad.append("%s: --examples exit %d: %s" % (rid, p.returncode, p.stderr.strip()))
                continue
            rc, out, found = lint(zl, d, "bad")
            if rid in NOT_WRITABLE:
                if rid in found:
                    bad.append("%s: bad example fires now: drop it from NOT_WRITABLE" % rid)
            elif found.count(rid) != 1:
                bad.append("%s: bad example gives %d of its finding" % (rid, found.count(rid)))
            elif len(found) == 1:
                exact.append(rid)
            else:
                others[rid] = sorted(set(found) - {rid})
            rc, out, found = lint(zl, d, "good")
            if rid in found:
                bad.append("%s: good example gives its finding" % rid)
            elif rc == 0 and out == "":
                clean.append(rid)
    if "--list" in sys.argv:
        print("good examples not clean: %s" % " ".join(sorted(set(ids) - set(clean))))
        for rid, o in sorted(others.items()):
            print("bad %s also gives: %s" % (rid, " ".join(o)))
    for b in bad:
        print("FAIL " + b)
    print("examples: %d rules, %d failed; %d of %d good examples clean, "
          "%d of %d bad examples give exactly their finding" % (
              len(ids), len(bad), len(clean), len(ids), len(exact), len(ids)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
