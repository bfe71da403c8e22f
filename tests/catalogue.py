#!/usr/bin/env python3
"""The catalogue of problem zones and near misses (tests/catalogue/README.md).

Each tests/catalogue/FAMILY/CHECK.bad.zone must be reported by zonelint
under the rule its first line names, and CHECK.good.zone, its near miss,
must not.  With the peers installed, each file is also given to
named-checkzone, kzonecheck, validns, nsd-checkzone and ldns-read-zone
(ldns-verify-zone for signed files), and TABLE.md says who reports what;
the run fails when the committed table is not what they say today.

A check that needs several zones or an option is a set: the folders
FAMILY/CHECK.bad/ and FAMILY/CHECK.good/ hold zone files and a file
named "catalogue" (rule, what, now, args, and one zone line per file);
zonelint runs once on the whole set, each peer on each zone file, and a
peer reports the set when it reports any of its files.

usage: tests/catalogue.py ZONELINT [--no-peers] [--update] [--verbose]
  --no-peers  only zonelint's verdicts (check-fast: no peer needed)
  --update    rewrite TABLE.md from this run
"""
import calendar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = os.path.join(TOP, "tests", "catalogue")
TABLE = os.path.join(CAT, "TABLE.md")
HEADER = re.compile(r"^; catalogue: (.*)$")
KEYS = ("origin", "rule", "what", "now")
FINDING = re.compile(r"^.*?:(?:\d+:\d+:)? (?:error|warning|note): .* \[([a-z0-9-]+)\]$")
TIMEOUT = 60  # seconds for one tool on one small file
SCRATCH = None  # a folder for ldns's copies (main)
SET_KEYS = ("rule", "what", "now", "args", "zone")
SET_MAX_LINES = 200  # lines of a set's catalogue file that are read
SET_MAX_ZONES = 20  # zone files in one set


def meta_of(path):
    """The first line's keys: {origin, rule, what, now?}."""
    with open(path, encoding="utf-8", errors="replace") as f:
        first = f.readline().rstrip("\n")
    m = HEADER.match(first)
    if not m:
        raise ValueError("%s: the first line is not '; catalogue: ...'" % path)
    words, meta, key = m.group(1).split(), {}, None
    for w in words:  # "what" takes the words up to the next key
        if w in KEYS and (key != "what" or w == "now"):
            key = w
            meta[key] = []
        elif key is None:
            raise ValueError("%s: '%s' before any key" % (path, w))
        else:
            meta[key].append(w)
    meta = {k: " ".join(v) for k, v in meta.items()}
    for k in ("origin", "rule", "what"):
        if not meta.get(k):
            raise ValueError("%s: no %s" % (path, k))
    return meta


def plain_word(path, w):
    """A word that names a file of the set's folder and nothing else."""
    if any(p.startswith("/") or ".." in p.split("/")
           for p in w.split("=")):
        raise ValueError("%s: '%s' names a path outside the set" % (path, w))
    return w


def set_meta_of(folder):
    """A set's catalogue file: {rule, what, now?, args: [...],
    zones: [(origin, file), ...]}.  Lines are "KEY VALUE"; "#" starts a
    comment line; "zone ORIGIN FILE" repeats, in the order zonelint is
    given the files; "args" holds zonelint's words before the zones."""
    path = os.path.join(folder, "catalogue")
    meta = {"args": [], "zones": []}
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()[:SET_MAX_LINES]
    for line in lines:
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        key, rest = words[0], words[1:]
        if key not in SET_KEYS or not rest:
            raise ValueError("%s: '%s' is not KEY VALUE (%s)" %
                             (path, line, ", ".join(SET_KEYS)))
        if key == "zone":
            if len(rest) != 2:
                raise ValueError("%s: '%s' is not zone ORIGIN FILE" %
                                 (path, line))
            meta["zones"].append((rest[0], plain_word(path, rest[1])))
        elif key == "args":
            meta["args"] += [plain_word(path, w) for w in rest]
        elif key in meta:
            raise ValueError("%s: %s given twice" % (path, key))
        else:
            meta[key] = " ".join(rest)
    for k in ("rule", "what"):
        if not meta.get(k):
            raise ValueError("%s: no %s" % (path, k))
    if not 1 <= len(meta["zones"]) <= SET_MAX_ZONES:
        raise ValueError("%s: 1 to %d zone lines, not %d" %
                         (path, SET_MAX_ZONES, len(meta["zones"])))
    return meta


