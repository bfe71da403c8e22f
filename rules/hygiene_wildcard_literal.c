/*
 * hygiene-wildcard-literal: a '*' in an owner that is no wildcard.
 *
 * A wildcard is an owner whose leftmost label is exactly "*" (RFC 4592):
 * it answers for names that do not exist below its parent.  A '*' in any
 * other place (a.*.example.com, foo*.example.com) is a literal octet:
 * that name matches only itself.  Checked once per name, at its first
 * record; a name with no '*' costs one memchr.
 */
#include <string.h>

#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (rec->name_types_before != 0)
		return; /* the name was checked at its first record */
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const uint8_t *w = ldns_rdf_data(owner);
	size_t size = ldns_rdf_size(owner);
	if (memchr(w, '*', size) == NULL)
		return;
	for (size_t off = 0; off < size && w[off]; off += (size_t)w[off] + 1) {
		if (off == 0 && w[0] == 1 && w[1] == '*')
			continue; /* a wildcard */
		if (memchr(w + off + 1, '*', w[off]) == NULL)
			continue;
		char o[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_report(ctx, rec->loc, "owner %s: a wildcard is a '*' as the whole "
		    "leftmost label (*.example.com.), answering for names that do "
		    "not exist; this '*' %s, so it is a literal character and the "
		    "name matches only itself", zl_dname_str(owner, o, sizeof o),
		    off == 0 ? "shares its label with other characters" :
		    "is not in the leftmost label");
		return;
	}
}

const struct zl_rule rule_hygiene_wildcard_literal = {
	.id = "hygiene-wildcard-literal",
	.severity = ZL_WARNING,
	.all_types = true,
	.on_record = on_record,
	.summary = "'*' that is no wildcard",
	.why =
	    "A wildcard is an owner whose leftmost label is exactly '*'\n"
	    "(RFC 4592): *.example.com answers for every name below example.com\n"
	    "that does not exist.  A '*' anywhere else is an ordinary character:\n"
	    "a.*.example.com is the name with the literal label '*' in the\n"
	    "middle, and foo*.example.com the name with a label of four\n"
	    "characters; each matches only itself, which is never what was\n"
	    "meant.  BIND's named-checkzone warns of the first (check-wildcard:\n"
	    "'contains an non-terminal wildcard'), validns calls both 'record\n"
	    "name is not valid', and BIND's check-names reports the second when\n"
	    "it owns an address record (named-checkzone -k fail refuses it).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "a.*  IN  TXT  \"v=spf1 -all\"\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "*.a  IN  TXT  \"v=spf1 -all\"\n",
	.fix =
	    "Write the wildcard as the whole leftmost label (*.a.example.com. for\n"
	    "every name below a.example.com.), or name the hosts one by one.",
	.refs = "RFC 4592 sections 2.1.1 and 4; RFC 1034 section 4.3.3",
};
