/*
 * mail-spf-multiple: more than one SPF policy (TXT records starting
 * "v=spf1") at a name; every one after the first is reported where it is
 * written.  The TXT records of a name are compared as they stream past,
 * within a run of that name (its records one after another, as zone
 * files and exports write them), so nothing is kept past the run: a name
 * whose policies are written apart, another name between them, is not
 * compared across the gap.  A Route 53 routing-policy set (zl_record.set)
 * starts a run of its own: each set is another answer.
 */
#include "../src/zonelint.h"
#include "spf.h"

struct state {
	const struct zl_name *owner;  /* the run's */
	uint32_t set;                 /* its routing-policy set (zl_record.set) */
	bool policy;                  /* it has had an SPF policy */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (!spf_is_policy(rec->data, rec->data_len))
		return;
	if (rec->name != st->owner || rec->set != st->set) {
		*st = (struct state){.owner = rec->name, .set = rec->set,
		    .policy = true};
		return;
	}
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s has another TXT record starting \"v=spf1\" "
	    "before this one: with two SPF policies at a name, receivers "
	    "reject both (permerror, RFC 7208 3.2); merge them into one record",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o));
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	*(struct state *)zl_state(ctx) = (struct state){0};
}

const struct zl_rule rule_mail_spf_multiple = {
	.id = "mail-spf-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "more than one SPF policy at a name",
	.why =
	    "A receiver that looks up a domain's SPF policy takes the TXT\n"
	    "records starting \"v=spf1\"; when there is more than one, RFC 7208\n"
	    "(section 3.2, 4.5) makes the result a permanent error, which most\n"
	    "receivers treat as having no policy, and some as a failure.  Two\n"
	    "policies usually come from a second mail service added beside the\n"
	    "first; its include: belongs in the one policy.  A name's policies\n"
	    "are compared where they are written together; policies of one name\n"
	    "written apart, another policy between them, are not compared.",
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
