/*
 * mail-spf-no-all: an SPF policy with neither an all mechanism nor a
 * redirect= modifier, so that a sender no mechanism matches gets
 * "neutral".  A policy whose terms were not all read (more than
 * SPF_MAX_TERMS), or that has a term receivers reject (mail-spf-syntax
 * reports it), is not judged.
 */
#include <stdio.h>

#include "spf.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct spf *s = spf_current(ctx);
	if (s == NULL || s->cut || s->term[0].problem != SPF_OK)
		return;
	for (uint32_t i = 0; i < s->nterm; i++) {
		enum spf_kind k = s->term[i].kind;
		enum spf_problem p = s->term[i].problem;
		/* a policy receivers reject (mail-spf-syntax) is not judged */
		if (k == SPF_ALL || k == SPF_REDIRECT || (p != SPF_OK &&
		    p != SPF_MISSPELT_MODIFIER))
			return;
	}
	zl_report(ctx, spf_loc(s, rec, 0), "the policy has no all "
	    "mechanism and no redirect=, so a host it does not list gets "
	    "\"neutral\", as if there were no policy; end it with -all (or "
	    "~all)");
}

const struct zl_rule rule_mail_spf_no_all = {
	.id = "mail-spf-no-all",
	.severity = ZL_NOTE,
	.types = ZL_T_TXT,
	.family = &spf_family,
	.on_record = on_record,
	.summary = "SPF policy without all",
	.why =
	    "When no mechanism of a policy matches a sender and there is no\n"
	    "redirect=, the result is \"neutral\" (RFC 7208 4.7): the policy\n"
	    "lists the domain's senders but asks nothing of the others.  RFC\n"
	    "7208 (appendix H.2) and M3AAWG best practice end a policy with\n"
	    "-all, or ~all.  A note: a domain may mean it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx ip4:192.0.2.25\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx ip4:192.0.2.25 -all\"\n"
	    "www    IN  TXT  \"v=spf1 redirect=example.com\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "End the policy with -all (fail) or ~all (softfail).",
	.refs = "RFC 7208 sections 4.7 and appendix H.2",
};
