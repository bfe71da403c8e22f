/*
 * hygiene-cname-multiple: one CNAME per name.
 *
 * A copy of a CNAME (the same target, in any case) is the same record:
 * an RRset holds no two identical records, so BIND and Knot load it as
 * one.  Only a CNAME to another target is a second CNAME.  So each CNAME
 * leaves its owner and a hash of its target (and its place, when it is
 * not its name's first record); at zone end, if any name had two, its
 * CNAMEs are sorted by target and each other target is reported once,
 * at its first record.  The CNAMEs of Route 53 routing-policy sets
 * (weighted, failover...: zl_record.set) are left out: each set is
 * another answer, holding one CNAME (Route 53 allows no more).
 */
#include <stdlib.h>
#include <string.h>

#include "../src/zonelint.h"

/* Every CNAME leaves its owner and a 64-bit hash of its target, letters
 * folded: 16 bytes, no copy of the target (a 1M-record zone holds
 * 134,000 CNAMEs).  Where one stands is kept only when it is not its
 * name's first record (rare: a second CNAME, or a CNAME after other
 * data); the first record's place is in the name index. */
struct cname {
	const struct zl_name *owner;
	uint32_t hash[2];
};

struct place {
	size_t seq;           /* its index in state.v */
	struct zl_loc loc;
};

struct state {
	struct cname *v;
	size_t count, cap;
	struct place *later;  /* CNAMEs that are not their name's first record */
	size_t nlater, later_cap;
	bool twice;           /* some name has two CNAMEs */
};

static void
target_hash(const ldns_rdf *target, uint32_t out[2])
{
	uint64_t h = 14695981039346656037ull;
	const uint8_t *p = ldns_rdf_data(target);
	for (size_t i = 0; i < ldns_rdf_size(target); i++)
		h = (h ^ zl_lower(p[i])) * 1099511628211ull;
	out[0] = (uint32_t)(h >> 32);
	out[1] = (uint32_t)h;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	/* Route 53 routing-policy sets: each CNAME is another answer */
	if (ldns_rr_rd_count(rec->rr) < 1 || rec->set != 0)
		return;
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	struct cname *c = &st->v[st->count];
	c->owner = rec->name;
	target_hash(ldns_rr_rdf(rec->rr, 0), c->hash);
	if (rec->name_types_before != 0) { /* not the name's first record */
		st->later = zl_grow(st->later, &st->later_cap, st->nlater + 1,
		    sizeof *st->later);
		st->later[st->nlater++] = (struct place){st->count, rec->loc};
	}
	st->count++;
	if (rec->name_types_before & ZL_T_CNAME)
		st->twice = true;
}

/* One CNAME of a name that has several, with its place. */
struct entry {
	const struct zl_name *owner;
	uint32_t hash[2];
	size_t seq;
	struct zl_loc loc;
};

static int
by_owner_target(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->owner != y->owner)
		return x->owner < y->owner ? -1 : 1;
	for (int k = 0; k < 2; k++)
		if (x->hash[k] != y->hash[k])
			return x->hash[k] < y->hash[k] ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static bool
same_target(const struct entry *x, const struct entry *y)
{
	return x->hash[0] == y->hash[0] && x->hash[1] == y->hash[1];
}

static int
by_owner(const void *a, const void *b)
{
	const struct zl_name *x = *(const struct zl_name *const *)a;
	const struct zl_name *y = *(const struct zl_name *const *)b;
	return x < y ? -1 : x > y;
}

/* The CNAMEs of the names that have two or more, each with its place:
 * the later list's, or, for a name's first record, the index's. */
static struct entry *
gather(const struct state *st, size_t *n)
{
	const struct zl_name **twice = zl_alloc(st->nlater, sizeof *twice);
	size_t nt = 0;
	for (size_t i = 0; i < st->nlater; i++) {
		const struct zl_name *o = st->v[st->later[i].seq].owner;
		if (zl_name_types(o) & ZL_T_CNAME)
			twice[nt++] = o;
	}
	qsort(twice, nt, sizeof *twice, by_owner);
	struct entry *e = zl_alloc(st->count, sizeof *e);
	size_t k = 0, l = 0;
	for (size_t i = 0; i < st->count; i++) {
		const struct zl_name *o = st->v[i].owner;
		while (l < st->nlater && st->later[l].seq < i)
			l++;
		if (!bsearch(&o, twice, nt, sizeof *twice, by_owner))
			continue;
		e[k] = (struct entry){o, {st->v[i].hash[0], st->v[i].hash[1]}, i,
		    l < st->nlater && st->later[l].seq == i ? st->later[l].loc :
		    zl_name_first(o)};
		k++;
	}
	free(twice);
	*n = k;
	return e;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (!st->twice || st->count < 2)
		goto out;
	size_t n;
	struct entry *v = gather(st, &n);
	qsort(v, n, sizeof *v, by_owner_target);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		/* one owner's CNAMEs: groups of one target, each first in order */
		size_t first = lo;
		for (hi = lo + 1; hi < n && v[hi].owner == v[lo].owner; hi++)
			if (v[hi].seq < v[first].seq)
				first = hi;
		for (size_t i = lo; i < hi; i++) {
			if (i > lo && same_target(&v[i], &v[i - 1]))
				continue; /* a copy: the same record */
			if (same_target(&v[i], &v[first]))
				continue; /* the first CNAME's target */
			uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
			ldns_rdf name = zl_index_name(zone, v[i].owner, buf);
			zl_report(ctx, v[i].loc, "%s already has a CNAME (line %u%s%s)",
			    zl_dname_str(&name, o, sizeof o), v[first].loc.line,
			    v[first].loc.file != v[i].loc.file ? " of " : "",
			    v[first].loc.file != v[i].loc.file ?
			    zl_file_name(v[first].loc.file) : "");
		}
	}
	free(v);
out:
	st->count = st->nlater = 0;
	st->twice = false;
}

static void
free_state(void *p)
{
	struct state *st = p;
	free(st->v);
	free(st->later);
}

const struct zl_rule rule_hygiene_cname_multiple = {
	.id = "hygiene-cname-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_CNAME,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "more than one CNAME at a name",
	.why =
	    "A name is an alias for exactly one other name: a second CNAME\n"
	    "makes the answer depend on the server (RFC 2181 10.1), and BIND,\n"
	    "Knot and NSD refuse the zone.  A copy of the same CNAME is not a\n"
	    "second one: an RRset holds no two identical records, and servers\n"
	    "load the copy as the one record it is.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  CNAME  web1.example.net.\n"
	    "www  IN  CNAME  web2.example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS   ns1\n"
	    "ns1  IN  A    192.0.2.1\n"
	    "www  IN  CNAME  web1.example.net.\n",
	.fix =
	    "Keep one CNAME.  To spread load over several hosts, use several A\n"
	    "and AAAA records at the name instead.",
	.refs = "RFC 1034 section 3.6.2; RFC 2181 sections 5 and 10.1",
};
