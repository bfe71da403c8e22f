#!/usr/bin/env python3
"""Every claim a rule's --explain makes about whether BIND, Knot or NSD
loads a zone, checked against the installed peer.

Each claim names the rule whose text makes it, a small zone and, for the
peers the text names, whether that peer loads it (True or False), or
what it prints about it (a string: the peer's output holds it; "!" and a
string: it does not).  The test fails when a
peer does otherwise (fix the text, not the table) or when the rule's
--explain no longer names the peer (the claim went away: drop it here).

A zone is its text; "@PATH", a file of the tree; "@bad:RULE" or
"@good:RULE", that rule's example; ("utf-16", TEXT), TEXT saved as
UTF-16LE; or a dict of files ({"zone": PATH, PATH: TEXT, ...}) in one
folder, the peers run from that folder on the file "zone" names.

Then every rule's text is read for the peers it names (its why, fix
and exceptions, not its examples): each peer named must have a claim
here, or the rule's references must cite the document that backs it
(CITED).  Options of the signing tools (dnssec-signzone, ldns-signzone,
...) a text shows must be in that tool's -h output, and what NO_OPTION
says a tool lacks must not be.

usage: tests/peer_claims.py ZONELINT
"""
import os
import re
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
# an RSA public key (tests/catalogue/dnssec/zsk-only.good.zone's KSK)
KEY = ("AwEAAaz/G6DoMeqJUveSzS6GKq3nym9RIA/wc2LT3sNZIXhBi4cHo/5wWtdNGXM1VMbt6r"
       "2ZGWkhZVZjmebLyvFBlXS8CWR/rLWZeBdChjPFbeYID7D5MQLJI6JRffLU84qkplo+xBp"
       "kl1TCRty8pnTwN4jj/CCsJolAAFOtU6mI8UQt")


