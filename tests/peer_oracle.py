#!/usr/bin/env python3
"""Ask BIND and Knot about every zone of our own test data.

For every zone file of the golden cases (tests/golden/CASE/: their
inputs, a case's stdin too) and every zone a case names in its args
(from the folder it runs in), this runs
`named-checkzone -i local ORIGIN FILE`, `kzonecheck -o ORIGIN FILE` and
`zonelint --no-config --origin ORIGIN FILE`, each in the file's folder.
The origin is the golden case's --origin, else the one zonelint finds
itself (its -v line: a first SOA's owner, $ORIGIN, a Windows header, the
file name).  Files another file
$INCLUDEs are fragments, not zones, and are left out (and listed), as are
files with no origin to find.

When BIND and Knot both load a zone, zonelint must report no error; when
both refuse it, at least one.  (When they differ, neither is taken as
the answer.)  A zone where zonelint differs anyway must be listed in
tests/peer_oracle.known (TSV: file from the top, the rule ids of
zonelint's errors, comma-separated, or `-` for none, and the reason: a
check only zonelint makes (`zonelint-only: ...`, e.g. the sip-*, leak-*
and split-* rules), a deliberate difference that tests/peer-disagreements.md
explains (`deliberate: ...`), or a fault in zonelint not fixed yet
(`BUG: ...`)).  The test fails on a disagreement not listed, on a listed
zone whose errors are now other rules, and on a listed zone that no
longer disagrees, so the list stays true.  Edit the list by hand: each
entry is a judgement.

usage: tests/peer_oracle.py ZONELINT [--verbose]
"""
import os
import re
import shlex
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNOWN = os.path.join(TOP, "tests", "peer_oracle.known")
DISAGREEMENTS = os.path.join(TOP, "tests", "peer-disagreements.md")
GOLDEN = os.path.join(TOP, "tests", "golden")
GOLDEN_META = {"args", "expected", "status", "stderr", "cwd", "filter",
               "SOURCE"}
REASONS = ("zonelint-only:", "deliberate:", "BUG:")
FINDING = re.compile(r"^.*?:(?:\d+:\d+:)? (error|warning|note): .* \[([a-z0-9-]+)\]$")
ZONE_NAME = re.compile(r"^(?:(.+)\.(?:zone|dns|db)|db\.(.+))$", re.I)
# options whose value is not a zone (--internal and --external name zones)
VALUE_OPTIONS = {"j", "jobs", "explain", "enable", "disable", "severity",
                 "fail-on", "format", "color", "internal-domain", "sip-domain",
                 "config", "baseline", "allow-outside", "write-baseline",
                 "sip-allow-target", "sip-internal-name", "limit"}
VERBOSE_ZONE = re.compile(r": zone (\S+) \(origin from ([^)]*)\)")


def golden_zones():
    """Every file a golden case names or reads on stdin, with the
    --origin given before it or None: {path: origin}."""
    named = {}
    for case in sorted(os.listdir(GOLDEN)):
        d = os.path.join(GOLDEN, case)
        if not os.path.isfile(os.path.join(d, "args")):
            continue
        with open(os.path.join(d, "args"), encoding="utf-8") as f:
            words = shlex.split(f.read())
        cwd = d  # a case runs in its folder, or in its cwd from there
        if os.path.isfile(os.path.join(d, "cwd")):
            with open(os.path.join(d, "cwd"), encoding="utf-8") as f:
                cwd = os.path.join(d, f.read().strip())
        origin, value = None, False
        for w in words:
            if value:
                value = False
            elif origin == "":
                origin = w
            elif w in ("--origin", "-o"):
                origin = ""
            elif w.lstrip("-") in VALUE_OPTIONS:
                value = True
            elif not w.startswith("-") or w == "-":
                path = os.path.join(d, "stdin") if w == "-" else \
                    os.path.normpath(os.path.join(cwd, w))
                if os.path.isfile(path) and path not in named:
                    named[path] = origin
                origin = None
    return named


def includes(path):
    """The files path $INCLUDEs, resolved from its folder."""
    found = []
    with open(path, "rb") as f:
        text = f.read().decode("latin-1")
    for m in re.finditer(r'(?m)^\$INCLUDE\s+("(?:[^"\\]|\\.)*"|\S+)', text):
        name = m.group(1).strip('"')
        name = re.sub(r"\\(\d{3})", lambda d: chr(int(d.group(1))), name)
        name = re.sub(r"\\(.)", r"\1", name)
        found.append(os.path.normpath(os.path.join(os.path.dirname(path), name)))
    return found


def origin_of(path, zonelint):
    """The zone's origin as zonelint finds it without --origin (what
    -v says), or None: no origin, or root hints."""
    p = subprocess.run([zonelint, "-v", "--no-config", os.path.basename(path)],
                       cwd=os.path.dirname(path), capture_output=True, timeout=120)
    m = VERBOSE_ZONE.search(p.stderr.decode("utf-8", "replace"))
    if m is None or "root hints" in m.group(2):
        return None
    return m.group(1)


