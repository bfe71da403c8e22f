/*
 * hygiene-ds-placement: DS records belong at delegation points.
 *
 * At the apex a DS is the parent's data; elsewhere it must stand beside
 * the NS records of a delegation.  The second needs the whole zone, so
 * DS owners are kept until zone end.
 */
#include "../src/namelist.h"
#include "../src/zonelint.h"

struct state {
	struct zl_namelist ds;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex && zl_dname_eq(owner, apex))
		zl_report(ctx, rec->loc, "DS at the apex of %s: it belongs in the "
		    "parent zone", zl_zone_origin_str(rec->zone));
	else if (!(rec->name_types_before & ZL_T_DS))
		zl_namelist_add(&st->ds, owner, rec->loc);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->ds.count; i++) {
		ldns_rdf name = zl_namelist_name(&st->ds, i);
		const struct zl_name *e = zl_index_find(zone, &name);
		if (e && (zl_name_types(e) & ZL_T_NS))
			continue;
		char n[LDNS_MAX_DOMAINLEN * 4 + 2];
		zl_report(ctx, st->ds.v[i].loc, "DS at %s, which is not a delegation "
		    "(no NS records there)", zl_dname_str(&name, n, sizeof n));
	}
	zl_namelist_clear(&st->ds);
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->ds);
}

const struct zl_rule rule_hygiene_ds_placement = {
	.id = "hygiene-ds-placement",
	.severity = ZL_ERROR,
	.types = ZL_T_DS,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "DS record away from a delegation",
	.why =
	    "A DS record is published by the parent zone at the point where it\n"
	    "delegates a child, beside the child's NS records (RFC 4034 5).  A DS\n"
	    "at the zone's own apex belongs in the parent; a DS at a name without\n"
	    "NS records secures nothing.  named-checkzone refuses a DS at the\n"
	    "apex, which kzonecheck and nsd-checkzone load; a DS at a name\n"
	    "without NS records all three load, so only a check like this one\n"
	    "finds it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS  ns1\n"
	    "ns1   IN  A   192.0.2.1\n"
	    "@     IN  DS  12345 13 2 "
	    "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@     IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@     IN  NS  ns1\n"
	    "ns1   IN  A   192.0.2.1\n"
	    "child IN  NS  ns1.child\n"
	    "child IN  DS  12345 13 2 "
	    "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF\n"
	    "ns1.child IN A 192.0.2.2\n",
	.fix =
	    "Move an apex DS to the parent zone (through the registrar for a\n"
	    "top-level delegation); put a child's DS beside its NS records.",
	.refs = "RFC 4034 section 5; RFC 4035 section 2.4",
};
