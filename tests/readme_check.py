#!/usr/bin/env python3
"""The commands README.md and zonelint(1) show, run, and their output.

README.md: every fenced block that shows a zonelint command (a line
starting "zonelint " or "$ zonelint ") carries a mark on the line before
it:
  <!-- golden: CASE -->  (or "CASE nofix", for a block shown through
      `grep -v '^    fix'`): the lines after the `$ zonelint ...` line,
      up to the next `$ ` line or the fence, must be
      tests/golden/CASE/expected (without its fix lines for nofix), and
      the command's arguments must be the case's args (but for
      --no-config and -v, which change nothing the block shows; "$(cat
      args)" stands for them);
  <!-- run: DIR -->  every zonelint command of the block is run in DIR
      (a folder of the tree) and must not exit 2 (a usage error or an
      input it cannot read);
  <!-- output: DIR: COMMAND -->  the block is what COMMAND prints, run in
      DIR: its standard output, then its standard error.
A command in running text (`zonelint ...`) runs in tests/readme too, but
for FRAGMENTS, an option shown on its own.
zonelint(1) (man/zonelint.1): every ".Dl $ zonelint ..." line runs, as
above, in the DIR of the last '.\\" run: DIR' line before it, and the
'.Bd -literal' block after a '.\\" output: DIR: COMMAND' line is what
COMMAND prints (compared with white space runs as one space, since the
page wraps long lines).  So the README and the manual cannot show a
command zonelint no longer takes, or output it no longer gives.
The walkthrough's fix (the dnscmd block after "The fix is") applied to
tests/golden/sip-broken must give tests/golden/sip-fixed: the zones it
adds, the records it adds to them, and the public zone less the records
it deletes (SOA and NS records aside).

With --tutorial it runs docs/tutorial.md instead: its ```console blocks,
in order, are one shell session in a scratch directory that holds
`tests` (a link to this tree's) and nothing else, with ZONELINT first
on PATH.  A "$ " line is a command (with the lines of its here-document,
up to its terminator); the lines after it, up to the next "$ " line or
the fence, must be exactly what it prints, standard output and error
through one pipe, as a terminal shows them.  "$?" is the last command's
status, and a "cd" carries over.  Every command the session needs must
be installed: a missing one fails the test, it is not skipped.  A block
of another kind that shows a "$ " line fails too.

usage: tests/readme_check.py [--tutorial] [ZONELINT]
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"^<!-- (golden|run|output): (.+?) -->$")
COMMAND = re.compile(r"^(\$ )?zonelint\s")
FAILED = []
# inline code that shows an option, not a command to run
FRAGMENTS = {"zonelint -j 1", "zonelint --format sarif"}


def fail(msg):
    FAILED.append(msg)
    print("FAIL " + msg)


def run(zonelint, folder, command):
    """(status, stdout, stderr) of COMMAND (a zonelint command line, no
    pipes; "< FILE" at its end is standard input) in FOLDER."""
    words = shlex.split(command)
    assert words[0] == "zonelint"
    stdin = None
    if len(words) > 2 and words[-2] == "<":
        stdin = open(os.path.join(TOP, folder, words[-1]), "rb").read()
        words = words[:-2]
    env = dict(os.environ, NO_COLOR="1")
    r = subprocess.run([zonelint] + words[1:], cwd=os.path.join(TOP, folder),
                       input=stdin, capture_output=True, check=False, env=env)
    return (r.returncode, r.stdout.decode("utf-8", "replace"),
            r.stderr.decode("utf-8", "replace"))


def golden(lines, i, case, nofix):
    """The block after line i shows tests/golden/CASE's output."""
    j = i + 1
    while j < len(lines) and lines[j] != "```":
        j += 1  # the fence that opens the block
    j += 1
    while j < len(lines) and not lines[j].startswith("$ zonelint"):
        j += 1  # its zonelint command
    shown = []
    for k in range(j + 1, len(lines)):
        if lines[k] == "```" or lines[k].startswith("$ "):
            break
        shown.append(lines[k])
    path = os.path.join(TOP, "tests", "golden", case, "expected")
    with open(path, encoding="utf-8") as f:
        want = f.read().split("\n")[:-1]
    if nofix:
        want = [l for l in want if not l.startswith("    fix")]
    if shown != want:
        fail("README.md: the block marked golden %s is not %s" %
             (case, os.path.relpath(path, TOP)))
    command = lines[j][len("$ zonelint"):].split("|")[0].strip()
    with open(os.path.join(TOP, "tests", "golden", case, "args"),
              encoding="utf-8") as f:
        args = [a for a in shlex.split(f.read())
                if a not in ("--no-config", "-v")]
    if command != "$(cat args)" and shlex.split(command) != args:
        fail("README.md: the block marked golden %s runs 'zonelint %s', "
             "but the case's args are '%s'" % (case, command, " ".join(args)))