def entries():
    """(family, check, kind, path, meta) for every file or set (a
    folder; its meta has "zones"), in order."""
    out = []
    for family in sorted(os.listdir(CAT)):
        d = os.path.join(CAT, family)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            path = os.path.join(d, name)
            m = re.match(r"^(.+)\.(bad|good)\.zone$", name)
            if m:
                out.append((family, m.group(1), m.group(2), path,
                            meta_of(path)))
            m = re.match(r"^(.+)\.(bad|good)$", name)
            if m and os.path.isdir(path):
                out.append((family, m.group(1), m.group(2), path,
                            set_meta_of(path)))
    return out


def run(argv, cwd):
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                           errors="replace", timeout=TIMEOUT)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return -1, "timeout"


def set_argv(meta):
    """zonelint's words for a set, after --no-config (run in its folder)."""
    argv = ["--now", meta["now"]] if meta.get("now") else []
    argv += meta["args"]
    for origin, name in meta["zones"]:
        argv += ["--origin", origin, name]
    return argv


def zonelint_rules(zl, path, meta):
    if "zones" in meta:
        rc, out = run([zl, "--no-config"] + set_argv(meta), path)
        if rc not in (0, 1):
            return None, out
        return ({m.group(1) for m in map(FINDING.match, out.splitlines())
                 if m}, out)
    argv = [zl, "--no-config", "--origin", meta["origin"]]
    if meta.get("now"):
        argv += ["--now", meta["now"]]
    rc, out = run(argv + [os.path.basename(path)], os.path.dirname(path))
    if rc not in (0, 1):
        return None, out
    return {m.group(1) for m in map(FINDING.match, out.splitlines()) if m}, out


# Each peer: the command for a file, and whether its output reports it.
def epoch(now):
    """YYYYMMDDHHMMSS (UTC) as seconds since 1970, for validns -t."""
    return str(calendar.timegm(time.strptime(now, "%Y%m%d%H%M%S")))


def bind(path, meta):
    return ["named-checkzone", "-i", "local", "-k", "fail", "-m", "fail",
            "-M", "fail", "-n", "fail", "-r", "fail", "-S", "fail",
            "-T", "warn", "-W", "warn", meta["origin"], path]


def bind_reports(rc, out):
    """named-checkzone has no time option and judges signatures by the
    clock: its warnings about signature times are dropped (kzonecheck,
    validns and ldns-verify-zone judge them at the file's now), so the
    table does not change when the catalogue's signatures expire.  Nor
    is "addnode: NSEC node already exists", which BIND 9.18 prints for
    every zone signed with NSEC, a finding."""
    quiet = re.compile(r"^(zone \S+: loaded serial \d+"
                       r"( \(DNSSEC signed\))?|OK)$|signature has expired"
                       r"|signature is in the future"
                       r"|^addnode: NSEC node already exists$")
    return rc != 0 or any(not quiet.search(l) for l in out.splitlines()
                          if l)


def knot(path, meta):
    argv = ["kzonecheck", "-o", meta["origin"]]
    if meta.get("now"):
        argv += ["-t", meta["now"]]
    return argv + [path]


def validns(path, meta):
    argv = ["validns", "-p", "all", "-z", meta["origin"]]
    if meta.get("now"):
        argv += ["-t", epoch(meta["now"])]
    return argv + [path]


def nsd(path, meta):
    return ["nsd-checkzone", meta["origin"], path]


