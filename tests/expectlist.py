"""Lists of expected results kept in the repository, compared both ways.

A list is a TSV file: comment lines starting with `#`, one header line,
then one row per case.  The first KEY columns name the case; the others
say what happened.  compare() fails on a row that changed, a row that is
new and a row that is gone, so a change either way (worse or better, or
the same verdict for another reason) fails until the list is updated in
the same commit.  update() rewrites the list and prints the diff, so the
update is deliberate and reviewed.
"""
import difflib
import os


def read(path):
    """The list's comment lines, header and rows (tuples of strings)."""
    comments, header, rows = [], None, []
    if not os.path.exists(path):
        return comments, header, rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                comments.append(line)
            elif header is None:
                header = tuple(line.split("\t"))
            elif line:
                rows.append(tuple(line.split("\t")))
    return comments, header, rows


def text(comments, header, rows):
    lines = list(comments) + ["\t".join(header)]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def compare(expected, actual, key, label):
    """Failure lines for each row whose key or other columns differ."""
    want = {r[:key]: r for r in expected}
    got = {r[:key]: r for r in actual}
    failures = []
    for k in sorted(set(want) | set(got)):
        name = " ".join(k)
        if k not in got:
            failures.append("%s: listed but no longer a row: %s"
                            % (name, "\t".join(want[k][key:])))
        elif k not in want:
            failures.append("%s: new row, not in %s: %s"
                            % (name, label, "\t".join(got[k][key:])))
        elif want[k] != got[k]:
            failures.append("%s: was  %s" % (name, "\t".join(want[k][key:])))
            failures.append("%s  now  %s" % (" " * len(name),
                                             "\t".join(got[k][key:])))
    return failures


def update(path, comments, header, rows):
    """Rewrites the list and prints what changed as a unified diff."""
    old = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    new = text(comments, header, rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    name = os.path.relpath(path)
    diff = list(difflib.unified_diff(old.splitlines(True),
                                     new.splitlines(True),
                                     name + " (before)", name))
    print("".join(diff) if diff else "%s: unchanged" % name, end="")
    if diff:
        print("updated %s: review the diff above and commit it with the "
              "change that caused it" % name)
    else:
        print()
