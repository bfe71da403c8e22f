/*
 * mail-dmarc-syntax: a TXT record at a _dmarc name that receivers do not
 * read as the DMARC policy it means to be: "v=DMARC1" not its first tag,
 * no p= tag, a p= or sp= value other than none, quarantine and reject
 * (a misspelling is named with the value it is close to), a pct= that
 * is not a whole number from 0 to 100, an adkim= or aspf= other than r
 * and s, and a rua= or ruf= entry that is not a URI ("d@example.com"
 * for "mailto:d@example.com").  At most DMARC_MAX_TAGS tags of a
 * record, and of its report addresses the first 32, are read.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dmarc.h"

struct state {
	struct dmarc m;
};

static void
report_tag(struct zl_ctx *ctx, const struct zl_record *rec,
    const struct dmarc *m, const struct dmarc_tag *t, const char *what)
{
	char w[200];
	zl_report(ctx, spf_loc(&m->txt, rec, t->name), "\"%s\" %s",
	    spf_show(m->txt.text + t->name, t->value + t->vlen - t->name, w,
	    sizeof w), what);
}

/* Whether the n octets at u are a URI: a scheme, then ':'. */
static bool
is_uri(const char *u, size_t n)
{
	size_t i = 0;
	if (n == 0 || !((u[0] | 0x20) >= 'a' && (u[0] | 0x20) <= 'z'))
		return false;
	while (i < n && u[i] != ':') {
		char c = (char)(u[i] | 0x20);
		if (!((c >= 'a' && c <= 'z') || (u[i] >= '0' && u[i] <= '9') ||
		    u[i] == '+' || u[i] == '-' || u[i] == '.'))
			return false;
		i++;
	}
	return i < n && i + 1 < n;
}

static void
check_uris(struct zl_ctx *ctx, const struct zl_record *rec,
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
		if (!is_uri(v + a, b - a)) {
			char u[200], msg[400];
			spf_show(v + a, b - a, u, sizeof u);
			snprintf(msg, sizeof msg, "has \"%s\", which is not a "
			    "URI, so reports are not sent there (RFC 7489 "
			    "6.3); write %s", u, memchr(v + a, '@', b - a) ?
			    "mailto: before the address" : "mailto:ADDRESS");
			report_tag(ctx, rec, m, t, msg);
			return;
		}
		p = e + 1;
	}
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (!dmarc_name(ldns_rr_owner(rec->rr)))
		return;
	struct state *st = zl_state(ctx);
	struct dmarc *m = &st->m;
	if (!dmarc_is_record(rec->data, rec->data_len)) {
		/* v=DMARC1 in a later tag: the record is not read at all */
		dmarc_parse(m, rec->data, rec->data_len);
		for (uint32_t i = 1; i < m->ntag; i++)
			if (dmarc_tag_is(m, &m->tag[i], "v") &&
			    zl_word_is(m->txt.text + m->tag[i].value,
			    m->tag[i].vlen, "DMARC1")) {
				report_tag(ctx, rec, m, &m->tag[i], "is not the "
				    "record's first tag, and receivers discard "
				    "a record that does not start with "
				    "v=DMARC1 (RFC 7489 6.3); move it to the "
				    "front");
				return;
			}
		return;
	}
	dmarc_parse(m, rec->data, rec->data_len);
	if (m->cut)
		zl_verbose(ctx, "%s:%u: DMARC record of more than %d tags: "
		    "those past them not checked", zl_file_name(rec->loc.file),
		    rec->loc.line, DMARC_MAX_TAGS);
	bool has_p = false;
	static const char *const policies[] = {"none", "quarantine",
	    "reject", NULL};
	for (uint32_t i = 1; i < m->ntag; i++) {
		const struct dmarc_tag *t = &m->tag[i];
		const char *v = m->txt.text + t->value;
		char msg[300];
		if (dmarc_tag_is(m, t, "p") || dmarc_tag_is(m, t, "sp")) {
			has_p = has_p || dmarc_tag_is(m, t, "p");
			bool ok = false;
			for (size_t k = 0; policies[k]; k++)
				ok = ok || zl_word_is(v, t->vlen, policies[k]);
			if (ok)
				continue;
			const char *near = spf_nearest(v, t->vlen, policies);
			snprintf(msg, sizeof msg, "is not a DMARC policy, and "
			    "receivers ignore %s (RFC 7489 6.3); %s%s%s",
			    dmarc_tag_is(m, t, "p") ? "the record" : "the tag",
			    near ? "did you mean " : "write none, quarantine "
			    "or reject", near ? near : "", near ? "?" : "");
			report_tag(ctx, rec, m, t, msg);
		} else if (dmarc_tag_is(m, t, "pct")) {
			unsigned val = 0;
			bool ok = t->vlen > 0 && t->vlen <= 3;
			for (uint32_t k = 0; ok && k < t->vlen; k++) {
				ok = v[k] >= '0' && v[k] <= '9';
				val = val * 10 + (unsigned)(v[k] - '0');
			}
			if (!ok || val > 100)
				report_tag(ctx, rec, m, t, "is not a percentage: "
				    "pct takes a whole number from 0 to 100 "
				    "(RFC 7489 6.3), and receivers ignore it");
		} else if (dmarc_tag_is(m, t, "adkim") ||
		    dmarc_tag_is(m, t, "aspf")) {
			if (!zl_word_is(v, t->vlen, "r") &&
			    !zl_word_is(v, t->vlen, "s"))
				report_tag(ctx, rec, m, t, "is not an alignment "
				    "mode: write r (relaxed) or s (strict) "
				    "(RFC 7489 6.3)");
		} else if (dmarc_tag_is(m, t, "rua") ||
		    dmarc_tag_is(m, t, "ruf")) {
			check_uris(ctx, rec, m, t);
		}
	}
	if (!has_p && !m->cut)
		zl_report(ctx, spf_loc(&m->txt, rec, 0), "the record has no "
		    "p= tag, which RFC 7489 (6.3) requires: receivers ignore "
		    "it, or with rua= take it as p=none; add p=none, "
		    "p=quarantine or p=reject after v=DMARC1");
}

const struct zl_rule rule_mail_dmarc_syntax = {
	.id = "mail-dmarc-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.summary = "DMARC record not understood",
	.why =
	    "A receiver reads the TXT record at _dmarc.DOMAIN that starts with\n"
	    "v=DMARC1 (RFC 7489 6.3, 6.6.3) and discards one where that tag\n"
	    "comes later.  p= is required and names the policy: none,\n"
	    "quarantine or reject; an unknown value (\"p=rejects\") makes\n"
	    "receivers ignore the record, and an unknown sp= value is ignored.\n"
	    "pct= is a whole number from 0 to 100, adkim= and aspf= are r or\n"
	    "s, and rua= and ruf= are lists of URIs: an address without\n"
	    "mailto: gets no reports.  The checks follow RFC 7489's grammar.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=rejects; rua=mailto:d@example.com\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN  NS   ns1\n"
	    "_dmarc  IN  TXT  \"v=DMARC1; p=reject; rua=mailto:d@example.com\"\n"
	    "ns1     IN  A    192.0.2.1\n",
	.fix = "Correct the tag as the message says.",
	.refs = "RFC 7489 sections 6.3 and 6.6.3",
};
