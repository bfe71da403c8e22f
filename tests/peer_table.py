#!/usr/bin/env python3
"""What BIND, Knot, NSD and validns make of each rule's bad example.

Runs named-checkzone, kzonecheck, nsd-checkzone and validns on the bad
example --explain shows for every rule (each file of it, in a scratch
folder, so that an $INCLUDE is looked for beside it) and writes one row
per rule: the peer refuses it (exits non-zero), warns (exits 0 and says
more than its usual success line) or loads it (says nothing more).  An
example of several files is refused when a file of it is, else warns
when a file of it warns.  Signed examples are judged at the catalogue's
now, 2026-12-01 00:00:00 UTC.

  tests/peer_table.py ZONELINT           print the table
  tests/peer_table.py ZONELINT --update  write docs/peer-behaviour.md
  tests/peer_table.py ZONELINT --check   fail if that file is not current
"""
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(TOP, "docs", "peer-behaviour.md")

# peer: (command before the origin and the file, lines of a quiet load)
PEERS = {
    "BIND": (["named-checkzone", "-i", "local"],
             [r"zone \S+/IN: loaded serial \d+( \(DNSSEC signed\))?",
              "OK"]),
    # -v: say why a zone fails to load, not only that it does
    "Knot": (["kzonecheck", "-v", "-t", "20261201000000", "-o"],
             ["No semantic error found"]),
    "NSD": (["nsd-checkzone"], [r"zone \S+ is ok"]),
    # every policy check but single-ns: most examples have one server
    "validns": (["validns", "-p", "cname-other-data", "-p", "dname",
                 "-p", "nsec3param-not-apex", "-p", "mx-alias",
                 "-p", "ns-alias", "-p", "rp-txt-exists", "-p", "tlsa-host",
                 "-p", "ksk-exists", "-t", "1796083200", "-z"], []),
}
NOISE = [r"\s*"]  # blank lines say nothing
# summaries that come before what the peer found
SUMMARY = [r"error: failed to run semantic checks.*",
           r"error: \[\S+\] zone loader, failed to load zone, .*, \d+ errors?",
           r"Serious semantic error detected",r"zone \S+ file .* has \d+ errors?", r"Error summary:",
           r"zone \S+/IN: loading from master file .*"]
# examples that must be run as they are: completing them hides the fault
AS_IS = {"hygiene-soa-missing", "input-root-hints"}


def examples(zonelint, rule, part="Bad"):
    """The text of RULE's example PART as --explain prints it."""
    run = subprocess.run([zonelint, "--no-config", "--explain", rule],
                         capture_output=True, text=True, check=True)
    lines, keep = [], False
    for line in run.stdout.split("\n"):
        if line and not line.startswith(" "):
            keep = line == part + ":"
            continue
        if keep:
            lines.append(line[2:])
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) + "\n"


def files(text):
    """[(file name, zone text)] of an example."""
    text = "".join(l + "\n" for l in text.split("\n")[:-1]
                   if not l.startswith(";; options:"))
    if not text.startswith(";; file: "):
        return [("example.zone", text)]
    out = []
    for part in text.split(";; file: ")[1:]:
        name, _, body = part.partition("\n")
        out.append((name.strip(), body))
    return out


SOA = re.compile(r"^\S*\s+(\d+\s+)?(IN\s+)?(\d+\s+)?SOA\s", re.M | re.I)
FILL = ("@ 3600 IN SOA ns.zonelint.invalid. hostmaster.zonelint.invalid. "
        "1 7200 3600 1209600 300\n@ 3600 IN NS ns.zonelint.invalid.\n")


def complete(text):
    """TEXT, with an SOA and an NS record after its leading directives
    and comments when it has no SOA (the example shows records, not a
    whole zone), and whether it had to be completed."""
    if SOA.search(text):
        return text, False
    lines = text.split("\n")
    i = 0
    while i < len(lines) and (lines[i][:1] in ("$", ";") or
                              not lines[i].strip()):
        if lines[i].upper().startswith("$INCLUDE"):
            break
        i += 1
    return "\n".join(lines[:i]) + ("\n" if i else "") + FILL + \
        "\n".join(lines[i:]), True


def origin(name, text):
    m = re.search(r"^\$ORIGIN\s+(\S+)", text, re.M)
    if m:
        return m.group(1)
    m = re.search(r"Database file \S+ for (\S+) zone", text)
    if m:
        return m.group(1)
    base = os.path.basename(name)
    for ext in (".zone", ".dns", ".db", ".txt"):
        if base.endswith(ext) and base != "example" + ext:
            return base[:-len(ext)]
    return "example.com."


