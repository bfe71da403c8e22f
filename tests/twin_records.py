#!/usr/bin/env python3
"""Zones the peers' suites hold in two forms must read as the same records.

Some peer tests keep a zone beside its expected output in another form:
NSD 4.13's own print of rr-test.zone (60-odd record types, the newest
among them), RFC 9460's SVCB test vectors in presentation and in wire
form, NSD's print of its SVCB success cases, and ldns's print of its
3,881-record zone-reader test.  tests/record_dump reads both forms of
each pair; the two sets of records (owner without regard to case, type,
TTL, data octets) and their syntax errors must be the same.

usage: tests/twin_records.py RECORD_DUMP
"""
import os
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SUITES = os.path.join(os.path.dirname(TOP), "shared", "corpus", "peer-suites")

# folder, origin, the zone as written, the same zone as the peer prints it
PAIRS = [
    ("nsd/tpkg/rr-test.tdir", "blaat.nl", "rr-test.zone", "rr-test.cmp_zone"),
    ("nsd/tpkg/svcb.tdir", "test-vectors", "svcb.test-vectors-pf.zone",
     "svcb.test-vectors-wf.zone"),
    ("nsd/tpkg/svcb.tdir", "success-cases", "svcb.success-cases.zone",
     "svcb.success-cases.zone.cmp"),
    ("ldns/test/08-zonereader.tpkg", ".", "08-zonereader.inputzone",
     "08-zonereader.outputzone"),
]


def read(dump, folder, origin, name):
    p = subprocess.run([dump, origin, name], cwd=folder, capture_output=True,
                       text=True, errors="replace", timeout=120)
    records, errors = [], 0
    for row in p.stdout.splitlines():
        f = row.split(" ")
        if f[1] == "ok":  # the owner in lower case: label lengths are < 64
            owner = bytes.fromhex(f[2]).lower().hex().upper()
            records.append(" ".join([owner] + f[3:]))
        else:
            errors += 1
    return sorted(records), errors


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    dump = os.path.abspath(sys.argv[1])
    failed = 0
    for folder, origin, written, printed in PAIRS:
        path = os.path.join(SUITES, folder)
        a, aerr = read(dump, path, origin, written)
        b, berr = read(dump, path, origin, printed)
        if a == b and aerr == berr and a:
            print("twin records: %s and %s: the same %d records"
                  % (written, printed, len(a)))
            continue
        failed += 1
        print("twin records: FAIL: %s (%d records, %d errors) and %s (%d "
              "records, %d errors) differ" % (written, len(a), aerr, printed,
              len(b), berr))
        for r in sorted(set(a) - set(b))[:3]:
            print("    written " + r[:160])
        for r in sorted(set(b) - set(a))[:3]:
            print("    printed " + r[:160])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
