#!/usr/bin/env python3
"""The editor integrations in contrib/ read zonelint's text output right.

Real output first: zonelint on a golden case's zones (tests/golden/
sip-nearmiss: all three levels and indented fix lines), the same zone
through standard input under a name with spaces and ':1:2' in it
(--stdin-filename, as every integration runs it), and a binary buffer (a
finding about the whole file, with no line).  What each finding is comes
from the same runs with --format json: file, line, column, level,
message, rule.

Then each integration's own pattern, taken from its file, must give
exactly those findings from standard output and error together, in
order, and nothing from any other line (fix lines, the count):

  ALE (Vim)     contrib/vim/ale_linters/bindzone/zonelint.vim, loaded by
                ALE itself in vim (vim-ale), its Handle() on the lines;
  nvim-lint     contrib/nvim-lint/zonelint.lua, its match() and parse()
                in lua5.4 (parse() with a stand-in for nvim's vim table);
  Flycheck      contrib/emacs/flycheck-zonelint.el, loaded with Flycheck
                in emacs (elpa-flycheck), its error parser on the output;
  VS Code       contrib/vscode/tasks.json's problem matchers, in node,
                first matcher first (no line may match both);

and each pattern again in Python, translated from its dialect, so that
the translation and the real engine agree.  Each must run zonelint with
--stdin-filename NAME -.

usage: tests/editors_test.py ZONELINT
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTRIB = os.path.join(TOP, "contrib")
ALE = os.path.join(CONTRIB, "vim", "ale_linters", "bindzone", "zonelint.vim")
NVIM = os.path.join(CONTRIB, "nvim-lint", "zonelint.lua")
FLYCHECK = os.path.join(CONTRIB, "emacs", "flycheck-zonelint.el")
VSCODE = os.path.join(CONTRIB, "vscode", "tasks.json")
CASE = os.path.join(TOP, "tests", "golden", "sip-nearmiss")
ODD_NAME = "my zones:1:2/external/contoso.com.zone"

failures = []


def fail(what):
    failures.append(what)
    print("FAIL " + what)


def zonelint(zl, args, stdin=None):
    """(stdout, stderr) of a text run and the findings of a JSON run."""
    text = subprocess.run([zl] + args, cwd=CASE, input=stdin,
                          capture_output=True)
    js = subprocess.run([zl, "--format", "json"] + args, cwd=CASE,
                        input=stdin, capture_output=True)
    if text.returncode not in (1, 2) or js.returncode != text.returncode:
        sys.exit("editors_test: zonelint %s: exit %d and %d" %
                 (" ".join(args), text.returncode, js.returncode))
    findings = [(f["file"], f["line"] or None, f["column"] or None,
                 f["severity"], f["message"], f["rule"])
                for f in json.loads(js.stdout)["findings"]]
    return text.stdout.decode() + text.stderr.decode(), findings


def runs(zl):
    """[(label, output, findings)]: the real runs the patterns face."""
    with open(os.path.join(CASE, "args")) as f:
        args = shlex.split(f.read())
    with open(os.path.join(CASE, "external", "contoso.com.zone"), "rb") as f:
        zone = f.read()
    out = [("golden sip-nearmiss",) + zonelint(zl, args),
           ("--stdin-filename with ':1:2' and a space",) + zonelint(
               zl, ["--no-config", "--stdin-filename", ODD_NAME,
                    "--external", "-"], zone),
           ("a binary buffer: no line",) + zonelint(
               zl, ["--no-config", "--stdin-filename", "db.example.com", "-"],
               b"x\0y")]
    for label, output, findings in out:
        levels = {f[3] for f in findings}
        if label.startswith("golden") and (levels != {"error", "warning", "note"}
                                           or "\n    fix: " not in output):
            sys.exit("editors_test: %s lacks a level or a fix line" % label)
        if label.startswith("a binary") and findings[0][1] is not None:
            sys.exit("editors_test: %s has a line" % label)
    return out


def need(cmd, package):
    if shutil.which(cmd) is None:
        sys.exit("editors_test: needs %s (%s; make editors installs it)" %
                 (cmd, package))


def compare(who, label, got, want):
    if got != want:
        fail("%s on %s:" % (who, label))
        for g, w in zip(got + [None] * len(want), want + [None] * len(got)):
            if g != w:
                print("  got  %r\n  want %r" % (g, w))
                break
        print("  (%d found, %d expected)" % (len(got), len(want)))


# ---- the patterns, out of their files, and their Python translations ----

def vim_pattern():
    with open(ALE) as f:
        m = re.search(r"^let s:pattern = '((?:[^']|'')*)'$", f.read(), re.M)
    if m is None:
        sys.exit("editors_test: no s:pattern in " + ALE)
    return m.group(1).replace("''", "'")


def vim_to_python(pat):
    """Vim's very magic (\\v) dialect, as far as the pattern uses it."""
    assert pat.startswith("\\v")
    out, i = "", 2
    while i < len(pat):
        if pat.startswith("{-}", i):
            out, i = out + "*?", i + 3
        elif pat.startswith("%(", i):
            out, i = out + "(?:", i + 2
        elif pat[i] == "\\":
            out, i = out + pat[i:i + 2], i + 2
        elif pat[i] in "{}<>=@%~":
            sys.exit("editors_test: no translation for Vim's %r" % pat[i])
        else:
            out, i = out + pat[i], i + 1
    return out


