#!/usr/bin/env python3
"""Compare zonelint with the peers' own test suites, row by row.

For every EXPECTED.tsv row of ../shared/corpus/peer-suites/*: a `valid`
file should give no error, an `invalid` or `invalid-semantic` one at
least one.  For scope `parse` files (record-level parser tests, which may
lack an SOA) only syntax-* and input-* errors count.

What zonelint says of every row is kept in tests/peer_agreement.expected
(TSV: suite, file, expect, zonelint's verdict `error` or `clean` (or
`timeout`, `crash`), `agree` yes/no, and the errors that count as
RULE@LINE, comma-separated, sorted by line; RULE@FILE:LINE when the error
is in another file, such as an included one).  A row that changes in any
way fails: a disagreement that appears or goes away, or the same verdict
reached through other errors.  Every disagreeing row's file must be named
in tests/peer-disagreements.md, which says why zonelint differs.

Prints `N of M agree` per suite and overall and writes the disagreements
to build/peer-disagreements.tsv.  After a deliberate change, rewrite the
list with --update, review the diff it prints, and commit it with the
change.

usage: tests/peer_agreement.py ZONELINT [--update] [--verbose]
"""
import os
import re
import subprocess
import sys
import tempfile

import expectlist

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(TOP), "shared", "corpus", "peer-suites")
EXPECTED = os.path.join(TOP, "tests", "peer_agreement.expected")
REASONS = os.path.join(TOP, "tests", "peer-disagreements.md")
HEADER = ("suite", "file", "expect", "zonelint", "agree", "errors")
COMMENTS = (
    "# What zonelint says of every row of the peers' suites; written by",
    "# `tests/peer_agreement.py ./zonelint --update`, checked by",
    "# `make peers`.  Why the rows with agree=no differ: "
    "tests/peer-disagreements.md.",
)
FINDING = re.compile(
    r"^(.*?):(?:(\d+):\d+:)? (error|warning|note): .* \[([a-z0-9-]+)\]$")


def counted_errors(output, scope, here):
    """The errors that decide the verdict, as RULE@LINE (RULE@FILE:LINE
    for another file than `here`), in line order, each once."""
    found = []
    for line in output.splitlines():
        m = FINDING.match(line)
        if not m or m.group(3) != "error":
            continue
        path, num, rule = m.group(1), int(m.group(2) or 0), m.group(4)
        if scope == "parse" and not rule.startswith(("syntax-", "input-")):
            continue
        where = str(num) if path == here else "%s:%d" % (
            os.path.basename(path), num)
        found.append(((path != here, path, num, rule), "%s@%s" % (rule, where)))
    seen, errors = set(), []
    for _, text in sorted(found):
        if text not in seen:
            seen.add(text)
            errors.append(text)
    return errors


def run_one(zonelint, suite_dir, row, tmp):
    """zonelint's verdict on one row and the errors that count."""
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
    args = [zonelint, "--color", "never", "--no-config",
            "--allow-include-outside", "--origin", row["origin"]]
    args += now_of(row) + [rel]
    try:
        p = subprocess.run(args, cwd=rundir, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return "timeout", []
    if p.returncode not in (0, 1, 2):
        return "crash", ["exit %d" % p.returncode]
    errors = counted_errors(p.stdout.decode("utf-8", "replace"),
                            row["scope"], rel)
    return ("error" if errors else "clean"), errors


NOTE_TIME = re.compile(r"-t ?(\d{14}|\d{9,10})\b")


def now_of(row):
    """--now TIME when the row's note gives the time its peer's harness
    judges signatures at (validns -t1501789043, ldns-verify-zone -t
    20181021203928): a signed test zone's signatures expired long ago,
    and its suite runs it at a fixed time, as we must.  Else nothing:
    the current time."""
    m = NOTE_TIME.search(row.get("note", ""))
    return ["--now", m.group(1)] if m else []


def suite_rows(suite_dir):
    tsv = os.path.join(suite_dir, "EXPECTED.tsv")
    if not os.path.isfile(tsv):
        return []
    with open(tsv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t")))
                for line in f if line.strip()]


def run_all(zonelint, verbose):
    """One list row per EXPECTED.tsv row, and the build/ report rows."""
    rows, report = [], []
    total = agree = 0
    with tempfile.TemporaryDirectory() as tmp:
        for suite in sorted(os.listdir(CORPUS)):
            suite_dir = os.path.join(CORPUS, suite)
            s_total = s_agree = 0
            for row in suite_rows(suite_dir):
                verdict, errors = run_one(zonelint, suite_dir, row, tmp)
                want = "clean" if row["expect"] == "valid" else "error"
                ok = verdict == want
                rows.append((suite, row["file"], row["expect"], verdict,
                             "yes" if ok else "no", ",".join(errors) or "-"))
                s_total += 1
                s_agree += ok
                if not ok:
                    why = ",".join(errors) or "no error reported"
                    report.append((suite, row["file"], row["expect"],
                                   row["scope"], why, row["note"]))
                    if verbose:
                        print("  disagree %s/%s (%s): %s"
                              % (suite, row["file"], row["expect"], why))
            if s_total:
                print("peers: %-8s %3d of %3d agree" % (suite, s_agree, s_total))
            total += s_total
            agree += s_agree
    print("peers: overall  %3d of %3d agree (%.1f%%)"
          % (agree, total, 100.0 * agree / max(total, 1)))
    return rows, report


def write_report(report):
    os.makedirs(os.path.join(TOP, "build"), exist_ok=True)
    with open(os.path.join(TOP, "build", "peer-disagreements.tsv"), "w",
              encoding="utf-8") as f:
        f.write("suite\tfile\texpect\tscope\tzonelint\tnote\n")
        for r in report:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")


def unexplained(rows):
    """Disagreeing rows that no line of tests/peer-disagreements.md names:
    a line must name the suite and the file (its last path components, as
    a word of their own, e.g. `good1.db` or `36-include/include.zone`)."""
    with open(REASONS, encoding="utf-8") as f:
        lines = [line.lower() for line in f]
    missing = []
    for suite, name, _, _, agreed, _ in rows:
        if agreed == "yes":
            continue
        base = re.escape(name.split("/")[-1].lower())
        word = re.compile(r"(^|[`\s/])" + base + r"($|[`\s:,)])")
        if not any(suite in line and word.search(line) for line in lines):
            missing.append("%s/%s" % (suite, name))
    return missing


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    zonelint = os.path.abspath(args[0])
    if not os.path.isdir(CORPUS):
        print("peer suites not found at %s" % CORPUS)
        return 1
    rows, report = run_all(zonelint, "--verbose" in sys.argv)
    write_report(report)
    if "--update" in sys.argv:
        expectlist.update(EXPECTED, COMMENTS, HEADER, rows)
        return 0
    _, _, expected = expectlist.read(EXPECTED)
    failures = expectlist.compare(expected, rows, 2,
                                  "tests/peer_agreement.expected")
    for name in unexplained(rows):
        failures.append("%s: disagrees, and tests/peer-disagreements.md "
                        "does not say why" % name)
    for line in failures:
        print("peers: FAIL: " + line)
    if failures:
        print("peers: if the change is meant, run `tests/peer_agreement.py "
              "./zonelint --update`, review the diff and commit it")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
