/*
 * audit-forward-no-ptr: an A or AAAA record whose address falls in a
 * reverse zone loaded in the same view, and that zone has no PTR for it
 * (no PTR, no CNAME, no delegation there).  A note: many addresses
 * want no name back, but when the reverse zone is kept beside the
 * forward one, a host added to one side only is usually an oversight.
 *
 * Only in runs of two zones or more (a lone zone cannot be both sides).
 * A zone's A and AAAA records are kept until its end, where glue (names
 * at or below a delegation, or outside the zone) is dropped; the rest
 * are kept, address and place, until every zone is read.  The lists
 * grow with the records read, which the reader's budgets bound.
 */
#include <stdlib.h>
#include <string.h>

#include "revmap.h"
#include "target.h"

struct kept {
	struct zl_loc loc;
	struct revmap_addr addr;
	uint8_t view;
	uint8_t server;
};

struct state {
	struct zl_namelist owners;  /* this zone's A and AAAA owners */
	struct revmap_addr *addrs;  /* and their addresses */
	size_t addrs_cap;
	struct kept *v;             /* every zone's, glue dropped */
	size_t n, cap;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	if (zl_zone_count(ctx) < 2)
		zl_skip_records(ctx);
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	struct revmap_addr a;
	/* a record Cloudflare proxies holds the origin server's address,
	 * which resolvers never see */
	if (origin == NULL || zl_dname_is_reverse(origin) || rec->proxied ||
	    zl_is_localhost_record(rec->rr) || !revmap_addr_of_rr(rec->rr, &a))
		return;
	st->addrs = zl_grow(st->addrs, &st->addrs_cap, st->owners.count + 1,
	    sizeof *st->addrs);
	st->addrs[st->owners.count] = a;
	zl_namelist_add(&st->owners, ldns_rr_owner(rec->rr),
	    target_loc(rec, 0));
}

/* Keeps the zone's records that are not glue. */
static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *origin = zl_zone_origin(zone);
	for (size_t i = 0; origin && i < st->owners.count; i++) { /* its A */
		ldns_rdf o = zl_namelist_name(&st->owners, i);
		if (!zl_dname_in(&o, origin) ||
		    target_delegation_above(zone, &o, 0) >= 0)
			continue;
		st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
		st->v[st->n++] = (struct kept){st->owners.v[i].loc, st->addrs[i],
		    (uint8_t)zl_zone_view(zone), (uint8_t)zl_zone_server(zone)};
	}
	zl_namelist_clear(&st->owners);
}

static void
check(struct zl_ctx *ctx, const struct kept *k)
{
	uint8_t buf[LDNS_MAX_DOMAINLEN + 1];
	ldns_rdf r = revmap_name_of_addr(&k->addr, buf);
	const struct zl_zone *z = zl_zone_for(ctx, k->view, k->server, &r);
	if (z == NULL || !zl_zone_complete(z) ||
	    !zl_dname_is_reverse(zl_zone_origin(z)) ||
	    target_delegation_above(z, &r, 0) >= 0 || target_below_dname(z, &r))
		return;
	uint32_t have = target_types(z, &r);
	if (have == 0)
		have = target_wildcard_types(z, &r);
	if (have & (ZL_T_PTR | ZL_T_CNAME))
		return;
	char a[48];
	zl_report(ctx, k->loc, "%s has no PTR in reverse zone %s: a reverse "
	    "lookup of the address finds no name",
	    revmap_addr_str(&k->addr, a, sizeof a), zl_zone_origin_str(z));
}

static unsigned
server_of(unsigned view, unsigned server)
{
	return view == ZL_VIEW_INTERNAL ? server : 0; /* as zl_zone_for */
}

/* Whether a reverse zone answers in view and server's place: most runs
 * of many zones load none, and a lookup of a name under ip6.arpa.
 * tries each of its 34 suffixes. */
static bool
reverse_loaded(const bool (*in)[ZL_MAX_SERVERS], const struct kept *k)
{
	unsigned server = server_of(k->view, k->server);
	return k->view < 3 && server < ZL_MAX_SERVERS && in[k->view][server];
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	bool in[3][ZL_MAX_SERVERS] = {{false}};
	bool any = false;
	for (size_t i = 0; i < zl_zone_count(ctx); i++) { /* one per zone */
		const struct zl_zone *z = zl_zone_at(ctx, i);
		const ldns_rdf *origin = zl_zone_origin(z);
		unsigned view = (unsigned)zl_zone_view(z);
		unsigned server = server_of(view, zl_zone_server(z));
		if (origin && zl_dname_is_reverse(origin) && view < 3 &&
		    server < ZL_MAX_SERVERS)
			any = in[view][server] = true;
	}
	for (size_t i = 0; any && i < st->n; i++) /* one per record kept */
		if (reverse_loaded(in, &st->v[i]))
			check(ctx, &st->v[i]);
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->owners);
	free(st->addrs);
	free(st->v);
}

const struct zl_rule rule_audit_forward_no_ptr = {
	.id = "audit-forward-no-ptr",
	.severity = ZL_NOTE,
	.types = ZL_T_A | ZL_T_AAAA,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "address without a PTR in its loaded reverse zone",
	.why =
	    "When the reverse zone for an address is kept beside the forward\n"
	    "zone, a host added to the forward zone only has no name back:\n"
	    "mail servers that check forward-confirmed reverse DNS reject or\n"
	    "mark its mail, and logs and traceroutes show a bare address.  A\n"
	    "note, as many addresses want no name back (a shared web\n"
	    "server's, a load balancer's).",
	.bad =
	    ";; file: external/2.0.192.in-addr.arpa.zone\n"
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 "
	    "1209600 300\n"
	    "@    IN  NS   ns1.example.com.\n"
	    "@    IN  NS   ns2.example.com.\n"
	    "1    IN  PTR  ns1.example.com.\n"
	    "2    IN  PTR  ns2.example.com.\n"
	    ";; file: external/example.com.zone\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "ns2  IN  A    192.0.2.2\n"
	    "mail IN  A    192.0.2.25\n",
	.good =
	    ";; file: external/2.0.192.in-addr.arpa.zone\n"
	    "$ORIGIN 2.0.192.in-addr.arpa.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1.example.com. hostmaster.example.com. 1 7200 3600 "
	    "1209600 300\n"
	    "@    IN  NS   ns1.example.com.\n"
	    "@    IN  NS   ns2.example.com.\n"
	    "1    IN  PTR  ns1.example.com.\n"
	    "2    IN  PTR  ns2.example.com.\n"
	    "25   IN  PTR  mail.example.com.\n"
	    ";; file: external/example.com.zone\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "ns2  IN  A    192.0.2.2\n"
	    "mail IN  A    192.0.2.25\n",
	.fix =
	    "Add the PTR in the reverse zone, or accept the note when the\n"
	    "address needs no name back:\n"
	    "  25  IN  PTR  mail.example.com.",
	.exceptions =
	    "Only when the reverse zone covering the address is loaded, in\n"
	    "the same view; glue, localhost records, records a Cloudflare\n"
	    "export marks as proxied, and addresses whose reverse name is\n"
	    "delegated (an RFC 2317 classless delegation), a CNAME, below a\n"
	    "DNAME or matched by a wildcard PTR are left alone.",
	.refs = "RFC 1912 section 2.1; RFC 1035 section 3.5",
};