def nested(depth):
    """A zone whose $INCLUDEs nest DEPTH files deep."""
    files = {"zone": "example.com.zone",
             "example.com.zone": HEAD + NS + "$INCLUDE i1.inc\n"}
    for i in range(1, depth + 1):
        more = "$INCLUDE i%d.inc\n" % (i + 1) if i < depth else ""
        files["i%d.inc" % i] = "h%d IN A 192.0.2.%d\n%s" % (i, i, more)
    return files


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
     {"Knot": False, "NSD": False, "BIND": True}),
    ("hygiene-dname-conflict", "two DNAMEs at one name",
     HEAD + NS + "d IN DNAME a.example.net.\nd IN DNAME b.example.net.\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-dname-conflict", "NS records beside a DNAME below the apex",
     HEAD + NS + "d IN DNAME a.example.net.\nd IN NS ns1\n",
     {"Knot": False, "BIND": True, "NSD": True}),
    ("hygiene-dname-conflict", "an NS naming a server below a DNAME",
     HEAD + "@ IN NS ns.d\nd IN DNAME example.net.\nns.d IN A 192.0.2.9\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("hygiene-ds-placement", "a DS at the apex",
     HEAD + NS + "@ IN DS " + DS + "\n",
     {"BIND": False, "Knot": True, "NSD": True}),
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
    ("input-provider-record", "Cloudflare's SOA owner without its final dot",
     ";;\n;; Domain:     example.com.\n;;\n"
     "example.com\t3600\tIN\tSOA\tns1.example.com. dns.cloudflare.com. "
     "2049453583 10000 2400 604800 3600\n"
     "example.com.\t86400\tIN\tNS\tns1.example.com.\n"
     "ns1.example.com.\t1\tIN\tA\t192.0.2.1\n",
     {"BIND": "not at top of zone"}),
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
    ("alias-cname-loop", "a zone whose CNAMEs loop",
     "@bad:alias-cname-loop", {"BIND": True, "Knot": True, "NSD": True}),
    ("delegation-occluded", "an A record below a delegation",
     "@bad:delegation-occluded", {"BIND": True, "Knot": True, "NSD": True}),
    ("hygiene-soa-multiple", "the good example: the SOA again at the end",
     "@good:hygiene-soa-multiple",
     {"BIND": True, "Knot": True, "NSD": False}),
    ("hygiene-rpz-trigger", "a trigger not in canonical form",
     "@bad:hygiene-rpz-trigger", {"BIND": True}),
    ("hygiene-rpz-trigger", "a trigger not in canonical form: BIND says",
     "@bad:hygiene-rpz-trigger", {"BIND": "!invalid rpz"}),
    ("syntax-include", "an $INCLUDE of a missing file",
     "@bad:syntax-include", {"BIND": False, "NSD": False}),
    ("syntax-include", "a file that includes itself",
     {"zone": "example.com.zone",
      "example.com.zone": HEAD + NS + "$INCLUDE a.inc\n",
      "a.inc": "h IN A 192.0.2.5\n$INCLUDE a.inc\n"},
     {"BIND": False, "NSD": False}),
    ("syntax-include", "21 nested $INCLUDEs", nested(21),
     {"BIND": True, "Knot": True}),
    ("syntax-include", "11 nested $INCLUDEs", nested(11), {"NSD": False}),
    ("syntax-include", "10 nested $INCLUDEs", nested(10), {"NSD": True}),
    ("syntax-include", "an $INCLUDE found in the working directory",
     {"zone": "sub/example.com.zone",
      "sub/example.com.zone": HEAD + NS + "$INCLUDE a.inc\n",
      "a.inc": "h IN A 192.0.2.5\n"}, {"BIND": True}),
    ("syntax-include", "an $INCLUDE beside the including file only",
     {"zone": "sub/example.com.zone",
      "sub/example.com.zone": HEAD + NS + "$INCLUDE a.inc\n",
      "sub/a.inc": "h IN A 192.0.2.5\n"}, {"BIND": False}),
    ("syntax-encoding", "a zone saved as UTF-16 with a byte order mark",
     ("utf-16", "\ufeff" + HEAD + NS),
     {"BIND": False, "Knot": False, "NSD": False}),
    ("syntax-encoding", "a UTF-16 zone: what ldns reads",
     ("utf-16", "\ufeff" + HEAD + NS),
     {"ldns-read-zone": "\\255\\254$ORIGIN"}),
    ("syntax-error", "an A record with 192.0.2.300",
     HEAD + NS + "www IN A 192.0.2.300\n",
     {"BIND": False, "Knot": False, "NSD": False}),
    ("syntax-error", "a DNSKEY with the flags ZONE|KSK",
     HEAD + NS + "@ IN DNSKEY ZONE|KSK 3 8 " + KEY + "\n",
     {"BIND": True, "ldns-read-zone": False}),
    ("dnssec-nsec3param", "an NSEC3PARAM with the opt-out flag",
     "@bad:dnssec-nsec3param",
     {"BIND": True, "Knot": True, "NSD": True, "validns": False}),
    ("dnssec-no-denial", "a signed zone without its NSEC records",
     ("drop", "NSEC", CAT + "zsk-only.good.zone"),
     {"kzonecheck -v -t": "missing NSEC(3) record"}),
    ("dnssec-rrsig-signer", "RRSIGs and no DNSKEY",
     ("drop", "DNSKEY", CAT + "zsk-only.good.zone"),
     {"kzonecheck -v -t": "no keys for signing"}),
    ("hygiene-ns-target-no-address", "an NS naming a CNAME",
     HEAD + "@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\n"
     "ns2 IN CNAME ns1\n", {"BIND": "is a CNAME (illegal)"}),
    ("hygiene-ns-target-no-address", "an NS naming a host with no address",
     "@bad:hygiene-ns-target-no-address",
     {"kzonecheck -v": "missing glue"}),
    ("hygiene-wildcard-literal", "a TXT record at a.*: what BIND says",
     HEAD + NS2 + "a.* IN TXT x\n",
     {"BIND": "contains an non-terminal wildcard",
      "validns": "record name is not valid"}),
    ("hygiene-soa-rname-mail", "RNAME hostmaster@example.com.: messages",
     "$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster@example.com. "
     "1 7200 3600 1209600 300\n" + NS2,
     {"kzonecheck -v": "invalid domain name character",
      "validns": "rname is not valid"}),
    ("hygiene-windows-glue", "out-of-zone glue in a Windows export: BIND",
     "@bad:hygiene-windows-glue", {"BIND": "ignoring out-of-zone data"}),
    ("hygiene-out-of-zone", "a record for another domain: what BIND says",
     HEAD + NS + "ns2.example.net. IN A 192.0.2.8\n",
     {"BIND": "ignoring out-of-zone data"}),
    ("hygiene-wildcard-ns", "NS records at *.sub: what BIND says",
     HEAD + NS2 + "*.sub IN NS ns1\n*.sub IN NS ns2\n",
     {"BIND": "invalid NS owner name (wildcard)"}),
    ("input-origin-file-name", "what named-compilezone -s relative writes",
     HEAD + NS, {"BIND -s relative": "$ORIGIN .\n$TTL 3600\t; 1 hour\n"
                 "example.com\t\tIN SOA"}),
]

