/*
 * alias.c: CNAME chains, followed through every loaded zone once every
 * zone is read, for alias-cname-loop and alias-cname-chain.
 *
 * A CNAME whose target, in its own zone, already has data and no CNAME
 * ends a chain of one: most CNAMEs cost a lookup and nothing kept.  The
 * others (a target that is a CNAME, not there yet, or in another zone)
 * are kept, and at zone end those whose target then turns out to have
 * data are dropped too.  The two rules are one family (alias_family):
 * this is done once for both, and they only report.  When the run ends,
 * each kept CNAME's target is looked up in the zone of the same view
 * (and internal DNS server) that answers for it (zl_zone_for): the links
 * form a graph in which every node has one successor, walked once (each
 * link is entered once), so every loop over the links is bounded by
 * their number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"

static void
keep_dname(struct alias_list *l, const struct zl_record *rec,
    const ldns_rdf *t)
{
	size_t n = ldns_rdf_size(t);
	if (l->dlen + n > l->darena_cap)
		l->darena = zl_grow(l->darena, &l->darena_cap, l->dlen + n, 1);
	memcpy(l->darena + l->dlen, ldns_rdf_data(t), n);
	l->d = zl_grow(l->d, &l->dcap, l->dcount + 1, sizeof *l->d);
	l->d[l->dcount++] = (struct alias_dname){rec->name, (uint32_t)l->dlen,
	    (uint16_t)n};
	l->dlen += n;
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct alias_list *l = zl_family_state(ctx);
	const ldns_rdf *t = ldns_rr_rdf(rec->rr, 0);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	if (t == NULL || ldns_rdf_get_type(t) != LDNS_RDF_TYPE_DNAME ||
	    ldns_rdf_size(t) <= 1 || origin == NULL || rec->name == NULL)
		return;
	if (ldns_rr_get_type(rec->rr) == LDNS_RR_TYPE_DNAME) {
		keep_dname(l, rec, t);
		return;
	}
	if (zl_dname_first_label_is(ldns_rr_owner(rec->rr), "*"))
		return; /* a wildcard's: alias-wildcard-loop judges it */
	if (zl_dname_in(t, origin)) {
		const struct zl_name *e = zl_index_find(rec->zone, t);
		uint32_t have = e ? zl_name_types(e) : 0;
		if (have && !(have & ZL_T_CNAME))
			return; /* a chain of one, or hygiene-cname-and-other-data's */
	}
	if (l->count == ALIAS_MAX_LINKS) {
		l->dropped++;
		return;
	}
	size_t n = ldns_rdf_size(t);
	if (l->len + n > l->arena_cap)
		l->arena = zl_grow(l->arena, &l->arena_cap, l->len + n, 1);
	memcpy(l->arena + l->len, ldns_rdf_data(t), n);
	l->v = zl_grow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count++] = (struct alias_link){rec->name, rec->zone,
	    (uint32_t)l->len, (uint16_t)n};
	l->len += n;
}

static ldns_rdf
target(const struct alias_list *l, size_t i)
{
	return (ldns_rdf){._size = l->v[i].size, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = l->arena + l->v[i].off};
}

/* Drops the zone's links whose target now has data and no CNAME, moving
 * the rest (and their targets) down: the list keeps only what may be a
 * chain of two or more. */
static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct alias_list *l = zl_family_state(ctx);
	const ldns_rdf *origin = zl_zone_origin(zone);
	size_t w = l->zone_start;
	size_t len = w < l->count ? l->v[w].off : l->len;
	for (size_t i = l->zone_start; i < l->count; i++) {
		ldns_rdf t = target(l, i);
		if (origin && zl_dname_in(&t, origin)) {
			const struct zl_name *e = zl_index_find(zone, &t);
			uint32_t have = e ? zl_name_types(e) : 0;
			if (have && !(have & ZL_T_CNAME))
				continue;
		}
		memmove(l->arena + len, ldns_rdf_data(&t), l->v[i].size);
		l->v[w] = l->v[i];
		l->v[w++].off = (uint32_t)len;
		len += l->v[i].size;
	}
	l->count = w;
	l->len = len;
	l->zone_start = w;
}

static int
loc_cmp(struct zl_loc a, struct zl_loc b)
{
	if (a.file != b.file)
		return a.file < b.file ? -1 : 1;
	if (a.line != b.line)
		return a.line < b.line ? -1 : 1;
	return a.col < b.col ? -1 : a.col > b.col;
}

static int
by_owner(const void *pa, const void *pb)
{
	const struct alias_link *a = pa, *b = pb;
	uintptr_t x = (uintptr_t)a->owner, y = (uintptr_t)b->owner;
	if (x != y)
		return x < y ? -1 : 1;
	return a->off < b->off ? -1 : a->off > b->off; /* as read */
}

