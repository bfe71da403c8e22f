#!/usr/bin/env python3
"""The rules' HTML pages (docs/rules/, make docs): html5lib parses every
page without a single parse error, and each page has what a rule page
must have, from the same text as zonelint --explain:
  - the title and <h1 id="message"> are the rule's message (--list-rules);
  - sections problematic, output, correct, rationale and suppression, in
    that order, problematic and correct holding the --explain Bad and
    Good text exactly, output the command that lints the bad example
    (written by --examples) and its output, with the rule's finding on
    exactly one line (make rulepages checks that it is a fresh run),
    and after the rationale, peers: the rule's row of
    docs/peer-behaviour.md (what BIND, Knot, NSD and validns make of the
    bad example), cell for cell;
    the suppression holding "; zonelint: ignore RULE reason";
  - exceptions, related and references exactly when --explain has
    Exceptions, Related rules and References, and a link to each related
    rule's page, which exists;
  - no script, no external style sheet, no image, no frame (self-contained);
every link is to an RFC at the RFC Editor or to a page of DIR (rule
ids in the text link to their pages); the index links every rule's page
once, and no page is of a rule that is gone.

usage: tests/rule_pages.py ZONELINT DIR
"""
import os
import re
import subprocess
import sys

try:
    import html5lib
except ImportError:  # Debian's python3-html5lib, for /usr/bin/python3
    sys.path.append("/usr/lib/python3/dist-packages")
    import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
FORBIDDEN = ["script", "iframe", "img", "object", "embed", "link", "frame", "base"]


def parse(path):
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=True)
    with open(path, "rb") as f:
        doc = parser.parse(f, transport_encoding="utf-8")
    errors = ["%s:%d:%d: %s %s" % (path, pos[0], pos[1], code, data)
              for pos, code, data in parser.errors]
    return doc, errors


def text(el):
    return "".join(el.itertext())


def explain_sections(zl, rule):
    """--explain's sections: {title: text}, the indented lines joined."""
    out = subprocess.run([zl, "--no-config", "--explain", rule],
                         capture_output=True, text=True, check=True).stdout
    sections, cur = {}, None
    for line in out.split("\n")[1:]:
        m = re.match(r"^(\S.*):$", line)
        if m:
            cur = m.group(1)
            sections[cur] = []
        elif cur is not None and line.startswith("  "):
            sections[cur].append(line[2:])
        elif cur is not None and line == "":
            sections[cur].append("")
    return {k: "\n".join(v).strip("\n") for k, v in sections.items()}


_ROWS = {}


def peer_rows():
    """docs/peer-behaviour.md's rows: {rule: [cells after the rule]}."""
    if not _ROWS:
        top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        with open(os.path.join(top, "docs", "peer-behaviour.md")) as f:
            for line in f:
                c = [x.strip() for x in line.strip().strip("|").split("|")]
                if line.startswith("| ") and c[0] not in ("rule", "---"):
                    _ROWS[c[0]] = c[1:]
    return _ROWS


def check_page(zl, d, rule, summary, rules):
    path = os.path.join(d, rule + ".html")
    if not os.path.exists(path):
        return ["%s: missing (make docs)" % path]
    doc, errors = parse(path)
    bad = list(errors)
    title = text(doc.find(".//%stitle" % NS))
    if title != "%s: %s" % (summary, rule):
        bad.append("%s: title %r" % (path, title))
    h1 = doc.find(".//%sh1" % NS)
    if h1 is None or h1.get("id") != "message" or text(h1) != summary:
        bad.append("%s: no <h1 id=message> with the message" % path)
    for tag in FORBIDDEN:
        if doc.find(".//%s%s" % (NS, tag)) is not None:
            bad.append("%s: has a <%s>: not self-contained" % (path, tag))
    for a in doc.iter(NS + "a"):
        href = a.get("href") or ""
        if href.startswith("https://www.rfc-editor.org/rfc/rfc"):
            continue
        if "/" in href or not os.path.exists(os.path.join(d, href)):
            bad.append("%s: a link to %r, no page here" % (path, href))
    secs = {s.get("id"): s for s in doc.iter(NS + "section")}
    order = [s.get("id") for s in doc.iter(NS + "section")]
    ex = explain_sections(zl, rule)
    want = ["problematic", "output", "correct", "rationale", "peers", "fix", "exceptions",
            "suppression", "related", "references"]
    have_in_explain = {"problematic": "Bad", "correct": "Good",
                       "rationale": "Why", "fix": "Fix",
                       "exceptions": "Exceptions", "related": "Related rules",
                       "references": "References"}
    expected = [s for s in want
                if s in ("suppression", "output", "peers") or have_in_explain[s] in ex]
    if order != expected:
        bad.append("%s: sections %s, expected %s" % (path, order, expected))
        return bad
    for sid, title in (("problematic", "Bad"), ("correct", "Good")):
        got = text(secs[sid].find(".//%spre" % NS)).strip("\n")
        if got != ex[title]:
            bad.append("%s: %s is not --explain's %s text" % (path, sid, title))
    shown = text(secs["output"].find(".//%spre" % NS)).split("\n")
    runs = [l for l in shown if l.startswith("$ zonelint ")]
    finds = [l for l in shown if l.endswith(" [%s]" % rule)]
    if len(runs) != 1 or len(finds) != 1:
        bad.append("%s: output shows %d runs and %d lines of its finding, "
                   "not one of each" % (path, len(runs), len(finds)))
    cells = [text(td) for td in secs["peers"].iter(NS + "td")]
    if cells != peer_rows().get(rule):
        bad.append("%s: peers %s, docs/peer-behaviour.md has %s" % (
            path, cells, peer_rows().get(rule)))
    sup = text(secs["suppression"])
    if "; zonelint: ignore %s reason" % rule not in sup:
        bad.append("%s: no suppression comment" % path)
    if "related" in secs:
        links = [a.get("href") for a in secs["related"].iter(NS + "a")]
        names = [l.split(": ")[0] for l in ex["Related rules"].split("\n")]
        if links != [n + ".html" for n in names]:
            bad.append("%s: related links %s, --explain names %s" % (path, links, names))
        for n in names:
            if n not in rules:
                bad.append("%s: related %s is no rule" % (path, n))
    return bad


def main():
    zl, d = os.path.abspath(sys.argv[1]), sys.argv[2]
    listing = subprocess.run([zl, "--no-config", "--list-rules"], capture_output=True,
                             text=True, check=True).stdout
    rules = {}
    for line in listing.splitlines():
        rid, _level, summary = line.split(None, 2)
        rules[rid] = summary
    bad = []
    for rule, summary in rules.items():
        bad += check_page(zl, d, rule, summary, rules)
    pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html"))
    if pages != sorted(list(rules) + ["index"]):
        bad.append("%s: pages %s are of no rule, or rules %s have no page" % (
            d, sorted(set(pages) - set(rules) - {"index"}), sorted(set(rules) - set(pages))))
    doc, errors = parse(os.path.join(d, "index.html"))
    bad += errors
    links = [a.get("href") for a in doc.iter(NS + "a")]
    if links != [r + ".html" for r in rules]:
        bad.append("index.html: links %d pages, not each of the %d rules once, in order" % (
            len(links), len(rules)))
    for b in bad:
        print("FAIL " + b)
    print("rulepages: %d pages and the index, %d problems" % (len(rules), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
