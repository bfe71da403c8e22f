/*
 * delegation-ns-diversity: the zone's name servers are not diverse: two
 * NS names with one address (one server under two names), or all their
 * public addresses in one IPv4 /24 and one IPv6 /48 (one network: one
 * outage or one route leak takes the zone down).  RFC 2182 section 3.1.
 *
 * Only the apex NS set, and only addresses in this zone (glue and
 * in-zone servers): the targets are marked in the index as the NS
 * records come, and an A or AAAA record of a marked name is kept.
 * Private, loopback and documentation addresses are left out (lab and
 * example zones), and so is the internal view.  "One network" is said
 * only when every NS target has a public address here.  Bounds:
 * MAX_TARGETS NS targets and MAX_ADDRS addresses per zone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"

#define MAX_TARGETS 16
#define MAX_ADDRS 64

enum { TARGET }; /* mark: an apex NS target */

struct addr {
	const struct zl_name *owner;
	uint8_t family;          /* 4 or 6 */
	uint8_t a[16];
	struct zl_loc loc;
};

struct state {
	const struct zl_name *target[MAX_TARGETS]; /* distinct */
	unsigned ntargets;
	bool too_many;
	struct addr addr[MAX_ADDRS];
	size_t naddr;
};

/* Whether an address is one the Internet routes: not private, loopback,
 * link-local, shared, documentation or unique-local. */
static bool
is_public(const struct addr *x)
{
	const uint8_t *a = x->a;
	if (x->family == 4)
		return !(a[0] == 10 || a[0] == 127 || a[0] == 0 ||
		    (a[0] == 172 && (a[1] & 0xf0) == 16) ||
		    (a[0] == 192 && a[1] == 168) || (a[0] == 169 && a[1] == 254) ||
		    (a[0] == 100 && (a[1] & 0xc0) == 64) ||
		    (a[0] == 192 && a[1] == 0 && a[2] == 2) ||
		    (a[0] == 198 && a[1] == 51 && a[2] == 100) ||
		    (a[0] == 203 && a[1] == 0 && a[2] == 113));
	static const uint8_t loop[16] = {[15] = 1};
	return !((a[0] & 0xfe) == 0xfc || (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) ||
	    memcmp(a, loop, 16) == 0 ||
	    (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8));
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || zl_zone_view(rec->zone) == ZL_VIEW_INTERNAL ||
	    ldns_rr_rd_count(rec->rr) < 1)
		return;
	if (type == LDNS_RR_TYPE_NS) {
		if (!zl_dname_eq(ldns_rr_owner(rec->rr), apex))
			return;
		const struct zl_name *t = zl_mark(ctx, rec->zone,
		    ldns_rr_rdf(rec->rr, 0), TARGET);
		for (unsigned i = 0; i < st->ntargets; i++)
			if (st->target[i] == t)
				return;
		if (st->ntargets == MAX_TARGETS)
			st->too_many = true;
		else
			st->target[st->ntargets++] = t;
		return;
	}
	if (!zl_marked(ctx, rec->name, TARGET) || st->naddr == MAX_ADDRS)
		return;
	const ldns_rdf *f = ldns_rr_rdf(rec->rr, 0);
	struct addr *x = &st->addr[st->naddr];
	x->family = type == LDNS_RR_TYPE_A ? 4 : 6;
	if (ldns_rdf_size(f) != (x->family == 4 ? 4u : 16u))
		return;
	memset(x->a, 0, sizeof x->a);
	memcpy(x->a, ldns_rdf_data(f), ldns_rdf_size(f));
	x->owner = rec->name;
	x->loc = rec->loc;
	if (is_public(x))
		st->naddr++;
}

static const char *
addr_str(const struct addr *x, char *buf, size_t size)
{
	ldns_rdf r = {._size = x->family == 4 ? 4 : 16,
	    ._type = x->family == 4 ? LDNS_RDF_TYPE_A : LDNS_RDF_TYPE_AAAA,
	    ._data = (void *)x->a};
	char *s = ldns_rdf2str(&r);
	snprintf(buf, size, "%s", s ? s : "?");
	free(s);
	return buf;
}

/* The /24 or /48 an address is in, as "192.0.2.0/24". */
static const char *
prefix_str(const struct addr *x, char *buf, size_t size)
{
	struct addr p = *x;
	memset(p.a + (x->family == 4 ? 3 : 6), 0, x->family == 4 ? 13 : 10);
	char a[64];
	snprintf(buf, size, "%s/%d", addr_str(&p, a, sizeof a),
	    x->family == 4 ? 24 : 48);
	return buf;
}

