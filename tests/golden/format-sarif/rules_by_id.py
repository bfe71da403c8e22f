#!/usr/bin/env python3
"""Filter for the format-sarif golden: standard input is zonelint's SARIF
document, standard output the same bytes with each entry of the rule
table cut to its id and its page, `{"id": "NAME", "helpUri": "URI", ...}`.  The rule table carries every
rule's help text, which man/zonelint-rules.7 already holds; keeping it
here would churn this golden on every wording edit.  Everything else
(the results, the tool, the base URI, the layout) stays byte for byte.

Exits 1, printing nothing, unless the input is one valid JSON document
whose rule-table lines are exactly its rules, in order.
"""
import json
import re
import sys

RULE = re.compile(r'^    \{"id": "([a-z0-9-]+)", ')
DECODER = json.JSONDecoder()


def main():
    text = sys.stdin.read()
    try:
        doc = json.loads(text)
        ids = [r["id"] for r in doc["runs"][0]["tool"]["driver"]["rules"]]
    except (ValueError, LookupError, TypeError) as e:
        sys.stderr.write("rules_by_id: not a zonelint SARIF document: %s\n" % e)
        return 1
    out, seen = [], []
    for line in text.split("\n"):
        m = RULE.match(line)
        if m:
            # the entry is one JSON object; after it come "," or, on the
            # last rule, the "]}}," that closes the table
            try:
                rule, end = DECODER.raw_decode(line, 4)
            except ValueError:
                rule, end = {}, 0
            if rule.get("id") != m.group(1) or line[end:] not in (",", "]}},"):
                sys.stderr.write("rules_by_id: odd rule line: %s\n" % line[:80])
                return 1
            seen.append(m.group(1))
            line = '    {"id": "%s", "helpUri": %s, ...}%s' % (
                m.group(1), json.dumps(rule.get("helpUri")), line[end:])
        out.append(line)
    if seen != ids:
        sys.stderr.write("rules_by_id: the rule lines (%d) are not the rule table (%d)\n"
                         % (len(seen), len(ids)))
        return 1
    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
