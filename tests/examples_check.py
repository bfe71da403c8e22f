#!/usr/bin/env python3
"""zonelint --explain RULE --examples DIR for every rule, each example run
from DIR with the arguments it wrote (cd DIR && zonelint $(cat args-X)).

Asserted, for every rule: --examples succeeds and writes bad/, good/,
args-bad and args-good (one line each); the good example is a whole zone
that lints clean (nothing printed, exit status 0); the bad example gives
the rule's finding once and no other finding (issue 22; tests/check_rules.c
asserts the finding once and the good example's silence on its own rule
in-process).  No rule is excepted.  syntax-encoding's bad example is a
UTF-16 file, which text cannot hold: it is made as its text says (and
as make docs makes it for the rule's page), with iconv from the good
one; soa-serial-regression's needs a baseline, which its text says how
to write beside the examples.  --list prints the rules behind each count.

usage: tests/examples_check.py ZONELINT [--list]
"""
import os
import re
import subprocess
import sys
import tempfile

# made from the good example, as the bad example's text says;
# soa-serial-regression's bad example needs a baseline, made as its text says
MADE = {"syntax-encoding":
        "iconv -f UTF-8 -t UTF-16 good/example.txt >bad/example.txt",
        "soa-serial-regression":
        "printf '# serial\\tbad/example.txt\\texample.com.\\t2026120301\\n' >base.tsv; "
        "sed -i 's/^/--baseline base.tsv /' args-bad"}
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
            if rid in MADE:
                if MADE[rid] not in p.stdout:
                    bad.append("%s: the bad example does not say how to make it" % rid)
                subprocess.run(MADE[rid], shell=True, cwd=d, check=True)
            rc, out, found = lint(zl, d, "bad")
            if found.count(rid) != 1:
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
            if rid not in clean:
                bad.append("%s: good example not clean (exit %d): %s" % (
                    rid, rc, " ".join(sorted(set(found))) or out.strip()))
            if rid in others:
                bad.append("%s: bad example also gives %s" % (rid, " ".join(others[rid])))
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
