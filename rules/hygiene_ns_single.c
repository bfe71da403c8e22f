/*
 * hygiene-ns-single: one NS record at the apex or at a delegation.
 *
 * No record is kept: a mark says a name has one NS, another that it has
 * two or more, and the names with one are listed with the line of their
 * NS (one entry per NS owner, not per record).  Two NS records with the
 * same target one after the other count as one; the same one apart
 * counts twice (hygiene-duplicate-record reports it).  Internal zones are
 * left alone: a pinpoint zone or an Active Directory zone served by its
 * one domain controller has one NS by design, and RFC 2182's redundancy
 * is about servers the Internet reaches.
 */
#include <string.h>

#include "place.h"

enum { ONE, MORE };

struct single {
	const struct zl_name *entry;
	struct zl_loc loc;
};

struct state {
	struct single *v;  /* the NS owners with one NS so far */
	size_t n, cap;
	const struct zl_name *last; /* the previous NS record's owner */
	uint8_t target[LDNS_MAX_DOMAINLEN + 1]; /* and its target */
	size_t target_len;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (zl_zone_view(rec->zone) == ZL_VIEW_INTERNAL ||
	    zl_marked(ctx, rec->name, MORE))
		return;
	struct state *st = zl_state(ctx);
	const ldns_rdf *t = ldns_rr_rd_count(rec->rr) ? ldns_rr_rdf(rec->rr, 0) :
	    NULL;
	size_t len = t ? ldns_rdf_size(t) : 0;
	if (len > sizeof st->target)
		return;
	ldns_rdf last = {._size = st->target_len, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = st->target};
	bool same = rec->name == st->last && t && zl_dname_eq(t, &last);
	st->last = rec->name;
	st->target_len = len;
	if (len)
		memcpy(st->target, ldns_rdf_data(t), len);
	if (same)
		return;
	if (zl_marked(ctx, rec->name, ONE)) {
		zl_mark_entry(ctx, rec->name, MORE);
		return;
	}
	zl_mark_entry(ctx, rec->name, ONE);
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->v[st->n++] = (struct single){rec->name, rec->loc};
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *origin = zl_zone_origin(zone);
	for (size_t i = 0; origin && zl_zone_complete(zone) && i < st->n; i++) {
		const struct single *s = &st->v[i];
		uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf name = zl_index_name(zone, s->entry, buf);
		if (zl_marked(ctx, s->entry, MORE) || !zl_dname_in(&name, origin))
			continue;
		enum zl_place p = zl_place_of(zone, &name, s->entry);
		if (p != ZL_APEX && p != ZL_CUT)
			continue; /* occluded below a delegation: not served */
		char o[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_report(ctx, s->loc, "%s %s has one NS record: if that server "
		    "is down or unreachable, the %s cannot be resolved; RFC 2182 "
		    "asks for at least two, on different networks",
		    p == ZL_APEX ? "the apex of zone" : "the delegation",
		    zl_dname_str(&name, o, sizeof o),
		    p == ZL_APEX ? "zone" : "child zone");
	}
	st->n = 0;
	st->last = NULL;
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->v);
}

const struct zl_rule rule_hygiene_ns_single = {
	.id = "hygiene-ns-single",
	.severity = ZL_WARNING,
	.types = ZL_T_NS,
	.state_size = sizeof(struct state),
	.marks = 2,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "only one NS record",
	.why =
	    "The NS records at a zone's apex, and at each delegation to a child\n"
	    "zone, name the servers that answer for it.  With one, that server\n"
	    "is a single point of failure: when it is down or unreachable the\n"
	    "zone cannot be resolved at all.  RFC 2182 section 5 asks for at\n"
	    "least two, better three, on different networks; validns reports\n"
	    "'there should be at least two NS records per name', and Zonemaster\n"
	    "(DELEGATION01) fails it.  BIND, Knot and NSD load such a zone.\n"
	    "Zones read as the internal view (--internal) are not checked: a\n"
	    "pinpoint zone (_sipinternaltls._tcp.contoso.com) or an Active\n"
	    "Directory zone served by its one domain controller has one NS by\n"
	    "design, and RFC 2182 is about the redundancy of servers the\n"
	    "Internet reaches.  Two identical NS records one after the other\n"
	    "count as one server.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2.example.net.\n"
	    "ns1  IN  A    192.0.2.1\n",
	.fix =
	    "Add a second server, on another network, to the apex (and to the\n"
	    "parent's delegation):\n"
	    "  @ IN NS ns2.example.net.\n"
	    "In Windows DNS: dnscmd . /recordadd example.com @ NS ns2.example.net.",
	.refs = "RFC 2182 section 5; RFC 1034 section 4.1",
};
