/*
 * dnssec-nsec3: in a zone signed with NSEC3, the NSEC3 records form one
 * chain in hash order, every name the zone is authoritative for (and
 * every empty non-terminal) has the NSEC3 of its hash, unless it is an
 * insecure delegation, or leads only to some, covered by an opt-out NSEC3,
 * each type bitmap lists exactly the types at its name, and no NSEC3 is
 * left over (RFC 5155 7.1).
 *
 * The NSEC3 records are kept (hash, next hash, flags, bitmap: only zones
 * that have them keep anything) and checked at zone end, hashing every
 * name of the index with the NSEC3PARAM's parameters.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../src/rrname.h"
#include "../src/zonelint.h"
#include "dnssec.h"
#include "place.h"

#define HASH_TEXT 64 /* a base32hex label: 32 digits for SHA-1 */
/* Above this, validators treat NSEC3 as insecure (RFC 9276 3.2), and
 * dnssec-nsec3-iterations says so; it also bounds the hashing: 65,535
 * iterations for each name of a big zone would take hours. */
struct nsec3 {
	char owner[HASH_TEXT];  /* the hash label, lower case */
	char next[HASH_TEXT];   /* the next hash, as base32hex */
	uint8_t *bitmap;
	uint16_t blen;
	bool optout, used;
	struct zl_loc loc;
};

struct state {
	struct nsec3 *v;
	size_t count, cap;
	struct nsec3_params p;     /* from NSEC3PARAM, or an NSEC3 */
};

/* base32hex (RFC 4648 7), lower case, no padding */
static void
b32hex(const uint8_t *p, size_t n, char *out, size_t size)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuv";
	size_t o = 0, bits = 0;
	uint32_t acc = 0;
	for (size_t i = 0; i < n; i++) {
		acc = (acc << 8) | p[i];
		bits += 8;
		while (bits >= 5 && o + 1 < size) {
			out[o++] = digits[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0 && o + 1 < size)
		out[o++] = digits[(acc << (5 - bits)) & 31];
	out[o] = '\0';
}

static void
first_label(const ldns_rdf *name, char *out, size_t size)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t len = ldns_rdf_size(name) > 0 ? w[0] : 0, i;
	for (i = 0; i < len && i + 1 < size; i++)
		out[i] = (char)tolower(w[1 + i]);
	out[i] = '\0';
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rr *rr = rec->rr;
	bool param = ldns_rr_get_type(rr) == LDNS_RR_TYPE_NSEC3PARAM;
	if (ldns_rr_rd_count(rr) < (param ? 4u : 5u))
		return; /* an NSEC3 of an empty non-terminal has no bitmap */
	nsec3_params_take(&st->p, rec);
	if (param)
		return;
	st->v = zl_grow(st->v, &st->cap, st->count + 1, sizeof *st->v);
	struct nsec3 *n = &st->v[st->count++];
	memset(n, 0, sizeof *n);
	first_label(ldns_rr_owner(rr), n->owner, sizeof n->owner);
	const ldns_rdf *next = ldns_rr_rdf(rr, 4);
	const ldns_rdf *bm = ldns_rr_rd_count(rr) > 5 ? ldns_rr_rdf(rr, 5) : NULL;
	size_t nlen = ldns_rdf_size(next) > 0 ? ldns_rdf_data(next)[0] : 0;
	if (nlen >= ldns_rdf_size(next))
		nlen = ldns_rdf_size(next) > 0 ? ldns_rdf_size(next) - 1 : 0;
	b32hex(ldns_rdf_data(next) + 1, nlen, n->next, sizeof n->next);
	n->optout = ldns_rdf2native_int8(ldns_rr_rdf(rr, 1)) & 1;
	n->blen = bm ? (uint16_t)ldns_rdf_size(bm) : 0;
	n->bitmap = zl_alloc(n->blen, 1);
	if (bm)
		memcpy(n->bitmap, ldns_rdf_data(bm), n->blen);
	n->loc = rec->loc;
}

static int
by_owner(const void *a, const void *b)
{
	return strcmp(((const struct nsec3 *)a)->owner,
	    ((const struct nsec3 *)b)->owner);
}

