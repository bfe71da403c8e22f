/*
 * delegation-occluded: data below a delegation point, or beside its NS
 * records, that is never served: the child zone's servers answer for
 * every name at and below the cut, and the parent hands out only the
 * referral (NS, DS, glue).  One finding per name, at its first record.
 *
 * NS targets are marked while streaming (an address record at a marked
 * name is glue); at zone end, when the zone has a delegation at all, one
 * walk of the index finds the names at and below cuts: each costs a
 * lookup per label between it and the apex.  Names below a DNAME are
 * hygiene-dname-conflict's, DS away from a cut hygiene-ds-placement's,
 * a CNAME or DNAME beside NS the hygiene rules' for those.
 */
#include <stdio.h>
#include <string.h>

#include "target.h"

enum { NS_TARGET }; /* its mark: a name an NS record of the zone names */

struct state {
	const struct zl_zone *zone; /* whose delegation was seen */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *t = ldns_rr_rdf(rec->rr, 0);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	if (origin == NULL)
		return;
	if (t && ldns_rdf_get_type(t) == LDNS_RDF_TYPE_DNAME &&
	    zl_dname_in(t, origin))
		zl_mark(ctx, rec->zone, t, NS_TARGET);
	if (!zl_dname_eq(ldns_rr_owner(rec->rr), origin))
		st->zone = rec->zone;
}

/* Types served only by the child, or kept for other rules' reports. */
#define DNSSEC (ZL_T_RRSIG | ZL_T_NSEC | ZL_T_NSEC3 | ZL_T_SIG | ZL_T_NXT)
#define AT_CUT (ZL_T_NS | ZL_T_DS | ZL_T_CNAME | ZL_T_DNAME | ZL_T_KEY | DNSSEC)
#define GLUE (ZL_T_A | ZL_T_AAAA)

static const struct { uint32_t bit; const char *name; } names[] = {
	{ZL_T_SOA, "SOA"}, {ZL_T_NS, "NS"}, {ZL_T_CNAME, "CNAME"},
	{ZL_T_DNAME, "DNAME"}, {ZL_T_A, "A"}, {ZL_T_AAAA, "AAAA"},
	{ZL_T_MX, "MX"}, {ZL_T_TXT, "TXT"}, {ZL_T_SRV, "SRV"},
	{ZL_T_PTR, "PTR"}, {ZL_T_DNSKEY, "DNSKEY"}, {ZL_T_KEY, "KEY"},
	{ZL_T_SVCB, "SVCB"}, {ZL_T_HTTPS, "HTTPS"},
	{ZL_T_NSEC3PARAM, "NSEC3PARAM"}, {ZL_T_CDS, "CDS"},
	{ZL_T_CDNSKEY, "CDNSKEY"}, {ZL_T_ZONEMD, "ZONEMD"}, {ZL_T_CAA, "CAA"},
	{ZL_T_OTHER, "other"},
};

/* "A, TXT and MX": the types of bits, into buf. */
static const char *
type_list(uint32_t bits, char *buf, size_t size)
{
	size_t n = 0, len = 0, total = 0;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		total += (bits & names[i].bit) != 0;
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!(bits & names[i].bit) || len >= size)
			continue;
		n++;
		int w = snprintf(buf + len, size - len, "%s%s",
		    n == 1 ? "" : n == total ? " and " : ", ", names[i].name);
		len += w > 0 ? (size_t)w : 0;
	}
	return buf;
}

struct walk {
	struct zl_ctx *ctx;
	const struct zl_zone *zone;
	/* the last parent looked up, and the cut above it: names of one
	 * parent come together in most files (ns1.shop, ns2.shop, ...) */
	uint8_t parent[LDNS_MAX_DOMAINLEN + 1];
	size_t parent_size; /* 0: none yet */
	int parent_up;
};

/* target_delegation_above(name, 1), worked out once per parent. */
static int
cut_above(struct walk *w, const ldns_rdf *name)
{
	ldns_rdf p = zl_dname_suffix(name, 1);
	size_t n = ldns_rdf_size(&p);
	if (n != w->parent_size || n > sizeof w->parent ||
	    memcmp(w->parent, ldns_rdf_data(&p), n) != 0) {
		int up = target_delegation_above(w->zone, &p, 0);
		w->parent_up = up < 0 ? -1 : up + 1;
		w->parent_size = n <= sizeof w->parent ? n : 0;
		memcpy(w->parent, ldns_rdf_data(&p), w->parent_size);
	}
	return w->parent_up;
}

