#!/usr/bin/env python3
"""The HTML report (--format html), parsed strictly with html5lib and, with
--browser, rendered by headless Chromium.

For each case: the document parses without a single parse error; it has
one finding block per finding of --format json, in order of zone then
rule, each under its rule's heading, with the same file:line:col and
message; it loads nothing (no script, link, img, iframe, object, no
url() or @import in its CSS, no href but "#..."); the picture (inline
SVG) is there; and the Contoso case before the fix draws the internal
answer to _sipinternaltls._tcp.contoso.com. red and falling through to
public DNS, after it green from a pinpoint zone; an internal copy of
the whole public zone is drawn as such, in the colour of
split-zone-too-broad.  The stale-record table lists every
audit-stale-record finding with its date.

--browser: Chromium (--headless --no-sandbox) loads the Contoso reports through a
proxy this script runs, which answers nothing (a blocked network) and
records every request: --dump-dom must hold every finding and the SVG,
--screenshot must not be blank (distinct colours counted by
tests/pngtool.py), --print-to-pdf must write a PDF of a page or more,
and no request may come from the page.  Chromium's
own background requests (component updates, its clock, accounts) are
the hosts in CHROMIUM_OWN, ignored, and so are connections that send
nothing (Chromium preconnects to its proxy); a canary page with one <img> of
http://zonelint-canary.example/ must be seen, so that the check can fail.

usage: tests/html_check.py ZONELINT [--browser] [--shots DIR]
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading

try:
    import html5lib
except ImportError:  # Debian's python3-html5lib, for /usr/bin/python3
    sys.path.append("/usr/lib/python3/dist-packages")
    import html5lib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pngtool  # noqa: E402

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = ["--no-config", "--now", "20261201000000"]
CONTOSO = "_sipinternaltls._tcp.contoso.com."
CASES = {
    "sip-broken": ["--internal", "tests/golden/sip-broken/internal",
                   "--external", "tests/golden/sip-broken/external"],
    "sip-fixed": ["--internal", "tests/golden/sip-fixed/internal",
                  "--external", "tests/golden/sip-fixed/external"],
    "audit-stale": ["--stale-after", "7", "tests/golden/audit-stale/exports"],
    "sip-splitbrain-shadowed": [
        "--internal", "tests/golden/sip-splitbrain-shadowed/internal",
        "--external", "tests/golden/sip-splitbrain-shadowed/external"],
}
CHROMIUM_OWN = {"clients2.google.com", "update.googleapis.com",
                "accounts.google.com", "redirector.gvt1.com",
                "optimizationguide-pa.googleapis.com"}
failures = []


def fail(case, what):
    failures.append(f"{case}: {what}")
    print(f"FAIL {case}: {what}")


def run(zl, fmt, args):
    p = subprocess.run([zl, "--format", fmt] + NOW + args, cwd=TOP,
                       capture_output=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"zonelint --format {fmt} {args}: exit "
                         f"{p.returncode}: {p.stderr.decode()}")
    return p.stdout


def text(el):
    return "".join(el.itertext())


def local(doc):
    """doc with the SVG namespace dropped from tag names ("svg", "g")."""
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}")[1]
    return doc


def strict_parse(case, data):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        return local(parser.parse(data))
    except html5lib.html5parser.ParseError as e:
        fail(case, f"html5lib parse error: {e}")
        return local(html5lib.parse(data, namespaceHTMLElements=False))


def loads_nothing(case, doc):
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "link", "img", "iframe", "object", "embed",
                     "image", "use", "audio", "video", "source", "base"):
            fail(case, f"a <{tag}> element")
        for k, v in el.attrib.items():
            name = k.split("}")[-1]
            if name in ("src", "srcset", "data", "action", "background"):
                fail(case, f"attribute {name}={v!r}")
            if name == "href" and not v.startswith("#"):
                fail(case, f"a link out: href={v!r}")
        if tag == "style" and ("url(" in text(el) or "@import" in text(el)):
            fail(case, "CSS that loads something")


def findings_in_order(case, doc, findings):
    """Every finding block under its rule heading, with its place and
    message; as many blocks as findings."""
    body = doc.find("body")
    rule = None
    seen = 0
    for el in body.iter():
        if el.tag == "h4":
            rule = text(el.find("code"))
        if el.tag == "div" and "f" in el.get("class", "").split():
            seen += 1
            i = int(el.get("id")[1:])
            f = findings[i]
            where = f"{f['file']}:{f['line']}:{f['column']}"
            t = text(el)
            if rule != f["rule"]:
                fail(case, f"finding {i} ({where}) under {rule}, not {f['rule']}")
            if where not in t or f["message"] not in t:
                fail(case, f"finding {i}: {where} or its message missing")
            if f["severity"] not in el.get("class"):
                fail(case, f"finding {i}: class {el.get('class')}")
            if f["fix"] and f["fix"].split("\n")[0] not in t:
                fail(case, f"finding {i}: fix-it line missing")
    if seen != len(findings):
        fail(case, f"{seen} finding blocks for {len(findings)} findings")


def contoso_cell(doc):
    """The class and text of the internal answer to _sipinternaltls."""
    svg = doc.find(".//svg")
    texts = [g for g in svg.iter() if g.tag == "g"]
    row = [t for t in svg.iter() if t.tag == "text" and text(t) == CONTOSO]
    if not row:
        return None, None
    y = row[0].get("y")
    for g in texts:
        t = g.find("text")
        if t is not None and t.get("y") == y:
            return g.get("class"), text(t)
    return None, None


def check_case(zl, case, args):
    data = run(zl, "html", args)
    findings = json.loads(run(zl, "json", args))["findings"]
    doc = strict_parse(case, data)
    loads_nothing(case, doc)
    findings_in_order(case, doc, findings)
    if doc.find(".//svg") is None:
        fail(case, "no picture (svg)")
    if case == "sip-broken":
        cls, t = contoso_cell(doc)
        if cls != "error" or "public DNS" not in (t or ""):
            fail(case, f"internal answer to {CONTOSO}: {cls} {t!r}")
    if case == "sip-fixed":
        cls, t = contoso_cell(doc)
        if cls != "ok" or not (t or "").startswith("\u25c6 " + CONTOSO):
            fail(case, f"internal answer to {CONTOSO}: {cls} {t!r}")
    if case == "sip-splitbrain-shadowed":  # the internal copy of the
        svg = doc.find(".//svg")             # public zone, in its colour
        boxes = [g for g in svg.iter("g") if g.find("title") is not None and
                 "split-zone-too-broad" in text(g.find("title"))]
        if not boxes or boxes[0].get("class") != "warning" or \
                "(the whole public zone)" not in text(boxes[0]):
            fail(case, "the shadowing internal zone is not drawn as such")
    if case == "audit-stale":
        stale = [f for f in findings if f["rule"] == "audit-stale-record"]
        rows = [tr for table in doc.iter("table") for tr in table.iter("tr")
                if tr.find("td/a") is not None]
        if len(rows) != len(stale) or not stale:
            fail(case, f"{len(rows)} stale-table rows, {len(stale)} findings")
        for tr, f in zip(rows, stale):
            if f"{f['file']}:{f['line']}" not in text(tr) or \
                    "last refreshed on 20" not in text(tr):
                fail(case, f"stale row {text(tr)[:80]!r}")
    return data, findings


class Proxy:
    """A proxy that answers nothing and records each request's host."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.hosts = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            c.settimeout(5)
            try:
                line = c.recv(4096).split(b"\r\n")[0].decode("latin-1")
            except OSError:
                line = ""
            c.close()
            parts = line.split()
            if not parts:
                continue  # a preconnect to the proxy: no request in it
            url = parts[1] if len(parts) > 1 else line
            host = url.split("://")[-1].split("/")[0].split(":")[0]
            self.hosts.append(host)


