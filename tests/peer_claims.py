#!/usr/bin/env python3
"""Every claim a rule's --explain makes about whether BIND, Knot or NSD
loads a zone, checked against the installed peer.

Each claim names the rule whose text makes it, a small zone and, for the
peers the text names, whether that peer loads it (True or False), or
what it prints about it (a string: the peer's output holds it; "!" and a
string: it does not).  The test fails when a
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
SOA = "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
# a file of the catalogue, rather than the zone's text
CAT = "@tests/catalogue/dnssec/"
# two servers, so that validns says nothing of the NS count
NS2 = NS + "@ IN NS ns2\nns2 IN A 192.0.2.2\n"
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
    ("hygiene-ttl-mismatch", "two TTLs in an A RRset",
     HEAD + NS2 + "www 300 IN A 192.0.2.2\nwww 600 IN A 192.0.2.3\n",
     {"BIND": True, "NSD": True, "validns": "TTL values differ within an RR set"}),
    ("hygiene-ttl-mismatch", "two TTLs in an A RRset: what they say",
     HEAD + NS2 + "www 300 IN A 192.0.2.2\nwww 600 IN A 192.0.2.3\n",
     {"BIND": "TTL set to prior TTL", "NSD": "does not match the TTL"}),
    ("hygiene-ttl-high-bit", "a TTL of 2^31",
     HEAD + NS2 + "www 2147483648 IN A 192.0.2.2\n",
     {"BIND": True, "Knot": True, "NSD": True}),
    ("hygiene-ttl-high-bit", "a TTL of 2^31: what BIND says",
     HEAD + NS2 + "www 2147483648 IN A 192.0.2.2\n",
     {"BIND": "> MAXTTL, setting $TTL to 0"}),
    ("hygiene-ttl-no-default", "no $TTL, records without a TTL",
     "$ORIGIN example.com.\n@ 3600 " + SOA[2:] + NS2,
     {"BIND": True}),
    ("hygiene-ttl-no-default", "no $TTL, records without a TTL: BIND",
     "$ORIGIN example.com.\n@ 3600 " + SOA[2:] + NS2,
     {"BIND": "using RFC1035 TTL semantics"}),
    ("hygiene-ttl-no-default", "no $TTL, an SOA without a TTL",
     "$ORIGIN example.com.\n" + SOA + NS2,
     {"BIND": "no TTL specified; using SOA MINTTL instead"}),
    ("hygiene-ttl-no-default", "no $TTL, but every record gives its TTL",
     "$ORIGIN example.com.\n@ 3600 " + SOA[2:] + "".join(
         l.split(" ", 1)[0] + " 3600 " + l.split(" ", 1)[1] + "\n"
         for l in NS2.splitlines()),
     {"BIND": "!TTL"}),
    ("hygiene-spf-type-only", "an SPF record without a TXT policy",
     HEAD + NS2 + "@ IN SPF \"v=spf1 -all\"\n",
     {"BIND": True}),
    ("hygiene-spf-type-only", "an SPF record without a TXT policy: BIND",
     HEAD + NS2 + "@ IN SPF \"v=spf1 -all\"\n",
     {"BIND": "found type SPF record but no SPF TXT record found"}),
    ("hygiene-soa-not-first", "an NS record before the SOA",
     "$ORIGIN example.com.\n$TTL 3600\n@ IN NS ns1\n" + SOA + NS2,
     {"BIND": True, "Knot": True, "NSD": True,
      "validns": "the first record in the zone must be an SOA record"}),
    # signed zones of the catalogue, judged at its now (2026-12-01)
    ("dnssec-rrsig-time", "RRSIGs expired a day before now",
     CAT + "rrsig-expired.bad.zone",
     {"kzonecheck -t": False, "validns -t": False,
      "ldns-verify-zone -t": False}),
    ("dnssec-rrsig-time", "RRSIGs that expire an hour after now",
     CAT + "rrsig-expired.good.zone",
     {"kzonecheck -t": True, "validns -t": True, "ldns-verify-zone -t": True}),
    ("dnssec-rrsig-time", "RRSIGs whose inception is an hour after now",
     CAT + "rrsig-not-yet-valid.bad.zone",
     {"kzonecheck -t": False, "validns -t": False,
      "ldns-verify-zone -t": False}),
    ("dnssec-no-ksk", "a zone signed with its ZSK only",
     CAT + "zsk-only.bad.zone",
     {"Knot -t": False, "validns -p ksk-exists": False}),
    ("dnssec-no-ksk", "a zone signed with a KSK and a ZSK",
     CAT + "zsk-only.good.zone",
     {"Knot -t": True, "validns -p ksk-exists": True}),
    ("hygiene-hostname-underscore", "an A record at web_1",
     HEAD + NS2 + "web_1 IN A 192.0.2.10\n",
     {"BIND": True, "BIND -k fail": False}),
    ("hygiene-wildcard-ns", "NS records at *.sub",
     HEAD + NS2 + "*.sub IN NS ns1\n*.sub IN NS ns2\n",
     {"BIND": False}),
    ("hygiene-wildcard-literal", "a TXT record at a.*",
     HEAD + NS2 + "a.* IN TXT x\n",
     {"BIND": True, "validns": False}),
    ("hygiene-wildcard-literal", "an A record at foo*",
     HEAD + NS2 + "foo* IN A 192.0.2.9\n",
     {"BIND": True, "BIND -k fail": False, "validns": False}),
    ("hygiene-soa-rname-mail", "RNAME hostmaster@example.com.",
     "$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster@example.com. "
     "1 7200 3600 1209600 300\n" + NS2,
     {"BIND": True, "Knot": False, "NSD": True, "validns": False}),
    ("dnssec-zonemd-digest", "a ZONEMD digest of the zone before an edit",
     CAT + "zonemd-digest.bad.zone",
     {"ldns-verify-zone -Z":
      "No ZONEMD matching the zone data was found"}),
    ("dnssec-zonemd-digest", "a ZONEMD digest that matches",
     CAT + "zonemd-digest.good.zone",
     {"ldns-verify-zone -Z":
      "!No ZONEMD matching the zone data was found"}),
    ("dnssec-rrsig-verify", "an A record edited after signing",
     CAT + "rrsig-bogus.bad.zone",
     {"ldns-verify-zone -t": False, "kzonecheck -t": False,
      "validns -t": False, "BIND": True}),
    ("dnssec-rrsig-verify", "every signature over the data it was made on",
     CAT + "rrsig-bogus.good.zone",
     {"ldns-verify-zone -t": True, "kzonecheck -t": True,
      "validns -t": True}),
    ("dnssec-rrsig-ttl", "a TTL changed after signing",
     "@tests/golden/dnssec-rrsig-verify/zones/ttl/example.com.zone",
     {"kzonecheck -t": False, "ldns-verify-zone -t": True}),
    ("hygiene-ns-single", "one NS at the apex",
     HEAD + NS,
     {"BIND": True, "Knot": True, "NSD": True, "validns": False}),
    ("alias-wildcard-loop", "a wildcard CNAME to a missing name below it",
     HEAD + NS + "* IN CNAME www\n",
     {"BIND": True, "Knot": True, "NSD": True}),
]

# rule, what the zone shows, its text, peer, what the peer prints of it
SAYS = [
    ("dnssec-deprecated-algorithm", "a zone signed with RSASHA1 only",
     CAT + "deprecated-algorithm.bad.zone", "BIND",
     "all DNSKEY algorithms found are deprecated"),
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
    "validns": ["validns", "-p", "all", "-z", "example.com"],
    # at the catalogue's now, 2026-12-01 00:00:00 UTC
    "Knot -t": ["kzonecheck", "-o", "example.com", "-t", "20261201000000"],
    "kzonecheck -t": ["kzonecheck", "-o", "example.com", "-t",
                      "20261201000000"],
    "validns -t": ["validns", "-p", "all", "-t", "1796083200", "-z",
                   "example.com"],
    "validns -p ksk-exists": ["validns", "-p", "ksk-exists", "-t",
                              "1796083200", "-z", "example.com"],
    "ldns-verify-zone -t": ["ldns-verify-zone", "-t", "20261201000000"],
    # the ZONEMD digest (it also refuses an unsigned zone: not asked)
    "ldns-verify-zone -Z": ["ldns-verify-zone", "-Z"],
}


def loads(peer, path, want=True):
    """Whether peer loads path (want a bool) or prints as want says (a
    string, "!" before it for "does not print")."""
    run = subprocess.run(PEERS[peer] + [path], capture_output=True,
                         text=True, check=False)
    if isinstance(want, bool):
        return run.returncode == 0
    text = run.stdout + run.stderr
    if want.startswith("!"):
        return want if want[1:] not in text else "it prints " + want[1:]
    return want if want in text else "it does not print " + want


def says(peer, path):
    run = subprocess.run(PEERS[peer] + [path], capture_output=True,
                         text=True, check=False)
    return run.stdout + run.stderr


def zone_text(text):
    """The zone: text, or for "@PATH" the file at PATH in the tree."""
    if not text.startswith("@"):
        return text
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(top, text[1:]), encoding="ascii") as f:
        return f.read()


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
                out.write(zone_text(text))
            for peer, want in verdicts.items():  # "BIND -k fail": its options
                got = loads(peer, path, want)
                if peer.split()[0] not in words:
                    print(f"peer claims: FAIL {rule}: --explain no longer "
                          f"names {peer}; drop the claim here")
                    failed += 1
                elif got != want and isinstance(want, str):
                    print(f"peer claims: FAIL {rule}: {what}: {peer}: {got}")
                    failed += 1
                elif got != want:
                    print(f"peer claims: FAIL {rule}: {what}: {peer} "
                          f"{'loads' if got else 'refuses'} it, the table "
                          f"says it {'loads' if want else 'refuses'} it")
                    failed += 1
        for rule, what, text, peer, want in SAYS:
            with open(path, "w", encoding="ascii") as out:
                out.write(zone_text(text))
            if peer.split()[0] not in explain(zonelint, rule):
                print(f"peer claims: FAIL {rule}: --explain no longer "
                      f"names {peer}; drop the claim here")
                failed += 1
            elif want not in says(peer, path):
                print(f"peer claims: FAIL {rule}: {what}: {peer} does not "
                      f"print '{want}'")
                failed += 1
    total = sum(len(c[3]) for c in CLAIMS) + len(SAYS)
    print(f"peer claims: {total - failed} of {total} verdicts as the rules' "
          f"--explain say")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
