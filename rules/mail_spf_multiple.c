/*
 * mail-spf-multiple: more than one SPF policy (TXT records starting
 * "v=spf1") at a name.  The first marks its name's entry (mark 0); each
 * later one at a marked name is reported where it is written.
 */
#include "spf.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!spf_is_policy(rec->data, rec->data_len))
		return;
	if (!zl_marked(ctx, rec->name, 0)) {
		zl_mark_entry(ctx, rec->name, 0);
		return;
	}
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s has another TXT record starting "
	    "\"v=spf1\" before this one: with two SPF policies at a name, "
	    "receivers reject both (permerror, RFC 7208 3.2); merge them into "
	    "one record",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o));
}

const struct zl_rule rule_mail_spf_multiple = {
	.id = "mail-spf-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_TXT,
	.marks = 1,
	.on_record = on_record,
	.summary = "more than one SPF policy at a name",
	.why =
	    "A receiver that looks up a domain's SPF policy takes the TXT\n"
	    "records starting \"v=spf1\"; when there is more than one, RFC 7208\n"
	    "(section 3.2, 4.5) makes the result a permanent error, which most\n"
	    "receivers treat as having no policy, and some as a failure.  Two\n"
	    "policies usually come from a second mail service added beside the\n"
	    "first; its include: belongs in the one policy.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx -all\"\n"
	    "@      IN  TXT  \"v=spf1 include:_spf.example.net -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx include:_spf.example.net -all\"\n"
	    "@      IN  TXT  \"google-site-verification=abc\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Merge the policies into one TXT record: the mechanisms of both,\n"
	    "one all at the end.",
	.refs = "RFC 7208 sections 3.2 and 4.5",
};
