/*
 * mail-dmarc-multiple: more than one DMARC record (TXT records starting
 * "v=DMARC1") at a _dmarc name.  The first marks its name's entry (mark
 * 0); each later one at a marked name is reported.
 */
#include "dmarc.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!dmarc_is_record(rec->data, rec->data_len) ||
	    !dmarc_name(ldns_rr_owner(rec->rr)))
		return;
	if (!zl_marked(ctx, rec->name, 0)) {
		zl_mark_entry(ctx, rec->name, 0);
		return;
	}
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s has another TXT record starting "
	    "\"v=DMARC1\" before this one: with two DMARC records, receivers "
	    "apply neither (RFC 7489 6.6.3), as if the domain had no DMARC "
	    "policy; keep one",
	    zl_dname_str(ldns_rr_owner(rec->rr), o, sizeof o));
}

const struct zl_rule rule_mail_dmarc_multiple = {
	.id = "mail-dmarc-multiple",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.marks = 1,
	.on_record = on_record,
	.summary = "more than one DMARC record at a name",
	.why =
	    "A receiver looks up the TXT records at _dmarc.DOMAIN and keeps\n"
	    "those starting \"v=DMARC1\"; when more than one is left, RFC 7489\n"
	    "(section 6.6.3) has it stop: no DMARC policy applies, and no\n"
	    "reports are sent.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=reject\"\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=none; rua=mailto:d@example.com\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=reject; rua=mailto:d@example.com\"\n"
	    "_dmarc  IN  TXT  \"some-other-verification=abc\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.fix = "Merge the tags into one record and delete the other.",
	.refs = "RFC 7489 section 6.6.3",
};
