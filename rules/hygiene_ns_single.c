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
 * is about servers the Internet reaches.  Nor are zones no Internet
 * resolver reaches: below special-use names, reverse zones of private
 * space (RFC 6303), and zones whose one server is localhost or has a
 * private, loopback or documentation address here (A and AAAA records
 * mark such names).
 */
#include <string.h>

#include "place.h"

enum { ONE, MORE, PRIVATE, TARGET };

struct single {
	const struct zl_name *entry;
	const struct zl_name *target; /* its NS's target's entry */
	struct zl_loc loc;
};

/* Domains no Internet resolver is delegated to: special-use names
 * (RFC 6761, RFC 8375, ICANN's .internal) and the reverse zones of
 * private and loopback space (RFC 6303) and of documentation space. */
static const char *const unreached[] = {
	"local.", "localhost.", "internal.", "test.", "invalid.", "example.",
	"home.arpa.",
	"0.in-addr.arpa.", "10.in-addr.arpa.", "127.in-addr.arpa.",
	"254.169.in-addr.arpa.", "168.192.in-addr.arpa.", "16.172.in-addr.arpa.",
	"17.172.in-addr.arpa.", "18.172.in-addr.arpa.", "19.172.in-addr.arpa.",
	"20.172.in-addr.arpa.", "21.172.in-addr.arpa.", "22.172.in-addr.arpa.",
	"23.172.in-addr.arpa.", "24.172.in-addr.arpa.", "25.172.in-addr.arpa.",
	"26.172.in-addr.arpa.", "27.172.in-addr.arpa.", "28.172.in-addr.arpa.",
	"29.172.in-addr.arpa.", "30.172.in-addr.arpa.", "31.172.in-addr.arpa.",
	"c.f.ip6.arpa.", "d.f.ip6.arpa.", "8.e.f.ip6.arpa.", "9.e.f.ip6.arpa.",
	"a.e.f.ip6.arpa.", "b.e.f.ip6.arpa.",
	/* documentation space (RFC 5737, RFC 3849) */
	"2.0.192.in-addr.arpa.", "100.51.198.in-addr.arpa.",
	"113.0.203.in-addr.arpa.", "8.b.d.0.1.0.0.2.ip6.arpa.",
};
#define NUNREACHED (sizeof unreached / sizeof *unreached)

struct state {
	ldns_rdf *unreached[NUNREACHED];
	struct single *v;  /* the NS owners with one NS so far */
	size_t n, cap;
	const struct zl_name *last; /* the previous NS record's owner */
	uint8_t target[LDNS_MAX_DOMAINLEN + 1]; /* and its target */
	size_t target_len;
};

static void
on_run_start(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < NUNREACHED; i++)
		st->unreached[i] = zl_dname_from_text(unreached[i], NULL);
}

/* Whether rr, an A or AAAA record, has a private, shared, loopback,
 * link-local or documentation address (RFC 1918, 6598, 3927, 5737,
 * 4193, 3849), which the Internet does not reach. */
static bool
private_address(const ldns_rr *rr)
{
	const ldns_rdf *a = ldns_rr_rdf(rr, 0);
	const uint8_t *p = a ? ldns_rdf_data(a) : NULL;
	if (a && ldns_rdf_size(a) == 4)
		return p[0] == 10 || p[0] == 127 || (p[0] == 172 &&
		    (p[1] & 0xf0) == 16) || (p[0] == 192 && p[1] == 168) ||
		    (p[0] == 169 && p[1] == 254) || (p[0] == 100 &&
		    (p[1] & 0xc0) == 64) || (p[0] == 192 && p[1] == 0 &&
		    p[2] == 2) || (p[0] == 198 && p[1] == 51 && p[2] == 100) ||
		    (p[0] == 203 && p[1] == 0 && p[2] == 113);
	if (a && ldns_rdf_size(a) == 16) {
		static const uint8_t loop[16] = {[15] = 1};
		return (p[0] & 0xfe) == 0xfc || (p[0] == 0xfe &&
		    (p[1] & 0xc0) == 0x80) || memcmp(p, loop, 16) == 0 ||
		    (p[0] == 0x20 && p[1] == 0x01 && p[2] == 0x0d &&
		    p[3] == 0xb8);
	}
	return false;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	if (ldns_rr_get_type(rec->rr) != LDNS_RR_TYPE_NS) {
		/* a name's first address tells where it is */
		if (!(rec->name_types_before & (ZL_T_A | ZL_T_AAAA)) &&
		    private_address(rec->rr))
			zl_mark_entry(ctx, rec->name, PRIVATE);
		return;
	}
	if (zl_zone_view(rec->zone) == ZL_VIEW_INTERNAL)
		return;
	if (zl_marked(ctx, rec->name, MORE))
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
	if (t == NULL || zl_dname_first_label_is(t, "localhost"))
		return; /* served on the loopback: RPZ, empty and local zones */
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->v[st->n++] = (struct single){rec->name,
	    zl_mark(ctx, rec->zone, t, TARGET), rec->loc};
}

static bool
unreached_name(const struct state *st, const ldns_rdf *name)
{
	for (size_t i = 0; i < NUNREACHED; i++)
		if (st->unreached[i] && zl_dname_in(name, st->unreached[i]))
			return true;
	return false;
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
		if (zl_marked(ctx, s->entry, MORE) || !zl_dname_in(&name, origin) ||
		    zl_marked(ctx, s->target, PRIVATE) || unreached_name(st, &name))
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
	for (size_t i = 0; i < NUNREACHED; i++)
		ldns_rdf_deep_free(st->unreached[i]);
}

const struct zl_rule rule_hygiene_ns_single = {
	.id = "hygiene-ns-single",
	.severity = ZL_WARNING,
	.types = ZL_T_NS | ZL_T_A | ZL_T_AAAA,
	.state_size = sizeof(struct state),
	.marks = 4,
	.on_run_start = on_run_start,
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
	    "Internet reaches.  For the same reason, zones no Internet resolver\n"
	    "is sent to are not checked either: below special-use names (local.,\n"
	    "internal., test., example., home.arpa.), reverse zones of private and\n"
	    "loopback space (RFC 6303) and of documentation space (RFC 5737,\n"
	    "RFC 3849), and zones whose one server is localhost\n"
	    "or has a private, loopback or documentation address in the zone\n"
	    "(lab, office, RPZ and example zones).  Two identical NS records one\n"
	    "after the other count as one server.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1.example.net. hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1.example.net.\n",
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
	.refs = "RFC 2182 section 5; RFC 1034 section 4.1; Zonemaster test case\n"
	    "DELEGATION01 (minimum number of name servers)",
};
