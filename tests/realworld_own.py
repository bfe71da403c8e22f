#!/usr/bin/env python3
"""Lint every zone file of tests/realworld/ (real zones collected from
public repositories, sources in tests/realworld/SOURCES.tsv) twice, and
check each finding against its judgement in tests/realworld/JUDGED.tsv.

Each file is linted in its own folder, by its name there (as a user in
that folder would type it), with --format json and --no-config:
  correct  the options a user who knows the zone gives, from
           tests/realworld/RUNS.tsv (args is a shell word list; {} is the
           file, else the file comes last; other files named there, such
           as the other view, are linted too, but only the findings on
           this file count for it; args - marks a file that is not a
           zone, such as the named.conf that names the zones here,
           and is not linted)
  naive    zonelint FILE, no options
JUDGED.tsv has one row per finding: run (correct|naive), file (as in
SOURCES.tsv), line (0: the file as a whole), column, rule, severity,
message, verdict (true, false, debatable; ? = not judged yet) and why
(required for false and debatable).

The test fails when
  - a finding was added or is missing (a diff is printed),
  - a row is unjudged (?), or false/debatable without a why,
  - a finding judged false has severity warning or error,
  - a naive-run finding is not also a correct-run finding: the only
    difference between the runs is the origin and view, so such a
    finding is caused by the origin the file did not state (save what
    zonelint says of the origin itself: an input-origin-file-name note,
    or input-unreadable's "cannot tell the zone's origin"; these must
    still be judged true).

usage: tests/realworld_own.py ZONELINT
       tests/realworld_own.py --update ZONELINT   rewrites JUDGED.tsv from
       what zonelint reports now, keeping each row's verdict and why; new
       rows get verdict ?; prints the diff
"""
import collections
import difflib
import os
import shlex
import sys

import zljson

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(TOP, "tests", "realworld")
SOURCES = os.path.join(HERE, "SOURCES.tsv")
RUNS = os.path.join(HERE, "RUNS.tsv")
JUDGED = os.path.join(HERE, "JUDGED.tsv")
HEADER = ["run", "file", "line", "column", "rule", "severity", "message", "verdict", "why"]
KEY = slice(0, 7)  # run .. message: what zonelint reports
VERDICTS = ("true", "false", "debatable")
SEVERE = ("warning", "error")


