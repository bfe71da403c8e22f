/*
 * hygiene-ns-target-no-address: an NS target inside the zone must have an
 * address there (glue at a delegation, or the server's own record); one
 * in another loaded zone must have one in that zone.
 *
 * Targets are remembered while streaming and checked at zone end, when
 * the index knows every name.  Names are walked up label by label as
 * suffixes of their wire form: no allocation.  A target outside the zone
 * (of an NS that is the zone's own data) is then kept once more, with
 * target.c's list, until every zone is read: at most one entry per such
 * NS record; target.c looks it up in the zone that answers for it.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "../src/zonelint.h"
#include "target.h"

struct state {
	struct zl_namelist targets;     /* entry i: target of an NS ...   */
	const struct zl_name **owners;  /* ... whose owner is this entry  */
	size_t owners_cap;
	struct target_list others;      /* targets outside their zone     */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
	if (target == NULL || ldns_rdf_size(target) <= 1 ||
	    zl_zone_origin(rec->zone) == NULL)
		return;
	struct zl_loc at = rec->loc;
	if (rec->rdata_count > 0)
		at = (struct zl_loc){rec->loc.file, rec->rdata[0].line,
		    rec->rdata[0].col};
	st->owners = zl_grow(st->owners, &st->owners_cap, st->targets.count + 1,
	    sizeof *st->owners);
	st->owners[st->targets.count] = rec->name;
	zl_namelist_add(&st->targets, target, at);
}

static bool
is_apex(const struct zl_zone *zone, const ldns_rdf *name)
{
	return zl_dname_eq(name, zl_zone_origin(zone));
}

/* Whether the NS records at owner are this zone's data: not below
 * another delegation, nor below a DNAME (occluded). */
static bool
owner_served(const struct zl_zone *zone, const ldns_rdf *owner)
{
	return (is_apex(zone, owner) ||
	    target_delegation_above(zone, owner, 1) < 0) &&
	    !target_below_dname(zone, owner);
}

/* The last owner's verdict: the NS records of a name come together. */
struct owner_memo {
	const struct zl_name *entry;
	bool served;
};

static void
check(struct zl_ctx *ctx, const struct zl_zone *zone, struct state *st,
    size_t i, struct owner_memo *memo)
{
	ldns_rdf target = zl_namelist_name(&st->targets, i);
	uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
	ldns_rdf owner = zl_index_name(zone, st->owners[i], buf);
	if (memo->entry != st->owners[i]) {
		memo->entry = st->owners[i];
		memo->served = owner_served(zone, &owner);
	}
	if (!memo->served)
		return;
	/* one mistake, one finding: hygiene-missing-final-dot or
	 * hygiene-target-address-literal reports it */
	if (target_misspelt(&target, zone))
		return;
	/* a target outside the zone: the zone that answers for it is
	 * known once every zone is read */
	if (!zl_dname_in(&target, zl_zone_origin(zone))) {
		target_list_keep(&st->others, LDNS_RR_TYPE_NS, zone, &target,
		    st->targets.v[i].loc);
		return;
	}
	/* a target inside another delegation is that zone's to answer */
	int d = target_delegation_above(zone, &target, 0);
	if (d >= 0) {
		ldns_rdf dp = zl_dname_suffix(&target, (unsigned)d);
		if (!zl_dname_eq(&dp, &owner))
			return;
	}
	uint32_t types = target_types(zone, &target);
	if ((types & (ZL_T_A | ZL_T_AAAA)) || (types == 0 &&
	    (target_wildcard_types(zone, &target) & (ZL_T_A | ZL_T_AAAA))))
		return;
	char t[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_dname_str(&target, t, sizeof t);
	if (types & ZL_T_CNAME)
		zl_report(ctx, st->targets.v[i].loc, "NS target %s is a CNAME; an "
		    "NS must name a host with address records", t);
	else
		zl_report(ctx, st->targets.v[i].loc, "NS target %s is in zone %s "
		    "but has no A or AAAA record there", t,
		    zl_zone_origin_str(zone));
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	/* an $INCLUDE that could not be read may hold the addresses */
	struct owner_memo memo = {NULL, false};
	for (size_t i = 0; zl_zone_complete(zone) && i < st->targets.count; i++)
		check(ctx, zone, st, i, &memo);
	zl_namelist_clear(&st->targets);
}

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	target_list_start(&st->others);
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	target_list_check(ctx, &st->others);
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->targets);
	free(st->owners);
	target_list_free(&st->others);
}

const struct zl_rule rule_hygiene_ns_target_no_address = {
	.id = "hygiene-ns-target-no-address",
	.severity = ZL_ERROR,
	.types = ZL_T_NS,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "NS target without an address in the zone",
	.why =
	    "A resolver that follows an NS record to a server named inside the\n"
	    "zone can only find that server's address in this zone: as glue\n"
	    "beside a delegation whose servers are named below it, or as the\n"
	    "server's own A/AAAA record.  Without it the delegation is lame.  An\n"
	    "NS target may not be a CNAME (RFC 2181 10.3; BIND: \"is a CNAME\n"
	    "(illegal)\").  A target in another loaded zone of the same view\n"
	    "(the one with the longest matching name; for an internal zone,\n"
	    "that DNS server's, else the public one it forwards to) must have\n"
	    "an address there; a target in no loaded zone is unknown, not\n"
	    "missing.  Targets inside another delegation are that zone's\n"
	    "business and are not checked; wildcards count.  kzonecheck calls\n"
	    "this missing glue.  When an\n"
	    "$INCLUDE of either zone cannot be read, the addresses may be in it,\n"
	    "so nothing is reported (the include's own error is).  A target\n"
	    "written without its final dot, or an address written as a name, is\n"
	    "hygiene-missing-final-dot's or hygiene-target-address-literal's\n"
	    "finding, not this rule's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "@    IN  NS  ns2\n"
	    "ns1  IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "@    IN  NS  ns2\n"
	    "ns1  IN  A   192.0.2.1\n"
	    "ns2  IN  A   192.0.2.2\n",
	.fix =
	    "Add the server's A or AAAA record (for a delegation, as glue beside\n"
	    "the child's NS records), or point the NS at a name that has one.\n"
	    "In Windows DNS: dnscmd . /recordadd example.com ns2 A 192.0.2.2",
	.refs = "RFC 1034 section 4.2.1; RFC 2181 section 10.3; RFC 9471",
};
