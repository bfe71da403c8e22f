/*
 * mail-spf-lookups: an SPF policy whose evaluation takes more than 10
 * DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208
 * 4.6.4), counted through the include: and redirect= targets that have a
 * policy in the loaded zones of the same view.
 *
 * Each policy is kept (its name's entry, its own querying terms, its
 * targets as names) until the run ends; targets are then looked up in
 * the zone of the view that answers for them.  The walk through
 * targets stops as soon as the count passes 10: every step into a
 * target follows a term already counted, so it takes at most 11 steps
 * down and SPF_MAX_TERMS targets at each.  A target outside the loaded
 * zones, or written with a macro, is unknown: the count is then a lower
 * bound, and the unknown targets are named (with -v when the count
 * stays within 10).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spf.h"

struct policy {
	const struct zl_name *entry;
	const struct zl_zone *zone;
	struct zl_loc loc;
	uint32_t first;           /* its targets in the state's: first, */
	uint16_t ntargets;        /* how many (at most SPF_MAX_TERMS) */
	uint16_t direct;          /* its own querying terms (as many) */
	bool cut;                 /* more terms than were read */
};

struct target {
	ldns_rdf *name;           /* NULL: written with a macro */
	char text[80];            /* as written, escaped, for messages */
};

struct state {
	struct policy *p;
	size_t np, pcap;
	struct target *t;
	size_t nt, tcap;
	/* the walk's unknown targets, the first few */
	const struct target *unknown[4];
	size_t nunknown;
	/* the policies on the walk's path, and the first it came back to */
	const struct policy *path[SPF_MAX_LOOKUPS + 2];
	size_t depth;
	const struct policy *loop;
	bool stopped; /* the walk passed 10 with targets left to count */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const struct spf *s = spf_current(ctx);
	if (s == NULL || s->term[0].problem != SPF_OK)
		return;
	struct policy p = {rec->name, rec->zone, rec->loc, (uint32_t)st->nt, 0,
	    0, s->cut};
	for (uint32_t i = 0; i < s->nterm; i++) {
		const struct spf_term *t = &s->term[i];
		if (!spf_kind_queries(t->kind))
			continue;
		p.direct++;
		if ((t->kind != SPF_INCLUDE && t->kind != SPF_REDIRECT) ||
		    t->vlen == 0 || t->problem != SPF_OK)
			continue;
		st->t = zl_grow(st->t, &st->tcap, st->nt + 1, sizeof *st->t);
		struct target *g = &st->t[st->nt++];
		p.ntargets++;
		const char *v = s->text + t->value;
		spf_show(v, t->vlen, g->text, sizeof g->text);
		g->name = NULL;
		if (memchr(v, '%', t->vlen) == NULL && t->vlen < 254) {
			char n[256];
			memcpy(n, v, t->vlen);
			n[t->vlen] = '\0';
			if (n[t->vlen - 1] != '.')
				strcat(n, ".");
			g->name = zl_dname_from_text(n, NULL);
		}
	}
	st->p = zl_grow(st->p, &st->pcap, st->np + 1, sizeof *st->p);
	st->p[st->np++] = p;
}

static int
by_entry(const void *a, const void *b)
{
	const struct policy *x = a, *y = b;
	if (x->entry != y->entry)
		return (uintptr_t)x->entry < (uintptr_t)y->entry ? -1 : 1;
	return x->loc.line < y->loc.line ? -1 : x->loc.line > y->loc.line;
}

/* The first policy at entry, or NULL. */
static const struct policy *
find(const struct state *st, const struct zl_name *entry)
{
	size_t lo = 0, hi = st->np;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)st->p[mid].entry < (uintptr_t)entry)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < st->np && st->p[lo].entry == entry ? &st->p[lo] : NULL;
}

static void
unknown(struct state *st, const struct target *g)
{
	for (size_t i = 0; i < st->nunknown; i++)
		if (st->unknown[i] == g)
			return;
	if (st->nunknown < sizeof st->unknown / sizeof st->unknown[0])
		st->unknown[st->nunknown++] = g;
}

/* Adds p's querying terms and its targets' to *n, until *n passes the
 * limit (see the top of the file for the bound). */