def block(lines, i):
    """The lines of the fenced block that starts after line i."""
    j = i + 1
    while j < len(lines) and not lines[j].startswith("```"):
        j += 1
    out = []
    for k in range(j + 1, len(lines)):
        if lines[k].startswith("```"):
            break
        out.append(lines[k])
    return out


def commands(shown):
    """The zonelint command lines of a block, without "$ " and comments."""
    out = []
    for line in shown:
        if COMMAND.match(line):
            line = line[2:] if line.startswith("$ ") else line
            out.append(line.split(" #")[0].strip())
    return out


def runs(zonelint, where, folder, cmds):
    for command in cmds:
        status, _, err = run(zonelint, folder, command)
        if status not in (0, 1):
            fail("%s: '%s' in %s exits %d: %s" %
                 (where, command, folder, status, err.strip()[:200]))


def output(zonelint, where, spec, shown, loose=False):
    folder, command = spec.split(": ", 1)
    _, out, err = run(zonelint, folder, command)
    got = (out + err).split("\n")[:-1]
    if loose:
        same = " ".join(" ".join(got).split()) == " ".join(" ".join(shown).split())
    else:
        same = got == shown
    if not same:
        fail("%s: the block is not what '%s' prints in %s" %
             (where, command, folder))


def readme(zonelint):
    with open(os.path.join(TOP, "README.md"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    n = 0
    inside, start, mark = False, 0, None
    for i, line in enumerate(lines):
        if line.startswith("```"):
            if not inside:
                inside, start = True, i
                m = MARK.match(lines[i - 1]) if i else None
                mark = m.groups() if m else None
                continue
            inside = False
            shown = lines[start + 1:i]
            cmds = commands(shown)
            if not cmds and not (mark and mark[0] == "output"):
                continue
            n += 1
            if mark is None:
                fail("README.md:%d: a block shows '%s', and no test runs it "
                     "(mark it golden, run or output)" % (start + 1, cmds[0]))
            elif mark[0] == "golden":
                case, _, nofix = mark[1].partition(" ")
                golden(lines, start - 1, case, nofix == "nofix")
            elif mark[0] == "run":
                runs(zonelint, "README.md:%d" % (start + 1), mark[1], cmds)
            else:
                output(zonelint, "README.md:%d" % (start + 1), mark[1], shown)
    for i, line in enumerate(lines):
        for cmd in re.findall(r"`(zonelint [^`]+)`", line):
            if cmd not in FRAGMENTS:
                n += 1
                runs(zonelint, "README.md:%d" % (i + 1), "tests/readme", [cmd])
    return n


def records(path, origin):
    """{(owner, type, data)} of a zone file in BIND or Windows export
    form, without SOA and NS records: enough for the walkthrough's."""
    out, owner, depth = set(), origin, 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split(";")[0].rstrip()
            if depth or not line.strip() or line.startswith("$"):
                depth += line.count("(") - line.count(")")
                continue
            depth += line.count("(") - line.count(")")
            words = line.split()
            if not line[0].isspace():
                owner = words.pop(0)
                owner = (origin if owner == "@" else owner if
                         owner.endswith(".") else owner + "." + origin)
            while words and (words[0].isdigit() or words[0] == "IN"):
                words.pop(0)
            if words and words[0] not in ("SOA", "NS"):
                out.add((owner.lower(), words[0], " ".join(words[1:])))
    return out


def walkthrough(lines):
    """The README's dnscmd fix turns sip-broken into sip-fixed."""
    start = next(i for i, l in enumerate(lines) if "The fix is" in l)
    cmds = [l.split() for l in block(lines, start) if l.startswith("dnscmd")]
    gold = os.path.join(TOP, "tests", "golden")
    pub = os.path.join("external", "contoso.com.zone")
    public = records(os.path.join(gold, "sip-broken", pub), "contoso.com.")
    added = {}
    for c in cmds:
        if c[2] == "/zoneadd":
            added[c[3] + "."] = set()
        elif c[2] == "/recordadd":
            zone = c[3] + "."
            owner = zone if c[4] == "@" else c[4] + "." + zone
            added.setdefault(zone, set()).add((owner, c[5], " ".join(c[6:])))
        elif c[2] == "/recorddelete":
            owner = c[4] + "." + c[3] + "."
            public = {r for r in public if r[:2] != (owner, c[5])}
    if public != records(os.path.join(gold, "sip-fixed", pub), "contoso.com."):
        fail("README.md: the walkthrough's fix does not leave the public zone "
             "tests/golden/sip-fixed has")
    before = set(os.listdir(os.path.join(gold, "sip-broken", "internal")))
    after = set(os.listdir(os.path.join(gold, "sip-fixed", "internal")))
    made = {f[:-len(".dns")] + "." for f in after - before}
    if made != set(added):
        fail("README.md: the walkthrough adds the zones %s, "
             "tests/golden/sip-fixed has %s" % (sorted(added), sorted(made)))
    for zone in made & set(added):
        path = os.path.join(gold, "sip-fixed", "internal", zone + "dns")
        if records(path, zone) != added[zone]:
            fail("README.md: the walkthrough's records for %s are not "
                 "tests/golden/sip-fixed's" % zone)
    return len(cmds)


def manual(zonelint):
    with open(os.path.join(TOP, "man", "zonelint.1"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    n = 0
    folder = None
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^\.\\" (run|output): (.+)$', line)
        if m and m.group(1) == "run":
            folder = m.group(2)
        elif m:
            j = i + 1
            while not lines[j].startswith(".Bd -literal"):
                j += 1
            k = j + 1
            while lines[k] != ".Ed":
                k += 1
            n += 1
            shown = [l.replace("\\e", "\\") for l in lines[j + 1:k]]
            output(zonelint, "zonelint.1:%d" % (i + 1), m.group(2), shown,
                   loose=True)
        elif line.startswith(".Dl $ zonelint"):
            command = line[len(".Dl $ "):]
            while command.endswith("\\e"):
                i += 1
                nxt = lines[i][len(".Dl "):].replace("\\ ", " ")
                command = command[:-2] + " " + nxt.strip()
            n += 1
            if folder is None:
                fail("zonelint.1:%d: '%s', and no '.\\\" run: DIR' line "
                     "before it" % (i + 1, command))
            else:
                runs(zonelint, "zonelint.1:%d" % (i + 1), folder, [command])
        i += 1
    return n


HEREDOC = re.compile(r"<<-?\s*'?([A-Za-z_]+)'?")
# the commands the tutorial runs besides zonelint and the shell's own
TUTORIAL_TOOLS = ("bash", "ldns-signzone", "ldns-verify-zone", "kzonecheck",
                  "sed", "grep", "cp", "mkdir", "mv", "rm", "cat", "head",
                  "ls")


def sessions(lines):
    """[(line number, command, shown output)] of the ```console blocks
    of LINES; fails a block of another kind that shows a "$ " line."""
    out = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("```"):
            i += 1
            continue
        console = lines[i].strip() == "```console"
        j = i + 1
        while j < len(lines) and not lines[j].startswith("```"):
            if not console and lines[j].startswith("$ "):
                fail("docs/tutorial.md:%d: a command outside a ```console "
                     "block, which no test runs" % (j + 1))
                break
            j += 1
        k = i + 1
        while console and k < j:
            if not lines[k].startswith("$ "):
                fail("docs/tutorial.md:%d: a line before the block's first "
                     "command" % (k + 1))
                k += 1
                continue
            start, command = k, lines[k][2:]
            m = HEREDOC.search(command)
            k += 1
            if m:
                while k < j and lines[k] != m.group(1):
                    command += "\n" + lines[k]
                    k += 1
                command += "\n" + m.group(1)
                k += 1
            shown = []
            while k < j and not lines[k].startswith("$ "):
                shown.append(lines[k])
                k += 1
            out.append((start + 1, command, shown))
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        i = j + 1
    return out


def tutorial(zonelint):
    """Runs docs/tutorial.md's session; returns how many commands ran."""
    with open(os.path.join(TOP, "docs", "tutorial.md"), encoding="utf-8") as f:
        steps = sessions(f.read().split("\n"))
    for tool in TUTORIAL_TOOLS:
        if shutil.which(tool) is None:
            fail("docs/tutorial.md needs %s, which is not installed "
                 "(make tutorial installs it)" % tool)
    if not os.access(zonelint, os.X_OK):
        fail("%s: no such program" % zonelint)
    if FAILED:
        return 0
    with tempfile.TemporaryDirectory() as scratch, \
            tempfile.TemporaryDirectory() as side:
        os.symlink(os.path.join(TOP, "tests"), os.path.join(scratch, "tests"))
        os.mkdir(os.path.join(side, "bin"))
        os.symlink(zonelint, os.path.join(side, "bin", "zonelint"))
        env = dict(os.environ, NO_COLOR="1", LC_ALL="C", TZ="UTC",
                   PATH=os.path.join(side, "bin") + ":" + os.environ["PATH"])
        where = os.path.join(side, "cwd")
        cwd, status = scratch, 0
        for line, command, shown in steps:
            script = ("cd %s || exit 125\n(exit %d)\n%s\ns=$?\npwd > %s\n"
                      "exit $s\n" % (shlex.quote(cwd), status, command,
                                      shlex.quote(where)))
            try:
                r = subprocess.run(["bash", "-c", script], env=env,
                                   check=False, timeout=120,
                                   stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
            except subprocess.TimeoutExpired:
                fail("docs/tutorial.md:%d: '%s' runs over 120 s" %
                     (line, command.split("\n")[0]))
                return len(steps)
            status = r.returncode
            if os.path.exists(where):  # else it exited: cwd stays
                with open(where, encoding="utf-8") as f:
                    cwd = f.read().strip()
            if not any((cwd + "/").startswith(top + "/") for top in
                       (scratch, os.path.realpath(scratch))):
                fail("docs/tutorial.md:%d: '%s' leaves the scratch directory"
                     % (line, command.split("\n")[0]))
                return len(steps)
            got = r.stdout.decode("utf-8", "replace").split("\n")
            if got and got[-1] == "":
                got.pop()
            if got != shown:
                fail("docs/tutorial.md:%d: '%s' prints, not what is shown:\n%s"
                     % (line, command.split("\n")[0],
                        "\n".join("    " + l for l in got)))
    return len(steps)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--tutorial":
        zonelint = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else
                                   os.path.join(TOP, "zonelint"))
        began = time.monotonic()
        n = tutorial(zonelint)
        print("tutorial: %d commands of docs/tutorial.md run, %d failed, "
              "%.1f s" % (n, len(FAILED), time.monotonic() - began))
        sys.exit(1 if FAILED or n == 0 else 0)
    zonelint = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                               os.path.join(TOP, "zonelint"))
    n = readme(zonelint)
    with open(os.path.join(TOP, "README.md"), encoding="utf-8") as f:
        w = walkthrough(f.read().split("\n"))
    m = manual(zonelint)
    print("readme: %d README blocks, %d dnscmd fix commands, %d commands "
          "and outputs of zonelint(1), %d failed" % (n, w, m, len(FAILED)))
    sys.exit(1 if FAILED or n == 0 or m == 0 else 0)


if __name__ == "__main__":
    main()