/* The NSEC3 whose owner is hash, or else the one that covers it (the
 * last before it in hash order, wrapping round). */
static struct nsec3 *
find(struct state *st, const char *hash, bool *exact)
{
	size_t lo = 0, hi = st->count;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(st->v[mid].owner, hash) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*exact = lo < st->count && strcmp(st->v[lo].owner, hash) == 0;
	if (*exact)
		return &st->v[lo];
	return &st->v[lo > 0 ? lo - 1 : st->count - 1];
}

static void
hash_of(const struct state *st, const ldns_rdf *name, char *out, size_t size)
{
	ldns_rdf *h = ldns_nsec3_hash_name(name, st->p.alg, st->p.iterations,
	    st->p.salt_len, st->p.salt);
	out[0] = '\0';
	if (h) {
		first_label(h, out, size);
		ldns_rdf_deep_free(h);
	}
}

/* The tracked types whose presence the bitmap must match. */
static const struct { ldns_rr_type type; uint32_t bit; } tracked[] = {
	{LDNS_RR_TYPE_SOA, ZL_T_SOA}, {LDNS_RR_TYPE_NS, ZL_T_NS},
	{LDNS_RR_TYPE_CNAME, ZL_T_CNAME}, {LDNS_RR_TYPE_DNAME, ZL_T_DNAME},
	{LDNS_RR_TYPE_A, ZL_T_A}, {LDNS_RR_TYPE_AAAA, ZL_T_AAAA},
	{LDNS_RR_TYPE_MX, ZL_T_MX}, {LDNS_RR_TYPE_TXT, ZL_T_TXT},
	{LDNS_RR_TYPE_SRV, ZL_T_SRV}, {LDNS_RR_TYPE_PTR, ZL_T_PTR},
	{LDNS_RR_TYPE_DS, ZL_T_DS}, {LDNS_RR_TYPE_DNSKEY, ZL_T_DNSKEY},
	{LDNS_RR_TYPE_NSEC3PARAM, ZL_T_NSEC3PARAM}, {LDNS_RR_TYPE_RRSIG, ZL_T_RRSIG},
	{LDNS_RR_TYPE_NSEC, ZL_T_NSEC},
	{LDNS_RR_TYPE_NSEC3, ZL_T_NSEC3}, /* never at the name itself */
};

struct walk {
	struct zl_ctx *ctx;
	const struct zl_zone *zone;
	struct state *st;
	/* empty non-terminals met: hash, and whether a name below is more
	 * than an insecure delegation (then opt-out cannot excuse it) */
	struct ent {
		char hash[HASH_TEXT];
		char name[LDNS_MAX_DOMAINLEN * 4 + 2];
		bool secure;
		struct zl_loc loc;
	} *ents;
	size_t nents, entcap;
};

static void
check_bitmap(struct walk *w, const struct nsec3 *n, const ldns_rdf *name,
    uint32_t present)
{
	ldns_rdf bm = {._size = n->blen, ._type = LDNS_RDF_TYPE_BITMAP,
	    ._data = n->bitmap};
	char nb[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t t = 0; t < sizeof tracked / sizeof *tracked; t++) {
		bool listed = n->blen > 0 &&
		    ldns_nsec_bitmap_covers_type(&bm, tracked[t].type);
		if (listed == ((present & tracked[t].bit) != 0))
			continue;
		char *ty = zl_type_str(tracked[t].type);
		zl_report(w->ctx, n->loc, listed ? "the type bitmap lists %s, but "
		    "%s (whose hash this is) has none" : "%s (whose hash this is) "
		    "has %s data that the type bitmap omits", listed ? ty :
		    zl_dname_str(name, nb, sizeof nb), listed ?
		    zl_dname_str(name, nb, sizeof nb) : ty);
		free(ty);
		return;
	}
}

static void
add_ent(struct walk *w, const char *hash, const ldns_rdf *name, bool secure,
    struct zl_loc loc)
{
	w->ents = zl_grow(w->ents, &w->entcap, w->nents + 1, sizeof *w->ents);
	struct ent *e = &w->ents[w->nents++];
	strcpy(e->hash, hash);
	zl_dname_str(name, e->name, sizeof e->name);
	e->secure = secure;
	e->loc = loc;
}

