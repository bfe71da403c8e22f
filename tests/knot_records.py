#!/usr/bin/env python3
"""Compare zonelint's reader with Knot's scanner, record by record.

Knot's tests/libzscanner/data/*.in are parsed record by record by Knot's
own test tool, and each .out gives, in order, every record it read (owner,
class, TTL, type and RDATA in hex) or the error that refused it (see the
corpus README).  This runs tests/record_dump on each .in (origin ".") and
compares, record by record: a record Knot reads must reach zonelint's
rules with the same owner, type, TTL and RDATA octets; a record Knot
refuses must get a syntax error.  After Knot's fatal ERROR nothing more
is compared.  Files that $INCLUDE are left out (their records come from
two files).

Every record that differs is kept in tests/knot_records.expected (TSV:
file, record number in Knot's .out, line zonelint read it on, what Knot
says, what zonelint says, the line's text).  Any change fails: a record
that comes to differ, one that agrees again, or one that differs in
another way.  Where zonelint differs on purpose, tests/peer-disagreements.md
says why.  Prints `N of M records agree` and writes the differences to
build/knot-record-disagreements.tsv too.  After a deliberate change,
rewrite the list with --update, review the diff it prints, and commit it
with the change.

usage: tests/knot_records.py RECORD_DUMP [--update]
"""
import os
import subprocess
import sys

import expectlist

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(TOP), "shared", "corpus", "peer-suites",
                    "knot", "tests", "libzscanner", "data")
EXPECTED = os.path.join(TOP, "tests", "knot_records.expected")
HEADER = ("file", "record", "line", "knot", "zonelint", "text")
COMMENTS = (
    "# Every record of Knot's scanner tests that zonelint reads otherwise;",
    "# written by `tests/knot_records.py build/tests/record_dump --update`,",
    "# checked by `make peers`.  Why: tests/peer-disagreements.md.",
)


def knot_blocks(path):
    blocks, cur = [], {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "------":
                blocks.append(cur)
                cur = {}
            elif "=" in line:
                k, v = line.split("=", 1)
                cur[k] = v
    return blocks


def zonelint_items(dump, name):
    """Each record line's verdict, in file order: ("ok", owner, type,
    ttl, rdata, line) or ("error", line); one per line with an error."""
    p = subprocess.run([dump, ".", name], cwd=DATA, capture_output=True,
                       text=True, errors="replace", timeout=60)
    by_line = {}
    for row in p.stdout.splitlines():
        f = row.split(" ")
        line = int(f[0])
        if f[1] == "ok":
            by_line.setdefault(line, []).append(
                ("ok", f[2], f[3], f[4], f[5] if len(f) > 5 else "", line))
        elif not any(x[0] == "error" for x in by_line.get(line, [])):
            by_line.setdefault(line, []).append(("error", line))
    return [x for line in sorted(by_line) for x in by_line[line]]


def verdicts(b, z):
    """What Knot and zonelint say of one record, and whether they agree."""
    refused = "ERROR" in b or "WARNG" in b
    if refused:
        ok = z is not None and z[0] == "error"
        knot = b.get("ERROR") or b.get("WARNG")
    else:
        ok = z is not None and z[0] == "ok" and z[1:5] == (
            b["OWNER"], b["RTYPE"], b["RRTTL"], b["RDATA"])
        knot = "read %s %s %s %s" % (b["OWNER"], b["RTYPE"], b["RRTTL"],
                                     b["RDATA"])
    if z is None:
        ours = "nothing"
    elif z[0] == "error":
        ours = "refused"
    else:
        ours = "read " + " ".join(z[1:5])
    return ok, knot, ours


def compare_file(dump, name):
    """The number of Knot's records in one file, how many agree, and a
    list row for each that does not."""
    with open(os.path.join(DATA, name), "rb") as f:
        lines = f.read().decode("latin-1").split("\n")
    items = zonelint_items(dump, name)
    total = agree = 0
    rows = []
    for i, b in enumerate(knot_blocks(os.path.join(DATA, name[:-3] + ".out"))):
        total += 1
        z = items[i] if i < len(items) else None
        ok, knot, ours = verdicts(b, z)
        if ok:
            agree += 1
        else:
            line = z[-1] if z else 0
            text = lines[line - 1].strip().replace("\t", " ") if line else ""
            rows.append((name, str(i + 1), str(line), knot, ours, text))
        if "ERROR" in b:
            break
    return total, agree, rows


def scanner_tests():
    """Knot's .in files with an .out, less those that $INCLUDE."""
    for name in sorted(os.listdir(DATA)):
        out = os.path.join(DATA, name[:-3] + ".out")
        if not name.endswith(".in") or not os.path.exists(out):
            continue
        with open(os.path.join(DATA, name), "rb") as f:
            if b"$INCLUDE" not in f.read():
                yield name


def write_report(rows):
    os.makedirs(os.path.join(TOP, "build"), exist_ok=True)
    with open(os.path.join(TOP, "build", "knot-record-disagreements.tsv"),
              "w") as f:
        f.write("\t".join(HEADER) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    dump = os.path.abspath(args[0])
    if not os.path.isdir(DATA):
        print("Knot's scanner tests not found at %s" % DATA)
        return 1
    total = agree = 0
    rows = []
    for name in scanner_tests():
        t, a, r = compare_file(dump, name)
        total, agree = total + t, agree + a
        rows += r
    write_report(rows)
    print("knot records: %d of %d agree with Knot's scanner (%.1f%%)"
          % (agree, total, 100.0 * agree / total))
    if "--update" in sys.argv:
        expectlist.update(EXPECTED, COMMENTS, HEADER, rows)
        return 0
    _, _, expected = expectlist.read(EXPECTED)
    failures = expectlist.compare(expected, rows, 2,
                                  "tests/knot_records.expected")
    for line in failures:
        print("knot records: FAIL: " + line)
    if failures:
        print("knot records: if the change is meant, run `tests/"
              "knot_records.py build/tests/record_dump --update`, review "
              "the diff and commit it")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
