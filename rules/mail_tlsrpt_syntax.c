/*
 * mail-tlsrpt-syntax: the TXT records at _smtp._tls.DOMAIN (RFC 8460 3)
 * that senders do not read as the TLS-RPT record they mean to be:
 * "v=TLSRPTv1" not first, no rua=, a rua= entry that is not a mailto:
 * or https: URI, and more than one record starting "v=TLSRPTv1" at the
 * name.  Records are kept per name (rules/byname.h) until the zone
 * ends; a record's tags are read up to DMARC_MAX_TAGS, and of its
 * report addresses the first 32.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "byname.h"
#include "dmarc.h"

struct state {
	struct dmarc m;
	struct byname kept;
};

static bool
is_tlsrpt(const uint8_t *d, uint32_t len)
{
	return len >= 11 && d[0] >= 10 && zl_word_is((const char *)d + 1, 10,
	    "v=TLSRPTv1") && (d[0] == 10 || d[11] == ';' || d[11] == ' ' ||
	    d[11] == '\t');
}

static bool
is_name(const ldns_rdf *owner)
{
	if (!zl_dname_first_label_is(owner, "_smtp"))
		return false;
	ldns_rdf up = zl_dname_suffix(owner, 1);
	return zl_dname_first_label_is(&up, "_tls");
}

static void
check_rua(struct zl_ctx *ctx, const struct zl_record *rec,
    const struct dmarc *m, const struct dmarc_tag *t)
{
	const char *v = m->txt.text + t->value;
	uint32_t n = t->vlen, p = 0;
	for (unsigned k = 0; k < 32 && p <= n; k++) {
		uint32_t e = p;
		while (e < n && v[e] != ',')
			e++;
		uint32_t a = p, b = e;
		while (a < b && (v[a] == ' ' || v[a] == '\t'))
			a++;
		while (b > a && (v[b - 1] == ' ' || v[b - 1] == '\t'))
			b--;
		if (!(b - a > 7 && strncasecmp(v + a, "mailto:", 7) == 0) &&
		    !(b - a > 8 && strncasecmp(v + a, "https://", 8) == 0)) {
			char u[200];
			zl_report(ctx, spf_loc(&m->txt, rec, t->name), "rua= "
			    "entry \"%s\" is not a mailto: or https: URI, so "
			    "no reports reach it (RFC 8460 3); write "
			    "mailto:ADDRESS or an https:// URL",
			    spf_show(v + a, b - a, u, sizeof u));
			return;
		}
		p = e + 1;
	}
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!is_name(ldns_rr_owner(rec->rr)))
		return;
	struct state *st = zl_state(ctx);
	struct dmarc *m = &st->m;
	dmarc_parse(m, rec->data, rec->data_len);
	if (!is_tlsrpt(rec->data, rec->data_len)) {
		for (uint32_t i = 1; i < m->ntag; i++)
			if (dmarc_tag_is(m, &m->tag[i], "v") &&
			    zl_word_is(m->txt.text + m->tag[i].value,
			    m->tag[i].vlen, "TLSRPTv1")) {
				zl_report(ctx, spf_loc(&m->txt, rec,
				    m->tag[i].name), "\"v=TLSRPTv1\" is not the "
				    "record's first tag, and senders discard a "
				    "record that does not start with it (RFC "
				    "8460 3); move it to the front");
				return;
			}
		return;
	}
	byname_keep(&st->kept, rec, 0);
	const struct dmarc_tag *rua = NULL;
	for (uint32_t i = 1; i < m->ntag && rua == NULL; i++)
		if (dmarc_tag_is(m, &m->tag[i], "rua"))
			rua = &m->tag[i];
	if (rua == NULL)
		zl_report(ctx, spf_loc(&m->txt, rec, 0), "the record has no "
		    "rua=, which RFC 8460 (3) requires, so no reports are "
		    "sent; add rua=mailto:ADDRESS");
	else
		check_rua(ctx, rec, m, rua);
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
		    "starting \"v=TLSRPTv1\" before this one: with more than "
		    "one, senders send no reports (RFC 8460 3); keep one",
		    zl_dname_str(&name, o, sizeof o));
	}
	b->n = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	byname_free(&st->kept);
}

const struct zl_rule rule_mail_tlsrpt_syntax = {
	.id = "mail-tlsrpt-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "TLS-RPT record not understood",
	.why =
	    "A sender that reports SMTP TLS failures (RFC 8460) looks up the\n"
	    "TXT records at _smtp._tls.DOMAIN, keeps those starting\n"
	    "\"v=TLSRPTv1\", and uses one only when exactly one is left; its\n"
	    "rua= is required and lists mailto: or https: URIs (section 3).\n"
	    "Otherwise the domain gets no reports.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@           IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@           IN  NS   ns1\n"
	    "_smtp._tls  IN  TXT  \"v=TLSRPTv1; rua=tlsrpt@example.com\"\n"
	    "ns1         IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@           IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@           IN  NS   ns1\n"
	    "_smtp._tls  IN  TXT  \"v=TLSRPTv1; rua=mailto:tlsrpt@example.com\"\n"
	    "ns1         IN  A    192.0.2.1\n",
	.fix = "Publish one record, \"v=TLSRPTv1; rua=mailto:ADDRESS\".",
	.refs = "RFC 8460 section 3",
};
