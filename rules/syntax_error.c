/* syntax-error: a record or directive that cannot be read. */
#include "../src/zonelint.h"

const struct zl_rule rule_syntax_error = {
	.id = "syntax-error",
	.severity = ZL_ERROR,
	.summary = "syntax error",
	.why =
	    "A name server refuses to load a zone with a record it cannot\n"
	    "parse (BIND, Knot and NSD stop the whole zone), so one typo can\n"
	    "take every name in the zone off the air.  zonelint reports each\n"
	    "such record at its line, with the reason, and reads on, so one\n"
	    "bad record never hides the rest of the file.  It is as strict as\n"
	    "those servers where ldns is lenient: EUI48/EUI64 octets of two\n"
	    "digits, whole-octet NSAPs, unpadded NSEC3 hashes, \\# data of the\n"
	    "length announced, SVCB ports, mandatory keys and alpn ids, and data\n"
	    "a DNS message can carry.  It reads what BIND reads beyond ldns:\n"
	    "DNSKEY flag mnemonics (ZONE|KSK), RRSIG dates outside 1970-2105\n"
	    "and NSEC3 hashes without padding.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.300\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.30\n",
	.fix =
	    "Correct the record as the message says: the owner, TTL, class,\n"
	    "type and data must follow RFC 1035 master-file syntax.  Records\n"
	    "spread over lines need ( and ); text with spaces or ; needs\n"
	    "double quotes.",
	.refs = "RFC 1035 section 5; RFC 3597 (unknown types, \\# data); "
	    "RFC 7043; RFC 1706; RFC 5155 section 3.3; RFC 9460",
};
