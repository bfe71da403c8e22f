"""Running zonelint with --format json for the Python tests: the one
place that checks the exit status, standard error and the document's
shape, so that every harness refuses a broken run the same way."""
import json
import subprocess

KEYS = ("file", "line", "rule", "severity", "message")


def findings(zonelint, argv, cwd):
    """(the JSON findings, None) of `zonelint --format json --no-config
    --now 20261201000000 ARGV` run in cwd, or (None, why) when the run is not a clean one:
    a crash or odd exit status, anything on standard error, output that
    is not zonelint's JSON, or exit status 0 with an error finding."""
    # a fixed now (2026-12-01 00:00:00 UTC): signature times judge, and
    # their messages read, the same on every run
    p = subprocess.run([zonelint, "--format", "json", "--no-config",
                        "--now", "20261201000000"] + argv,
                       cwd=cwd, capture_output=True, timeout=120)
    if p.returncode not in (0, 1, 2):
        return None, "exit status %d" % p.returncode
    if p.stderr:
        return None, "standard error: %s" % p.stderr.decode("utf-8", "replace")[:300]
    try:
        doc = json.loads(p.stdout)
        if doc.get("tool") != "zonelint" or doc.get("version") != 1:
            raise ValueError("not zonelint's JSON")
        found = list(doc["findings"])
        for f in found:
            if not all(k in f for k in KEYS):
                raise ValueError("a finding without one of %s" % ", ".join(KEYS))
    except (ValueError, LookupError, TypeError, AttributeError) as e:
        return None, "output is not zonelint's JSON findings (%s): %r" % (e, p.stdout[:100])
    if any(f["severity"] == "error" for f in found) and p.returncode == 0:
        return None, "exit status 0 with error findings"
    if not found and p.returncode != 0:
        return None, "exit status %d without findings" % p.returncode
    return found, None
