/*
 * hygiene-wildcard-ns: NS records at a wildcard owner.
 *
 * Reported once per owner, at its first NS record.
 */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const uint8_t *w = ldns_rdf_data(owner);
	if ((rec->name_types_before & ZL_T_NS) || ldns_rdf_size(owner) < 2 ||
	    w[0] != 1 || w[1] != '*')
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s is a wildcard (a '*' leftmost label, "
	    "answering for names that do not exist), and a wildcard cannot "
	    "delegate: no server synthesises a referral from it",
	    zl_dname_str(owner, o, sizeof o));
}

const struct zl_rule rule_hygiene_wildcard_ns = {
	.id = "hygiene-wildcard-ns",
	.severity = ZL_ERROR,
	.types = ZL_T_NS,
	.on_record = on_record,
	.summary = "wildcard NS record",
	.why =
	    "A wildcard (an owner whose leftmost label is '*', RFC 4592)\n"
	    "answers for names that do not exist.  NS records there would\n"
	    "delegate every such name to other servers, which RFC 4592 4.2 leaves\n"
	    "undefined: servers do not synthesise referrals, so the names are\n"
	    "neither delegated nor answered.  BIND refuses the zone ('invalid NS\n"
	    "owner name (wildcard)').",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "*.sub  IN  NS   ns1.example.net.\n"
	    "*.sub  IN  NS   ns2.example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "sub    IN  NS   ns1.example.net.\n"
	    "sub    IN  NS   ns2.example.net.\n",
	.fix =
	    "Delegate each child zone by its own name (sub.example.com. NS ...);\n"
	    "to answer every name below it, put a wildcard in the child zone.",
	.refs = "RFC 4592 section 4.2",
};