static void
check_name(void *arg, const ldns_rdf *name, const struct zl_name *e)
{
	struct walk *w = arg;
	const ldns_rdf *apex = zl_zone_origin(w->zone);
	uint32_t types = zl_name_types(e);
	struct zl_loc first = zl_name_first(e);
	if (first.line == 0 || !zl_dname_in(name, apex) ||
	    !(types & ~(ZL_T_NSEC3 | ZL_T_RRSIG)))
		return; /* named only, outside, or an NSEC3's own hash name */
	enum zl_place p = zl_place_of(w->zone, name, e);
	if (p == ZL_BELOW)
		return;
	bool insecure = p == ZL_CUT && !(types & ZL_T_DS);
	char hash[HASH_TEXT], nb[LDNS_MAX_DOMAINLEN * 4 + 2];
	hash_of(w->st, name, hash, sizeof hash);
	bool exact;
	struct nsec3 *n = find(w->st, hash, &exact);
	if (exact) {
		n->used = true;
		uint32_t present = types & ~(ZL_T_NSEC3 | ZL_T_OTHER);
		if (p == ZL_CUT)
			present &= ZL_T_NS | ZL_T_DS | ZL_T_RRSIG;
		check_bitmap(w, n, name, present);
	} else if (!(insecure && n->optout)) {
		zl_report(w->ctx, first, "%s has no NSEC3 (its hash is %s)%s",
		    zl_dname_str(name, nb, sizeof nb), hash, insecure ?
		    " and the NSEC3 that covers it does not opt out" : "");
	}
	/* the ancestors below the apex with no records of their own */
	unsigned labels = p == ZL_APEX ? 0 : zl_dname_labels(name);
	for (unsigned k = 1; k < labels; k++) {
		ldns_rdf a = zl_dname_suffix(name, k);
		if (zl_dname_eq(&a, apex))
			break;
		const struct zl_name *up = zl_index_find(w->zone, &a);
		if (up && zl_name_first(up).line != 0)
			break; /* a name with data: checked on its own */
		char h[HASH_TEXT];
		hash_of(w->st, &a, h, sizeof h);
		add_ent(w, h, &a, !insecure, first);
	}
}

static int
by_hash(const void *a, const void *b)
{
	const struct ent *x = a, *y = b;
	int c = strcmp(x->hash, y->hash);
	return c ? c : (int)y->secure - (int)x->secure; /* secure first */
}

static void
check_ents(struct walk *w)
{
	if (w->nents == 0)
		return;
	qsort(w->ents, w->nents, sizeof *w->ents, by_hash);
	for (size_t i = 0; i < w->nents; i++) {
		if (i > 0 && strcmp(w->ents[i].hash, w->ents[i - 1].hash) == 0)
			continue; /* seen: the first is the most demanding */
		bool exact;
		struct nsec3 *n = find(w->st, w->ents[i].hash, &exact);
		if (exact) {
			n->used = true;
			continue;
		}
		if (!w->ents[i].secure && n->optout)
			continue;
		zl_report(w->ctx, w->ents[i].loc, "%s, an empty non-terminal above "
		    "this name, has no NSEC3 (its hash is %s)%s", w->ents[i].name,
		    w->ents[i].hash, w->ents[i].secure ? "" : " and the NSEC3 that "
		    "covers it does not opt out");
	}
}

