/*
 * mail-mta-sts-syntax: the TXT records at _mta-sts.DOMAIN (RFC 8461 3.1)
 * that senders do not read as the MTA-STS record they mean to be:
 * "v=STSv1" not first, no id=, an id= that is not 1 to 32 letters and
 * digits, and more than one record starting "v=STSv1" at the name.
 * Records are kept per name (rules/byname.h) until the zone ends; the
 * tags of one record are read up to DMARC_MAX_TAGS (rules/dmarc.h).
 */
#include <stdio.h>

#include "byname.h"
#include "dmarc.h"

struct state {
	struct dmarc m;
	struct byname kept;
};

static bool
is_sts(const uint8_t *d, uint32_t len)
{
	return len >= 8 && d[0] >= 7 && zl_word_is((const char *)d + 1, 7,
	    "v=STSv1") && (d[0] == 7 || d[8] == ';' || d[8] == ' ' ||
	    d[8] == '\t');
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!zl_dname_first_label_is(ldns_rr_owner(rec->rr), "_mta-sts"))
		return;
	struct state *st = zl_state(ctx);
	struct dmarc *m = &st->m;
	dmarc_parse(m, rec->data, rec->data_len);
	char w[200];
	if (!is_sts(rec->data, rec->data_len)) {
		for (uint32_t i = 1; i < m->ntag; i++)
			if (dmarc_tag_is(m, &m->tag[i], "v") &&
			    zl_word_is(m->txt.text + m->tag[i].value,
			    m->tag[i].vlen, "STSv1")) {
				zl_report(ctx, spf_loc(&m->txt, rec,
				    m->tag[i].name), "\"v=STSv1\" is not the "
				    "record's first tag, and senders discard a "
				    "record that does not start with it (RFC "
				    "8461 3.1); move it to the front");
				return;
			}
		return;
	}
	byname_keep(&st->kept, rec, 0);
	const struct dmarc_tag *id = NULL;
	for (uint32_t i = 1; i < m->ntag && id == NULL; i++)
		if (dmarc_tag_is(m, &m->tag[i], "id"))
			id = &m->tag[i];
	if (id == NULL) {
		zl_report(ctx, spf_loc(&m->txt, rec, 0), "the record has no "
		    "id=, which RFC 8461 (3.1) requires, so senders take the "
		    "domain to have no MTA-STS policy; add id= and a value "
		    "that changes with the policy, such as 20260101T000000");
		return;
	}
	bool ok = id->vlen >= 1 && id->vlen <= 32;
	for (uint32_t k = 0; ok && k < id->vlen; k++) {
		char c = m->txt.text[id->value + k];
		ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	}
	if (!ok)
		zl_report(ctx, spf_loc(&m->txt, rec, id->name), "\"%s\" is not "
		    "an MTA-STS id: 1 to 32 letters and digits (RFC 8461 "
		    "3.1), and senders take the domain to have no policy; "
		    "write it with letters and digits only",
		    spf_show(m->txt.text + id->name, id->value + id->vlen -
		    id->name, w, sizeof w));
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	struct byname *b = &st->kept;
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	byname_sort(b);
	for (size_t i = 0, j; i < b->n; i = j) {
		j = byname_next(b, i);
		if (j - i < 2)
			continue;
		ldns_rdf name = zl_index_name(zone, b->v[i].entry, buf);
		zl_report(ctx, b->v[i + 1].loc, "%s has another TXT record "
		    "starting \"v=STSv1\" before this one: with more than one, "
		    "senders take the domain to have no MTA-STS policy (RFC "
		    "8461 3.1); keep one", zl_dname_str(&name, o, sizeof o));
	}
	b->n = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	byname_free(&st->kept);
}

const struct zl_rule rule_mail_mta_sts_syntax = {
	.id = "mail-mta-sts-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "MTA-STS record not understood",
	.why =
	    "A sender that supports MTA-STS (RFC 8461) looks up the TXT records\n"
	    "at _mta-sts.DOMAIN, keeps those starting \"v=STSv1\", and fetches\n"
	    "the policy only when exactly one is left and it has an id= of 1\n"
	    "to 32 letters and digits (section 3.1); else it takes the domain\n"
	    "to have no policy, and delivers without requiring TLS.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@         IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN  NS   ns1\n"
	    "_mta-sts  IN  TXT  \"v=STSv1; id=2026-01-01\"\n"
	    "ns1       IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@         IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@         IN  NS   ns1\n"
	    "_mta-sts  IN  TXT  \"v=STSv1; id=20260101\"\n"
	    "ns1       IN  A    192.0.2.1\n",
	.fix = "Publish one record, \"v=STSv1; id=ID\", with an id of letters "
	    "and digits that changes whenever the policy file does.",
	.refs = "RFC 8461 section 3.1",
};