def lua_patterns():
    with open(NVIM) as f:
        block = re.search(r"local patterns = \{\n(.*?)\n\}", f.read(), re.S)
    pats = block and re.findall(r"^\s*'((?:[^'\\]|\\.)*)',$", block.group(1),
                                re.M)
    if not pats:
        sys.exit("editors_test: no patterns in " + NVIM)
    return pats


def lua_to_python(pat):
    """A Lua pattern: %x classes, '-' for lazy '*', '()' positions."""
    classes = {"d": r"\d", "S": r"\S", "s": r"\s", "l": "a-z", "a": "A-Za-z"}
    out, i, in_set = "", 0, False
    while i < len(pat):
        c = pat[i]
        if c == "%":
            k = pat[i + 1]
            if k in classes:
                cls = classes[k]
                out += cls if in_set or cls.startswith("\\") else "[%s]" % cls
            else:
                out += re.escape(k)
            i += 2
            continue
        if c == "[":
            in_set = True
        elif c == "]":
            in_set = False
        elif c == "-" and not in_set:
            c = "*?"
        out, i = out + c, i + 1
    return out


def elisp_regexp():
    with open(FLYCHECK) as f:
        m = re.search(r'\(defconst flycheck-zonelint-regexp\n\s*"((?:[^"\\]|\\.)*)"',
                      f.read())
    if m is None:
        sys.exit("editors_test: no flycheck-zonelint-regexp in " + FLYCHECK)
    return re.sub(r"\\(.)", r"\1", m.group(1))  # the string's own escapes


def emacs_to_python(pat):
    """An Emacs regexp: \\( \\) \\| groups, \\(?N: numbered groups,
    [[:space:]], and ( ) | { } as plain characters."""
    out, i = "", 0
    while i < len(pat):
        m = re.match(r"\\\(\?(\d+):", pat[i:])
        if m:
            out, i = out + "(?P<g%s>" % m.group(1), i + len(m.group(0))
        elif pat.startswith("\\(?:", i):
            out, i = out + "(?:", i + 4
        elif pat.startswith("\\(", i) or pat.startswith("\\)", i) or \
                pat.startswith("\\|", i):
            out, i = out + pat[i + 1], i + 2
        elif pat.startswith("[[:space:]]", i):
            out, i = out + r"\s", i + 11
        elif pat.startswith("[^[:space:]]", i):
            out, i = out + r"\S", i + 12
        elif pat[i] == "\\":
            out, i = out + re.escape(pat[i + 1]), i + 2
        elif pat[i] in "(){}|":
            out, i = out + "\\" + pat[i], i + 1
        else:
            out, i = out + pat[i], i + 1
    return out


def vscode_matchers():
    """Each task's problem matchers (the same in every task)."""
    with open(VSCODE) as f:
        tasks = json.load(f)["tasks"]
    all_ = [t["problemMatcher"] for t in tasks]
    if any(m != all_[0] for m in all_):
        fail("VS Code: the tasks' problem matchers differ")
    return tasks, all_[0]