static void
reset(struct state *st)
{
	for (size_t i = 0; i < st->count; i++)
		free(st->v[i].bitmap);
	free(st->v);
	memset(st, 0, sizeof *st);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	if (st->count == 0 || zl_zone_origin(zone) == NULL) {
		reset(st);
		return;
	}
	qsort(st->v, st->count, sizeof *st->v, by_owner);
	/* one chain in hash order, closing on itself */
	for (size_t i = 0; i < st->count; i++) {
		const struct nsec3 *n = &st->v[i];
		const struct nsec3 *after = &st->v[(i + 1) % st->count];
		if (i + 1 < st->count && strcmp(n->owner, after->owner) == 0)
			zl_report(ctx, after->loc, "a second NSEC3 for hash %s "
			    "(the first is at line %u)", n->owner, n->loc.line);
		else if (strcmp(n->next, after->owner) != 0)
			zl_report(ctx, n->loc, "the NSEC3 chain is broken: the next "
			    "hash after %s is %s, but the next NSEC3 in hash order "
			    "is %s", n->owner, n->next, after->owner);
	}
	if (st->p.alg != 1) { /* SHA-1 is the only hash defined */
		reset(st);
		return;
	}
	if (st->p.iterations > NSEC3_MAX_ITERATIONS) {
		/* dnssec-nsec3-iterations reports it */
		zl_verbose(ctx, "%s: %u NSEC3 hash iterations: its names were not "
		    "hashed to check the chain", zl_zone_origin_str(zone),
		    st->p.iterations);
		reset(st);
		return;
	}
	struct walk w = {ctx, zone, st, NULL, 0, 0};
	zl_index_foreach(zone, check_name, &w);
	check_ents(&w);
	free(w.ents);
	for (size_t i = 0; i < st->count; i++)
		if (!st->v[i].used && !(i > 0 &&
		    strcmp(st->v[i].owner, st->v[i - 1].owner) == 0))
			zl_report(ctx, st->v[i].loc, "this NSEC3 (hash %s) matches no "
			    "name of the zone", st->v[i].owner);
	reset(st);
}

static void
free_state(void *p)
{
	reset(p);
}

