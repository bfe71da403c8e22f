/*
 * dnssec-nsec: in a zone signed with NSEC, every authoritative name has
 * an NSEC, the NSECs form one chain from the apex back to it, and each
 * NSEC's type bitmap lists exactly the types at its name.
 *
 * NSEC records are kept only for zones that have them (their owners as
 * index entries, their next names and bitmaps as bytes), and checked at
 * zone end; unsigned zones cost nothing.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "../src/rrname.h"
#include "../src/zonelint.h"
#include "place.h"

struct nsec {
	const struct zl_name *owner;
	size_t boff;                    /* its bitmap in state.bitmaps */
	uint16_t blen;
};

struct state {
	struct zl_namelist next;        /* entry i: the NSEC's next name */
	struct nsec *v;                 /* ... the rest of it */
	size_t cap;
	uint8_t *bitmaps;
	size_t blen_total, bcap;
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (ldns_rr_rd_count(rec->rr) < 2)
		return;
	const ldns_rdf *bm = ldns_rr_rdf(rec->rr, 1);
	size_t i = st->next.count;
	st->v = zl_grow(st->v, &st->cap, i + 1, sizeof *st->v);
	st->bitmaps = zl_grow(st->bitmaps, &st->bcap,
	    st->blen_total + ldns_rdf_size(bm), 1);
	memcpy(st->bitmaps + st->blen_total, ldns_rdf_data(bm), ldns_rdf_size(bm));
	st->v[i] = (struct nsec){rec->name, st->blen_total,
	    (uint16_t)ldns_rdf_size(bm)};
	st->blen_total += ldns_rdf_size(bm);
	zl_namelist_add(&st->next, ldns_rr_rdf(rec->rr, 0), rec->loc);
}

/* The tracked types whose presence the bitmap must match. */
static const struct { ldns_rr_type type; uint32_t bit; } tracked[] = {
	{LDNS_RR_TYPE_SOA, ZL_T_SOA}, {LDNS_RR_TYPE_NS, ZL_T_NS},
	{LDNS_RR_TYPE_CNAME, ZL_T_CNAME}, {LDNS_RR_TYPE_DNAME, ZL_T_DNAME},
	{LDNS_RR_TYPE_A, ZL_T_A}, {LDNS_RR_TYPE_AAAA, ZL_T_AAAA},
	{LDNS_RR_TYPE_MX, ZL_T_MX}, {LDNS_RR_TYPE_TXT, ZL_T_TXT},
	{LDNS_RR_TYPE_SRV, ZL_T_SRV}, {LDNS_RR_TYPE_PTR, ZL_T_PTR},
	{LDNS_RR_TYPE_DS, ZL_T_DS}, {LDNS_RR_TYPE_DNSKEY, ZL_T_DNSKEY},
	{LDNS_RR_TYPE_NSEC, ZL_T_NSEC}, {LDNS_RR_TYPE_RRSIG, ZL_T_RRSIG},
};

/* The NSECs by owner entry, to find a name's NSEC in log time: a signed
 * zone has one NSEC per name, a million in a big one.  Ties keep file
 * order, so a name's first NSEC is the one found. */
struct by_owner {
	const struct zl_name *owner;
	size_t i;
};

static int
cmp_owner(const void *a, const void *b)
{
	const struct by_owner *x = a, *y = b;
	uintptr_t p = (uintptr_t)x->owner, q = (uintptr_t)y->owner;
	if (p != q)
		return p < q ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static struct by_owner *
sort_by_owner(const struct state *st)
{
	struct by_owner *v = zl_alloc(st->next.count, sizeof *v);
	for (size_t i = 0; i < st->next.count; i++)
		v[i] = (struct by_owner){st->v[i].owner, i};
	qsort(v, st->next.count, sizeof *v, cmp_owner);
	return v;
}

static long
nsec_of(const struct by_owner *v, size_t n, const struct zl_name *e)
{
	size_t lo = 0, hi = n; /* the first entry not below e */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)v[mid].owner < (uintptr_t)e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].owner == e ? (long)v[lo].i : -1;
}

struct walk {
	struct zl_ctx *ctx;
	const struct zl_zone *zone;
};

