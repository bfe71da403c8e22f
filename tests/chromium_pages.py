#!/usr/bin/env python3
"""Headless Chromium renders the rules' index and one rule's page (a
file:// URL, the network blocked), and the DOM it dumps has the title,
the <h1 id="message"> and, for the rule page, its sections in order; the
index links every page.  What a browser makes of the pages, not only
what a parser does (tests/rule_pages.py).

usage: tests/chromium_pages.py DIR [RULE]
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

BROWSERS = ["chromium", "chromium-browser", "google-chrome"]


def dump_dom(browser, path, profile):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu",
           "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
           "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile,
           "--dump-dom", "file://" + os.path.abspath(path)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        sys.exit("chromium-pages: %s failed (%d): %s" % (browser, p.returncode, p.stderr[-500:]))
    return p.stdout


def main():
    d = sys.argv[1]
    rule = sys.argv[2] if len(sys.argv) > 2 else "hygiene-cname-and-other-data"
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        sys.exit("chromium-pages: no chromium (make deps installs it)")
    bad = []
    with tempfile.TemporaryDirectory() as profile:
        index = dump_dom(browser, os.path.join(d, "index.html"), profile)
        page = dump_dom(browser, os.path.join(d, rule + ".html"), profile)
    if "<title>zonelint rules</title>" not in index:
        bad.append("index: no title")
    links = re.findall(r'<a href="([^"]+)\.html">', index)
    pages = sorted(f[:-5] for f in os.listdir(d) if f.endswith(".html") and f != "index.html")
    if sorted(links) != pages:
        bad.append("index: links %d pages of %d" % (len(links), len(pages)))
    with open(os.path.join(d, rule + ".html"), encoding="utf-8") as f:
        # as the DOM serialises text: only &, < and > escaped
        title = html.escape(html.unescape(
            re.search(r"<title>(.*?)</title>", f.read()).group(1)), quote=False)
    if "<title>%s</title>" % title not in page:
        bad.append("%s: rendered title is not %r" % (rule, title))
    message = title.rsplit(": ", 1)[0]
    if '<h1 id="message">%s</h1>' % message not in page:
        bad.append("%s: no <h1 id=message> %r" % (rule, message))
    sections = re.findall(r'<section id="([a-z]+)">\s*<h2>', page)
    for need in ["problematic", "output", "correct", "rationale", "suppression"]:
        if need not in sections:
            bad.append("%s: no %s section in the DOM (%s)" % (rule, need, sections))
    if sections[:4] != ["problematic", "output", "correct", "rationale"]:
        bad.append("%s: sections in the DOM %s" % (rule, sections))
    for b in bad:
        print("FAIL " + b)
    print("chromium-pages: index (%d links) and %s (%d sections) rendered, %d problems" % (
        len(links), rule, len(sections), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