def chromium(page, *extra):
    proxy = Proxy()
    cmd = ["chromium", "--headless", "--disable-gpu", "--no-sandbox",
           "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync",
           "--disable-features=OptimizationHints,MediaRouter",
           f"--proxy-server=127.0.0.1:{proxy.port}",
           "--virtual-time-budget=3000"] + list(extra) + ["file://" + page]
    p = subprocess.run(cmd, capture_output=True, timeout=180)
    proxy.sock.close()
    page_hosts = [h for h in proxy.hosts if h not in CHROMIUM_OWN]
    return p.stdout.decode("utf-8", "replace"), page_hosts


def browser(case, data, findings, tmp, shots):
    page = os.path.join(tmp, case + ".html")
    with open(page, "wb") as f:
        f.write(data)
    dom, hosts = chromium(page, "--dump-dom")
    if hosts:
        fail(case, f"the page made requests to {hosts}")
    doc = local(html5lib.parse(dom, namespaceHTMLElements=False))
    if doc.find(".//svg") is None or doc.find(".//svg//rect") is None:
        fail(case, "no SVG in the DOM")
    ids = {el.get("id") for el in doc.iter("div")}
    for i, f in enumerate(findings):
        if f"f{i}" not in ids or f["message"] not in dom.replace("&amp;", "&"):
            fail(case, f"finding {i} not in the DOM")
    png = os.path.join(shots or tmp, f"html-{case}.png")
    _, hosts = chromium(page, "--window-size=1000,1400",
                        "--screenshot=" + png)
    if hosts:
        fail(case, f"the page made requests to {hosts} (screenshot)")
    if not os.path.exists(png):
        fail(case, "no screenshot")
        return
    if case == "sip-broken":  # and it prints: a PDF of a page or more
        pdf = os.path.join(tmp, case + ".pdf")
        _, hosts = chromium(page, "--no-pdf-header-footer",
                            "--print-to-pdf=" + pdf)
        with open(pdf, "rb") as f:
            head = f.read()
        pages = head.count(b"/Type /Page") - head.count(b"/Type /Pages")
        if hosts or not head.startswith(b"%PDF-") or pages < 1:
            fail(case, f"printing to PDF: {len(head)} bytes, {pages} pages, "
                 f"requests to {hosts}")
        else:
            print(f"{case}: printed to a PDF of {pages} pages")
    w, h, rows = pngtool.read(png)
    n = pngtool.colours(rows)
    print(f"{case}: DOM of {len(dom)} characters, {len(findings)} findings, "
          f"screenshot {w}x{h} with {n} colours")
    if n < 16:
        fail(case, f"the screenshot is blank ({n} colours)")


def canary(tmp):
    page = os.path.join(tmp, "canary.html")
    with open(page, "w") as f:
        f.write("<!DOCTYPE html><title>c</title>"
                "<img src=\"http://zonelint-canary.example/x.png\">")
    _, hosts = chromium(page, "--dump-dom")
    if "zonelint-canary.example" not in hosts:
        fail("canary", f"a request of the page was not seen ({hosts})")


def main():
    zl = os.path.abspath(sys.argv[1])
    use_browser = "--browser" in sys.argv
    shots = None
    if "--shots" in sys.argv:
        shots = os.path.abspath(sys.argv[sys.argv.index("--shots") + 1])
    with tempfile.TemporaryDirectory() as tmp:
        for case, args in CASES.items():
            data, findings = check_case(zl, case, args)
            if use_browser and case.startswith("sip-") and \
                    case != "sip-splitbrain-shadowed":
                browser(case, data, findings, tmp, shots)
        if use_browser:
            canary(tmp)
    what = "html5lib and Chromium" if use_browser else "html5lib"
    print(f"html: {len(CASES)} reports checked with {what}, "
          f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