static void
missing(void *arg, const ldns_rdf *name, const struct zl_name *e)
{
	struct walk *w = arg;
	uint32_t types = zl_name_types(e);
	struct zl_loc first = zl_name_first(e);
	if (!(types & ~(ZL_T_NSEC | ZL_T_RRSIG)) || (types & ZL_T_NSEC) ||
	    first.line == 0 || zl_place_of(w->zone, name, e) == ZL_BELOW)
		return;
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(w->ctx, first, "%s has data but no NSEC in a zone signed "
	    "with NSEC", zl_dname_str(name, n, sizeof n));
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	size_t n = st->next.count;
	if (n == 0 || zl_zone_origin(zone) == NULL)
		goto out;
	char a[LDNS_MAX_DOMAINLEN * 4 + 2], b[LDNS_MAX_DOMAINLEN * 4 + 2];
	/* each next name must have an NSEC; the chain must reach them all */
	bool *seen = zl_alloc(n, sizeof *seen);
	struct by_owner *by = sort_by_owner(st);
	long start = nsec_of(by, n, zl_index_find(zone, zl_zone_origin(zone)));
	long cur = start, prev = -1;
	for (size_t steps = 0; cur >= 0 && !seen[cur] && steps <= n; steps++) {
		seen[cur] = true;
		prev = cur;
		ldns_rdf next = zl_namelist_name(&st->next, (size_t)cur);
		const struct zl_name *e = zl_index_find(zone, &next);
		long to = e ? nsec_of(by, n, e) : -1;
		if (to < 0)
			zl_report(ctx, st->next.v[cur].loc, "next name %s has no NSEC: "
			    "the chain is broken", zl_dname_str(&next, a, sizeof a));
		cur = to;
	}
	if (cur >= 0 && cur != start && prev >= 0) { /* a loop that misses the apex */
		ldns_rdf next = zl_namelist_name(&st->next, (size_t)prev);
		zl_report(ctx, st->next.v[prev].loc, "the NSEC chain loops back to %s "
		    "instead of returning to the apex %s", zl_dname_str(&next, a,
		    sizeof a), zl_zone_origin_str(zone));
	}
	for (size_t i = 0; i < n; i++)
		if (!seen[i]) {
			uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
			ldns_rdf o = zl_index_name(zone, st->v[i].owner, buf);
			zl_report(ctx, st->next.v[i].loc, "the NSEC of %s is not on the "
			    "chain that starts at the apex %s", zl_dname_str(&o, a,
			    sizeof a), zl_zone_origin_str(zone));
		}
	free(seen);
	free(by);
	/* each bitmap lists exactly the types at its name; at a delegation
	 * only NS, DS, NSEC and RRSIG are this zone's (RFC 4035 2.3), and
	 * names below a delegation are not this zone's at all */
	for (size_t i = 0; i < n; i++) {
		ldns_rdf bm = {._size = st->v[i].blen,
		    ._type = LDNS_RDF_TYPE_BITMAP,
		    ._data = st->bitmaps + st->v[i].boff};
		uint8_t nbuf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf own = zl_index_name(zone, st->v[i].owner, nbuf);
		bool apex = zl_dname_eq(&own, zl_zone_origin(zone));
		uint32_t types = zl_name_types(st->v[i].owner);
		bool cut = !apex && (types & ZL_T_NS);
		uint32_t mine = cut ? ZL_T_NS | ZL_T_DS | ZL_T_NSEC | ZL_T_RRSIG :
		    ~0u;
		if (zl_place_of(zone, &own, st->v[i].owner) == ZL_BELOW)
			continue;
		for (size_t t = 0; t < sizeof tracked / sizeof *tracked; t++) {
			bool listed = ldns_nsec_bitmap_covers_type(&bm, tracked[t].type);
			bool present = (types & tracked[t].bit) != 0;
			if (listed == present || (!listed && !(mine & tracked[t].bit)))
				continue;
			char *ty = zl_type_str(tracked[t].type);
			uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
			ldns_rdf o = zl_index_name(zone, st->v[i].owner, buf);
			zl_report(ctx, st->next.v[i].loc, listed ? "the type bitmap "
			    "lists %s, but %s has none" : "%s has %s data that the "
			    "type bitmap omits", listed ? ty : zl_dname_str(&o, b,
			    sizeof b), listed ? zl_dname_str(&o, b, sizeof b) : ty);
			free(ty);
			break;
		}
	}
	/* every authoritative name with data has an NSEC */
	struct walk w = {ctx, zone};
	zl_index_foreach(zone, missing, &w);
out:
	zl_namelist_clear(&st->next);
	st->blen_total = 0;
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->next);
	free(st->v);
	free(st->bitmaps);
}