/* The first link (in sorted order) owned by e, or ALIAS_END_CNAME. */
static uint32_t
find(const struct alias_list *l, const struct zl_name *e)
{
	size_t lo = 0, hi = l->count;
	while (lo < hi) { /* halves each time: log2(count) steps */
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)l->v[mid].owner < (uintptr_t)e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < l->count && l->v[lo].owner == e ? (uint32_t)lo :
	    ALIAS_END_CNAME;
}

static int
dname_by_owner(const void *pa, const void *pb)
{
	const struct alias_dname *a = pa, *b = pb;
	uintptr_t x = (uintptr_t)a->owner, y = (uintptr_t)b->owner;
	return x < y ? -1 : x > y;
}

/* The DNAME owned by e, or NULL. */
static const struct alias_dname *
find_dname(const struct alias_list *l, const struct zl_name *e)
{
	size_t lo = 0, hi = l->dcount;
	while (lo < hi) { /* halves each time: log2(dcount) steps */
		size_t mid = lo + (hi - lo) / 2;
		if ((uintptr_t)l->d[mid].owner < (uintptr_t)e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < l->dcount && l->d[lo].owner == e ? &l->d[lo] : NULL;
}

/* When name is below a DNAME of zone (up to its apex, which may own
 * one), name rewritten by it into buf (RFC 6672 section 2.2); false
 * when there is none, or the new name would be too long. */
static bool
rewrite(const struct alias_list *l, const struct zl_zone *z,
    ldns_rdf *name, uint8_t *buf)
{
	const ldns_rdf *apex = zl_zone_origin(z);
	unsigned labels = zl_dname_labels(name);
	for (unsigned k = 1; k <= labels; k++) { /* one lookup per label */
		ldns_rdf a = zl_dname_suffix(name, k);
		if (!zl_dname_in(&a, apex))
			return false;
		const struct zl_name *e = zl_index_find(z, &a);
		const struct alias_dname *d = e && (zl_name_types(e) &
		    ZL_T_DNAME) ? find_dname(l, e) : NULL;
		if (d == NULL)
			continue;
		size_t head = ldns_rdf_size(name) - ldns_rdf_size(&a);
		if (head + d->size > LDNS_MAX_DOMAINLEN)
			return false;
		memmove(buf, ldns_rdf_data(name), head);
		memcpy(buf + head, l->darena + d->off, d->size);
		*name = (ldns_rdf){._size = head + d->size,
		    ._type = LDNS_RDF_TYPE_DNAME, ._data = buf};
		return true;
	}
	return false;
}

/* Where link i leads: the zone of its view that answers for its target
 * decides; a target below a DNAME there is rewritten, and each DNAME
 * counts as one link more (resolvers restart for it as for a CNAME).
 * A second CNAME at the same name (hygiene-cname-multiple's) leads
 * nowhere here, so that it is not judged twice. */
static uint32_t
successor(struct zl_ctx *ctx, struct alias_list *l, size_t i)
{
	l->weight[i] = 1;
	if (i > 0 && l->v[i].owner == l->v[i - 1].owner)
		return ALIAS_END;
	ldns_rdf t = target(l, i);
	uint8_t buf[2][LDNS_MAX_DOMAINLEN + 1];
	const struct zl_zone *from = l->v[i].zone;
	for (unsigned hop = 0; hop <= ALIAS_DNAME_HOPS; hop++) {
		const struct zl_zone *z = zl_zone_for(ctx, zl_zone_view(from),
		    zl_zone_server(from), &t);
		if (z == NULL)
			return ALIAS_END;
		const struct zl_name *e = zl_index_find(z, &t);
		if (e && (zl_name_types(e) & ZL_T_CNAME))
			return find(l, e);
		if (e || hop == ALIAS_DNAME_HOPS || !rewrite(l, z, &t, buf[hop % 2]))
			return ALIAS_END;
		l->weight[i]++;
	}
	return ALIAS_END;
}

#define LOOPED UINT32_MAX

static uint32_t
depth_after(const struct alias_list *l, size_t i)
{
	uint32_t next = l->next[i];
	uint32_t w = l->weight[i];
	if (next == ALIAS_END)
		return w;
	if (next == ALIAS_END_CNAME)
		return w + 1;
	uint32_t d = l->depth[next];
	return d >= LOOPED - ALIAS_DNAME_HOPS - 2 ? d : d + w;
}

/* The loop path[k..top): its member written first is kept, for
 * alias-cname-loop to report.  Each link is in one loop at most, so
 * there are at most count loops. */
static void
found_loop(struct alias_list *l, const uint32_t *path, size_t k, size_t top)
{
	size_t first = path[k];
	for (size_t p = k + 1; p < top; p++)
		if (loc_cmp(alias_loc(&l->v[path[p]]), alias_loc(&l->v[first])) < 0)
			first = path[p];
	l->loops = zl_grow(l->loops, &l->loops_cap, l->nloops + 1,
	    sizeof *l->loops);
	l->loops[l->nloops++] = (uint32_t)first;
}

/* From link i, along unvisited links; state: 0 new, 1 on this path,
 * 2 done.  path holds at most count links, each once. */
static void
walk(struct alias_list *l, size_t i, uint8_t *state, uint32_t *path)
{
	size_t top = 0, at = i;
	while (at < l->count && state[at] == 0) {
		state[at] = 1;
		path[top++] = (uint32_t)at;
		at = l->next[at];
	}
	size_t tail = top; /* path[0..tail) gets its depth from what follows */
	if (at < l->count && state[at] == 1) {
		size_t k = top;
		while (k > 0 && path[k - 1] != at)
			k--;
		for (size_t p = k - 1; p < top; p++)
			l->depth[path[p]] = LOOPED;
		found_loop(l, path, k - 1, top);
		tail = k - 1;
	}
	while (top > tail) /* the loop's members are done already */
		state[path[--top]] = 2;
	while (tail > 0) {
		size_t p = path[--tail];
		state[p] = 2;
		l->depth[p] = depth_after(l, p);
	}
}

/* Follows every kept link, once for both rules: next and depth, and
 * the loops. */
static void
on_run_end(struct zl_ctx *ctx)
{
	struct alias_list *l = zl_family_state(ctx);
	if (l->dropped)
		zl_verbose(ctx, "%lu CNAMEs beyond the first %lu not followed",
		    l->dropped, (unsigned long)ALIAS_MAX_LINKS);
	if (l->count == 0)
		return;
	qsort(l->v, l->count, sizeof *l->v, by_owner);
	if (l->dcount > 0) /* no DNAME: l->d is NULL, which qsort may not get */
		qsort(l->d, l->dcount, sizeof *l->d, dname_by_owner);
	l->next = zl_alloc(l->count, sizeof *l->next);
	l->depth = zl_alloc(l->count, sizeof *l->depth);
	l->weight = zl_alloc(l->count, sizeof *l->weight);
	for (size_t i = 0; i < l->count; i++)
		l->next[i] = successor(ctx, l, i);
	uint8_t *state = zl_alloc(l->count, 1);
	uint32_t *path = zl_alloc(l->count, sizeof *path);
	for (size_t i = 0; i < l->count; i++)
		if (state[i] == 0)
			walk(l, i, state, path);
	free(state);
	free(path);
}

/* Names shown in a message: the first SHOW_HEAD, "...", the last. */
#define SHOW_HEAD 3
#define SHOW_ALL 5 /* up to this many are all shown */

static void
append(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);
	if (n < size)
		snprintf(buf + n, size - n, "%s%s", n ? " -> " : "", s);
}

static void
append_owner(const struct alias_list *l, size_t at, char *buf, size_t size)
{
	uint8_t w[2 * LDNS_MAX_DOMAINLEN + 2];
	char s[LDNS_MAX_DOMAINLEN * 4 + 2];
	ldns_rdf o = zl_index_name(l->v[at].zone, l->v[at].owner, w);
	append(buf, size, zl_dname_str(&o, s, sizeof s));
}

static void
append_target(const struct alias_list *l, size_t at, char *buf, size_t size,
    const char *note)
{
	char s[LDNS_MAX_DOMAINLEN * 4 + 12];
	ldns_rdf t = target(l, at);
	zl_dname_str(&t, s, LDNS_MAX_DOMAINLEN * 4 + 2);
	strcat(s, note);
	append(buf, size, s);
}

void
alias_describe(struct zl_ctx *ctx, const struct alias_list *l, size_t i,
    char *buf, size_t size)
{
	(void)ctx;
	buf[0] = '\0';
	bool looped = l->depth[i] == LOOPED;
	/* names: the owners of the links, then for a loop link i's owner
	 * again, for a chain the last link's target (a CNAME not kept when
	 * the chain goes on past the kept links) */
	size_t names = 0, last = i, at = i;
	for (size_t k = 0; k <= l->count && at < l->count; k++) {
		names++;
		last = at;
		at = l->next[at];
		if (at == i)
			break;
	}
	bool extra = true; /* the loop's start again, or the chain's end */
	size_t total = names + extra;
	at = i;
	for (size_t k = 0; k < names; k++, at = l->next[at]) {
		if (total <= SHOW_ALL || k < SHOW_HEAD || k == names - 1) {
			append_owner(l, at, buf, size);
			if (l->weight[at] > 1) /* the name a DNAME rewrote */
				append_target(l, at, buf, size, " (DNAME)");
		} else if (k == SHOW_HEAD)
			append(buf, size, "...");
	}
	if (looped)
		append_owner(l, i, buf, size);
	else if (extra)
		append_target(l, last, buf, size, "");
}

static void
free_state(void *p)
{
	struct alias_list *l = p;
	free(l->v);
	free(l->arena);
	free(l->next);
	free(l->depth);
	free(l->weight);
	free(l->d);
	free(l->darena);
	free(l->loops);
}

const struct zl_family alias_family = {
	.state_size = sizeof(struct alias_list),
	.types = ALIAS_TYPES,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.on_run_end = on_run_end,
	.free_state = free_state,
};
