/*
 * dnssec-rrsig-coverage: in a signed zone (an apex DNSKEY and RRSIGs),
 * every RRset the zone is authoritative for has an RRSIG, and no RRSIG
 * covers what is not: NS at a delegation, glue and other data below it,
 * RRSIGs themselves, or a type the name does not have (RFC 4035 2.2).
 *
 * Each RRSIG leaves the type it covers, its name's index entry and where
 * it stands; at zone end they are sorted by name and compared with the
 * types each name has.  Types are the ones the index tracks (ZL_T_*): the
 * common ones.  An unsigned RRset is reported where its first record
 * stands: the index keeps only a name's first record, so each other type
 * at a name leaves its first place here too (one entry per name and
 * type, whatever the records).  Until the zone shows an RRSIG or an apex
 * DNSKEY at most KEEP_UNSIGNED of these are kept: an unsigned zone costs
 * little, and a zone signed after that point (its records first, their
 * RRSIGs at the end, past that many) has its unsigned RRsets reported at
 * their name's first record.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"
#include "dnssec_example.h"
#include "place.h"

struct sig {
	const struct zl_name *name;
	uint32_t covered;     /* ZL_T_* bit of the type covered */
	uint16_t type;        /* the type covered */
	struct zl_loc loc;
};

/* Where a type's first record at a name stands, when that is not the
 * name's first record (the index has that one). */
struct place {
	const struct zl_name *name;
	uint32_t bit;         /* ZL_T_* */
	struct zl_loc loc;
};

#define KEEP_UNSIGNED 65536

struct state {
	struct sig *v;
	size_t count, cap;
	struct place *p;
	size_t pcount, pcap;
	bool apex_dnskey;
	bool dropped;         /* places were dropped before any signature */
};

/* The types the index tracks, but for RRSIG and ZL_T_OTHER. */
#define TRACKED (ZL_T_SOA | ZL_T_NS | ZL_T_CNAME | ZL_T_DNAME | ZL_T_A | \
	ZL_T_AAAA | ZL_T_MX | ZL_T_TXT | ZL_T_SRV | ZL_T_PTR | ZL_T_DS | \
	ZL_T_NSEC | ZL_T_NSEC3 | ZL_T_DNSKEY | ZL_T_KEY | ZL_T_SVCB | \
	ZL_T_HTTPS | ZL_T_NSEC3PARAM | ZL_T_CDS | ZL_T_CDNSKEY | ZL_T_ZONEMD | \
	ZL_T_CAA | ZL_T_NXT | ZL_T_SIG)

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	ldns_rr_type t = ldns_rr_get_type(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (t == LDNS_RR_TYPE_DNSKEY && apex &&
	    zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		st->apex_dnskey = true;
	if (t != LDNS_RR_TYPE_RRSIG) {
		uint32_t bit = zl_type_bit(t);
		if (rec->name_types_before == 0 || (rec->name_types_before & bit))
			return; /* the name's first record, or not its type's */
		if (st->count == 0 && !st->apex_dnskey &&
		    st->pcount >= KEEP_UNSIGNED) {
			st->pcount = 0; /* unsigned so far: keep no more */
			st->dropped = true;
		}
		if (st->dropped && st->count == 0 && !st->apex_dnskey)
			return;
		st->p = zl_grow(st->p, &st->pcap, st->pcount + 1,
		    sizeof *st->p);
		st->p[st->pcount++] = (struct place){rec->name, bit, rec->loc};
		return;
	}
	if (ldns_rr_rd_count(rec->rr) < 1)
		return;
	ldns_rr_type covered = ldns_rdf2rr_type(ldns_rr_rdf(rec->rr, 0));
	if (covered == LDNS_RR_TYPE_RRSIG) {
		zl_report(ctx, rec->loc, "this RRSIG covers RRSIG: signatures are "
		    "never signed, and validators ignore it");
		return;
	}
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	st->v[st->count++] = (struct sig){rec->name, zl_type_bit(covered),
	    (uint16_t)covered, rec->loc};
}

static int
by_name(const void *a, const void *b)
{
	const struct sig *x = a, *y = b;
	if (x->name != y->name)
		return x->name < y->name ? -1 : 1;
	if (x->loc.file != y->loc.file)
		return x->loc.file < y->loc.file ? -1 : 1;
	return x->loc.line < y->loc.line ? -1 : x->loc.line > y->loc.line;
}

static int
place_by_name(const void *a, const void *b)
{
	const struct place *x = a, *y = b;
	if (x->name != y->name)
		return x->name < y->name ? -1 : 1;
	return x->bit < y->bit ? -1 : x->bit > y->bit;
}

struct walk {
	struct zl_ctx *ctx;
	const struct zl_zone *zone;
	const struct state *st;
};

/* Where the first record of type bit at e stands. */
static struct zl_loc
place_of(const struct state *st, const struct zl_name *e, uint32_t bit)
{
	size_t lo = 0, hi = st->pcount;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct place *m = &st->p[mid];
		if (m->name < e || (m->name == e && m->bit < bit))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < st->pcount && st->p[lo].name == e && st->p[lo].bit == bit)
		return st->p[lo].loc;
	/* the name's first record is of this type, or the place was
	 * dropped: the name's first record */
	return zl_name_first(e);
}

