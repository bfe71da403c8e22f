/*
 * audit-rfc2317-cname: in a reverse zone, an RFC 2317 CNAME
 * (5.2.0.192.in-addr.arpa. CNAME 5.0/26.2.0.192.in-addr.arpa.) whose
 * target leads nowhere: its sub-range (0/26.2.0.192.in-addr.arpa.) is
 * not delegated in the loaded zone that answers for it, and no loaded
 * zone has a PTR there.  A sub-range that is delegated but whose zone
 * is not loaded is unknown, not missing; so is a target in no loaded
 * zone.  hygiene-target-no-address leaves these CNAMEs to this rule, so
 * that one mistake is one finding.  The CNAMEs are kept (reverse zones
 * only) until every zone is read: the sub-range's zone may come later.
 */
#include <stdlib.h>

#include "revmap.h"
#include "target.h"

struct meta {
	uint8_t view;
	uint8_t server;
};

struct state {
	struct zl_namelist targets;
	struct meta *meta;
	size_t meta_cap;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	size_t field;
	const ldns_rdf *t = target_of(rec->rr, &field);
	if (t == NULL || !revmap_rfc2317(ldns_rr_owner(rec->rr), t))
		return;
	st->meta = zl_grow(st->meta, &st->meta_cap, st->targets.count + 1,
	    sizeof *st->meta);
	st->meta[st->targets.count] = (struct meta){
	    (uint8_t)zl_zone_view(rec->zone), (uint8_t)zl_zone_server(rec->zone)};
	zl_namelist_add(&st->targets, t, target_loc(rec, field));
}

static void
check(struct zl_ctx *ctx, const ldns_rdf *t, struct meta m, struct zl_loc at)
{
	const struct zl_zone *z = zl_zone_for(ctx, m.view, m.server, t);
	if (z == NULL || !zl_zone_complete(z) ||
	    target_delegation_above(z, t, 0) >= 0 || target_below_dname(z, t))
		return; /* unknown, or delegated: the sub-range's zone says */
	uint32_t have = target_types(z, t);
	if (have == 0)
		have = target_wildcard_types(z, t);
	if (have & (ZL_T_PTR | ZL_T_CNAME))
		return;
	ldns_rdf range = zl_dname_suffix(t, 1);
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], r[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(t, n, sizeof n);
	zl_dname_str(&range, r, sizeof r);
	if (zl_dname_in(zl_zone_origin(z), &range))
		zl_report(ctx, at, "the sub-range's zone %s is loaded but has no "
		    "PTR at %s: the reverse lookup ends at a CNAME to nothing",
		    zl_zone_origin_str(z), n);
	else
		zl_report(ctx, at, "sub-range %s is not delegated (no NS) in "
		    "zone %s, which has no PTR at %s either: the reverse lookup "
		    "ends at a CNAME to nothing", r, zl_zone_origin_str(z), n);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->targets.count; i++) { /* one per CNAME */
		ldns_rdf t = zl_namelist_name(&st->targets, i);
		check(ctx, &t, st->meta[i], st->targets.v[i].loc);
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->targets);
	free(st->meta);
}

const struct zl_rule rule_audit_rfc2317_cname = {
	.id = "audit-rfc2317-cname",
	.severity = ZL_WARNING,
	.types = ZL_T_CNAME,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "RFC 2317 CNAME into a sub-range that leads nowhere",
	.why =
	    "RFC 2317 delegates part of a /24 by giving each address a CNAME\n"
	    "into a sub-range (5.2.0.192.in-addr.arpa. CNAME\n"
	    "5.0/26.2.0.192.in-addr.arpa.) and delegating that sub-range with\n"
	    "NS records to the customer's servers, whose zone holds the PTRs.\n"
	    "When the sub-range is not delegated, and no loaded zone holds a\n"
	    "PTR at the CNAME's target, every reverse lookup of those addresses\n"
	    "follows the CNAME to a name that does not exist.",
	.bad =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA    ns1.example.com. hostmaster.example.com. 1 7200 "
	    "3600 1209600 300\n"
	    "@       IN  NS     ns1.example.com.\n"
	    "@       IN  NS     ns2.example.com.\n"
	    "5       IN  CNAME  5.0/26.2.0.192.in-addr.arpa.\n",
	.good =
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@       IN  SOA    ns1.example.com. hostmaster.example.com. 1 7200 "
	    "3600 1209600 300\n"
	    "@       IN  NS     ns1.example.com.\n"
	    "@       IN  NS     ns2.example.com.\n"
	    "0/26    IN  NS     ns1.customer.example.\n"
	    "0/26    IN  NS     ns2.customer.example.\n"
	    "5       IN  CNAME  5.0/26.2.0.192.in-addr.arpa.\n",
	.fix =
	    "Delegate the sub-range to the servers that hold its PTRs, or put\n"
	    "the PTR at the CNAME's target:\n"
	    "  0/26  IN  NS  ns1.customer.example.",
	.exceptions =
	    "A sub-range that is delegated is left to its own zone, loaded or\n"
	    "not; so are targets in no loaded zone, below a DNAME, or that are\n"
	    "CNAMEs themselves.  Only CNAMEs under in-addr.arpa whose target's\n"
	    "second label holds a '/' or '-' are taken as RFC 2317's.",
	.refs = "RFC 2317; RFC 1034 section 3.6.2",
};
