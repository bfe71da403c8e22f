#!/usr/bin/env python3
"""Every claim a rule's --explain makes about whether BIND, Knot or NSD
loads a zone, checked against the installed peer.

Each claim names the rule whose text makes it, a small zone and, for the
peers the text names, whether that peer loads it.  The test fails when a
peer does otherwise (fix the text, not the table) or when the rule's
--explain no longer names the peer (the claim went away: drop it here).

usage: tests/peer_claims.py ZONELINT
"""
import os
import subprocess
import sys
import tempfile

HEAD = ("$ORIGIN example.com.\n$TTL 3600\n"
        "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n")
NS = "@ IN NS ns1\nns1 IN A 192.0.2.1\n"
DS = "12345 8 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE2C7A3D1B4A1F42E0A7A5B8F1"

# rule, what the zone shows, its text, {peer: loads}
CLAIMS = [
    ("hygiene-cname-multiple", "two CNAMEs at one name",
     HEAD + NS + "www IN CNAME a.example.net.\nwww IN CNAME b.example.net.\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-cname-and-other-data", "a CNAME beside an A",
     HEAD + NS + "www IN CNAME a.example.net.\nwww IN A 192.0.2.2\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-soa-multiple", "two SOAs at the apex",
     HEAD + NS + "@ IN SOA ns1 hostmaster 2 7200 3600 1209600 300\n",
     {"BIND": False, "NSD": False, "Knot": True}),
    ("hygiene-duplicate-record", "the same A record twice, TTLs apart",
     HEAD + NS + "www 300 IN A 192.0.2.2\nwww 600 IN A 192.0.2.2\n",
     {"BIND": True, "Knot": True, "NSD": True}),
    ("hygiene-duplicate-record", "the same SOA twice",
     HEAD + "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n" + NS,
     {"BIND": True, "Knot": True, "NSD": False}),
    ("hygiene-dname-conflict", "data below a DNAME",
     HEAD + NS + "d IN DNAME example.net.\nx.d IN A 192.0.2.9\n",
     {"Knot": False, "NSD": False}),
    ("hygiene-dname-conflict", "an NS naming a server below a DNAME",
     HEAD + "@ IN NS ns.d\nd IN DNAME example.net.\nns.d IN A 192.0.2.9\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-ds-placement", "a DS at the apex",
     HEAD + NS + "@ IN DS " + DS + "\n",
     {"BIND": False}),
    ("hygiene-ds-placement", "a DS at a name without NS records",
     HEAD + NS + "host IN A 192.0.2.7\nhost IN DS " + DS + "\n",
     {"BIND": True, "Knot": True, "NSD": True}),
    ("hygiene-ns-missing-at-apex", "no NS at the apex",
     HEAD + "www IN A 192.0.2.2\n",
     {"BIND": False, "Knot": False, "NSD": True}),
    ("hygiene-soa-missing", "no SOA",
     "$ORIGIN example.com.\n$TTL 3600\n" + NS,
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-soa-not-at-apex", "an SOA below the apex",
     HEAD + NS + "sub IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n",
     {"BIND": False, "NSD": False}),
    ("hygiene-hostname", "an A record at web/1",
     HEAD + NS + "web/1 IN A 192.0.2.10\n",
     {"BIND": True, "BIND -k fail": False}),
    ("hygiene-out-of-zone", "a record for another domain",
     HEAD + NS + "ns2.example.net. IN A 192.0.2.8\n",
     {"BIND": True, "NSD": False}),
    ("hygiene-target-address-literal", "an MX naming an address",
     HEAD + NS + "@ IN MX 10 192.0.2.25.\n",
     {"BIND": True, "BIND -m fail": False}),
    ("hygiene-target-no-address", "an MX naming a CNAME",
     HEAD + NS + "@ IN MX 10 mail\nmail IN CNAME host\nhost IN A 192.0.2.25\n",
     {"BIND": True, "BIND -M fail": False}),
    ("hygiene-target-no-address", "an SRV naming a CNAME",
     HEAD + NS + "_ldap._tcp IN SRV 0 0 389 dc\ndc IN CNAME host\n"
     "host IN A 192.0.2.30\n",
     {"BIND": True, "BIND -S fail": False}),
    ("hygiene-target-no-address", "an MX naming a host with no address",
     HEAD + NS + "@ IN MX 10 mail\n",
     {"BIND": True}),
    ("hygiene-windows-glue", "a Windows export with out-of-zone glue",
     ";\r\n;  Database file example.com.dns for example.com zone.\r\n;\r\n"
     "@ IN SOA ns1.example.com. hostmaster.example.com. "
     "( 7 900 600 86400 3600 )\r\n"
     "@ NS ns1.example.com.\r\n@ NS ns2.provider.example.\r\n"
     "ns2.provider.example. A 192.0.2.8\r\nns1 A 192.0.2.1\r\n",
     {"BIND": True, "NSD": False}),
]

PEERS = {
    "BIND": ["named-checkzone", "-i", "local", "example.com"],
    "BIND -k fail": ["named-checkzone", "-k", "fail", "-i", "local",
                     "example.com"],
    "BIND -m fail": ["named-checkzone", "-m", "fail", "-i", "local",
                     "example.com"],
    "BIND -M fail": ["named-checkzone", "-M", "fail", "-i", "local",
                     "example.com"],
    "BIND -S fail": ["named-checkzone", "-S", "fail", "-i", "local",
                     "example.com"],
    "Knot": ["kzonecheck", "-o", "example.com"],
    "NSD": ["nsd-checkzone", "example.com"],
}


def loads(peer, path):
    run = subprocess.run(PEERS[peer] + [path], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, check=False)
    return run.returncode == 0


def explain(zonelint, rule):
    run = subprocess.run([zonelint, "--no-config", "--explain", rule],
                         capture_output=True, text=True, check=True)
    return " ".join(run.stdout.split())


def main():
    zonelint = os.path.abspath(sys.argv[1])
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "example.com.zone")
        for rule, what, text, verdicts in CLAIMS:
            words = explain(zonelint, rule)
            with open(path, "w", encoding="ascii") as out:
                out.write(text)
            for peer, want in verdicts.items():  # "BIND -k fail": its options
                got = loads(peer, path)
                if peer.split()[0] not in words:
                    print(f"peer claims: FAIL {rule}: --explain no longer "
                          f"names {peer}; drop the claim here")
                    failed += 1
                elif got != want:
                    print(f"peer claims: FAIL {rule}: {what}: {peer} "
                          f"{'loads' if got else 'refuses'} it, the table "
                          f"says it {'loads' if want else 'refuses'} it")
                    failed += 1
    total = sum(len(c[3]) for c in CLAIMS)
    print(f"peer claims: {total - failed} of {total} verdicts as the rules' "
          f"--explain say")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
