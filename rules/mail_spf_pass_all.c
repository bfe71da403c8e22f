/*
 * mail-spf-pass-all: an SPF policy ending in "+all" or a bare "all",
 * which lets every host on the Internet send the domain's mail.
 */
#include <stdio.h>

#include "spf.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct spf *s = spf_current(ctx);
	if (s == NULL || !spf_mentions(rec->data, rec->data_len, "all"))
		return;
	for (uint32_t i = 0; i < s->nterm; i++) {
		const struct spf_term *t = &s->term[i];
		if (t->kind != SPF_ALL || t->problem != SPF_OK ||
		    t->qualifier != '+')
			continue;
		char w[40];
		zl_report(ctx, spf_loc(s, rec, t->off), "\"%s\" passes "
		    "mail from every host on the Internet, so the policy "
		    "protects nothing; end it with -all (or ~all while you "
		    "test)", spf_show(s->text + t->off, t->len, w,
		    sizeof w));
		return;
	}
}

const struct zl_rule rule_mail_spf_pass_all = {
	.id = "mail-spf-pass-all",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.family = &spf_family,
	.on_record = on_record,
	.summary = "SPF policy passes every sender",
	.why =
	    "The all mechanism matches every sender, and its qualifier says\n"
	    "what they get; \"+all\", or \"all\" alone (the qualifier is + when\n"
	    "none is written), makes every host on the Internet an authorised\n"
	    "sender.  RFC 7208 (appendix H.2) advises against it, and M3AAWG\n"
	    "best practice is -all, or ~all while a policy is tested.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx +all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx ~all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "End the policy with -all (fail) or ~all (softfail).",
	.refs = "RFC 7208 sections 4.6.2, 5.1 and appendix H.2; M3AAWG "
	    "Email Authentication Recommended Best Practices (2020)",
};