def verdict(peer, zone, path, cwd):
    """(refuses, warns or loads; the first thing the peer said of it)"""
    cmd, quiet = PEERS[peer]
    run = subprocess.run(cmd + [zone.rstrip(".") or ".", path], cwd=cwd,
                         capture_output=True, check=False)
    said = (run.stdout + run.stderr).decode("utf-8", "replace")
    said = said.replace(cwd + os.sep, "").split("\n")
    said = [re.sub(r"^\[[-0-9 :.]+\] nsd-checkzone\[\d+\]: ", "", l)
            for l in said]
    said = [l.strip() for l in said
            if not any(re.fullmatch(q, l) for q in quiet + NOISE)]
    first = next((l for l in said
                  if not any(re.fullmatch(q, l) for q in SUMMARY)), "")
    if run.returncode != 0:
        return "refuses", first
    return ("warns" if said else "loads"), first


WORSE = {"loads": 0, "warns": 1, "refuses": 2}


def row(zonelint, rule):
    text = examples(zonelint, rule)
    completed = False
    if rule == "syntax-encoding":  # its bad example is the good one in UTF-16
        good = examples(zonelint, rule, "Good")
        parts = [("example.zone", good, "\ufeff" + good)]
    else:
        parts = []
        for name, plain in files(text):
            data, filled = complete(plain) if rule not in AS_IS \
                else (plain, False)
            parts.append((name, data, data))
            completed |= filled
    out = {"completed": completed}
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, plain, data in parts:
            path = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data.encode("utf-16-le" if data != plain else "utf-8"))
            paths.append((origin(name, plain), path))
        for peer in PEERS:
            worst, why = "loads", ""
            for zone, path in paths:
                v, first = verdict(peer, zone, path, tmp)
                if WORSE[v] > WORSE[worst]:
                    worst, why = v, first
            out[peer] = worst
            out[peer + " says"] = why
    return out


def table(zonelint):
    rules = subprocess.run([zonelint, "--no-config", "--list-rules"],
                           capture_output=True, text=True, check=True)
    ids = [l.split()[0] for l in rules.stdout.split("\n") if l.strip()]
    lines = [
        "# What the peers make of each rule's bad example",
        "",
        "Generated by `tests/peer_table.py ZONELINT --update` (`make "
        "peer-table`) from",
        "runs of named-checkzone (BIND), kzonecheck (Knot), nsd-checkzone "
        "(NSD) and",
        "validns (every policy check but single-ns) as Debian 12 installs "
        "them (BIND",
        "9.18, Knot 3.2, NSD 4.6, validns 0.8) on the bad example that",
        "`zonelint --explain RULE` shows; `make peers` fails when it is not "
        "current.",
        "",
        "- *refuses*: the peer exits non-zero; *warns*: it exits 0 but "
        "prints more",
        "  than its usual success line; *loads*: it says nothing more.",
        "- An example that shows records rather than a zone (*records, in "
        "a zone*) is",
        "  run with an SOA and an NS record put after its leading "
        "directives.",
        "- An example of several files counts its worst file; signed "
        "examples are",
        "  judged at 2026-12-01 00:00:00 UTC.",
        "- A peer may refuse an example for another reason than the rule's "
        "(\"What",
        "  they said\" below gives its first message).  What a peer does "
        "with other",
        "  zones is what the rule's --explain says, backed by "
        "tests/peer_claims.py.",
        "",
        "| rule | BIND | Knot | NSD | validns | example |",
        "|---|---|---|---|---|---|",
    ]
    said = ["", "## What they said", "",
            "The first thing each peer printed about a bad example it "
            "refused or warned",
            "about (file names relative to the example's folder).", ""]
    for rule in ids:
        v = row(zonelint, rule)
        for p in PEERS:
            if v[p] != "loads":
                said.append("- %s, %s %s: `%s`" % (
                    rule, p, v[p], v[p + " says"].replace("`", "'")[:160]))
        lines.append("| %s | %s | %s |" % (
            rule, " | ".join(v[p] for p in PEERS),
            "records, in a zone" if v["completed"] else "a zone"))
    return "\n".join(lines + said) + "\n"


def main():
    zonelint = os.path.abspath(sys.argv[1])
    mode = sys.argv[2] if len(sys.argv) > 2 else ""
    text = table(zonelint)
    if mode == "--update":
        with open(DOC, "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    if mode == "--check":
        try:
            with open(DOC, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = ""
        if old != text:
            print("peer table: FAIL docs/peer-behaviour.md is not what the "
                  "peers do with the bad examples today; run "
                  "tests/peer_table.py ./zonelint --update and review the "
                  "diff")
            for a, b in zip(old.split("\n"), text.split("\n")):
                if a != b:
                    print("  committed: " + a + "\n  today:     " + b)
            return 1
        print("peer table: %d rules, as docs/peer-behaviour.md says" %
              (text.count("\n| ") - 1))
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