# rule, peer, text the rule's references hold: a document that backs
# what the rule says the peer does (its configuration, or a behaviour
# no test here can show, such as named loading a response policy zone)
CITED = [
    ("hygiene-hostname", "BIND", "BIND 9 ARM, check-names"),
    ("hygiene-hostname-underscore", "BIND", "BIND 9 ARM, check-names"),
    ("hygiene-rpz-trigger", "BIND", "lib/dns/rpz.c"),
    ("hygiene-ns-missing-at-apex", "Knot", "Knot DNS reference"),
    ("input-origin-file-name", "BIND", "BIND 9 Administrator Reference Manual"),
    ("dnssec-cds-cdnskey", "BIND", "BIND 9 ARM, dnssec-policy"),
    ("dnssec-cds-cdnskey", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-deprecated-algorithm", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-nsec3-iterations", "BIND", "BIND 9 ARM, dnssec-policy"),
    ("dnssec-nsec3-iterations", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-nsec3-params-policy", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-rrsig-coverage", "BIND", "BIND 9 ARM, dnssec-policy"),
    ("dnssec-rrsig-coverage", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-rsa-short", "BIND", "BIND 9 ARM, dnssec-policy"),
    ("dnssec-rsa-short", "Knot", "Knot DNS reference, policy section"),
    ("dnssec-nsec3param", "BIND", "BIND 9 ARM, dnssec-policy"),
]

# rule, tool, a word its -h output must not hold (what the text says it
# lacks)
NO_OPTION = [
    ("hygiene-zonemd-duplicate", "dnssec-signzone", "ZONEMD"),
    ("dnssec-zonemd-digest", "dnssec-signzone", "ZONEMD"),
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
    # -v: why kzonecheck refuses a zone, not only that it does
    "kzonecheck -v": ["kzonecheck", "-v", "-o", "example.com"],
    "kzonecheck -v -t": ["kzonecheck", "-v", "-o", "example.com", "-t",
                         "20261201000000"],
    "ldns-read-zone": ["ldns-read-zone"],
    "BIND -s relative": ["named-compilezone", "-s", "relative", "-o", "-",
                         "example.com"],
}

# what a text calls each peer: a claim about PEER (its first word) holds
# when the text names it by any of these
NAMES = {
    "BIND": ["BIND", "named-checkzone", "named-compilezone", "named"],
    "Knot": ["Knot", "kzonecheck"],
    "kzonecheck": ["Knot", "kzonecheck"],
    "NSD": ["NSD", "nsd-checkzone"],
    "validns": ["validns"],
    "ldns-verify-zone": ["ldns-verify-zone", "ldns"],
    "ldns-read-zone": ["ldns-read-zone", "ldns"],
}

# a peer named in a text (how the coverage check finds it); the signing
# tools are left to the option check
FAMILY = {
    "BIND": r"\bBIND\b|named-checkzone|named-compilezone|\bnamed (loads|logs)",
    "Knot": r"\bKnot\b|kzonecheck",
    "NSD": r"\bNSD\b|nsd-checkzone",
    "validns": r"\bvalidns\b",
    "ldns": r"\bldns\b(?!-)|ldns-verify-zone|ldns-read-zone",
}
# where a text names a peer for its file format or configuration only
SYNTAX = [r"In (a )?BIND zone file", r"BIND('s)? internal view",
          r"BIND, internal view", r"In BIND:", r"\(BIND\)",
          r"BIND's named\.root", r"BIND 9 Administrator Reference Manual",
          r"BIND: zone \""]
TOOLS = ["dnssec-signzone", "ldns-signzone", "ldns-key2ds", "ldns-keygen",
         "dnssec-keygen", "dnssec-dsfromkey"]


def names(peer):
    return NAMES.get(peer.split()[0], [peer.split()[0]])


def family(peer):
    for fam, rx in FAMILY.items():
        if any(re.search(rx, n) for n in names(peer)):
            return fam
    return peer.split()[0]


def loads(peer, path, want=True, zone_name=""):
    """Whether peer loads path (want a bool) or prints as want says (a
    string, "!" before it for "does not print"), run from path's folder
    (or, when path ends in zone_name, from the folder that holds it)."""
    with open(path, "rb") as f:
        m = re.search(rb"^\$ORIGIN\s+(\S+)", f.read(), re.M)
    origin = m.group(1).decode().rstrip(".") if m else "example.com"
    cmd = [origin if a == "example.com" else a for a in PEERS[peer]]
    run = subprocess.run(cmd + [path], capture_output=True, text=True,
                         check=False, errors="replace",
                         cwd=os.path.dirname(path[:-len(zone_name)]
                                             if zone_name else path))
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


def zone_text(text, zonelint=None):
    """The zone: text, or for "@PATH" the file at PATH in the tree, for
    "@bad:RULE" or "@good:RULE" that rule's example."""
    if not text.startswith("@"):
        return text
    if text.startswith(("@bad:", "@good:")):
        part, rule = text[1:].split(":", 1)
        run = subprocess.run([zonelint, "--no-config", "--explain", rule],
                             capture_output=True, text=True, check=True)
        lines, keep = [], False
        for line in run.stdout.split("\n"):
            if line and not line.startswith(" "):
                keep = line == part.capitalize() + ":"
            elif keep:
                lines.append(line[2:])
        return "\n".join(lines).rstrip("\n") + "\n"
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(top, text[1:]), encoding="ascii") as f:
        return f.read()


