/* answer.c: see answer.h. */
#include <stdio.h>
#include <string.h>

#include "answer.h"

struct answer
answer_of(struct zl_ctx *ctx, unsigned server, const ldns_rdf *name,
    uint32_t want)
{
	bool fwd;
	const struct zl_zone *z = sip_resolve(ctx, ZL_VIEW_INTERNAL, server, name,
	    &fwd);
	if (z == NULL)
		return (struct answer){ANSWER_UNKNOWN, NULL};
	if (fwd)
		return (struct answer){ANSWER_PUBLIC, z};
	return (struct answer){sip_types(z, name) & want ? ANSWER_OWN :
	    ANSWER_LACKS, z};
}

void
answers_of(struct zl_ctx *ctx, const ldns_rdf *name, uint32_t want,
    struct answers *out)
{
	memset(out, 0, sizeof *out);
	out->count = zl_server_count(ctx);
	for (unsigned k = 0; k < out->count; k++) { /* at most ZL_MAX_SERVERS */
		out->by[k] = answer_of(ctx, k, name, want);
		out->own += out->by[k].kind == ANSWER_OWN;
		out->known += out->by[k].kind != ANSWER_UNKNOWN;
	}
}

const char *
answers_lacking(struct zl_ctx *ctx, const struct answers *a, char *buf,
    size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (unsigned k = 0; k < a->count; k++) {
		if (a->by[k].kind == ANSWER_OWN || a->by[k].kind == ANSWER_UNKNOWN)
			continue; /* it answers, or nothing is known */
		int n = snprintf(buf + len, size - len, "%s%s", len ? ", " : "",
		    zl_server_name(ctx, k));
		if (n < 0 || (size_t)n >= size - len)
			break; /* server names are short: 16 fit */
		len += (size_t)n;
	}
	return buf;
}

const char *
answers_why(struct zl_ctx *ctx, const struct answers *a, const ldns_rdf *name,
    char *buf, size_t size)
{
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], who[ZL_MAX_SERVERS * 40];
	zl_dname_str(name, n, sizeof n);
	/* the first server that does not answer stands for the rest */
	const struct answer *first = NULL;
	for (unsigned k = 0; k < a->count && first == NULL; k++)
		if (a->by[k].kind != ANSWER_OWN && a->by[k].kind != ANSWER_UNKNOWN)
			first = &a->by[k];
	if (first == NULL) {
		snprintf(buf, size, "internal DNS has no answer for %s", n);
		return buf;
	}
	char on[ZL_MAX_SERVERS * 40 + 32] = "";
	if (a->count > 1)
		snprintf(on, sizeof on, " (internal DNS servers %s)",
		    answers_lacking(ctx, a, who, sizeof who));
	if (first->kind == ANSWER_PUBLIC)
		snprintf(buf, size, "internal DNS has no zone for %s and forwards "
		    "it to public DNS%s", n, on);
	else
		snprintf(buf, size, "internal zone %s (%s) answers for %s but has "
		    "no record there%s", zl_zone_origin_str(first->zone),
		    zl_file_name(zl_zone_file(first->zone)), n, on);
	return buf;
}

void
answer_fix_pinpoint(struct zl_ctx *ctx, size_t id, const char *name,
    const char *address)
{
	int n = (int)strlen(name) - 1; /* BIND: no final dot */
	zl_report_fix(ctx, id, "BIND, internal view: zone \"%.*s\" { type "
	    "primary; file \"%.*s.zone\"; }; its file holding SOA, NS and \"@ IN "
	    "A %s\"", n, name, n, name, address);
	/* the script asks for "<what>" as what (the PowerShell line too) */
	char what[128];
	size_t k = strlen(address);
	snprintf(what, sizeof what, "%.*s", k > 2 ? (int)(k - 2) : 0, address + 1);
	zl_report_pinpoint(ctx, id, name, LDNS_RR_TYPE_A, NULL, what);
}

bool
answer_hosted(const struct zl_names *hosted, const struct zl_options *opt,
    const ldns_rr *rr)
{
	if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_CNAME || ldns_rr_rd_count(rr) < 1)
		return false;
	const ldns_rdf *t = ldns_rr_rdf(rr, 0);
	return zl_names_covers(hosted, t) ||
	    zl_names_covers(&opt->sip_allow_targets, t);
}