def read_tsv(path, header):
    """Rows of a TSV file as dicts; the first line must be header."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines[0].split("\t") != header:
        sys.exit("realworld-own: %s: the header is not %s" % (path, "\t".join(header)))
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != len(header):
            sys.exit("realworld-own: %s:%d: %d columns, expected %d" % (path, n, len(cols), len(header)))
        rows.append(dict(zip(header, cols)))
    return rows, text


def lint(zonelint, local, args):
    """zonelint's findings on one file, as (file, line, column, rule,
    severity, message) tuples, or None and a reason it gave none."""
    folder = os.path.join(HERE, os.path.dirname(local))
    name = os.path.basename(local)
    argv = [a if a != "{}" else name for a in args]
    if "{}" not in args:
        argv.append(name)
    found, why = zljson.findings(zonelint, argv, folder)
    if found is None:
        return None, why
    got = []
    for f in found:
        path = os.path.normpath(os.path.join(os.path.dirname(local), f["file"]))
        if path != os.path.normpath(local):
            continue  # another file of the run (the other view): judged in its own run
        got.append((local, str(f["line"] or 0), str(f.get("column") or 0), f["rule"],
                    f["severity"], f["message"]))
    for g in got:
        if any(c in x for x in g for c in "\t\n"):
            return None, "a finding with a tab or newline, which JUDGED.tsv cannot hold: %r" % (g,)
    return got, None


def says_origin(key):
    """A naive-run finding that is zonelint saying what it made of the
    file's name: a note of how the origin was chosen, or "cannot tell the
    zone's origin" when nothing in the file or its name says it.  These
    claim nothing about the zone, and the correct run cannot have them."""
    rule, message = key[4], key[6]
    return rule == "input-origin-file-name" or (
        rule == "input-unreadable" and "cannot tell the zone's origin" in message)


def show(key):
    run, file, line, col, rule, sev, msg = key
    return "%s %s:%s:%s: %s: %s [%s]" % (run, file, line, col, sev, msg, rule)


def main():
    args = sys.argv[1:]
    update = "--update" in args
    args = [a for a in args if a != "--update"]
    if len(args) != 1:
        sys.exit(__doc__)
    zonelint = os.path.abspath(args[0])
    sources, _ = read_tsv(SOURCES, ["file", "repository", "path", "commit", "license", "teaches"])
    runs, _ = read_tsv(RUNS, ["file", "args"])
    judged, old_text = read_tsv(JUDGED, HEADER)
    files = [s["file"] for s in sources]
    runargs = {r["file"]: r["args"] for r in runs}
    verdict = {}
    for j in judged:
        verdict.setdefault(tuple(j[h] for h in HEADER[KEY]), (j["verdict"], j["why"]))

    bad = set()      # files that fail
    fails = []       # the listed failures, besides added and missing findings
    for f in sorted(set(runargs) ^ set(files)):
        print("realworld-own: FAIL %s: in %s but not in %s" % (
            f, *(("RUNS.tsv", "SOURCES.tsv") if f in runargs else ("SOURCES.tsv", "RUNS.tsv"))))
        bad.add(f)
    for f in sorted({j["file"] for j in judged} - set(files)):
        print("realworld-own: FAIL %s: judged, but not in SOURCES.tsv" % f)
        bad.add(f)

    out = ["\t".join(HEADER)]
    got_all = []
    for local in files:
        if runargs.get(local, "-") == "-":
            continue
        got = {}
        for run, a in (("correct", shlex.split(runargs[local])), ("naive", [])):
            g, why_not = lint(zonelint, local, a)
            if g is None:
                print("realworld-own: FAIL %s: %s run: %s" % (local, run, why_not))
                bad.add(local)
                g = []
            got[run] = [(run,) + x for x in g]
        for key in got["correct"] + got["naive"]:
            got_all.append(key)
            v, why = verdict.get(key, ("?", ""))
            out.append("\t".join(list(key) + [v, why]))
        correct = {k[1:] for k in got["correct"]}
        for key in got["naive"]:
            if key[1:] not in correct and not says_origin(key):
                fails.append((local, "naive-run finding not in the correct run (caused by the origin): "
                               + show(key)))

    want = [tuple(j[h] for h in HEADER[KEY]) for j in judged]
    missing = list((collections.Counter(want) - collections.Counter(got_all)).elements())
    added = list((collections.Counter(got_all) - collections.Counter(want)).elements())
    if missing or added:
        for k in missing + added:
            bad.add(k[1])
        print("realworld-own: FAIL: findings differ from tests/realworld/JUDGED.tsv "
              "(%d missing, %d added):" % (len(missing), len(added)))
        sys.stdout.writelines(difflib.unified_diff(
            ["\t".join(w) + "\n" for w in want], ["\t".join(g) + "\n" for g in got_all],
            "recorded", "now", n=0))

    for key in got_all:
        v, why = verdict.get(key, ("?", ""))
        if key not in verdict:
            continue  # reported above as added
        if v not in VERDICTS:
            fails.append((key[1], "not judged (verdict %r): %s" % (v, show(key))))
        elif v != "true" and not why.strip():
            fails.append((key[1], "judged %s without a why: %s" % (v, show(key))))
        if v == "false" and key[5] in SEVERE:
            fails.append((key[1], "false alarm at %s: %s (%s)" % (key[5], show(key), why)))

    if update:
        new_text = "\n".join(out) + "\n"
        sys.stdout.writelines(difflib.unified_diff(
            old_text.splitlines(True), new_text.splitlines(True),
            "a/tests/realworld/JUDGED.tsv", "b/tests/realworld/JUDGED.tsv"))
        with open(JUDGED, "w", encoding="utf-8") as f:
            f.write(new_text)
        print("realworld-own: %s rewritten (%d findings in %d files, %d unjudged); review the diff above"
              % (os.path.relpath(JUDGED), len(got_all), sum(1 for f in files if runargs.get(f, "-") != "-"),
                 sum(1 for k in got_all if verdict.get(k, ("?",))[0] not in VERDICTS)))
        return 0

    for local, text in fails:
        print("realworld-own: FAIL %s: %s" % (local, text))
        bad.add(local)
    counts = {}
    for key in got_all:
        v = verdict.get(key, ("?",))[0]
        counts[(key[0], v, key[5])] = counts.get((key[0], v, key[5]), 0) + 1
    for run in ("correct", "naive"):
        print("realworld-own: %s run: %s" % (run, ", ".join(
            "%d %s %s" % (n, v, s) for (r, v, s), n in sorted(counts.items()) if r == run) or "no findings"))
    files = [f for f in files if runargs.get(f) != "-"]
    print("realworld-own: %d of %d files as judged, with no false alarm at warning or error "
          "and no origin-caused finding (%d findings)"
          % (sum(1 for f in files if f not in bad), len(files), len(got_all)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
