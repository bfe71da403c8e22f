#!/usr/bin/env python3
"""Check that zonelint's reader reads each zone as BIND does, record by record.

For every zone of ../shared/corpus that BIND's named-checkzone loads
(BASELINE.tsv), BIND's own reading is dumped (`named-checkzone -D`: every
record once, absolute, with its TTL and class, in BIND's canonical text)
and tests/record_dump reads both that dump and the file itself.  The two
sets of records (owner, type, TTL, data octets) must be the same, once
the records BIND drops are left out of zonelint's (out-of-zone data;
duplicates fall out of the sets).  A file listed in
tests/bind_records.known may differ, for the reason given there; a listed
file that no longer differs fails too, so the list stays true.

usage: tests/bind_records.py RECORD_DUMP
"""
import csv
import os
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(TOP), "shared", "corpus")


def wire_name(name):
    labels = [l for l in name.lower().rstrip(".").split(".") if l]
    return "".join("%02X%s" % (len(l), l.encode().hex().upper())
                   for l in labels) + "00"


def records(dump, origin, path, cwd):
    """The set of records record_dump reads at or below origin, and the
    number of syntax errors."""
    p = subprocess.run([dump, origin, path], cwd=cwd, capture_output=True,
                       text=True, errors="replace", timeout=120)
    apex = wire_name(origin)
    found, errors = set(), 0
    for row in p.stdout.splitlines():
        f = row.split(" ")
        if f[1] == "error":
            errors += 1
        elif f[2].upper().endswith(apex):  # BIND drops out-of-zone data
            found.add(" ".join(f[2:]).upper())
    return found, errors


def rundirs():
    """Each corpus file's folder to run from, as its suite says."""
    dirs = {}
    suites = os.path.join(CORPUS, "peer-suites")
    for suite in sorted(os.listdir(suites)):
        tsv = os.path.join(suites, suite, "EXPECTED.tsv")
        if os.path.isfile(tsv):
            with open(tsv, encoding="utf-8") as f:
                for r in csv.DictReader(f, delimiter="\t"):
                    dirs["peer-suites/%s/%s" % (suite, r["file"])] = \
                        os.path.join(suites, suite, r["rundir"] or ".")
    with open(os.path.join(CORPUS, "real-world", "SOURCES.tsv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r.get("rundir"):
                dirs["real-world/" + r["file"]] = os.path.join(
                    CORPUS, "real-world", r["rundir"])
    return dirs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dump = os.path.abspath(sys.argv[1])
    known = {}
    with open(os.path.join(TOP, "tests", "bind_records.known"),
              encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, why = line.rstrip("\n").split("\t", 1)
                known[name] = why
    dirs = rundirs()
    same = differ = 0
    failures = []
    with open(os.path.join(CORPUS, "BASELINE.tsv"), encoding="utf-8") as f:
        baseline = list(csv.DictReader(f, delimiter="\t"))
    with tempfile.TemporaryDirectory() as tmp:
        bind_dump = os.path.join(tmp, "bind.zone")
        for row in baseline:
            name, origin = row["file"], row["origin"]
            if row["named-checkzone"] != "ok":
                continue
            path = os.path.join(CORPUS, name)
            with open(path, "rb") as f:
                if b"@TMPDIR@" in f.read():  # Knot's, filled in at run time
                    continue
            cwd = os.path.realpath(dirs.get(name, os.path.dirname(path)))
            rel = os.path.relpath(os.path.realpath(path), cwd)
            p = subprocess.run(["named-checkzone", "-i", "local", "-D", "-o",
                                bind_dump, origin, rel], cwd=cwd,
                               capture_output=True, timeout=120)
            if p.returncode != 0:
                failures.append("%s: named-checkzone no longer loads it"
                                % name)
                continue
            bind, bind_errors = records(dump, origin, bind_dump, tmp)
            ours, _ = records(dump, origin, rel, cwd)
            differs = bind != ours or bind_errors > 0
            if differs and name not in known:
                failures.append("%s: %d records only as BIND reads them, %d "
                                "only as zonelint reads them, %d syntax "
                                "errors in BIND's dump" % (name,
                                len(bind - ours), len(ours - bind),
                                bind_errors))
                for r in sorted(bind - ours)[:2]:
                    failures.append("    BIND     " + r[:160])
                for r in sorted(ours - bind)[:2]:
                    failures.append("    zonelint " + r[:160])
            elif not differs and name in known:
                failures.append("%s: now read as BIND reads it; take it off "
                                "tests/bind_records.known" % name)
            if differs:
                differ += 1
            else:
                same += 1
    print("bind records: %d of %d zones BIND loads read record for record "
          "as BIND reads them (%d known differences, "
          "tests/bind_records.known)" % (same, same + differ, differ))
    for line in failures:
        print("bind records: FAIL: " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
