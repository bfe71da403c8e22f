/*
 * mail-dmarc-multiple: more than one DMARC record (TXT records starting
 * "v=DMARC1") at a _dmarc name.  Each is kept (rules/byname.h) until
 * the zone ends; then every one after the first at its name is reported.
 */
#include "byname.h"
#include "dmarc.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (dmarc_is_record(rec->data, rec->data_len) &&
	    dmarc_name(ldns_rr_owner(rec->rr)))
		byname_keep(zl_state(ctx), rec, 0);
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
			    "starting \"v=DMARC1\" before this one: with two "
			    "DMARC records, receivers apply neither (RFC 7489 "
			    "6.6.3), as if the domain had no DMARC policy; "
			    "keep one", o);
	}
	b->n = 0;
}

static void
free_state(void *p)
{
	byname_free(p);
}

const struct zl_rule rule_mail_dmarc_multiple = {
	.id = "mail-dmarc-multiple",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct byname),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
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
