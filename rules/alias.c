/*
 * alias.c: CNAME chains, followed through every loaded zone once every
 * zone is read, for alias-cname-loop and alias-cname-chain.
 *
 * A CNAME whose target, in its own zone, already has data and no CNAME
 * ends a chain of one: most CNAMEs cost a lookup and nothing kept.  The
 * others (a target that is a CNAME, not there yet, or in another zone)
 * are kept, and at zone end those whose target then turns out to have
 * data are dropped too.  When the run ends, each kept CNAME's target is
 * looked up in the zone of the same view (and internal DNS server) that
 * answers for it (zl_zone_for): the links form a graph in which every
 * node has one successor, walked once (each link is entered once), so
 * every loop over the links is bounded by their number.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alias.h"

void
alias_on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct alias_list *l = zl_state(ctx);
	const ldns_rdf *t = ldns_rr_rdf(rec->rr, 0);
	const ldns_rdf *origin = zl_zone_origin(rec->zone);
	if (t == NULL || ldns_rdf_get_type(t) != LDNS_RDF_TYPE_DNAME ||
	    ldns_rdf_size(t) <= 1 || origin == NULL || rec->name == NULL)
		return;
	if (zl_dname_first_label_is(ldns_rr_owner(rec->rr), "*"))
		return; /* a wildcard's: alias-wildcard-loop judges it */
	if (zl_dname_in(t, origin)) {
		const struct zl_name *e = zl_index_find(rec->zone, t);
		uint32_t have = e ? zl_name_types(e) : 0;
		if (have && !(have & ZL_T_CNAME))
			return; /* a chain of one, or hygiene-cname-and-other-data's */
	}
	size_t n = ldns_rdf_size(t);
	if (l->len + n > l->arena_cap)
		l->arena = zl_grow(l->arena, &l->arena_cap, l->len + n, 1);
	memcpy(l->arena + l->len, ldns_rdf_data(t), n);
	l->v = zl_grow(l->v, &l->cap, l->count + 1, sizeof *l->v);
	l->v[l->count++] = (struct alias_link){rec->name, rec->zone, rec->loc,
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
void
alias_on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct alias_list *l = zl_state(ctx);
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
	return loc_cmp(a->loc, b->loc);
}

/* The first link (in sorted order) owned by e, or ALIAS_END_CNAME. */
static size_t
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
	return lo < l->count && l->v[lo].owner == e ? lo : ALIAS_END_CNAME;
}

/* Where link i leads: the zone of its view that answers for its target
 * decides.  A second CNAME at the same name (hygiene-cname-multiple's)
 * leads nowhere here, so that it is not judged twice. */
static size_t
successor(struct zl_ctx *ctx, const struct alias_list *l, size_t i)
{
	if (i > 0 && l->v[i].owner == l->v[i - 1].owner)
		return ALIAS_END;
	ldns_rdf t = target(l, i);
	const struct zl_zone *from = l->v[i].zone;
	const struct zl_zone *z = zl_zone_for(ctx, zl_zone_view(from),
	    zl_zone_server(from), &t);
	const struct zl_name *e = z ? zl_index_find(z, &t) : NULL;
	if (e == NULL || !(zl_name_types(e) & ZL_T_CNAME))
		return ALIAS_END;
	return find(l, e);
}

#define LOOPED UINT32_MAX

static uint32_t
depth_after(const struct alias_list *l, size_t next)
{
	if (next == ALIAS_END)
		return 1;
	if (next == ALIAS_END_CNAME)
		return 2;
	uint32_t d = l->depth[next];
	return d >= LOOPED - 1 ? d : d + 1;
}

/* The loop path[k..top): its member written first is reported. */
static void
found_loop(struct zl_ctx *ctx, struct alias_list *l, const size_t *path,
    size_t k, size_t top,
    void (*loop)(struct zl_ctx *, const struct alias_list *, size_t))
{
	size_t first = path[k];
	for (size_t p = k + 1; p < top; p++)
		if (loc_cmp(l->v[path[p]].loc, l->v[first].loc) < 0)
			first = path[p];
	if (loop)
		loop(ctx, l, first);
}

/* From link i, along unvisited links; state: 0 new, 1 on this path,
 * 2 done.  path holds at most count links, each once. */
static void
walk(struct zl_ctx *ctx, struct alias_list *l, size_t i, uint8_t *state,
    size_t *path, void (*loop)(struct zl_ctx *, const struct alias_list *,
    size_t))
{
	size_t top = 0, at = i;
	while (at < l->count && state[at] == 0) {
		state[at] = 1;
		path[top++] = at;
		at = l->next[at];
	}
	size_t tail = top; /* path[0..tail) gets its depth from what follows */
	if (at < l->count && state[at] == 1) {
		size_t k = top;
		while (k > 0 && path[k - 1] != at)
			k--;
		for (size_t p = k - 1; p < top; p++)
			l->depth[path[p]] = LOOPED;
		found_loop(ctx, l, path, k - 1, top, loop);
		tail = k - 1;
	}
	while (top > tail) /* the loop's members are done already */
		state[path[--top]] = 2;
	while (tail > 0) {
		size_t p = path[--tail];
		state[p] = 2;
		l->depth[p] = depth_after(l, l->next[p]);
	}
}

bool
alias_follow(struct zl_ctx *ctx, struct alias_list *l,
    void (*loop)(struct zl_ctx *, const struct alias_list *, size_t))
{
	if (l->count == 0)
		return false;
	qsort(l->v, l->count, sizeof *l->v, by_owner);
	l->next = zl_alloc(l->count, sizeof *l->next);
	l->depth = zl_alloc(l->count, sizeof *l->depth);
	for (size_t i = 0; i < l->count; i++)
		l->next[i] = successor(ctx, l, i);
	uint8_t *state = zl_alloc(l->count, 1);
	size_t *path = zl_alloc(l->count, sizeof *path);
	for (size_t i = 0; i < l->count; i++)
		if (state[i] == 0)
			walk(ctx, l, i, state, path, loop);
	free(state);
	free(path);
	return true;
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
append_target(const struct alias_list *l, size_t at, char *buf, size_t size)
{
	char s[LDNS_MAX_DOMAINLEN * 4 + 2];
	ldns_rdf t = target(l, at);
	append(buf, size, zl_dname_str(&t, s, sizeof s));
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
		if (total <= SHOW_ALL || k < SHOW_HEAD || k == names - 1)
			append_owner(l, at, buf, size);
		else if (k == SHOW_HEAD)
			append(buf, size, "...");
	}
	if (looped)
		append_owner(l, i, buf, size);
	else if (extra)
		append_target(l, last, buf, size);
}

void
alias_free_state(void *p)
{
	struct alias_list *l = p;
	free(l->v);
	free(l->arena);
	free(l->next);
	free(l->depth);
}