def ldns(path, meta):
    """ldns's tools take no origin: a copy of the file starts with one."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    copy = os.path.join(SCRATCH, os.path.basename(path))
    with open(copy, "w", encoding="utf-8") as f:
        f.write("$ORIGIN %s\n%s" % (meta["origin"], text))
    if re.search(r"\sRRSIG\s", text):
        return ["ldns-verify-zone"] + (["-t", meta["now"]] if meta.get("now")
                                       else []) + [copy]
    return ["sh", "-c", 'ldns-read-zone "$1" >/dev/null', "sh", copy]


def any_output(rc, out):
    return rc != 0 or out.strip() != ""


def nsd_reports(rc, out):
    return rc != 0 or any(l and not re.match(r"^zone \S+ is ok$", l)
                          for l in out.splitlines())


def ldns_reports(rc, out):
    return rc != 0


PEERS = [("named-checkzone", bind, bind_reports),
         ("kzonecheck", knot, any_output),
         ("validns", validns, any_output),
         ("nsd-checkzone", nsd, nsd_reports),
         ("ldns", ldns, ldns_reports)]


def peer_marks(path, meta, verbose):
    """x or - for each peer: a set is reported when any file of it is."""
    if "zones" in meta:
        files = [(os.path.join(path, name), {"origin": origin,
                                             "now": meta.get("now")})
                 for origin, name in meta["zones"]]
    else:
        files = [(path, meta)]
    marks = []
    for name, argv_of, reports in PEERS:
        hit = False
        for fpath, fmeta in files:
            rc, pout = run(argv_of(fpath, fmeta), os.path.dirname(fpath))
            hit = reports(rc, pout) or hit
            if verbose:
                print("  %s: %s" % (name, pout.strip()[:300]))
        marks.append("x" if hit else "-")
    return marks


def sets_section(sets):
    """The commands for the sets' rows: zonelint's, and the files the
    peers are given one at a time."""
    lines = ["",
             "## Sets of zones",
             "",
             "A row whose zone is \"bad set\" or \"good set\" is a folder",
             "(FAMILY/CHECK.bad/, CHECK.good/): zonelint runs once in it, as",
             "below; each peer runs on each zone file with its origin, as on",
             "a single file, and reports the set when it reports any of its",
             "files.",
             ""]
    for rel, meta in sets:
        lines.append("- `%s`: `zonelint --no-config %s`" %
                     (rel, " ".join(set_argv(meta))))
    return lines


def table(rows, sets=()):
    lines = ["# Who reports what",
             "",
             "Made by `tests/catalogue.py ZONELINT --update` from the files",
             "of this folder (see README.md); x: the tool reports the file",
             "(non-zero exit or a warning), -: it does not.  Each check is",
             "a problem (bad) and its near miss (good).",
             "",
             "| family | check | zone | what | zonelint rule | zonelint | " +
             " | ".join(p[0] for p in PEERS) + " |",
             "| --- | --- | --- | --- | --- | --- | " +
             " | ".join("---" for _ in PEERS) + " |"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    if sets:
        lines += sets_section(sets)
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    zl = os.path.abspath(args[0])
    peers = "--no-peers" not in args
    update, verbose = "--update" in args, "--verbose" in args
    if peers:
        missing = [p for p in ("named-checkzone", "kzonecheck", "validns",
                               "nsd-checkzone", "ldns-read-zone",
                               "ldns-verify-zone") if not shutil.which(p)]
        if missing:
            sys.exit("catalogue: not installed: %s (make peers installs "
                     "them)" % ", ".join(missing))
    global SCRATCH
    SCRATCH = tempfile.mkdtemp(prefix="zlcat")
    failed, rows, sets = [], [], []
    items = entries()
    for family, check, kind, path, meta in items:
        rules, out = zonelint_rules(zl, path, meta)
        rel = os.path.relpath(path, TOP)
        if rules is None:
            failed.append("%s: zonelint failed:\n%s" % (rel, out))
            continue
        fired = meta["rule"] in rules
        if kind == "bad" and not fired:
            failed.append("%s: not reported as %s; zonelint said:\n%s" %
                          (rel, meta["rule"], out))
        if kind == "good" and fired:
            failed.append("%s: a near miss reported as %s:\n%s" %
                          (rel, meta["rule"], out))
        if verbose:
            print("%s: %s" % (rel, "reported" if fired else "quiet"))
        if "zones" in meta:
            sets.append((rel + "/", meta))
        if peers:
            marks = peer_marks(path, meta, verbose)
            zone = kind + " set" if "zones" in meta else kind
            rows.append([family, check, zone, meta["what"], meta["rule"],
                         "x" if fired else "-"] + marks)
    if peers:
        text = table(rows, sets)
        if update:
            with open(TABLE, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            try:
                with open(TABLE, encoding="utf-8") as f:
                    old = f.read()
            except OSError:
                old = ""
            if old != text:
                failed.append("tests/catalogue/TABLE.md is stale: run "
                              "tests/catalogue.py ./zonelint --update and "
                              "review the diff")
    shutil.rmtree(SCRATCH)
    for f in failed:
        print("FAIL " + f)
    if sets:
        print("catalogue: %d files, %d sets of zones, %d failed" %
              (len(items) - len(sets), len(sets), len(failed)))
    else:
        print("catalogue: %d files, %d failed" % (len(items), len(failed)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
