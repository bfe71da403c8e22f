/*
 * mail-spf-multiple: more than one SPF policy (TXT records starting
 * "v=spf1") at a name.  Each is kept (rules/byname.h) until the zone
 * ends; then every one after the first at its name is reported where it
 * is written.  What is kept grows with the zone's SPF policies.
 */
#include "byname.h"
#include "spf.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (spf_is_policy(rec->data, rec->data_len))
		byname_keep(zl_state(ctx), rec->name, rec->loc, 0);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct byname *b = zl_state(ctx);
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	byname_sort(b);
	for (size_t i = 0, j; i < b->n; i = j) {
		j = byname_next(b, i);
		if (j - i < 2)
			continue;
		ldns_rdf name = zl_index_name(zone, b->v[i].entry, buf);
		zl_dname_str(&name, o, sizeof o);
		for (size_t k = i + 1; k < j; k++)
			zl_report(ctx, b->v[k].loc, "%s has another TXT record "
			    "starting \"v=spf1\" before this one: with two SPF "
			    "policies at a name, receivers reject both "
			    "(permerror, RFC 7208 3.2); merge them into one "
			    "record", o);
	}
	b->n = 0;
}

static void
free_state(void *p)
{
	byname_free(p);
}

const struct zl_rule rule_mail_spf_multiple = {
	.id = "mail-spf-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct byname),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
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
