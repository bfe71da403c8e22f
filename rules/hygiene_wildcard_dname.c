/* hygiene-wildcard-dname: a DNAME record at a wildcard owner. */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const uint8_t *w = ldns_rdf_data(owner);
	if ((rec->name_types_before & ZL_T_DNAME) || ldns_rdf_size(owner) < 2 ||
	    w[0] != 1 || w[1] != '*')
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s is a wildcard (a '*' leftmost label, "
	    "answering for names that do not exist), and a DNAME there "
	    "redirects a different tree for each name it answers for, which "
	    "RFC 4592 says to avoid or reject", zl_dname_str(owner, o, sizeof o));
}

const struct zl_rule rule_hygiene_wildcard_dname = {
	.id = "hygiene-wildcard-dname",
	.severity = ZL_WARNING,
	.types = ZL_T_DNAME,
	.on_record = on_record,
	.summary = "wildcard DNAME record",
	.why =
	    "A wildcard (an owner whose leftmost label is '*', RFC 4592)\n"
	    "answers for names that do not exist; a DNAME (RFC 6672) redirects\n"
	    "every name below its owner.  Together they would redirect a\n"
	    "subtree below each name the wildcard stands for, and caches that\n"
	    "see different names build different rules: RFC 4592 4.4 says such\n"
	    "a DNAME is to be avoided or outright rejected.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "*.old  IN  DNAME  example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "old    IN  DNAME  example.net.\n",
	.fix =
	    "Put the DNAME at the name whose subtree moves (old.example.com.\n"
	    "DNAME example.net.).",
	.refs = "RFC 4592 section 4.4; RFC 6672",
};
