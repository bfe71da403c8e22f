#!/usr/bin/env python3
"""The GitHub Action (action.yml): its scripts, run here as a runner would.

A composite action's steps are shell scripts fed by expressions; this
test reads action.yml, checks that no input reaches a script but through
an env variable (no ${{ }} in any run:, the script-injection rule), runs
shellcheck on each script, and runs the steps in order in scratch git
repositories: each step's env expressions evaluated (inputs, the action's
path, earlier steps' outputs), its script run by bash as the runner runs
it (bash --noprofile --norc -eo pipefail), $GITHUB_OUTPUT and
$GITHUB_PATH read back.  The upload step (github/codeql-action/
upload-sarif) cannot run here: the test checks that it would get the
SARIF file the run wrote, and that file is valid against the SARIF 2.1.0
schema (as tests/sarif_check.py checks) with as many results as the JSON
output has findings.

Cases: findings (exit status 1, the last step fails), fail-on none (it
does not), a clean zone (0), zonelint not on the PATH (the action builds
it), and hostile input: file names and options holding $(...), `...`,
';' and globs, a fail-on with a command in it, a sarif-file with a
newline that would add an output.  No command in an input may run.

usage: tests/action_test.py ZONELINT
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

try:
    import jsonschema
except ImportError:  # Debian's python3-jsonschema, for /usr/bin/python3
    sys.path.append("/usr/lib/python3/dist-packages")
    import jsonschema

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(os.path.dirname(TOP), "shared", "schemas",
                      "sarif-schema-2.1.0.json")
CASE = os.path.join(TOP, "tests", "golden", "sip-nearmiss", "external")
CLEAN = os.path.join(TOP, "tests", "golden", "clean-zone", "example.com.zone")
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")

failures = []


def fail(what):
    failures.append(what)
    print("FAIL " + what)


def check(cond, what):
    if not cond:
        fail(what)


def load():
    with open(os.path.join(TOP, "action.yml")) as f:
        return yaml.safe_load(f)


# ---- static: where expressions may stand ----

def strings(node, path=()):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from strings(v, path + (str(k),))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from strings(v, path + (str(i),))
    elif isinstance(node, str):
        yield path, node


def static_checks(action):
    check(action["runs"]["using"] == "composite", "not a composite action")
    for name in ("paths", "args", "fail-on", "sarif-file"):
        check(name in action["inputs"], "no input " + name)
    for name in ("sarif-file", "exit-status"):
        check(name in action["outputs"], "no output " + name)
    for path, text in strings(action):
        if not EXPR.search(text):
            continue
        where = "/".join(path)
        # a run: script never holds an expression; inputs go to env,
        # with: (an action's input), if: or an output's value
        if path[-1] == "run":
            fail("an expression in the script of %s: %s" % (where, ", ".join(
                m.group(0) for m in EXPR.finditer(text))))
        elif not (path[-2:-1] in (("env",), ("with",)) or path[-1] == "if" or
                  (path[0] == "outputs" and path[-1] == "value")):
            fail("an expression where it may reach a shell: %s" % where)
    steps = action["runs"]["steps"]
    uploads = [s for s in steps if "uses" in s]
    check(len(uploads) == 1 and uploads[0]["uses"].startswith(
        "github/codeql-action/upload-sarif@"), "no upload-sarif step")
    check("always()" in uploads[0].get("if", ""),
          "the upload does not run when the lint step found something")
    if shutil.which("shellcheck") is None:
        sys.exit("action_test: needs shellcheck (make action installs it)")
    with tempfile.TemporaryDirectory() as tmp:
        for i, step in enumerate(steps):
            if "run" not in step:
                continue
            path = os.path.join(tmp, "step%d.sh" % i)
            with open(path, "w") as f:
                f.write("#!/bin/bash\n" + step["run"])
            p = subprocess.run(["shellcheck", "-s", "bash", path],
                               capture_output=True, text=True)
            check(p.returncode == 0, "shellcheck on step %r:\n%s" %
                  (step.get("name"), p.stdout))


# ---- the runner ----

def evaluate(text, ctx):
    """${{ }} in text: inputs.X, github.action_path, steps.ID.outputs.X,
    and the if: conditions of this action (always(), ==, !=, &&)."""
    def one(expr):
        m = re.fullmatch(r"inputs\.([\w-]+)", expr)
        if m:
            return ctx["inputs"][m.group(1)]
        if expr == "github.action_path":
            return TOP
        m = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr)
        if m:
            return ctx["steps"].get(m.group(1), {}).get(m.group(2), "")
        raise ValueError("action_test: no evaluator for ${{ %s }}" % expr)

    def cond(expr):
        terms = [t.strip() for t in expr.split("&&")]
        ok = True
        for t in terms:
            if t == "always()":
                continue
            m = re.fullmatch(r"(\S+) (==|!=) '([^']*)'", t)
            if not m:
                raise ValueError("action_test: no evaluator for %r" % t)
            same = one(m.group(1)) == m.group(3)
            ok = ok and (same if m.group(2) == "==" else not same)
        return ok

    if ctx.get("condition"):
        return cond(EXPR.fullmatch(text.strip()).group(1))
    return EXPR.sub(lambda m: one(m.group(1)), text)


def run_action(action, inputs, cwd, path):
    """Runs the steps; returns (outputs, the upload's sarif_file or None,
    the failing step's name and status or None, the log)."""
    given = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    given.update(inputs)
    ctx = {"inputs": given, "steps": {}}
    failed, upload, log = None, None, ""
    with tempfile.TemporaryDirectory() as tmp:
        extra_path = []
        for i, step in enumerate(action["runs"]["steps"]):
            cond = step.get("if")
            if cond is not None:
                run_it = evaluate(cond, dict(ctx, condition=True))
            else:
                run_it = failed is None
            if cond is not None and "always()" not in cond and failed:
                run_it = False
            if not run_it:
                continue
            if "uses" in step:
                upload = evaluate(step["with"]["sarif_file"], ctx)
                continue
            out = os.path.join(tmp, "output%d" % i)
            gpath = os.path.join(tmp, "path%d" % i)
            open(out, "w").close()
            open(gpath, "w").close()
            env = {"PATH": os.pathsep.join(extra_path + [path]),
                   "HOME": tmp, "LC_ALL": "C.UTF-8",
                   "GITHUB_OUTPUT": out, "GITHUB_PATH": gpath,
                   "GITHUB_WORKSPACE": cwd}
            for k, v in step.get("env", {}).items():
                env[k] = evaluate(str(v), ctx)
            script = os.path.join(tmp, "step%d.sh" % i)
            with open(script, "w") as f:
                f.write(step["run"])
            p = subprocess.run(["bash", "--noprofile", "--norc", "-eo",
                                "pipefail", script], cwd=cwd, env=env,
                               capture_output=True, text=True, timeout=300)
            log += p.stdout + p.stderr
            outputs = {}
            with open(out) as f:
                for line in f.read().splitlines():
                    k, _, v = line.partition("=")
                    outputs[k] = v
            if "id" in step:
                ctx["steps"][step["id"]] = outputs
            with open(gpath) as f:
                extra_path = f.read().split() + extra_path
            if p.returncode != 0 and failed is None:
                failed = (step.get("name"), p.returncode)
        result = {k: evaluate(v["value"], ctx)
                  for k, v in action["outputs"].items()}
    return result, upload, failed, log


# ---- the cases ----

def scratch(tmp, name, files):
    """A git repository at tmp/name holding files {path: source}."""
    top = os.path.join(tmp, name)
    os.makedirs(top)
    subprocess.run(["git", "init", "-q", top], check=True)
    for rel, src in files.items():
        dst = os.path.join(top, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(src, dst)
    return top


def sarif_results(path, schema):
    with open(path) as f:
        sarif = json.load(f)
    jsonschema.validate(sarif, schema)
    return sum(len(r.get("results", [])) for r in sarif["runs"])


def json_count(zl, cwd, args):
    p = subprocess.run([zl, "--format", "json"] + args, cwd=cwd,
                       capture_output=True)
    return len(json.loads(p.stdout)["findings"])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    zl = os.path.abspath(sys.argv[1])
    action = load()
    static_checks(action)
    with open(SCHEMA) as f:
        schema = json.load(f)
    # a PATH with this zonelint and the usual tools, and one without it
    bindir = tempfile.mkdtemp()
    os.symlink(zl, os.path.join(bindir, "zonelint"))
    system = "/usr/local/bin:/usr/bin:/bin"
    with_zl = bindir + os.pathsep + system
    zones = {"zones/external/" + n: os.path.join(CASE, n)
             for n in os.listdir(CASE)}
    n_cases = 0
    with tempfile.TemporaryDirectory() as tmp:
        # 1. findings: status 1, SARIF uploaded, the job fails
        repo = scratch(tmp, "findings", zones)
        out, upload, failed, log = run_action(
            action, {"paths": "zones", "sarif-file": "out/zonelint.sarif",
                     "args": "--no-config"}, repo, with_zl)
        n_cases += 1
        check(out == {"sarif-file": "out/zonelint.sarif", "exit-status": "1"},
              "findings: outputs %r" % out)
        check(upload == "out/zonelint.sarif", "findings: upload %r" % upload)
        check(failed == ("Fail on findings", 1), "findings: failed %r\n%s" %
              (failed, log))
        want = json_count(zl, repo, ["--no-config", "zones"])
        got = sarif_results(os.path.join(repo, "out/zonelint.sarif"), schema)
        check(want > 0 and got == want, "findings: %d SARIF results, %d "
              "findings" % (got, want))

        # 2. fail-on none: the same findings uploaded, the job passes
        out, upload, failed, log = run_action(
            action, {"paths": "zones", "fail-on": "none",
                     "args": "--no-config"}, repo, with_zl)
        n_cases += 1
        check(out == {"sarif-file": "zonelint.sarif", "exit-status": "1"} and
              upload == "zonelint.sarif" and failed is None,
              "fail-on none: %r %r %r\n%s" % (out, upload, failed, log))

        # 3. a clean zone, zonelint not on the PATH: built from the
        # action's folder (make -C, a no-op here) and put on $GITHUB_PATH
        repo = scratch(tmp, "clean", {"example.com.zone": CLEAN})
        out, upload, failed, log = run_action(
            action, {"args": "--no-config"}, repo, system)
        n_cases += 1
        check(out == {"sarif-file": "zonelint.sarif", "exit-status": "0"} and
              upload == "zonelint.sarif" and failed is None,
              "clean, built: %r %r %r\n%s" % (out, upload, failed, log))
        check("make: Entering directory '%s'" % TOP in log,
              "clean, built: zonelint was not made in the action's folder")
        check(sarif_results(os.path.join(repo, "zonelint.sarif"), schema) == 0,
              "clean: results in the SARIF log")

        # 4. hostile input: nothing in an input runs
        hostile = ["$(touch PWNED1).zone", "`touch PWNED2`.zone",
                   "a;touch PWNED3;.zone", "b && touch PWNED4.zone",
                   "-rf name.zone", "audit-x"]
        # a zone with findings ($ORIGIN in it): each name must show in the log
        repo = scratch(tmp, "hostile", {h: os.path.join(CASE, "contoso.com.zone")
                                        for h in hostile})
        cases = [
            ("names", {"paths": "\n".join(hostile[:5]), "args": "--no-config"},
             "1"),
            # a glob in args stays a glob ('audit-x' is a file here: as
            # --disable audit-x it would be a usage error, 2)
            ("a glob in args", {"paths": hostile[0],
                                "args": "--no-config --disable audit-*"}, "1"),
            ("$() in args", {"paths": hostile[0],
                             "args": "--no-config $(touch PWNED5)"}, "2"),
            ("fail-on with a command", {"fail-on": "warning; touch PWNED6",
                                        "args": "--no-config"}, ""),
            ("sarif-file with a newline", {
                "paths": hostile[0], "args": "--no-config",
                "sarif-file": "x.sarif\nexit-status=0"}, ""),
            ("sarif-file with $()", {
                "paths": hostile[0], "args": "--no-config",
                "sarif-file": "$(touch PWNED7).sarif"}, "1"),
        ]
        for label, inputs, status in cases:
            out, upload, failed, log = run_action(action, inputs, repo, with_zl)
            n_cases += 1
            pwned = [f for f in os.listdir(repo) if f.startswith("PWNED")]
            check(not pwned, "hostile %s: ran %r" % (label, pwned))
            check(out["exit-status"] == status, "hostile %s: exit status %r, "
                  "not %r\n%s" % (label, out["exit-status"], status, log))
            if status == "":  # refused before zonelint ran
                check(failed == ("Run zonelint", 2) and upload is None,
                      "hostile %s: %r %r" % (label, failed, upload))
        # every name reached zonelint as one file name, in the log
        out, upload, failed, log = run_action(
            action, {"paths": "\n".join(hostile[:5]), "args": "--no-config"},
            repo, with_zl)
        with open(os.path.join(repo, out["sarif-file"])) as f:
            uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
                    for r in json.load(f)["runs"] for res in r["results"]
                    for loc in res["locations"]}
        check(len(uris) == 5, "hostile names: %d files in the SARIF log: %r" %
              (len(uris), sorted(uris)))
        check(os.path.exists(os.path.join(repo, "$(touch PWNED7).sarif")),
              "hostile: the sarif-file named with $() was not written as named")
    shutil.rmtree(bindir)
    print("action: %d runs of action.yml's steps: %s" %
          (n_cases, "%d failed" % len(failures) if failures else "all passed"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