static void
look(void *arg, const ldns_rdf *name, const struct zl_name *entry)
{
	struct walk *w = arg;
	uint32_t types = zl_name_types(entry);
	if (zl_name_first(entry).line == 0 ||
	    zl_dname_eq(name, zl_zone_origin(w->zone)) ||
	    !zl_dname_in(name, zl_zone_origin(w->zone)))
		return; /* only marks; the apex; hygiene-out-of-zone's */
	int up = cut_above(w, name);
	uint32_t hidden;
	if (up >= 0)
		hidden = types & ~(DNSSEC | ZL_T_DS);
	else if (types & ZL_T_NS)
		hidden = types & ~AT_CUT;
	else
		return;
	/* glue: an NS target's addresses; hygiene-ns-target-no-address
	 * takes a wildcard's for them too, so those are left alone */
	if (zl_marked(w->ctx, entry, NS_TARGET) ||
	    zl_dname_first_label_is(name, "*"))
		hidden &= ~GLUE;
	if (hidden == 0 || target_below_dname(w->zone, name))
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], c[LDNS_MAX_DOMAINLEN * 4 + 2];
	char t[160];
	zl_dname_str(name, n, sizeof n);
	type_list(hidden, t, sizeof t);
	if (up < 0) {
		zl_report(w->ctx, zl_name_first(entry), "%s is a delegation "
		    "point: its %s records are the child zone's, whose servers "
		    "answer for the name (the parent holds only NS, DS and glue "
		    "there)", n, t);
		return;
	}
	ldns_rdf cut = zl_dname_suffix(name, (unsigned)up);
	zl_report(w->ctx, zl_name_first(entry), "%s is below the delegation "
	    "%s: its %s records are the child zone's, whose servers answer "
	    "for it%s", n, zl_dname_str(&cut, c, sizeof c), t,
	    hidden & GLUE ? " (an address record is glue only for a name an "
	    "NS record names)" : "");
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->zone != zone || zl_zone_origin(zone) == NULL)
		return;
	st->zone = NULL;
	struct walk w = {.ctx = ctx, .zone = zone};
	/* a name just below the apex with no NS is neither a cut nor below
	 * one: the walk passes those over */
	zl_index_foreach_deep(zone, 2, ZL_T_NS, look, &w);
}

const struct zl_rule rule_delegation_occluded = {
	.id = "delegation-occluded",
	.severity = ZL_WARNING,
	.types = ZL_T_NS,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "data below a delegation that is never served",
	.why =
	    "NS records below the apex cut the zone: the names at and below\n"
	    "the delegation point belong to the child zone, and the parent's\n"
	    "servers answer queries for them with a referral (RFC 1034 section\n"
	    "4.2.1, RFC 2181 section 6).  The parent keeps there only the NS\n"
	    "records, DS (RFC 4035), and glue: the addresses of name servers\n"
	    "whose names are under the cut.  Any other record there (a web\n"
	    "server's A record left behind when the subdomain was handed to\n"
	    "another provider, a TXT or MX) is loaded and never served: BIND,\n"
	    "Knot and NSD accept the zone without a word, and whoever edits it\n"
	    "believes the record is live.  Each such name is reported once, at\n"
	    "its first record, with the types that are never served.",
	.exceptions =
	    "Glue (A and AAAA records at a name an NS record of the zone names,\n"
	    "or at a wildcard below the cut, which hygiene-ns-target-no-address\n"
	    "takes for glue), DS, and DNSSEC records (RRSIG, NSEC) are not\n"
	    "reported.\n"
	    "Names below a DNAME are hygiene-dname-conflict's, a DS away from a\n"
	    "cut hygiene-ds-placement's, a CNAME beside NS\n"
	    "hygiene-cname-and-other-data's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@        IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN NS    ns1\n"
	    "ns1      IN A     192.0.2.1\n"
	    "shop     IN NS    ns1.shop\n"
	    "shop     IN NS    ns2.example.net.\n"
	    "ns1.shop IN A     192.0.2.2\n"
	    "www.shop IN A     192.0.2.80\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@        IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@        IN NS    ns1\n"
	    "@        IN NS    ns2.example.net.\n"
	    "ns1      IN A     192.0.2.1\n"
	    "shop     IN NS    ns1.shop\n"
	    "shop     IN NS    ns2.example.net.\n"
	    "ns1.shop IN A     198.51.100.2\n",
	.fix =
	    "Delete the record from the parent zone and, if it is still wanted,\n"
	    "add it to the child zone (shop.example.com.), whose servers answer\n"
	    "for the name:\n"
	    "  www  IN  A  192.0.2.80    ; in the shop.example.com. zone",
	.refs = "RFC 1034 section 4.2.1; RFC 2181 section 6; RFC 4035 section "
	    "2.4; RFC 9471",
};
