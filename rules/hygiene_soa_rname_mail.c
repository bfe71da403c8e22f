/*
 * hygiene-soa-rname-mail: the SOA RNAME written as a mail address.
 *
 * RNAME is a mailbox written as a name, with a dot for the '@'
 * (RFC 1035 3.3.13); "hostmaster@example.com." is the name whose first
 * label is "hostmaster@example".
 */
#include <string.h>

#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *rname = ldns_rr_rd_count(rec->rr) > 1 ?
	    ldns_rr_rdf(rec->rr, 1) : NULL;
	if (rname == NULL || ldns_rdf_get_type(rname) != LDNS_RDF_TYPE_DNAME ||
	    memchr(ldns_rdf_data(rname), '@', ldns_rdf_size(rname)) == NULL)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 1)
		at = (struct zl_loc){rec->loc.file, rec->rdata[1].line,
		    rec->rdata[1].col};
	/* The mailbox, as an administrator writes it, and as RNAME. */
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], fixed[sizeof n];
	zl_dname_str(rname, n, sizeof n);
	size_t j = 0;
	for (const char *p = n; *p && j + 1 < sizeof fixed; p++) {
		if (p[0] == '\\' && p[1] == '@')
			continue; /* ldns writes "\@" */
		fixed[j++] = *p == '@' ? '.' : *p;
	}
	fixed[j] = '\0';
	zl_report(ctx, at, "%s: RNAME writes the responsible person's mailbox "
	    "as a name, with a dot for the '@' (%s)", n, fixed);
}

const struct zl_rule rule_hygiene_soa_rname_mail = {
	.id = "hygiene-soa-rname-mail",
	.severity = ZL_ERROR,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA RNAME written as a mail address",
	.why =
	    "The SOA's second name (RNAME) is the mailbox of the person\n"
	    "responsible for the zone, written as a domain name: the part\n"
	    "before the '@' becomes the first label, so hostmaster@example.com\n"
	    "is written hostmaster.example.com. (RFC 1035 3.3.13; a dot in the\n"
	    "local part is escaped, john\\.doe.example.com.).  Written with an\n"
	    "'@', it is a name whose first label is 'hostmaster@example', a\n"
	    "mailbox nobody reads.  Knot refuses the zone (invalid domain name\n"
	    "character) and validns reports 'rname is not valid'; BIND and NSD\n"
	    "load it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster@example.com. 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster.example.com. 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n",
	.fix =
	    "Write the mailbox with a dot for the '@': hostmaster.example.com.\n"
	    "In Windows DNS, the zone's SOA properties take the responsible\n"
	    "person as hostmaster.example.com.",
	.refs = "RFC 1035 section 3.3.13; RFC 1912 section 2.2",
};