def candidates(zonelint):
    """(zones {path: origin}, skipped [(path, why)]) over the test data."""
    named = golden_zones()
    files = set(named)
    for d, dirs, names in os.walk(GOLDEN):
        dirs.sort()
        if d == GOLDEN:
            continue  # the case folders, below
        for n in names:
            if n in GOLDEN_META or n.endswith((".zonelint", ".py")):
                continue
            files.add(os.path.join(d, n))
    included = {}
    for p in sorted(files):
        for inc in includes(p):
            included.setdefault(inc, p)
    zones, skipped = {}, []
    for p in sorted(files):
        origin = named.get(p) or origin_of(p, zonelint)
        if p in included:
            skipped.append((p, "a fragment: $INCLUDEd by " + rel(included[p])))
        elif not ZONE_NAME.match(os.path.basename(p)) and p not in named:
            skipped.append((p, "not named as a zone, and no golden case "
                               "reads it as one"))
        elif origin is None:
            skipped.append((p, "no origin to find: not a zone of its own"))
        else:
            zones[p] = origin
    return zones, skipped


def rel(path):
    return os.path.relpath(path, TOP)


def run(args, cwd):
    """Exit status and standard output, with standard error after it."""
    p = subprocess.run(args, cwd=cwd, capture_output=True, timeout=120)
    return p.returncode, (p.stdout + p.stderr).decode("utf-8", "replace")


def verdicts(zonelint, path, origin):
    """BIND's and Knot's verdicts (True: loads), zonelint's error rule
    ids, and the peers' first complaint for the verbose report."""
    cwd, name = os.path.dirname(path), os.path.basename(path)
    b_rc, b_out = run(["named-checkzone", "-i", "local", origin, name], cwd)
    k_rc, k_out = run(["kzonecheck", "-o", origin, name], cwd)
    _, z_out = run([zonelint, "--color", "never", "--no-config",
                    "--origin", origin, name], cwd)
    rules = sorted({m.group(2) for m in map(FINDING.match, z_out.splitlines())
                    if m and m.group(1) == "error"})
    says = (b_out.strip().splitlines() or [""])[0] + " | " + \
        (k_out.strip().splitlines() or [""])[0]
    return b_rc == 0, k_rc == 0, rules, says


def read_known():
    known = {}
    with open(KNOWN, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, rules, why = line.rstrip("\n").split("\t", 2)
                known[name] = (rules, why)
    return known


def judge(name, bind_ok, knot_ok, rules, known):
    """The outcome for one zone and a failure message or None."""
    if bind_ok != knot_ok:
        return "split", ("%s: listed, but the peers now differ on it; take it "
                         "off tests/peer_oracle.known" % name
                         if name in known else None)
    if bind_ok != bool(rules):
        return "agree", ("%s: listed, but now agrees with BIND and Knot; take "
                         "it off tests/peer_oracle.known" % name
                         if name in known else None)
    ids = ",".join(rules) or "-"
    peers = "load it" if bind_ok else "refuse it"
    if name not in known:
        return "differ", ("%s: BIND and Knot %s, zonelint reports %s; not in "
                          "tests/peer_oracle.known" % (
                              name, peers, "errors " + ids if rules else
                              "no error"))
    if known[name][0] != ids:
        return "known", ("%s: BIND and Knot %s; zonelint's errors are now %s, "
                         "listed as %s" % (name, peers, ids, known[name][0]))
    return "known", reason_fault(name, rules, known[name][1])


def reason_fault(name, rules, why):
    """What is wrong with a known entry's reason, or None: it must say
    which kind of difference it is; a zonelint-only one names each rule
    that is not sip-*, leak-* or split-*; a deliberate one is explained,
    by the file's path, in tests/peer-disagreements.md."""
    if not why.startswith(REASONS):
        return "%s: the reason must start with one of %s" % (
            name, ", ".join(REASONS))
    if why.startswith("zonelint-only:"):
        unnamed = [r for r in rules if r not in why and
                   not r.startswith(("sip-", "leak-", "split-"))]
        if unnamed:
            return "%s: a zonelint-only reason must say why %s has no peer " \
                "equivalent" % (name, ", ".join(unnamed))
    if why.startswith("deliberate:"):
        with open(DISAGREEMENTS, encoding="utf-8") as f:
            if "`%s`" % name not in f.read():
                return "%s: listed as deliberate, but tests/peer-" \
                    "disagreements.md does not name it" % name
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    zonelint = os.path.abspath(args[0])
    verbose = "--verbose" in sys.argv
    known = read_known()
    zones, skipped = candidates(zonelint)
    counts = {"agree": 0, "split": 0, "known": 0, "differ": 0}
    kinds, seen, failures = {}, set(), []
    for path in sorted(zones):
        name = rel(path)
        seen.add(name)
        bind_ok, knot_ok, rules, says = verdicts(zonelint, path, zones[path])
        outcome, failure = judge(name, bind_ok, knot_ok, rules, known)
        counts[outcome] += 1
        if outcome == "known":
            kind = known[name][1].split(":")[0]
            kinds[kind] = kinds.get(kind, 0) + 1
        if failure:
            failures.append(failure)
        if verbose:
            print("  %-6s %s (%s): BIND %s, Knot %s, zonelint %s  [%s]" % (
                outcome, name, zones[path], "ok" if bind_ok else "refuses",
                "ok" if knot_ok else "refuses", ",".join(rules) or "clean",
                says[:160]))
    for name in sorted(set(known) - seen):
        failures.append("%s: listed, but not a zone the oracle checks; take "
                        "it off tests/peer_oracle.known" % name)
    for path, why in skipped:
        print("peer oracle: not checked: %s: %s" % (rel(path), why))
    print("peer oracle: %d zones of our test data: %d as BIND and Knot say, "
          "%d where they differ from each other, %d known differences (%s)"
          % (len(zones), counts["agree"], counts["split"], counts["known"],
             ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items()))
             or "none"))
    for line in failures:
        print("peer oracle: FAIL: " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