def as_finding(file, line, col, level, message, rule):
    to_int = lambda s: int(s) if s not in (None, "") else None
    return (file, to_int(line), to_int(col), level, message, rule)


def python_vim(pat, output):
    rx = re.compile(vim_to_python(pat))
    return [as_finding(*m.groups()) for m in map(rx.match, output.splitlines())
            if m]


def python_lua(pats, output):
    rxs = [re.compile(lua_to_python(p)) for p in pats]
    got = []
    for line in output.splitlines():
        for rx in rxs:
            m = rx.match(line)
            if m and m.group(4) in ("error", "warning", "note"):
                got.append(as_finding(*m.groups()))
                break
    return got


def python_emacs(pat, output):
    rx = re.compile(emacs_to_python(pat), re.M)
    return [as_finding(*(m.group("g%d" % k) for k in range(1, 7)))
            for m in rx.finditer(output)]


def python_vscode(matchers, output):
    got = []
    for line in output.splitlines():
        hits = []
        for mt in matchers:
            p = mt["pattern"]
            m = re.match(p["regexp"], line)
            if m:
                g = lambda key: m.group(p[key]) if key in p else None
                hits.append(as_finding(g("file"), g("line"), g("column"),
                                       g("severity"), g("message"), g("code")))
        if len(hits) > 1:
            fail("VS Code: two matchers match %r" % line)
        got += hits[:1]
    return got


# ---- the real engines ----

VIM_SCRIPT = r"""
set runtimepath^=/usr/share/vim-ale
execute 'set runtimepath+=' . fnameescape($CONTRIB_VIM)
runtime plugin/ale.vim
let s:linters = ale#linter#GetAll(['bindzone'])
let s:out = [json_encode(map(copy(s:linters), {_, l -> [l.name,
\   get(l, 'cwd', ''), l.output_stream, call(l.command, [1])]}))]
for s:f in split($OUTPUTS, "\n")
    call add(s:out, json_encode(ale_linters#bindzone#zonelint#Handle(1,
    \   readfile(s:f))))
endfor
call writefile(s:out, $RESULT)
qall!
"""


def real_vim(outputs, tmp):
    need("vim", "vim")
    if not os.path.isdir("/usr/share/vim-ale"):
        sys.exit("editors_test: needs vim-ale (make editors installs it)")
    script = os.path.join(tmp, "t.vim")
    with open(script, "w") as f:
        f.write(VIM_SCRIPT)
    files = []
    for i, out in enumerate(outputs):
        files.append(os.path.join(tmp, "out%d" % i))
        with open(files[-1], "w") as f:
            f.write(out)
    result = os.path.join(tmp, "vim.json")
    env = dict(os.environ, CONTRIB_VIM=os.path.join(CONTRIB, "vim"),
               OUTPUTS="\n".join(files), RESULT=result)
    subprocess.run(["vim", "-Nu", "NONE", "-i", "NONE", "-es", "-S", script],
                   env=env, stdin=subprocess.DEVNULL, timeout=60)
    with open(result) as f:
        lines = [json.loads(x) for x in f.read().splitlines()]
    linters = lines[0]
    if linters != [["zonelint", "%s:h", "stdout", "%e --stdin-filename %s -"]]:
        fail("ALE: the linter ALE loads is %r" % (linters,))
    types = {"E": "error", "W": "warning", "I": "note"}
    return [[(i["filename"], i["lnum"], i["col"] or None, types[i["type"]],
              i["text"], i["code"]) for i in items] for items in lines[1:]]


