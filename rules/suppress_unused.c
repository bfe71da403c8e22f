/* suppress-unused: an inline suppression that matches nothing.  The
 * engine reports it after applying suppressions. */
#include "../src/zonelint.h"

const struct zl_rule rule_suppress_unused = {
	.id = "suppress-unused",
	.severity = ZL_NOTE,
	.summary = "suppression matches nothing",
	.why =
	    "A '; zonelint: ignore RULE' comment that no longer matches a finding\n"
	    "(the record was fixed, the rule id was misspelt, or the comment\n"
	    "drifted away from its record) silences nothing today but would hide\n"
	    "a real problem later.  Remove stale suppressions.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  A    192.0.2.10  ; zonelint: ignore hygiene-hostname\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "web/1  IN  A    192.0.2.10  ; zonelint: ignore hygiene-hostname legacy name\n",
	.fix =
	    "Delete the comment, or correct the rule id in it (zonelint\n"
	    "--list-rules).  Forms: '; zonelint: ignore RULE[,RULE] [reason]' at\n"
	    "the end of a record or alone on the line before it, and\n"
	    "'; zonelint: ignore-file RULE' anywhere in a file.",
};
