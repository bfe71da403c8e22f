/*
 * hygiene-cname-multiple: one CNAME per name.
 *
 * A copy of a CNAME (the same target, in any case) is the same record:
 * an RRset holds no two identical records, so BIND and Knot load it as
 * one.  Only a CNAME to another target is a second CNAME.  So each CNAME
 * leaves its owner's index entry, its target and where it stands; at
 * zone end, if any name had two, they are sorted by name and target and
 * each other target is reported once, at its first record.
 */
#include <stdlib.h>
#include <string.h>

#include "../src/namelist.h"
#include "../src/zonelint.h"

struct state {
	struct zl_namelist targets;     /* entry i: a CNAME's target, place */
	const struct zl_name **owner;   /* ... its owner */
	size_t cap;
	bool twice;                     /* some name has two CNAMEs */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (ldns_rr_rd_count(rec->rr) < 1)
		return;
	size_t i = st->targets.count;
	if (i == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 64;
		st->owner = realloc(st->owner, st->cap * sizeof *st->owner);
		if (st->owner == NULL)
			abort();
	}
	st->owner[i] = rec->name;
	zl_namelist_add(&st->targets, ldns_rr_rdf(rec->rr, 0), rec->loc);
	if (rec->name_types_before & ZL_T_CNAME)
		st->twice = true;
}

struct cname {
	const struct zl_name *owner;
	const uint8_t *target;
	uint16_t size;
	uint32_t seq;           /* order read: the first CNAME has the lowest */
	struct zl_loc loc;
};

/* Names as wire octets, letters folded: equal exactly when the names are. */
static int
target_cmp(const struct cname *x, const struct cname *y)
{
	size_t n = x->size < y->size ? x->size : y->size;
	for (size_t i = 0; i < n; i++) {
		uint8_t a = zl_lower(x->target[i]), b = zl_lower(y->target[i]);
		if (a != b)
			return a < b ? -1 : 1;
	}
	return x->size < y->size ? -1 : x->size > y->size;
}

static int
by_owner_target(const void *a, const void *b)
{
	const struct cname *x = a, *y = b;
	if (x->owner != y->owner)
		return x->owner < y->owner ? -1 : 1;
	int c = target_cmp(x, y);
	if (c != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	size_t n = st->targets.count;
	if (!st->twice || n < 2)
		goto out;
	struct cname *v = malloc(n * sizeof *v);
	if (v == NULL)
		abort();
	for (size_t i = 0; i < n; i++)
		v[i] = (struct cname){st->owner[i],
		    st->targets.arena + st->targets.v[i].off, st->targets.v[i].size,
		    (uint32_t)i, st->targets.v[i].loc};
	qsort(v, n, sizeof *v, by_owner_target);
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		/* one owner's CNAMEs: groups of one target, each first in order */
		size_t first = lo;
		for (hi = lo + 1; hi < n && v[hi].owner == v[lo].owner; hi++)
			if (v[hi].seq < v[first].seq)
				first = hi;
		for (size_t i = lo; i < hi; i++) {
			if (i > lo && target_cmp(&v[i], &v[i - 1]) == 0)
				continue; /* a copy: the same record */
			if (target_cmp(&v[i], &v[first]) == 0)
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
	zl_namelist_clear(&st->targets);
	st->twice = false;
}

static void
free_state(void *p)
{
	struct state *st = p;
	zl_namelist_free(&st->targets);
	free(st->owner);
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
	    "www  IN  CNAME  web1.example.net.\n"
	    "www  IN  CNAME  web2.example.net.\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "www  IN  CNAME  web1.example.net.\n",
	.fix =
	    "Keep one CNAME.  To spread load over several hosts, use several A\n"
	    "and AAAA records at the name instead.",
	.refs = "RFC 1034 section 3.6.2; RFC 2181 sections 5 and 10.1",
};