/* Whether every NS target has a public address here: else some server
 * may be elsewhere, and nothing is known of the zone's diversity. */
static bool
all_known(const struct state *st)
{
	if (st->too_many || st->ntargets < 2)
		return false;
	for (unsigned i = 0; i < st->ntargets; i++) {
		bool found = false;
		for (size_t k = 0; k < st->naddr && !found; k++)
			found = st->addr[k].owner == st->target[i];
		if (!found)
			return false;
	}
	return true;
}

/* Two names with one address: reported at the second name's record. */
static bool
shared_address(struct zl_ctx *ctx, const struct zl_zone *zone,
    const struct state *st)
{
	for (size_t i = 0; i < st->naddr; i++)
		for (size_t j = 0; j < i; j++) {
			const struct addr *x = &st->addr[i], *y = &st->addr[j];
			if (x->owner == y->owner || x->family != y->family ||
			    memcmp(x->a, y->a, 16) != 0)
				continue;
			uint8_t b1[2 * LDNS_MAX_DOMAINLEN + 2], b2[sizeof b1];
			ldns_rdf n1 = zl_index_name(zone, y->owner, b1);
			ldns_rdf n2 = zl_index_name(zone, x->owner, b2);
			char s1[LDNS_MAX_DOMAINLEN * 4 + 2], s2[sizeof s1], a[64];
			zl_report(ctx, x->loc, "name servers %s and %s have the same "
			    "address %s: they are one server under two names, and "
			    "the zone has one server fewer than its NS records say",
			    zl_dname_str(&n1, s1, sizeof s1),
			    zl_dname_str(&n2, s2, sizeof s2),
			    addr_str(x, a, sizeof a));
			return true;
		}
	return false;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (!shared_address(ctx, zone, st) && all_known(st)) {
		/* one /24 and one /48: every address shares its family's
		 * prefix with the first of that family, and two names have one */
		const struct addr *first[2] = {NULL, NULL};
		bool one = true, two_names = false;
		for (size_t i = 0; i < st->naddr && one; i++) {
			const struct addr *x = &st->addr[i];
			const struct addr **f = &first[x->family == 6];
			if (*f == NULL)
				*f = x;
			else
				one = memcmp(x->a, (*f)->a, x->family == 4 ? 3 : 6) == 0;
			two_names |= x->owner != st->addr[0].owner;
		}
		if (one && two_names) {
			char a[64], b[64];
			zl_report(ctx, st->addr[0].loc, "every public address of the "
			    "zone's name servers is in %s%s%s: one network, so one "
			    "outage or one routing mistake makes the whole zone "
			    "unreachable; RFC 2182 asks for servers on different "
			    "networks", first[0] ? prefix_str(first[0], a, sizeof a) :
			    "", first[0] && first[1] ? " and " : "",
			    first[1] ? prefix_str(first[1], b, sizeof b) : "");
		}
	}
	memset(st, 0, sizeof *st);
}

const struct zl_rule rule_delegation_ns_diversity = {
	.id = "delegation-ns-diversity",
	.severity = ZL_NOTE,
	.types = ZL_T_NS | ZL_T_A | ZL_T_AAAA,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "name servers without diversity",
	.why =
	    "A zone is as available as its name servers.  RFC 2182 asks for\n"
	    "several servers, placed so that no single failure takes them all:\n"
	    "not one machine under two names (two NS records whose addresses\n"
	    "are the same), and not one network (every address in one IPv4 /24\n"
	    "or IPv6 /48, where one outage, one DDoS or one routing mistake\n"
	    "reaches them all).  Only the apex NS set and the addresses this\n"
	    "zone gives them are looked at; private and documentation\n"
	    "addresses and the internal view are left alone.  Placement is a\n"
	    "matter of policy and of what the zone can afford, so a note.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN NS  ns2\n"
	    "ns1  IN A   8.8.4.10\n"
	    "ns2  IN A   8.8.4.20\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "@    IN NS  ns2\n"
	    "ns1  IN A   8.8.4.10\n"
	    "ns2  IN A   9.9.9.20\n",
	.fix =
	    "Add a server on another network: a secondary at another provider\n"
	    "or data centre (many DNS providers offer secondary service), with\n"
	    "its NS record and glue.",
	.refs = "RFC 2182 section 3.1; RFC 1034 section 4.1; Zonemaster test "
	    "cases CONNECTIVITY03 and CONNECTIVITY04",
};
