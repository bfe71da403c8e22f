/*
 * mail-spf-syntax: a term of an SPF policy (a TXT record starting
 * "v=spf1") that receivers cannot read: an unknown mechanism (a
 * misspelling such as "inclde:" is named with the name it is close to),
 * an unknown modifier close to redirect= or exp=, an ip4:/ip6: address
 * or prefix length that is not one, a mechanism missing its value or
 * given one it does not take, and two terms whose strings are joined
 * without the space between them.  At most SPF_MAX_TERMS terms of a
 * policy are read (rules/spf.h).
 */
#include <stdio.h>

#include "spf.h"

static const char *
problem_text(const struct spf *s, const struct spf_term *t, char *buf,
    size_t size)
{
	char w[200], a[200];
	spf_show(s->text + t->off, t->len, w, sizeof w);
	const char *kind = spf_kind_name(t->kind), *near;
	switch (t->problem) {
	case SPF_JOINED:
		spf_show(s->text + t->join, t->off + t->len - t->join, a,
		    sizeof a);
		snprintf(buf, size, "\"%s\" is two terms run together: the "
		    "strings of a TXT record are joined without a space (RFC "
		    "7208 3.3), so the string starting \"%s\" needs a space "
		    "before it; end the string before it with a space", w, a);
		break;
	case SPF_UNKNOWN_MECHANISM:
		near = spf_near(s, t);
		if (near)
			snprintf(buf, size, "\"%s\" is not an SPF mechanism, and "
			    "receivers reject the whole policy (permerror); did "
			    "you mean %s?", w, near);
		else
			snprintf(buf, size, "\"%s\" is not an SPF mechanism, and "
			    "receivers reject the whole policy (permerror); the "
			    "mechanisms are all, include:, a, mx, ptr, ip4:, "
			    "ip6: and exists:", w);
		break;
	case SPF_MISSPELT_MODIFIER:
		snprintf(buf, size, "\"%s\" is not an SPF modifier, and "
		    "receivers ignore it; did you mean %s?", w, t->near);
		break;
	case SPF_NO_VALUE:
		snprintf(buf, size, "\"%s\" lacks its value: write %s%s%s",
		    w, kind, t->kind == SPF_REDIRECT || t->kind == SPF_EXP ?
		    "=" : ":", t->kind == SPF_IP4 ? "ADDRESS[/LENGTH]" :
		    t->kind == SPF_IP6 ? "ADDRESS[/LENGTH]" : "DOMAIN");
		break;
	case SPF_EXTRA_VALUE:
		snprintf(buf, size, "\"%s\": %s takes %s, and receivers reject "
		    "the whole policy (permerror)", w, kind,
		    t->kind == SPF_ALL ? "no value" : "no prefix length");
		break;
	case SPF_BAD_ADDRESS:
		snprintf(buf, size, "\"%s\" holds no valid %s address, and "
		    "receivers reject the whole policy (permerror); write "
		    "%s:ADDRESS or %s:ADDRESS/LENGTH", w,
		    t->kind == SPF_IP6 ? "IPv6" : "IPv4", kind, kind);
		break;
	case SPF_BAD_PREFIX:
		snprintf(buf, size, "\"%s\" has a prefix length out of "
		    "range (0 to 32 for IPv4, 0 to 128 for IPv6, written "
		    "without a leading zero), and receivers reject the whole policy (permerror)",
		    w);
		break;
	default:
		return NULL;
	}
	return buf;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const struct spf *s = spf_current(ctx);
	if (s == NULL)
		return;
	char m[600];
	if (s->cut)
		zl_verbose(ctx, "%s:%u: SPF policy of more than %d terms: "
		    "those past them not checked", zl_file_name(rec->loc.file),
		    rec->loc.line, SPF_MAX_TERMS);
	for (uint32_t i = 0; i < s->nterm; i++) {
		const struct spf_term *t = &s->term[i];
		if (t->problem == SPF_OK)
			continue;
		struct zl_loc at = spf_loc(s, rec, t->problem ==
		    SPF_JOINED ? t->join : t->off);
		if (zl_report_capped(ctx, at)) /* only counted: no text */
			zl_report(ctx, at, "%s", "");
		else if (problem_text(s, t, m, sizeof m) != NULL)
			zl_report(ctx, at, "%s", m);
	}
}

const struct zl_rule rule_mail_spf_syntax = {
	.id = "mail-spf-syntax",
	.severity = ZL_WARNING,
	.types = ZL_T_TXT,
	.family = &spf_family,
	.on_record = on_record,
	.summary = "SPF policy term not understood",
	.why =
	    "Receivers read an SPF policy (RFC 7208) term by term; a mechanism\n"
	    "they do not know (\"inclde:\"), an address that is not one\n"
	    "(\"ip4:192.0.2.300\"), a prefix length out of range or a missing\n"
	    "value makes the whole policy a permanent error (RFC 7208 4.6 and\n"
	    "5): for most receivers the domain then has no SPF policy at all.\n"
	    "An unknown modifier is ignored (RFC 7208 6), so one close to\n"
	    "redirect= or exp= is reported as a misspelling.  The strings of\n"
	    "one TXT record are joined without a space (RFC 7208 3.3): a policy\n"
	    "split as \"v=spf1 ip4:192.0.2.1\" \"mx -all\" reads\n"
	    "\"ip4:192.0.2.1mx\".  The checks follow the RFC's grammar, as\n"
	    "receivers such as libspf2 and pyspf apply it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx inclde:_spf.example.net -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx include:_spf.example.net -all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Correct the term as the message says; when a policy is split into\n"
	    "several strings, end each string but the last with a space.",
	.refs = "RFC 7208 sections 3.3, 4.6, 5 and 6",
};
