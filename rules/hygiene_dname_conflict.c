/*
 * hygiene-dname-conflict: a DNAME owns its whole subtree.
 *
 * Several DNAMEs at a name, NS beside a DNAME below the apex, and any
 * data below a DNAME (unreachable: the DNAME rewrites every query for
 * it), glue included.  The peers differ (--explain says how, and
 * tests/peer_claims.py checks it).  An apex NS naming a server there
 * gets its own message: resolvers follow the DNAME and never reach the
 * zone's own server.  DNAME owners are few, so they are kept and the
 * names below them found at zone end with one walk of the index.  As
 * BIND does, a DNAME at the apex is accepted, and so are names below it
 * (BIND's good-occulted-ns-by-dname), but for the zone's own servers.
 */
#include "../src/namelist.h"
#include "../src/zonelint.h"

/* Its marks: a name an NS record of the zone names, and one an NS
 * record at the apex names. */
enum { NS_TARGET, APEX_NS_TARGET };

/* The last DNAMES_KEPT DNAMEs, to tell a copy (the same target, in any
 * case) from a second DNAME at a name; a copy further back than that is
 * taken for a second DNAME.  Zone files keep a name's records together. */
#define DNAMES_KEPT 64

struct dname {
	const struct zl_name *owner;
	uint64_t target;               /* hash of the target, letters folded */
};

struct state {
	struct dname kept[DNAMES_KEPT]; /* a ring: DNAME number i at i % */
	size_t ndname;
	struct zl_namelist dnames;     /* DNAME owners below the apex */
	struct zl_loc apex_dname;      /* line 0: none */
	struct zl_ctx *ctx;
	const struct zl_zone *zone;
};

static uint64_t
target_hash(const ldns_rdf *target)
{
	uint64_t h = 14695981039346656037ull;
	const uint8_t *p = ldns_rdf_data(target);
	for (size_t i = 0; i < ldns_rdf_size(target); i++)
		h = (h ^ zl_lower(p[i])) * 1099511628211ull;
	return h;
}

/* Whether a DNAME of rec's owner kept so far has rec's target, and keeps
 * rec's: a copy of a DNAME is the same record (hygiene-duplicate-record). */
static bool
dname_copy(struct state *st, const struct zl_record *rec)
{
	if (ldns_rr_rd_count(rec->rr) < 1)
		return false;
	uint64_t h = target_hash(ldns_rr_rdf(rec->rr, 0));
	bool copy = false;
	size_t n = st->ndname < DNAMES_KEPT ? st->ndname : DNAMES_KEPT;
	for (size_t i = 0; i < n && !copy; i++)
		copy = st->kept[i].owner == rec->name && st->kept[i].target == h;
	if (!copy)
		st->kept[st->ndname++ % DNAMES_KEPT] = (struct dname){rec->name, h};
	return copy;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	bool is_dname = ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_DNAME;
	uint32_t before = rec->name_types_before;
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	bool apex = origin && zl_dname_eq(owner, origin);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	if (is_dname && dname_copy(st, rec))
		return;
	if (is_dname && (before & ZL_T_DNAME))
		zl_report(ctx, rec->loc, "%s already has a DNAME (line %u)",
		    zl_dname_str(owner, o, sizeof o),
		    zl_name_first(rec->name).line);
	else if (!apex && ((is_dname && (before & ZL_T_NS)) ||
	    (!is_dname && (before & ZL_T_DNAME))))
		zl_report(ctx, rec->loc, "%s has both NS and DNAME records",
		    zl_dname_str(owner, o, sizeof o));
	if (is_dname && !(before & ZL_T_DNAME) && !apex)
		zl_namelist_add(&st->dnames, owner, rec->loc);
	if (is_dname && apex && st->apex_dname.line == 0)
		st->apex_dname = rec->loc;
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
	if (!is_dname && origin && zl_dname_in(target, origin)) {
		const struct zl_name *e = zl_mark(ctx, rec->zone, target,
		    NS_TARGET);
		if (apex)
			zl_mark_entry(ctx, e, APEX_NS_TARGET);
	}
}

