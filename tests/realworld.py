#!/usr/bin/env python3
"""Lint every real-world zone of ../shared/corpus/real-world/ and check
that its findings, of every rule, are exactly the ones recorded in
tests/realworld-expected.tsv: none missing, none added, in order.

The file has one row per finding: the zone (as SOURCES.tsv names it),
the file and line zonelint reports (line 0: the file as a whole), the
rule, the message, and why (required for syntax-* and input-* findings:
why the error is real; elsewhere an optional note). A zone without rows
must have no findings.

usage: tests/realworld.py ZONELINT
       tests/realworld.py --update ZONELINT   rewrites the file from what
       zonelint reports now (keeping each row's why) and prints the diff
"""
import difflib
import json
import os
import sys

import zljson

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(TOP), "shared", "corpus", "real-world")
EXPECTED = os.path.join(TOP, "tests", "realworld-expected.tsv")
HEADER = ["zone", "file", "line", "rule", "message", "why"]
REAL_ONLY = ("syntax-", "input-")  # findings that need a why


def read_expected():
    """The recorded rows: {zone: [(file, line, rule, message)]}, the whys
    by (zone, file, line, rule), and the file's text."""
    rows, whys = {}, {}
    with open(EXPECTED, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0].split("\t") != HEADER:
        sys.exit("realworld: %s: the header is not %s" % (EXPECTED, "\t".join(HEADER)))
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != len(HEADER):
            sys.exit("realworld: %s:%d: %d columns, expected %d" % (EXPECTED, n, len(cols), len(HEADER)))
        zone, file, lineno, rule, message, why = cols
        rows.setdefault(zone, []).append((file, int(lineno), rule, message))
        whys.setdefault((zone, file, int(lineno), rule), why)
    return rows, whys, text


def lint(zonelint, row):
    """zonelint's findings on one zone, or a reason it gave none."""
    path = os.path.realpath(os.path.join(CORPUS, row["file"]))  # see peer_agreement.py
    rundir = os.path.realpath(os.path.join(CORPUS, row["rundir"] or "."))
    rel = os.path.relpath(path, rundir)
    found, why = zljson.findings(zonelint, ["--allow-include-outside", "--origin",
                                            row["origin"], rel], rundir)
    if found is None:
        return None, why
    got = [(f["file"], f["line"] or 0, f["rule"], f["message"]) for f in found]
    for g in got:
        if any(c in str(x) for x in g for c in "\t\n"):
            return None, "a finding with a tab or newline, which this file cannot hold: %r" % (g,)
    return got, None


def show(finding):
    return "%s:%d: %s [%s]" % (finding[0], finding[1], finding[3], finding[2])


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    if len(args) != 1:
        sys.exit(__doc__)
    zonelint = os.path.abspath(args[0])
    expected, whys, old_text = read_expected()
    with open(os.path.join(CORPUS, "SOURCES.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, l.rstrip("\n").split("\t"))) for l in f if l.strip()]
    bad = set()  # the zones that fail
    findings = 0
    out = ["\t".join(HEADER)]
    for zone in sorted(set(expected) - {r["file"] for r in rows}):
        print("realworld: FAIL %s: recorded, but not in the corpus's SOURCES.tsv" % zone)
        bad.add(zone)
    for row in rows:
        zone = row["file"]
        got, why_not = lint(zonelint, row)
        if got is None:
            print("realworld: FAIL %s: %s" % (zone, why_not))
            bad.add(zone)
            continue
        findings += len(got)
        for g in got:
            why = whys.get((zone, g[0], g[1], g[2]), "")
            out.append("\t".join([zone, g[0], str(g[1]), g[2], g[3], why]))
            if not update and not why and g[2].startswith(REAL_ONLY) and g in expected.get(zone, []):
                print("realworld: FAIL %s: %s: no why recorded: say why this error is real"
                      % (zone, show(g)))
                bad.add(zone)
        want = expected.get(zone, [])
        if update or got == want:
            continue
        bad.add(zone)
        missing = [w for w in want if w not in got]
        added = [g for g in got if g not in want]
        print("realworld: FAIL %s: %d findings, %d expected" % (zone, len(got), len(want)))
        for w in missing[:10]:
            print("  missing:    " + show(w))
        for g in added[:10]:
            print("  unexpected: " + show(g))
        if len(missing) > 10 or len(added) > 10:
            print("  (%d missing, %d unexpected in all)" % (len(missing), len(added)))
        if not missing and not added:
            print("  the same findings in another order or number")
    if update:
        if bad:
            print("realworld: %s not rewritten" % EXPECTED)
            return 1
        new_text = "\n".join(out) + "\n"
        sys.stdout.writelines(difflib.unified_diff(
            old_text.splitlines(True), new_text.splitlines(True),
            "a/tests/realworld-expected.tsv", "b/tests/realworld-expected.tsv"))
        with open(EXPECTED, "w", encoding="utf-8") as f:
            f.write(new_text)
        print("realworld: %s rewritten (%d findings in %d zones); review the diff above"
              % (os.path.relpath(EXPECTED), findings, len(rows)))
        return 0
    clean = sum(1 for r in rows if not expected.get(r["file"]))
    print("realworld: %d of %d zones gave exactly the findings recorded (%d findings; %d zones clean)"
          % (sum(1 for r in rows if r["file"] not in bad), len(rows), findings, clean))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