LUA_SCRIPT = r"""
local function field(v) v = v == nil and '' or tostring(v)
  return #v .. ':' .. v end
local outputs, result = arg[1], arg[2]
-- a stand-in for the parts of nvim's vim table the parser uses
local bufname
vim = { api = { nvim_buf_get_name = function() return bufname end },
  diagnostic = { severity = { ERROR = 1, WARN = 2, INFO = 3, HINT = 4 } },
  gsplit = function(s, sep) return (s .. sep):gmatch('(.-)' .. sep) end }
local linter = dofile(arg[3])
local res = io.open(result, 'w')
res:write(table.concat({ linter.cmd, tostring(linter.stdin),
  linter.args[1], tostring(type(linter.args[2])), linter.args[3] }, ' '), '\n')
for path in io.open(outputs):lines() do
  local f = io.open(path); local text = f:read('a'); f:close()
  res:write('output\n')
  for line in (text .. '\n'):gmatch('(.-)\n') do
    local file, lnum, col, level, message, rule = linter.match(line)
    if file then
      res:write('m ', field(file), field(lnum), field(col), field(level),
        field(message), field(rule), '\n')
    end
  end
  bufname = 'my zones:1:2/external/contoso.com.zone'
  for _, d in ipairs(linter.parser(text, 0)) do
    res:write('d ', field(d.lnum), field(d.col), field(d.severity),
      field(d.message), field(d.code), field(d.source), '\n')
  end
end
res:close()
"""


def unfield(s):
    out = []
    while s:
        n, _, rest = s.partition(":")
        out.append(rest[:int(n)])
        s = rest[int(n):]
    return out


def real_lua(outputs, tmp):
    need("lua5.4", "lua5.4")
    script = os.path.join(tmp, "t.lua")
    with open(script, "w") as f:
        f.write(LUA_SCRIPT)
    listing = os.path.join(tmp, "outputs")
    with open(listing, "w") as f:
        for i, out in enumerate(outputs):
            with open(os.path.join(tmp, "lua%d" % i), "w") as g:
                g.write(out)
            f.write(os.path.join(tmp, "lua%d" % i) + "\n")
    result = os.path.join(tmp, "lua.txt")
    subprocess.run(["lua5.4", script, listing, result, NVIM], check=True,
                   timeout=60)
    with open(result) as f:
        lines = f.read().split("\n")
    if lines[0] != "zonelint true --stdin-filename function -":
        fail("nvim-lint: the linter's command is %r" % lines[0])
    matches, diags = [], []
    for line in lines[1:]:
        if line == "output":
            matches.append([])
            diags.append([])
        elif line.startswith("m "):
            matches[-1].append(as_finding(*unfield(line[2:])))
        elif line.startswith("d "):
            diags[-1].append(tuple(unfield(line[2:])))
    return matches, diags


EMACS_SCRIPT = r"""
(progn
  (require 'package)
  (setq package-directory-list (list "/usr/share/emacs/site-lisp/elpa"))
  (package-initialize)
  (add-to-list 'load-path (getenv "CONTRIB_EMACS"))
  (require 'flycheck-zonelint)
  (with-temp-file (getenv "RESULT")
    (insert (json-encode (flycheck-checker-get 'zonelint 'command)) "\n")
    (dolist (path (split-string (getenv "OUTPUTS") "\n"))
      (let ((output (with-temp-buffer
                      (insert-file-contents path) (buffer-string))))
        (insert (json-encode
                 (mapcar (lambda (e)
                           (vector (flycheck-error-filename e)
                                   (flycheck-error-line e)
                                   (flycheck-error-column e)
                                   (symbol-name (flycheck-error-level e))
                                   (flycheck-error-message e)
                                   (flycheck-error-id e)))
                         (flycheck-zonelint-parse output 'zonelint nil)))
                "\n")))))
"""


def real_emacs(outputs, tmp):
    need("emacs", "emacs-nox")
    if not os.path.isdir("/usr/share/emacs/site-lisp/elpa"):
        sys.exit("editors_test: needs elpa-flycheck (make editors installs it)")
    files = []
    for i, out in enumerate(outputs):
        files.append(os.path.join(tmp, "el%d" % i))
        with open(files[-1], "w") as f:
            f.write(out)
    result = os.path.join(tmp, "emacs.json")
    env = dict(os.environ, CONTRIB_EMACS=os.path.join(CONTRIB, "emacs"),
               OUTPUTS="\n".join(files), RESULT=result)
    p = subprocess.run(["emacs", "-Q", "--batch", "--eval", EMACS_SCRIPT],
                       env=env, capture_output=True, timeout=60)
    if p.returncode != 0:
        sys.exit("editors_test: emacs: " + p.stderr.decode()[-2000:])
    with open(result) as f:
        lines = [json.loads(x) for x in f.read().splitlines()]
    if lines[0] != ["zonelint", "--stdin-filename", "source-original", "-"]:
        fail("Flycheck: the checker's command is %r" % (lines[0],))
    levels = {"error": "error", "warning": "warning", "info": "note"}
    return [[(e[0], e[1], e[2], levels[e[3]], e[4], e[5]) for e in errs or []]
            for errs in lines[1:]]