const struct zl_rule rule_dnssec_nsec = {
	.id = "dnssec-nsec",
	.severity = ZL_ERROR,
	.types = ZL_T_NSEC,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "NSEC chain or bitmap inconsistent",
	.why =
	    "In a zone signed with NSEC, each authoritative name has an NSEC that\n"
	    "points to the next name in canonical order, the chain runs from the\n"
	    "apex back to it, and each NSEC's bitmap lists the types at its name\n"
	    "(RFC 4035 2.3).  Validators use them to prove that a name or type\n"
	    "does not exist: a missing NSEC, a broken chain or a wrong bitmap makes\n"
	    "answers for the names concerned bogus.  It usually means records\n"
	    "were edited after signing without signing again.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Mv7agep23q1JMhHccsjYQAOqA12HDLFeo0nCZ4gJKThR\n"
	    "       57sc/5Epfx0kLCM0hs59zUrF8fncPfNiKddspYgocw== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       nuasAHu7ke2/Qv2RnG721gF0jNO+BAH+TImMenLH6lUb\n"
	    "       H/i486POHXJnCDqRI9K5AME+R28z+OdOkWOfKN7zNQ== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       iLVTugcnjSnXRiqg6Gwr9x4+1MAP7CCVSrJRa1h5jLCb\n"
	    "       qPZpg/jhs44musR7tDUGvVIumNjH+U/USHUjfKcWaQ== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       LdWi94dbGH2vAaW+KWZOzF+IzCh8wm/X+kw0dG4/WHLU\n"
	    "       fZ50yT8VFXw/fT8q8fIIAzPGoh8jENTB7IKu49no4Q== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       o3eV/1mzMeKDEOr4E34njygUwaC8D91cNQDqSyxViJu8\n"
	    "       Qf8R8CxiFPxr7hYoT1XurCSuXGvCCSoIWepVj8OgAw== )\n"
	    "ns1  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       k0C9o4+TmYU0+TDR14E7v3slmTeVQjAONziyq/bippPP\n"
	    "       M6f7CpoJgS6OdfbHxe0dl0pFze1V38rMd7zdIFDXhQ== )\n"
	    "www  IN A 192.0.2.80\n"
	    "www  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       wLimeD7ioXpphrGwhYxXsvfz/sD8vxAT5MX4mWtUBVbF\n"
	    "       q9LmxpgHEUdPVU18Z4nNv5YAlcOqJe833AyFOV/eig== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Mv7agep23q1JMhHccsjYQAOqA12HDLFeo0nCZ4gJKThR\n"
	    "       57sc/5Epfx0kLCM0hs59zUrF8fncPfNiKddspYgocw== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       nuasAHu7ke2/Qv2RnG721gF0jNO+BAH+TImMenLH6lUb\n"
	    "       H/i486POHXJnCDqRI9K5AME+R28z+OdOkWOfKN7zNQ== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       iLVTugcnjSnXRiqg6Gwr9x4+1MAP7CCVSrJRa1h5jLCb\n"
	    "       qPZpg/jhs44musR7tDUGvVIumNjH+U/USHUjfKcWaQ== )\n"
	    "@    300 IN NSEC ns1 NS SOA RRSIG NSEC DNSKEY\n"
	    "@    300 IN RRSIG NSEC 13 2 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       LdWi94dbGH2vAaW+KWZOzF+IzCh8wm/X+kw0dG4/WHLU\n"
	    "       fZ50yT8VFXw/fT8q8fIIAzPGoh8jENTB7IKu49no4Q== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       o3eV/1mzMeKDEOr4E34njygUwaC8D91cNQDqSyxViJu8\n"
	    "       Qf8R8CxiFPxr7hYoT1XurCSuXGvCCSoIWepVj8OgAw== )\n"
	    "ns1  300 IN NSEC www A RRSIG NSEC\n"
	    "ns1  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       lTG1GvhfiKVN4c/n5MBtyNW5TVmH2dY327/Fj2ruBjqD\n"
	    "       8bUM+S3WojVn8GvQDZgZzR5LX0O8ZgGeEUlTGoBhQw== )\n"
	    "www  IN A 192.0.2.80\n"
	    "www  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       wLimeD7ioXpphrGwhYxXsvfz/sD8vxAT5MX4mWtUBVbF\n"
	    "       q9LmxpgHEUdPVU18Z4nNv5YAlcOqJe833AyFOV/eig== )\n"
	    "www  300 IN NSEC example.com. A RRSIG NSEC\n"
	    "www  300 IN RRSIG NSEC 13 3 300 20270101000000 20261101000000 48256 example.com. (\n"
	    "       iHQ7hqAnRyOihIekOm1hGUSRmVFiG88y2MzHVScJjvOz\n"
	    "       7cRy57w07InILFJjZFqKQexu/w5CztHbrGA2Jci1+Q== )\n",
	.fix =
	    "Sign the zone again after every change (ldns-signzone,\n"
	    "dnssec-signzone, or the server's inline signing) rather than\n"
	    "editing a signed zone by hand.",
	.refs = "RFC 4034 section 4; RFC 4035 section 2.3",
};
