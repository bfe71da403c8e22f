#!/usr/bin/env python3
"""Score zonelint's reader against Knot's scanner, record by record.

Knot's tests/libzscanner/data/*.in are parsed record by record by Knot's
own test tool, and each .out gives, in order, every record it read (owner,
class, TTL, type and RDATA in hex) or the error that refused it (see the
corpus README).  This runs tests/record_dump on each .in (origin ".") and
compares, record by record: a record Knot reads must reach zonelint's
rules with the same owner, type, TTL and RDATA octets; a record Knot
refuses must get a syntax error.  After Knot's fatal ERROR nothing more
is compared.  Files that $INCLUDE are left out (their records come from
two files).  Prints `N of M records agree`, writes the differences to
build/knot-record-disagreements.tsv, and fails when N drops below
tests/knot_records.floor (a ratchet).  Where zonelint differs on purpose,
tests/peer-disagreements.md says why.

usage: tests/knot_records.py RECORD_DUMP
"""
import os
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(TOP), "shared", "corpus", "peer-suites",
                    "knot", "tests", "libzscanner", "data")


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


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dump = os.path.abspath(sys.argv[1])
    if not os.path.isdir(DATA):
        print("Knot's scanner tests not found at %s" % DATA)
        return 1
    total = agree = 0
    rows = []
    for name in sorted(os.listdir(DATA)):
        out = os.path.join(DATA, name[:-3] + ".out")
        if not name.endswith(".in") or not os.path.exists(out):
            continue
        with open(os.path.join(DATA, name), "rb") as f:
            text = f.read()
        if b"$INCLUDE" in text:
            continue
        lines = text.decode("latin-1").split("\n")
        items = zonelint_items(dump, name)
        for i, b in enumerate(knot_blocks(out)):
            total += 1
            z = items[i] if i < len(items) else None
            refused = "ERROR" in b or "WARNG" in b
            if refused:
                ok = z is not None and z[0] == "error"
            else:
                ok = z is not None and z[0] == "ok" and z[1:5] == (
                    b["OWNER"], b["RTYPE"], b["RRTTL"], b["RDATA"])
            if ok:
                agree += 1
            else:
                line = z[-1] if z else 0
                rows.append((name, str(line), lines[line - 1].strip().replace("\t", " ")
                             if line else "", b.get("ERROR") or
                             b.get("WARNG") or "read " + b.get("RDATA", ""),
                             "refused" if z and z[0] == "error" else
                             "read " + z[4] if z else "nothing"))
            if "ERROR" in b:
                break
    os.makedirs(os.path.join(TOP, "build"), exist_ok=True)
    with open(os.path.join(TOP, "build", "knot-record-disagreements.tsv"),
              "w") as f:
        f.write("file\tline\ttext\tknot\tzonelint\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("knot records: %d of %d agree with Knot's scanner (%.1f%%)"
          % (agree, total, 100.0 * agree / total))
    with open(os.path.join(TOP, "tests", "knot_records.floor")) as f:
        floor = int(f.read().split()[0])
    if agree < floor:
        print("knot records: FAIL: %d is below the floor of %d; see "
              "build/knot-record-disagreements.tsv" % (agree, floor))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