def write_zone(tmp, text, zonelint):
    """Write a claim's zone under tmp; the path of the file to check."""
    files = {"zone": "example.com.zone"}
    if isinstance(text, dict):
        files = dict(text)
    elif isinstance(text, tuple) and text[0] == "utf-16":
        files["example.com.zone"] = text[1].encode("utf-16-le")
    elif isinstance(text, tuple) and text[0] == "drop":
        # the file without every line that names text[1] (one-line records)
        files["example.com.zone"] = "".join(
            l for l in zone_text(text[2]).splitlines(True) if text[1] not in l)
    else:
        files["example.com.zone"] = zone_text(text, zonelint)
    folder = tempfile.mkdtemp(dir=tmp)
    for name, data in files.items():
        if name == "zone":
            continue
        path = os.path.join(folder, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            out.write(data if isinstance(data, bytes) else data.encode())
    return os.path.join(folder, files["zone"])


def sections(zonelint, rule):
    """RULE's --explain text by section."""
    run = subprocess.run([zonelint, "--no-config", "--explain", rule],
                         capture_output=True, text=True, check=True)
    out, cur = {}, None
    for line in run.stdout.split("\n"):
        if line and not line.startswith(" ") and line.endswith(":"):
            cur = line[:-1]
            out[cur] = []
        elif cur:
            out[cur].append(line.strip())
    return {k: " ".join(" ".join(v).split()) for k, v in out.items()}


def coverage(zonelint):
    """Every peer a rule's text names has a claim here or a citation in
    the rule's references; every option of a signing tool the text shows
    is in the tool's -h output.  The number of failures."""
    claimed = {}
    for rule, _, _, verdicts in CLAIMS:
        for peer in verdicts:
            claimed.setdefault(rule, set()).add(family(peer))
    for rule, _, _, peer, _ in SAYS:
        claimed.setdefault(rule, set()).add(family(peer))
    for rule, tool, _ in NO_OPTION:  # dnssec-signzone: BIND's
        fam = "BIND" if tool.startswith("dnssec-") else "ldns"
        claimed.setdefault(rule, set()).add(fam)
    cited = {}
    for rule, fam, doc in CITED:
        cited.setdefault(rule, []).append((fam, doc))
    helps = {}
    failed = checked = 0
    rules = subprocess.run([zonelint, "--no-config", "--list-rules"],
                           capture_output=True, text=True, check=True)
    for rule in [l.split()[0] for l in rules.stdout.split("\n") if l]:
        sec = sections(zonelint, rule)
        text = " ".join(sec.get(k, "") for k in ("Why", "Fix", "Exceptions"))
        refs = sec.get("References", "")
        for tool in TOOLS:
            for m in re.finditer(re.escape(tool) + r"((?: [^ ,;)]+)*)", text):
                checked += 1
                if tool not in helps:
                    run = subprocess.run([tool, "-h"], capture_output=True,
                                         text=True, check=False)
                    helps[tool] = run.stdout + run.stderr
                for opt in re.findall(r"(?<!\S)(-[0-9A-Za-z])\b", m.group(1)):
                    if not re.search(r"^\s*" + re.escape(opt) + r"\b",
                                     helps[tool], re.M):
                        print(f"peer claims: FAIL {rule}: {tool} has no "
                              f"option {opt} ({tool} -h)")
                        failed += 1
        for syn in SYNTAX:
            text = re.sub(syn, "", text)
        for fam, rx in FAMILY.items():
            if not re.search(rx, text):
                continue
            checked += 1
            docs = [d for f, d in cited.get(rule, []) if f == fam]
            if fam in claimed.get(rule, set()):
                continue
            if docs and all(d in refs for d in docs):
                continue
            print(f"peer claims: FAIL {rule}: its --explain names {fam}, "
                  f"with no claim here and no document in its references "
                  f"(CITED)" if not docs else
                  f"peer claims: FAIL {rule}: its references no longer "
                  f"cite {docs}")
            failed += 1
    for rule, tool, word in NO_OPTION:
        checked += 1
        run = subprocess.run([tool, "-h"], capture_output=True, text=True,
                             check=False)
        if tool not in sections(zonelint, rule).get("Fix", ""):
            print(f"peer claims: FAIL {rule}: its fix no longer names "
                  f"{tool}; drop the NO_OPTION line")
            failed += 1
        elif word.lower() in (run.stdout + run.stderr).lower():
            print(f"peer claims: FAIL {rule}: {tool} -h mentions {word}")
            failed += 1
    return failed, checked


def explain(zonelint, rule):
    run = subprocess.run([zonelint, "--no-config", "--explain", rule],
                         capture_output=True, text=True, check=True)
    return " ".join(run.stdout.split())


def main():
    zonelint = os.path.abspath(sys.argv[1])
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for rule, what, text, verdicts in CLAIMS:
            words = explain(zonelint, rule)
            path = write_zone(tmp, text, zonelint)
            name = text["zone"] if isinstance(text, dict) else ""
            for peer, want in verdicts.items():  # "BIND -k fail": its options
                got = loads(peer, path, want, name)
                if not any(re.search(r"\b" + re.escape(n) + r"\b", words)
                           for n in names(peer)):
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
            path = write_zone(tmp, text, zonelint)
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
    missing, checked = coverage(zonelint)
    print(f"peer claims: {checked - missing} of {checked} peers and tool "
          f"options named in the rules' texts backed by a claim, a "
          f"citation or the tool's -h")
    return 1 if failed or missing else 0


if __name__ == "__main__":
    sys.exit(main())
