/*
 * alias-wildcard-loop: a wildcard CNAME whose target the same wildcard
 * synthesises.  "*.example.com. CNAME www.example.com." with no www:
 * a query for any missing name gets the alias to www, and www, itself
 * missing, gets the alias to www again (RFC 4592 section 3.3.1): a
 * CNAME loop, so every name the wildcard was meant to catch fails.
 *
 * Wildcard CNAMEs are rare: up to MAX_KEPT of a zone are kept and
 * judged at the zone's end, when the index says which names exist.
 */
#include <stdlib.h>

#include "target.h"

/* Wildcard CNAMEs judged a zone: judging costs one walk of the zone's
 * names, each compared with every one kept.  More are counted (-v). */
#define MAX_KEPT 16

struct kept {
	ldns_rdf *target;
	size_t parent_labels; /* of the wildcard's parent, "example.com." */
	struct zl_loc loc;
	bool self;            /* the target is the wildcard's own name */
	bool exists;          /* a name from the target up to the parent's
	                         child exists: the wildcard does not match */
};

struct state {
	const struct zl_zone *zone; /* whose wildcard CNAMEs are kept */
	struct kept v[MAX_KEPT];
	size_t n;
	unsigned long dropped;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	if (!zl_dname_first_label_is(owner, "*") || ldns_rr_rd_count(rec->rr) < 1)
		return;
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
	if (ldns_rdf_get_type(target) != LDNS_RDF_TYPE_DNAME)
		return;
	ldns_rdf parent = zl_dname_suffix(owner, 1);
	bool self = zl_dname_eq(target, owner);
	if (!self && (!zl_dname_in(target, &parent) ||
	    zl_dname_eq(target, &parent)))
		return; /* outside the wildcard's reach */
	st->zone = rec->zone; /* its zone end judges and empties the list */
	if (st->n == MAX_KEPT) {
		st->dropped++;
		return;
	}
	st->v[st->n++] = (struct kept){ldns_rdf_clone(target),
	    zl_dname_labels(&parent), target_loc(rec, 0), self, false};
}

/* The target's ancestor just below the wildcard's parent: the name the
 * wildcard stands for ("www" in www.example.com.). */
static ldns_rdf
child_of_parent(const struct kept *k)
{
	size_t tl = zl_dname_labels(k->target);
	return zl_dname_suffix(k->target, (unsigned)(tl - k->parent_labels - 1));
}

/* A name with records at that ancestor or below it makes the ancestor
 * exist (below it: as an empty non-terminal), and then the wildcard no
 * longer matches the target (RFC 4592 section 2.2). */
static void
look(void *arg, const ldns_rdf *name, const struct zl_name *entry)
{
	struct state *st = arg;
	if (zl_name_first(entry).line == 0)
		return; /* only marks: no record there */
	for (size_t i = 0; i < st->n; i++) {
		struct kept *k = &st->v[i];
		if (k->self || k->exists)
			continue;
		ldns_rdf top = child_of_parent(k);
		if (zl_dname_in(name, &top))
			k->exists = true;
	}
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->zone != zone)
		return;
	if (st->dropped)
		zl_verbose(ctx, "%s: %lu wildcard CNAMEs beyond the first %d not "
		    "judged", zl_zone_origin_str(zone), st->dropped, MAX_KEPT);
	zl_index_foreach(zone, look, st);
	char t[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->n; i++) {
		struct kept *k = &st->v[i];
		if (k->self)
			zl_report(ctx, k->loc, "the wildcard names itself: every "
			    "name it catches gets a CNAME to itself, a loop");
		else if (!k->exists)
			zl_report(ctx, k->loc, "%s does not exist, so the wildcard "
			    "itself answers it with the same CNAME: every name it "
			    "catches ends in a loop", zl_dname_str(k->target, t,
			    sizeof t));
		ldns_rdf_deep_free(k->target);
	}
	st->n = 0;
	st->dropped = 0;
	st->zone = NULL;
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->n; i++)
		ldns_rdf_deep_free(st->v[i].target);
}

const struct zl_rule rule_alias_wildcard_loop = {
	.id = "alias-wildcard-loop",
	.severity = ZL_ERROR,
	.types = ZL_T_CNAME,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "wildcard CNAME that answers its own target",
	.why =
	    "A wildcard answers every name below its parent that does not exist\n"
	    "(RFC 4592).  When a wildcard CNAME points at a name under the same\n"
	    "parent that does not exist either, the wildcard answers that target\n"
	    "too, with the same CNAME: a resolver asking for foo.example.com.\n"
	    "gets foo -> www -> www -> ... and gives up with SERVFAIL (RFC 4592\n"
	    "section 3.3.1, RFC 1034 section 3.6.2).  Every name the wildcard was\n"
	    "meant to catch fails.  BIND, Knot and NSD load such a zone: the loop\n"
	    "only shows when a name is looked up.  A target that exists (it has\n"
	    "records, or names below it) is not answered by the wildcard, and is\n"
	    "not reported.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "*       IN CNAME www\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "*       IN CNAME www\n"
	    "www     IN A     192.0.2.80\n",
	.fix =
	    "Give the target records of its own (www IN A 192.0.2.80), or point\n"
	    "the wildcard at a name outside it (the apex, or another zone's host).",
	.refs = "RFC 4592 sections 2.2 and 3.3.1; RFC 1034 section 3.6.2",
};
