#!/bin/bash
# HTML injection: a repository whose file name, zone name ($ORIGIN), SIP
# domain, record text and names carry <script>, quotes, an <img onerror>
# and terminal escapes.  --format html must exit 1, parse strictly with
# html5lib, hold only the elements and attributes the report writes
# (no script, no event handler, no link out), no control character but
# LF, and show the hostile text escaped: the exact lines below.  And
# with --stdin-filename NAME, a file on disk named NAME is not read for
# the findings' lines.
# usage: tests/hostile/html.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
mkdir .git # the lint root
name="z<script>\"'"$'\033'"[31m.zone"
{
	printf '$ORIGIN q\\"\\<script\\>alert\\(1\\).example.\n$TTL 60\n'
	printf '@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n'
	printf 'a1 IN A 192.0.2.1<script>alert(1)</script>\n'
	printf 'a2 IN A 192.0.2.2\033]0;title\007"'"'"'<b>\n'
	printf 'lyncdiscover IN A 10.0.0.1\n'
	printf '<img\\ src=x\\ onerror=alert(1)> IN A 192.0.2.7\n'
	printf 'sip IN CNAME x<\\"y\\">.\n'
} >"$name"
fail=0
timeout 20 "$zl" --no-config --format html --external "$name" >out.html 2>err
rc=$?
[ $rc = 1 ] || { echo "FAIL html injection: exit $rc (expected 1)"; fail=1; }
# the hostile text, shown and escaped (grep -F: exact lines)
while IFS= read -r want; do
	grep -qxF -- "$want" out.html || {
		echo "FAIL html injection: no line: $want"
		fail=1
	}
done <<'EOF_LINES'
<pre class="src"><span class="ln">6 | </span>a1 IN A <mark>192.0.2.1&lt;script&gt;alert(1)&lt;/script&gt;</mark></pre>
<pre class="src"><span class="ln">7 | </span>a2 IN A <mark>192.0.2.2\027]0;title\007&quot;&#39;&lt;b&gt;</mark></pre>
<pre class="src"><span class="ln">9 | </span>&lt;img\ src=x\ onerror=alert(1)<mark>&gt;</mark> IN A 192.0.2.7</pre>
<pre class="src"><span class="ln">10 | </span>sip IN CNAME <mark>x&lt;\&quot;y\&quot;&gt;.</mark></pre>
<tr><td><code>z&lt;script&gt;&quot;&#39;\x1b[31m.zone</code></td><td>q&quot;&lt;script&gt;alert\(1\).example.</td><td>external</td><td></td><td></td></tr>
EOF_LINES
grep -q 'SIP domain q&quot;&lt;script&gt;alert' out.html || {
	echo "FAIL html injection: the SIP domain is not in the picture"
	fail=1
}
python3 - out.html <<'PY' || fail=1
import sys
sys.path.append("/usr/lib/python3/dist-packages")
import html5lib
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")
for i, ch in enumerate(text):
    c = ord(ch)
    if (c < 0x20 and ch != "\n") or 0x7f <= c <= 0x9f or \
            0x202a <= c <= 0x202e or 0x2066 <= c <= 0x2069:
        sys.exit("FAIL html injection: control U+%04X at %d" % (c, i))
try:
    doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(data)
except html5lib.html5parser.ParseError as e:
    sys.exit("FAIL html injection: parse error: %s" % e)
tags = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
        "h4", "h5", "table", "tbody", "tr", "th", "td", "code", "p", "small",
        "a", "div", "span", "pre", "mark", "details", "summary", "svg", "g",
        "rect", "text", "tspan"}
attrs = {"class", "id", "lang", "charset", "name", "content", "href", "x",
         "y", "width", "height", "rx", "fill", "stroke", "stroke-width",
         "stroke-dasharray", "textLength", "lengthAdjust", "role",
         "aria-label", "viewBox"}
for el in doc.iter():
    if not isinstance(el.tag, str):
        continue
    tag = el.tag.split("}")[-1]
    if tag not in tags:
        sys.exit("FAIL html injection: element <%s>" % tag)
    for k, v in el.attrib.items():
        if k not in attrs or (k == "href" and not v.startswith("#")):
            sys.exit("FAIL html injection: <%s %s=%r>" % (tag, k, v))
PY
# --stdin-filename NAME: NAME is never opened, so a file on disk under
# that name does not show as the findings' lines
printf '$ORIGIN a.example.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\nSECRET-ON-DISK IN A 10.0.0.9\n' >a.example.zone
printf '$ORIGIN a.example.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\nbuf IN A 10.0.0.9\n' |
	timeout 20 "$zl" --no-config --format html --stdin-filename a.example.zone \
	--external - >stdin.html 2>err
rc=$?
if [ $rc != 1 ] || grep -q SECRET stdin.html ||
	! grep -q 'a.example.zone:6:10</code> private address' stdin.html; then
	echo "FAIL html --stdin-filename: exit $rc, or the file on disk was read"
	fail=1
fi
if [ $fail = 0 ]; then
	echo "hostile html: injection escaped, strict parse, only our markup"
else
	exit 1
fi
