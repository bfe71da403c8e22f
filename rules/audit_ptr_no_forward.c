/*
 * audit-ptr-no-forward: a PTR names a host whose forward zone is loaded
 * in the same view and gives that host A or AAAA records, none of them
 * the address the PTR is for: forward-confirmed reverse DNS fails.
 *
 * The forward side is kept as a 64-bit hash of each A and AAAA record's
 * owner, address and view (8 octets a record), and only in runs of two
 * zones or more: a lone zone cannot be both sides.  The PTRs are kept
 * with their targets, as hygiene-ptr-target-no-address keeps them; both
 * are checked when every zone is read.  A hash that matches by chance
 * only hides a finding.  Targets with no address at all are
 * hygiene-ptr-target-no-address's; targets in no loaded zone, below a
 * delegation or a DNAME, or that are CNAMEs, are left alone, and so are
 * PTRs whose owner is no address (RFC 2317 names, DNS-SD).  The lists
 * grow with the records read, which the reader's budgets bound.
 */
#include <stdlib.h>
#include <string.h>

#include "revmap.h"
#include "target.h"

struct ptr_meta {
	struct revmap_addr addr;
	uint8_t view;
	uint8_t server;
};

struct state {
	struct zl_namelist ptrs;  /* PTR targets, at the PTR's place */
	struct ptr_meta *meta;    /* the address and view of each */
	size_t meta_cap;
	uint64_t *fwd;            /* revmap_hash of each A and AAAA */
	size_t nfwd, fwd_cap;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	if (zl_zone_count(ctx) < 2)
		zl_skip_records(ctx);
}

static void
keep_ptr(struct state *st, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	size_t field;
	const ldns_rdf *t = target_of(rec->rr, &field);
	struct revmap_addr a;
	if (t == NULL || ldns_rdf_size(t) <= 1 ||
	    !revmap_addr_of_name(owner, &a))
		return;
	st->meta = zl_grow(st->meta, &st->meta_cap, st->ptrs.count + 1,
	    sizeof *st->meta);
	st->meta[st->ptrs.count] = (struct ptr_meta){a,
	    (uint8_t)zl_zone_view(rec->zone), (uint8_t)zl_zone_server(rec->zone)};
	zl_namelist_add(&st->ptrs, t, target_loc(rec, field));
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	if (origin == NULL)
		return;
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_PTR) {
		keep_ptr(st, rec);
		return;
	}
	struct revmap_addr a;
	if (zl_dname_is_reverse(origin) || !revmap_addr_of_rr(rec->rr, &a))
		return;
	st->fwd = zl_grow(st->fwd, &st->fwd_cap, st->nfwd + 1, sizeof *st->fwd);
	st->fwd[st->nfwd++] = revmap_hash(ldns_rr_owner(rec->rr), &a,
	    revmap_where(rec->zone));
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void
check(struct zl_ctx *ctx, struct state *st, size_t i)
{
	ldns_rdf t = zl_namelist_name(&st->ptrs, i);
	const struct ptr_meta *m = &st->meta[i];
	const struct zl_zone *z = zl_zone_for(ctx, m->view, m->server, &t);
	if (z == NULL || !zl_zone_complete(z) ||
	    zl_dname_is_reverse(zl_zone_origin(z)) || target_misspelt(&t, z) ||
	    target_delegation_above(z, &t, 0) >= 0 || target_below_dname(z, &t))
		return;
	uint32_t have = target_types(z, &t);
	if (!(have & (ZL_T_A | ZL_T_AAAA)) || (have & ZL_T_CNAME))
		return; /* hygiene-ptr-target-no-address's, or an alias */
	uint64_t h = revmap_hash(&t, &m->addr, revmap_where(z));
	if (st->nfwd > 0 &&
	    bsearch(&h, st->fwd, st->nfwd, sizeof *st->fwd, cmp_u64))
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], a[48];
	const char *type = m->addr.len == 4 ? "A" : "AAAA";
	revmap_addr_str(&m->addr, a, sizeof a);
	zl_dname_str(&t, n, sizeof n);
	if (!(have & (m->addr.len == 4 ? ZL_T_A : ZL_T_AAAA)))
		zl_report(ctx, st->ptrs.v[i].loc, "%s names %s, which has no %s "
		    "record in zone %s: forward-confirmed reverse DNS fails", a, n,
		    type, zl_zone_origin_str(z));
	else
		zl_report(ctx, st->ptrs.v[i].loc, "%s names %s, whose %s records "
		    "in zone %s do not include it: forward-confirmed reverse DNS "
		    "fails", a, n, type, zl_zone_origin_str(z));
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	if (st->nfwd > 1)
		qsort(st->fwd, st->nfwd, sizeof *st->fwd, cmp_u64);
	for (size_t i = 0; i < st->ptrs.count; i++) /* one per PTR kept */
		check(ctx, st, i);
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->ptrs);
	free(st->meta);
	free(st->fwd);
}

const struct zl_rule rule_audit_ptr_no_forward = {
	.id = "audit-ptr-no-forward",
	.severity = ZL_WARNING,
	.types = ZL_T_PTR | ZL_T_A | ZL_T_AAAA,
	.state_size = sizeof(struct state),
	.on_run_start = on_run_start,
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "PTR target does not lead back to the address",
	.why =
	    "Mail servers and other services check a client's address by\n"
	    "forward-confirmed reverse DNS: they look up the PTR for the\n"
	    "address, then the A or AAAA records of the name it gives, and\n"
	    "trust the name only when the address is among them.  When the\n"
	    "forward zone is loaded beside the reverse zone, in the same view,\n"
	    "and the name has address records but not this one, the check\n"
	    "fails: the host was renumbered and one side was not updated.\n"
	    "A name with no address record at all is\n"
	    "hygiene-ptr-target-no-address's.",
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
	    "25   IN  PTR  mail.example.com.\n"
	    "26   IN  PTR  mail.example.com.\n"
	    ";; file: external/example.com.zone\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "@    IN  NS   ns2\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "ns2  IN  A    192.0.2.2\n"
	    "mail IN  A    192.0.2.26\n",
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
	    "Make the two sides agree: correct the A record, or move the PTR\n"
	    "to the host's new address:\n"
	    "  mail  IN  A  192.0.2.25",
	.exceptions =
	    "Only when the zone answering for the PTR's target is loaded, in\n"
	    "the same view, and gives the target A or AAAA records; targets\n"
	    "below a delegation or a DNAME, CNAMEs, and PTRs whose owner is\n"
	    "no single address (RFC 2317 names, DNS-SD) are left alone.  A\n"
	    "PTR in in-addr.arpa is compared with A records, one in ip6.arpa\n"
	    "with AAAA records.",
	.refs = "RFC 1912 section 2.1; RFC 8499 (forward-confirmed reverse DNS)",
};
