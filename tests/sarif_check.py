#!/usr/bin/env python3
"""SARIF output: valid against the SARIF 2.1.0 schema, one result per
finding (same rule, level, file, line and column as --format json), rule
metadata for every rule with its default level, and ruleIndex pointing at
the result's rule.  Each rule's helpUri is its page: by default a
file:// URI ending in /rules/RULE.html whose page docs/rules/ holds, with
--rules-url BASE the page under BASE; each JSON finding's help_uri is
its rule's helpUri.  Run on the Contoso demo and on a clean input, with
and without --rules-url.

usage: tests/sarif_check.py ZONELINT
"""
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:  # Debian's python3-jsonschema, for /usr/bin/python3
    sys.path.append("/usr/lib/python3/dist-packages")
    import jsonschema

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(os.path.dirname(TOP), "shared", "schemas", "sarif-schema-2.1.0.json")
CASES = [
    ["--internal", "tests/golden/sip-broken/internal", "--external", "tests/golden/sip-broken/external"],
    ["--internal", "tests/golden/sip-fixed/internal", "--external", "tests/golden/sip-fixed/external"],
    ["tests/golden/missing-file/no-such-file.zone"],
]


BASE = "https://zonelint.example/pages/rules/"


def run(zl, fmt, args):
    p = subprocess.run([zl, "--format", fmt] + args, cwd=TOP, capture_output=True, text=True)
    return json.loads(p.stdout), p.returncode


def main():
    zl = os.path.abspath(sys.argv[1])
    with open(SCHEMA) as f:
        schema = json.load(f)
    rules = subprocess.run([zl, "--list-rules"], capture_output=True, text=True).stdout.split("\n")
    levels = {l.split()[0]: l.split()[1] for l in rules if l.strip()}
    checked = 0
    for args in CASES + [["--rules-url", BASE.rstrip("/")] + a for a in CASES]:
        sarif, rc = run(zl, "sarif", args)
        js, rc2 = run(zl, "json", args)
        assert rc == rc2, (args, rc, rc2)
        jsonschema.validate(sarif, schema)
        run0 = sarif["runs"][0]
        meta = run0["tool"]["driver"]["rules"]
        assert {r["id"]: r["defaultConfiguration"]["level"] for r in meta} == levels, "rule metadata"
        for r in meta:
            uri = r["helpUri"]
            if "--rules-url" in args:
                assert uri == BASE + r["id"] + ".html", uri
            else:
                assert uri.startswith("file:///") and uri.endswith("/rules/%s.html" % r["id"]), uri
                assert os.path.exists(os.path.join(TOP, "docs", "rules", r["id"] + ".html")), uri
        results = run0["results"]
        assert len(results) == len(js["findings"]), (args, len(results), len(js["findings"]))
        for r, f in zip(results, js["findings"]):
            assert r["ruleId"] == f["rule"] == meta[r["ruleIndex"]]["id"], (r, f)
            assert r["level"] == f["severity"], (r, f)
            assert f["help_uri"] == meta[r["ruleIndex"]]["helpUri"], (r, f)
            loc = r["locations"][0]["physicalLocation"]
            assert loc["artifactLocation"]["uri"] == f["file"], (loc, f)
            if f["line"]:
                assert loc["region"]["startLine"] == f["line"], (loc, f)
                assert loc["region"]["startColumn"] == f["column"], (loc, f)
            checked += 1
    print("sarif: %d passed, 0 failed (%d results cross-checked)" % (2 * len(CASES), checked))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as e:
        print("sarif: FAIL: %s" % (e,))
        sys.exit(1)