/* The tracked type names, for messages, by bit. */
static void
type_names(uint32_t bits, char *buf, size_t size)
{
	static const struct { uint32_t bit; const char *name; } names[] = {
		{ZL_T_SOA, "SOA"}, {ZL_T_NS, "NS"}, {ZL_T_CNAME, "CNAME"},
		{ZL_T_DNAME, "DNAME"}, {ZL_T_A, "A"}, {ZL_T_AAAA, "AAAA"},
		{ZL_T_MX, "MX"}, {ZL_T_TXT, "TXT"}, {ZL_T_SRV, "SRV"},
		{ZL_T_PTR, "PTR"}, {ZL_T_DS, "DS"}, {ZL_T_NSEC, "NSEC"},
		{ZL_T_NSEC3, "NSEC3"}, {ZL_T_DNSKEY, "DNSKEY"}, {ZL_T_KEY, "KEY"},
		{ZL_T_SVCB, "SVCB"}, {ZL_T_HTTPS, "HTTPS"},
		{ZL_T_NSEC3PARAM, "NSEC3PARAM"}, {ZL_T_CDS, "CDS"},
		{ZL_T_CDNSKEY, "CDNSKEY"}, {ZL_T_ZONEMD, "ZONEMD"},
		{ZL_T_CAA, "CAA"},
	};
	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (bits & names[i].bit) {
			if (buf[0])
				strncat(buf, ", ", size - strlen(buf) - 1);
			strncat(buf, names[i].name, size - strlen(buf) - 1);
		}
}