static void
check_name(void *arg, const ldns_rdf *name, const struct zl_name *e)
{
	struct state *st = arg;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], dn[LDNS_MAX_DOMAINLEN * 4 + 2];
	bool apex_ns = zl_marked(st->ctx, e, APEX_NS_TARGET);
	if (!(zl_name_types(e) & ~(ZL_T_NSEC3 | ZL_T_RRSIG)) && !apex_ns)
		return; /* no data (NSEC3 owners are hashes, not names), and
		         * no server the zone's NS needs */
	/* the DNAME above name: one below the apex, else, for the zone's
	 * own server only, the apex's */
	struct zl_loc at = {0};
	ldns_rdf d = *zl_zone_origin(st->zone);
	for (size_t i = 0; i < st->dnames.count && at.line == 0; i++) {
		d = zl_namelist_name(&st->dnames, i);
		if (ldns_dname_is_subdomain(name, &d))
			at = st->dnames.v[i].loc;
	}
	if (at.line == 0 && apex_ns && st->apex_dname.line != 0 &&
	    !zl_dname_eq(name, zl_zone_origin(st->zone))) {
		d = *zl_zone_origin(st->zone);
		at = st->apex_dname;
	}
	if (at.line == 0)
		return;
	struct zl_loc first = zl_name_first(e);
	if (apex_ns) /* the zone's own server: resolvers never find it */
		zl_report(st->ctx, first.line ? first : at, "%s is named by "
		    "the apex NS but lies below the DNAME at %s (line %u): "
		    "resolvers follow the DNAME and never find this server",
		    zl_dname_str(name, n, sizeof n),
		    zl_dname_str(&d, dn, sizeof dn), at.line);
	else /* data, glue for a delegation's server included */
		zl_report(st->ctx, first, "%s is below the DNAME at %s (line "
		    "%u) and can never be reached%s",
		    zl_dname_str(name, n, sizeof n),
		    zl_dname_str(&d, dn, sizeof dn), at.line,
		    zl_marked(st->ctx, e, NS_TARGET) ?
		    ", not even as glue" : "");
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if ((st->dnames.count > 0 || st->apex_dname.line != 0) &&
	    zl_zone_origin(zone)) {
		st->ctx = ctx;
		st->zone = zone;
		zl_index_foreach(zone, check_name, st);
	}
	zl_namelist_clear(&st->dnames);
	st->ndname = 0;
	st->apex_dname.line = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->dnames);
}

const struct zl_rule rule_hygiene_dname_conflict = {
	.id = "hygiene-dname-conflict",
	.severity = ZL_ERROR,
	.types = ZL_T_DNAME | ZL_T_NS,
	.marks = 2,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "DNAME with conflicting data",
	.why =
	    "A DNAME redirects every name below its owner to another domain\n"
	    "(RFC 6672).  So a name has at most one DNAME, a DNAME cannot stand\n"
	    "beside NS records below the apex, and no data may exist below a\n"
	    "DNAME: it could never be reached.  That holds for glue too: a server\n"
	    "named below a DNAME is never found, since resolvers follow the DNAME\n"
	    "instead.  named-checkzone, kzonecheck and nsd-checkzone all refuse\n"
	    "two DNAMEs at a name and an NS naming a server below a DNAME.\n"
	    "kzonecheck and nsd-checkzone refuse data below a DNAME, which\n"
	    "named-checkzone loads; kzonecheck refuses NS records beside a DNAME\n"
	    "below the apex, which named-checkzone and nsd-checkzone load.  A\n"
	    "copy of a DNAME (the same target) is the same record, not a second\n"
	    "DNAME: hygiene-duplicate-record notes it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@        IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN  NS   ns1\n"
	    "ns1      IN  A    192.0.2.1\n"
	    "old      IN  DNAME  new.example.com.\n"
	    "www.old  IN  A      192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@        IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN  NS   ns1\n"
	    "ns1      IN  A    192.0.2.1\n"
	    "old      IN  DNAME  new.example.com.\n"
	    "www.new  IN  A      192.0.2.10\n",
	.fix =
	    "Move the data to the DNAME's target domain, or drop the DNAME and\n"
	    "keep the names.  Name servers outside the DNAME's subtree.  Keep\n"
	    "one DNAME per name.",
	.refs = "RFC 6672 sections 2.3 and 2.4",
};
