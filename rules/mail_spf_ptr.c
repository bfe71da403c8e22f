/*
 * mail-spf-ptr: an SPF policy using the ptr mechanism, which RFC 7208
 * says not to use.  Reported once per policy, at its first ptr.
 */
#include <stdio.h>

#include "spf.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct spf *s = spf_current(ctx);
	if (s == NULL || !spf_mentions(rec->data, rec->data_len, "ptr"))
		return;
	for (uint32_t i = 0; i < s->nterm; i++) {
		const struct spf_term *t = &s->term[i];
		if (t->kind != SPF_PTR)
			continue;
		char w[200];
		zl_report(ctx, spf_loc(s, rec, t->off), "\"%s\": the "
		    "ptr mechanism is slow, unreliable and deprecated (RFC "
		    "7208 5.5), and some receivers skip it; list the "
		    "senders with ip4:, ip6:, a or mx instead",
		    spf_show(s->text + t->off, t->len, w, sizeof w));
		return;
	}
}

const struct zl_rule rule_mail_spf_ptr = {
	.id = "mail-spf-ptr",
	.severity = ZL_NOTE,
	.types = ZL_T_TXT,
	.family = &spf_family,
	.on_record = on_record,
	.summary = "SPF policy uses ptr",
	.why =
	    "The ptr mechanism makes the receiver look up the sender's\n"
	    "reverse name and then its addresses: slow, dependent on reverse\n"
	    "zones the domain may not control, and heavy on the .arpa servers.\n"
	    "RFC 7208 (section 5.5) says it SHOULD NOT be published, and large\n"
	    "receivers may ignore it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx ptr -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx ip4:192.0.2.0/24 -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix = "Replace ptr with the senders' addresses (ip4:, ip6:) or names "
	    "(a:, mx:).",
	.refs = "RFC 7208 section 5.5",
};
