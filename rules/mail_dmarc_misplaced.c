/*
 * mail-dmarc-misplaced: a DMARC record (a TXT record starting
 * "v=DMARC1") at a name whose first label is not _dmarc, where no
 * receiver looks for it.
 */
#include "dmarc.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!dmarc_is_record(rec->data, rec->data_len) ||
	    dmarc_name(ldns_rr_owner(rec->rr)))
		return;
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2], p[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(owner, o, sizeof o);
	/* a first label close to _dmarc ("dmarc", "_dmark") was meant as
	 * it: the name with that label replaced, else with _dmarc added */
	static const char *const want[] = {"_dmarc", NULL};
	const uint8_t *d = ldns_rdf_data(owner);
	ldns_rdf up = zl_dname_suffix(owner, 1);
	bool near = zl_dname_labels(owner) > 0 &&
	    spf_nearest((const char *)d + 1, d[0], want) != NULL;
	if (near)
		zl_dname_str(&up, p, sizeof p);
	zl_report(ctx, rec->loc, "%s is not a _dmarc name, and receivers look "
	    "for a domain's DMARC policy only at _dmarc.DOMAIN (RFC 7489 "
	    "6.1); move the record to _dmarc.%s", o, near ? p : o);
}

const struct zl_rule rule_mail_dmarc_misplaced = {
	.id = "mail-dmarc-misplaced",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.on_record = on_record,
	.summary = "DMARC record not at a _dmarc name",
	.why =
	    "A receiver finds a domain's DMARC policy in the TXT records of\n"
	    "_dmarc.DOMAIN (RFC 7489 6.1), and no other name.  A record\n"
	    "starting \"v=DMARC1\" at the domain itself, or at a name such as\n"
	    "dmarc.DOMAIN, is never read: the domain has no DMARC policy.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "@       IN  TXT  \"v=DMARC1; p=reject\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=reject\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.fix = "Publish the record at _dmarc.DOMAIN, and delete it elsewhere.",
	.refs = "RFC 7489 section 6.1",
};