const struct zl_rule rule_dnssec_nsec3 = {
	.id = "dnssec-nsec3",
	.severity = ZL_ERROR,
	.types = ZL_T_NSEC3 | ZL_T_NSEC3PARAM,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "broken NSEC3 chain, missing NSEC3 or wrong type bitmap",
	.why =
	    "A zone signed with NSEC3 proves that a name or type does not exist\n"
	    "with the NSEC3 records: hashes of the zone's names, chained in hash\n"
	    "order, each listing the types at its name.  A name without its\n"
	    "NSEC3, a break in the chain or a bitmap that leaves out a type makes\n"
	    "validators reject answers (a bitmap that omits the A of a name\n"
	    "proves that the A does not exist).  Only insecure delegations, and\n"
	    "empty non-terminals that lead only to them, may go without, under an\n"
	    "NSEC3 with the opt-out flag.  With more than 150 hash iterations\n"
	    "(dnssec-nsec3-iterations) the chain is not checked.",
	.bad =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       1GfdP6+tYGEBbLXTdA2eLcXMt4YYhSXmUCvotlJG860C\n"
	    "       ztzhm35YSqiGAZk4KmbnOAdLKY/DDH20Dj+V2izMKA== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       FiO3hssUY6rW/ojZXrsyp9d1gGSI6jYjTDISgcKLRk17\n"
	    "       wNEB8CfFS/08OIqWv9qtihHobqxJ1v5CraGLBS1sLA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Zse7iBPp1Gm+wPc5QPrTpddFLf4ogvRzvqB7Rl5vPXqz\n"
	    "       VkP9cFHQHwgtevrMxmJJHuCc3020IOwsOsjfsCNsQA== )\n"
	    "@    IN NSEC3PARAM 1 0 0 -\n"
	    "@    IN RRSIG NSEC3PARAM 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       y9aEhrNw35EgZUH+SAyLfoJeUh0KDf7vPRucNCd515tX\n"
	    "       3l5fTlZVuycE5UERDZKK+a4+LRfEWmDptjj68tMONA== )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN NSEC3 1 0 0 - (\n"
	    "       gufvra2sfio8rsfp7uo41e8ad1kr41fh NS SOA RRSIG DNSKEY NSEC3PARAM )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       p7qITLz4EinkdJBbdQztS5ahxwdpbhs9b6qvOmoS9MVv\n"
	    "       p+btKwxJnB6h4eFUetYPZHFm+khMUGY/3vPHu4aShQ== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       zmX131Rqtrxs0aQCt0CHJaySZPQTmeK5uJZnHN/DQMAw\n"
	    "       05K367FHbOGwVe6EXwglB8aEZFyG5aGJdMBddowqMQ== )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN NSEC3 1 0 0 - (\n"
	    "       onib9mgub9h0rml3cdf5bgrj59dkjhvk A MX RRSIG )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       1vvhGakCZvdo69lYsA7SxTc5+9vMh8OOROZG9pSZf5tb\n"
	    "       zWonZh8neJPKfvMRoa7m5zIB6rGXLZOnyR5TY1XXGQ== )\n",
	.good =
	    ";; options: --now 20261201000000\n"
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN RRSIG SOA 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       1GfdP6+tYGEBbLXTdA2eLcXMt4YYhSXmUCvotlJG860C\n"
	    "       ztzhm35YSqiGAZk4KmbnOAdLKY/DDH20Dj+V2izMKA== )\n"
	    "@    IN NS ns1\n"
	    "@    IN RRSIG NS 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       FiO3hssUY6rW/ojZXrsyp9d1gGSI6jYjTDISgcKLRk17\n"
	    "       wNEB8CfFS/08OIqWv9qtihHobqxJ1v5CraGLBS1sLA== )\n"
	    "@    IN DNSKEY 257 3 13 (\n"
	    "       Ld7c5gCcC/nzXY7xtI6ZzM2o7NzHxy8JoU6PpcMQ686c\n"
	    "       aHOmsfr1C9ovhw0PtQ8TfDRlo6lqxBXYrpOj6FVkJw== )\n"
	    "@    IN RRSIG DNSKEY 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       Zse7iBPp1Gm+wPc5QPrTpddFLf4ogvRzvqB7Rl5vPXqz\n"
	    "       VkP9cFHQHwgtevrMxmJJHuCc3020IOwsOsjfsCNsQA== )\n"
	    "@    IN NSEC3PARAM 1 0 0 -\n"
	    "@    IN RRSIG NSEC3PARAM 13 2 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       y9aEhrNw35EgZUH+SAyLfoJeUh0KDf7vPRucNCd515tX\n"
	    "       3l5fTlZVuycE5UERDZKK+a4+LRfEWmDptjj68tMONA== )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN NSEC3 1 0 0 - (\n"
	    "       gufvra2sfio8rsfp7uo41e8ad1kr41fh NS SOA RRSIG DNSKEY NSEC3PARAM )\n"
	    "onib9mgub9h0rml3cdf5bgrj59dkjhvk 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       p7qITLz4EinkdJBbdQztS5ahxwdpbhs9b6qvOmoS9MVv\n"
	    "       p+btKwxJnB6h4eFUetYPZHFm+khMUGY/3vPHu4aShQ== )\n"
	    "ns1  IN A 192.0.2.1\n"
	    "ns1  IN RRSIG A 13 3 3600 20270101000000 20261101000000 48256 example.com. (\n"
	    "       zmX131Rqtrxs0aQCt0CHJaySZPQTmeK5uJZnHN/DQMAw\n"
	    "       05K367FHbOGwVe6EXwglB8aEZFyG5aGJdMBddowqMQ== )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN NSEC3 1 0 0 - (\n"
	    "       onib9mgub9h0rml3cdf5bgrj59dkjhvk A RRSIG )\n"
	    "gufvra2sfio8rsfp7uo41e8ad1kr41fh 300 IN RRSIG NSEC3 13 3 300 (\n"
	    "       20270101000000 20261101000000 48256 example.com.\n"
	    "       M2aJNYhzodWa/Hg9H8yXZL/tY5dZYmmuUHJVaWtmNBjm\n"
	    "       szli8k/V8EAQ1/YGiesa2e/rBjQVkuYGqBlBwqHjMA== )\n",
	.fix =
	    "Re-sign the zone after every change (dnssec-signzone -3, ldns-signzone\n"
	    "-n, or let the server sign with an NSEC3 policy) and export the\n"
	    "signed zone rather than editing it.",
	.refs = "RFC 5155 sections 3, 7.1 and 7.2",
};