static void
walk(struct zl_ctx *ctx, struct state *st, const struct policy *p,
    unsigned *n)
{
	*n += p->direct;
	st->stopped = st->stopped || p->cut;
	if (st->depth == sizeof st->path / sizeof st->path[0])
		return; /* not reached: each step down adds one or more */
	st->path[st->depth++] = p;
	enum zl_view view = zl_zone_view(p->zone);
	unsigned server = zl_zone_server(p->zone);
	for (size_t i = 0; i < p->ntargets && *n <= SPF_MAX_LOOKUPS; i++) {
		const struct target *g = &st->t[p->first + i];
		const struct zl_zone *z = g->name ? zl_zone_for(ctx, view,
		    server, g->name) : NULL;
		if (z == NULL || !zl_zone_readable(z)) {
			unknown(st, g);
			continue;
		}
		const struct zl_name *e = zl_index_find(z, g->name);
		const struct policy *q = e ? find(st, e) : NULL;
		for (size_t k = 0; q && k < st->depth; k++)
			if (st->path[k] == q) {
				if (st->loop == NULL)
					st->loop = q;
				*n = SPF_MAX_LOOKUPS + 1;
				q = NULL;
			}
		if (q)
			walk(ctx, st, q, n);
		if (*n > SPF_MAX_LOOKUPS && i + 1 < p->ntargets)
			st->stopped = true;
	}
	st->depth--;
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	if (st->np > 1) /* none kept: p is NULL, which qsort may not take */
		qsort(st->p, st->np, sizeof *st->p, by_entry);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2], u[400];
	for (size_t i = 0; i < st->np; i++) {
		const struct policy *p = &st->p[i];
		unsigned n = 0;
		st->nunknown = st->depth = 0;
		st->loop = NULL;
		st->stopped = false;
		walk(ctx, st, p, &n);
		size_t k = 0;
		u[0] = '\0';
		for (size_t j = 0; j < st->nunknown; j++)
			k += (size_t)snprintf(u + k, sizeof u - k, "%s%s",
			    j ? ", " : "", st->unknown[j]->text);
		if (n <= SPF_MAX_LOOKUPS && st->nunknown == 0 &&
		    st->loop == NULL)
			continue; /* the common case: nothing to say */
		uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf name = zl_index_name(p->zone, p->entry, buf);
		zl_dname_str(&name, o, sizeof o);
		if (st->loop) {
			char l[LDNS_MAX_DOMAINLEN * 4 + 2];
			ldns_rdf ln = zl_index_name(st->loop->zone,
			    st->loop->entry, buf);
			zl_report(ctx, p->loc, "the SPF policy of %s includes "
			    "itself: its include: or redirect= targets lead "
			    "back to %s, so receivers count lookups until they "
			    "pass 10 and reject the policy (permerror); break "
			    "the loop", o, zl_dname_str(&ln, l, sizeof l));
		} else if (n > SPF_MAX_LOOKUPS)
			zl_report(ctx, p->loc, "the SPF policy of %s needs %s%u "
			    "DNS lookups (include, a, mx, ptr, exists, "
			    "redirect), counting its includes in the loaded "
			    "zones%s%s%s; receivers stop at 10 and reject the "
			    "policy (permerror): drop or flatten includes, or "
			    "use ip4:/ip6:", o, st->stopped || st->nunknown ?
			    "at least " : "", n, st->nunknown ?
			    ", and more in " : "", u, st->nunknown ?
			    ", which are not loaded" : "");
		else if (st->nunknown)
			zl_verbose(ctx, "%s: SPF policy of %s: DNS lookups "
			    "known: %u; not counted: %s (written with a macro, or "
			    "outside the loaded zones)", zl_file_name(p->loc.file), o, n, u);
	}
}

static void
free_state(void *v)
{
	struct state *st = v;
	for (size_t i = 0; i < st->nt; i++)
		ldns_rdf_deep_free(st->t[i].name);
	free(st->t);
	free(st->p);
}

const struct zl_rule rule_mail_spf_lookups = {
	.id = "mail-spf-lookups",
	.severity = ZL_ERROR,
	.types = ZL_T_TXT,
	.state_size = sizeof(struct state),
	.family = &spf_family,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "SPF policy needs more than 10 DNS lookups",
	.why =
	    "A receiver evaluating an SPF policy allows at most 10 terms that\n"
	    "make DNS queries (include, a, mx, ptr, exists and redirect),\n"
	    "counted through every include: and redirect= (RFC 7208 4.6.4);\n"
	    "past that the result is a permanent error, and mail from the\n"
	    "domain fails SPF.  zonelint counts through the targets whose\n"
	    "zones it was given, in the same view; a target outside them is\n"
	    "named, and the count is then at least what is shown.  Within 10\n"
	    "with unknown targets it says nothing, and -v names them.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx a include:_spf.example.com -all\"\n"
	    "_spf   IN  TXT  \"v=spf1 a:m1 a:m2 a:m3 a:m4 a:m5 a:m6 a:m7 a:m8 "
	    "-all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  TXT  \"v=spf1 mx include:_spf.example.com -all\"\n"
	    "_spf   IN  TXT  \"v=spf1 a:m1 a:m2 a:m3 a:m4 a:m5 a:m6 a:m7 a:m8 "
	    "-all\"\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Replace a, mx and include terms by the addresses they stand for\n"
	    "(ip4:, ip6:), drop includes of services no longer used, or point\n"
	    "subdomains' mail at separate policies.",
	.refs = "RFC 7208 section 4.6.4",
};