static void
check_name(void *arg, const ldns_rdf *name, const struct zl_name *e)
{
	struct walk *w = arg;
	const struct state *st = w->st;
	if (zl_name_first(e).line == 0)
		return; /* only named by other records */
	/* this name's RRSIGs: a run in the sorted list */
	struct sig key = {.name = e};
	size_t lo = 0, hi = st->count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (st->v[mid].name < key.name)
			lo = mid + 1;
		else
			hi = mid;
	}
	uint32_t covered = 0;
	for (size_t i = lo; i < st->count && st->v[i].name == e; i++)
		covered |= st->v[i].covered;
	enum zl_place p = zl_place_of(w->zone, name, e);
	uint32_t tracked = zl_name_types(e) & ~(ZL_T_RRSIG | ZL_T_OTHER);
	uint32_t must = p == ZL_BELOW ? 0 :
	    p == ZL_CUT ? tracked & (ZL_T_DS | ZL_T_NSEC) : tracked;
	/* NSEC3 owners are hashes, not names of the zone: signed all the same */
	char n[LDNS_MAX_DOMAINLEN * 4 + 2], types[160];
	for (uint32_t left = must & ~covered; left; left &= left - 1) {
		uint32_t bit = left & -left; /* each unsigned RRset, at its place */
		type_names(bit, types, sizeof types);
		zl_report(w->ctx, place_of(st, e, bit), "%s: %s without an RRSIG "
		    "in a signed zone; validators reject these answers as bogus",
		    zl_dname_str(name, n, sizeof n), types);
	}
	for (size_t i = lo; i < st->count && st->v[i].name == e; i++) {
		const struct sig *s = &st->v[i];
		if (s->covered == ZL_T_OTHER)
			continue; /* an untracked type: not checked */
		char *ty = zl_type_str((ldns_rr_type)s->type);
		if (p == ZL_BELOW)
			zl_report(w->ctx, s->loc, "RRSIG over %s at %s, below a "
			    "delegation: glue and data there are not this zone's "
			    "to sign", ty, zl_dname_str(name, n, sizeof n));
		else if (p == ZL_CUT && !(s->covered & (ZL_T_DS | ZL_T_NSEC)))
			zl_report(w->ctx, s->loc, "RRSIG over %s at the delegation "
			    "%s: only DS and NSEC are signed at a delegation, the "
			    "rest there is the child's", ty,
			    zl_dname_str(name, n, sizeof n));
		else if (!(zl_name_types(e) & s->covered))
			zl_report(w->ctx, s->loc, "RRSIG covers %s, but %s has no "
			    "%s data", ty, zl_dname_str(name, n, sizeof n), ty);
		free(ty);
	}
}

static void
reset(struct state *st)
{
	free(st->v);
	free(st->p);
	memset(st, 0, sizeof *st);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->apex_dnskey && st->count > 0 && zl_zone_origin(zone)) {
		qsort(st->v, st->count, sizeof *st->v, by_name);
		if (st->pcount > 0) /* qsort wants an array, even of none */
			qsort(st->p, st->pcount, sizeof *st->p, place_by_name);
		struct walk w = {ctx, zone, st};
		zl_index_foreach(zone, check_name, &w);
	}
	reset(st);
}

static void
free_state(void *p)
{
	reset(p);
}

const struct zl_rule rule_dnssec_rrsig_coverage = {
	.id = "dnssec-rrsig-coverage",
	.severity = ZL_ERROR,
	.types = ZL_T_RRSIG | TRACKED,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "signed zone with an RRset unsigned, or a signature where none belongs",
	.why =
	    "In a signed zone a validator accepts an answer only with a valid\n"
	    "RRSIG over it: an RRset without one is bogus, and the name stops\n"
	    "resolving for everyone who validates.  The zone signs only what it is\n"
	    "authoritative for: at a delegation the NS set is the child's (only DS\n"
	    "and NSEC are signed there), glue below it is not signed at all, and\n"
	    "signatures are never signed.  Such extra RRSIGs are a sign that the\n"
	    "zone was signed by hand, or edited after signing.",
	.bad =
	    DNSSEC_EXAMPLE_APEX
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       IEyXvQtD6mk3efYO+H0TExExcauxhoB1mv1InwbMnsLb\n"
	    "       LoiNqrF+4DJn7EaMwZmYFYo2RE0JSGY1UIHyknU11g== )\n",
	.good =
	    DNSSEC_EXAMPLE_ZONE,
	.fix =
	    "Re-sign the zone after every change (dnssec-signzone, ldns-signzone,\n"
	    "or let the server sign: BIND dnssec-policy, Knot dnssec-signing),\n"
	    "and export the signed zone rather than editing it.",
	.refs = "RFC 4035 sections 2.2 and 2.3; RFC 4033 section 5; BIND 9 ARM, dnssec-policy;\n"
	    "Knot DNS reference, policy section (dnssec-signing in the zone section)",
};