NODE_SCRIPT = r"""
const fs = require('fs');
const [tasksPath, ...outputs] = process.argv.slice(2);
const matchers = JSON.parse(fs.readFileSync(tasksPath)).tasks[0].problemMatcher;
const res = outputs.map(path => {
  const got = [];
  for (const line of fs.readFileSync(path, 'utf8').split('\n')) {
    // VS Code applies every matcher to a line: each must own its lines
    const hits = matchers.map(m => {
      const p = m.pattern, g = line.match(new RegExp(p.regexp));
      if (!g) return null;
      const at = k => (k in p ? g[p[k]] : null) ?? null;
      return [at('file'), at('line'), at('column'), at('severity'),
              at('message'), at('code'), p.kind || 'location'];
    }).filter(h => h);
    got.push(...hits);
  }
  return got;
});
process.stdout.write(JSON.stringify(res));
"""


def real_node(outputs, tmp):
    need("node", "nodejs")
    script = os.path.join(tmp, "t.js")
    with open(script, "w") as f:
        f.write(NODE_SCRIPT)
    files = []
    for i, out in enumerate(outputs):
        files.append(os.path.join(tmp, "js%d" % i))
        with open(files[-1], "w") as f:
            f.write(out)
    p = subprocess.run(["node", script, VSCODE] + files, check=True,
                       capture_output=True, timeout=60)
    res = []
    for hits in json.loads(p.stdout):
        got = []
        for h in hits:
            want_kind = "location" if h[1] is not None else "file"
            if h[6] != want_kind:
                fail("VS Code: a %s finding matched as kind %s" %
                     (want_kind, h[6]))
            got.append(as_finding(*h[:6]))
        res.append(got)
    return res


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    zl = os.path.abspath(sys.argv[1])
    cases = runs(zl)
    outputs = [c[1] for c in cases]
    # the ALE, Flycheck and VS Code items give no column as 0, nil or
    # absent; a whole-file finding is on line 1 in ALE and Flycheck
    whole = lambda fs: [(f[0], f[1] or 1) + f[2:] for f in fs]
    with tempfile.TemporaryDirectory() as tmp:
        vim = real_vim(outputs, tmp)
        lua, diags = real_lua(outputs, tmp)
        emacs = real_emacs(outputs, tmp)
        node = real_node(outputs, tmp)
    _, matchers = vscode_matchers()
    for k, (label, output, want) in enumerate(cases):
        compare("ALE in vim", label, vim[k], whole(want))
        compare("Vim pattern in Python", label,
                python_vim(vim_pattern(), output), want)
        compare("nvim-lint match() in lua", label, lua[k], want)
        compare("Lua patterns in Python", label,
                python_lua(lua_patterns(), output), want)
        compare("Flycheck in emacs", label, emacs[k], whole(want))
        compare("Emacs regexp in Python", label,
                python_emacs(elisp_regexp(), output), want)
        compare("VS Code matchers in node", label, node[k], want)
        compare("VS Code matchers in Python", label,
                python_vscode(matchers, output), want)
        # nvim-lint's parse(): the buffer's own findings, 0-based
        sev = {"error": "1", "warning": "2", "note": "3"}
        mine = [(str((f[1] or 1) - 1), str((f[2] or 1) - 1), sev[f[3]], f[4],
                 f[5], "zonelint") for f in want if f[0] == ODD_NAME]
        compare("nvim-lint parse() in lua", label, diags[k], mine)
    tasks, _ = vscode_matchers()
    if "--stdin-filename" not in tasks[0]["args"][1]:
        fail("VS Code: the current-file task does not use --stdin-filename")
    n = sum(len(c[2]) for c in cases)
    print("editors: %d findings in %d runs, 4 integrations, each in its own "
          "engine and in Python: %s" % (n, len(cases),
                                        "%d failed" % len(failures) if failures
                                        else "all read exactly"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
